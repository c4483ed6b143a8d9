"""The budget sheets to and from Excel (.xlsx): household-budget.md §6.

Layout (what the export writes and the import reads)
----------------------------------------------------
A header block (title, 氏名, ケース番号, 作成日 …, the unit), then a header row whose label
cell is 項目, then one row per line: its label in column A, its 区分 (収入 / 支出 / その他) in
column B, the amounts in the columns the header row names — 現状 / 見込 / 計画 / 差額 / 実績
YYYY年M月 / 備考 on a 相談時家計表 or 家計計画表; 変動率 and one column per year (2023年 …) on
a キャッシュフロー表, whose header row is followed by 和暦 and 経過年数 rows. Total rows follow
the lines (区分 合計). Amounts are numbers in yen formatted "#,##0;▲#,##0"; the sheet is set
up to print on A4 (landscape for the cash flow), one page wide.

Import
------
* The centre's existing workbooks come in when they follow the same layout: the header row
  is found anywhere in the first 60 rows of the first worksheet that has one (its label cell
  reads 項目 / 費目 / 科目 / 項目名 / 内訳); column B as 区分 is optional (without it rows match
  by label alone); amounts may be numbers or text ("12,345", "12,345円", "1.2万", "▲500":
  app.domain.money.parse_yen).
* Rows match the sheet's rows by 区分 and label (spaces and full/half width ignored), the
  k-th row of a label in the file to the k-th on the sheet. Total rows, headings and blank
  rows are passed over. A label that is not on the sheet and carries an amount is reported
  (``unknown_labels``), the rest is still imported.
* A cell that is not an amount — text that is not one, a date, an error, a negative or
  fractional amount, or a formula — is reported naming the Excel cell ("C12"), and then
  NOTHING is written. A formula is never evaluated (the file is read with data_only=False and
  no calculation engine exists here): its text is what the cell holds, so in an amount cell it
  is "not a number", in a label cell it is the label.
* Everything that changes is written with ONE service call (``set_amounts`` /
  ``set_cashflow_cells``): all of it or, on any refusal, none. Unchanged cells are not sent.
  家計表: an empty cell empties the amount (a 実績 cell becomes 0); 差額, 備考, the totals and
  the header block are not read; a 計画 of a row fed from the repayment plans is not typed
  (a different value is reported in ``skipped``); columns the sheet does not have (計画 on a
  相談時家計表, a 実績 month not added yet) are reported in ``skipped``.
  キャッシュフロー表: a cell whose amount differs from what the table shows becomes that year's
  override; an empty cell changes nothing; 変動率, ages, life events and totals are not read;
  years outside the table are reported in ``skipped``.

Export security: every text cell is written as a string (data_type "s"), never a formula;
one that starts with = + - @ TAB or CR also gets Excel's quote prefix, so Excel shows it as
text and does not turn it into a formula when the cell is edited. No formula is ever written
(totals are values).

Qt-free; openpyxl is imported inside the functions (this module is imported at start).
Reads go through the service's read methods, the import's write is one service transaction.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, BinaryIO

from app.domain.budget import percent_text
from app.domain.budget_drafts import actual_column, check_yen
from app.domain.errors import FieldError, StorageError, ValidationError
from app.domain.money import YenParseError, format_yen, parse_yen
from app.domain.validation import Checker
from app.domain.wareki import format_wareki
from app.services.budget_rows import CashflowDetail, SheetDetail

Target = str | os.PathLike[str] | BinaryIO
NUMBER_FORMAT = "#,##0;▲#,##0"
SECTION_LABELS = {"income": "収入", "expense": "支出", "other": "その他"}
SECTIONS_BY_LABEL = {"収入": "income", "支出": "expense", "その他": "other", "参考": "other"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LABEL_HEADERS = {"項目", "費目", "科目", "項目名", "内訳"}
SHEET_TOTALS = {"収入合計", "支出合計", "収支差額", "借入金の合計", "借入金合計", "合計", "収入", "支出", "参考"}
CASHFLOW_SKIPPED = {
    "収入合計", "支出合計", "年間収支", "貯蓄残高", "ライフイベント", "ライフイベント費用", "和暦", "経過年数",
    "合計", "収入", "支出", "西暦",
}  # fmt: skip
HEADER_SCAN_ROWS = 60
_HEAD_FILL = "D9D9D9"
_TOTAL_FILL = "E4E4E4"
_COLUMN_NAMES = {"current": "現状", "estimate": "見込", "plan": "計画"}
_HEADER_KINDS = {
    "現状": "current", "実際": "current", "現在": "current",
    "見込": "estimate", "見込み": "estimate", "本人申告": "estimate",
    "計画": "plan", "計画額": "plan",
    "差額": "", "備考": "", "メモ": "", "変動率": "",
}  # fmt: skip
_ACTUAL = re.compile(r"(?:実績)?(\d{4})(?:年|[-/.])(\d{1,2})月?")  # "実績 2023年7月", "2023/7"
_YEAR = re.compile(r"(\d{4})年?")


# ---- the report ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportProblem:
    """One cell of the file that was not imported: its Excel name ("C12"), what it held, why."""

    cell: str
    text: str
    message: str

    def __str__(self) -> str:
        held = f"「{self.text}」" if self.text else ""
        return f"{self.cell}{held}：{self.message}"


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``imported``: the changes were written (all of them; False: none
    was — a bad cell, or ``dry_run``). ``written``: cells changed (or that would be)."""

    imported: bool
    written: int
    matched_rows: int
    worksheet: str
    unknown_labels: tuple[ImportProblem, ...] = ()
    bad_cells: tuple[ImportProblem, ...] = ()
    skipped: tuple[ImportProblem, ...] = ()

    @property
    def complete(self) -> bool:
        """Imported with nothing left out."""
        return self.imported and not (self.unknown_labels or self.bad_cells or self.skipped)

    def messages(self) -> list[str]:
        """Japanese lines for the person who imported: the outcome, then each problem."""
        if self.bad_cells:
            head = "読み込めないセルがあるため、何も取り込みませんでした。セルを直してからもう一度読み込んでください。"
        elif self.imported:
            head = f"{self.written}か所の金額を取り込みました（一致した行 {self.matched_rows}行）。"
        else:
            head = f"{self.written}か所の金額が変わります（まだ取り込んでいません）。"
        lines = [head]
        for title, items in (
            ("読み込めないセル", self.bad_cells),
            ("表にない項目（取り込んでいません）", self.unknown_labels),
            ("取り込まなかったセル・列", self.skipped),
        ):
            if items:
                lines.append(f"{title}：")
                lines += [f"・{p}" for p in items]
        return lines


# ---- text helpers -------------------------------------------------------------------------------
def _key(text: str) -> str:
    """A label as matched: NFKC-folded, without any spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _head_key(text: str) -> str:
    """A header as matched: like ``_key``, without a bracketed note ("見込（本人申告）")."""
    return re.sub(r"\(.*?\)", "", _key(text))


def _wareki_date(d: date) -> str:
    try:
        return f"{format_wareki(d, style='year')}（{d.year}年）{d.month}月{d.day}日"
    except ValueError:
        return d.isoformat()


# ---- writing --------------------------------------------------------------------------------------
class _Writer:
    """One worksheet being written: text cells always as strings, amounts as numbers."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        self._illegal = ILLEGAL_CHARACTERS_RE
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.head_fill = PatternFill("solid", fgColor=_HEAD_FILL)
        self.total_fill = PatternFill("solid", fgColor=_TOTAL_FILL)
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.wrap = Alignment(vertical="top", wrap_text=True)

    def text(self, row: int, col: int, value: str | None) -> Any:
        """A text cell that Excel never reads as a formula (see the module docstring)."""
        cell = self.ws.cell(row=row, column=col)
        if value is None or value == "":
            return cell
        clean = self._illegal.sub("", str(value))
        cell.value = clean
        cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
        if clean.startswith(FORMULA_START):
            cell.quotePrefix = True
        return cell

    def amount(self, row: int, col: int, value: int | None, fmt: str = NUMBER_FORMAT) -> Any:
        cell = self.ws.cell(row=row, column=col)
        if value is not None:
            cell.value = int(value)
            cell.number_format = fmt
        return cell

    def header(self, row: int, texts: Sequence[str]) -> None:
        for col, text in enumerate(texts, 1):
            cell = self.text(row, col, text)
            cell.font, cell.fill, cell.alignment, cell.border = self.bold, self.head_fill, self.center, self.border

    def frame(self, row: int, cols: int, *, total: bool = False) -> None:
        for col in range(1, cols + 1):
            cell = self.ws.cell(row=row, column=col)
            cell.border = self.border
            if total:
                cell.font, cell.fill = self.bold, self.total_fill

    def block(self, title: str, pairs: Iterable[tuple[str, str | int | None]]) -> int:
        """The title and the label/value header block; returns the next free row."""
        self.text(1, 1, title).font = self.title_font
        row = 2
        for label, value in pairs:
            self.text(row, 1, label).font = self.bold
            if isinstance(value, int):
                self.amount(row, 2, value).alignment = self._left()
            else:
                self.text(row, 2, value)
            row += 1
        return row

    @staticmethod
    def _left() -> Any:
        from openpyxl.styles import Alignment

        return Alignment(horizontal="left")


def _print_setup(ws: Any, *, landscape: bool, title_rows: str, freeze: str, widths: dict[str, float]) -> None:
    from openpyxl.worksheet.page import PageMargins

    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_title_rows = title_rows
    ws.oddHeader.right.text = "要配慮個人情報・取扱注意"
    ws.oddFooter.center.text = "&P / &N ページ"
    ws.freeze_panes = freeze


def _save(wb: Any, path: Target, title: str) -> None:
    wb.properties.creator = "Yorisoi"
    wb.properties.title = title
    try:
        wb.save(os.fspath(path) if isinstance(path, (str, os.PathLike)) else path)
    except OSError as exc:
        raise StorageError(f"Excelファイルを保存できません（他のプログラムで開いていませんか）: {exc}") from exc


def _sheet_columns(detail: SheetDetail) -> list[tuple[str, str]]:
    """(column key, header) of the amount columns, in order; "" keys are written, not read."""
    if detail.kind == "consultation":
        return [("current", "現状"), ("estimate", "見込（本人申告）")]
    months = [(actual_column(m), f"実績 {m.year}年{m.month}月") for m in detail.actual_months]
    return [("current", "現状"), ("plan", "計画"), ("difference", "差額（計画－現状）"), *months]


def _sheet_value(detail: SheetDetail, row: Any, key: str) -> int | None:
    if key.startswith("actual:"):
        months = [actual_column(m) for m in detail.actual_months]
        return row.actuals[months.index(key)]
    return getattr(row, key)


def _total_value(detail: SheetDetail, key: str) -> Any:
    t = detail.totals
    if key.startswith("actual:"):
        return t.actuals[detail.actual_months[[actual_column(m) for m in detail.actual_months].index(key)]]
    return getattr(t, key)


def export_sheet_xlsx(budget_service: Any, sheet_id: int, path: Target, *, person_name: str = "",
                      case_no: str = "") -> None:  # fmt: skip
    """Write a 相談時家計表 / 家計計画表 (and its 特別支出 on a second worksheet) as .xlsx in the
    layout the import reads. Empty names fall back to the sheet's own. StorageError when the
    file cannot be written."""
    from openpyxl import Workbook

    detail: SheetDetail = budget_service.sheet(sheet_id)
    wb = Workbook()
    ws = wb.active
    ws.title = detail.kind_label
    w = _Writer(ws)
    fed_note = "　※債務返済・滞納分の支払いの計画額は返済計画（分納）から入ります（読み込んでも変わりません）"
    header_row = w.block(detail.kind_label, [
        ("氏名", person_name or detail.person_name), ("ケース番号", case_no or detail.case_no),
        ("作成日", _wareki_date(detail.made_on)), ("家計改善支援員", detail.staff_name),
        ("対象月", detail.month_basis), ("預貯金残高", detail.savings_yen), ("備考", detail.note),
        ("単位：円" + (fed_note if detail.kind == "plan" else ""), ""),
    ]) + 1  # fmt: skip
    columns = _sheet_columns(detail)
    w.header(header_row, ["項目", "区分", *[head for _key, head in columns], "備考"])
    r = header_row
    for line in detail.rows:
        r += 1
        w.text(r, 1, line.label)
        w.text(r, 2, SECTION_LABELS.get(line.section, line.section))
        for c, (key, _head) in enumerate(columns, 3):
            w.amount(r, c, line.difference if key == "difference" else _sheet_value(detail, line, key))
        w.text(r, 3 + len(columns), line.note).alignment = w.wrap
        w.frame(r, 3 + len(columns))
    for label, attr in (
        ("収入合計", "income"),
        ("支出合計", "expense"),
        ("収支差額", "balance"),
        ("借入金の合計", "loans"),
    ):
        r += 1
        w.text(r, 1, label)
        w.text(r, 2, "合計")
        for c, (key, _head) in enumerate(columns, 3):
            w.amount(r, c, getattr(_total_value(detail, key), attr))
        w.frame(r, 3 + len(columns), total=True)
    last = 3 + len(columns)
    widths = {"A": 34, "B": 8} | {_letter(c): 14 for c in range(3, last)} | {_letter(last): 30}
    _print_setup(ws, landscape=len(columns) > 6, title_rows=f"{header_row}:{header_row}",
                 freeze=f"C{header_row + 1}", widths=widths)  # fmt: skip
    _special_sheet(wb, detail)
    _save(wb, path, f"{detail.kind_label} {detail.case_no}")


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _special_sheet(wb: Any, detail: SheetDetail) -> None:
    """特別支出 on a worksheet of its own (the import does not read it)."""
    if not detail.special_expenses:
        return
    ws = wb.create_sheet("特別支出")
    w = _Writer(ws)
    w.text(1, 1, "特別支出（年に一度などの支出）").font = w.title_font
    w.header(3, ["項目", "月", "金額"])
    r = 3
    for e in detail.special_expenses:
        r += 1
        w.text(r, 1, e.label)
        w.amount(r, 2, e.month, '0"月"')
        w.amount(r, 3, e.amount_yen)
        w.frame(r, 3)
    for label, value in (
        ("年間合計", detail.special.yearly_total),
        ("月々の積立（÷12、円未満切り上げ）", detail.special.monthly_reserve),
    ):
        r += 1
        w.text(r, 1, label)
        w.amount(r, 3, value)
        w.frame(r, 3, total=True)
    _print_setup(ws, landscape=False, title_rows="3:3", freeze="A4", widths={"A": 34, "B": 8, "C": 14})


def export_cashflow_xlsx(budget_service: Any, plan_id: int, path: Target, *, person_name: str = "",
                         case_no: str = "") -> None:  # fmt: skip
    """Write a キャッシュフロー表 as .xlsx (amounts in yen, one column per year, with the ages,
    life events and totals) in the layout the import reads; A4 landscape."""
    from openpyxl import Workbook

    d: CashflowDetail = budget_service.cashflow(plan_id)
    p = d.projection
    wb = Workbook()
    ws = wb.active
    ws.title = "キャッシュフロー表"
    w = _Writer(ws)
    last_year = d.start_year + d.years - 1
    header_row = w.block("キャッシュフロー表", [
        ("氏名", person_name or d.person_name), ("ケース番号", case_no or d.case_no),
        ("作成日", _wareki_date(d.made_on)), ("家計改善支援員", d.staff_name),
        ("期間", f"{d.start_year}年～{last_year}年（{d.years}年間）"), ("開始時の貯蓄残高", d.savings_start_yen),
        ("運用利率", f"{percent_text(d.return_rate_bp)}%"), ("備考", d.note),
        ("単位：円　※各年の金額を変えて読み込むと、その年の金額として入ります（変動率・年齢・ライフイベントは読み込みません）", ""),
    ]) + 1  # fmt: skip
    n = len(d.columns)
    w.header(header_row, ["項目", "区分", "変動率", *[f"{c.year}年" for c in d.columns]])
    w.header(header_row + 1, ["和暦", "", "", *[c.wareki for c in d.columns]])
    w.header(header_row + 2, ["経過年数", "", "", *[f"{c.index}年" for c in d.columns]])
    r = header_row + 2

    def line(label: str, section: str, rate: str, values: Sequence[Any], *, total: bool = False, fmt: str = NUMBER_FORMAT) -> None:  # fmt: skip
        nonlocal r
        r += 1
        w.text(r, 1, label)
        w.text(r, 2, section)
        w.text(r, 3, rate)
        for k, v in enumerate(values):
            if isinstance(v, str):
                w.text(r, 4 + k, v).alignment = w.wrap
            else:
                w.amount(r, 4 + k, v, fmt)
        w.frame(r, 3 + n, total=total)

    for m in d.members:
        line(f"年齢：{m.relationship_label} {m.name}".strip(), "年齢", "", list(m.ages), fmt='0"歳"')
    events = {}
    for e in d.life_events:
        events.setdefault(e.year, []).append(f"{e.label}（{format_yen(e.cost_yen)}）" if e.cost_yen else e.label)
    if events:
        line("ライフイベント", "ライフイベント", "", ["\n".join(events.get(c.year, [])) for c in d.columns])
    for section, total_label, totals in (("income", "収入合計", p.income), ("expense", "支出合計", p.expense)):
        for row in (x for x in d.rows if x.section == section):
            rate = "分納" if row.feed else f"{percent_text(row.rate_bp)}%"
            line(row.label, SECTION_LABELS[section], rate, list(row.amounts))
        if section == "expense" and any(p.life_event_costs):
            line("ライフイベント費用", "ライフイベント", "", list(p.life_event_costs))
        line(total_label, "合計", "", list(totals), total=True)
    line("年間収支", "合計", "", list(p.balance), total=True)
    line("貯蓄残高", "合計", "", list(p.savings), total=True)
    widths = {"A": 30, "B": 9, "C": 8} | {_letter(c): 13 for c in range(4, 4 + n)}
    _print_setup(ws, landscape=True, title_rows=f"{header_row}:{header_row + 2}", freeze=f"D{header_row + 3}",
                 widths=widths)  # fmt: skip
    _save(wb, path, f"キャッシュフロー表 {d.case_no}")


# ---- reading ---------------------------------------------------------------------------------------
def _cell_text(cell: Any) -> str:
    """What a cell holds, as text: a formula's own text (never its result)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    return str(getattr(value, "text", value))  # ArrayFormula / DataTableFormula keep their text


def _ref(row: int, col: int) -> str:
    return f"{_letter(col)}{row}"


class _BadCell(Exception):
    pass


def _amount(cell: Any) -> int | None:
    """The yen in an amount cell (None when empty); _BadCell with the reason otherwise."""
    value = cell.value
    if cell.data_type == "f" or (value is not None and hasattr(value, "text")):
        raise _BadCell("数式は読み込みません。計算結果の値を入力（値として貼り付け）してください")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _BadCell("金額ではありません")
    if isinstance(value, (date, datetime, time)):
        raise _BadCell("日付・時刻は金額として読めません")
    if isinstance(value, int):
        yen = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise _BadCell("1円未満の端数は入力できません")
        yen = int(value)
    elif cell.data_type == "e":
        raise _BadCell("エラー値は金額として読めません")
    else:
        try:
            yen = parse_yen(str(value))
        except YenParseError as exc:
            raise _BadCell(str(exc)) from None
    c = Checker()
    check_yen(c, "yen", "金額", yen)
    if c.errors:
        raise _BadCell(c.errors[0].message)
    return yen


@dataclass
class _Layout:
    worksheet: Any
    header_row: int
    label_col: int
    section_col: int | None
    columns: dict[int, Any]  # column → key (a sheet column name or a year)
    skipped: list[ImportProblem] = field(default_factory=list)


Classify = Callable[[Any, str], tuple[str, Any]]  # (cell, header text) → (kind, key)


def _open(path: Target, classify: Classify) -> _Layout:
    from xml.etree.ElementTree import ParseError
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:  # data_only=False: formulas come as their text; nothing is ever calculated
        wb = load_workbook(os.fspath(path) if isinstance(path, (str, os.PathLike)) else path, data_only=False)
    except (FileNotFoundError, PermissionError) as exc:
        raise StorageError(f"Excelファイルを開けません: {exc}") from exc
    except (InvalidFileException, BadZipFile, ParseError, OSError, KeyError, ValueError, TypeError) as exc:
        raise _unreadable(exc) from exc  # not an .xlsx, or a damaged one
    for ws in wb.worksheets:
        layout = _find_header(ws, classify)
        if layout is not None:
            return layout
    raise ValidationError([FieldError("path", "ファイル", "no_header",
                                      "見出しの行（「項目」と金額の列名）が見つかりません。書き出したときの形のまま読み込んでください")])  # fmt: skip


def _unreadable(exc: Exception) -> ValidationError:
    return ValidationError(
        [FieldError("path", "ファイル", "unreadable", f"Excelファイル（.xlsx）として読めません: {exc}")]
    )


def _find_header(ws: Any, classify: Classify) -> _Layout | None:
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, HEADER_SCAN_ROWS)):
        label_col = next((c.column for c in row if _head_key(_cell_text(c)) in LABEL_HEADERS), None)
        if label_col is None:
            continue
        layout = _Layout(ws, row[0].row, label_col, None, {})
        for c in row:
            text = _cell_text(c).strip()
            if c.column == label_col or not text:
                continue
            kind, key = classify(c, text)
            if kind == "section":
                layout.section_col = c.column
            elif kind == "amount":
                layout.columns[c.column] = key
            elif kind == "skip":
                layout.skipped.append(ImportProblem(_ref(c.row, c.column), text, key))
        if layout.columns or layout.skipped:
            return layout
    return None


def _rows(layout: _Layout) -> Iterable[tuple[int, str, str | None]]:
    """(row number, label, section key or None) of every row under the header."""
    ws = layout.worksheet
    for r in range(layout.header_row + 1, ws.max_row + 1):
        label = _cell_text(ws.cell(r, layout.label_col)).strip()
        section_text = _key(_cell_text(ws.cell(r, layout.section_col))) if layout.section_col else ""
        yield r, label, SECTIONS_BY_LABEL.get(section_text) if section_text else None


def _has_amount(layout: _Layout, r: int) -> bool:
    ws = layout.worksheet
    return any(_cell_text(ws.cell(r, c)).strip() for c in layout.columns)


class _Matcher:
    """The sheet's rows by label (and section): the k-th file row of a label takes the k-th
    sheet row of it."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self.rows, self.used = list(rows), set()

    def take(self, label: str, section: str | None) -> Any | None:
        key = _key(label)
        found = [r for r in self.rows if _key(r.label) == key and r.id not in self.used]
        exact = [r for r in found if section is not None and r.section == section]
        row = (exact or found or [None])[0]
        if row is not None:
            self.used.add(row.id)
        return row


def _classify_sheet(kind: str, months: Sequence[str]) -> Classify:
    allowed = {"consultation": {"current", "estimate"}, "plan": {"current", "plan"}}[kind]
    label = {"consultation": "相談時家計表", "plan": "家計計画表"}[kind]

    def classify(cell: Any, text: str) -> tuple[str, Any]:
        key = _head_key(text)
        if key == "区分":
            return "section", None
        found = _ACTUAL.fullmatch(key)
        if found is not None:
            year, month = int(found[1]), int(found[2])
        elif isinstance(cell.value, (date, datetime)):  # a date heading is a 実績 month
            year, month = cell.value.year, cell.value.month
        else:
            year = month = 0
        if year:
            column = f"actual:{year:04d}-{month:02d}"
            if kind == "plan" and column in months:
                return "amount", column
            return "skip", f"{year}年{month}月の実績列はこの表にありません（先に実績の月を追加してください）"
        name = _HEADER_KINDS.get(key)
        if name is None:
            return "skip", "この列は読み込みません"
        if name == "":
            return "ignore", None
        if name not in allowed:
            return "skip", f"{label}に「{_COLUMN_NAMES[name]}」の列はありません"
        return "amount", name

    return classify


def import_sheet_xlsx(budget_service: Any, sheet_id: int, path: Target, *, dry_run: bool = False) -> ImportReport:
    """Read a 相談時家計表 / 家計計画表 from .xlsx into the sheet (see the module docstring);
    ``dry_run`` reports what would change without writing. ValidationError when the file is
    not an .xlsx or has no header row; the service's errors (NotFoundError, ValidationError)
    pass through, nothing written."""
    detail: SheetDetail = budget_service.sheet(sheet_id)
    months = [actual_column(m) for m in detail.actual_months]
    layout = _open(path, _classify_sheet(detail.kind, months))
    matcher = _Matcher(detail.rows)
    unknown, bad, skipped = [], [], list(layout.skipped)
    cells: list[tuple[int, str, int | None]] = []
    matched = 0
    for r, label, section in _rows(layout):
        if not label:
            continue
        row = matcher.take(label, section)
        if row is None:
            if _key(label) not in SHEET_TOTALS and _has_amount(layout, r):
                unknown.append(ImportProblem(_ref(r, layout.label_col), label, "この表にない項目です（同じ項目が2回以上あるときは2回目以降）"))  # fmt: skip
            continue
        matched += 1
        for col, key in layout.columns.items():
            cell = layout.worksheet.cell(r, col)
            try:
                yen = _amount(cell)
            except _BadCell as exc:
                bad.append(ImportProblem(_ref(r, col), _cell_text(cell), str(exc)))
                continue
            now = _sheet_value(detail, row, key)
            if ((yen or 0) if key.startswith("actual:") else yen) == now:  # an empty 実績 is 0
                continue
            if key == "plan" and row.feed:
                skipped.append(ImportProblem(_ref(r, col), _cell_text(cell),
                                             f"「{row.label}」の計画額は返済計画（分納）から入るため読み込みませんでした"))  # fmt: skip
                continue
            cells.append((row.id, key, yen))
    write = not bad and not dry_run
    if write and cells:
        budget_service.set_amounts(sheet_id, cells)
    return ImportReport(write, len(cells), matched, layout.worksheet.title, tuple(unknown), tuple(bad), tuple(skipped))


def _classify_cashflow(start_year: int, years: int) -> Classify:
    def classify(cell: Any, text: str) -> tuple[str, Any]:
        key = _head_key(text)
        if key == "区分":
            return "section", None
        value = cell.value
        match = _YEAR.fullmatch(key) if not isinstance(value, int) else None
        year = value if isinstance(value, int) and not isinstance(value, bool) else (int(match[1]) if match else None)
        if year is None:
            return ("ignore", None) if key in _HEADER_KINDS else ("skip", "この列は読み込みません")
        if not start_year <= year < start_year + years:
            return "skip", f"{year}年はこの表の期間（{start_year}年～{start_year + years - 1}年）の外です"
        return "amount", year - start_year

    return classify


def import_cashflow_xlsx(budget_service: Any, plan_id: int, path: Target, *, dry_run: bool = False) -> ImportReport:
    """Read a キャッシュフロー表 from .xlsx into the plan (see the module docstring): each year's
    amount that differs from what the table shows becomes an override cell, all with one
    ``set_cashflow_cells``; ``dry_run`` only reports."""
    d: CashflowDetail = budget_service.cashflow(plan_id)
    layout = _open(path, _classify_cashflow(d.start_year, d.years))
    matcher = _Matcher(d.rows)
    unknown, bad, skipped = [], [], list(layout.skipped)
    cells: list[tuple[int, int, int | None]] = []
    matched = 0
    ws = layout.worksheet
    for r, label, section in _rows(layout):
        key = _key(label)
        section_text = _key(_cell_text(ws.cell(r, layout.section_col))) if layout.section_col else ""
        if not label or key.startswith("年齢") or section_text in ("年齢", "ライフイベント", "合計"):
            continue
        row = matcher.take(label, section)
        if row is None:
            if key not in CASHFLOW_SKIPPED and _has_amount(layout, r):
                unknown.append(ImportProblem(_ref(r, layout.label_col), label, "この表にない項目です（同じ項目が2回以上あるときは2回目以降）"))  # fmt: skip
            continue
        matched += 1
        for col, k in layout.columns.items():
            cell = ws.cell(r, col)
            try:
                yen = _amount(cell)
            except _BadCell as exc:
                bad.append(ImportProblem(_ref(r, col), _cell_text(cell), str(exc)))
                continue
            if yen is not None and yen != row.amounts[k]:
                cells.append((row.id, k, yen))
    write = not bad and not dry_run
    if write and cells:
        budget_service.set_cashflow_cells(plan_id, cells)
    return ImportReport(write, len(cells), matched, ws.title, tuple(unknown), tuple(bad), tuple(skipped))


__all__ = [
    "ImportProblem",
    "ImportReport",
    "export_cashflow_xlsx",
    "export_sheet_xlsx",
    "import_cashflow_xlsx",
    "import_sheet_xlsx",
]
