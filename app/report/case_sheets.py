"""The case file's printouts as A4 PDFs: 相談受付・申込票, プラン兼事業等利用申込書 and
支援経過記録（経過一覧）.

Qt-free: sheet rows (app.services.case_sheets) in, PDF out. Japanese text is set in the
bundled IPAex fonts, embedded as TrueType subsets (never reportlab's CID fonts, which a PC
without them shows as boxes). Every page has a header (organisation, sheet title, case
number and name) and a footer (print date, "n / N ページ", a handling notice); page totals
come from a canvas that holds its pages until the end (``_numbered_canvas``).

User text goes through ``_text`` (escaped for Paragraph markup, line breaks kept) and wraps
inside its cell with ``wordWrap="CJK"``; rows taller than a page split across pages.

This module imports reportlab (about 0.3 s): import it only when printing, never at start.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from itertools import groupby
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.fiscal import fiscal_year, fiscal_year_label, fiscal_year_label_wareki
from app.domain.wareki import format_wareki
from app.report.fonts import GOTHIC, register_japanese_fonts
from app.services.case_sheets import ContactHistory, ContactLine, IntakeSheet, PlanSheet, Tick

Target = str | os.PathLike[str] | BinaryIO
MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN  # 180 mm
BODY_H = A4[1] - 2 * MARGIN - 12  # the frame's height less its padding
LABEL_W = 27 * mm
PAIR = [LABEL_W, WIDTH / 2 - LABEL_W, LABEL_W, WIDTH / 2 - LABEL_W]
LINE = colors.HexColor("#404040")
LABEL_BG = colors.HexColor("#e6e6e6")
HEAD_BG = colors.HexColor("#c9c9c9")
STRIPE_BG = colors.HexColor("#f4f4f4")
MUTED = colors.HexColor("#5a5a5a")
WEEKDAYS = "月火水木金土日"
NOTICE = "要配慮個人情報・取扱注意"
NBSP = "&nbsp;"
GAP = NBSP * 4  # between items on one line


# ---- text and dates --------------------------------------------------------------------------
def _text(value: str) -> str:
    """User text as Paragraph markup: & < > escaped, line breaks and full-width spaces kept
    (Paragraph would fold a full-width space into one narrow space)."""
    lines = escape(value.strip().replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return "<br/>".join(lines).replace("\u3000", NBSP * 2)


def _short_date(d: date) -> str:
    """The short 和暦 ("R4.4.1"), or the ISO date before 1873 (no era conversion)."""
    try:
        return format_wareki(d, style="short")
    except ValueError:
        return d.isoformat()


def _date(d: date | None, *, weekday: bool = False, western: bool = True) -> str:
    """和暦 with the western year, as municipal forms write it: "令和4年（2022年）4月1日"
    (``western=False``: "令和4年4月1日"), optionally followed by the weekday "（金）"."""
    if d is None:
        return ""
    try:
        year = format_wareki(d, style="year") + (f"（{d.year}年）" if western else "")
    except ValueError:  # before 1873: no era conversion
        year = f"{d.year}年"
    wd = f"（{WEEKDAYS[d.weekday()]}）" if weekday else ""
    return f"{year}{d.month}月{d.day}日{wd}"


def _time(t: time | None) -> str:
    return "" if t is None else f"{t.hour}:{t.minute:02d}"


def _postal(code: str) -> str:
    return f"〒{code[:3]}-{code[3:]}" if len(code) == 7 and code.isdigit() else (f"〒{code}" if code else "")


# ---- styles -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Styles:
    gothic: str
    mincho: str
    body: ParagraphStyle = field(init=False)
    label: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    off: ParagraphStyle = field(init=False)  # an unticked category
    head: ParagraphStyle = field(init=False)
    title: ParagraphStyle = field(init=False)
    name: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        body = ParagraphStyle("body", fontName=self.gothic, fontSize=9, leading=13, wordWrap="CJK")
        put = object.__setattr__
        put(self, "body", body)
        put(self, "label", ParagraphStyle("label", body, fontSize=8.5, leading=11))
        put(self, "small", ParagraphStyle("small", body, fontSize=7.5, leading=10, textColor=MUTED))
        put(self, "off", ParagraphStyle("off", body, textColor=MUTED))
        put(self, "head", ParagraphStyle("head", body, fontSize=10, leading=13))
        put(self, "title", ParagraphStyle("title", body, fontName=self.mincho, fontSize=17, leading=22,
                                          alignment=TA_CENTER, spaceAfter=1 * mm))  # fmt: skip
        put(self, "name", ParagraphStyle("name", body, fontSize=12.5, leading=16))

    def p(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(_text(value), style or self.body)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A Paragraph of trusted markup (user text inside it must already be ``_text``)."""
        return Paragraph(markup, style or self.body)


def _styles() -> _Styles:
    gothic, mincho = register_japanese_fonts()
    return _Styles(gothic, mincho)


# ---- page decoration ----------------------------------------------------------------------------
@dataclass
class _Decor:
    """What every page of one printout shows around its body."""

    fonts: _Styles
    title: str
    organisation: str
    case_line: str  # e.g. "ケース番号 2022-00001　山野 みどり"
    printed_on: date
    pages: int = 0  # set once the document is built
    pagesize: tuple[float, float] = A4  # portrait, or landscape(A4) for wide tables

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


def _numbered_canvas(decor: _Decor) -> type[Canvas]:
    """A Canvas that keeps its pages until ``save`` so each can print "n / N"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, 1):
                self.__dict__.update(state)
                decor.draw(self, number, total)
                Canvas.showPage(self)
            decor.pages = total
            Canvas.save(self)

    return NumberedCanvas


def _build(target: Target, story: list[Flowable], decor: _Decor, subject: str) -> int:
    out = os.fspath(target) if isinstance(target, (str, os.PathLike)) else target
    doc = SimpleDocTemplate(
        out, pagesize=decor.pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"{decor.title} {decor.case_line}", author=decor.organisation, subject=subject,
        creator="Yorisoi", initialFontName=decor.fonts.gothic,  # no stray Helvetica (not embedded)
    )  # fmt: skip
    doc.build(story, canvasmaker=_numbered_canvas(decor))
    return decor.pages


# ---- box-grid building blocks --------------------------------------------------------------------
Cell = str | Flowable | list[Flowable]


def _grid_style(label_cols: Sequence[int] = (), extra: Sequence[tuple] = ()) -> TableStyle:
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), GOTHIC),  # for plain-string cells (else Helvetica, not embedded)
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    cmds += [("BACKGROUND", (col, 0), (col, -1), LABEL_BG) for col in label_cols]
    return TableStyle(cmds + list(extra))


class _ListTable(Table):
    """A list that breaks between rows, except that a row taller than half a page breaks
    inside itself at the foot of the page (rather than leaving the rest of the page empty and
    repeating the header below the gap, which is what splitting between rows first does)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        fitting = self._getFirstPossibleSplitRowPosition(availHeight)
        if fitting < len(self._rowHeights) and self._rowHeights[fitting] > BODY_H / 2:
            pieces = self._splitRows(availHeight, doInRowSplit=True)
            if pieces:
                return pieces
        return super().split(availWidth, availHeight)


class _Form:
    """A paper form: bands of boxes stacked without gaps, labels in a shaded column."""

    def __init__(self, st: _Styles) -> None:
        self.st = st
        self.story: list[Flowable] = []

    def _cell(self, value: Cell, style: ParagraphStyle | None = None) -> Flowable | list[Flowable]:
        return self.st.p(value, style) if isinstance(value, str) else value

    def heading(self, text: str) -> None:
        if self.story:
            self.story.append(Spacer(1, 2.5 * mm))
        t = Table([[self.st.p(text, self.st.head)]], colWidths=[WIDTH])
        t.setStyle(_grid_style(extra=[("BACKGROUND", (0, 0), (-1, -1), HEAD_BG)]))
        t.keepWithNext = True
        self.story.append(t)

    def pairs(self, *rows: tuple[str, Cell, str, Cell]) -> None:
        """Rows of two label/value pairs side by side."""
        data = [[self._cell(a, self.st.label), self._cell(b), self._cell(c, self.st.label), self._cell(d)]
                for a, b, c, d in rows]  # fmt: skip
        t = Table(data, colWidths=PAIR)
        t.setStyle(_grid_style((0, 2)))
        self.story.append(t)

    def line(self, label: str, value: Cell, min_height: float = 0) -> None:
        """One label and a full-width value (long text wraps and may split across pages)."""
        t = Table([[self._cell(label, self.st.label), self._cell(value)]], colWidths=[LABEL_W, WIDTH - LABEL_W],
                  minRowHeights=[min_height] if min_height else None, splitInRow=1)  # fmt: skip
        t.setStyle(_grid_style((0,), [("VALIGN", (1, 0), (1, -1), "TOP" if min_height else "MIDDLE")]))
        self.story.append(t)

    def ticks(self, label: str, ticks: Sequence[Tick], columns: int = 3) -> None:
        """A tick-all list: ■ ticked, □ not, ◎ the most pressing; labels in a grid."""
        cells = [self._tick(t) for t in ticks]
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)] or [[""]]
        rows[-1] += [""] * (columns - len(rows[-1]))
        inner = Table(rows, colWidths=[(WIDTH - LABEL_W - 8) / columns] * columns)
        inner.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), GOTHIC), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        self.line(label, inner)

    def _tick(self, t: Tick) -> Paragraph:
        mark = "◎" if t.primary else ("■" if t.ticked else "□")
        return self.st.markup(f"{mark} {_text(t.label)}", self.st.body if t.ticked else self.st.off)

    def table(
        self,
        headers: Sequence[str],
        rows: list[list[Cell]],
        widths: Sequence[float],
        *,
        band: str = "",
        stripes: bool = False,
    ) -> None:
        """A list with a shaded header row (after an optional ``band`` title across the
        table) that repeats on every page it runs onto; ``stripes`` shades every other row."""
        data = [[self.st.p(band, self.st.head)] + [""] * (len(headers) - 1)] if band else []
        data += [[self.st.p(h, self.st.label) for h in headers]]
        top = len(data)
        data += [[self._cell(v) for v in row] for row in rows]
        cmds: list[tuple] = [
            ("BACKGROUND", (0, top - 1), (-1, top - 1), LABEL_BG),
            ("VALIGN", (0, top), (-1, -1), "TOP"),
        ]
        if band:
            cmds += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
        if stripes:
            cmds += [("BACKGROUND", (0, r), (-1, r), STRIPE_BG) for r in range(top + 1, len(data), 2)]
        t = _ListTable(data, colWidths=list(widths), repeatRows=top, splitInRow=1)
        t.setStyle(_grid_style(extra=cmds))
        self.story.append(t)


def _choice(options: Sequence[tuple[str, bool]]) -> str:
    return GAP.join(f"{'■' if on else '□'} {_text(text)}" for text, on in options)


def _title(st: _Styles, title: str) -> list[Flowable]:
    return [st.p(title, st.title), Spacer(1, 3 * mm)]


# ---- 相談受付・申込票 ------------------------------------------------------------------------------
def render_intake_sheet(
    sheet: IntakeSheet, path_or_file: Target, *, organisation: str = "", printed_on: date | None = None
) -> int:
    """Write the 相談受付・申込票 of ``sheet`` as an A4 PDF; returns the number of pages."""
    st = _styles()
    f = _Form(st)
    p = sheet.person
    when = f"{_date(sheet.received_on, weekday=True)}　{_time(sheet.received_at)}".strip()
    f.pairs(("ケース番号", sheet.case_no, "受付日時", when), ("受付者", sheet.received_by, "主担当", sheet.counsellor))
    f.heading("相談者")
    birth = ""
    if p.birth_date is not None:
        age = f"　{p.age}歳" if p.age is not None else ""
        birth = f"{_date(p.birth_date)}生{age}"
    f.pairs(
        ("ふりがな", p.kana, "相談者番号", p.person_no),
        ("氏名", st.p(p.name, st.name), "性別", p.gender),
        ("生年月日", birth, "外国籍", st.markup(_choice([("あり", p.foreign_national), ("なし", not p.foreign_national)])
         + (f"（{_text(p.preferred_language)}）" if p.preferred_language else ""))),
    )  # fmt: skip
    f.line("住所", f"{_postal(p.postal_code)}　{p.address}".strip())
    f.pairs(("自宅電話", p.phone_home, "携帯電話", p.phone_mobile))
    f.line("メール", p.email)
    f.heading("受付")
    route = sheet.route + (f"（{sheet.referring_agency}）" if sheet.referring_agency else "")
    f.pairs(("受付方法", sheet.method, "相談経路", route))
    f.line("利用を希望する事業", "、".join(sheet.programmes))
    companion = _text(sheet.companion_name)
    if sheet.companion_relationship:
        companion += f"（続柄：{_text(sheet.companion_relationship)}）"
    if sheet.companion_phone:
        companion += f"{GAP}電話 {_text(sheet.companion_phone)}"
    f.line("同伴者", st.markup(companion.strip() or "なし"))
    f.heading("相談内容（該当するものすべてに■、最も困っていることに◎）")
    f.ticks("相談したいこと", sheet.topics)
    if sheet.other_topic_text:
        f.line("その他の内容", sheet.other_topic_text)
    f.line("本人の希望", sheet.wishes, min_height=22 * mm)
    consent = _choice([(f"同意あり（{_date(sheet.consent_on)}）" if sheet.consent_on else "同意あり",
                        sheet.consent_given), ("同意なし", not sheet.consent_given)])  # fmt: skip
    f.line("関係機関への情報提供の同意", st.markup(consent))
    f.heading("生活の状況（聞き取り）")
    cert = sheet.certificate + (f"（{sheet.certificate_note}）" if sheet.certificate_note else "")
    f.pairs(
        ("仕事", sheet.work_status, "住居", sheet.housing_status),
        ("健康保険", sheet.health_insurance, "年金", sheet.pension),
        ("障害者手帳・介護認定", cert, "生活保護受給歴", sheet.welfare_history),
    )
    if sheet.household:
        f.heading("世帯の状況")
        rows: list[list[Cell]] = []
        for m in sheet.household:
            name = st.markup(f"{_text(m.name)}<br/><font size=7>{_text(m.kana)}</font>") if m.kana else m.name
            birth = _date(m.birth_date) + (f"<br/>{m.age}歳" if m.age is not None else "")
            rows.append([m.relationship, name, st.markup(birth), "同居" if m.lives_together else "別居",
                         m.employment, m.health])  # fmt: skip
        f.table(("続柄", "氏名", "生年月日・年齢", "同居", "就労", "健康"), rows,
                [17 * mm, 36 * mm, 50 * mm, 13 * mm, 32 * mm, 32 * mm])  # fmt: skip
    if sheet.disaster is not None:
        d = sheet.disaster
        f.heading("被災の状況")
        f.pairs(("災害名", d.name, "発災日", _date(d.on)), ("罹災証明", d.damage_level, "被災後の住まい", d.housing))
        f.line("復興支援センターの連絡先", d.recovery_centre_contact)
        if d.note:
            f.line("被災の備考", d.note)
    f.heading("備考")
    f.line("備考", sheet.notes, min_height=16 * mm)
    decor = _Decor(st, "相談受付・申込票", organisation, f"ケース番号 {sheet.case_no}　{p.name}",
                   printed_on or date.today())  # fmt: skip
    return _build(path_or_file, _title(st, "相談受付・申込票") + f.story, decor, "相談受付・申込票")


# ---- プラン兼事業等利用申込書 ----------------------------------------------------------------------
def render_plan_sheet(
    sheet: PlanSheet, path_or_file: Target, *, organisation: str = "", printed_on: date | None = None
) -> int:
    """Write the プラン兼事業等利用申込書 of ``sheet`` as an A4 PDF; returns the number of pages."""
    st = _styles()
    f = _Form(st)
    name = st.markup(f"{_text(sheet.person_name)}<br/><font size=7.5>{_text(sheet.person_kana)}</font>", st.name)
    period = "" if sheet.period_from is None and sheet.period_to is None else (
        f"{_date(sheet.period_from)} ～ {_date(sheet.period_to)}")  # fmt: skip
    f.pairs(
        ("ケース番号", sheet.case_no, "作成日", _date(sheet.made_on)),
        ("氏名", name, "担当者", sheet.staff),
        ("事業", sheet.programme, "プラン", sheet.revision_label),
    )
    f.line("計画期間", period)
    f.heading("目標と課題")
    f.line("本人の目標", sheet.person_goal, min_height=13 * mm)
    f.ticks("課題", sheet.issues)
    f.line("短期目標", sheet.short_term_goals, min_height=13 * mm)
    f.heading("取組と支援")
    f.line("本人の取組", sheet.person_actions, min_height=13 * mm)
    if sheet.supporter_actions:
        rows: list[list[Cell]] = [
            [a.supporter, a.agency, a.action, _date(a.due_on, western=False)] for a in sheet.supporter_actions
        ]
    else:
        rows = [["", "", "", ""]]
    f.table(("支援者", "関係機関", "支援内容", "期限"), rows, [36 * mm, 38 * mm, 76 * mm, 30 * mm])
    f.ticks("利用する事業", sheet.menus, columns=3)
    f.line("その他の支援・関係機関", sheet.other_services, min_height=10 * mm)
    employment = _choice([("対象", sheet.employment_support), ("対象外", not sheet.employment_support)])
    decision = len(f.story)
    f.heading("決定")
    meeting = st.markup("<br/>".join(x for x in (_date(sheet.meeting_on), _text(sheet.meeting_kind)) if x))
    f.pairs(
        ("就労支援対象", st.markup(employment), "次回モニタリング", _date(sheet.next_monitoring_on)),
        ("支援調整会議", meeting, "市の支援決定日", _date(sheet.city_decision_on)),
    )
    f.heading("本人の申込")
    f.line("申込", [st.p("上記のプランの内容に同意し、事業等の利用を申し込みます。"), _signature(st)])
    f.story[decision:] = [KeepTogether(f.story[decision:])]  # the decision and the signature stay together
    title = "プラン兼事業等利用申込書"
    decor = _Decor(st, title, organisation, f"ケース番号 {sheet.case_no}　{sheet.person_name}",
                   printed_on or date.today())  # fmt: skip
    return _build(path_or_file, _title(st, f"{title}（{sheet.revision_label}）") + f.story, decor, title)


def _signature(st: _Styles) -> Table:
    """令和　年　月　日　氏名（自署）＿＿＿: boxes of fixed width, the name on a rule."""
    cells = ["令和", "", "年", "", "月", "", "日", "", "氏名（自署）", ""]
    widths = [9, 9, 6, 9, 6, 9, 6, 8, 22, 60]
    t = Table([[st.p(c) for c in cells]], colWidths=[w * mm for w in widths], rowHeights=[12 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), GOTHIC), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("LINEBELOW", (-1, 0), (-1, 0), 0.5, LINE)]))  # fmt: skip
    return t


# ---- 支援経過記録（経過一覧） ---------------------------------------------------------------------
CONTACT_WIDTHS = [25 * mm, 16 * mm, 17 * mm, 101 * mm, 21 * mm]
# One table per fiscal year, at most CHUNK rows each: reportlab re-measures a table's remaining
# rows at every page break, so one table of thousands of rows would lay out in quadratic time.
CHUNK = 150


def _contact_row(st: _Styles, c: ContactLine) -> list[Cell]:
    when = f"{_short_date(c.on)}（{WEEKDAYS[c.on.weekday()]}）"
    when += f"<br/>{_time(c.at)}" if c.at else ""
    meta = []
    if c.participants:
        meta.append(f"参加者：{_text(c.participants)}")
    if c.agencies:
        meta.append(f"関係機関：{_text('、'.join(c.agencies))}")
    if c.minutes:
        meta.append(f"所要{c.minutes}分")
    content: list[Flowable] = []
    if meta:
        content.append(st.markup(GAP.join(meta), st.small))
    content.append(st.p(c.content))
    if c.next_action.strip():
        content.append(st.markup(f"次回：{_text(c.next_action)}", st.small))
    return [st.markup(when), c.method, c.programme, content, c.staff]


def render_contact_history(
    history: ContactHistory, path_or_file: Target, *, organisation: str = "", printed_on: date | None = None
) -> int:
    """Write the 経過一覧 of ``history`` as an A4 PDF, oldest contact first; returns the
    number of pages. Thousands of contacts are fine: the list is laid out in chunks."""
    st = _styles()
    f = _Form(st)
    name = st.markup(f"{_text(history.person_name)}　<font size=8>{_text(history.person_kana)}</font>")
    if history.date_from or history.date_to:
        period = f"{_date(history.date_from)} ～ {_date(history.date_to)}"
    else:
        period = "全期間"
    f.pairs(
        ("ケース番号", history.case_no, "氏名", name),
        ("事業", "・".join(history.programmes), "主担当", history.counsellor),
        ("期間", period, "件数", f"{len(history.contacts):,}件"),
    )
    f.story.append(Spacer(1, 4 * mm))
    headers = ("日付", "方法", "事業", "内容", "担当")
    lines = history.contacts
    if not lines:
        f.story.append(st.p("この期間の記録はありません。"))
    for fy, group in groupby(lines, key=lambda c: fiscal_year(c.on)):
        year = list(group)
        label = f"{fiscal_year_label_wareki(fy)}（{fiscal_year_label(fy)}）"
        for start in range(0, len(year), CHUNK):
            band = f"{label}　{len(year):,}件" if start == 0 else f"{label}（続き）"
            rows = [_contact_row(st, c) for c in year[start : start + CHUNK]]
            f.table(headers, rows, CONTACT_WIDTHS, band=band, stripes=True)
    title = "支援経過記録（経過一覧）"
    decor = _Decor(st, title, organisation, f"ケース番号 {history.case_no}　{history.person_name}",
                   printed_on or date.today())  # fmt: skip
    return _build(path_or_file, _title(st, title) + f.story, decor, title)


__all__ = ["render_contact_history", "render_intake_sheet", "render_plan_sheet"]
