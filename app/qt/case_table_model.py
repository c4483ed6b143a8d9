"""The case list as a Qt table model: frozen ``CaseRow`` pages, fetched 100 at a time.

The model never holds the whole table: ``set_filter`` loads the first page and the count,
and the view asks for more (``canFetchMore``/``fetchMore``) as the user scrolls. Sorting is
done by the service (``CaseFilter.order``), so a sorted list pages the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.wareki import age_on, format_iso, format_wareki
from app.qt.paged_model import PagedTableModel
from app.services.case_queries import CaseFilter
from app.services.rows import CaseRow

Fetch = Callable[[CaseFilter, int, int], list[CaseRow]]  # (filter, limit, offset) → one page
Count = Callable[[CaseFilter], int]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
DISASTER_MARK = "●"
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, CASE_ID_ROLE) → the case id
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


class CaseLister(Protocol):
    """What the model needs of ``CaseService``."""

    def list_cases(self, f: CaseFilter, *, limit: int = ..., offset: int = ...) -> list[CaseRow]: ...

    def count_cases(self, f: CaseFilter) -> int: ...


@dataclass(frozen=True)
class Column:
    key: str
    orders: tuple[str, str] | None  # service orders for (ascending, descending); None: not sortable
    alignment: Qt.AlignmentFlag | None = None


COLUMNS: tuple[Column, ...] = (
    Column("case_no", ("case_no_asc", "case_no_desc")),
    Column("name", None),
    Column("reading", ("reading_asc", "reading_desc")),
    Column("age", None, RIGHT),
    Column("opened", ("opened_asc", "opened_desc")),
    Column("programmes", None),
    Column("status", ("status_asc", "status_desc")),
    Column("counsellor", None),
    Column("disaster", None, CENTRE),
)
COLUMN_OF = {c.key: i for i, c in enumerate(COLUMNS)}


class CaseTableModel(PagedTableModel[CaseFilter, CaseRow]):
    """Cases matching a :class:`CaseFilter`, one page of ``PAGE_SIZE`` rows at a time.

    Give it a ``CaseService`` (``cases``) or the two callables ``fetch(filter, limit, offset)``
    and ``count(filter)``. ``today`` dates the ages. Reads happen on the GUI thread, in
    ``set_filter``/``sort``/``reload`` (errors propagate) and in ``fetchMore`` (a
    ``LedgerError`` there stops fetching and is reported by ``sig_fetch_failed``).
    """

    COLUMNS = COLUMNS

    def __init__(
        self,
        cases: CaseLister | None = None,
        *,
        today: Callable[[], date],
        fetch: Fetch | None = None,
        count: Count | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        if cases is not None:
            fetch = fetch or (lambda f, limit, offset: cases.list_cases(f, limit=limit, offset=offset))
            count = count or cases.count_cases
        if fetch is None or count is None:
            raise TypeError("CaseTableModel needs a CaseService or both fetch and count")
        super().__init__(fetch, count, CaseFilter(), page_size=page_size, parent=parent)
        self._today = today
        self._on: date = today()  # the day ages are counted on (set at each load)

    # ---- loading ------------------------------------------------------------------------
    def set_filter(self, f: CaseFilter) -> None:
        """Show the cases matching ``f``: the first page and the count (one reset); ages
        are counted on today's date."""
        self._on = self._today()
        super().set_filter(f)

    # ---- sorting ------------------------------------------------------------------------
    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].orders is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` through the service and reload from the first page; a column
        without a service order is left as it is."""
        name = self.order_for(column, order)
        if name is not None:
            self.set_filter(replace(self._filter, order=name))

    def order_for(self, column: int, order: Qt.SortOrder) -> str | None:
        """The service order (``CaseFilter.order``) that sorts ``column``; None if it can't."""
        orders = COLUMNS[column].orders if self.is_sortable(column) else None
        if orders is None:
            return None
        return orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1]

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """(column, order) the current filter's ``order`` corresponds to."""
        for i, c in enumerate(COLUMNS):
            if c.orders and self._filter.order in c.orders:
                descending = self._filter.order == c.orders[1]
                return i, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return COLUMN_OF["opened"], Qt.SortOrder.DescendingOrder

    # ---- reading ------------------------------------------------------------------------
    def case_id_at(self, row: int) -> int | None:
        """The id of the case shown in ``row`` (None outside the loaded rows)."""
        found = self.row_at(row)
        return found.id if found else None

    def row_of_case(self, case_id: int) -> int | None:
        """The loaded row showing ``case_id``, if it is loaded."""
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].alignment is not None:
            return COLUMNS[section].alignment
        if role == Qt.ItemDataRole.InitialSortOrderRole and COLUMNS[section].orders is not None:
            newest_first = COLUMNS[section].key == "opened"  # a first click shows the latest cases
            return Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Case no."),
            self.tr("Name"),
            self.tr("Reading"),
            self.tr("Age"),
            self.tr("Opened"),
            self.tr("Programme"),
            self.tr("Status"),
            self.tr("Counsellor"),
            self.tr("Disaster"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.cell_at(index)
        if found is None:
            return None
        row, column = found
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return column.alignment
        if role == CASE_ID_ROLE:
            return row.id
        return None

    def _text(self, row: CaseRow, key: str) -> str:
        if key == "age":
            return self._age(row)
        if key == "opened":
            return format_iso(row.opened_on)
        if key == "disaster":
            return DISASTER_MARK if row.disaster else ""
        texts = {
            "case_no": row.case_no,
            "name": row.person_name,
            "reading": row.person_kana,
            "programmes": row.programmes,
            "status": row.status_label,
            "counsellor": row.counsellor,
        }
        return texts[key]

    def _age(self, row: CaseRow) -> str:
        if row.birth_date is None or row.birth_date > self._on:
            return ""
        return str(age_on(row.birth_date, self._on))

    def _tooltip(self, row: CaseRow, key: str) -> str | None:
        if key == "opened":
            return _wareki(row.opened_on)
        if key == "disaster" and row.disaster:
            return self.tr("Disaster victim")
        if key == "age" and row.birth_date is not None:
            return self.tr("Born %1").replace("%1", _wareki(row.birth_date))
        return None


def _wareki(d: date) -> str:
    """ "令和4年4月1日"; the ISO date for the (impossible in practice) dates before 1873."""
    try:
        return format_wareki(d)
    except ValueError:
        return format_iso(d)
