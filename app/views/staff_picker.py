"""Who is at this PC: the staff member picked at start (until sign-in exists). On a new
ledger with no staff yet, the first staff member is registered right here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import StaffDraft
from app.domain.errors import ValidationError


class StaffPickerDialog(QDialog):
    """Pick yourself from the list (Enter), or register a new staff member below it."""

    def __init__(self, staff_service, code_service, last_staff_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff_service
        self.setWindowTitle(self.tr("Who is using Yorisoi?"))
        self.list_widget = QListWidget(self)
        self.list_widget.itemActivated.connect(self._on_list_widget_item_activated)
        self._new_box = QGroupBox(self.tr("Register a new staff member"), self)
        form = QFormLayout(self._new_box)
        self.family_name, self.given_name = QLineEdit(self), QLineEdit(self)
        self.family_kana, self.given_kana = QLineEdit(self), QLineEdit(self)
        self.role = QComboBox(self)
        for code in code_service.codes("staff_role"):
            self.role.addItem(code.label, code.code)
        self.role.setCurrentIndex(max(0, self.role.findData("counsellor")))
        form.addRow(self.tr("Family name"), self.family_name)
        form.addRow(self.tr("Given name"), self.given_name)
        form.addRow(self.tr("Family name reading"), self.family_kana)
        form.addRow(self.tr("Given name reading"), self.given_kana)
        form.addRow(self.tr("Role"), self.role)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose yourself and press Enter:"), self))
        layout.addWidget(self.list_widget)
        layout.addWidget(self._new_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.chosen_id: int | None = None
        self.chosen_name = ""
        self._fill(last_staff_id)

    def _fill(self, select_id: int | None) -> None:
        self.list_widget.clear()
        for row in self._staff.list_staff():
            item = QListWidgetItem(f"{row.name}（{row.role_label}）")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.list_widget.addItem(item)
            if row.id == select_id:
                self.list_widget.setCurrentItem(item)
        if self.list_widget.count() and self.list_widget.currentRow() < 0:
            self.list_widget.setCurrentRow(0)
        (self.list_widget if self.list_widget.count() else self.family_name).setFocus()

    def _on_list_widget_item_activated(self, item: QListWidgetItem) -> None:
        self.chosen_id, self.chosen_name = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def _on_buttons_accepted(self) -> None:
        if self.family_name.text().strip():
            self._register()
        elif self.list_widget.currentItem() is not None:
            self._on_list_widget_item_activated(self.list_widget.currentItem())
        else:
            self.error_label.setText(self.tr("Choose a staff member, or register one."))

    def _register(self) -> None:
        draft = StaffDraft(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            family_kana=self.family_kana.text(),
            given_kana=self.given_kana.text(),
            role=self.role.currentData(),
        )
        try:
            self.chosen_id = self._staff.add_staff(draft)
        except ValidationError as exc:
            self.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        self.chosen_name = f"{draft.family_name.strip()} {draft.given_name.strip()}".strip()
        self.accept()
