"""職員: the staff list (inactive members greyed), adding and editing a member, and making a
member inactive or active again. Inactive members stay in every record they appear in; they
are only no longer offered when a new record is made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.drafts import StaffDraft
from app.qt.messages import MessagePresenter
from app.services.rows import StaffRow
from app.views.settings.form import EditorDialog, FormGrid, code_items, hint_label, plain_button
from app.views.settings.list_page import ListPage
from app.views.settings.table import Column
from app.views.widgets.fields import ValueCombo

if TYPE_CHECKING:
    from app.services.codes import CodeService
    from app.services.staff import StaffService

DEFAULT_ROLE = "counsellor"


class StaffEditDialog(EditorDialog):
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
        self._finish(540)
        self._load(codes)

    def _load(self, codes: CodeService) -> None:
        retired = self.tr("(retired)")
        if self._staff_id is None:
            self.role.set_items(code_items(codes, "staff_role", None, retired))
            self.role.set_value(DEFAULT_ROLE)
            return
        d = self._staff.get_staff(self._staff_id)
        self._version = d.version
        self.family_name.setText(d.family_name)
        self.given_name.setText(d.given_name)
        self.family_kana.setText(d.family_kana)
        self.given_kana.setText(d.given_kana)
        self.role.set_items(code_items(codes, "staff_role", d.role, retired))
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

    def _write(self) -> int:
        if self._staff_id is None:
            return self._staff.add_staff(self.draft())
        return self._staff.update_staff(self._staff_id, self.draft(), version=self._version).id


class StaffPage(ListPage):
    """The staff list with 追加 / 編集 / 無効にする / 有効に戻す. Enter or a double click on a
    member edits them. ``sig_changed("staff")`` after every change."""

    AREA = "staff"

    def __init__(
        self,
        staff: StaffService,
        codes: CodeService,
        presenter: MessagePresenter,
        parent: QWidget | None = None,
        *,
        auth=None,
        admin_id: int | None = None,
    ) -> None:
        super().__init__(presenter, parent)
        self._staff = staff
        self._codes = codes
        self._auth = auth
        self._admin_id = admin_id
        self._logins: dict = {}
        self.editor: StaffEditDialog | None = None
        columns = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Reading"), lambda r: r.kana),
            Column(self.tr("Role"), lambda r: r.role_label, stretch=True),
            Column(self.tr("State"), self._state_text),
        ]
        if auth is not None:
            columns.append(Column(self.tr("Login"), self._login_text))
        self._make_table("staffTable", columns, greyed=lambda r: not r.active)
        self.add_button = plain_button(self.tr("&New…"), self)
        self.edit_button = plain_button(self.tr("&Edit…"), self)
        self.deactivate_button = plain_button(self.tr("&Deactivate"), self)
        self.reactivate_button = plain_button(self.tr("Re&activate"), self)
        self.login_button = plain_button(self.tr("&Login…"), self)
        self.login_button.setVisible(auth is not None and admin_id is not None)
        hint = self.tr(
            "Deactivate a member who has left: they stay in past records but are no longer offered for new ones."
        )
        self._assemble(
            (hint_label(hint, self),),
            (
                (self.add_button, self.add),
                (self.edit_button, self.edit),
                (self.deactivate_button, lambda: self.set_active(False)),
                (self.reactivate_button, lambda: self.set_active(True)),
                (self.login_button, self.set_login),
            ),
            activate=self.edit,
        )

    def _title(self) -> str:
        return self.tr("Staff members")

    def _state_text(self, row: StaffRow) -> str:
        return self.tr("Active") if row.active else self.tr("Inactive")

    # ---- public API ------------------------------------------------------------------------
    def selected(self) -> StaffRow | None:
        return super().selected()

    def add(self) -> StaffEditDialog:
        return self._open_editor(lambda: StaffEditDialog(self._staff, self._codes, None, self))

    def edit(self) -> StaffEditDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open_editor(lambda: StaffEditDialog(self._staff, self._codes, row.id, self))

    def set_login(self):  # -> LoginDialog | None
        """管理者: give the selected member a login id, an access role and an initial password."""
        from app.views.sign_in import LoginDialog

        row = self.selected()
        if row is None or self._auth is None or self._admin_id is None:
            return None
        current = self._logins.get(row.id)
        return self._open_editor(
            lambda: LoginDialog(self._auth, row.id, row.name, by_staff_id=self._admin_id, current=current, parent=self)
        )

    def _login_text(self, row: StaffRow) -> str:
        info = self._logins.get(row.id)
        if info is None:
            return self.tr("none")
        text = f"{info.login_id}（{info.role_label}）"
        return text + self.tr(" – initial password") if info.must_change else text

    def set_active(self, active: bool) -> None:
        row = self.selected()
        if row is None or row.active == active:
            return
        message = self.tr("%1 is now inactive.") if not active else self.tr("%1 is active again.")
        self._act(lambda: self._staff.set_active(row.id, active), message.replace("%1", row.name), row.id)

    # ---- internals -------------------------------------------------------------------------
    def _read(self) -> None:
        if self._auth is not None:
            self._logins = self._auth.logins()
        self.model.set_rows(self._staff.list_staff(include_inactive=True))

    def _saved_text(self, editor: StaffEditDialog) -> str:
        row = self.selected()
        return self.tr("Saved %1.").replace("%1", row.name if row else "")

    def _sync_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active)
        self.reactivate_button.setEnabled(row is not None and not row.active)
        self.login_button.setEnabled(row is not None and row.active)
