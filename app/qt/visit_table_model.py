"""The 訪問記録 list as a Qt table model: frozen ``VisitRow`` pages, fetched 100 at a time.

``set_filter`` loads the first page and the count; the view asks for more
(``canFetchMore``/``fetchMore``) as the user scrolls, so the list never loads the whole
table. Planned visits are shown in italics with 予定 as their result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.wareki import format_iso, format_wareki
from app.qt.paged_model import PagedTableModel
from app.services.outreach_rows import VisitFilter, VisitRow

Fetch = Callable[[VisitFilter, int, int], list[VisitRow]]  # (filter, limit, offset) → one page
Count = Callable[[VisitFilter], int]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, VISIT_ID_ROLE) → the visit's id
PLANNED_COLOUR = QColor("#1565c0")
COLUMNS = ("date", "time", "case_no", "name", "place", "method", "result", "purpose", "staff", "agencies", "next",
           "content")  # fmt: skip
COLUMN_OF = {key: i for i, key in enumerate(COLUMNS)}


def _clock(t: time | None) -> str:
    return "" if t is None else f"{t.hour}:{t.minute:02d}"


class VisitTableModel(PagedTableModel[VisitFilter, VisitRow]):
    """Visits matching a :class:`VisitFilter`, newest first, one page of ``PAGE_SIZE`` rows
    at a time. Give it an ``OutreachService`` (``outreach``) or ``fetch`` and ``count``.
    Reads run on the GUI thread: in ``set_filter``/``reload`` errors propagate; in
    ``fetchMore`` a ``LedgerError`` stops fetching and is reported by ``sig_fetch_failed``."""

    COLUMNS = COLUMNS

    def __init__(
        self,
        outreach: Any = None,
        *,
        fetch: Fetch | None = None,
        count: Count | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        if outreach is not None:
            fetch = fetch or (lambda f, limit, offset: outreach.list_visits(f, limit=limit, offset=offset))
            count = count or outreach.count_visits
        if fetch is None or count is None:
            raise TypeError("VisitTableModel needs an OutreachService or both fetch and count")
        super().__init__(fetch, count, VisitFilter(), page_size=page_size, parent=parent)

    # ---- reading ------------------------------------------------------------------------
    def row_of_visit(self, visit_id: int) -> int | None:
        return self.row_of_id(visit_id)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Case no."),
            self.tr("Name"),
            self.tr("Place"),
            self.tr("Method"),
            self.tr("Result"),
            self.tr("Purpose"),
            self.tr("Staff"),
            self.tr("Agencies"),
            self.tr("Next visit"),
            self.tr("Content"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.cell_at(index)
        if found is None:
            return None
        row, key = found
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == VISIT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.FontRole and row.planned:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.planned:
            return QBrush(PLANNED_COLOUR)
        return None

    def _text(self, row: VisitRow, key: str) -> str:
        if key == "date":
            return format_iso(row.visited_on)
        if key == "time":
            return _clock(row.start_at) + (f"–{_clock(row.end_at)}" if row.end_at else "")
        if key == "result":
            return self.tr("Planned") if row.planned else row.result
        if key == "next":
            return format_iso(row.next_visit_on) if row.next_visit_on else ""
        texts = {
            "case_no": row.case_no,
            "name": row.person_name,
            "place": row.place,
            "method": row.method,
            "purpose": row.purpose,
            "staff": row.staff,
            "agencies": row.agencies,
            "content": row.content,
        }
        return texts[key]

    def _tooltip(self, row: VisitRow, key: str) -> str | None:
        if key == "date":
            return _wareki(row.visited_on)
        if key == "next" and row.next_visit_on:
            return _wareki(row.next_visit_on)
        if key in ("content", "staff", "agencies", "place"):
            return self._text(row, key) or None
        return None


def _wareki(d: date) -> str:
    try:
        return format_wareki(d)
    except ValueError:
        return format_iso(d)


__all__ = ["COLUMNS", "COLUMN_OF", "PAGE_SIZE", "VISIT_ID_ROLE", "VisitTableModel"]
