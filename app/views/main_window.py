"""The main window: it only assembles the tabs, the menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app import APP_NAME_JA, __version__
from app.qt.messages import MessagePresenter
from app.qt.window_state import restore_window_state, save_window_state
from app.views.menus import build_edit_menu, build_language_menu

TAB_KEYS = ("intake", "budget", "visits", "meetings", "report")


class MainWindow(QMainWindow):
    """Tabs 相談受付, 家計, 訪問記録, 会議予定, 報告書. A tab's content comes from its own
    package (later issues); until then the tab is an empty page."""

    sig_closed = Signal()
    sig_ledger_changed = Signal()  # another PC changed the (server) ledger: lists refresh
    sig_settings_requested = Signal()  # File → Settings: staff, agencies, code tables, organisation
    sig_backups_requested = Signal()  # File → Backups: the generations of the ledger file
    sig_local_change = Signal()  # this window saved something (a tab's save, a budget grid's write)
    sig_lock_requested = Signal()  # File → Lock the screen (Ctrl+L)
    sig_change_password_requested = Signal()  # File → Change password
    sig_idle_setting_requested = Signal()  # File → Lock after…
    sig_audit_log_requested = Signal()  # File → Audit log (管理者)

    def __init__(
        self,
        *,
        ledger_description: str,
        presenter: MessagePresenter,
        ledger_is_server: bool = False,
        staff_name: str = "",
        tabs: dict[str, QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._ledger_description = ledger_description
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Yorisoi — %1").replace("%1", ledger_description))
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("mainTabs")
        self.tab_widget.setDocumentMode(True)
        tabs = tabs or {}
        for key, title in zip(TAB_KEYS, self._tab_titles(), strict=True):
            page = tabs.get(key) or QWidget(self)
            page.setObjectName(f"tab_{key}")
            self.tab_widget.addTab(page, title)
        self.setCentralWidget(self.tab_widget)
        self._build_menus(ledger_is_server)
        label = self.tr("Ledger (server): %1") if ledger_is_server else self.tr("Ledger (file): %1")
        self.ledger_label = QLabel(label.replace("%1", ledger_description))
        self.ledger_label.setObjectName("ledgerLabel")
        self.staff_label = QLabel(self.tr("Staff: %1").replace("%1", staff_name or self.tr("(not chosen)")))
        self.staff_label.setObjectName("staffLabel")
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.ledger_label)
        self.resize(1200, 800)
        restore_window_state(self, "main")

    def set_signed_in(self, name: str, role_label: str, *, admin: bool) -> None:
        """Who works in this window: the status bar says so, and the sign-in actions show
        (the audit log only to an administrator)."""
        self.staff_label.setText(self.tr("Staff: %1").replace("%1", f"{name}（{role_label}）"))
        for action in (self.action_lock, self.action_idle, self.action_change_password):
            action.setVisible(True)
        self.action_audit_log.setVisible(admin)

    def _tab_titles(self) -> list[str]:
        return [
            self.tr("Intake"),
            self.tr("Household budget"),
            self.tr("Visits"),
            self.tr("Meetings"),
            self.tr("Report"),
        ]

    def _build_menus(self, ledger_is_server: bool) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.action_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_quit.triggered.connect(self.close)
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.triggered.connect(self.sig_settings_requested)
        file_menu.addAction(self.action_settings)
        self.action_backups = QAction(self.tr("&Backups…"), self)
        self.action_backups.triggered.connect(self.sig_backups_requested)
        if ledger_is_server:  # a server's database is backed up on the server (pg_dump), not here
            self.action_backups.setEnabled(False)
            self.action_backups.setStatusTip(self.tr("A server ledger is backed up on the server."))
        file_menu.addAction(self.action_backups)
        self.action_audit_log = QAction(self.tr("&Audit log…"), self)
        self.action_audit_log.triggered.connect(self.sig_audit_log_requested)
        file_menu.addAction(self.action_audit_log)
        file_menu.addSeparator()
        self.action_lock = QAction(self.tr("&Lock the screen"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_lock.triggered.connect(self.sig_lock_requested)
        file_menu.addAction(self.action_lock)
        self.action_idle = QAction(self.tr("Lock &after…"), self)
        self.action_idle.triggered.connect(self.sig_idle_setting_requested)
        file_menu.addAction(self.action_idle)
        self.action_change_password = QAction(self.tr("Change &password…"), self)
        self.action_change_password.triggered.connect(self.sig_change_password_requested)
        file_menu.addAction(self.action_change_password)
        for action in (self.action_audit_log, self.action_lock, self.action_idle, self.action_change_password):
            action.setVisible(False)  # shown by set_signed_in
        build_language_menu(file_menu, self, self._presenter)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.edit_menu = build_edit_menu(self)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_about = QAction(self.tr("&About Yorisoi"), self)
        self.action_about.triggered.connect(self._on_action_about_triggered)
        help_menu.addAction(self.action_about)

    def about_text(self) -> str:
        return (
            self.tr("%1 (Yorisoi) version %2").replace("%1", APP_NAME_JA).replace("%2", __version__)
            + "\n"
            + self.tr("Ledger: %1").replace("%1", self._ledger_description)
            + "\n\n"
            + self.tr("Japanese fonts: IPAex fonts, IPA Font License Agreement v1.0.")
        )

    def _on_action_about_triggered(self) -> None:
        self._presenter.info(self, self.tr("About Yorisoi"), self.about_text())

    def on_ledger_changed_elsewhere(self, count: int) -> None:
        """Another PC saved ``count`` changes: say so, and let the tabs refresh."""
        when = QTime.currentTime().toString("HH:mm")
        self.statusBar().showMessage(self.tr("The ledger was updated on another PC (%1).").replace("%1", when))
        self.sig_ledger_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window_state(self, "main")
        self.sig_closed.emit()
        super().closeEvent(event)
