"""The 家計 tab: choose a case of the 家計改善支援 programme, then its sheets on five pages —
相談時家計表, 家計計画表, キャッシュフロー表, 債務・分納 and 家計改善支援計画書.

Keyboard: Ctrl+F searches the case list, Enter opens the case; Alt+1 … Alt+5 switch pages
(the page tabs' mnemonics); Esc goes back to the case list. Repayments recorded on the debts
page feed the plan sheet's 債務返済 / 滞納分 rows and the cash flow, so those pages re-read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.domain.errors import LedgerError
from app.qt import audit_trail
from app.qt.messages import MessagePresenter
from app.views.budget.budget_output import BudgetOutput
from app.views.budget.sheet_page import SheetPage
from app.views.intake.case_list import CaseListView

PROGRAMME = "household_budget"


class BudgetTab(QWidget):
    sig_status = Signal(str)  # a message for the status bar

    def __init__(
        self,
        services,
        *,
        today: Callable[[], date],
        presenter: MessagePresenter,
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._today, self._presenter, self._staff_id = services, today, presenter, staff_id
        self._case_id: int | None = None
        self.case_list = CaseListView(services.cases, services.codes, services.staff, today=today, presenter=presenter,
                                      settings_key="budget/case_list", parent=self)  # fmt: skip
        index = self.case_list.programme_combo.findData(PROGRAMME)
        if index >= 0:
            self.case_list.programme_combo.setCurrentIndex(index)
            self.case_list.apply_filter()
        self.case_list.keep_only_filters("open")  # a narrow list: the sheets need the room
        self.case_label = QLabel(self.tr("Choose a case of the household budget programme (Enter)."), self)
        self.case_label.setObjectName("budgetCase")
        font = self.case_label.font()
        font.setBold(True)
        self.case_label.setFont(font)
        self.pages = QTabWidget(self)
        self.consultation = SheetPage("consultation", services.budget, today, presenter, staff_id=staff_id)
        self.plan = SheetPage("plan", services.budget, today, presenter, staff_id=staff_id)
        self.pages.addTab(self.consultation, self.tr("&1 Consultation sheet"))
        self.pages.addTab(self.plan, self.tr("&2 Plan sheet"))
        self._optional_pages()
        self.output = BudgetOutput(services, today, presenter, self)
        self._output_buttons()
        self._layout()
        self._connect()

    def _optional_pages(self) -> None:
        """The cash flow, debts and improvement-plan pages (each in its own module)."""
        sv, today, presenter, staff = self._services, self._today, self._presenter, self._staff_id
        from app.views.budget.cashflow_page import CashflowPage
        from app.views.budget.debts_view import DebtsView
        from app.views.budget.improvement_page import ImprovementPlanPage

        self.cashflow = CashflowPage(sv.budget, today, presenter, staff_id=staff)
        self.debts = DebtsView(sv.debts, sv.codes, sv.agencies, today, presenter, staff_id=staff)
        self.improvement = ImprovementPlanPage(sv.budget, sv.records, sv.codes, sv.agencies, today, presenter,
                                               staff_id=staff, timeline_service=sv.timeline)  # fmt: skip
        self.pages.addTab(self.cashflow, self.tr("&3 Cash flow"))
        self.pages.addTab(self.debts, self.tr("&4 Debts and repayment"))
        self.pages.addTab(self.improvement, self.tr("&5 Improvement plan"))

    def _output_buttons(self) -> None:
        """Print (Ctrl+P on the page) and, for the grids, Excel export / import."""
        out = self.output

        def add(page: QWidget, text: str, action: Callable[[], object], keys: str = "") -> QPushButton:
            button = QPushButton(text, page)
            button.setAutoDefault(False)
            button.clicked.connect(lambda: action())
            page.toolbar.addWidget(button)
            if keys:
                button.setToolTip(keys)
                shortcut = QShortcut(QKeySequence(keys), page)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda: QTimer.singleShot(0, action))
            return button

        for page in (self.consultation, self.plan):
            add(page, self.tr("Print"), lambda p=page: p.current_sheet_id() and out.print_sheet(p, p.current_sheet_id()),
                "Ctrl+P")  # fmt: skip
            add(
                page,
                self.tr("To Excel…"),
                lambda p=page: p.current_sheet_id() and out.export_sheet(p, p.current_sheet_id()),
            )
            add(page, self.tr("From Excel…"), lambda p=page: self._import(p, cashflow=False))
        cf = self.cashflow
        add(
            cf,
            self.tr("Print"),
            lambda: cf.current_plan_id() and out.print_cashflow(cf, cf.current_plan_id()),
            "Ctrl+P",
        )
        add(cf, self.tr("To Excel…"), lambda: cf.current_plan_id() and out.export_sheet(cf, cf.current_plan_id(),
                                                                                       cashflow=True))  # fmt: skip
        add(cf, self.tr("From Excel…"), lambda: self._import(cf, cashflow=True))
        add(self.debts, self.tr("Print"), lambda: self._case_id and out.print_debts(self.debts, self._case_id),
            "Ctrl+P")  # fmt: skip
        imp = self.improvement
        add(imp, self.tr("Print"), lambda: self._case_id and imp.current_plan_id()
            and out.print_improvement_plan(imp, self._case_id, imp.current_plan_id()), "Ctrl+P")  # fmt: skip

    def _import(self, page, *, cashflow: bool) -> None:
        target = page.current_plan_id() if cashflow else page.current_sheet_id()
        if target is not None and self.output.import_sheet(page, target, cashflow=cashflow):
            page.reload()

    def _layout(self) -> None:
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.case_label)
        box.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.case_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.case_list.sig_case_activated.connect(self.open_case)
        self.debts.sig_changed.connect(self._on_repayments_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.pages)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.case_list.focus_search)

    # ---- public API ------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        """Show the case's sheets (the view recorded in the audit trail first); the
        consultation page gets the keyboard."""
        if not audit_trail.allowed(self, self._presenter, "view", "cases", case_id):
            return
        self._show_case(case_id)

    def _show_case(self, case_id: int) -> None:
        try:
            case = self._services.cases.get_case(case_id)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Household budget"), str(exc))
            return
        self._case_id = case_id
        enrolled = any(m.programme == PROGRAMME for m in case.programmes)
        text = f"{case.person.name}（{case.person.kana}）　{case.case_no}"
        if not enrolled:
            text += "　" + self.tr("(not in the household budget programme)")
        self.case_label.setText(text)
        for page in (self.consultation, self.plan, self.cashflow, self.debts, self.improvement):
            page.show_case(case_id)
        self.pages.currentWidget().setFocus()

    def case_id(self) -> int | None:
        return self._case_id

    def refresh(self) -> None:
        """Another PC changed the ledger: the list, and the open case's pages."""
        self.case_list.refresh()
        if self._case_id is not None:
            self._show_case(self._case_id)

    def _on_repayments_changed(self) -> None:
        """An agreement or payment changed: the plan sheets' fed rows follow, the cash flow
        re-reads its years."""
        if self._case_id is None:
            return
        try:
            for s in self._services.budget.sheets(self._case_id):
                if s.kind == "plan":
                    self._services.budget.refresh_feeds(s.id)
        except LedgerError as exc:
            self.sig_status.emit(str(exc))
        self.plan.reload()
        self.cashflow.reload()
