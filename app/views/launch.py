"""Start the GUI: the application, the ledger, the main window."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
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
        window.sig_ledger_changed.connect(tab.refresh)
    window.sig_closed.connect(services.close)
    window.services = services  # the window owns the open ledger until it closes
    window.sig_settings_requested.connect(lambda: open_settings(window, services, presenter))
    _watch_changes(window, services)
    return window


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
