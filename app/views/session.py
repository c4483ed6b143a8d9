"""The signed-in member's session in the main window.

From sign-in to the window's close: the audit trail attributes every change to the member
and checks their role (``set_current_staff``), the screens record views, printouts and
exports (``audit_trail``), the idle lock covers every window after the chosen minutes, and
File → パスワードの変更 / 画面をロック / 自動ロックまでの時間 / 操作記録 work. Closing the
window records the sign-out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QWidget

from app.db.audit import set_current_staff
from app.domain.errors import LedgerError
from app.qt import audit_trail
from app.qt.idle_lock import IdleWatcher, ScreenCover
from app.qt.messages import MessagePresenter
from app.settings import IDLE_LOCK_MAX, IDLE_LOCK_MIN, clamp_idle_minutes

AskMinutes = Callable[[QWidget, int], "int | None"]


class Session(QObject):
    """``signed`` is the SignedIn of the member at this PC; ``login_id`` theirs (the lock
    screen shows it fixed). ``save_minutes(n)`` stores a new idle-lock setting."""

    def __init__(
        self,
        window,
        services,
        signed,
        presenter: MessagePresenter,
        *,
        login_id: str,
        idle_minutes: int,
        save_minutes: Callable[[int], None] = lambda _n: None,
    ) -> None:
        super().__init__(window)
        from app.services.auth import ROLE_LABELS

        self.services = services
        self.signed = signed
        self.login_id = login_id
        self._presenter = presenter
        self._save_minutes = save_minutes
        self.minutes = clamp_idle_minutes(idle_minutes)
        self.ask_minutes: AskMinutes = self._ask_minutes
        self.quit_all: Callable[[], None] = QApplication.closeAllWindows
        self.unlock_dialog = None
        self.audit_dialog = None
        self._ended = False
        set_current_staff(signed.staff_id, signed.role)
        audit_trail.install(services.audit)
        self.cover = ScreenCover(
            self.tr("Yorisoi is locked.\nSign in again to go on; nothing you typed is lost."),
            self.tr("Yorisoi (locked)"),
            self,
        )
        self.watcher = IdleWatcher(self.minutes, self)
        self.watcher.sig_idle.connect(self.lock)
        window.set_signed_in(signed.name, ROLE_LABELS[signed.role], admin=signed.role == "admin")
        window.sig_lock_requested.connect(self.lock)
        window.sig_change_password_requested.connect(self.change_password)
        window.sig_idle_setting_requested.connect(self.choose_minutes)
        window.sig_audit_log_requested.connect(self.open_audit_log)

    @property
    def window(self):  # -> MainWindow (the parent; not kept in an attribute, which would keep it alive)
        return self.parent()

    # ---- the idle lock -------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.unlock_dialog is not None

    def lock(self):  # -> SignInDialog
        """Cover every window and ask for the member's password (nothing else can be used
        until then; open dialogs keep what was typed in them)."""
        from app.views.sign_in import SignInDialog

        if self.unlock_dialog is not None:
            return self.unlock_dialog
        self.watcher.pause()
        dialog = SignInDialog(self.services.auth, locked=self.signed, locked_login=self.login_id)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_unlock_finished)
        self.unlock_dialog = dialog
        self.cover.cover(keep=dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_unlock_finished(self, result: int) -> None:
        from app.views.sign_in import QUIT

        self.unlock_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.cover.uncover()
            self.window.activateWindow()
            self.watcher.resume()
        elif result == QUIT:
            self.quit_all()  # the windows close behind the cover; the drafts stay on disk

    def choose_minutes(self) -> None:
        minutes = self.ask_minutes(self.window, self.minutes)
        if minutes is None:
            return
        self.minutes = clamp_idle_minutes(minutes)
        self.watcher.set_minutes(self.minutes)
        self._save_minutes(self.minutes)
        self.window.statusBar().showMessage(
            self.tr("The screen now locks after %1 minutes without input.").replace("%1", str(self.minutes)), 10_000
        )

    def _ask_minutes(self, parent: QWidget, current: int) -> int | None:
        value, ok = QInputDialog.getInt(
            parent,
            self.tr("Lock after"),
            self.tr("Lock the screen after this many minutes without input (%1–%2):")
            .replace("%1", str(IDLE_LOCK_MIN))
            .replace("%2", str(IDLE_LOCK_MAX)),
            current,
            IDLE_LOCK_MIN,
            IDLE_LOCK_MAX,
        )
        return value if ok else None

    # ---- the member's own actions -------------------------------------------------------------
    def change_password(self):  # -> ChangePasswordDialog
        from app.views.sign_in import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services.auth, self.signed.staff_id, parent=self.window)
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(self.tr("Your password was changed."), 10_000)
        )
        dialog.open()
        return dialog

    def open_audit_log(self):  # -> AuditLogDialog | None
        """管理者 only (the menu item shows only to them; the role is checked again here)."""
        from app.services.auth import AUDIT_LOG
        from app.views.audit_dialog import AuditLogDialog

        try:
            self.services.auth.require(self.signed.staff_id, AUDIT_LOG)
        except LedgerError as exc:
            self._presenter.error(self.window, self.tr("Audit log"), str(exc))
            return None
        if self.audit_dialog is not None and self.audit_dialog.isVisible():
            self.audit_dialog.raise_()
            return self.audit_dialog
        self.audit_dialog = AuditLogDialog(
            self.services.audit, self.services.staff, self._presenter, self.signed.staff_id, parent=self.window
        )
        self.audit_dialog.open()
        return self.audit_dialog

    # ---- the end -------------------------------------------------------------------------------
    def end(self) -> None:
        """The window closes: record the sign-out, stop watching, forget the member (once)."""
        if self._ended:
            return
        self._ended = True
        self.watcher.stop()
        self.cover.uncover()
        with contextlib.suppress(LedgerError):  # the ledger may be unusable (a lost server): closing goes on
            self.services.auth.sign_out(self.signed.staff_id)
        audit_trail.uninstall(self.services.audit)
        set_current_staff(None)
