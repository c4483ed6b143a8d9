"""Start the GUI: the application, the ledger, the main window."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.qt.application import make_application
from app.qt.messages import MessagePresenter, QtMessagePresenter


def open_main_window(ledger_path: Path, presenter: MessagePresenter):  # -> MainWindow | None
    """Open the ledger and build the main window; on failure tell the user and return None."""
    from app.domain.errors import LedgerError
    from app.services.container import Services
    from app.views.main_window import MainWindow

    def ask_password(location, reason: str) -> str | None:
        title = QApplication.translate("launch", "Password")
        label = QApplication.translate("launch", "Password for %1:").replace("%1", location.description)
        return presenter.ask_secret(None, title, label)

    try:
        services = Services.open(ledger_path, program="yorisoi GUI", create=True, password_provider=ask_password)
    except LedgerError as exc:
        presenter.error(None, QApplication.translate("launch", "Cannot open the ledger"), str(exc))
        return None
    window = MainWindow(
        ledger_description=services.ledger_description, ledger_is_server=services.ledger.is_server, presenter=presenter
    )
    window.sig_closed.connect(services.close)
    window.services = services  # the window owns the open ledger until it closes
    _watch_changes(window, services)
    return window


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


def run_gui(ledger_path: Path) -> int:
    from app.settings import load_settings

    settings = load_settings()
    app = make_application(language=os.environ.get("YORISOI_LANG", settings.language))
    window = open_main_window(ledger_path, QtMessagePresenter())
    if window is None:
        return 2
    window.show()
    return app.exec()
