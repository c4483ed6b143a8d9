"""Plain frozen data that services return (``*Row`` for lists, ``*Detail`` for one record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CodeRow:
    id: int
    kind: str
    code: str
    label: str
    short_label: str
    position: int
    parent_code: str | None
    builtin: bool
    retired_on: date | None


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    kana: str
    role: str
    role_label: str
    active: bool


@dataclass(frozen=True)
class AgencyRow:
    id: int
    name: str
    department: str
    kind: str
    kind_label: str
    phone: str
    contact_person: str
    retired_on: date | None

    @property
    def display_name(self) -> str:
        return f"{self.name} {self.department}".strip()


@dataclass(frozen=True)
class PersonRow:
    id: int
    person_no: str
    name: str
    kana: str
    birth_date: date | None
    phone: str
    address: str


@dataclass(frozen=True)
class HouseholdMemberRow:
    id: int
    relationship: str
    relationship_label: str
    name: str
    name_kana: str
    birth_date: date | None
    lives_together: bool
    employment: str
    health: str


@dataclass(frozen=True)
class PersonDetail:
    id: int
    person_no: str
    version: int
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    gender: str | None
    gender_note: str
    birth_date: date | None
    postal_code: str
    address: str
    phone_home: str
    phone_mobile: str
    email: str
    foreign_national: bool
    preferred_language: str
    note: str
    household: tuple[HouseholdMemberRow, ...]


@dataclass(frozen=True)
class ProgrammeMembershipRow:
    programme: str
    programme_label: str
    status: str
    status_label: str
    joined_on: date
    use_decided_on: date | None
    ended_on: date | None


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_no: str
    person_id: int
    person_name: str
    person_kana: str
    birth_date: date | None
    opened_on: date
    status: str
    status_label: str
    programmes: str  # short labels joined with ・
    counsellor: str
    disaster: bool


@dataclass(frozen=True)
class CaseDetail:
    id: int
    case_no: str
    version: int
    person: PersonRow
    opened_on: date
    status: str
    status_label: str
    counsellor_id: int | None
    counsellor: str
    programmes: tuple[ProgrammeMembershipRow, ...]
    closed_on: date | None
    disaster_name: str | None


@dataclass(frozen=True)
class DuplicateCandidate:
    person: PersonRow
    reason: str  # "reading_birth" / "phone"
    reason_label: str


@dataclass(frozen=True)
class IntakeResult:
    case_id: int
    case_no: str
    person_id: int
    person_no: str
    intake_id: int
