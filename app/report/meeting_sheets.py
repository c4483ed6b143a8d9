"""The meeting calendar's printouts as A4 PDFs: a coordination meeting's agenda (会議次第・
検討ケース一覧), the month calendar (landscape) and the year's 年間活動計画 / 活動実績表 with
its 研修一覧表.

Qt-free: the frozen rows of app.services.meeting_rows in, PDF out. Style, fonts and page
furniture follow app.report.case_sheets, whose helpers are imported from there (IPAex
embedded, the organisation in the header, print date, "n / N ページ" and the handling
notice in the footer, user text escaped and wrapped CJK-style).

Consent: the agenda prints what the service put in it — a person without consent to share
information is already 「（同意なし）」 there, known by the case number alone; a 支援会議 seen
by a non-member is already restricted.

This module imports reportlab: import it only when printing, never at start.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from app.domain.fiscal import fiscal_year_label, fiscal_year_label_wareki
from app.domain.wareki import format_wareki
from app.report.case_sheets import (
    GAP,
    LABEL_BG,
    LINE,
    MARGIN,
    NOTICE,
    Target,
    _date,
    _Decor,
    _Form,
    _grid_style,
    _numbered_canvas,
    _Styles,
    _styles,
    _text,
    _title,
)
from app.services.meeting_rows import ActivityTable, Agenda, AgendaItem, CalendarDay, MeetingRow, MonthView

PageSize = tuple[float, float]
PORTRAIT: PageSize = A4
LANDSCAPE: PageSize = landscape(A4)
RED = "#c0392b"
BLUE = "#1f5fa8"
GREY = "#9a9a9a"
HOLIDAY_BG = colors.HexColor("#fdecea")
OUTSIDE_BG = colors.HexColor("#f4f4f4")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
CONSENT_NOTE = "関係機関への情報提供に同意のない方は、ケース番号のみを記載しています。"


def _colour(value: str) -> str:
    """A kind's colour as markup may use it (codes are editable: anything odd prints grey)."""
    return value if _HEX.match(value or "") else GREY


# ---- page furniture (portrait or landscape) ------------------------------------------------------
@dataclass
class _PageDecor(_Decor):
    """case_sheets' header and footer on this printout's page size."""

    pagesize: PageSize = PORTRAIT

    def draw(self, c: Canvas, number: int, total: int) -> None:
        width, height = self.pagesize
        top, bottom = height - 10 * mm, 8 * mm
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont(self.fonts.gothic, 8)
        c.drawString(MARGIN, top, self.organisation)
        c.drawRightString(width - MARGIN, top, self.case_line)
        c.setStrokeColor(LINE)
        c.setLineWidth(0.4)
        c.line(MARGIN, top - 1.8 * mm, width - MARGIN, top - 1.8 * mm)
        c.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        c.drawString(MARGIN, bottom, f"印刷日 {_date(self.printed_on)}")
        c.drawCentredString(width / 2, bottom, f"{number} / {total} ページ")
        c.drawRightString(width - MARGIN, bottom, f"{self.title}　{NOTICE}")
        c.restoreState()


def _build(
    target: Target,
    story: list[Flowable],
    st: _Styles,
    title: str,
    header: str,
    organisation: str,
    printed_on: date | None,
    pagesize: PageSize = PORTRAIT,
) -> int:
    decor = _PageDecor(st, title, organisation, header, printed_on or date.today(), pagesize=pagesize)
    out = os.fspath(target) if isinstance(target, (str, os.PathLike)) else target
    doc = SimpleDocTemplate(
        out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"{title} {header}", author=organisation, subject=title, creator="Yorisoi",
        initialFontName=st.gothic,  # no stray Helvetica (not embedded)
    )  # fmt: skip
    doc.build(story, canvasmaker=_numbered_canvas(decor))
    return decor.pages


def _when(m: MeetingRow) -> str:
    days = _date(m.held_on, weekday=True)
    if m.ends_on and m.ends_on != m.held_on:
        days += f" ～ {_date(m.ends_on, weekday=True, western=False)}"
    return f"{days}　{m.time_label}".strip()


def _month_title(year: int, month: int) -> str:
    try:
        era = format_wareki(date(year, month, 1), style="year")
        return f"{year}年{month}月（{era}{month}月）"
    except ValueError:
        return f"{year}年{month}月"


# ---- 会議次第・検討ケース一覧 ------------------------------------------------------------------------
AGENDA_WIDTHS = [10 * mm, 26 * mm, 32 * mm, 30 * mm, 40 * mm, 42 * mm]


def _agenda_row(st: _Styles, n: int, item: AgendaItem) -> list:
    name = st.markup(f"<font color='{GREY}'>{_text(item.person_name)}</font>") if not item.consent else item.person_name
    due = _date(item.due_on, western=False) if item.section == "monitoring" else ""
    note = "<br/>".join(x for x in (_text(due), _text(item.note) if item.section != "monitoring" else "") if x)
    return [str(n), item.case_no, name, item.programme_label, st.markup(note), ""]


def render_agenda(
    agenda: Agenda, path_or_file: Target, *, organisation: str = "", printed_on: date | None = None
) -> int:
    """Write the meeting's agenda (its details, then the cases to take up by section, with a
    blank column for the decision) as an A4 PDF; returns the number of pages."""
    st = _styles()
    f = _Form(st)
    m = agenda.meeting
    f.pairs(("会議", m.title, "種類", m.kind_label), ("日時", _when(m), "場所", m.place_label))
    if agenda.attendees:
        f.line("出席者", "、".join(a.display for a in agenda.attendees if a.attended))
    if agenda.restricted:
        f.story += [Spacer(1, 4 * mm), st.p("支援会議（法第9条）の内容は構成員のみが閲覧できます。")]
    else:
        f.story.append(Spacer(1, 2 * mm))
        f.story.append(st.p(CONSENT_NOTE, st.small))
        if not agenda.items:
            f.story += [Spacer(1, 3 * mm), st.p("検討するケースはありません。")]
        headers = ("No.", "ケース番号", "氏名", "事業", "期日・備考", "決定事項")
        number = 0
        for _key, label, items in agenda.sections:
            rows = []
            for item in items:
                number += 1
                rows.append(_agenda_row(st, number, item))
            f.story.append(Spacer(1, 3 * mm))
            f.table(headers, rows, AGENDA_WIDTHS, band=f"{label}　{len(items)}件")
    title = "会議次第・検討ケース一覧"
    header = f"{_date(m.held_on, western=False)}　{m.kind_label}"
    return _build(path_or_file, _title(st, title) + f.story, st, title, header, organisation, printed_on)


# ---- the month calendar -----------------------------------------------------------------------------
def _day_cell(st: _Styles, day: CalendarDay, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    colour = GREY if not day.in_month else (RED if day.red else (BLUE if day.weekday == 5 else "#000000"))
    head = f"<font color='{colour}'>{day.on.day}</font>"
    if day.holiday:
        head += f" <font size=6.5 color='{RED if day.in_month else GREY}'>{_text(day.holiday)}</font>"
    cell: list[Flowable] = [Paragraph(head, styles["day"])]
    for m in day.meetings:
        text = _text(m.title)
        if m.status == "cancelled":
            text = f"<strike>{text}</strike>（中止）"
        at = f"{m.start_time:%H:%M} " if m.start_time is not None and m.held_on == day.on else ""
        cell.append(Paragraph(f"<font color='{_colour(m.colour)}'>■</font>{at}{text}", styles["entry"]))
    return cell


def render_month_calendar(
    month_view: MonthView, path_or_file: Target, *, organisation: str = "", printed_on: date | None = None
) -> int:
    """Write the month calendar (A4 landscape): whole weeks, holidays and Sundays in red,
    Saturdays in blue, each meeting with its kind's colour, a legend of the kinds."""
    st = _styles()
    body = st.body
    styles = {
        "day": ParagraphStyle("day", body, fontSize=9, leading=11),
        "entry": ParagraphStyle("entry", body, fontSize=6.8, leading=8.2),
        "head": ParagraphStyle("wd", body, fontSize=8.5, leading=10, alignment=TA_CENTER),
    }
    width = LANDSCAPE[0] - 2 * MARGIN
    heads = []
    for label in month_view.weekday_labels:
        colour = RED if label == "日" else (BLUE if label == "土" else "#000000")
        heads.append(Paragraph(f"<font color='{colour}'>{label}</font>", styles["head"]))
    rows: list[list] = [heads]
    cmds: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), LABEL_BG), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    for r, week in enumerate(month_view.weeks, start=1):
        rows.append([_day_cell(st, d, styles) for d in week])
        for c, d in enumerate(week):
            if not d.in_month:
                cmds.append(("BACKGROUND", (c, r), (c, r), OUTSIDE_BG))
            elif d.holiday:
                cmds.append(("BACKGROUND", (c, r), (c, r), HOLIDAY_BG))
    week_h = (LANDSCAPE[1] - 2 * MARGIN - 34 * mm) / max(len(month_view.weeks), 5)
    t = Table(rows, colWidths=[width / 7] * 7, rowHeights=[None] + [None] * len(month_view.weeks),
              minRowHeights=[0] + [week_h] * len(month_view.weeks), repeatRows=1, splitInRow=1)  # fmt: skip
    t.setStyle(_grid_style(extra=cmds))
    legend = GAP.join(f"<font color='{_colour(k.colour)}'>■</font>{_text(k.label)}" for k in month_view.kinds_used)
    story: list[Flowable] = [st.p(f"会議予定　{_month_title(month_view.year, month_view.month)}", st.title), t]
    if legend:
        story += [Spacer(1, 2 * mm), st.markup(legend, st.small)]
    title = "会議予定（月間）"
    return _build(path_or_file, story, st, title, month_view.title, organisation, printed_on, LANDSCAPE)


# ---- 年間活動計画 / 活動実績表 and 研修一覧表 -----------------------------------------------------------
def render_activity_table(
    table: ActivityTable, path_or_file: Target, *, organisation: str = "", printed_on: date | None = None
) -> int:
    """Write the programme's 年間活動計画 (or 活動実績表), month by month 4月 → 3月, and its
    研修一覧表 as an A4 PDF; returns the number of pages."""
    st = _styles()
    f = _Form(st)
    year = f"{fiscal_year_label_wareki(table.fiscal_year)}（{fiscal_year_label(table.fiscal_year)}）"
    f.pairs(("年度", year, "事業", table.programme_label))
    f.story.append(Spacer(1, 3 * mm))
    rows = []
    for month in table.months:
        text = "<br/>".join(_text(line.text) for line in month.lines) or "―"
        rows.append([month.label, st.markup(text)])
    f.table(("月", "活動名"), rows, [18 * mm, 162 * mm], band=table.title, stripes=True)
    f.story.append(Spacer(1, 5 * mm))
    training_rows: list[list] = []
    for t in table.trainings:
        name = f"・{_text(t.title)}{_text(t.days_label)}"
        if t.organiser:
            name += f"<br/><font size=7.5>主催：{_text(t.organiser)}</font>"
        training_rows.append([f"{t.held_on.month}月", st.markup(name), t.summary])
    if not training_rows:
        training_rows = [["", "（研修の記録はありません）", ""]]
    f.table(("実施月", "研修名", "研修内容"), training_rows, [18 * mm, 70 * mm, 92 * mm], band="研修一覧表")
    title = f"{table.title}・研修一覧表"
    header = f"{fiscal_year_label(table.fiscal_year)}　{table.programme_label}"
    return _build(path_or_file, _title(st, title) + f.story, st, title, header, organisation, printed_on)


__all__ = ["render_activity_table", "render_agenda", "render_month_calendar"]
