"""The open ledger and one instance of each service: what the GUI and the CLI hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.ledger import Ledger
from app.services.agencies import AgencyService
from app.services.cases import CaseService
from app.services.codes import CodeService
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

    @classmethod
    def for_ledger(cls, ledger: Ledger, today: Callable[[], date] = date.today) -> Services:
        return cls(
            ledger=ledger,
            codes=CodeService(ledger, today),
            staff=StaffService(ledger, today),
            agencies=AgencyService(ledger, today),
            people=PersonService(ledger, today),
            cases=CaseService(ledger, today),
        )

    @classmethod
    def open(cls, path: Path, *, program: str = "yorisoi", create: bool = False, read_only: bool = False) -> Services:
        return cls.for_ledger(Ledger.open(path, program=program, create=create, read_only=read_only))

    @property
    def ledger_description(self) -> str:
        return self.ledger.description

    def close(self) -> None:
        self.ledger.close()
