"""A table view that types like Excel, for any :class:`~app.qt.sheet_model.SheetTableModel`.

Keyboard (the view has focus, no editor open):
  a printable key or an IME commit on an editable cell starts editing with that text (the old
  content is replaced); F2 / double click edit keeping the content (caret at the end);
  Enter / Shift+Enter move down / up to the next editable cell of the column (after a run of
  Tabs, Enter goes to the column where the run started, as Excel does); Tab / Shift+Tab move
  to the next / previous editable cell, wrapping to the next / previous row (totals are
  skipped); arrows, Home/End, PageUp/PageDown move (Shift extends the selection);
  Delete / Backspace clear the selected editable cells (one undo step); Ctrl+C copies the
  selection as tab-separated text; Ctrl+V pastes at the selection (one copied cell, or a
  block that fits a whole number of times, fills a selected block); Ctrl+Z undoes;
  Ctrl+Y / Ctrl+Shift+Z redo; Ctrl+A selects all.
While editing: Enter / Shift+Enter and Tab / Shift+Tab commit and move; after typing (not
after F2) the arrows commit and move too; F2 switches the arrows between moving the caret and
moving the cell; Esc cancels. Text that is not an amount keeps the editor open, with the
message sent through ``sig_error``.

The view claims these keys before the window's shortcuts (``ShortcutOverride``), so an Edit
menu elsewhere with Ctrl+Z or Ctrl+C does not steal them while the grid has focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QInputMethodEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain.tsv import parse_tsv, to_tsv
from app.qt.sheet_model import SheetTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
KeyMod = Qt.KeyboardModifier
TYPING = "sheet_typing"  # editor property: opened by typing, so the arrows commit and move
WIDEST_AMOUNT = "▲9,999,999,999"
CELL_PADDING = 16
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROWS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination().toCombined() & ~KeyMod.KeypadModifier.value)


def _is_typing(event: QKeyEvent) -> bool:
    """A key that types a character (no Ctrl/Alt/Meta), e.g. "1", "a", "-", a space."""
    text = event.text()
    mods = event.modifiers() & (KeyMod.ControlModifier | KeyMod.AltModifier | KeyMod.MetaModifier)
    return bool(text) and text.isprintable() and mods == KeyMod.NoModifier


def _is_backtab(event: QKeyEvent) -> bool:
    shift_tab = event.key() == Qt.Key.Key_Tab and bool(event.modifiers() & KeyMod.ShiftModifier)
    return event.key() == Qt.Key.Key_Backtab or shift_tab


class _SheetDelegate(QStyledItemDelegate):
    """Line edits aligned like their cell; ``start_text`` (set just before the view opens an
    editor by typing) replaces the cell's content; keys in the editor go to the view first."""

    def __init__(self, view: SheetView) -> None:
        super().__init__(view)
        self._view = view
        self.start_text: str | None = None
        self.editor: QLineEdit | None = None  # the last editor made; valid just after opening

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if alignment is not None:
            editor.setAlignment(Qt.AlignmentFlag(alignment))
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            editor.setFont(font.resolve(editor.font()))
        self.editor = editor
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, QLineEdit):
            super().setEditorData(editor, index)
            return
        typed, self.start_text = self.start_text, None
        editor.setProperty(TYPING, typed is not None)
        editor.setText((index.data(Qt.ItemDataRole.EditRole) or "") if typed is None else typed)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        key_press = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if key_press and isinstance(obj, QLineEdit) and self._view._on_editor_key(obj, event):
            return True
        return super().eventFilter(obj, event)


class SheetView(QTableView):
    """The grid. Give it a :class:`SheetTableModel` with :meth:`setModel`.

    ``sig_error(str)`` forwards the model's refusals (for a status bar or message line);
    ``sig_status(str)`` short notes (pasted / copied / skipped counts).
    """

    sig_error = Signal(str)
    sig_status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = _SheetDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        triggers = QAbstractItemView.EditTrigger
        # AnyKeyPressed lets Qt route an IME composition into a fresh editor (inputMethodEvent)
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setSectionResizeMode(self.verticalHeader().ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)  # dense, as in Excel
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._tab_anchor: int | None = None  # the column a run of Tabs started from
        self._edit_refused = False
        self._forwarding = False
        self._make_actions()

    # ---- model ------------------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.sheet_model()
        if old is not None:
            for signal, slot in self._model_links(old):
                signal.disconnect(slot)
        super().setModel(model)
        if isinstance(model, SheetTableModel):
            for signal, slot in self._model_links(model):
                signal.connect(slot)
            self._on_model_undo_changed()
            self.fit_columns()

    def _model_links(self, model: SheetTableModel) -> list[tuple[Any, Any]]:
        return [
            (model.sig_error, self._on_model_sig_error),
            (model.sig_status, self.sig_status),
            (model.sig_history_applied, self._on_model_sig_history_applied),
            (model.modelReset, self.fit_columns),
            (model.undo_stack.canUndoChanged, self._on_model_undo_changed),
            (model.undo_stack.canRedoChanged, self._on_model_undo_changed),
        ]

    def sheet_model(self) -> SheetTableModel | None:
        model = self.model()
        return model if isinstance(model, SheetTableModel) else None

    def fit_columns(self) -> None:
        """Amount columns fit "▲9,999,999,999" in bold; text columns fit their content (within
        limits); the row labels fit in bold. Done on setModel and on a reset, not on each edit."""
        model = self.sheet_model()
        if model is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        amount_width = QFontMetrics(bold).horizontalAdvance(WIDEST_AMOUNT) + CELL_PADDING
        header = self.horizontalHeader()
        for col in range(model.columnCount()):
            cells = [model.cell(r, col) for r in range(model.rowCount())]
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            title_width = QFontMetrics(header.font()).horizontalAdvance(title) + CELL_PADDING
            if any(c is not None and c.is_amount for c in cells):
                width = max(amount_width, title_width)
            else:  # notes: room for a short phrase, wider if the content needs it (up to a limit)
                width = min(max(self.sizeHintForColumn(col), title_width, amount_width * 3 // 2), 3 * amount_width)
            header.resizeSection(col, width)
        # row labels in bold (the current row's label is drawn bold too) without clipping
        labels = (str(model.headerData(r, Qt.Orientation.Vertical) or "") for r in range(model.rowCount()))
        label_width = max((QFontMetrics(bold).horizontalAdvance(t) for t in labels), default=0)
        self.verticalHeader().setMinimumWidth(label_width + CELL_PADDING)

    # ---- actions (context menu; the keys themselves are handled in keyPressEvent) ---------
    def _make_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        std = QKeySequence.StandardKey
        self.undo_action = action(self.tr("Undo"), [QKeySequence(std.Undo)], self.undo)
        self.redo_action = action(self.tr("Redo"), list(REDO_KEYS), self.redo)
        self.copy_action = action(self.tr("Copy"), [QKeySequence(std.Copy)], self.copy_selection)
        self.paste_action = action(self.tr("Paste"), [QKeySequence(std.Paste)], self.paste)
        self.clear_action = action(self.tr("Clear"), [QKeySequence(Qt.Key.Key_Delete)], self.clear_selected)
        self.select_all_action = action(self.tr("Select all"), [QKeySequence(std.SelectAll)], self.selectAll)

    def _on_model_undo_changed(self, *_: object) -> None:
        model = self.sheet_model()
        self.undo_action.setEnabled(model is not None and model.undo_stack.canUndo())
        self.redo_action.setEnabled(model is not None and model.undo_stack.canRedo())

    # ---- commands -----------------------------------------------------------------------------
    def undo(self) -> None:
        if (model := self.sheet_model()) is not None:
            model.undo_stack.undo()

    def redo(self) -> None:
        if (model := self.sheet_model()) is not None:
            model.undo_stack.redo()

    def _selected(self) -> list[QModelIndex]:
        chosen = self.selectedIndexes()
        return chosen if chosen else [self.currentIndex()] if self.currentIndex().isValid() else []

    def copy_selection(self) -> str:
        """Put the selected block on the clipboard as Excel's tab-separated text; return it."""
        model = self.sheet_model()
        rows = model.copy_rows(self._selected()) if model is not None else []
        if not rows:
            return ""
        text = to_tsv(rows)
        QApplication.clipboard().setText(text)
        status = self.tr("Copied %1 × %2 cells.").replace("%1", str(len(rows))).replace("%2", str(len(rows[0])))
        self.sig_status.emit(status)
        return text

    def paste(self) -> bool:
        """Paste the clipboard's tab-separated text at the selection (one undo step)."""
        model = self.sheet_model()
        block = parse_tsv(QApplication.clipboard().text())
        if model is None or not block or not self.currentIndex().isValid():
            return False
        top, left, bottom, right = self._selection_block()
        height, width = len(block), max(len(line) for line in block)
        rectangular = all(len(line) == width for line in block)
        sel_h, sel_w = bottom - top + 1, right - left + 1
        if rectangular and (sel_h, sel_w) != (1, 1) and sel_h % height == 0 and sel_w % width == 0:
            block = [[block[r % height][c % width] for c in range(sel_w)] for r in range(sel_h)]
            height, width = sel_h, sel_w
        if not model.write_block(top, left, block):
            return False
        bottom = min(top + height, model.rowCount()) - 1
        right = min(left + width, model.columnCount()) - 1
        self._select_block(top, left, bottom, right)
        return True

    def clear_selected(self) -> int:
        """Empty the selected editable cells (one undo step); how many were cleared."""
        model = self.sheet_model()
        return model.clear(self._selected()) if model is not None else 0

    def _selection_block(self) -> tuple[int, int, int, int]:
        """The one selected rectangle, or the current cell when the selection is not one."""
        ranges = self.selectionModel().selection() if self.selectionModel() else QItemSelection()
        if ranges.count() == 1:
            r = ranges.at(0)
            return r.top(), r.left(), r.bottom(), r.right()
        current = self.currentIndex()
        return current.row(), current.column(), current.row(), current.column()

    def _select_block(self, top: int, left: int, bottom: int, right: int) -> None:
        model = self.sheet_model()
        if model is None or bottom < top or right < left:
            return
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(model.index(top, left), flags.NoUpdate)
        block = QItemSelection(model.index(top, left), model.index(bottom, right))
        self.selectionModel().select(block, flags.ClearAndSelect)
        self.scrollTo(model.index(top, left))

    def _on_model_sig_history_applied(self, top: int, left: int, bottom: int, right: int) -> None:
        self._select_block(top, left, bottom, right)

    def _on_model_sig_error(self, message: str) -> None:
        self._edit_refused = True
        self.sig_error.emit(message)

    # ---- moving -------------------------------------------------------------------------------
    def _go(self, row: int, col: int) -> None:
        model = self.sheet_model()
        if model is not None and 0 <= row < model.rowCount() and 0 <= col < model.columnCount():
            index = model.index(row, col)
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)

    def _enter_move(self, step: int) -> None:
        """Down (``step`` 1) or up (-1) to the next editable cell of the column."""
        model, current = self.sheet_model(), self.currentIndex()
        if model is None or not current.isValid():
            return
        col = current.column() if self._tab_anchor is None else self._tab_anchor
        self._tab_anchor = None
        rows = range(current.row() + step, model.rowCount() if step > 0 else -1, step)
        target = next((r for r in rows if model.is_editable(r, col)), None)
        if (
            target is None
            and 0 <= current.row() + step < model.rowCount()
            and not model.is_editable(current.row(), col)
        ):
            target = current.row() + step  # a column without editable cells: plain movement
        self._go(current.row() if target is None else target, col)

    def _tab_move(self, forward: bool) -> None:
        """To the next (previous) editable cell in reading order, across rows."""
        model, current = self.sheet_model(), self.currentIndex()
        if model is None or not current.isValid():
            return
        if self._tab_anchor is None:
            self._tab_anchor = current.column()
        cols = model.columnCount()
        here = current.row() * cols + current.column()
        cells = range(here + 1, model.rowCount() * cols) if forward else range(here - 1, -1, -1)
        target = next((n for n in cells if model.is_editable(*divmod(n, cols))), None)
        if target is not None:
            self._go(*divmod(target, cols))

    # ---- editing ------------------------------------------------------------------------------
    def _open_editor(self, text: str | None) -> bool:
        """Edit the current cell: with ``text`` replacing its content (typing), or keeping it
        (None, F2). The caret goes to the end, nothing selected."""
        index = self.currentIndex()
        model = self.sheet_model()
        if model is None or not model.is_editable(index.row(), index.column()):
            if text is not None:
                self.sig_status.emit(self.tr("This cell cannot be edited."))
            return False
        self._delegate.start_text, self._delegate.editor = text, None
        self.edit(index)
        self._delegate.start_text = None
        editor = self._delegate.editor
        if editor is None or self.state() != QAbstractItemView.State.EditingState:
            return False
        editor.deselect()
        editor.end(False)
        return True

    def _commit(self, editor: QLineEdit) -> bool:
        """Write the editor's text; on refusal keep it open with the text selected."""
        self._edit_refused = False
        self.commitData(editor)
        if self._edit_refused:
            editor.selectAll()
            return False
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def _on_editor_key(self, editor: QLineEdit, event: QKeyEvent) -> bool:
        """A key pressed in the editor: True if the view handled it (commit and move)."""
        key, shift = event.key(), bool(event.modifiers() & KeyMod.ShiftModifier)
        if key == Qt.Key.Key_F2:
            editor.setProperty(TYPING, not editor.property(TYPING))
            return True
        if key in ENTER_KEYS:
            if self._commit(editor):
                self._enter_move(-1 if shift else 1)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if self._commit(editor):
                self._tab_move(not _is_backtab(event))
            return True
        if key in ARROWS and editor.property(TYPING) and not shift:
            if self._commit(editor):
                self._tab_anchor = None
                dr, dc = ARROWS[key]
                self._go(self.currentIndex().row() + dr, self.currentIndex().column() + dc)
            return True
        return False

    # ---- events -------------------------------------------------------------------------------
    def _owns(self, event: QKeyEvent) -> bool:
        """Keys the grid handles itself even if a window shortcut uses them."""
        seq, std = _sequence(event), QKeySequence.StandardKey
        if any(event.matches(k) for k in (std.Copy, std.Paste, std.Undo, std.SelectAll)) or seq in REDO_KEYS:
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            # plain Delete clears cells; Ctrl+Shift+Del and the like stay the window's shortcuts
            return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return event.key() in (Qt.Key.Key_F2, *ENTER_KEYS) or _is_typing(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._owns(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None and not editor.hasFocus() and not self._forwarding:
                # the grid kept the focus (e.g. for an IME composition): the key is the editor's
                self._forwarding = True
                try:
                    QApplication.sendEvent(editor, event)
                finally:
                    self._forwarding = False
                return
            super().keyPressEvent(event)  # a key the editor ignored (Up after F2): Qt commits and moves
            return
        if self._handle_key(event):
            event.accept()
            return
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, *ENTER_KEYS):
            self._tab_anchor = None
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, seq, std = event.key(), _sequence(event), QKeySequence.StandardKey
        shift = bool(event.modifiers() & KeyMod.ShiftModifier)
        actions = {std.Copy: self.copy_selection, std.Paste: self.paste, std.Undo: self.undo}
        for standard, act in actions.items():
            if event.matches(standard):
                act()
                return True
        if seq in REDO_KEYS:
            self.redo()
        elif key in ENTER_KEYS:
            self._enter_move(-1 if shift else 1)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._tab_move(not _is_backtab(event))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers() & ~KeyMod.KeypadModifier:
            self.clear_selected()
        elif key == Qt.Key.Key_F2:
            self._open_editor(None)
        elif _is_typing(event):
            self._open_editor(event.text())
        else:
            return False
        return True

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """An IME commit (Japanese from Mozc / MS-IME) on a cell starts editing with it; a
        composition opens an empty editor and Qt carries it there."""
        editing = self.state() == QAbstractItemView.State.EditingState
        index = self.currentIndex()
        model = self.sheet_model()
        editable = model is not None and model.is_editable(index.row(), index.column())
        if not editing and editable and event.commitString() and not event.preeditString():
            self._open_editor(event.commitString())
            event.accept()
            return
        if not editing and not editable:
            event.ignore()  # not Qt's keyboard search: a calculated cell is never typed into
            return
        self._delegate.start_text = None if editing else ""  # the composition starts from empty
        super().inputMethodEvent(event)
        self._delegate.start_text = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._tab_anchor = None
        super().mousePressEvent(event)
