"""The 家計改善支援 sheets as A4 PDFs (household-budget.md §1–6): 相談時家計表, 家計計画表 (with
実績 months and 特別支出), キャッシュフロー表 (landscape, with its chart), 滞納・債務一覧 with the
分納 schedules, and 家計改善支援計画書.

Qt-free: the frozen rows of app.services.budget_rows / debt_rows in, PDF out. Style, fonts
and page furniture are those of app.report.case_sheets (IPAex embedded, header with the
organisation, case number and name, footer with the print date, "n / N ページ" and the
要配慮個人情報 notice), whose helpers are imported from there. Each sheet shows the person's
name, the sheet's date (和暦 and 西暦), the advisor and the centre. Amounts are right-aligned:
yen with thousands separators on the monthly sheets, 万円 on the cash flow (rounding stated),
▲ for negatives; total rows are shaded and set in a stroked (bold) face, since IPAex has no
bold weight.

This module imports reportlab: import it only when printing, never at start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.domain.budget import ColumnTotals, percent_text
from app.domain.money import format_man, format_yen, rounding_note
from app.domain.wareki import format_wareki
from app.report.budget_chart import cashflow_chart
from app.report.case_sheets import (
    GAP,
    LABEL_BG,
    LINE,
    MARGIN,
    NBSP,
    Target,
    _date,
    _Decor,
    _Form,
    _grid_style,
    _signature,
    _Styles,
    _styles,
    _text,
    _title,
)
from app.report.case_sheets import (
    _build as _build_pages,
)
from app.report.fonts import GOTHIC
from app.services.budget_rows import CashflowDetail, ImprovementPlanDetail, SheetDetail, SheetLineRow
from app.services.debt_rows import AgreementDetail, DebtRow

PageSize = tuple[float, float]
PORTRAIT: PageSize = A4
LANDSCAPE = landscape(A4)
BAND_BG = colors.HexColor("#f0f0f0")
TOTAL_BG = colors.HexColor("#e4e4e4")
GRAND_BG = colors.HexColor("#d2d2d2")
ALERT_HEX = "#c0392b"
ALERT = colors.HexColor(ALERT_HEX)
ALERT_BG = colors.HexColor("#fbe3e0")
FED_MARK = "※1"
LOAN_MARK = "※2"
CF_YEARS_PER_BLOCK = 10
EVALUATION_LEVELS = ("①上回って達成", "②達成", "③ほぼ達成", "④一部達成", "⑤達成できなかった")
STATE_COLOURS = {"late": "#b35900", "defaulted": "#c0392b"}


@dataclass(frozen=True)
class _Who:
    """Who and where: printed on every sheet."""

    person_name: str
    case_no: str
    advisor: str
    organisation: str
    printed_on: date


def _who(person: str, case_no: str, advisor: str, organisation: str, on: date | None, sheet: object = None) -> _Who:
    """The caller's names, or the sheet's own where the caller passes none."""
    fallback = (getattr(sheet, "person_name", ""), getattr(sheet, "case_no", ""), getattr(sheet, "staff_name", ""))
    return _Who(person or fallback[0], case_no or fallback[1], advisor or fallback[2], organisation, on or date.today())


def _build(
    target: Target, story: list[Flowable], st: _Styles, title: str, who: _Who, pagesize: PageSize = PORTRAIT
) -> int:
    decor = _Decor(st, title, who.organisation, f"ケース番号 {who.case_no}　{who.person_name}", who.printed_on,
                   pagesize=pagesize)  # fmt: skip
    return _build_pages(target, _title(st, title) + story, decor, title)


def _width(pagesize: PageSize) -> float:
    return pagesize[0] - 2 * MARGIN


def _head(f: _Form, who: _Who, made_on: date | None, date_label: str = "作成日") -> None:
    """氏名, ケース番号, the sheet's date, the advisor and the centre."""
    st = f.st
    f.pairs(
        ("氏名", st.p(who.person_name, st.name), "ケース番号", who.case_no),
        (date_label, _date(made_on), "家計改善支援員", who.advisor),
    )
    f.line("相談支援機関", who.organisation)


# ---- cells ----------------------------------------------------------------------------------------
def _yen(value: int | None) -> str:
    return "" if value is None else format_yen(value, unit=False)


def _yen_unit(value: int | None) -> str:
    return "" if value is None else format_yen(value)


def _man(value: int) -> str:
    return format_man(value, unit=False)


class _Strong(Flowable):
    """One line of text drawn filled and stroked: the bold of a font that has no bold weight."""

    def __init__(self, text: str, size: float, align: str = "LEFT", color: colors.Color = colors.black) -> None:
        super().__init__()
        self.text, self.size, self.align, self.color = text, size, align, color

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.2

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        c.setStrokeColor(self.color)
        c.setLineWidth(self.size * 0.045)
        text = c.beginText()
        text.setFont(GOTHIC, self.size)
        text.setTextRenderMode(2)
        w = c.stringWidth(self.text, GOTHIC, self.size)
        x = {"RIGHT": self.width - w, "CENTER": (self.width - w) / 2}.get(self.align, 0)
        text.setTextOrigin(x, self.size * 0.22)
        text.textOut(self.text)
        c.drawText(text)
        c.restoreState()


def _cell_style(st: _Styles, size: float, align: int | None = None) -> ParagraphStyle:
    return ParagraphStyle(f"cell{size}{align}", st.body, fontSize=size, leading=size * 1.22,
                          alignment=align if align is not None else 0)  # fmt: skip


class _Grid:
    """An amount table: a shaded header, band rows across the table, plain rows, and total
    rows (shaded, bold); amount columns (from ``first_amount``) right-aligned."""

    def __init__(self, st: _Styles, widths: Sequence[float], size: float = 8.2, first_amount: int = 1) -> None:
        self.st, self.widths, self.size, self.first = st, list(widths), size, first_amount
        self.body = _cell_style(st, size)
        self.head = _cell_style(st, size - 0.5, TA_CENTER)
        self.rows: list[list] = []
        self.cmds: list[tuple] = []
        self.header_rows = 0

    def header(self, cells: Sequence[str]) -> None:
        r = len(self.rows)
        self.rows.append([Paragraph(_text(c).replace("\n", "<br/>"), self.head) for c in cells])
        self.cmds += [("BACKGROUND", (0, r), (-1, r), LABEL_BG), ("VALIGN", (0, r), (-1, r), "MIDDLE")]
        self.header_rows = len(self.rows)

    def band(self, text: str) -> None:
        """A title row across the table, kept on the page of the row after it."""
        r = len(self.rows)
        self.rows.append([Paragraph(_text(text), self.body)] + [""] * (len(self.widths) - 1))
        self.cmds += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), BAND_BG),
            ("NOSPLIT", (0, r), (-1, r + 1)),
        ]

    def line(self, label: str | Flowable, cells: Sequence[str | Flowable], *, markup: bool = False) -> int:
        r = len(self.rows)
        if isinstance(label, str):
            label = Paragraph(label if markup else _text(label), self.body)
        self.rows.append([label, *cells])
        return r

    def total(self, label: str, cells: Sequence[str], *, grand: bool = False, alert: Sequence[int] = ()) -> int:
        """A total row; ``alert`` are cell indexes (of ``cells``) to highlight in red."""
        r = len(self.rows)
        row: list = [_Strong(label, self.size)]
        for i, text in enumerate(cells):
            row.append(_Strong(text, self.size, "RIGHT", ALERT if i in alert else colors.black) if text else "")
        self.rows.append(row)
        self.cmds.append(("BACKGROUND", (0, r), (-1, r), GRAND_BG if grand else TOTAL_BG))
        if grand:
            self.cmds.append(("LINEABOVE", (0, r), (-1, r), 1.1, LINE))
        for i in alert:
            self.cmds.append(("BACKGROUND", (1 + i, r), (1 + i, r), ALERT_BG))
        return r

    def table(self) -> Table:
        cmds = [
            ("FONTSIZE", (0, 0), (-1, -1), self.size),
            ("ALIGN", (self.first, self.header_rows), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 0.9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *self.cmds,
        ]
        t = Table(self.rows, colWidths=self.widths, repeatRows=self.header_rows)
        t.setStyle(_grid_style(extra=cmds))
        return t


def _pairs(st: _Styles, rows: Sequence[Sequence], width: float, label_w: float = 28 * mm) -> Table:
    """Rows of label/value pairs (as many per row as given) across ``width``; case_sheets'
    pairs are two per row and portrait-wide."""
    per_row = len(rows[0]) // 2
    value_w = width / per_row - label_w

    def cell(v: str | Flowable, style: ParagraphStyle) -> Flowable:
        return Paragraph(_text(v), style) if isinstance(v, str) else v

    data = [[cell(v, st.label if i % 2 == 0 else st.body) for i, v in enumerate(row)] for row in rows]
    t = Table(data, colWidths=[label_w, value_w] * per_row)
    t.setStyle(_grid_style(range(0, 2 * per_row, 2), [("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
    return t


def _note(st: _Styles, *lines: str) -> Paragraph:
    return Paragraph("<br/>".join(_text(x) for x in lines if x), st.small)


def _unit(st: _Styles, text: str) -> Paragraph:
    return Paragraph(_text(text), ParagraphStyle("unit", st.small, alignment=TA_RIGHT))


# ---- 相談時家計表 / 家計計画表 -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Col:
    head: str
    value: Callable[[SheetLineRow], int | None]
    totals: ColumnTotals
    blank_zero: bool = False  # 実績: every cell holds 0 until typed; print those blank

    def cell(self, r: SheetLineRow) -> str:
        value = self.value(r)
        return "" if self.blank_zero and value == 0 else _yen(value)


def _groups(rows: Sequence[SheetLineRow]) -> tuple[list, list, list]:
    income = [r for r in rows if r.section == "income" and not r.is_loan]
    expense = [r for r in rows if r.section == "expense" and not r.is_loan]
    other = [r for r in rows if r.is_loan or r.section == "other"]
    return income, expense, other


def _row_label(r: SheetLineRow, fed: bool) -> str:
    if fed and r.feed:
        return f"{r.label} {FED_MARK}"
    return f"{r.label} {LOAN_MARK}" if r.is_loan else r.label


def _sheet_grid(
    st: _Styles, detail: SheetDetail, cols: Sequence[_Col], widths: Sequence[float], *, notes: bool, fed: bool
) -> Table:
    g = _Grid(st, widths)
    g.header(["項目", *[c.head for c in cols], *(["備考"] if notes else [])])
    income, expense, other = _groups(detail.rows)
    extra = [""] if notes else []

    def rows(lines: Sequence[SheetLineRow]) -> None:
        for r in lines:
            note = [Paragraph(_text(r.note), g.body)] if notes else []
            g.line(_row_label(r, fed), [c.cell(r) for c in cols] + note)

    g.band("収入")
    rows(income)
    g.total("収入合計", [_yen(c.totals.income) for c in cols] + extra)
    g.band("支出")
    rows(expense)
    g.total("支出合計", [_yen(c.totals.expense) for c in cols] + extra)
    balances = [c.totals.balance for c in cols]
    g.total("収支差額（収入－支出）", [_yen(b) for b in balances] + extra, grand=True,
            alert=[i for i, b in enumerate(balances) if b < 0])  # fmt: skip
    if other:
        g.band("参考（収支に含めないもの）")
        rows(other)
        if any(r.is_loan for r in other):
            g.total("借入金の合計", [_yen(c.totals.loans) for c in cols] + extra)
    return g.table()


def _sheet_notes(st: _Styles, detail: SheetDetail, fed: bool) -> Paragraph:
    lines = []
    if fed and any(r.feed for r in detail.rows):
        month = detail.feed_month or detail.made_on
        lines.append(f"{FED_MARK} 計画額は返済計画（分納）から入ります（{format_wareki(month, style='year')}"
                     f"{month.month}月分・{month.year}年{month.month}月分）。")  # fmt: skip
    if any(r.is_loan for r in detail.rows):
        lines.append(f"{LOAN_MARK} 借入金は収入ではないため、収入合計に含めていません。")
    lines.append("▲はマイナス（不足）を表します。")
    return _note(st, *lines)


def _sheet_head(st: _Styles, who: _Who, detail: SheetDetail) -> _Form:
    f = _Form(st)
    _head(f, who, detail.made_on)
    f.pairs(("対象月", detail.month_basis, "預貯金残高", _yen_unit(detail.savings_yen)))
    if detail.note:
        f.line("備考", detail.note)
    return f


def render_consultation_sheet(
    detail: SheetDetail,
    path_or_file: Target,
    *,
    person_name: str,
    case_no: str,
    advisor: str,
    organisation: str = "",
    printed_on: date | None = None,
) -> int:
    """Write the 相談時家計表 (現状 and 見込 per row, totals, 収支差額, 預貯金残高) as an A4
    portrait PDF; returns the number of pages. Empty names fall back to the sheet's own."""
    st = _styles()
    who = _who(person_name, case_no, advisor, organisation, printed_on, detail)
    f = _sheet_head(st, who, detail)
    t = detail.totals
    cols = [
        _Col("現状（実際）", lambda r: r.current, t.current),
        _Col("見込（本人申告）", lambda r: r.estimate, t.estimate),
    ]
    width = _width(PORTRAIT)
    story = [*f.story, Spacer(1, 3 * mm), _unit(st, "単位：円"),
             _sheet_grid(st, detail, cols, [62 * mm, 30 * mm, 30 * mm, width - 122 * mm], notes=True, fed=False),
             Spacer(1, 1.5 * mm), _sheet_notes(st, detail, fed=False)]  # fmt: skip
    if detail.special_expenses:
        story += _special_expenses(st, detail, width)
    return _build(path_or_file, story, st, detail.kind_label or "相談時家計表", who)


def render_plan_sheet(
    detail: SheetDetail,
    path_or_file: Target,
    *,
    person_name: str,
    case_no: str,
    advisor: str,
    organisation: str = "",
    printed_on: date | None = None,
) -> int:
    """Write the 家計計画表 as an A4 portrait PDF: 現状 / 計画 / 差額 and the 実績 months (four
    beside the plan; more follow in blocks of six, each again beside 計画), the 債務返済 /
    滞納分 rows marked as fed from the repayment plans, the rows' notes, then 特別支出 by
    month with the yearly total and the monthly 積立. Returns the number of pages."""
    st = _styles()
    who = _who(person_name, case_no, advisor, organisation, printed_on, detail)
    f = _sheet_head(st, who, detail)
    t = detail.totals
    plan = _Col("計画", lambda r: r.plan, t.plan)
    main = [_Col("現状", lambda r: r.current, t.current), plan, _Col("差額\n（計画－現状）", lambda r: r.difference,
            t.difference)]  # fmt: skip
    none = ColumnTotals.of(0, 0, 0)
    months = [_Col(f"実績\n{m.year}年{m.month}月", lambda r, i=i: r.actuals[i], t.actuals.get(m, none), True)
              for i, m in enumerate(detail.actual_months)]  # fmt: skip
    width = _width(PORTRAIT)
    story = [*f.story, Spacer(1, 3 * mm), _unit(st, "単位：円")]
    for n, cols in enumerate(_plan_blocks(main, plan, months)):
        col_w = min(26 * mm, (width - 44 * mm) / len(cols))
        table = _sheet_grid(st, detail, cols, [width - col_w * len(cols)] + [col_w] * len(cols), notes=False, fed=True)
        if n:  # a continuation starts on a page of its own rather than splitting
            story += [Spacer(1, 4 * mm), KeepTogether([_unit(st, "実績（続き）　単位：円"), table])]
        else:
            story.append(table)
    story += [Spacer(1, 1.5 * mm), _sheet_notes(st, detail, fed=True)]
    noted = [r for r in detail.rows if r.note.strip()]
    if noted:
        story += [Spacer(1, 2 * mm), _note(st, "項目の備考", *[f"・{r.label}：{r.note}" for r in noted])]
    story += _special_expenses(st, detail, width)
    return _build(path_or_file, story, st, detail.kind_label or "家計計画表", who)


def _plan_blocks(main: list[_Col], plan: _Col, months: list[_Col]) -> list[list[_Col]]:
    """現状 / 計画 / 差額 and up to four 実績 months; the other months in blocks of at most six
    (as even as they go), each beside 計画 again."""
    rest = months[4:]
    count = -(-len(rest) // 6)
    size = -(-len(rest) // count) if count else 0
    return [main + months[:4]] + [[plan, *rest[i : i + size]] for i in range(0, len(rest), size or 1)]


def _special_expenses(st: _Styles, detail: SheetDetail, width: float) -> list[Flowable]:
    """特別支出: each item in its month (4月 → 3月), the month totals, the yearly total and the
    monthly 積立 (yearly total ÷ 12, rounded up to the yen)."""
    head = Paragraph(_text("特別支出（年に一度などの支出）"), st.head)
    if not detail.special_expenses:
        return [Spacer(1, 4 * mm), head, _note(st, "特別支出の登録はありません。")]
    order = [*range(4, 13), 1, 2, 3]
    label_w, total_w = 30 * mm, 20 * mm
    g = _Grid(st, [label_w] + [(width - label_w - total_w) / 12] * 12 + [total_w], size=7)
    g.header(["項目", *[f"{m}月" for m in order], "年額"])
    for e in detail.special_expenses:
        g.line(e.label, [_yen(e.amount_yen) if m == e.month else "" for m in order] + [_yen(e.amount_yen)])
    s = detail.special
    g.total("月別合計", [_yen(s.by_month[m]) if s.by_month[m] else "" for m in order] + [_yen(s.yearly_total)],
            grand=True)  # fmt: skip
    summary = Table([[_Strong(f"年間合計 {format_yen(s.yearly_total)} ÷ 12 ＝ 月々の積立 {format_yen(s.monthly_reserve)}",
                              9, "LEFT")]], colWidths=[width])  # fmt: skip
    summary.setStyle(_grid_style(extra=[("BACKGROUND", (0, 0), (-1, -1), TOTAL_BG)]))
    note = _note(st, "単位：円。月々の積立は年間合計を12で割り、円未満を切り上げた額です（計画の支出に見込みます）。")
    return [Spacer(1, 4 * mm), KeepTogether([head, Spacer(1, 1 * mm), g.table(), summary, Spacer(1, 1 * mm), note])]


# ---- キャッシュフロー表 ------------------------------------------------------------------------------
class _FitChart(Flowable):
    """A title over the chart, as tall as the rest of the page allows (between ``low`` and
    ``high``); drawn as one flowable so the title never stays behind on the previous page."""

    TITLE_H = 16

    def __init__(self, title: str, years: list[str], balance: list[int], savings: list[int], low: float,
                 high: float) -> None:  # fmt: skip
        super().__init__()
        self.title, self.years, self.balance, self.savings = title, years, balance, savings
        self.low, self.high = low, high

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.low if available_height < self.low else min(available_height, self.high)
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        self.canv.setFont(GOTHIC, 10)
        self.canv.drawString(0, self.height - 10, self.title)
        size = 7.5 if len(self.years) <= 15 else 6.5
        chart_h = self.height - self.TITLE_H
        chart = cashflow_chart(self.years, self.balance, self.savings, self.width, chart_h, font_size=size)
        renderPDF.draw(chart, self.canv, 0, 0)


def _member_short(name: str, relationship: str) -> str:
    parts = name.split()
    return parts[-1] if parts else relationship


def _events_by_year(detail: CashflowDetail) -> dict[int, list[str]]:
    names = {m.household_member_id: _member_short(m.name, m.relationship_label) for m in detail.members}
    out: dict[int, list[str]] = {}
    for e in sorted(detail.life_events, key=lambda e: (e.year, e.id)):
        who = f"{names[e.household_member_id]}：" if e.household_member_id in names and e.household_member_id else ""
        cost = f"（{_man(e.cost_yen)}）" if e.cost_yen else ""
        out.setdefault(e.year, []).append(f"{who}{e.label}{cost}")
    return out


def _cashflow_block(st: _Styles, detail: CashflowDetail, start: int, stop: int, width: float) -> Table:
    p = detail.projection
    ks = range(start, stop)
    rate_w = 13 * mm
    year_w = min(36 * mm, (width - 42 * mm - rate_w) / min(detail.years, CF_YEARS_PER_BLOCK))
    label_w = min(60 * mm, width - rate_w - year_w * min(detail.years, CF_YEARS_PER_BLOCK))
    g = _Grid(st, [label_w, rate_w] + [year_w] * len(ks), 7.5, 2)
    small = _cell_style(st, 6.5)
    cols = [detail.columns[k] for k in ks]
    g.header(["西暦", "変動率", *[f"{c.year}年" for c in cols]])
    g.header(["和暦", "", *[c.wareki for c in cols]])
    g.header(["経過年数", "", *[f"{c.index}年" for c in cols]])
    if detail.members:
        g.band("家族の年齢（各年12月31日）")
        for m in detail.members:
            g.line(f"{m.relationship_label}　{m.name}".strip(), ["", *[_age(m.ages[k]) for k in ks]])
    events = _events_by_year(detail)
    if events:
        cells = [Paragraph("<br/>".join(_text(x) for x in events.get(c.year, [])), small) for c in cols]
        r = g.line("ライフイベント<br/><font size=6.5>（　）は費用（万円）</font>", ["", *cells], markup=True)
        g.cmds += [("ALIGN", (2, r), (-1, r), "LEFT"), ("BACKGROUND", (0, r), (-1, r), BAND_BG)]
    income = [(i, r) for i, r in enumerate(detail.rows) if r.section == "income"]
    expense = [(i, r) for i, r in enumerate(detail.rows) if r.section == "expense"]
    for band, rows, total, label in (("収入", income, p.income, "収入合計"), ("支出", expense, p.expense, "支出合計")):
        g.band(band)
        for i, r in rows:
            rate = "分納" if r.feed else (f"{percent_text(r.rate_bp)}%" if r.rate_bp else "")
            # a fed row shows its 0 (the year the repayments have stopped); others leave 0 blank
            amounts = [_man(p.rows[i][k]) if r.feed or p.rows[i][k] else "" for k in ks]
            g.line(f"{r.label} {FED_MARK}" if r.feed else r.label, [rate, *amounts])
        if band == "支出" and any(p.life_event_costs):
            g.line("ライフイベント費用", ["", *[_man(v) if (v := p.life_event_costs[k]) else "" for k in ks]])
        g.total(label, ["", *[_man(total[k]) for k in ks]])
    balance = [p.balance[k] for k in ks]
    g.total("年間収支（収入－支出）", ["", *[_man(v) for v in balance]], grand=True)
    first = p.first_negative_year
    alert = [1 + j for j, c in enumerate(cols) if c.year == first]
    g.total("貯蓄残高（年末）", ["", *[_man(p.savings[k]) for k in ks]], grand=True, alert=alert)
    g.cmds.append(("ALIGN", (1, 0), (1, -1), "CENTER"))
    return g.table()


def _age(age: int | None) -> str:
    return "" if age is None else f"{age}歳"


def _cashflow_notes(detail: CashflowDetail) -> list[str]:
    p = detail.projection
    lines = [
        f"{rounding_note()}。▲はマイナスを表します。",
        f"貯蓄残高＝前年の貯蓄残高×（1＋運用利率 {percent_text(detail.return_rate_bp)}%）＋年間収支"
        f"（開始時の貯蓄残高 {format_man(detail.savings_start_yen)}）。",
        "各行の金額は初年の金額に変動率を毎年かけたものです（手入力の年はその金額）。支出合計にはライフイベントの費用を含みます。",
    ]
    if any(r.feed for r in detail.rows):
        lines.append(f"{FED_MARK} 債務返済は返済計画（分納）から入ります。返済が終わった年からは0になります。")
    if p.first_negative_year is not None:
        year = p.first_negative_year
        lines.append(
            f"貯蓄残高が{year}年（{format_wareki(date(year, 12, 31), style='year')}）にマイナスになります（赤色）。"
        )
    return lines


def render_cashflow(
    detail: CashflowDetail,
    path_or_file: Target,
    *,
    person_name: str,
    case_no: str,
    advisor: str,
    organisation: str = "",
    printed_on: date | None = None,
) -> int:
    """Write the キャッシュフロー表 as an A4 landscape PDF: one column per year (西暦, 和暦,
    経過年数), the household's ages, life events, income and expense rows, 年間収支 and
    貯蓄残高 in 万円 (rounding stated, ▲ negatives, the first year in the red highlighted);
    more than ten years continue in further blocks with the row labels repeated; then the
    chart of 年間収支 (bars) and 貯蓄残高 (line). Returns the number of pages."""
    st = _styles()
    who = _who(person_name, case_no, advisor, organisation, printed_on, detail)
    width = _width(LANDSCAPE)
    last = detail.start_year + detail.years - 1
    period = f"{detail.start_year}年～{last}年（{detail.years}年間）"
    rate = f"年{percent_text(detail.return_rate_bp)}%"
    rows = [
        ("氏名", st.p(who.person_name, st.name), "ケース番号", who.case_no, "作成日", _date(detail.made_on)),
        ("家計改善支援員", who.advisor, "相談支援機関", who.organisation, "期間", period),
        ("開始時の貯蓄残高", format_yen(detail.savings_start_yen), "運用利率", rate, "備考", detail.note),
    ]
    story: list[Flowable] = [_pairs(st, rows, width), Spacer(1, 1 * mm), _unit(st, rounding_note())]
    for n, start in enumerate(range(0, detail.years, CF_YEARS_PER_BLOCK)):
        table = _cashflow_block(st, detail, start, min(start + CF_YEARS_PER_BLOCK, detail.years), width)
        if n:  # each further block of ten years on a page of its own where it fits
            story += [Spacer(1, 4 * mm), KeepTogether([_unit(st, f"（続き）　{rounding_note()}"), table])]
        else:
            story.append(table)
    story += [Spacer(1, 1.5 * mm), _note(st, *_cashflow_notes(detail)), Spacer(1, 3 * mm)]
    p = detail.projection
    labels = [f"{c.year}\n{_short_era(c.year)}" for c in detail.columns]
    story.append(_FitChart("年間収支と貯蓄残高の推移", labels, list(p.balance), list(p.savings), 70 * mm, 150 * mm))
    return _build(path_or_file, story, st, "キャッシュフロー表", who, LANDSCAPE)


def _short_era(year: int) -> str:
    try:
        return format_wareki(date(year, 12, 31), style="short").split(".")[0]
    except ValueError:
        return ""


# ---- 滞納・債務一覧 -----------------------------------------------------------------------------------
def _state(label: str, state: str) -> str:
    colour = STATE_COLOURS.get(state)
    return f'<font color="{colour}">{_text(label)}</font>' if colour else _text(label)


def _month(d: date | None) -> str:
    if d is None:
        return ""
    return f"{format_wareki(d, style='year')}{d.month}月（{d.year}年{d.month}月）"


def _debt_list(st: _Styles, debts: Sequence[DebtRow], width: float) -> Table:
    widths = [22, 26, 17, 17, 21, 17, 19, 24, 17]
    widths[-1] += width / mm - sum(widths)
    g = _Grid(st, [w * mm for w in widths], 8, 2)
    small = _cell_style(st, 7)
    g.header(
        ["種類", "債権者", "当初の額", "現在の残高", "滞納額\n（月数）", "督促・差押", "対応", "担当窓口", "返済済額"]
    )
    for d in debts:
        kind = f"{_text(d.kind_label)}<br/><font size=6.5>（{_text(d.feed_label)}）</font>"
        arrears = _yen(d.arrears_yen) + (f"\n（{d.arrears_months}か月）" if d.arrears_months else "")
        course = _text(d.course_label)
        if d.agreement is not None:
            course += f"<br/>分納：{_state(d.agreement.state_label, d.agreement.state)}"
        office = "<br/>".join(_text(x) for x in (d.handling_agency_name, d.handling_office) if x)
        r = g.line(kind, [Paragraph(_text(d.creditor), small), _yen(d.original_yen), _yen(d.balance_yen),
                          Paragraph(_text(arrears).replace("\n", "<br/>"), ParagraphStyle("r", small, alignment=TA_RIGHT)),
                          Paragraph(_text(d.collection_status_label), small), Paragraph(course, small),
                          Paragraph(office, small), _yen(d.paid_yen)], markup=True)  # fmt: skip
        g.cmds.append(("VALIGN", (0, r), (-1, r), "TOP"))
    originals = [d.original_yen for d in debts if d.original_yen is not None]
    g.total(f"合計（{len(debts)}件）", ["", _yen(sum(originals)) if originals else "",
            _yen(sum(d.balance_yen for d in debts)), _yen(sum(d.arrears_yen for d in debts)), "", "", "",
            _yen(sum(d.paid_yen for d in debts))], grand=True)  # fmt: skip
    return g.table()


def _agreement(st: _Styles, a: AgreementDetail, width: float) -> list[Flowable]:
    s = a.status
    f = _Form(st)
    title = f"分納：{a.kind_label}　{a.creditor}".strip()
    f.heading(title + ("（取消済）" if a.cancelled_on else ""))
    behind = _yen_unit(s.shortfall_yen) + (f"（{s.months_behind}回分の遅れ）" if s.months_behind else "")
    f.pairs(
        ("合意日", _date(a.agreed_on), "状況", st.markup(_state(s.label, s.state))),
        ("分納の総額", format_yen(a.total_yen), "月々の額", format_yen(a.monthly_yen)),
        ("初回の月", _month(a.first_month), "回数・納期", f"{a.payment_count}回・毎月{a.due_day}日"),
        ("返済済の額", format_yen(s.paid_yen), "残額", format_yen(s.remaining_yen)),
        ("期限までの不足", behind, "完済の見込み", _month(s.projected_payoff_month)),
    )
    if a.cancelled_on:
        f.line("取消日", _date(a.cancelled_on))
    if a.note:
        f.line("備考", a.note)
    story = f.story
    g = _Grid(st, [12 * mm, 48 * mm, 27 * mm, 27 * mm, 26 * mm, width - 140 * mm], 7.5, 2)
    g.header(["回", "納期", "予定額", "充当済の額", "状態", "納付が済んだ日"])
    seq = _cell_style(st, 7.5, TA_CENTER)
    for i in a.schedule:
        state = f'<font color="{ALERT_HEX}">{i.label}</font>' if i.state in ("overdue", "short") else i.label
        settled = _date(i.settled_on, western=False) + ("（遅れ）" if i.paid_late else "")
        g.line(Paragraph(str(i.seq), seq), [_date(i.due_on, western=False), _yen(i.amount_yen), _yen(i.covered_yen),
                                            Paragraph(state, g.body), Paragraph(_text(settled), g.body)])  # fmt: skip
    g.total("計", ["", _yen(sum(i.amount_yen for i in a.schedule)), _yen(sum(i.covered_yen for i in a.schedule)),
                   "", ""])  # fmt: skip
    story += [Spacer(1, 1.5 * mm), g.table()]
    p = _Grid(st, [48 * mm, 30 * mm, width - 78 * mm], 7.5, 1)
    p.header(["返済日", "金額", "備考"])
    for pay in a.payments:
        p.line(_date(pay.paid_on, western=False), [_yen(pay.amount_yen), Paragraph(_text(pay.note), p.body)])
    if not a.payments:
        p.line("（返済の記録はありません）", ["", ""])
    p.total("返済の合計", [_yen(sum(x.amount_yen for x in a.payments)), ""])
    story += [Spacer(1, 1.5 * mm), Paragraph(_text("返済の記録"), st.label), p.table()]
    return story


def render_debts(
    debts: list[DebtRow],
    agreements: dict[int, AgreementDetail],
    path_or_file: Target,
    *,
    person_name: str,
    case_no: str,
    advisor: str,
    organisation: str = "",
    printed_on: date | None = None,
) -> int:
    """Write the 滞納・債務一覧 (every debt, with totals) and then each 分納 agreement (terms,
    status, schedule with each instalment's state, payments) as an A4 portrait PDF; returns
    the number of pages. ``agreements`` are the details to print (e.g. keyed by debt id; the
    key is not used: each detail names its debt), in the order of ``debts``."""
    st = _styles()
    who = _who(person_name, case_no, advisor, organisation, printed_on)
    width = _width(PORTRAIT)
    f = _Form(st)
    _head(f, who, who.printed_on, "基準日")
    story: list[Flowable] = [*f.story, Spacer(1, 3 * mm), _unit(st, "単位：円")]
    if debts:
        story.append(_debt_list(st, debts, width))
    else:
        story.append(_note(st, "登録されている滞納・債務はありません。"))
    story += [
        Spacer(1, 1.5 * mm),
        _note(
            st,
            "「債務返済」は借入の返済、「滞納分」は税・保険料・公共料金などの滞納分の支払いとして家計計画表に入ります。",
        ),
    ]
    order = {d.id: n for n, d in enumerate(debts)}
    for a in sorted(agreements.values(), key=lambda a: (order.get(a.debt_id, len(order)), a.agreed_on, a.id)):
        story += [Spacer(1, 3 * mm), *_agreement(st, a, width)]
    return _build(path_or_file, story, st, "滞納・債務一覧", who)


# ---- 家計改善支援計画書 --------------------------------------------------------------------------------
def _ticks(options: Sequence[str], chosen: Sequence[str]) -> str:
    shown = list(options) + [c for c in chosen if c not in options]
    return GAP.join(f"{'■' if o in chosen else '□'} {_text(o)}" for o in shown)


def render_improvement_plan(
    detail: ImprovementPlanDetail,
    path_or_file: Target,
    *,
    person_name: str,
    case_no: str,
    advisor: str,
    organisation: str = "",
    printed_on: date | None = None,
    support_options: Sequence[str] = (),
    approved_meeting: str = "",
    evaluation: int | str | None = None,
) -> int:
    """Write the 家計改善支援計画書（家計再生プラン） as an A4 portrait PDF; returns the number
    of pages. ``support_options``: every 支援内容 label, so the ones not chosen print as □
    (without it only the chosen ones print); ``approved_meeting``: the 利用決定 meeting as
    text (e.g. CaseRecordService.meeting_choice(id).display); ``evaluation``: the closure
    evaluation, 1–5 (① 上回って達成 … ⑤ 達成できなかった) or "extended" (事業延長); None
    leaves the boxes empty for later."""
    st = _styles()
    who = _who(person_name, case_no, advisor or detail.staff_name, organisation, printed_on)
    f = _Form(st)
    _head(f, who, detail.made_on)
    f.heading("家計の課題と目標")
    f.line("家計の課題", detail.issues, min_height=18 * mm)
    f.line("目標", detail.goals, min_height=16 * mm)
    f.line("本人の取組", detail.person_actions, min_height=16 * mm)
    f.heading("支援の内容")
    f.line("支援内容", st.markup(_ticks(support_options, detail.support_labels) or "（なし）"))
    f.line("関係機関", "、".join(detail.agency_names))
    period = ""
    if detail.period_from or detail.period_to:
        period = f"{_date(detail.period_from)} ～ {_date(detail.period_to)}"
    f.line("支援期間", period)
    rows = [[_date(m.planned_on), _date(m.done_on), m.note] for m in detail.monitorings] or [["", "", ""]]
    f.table(("モニタリング予定日", "実施日", "内容"), rows, [50 * mm, 50 * mm, _width(PORTRAIT) - 100 * mm])
    decision = len(f.story)
    f.heading("利用決定と評価")
    f.line("利用決定（支援調整会議）", approved_meeting)
    levels = [(label, evaluation == n) for n, label in enumerate(EVALUATION_LEVELS, 1)]
    levels.append(("事業延長", evaluation == "extended"))
    f.line("終結時の評価", st.markup((NBSP * 3).join(f"{'■' if on else '□'}{_text(t)}" for t, on in levels)))
    f.heading("本人の同意")
    f.line("同意", [st.p("上記の計画の内容に同意します。"), _signature(st)])
    f.story[decision:] = [KeepTogether(f.story[decision:])]
    return _build(path_or_file, f.story, st, "家計改善支援計画書", who)


__all__ = [
    "render_cashflow",
    "render_consultation_sheet",
    "render_debts",
    "render_improvement_plan",
    "render_plan_sheet",
]
