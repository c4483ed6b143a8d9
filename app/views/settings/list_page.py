"""A settings page over a list of records: a title, the page's own rows above the list (a
search field, a chooser, a note), the table with the page's buttons in a column beside it,
and a status line that says what the last action did.

The base keeps what every such page does the same way: reading the rows again while keeping
the chosen record, one editor at a time, and each change followed by the status line, a
fresh read and ``sig_changed``. A LedgerError from a service is shown in a message box under
the page's title; the page stays usable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import LedgerError
from app.qt.messages import MessagePresenter
from app.views.settings.form import EditorDialog, page_title, status_line
from app.views.settings.table import Column, RowsTableModel, fit_columns, make_table, select_row

Action = Callable[[], object]


class ListPage(QWidget):
    """The list of one area's records with its buttons and keys.

    A subclass makes its widgets in Tab order: its header widgets, then ``_make_table``,
    its buttons (and footer labels), then ``_assemble``. It supplies ``_title``, ``_read``
    (load ``model`` from the service), ``_sync_buttons`` and ``_saved_text``.
    ``sig_changed(AREA)`` after every change."""

    sig_changed = Signal(str)
    AREA = ""  # what sig_changed names: "staff", "agencies", "codes", "templates"

    def __init__(self, presenter: MessagePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._loaded = False
        self.editor: EditorDialog | None = None
        self._buttons: list[QPushButton] = []
        self.read_only_reason = ""  # set: every button stays disabled (the role may not change this)

    def _make_table(
        self, name: str, columns: Sequence[Column], greyed: Callable[[Any], bool] = lambda _row: False
    ) -> None:
        """The ``model`` (``greyed`` rows are no longer in use) and the ``table`` showing it."""
        self.model = RowsTableModel(columns, greyed=greyed, parent=self)
        self.table = make_table(self.model, self)
        self.table.setObjectName(name)

    def _assemble(
        self,
        header: Iterable[QWidget | QLayout],
        buttons: Sequence[tuple[QPushButton, Action]],
        *,
        activate: Action,
        keys: Iterable[tuple[Qt.Key, Action]] = (),
        footer: Iterable[QWidget] = (),
    ) -> None:
        """Lay the page out (title, ``header``, the table with ``buttons`` beside it,
        ``footer``, the status line) and connect it: each button to its action, Enter or a
        double click on a row to ``activate``, each of ``keys`` in the table to its action."""
        self.status_label = status_line(self)
        column = QVBoxLayout()
        for button, action in buttons:
            column.addWidget(button)
            button.clicked.connect(action)
            self._buttons.append(button)
        column.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(column)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(page_title(self._title(), self))
        for item in header:
            if isinstance(item, QWidget):
                box.addWidget(item)
            else:
                box.addLayout(item)
        box.addLayout(body, 1)
        for widget in footer:
            box.addWidget(widget)
        box.addWidget(self.status_label)
        for key, action in keys:
            QShortcut(QKeySequence(key), self.table, action, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.activated.connect(lambda _index: None if self.read_only_reason else activate())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_all())

    # ---- public API ------------------------------------------------------------------------
    def set_read_only(self, reason: str) -> None:
        """Show the list only: every button disabled, ``reason`` in the status line."""
        self.read_only_reason = reason
        self.status_label.setText(reason)
        self._sync_all()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping (or moving to) the record ``select_id``."""
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            self._read()
        except LedgerError as exc:
            self._error(str(exc))
            return
        self._loaded = True
        self._show_rows(keep)

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # ---- for the subclass ------------------------------------------------------------------
    def _title(self) -> str:
        """The page's heading, also the title of its error messages."""
        raise NotImplementedError

    def _read(self) -> None:
        """Load ``model`` from the service (raises LedgerError)."""
        raise NotImplementedError

    def _sync_buttons(self) -> None:
        raise NotImplementedError

    def _saved_text(self, editor: Any) -> str:
        """The status line once ``editor`` has saved (the list already read again)."""
        raise NotImplementedError

    def _show_saved(self, record_id: int) -> None:
        """Show the record an editor just saved."""
        self.reload(record_id)

    # ---- internals -------------------------------------------------------------------------
    def _show_rows(self, select_id: int | None) -> None:
        fit_columns(self.table)
        select_row(self.table, self.model.row_of(select_id) if select_id is not None else None)
        self._sync_all()

    def _sync_all(self) -> None:
        self._sync_buttons()
        if self.read_only_reason:
            for button in self._buttons:
                button.setEnabled(False)

    def _error(self, text: str, title: str = "") -> None:
        self._presenter.error(self, title or self._title(), text)

    def _act(self, action: Action, done: str, select_id: int | None, *, title: str = "", reread: bool = False) -> bool:
        """Run ``action`` (one service verb); then say ``done``, read the list again on the
        record ``select_id`` and emit ``sig_changed``. A LedgerError is shown (under
        ``title``, else the page's), the list read again first when ``reread``."""
        try:
            action()
        except LedgerError as exc:
            self._error(str(exc), title)
            if reread:
                self.reload()
            return False
        self.status_label.setText(done)
        self.reload(select_id)
        self.sig_changed.emit(self.AREA)
        return True

    def _ask_and_act(self, title: str, question: str, action: Action, done: str, select_id: int | None) -> None:
        """``_act`` once the user has said yes to ``question`` (a delete, which cannot be undone)."""
        if self._presenter.question(self, title, question):
            self._act(action, done, select_id, title=title, reread=True)

    def _open_editor(self, make: Callable[[], EditorDialog]) -> Any | None:
        """Open the editor ``make`` builds, window-modal (the previous one, closed by now,
        is deleted). Building it may read the record: a LedgerError (e.g. removed on another
        PC since the list was read) is shown and the list read again."""
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None
        try:
            editor = make()
        except LedgerError as exc:
            self._error(str(exc))
            self.reload()
            return None
        self.editor = editor
        editor.accepted.connect(self._on_editor_accepted)
        editor.finished.connect(lambda _r: self.table.setFocus())
        editor.open()
        return editor

    def _on_editor_accepted(self) -> None:
        editor = self.editor
        if editor is None or editor.saved_id is None:
            return
        self._show_saved(editor.saved_id)
        self.status_label.setText(self._saved_text(editor))
        self.sig_changed.emit(self.AREA)
