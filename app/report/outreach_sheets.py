"""The outreach printouts as A4 PDFs: the chapter's 関係機関との連携内容 (month → the joint
visits and liaison with named agencies, as the annual report prints it) and a period's
訪問記録一覧.

Qt-free: rows of app.services.outreach_rows in, PDF out, in the style of the case sheets
(app.report.case_sheets: IPAex embedded, header and footer on every page, "n / N ページ",
CJK wrapping, the list's header row repeated on every page it runs onto).

This module imports reportlab: import it only when printing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.domain.fiscal import fiscal_year_label, fiscal_year_label_wareki
from app.report.case_sheets import (
    BODY_H,
    CHUNK,
    HEAD_BG,
    LABEL_BG,
    STRIPE_BG,
    WEEKDAYS,
    Cell,
    Target,
    _build,
    _Decor,
    _Form,
    _grid_style,
    _short_date,
    _styles,
    _text,
    _time,
)
from app.services.outreach_rows import MonthLiaison, VisitRow

LIAISON_TITLE = "関係機関との連携内容"
LIAISON_WIDTHS = [19 * mm, 161 * mm]
LOG_TITLE = "訪問記録一覧"
LOG_WIDTHS = [24 * mm, 27 * mm, 19 * mm, 21 * mm, 31 * mm, 58 * mm]


class _RowsTable(Table):
    """A list that breaks between rows; only a row taller than half a page breaks inside
    itself, and its first cell goes on as "<label>（続き）" on the next page. (A table allowed
    to split inside any row also does it at the foot of a page for the rest of a table
    already split there, printing the repeated header mid-page.)

    ``labels`` (set after construction): each row's first-cell text, "" for header rows;
    ``label_style`` the style the continued label is set in."""

    labels: list[str]
    label_style: object = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        fitting = self._getFirstPossibleSplitRowPosition(availHeight)
        big = fitting < len(self._rowHeights) and self._rowHeights[fitting] > BODY_H / 2
        parts = self._splitRows(availHeight, doInRowSplit=big) or []
        labels = getattr(self, "labels", None)
        if len(parts) != 2 or labels is None:
            return parts
        head, rest = parts
        top = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        head.labels, rest.labels = labels[: len(head._cellvalues)], labels[:top] + labels[fitting:]
        head.label_style = rest.label_style = self.label_style
        if big and labels[fitting]:
            rest._cellvalues[top][0] = [Paragraph(_text(f"{labels[fitting]}（続き）"), self.label_style)]
        return parts


def _list(
    st, headers: Sequence[str], rows: list[list[Cell]], widths: Sequence[float], band: str = "",
    labels: Sequence[str] = (),
) -> Table:  # fmt: skip
    """A striped list with a shaded header row (under an optional ``band`` title) repeated
    on every page it runs onto; ``labels``: each row's first-cell text, for a row that
    goes on over a page."""
    data: list[list[Cell]] = [[st.p(band, st.head)] + [""] * (len(headers) - 1)] if band else []
    data.append([st.p(h, st.label) for h in headers])
    top = len(data)
    data += [[st.p(v) if isinstance(v, str) else v for v in row] for row in rows]
    cmds: list[tuple] = [("BACKGROUND", (0, top - 1), (-1, top - 1), LABEL_BG), ("VALIGN", (0, top), (-1, -1), "TOP")]
    if band:
        cmds += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
    cmds += [("BACKGROUND", (0, r), (-1, r), STRIPE_BG) for r in range(top + 1, len(data), 2)]
    table = _RowsTable(data, colWidths=list(widths), repeatRows=top, splitInRow=1)
    table.setStyle(_grid_style(extra=cmds))
    table.labels = [""] * top + (list(labels) if labels else [""] * len(rows))
    table.label_style = st.small
    return table


def render_liaison_table(
    months: Sequence[MonthLiaison],
    path_or_file: Target,
    *,
    fiscal_year: int,
    organisation: str = "",
    programme: str = "アウトリーチ等の充実による自立相談支援機能強化事業",
    printed_on: date | None = None,
) -> int:
    """Write the year's 関係機関との連携内容 (月 | 内容, one line per agency set and action
    with its days) as an A4 PDF; returns the number of pages. No person is named."""
    st = _styles()
    f = _Form(st)
    year = f"{fiscal_year_label_wareki(fiscal_year)}（{fiscal_year_label(fiscal_year)}）"
    total = sum(len(m.entries) for m in months)
    f.pairs(("年度", year, "件数", f"{total:,}件"))
    f.line("事業", programme)
    f.story.append(Spacer(1, 4 * mm))
    rows: list[list[Cell]] = []
    for m in months:
        lines = m.lines()
        if lines:
            cell: Cell = [st.markup(f"・{_text(line.text)}") for line in lines]
        else:
            cell = st.p("記録なし", st.small)
        rows.append([st.p(m.label), cell])
    f.story.append(_list(st, ("月", LIAISON_TITLE), rows, LIAISON_WIDTHS, labels=[m.label for m in months]))
    f.story.append(Spacer(1, 2 * mm))
    f.story.append(st.p("同じ関係機関・同じ内容の連携は一行にまとめ、（）内にその月の日付を示しています。", st.small))
    decor = _Decor(st, LIAISON_TITLE, organisation, year, printed_on or date.today())
    return _build(path_or_file, _title(st, f"{year}　{LIAISON_TITLE}") + f.story, decor, LIAISON_TITLE)


def _visit_cells(st, r: VisitRow) -> list[Cell]:
    when = f"{_short_date(r.visited_on)}（{WEEKDAYS[r.visited_on.weekday()]}）"
    if r.start_at:
        when += f"<br/><font size=8>{_time(r.start_at)}" + (f"～{_time(r.end_at)}" if r.end_at else "") + "</font>"
    who = f"{_text(r.case_no)}<br/>{_text(r.person_name)}" if r.case_no else _text(r.person_name)
    result = _text("予定" if r.planned else r.result)
    if r.purpose:
        result += f"<br/><font size=7.5>{_text(r.purpose)}</font>"
    people = _text(r.staff) + (f"<br/><font size=7.5>同行：{_text(r.agencies)}</font>" if r.agencies else "")
    content: list[Flowable] = [st.p(r.content)]
    if r.next_visit_on:
        content.append(st.markup(f"次回：{_short_date(r.next_visit_on)}", st.small))
    return [st.markup(when), st.markup(who), st.markup(f"{_text(r.place)}<br/>{_text(r.method)}"), st.markup(result),
            st.markup(people), content]  # fmt: skip


def render_visit_log(
    rows: Sequence[VisitRow],
    path_or_file: Target,
    *,
    period: str = "",
    organisation: str = "",
    printed_on: date | None = None,
) -> int:
    """Write a list of visits (oldest first, one band per month) as an A4 PDF; returns the
    number of pages. ``period`` says what the list covers (e.g. "令和4年5月")."""
    st = _styles()
    f = _Form(st)
    f.pairs(("期間", period or "指定なし", "件数", f"{len(rows):,}件"))
    f.story.append(Spacer(1, 4 * mm))
    ordered = sorted(rows, key=lambda r: (r.visited_on, r.start_at is None, r.start_at or time(0), r.id))
    if not ordered:
        f.story.append(st.p("この条件の訪問記録はありません。"))
    headers = ("日付・時刻", "ケース・氏名", "場所・方法", "結果・目的", "職員・同行機関", "内容")
    for (year, month), group in groupby(ordered, key=lambda r: (r.visited_on.year, r.visited_on.month)):
        items = list(group)
        for start in range(0, len(items), CHUNK):
            band = f"{year}年{month}月　{len(items):,}件" if start == 0 else f"{year}年{month}月（続き）"
            chunk = items[start : start + CHUNK]
            cells = [_visit_cells(st, r) for r in chunk]
            f.story.append(_list(st, headers, cells, LOG_WIDTHS, band, [_short_date(r.visited_on) for r in chunk]))
    decor = _Decor(st, LOG_TITLE, organisation, period, printed_on or date.today())
    return _build(path_or_file, _title(st, LOG_TITLE) + f.story, decor, LOG_TITLE)


def _title(st, title: str) -> list[Flowable]:
    return [st.p(title, st.title), Spacer(1, 3 * mm)]


__all__ = ["render_liaison_table", "render_visit_log"]
