"""What a form hands to a service: plain, frozen input records (``*Draft``).

Categories are given by their stable code key (``method="phone"``); the service resolves
them and rejects unknown or retired codes. Dates are ``date`` objects (the form parses 和暦
or 西暦 with app.domain.wareki before it builds the draft).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


@dataclass(frozen=True)
class PersonDraft:
    family_name: str
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    gender: str | None = None  # code of kind "gender"
    gender_note: str = ""
    birth_date: date | None = None
    postal_code: str = ""
    address: str = ""
    phone_home: str = ""
    phone_mobile: str = ""
    email: str = ""
    foreign_national: bool = False
    preferred_language: str = ""
    note: str = ""


@dataclass(frozen=True)
class HouseholdMemberDraft:
    relationship: str  # code of kind "relationship"
    name: str = ""
    name_kana: str = ""
    birth_date: date | None = None
    lives_together: bool = True
    employment: str = ""
    health: str = ""
    note: str = ""


@dataclass(frozen=True)
class DisasterDraft:
    disaster_name: str
    disaster_on: date | None = None
    damage_level: str | None = None
    housing: str | None = None
    recovery_centre_contact: str = ""
    note: str = ""


@dataclass(frozen=True)
class IntakeDraft:
    """相談受付: for an existing person (``person_id``) or a new one (``person``)."""

    received_on: date
    method: str
    route: str
    programmes: tuple[str, ...]
    topics: tuple[str, ...] = ()
    primary_topic: str | None = None
    person_id: int | None = None
    person: PersonDraft | None = None
    received_at: time | None = None
    received_by_id: int | None = None
    referring_agency_id: int | None = None
    other_topic_text: str = ""
    wishes: str = ""
    consent_given: bool = False
    consent_on: date | None = None
    companion_name: str = ""
    companion_phone: str = ""
    companion_relationship: str | None = None
    work_status: str | None = None
    housing_status: str | None = None
    health_insurance: str | None = None
    pension: str | None = None
    certificate: str | None = None
    certificate_note: str = ""
    welfare_history: str | None = None
    notes: str = ""
    counsellor_id: int | None = None
    disaster: DisasterDraft | None = None


@dataclass(frozen=True)
class ContactDraft:
    case_id: int
    programme: str
    contact_on: date
    method: str
    content: str = ""
    contact_at: time | None = None
    participants: str = ""
    agency_ids: tuple[int, ...] = ()
    staff_id: int | None = None
    minutes: int | None = None
    next_action: str = ""


@dataclass(frozen=True)
class SupporterActionDraft:
    supporter: str
    action: str
    agency_id: int | None = None
    due_on: date | None = None


@dataclass(frozen=True)
class PlanDraft:
    case_id: int
    programme: str
    made_on: date
    person_goal: str = ""
    short_term_goals: str = ""
    person_actions: str = ""
    other_services: str = ""
    issues: tuple[str, ...] = ()
    menus: tuple[str, ...] = ()
    supporter_actions: tuple[SupporterActionDraft, ...] = ()
    employment_support: bool = False
    period_from: date | None = None
    period_to: date | None = None
    next_monitoring_on: date | None = None
    approved_meeting_id: int | None = None
    city_decision_on: date | None = None
    staff_id: int | None = None


@dataclass(frozen=True)
class ReferralDraft:
    person_id: int
    programme: str
    direction: str  # "in" / "out"
    referred_on: date
    agency_id: int
    case_id: int | None = None
    purpose: str = ""
    result: str = ""
    staff_id: int | None = None


@dataclass(frozen=True)
class OutcomeDraft:
    """就職 (employer, 雇用形態, 経路) or 増収 (the monthly increase in yen) for the case's person."""

    case_id: int
    kind: str  # outcome_kind: "employed" / "income_increase"
    occurred_on: date
    employer_name: str = ""
    employment_type: str | None = None
    via: str | None = None
    increase_yen: int | None = None
    note: str = ""
    staff_id: int | None = None


@dataclass(frozen=True)
class ServiceUseDraft:
    """Use of another programme (就労準備支援, 認定就労訓練 …) by the case's person."""

    case_id: int
    service: str  # external_service code
    started_on: date
    ended_on: date | None = None
    agency_id: int | None = None
    result: str = ""
    staff_id: int | None = None


@dataclass(frozen=True)
class EvaluationDraft:
    case_id: int
    programme: str
    kind: str  # "monitoring" / "closure"
    evaluated_on: date
    level: int | None = None  # 1..5 (closure)
    extended: bool = False
    closure_reason: str | None = None
    changes: tuple[str, ...] = ()
    plan_id: int | None = None
    comment: str = ""
    staff_id: int | None = None


@dataclass(frozen=True)
class AgencyDraft:
    name: str
    kind: str
    name_kana: str = ""
    department: str = ""
    phone: str = ""
    contact_person: str = ""
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class StaffDraft:
    family_name: str
    role: str
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    qualifications: str = ""


@dataclass(frozen=True)
class CodeDraft:
    kind: str
    label: str
    short_label: str = ""
    parent_code: str | None = None
    attrs: dict[str, object] = field(default_factory=dict)
