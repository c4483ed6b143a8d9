"""The frame every one-record dialog shares: labelled rows with the service's Japanese message
under the field it names, OK / Cancel, Ctrl+S (or Ctrl+Enter) to save from any field.

A subclass builds its fields, places them with :meth:`RecordDialog.add_row`, lists its date
fields in ``date_fields`` and implements :meth:`RecordDialog.store` (one service call that
returns the record's id). :meth:`RecordDialog.save` reads what was typed, calls ``store``,
and either accepts the dialog or shows every rejected field and stays open; nothing is half
written because each service call is one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConflictError, LedgerError, ValidationError
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (as in every other field)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class RecordDialog(QDialog):
    """Base class; ``record_id`` holds the saved record's id once accepted."""

    FIELD_OF: dict[str, str] = {}  # service field → the row whose error label shows it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: int | None = None
        self.errors: dict[str, QLabel] = {}
        self.date_fields: dict[str, DateEdit] = {}
        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self._row = 0
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    # ---- building --------------------------------------------------------------------------
    def error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        return error

    def add_row(
        self, name: str, text: str, buddy: QWidget | None, content: QWidget | QLayout, grid: QGridLayout | None = None
    ) -> None:
        """A label, the field (or a layout of fields) and the field's error label under it."""
        grid = grid or self.grid
        row = grid.rowCount() if grid is not self.grid else self._row
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        if isinstance(content, QWidget):
            grid.addWidget(content, row, 1)
        else:
            grid.addLayout(content, row, 1)
        grid.addWidget(self.error_label(name), row + 1, 1)
        if grid is self.grid:
            self._row += 2
        if isinstance(buddy, DateEdit):
            self.date_fields[name] = buddy
            buddy.sig_error_changed.connect(lambda message, name=name: self.show_error(name, message))

    def finish_layout(self, *body: QWidget | QLayout) -> None:
        """The dialog's layout: ``body`` (default: the grid), the general error, the buttons."""
        box = QVBoxLayout(self)
        for part in body or (self.grid,):
            if isinstance(part, QWidget):
                box.addWidget(part)
            else:
                box.addLayout(part)
        box.addWidget(self.error_label("other"))
        box.addWidget(self.buttons)

    # ---- saving ----------------------------------------------------------------------------
    def store(self) -> int:
        """Write the record through its service; return its id (subclasses)."""
        raise NotImplementedError

    def save(self) -> int | None:
        """Store the record; its id (and accept()), or None when something was rejected."""
        for name in self.errors:
            self.show_error(name, "")
        bad_date = False
        for name, edit in self.date_fields.items():
            edit.set_text(edit.text())  # read what was typed, even without leaving the field
            if edit.error():
                self.show_error(name, edit.error())
                bad_date = True
        if bad_date:
            return None
        try:
            self.record_id = self.store()
        except ValidationError as exc:
            for e in exc.errors:
                self.add_error(e.field, e.message)
            return None
        except (ConflictError, LedgerError) as exc:
            self.show_error("other", str(exc))
            return None
        self.accept()
        return self.record_id

    def add_error(self, field: str, message: str) -> None:
        name = self.row_of(field)
        current = self.error_text(name)
        self.show_error(name, f"{current}\n{message}" if current else message)

    def row_of(self, field: str) -> str:
        name = self.FIELD_OF.get(field, field)
        if name not in self.errors:
            name = next((row for row in self.errors if field.startswith(f"{row}.")), "other")
        return name

    def error_text(self, name: str) -> str:
        label = self.errors[self.row_of(name)]
        return label.text() if not label.isHidden() else ""

    def show_error(self, name: str, text: str) -> None:
        self.errors[name].setText(text)
        self.errors[name].setVisible(bool(text))
