"""Outreach visits (with staff, accompanying agencies and the hikikomori state) and the
disaster programme's activities."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from app.domain.fiscal import fiscal_year_range
from app.services.demo.cases import CaseRec
from app.services.demo.context import Ctx, clock
from app.services.demo.org import DISASTER_START
from app.services.demo.texts import DISASTER_CONTENT, HIKIKOMORI_NOTES, VISIT_CONTENT

METHODS = {"visit": 70, "family_interview": 10, "letter": 8, "phone": 8, "sns_mail": 4}
RESULTS_HIKIKOMORI = {"through_door": 25, "family_only": 30, "met": 25, "absent": 12, "refused": 8}
RESULTS_OTHER = {"met": 70, "family_only": 15, "absent": 15}
GOING_OUT = ("often", "hobby_only", "nearby_only", "room_only", "never")
DISASTER_KINDS = {"phone": 98, "outreach": 286, "office_visit": 47, "agency_liaison": 56, "community_and_publicity": 37}


def _pick(rng: random.Random, options: dict[str, int]) -> str:
    return rng.choices(list(options), weights=list(options.values()))[0]


def _place(rng: random.Random, method: str, agencies: list[int], ctx: Ctx) -> str:
    if method not in ("visit", "family_interview"):
        return "other"
    if agencies and agencies[0] in ctx.agencies.get("ssw", ()) and rng.random() < 0.5:
        return "school"
    return rng.choices(("home", "government", "medical", "workplace", "other"), weights=(80, 8, 6, 2, 4))[0]


def _states(ctx: Ctx, rng: random.Random, visit_id: int, months: int) -> None:
    ctx.sink.add(
        "hikikomori_states",
        visit_id=visit_id,
        subject="person",
        duration_months=months,
        going_out_id=ctx.code("going_out", rng.choice(GOING_OUT[2:])),
        note=rng.choice(HIKIKOMORI_NOTES),
    )
    ctx.sink.add(
        "hikikomori_states",
        visit_id=visit_id,
        subject="family",
        duration_months=None,
        going_out_id=None,
        note=rng.choice(("母親が疲れている様子", "父親は関わりに消極的", "家族は支援を希望", "")),
    )


def write_visits(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    """The case's outreach visits, about a third of them together with an agency."""
    on = rec.opened
    months = rng.randint(6, 240)
    outreach_staff = ctx.staff["outreach_worker"]
    for i in range(rec.slot.visits):
        on = ctx.later(rng, on, 0, 10) if i == 0 else ctx.later(rng, on, 7, 35)
        start = clock(rng, 10, 15)
        end = time(min(start.hour + 1, 17), start.minute)
        method = _pick(rng, METHODS)
        agencies = sorted(rng.sample(ctx.agencies["joint"], rng.randint(1, 2))) if rng.random() < 0.3 else []
        results = RESULTS_HIKIKOMORI if rec.slot.hikikomori else RESULTS_OTHER
        purpose = (
            "assessment" if i == 0 else ("accompany" if agencies else rng.choice(("rapport", "safety", "procedures")))
        )
        vid = ctx.sink.add(
            "outreach_visits",
            on,
            person_id=rec.person.id,
            case_id=rec.id,
            programme_id=ctx.code("programme", "outreach"),
            visited_on=on,
            start_at=start,
            end_at=end,
            planned=False,
            place_id=ctx.code("visit_place", _place(rng, method, agencies, ctx)),
            place_note="",
            method_id=ctx.code("visit_method", method),
            result_id=ctx.code("visit_result", _pick(rng, results)),
            purpose_id=ctx.code("visit_purpose", purpose),
            content=rng.choice(VISIT_CONTENT),
            next_visit_on=on + timedelta(days=14),
        )
        staff = list(outreach_staff) + (
            [rec.counsellor] if rec.counsellor not in outreach_staff and rng.random() < 0.3 else []
        )
        ctx.sink.link("outreach_visit_staff", vid, staff)
        ctx.sink.link("outreach_visit_agencies", vid, agencies)
        if rec.slot.hikikomori and (i == 0 or rng.random() < 0.5):
            _states(ctx, rng, vid, months + (on - rec.opened).days // 30)
        rec.touch(on)
        ctx.mark("visits", on)


def disaster_year(ctx: Ctx, fy: int) -> None:
    """The year's disaster activities by kind, for the victims known at the time."""
    start, end = fiscal_year_range(fy)
    start = max(start, DISASTER_START)
    if start > end:
        return
    rng = ctx.rng("disaster", fy)
    share = len(ctx.cal.between(start, end)) / max(1, len(ctx.cal.between(*fiscal_year_range(fy))))
    victims: list[tuple[date, int, int]] = ctx.shared.get("victims", [])
    days = ctx.cal.between(start, end)
    staff = ctx.staff["disaster"][0]
    for kind, base in DISASTER_KINDS.items():
        for on in sorted(rng.choice(days) for _ in range(ctx.count(base * share, fy))):
            known = [v for v in victims if v[0] <= on]
            victim = rng.choice(known) if known and kind != "community_and_publicity" and rng.random() < 0.85 else None
            aid = ctx.sink.add(
                "disaster_activities",
                on,
                activity_on=on,
                kind_id=ctx.code("disaster_activity", kind),
                person_id=victim[2] if victim else None,
                case_id=victim[1] if victim else None,
                staff_id=staff,
                content=rng.choice(DISASTER_CONTENT[kind]),
            )
            if kind in ("agency_liaison", "community_and_publicity") or rng.random() < 0.2:
                ctx.sink.link("disaster_activity_agencies", aid, [ctx.agency(rng, "disaster")])
