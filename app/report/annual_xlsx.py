"""The annual report's tables as Excel workbooks (.xlsx), one file per table, for staff who
reuse them in their own documents: per chapter 事業実績 (every figure with its exact value,
unit, 目標値 and 達成), 月別集計 (4月 → 3月), 人員配置, 活動実績表 / 年間活動計画, 研修一覧表,
関係機関との連携内容, セミナー・ワークショップ and 関係機関一覧; and the division's plan.

File names sort in the report's order (chapter, then table): ``2022_00_01_部門_年間活動計画.xlsx``,
``2022_01_01_自立相談_事業実績.xlsx``, ``2022_01_02_自立相談_月別集計.xlsx`` …

Every text cell is written as a string (data_type "s"): a text beginning with = + - @ TAB CR
is never read by Excel as a formula (such a cell also gets Excel's quote prefix); numbers are
numbers, formatted with thousands separators.

Qt-free; imports openpyxl (only when writing).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.domain.report_drafts import format_fte
from app.files import path_in_folder
from app.report.annual_charts import MONTHS
from app.services.report_assembly import PROGRAMME_LABELS
from app.services.report_rows import ChapterData, FigureRow, MonthLines, ReportData, TrainingLine

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = "#,##0"
_HEAD = PatternFill("solid", fgColor="D9D9D9")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
Cell = str | int | None


class _Sheet:
    """One workbook with one sheet: a title line, a header row, rows."""

    def __init__(self, title: str, headers: Sequence[str], widths: Sequence[int]) -> None:
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = title[:31]
        self._text(1, 1, title).font = Font(bold=True, size=13)
        for col, (head, width) in enumerate(zip(headers, widths, strict=True), 1):
            cell = self._text(3, col, head)
            cell.fill, cell.font, cell.border = _HEAD, Font(bold=True), _BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self.ws.column_dimensions[get_column_letter(col)].width = width
        self.ws.freeze_panes = "A4"
        self.row = 4

    def _text(self, row: int, col: int, value: str) -> object:
        cell = self.ws.cell(row=row, column=col)
        clean = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = clean
        cell.data_type = "s"  # openpyxl would make "=..." a formula
        if clean.startswith(FORMULA_START):
            cell.quotePrefix = True
        return cell

    def add(self, *values: Cell) -> None:
        for col, value in enumerate(values, 1):
            if value is None or value == "":
                cell = self.ws.cell(row=self.row, column=col)
            elif isinstance(value, int) and not isinstance(value, bool):
                cell = self.ws.cell(row=self.row, column=col, value=value)
                cell.number_format = NUMBER
            else:
                cell = self._text(self.row, col, str(value))
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = _BORDER
        self.row += 1

    def save(self, path: Path) -> Path:
        self.wb.save(path)
        return path


def _figure(s: _Sheet, group: str, r: FigureRow) -> None:
    s.add(group, r.label, r.value, r.unit, r.text, r.target, r.target_text, r.achievement, r.note, r.key)


def _results(data: ReportData, ch: ChapterData) -> _Sheet:
    s = _Sheet(f"{ch.label} 事業実績（{data.wareki_label}）",
               ("区分", "項目", "実績値", "単位", "報告書の表示", "目標値", "目標値の表示", "達成度", "備考", "集計キー"),
               (22, 36, 12, 6, 14, 10, 12, 8, 30, 46))  # fmt: skip
    for r in ch.targets:
        _figure(s, "目標値と実績値", r)
    for g in ch.groups:
        for r in g.rows:
            _figure(s, g.title, r)
    return s


def _monthly(data: ReportData, ch: ChapterData) -> _Sheet:
    s = _Sheet(f"{ch.label} 月別集計（{data.wareki_label}）", ("項目", *MONTHS, "年間", "単位", "集計キー"),
               (36, *([9] * 12), 11, 6, 46))  # fmt: skip
    for r in ch.rows():
        s.add(r.label, *r.monthly, r.value, r.unit, r.key)
    return s


def _staffing(data: ReportData, ch: ChapterData) -> _Sheet | None:
    if not ch.staffing:
        return None
    s = _Sheet(f"{ch.label} 人員配置（{data.wareki_label}）", ("期間", "区分", "職種", "人数"), (26, 30, 24, 10))
    for b in ch.staffing:
        for line in b.lines:
            for role, cell in zip(b.roles, line.cells, strict=True):
                if cell is not None:
                    s.add(b.period_label, line.row_label, role, format_fte(cell))
        s.add(b.period_label, "合計", "", format_fte(b.total))
    return s


def _months(title: str, months: Sequence[MonthLines], column: str) -> _Sheet | None:
    if not any(m.lines for m in months):
        return None
    s = _Sheet(title, ("月", column), (8, 100))
    for m in months:
        for line in m.lines:
            s.add(m.label, line.removeprefix("・"))
    return s


def _trainings(title: str, items: Sequence[TrainingLine]) -> _Sheet | None:
    if not items:
        return None
    s = _Sheet(title, ("実施日", "研修名", "研修内容", "主催"), (16, 40, 60, 24))
    for t in items:
        s.add(t.when, t.title, t.summary, t.organiser)
    return s


def _tables(data: ReportData, ch: ChapterData) -> list[tuple[str, _Sheet | None]]:
    y = data.wareki_label
    tables: list[tuple[str, _Sheet | None]] = [
        ("事業実績", _results(data, ch)),
        ("月別集計", _monthly(data, ch)),
        ("人員配置", _staffing(data, ch)),
        (ch.activity_title, _months(f"{ch.label} {ch.activity_title}（{y}）", ch.activity_months, "活動内容")),
        ("研修一覧表", _trainings(f"{ch.label} 研修一覧表（{y}）", ch.trainings)),
        ("関係機関との連携内容", _months(f"{ch.label} 関係機関との連携内容（{y}）", ch.liaison, "連携内容")),
    ]
    for events in ch.events:
        s = _Sheet(f"{ch.label} {events.title}（{y}）", ("実施日", "テーマ", "内容", "参加者"), (14, 40, 60, 10))
        for e in events.items:
            s.add(e.held_on.isoformat(), e.theme, e.content, e.participants)
        tables.append((events.title.split("（")[0], s))
    if ch.agencies:
        s = _Sheet(f"{ch.label} 関係機関一覧（{y}）", ("関係機関",), (60,))
        for name in ch.agencies:
            s.add(name)
        tables.append(("関係機関一覧", s))
    return tables


def write_report_tables(data: ReportData, directory: str | os.PathLike[str]) -> list[Path]:
    """Write every table of the report into ``directory`` (created if missing) as one .xlsx
    each; returns the files written, in the report's order. Tables with no rows are left out."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    fy = data.fiscal_year
    written: list[Path] = []
    plan = _months(f"{data.division.name} 年間活動計画（{data.wareki_label}）", data.division.plan, "開催した会議")
    division: list[tuple[str, _Sheet | None]] = [
        ("年間活動計画", plan),
        ("研修一覧表", _trainings(f"{data.division.name} 研修一覧表（{data.wareki_label}）", data.division.trainings)),
    ]
    chapters = [(0, "部門", division)] + [
        (i, PROGRAMME_LABELS.get(ch.programme, (ch.label, ch.programme))[1], _tables(data, ch))
        for i, ch in enumerate(data.chapters, 1)
    ]
    for i, short, tables in chapters:
        present = [(name, sheet) for name, sheet in tables if sheet is not None]
        for j, (name, sheet) in enumerate(present, 1):
            written.append(sheet.save(path_in_folder(out, f"{fy}_{i:02d}_{j:02d}_{short}_{name}.xlsx")))
    return written


__all__ = ["write_report_tables"]
