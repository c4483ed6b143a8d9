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

StaffChooser = Callable[[object], "tuple[int, str] | None"]  # Services → (staff id, name), None = cancelled


def open_main_window(
    ledger_path: Path, presenter: MessagePresenter, choose_staff: StaffChooser | None = None
):  # -> MainWindow | None
    """Open the ledger and build the main window; on failure tell the user and return None."""
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
    if file_path is not None and not _check_ledger_at_start(file_path, presenter):
        return None
    try:
        services = Services.open(ledger_path, program="yorisoi GUI", create=True, password_provider=ask_password)
    except LedgerError as exc:
        presenter.error(None, QApplication.translate("launch", "Cannot open the ledger"), str(exc))
        return None
    staff = choose_staff(services) if choose_staff is not None else None
    if choose_staff is not None and staff is None:  # the user cancelled the start
        services.close()
        return None
    staff_id = staff[0] if staff else None
    intake = IntakeTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    budget = BudgetTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    visits = VisitsTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    meetings = MeetingsTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    report = ReportTab(services, today=date.today, presenter=presenter, staff_id=staff_id)
    window = MainWindow(
        ledger_description=services.ledger_description,
        ledger_is_server=services.ledger.is_server,
        presenter=presenter,
        staff_name=staff[1] if staff else "",
        tabs={"intake": intake, "budget": budget, "visits": visits, "meetings": meetings, "report": report},
    )
    window.staff_id = staff_id
    window.intake_tab = intake
    window.budget_tab = budget
    window.visits_tab = visits
    window.meetings_tab = meetings
    window.report_tab = report
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
    _close_ledger_with_window(window, services, window.backup_scheduler)
    window.sig_settings_requested.connect(lambda: open_settings(window, services, presenter))
    window.sig_backups_requested.connect(lambda: open_backups(window, presenter))
    _watch_changes(window, services)
    return window


def _file_ledger(location) -> Path | None:
    """The ledger file, or None for a server ledger (its backups are the server's)."""
    from app.db.location import is_server_url

    if isinstance(location, str) and is_server_url(location):
        return None
    return Path(location) if isinstance(location, (str, os.PathLike)) else None


def _check_ledger_at_start(path: Path, presenter: MessagePresenter) -> bool:
    """The integrity check before any data is shown (issue 9, point 6): False when the
    ledger must not be opened. A damaged or missing ledger with a verified backup is offered
    that backup; restoring keeps the damaged file aside. A path on a network drive or in a
    cloud folder is left to ``Ledger.open``, which refuses it with its own explanation."""
    from app.db.backups import BackupStore
    from app.db.storage import check_at_start, hazard_allowed, storage_hazard
    from app.domain.errors import LedgerError

    if storage_hazard(path) is not None and not hazard_allowed():
        return True
    check = check_at_start(path)
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
        result = BackupStore(path).restore(backup)
    except LedgerError as exc:
        presenter.error(None, QApplication.translate("launch", "Cannot restore the ledger"), str(exc))
        return False
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

    scheduler = BackupScheduler(services.ledger.path, window.sig_local_change, parent=window)
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


def _close_ledger_with_window(window, services, scheduler) -> None:
    """``window.sig_closed``: the closing backup first (it needs the file in place), then the
    ledger closes. ``window.close_ledger(backup=False)`` closes it early (before a restore);
    either runs once."""
    state = {"open": True}

    def close_ledger(backup: bool = True) -> None:
        if not state["open"]:
            return
        state["open"] = False
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

    dialog = BackupDialog(
        scheduler.store,
        presenter,
        before_restore=before_restore,
        after_restore=after_restore,
        choose_directory=choose_directory,
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


def _pick_staff_dialog(services) -> tuple[int, str] | None:
    """Ask who is at this PC; remember the answer for the next start."""
    from app.settings import load_settings, save_settings
    from app.views.staff_picker import StaffPickerDialog

    settings = load_settings()
    dialog = StaffPickerDialog(services.staff, services.codes, settings.last_staff_id)
    if dialog.exec() != StaffPickerDialog.DialogCode.Accepted or dialog.chosen_id is None:
        return None
    save_settings(settings.with_changes(last_staff_id=dialog.chosen_id))
    return dialog.chosen_id, dialog.chosen_name


def run_gui(ledger_path: Path) -> int:
    from app.settings import load_settings

    settings = load_settings()
    app = make_application(language=os.environ.get("YORISOI_LANG", settings.language))
    window = open_main_window(ledger_path, QtMessagePresenter(), choose_staff=_pick_staff_dialog)
    if window is None:
        return 2
    window.show()
    QTimer.singleShot(0, window.intake_tab.start)  # offer back a draft left by a crash
    return app.exec()
