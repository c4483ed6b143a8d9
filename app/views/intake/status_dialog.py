"""支援状況の変更: move one or more of a case's programme memberships along the case path.

One row per membership (事業, 現在の状況, a combo of the statuses ``case_path.allowed_next``
allows, 「変更しない」 first), a shared 変更日 (default today) and a note. OK applies each
chosen change through ``CaseService.change_status``; a refused change shows the service's
Japanese message in the dialog, which stays open. The dialog is accepted only when every
chosen change went through.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import case_path
from app.domain.errors import LedgerError
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit
from app.views.widgets.fields import ValueCombo


class StatusDialog(QDialog):
    """Change the status of a case's programmes. ``combos[programme]`` is the combo of a row
    (value None = no change); ``error_label`` shows why a change was refused."""

    def __init__(
        self,
        cases,
        codes,
        today: Callable[[], date],
        case_id: int,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._case_id = case_id
        self._staff_id = staff_id
        self._status_labels = {c.code: c.label for c in codes.codes("case_status", include_retired=True)}
        self._status_order = [c.code for c in codes.codes("case_status")]
        self.setWindowTitle(self.tr("Change status"))
        self.combos: dict[str, ValueCombo] = {}
        self.current_labels: dict[str, QLabel] = {}
        self.programme_labels: dict[str, QLabel] = {}
        self._rows_box = QGroupBox(self.tr("Status by programme"), self)
        self._grid = QGridLayout(self._rows_box)
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Reason or circumstances (optional)"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("statusError")
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._load()

    def _layout(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(self._rows_box)
        row = QHBoxLayout()
        date_label = QLabel(self.tr("Date of change"), self)
        date_label.setBuddy(self.date_edit)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        row.addWidget(self.date_edit.hint_label())
        row.addStretch(1)
        box.addLayout(row)
        note_label = QLabel(self.tr("Note"), self)
        note_label.setBuddy(self.note_edit)
        box.addWidget(note_label)
        box.addWidget(self.note_edit)
        box.addWidget(self.error_label)
        box.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _load(self) -> None:
        """(Re)build one row per membership from the ledger."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos.clear()
        self.current_labels.clear()
        self.programme_labels.clear()
        for col, text in enumerate((self.tr("Programme"), self.tr("Current status"), self.tr("New status"))):
            header = QLabel(f"<b>{text}</b>", self._rows_box)
            self._grid.addWidget(header, 0, col)
        detail = self._cases.get_case(self._case_id)
        previous: QWidget = self._rows_box
        for i, m in enumerate(detail.programmes, start=1):
            name = QLabel(m.programme_label, self._rows_box)
            current = QLabel(m.status_label, self._rows_box)
            combo = ValueCombo(self._rows_box)
            combo.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
            allowed = case_path.allowed_next(m.status)
            combo.clear()
            combo.addItem(self.tr("No change"), None)
            for code in self._status_order:
                if code in allowed:
                    combo.addItem(self._status_labels.get(code, code), code)
            name.setBuddy(combo)
            self._grid.addWidget(name, i, 0)
            self._grid.addWidget(current, i, 1)
            self._grid.addWidget(combo, i, 2)
            self.programme_labels[m.programme] = name
            self.current_labels[m.programme] = current
            self.combos[m.programme] = combo
            if previous is not self._rows_box:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        self._grid.setColumnStretch(2, 1)
        if previous is not self._rows_box:
            QWidget.setTabOrder(previous, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.note_edit)
        first = next(iter(self.combos.values()), None)
        if first is not None:
            first.setFocus()

    # ---- public API ------------------------------------------------------------------------
    def chosen(self) -> dict[str, str]:
        """The changes chosen: programme → new status."""
        return {p: combo.value() for p, combo in self.combos.items() if combo.value() is not None}

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def apply(self) -> bool:
        """Apply the chosen changes (one ``change_status`` each); accept when all went through."""
        self._show_error("")
        self.date_edit.set_text(self.date_edit.text())  # read what was typed
        if self.date_edit.error():
            self._show_error(self.date_edit.error())
            return False
        changes = self.chosen()
        if not changes:
            self._show_error(self.tr("Choose a new status for at least one programme."))
            return False
        on = self.date_edit.date()
        note = self.note_edit.text().strip()
        for done, (programme, status) in enumerate(changes.items()):
            try:
                self._cases.change_status(self._case_id, programme, status, on, self._staff_id, note)
            except LedgerError as exc:
                message = str(exc) if not hasattr(exc, "errors") else "\n".join(e.message for e in exc.errors)
                if done:  # the earlier rows were saved: show them as they are now
                    self._load()
                    message = self.tr("Some changes were saved; this one was not:") + "\n" + message
                self._show_error(message)
                return False
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
