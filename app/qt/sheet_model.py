"""A spreadsheet grid over any :class:`SheetSource`: shows cells, parses edits, keeps undo.

The model holds no rules and does no arithmetic. It shows what the source says (yen as
"▲12,345", right-aligned; emphasised cells bold and shaded), turns typed or pasted text into
values (``parse_yen`` for amounts), hands every change to ``source.write`` in ONE call, then
``source.reload()`` and re-reads the whole sheet (sheets are small: < 60 rows × < 40 columns),
so totals computed by the source show at once. Everything runs on the GUI thread.

Errors never raise out of the model: text that is not an amount and a write the source
refuses (``LedgerError``) are reported by ``sig_error`` (Japanese text naming the cell) and
nothing is written. Every accepted change is one step on :attr:`SheetTableModel.undo_stack`;
undoing writes the old values back through ``source.write``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from app.domain.errors import LedgerError
from app.domain.money import YenParseError, format_yen, parse_yen

CellKind = Literal["yen", "text", "total", "label"]
CellValue = int | str | None
CellWrite = tuple[int, int, CellValue]  # (row, column, new value); None clears the cell
AnyIndex = QModelIndex | QPersistentModelIndex

AMOUNT_KINDS = frozenset({"yen", "total"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
EMPHASIS_BACKGROUND = QColor("#e3e9f2")
READ_ONLY_BACKGROUND = QColor("#f4f4f4")
WARNING_FOREGROUND = QColor("#b71c1c")


@dataclass(frozen=True)
class Cell:
    """One cell as the source sees it.

    ``value``: int yen for "yen"/"total", str for "text"/"label", None when empty.
    ``emphasis``: a total line (bold, shaded). ``warning``: shown as the tooltip (e.g. a
    negative balance), "" for none.
    """

    value: CellValue
    kind: CellKind
    editable: bool
    emphasis: bool = False
    warning: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("yen", "text", "total", "label"):
            raise ValueError(f"unknown cell kind {self.kind!r}")
        if self.value is None:
            return
        amount = isinstance(self.value, int) and not isinstance(self.value, bool)
        if amount != (self.kind in AMOUNT_KINDS) or not (amount or isinstance(self.value, str)):
            raise TypeError(f"a {self.kind} cell cannot hold {self.value!r}")

    @property
    def is_amount(self) -> bool:
        return self.kind in AMOUNT_KINDS

    def display_text(self) -> str:
        """What the grid shows: "▲12,345" for amounts, the text otherwise."""
        if self.value is None:
            return ""
        return format_yen(self.value, unit=False) if isinstance(self.value, int) else self.value

    def raw_text(self) -> str:
        """What an editor starts with and the clipboard gets: amounts as "-12345" (Excel reads
        them as numbers), text as it is."""
        return "" if self.value is None else str(self.value)


class SheetSource(Protocol):
    """What the grid needs of a sheet (plain Python; implemented over a service or in memory).

    ``write`` stores all the cells or none: it raises ``ValidationError`` / ``LedgerError``
    to refuse. The grid calls ``reload`` after every write and then reads the cells again.
    """

    def row_count(self) -> int: ...

    def column_count(self) -> int: ...

    def header(self, col: int) -> str: ...

    def row_header(self, row: int) -> str: ...

    def cell(self, row: int, col: int) -> Cell: ...

    def write(self, cells: list[CellWrite]) -> None: ...

    def reload(self) -> None: ...


Change = tuple[int, int, CellValue, CellValue]  # (row, column, old, new)


class _WriteCommand(QUndoCommand):
    """One undo step: a set of cells with their old and new values. The first ``redo`` (from
    ``QUndoStack.push``) does nothing: the model has already written the new values."""

    def __init__(self, model: SheetTableModel, changes: list[Change], text: str) -> None:
        super().__init__(text)
        self._model, self._changes, self._pushed = model, changes, False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self._model._write_history([(r, c, new) for r, c, _, new in self._changes]):
            self.setObsolete(True)  # the source refused: drop the step rather than lie about it

    def undo(self) -> None:
        if not self._model._write_history([(r, c, old) for r, c, old, _ in self._changes]):
            self.setObsolete(True)


def _same(a: CellValue, b: CellValue) -> bool:
    a, b = (None if a == "" else a), (None if b == "" else b)
    return type(a) is type(b) and a == b


def _bounds(cells: Sequence[tuple[int, int]]) -> tuple[int, int, int, int]:
    rows, cols = [r for r, _ in cells], [c for _, c in cells]
    return min(rows), min(cols), max(rows), max(cols)


class SheetTableModel(QAbstractTableModel):
    """The cells of one :class:`SheetSource` as a Qt table model, with undo.

    Signals: ``sig_error(str)`` — an edit or paste was refused, nothing written (Japanese
    message naming the cell); ``sig_status(str)`` — a short note for the status bar (e.g. how
    many pasted cells were skipped); ``sig_history_applied(top, left, bottom, right)`` — an
    undo or redo rewrote that block (a view selects it).
    """

    sig_error = Signal(str)
    sig_status = Signal(str)
    sig_history_applied = Signal(int, int, int, int)

    def __init__(self, source: SheetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._source = source
        self._cells: list[list[Cell]] = []
        self._headers: list[str] = []
        self._row_headers: list[str] = []
        self._snapshot()

    # ---- the source -----------------------------------------------------------------------
    def source(self) -> SheetSource:
        return self._source

    def set_source(self, source: SheetSource) -> None:
        """Show another sheet: a reset, and the undo history is cleared."""
        self.beginResetModel()
        self._source = source
        self._snapshot()
        self.endResetModel()
        self.undo_stack.clear()

    def reload(self) -> None:
        """Ask the source to re-read (e.g. the ledger changed on another PC) and show it."""
        self._source.reload()
        self._refresh()

    def _snapshot(self) -> None:
        s = self._source
        rows, cols = s.row_count(), s.column_count()
        self._cells = [[s.cell(r, c) for c in range(cols)] for r in range(rows)]
        self._headers = [s.header(c) for c in range(cols)]
        self._row_headers = [s.row_header(r) for r in range(rows)]

    def _refresh(self) -> None:
        """Re-read every cell; a reset only if the sheet changed shape (keeps the selection)."""
        shape = (len(self._cells), len(self._headers))
        s = self._source
        if (s.row_count(), s.column_count()) != shape:
            self.beginResetModel()
            self._snapshot()
            self.endResetModel()
            return
        self._snapshot()
        rows, cols = shape
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)

    # ---- reading --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def cell(self, row: int, col: int) -> Cell | None:
        """The cell as last read from the source; None outside the sheet."""
        if 0 <= row < len(self._cells) and 0 <= col < len(self._headers):
            return self._cells[row][col]
        return None

    def is_editable(self, row: int, col: int) -> bool:
        found = self.cell(row, col)
        return found is not None and found.editable

    def cell_name(self, row: int, col: int) -> str:
        """ "住居費・計画": the row's name and the column header, naming a cell in messages. The
        row's name is its label cell (column 0) when it has one, else its row header."""
        first = self._cells[row][0] if self._cells and self._cells[row] else None
        row_name = first.value if first is not None and first.kind == "label" and first.value else ""
        parts = [p for p in (str(row_name) or self._row_headers[row], self._headers[col]) if p]
        if len(parts) == 2:
            return self.tr("%1 / %2").replace("%1", parts[0]).replace("%2", parts[1])
        return parts[0] if parts else f"R{row + 1}C{col + 1}"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        found = self.cell(index.row(), index.column()) if index.isValid() else None
        if found is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if found.editable else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.cell(index.row(), index.column()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return found.display_text()
        if role == Qt.ItemDataRole.EditRole:
            return found.raw_text()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if found.is_amount else LEFT
        if role == Qt.ItemDataRole.FontRole and found.emphasis:
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole:
            if found.emphasis:
                return QBrush(EMPHASIS_BACKGROUND)
            return None if found.editable else QBrush(READ_ONLY_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and found.warning:
            return QBrush(WARNING_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and found.warning:
            return found.warning
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        names = self._headers if horizontal else self._row_headers
        if not 0 <= section < len(names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return names[section]
        if role == Qt.ItemDataRole.FontRole and not horizontal and any(c.emphasis for c in self._cells[section]):
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and not horizontal:
            return LEFT
        return None

    def copy_rows(self, indexes: Iterable[AnyIndex]) -> list[list[str]]:
        """The block spanning ``indexes`` as clipboard text: amounts as plain digits with a
        minus ("-12345"), cells inside the block but not in ``indexes`` empty."""
        picked = {(i.row(), i.column()) for i in indexes if self.cell(i.row(), i.column()) is not None}
        if not picked:
            return []
        top, left, bottom, right = _bounds(list(picked))
        return [
            [self._cells[r][c].raw_text() if (r, c) in picked else "" for c in range(left, right + 1)]
            for r in range(top, bottom + 1)
        ]

    # ---- writing --------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse ``value`` (text, or int yen) and write it as one undo step. False (and
        ``sig_error``) if it is not an amount or the source refuses it."""
        found = self.cell(index.row(), index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or found is None or not found.editable:
            return False
        row, col = index.row(), index.column()
        try:
            new = self._parse(found, value)
        except YenParseError as e:
            self.sig_error.emit(f"{self.cell_name(row, col)}: {e}")
            return False
        if _same(found.value, new):
            return True
        text = self.tr("Edit %1").replace("%1", self.cell_name(row, col))
        return self._commit([(row, col, found.value, new)], text, error_prefix=f"{self.cell_name(row, col)}: ")

    def write_block(self, top: int, left: int, rows: Sequence[Sequence[str]]) -> bool:
        """Paste ``rows`` of text with its first cell at (``top``, ``left``): all of it as one
        undo step, or nothing if any cell is not an amount or the source refuses. Cells outside
        the sheet or not editable are skipped (``sig_status`` says how many). True if accepted."""
        changes: list[Change] = []
        errors: list[str] = []
        pasted = skipped = 0
        for r, line in enumerate(rows, start=top):
            for c, text in enumerate(line, start=left):
                found = self.cell(r, c)
                if found is None or not found.editable:
                    skipped += 1
                    continue
                try:
                    new = self._parse(found, text)
                except YenParseError as e:
                    errors.append(f"{self.cell_name(r, c)}: {e}")
                    continue
                pasted += 1
                if not _same(found.value, new):
                    changes.append((r, c, found.value, new))
        refused = self.tr("Nothing was pasted. %1")
        if errors:
            more = self.tr("%1 (and %2 more)").replace("%2", str(len(errors) - 1)) if len(errors) > 1 else "%1"
            self.sig_error.emit(refused.replace("%1", more.replace("%1", errors[0])))
            return False
        if changes and not self._commit(changes, self.tr("Paste"), error_prefix=refused.replace("%1", "")):
            return False
        self.sig_status.emit(self._paste_status(pasted, skipped))
        return True

    def _paste_status(self, pasted: int, skipped: int) -> str:
        if skipped:
            text = self.tr("Pasted %1 cells; %2 skipped (outside the sheet or not editable).")
            return text.replace("%1", str(pasted)).replace("%2", str(skipped))
        return self.tr("Pasted %1 cells.").replace("%1", str(pasted))

    def clear(self, indexes: Iterable[AnyIndex]) -> int:
        """Empty the editable cells among ``indexes`` as one undo step; how many were cleared
        (0 if none had a value or the source refused)."""
        changes: list[Change] = []
        for r, c in sorted({(i.row(), i.column()) for i in indexes}):
            found = self.cell(r, c)
            if found is not None and found.editable and not _same(found.value, None):
                changes.append((r, c, found.value, None))
        if not changes or not self._commit(changes, self.tr("Clear"), error_prefix=""):
            return 0
        return len(changes)

    def _parse(self, cell: Cell, value: Any) -> CellValue:
        if cell.is_amount and isinstance(value, int) and not isinstance(value, bool):
            return value
        text = "" if value is None else str(value)
        if not text.strip():
            return None
        return parse_yen(text) if cell.is_amount else text

    def _commit(self, changes: list[Change], text: str, *, error_prefix: str) -> bool:
        if not self._write([(r, c, new) for r, c, _, new in changes], error_prefix):
            return False
        self.undo_stack.push(_WriteCommand(self, changes, text))
        return True

    def _write(self, cells: list[CellWrite], error_prefix: str) -> bool:
        try:
            self._source.write(cells)
        except LedgerError as e:
            self.sig_error.emit(f"{error_prefix}{e}")
            ok = False
        else:
            ok = True
        self._source.reload()
        self._refresh()
        return ok

    def _write_history(self, cells: list[CellWrite]) -> bool:
        """Undo/redo: write and tell the view which block changed."""
        prefix = self.tr("Could not undo or redo: %1").replace("%1", "")
        if not self._write(cells, prefix):
            return False
        self.sig_history_applied.emit(*_bounds([(r, c) for r, c, _ in cells]))
        return True


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
