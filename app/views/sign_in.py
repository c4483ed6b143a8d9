"""Signing in: the first administrator, the sign-in and unlock dialog, changing a password,
an administrator giving a staff member a login, and the ledger's passphrase.

Every dialog is a ``RecordDialog``: the service's Japanese message shows under the field it
names, Enter signs in (or saves), nothing is written until the service accepts it. A
password never leaves its field except to go to ``AuthService``; a refused attempt clears it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.drafts import StaffDraft
from app.domain.errors import FieldError, ValidationError
from app.views.widgets.record_dialog import RecordDialog

PASSWORD_HINT_MIN = 13  # app.domain.passwords: at least 13 characters
QUIT = 2  # SignInDialog's result when the user ends the program from the lock screen
_READABLE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no l/1/I/O/0 mix-ups


def generated_password(length: int = 16) -> str:
    """A random initial password an administrator can read out or write down (16 characters
    from 56 symbols: about 93 bits)."""
    return "".join(secrets.choice(_READABLE) for _ in range(length))


def _password_field(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


def _intro(dialog: RecordDialog, text: str) -> QLabel:
    """The explanation at the top of a dialog, above its first field."""
    label = QLabel(text, dialog)
    label.setWordWrap(True)
    dialog.grid.addWidget(label, 0, 0, 1, 2)
    dialog._row = 1
    return label


def _mismatch(field: str, label: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, label, "mismatch", message)])


class SignInDialog(RecordDialog):
    """ログインID and パスワード; Enter signs in. ``signed_in`` holds the result.

    With ``locked`` (the idle lock) the login id is fixed to the member who was working, the
    title says the screen is locked, and instead of Cancel there is 「終了」 (the dialog then
    finishes with ``QUIT``). A refused attempt clears the password; while the growing delay
    runs the button stays disabled and counts down."""

    FIELD_OF = {"login_id": "login_id", "password": "password"}

    def __init__(
        self,
        auth,
        last_login: str = "",
        *,
        locked=None,
        locked_login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._locked = locked
        self.signed_in = None
        self.login_id = QLineEdit(self)
        self.login_id.setMaxLength(64)
        self.password = _password_field(self)
        if locked is None:
            self.setWindowTitle(self.tr("Sign in to Yorisoi"))
            intro = self.tr("Sign in with your own login ID and password.")
            self.login_id.setText(last_login)
        else:
            self.setWindowTitle(self.tr("Yorisoi is locked"))
            intro = self.tr("The screen is locked. %1, enter your password to go on.").replace("%1", locked.name)
            self.login_id.setText(locked_login)
            self.login_id.setReadOnly(True)
        self.intro = _intro(self, intro)
        self.add_row("login_id", self.tr("&Login ID"), self.login_id, self.login_id)
        self.add_row("password", self.tr("&Password"), self.password, self.password)
        self.ok_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        if locked is not None:
            self.buttons.button(self.buttons.StandardButton.Cancel).hide()
            self.quit_button = QPushButton(self.tr("&Quit Yorisoi"), self)
            self.quit_button.setAutoDefault(False)
            self.quit_button.clicked.connect(lambda: self.done(QUIT))
            self.buttons.addButton(self.quit_button, self.buttons.ButtonRole.DestructiveRole)
        self.finish_layout()
        self.setMinimumWidth(420)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0
        (self.password if self.login_id.text() else self.login_id).setFocus()

    def reject(self) -> None:
        if self._locked is None:  # the lock screen is left only by signing in or quitting
            super().reject()

    def store(self) -> int:
        from app.services.auth import SignInError

        if not self.ok_button.isEnabled():
            return 0  # save() is also bound to Ctrl+S / Ctrl+Enter
        try:
            signed = self._auth.sign_in(self.login_id.text(), self.password.text())
        except SignInError as exc:
            self.password.clear()
            self.password.setFocus()
            if exc.wait is not None:
                self._start_wait(int(exc.wait.total_seconds()) + 1)
            raise ValidationError([FieldError("password", "パスワード", "sign_in", str(exc))]) from exc
        if self._locked is not None and signed.staff_id != self._locked.staff_id:
            self._auth.sign_out(signed.staff_id)
            raise ValidationError(
                [
                    FieldError(
                        "password", "パスワード", "other_member", "ロックした職員本人のパスワードを入力してください"
                    )
                ]
            )
        self.signed_in = signed
        return signed.staff_id

    def save(self) -> int | None:
        if not self.ok_button.isEnabled():
            return None
        return super().save()

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = max(1, seconds)
        self.ok_button.setEnabled(False)
        self._tick_text()
        self._countdown.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.ok_button.setText(self.tr("Sign in"))
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self.ok_button.setText(self.tr("Wait %1 s").replace("%1", str(self._wait_left)))


class ChangePasswordDialog(RecordDialog):
    """The member's own password change: current, new, new again. ``forced`` after an
    initial password (the title and text say it must be changed before working)."""

    FIELD_OF = {"old_password": "old_password", "new_password": "new_password", "confirm": "confirm"}

    def __init__(self, auth, staff_id: int, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._staff_id = staff_id
        self.setWindowTitle(self.tr("Change your password"))
        self.old_password = _password_field(self)
        self.new_password = _password_field(self)
        self.confirm = _password_field(self)
        text = (
            self.tr("Your password was set by the administrator. Choose your own before you start.")
            if forced
            else self.tr("Choose a new password.")
        )
        hint = self.tr("At least %1 characters; a phrase of several words is easy to remember.")
        _intro(self, text + "\n" + hint.replace("%1", str(PASSWORD_HINT_MIN)))
        label_old = self.tr("&Initial password") if forced else self.tr("&Current password")
        self.add_row("old_password", label_old, self.old_password, self.old_password)
        self.add_row("new_password", self.tr("&New password"), self.new_password, self.new_password)
        self.add_row("confirm", self.tr("New password &again"), self.confirm, self.confirm)
        self.finish_layout()
        self.setMinimumWidth(460)
        self.old_password.setFocus()

    def store(self) -> int:
        if self.new_password.text() != self.confirm.text():
            raise _mismatch("confirm", "パスワード（確認）", "確認のパスワードが一致しません")
        self._auth.change_password(self._staff_id, self.old_password.text(), self.new_password.text())
        return self._staff_id


class FirstAdminDialog(RecordDialog):
    """The first start: nobody can sign in yet. Registers the administrator — a new staff
    member, or one already in the ledger — with a login id and a password they choose, and
    signs them in (``signed_in``)."""

    FIELD_OF = {
        "family_name": "family_name", "given_name": "given_name", "family_kana": "family_kana",
        "given_kana": "given_kana", "role": "role", "staff": "who", "login_id": "login_id",
        "password": "password", "confirm": "confirm",
    }  # fmt: skip

    def __init__(self, auth, staff_service, codes_service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.signed_in = None
        self.setWindowTitle(self.tr("Register the administrator"))
        _intro(
            self,
            self.tr(
                "Nobody can sign in to this ledger yet. Register the administrator: the person who "
                "gives the staff their logins (usually the centre head)."
            ),
        )
        self.who = QComboBox(self)
        self.who.addItem(self.tr("A new staff member"), None)
        for row in staff_service.list_staff():
            if getattr(row, "active", True):
                self.who.addItem(f"{row.name}（{row.role_label}）", row.id)
        self.family_name, self.given_name = QLineEdit(self), QLineEdit(self)
        self.family_kana, self.given_kana = QLineEdit(self), QLineEdit(self)
        self.role = QComboBox(self)
        for code in codes_service.codes("staff_role"):
            self.role.addItem(code.label, code.code)
        self.role.setCurrentIndex(max(0, self.role.findData("head")))
        self.login_id = QLineEdit(self)
        self.login_id.setMaxLength(64)
        self.login_id.setPlaceholderText(self.tr("letters, digits and . _ - @"))
        self.password = _password_field(self)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(PASSWORD_HINT_MIN)))
        self.confirm = _password_field(self)
        self.add_row("who", self.tr("&Who"), self.who, self.who)
        names = QHBoxLayout()
        names.addWidget(self.family_name)
        names.addWidget(self.given_name)
        self.add_row("family_name", self.tr("&Name (family, given)"), self.family_name, names)
        self.errors["given_name"] = self.errors["family_name"]
        kana = QHBoxLayout()
        kana.addWidget(self.family_kana)
        kana.addWidget(self.given_kana)
        self.add_row("family_kana", self.tr("Readin&g"), self.family_kana, kana)
        self.errors["given_kana"] = self.errors["family_kana"]
        self.add_row("role", self.tr("Job &role"), self.role, self.role)
        self.add_row("login_id", self.tr("&Login ID"), self.login_id, self.login_id)
        self.add_row("password", self.tr("&Password"), self.password, self.password)
        self.add_row("confirm", self.tr("Password &again"), self.confirm, self.confirm)
        self.finish_layout()
        self.setMinimumWidth(520)
        self.who.currentIndexChanged.connect(self._on_who_changed)
        self._on_who_changed()
        (self.who if self.who.count() > 1 else self.family_name).setFocus()

    def _on_who_changed(self) -> None:
        new = self.who.currentData() is None
        for edit in (self.family_name, self.given_name, self.family_kana, self.given_kana, self.role):
            edit.setEnabled(new)

    def store(self) -> int:
        if self.password.text() != self.confirm.text():
            raise _mismatch("confirm", "パスワード（確認）", "確認のパスワードが一致しません")
        existing = self.who.currentData()
        draft = None
        if existing is None:
            draft = StaffDraft(
                family_name=self.family_name.text(),
                given_name=self.given_name.text(),
                family_kana=self.family_kana.text(),
                given_kana=self.given_kana.text(),
                role=self.role.currentData() or "",
            )
        staff_id = self._auth.create_first_admin(
            draft, self.login_id.text(), self.password.text(), existing_staff_id=existing
        )
        self.signed_in = self._auth.sign_in(self.login_id.text(), self.password.text())
        return staff_id


class LoginDialog(RecordDialog):
    """An administrator gives a staff member a login: ID, role and an initial password the
    member must change at their first sign-in. 「自動作成」 makes a readable random one and
    shows it, so it can be handed over."""

    FIELD_OF = {"login_id": "login_id", "role": "role", "initial_password": "initial_password"}

    def __init__(
        self, auth, staff_id: int, staff_name: str, *, by_staff_id: int, current=None, parent: QWidget | None = None
    ) -> None:
        from app.models.security import ACCESS_ROLES
        from app.services.auth import ROLE_LABELS

        super().__init__(parent)
        self._auth = auth
        self._staff_id = staff_id
        self._by = by_staff_id
        self.setWindowTitle(self.tr("Login for %1").replace("%1", staff_name))
        self.login_id = QLineEdit(self)
        self.login_id.setMaxLength(64)
        self.role = QComboBox(self)
        for role in ACCESS_ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        self.role.setCurrentIndex(self.role.findData(current.role if current is not None else "counsellor"))
        if current is not None:
            self.login_id.setText(current.login_id)
        self.initial_password = QLineEdit(self)
        self.initial_password.setMaxLength(1024)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setAutoDefault(False)
        self.generate_button.clicked.connect(lambda: self.initial_password.setText(generated_password()))
        row = QHBoxLayout()
        row.addWidget(self.initial_password, 1)
        row.addWidget(self.generate_button)
        _intro(
            self,
            self.tr(
                "Administrator: staff, codes, restores and the audit log, and cases. Counsellor: cases. "
                "Read only: sees, changes nothing.\n"
                "The member must change the initial password when they first sign in."
            ),
        )
        self.add_row("login_id", self.tr("&Login ID"), self.login_id, self.login_id)
        self.add_row("role", self.tr("&Access"), self.role, self.role)
        self.add_row("initial_password", self.tr("&Initial password"), self.initial_password, row)
        self.finish_layout()
        self.setMinimumWidth(520)
        self.login_id.setFocus()

    @property
    def saved_id(self) -> int | None:  # the settings list's editor protocol
        return self.record_id

    def store(self) -> int:
        self._auth.set_login(
            self._staff_id, self.login_id.text(), self.role.currentData(), self.initial_password.text(),
            by_staff_id=self._by,
        )  # fmt: skip
        return self._staff_id


class PassphraseDialog(RecordDialog):
    """The ledger file's passphrase: one field to open an encrypted ledger (``check`` returns
    a message when it is wrong), or two to choose one for a new ledger (``problems`` lists
    the rules it breaks). ``passphrase`` holds it once accepted."""

    def __init__(
        self,
        description: str,
        *,
        new: bool,
        check: Callable[[str], str | None] | None = None,
        problems: Callable[[str], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._new = new
        self._check = check
        self._problems = problems
        self.passphrase: str | None = None
        self.field = _password_field(self)
        self.confirm = _password_field(self)
        if new:
            self.setWindowTitle(self.tr("Choose the ledger's passphrase"))
            text = self.tr(
                "The new ledger %1 is encrypted. Choose a passphrase of at least 12 characters and keep it "
                "in the centre's safe: without it nobody, not even the administrator, can open the ledger "
                "or its backups."
            )
        else:
            self.setWindowTitle(self.tr("Ledger passphrase"))
            text = self.tr("The ledger %1 is encrypted. Enter its passphrase.")
        _intro(self, text.replace("%1", description))
        self.add_row("passphrase", self.tr("&Passphrase"), self.field, self.field)
        if new:
            self.add_row("confirm", self.tr("Passphrase &again"), self.confirm, self.confirm)
        else:
            self.confirm.hide()
        self.finish_layout()
        self.setMinimumWidth(480)
        self.field.setFocus()

    def store(self) -> int:
        text = self.field.text()
        if self._new:
            problems = self._problems(text) if self._problems is not None else []
            if problems:
                raise ValidationError([FieldError("passphrase", "パスフレーズ", "weak", p) for p in problems])
            if text != self.confirm.text():
                raise _mismatch("confirm", "パスフレーズ（確認）", "確認のパスフレーズが一致しません")
        elif self._check is not None:
            message = self._check(text)
            if message:
                self.field.clear()
                raise ValidationError([FieldError("passphrase", "パスフレーズ", "wrong", message)])
        self.passphrase = text
        return 0


def sign_in_at_start(services, last_login: str = "", parent: QWidget | None = None):  # -> SignedIn | None
    """The dialogs of a start: the first administrator on a ledger nobody can sign in to;
    otherwise sign-in, then the forced change of an initial password. None when cancelled
    (a member who does not change the initial password is signed out again)."""
    auth = services.auth
    if auth.needs_first_admin():
        first = FirstAdminDialog(auth, services.staff, services.codes, parent)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        return first.signed_in
    dialog = SignInDialog(auth, last_login, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return None
    signed = dialog.signed_in
    if signed.must_change:
        change = ChangePasswordDialog(auth, signed.staff_id, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            auth.sign_out(signed.staff_id)
            return None
        signed = replace(signed, must_change=False)
    return signed
