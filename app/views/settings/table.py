"""The lists of the settings pages: a table model over frozen rows (loaded in pages when the
list can grow) and a read-only, row-selecting table view set up for the keyboard.

Rows a user can no longer choose (an inactive staff member, a retired agency or code) are
greyed but stay listed, so they can be found and reinstated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.errors import LedgerError

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[Any]]  # (offset, limit) → the next rows
GREY = QColor("#8a8a8a")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PAGE_SIZE = 100


@dataclass(frozen=True)
class Column:
    """One column: its header (already translated) and the text a row shows in it."""

    header: str
    text: Callable[[Any], str]
    alignment: Qt.AlignmentFlag | None = None
    stretch: bool = False


class RowsTableModel(QAbstractTableModel):
    """Frozen rows (anything with an ``id``) in columns; ``greyed(row)`` marks rows no longer
    in use. ``set_rows`` shows a complete list; ``set_paged`` the first page of a longer one,
    the view fetching the rest as it scrolls (``fetch(offset, limit)``); a LedgerError while
    fetching stops the paging and is reported by ``sig_fetch_failed``."""

    sig_fetch_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        greyed: Callable[[Any], bool] = lambda _row: False,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._greyed = greyed
        self._page_size = page_size
        self._rows: list[Any] = []
        self._fetch: Fetch | None = None
        self._total = 0

    # ---- loading ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows, self._fetch, self._total = list(rows), None, len(rows)
        self.endResetModel()

    def set_paged(self, fetch: Fetch, total: int) -> None:
        """Show the first page of ``total`` rows; later pages come through ``fetchMore``."""
        self.beginResetModel()
        try:
            self._rows, self._fetch, self._total = list(fetch(0, self._page_size)), fetch, total
        except BaseException:
            self._rows, self._fetch, self._total = [], None, 0
            raise
        finally:
            self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            page = list(self._fetch(len(self._rows), self._page_size))
        except LedgerError as exc:
            self._fetch = None
            self.sig_fetch_failed.emit(str(exc))
            return
        if not page:  # the list shrank since it was counted
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # ---- reading ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        """The loaded row showing the record ``row_id``."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._greyed(row):
            return QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return column.alignment
        return None


class RowsTableView(QTableView):
    """A read-only table whose Enter emits ``activated`` and stops there. (QTableView lets
    the key go on to the dialog, which would press the default button of any dialog the
    ``activated`` handler just opened.)"""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            event.accept()
            if self.currentIndex().isValid():
                self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def make_table(model: RowsTableModel, parent: QWidget) -> RowsTableView:
    """A read-only table selecting one whole row; Enter or a double click emits ``activated``."""
    table = RowsTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, column in enumerate(model.columns):
        if column.stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    return table


MAX_COLUMN_WIDTH = 280


def fit_columns(table: QTableView) -> None:
    """Size the non-stretching columns to their contents (headers included), at most
    ``MAX_COLUMN_WIDTH`` (the full text is in the tooltip)."""
    model = table.model()
    header = table.horizontalHeader()
    for i in range(model.columnCount()):
        if header.sectionResizeMode(i) != QHeaderView.ResizeMode.Stretch:
            table.resizeColumnToContents(i)
            header.resizeSection(i, min(max(header.sectionSize(i), 60) + 12, MAX_COLUMN_WIDTH))


def select_row(table: QTableView, row: int | None) -> None:
    """Make ``row`` current and selected (the first row when None or out of range)."""
    model = table.model()
    if model.rowCount() == 0:
        return
    row = row if row is not None and 0 <= row < model.rowCount() else 0
    table.selectRow(row)
    table.setCurrentIndex(model.index(row, 0))
