"""A table model over a list that can grow for years: frozen rows fetched a page at a time.

``set_filter`` loads the first page and the count (one reset); the view asks for more
(``canFetchMore`` / ``fetchMore``) as the user scrolls, so the model never loads the whole
table. Subclasses give their ``COLUMNS`` (one entry per column), the header texts
(``_headers``) and ``data``, and read their rows with ``row_at``. Reads run on the GUI thread: errors in ``set_filter`` /
``reload`` propagate; in ``fetchMore`` a ``LedgerError`` stops fetching and is reported by
``sig_fetch_failed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.domain.errors import LedgerError

F = TypeVar("F")  # the filter
R = TypeVar("R")  # a frozen row
AnyIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[F, R]):
    COLUMNS: tuple[Any, ...] = ()  # one entry per column (subclasses)

    sig_total_changed = Signal(int)  # after every (re)load: the number of matching rows
    sig_fetch_failed = Signal(str)

    def __init__(
        self,
        fetch: Callable[[F, int, int], list[R]],  # (filter, limit, offset) → one page
        count: Callable[[F], int],
        first_filter: F,
        *,
        page_size: int = 100,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch, self._count, self._page_size = fetch, count, page_size
        self._filter = first_filter
        self._rows: list[R] = []
        self._total = 0
        self._more = False
        self._changing = False

    # ---- loading ------------------------------------------------------------------------
    def set_filter(self, f: F) -> None:
        """Show the rows matching ``f``: the first page and the count (one reset)."""
        self._changing = True
        self.beginResetModel()
        try:
            self._filter = f
            self._rows = self._fetch(f, self._page_size, 0)
            self._total = self._count(f)
            self._more = len(self._rows) < self._total
        except BaseException:
            self._rows, self._total, self._more = [], 0, False
            raise
        finally:
            self.endResetModel()
            self._changing = False
        self.sig_total_changed.emit(self._total)

    def reload(self) -> None:
        self.set_filter(self._filter)

    def current_filter(self) -> F:
        return self._filter

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._more and not self._changing

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Append the next page."""
        if not self.canFetchMore(parent):
            return
        try:
            page = self._fetch(self._filter, self._page_size, len(self._rows))
        except LedgerError as e:
            self._more = False
            self.sig_fetch_failed.emit(str(e))
            return
        self._more = len(page) == self._page_size and len(self._rows) + len(page) < self._total
        if page:
            first = len(self._rows)
            self._changing = True
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            self._changing = False

    # ---- reading ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def cell_at(self, index: AnyIndex) -> tuple[R, Any] | None:
        """The row and the ``COLUMNS`` entry an index points at (None: no such cell)."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        return row, self.COLUMNS[index.column()]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> tuple[str, ...]:
        """The column titles, translated (subclasses)."""
        raise NotImplementedError

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: Any) -> int | None:
        """The row showing the record with that ``id`` (loaded pages only)."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), None)
