"""The open ledger and one instance of each service: what the GUI and the CLI hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.db.ledger import Ledger, PasswordProvider
from app.db.location import Location
from app.services.agencies import AgencyService
from app.services.annual_report import AnnualReportService
from app.services.audit_log import AuditService
from app.services.auth import AuthService
from app.services.budget_sheets import BudgetSheetService
from app.services.case_records import CaseRecordService
from app.services.case_sheets import CaseSheetService
from app.services.case_timeline import CaseTimelineService
from app.services.cases import CaseService
from app.services.codes import CodeService
from app.services.debts import DebtService
from app.services.meetings import MeetingService
from app.services.organisation import OrganisationService
from app.services.outreach import OutreachService
from app.services.people import PersonService
from app.services.staff import StaffService


@dataclass
class Services:
    ledger: Ledger
    codes: CodeService
    staff: StaffService
    agencies: AgencyService
    people: PersonService
    cases: CaseService
    timeline: CaseTimelineService
    records: CaseRecordService
    organisation: OrganisationService
    sheets: CaseSheetService
    debts: DebtService
    budget: BudgetSheetService
    meetings: MeetingService
    outreach: OutreachService
    report: AnnualReportService
    auth: AuthService
    audit: AuditService

    @classmethod
    def for_ledger(cls, ledger: Ledger, today: Callable[[], date] = date.today) -> Services:
        return cls(
            ledger=ledger,
            codes=CodeService(ledger, today),
            staff=StaffService(ledger, today),
            agencies=AgencyService(ledger, today),
            people=PersonService(ledger, today),
            cases=CaseService(ledger, today),
            timeline=CaseTimelineService(ledger, today),
            records=CaseRecordService(ledger, today),
            organisation=OrganisationService(ledger, today),
            sheets=CaseSheetService(ledger, today),
            debts=DebtService(ledger, today),
            budget=BudgetSheetService(ledger, today),
            meetings=MeetingService(ledger, today),
            outreach=OutreachService(ledger, today),
            report=AnnualReportService(ledger, today),
            auth=AuthService(ledger, today),
            audit=AuditService(ledger, today),
        )

    @classmethod
    def open(
        cls,
        location: Location,
        *,
        program: str = "yorisoi",
        create: bool = False,
        read_only: bool = False,
        password_provider: PasswordProvider | None = None,
        passphrase: str | None = None,
    ) -> Services:
        """``passphrase``: the ledger passphrase of an encrypted file (see ``Ledger.open``)."""
        ledger = Ledger.open(
            location,
            program=program,
            create=create,
            read_only=read_only,
            password_provider=password_provider,
            passphrase=passphrase,
        )
        return cls.for_ledger(ledger)

    @property
    def ledger_description(self) -> str:
        return self.ledger.description

    def change_listener(self):  # -> app.db.changes.ChangeListener | None
        """For a server ledger: a listener that hears other PCs' commits (None for a file,
        which only this program writes)."""
        if not self.ledger.is_server:
            return None
        from app.db.changes import ChangeListener

        return ChangeListener(self.ledger)

    def close(self) -> None:
        self.ledger.close()
