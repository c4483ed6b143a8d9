"""The annual report (事業報告書) of a fiscal year as an A4 portrait PDF.

Qt-free: ``ReportData`` (app.services.annual_report) in, PDF out. The shape is the centre's
printed report: the division's page (its programmes, goals, the year's consultations, how the
division's work went, its monthly meetings), then one chapter per programme — 基本方針, 事業概要
(facility, staff, weekly duty pattern, staffing table), 事業実績 (目標値 ⇒ 実績値 with 達成,
then the programme's other figures and its charts), the narrative sections, the month →
meetings table, the trainings, the liaison with agencies (outreach) and the agencies list.

Every page has a header (organisation; the chapter) and a footer (the fiscal year in 西暦 and
令和, "n / N ページ", the print date). Japanese is set in the embedded IPAex fonts and wraps
inside its cell (``wordWrap="CJK"``); tables that run onto another page repeat their header
row. Figures print the report's way: "12,839件", "2,519人", "203社"; yen as 万円 with two
decimals, 四捨五入 ("932.87万円"), the yen amount beside it and the rounding stated.

``progress`` (a fraction 0 → 1) and ``cancelled`` (checked as the pages are laid out) let a
GUI run this in the background; a cancelled render raises RenderCancelled and writes nothing.

This module imports reportlab: import it only when printing.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from app.domain.money import format_yen, rounding_note
from app.domain.report_drafts import WEEKDAYS, format_fte
from app.report.annual_charts import level_bars, monthly_bars, monthly_lines
from app.report.case_sheets import (
    BODY_H,
    LABEL_BG,
    LINE,
    MARGIN,
    MUTED,
    NBSP,
    STRIPE_BG,
    WIDTH,
    Target,
    _date,
    _grid_style,
    _numbered_canvas,
    _Styles,
    _styles,
    _text,
)
from app.services.report_rows import (
    ChapterData,
    FigureRow,
    MonthLines,
    NarrativeRow,
    ReportData,
    StaffingBlock,
    TrainingLine,
)

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
BULLETS = "・●○◆◇■□※-－①②③④⑤⑥⑦⑧⑨⑩"
KEY_W = 32 * mm
MONTH_W = 16 * mm
TARGET_BG = colors.HexColor("#eef3fa")
MISSING = "（未登録）"
ROOM_TO_SPLIT = 45 * mm  # a month that does not fit starts on this page when this much is left


class RenderCancelled(Exception):
    """The user cancelled the render; nothing was written."""


# ---- styles ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Look:
    """The report's styles, built on the case sheets' (IPAex Gothic body, Mincho titles)."""

    st: _Styles
    prose: ParagraphStyle = field(init=False)  # narrative text (Mincho)
    bullet: ParagraphStyle = field(init=False)
    chapter: ParagraphStyle = field(init=False)
    kicker: ParagraphStyle = field(init=False)
    h2: ParagraphStyle = field(init=False)
    h3: ParagraphStyle = field(init=False)
    right: ParagraphStyle = field(init=False)
    centre: ParagraphStyle = field(init=False)
    big: ParagraphStyle = field(init=False)
    item: ParagraphStyle = field(init=False)  # a "・" line in a table cell (hanging)

    def __post_init__(self) -> None:
        st, put = self.st, object.__setattr__
        prose = ParagraphStyle("prose", st.body, fontName=st.mincho, fontSize=10, leading=17, firstLineIndent=10,
                               spaceAfter=1.5)  # fmt: skip
        put(self, "prose", prose)
        put(self, "bullet", ParagraphStyle("bullet", prose, firstLineIndent=-10, leftIndent=10))
        put(self, "chapter", ParagraphStyle("chapter", st.body, fontName=st.mincho, fontSize=16, leading=22,
                                            alignment=TA_CENTER, spaceAfter=2 * mm))  # fmt: skip
        put(self, "kicker", ParagraphStyle("kicker", st.body, fontSize=9.5, leading=13, alignment=TA_CENTER,
                                           textColor=MUTED))  # fmt: skip
        put(self, "h2", ParagraphStyle("h2", st.body, fontSize=11.5, leading=15))
        put(self, "h3", ParagraphStyle("h3", st.body, fontSize=10, leading=14, spaceBefore=2 * mm, spaceAfter=0.8 * mm))
        put(self, "right", ParagraphStyle("right", st.body, alignment=TA_RIGHT))
        put(self, "centre", ParagraphStyle("centre", st.label, alignment=TA_CENTER))
        put(self, "big", ParagraphStyle("big", st.body, fontSize=12, leading=16, alignment=TA_RIGHT))
        put(
            self,
            "item",
            ParagraphStyle("item", st.body, fontSize=8.5, leading=12, firstLineIndent=-8.5, leftIndent=8.5),
        )

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.st.p(text, style)


# ---- page furniture ----------------------------------------------------------------------------
@dataclass
class _Decor:
    """Header and footer of every page; the header names the chapter the page belongs to."""

    fonts: _Styles
    organisation: str
    year_line: str  # 2022年度（令和4年度）事業報告
    printed_on: date
    pages: int = 0

    def draw(self, c: Canvas, number: int, total: int) -> None:
        width, height = A4
        top, bottom = height - 10 * mm, 8 * mm
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont(self.fonts.gothic, 8)
        c.drawString(MARGIN, top, self.organisation)
        c.drawRightString(width - MARGIN, top, getattr(c, "_report_chapter", ""))
        c.setStrokeColor(LINE)
        c.setLineWidth(0.4)
        c.line(MARGIN, top - 1.8 * mm, width - MARGIN, top - 1.8 * mm)
        c.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        c.drawString(MARGIN, bottom, self.year_line)
        c.drawCentredString(width / 2, bottom, f"{number} / {total} ページ")
        c.drawRightString(width - MARGIN, bottom, f"印刷日 {_date(self.printed_on)}")
        c.restoreState()


class _Chapter(Flowable):
    """Invisible: names the chapter in the header of this page and the pages after it."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._report_chapter = self.title  # kept per page by the numbered canvas


# ---- building blocks ---------------------------------------------------------------------------
class _Story:
    """The flowables of the report, with section numbering inside a chapter."""

    def __init__(self, look: _Look) -> None:
        self.look = look
        self.items: list[Flowable] = []
        self.section = 0

    def add(self, *flowables: Flowable) -> None:
        self.items.extend(flowables)

    def heading(self, text: str, *, numbered: bool = True) -> None:
        if numbered:
            self.section += 1
            text = f"{self.section}. {text}"
        t = Table([[self.look.p(text, self.look.h2)]], colWidths=[WIDTH])
        t.setStyle(_grid_style(extra=[("GRID", (0, 0), (-1, -1), 0, colors.white), ("LINEBELOW", (0, 0), (-1, -1), 0.8, LINE),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
        # a heading never ends a page: it moves on when less than a few lines would follow it
        # (keepWithNext would also drag a long table after it to the next page)
        self.add(CondPageBreak(38 * mm), Spacer(1, 4 * mm), t, Spacer(1, 2.5 * mm))

    def sub(self, text: str) -> None:
        self.add(CondPageBreak(24 * mm), self.look.p(text, self.look.h3))

    def prose(self, text: str) -> None:
        """Free text: one paragraph per line; bulleted lines hang."""
        for line in text.replace("\r\n", "\n").split("\n"):
            if line.strip():
                style = self.look.bullet if line.lstrip()[:1] in BULLETS else self.look.prose
                self.add(self.look.p(line.strip(), style))

    def note(self, text: str) -> None:
        self.add(Spacer(1, 1 * mm), self.look.p(text, self.look.st.small))


def _table(
    look: _Look, headers: Sequence[str], rows: list[list], widths: Sequence[float], *, extra: Sequence[tuple] = ()
) -> Table:
    """A table with a shaded header row repeated on every page it runs onto."""
    data = [[look.p(h, look.centre) for h in headers], *rows]
    t = Table(data, colWidths=list(widths), repeatRows=1)  # rows are short: break between them
    cmds: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), LABEL_BG), ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
    t.setStyle(_grid_style(extra=cmds + list(extra)))
    return t


def _cell(look: _Look, text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return look.p(text, style) if text else look.p(MISSING, look.st.off)


class _MonthsTable(Table):
    """A month → lines table that breaks between months, or inside a month (its label going
    on as "<月>（続き）") when that month does not fit and a good part of the page is left.
    The header row repeats on every page."""

    labels: list[str]
    label_style: ParagraphStyle

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        fitting = self._getFirstPossibleSplitRowPosition(availHeight)
        left = availHeight - sum(self._rowHeights[:fitting])
        inside = fitting < len(self._rowHeights) and (left > ROOM_TO_SPLIT or self._rowHeights[fitting] > BODY_H / 2)
        parts = self._splitRows(availHeight, doInRowSplit=inside) or []
        if len(parts) != 2:
            return parts
        head, rest = parts
        top = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        head.labels, rest.labels = self.labels[: len(head._cellvalues)], self.labels[:top] + self.labels[fitting:]
        head.label_style = rest.label_style = self.label_style
        if len(head._cellvalues) > fitting and self.labels[fitting]:  # the month went on over the page
            rest._cellvalues[top][0] = Paragraph(_text(f"{self.labels[fitting]}（続き）"), self.label_style)
        return parts


def _months_table(look: _Look, title: str, months: Sequence[MonthLines]) -> Table:
    rows = [[look.p(m.label), [look.p(line, look.item) for line in m.lines] or look.p("—", look.st.off)]
            for m in months]  # fmt: skip
    data = [[look.p("月", look.centre), look.p(title, look.centre)], *rows]
    t = _MonthsTable(data, colWidths=[MONTH_W, WIDTH - MONTH_W], repeatRows=1, splitInRow=1)
    cmds: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), LABEL_BG), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    cmds += [("BACKGROUND", (0, r), (-1, r), STRIPE_BG) for r in range(2, len(data), 2)]
    t.setStyle(_grid_style(extra=cmds))
    t.labels = ["", *(m.label for m in months)]
    t.label_style = look.st.small
    return t


# ---- the division's page -----------------------------------------------------------------------
def _division(s: _Story, data: ReportData) -> None:
    look, div = s.look, data.division
    s.add(_Chapter(div.name))
    org = data.corporation or data.centre_name
    s.add(look.p(org, look.kicker), look.p(div.name, look.kicker), Spacer(1, 2 * mm))
    s.add(look.p(f"{data.year_label}（{data.wareki_label}）事業報告", look.chapter))
    s.add(look.p(f"対象期間　{_date(data.period_from)} ～ {_date(data.period_to)}", look.kicker), Spacer(1, 4 * mm))
    s.heading(f"{div.name}の事業")
    for title in div.programme_titles:
        s.add(look.p(f"・{title}", look.bullet))
    s.heading(f"{div.name}の目標")
    if div.goals.strip():
        s.prose(div.goals)
    else:
        s.add(look.p("（部門の目標が登録されていません）", look.st.off))
    s.heading("今年度の相談件数")
    c = div.consultations
    t = Table([[look.p(c.label), look.p(c.text, look.big)]], colWidths=[WIDTH - 50 * mm, 50 * mm])
    t.setStyle(_grid_style((0,)))
    s.add(t)
    if any(sum(values) for _label, values in div.monthly):
        s.add(Spacer(1, 3 * mm), look.p("月別の新規相談件数（事業別）", look.h3))
        s.add(monthly_lines(div.monthly, WIDTH, 62 * mm))
    if div.narratives:
        s.heading(f"{div.name}の事業展開")
        _narratives(s, div.narratives)
    s.heading("年間活動計画（会議）")
    s.add(_months_table(look, "開催した会議（事業別）", div.plan))
    s.note("研修は各事業の研修一覧表に、個別ケースの会議は各事業の活動実績表に記載しています。")
    if div.trainings:
        s.heading("研修一覧表（部門）")
        _trainings(s, div.trainings)


# ---- a chapter ---------------------------------------------------------------------------------
def _chapter(s: _Story, data: ReportData, ch: ChapterData) -> None:
    look = s.look
    s.section = 0
    s.add(PageBreak(), _Chapter(ch.label))
    s.add(look.p(f"{data.year_label}（{data.wareki_label}）　{data.corporation}".strip(), look.kicker))
    s.add(look.st.markup(f"{_text(ch.title)}<br/>事業報告書", look.chapter))
    if ch.policy:
        s.heading("基本方針")
        _narratives(s, ch.policy, numbered=False)
    _profile(s, ch)
    _results(s, data, ch)
    if ch.activities:
        s.heading("事業の具体的な内容")
        _narratives(s, ch.activities)
    if ch.profile and ch.profile.evaluation_criteria.strip():
        s.sub("（評価基準）")
        s.prose(ch.profile.evaluation_criteria)
    if ch.goals:
        s.heading("事業目標（具体的取り組み）")
        _narratives(s, ch.goals)
    for events in ch.events:
        s.heading(events.title)
        rows = [[look.p(_date(e.held_on, western=False)), look.p(e.theme), look.p(e.content),
                 look.p(f"{e.participants:,}名", look.right)] for e in events.items]  # fmt: skip
        s.add(_table(look, ("実施日", "テーマ", "内容", "参加者"), rows, [30 * mm, 62 * mm, 68 * mm, 20 * mm]))
    if ch.programme == "outreach":
        s.heading("関係機関との連携内容")
        s.add(_months_table(look, "関係機関との連携内容", ch.liaison))
        s.note(
            "同じ関係機関・同じ内容の連携は一行にまとめ、（）内にその月の日付を示しています。個人名は記載していません。"
        )
    s.heading(ch.activity_title)
    if any(m.lines for m in ch.activity_months):
        s.add(_months_table(look, "活動内容", ch.activity_months))
    else:
        s.add(look.p("この年度の会議の記録はありません。", look.st.off))
    if ch.trainings:
        s.heading("研修一覧表")
        _trainings(s, ch.trainings)
    if ch.agencies:
        s.heading(f"{data.wareki_label}　関係機関一覧")
        s.add(look.p("・".join(ch.agencies), look.prose))


def _profile(s: _Story, ch: ChapterData) -> None:
    look, p = s.look, ch.profile
    s.heading("事業概要")
    if p is None or p.id is None:
        s.add(look.p("この年度の事業概要（施設・担当者・人員配置）が登録されていません。", look.st.off))
        return
    pairs = [("施設の名称", p.facility_name), ("実施場所", p.address), ("事業責任者", p.responsible_staff),
             ("事業担当者", "、".join(p.staff_in_charge)), ("資格", p.qualifications), ("勤務体制", p.duty_note)]  # fmt: skip
    rows = [[look.p(k, look.st.label), _cell(look, v)] for k, v in pairs if v or k not in ("資格", "勤務体制")]
    t = Table(rows, colWidths=[KEY_W, WIDTH - KEY_W])
    t.setStyle(_grid_style((0,)))
    s.add(t)
    if p.duty_days:
        s.sub("曜日ごとの担当")
        days = range(max(4, max(d.weekday for d in p.duty_days)) + 1)
        by_day = {d.weekday: d for d in p.duty_days}
        cells = [look.p(by_day[w].programme_label if w in by_day else "", look.centre) for w in days]
        t = _table(look, [WEEKDAYS[w] for w in days], [cells], [WIDTH / len(days)] * len(days),
                   extra=[("BACKGROUND", (w, 1), (w, 1), TARGET_BG) for w in days
                          if w in by_day and by_day[w].programme == ch.programme])  # fmt: skip
        s.add(t)
    for block in ch.staffing:
        s.sub("人員配置")
        s.add(_staffing(look, block))


def _staffing(look: _Look, b: StaffingBlock) -> Table:
    n = len(b.roles)
    first = 48 * mm
    widths = [first] + [(WIDTH - first) / (n + 1)] * (n + 1)
    rows = [[look.p(line.row_label)] + [look.p(format_fte(c) if c is not None else "", look.right) for c in line.cells]
            + [look.p(format_fte(line.total), look.right)] for line in b.lines]  # fmt: skip
    extra: list[tuple] = []
    if len(b.lines) > 1:
        rows.append([look.p("合計", look.st.label)] + [look.p(format_fte(x), look.right) for x in b.column_totals]
                    + [look.p(format_fte(b.total), look.right)])  # fmt: skip
        extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), STRIPE_BG))
    return _table(look, [b.period_label, *b.roles, "合計"], rows, widths, extra=extra)


def _results(s: _Story, data: ReportData, ch: ChapterData) -> None:
    look = s.look
    s.heading("事業実績")
    if ch.targets:
        s.sub(f"{data.wareki_label}の目標値と実績値")
        rows = [[look.p(r.label), look.p(r.target_text or "未設定", look.right if r.target_text else look.st.off),
                 look.p("⇒", look.centre), look.p(r.text, look.right), look.p(r.achievement or "—", look.centre)]
                for r in ch.targets]  # fmt: skip
        s.add(_table(look, ("指標", "目標値", "", "実績値", "達成度"), rows,
                     [78 * mm, 30 * mm, 8 * mm, 36 * mm, 28 * mm]))  # fmt: skip
        s.note(f"期間：{_date(data.period_from, western=False)}～{_date(data.period_to, western=False)}（12か月）。"
               "達成度は実績値が目標値以上のとき「達成」。")  # fmt: skip
    if ch.groups:
        s.sub(f"{data.wareki_label}の支援実績")
        s.add(_figures(look, ch))
        if any(r.unit == "円" for g in ch.groups for r in g.rows):
            s.note(f"※金額の{rounding_note()}。円単位の額は備考欄に記載しています。")
    charts: list[list[Flowable]] = []
    if ch.monthly and sum(ch.monthly):
        width = WIDTH * (0.6 if ch.evaluations else 1)
        charts.append([look.p(ch.monthly_title, look.h3), monthly_bars(ch.monthly, width - 4, 52 * mm)])
    if ch.evaluations and sum(v for _l, v in ch.evaluations):
        charts.append([look.p("終結評価の内訳", look.h3), level_bars(ch.evaluations, WIDTH * 0.4 - 4, 52 * mm)])
    if len(charts) == 2:
        t = Table([charts], colWidths=[WIDTH * 0.6, WIDTH * 0.4])
        t.setStyle(_grid_style(extra=[("GRID", (0, 0), (-1, -1), 0, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        s.add(Spacer(1, 2 * mm), t)
    elif charts:
        s.add(Spacer(1, 2 * mm), KeepTogether(charts[0]))


def _figure_note(r: FigureRow) -> str:
    if r.unit == "円":
        return "、".join(x for x in (r.note, f"{format_yen(r.value)}") if x)
    return r.note


def _figures(look: _Look, ch: ChapterData) -> Table:
    rows: list[list] = []
    extra: list[tuple] = []
    for g in ch.groups:
        rows.append([look.p(f"●{g.title}", look.st.label), "", ""])
        r = len(rows)
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), STRIPE_BG)]
        extra.append(("NOSPLIT", (0, r), (-1, min(r + 2, r + len(g.rows)))))  # a group title never ends a page
        rows += [[look.st.markup(NBSP * 3 + _text(x.label)), look.p(x.text, look.right),
                  look.p(_figure_note(x), look.st.small)] for x in g.rows]  # fmt: skip
    return _table(look, ("項目", "実績値", "備考"), rows, [82 * mm, 34 * mm, 64 * mm], extra=extra)


def _narratives(s: _Story, items: Sequence[NarrativeRow], *, numbered: bool = True) -> None:
    for i, n in enumerate(items):
        if n.title:
            mark = CIRCLED[i] if numbered and i < len(CIRCLED) else ""
            s.sub(f"{mark}{n.title}")
        s.prose(n.text)


def _trainings(s: _Story, items: Sequence[TrainingLine]) -> None:
    look = s.look
    rows = []
    for t in items:
        content = [look.p(t.summary)] if t.summary else []
        if t.organiser:
            content.append(look.p(f"主催：{t.organiser}", look.st.small))
        rows.append([look.p(t.when), look.p(t.title), content or look.p("—", look.st.off)])
    s.add(_table(look, ("実施日", "研修名", "研修内容"), rows, [26 * mm, 62 * mm, 92 * mm]))


# ---- the document ------------------------------------------------------------------------------
def _story(data: ReportData) -> tuple[list[Flowable], _Look]:
    look = _Look(_styles())
    s = _Story(look)
    _division(s, data)
    for ch in data.chapters:
        _chapter(s, data, ch)
    return s.items, look


def render_annual_report(
    data: ReportData,
    path_or_file: Target,
    *,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the annual report of ``data`` as an A4 PDF; returns the number of pages.

    ``progress(fraction)`` is called as the pages are laid out; when ``cancelled()`` turns
    true the render stops with RenderCancelled and nothing is written."""
    report = progress or (lambda _f: None)
    stop = cancelled or (lambda: False)
    if stop():
        raise RenderCancelled()
    report(0.0)
    story, look = _story(data)
    organisation = "　".join(x for x in (data.corporation, data.centre_name) if x) or data.division.name
    decor = _Decor(
        look.st, organisation, f"{data.year_label}（{data.wareki_label}）事業報告", printed_on or date.today()
    )
    # a file is written only once the whole report is laid out: a cancelled render leaves none
    to_file = isinstance(path_or_file, (str, os.PathLike))
    out = io.BytesIO() if to_file else path_or_file
    title = f"{data.year_label}（{data.wareki_label}）事業報告"
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=title, author=organisation, subject="事業報告書", creator="Yorisoi",
        initialFontName=look.st.gothic,  # no stray Helvetica (not embedded)
    )  # fmt: skip
    size = [max(len(story), 1)]

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            size[0] = max(value, 1)
        elif kind == "PROGRESS":
            if stop():
                raise RenderCancelled()
            report(min(0.95, 0.05 + 0.9 * value / size[0]))

    doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=_numbered_canvas(decor))
    if to_file:
        with open(os.fspath(path_or_file), "wb") as f:  # type: ignore[arg-type]
            f.write(out.getvalue())  # type: ignore[union-attr]
    report(1.0)
    return decor.pages


__all__ = ["RenderCancelled", "render_annual_report"]
