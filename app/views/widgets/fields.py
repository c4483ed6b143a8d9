"""Field widgets for forms whose values are codes, ids, lists of codes or an agency, and one
way to read, write and watch any field's value (JSON-safe, for drafts).

* :class:`ValueCombo`: a combo whose items carry a value (a code key or an id); blank = None.
* :class:`CheckList`: one checkbox per code in a grid; the value is the list of ticked codes.
* :class:`AgencyCombo`: an editable combo over the agency directory with search-as-you-type.
* :func:`widget_value` / :func:`set_widget_value` / :func:`blank_value` / :func:`change_signal`
  for those and for QLineEdit, DateEdit, QPlainTextEdit, QCheckBox and a checkable QGroupBox.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.rows import AgencyRow, CodeRow
from app.views.widgets.date_edit import DateEdit


class ValueCombo(QComboBox):
    """A combo whose items carry a value (a code key or an id); the blank first item is None."""

    def set_items(self, items: Iterable[tuple[str, object]]) -> None:
        self.clear()
        self.addItem("", None)
        for label, value in items:
            self.addItem(label, value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = 0 if value is None else self.findData(value)
        self.setCurrentIndex(max(index, 0))


class CheckList(QFrame):
    """Checkboxes in a grid, one per code; its value is the list of ticked codes."""

    sig_changed = Signal()

    def __init__(self, codes: list[CodeRow], columns: int, *, short: bool = False) -> None:
        super().__init__()
        self.setObjectName("checkList")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, c in enumerate(codes):
            box = QCheckBox(c.short_label if short and c.short_label else c.label)
            box.setToolTip(c.label)
            box.toggled.connect(self.sig_changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[c.code] = box

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


class AgencyCombo(QComboBox):
    """An editable combo over the agency directory: typing searches AgencyService (kana and
    width folded) and offers the matches; the value is ``{"id": …, "text": …}``."""

    def __init__(self, search: Callable[[str], list[AgencyRow]], parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the parent at creation keeps it in the Tab order where it was made
        self._search = search
        self._ids: dict[str, int] = {}
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.lineEdit().textEdited.connect(lambda _t: self._timer.start())
        self.lineEdit().returnPressed.connect(self._show_full_name)
        self.addItem("", None)
        for row in self._remember(search("")):
            self.addItem(row.display_name, row.id)

    def _remember(self, rows: list[AgencyRow]) -> list[AgencyRow]:
        self._ids.update((r.display_name, r.id) for r in rows)
        return rows

    def _on_timer_timeout(self) -> None:
        text = self.currentText().strip()
        names = [r.display_name for r in self._remember(self._search(text))] if text else []
        self._names.setStringList(names)
        if names and self.lineEdit().hasFocus():
            self.completer().complete()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._show_full_name()

    def _show_full_name(self) -> None:
        """Show the full name of the agency the text finds, so it is clear which one is meant."""
        agency_id = self.agency_id()
        names = [name for name, i in self._ids.items() if i == agency_id]
        if agency_id is not None and self.currentText().strip() not in names:
            self.setEditText(names[0])

    def agency_id(self) -> int | None:
        """The agency whose name is in the field (or the only one the text finds)."""
        text = self.currentText().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        rows = self._remember(self._search(text))
        return rows[0].id if len(rows) == 1 else None

    def value(self) -> dict[str, Any]:
        return {"id": self.agency_id(), "text": self.currentText().strip()}

    def set_value(self, value: dict[str, Any]) -> None:
        text, agency_id = str(value.get("text") or ""), value.get("id")
        if text and isinstance(agency_id, int):
            self._ids[text] = agency_id
        self.setEditText(text)


def widget_value(w: QWidget) -> Any:
    """A field's value, JSON-safe (a date as ISO text; a bad date as typed)."""
    if isinstance(w, DateEdit):
        return w.date().isoformat() if w.date() else w.text().strip()
    if isinstance(w, ValueCombo | CheckList | AgencyCombo):
        return w.value()
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    return w.isChecked()  # QCheckBox, checkable QGroupBox


def blank_value(w: QWidget) -> Any:
    """The value of ``w`` when nothing is entered."""
    if isinstance(w, CheckList):
        return []
    if isinstance(w, AgencyCombo):
        return {}
    if isinstance(w, ValueCombo):
        return None
    return False if isinstance(w, QCheckBox | QGroupBox) else ""


def set_widget_value(w: QWidget, value: Any) -> None:
    """Put a value from :func:`widget_value` back; TypeError/ValueError for a wrong type."""
    if value is None and not isinstance(w, ValueCombo):
        value = blank_value(w)
    if isinstance(w, DateEdit):
        w.set_text(str(value or ""))
    elif isinstance(w, ValueCombo):
        w.set_value(value)
    elif isinstance(w, CheckList):
        w.set_value([str(v) for v in value])
    elif isinstance(w, AgencyCombo):
        w.set_value(dict(value))
    elif isinstance(w, QLineEdit):
        w.setText(str(value))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(str(value))
    else:
        w.setChecked(bool(value))


def change_signal(w: QWidget):  # -> SignalInstance
    """The signal a field emits when its value changes."""
    if isinstance(w, CheckList):
        return w.sig_changed
    if isinstance(w, AgencyCombo):
        return w.editTextChanged
    if isinstance(w, QComboBox):
        return w.currentIndexChanged
    if isinstance(w, QLineEdit | QPlainTextEdit):
        return w.textChanged
    return w.toggled
