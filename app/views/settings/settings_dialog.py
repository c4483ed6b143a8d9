"""設定: the administrator's screens in one dialog, a page list on the left (職員 / 関係機関 /
コード表 / 法人・センター / 家計表のひな形) and the chosen page on the right. The templates page is
there when the dialog is given the budget service (``budget``).

Keyboard: Tab goes from the page list into the page; Ctrl+PgDown / Ctrl+PgUp change page;
Esc (or Close) closes the dialog, asking first if the organisation page has unsaved input.
Every write goes through a service the moment the user confirms it; ``sig_data_changed``
names the area that changed ("staff", "agencies", "codes", "organisation", "templates") so the windows
that show it can refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.qt.messages import MessagePresenter
from app.views.settings.agency_page import AgencyPage
from app.views.settings.code_page import CodePage
from app.views.settings.organisation_page import OrganisationPage
from app.views.settings.staff_page import StaffPage
from app.views.settings.template_page import TemplatePage

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.budget_sheets import BudgetSheetService
    from app.services.codes import CodeService
    from app.services.organisation import OrganisationService
    from app.services.staff import StaffService

PAGE_KEYS = ("staff", "agencies", "codes", "organisation", "templates")
PAGE_STYLE = (
    "QLabel#pageTitle { font-size: 13pt; font-weight: bold; } QListWidget#settingsPages::item { padding: 6px 8px; }"
)


class SettingsDialog(QDialog):
    """The settings pages. ``show_page(key)`` opens one of ``page_keys`` (``PAGE_KEYS``, less
    "templates" when no ``budget`` service was given)."""

    sig_data_changed = Signal(str)

    def __init__(
        self,
        staff: StaffService,
        agencies: AgencyService,
        codes: CodeService,
        organisation: OrganisationService,
        today: Callable[[], date],
        presenter: MessagePresenter,
        parent: QWidget | None = None,
        *,
        budget: BudgetSheetService | None = None,
        auth=None,
        signed_in=None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(PAGE_STYLE)
        # created first: the Tab order is the creation order (list → the page shown → Close)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("settingsPages")
        titles = [
            self.tr("Staff members"),
            self.tr("Agencies"),
            self.tr("Code tables"),
            self.tr("Corporation and centre"),
        ]
        if budget is not None:
            titles.append(self.tr("Budget sheet templates"))
        self.page_list.addItems(titles)
        admin_id = signed_in.staff_id if signed_in is not None and signed_in.role == "admin" else None
        self.staff_page = StaffPage(staff, codes, presenter, self, auth=auth, admin_id=admin_id)
        self.agency_page = AgencyPage(agencies, codes, presenter, self)
        self.code_page = CodePage(codes, presenter, self)
        self.organisation_page = OrganisationPage(organisation, today, presenter, self)
        self.template_page = TemplatePage(budget, presenter, self) if budget is not None else None
        pages: list[QWidget] = [self.staff_page, self.agency_page, self.code_page, self.organisation_page]
        if self.template_page is not None:
            pages.append(self.template_page)
        self.page_keys = PAGE_KEYS[: len(pages)]
        self.pages: dict[str, QWidget] = dict(zip(self.page_keys, pages, strict=True))
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.sig_changed.connect(self.sig_data_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.page_list.currentRowChanged.connect(self._on_page_list_current_row_changed)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_page(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_page(-1))
        self.page_list.setCurrentRow(0)
        self.resize(900, 600)
        if signed_in is not None:
            self._limit_to(signed_in.role)

    def _limit_to(self, role: str) -> None:
        """相談員: staff and code tables are shown, not changed; 閲覧: nothing is changed."""
        if role == "viewer":
            reason = self.tr("Read-only access: nothing can be changed here.")
            for page in self.pages.values():
                if hasattr(page, "set_read_only"):
                    page.set_read_only(reason)
            self.organisation_page.setEnabled(False)
        elif role != "admin":
            reason = self.tr("Only an administrator can change this.")
            self.staff_page.set_read_only(reason)
            self.code_page.set_read_only(reason)

    def _layout(self) -> None:
        width = max(self.page_list.sizeHintForColumn(0), 120) + 24
        self.page_list.setFixedWidth(width)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        box = QVBoxLayout(self)
        box.addLayout(body, 1)
        box.addWidget(self.buttons)

    # ---- public API ------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        self.page_list.setCurrentRow(self.page_keys.index(key))
        return self.pages[key]

    def current_key(self) -> str:
        return self.page_keys[self.stack.currentIndex()]

    def reload(self) -> None:
        """Read everything again (another PC changed the ledger); unsaved input is kept."""
        self.staff_page.reload()
        self.agency_page.reload()
        self.code_page.ensure_loaded()
        self.code_page.reload()
        if self.template_page is not None:
            self.template_page.reload()

    def reject(self) -> None:
        """Close (Esc, Close, the window's ×: QDialog routes them all here); with unsaved
        organisation input, only after the user agrees to drop it."""
        if self.organisation_page.has_unsaved_changes() and not self._presenter.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The corporation and centre page has unsaved changes. Close without saving?"),
        ):
            self.show_page("organisation")
            return
        super().reject()

    # ---- internals -------------------------------------------------------------------------
    def _on_page_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        page.ensure_loaded()

    def _step_page(self, step: int) -> None:
        row = (self.page_list.currentRow() + step) % self.page_list.count()
        self.page_list.setCurrentRow(row)
        self.page_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
