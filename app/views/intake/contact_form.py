"""Quick-add of a 支援経過 (contact) on the case file, keyboard first.

Ctrl+Enter or Ctrl+S in any field saves through ``CaseService.add_contact``; a rejected field
shows the service's message under it; after a save the content is cleared and the date and
method are kept for the next entry.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain.drafts import ContactDraft
from app.domain.errors import LedgerError, ValidationError
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit
from app.views.widgets.fields import ValueCombo

SAVE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S}


def parse_clock(text: str) -> time | None:
    """ "HH:MM" (full-width digits and "：" too) → time; "" → None; ValueError otherwise."""
    text = text.strip().translate(str.maketrans("０１２３４５６７８９：", "0123456789:"))
    if not text:
        return None
    hours, sep, minutes = text.partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(text)
    return time(int(hours), int(minutes))


class ContactQuickAdd(QWidget):
    """One row of fields for a new contact. ``sig_saved(contact_id)`` after a save."""

    sig_saved = Signal(int)

    def __init__(
        self,
        cases,
        codes,
        today: Callable[[], date],
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._today = today
        self._staff_id = staff_id
        self._case_id: int | None = None
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText("HH:MM")
        self.time_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 3)
        self.method_combo = ValueCombo(self)
        self.method_combo.set_items((c.label, c.code) for c in codes.codes("contact_method"))
        self.method_combo.set_value("phone")
        self.programme_combo = ValueCombo(self)
        self.programme_combo.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 1440)
        self.minutes_spin.setSpecialValueText("—")  # 0 = not recorded
        self.minutes_spin.setSingleStep(5)
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setTabChangesFocus(True)
        lines = self.content_edit.fontMetrics().lineSpacing()
        self.content_edit.setFixedHeight(lines * 3 + 14)
        self.content_edit.setPlaceholderText(self.tr("What was talked about (Ctrl+Enter saves)"))
        self.next_action_edit = QLineEdit(self)
        self.save_button = QPushButton(self.tr("Record (Ctrl+Enter)"), self)
        self.save_button.clicked.connect(self.save)
        self.fields: dict[str, QWidget] = {
            "contact_on": self.date_edit,
            "contact_at": self.time_edit,
            "method": self.method_combo,
            "programme": self.programme_combo,
            "minutes": self.minutes_spin,
            "content": self.content_edit,
            "next_action": self.next_action_edit,
        }
        self.errors: dict[str, QLabel] = {}
        self._layout()
        for w in self.fields.values():
            w.installEventFilter(self)
        self.date_edit.sig_error_changed.connect(lambda text: self._show_error("contact_on", text))
        self.setEnabled(False)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        top = (
            ("contact_on", self.tr("Date")),
            ("contact_at", self.tr("Time")),
            ("method", self.tr("Method")),
            ("programme", self.tr("Programme")),
            ("minutes", self.tr("Minutes")),
        )
        for col, (name, text) in enumerate(top):
            self._place(grid, name, text, 0, col)
        self._place(grid, "content", self.tr("Content"), 3, 0, span=3)
        self._place(grid, "next_action", self.tr("Next action"), 3, 3, span=2)
        grid.setAlignment(self.next_action_edit, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.save_button, 4, 5, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 2)

    def _place(self, grid: QGridLayout, name: str, text: str, row: int, col: int, span: int = 1) -> None:
        label = QLabel(text, self)
        label.setBuddy(self.fields[name])
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        grid.addWidget(label, row, col, 1, span)
        grid.addWidget(self.fields[name], row + 1, col, 1, span)
        grid.addWidget(error, row + 2, col, 1, span)

    # ---- public API ------------------------------------------------------------------------
    def set_case(self, case_id: int | None, programmes: list[tuple[str, str]]) -> None:
        """The case new contacts go to and its programmes as (code, label); None disables."""
        self._case_id = case_id
        self.programme_combo.clear()
        for code, label in programmes:
            self.programme_combo.addItem(label, code)
        self.clear_errors()
        self.setEnabled(case_id is not None)

    def focus_content(self) -> None:
        self.content_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for name in self.errors:
            self._show_error(name, "")

    def save(self) -> int | None:
        """Record the contact; the new id, or None when a field was rejected (shown under it)."""
        if self._case_id is None:
            return None
        self.clear_errors()
        draft = self._draft()
        if draft is None:
            return None
        try:
            contact_id = self._cases.add_contact(draft)
        except ValidationError as exc:
            for e in exc.errors:
                self._show_error(e.field if e.field in self.errors else "content", e.message)
            return None
        except LedgerError as exc:
            self._show_error("content", str(exc))
            return None
        self.content_edit.clear()
        self.next_action_edit.clear()
        self.time_edit.clear()
        self.minutes_spin.setValue(0)
        self.content_edit.setFocus()
        self.sig_saved.emit(contact_id)
        return contact_id

    # ---- internals -------------------------------------------------------------------------
    def _draft(self) -> ContactDraft | None:
        ok = True
        self.date_edit.set_text(self.date_edit.text())  # read what was typed, focus may not have left
        if self.date_edit.error():
            self._show_error("contact_on", self.date_edit.error())
            ok = False
        try:
            at = parse_clock(self.time_edit.text())
        except ValueError:
            self._show_error("contact_at", self.tr("Enter the time as HH:MM"))
            at, ok = None, False
        if not ok:
            return None
        return ContactDraft(
            case_id=self._case_id,
            programme=self.programme_combo.currentData() or "",
            contact_on=self.date_edit.date(),
            method=self.method_combo.value() or "",
            content=self.content_edit.toPlainText().strip(),
            contact_at=at,
            staff_id=self._staff_id,
            minutes=self.minutes_spin.value() or None,
            next_action=self.next_action_edit.text().strip(),
        )

    def _show_error(self, field: str, text: str) -> None:
        label = self.errors[field]
        label.setText(text)
        label.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in SAVE_KEYS
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)
