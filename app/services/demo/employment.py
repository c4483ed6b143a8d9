"""Employment support under a case: job-desk registration and uses, placements, the Hello
Work joint programme, other job starts, income increases, employment preparation."""

from __future__ import annotations

import random
from datetime import date

from app.services.demo.cases import CaseRec
from app.services.demo.context import Ctx
from app.services.demo.jobdesk import employer_name, posting_for

DESK_USES = {"consultation": 40, "introduction": 30, "application": 15, "interview": 10, "other": 5}
DESIRED = ("製造・軽作業", "清掃", "介護", "事務", "調理", "運転・配送", "販売", "警備")


def _outcome(ctx: Ctx, rng: random.Random, rec: CaseRec, kind: str, on: date, **values: object) -> None:
    row = {
        "employer_name": "",
        "employer_id": None,
        "employment_type_id": None,
        "via_id": None,
        "placement_id": None,
        "increase_yen": None,
        "note": "",
    }
    row.update(values)
    ctx.sink.add(
        "employment_outcomes",
        on,
        person_id=rec.person.id,
        case_id=rec.id,
        kind_id=ctx.code("outcome_kind", kind),
        occurred_on=on,
        staff_id=rec.counsellor,
        **row,
    )
    rec.touch(on)
    if kind == "employed":
        ctx.mark("employed", on, rec.person.id)


def _job_start(ctx: Ctx, rng: random.Random, rec: CaseRec, on: date, via: str) -> None:
    name, _kana, _industry = employer_name(rng)
    kind = rng.choices(("part_time", "contract", "regular", "dispatch"), weights=(55, 20, 15, 10))[0]
    _outcome(
        ctx,
        rng,
        rec,
        "employed",
        on,
        employer_name=name,
        employment_type_id=ctx.code("employment_type", kind),
        via_id=ctx.code("employment_via", via),
    )


def _uses(
    ctx: Ctx, rng: random.Random, rec: CaseRec, sid: int, registered: date, placed: date | None, counsellor: int
) -> None:
    """The seeker's uses of the desk: the first on registration, the rest before the job
    start (or within five months)."""
    span = (placed - registered).days if placed else 150
    uses = [registered] + sorted(ctx.later(rng, registered, 1, max(1, span)) for _ in range(rec.slot.seeker_uses - 1))
    for on in uses:
        on = min(on, placed) if placed else on
        kind = "consultation" if on == registered else rng.choices(list(DESK_USES), weights=list(DESK_USES.values()))[0]
        ctx.sink.add(
            "job_desk_uses",
            on,
            seeker_id=sid,
            used_on=on,
            kind_id=ctx.code("job_desk_use", kind),
            staff_id=counsellor,
            note="",
        )
        rec.touch(on)
        ctx.mark("desk_uses", on)
        ctx.mark("seekers", on, rec.person.id)


def _placement(ctx: Ctx, rng: random.Random, rec: CaseRec, sid: int, placed: date, counsellor: int) -> None:
    """A job start through the desk, and the employment outcome it is."""
    posting, employer, name, kind = posting_for(ctx, rng, placed)
    type_id = ctx.code("employment_type", kind)
    pid = ctx.sink.add(
        "job_placements",
        placed,
        seeker_id=sid,
        employer_id=employer,
        posting_id=posting,
        placed_on=placed,
        employment_type_id=type_id,
        staff_id=counsellor,
        note="",
    )
    via = ctx.code("employment_via", "job_desk")
    values = {"employer_name": name, "employer_id": employer, "employment_type_id": type_id, "via_id": via}
    _outcome(ctx, rng, rec, "employed", placed, placement_id=pid, **values)
    ctx.mark("placements", placed)


def _desk(ctx: Ctx, rng: random.Random, rec: CaseRec, base: date) -> date | None:
    """Registration, uses and (when decided) the placement; returns the job start."""
    registered = ctx.later(rng, base, 0, 20)
    counsellor = ctx.one_staff(rng, "employment_counsellor")
    placed = ctx.later(rng, registered, 20, 120) if rec.slot.placement else None
    sid = ctx.sink.add(
        "job_seekers",
        registered,
        seeker_no=f"J{ctx.sink.last_id('job_seekers') + 1:06d}",
        person_id=rec.person.id,
        registered_on=registered,
        desired_work=rng.choice(DESIRED),
        desired_employment_type_id=ctx.code("employment_type", rng.choice(("part_time", "regular", "contract"))),
        closed_on=placed,
        staff_id=counsellor,
        note="",
    )
    _uses(ctx, rng, rec, sid, registered, placed, counsellor)
    if placed:
        _placement(ctx, rng, rec, sid, placed, counsellor)
    return placed


def _service(
    ctx: Ctx, rng: random.Random, rec: CaseRec, service: str, started: date, tag: str, days: tuple[int, int]
) -> date | None:
    ended = ctx.natural(rng, started, *days)
    ctx.mark(service, started, rec.person.id)
    ctx.sink.add(
        "service_uses",
        started,
        person_id=rec.person.id,
        case_id=rec.id,
        service_id=ctx.code("external_service", service),
        started_on=started,
        ended_on=ended,
        agency_id=ctx.agency(rng, tag),
        result=("利用終了" if ended else ""),
        staff_id=rec.counsellor,
    )
    rec.touch(ended or started)
    return ended


def write_employment(ctx: Ctx, rng: random.Random, rec: CaseRec, plan_on: date | None) -> None:
    """Job desk, joint programme, other job starts, preparation, income increase."""
    slot = rec.slot
    base = plan_on or rec.assessed or rec.opened
    employed = _desk(ctx, rng, rec, base) if slot.seeker_uses else None
    if slot.welfare_jobs >= 0:
        started = ctx.later(rng, base, 5, 40)
        _service(ctx, rng, rec, "welfare_employment_programme", started, "welfare_programme", (120, 270))
        on = started
        for _ in range(slot.welfare_jobs):
            on = ctx.later(rng, on, 20, 120)
            _job_start(ctx, rng, rec, on, "welfare_programme")
            ctx.mark("welfare_jobs", on)
            ctx.mark("welfare_employed", on, rec.person.id)
            employed = employed or on
    if slot.other_employed:
        employed = ctx.later(rng, base, 20, 180)
        _job_start(ctx, rng, rec, employed, rng.choice(("hello_work", "hello_work", "self")))
        ctx.mark("other_employed", employed, rec.person.id)
    if slot.prep:
        started = ctx.later(rng, base, 10, 60)
        ended = _service(ctx, rng, rec, "employment_preparation", started, "prep", (90, 365))
        ctx.shared.setdefault("prep_starts", []).append((started, rec.id, ended))
    elif slot.es and rng.random() < 0.01:
        _service(ctx, rng, rec, "certified_training", ctx.later(rng, base, 10, 60), "training", (60, 240))
    if slot.income:
        on = ctx.later(rng, employed or base, 30, 200)
        _outcome(ctx, rng, rec, "income_increase", on, increase_yen=rng.randrange(10000, 70001, 1000))
        ctx.mark("income", on, rec.person.id)
