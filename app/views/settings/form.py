"""What the settings forms share: a label | field grid with a red error line under each
field (the service's Japanese message, which names the field), and buttons that never act
as a dialog's hidden default (Enter in a list or a search field must not press them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QGridLayout, QLabel, QLayout, QPushButton, QWidget

from app.domain.errors import ValidationError
from app.views.widgets.date_edit import ERROR_COLOUR, HINT_COLOUR

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
