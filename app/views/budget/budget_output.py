"""Printing, exporting and importing from the 家計 tab's pages.

Every sheet prints as an A4 PDF (the cash flow landscape) into the preview of
``CasePrinter`` (private temporary folder, print / save / system viewer). The 相談時家計表,
家計計画表 and キャッシュフロー表 export to .xlsx and import the same layout back (all or
nothing; what was skipped or refused is listed). File choices go through injectable
callables so tests never block in a file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.errors import LedgerError
from app.files import safe_file_name
from app.qt import audit_trail
from app.qt.messages import MessagePresenter
from app.views.intake.case_print import CasePrinter, centre_name

ChoosePath = Callable[[QWidget, str, str], "Path | None"]  # (parent, title, suggested name) → path


class BudgetOutput(QObject):
    """``services`` is the container (budget, debts, cases, codes, records, organisation)."""

    def __init__(self, services, today: Callable[[], date], presenter: MessagePresenter, parent: QObject | None = None):
        super().__init__(parent)
        self._sv, self._today, self._presenter = services, today, presenter
        self.printer = CasePrinter(services.sheets, presenter, parent=self)
        self.choose_save_path: ChoosePath = self._choose_save_path
        self.choose_open_path: ChoosePath = self._choose_open_path
        self.before_import: Callable[[], None] = lambda: None  # the window sets: back the ledger up

    # ---- printing ------------------------------------------------------------------------
    def _header(self, case_id: int, staff_name: str) -> dict:
        case = self._sv.cases.get_case(case_id)
        return {
            "person_name": case.person.name,
            "case_no": case.case_no,
            "advisor": staff_name,
            "organisation": centre_name(self._sv.organisation, self._today()),
        }

    def print_sheet(self, parent: QWidget, sheet_id: int) -> Path | None:
        from app.report import budget_sheets as report

        title = self.tr("Household budget sheet")
        detail = self.printer.read(parent, title, lambda: self._sv.budget.sheet(sheet_id))
        if detail is None:
            return None
        header = self.printer.read(parent, title, lambda: self._header(detail.case_id, detail.staff_name))
        if header is None:
            return None
        render = report.render_plan_sheet if detail.kind == "plan" else report.render_consultation_sheet
        name = f"{detail.kind_label}_{detail.case_no}_{detail.made_on:%Y%m%d}.pdf"
        return self.printer.preview(
            parent,
            detail.kind_label,
            name,
            lambda path: render(detail, path, **header),
            record=("budget_sheets", sheet_id),
        )

    def print_cashflow(self, parent: QWidget, plan_id: int) -> Path | None:
        from app.report.budget_sheets import render_cashflow

        title = self.tr("Cash-flow table")
        detail = self.printer.read(parent, title, lambda: self._sv.budget.cashflow(plan_id))
        header = detail and self.printer.read(parent, title, lambda: self._header(detail.case_id, detail.staff_name))
        if not header:
            return None
        name = f"キャッシュフロー表_{detail.case_no}_{detail.made_on:%Y%m%d}.pdf"
        return self.printer.preview(
            parent,
            title,
            name,
            lambda path: render_cashflow(detail, path, **header),
            record=("cashflow_plans", plan_id),
        )

    def print_debts(self, parent: QWidget, case_id: int, advisor: str = "") -> Path | None:
        from app.report.budget_sheets import render_debts

        title = self.tr("Debts and repayment")

        def read():
            debts = self._sv.debts.list_debts(case_id)
            agreements = {d.id: self._sv.debts.agreement(d.agreement.id) for d in debts if d.agreement is not None}
            return debts, agreements, self._header(case_id, advisor)

        data = self.printer.read(parent, title, read)
        if data is None:
            return None
        debts, agreements, header = data
        name = f"滞納・債務一覧_{header['case_no']}.pdf"
        return self.printer.preview(
            parent, title, name, lambda path: render_debts(debts, agreements, path, **header), record=("cases", case_id)
        )

    def print_improvement_plan(self, parent: QWidget, case_id: int, plan_id: int) -> Path | None:
        from app.report.budget_sheets import render_improvement_plan

        title = self.tr("Household budget improvement plan")

        def read():
            detail = next(p for p in self._sv.budget.improvement_plans(case_id) if p.id == plan_id)
            meeting = (
                self._sv.records.meeting_choice(detail.approved_meeting_id) if detail.approved_meeting_id else None
            )
            result = self._sv.records.evaluation_result(detail.evaluation_id) if detail.evaluation_id else None
            extra = {
                "support_options": [c.label for c in self._sv.codes.codes("budget_support")],
                "approved_meeting": meeting.display if meeting else "",
                "evaluation": result,
            }
            return detail, {**self._header(case_id, detail.staff_name), **extra}

        data = self.printer.read(parent, title, read)
        if data is None:
            return None
        detail, options = data
        name = f"家計改善支援計画書_{options['case_no']}_{detail.made_on:%Y%m%d}.pdf"
        return self.printer.preview(
            parent,
            title,
            name,
            lambda path: render_improvement_plan(detail, path, **options),
            record=("budget_improvement_plans", plan_id),
        )

    # ---- Excel ---------------------------------------------------------------------------
    def export_sheet(self, parent: QWidget, sheet_id: int, *, cashflow: bool = False) -> Path | None:
        """Write the sheet (or cash flow) to an .xlsx the user names; its path, or None."""
        from app.services import budget_exchange as exchange

        title = self.tr("Export to Excel")
        try:
            detail = self._sv.budget.cashflow(sheet_id) if cashflow else self._sv.budget.sheet(sheet_id)
            kind = "キャッシュフロー表" if cashflow else detail.kind_label
            suggested = safe_file_name(f"{kind}_{detail.case_no}_{detail.made_on:%Y%m%d}.xlsx")
            path = self.choose_save_path(parent, title, suggested)
            if path is None:
                return None
            audit_trail.note("export", "cashflow_plans" if cashflow else "budget_sheets", sheet_id, "Excel")
            export = exchange.export_cashflow_xlsx if cashflow else exchange.export_sheet_xlsx
            export(self._sv.budget, sheet_id, path, person_name=detail.person_name, case_no=detail.case_no)
        except LedgerError as exc:
            self._presenter.error(parent, title, str(exc))
            return None
        self._presenter.info(parent, title, self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def import_sheet(self, parent: QWidget, sheet_id: int, *, cashflow: bool = False) -> bool:
        """Read an .xlsx of the exported layout into the sheet: True when something was written.
        A bad cell writes nothing; the report (what was skipped, what was refused) is shown."""
        from app.services import budget_exchange as exchange

        title = self.tr("Import from Excel")
        path = self.choose_open_path(parent, title, "")
        if path is None:
            return False
        read = exchange.import_cashflow_xlsx if cashflow else exchange.import_sheet_xlsx
        try:
            self.before_import()  # a backup of the ledger first (issue 9: before every import)
            audit_trail.note("import", "cashflow_plans" if cashflow else "budget_sheets", sheet_id, "Excel")
            report = read(self._sv.budget, sheet_id, path)
        except LedgerError as exc:
            self._presenter.error(parent, title, str(exc))
            return False
        lines = report.messages()
        if report.imported:
            self._presenter.info(parent, title, "\n".join([self.tr("Imported."), *lines]))
        else:
            self._presenter.error(parent, title, "\n".join([self.tr("Nothing was imported."), *lines]))
        return report.imported

    # ---- file choices --------------------------------------------------------------------
    def _choose_save_path(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "Excel (*.xlsx)")
        return Path(name) if name else None

    def _choose_open_path(self, parent: QWidget, title: str, _suggested: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), "Excel (*.xlsx)")
        return Path(name) if name else None
