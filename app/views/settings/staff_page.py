"""職員: the staff list (inactive members greyed), adding and editing a member, and making a
member inactive or active again. Inactive members stay in every record they appear in; they
are only no longer offered when a new record is made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import StaffDraft
from app.domain.errors import LedgerError, ValidationError
from app.qt.messages import MessagePresenter
from app.services.rows import StaffRow
from app.views.settings.form import FormGrid, hint_label, plain_button
from app.views.settings.table import Column, RowsTableModel, fit_columns, make_table, select_row
from app.views.widgets.fields import ValueCombo

if TYPE_CHECKING:
    from app.services.codes import CodeService
    from app.services.staff import StaffService

DEFAULT_ROLE = "counsellor"


def role_items(codes: CodeService, current: str | None, retired_mark: str) -> list[tuple[str, str]]:
    """(label, code) of the roles a member can be given: the active ones, and the member's
    own role even if it was retired since."""
    items = []
    for c in codes.codes("staff_role", include_retired=True):
        if c.retired_on is None:
            items.append((c.label, c.code))
        elif c.code == current:
            items.append((f"{c.label} {retired_mark}", c.code))
    return items


class StaffEditDialog(QDialog):
    """Add a staff member (``staff_id`` None) or edit one. OK (Enter) saves through the
    service; a rejected field shows the message under it and the dialog stays open.
    ``saved_id`` holds the member's id once saved."""

    def __init__(
        self, staff: StaffService, codes: CodeService, staff_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._staff_id = staff_id
        self._version = 0
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add staff member") if staff_id is None else self.tr("Edit staff member"))
        self.family_name = QLineEdit(self)
        self.given_name = QLineEdit(self)
        self.family_kana = QLineEdit(self)
        self.given_kana = QLineEdit(self)
        for edit in (self.family_kana, self.given_kana):
            edit.setPlaceholderText(self.tr("hiragana or katakana"))
        self.role = ValueCombo(self)
        self.qualifications = QLineEdit(self)
        self.qualifications.setPlaceholderText(self.tr("e.g. certified social worker, career consultant"))
        self.form = FormGrid(self)
        self.form.add("family_name", self.tr("&Family name"), self.family_name)
        self.form.add("given_name", self.tr("&Given name"), self.given_name)
        self.form.add("family_kana", self.tr("Family name &reading"), self.family_kana)
        self.form.add("given_kana", self.tr("Given name r&eading"), self.given_kana)
        self.form.add("role", self.tr("R&ole"), self.role)
        self.form.add("qualifications", self.tr("&Qualifications"), self.qualifications)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(self.form.layout)
        box.addWidget(self.form.other_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self._load(codes)
        self.setMinimumWidth(540)

    def _load(self, codes: CodeService) -> None:
        retired = self.tr("(retired)")
        if self._staff_id is None:
            self.role.set_items(role_items(codes, None, retired))
            self.role.set_value(DEFAULT_ROLE)
            return
        d = self._staff.get_staff(self._staff_id)
        self._version = d.version
        self.family_name.setText(d.family_name)
        self.given_name.setText(d.given_name)
        self.family_kana.setText(d.family_kana)
        self.given_kana.setText(d.given_kana)
        self.role.set_items(role_items(codes, d.role, retired))
        self.role.set_value(d.role)
        self.qualifications.setText(d.qualifications)

    def draft(self) -> StaffDraft:
        return StaffDraft(
            family_name=self.family_name.text(),
            role=self.role.value() or "",
            given_name=self.given_name.text(),
            family_kana=self.family_kana.text(),
            given_kana=self.given_kana.text(),
            qualifications=self.qualifications.text(),
        )

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def save(self) -> int | None:
        """Save; the member's id (and accept()), or None when something was rejected."""
        self.form.clear()
        try:
            if self._staff_id is None:
                self.saved_id = self._staff.add_staff(self.draft())
            else:
                self.saved_id = self._staff.update_staff(self._staff_id, self.draft(), version=self._version).id
        except ValidationError as exc:
            self.form.show_validation(exc)
            return None
        except LedgerError as exc:
            self.form.set_error("other", str(exc))
            return None
        self.accept()
        return self.saved_id


class StaffPage(QWidget):
    """The staff list with 追加 / 編集 / 無効にする / 有効に戻す. Enter or a double click on a
    member edits them. ``sig_changed("staff")`` after every change."""

    sig_changed = Signal(str)

    def __init__(
        self, staff: StaffService, codes: CodeService, presenter: MessagePresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._codes = codes
        self._presenter = presenter
        self.editor: StaffEditDialog | None = None
        self.model = RowsTableModel(
            (
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Reading"), lambda r: r.kana),
                Column(self.tr("Role"), lambda r: r.role_label, stretch=True),
                Column(self.tr("State"), self._state_text),
            ),
            greyed=lambda r: not r.active,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("staffTable")
        self.add_button = plain_button(self.tr("&New…"), self)
        self.edit_button = plain_button(self.tr("&Edit…"), self)
        self.deactivate_button = plain_button(self.tr("&Deactivate"), self)
        self.reactivate_button = plain_button(self.tr("Re&activate"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self._layout()
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_active(True))
        self._loaded = False

    def _layout(self) -> None:
        title = QLabel(self.tr("Staff members"), self)
        title.setObjectName("pageTitle")
        hint = hint_label(
            self.tr(
                "Deactivate a member who has left: they stay in past records but are no longer offered for new ones."
            ),
            self,
        )
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.deactivate_button, self.reactivate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addWidget(hint)
        box.addLayout(body, 1)
        box.addWidget(self.status_label)

    def _state_text(self, row: StaffRow) -> str:
        return self.tr("Active") if row.active else self.tr("Inactive")

    # ---- public API ------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping (or moving to) the member ``select_id``."""
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            rows = self._staff.list_staff(include_inactive=True)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Staff members"), str(exc))
            return
        self.model.set_rows(rows)
        self._loaded = True
        fit_columns(self.table)
        select_row(self.table, self.model.row_of(keep) if keep is not None else None)
        self._sync_buttons()

    def selected(self) -> StaffRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> StaffEditDialog:
        return self._open_editor(None)

    def edit(self) -> StaffEditDialog | None:
        row = self.selected()
        return self._open_editor(row.id) if row is not None else None

    def set_active(self, active: bool) -> None:
        row = self.selected()
        if row is None or row.active == active:
            return
        try:
            self._staff.set_active(row.id, active)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Staff members"), str(exc))
            return
        message = self.tr("%1 is now inactive.") if not active else self.tr("%1 is active again.")
        self.status_label.setText(message.replace("%1", row.name))
        self.reload(row.id)
        self.sig_changed.emit("staff")

    # ---- internals -------------------------------------------------------------------------
    def _open_editor(self, staff_id: int | None) -> StaffEditDialog | None:
        if self.editor is not None:  # the previous editor, closed by now
            self.editor.deleteLater()
            self.editor = None
        try:
            self.editor = StaffEditDialog(self._staff, self._codes, staff_id, self)
        except LedgerError as exc:  # e.g. removed on another PC since the list was read
            self._presenter.error(self, self.tr("Staff members"), str(exc))
            self.reload()
            return None
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.finished.connect(lambda _r: self.table.setFocus())
        self.editor.open()
        return self.editor

    def _on_editor_accepted(self) -> None:
        editor = self.editor
        if editor is None or editor.saved_id is None:
            return
        self.reload(editor.saved_id)
        row = self.selected()
        self.status_label.setText(self.tr("Saved %1.").replace("%1", row.name if row else ""))
        self.sig_changed.emit("staff")

    def _sync_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active)
        self.reactivate_button.setEnabled(row is not None and not row.active)
