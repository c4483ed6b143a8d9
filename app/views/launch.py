"""Start the GUI: the application, the ledger, the main window."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTime, QTimer
from PySide6.QtWidgets import QApplication

from app.qt.application import make_application
from app.qt.messages import MessagePresenter, QtMessagePresenter

SignInFlow = Callable[[object], object]  # Services → SignedIn, or None when the user cancelled
CheckPassphrase = Callable[[str], "str | None"]  # a passphrase → why it is refused (None: accepted)
AskPassphrase = Callable[[Path, bool, "CheckPassphrase | None"], "str | None"]  # (file, new?, check)


def open_main_window(
    ledger_path: Path,
    presenter: MessagePresenter,
    sign_in: SignInFlow | None = None,
    *,
    ask_passphrase: AskPassphrase | None = None,
    idle_minutes: int = 5,
    save_idle_minutes: Callable[[int], None] = lambda _n: None,
):  # -> MainWindow | None
    """Open the ledger and build the main window; on failure tell the user and return None.

    An encrypted ledger file asks ``ask_passphrase`` first (a new file too: it is created
    encrypted with the passphrase chosen; without ``ask_passphrase`` a new file is plain).
    Then the integrity check, then ``sign_in`` (the first administrator, or a member's
    sign-in); its member works in the window until it closes (``Session``). Without
    ``sign_in`` (tests, benchmarks) nobody is signed in and nothing is limited."""
    from app.domain.errors import LedgerError
    from app.services.container import Services
    from app.views.budget.tab import BudgetTab
    from app.views.intake.tab import IntakeTab
    from app.views.main_window import MainWindow
    from app.views.meetings.tab import MeetingsTab
    from app.views.report.tab import ReportTab
    from app.views.visits.tab import VisitsTab

    def ask_password(location, reason: str) -> str | None:
        title = QApplication.translate("launch", "Password")
        label = QApplication.translate("launch", "Password for %1:").replace("%1", location.description)
        return presenter.ask_secret(None, title, label)

    file_path = _file_ledger(ledger_path)
    passphrase = None
    restored: list[str] = []  # a backup restored at start (recorded once someone signs in)
    if file_path is not None:
        unlocked, passphrase = _passphrase_for(file_path, ask_passphrase, presenter)
        if not unlocked or not _check_ledger_at_start(file_path, presenter, passphrase, restored):
            return None
    try:
        services = Services.open(
            ledger_path, program="yorisoi GUI", create=True, password_provider=ask_password, passphrase=passphrase
        )
    except LedgerError as exc:
        presenter.error(None, QApplication.translate("launch", "Cannot open the ledger"), str(exc))
        return None
    signed = None
    if sign_in is not None:
        try:
            signed = sign_in(services)
        except LedgerError as exc:
            presenter.error(None, QApplication.translate("launch", "Cannot sign in"), str(exc))
            signed = None
        if signed is None:  # the user cancelled the start
            services.close()
            return None
    staff_id = signed.staff_id if signed is not None else None
    staff_name = signed.name if signed is not None else ""
    if signed is not None:
        from app.db.audit import set_current_staff

        set_current_staff(staff_id, signed.role)  # the tabs read (and record views) from here on
        for name in restored:
            services.audit.record_event("restore", "", None, f"起動時 {name}")
    intake = IntakeTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    budget = BudgetTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    visits = VisitsTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    meetings = MeetingsTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    report = ReportTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    window = MainWindow(
        ledger_description=services.ledger_description,
        ledger_is_server=services.ledger.is_server,
        presenter=presenter,
        staff_name=staff_name,
        tabs={"intake": intake, "budget": budget, "visits": visits, "meetings": meetings, "report": report},
    )
    window.staff_id = staff_id
    window.signed_in = signed
    window.intake_tab = intake
    window.budget_tab = budget
    window.visits_tab = visits
    window.meetings_tab = meetings
    window.report_tab = report
    window.session = None
    if signed is not None:
        from app.views.session import Session

        login = services.auth.logins().get(signed.staff_id)
        window.session = Session(
            window, services, signed, presenter, login_id=login.login_id if login else "",
            idle_minutes=idle_minutes, save_minutes=save_idle_minutes,
        )  # fmt: skip
    report.sig_open_case.connect(
        lambda case_id: (window.tab_widget.setCurrentWidget(intake), intake.open_case(case_id))
    )
    for tab in (intake, budget, visits, meetings, report):
        tab.sig_status.connect(window.statusBar().showMessage)
        tab.sig_status.connect(window.sig_local_change)  # every tab reports each save in the status bar
        window.sig_ledger_changed.connect(tab.refresh)
    for page in (budget.consultation, budget.plan, budget.cashflow, budget.debts, budget.improvement):
        page.sig_changed.connect(window.sig_local_change)  # the grids save cell by cell, without a status
    window.services = services  # the window owns the open ledger until it closes
    window.backup_scheduler = None if services.ledger.is_server else _schedule_backups(window, services, presenter)
    if window.backup_scheduler is not None:
        scheduler = window.backup_scheduler  # not the window: a reference to it would keep it alive
        budget.output.before_import = lambda: _backup_before(scheduler, "import")
    _close_ledger_with_window(window, services, window.backup_scheduler, window.session)
    window.sig_settings_requested.connect(lambda: open_settings(window, services, presenter))
    window.sig_backups_requested.connect(lambda: open_backups(window, presenter))
    _watch_changes(window, services)
    if signed is not None:
        _verify_audit_trail(services, presenter)
    return window


def _passphrase_for(path: Path, ask: AskPassphrase | None, presenter: MessagePresenter) -> tuple[bool, str | None]:
    """(go on?, the passphrase): a new file gets a new passphrase (plain without ``ask``),
    an encrypted one asks until the passphrase opens it — or opens its newest backup, when
    the file itself is damaged (the start check then offers that backup)."""
    if not path.exists() or path.stat().st_size == 0:
        if ask is None:
            return True, None
        phrase = ask(path, True, None)
        return phrase is not None, phrase
    from app.db import cipher

    if not cipher.is_encrypted(path) or cipher.plain_by_its_backups(path):
        return True, None  # plain (a plain ledger with a damaged header is the start check's)
    if ask is None:
        presenter.error(
            None,
            QApplication.translate("launch", "Cannot open the ledger"),
            QApplication.translate("launch", "The ledger %1 is encrypted.").replace("%1", str(path)),
        )
        return False, None

    def check(phrase: str) -> str | None:
        if cipher.passphrase_status(path, phrase) == "wrong":
            return QApplication.translate("launch", "The passphrase is wrong. (Letters are case-sensitive.)")
        return None

    phrase = ask(path, False, check)
    return phrase is not None, phrase


def _verify_audit_trail(services, presenter: MessagePresenter) -> None:
    """The audit trail's hash chain is checked at every start from this PC's anchor (the
    newest entry it verified before; see ``app.db.audit_anchor``) — the check itself is
    recorded; a broken chain is reported at once, naming the first entry that fails."""
    from app.db import audit_anchor
    from app.domain.errors import LedgerError

    key = services.ledger.description if services.ledger.is_server else services.ledger.path
    try:
        report = services.audit.verify(after=audit_anchor.load(key))
    except LedgerError as exc:
        presenter.error(None, QApplication.translate("launch", "Audit trail"), str(exc))
        return
    if report.ok:
        audit_anchor.save(key, report.last_id, report.last_hash)
    else:
        presenter.error(
            None,
            QApplication.translate("launch", "The audit trail was altered"),
            QApplication.translate(
                "launch",
                "Entry %1 of the audit trail (or one before it) was changed or removed after it was written. "
                "Tell the administrator; the audit log screen shows the entries.",
            ).replace("%1", str(report.first_bad_id)),
        )


def _backup_before(scheduler, reason: str) -> None:
    """A verified backup before an import (StorageError when it cannot be made: the import
    then does not run)."""
    from app.domain.errors import StorageError

    _stop_scheduler(scheduler)  # waits for a backup already running
    try:
        scheduler.store.make(reason)
    except OSError as exc:
        raise StorageError(str(exc)) from exc
    finally:
        scheduler.timer.start()


def _file_ledger(location) -> Path | None:
    """The ledger file, or None for a server ledger (its backups are the server's)."""
    from app.db.location import is_server_url

    if isinstance(location, str) and is_server_url(location):
        return None
    return Path(location) if isinstance(location, (str, os.PathLike)) else None


def _check_ledger_at_start(
    path: Path, presenter: MessagePresenter, passphrase: str | None = None, restored: list[str] | None = None
) -> bool:
    """The integrity check before any data is shown (issue 9, point 6): False when the
    ledger must not be opened. A damaged or missing ledger with a verified backup is offered
    that backup; restoring keeps the damaged file aside. A path on a network drive or in a
    cloud folder is left to ``Ledger.open``, which refuses it with its own explanation."""
    from app.db.backups import BackupStore
    from app.db.storage import check_at_start, hazard_allowed, storage_hazard
    from app.domain.errors import LedgerError

    if storage_hazard(path) is not None and not hazard_allowed():
        return True
    check = check_at_start(path, passphrase=passphrase)
    if check.ok:
        return True
    message = check.message or ""
    backup = check.newest_verified_backup
    if backup is None:
        presenter.error(None, QApplication.translate("launch", "Cannot open the ledger"), message)
        return False
    question = QApplication.translate("launch", "Restore this backup now? The damaged file is kept aside.")
    if not presenter.question(
        None, QApplication.translate("launch", "The ledger is damaged"), f"{message}\n\n{question}"
    ):
        return False
    try:
        result = BackupStore(path, passphrase=passphrase).restore(backup)
    except LedgerError as exc:
        presenter.error(None, QApplication.translate("launch", "Cannot restore the ledger"), str(exc))
        return False
    from app.db import audit_anchor

    audit_anchor.forget(path)  # the trail was rewound to the backup's
    if restored is not None:
        restored.append(backup.name)
    text = QApplication.translate("launch", "The ledger was restored from %1.").replace("%1", backup.name)
    if result.kept_aside:
        kept = QApplication.translate("launch", "The damaged file was kept as %1").replace(
            "%1", str(result.kept_aside[0])
        )
        text += "\n" + kept
    presenter.info(None, QApplication.translate("launch", "The ledger was restored"), text)
    return True


def _schedule_backups(window, services, presenter: MessagePresenter):  # -> BackupScheduler
    """Back up the ledger file every 30 minutes when this window saved something, and when
    it closes. A failure shows in the status bar each time, and once in a message box."""
    from app.qt.backup_scheduler import BackupScheduler

    scheduler = BackupScheduler(
        services.ledger.path, window.sig_local_change, store=services.ledger.backup_store(), parent=window
    )
    told = []

    def on_failed(text: str) -> None:
        window.statusBar().showMessage(text)
        if not told:
            told.append(text)
            presenter.error(window, QApplication.translate("launch", "Backup failed"), text)

    def on_done(_info) -> None:
        when = QTime.currentTime().toString("HH:mm")
        window.statusBar().showMessage(QApplication.translate("launch", "Backed up (%1).").replace("%1", when), 10_000)

    scheduler.sig_backup_failed.connect(on_failed)
    scheduler.sig_backup_done.connect(on_done)
    return scheduler


def _close_ledger_with_window(window, services, scheduler, session=None) -> None:
    """``window.sig_closed``: the closing backup first (it needs the file in place), then the
    ledger closes. ``window.close_ledger(backup=False)`` closes it early (before a restore);
    either runs once."""
    state = {"open": True}

    def close_ledger(backup: bool = True) -> None:
        if not state["open"]:
            return
        state["open"] = False
        if session is not None:
            session.end()  # the sign-out is in the ledger (and in the closing backup)
        if scheduler is not None:
            if backup:
                if scheduler.store.ledger_changed_since_newest():  # a write no signal reported
                    scheduler.mark_changed()
                scheduler.on_close()
            else:
                _stop_scheduler(scheduler)
        services.close()

    window.close_ledger = close_ledger
    window.sig_closed.connect(close_ledger)


def _stop_scheduler(scheduler) -> None:
    """No more automatic backups; wait for a running one (it reads the ledger file)."""
    scheduler.timer.stop()
    if scheduler.is_busy():
        loop = QEventLoop()
        scheduler.sig_backup_done.connect(loop.quit)
        scheduler.sig_backup_failed.connect(loop.quit)
        loop.exec()


def open_backups(window, presenter: MessagePresenter, choose_directory=None):  # -> BackupDialog
    """File → Backups: the generations of the ledger file (one dialog at a time).

    Restoring closes the ledger, and after it the program ends: the user starts it again on
    the restored ledger (every tab, dialog and draft then reads the restored file; nothing
    still holds data of the replaced one)."""
    from app.domain.errors import LedgerError
    from app.views.backup_dialog import BackupDialog

    existing = getattr(window, "backup_dialog", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    scheduler = window.backup_scheduler
    if scheduler is None:  # a server ledger: the menu item is disabled
        return None

    def before_restore() -> None:
        window.tab_widget.setEnabled(False)  # the tabs' services are closed from here on
        window.close_ledger(backup=False)

    def after_restore() -> None:
        presenter.info(
            window,
            QApplication.translate("launch", "Start Yorisoi again"),
            QApplication.translate(
                "launch", "Yorisoi closes now, so that every screen reads the restored ledger. Start it again."
            ),
        )
        window.close()

    signed = getattr(window, "signed_in", None)
    refused = ""
    if signed is not None:
        from app.services.auth import RESTORE

        try:
            window.services.auth.require(signed.staff_id, RESTORE)
        except LedgerError as exc:
            refused = str(exc)

    def record_restore(result) -> None:
        """The restored ledger's audit trail gets the restore (by whom, from which backup)."""
        from app.db import audit_anchor
        from app.db.audit import record
        from app.db.ledger import Ledger

        audit_anchor.forget(result.ledger)  # the trail was rewound to the backup's
        ledger = Ledger.open(result.ledger, program="yorisoi restore", passphrase=scheduler.store.passphrase)
        try:
            with ledger.transaction() as s:
                record(s, "restore", "", None, result.restored_from.name, staff_id=signed.staff_id if signed else None)
        finally:
            ledger.close()

    dialog = BackupDialog(
        scheduler.store,
        presenter,
        before_restore=before_restore,
        after_restore=after_restore,
        choose_directory=choose_directory,
        restore_refused=refused,
        record_restore=record_restore,
        parent=window,
    )
    window.backup_dialog = dialog
    dialog.open()
    return dialog


def open_settings(window, services, presenter: MessagePresenter):  # -> SettingsDialog
    """File → Settings: staff, agencies, code tables, the organisation profile and the budget
    sheet templates (one dialog at a time; what it changes refreshes the tabs' lists)."""
    from app.views.settings.settings_dialog import SettingsDialog

    existing = getattr(window, "settings_dialog", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = SettingsDialog(
        services.staff,
        services.agencies,
        services.codes,
        services.organisation,
        date.today,
        presenter,
        window,
        budget=services.budget,
        auth=services.auth,
        signed_in=getattr(window, "signed_in", None),
    )
    for tab in (window.intake_tab, window.budget_tab, window.visits_tab, window.meetings_tab, window.report_tab):
        dialog.sig_data_changed.connect(lambda _what, tab=tab: tab.refresh())
    dialog.sig_data_changed.connect(window.sig_local_change)  # staff, codes …: worth a backup too
    window.sig_ledger_changed.connect(dialog.reload)
    window.settings_dialog = dialog
    dialog.open()
    return dialog


def _watch_changes(window, services) -> None:
    """Tell the window when another PC changes a server ledger (tabs refresh on it)."""
    from app.domain.errors import LedgerError
    from app.qt.changes import LedgerChangeWatcher

    try:
        listener = services.change_listener()
    except LedgerError as exc:  # the ledger works; only the live refresh is missing
        window.statusBar().showMessage(str(exc))
        return
    if listener is None:
        return
    watcher = LedgerChangeWatcher(listener, window)
    watcher.sig_changed.connect(window.on_ledger_changed_elsewhere)
    window.sig_closed.connect(watcher.close)
    window.change_watcher = watcher


def _sign_in_dialogs(services):  # -> SignedIn | None
    """The first administrator or a member's sign-in (and a forced password change); the
    login id is offered again at the next start on this PC."""
    from app.settings import load_settings, save_settings
    from app.views.sign_in import sign_in_at_start

    settings = load_settings()
    signed = sign_in_at_start(services, settings.last_login)
    if signed is not None:
        login = services.auth.logins().get(signed.staff_id)
        if login is not None and login.login_id != settings.last_login:
            save_settings(load_settings().with_changes(last_login=login.login_id))
    return signed


def _ask_passphrase_dialog(path: Path, new: bool, check) -> str | None:
    """The ledger file's passphrase: chosen (twice) for a new ledger, asked for an encrypted one."""
    from app.db import cipher
    from app.views.sign_in import PassphraseDialog

    dialog = PassphraseDialog(str(path), new=new, check=check, problems=cipher.passphrase_problems)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase


def _save_idle_minutes(minutes: int) -> None:
    from app.settings import load_settings, save_settings

    save_settings(load_settings().with_changes(idle_lock_minutes=minutes))


def run_gui(ledger_path: Path) -> int:
    from app.settings import load_settings

    settings = load_settings()
    app = make_application(language=os.environ.get("YORISOI_LANG", settings.language))
    window = open_main_window(
        ledger_path,
        QtMessagePresenter(),
        _sign_in_dialogs,
        ask_passphrase=_ask_passphrase_dialog,
        idle_minutes=settings.idle_lock,
        save_idle_minutes=_save_idle_minutes,
    )
    if window is None:
        return 2
    window.show()
    QTimer.singleShot(0, window.intake_tab.start)  # offer back a draft left by a crash
    return app.exec()
