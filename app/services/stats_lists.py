"""The lists the annual report prints for a year: seminars and workshops, trainings, the
meetings held each month per programme (年間活動計画 / 活動実績表), and the agencies each
programme worked with (関係機関一覧)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, literal, select, union

from app.domain.kana import gojuon_key
from app.models import (
    Agency,
    BudgetImprovementPlan,
    Code,
    Contact,
    Debt,
    DisasterActivity,
    Event,
    HousingSupportAction,
    Intake,
    KidsFoodClubEnrolment,
    LearningSupportReferral,
    Meeting,
    MeetingAttendee,
    OutreachVisit,
    Payment,
    Plan,
    PlanSupporterAction,
    Referral,
    ServiceUse,
)
from app.models.budget import budget_plan_agencies
from app.models.cases import contact_agencies, intake_programmes
from app.models.outreach import disaster_activity_agencies, visit_agencies
from app.models.support import event_participants
from app.services.stats_sources import Ctx

DIVISION = "division"
# the report's event lists: key → (programme, event kind)
EVENT_LISTS = {
    "self_reliance.seminars": ("self_reliance", "seminar"),
    "self_reliance.workshops": ("self_reliance", "workshop"),
    "outreach.workshops": ("outreach", "workshop"),
}


@dataclass(frozen=True)
class EventItem:
    held_on: date
    theme: str
    content: str
    participants: int


def days_label(held_on: date, ends_on: date | None) -> str:
    """（28日） or （1～2日）, as the report writes the day(s) of a meeting in its month."""
    if ends_on and ends_on != held_on:
        if ends_on.month == held_on.month:
            return f"（{held_on.day}～{ends_on.day}日）"
        return f"（{held_on.day}日～{ends_on.month}月{ends_on.day}日）"
    return f"（{held_on.day}日）"


@dataclass(frozen=True)
class MeetingItem:
    held_on: date
    ends_on: date | None
    title: str
    kind: str
    kind_label: str

    @property
    def days_label(self) -> str:
        return days_label(self.held_on, self.ends_on)


@dataclass(frozen=True)
class TrainingItem:
    held_on: date
    ends_on: date | None
    title: str
    organiser: str
    summary: str

    @property
    def days_label(self) -> str:
        return days_label(self.held_on, self.ends_on)


@dataclass(frozen=True)
class YearLists:
    events: dict[str, tuple[EventItem, ...]]  # "self_reliance.seminars" → items
    trainings: tuple[TrainingItem, ...]
    meetings_by_month: dict[str, dict[int, tuple[MeetingItem, ...]]]  # programme → month → items
    agencies: dict[str, tuple[str, ...]]  # programme → agency display names (五十音順)


def _events(ctx: Ctx, programme: str, kind: str) -> tuple[EventItem, ...]:
    linked = (
        select(func.count())
        .select_from(event_participants)
        .where(event_participants.c.owner_id == Event.id)
        .scalar_subquery()
    )
    q = (
        select(Event.held_on, Event.theme, Event.content, linked, Event.participant_count)
        .where(
            Event.kind_id == ctx.code("event_kind", kind),
            Event.programme_id == ctx.code("programme", programme),
            ctx.within(Event.held_on),
        )
        .order_by(Event.held_on, Event.id)
    )
    return tuple(
        EventItem(on, theme, content, int(n) + int(walk_in or 0))
        for on, theme, content, n, walk_in in ctx.session.execute(q)
    )


def _meetings(
    ctx: Ctx,
) -> tuple[dict[str, dict[int, tuple[MeetingItem, ...]]], tuple[TrainingItem, ...]]:
    training_kinds = {
        i
        for i, attrs in ctx.session.execute(select(Code.id, Code.attrs).where(Code.kind == "meeting_kind"))
        if (attrs or {}).get("category") == "training"
    }
    prog = {i: c for i, c in ctx.session.execute(select(Code.id, Code.code).where(Code.kind == "programme"))}
    q = (
        select(Meeting, Code.code, Code.label)
        .join(Code, Code.id == Meeting.kind_id)
        .where(Meeting.status != "cancelled", ctx.within(Meeting.held_on))
        .order_by(Meeting.held_on, Meeting.start_time, Meeting.id)
    )
    by_prog: dict[str, dict[int, list[MeetingItem]]] = defaultdict(lambda: defaultdict(list))
    trainings: list[TrainingItem] = []
    for m, kind, kind_label in ctx.session.execute(q):
        item = MeetingItem(m.held_on, m.ends_on, m.title, kind, kind_label)
        by_prog[prog.get(m.programme_id, DIVISION)][m.held_on.month].append(item)
        if m.kind_id in training_kinds:
            trainings.append(TrainingItem(m.held_on, m.ends_on, m.title, m.organiser, m.summary))
    frozen = {p: {mo: tuple(items) for mo, items in months.items()} for p, months in by_prog.items()}
    return frozen, tuple(trainings)


def _agency_sources(ctx: Ctx) -> list:
    """(programme_code_id, agency_id) pairs from every record kind that names an agency."""
    w = ctx.within
    dis = ctx.code("programme", "disaster_recovery")
    sr = ctx.code("programme", "self_reliance")
    hb = ctx.code("programme", "household_budget")
    return [
        select(Referral.programme_id, Referral.agency_id).where(w(Referral.referred_on)),
        select(Contact.programme_id, contact_agencies.c.target_id)
        .join(contact_agencies, contact_agencies.c.owner_id == Contact.id)
        .where(w(Contact.contact_on)),
        select(Plan.programme_id, PlanSupporterAction.agency_id)
        .join(PlanSupporterAction, PlanSupporterAction.plan_id == Plan.id)
        .where(PlanSupporterAction.agency_id.is_not(None), w(Plan.made_on)),
        select(OutreachVisit.programme_id, visit_agencies.c.target_id)
        .join(visit_agencies, visit_agencies.c.owner_id == OutreachVisit.id)
        .where(OutreachVisit.planned.is_(False), w(OutreachVisit.visited_on)),
        select(literal(dis), disaster_activity_agencies.c.target_id)
        .select_from(DisasterActivity)
        .join(disaster_activity_agencies, disaster_activity_agencies.c.owner_id == DisasterActivity.id)
        .where(w(DisasterActivity.activity_on)),
        select(Meeting.programme_id, MeetingAttendee.agency_id)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(
            MeetingAttendee.agency_id.is_not(None),
            MeetingAttendee.attended.is_(True),
            Meeting.programme_id.is_not(None),
            Meeting.status != "cancelled",
            w(Meeting.held_on),
        ),
        select(literal(sr), ServiceUse.agency_id).where(ServiceUse.agency_id.is_not(None), w(ServiceUse.started_on)),
        select(literal(sr), HousingSupportAction.agency_id).where(
            HousingSupportAction.agency_id.is_not(None), w(HousingSupportAction.action_on)
        ),
        select(intake_programmes.c.code_id, Intake.referring_agency_id)
        .join(intake_programmes, intake_programmes.c.owner_id == Intake.id)
        .where(Intake.referring_agency_id.is_not(None), w(Intake.received_on)),
        select(literal(sr), LearningSupportReferral.agency_id).where(
            LearningSupportReferral.agency_id.is_not(None), w(LearningSupportReferral.referred_on)
        ),
        select(literal(sr), KidsFoodClubEnrolment.school_agency_id).where(
            KidsFoodClubEnrolment.school_agency_id.is_not(None), w(KidsFoodClubEnrolment.enrolled_on)
        ),
        select(literal(hb), budget_plan_agencies.c.target_id)
        .select_from(BudgetImprovementPlan)
        .join(budget_plan_agencies, budget_plan_agencies.c.owner_id == BudgetImprovementPlan.id)
        .where(w(BudgetImprovementPlan.made_on)),
        select(literal(hb), Debt.handling_agency_id)
        .join(Payment, Payment.debt_id == Debt.id)
        .where(Debt.handling_agency_id.is_not(None), w(Payment.paid_on)),
    ]


def _agencies(ctx: Ctx) -> dict[str, tuple[str, ...]]:
    pairs = union(*_agency_sources(ctx)).subquery()
    q = (
        select(Code.code, Agency.name, Agency.department, Agency.name_kana)
        .select_from(pairs)
        .join(Agency, Agency.id == pairs.c[1])
        .join(Code, Code.id == pairs.c[0])
    )
    out: dict[str, list[tuple[object, str]]] = defaultdict(list)
    for programme, name, dept, kana in ctx.session.execute(q):
        out[programme].append((gojuon_key(kana) if kana else ("\uffff", (), (), (), name), f"{name} {dept}".strip()))
    return {p: tuple(dict.fromkeys(n for _k, n in sorted(items))) for p, items in out.items()}


def year_lists(ctx: Ctx) -> YearLists:
    events = {key: _events(ctx, programme, kind) for key, (programme, kind) in EVENT_LISTS.items()}
    meetings, trainings = _meetings(ctx)
    return YearLists(events, trainings, meetings, _agencies(ctx))
