"""The 会議予定 list as a Qt table model: frozen ``MeetingRow`` pages, fetched 100 at a time.

``set_filter`` loads the first page and the count; the view asks for more
(``canFetchMore``/``fetchMore``) as the user scrolls, so the list never loads the whole
table. Each row shows its kind's colour as a square in the kind column; a cancelled meeting
is struck through and grey; a 支援会議 the viewer is not a member of is italic and carries
no detail (the service already blanked it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from app.domain.wareki import format_iso, format_wareki
from app.qt.paged_model import PagedTableModel
from app.services.meeting_rows import MeetingFilter, MeetingRow

Fetch = Callable[[MeetingFilter, int, int], list[MeetingRow]]  # (filter, limit, offset) → one page
Count = Callable[[MeetingFilter], int]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, MEETING_ID_ROLE) → the meeting's id
CANCELLED_COLOUR = QColor("#8a8a8a")
RESTRICTED_COLOUR = QColor("#555555")
HOLIDAY_COLOUR = QColor("#c62828")
SATURDAY_COLOUR = QColor("#1f5fa8")
WEEKDAYS = "月火水木金土日"
COLUMNS = ("date", "time", "kind", "title", "programme", "place", "status", "series")
COLUMN_OF = {key: i for i, key in enumerate(COLUMNS)}


def day_label(d: date) -> str:
    """ "2023-03-22（水）" """
    return f"{format_iso(d)}（{WEEKDAYS[d.weekday()]}）"


def colour_square(colour: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#999999"))
    return pixmap


class MeetingTableModel(PagedTableModel[MeetingFilter, MeetingRow]):
    """Meetings matching a :class:`MeetingFilter`, one page of ``PAGE_SIZE`` rows at a time.
    Give it a ``MeetingService`` (``meetings``) and the viewer (the signed-in staff member,
    for 支援会議 secrecy), or ``fetch`` and ``count``. Reads run on the GUI thread: in
    ``set_filter``/``reload`` errors propagate; in ``fetchMore`` a ``LedgerError`` stops
    fetching and is reported by ``sig_fetch_failed``."""

    COLUMNS = COLUMNS

    def __init__(
        self,
        meetings: Any = None,
        *,
        viewer_staff_id: int | None = None,
        fetch: Fetch | None = None,
        count: Count | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        if meetings is not None:
            fetch = fetch or (
                lambda f, limit, offset: meetings.list_meetings(
                    f, limit=limit, offset=offset, viewer_staff_id=viewer_staff_id
                )
            )
            count = count or meetings.count_meetings
        if fetch is None or count is None:
            raise TypeError("MeetingTableModel needs a MeetingService or both fetch and count")
        super().__init__(fetch, count, MeetingFilter(), page_size=page_size, parent=parent)

    # ---- reading ------------------------------------------------------------------------
    def row_of_meeting(self, meeting_id: int) -> int | None:
        return self.row_of_id(meeting_id)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Programme"),
            self.tr("Place"),
            self.tr("Status"),
            self.tr("Recurring"),
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
        if role == MEETING_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and key == "kind":
            return colour_square(row.colour)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, key)
        return None

    def _font(self, row: MeetingRow) -> QFont | None:
        if row.status != "cancelled" and not row.restricted:
            return None
        font = QFont()
        font.setStrikeOut(row.status == "cancelled")
        font.setItalic(row.restricted)
        return font

    def _foreground(self, row: MeetingRow, key: str) -> QBrush | None:
        if row.status == "cancelled":
            return QBrush(CANCELLED_COLOUR)
        if row.restricted:
            return QBrush(RESTRICTED_COLOUR)
        if key == "date" and row.held_on.weekday() == 6:
            return QBrush(HOLIDAY_COLOUR)
        if key == "date" and row.held_on.weekday() == 5:
            return QBrush(SATURDAY_COLOUR)
        return None

    def _text(self, row: MeetingRow, key: str) -> str:
        if key == "date":
            text = day_label(row.held_on)
            return text + (f"～{row.ends_on.month}/{row.ends_on.day}" if row.ends_on else "")
        if key == "time":
            return row.time_label
        if key == "kind":
            return row.kind_label
        if key == "title":
            return self.tr("Support council (members only)") if row.restricted else row.title
        if key == "programme":
            return row.programme_label
        if key == "place":
            return row.place_label
        if key == "status":
            return {"planned": self.tr("Planned"), "held": self.tr("Held"), "cancelled": self.tr("Cancelled")}.get(
                row.status, row.status
            )
        if row.series_id is None:
            return ""
        return self.tr("Moved") if row.moved else self.tr("Recurring")

    def _tooltip(self, row: MeetingRow, key: str) -> str | None:
        if key == "date":
            try:
                text = format_wareki(row.held_on)
            except ValueError:
                text = format_iso(row.held_on)
            if row.moved and row.occurrence_on is not None:
                text += "\n" + self.tr("Moved from %1").replace("%1", day_label(row.occurrence_on))
            return text
        if key in ("title", "place", "programme", "kind"):
            return self._text(row, key) or None
        return None


__all__ = ["COLUMNS", "COLUMN_OF", "MEETING_ID_ROLE", "PAGE_SIZE", "MeetingTableModel", "colour_square", "day_label"]
