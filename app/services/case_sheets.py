"""What the case file prints: the 相談受付・申込票, a プラン and the 経過一覧 (contact history).

Each method is one short read transaction that returns frozen rows of plain values (labels
already resolved, no ORM objects), ready for app.report.case_sheets to lay out. Labels come
from the code tables as the staff named them; a retired code still prints under its label.
NotFoundError for an unknown case or plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.domain.wareki import age_on
from app.models import (
    Agency,
    Case,
    CaseProgramme,
    Code,
    Contact,
    DisasterDetail,
    HouseholdMember,
    Intake,
    Meeting,
    Person,
    Plan,
    PlanSupporterAction,
    StaffMember,
)
from app.models.cases import contact_agencies, intake_programmes, intake_topics, plan_issues, plan_menus
from app.services.base import Service, get_or_404


# ---- the rows -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tick:
    """One category of a tick-all list: printed with its box ticked or empty."""

    code: str
    label: str
    ticked: bool
    primary: bool = False  # 最も困っていること (intake topics only)


@dataclass(frozen=True)
class PersonBlock:
    person_no: str
    name: str
    kana: str
    gender: str  # label, with the free text of その他
    birth_date: date | None
    age: int | None  # on the sheet's reference date (the intake date)
    postal_code: str  # 7 digits as stored
    address: str
    phone_home: str
    phone_mobile: str
    email: str
    foreign_national: bool
    preferred_language: str


@dataclass(frozen=True)
class HouseholdLine:
    relationship: str
    name: str
    kana: str
    birth_date: date | None
    age: int | None
    lives_together: bool
    employment: str
    health: str


@dataclass(frozen=True)
class DisasterBlock:
    name: str
    on: date | None
    damage_level: str
    housing: str
    recovery_centre_contact: str
    note: str


@dataclass(frozen=True)
class IntakeSheet:
    """相談受付・申込票 of a case's first intake (B票 items included)."""

    case_id: int
    case_no: str
    counsellor: str
    person: PersonBlock
    household: tuple[HouseholdLine, ...]
    has_intake: bool  # False for a case recorded without an intake: only the person prints
    received_on: date
    received_at: time | None
    received_by: str
    method: str
    route: str
    referring_agency: str
    topics: tuple[Tick, ...]  # every consult_topic, in display order
    other_topic_text: str
    wishes: str
    programmes: tuple[str, ...]  # full labels
    consent_given: bool
    consent_on: date | None
    companion_name: str
    companion_phone: str
    companion_relationship: str
    work_status: str
    housing_status: str
    health_insurance: str
    pension: str
    certificate: str
    certificate_note: str
    welfare_history: str
    notes: str
    disaster: DisasterBlock | None


@dataclass(frozen=True)
class SupporterLine:
    supporter: str
    agency: str
    action: str
    due_on: date | None


@dataclass(frozen=True)
class PlanSheet:
    """プラン兼事業等利用申込書: the first plan (``revision_no`` 0) or re-plan n."""

    plan_id: int
    case_id: int
    case_no: str
    person_name: str
    person_kana: str
    programme: str
    revision_no: int
    made_on: date
    staff: str
    period_from: date | None
    period_to: date | None
    person_goal: str
    short_term_goals: str
    issues: tuple[Tick, ...]  # every assessment_issue, in display order
    person_actions: str
    supporter_actions: tuple[SupporterLine, ...]
    menus: tuple[Tick, ...]  # every support_menu (利用する事業)
    other_services: str
    employment_support: bool
    next_monitoring_on: date | None
    meeting_on: date | None
    meeting_kind: str
    meeting_title: str
    city_decision_on: date | None

    @property
    def revision_label(self) -> str:
        return "初回" if self.revision_no == 0 else f"再プラン {self.revision_no}"


@dataclass(frozen=True)
class ContactLine:
    id: int
    on: date
    at: time | None
    method: str
    programme: str  # short label
    participants: str
    agencies: tuple[str, ...]
    content: str  # in full
    staff: str
    minutes: int | None
    next_action: str


@dataclass(frozen=True)
class ContactHistory:
    """経過一覧: the case's contacts, oldest first (date, time — none first — and id)."""

    case_id: int
    case_no: str
    person_name: str
    person_kana: str
    programmes: tuple[str, ...]  # short labels of the case's programmes
    counsellor: str
    date_from: date | None
    date_to: date | None
    contacts: tuple[ContactLine, ...]


# ---- look-ups ---------------------------------------------------------------------------------
class _Codes:
    """Every code of the given kinds, read in one query."""

    def __init__(self, s: Session, kinds: tuple[str, ...]) -> None:
        rows = s.scalars(select(Code).where(Code.kind.in_(kinds)).order_by(Code.kind, Code.position, Code.id))
        self._by_id = {c.id: (c.kind, c.code, c.label, c.short_label, c.retired_on is None) for c in rows}

    def label(self, code_id: int | None) -> str:
        row = self._by_id.get(code_id) if code_id is not None else None
        return row[2] if row else ""

    def short(self, code_id: int | None) -> str:
        row = self._by_id.get(code_id) if code_id is not None else None
        return (row[3] or row[2]) if row else ""

    def ticks(self, kind: str, ticked: set[int], primary: int | None = None) -> tuple[Tick, ...]:
        """The active codes of ``kind`` and any retired one that is ticked, in display order."""
        return tuple(
            Tick(code, label, i in ticked, i == primary)
            for i, (k, code, label, _short, active) in self._by_id.items()
            if k == kind and (active or i in ticked)
        )


def _staff_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    q = select(StaffMember.id, StaffMember.family_name, StaffMember.given_name).where(StaffMember.id.in_(wanted))
    return {i: f"{family} {given}".strip() for i, family, given in s.execute(q)}


def _agency_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    q = select(Agency.id, Agency.name, Agency.department).where(Agency.id.in_(wanted))
    return {i: f"{name} {dept}".strip() for i, name, dept in s.execute(q)}


def _age(birth: date | None, on: date) -> int | None:
    if birth is None or birth > on:
        return None
    return age_on(birth, on)


def _linked(s: Session, table: Table, owner_id: int) -> set[int]:
    return set(s.scalars(select(table.c.code_id).where(table.c.owner_id == owner_id)))


_INTAKE_KINDS = (
    "gender", "relationship", "intake_method", "consult_route", "consult_topic", "programme", "work_status",
    "housing_status", "health_insurance", "pension_status", "certificate", "welfare_history", "disaster_damage",
    "disaster_housing",
)  # fmt: skip


# ---- the service ------------------------------------------------------------------------------
class CaseSheetService(Service):
    def intake_sheet(self, case_id: int) -> IntakeSheet:
        """The case's first intake (earliest 受付日) with the person and household.

        Read-only; one short read transaction. NotFoundError for an unknown case."""
        with self._ledger.reading() as s:
            case = get_or_404(s, Case, case_id, "ケース")
            codes = _Codes(s, _INTAKE_KINDS)
            intake = s.scalar(
                select(Intake).where(Intake.case_id == case_id).order_by(Intake.received_on, Intake.id).limit(1)
            )
            on = intake.received_on if intake else case.opened_on
            person = s.get(Person, case.person_id)
            staff = _staff_names(s, {case.counsellor_id, intake.received_by_id if intake else None})
            disaster = s.scalar(select(DisasterDetail).where(DisasterDetail.case_id == case_id))
            household = s.scalars(
                select(HouseholdMember)
                .where(HouseholdMember.person_id == person.id)
                .order_by(HouseholdMember.position, HouseholdMember.id)
            )
            intake_part = _intake_part(s, intake, codes, staff) if intake else _no_intake(codes)
            return IntakeSheet(
                case_id=case.id,
                case_no=case.case_no,
                counsellor=staff.get(case.counsellor_id, ""),
                person=_person_block(person, codes, on),
                household=tuple(_household_line(m, codes, on) for m in household),
                has_intake=intake is not None,
                received_on=on,
                disaster=_disaster_block(disaster, codes) if disaster else None,
                **intake_part,
            )

    def plan_sheet(self, plan_id: int) -> PlanSheet:
        """One plan as printed on the プラン兼事業等利用申込書.

        Read-only; one short read transaction. NotFoundError for an unknown plan."""
        with self._ledger.reading() as s:
            plan = get_or_404(s, Plan, plan_id, "プラン")
            case = s.get(Case, plan.case_id)
            person = s.get(Person, case.person_id)
            codes = _Codes(s, ("programme", "assessment_issue", "support_menu", "meeting_kind"))
            actions = list(
                s.scalars(
                    select(PlanSupporterAction)
                    .where(PlanSupporterAction.plan_id == plan.id)
                    .order_by(PlanSupporterAction.position, PlanSupporterAction.id)
                )
            )
            agencies = _agency_names(s, {a.agency_id for a in actions})
            meeting = s.get(Meeting, plan.approved_meeting_id) if plan.approved_meeting_id else None
            return PlanSheet(
                plan_id=plan.id,
                case_id=case.id,
                case_no=case.case_no,
                person_name=person.full_name,
                person_kana=person.full_kana,
                programme=codes.label(plan.programme_id),
                revision_no=plan.revision_no,
                made_on=plan.made_on,
                staff=_staff_names(s, {plan.staff_id}).get(plan.staff_id, ""),
                period_from=plan.period_from,
                period_to=plan.period_to,
                person_goal=plan.person_goal,
                short_term_goals=plan.short_term_goals,
                issues=codes.ticks("assessment_issue", _linked(s, plan_issues, plan.id)),
                person_actions=plan.person_actions,
                supporter_actions=tuple(
                    SupporterLine(a.supporter, agencies.get(a.agency_id, ""), a.action, a.due_on) for a in actions
                ),
                menus=codes.ticks("support_menu", _linked(s, plan_menus, plan.id)),
                other_services=plan.other_services,
                employment_support=plan.employment_support,
                next_monitoring_on=plan.next_monitoring_on,
                meeting_on=meeting.held_on if meeting else None,
                meeting_kind=codes.label(meeting.kind_id) if meeting else "",
                meeting_title=meeting.title if meeting else "",
                city_decision_on=plan.city_decision_on,
            )

    def contact_history(
        self, case_id: int, date_from: date | None = None, date_to: date | None = None
    ) -> ContactHistory:
        """Every contact of the case dated within [date_from, date_to] (either end open),
        oldest first; contents in full.

        Read-only; one short read transaction of a fixed number of queries (the contacts,
        then one per look-up table), however many contacts there are. NotFoundError for an
        unknown case."""
        with self._ledger.reading() as s:
            case = get_or_404(s, Case, case_id, "ケース")
            person = s.get(Person, case.person_id)
            codes = _Codes(s, ("programme", "contact_method"))
            q = select(
                Contact.id, Contact.contact_on, Contact.contact_at, Contact.method_id, Contact.programme_id,
                Contact.participants, Contact.content, Contact.staff_id, Contact.minutes, Contact.next_action,
            ).where(Contact.case_id == case_id)  # fmt: skip
            if date_from is not None:
                q = q.where(Contact.contact_on >= date_from)
            if date_to is not None:
                q = q.where(Contact.contact_on <= date_to)
            rows = s.execute(q.order_by(Contact.contact_on, Contact.contact_at.asc().nulls_first(), Contact.id)).all()
            staff = _staff_names(s, {r.staff_id for r in rows} | {case.counsellor_id})
            agencies = _contact_agencies(s, case_id, date_from, date_to)
            memberships = s.scalars(
                select(CaseProgramme.programme_id).where(CaseProgramme.case_id == case_id).order_by(CaseProgramme.id)
            )
            return ContactHistory(
                case_id=case.id,
                case_no=case.case_no,
                person_name=person.full_name,
                person_kana=person.full_kana,
                programmes=tuple(codes.short(p) for p in memberships),
                counsellor=staff.get(case.counsellor_id, ""),
                date_from=date_from,
                date_to=date_to,
                contacts=tuple(
                    ContactLine(
                        r.id, r.contact_on, r.contact_at, codes.label(r.method_id), codes.short(r.programme_id),
                        r.participants, tuple(agencies.get(r.id, ())), r.content, staff.get(r.staff_id, ""),
                        r.minutes, r.next_action,
                    )
                    for r in rows
                ),
            )  # fmt: skip


# ---- pieces -----------------------------------------------------------------------------------
def _person_block(p: Person, codes: _Codes, on: date) -> PersonBlock:
    gender = codes.label(p.gender_id)
    if p.gender_note:
        gender = f"{gender}（{p.gender_note}）" if gender else p.gender_note
    return PersonBlock(
        p.person_no, p.full_name, p.full_kana, gender, p.birth_date, _age(p.birth_date, on), p.postal_code,
        p.address, p.phone_home, p.phone_mobile, p.email, p.foreign_national, p.preferred_language,
    )  # fmt: skip


def _household_line(m: HouseholdMember, codes: _Codes, on: date) -> HouseholdLine:
    return HouseholdLine(
        codes.label(m.relationship_id), m.name, m.name_kana, m.birth_date, _age(m.birth_date, on),
        m.lives_together, m.employment, m.health,
    )  # fmt: skip


def _disaster_block(d: DisasterDetail, codes: _Codes) -> DisasterBlock:
    return DisasterBlock(
        d.disaster_name, d.disaster_on, codes.label(d.damage_level_id), codes.label(d.housing_id),
        d.recovery_centre_contact, d.note,
    )  # fmt: skip


def _intake_part(s: Session, i: Intake, codes: _Codes, staff: dict[int, str]) -> dict[str, object]:
    programme_ids = set(_linked(s, intake_programmes, i.id))
    return {
        "received_at": i.received_at,
        "received_by": staff.get(i.received_by_id, ""),
        "method": codes.label(i.method_id),
        "route": codes.label(i.route_id),
        "referring_agency": _agency_names(s, {i.referring_agency_id}).get(i.referring_agency_id, ""),
        "topics": codes.ticks("consult_topic", _linked(s, intake_topics, i.id), i.primary_topic_id),
        "other_topic_text": i.other_topic_text,
        "wishes": i.wishes,
        "programmes": tuple(t.label for t in codes.ticks("programme", programme_ids) if t.ticked),
        "consent_given": i.consent_given,
        "consent_on": i.consent_on,
        "companion_name": i.companion_name,
        "companion_phone": i.companion_phone,
        "companion_relationship": codes.label(i.companion_relationship_id),
        "work_status": codes.label(i.work_status_id),
        "housing_status": codes.label(i.housing_status_id),
        "health_insurance": codes.label(i.health_insurance_id),
        "pension": codes.label(i.pension_id),
        "certificate": codes.label(i.certificate_id),
        "certificate_note": i.certificate_note,
        "welfare_history": codes.label(i.welfare_history_id),
        "notes": i.notes,
    }


def _no_intake(codes: _Codes) -> dict[str, object]:
    """The intake fields of a case that has no intake: an empty form."""
    empty = ("received_by", "method", "route", "referring_agency", "other_topic_text", "wishes", "companion_name",
             "companion_phone", "companion_relationship", "work_status", "housing_status", "health_insurance",
             "pension", "certificate", "certificate_note", "welfare_history", "notes")  # fmt: skip
    return {
        **dict.fromkeys(empty, ""),
        "received_at": None,
        "topics": codes.ticks("consult_topic", set()),
        "programmes": (),
        "consent_given": False,
        "consent_on": None,
    }


def _contact_agencies(s: Session, case_id: int, date_from: date | None, date_to: date | None) -> dict[int, list[str]]:
    """contact id → agency names, for every contact of the case in the period (one query)."""
    q = (
        select(contact_agencies.c.owner_id, Agency.name, Agency.department)
        .join(Agency, Agency.id == contact_agencies.c.target_id)
        .join(Contact, Contact.id == contact_agencies.c.owner_id)
        .where(Contact.case_id == case_id)
    )
    if date_from is not None:
        q = q.where(Contact.contact_on >= date_from)
    if date_to is not None:
        q = q.where(Contact.contact_on <= date_to)
    out: dict[int, list[str]] = {}
    for owner, name, dept in s.execute(q.order_by(contact_agencies.c.owner_id, Agency.reading_key, Agency.id)):
        out.setdefault(owner, []).append(f"{name} {dept}".strip())
    return out


__all__ = [
    "CaseSheetService",
    "ContactHistory",
    "ContactLine",
    "DisasterBlock",
    "HouseholdLine",
    "IntakeSheet",
    "PersonBlock",
    "PlanSheet",
    "SupporterLine",
    "Tick",
]
