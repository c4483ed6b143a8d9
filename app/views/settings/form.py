"""What the settings forms share: a label | field grid with a red error line under each
field (the service's Japanese message, which names the field), the editor dialog built on
it (OK saves through the service, Cancel closes), and buttons that never act as a dialog's
hidden default (Enter in a list or a search field must not press them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError, ValidationError
from app.views.widgets.date_edit import ERROR_COLOUR, HINT_COLOUR

if TYPE_CHECKING:
    from app.services.codes import CodeService

OTHER = "other"  # the error line for messages that belong to no single field


class PlainButton(QPushButton):
    """A button that is never the dialog's default (QDialog would otherwise make the first
    one default, and Enter anywhere would press it), yet Enter on it, focused, presses it."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


def plain_button(text: str, parent: QWidget) -> PlainButton:
    return PlainButton(text, parent)


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    label.setWordWrap(True)
    return label


def page_title(text: str, parent: QWidget) -> QLabel:
    """A page's heading (styled by the settings dialog through its object name)."""
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    return title


def status_line(parent: QWidget) -> QLabel:
    """The line under a page that says what the last action did."""
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


def field_row(text: str, field: QWidget, parent: QWidget, *after: QWidget) -> QHBoxLayout:
    """``text`` (its ``&`` letter jumps to ``field``), then ``field`` taking the spare width,
    then the widgets ``after`` it."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(field, 1)
    for widget in after:
        row.addWidget(widget)
    return row


def code_items(codes: CodeService, kind: str, current: str | None, retired_mark: str) -> list[tuple[str, str]]:
    """(label, code) of the codes of ``kind`` a record can be given: the active ones, and the
    record's own code ``current`` even if it was retired since (marked ``retired_mark``)."""
    items = []
    for c in codes.codes(kind, include_retired=True):
        if c.retired_on is None:
            items.append((c.label, c.code))
        elif c.code == current:
            items.append((f"{c.label} {retired_mark}", c.code))
    return items


class FormGrid:
    """Rows of label | field in a grid, each with a hidden error line under the field.

    ``add(name, text, field)`` places a field; ``name`` is the draft attribute whose errors
    show under it. The grid's ``other`` line (``other_label``) is for the rest."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self.layout = QGridLayout()
        self.layout.setVerticalSpacing(2)
        self.layout.setColumnStretch(1, 1)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._row = 0
        self.other_label = self._error_label(OTHER)

    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self._owner)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        self.errors[name] = error
        return error

    def add(self, name: str, text: str, field: QWidget, content: QWidget | QLayout | None = None) -> QLabel:
        """Place ``field`` (or ``content`` holding it) under the label ``text``; a ``&``
        in ``text`` makes Alt+<letter> jump to the field."""
        label = QLabel(text, self._owner)
        label.setBuddy(field)
        self.fields[name] = field
        multi_line = isinstance(field, QAbstractScrollArea)  # a text box: its label at its top
        align = Qt.AlignmentFlag.AlignTop if multi_line else Qt.AlignmentFlag.AlignVCenter
        self.layout.addWidget(label, self._row, 0, align | Qt.AlignmentFlag.AlignLeft)
        content = field if content is None else content
        if isinstance(content, QWidget):
            self.layout.addWidget(content, self._row, 1)
        else:
            self.layout.addLayout(content, self._row, 1)
        self.layout.addWidget(self._error_label(name), self._row + 1, 1)
        self._row += 2
        return label

    def clear(self) -> None:
        for name in self.errors:
            self.set_error(name, "")

    def set_error(self, name: str, text: str) -> None:
        label = self.errors.get(name, self.other_label)
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            self._fit_window()

    def error_text(self, name: str) -> str:
        label = self.errors.get(name, self.other_label)
        return label.text() if not label.isHidden() else ""

    def show_validation(self, exc: ValidationError) -> None:
        """Each message under its field (several for one field one per line); the first
        field with a problem gets the focus."""
        first: QWidget | None = None
        for e in exc.errors:
            name = e.field if e.field in self.errors else OTHER
            current = self.error_text(name)
            self.set_error(name, f"{current}\n{e.message}" if current else e.message)
            if first is None and name in self.fields:
                first = self.fields[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_window(self) -> None:
        """Grow a dialog so a wrapped message shows whole: Qt does not re-fit a shown
        window's height to labels that wrap (height-for-width)."""
        window = self._owner.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        width = window.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalMinimumSize().height())
        if need > window.height():
            window.resize(width, need)


class EditorDialog(QDialog):
    """A dialog that adds or changes one record through a ``FormGrid``.

    The subclass makes its fields, then ``self.form`` over them, then calls ``_finish``
    (widgets are made in Tab order, so OK and Cancel come last). OK (Enter) calls ``save``:
    ``_write`` hands the draft to the service; a rejected field shows the message under it
    and the dialog stays open; ``saved_id`` holds the record's id once saved."""

    form: FormGrid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None

    def _finish(self, min_width: int, *notes: QWidget) -> None:
        """Lay out the form, its ``other`` error line, the ``notes`` and OK | Cancel."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(self.form.layout)
        box.addWidget(self.form.other_label)
        for note in notes:
            box.addWidget(note)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.setMinimumWidth(min_width)

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def save(self) -> int | None:
        """Save; the record's id (and accept()), or None when something was rejected."""
        self.form.clear()
        try:
            saved_id = self._write()
        except ValidationError as exc:
            self.form.show_validation(exc)
            return None
        except LedgerError as exc:
            self.form.set_error(OTHER, str(exc))
            return None
        self.saved_id = saved_id
        if saved_id is None:  # refused before the service was asked (the message is shown)
            return None
        self.accept()
        return saved_id

    def _write(self) -> int | None:
        """Hand the form to the service (one transaction); the record's id, or None after
        showing why nothing was written. Raises what the service raises."""
        raise NotImplementedError
