"""Plain frozen data of the centre's own records (staff, agencies, organisation profile)
that the settings screens read: ``*Detail`` for one record to edit, with the ``version`` an
update must name (optimistic locking)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class StaffDetail:
    id: int
    version: int
    family_name: str
    given_name: str
    family_kana: str  # stored reading: hiragana
    given_kana: str
    role: str  # code of kind "staff_role"
    role_label: str
    qualifications: str
    active: bool

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()


@dataclass(frozen=True)
class AgencyDetail:
    id: int
    version: int
    name: str
    name_kana: str  # stored reading: hiragana
    kind: str  # code of kind "agency_kind"
    kind_label: str
    department: str
    phone: str
    contact_person: str
    address: str
    note: str
    retired_on: date | None

    @property
    def display_name(self) -> str:
        return f"{self.name} {self.department}".strip()


@dataclass(frozen=True)
class OrganisationProfileRow:
    """Who runs the centre in one fiscal year (the annual report's first page)."""

    id: int
    version: int
    fiscal_year: int
    corporation_name: str
    division_name: str
    centre_name: str
    address: str
    division_goals: str
