"""A case's contacts (支援経過) and referrals, and at the end its status path: memberships
with their final status, the status history, and the case's own status and closure."""

from __future__ import annotations

import random
from datetime import date

from app.domain.codebook import CASE_STATUS
from app.services.demo.cases import CaseRec
from app.services.demo.context import Ctx, clock
from app.services.demo.texts import (
    CONTACT_TEXT,
    NEXT_ACTIONS,
    PARTICIPANTS,
    REFERRAL_IN_PURPOSE,
    REFERRAL_OUT_PURPOSE,
    REFERRAL_RESULT,
)

STEP = {c.code: c.attrs["step"] for c in CASE_STATUS.codes}
ENDED = {"closed", "referred_out", "info_only"}
FROM_INTAKE = {"office": "office", "phone": "phone", "visit": "visit", "mail": "mail_sns", "with_agency": "accompany"}
METHODS = {
    "self_reliance": {"office": 45, "phone": 38, "visit": 6, "accompany": 7, "mail_sns": 4},
    "household_budget": {"office": 60, "phone": 30, "accompany": 10},
    "outreach": {"visit": 45, "phone": 25, "office": 10, "accompany": 15, "mail_sns": 5},
}
CONSULTATION = frozenset(("office", "phone", "visit", "accompany", "mail_sns"))
SPAN = {"info_only": 20, "refer": 60, "continue": 240}
CLOSURE_REASONS = {"goal_achieved": 45, "transferred": 15, "moved": 5, "lost_contact": 20, "own_wish": 10, "other": 5}


def _contact(ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, on: date, method: str) -> int:
    cid = ctx.sink.add(
        "contacts",
        on,
        case_id=rec.id,
        programme_id=ctx.code("programme", programme),
        contact_on=on,
        contact_at=clock(rng),
        method_id=ctx.code("contact_method", method),
        participants=rng.choice(PARTICIPANTS) if method != "agency_talk" else "",
        content=rng.choice(CONTACT_TEXT[method]),
        staff_id=rec.counsellor,
        minutes=rng.choice((10, 15, 20, 30, 30, 45, 60, 90)),
        next_action=rng.choice(NEXT_ACTIONS),
    )
    rec.touch(on)
    if programme == "self_reliance" and method in CONSULTATION:
        ctx.mark("sr_contacts", on)
    return cid


def contact_series(ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, n: int, first: bool) -> None:
    """``n`` consultation contacts of ``programme``; the first on the intake day when
    ``first`` (in the intake's own way: a phone intake is a phone contact)."""
    methods = METHODS[programme]
    dates = sorted(ctx.later(rng, rec.opened, 1, SPAN[rec.slot.screening]) for _ in range(n - int(first)))
    if first:
        _contact(ctx, rng, rec, programme, rec.opened, FROM_INTAKE[rec.method])
    for on in dates:
        _contact(ctx, rng, rec, programme, on, rng.choices(list(methods), weights=list(methods.values()))[0])


def write_contacts(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    """Consultation contacts per programme and the occasional agency consultation."""
    slot = rec.slot
    if slot.sr:
        contact_series(ctx, rng, rec, "self_reliance", slot.sr_contacts, True)
    if slot.outreach:
        contact_series(ctx, rng, rec, "outreach", 1 + rng.randint(0, 3), not slot.sr)
    if "household_budget" in slot.programmes and not slot.budget:
        contact_series(ctx, rng, rec, "household_budget", 1 + rng.randint(0, 1), slot.kind == "hb_only")
    if slot.screening == "continue" and rng.random() < 0.15:
        on = ctx.later(rng, rec.opened, 3, 90)
        cid = _contact(ctx, rng, rec, slot.programmes[0], on, "agency_talk")
        ctx.sink.link("contact_agencies", cid, [rec.referring or ctx.agency(rng, "ref")])


def _referral(
    ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, direction: str, on: date, agency: int
) -> None:
    ctx.sink.add(
        "referrals",
        on,
        person_id=rec.person.id,
        case_id=rec.id,
        programme_id=ctx.code("programme", programme),
        direction=direction,
        referred_on=on,
        agency_id=agency,
        purpose=rng.choice(REFERRAL_IN_PURPOSE if direction == "in" else REFERRAL_OUT_PURPOSE),
        result=rng.choice(REFERRAL_RESULT),
        staff_id=rec.counsellor,
    )
    rec.touch(on)
    if direction == "in":
        ctx.mark(f"{programme}_referrals", on)


def write_referrals(ctx: Ctx, rng: random.Random, rec: CaseRec) -> date | None:
    """Referrals in (repeats included) and out; returns the day the case was handed over."""
    slot = rec.slot
    for programme, n, tag in (("self_reliance", slot.sr_referrals, "ref"), ("outreach", slot.or_referrals, "joint")):
        usual = rec.referring or ctx.agency(rng, tag)
        for i in range(n):
            first = i == 0 and rec.referring is not None
            on = rec.opened if first else ctx.later(rng, rec.opened, 0, 200)
            agency = usual if first or rng.random() < 0.45 else ctx.agency(rng, "ref")
            _referral(ctx, rng, rec, programme, "in", on, agency)
    handed = None
    if slot.screening == "refer" or (slot.screening == "continue" and rng.random() < 0.1):
        handed = ctx.later(rng, rec.opened, 1, 20)
        tag = rng.choice(("welfare", "legal", "disability", "elderly", "medical"))
        _referral(ctx, rng, rec, slot.programmes[0], "out", handed, ctx.agency(rng, tag))
    return handed


def _path(ctx: Ctx, rng: random.Random, rec: CaseRec, programme: str, handed: date | None) -> list[tuple[str, date]]:
    screening, opened = rec.slot.screening, rec.opened
    if screening == "info_only":
        return [("intake", opened), ("info_only", max(opened, rec.last))]
    if screening == "refer":
        return [("intake", opened), ("screening", opened), ("referred_out", max(handed or opened, rec.last))]
    steps = [("intake", opened), ("screening", opened)]
    if rec.assessed:
        steps.append(("assessment", rec.assessed))
    extra = sorted(rec.milestones.get(programme, []), key=lambda m: m[1])
    if not extra and rec.assessed and programme != "disaster_recovery":
        extra = [("support", ctx.later(rng, rec.assessed, 3, 30))]
    if programme == "disaster_recovery":
        extra = [("support", opened)]
    steps += extra
    keep_open = programme == "household_budget" and rec.slot.budget
    if steps[-1][0] not in ENDED and not keep_open and rng.random() < 0.75:
        closed = ctx.natural(rng, max(rec.last, steps[-1][1]), 30, 150)
        if closed:
            steps.append(("closed", closed))
    fixed, prev = [], opened
    for status, on in steps:
        prev = max(prev, on)
        fixed.append((status, prev))
    return fixed


def finish_case(ctx: Ctx, rng: random.Random, rec: CaseRec, handed: date | None) -> None:
    """Memberships, status history, and the case's status / closure from the milestones."""
    finals: list[tuple[str, date | None]] = []
    for programme in rec.slot.programmes:
        steps = _path(ctx, rng, rec, programme, handed)
        status, on = steps[-1]
        ended = on if status in ENDED else None
        decided = next((d for s, d in steps if s == "decided"), None)
        ctx.sink.add(
            "case_programmes",
            rec.opened,
            case_id=rec.id,
            programme_id=ctx.code("programme", programme),
            joined_on=rec.opened,
            status_id=ctx.code("case_status", status),
            use_decided_on=decided if programme == "household_budget" else None,
            city_decision_on=rec.city_decision.get(programme),
            ended_on=ended,
            staff_id=rec.counsellor,
        )
        previous = None
        for to_status, changed in steps:
            ctx.sink.add(
                "case_status_changes",
                case_id=rec.id,
                programme_id=ctx.code("programme", programme),
                from_status_id=ctx.code("case_status", previous) if previous else None,
                to_status_id=ctx.code("case_status", to_status),
                changed_on=changed,
                staff_id=rec.counsellor,
                note="",
            )
            previous = to_status
        finals.append((status, ended))
    _case_status(ctx, rng, rec, finals)


def _case_status(ctx: Ctx, rng: random.Random, rec: CaseRec, finals: list[tuple[str, date | None]]) -> None:
    open_ones = [s for s, ended in finals if ended is None]
    status = max(open_ones or [s for s, _ in finals], key=lambda s: STEP[s])
    row = rec.row
    row["status_id"] = ctx.code("case_status", status)
    if all(ended for _, ended in finals):
        closed = max(ended for _, ended in finals if ended)
        row["closed_on"] = closed
        row["updated_at"] = row["created_at"].replace(year=closed.year, month=closed.month, day=closed.day)
        if any(s == "closed" for s, _ in finals):
            reason = rng.choices(list(CLOSURE_REASONS), weights=list(CLOSURE_REASONS.values()))[0]
            row["closure_reason_id"] = ctx.code("closure_reason", reason)
