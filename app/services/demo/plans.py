"""Support plans (first plan and re-plans, revision numbers consecutive per case and
programme), their approval at a coordination meeting, and monitoring evaluations."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.services.demo.cases import ISSUES_OF_TOPIC, CaseRec
from app.services.demo.context import Ctx
from app.services.demo.meetings import MeetingBook
from app.services.demo.texts import (
    EVALUATION_COMMENTS,
    OTHER_SERVICES,
    PERSON_ACTIONS,
    PLAN_GOALS,
    REVIEW_DECISIONS,
    REVIEW_MINUTES,
    SHORT_TERM_GOALS,
    SUPPORTER_ACTIONS,
)

CHANGES = ("motivation", "goal", "habits", "security", "sos", "relations", "health", "budget")


def _menus(rec: CaseRec, programme: str) -> list[str]:
    s = rec.slot
    menus = ["self_reliance"]
    flags = (
        (s.prep, "employment_preparation"),
        ("household_budget" in s.programmes, "household_budget"),
        (s.temp_living, "temporary_living"),
        (s.classroom or s.home_visit, "children_learning"),
        (s.housing > 1, "housing_benefit"),
    )
    menus += [menu for flag, menu in flags if flag]
    return menus if programme == "self_reliance" else ["self_reliance"]


def _supporters(ctx: Ctx, rng: random.Random, plan_id: int, rec: CaseRec, made: date) -> None:
    for position in range(1, rng.randint(1, 3) + 1):
        agency = rec.referring if position == 2 and rec.referring else None
        if position == 3:
            agency = ctx.agency(rng, "ref")
        ctx.sink.add(
            "plan_supporter_actions",
            plan_id=plan_id,
            position=position,
            supporter=ctx.agency_names[agency] if agency else "センター相談支援員",
            agency_id=agency,
            action=rng.choice(SUPPORTER_ACTIONS),
            due_on=made + timedelta(days=rng.choice((30, 60, 90))),
        )


def _review(ctx: Ctx, rng: random.Random, meeting: tuple[date, int], rec: CaseRec, programme: str, kind: str) -> int:
    return ctx.sink.add(
        "case_reviews",
        meeting[0],
        meeting_id=meeting[1],
        case_id=rec.id,
        programme_id=ctx.code("programme", programme),
        kind_id=ctx.code("review_kind", kind),
        decision=rng.choice(REVIEW_DECISIONS[kind]),
        minutes=rng.choice(REVIEW_MINUTES),
        next_monitoring_on=meeting[0] + timedelta(days=90),
    )


def _monitoring(ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, plan_id: int, made: date) -> date | None:
    on = ctx.natural(rng, made, 80, 110)
    if on is None or rng.random() < 0.35:
        return None
    eid = ctx.sink.add(
        "evaluations",
        on,
        case_id=rec.id,
        programme_id=ctx.code("programme", programme),
        kind="monitoring",
        evaluated_on=on,
        staff_id=rec.counsellor,
        plan_id=plan_id,
        level=None,
        extended=False,
        closure_reason_id=None,
        review_id=None,
        comment=rng.choice(EVALUATION_COMMENTS),
    )
    ctx.sink.link(
        "evaluation_changes", eid, [ctx.code("personal_change", c) for c in rng.sample(CHANGES, rng.randint(1, 3))]
    )
    rec.touch(on)
    return on


def _plan_row(
    ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, revision: int, made: date, approval: tuple
) -> int:
    """One plan with its 課題, menus and supporters; ``approval`` is (meeting, city decision)."""
    meeting, city = approval
    plan_id = ctx.sink.add(
        "plans",
        made,
        case_id=rec.id,
        programme_id=ctx.code("programme", programme),
        made_on=made,
        revision_no=revision,
        staff_id=rec.counsellor,
        person_goal=rng.choice(PLAN_GOALS),
        short_term_goals=rng.choice(SHORT_TERM_GOALS),
        person_actions=rng.choice(PERSON_ACTIONS),
        other_services=rng.choice(OTHER_SERVICES),
        employment_support=rec.slot.es and programme == "self_reliance",
        period_from=made,
        period_to=made + timedelta(days=180),
        next_monitoring_on=made + timedelta(days=90),
        approved_meeting_id=meeting[1] if meeting else None,
        city_decision_on=city,
    )
    issues = sorted({ISSUES_OF_TOPIC.get(t, "economic") for t in rec.topics})
    ctx.sink.link("plan_issues", plan_id, [ctx.code("assessment_issue", i) for i in issues])
    ctx.sink.link("plan_menus", plan_id, [ctx.code("support_menu", m) for m in _menus(rec, programme)])
    _supporters(ctx, rng, plan_id, rec, made)
    rec.touch(made)
    ctx.mark(f"{programme}_plans_first" if revision == 0 else f"{programme}_replans", made)
    return plan_id


def _approved(ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, first: bool, approval: tuple) -> None:
    meeting, city = approval
    _review(ctx, rng, meeting, rec, programme, "plan_approval")
    rec.touch(meeting[0])
    if first:
        rec.reach(programme, "decided", meeting[0])
        rec.reach(programme, "support", city or meeting[0])
        if city:
            rec.city_decision[programme] = city


def plan_chain(ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, count: int, book: MeetingBook) -> list[date]:
    """``count`` plans (revision 0 … count-1), each approved at the next coordination
    meeting after it (one plan per meeting); returns their dates."""
    meeting_kind = "regular_coordination" if programme == "self_reliance" else "hikikomori_coordination"
    made_dates: list[date] = []
    previous_meeting = None
    for revision in range(count):
        base = made_dates[-1] if made_dates else (rec.assessed or rec.opened)
        made = ctx.later(rng, base, 60, 150) if revision else ctx.later(rng, base, 0, 30)
        meeting = book.next(meeting_kind, made)
        if meeting == previous_meeting:
            meeting = None
        approval = (meeting, ctx.natural(rng, meeting[0], 2, 10) if meeting else None)
        plan_id = _plan_row(ctx, rng, rec, programme, revision, made, approval)
        if revision == 0:
            rec.reach(programme, "plan_draft", made)
        if meeting:
            _approved(ctx, rng, rec, programme, revision == 0, approval)
        monitored = _monitoring(ctx, rng, rec, programme, plan_id, made)
        if monitored and revision == 0:
            rec.reach(programme, "monitoring", monitored)
        if rec.slot.es and programme == "self_reliance":
            ctx.shared.setdefault("es_plans", []).append((made, rec.id))
        made_dates.append(made)
        previous_meeting = meeting
    return made_dates


def write_plans(ctx: Ctx, rng: random.Random, rec: CaseRec, book: MeetingBook) -> date | None:
    """Plans of the case; returns the date of its first self-reliance plan (or None)."""
    first = None
    if rec.slot.first_plan:
        first = plan_chain(ctx, rng, rec, "self_reliance", 1 + rec.slot.replans, book)[0]
    if rec.slot.or_plan:
        plan_chain(ctx, rng, rec, "outreach", 1 + rec.slot.or_replans, book)
    return first
