"""Year-level records that look across cases: reviews at the hikikomori, employment and
employment-preparation coordination meetings and at ad hoc meetings, and the seminars and
workshops with their participants."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.domain.fiscal import fiscal_year_range
from app.services.demo.context import Ctx, largest_remainder
from app.services.demo.meetings import MeetingBook
from app.services.demo.texts import REVIEW_DECISIONS, REVIEW_MINUTES, SEMINAR_THEMES, WORKSHOP_THEMES


def review(ctx: Ctx, rng: random.Random, meeting: tuple[date, int], case_id: int, programme: str, kind: str) -> int:
    """One case reviewed at a meeting; returns the review's id."""
    return ctx.sink.add(
        "case_reviews",
        meeting[0],
        meeting_id=meeting[1],
        case_id=case_id,
        programme_id=ctx.code("programme", programme),
        kind_id=ctx.code("review_kind", kind),
        decision=rng.choice(REVIEW_DECISIONS[kind]),
        minutes=rng.choice(REVIEW_MINUTES),
        next_monitoring_on=meeting[0] + timedelta(days=rng.choice((30, 60, 90))),
    )


def hikikomori_reviews(ctx: Ctx, book: MeetingBook, fy: int) -> None:
    """New reviews and monitoring at the monthly hikikomori meetings (about 41 / 51 a year).

    A case is first reviewed after its intake; monitoring only follows an earlier review.
    """
    rng = ctx.rng("reviews", "hikikomori", fy)
    meetings = book.between("hikikomori_coordination", *fiscal_year_range(fy))
    waiting: list[tuple[date, int]] = ctx.shared.setdefault("hk_cases", [])
    reviewed: list[tuple[date, int]] = ctx.shared.setdefault("hk_reviewed", [])
    new_quota = largest_remainder(ctx.count(41, fy), [1.0] * len(meetings)) if meetings else []
    monitoring_left = ctx.count(51, fy)
    for i, meeting in enumerate(meetings):
        ready = [c for c in waiting if meeting[0] - timedelta(days=120) <= c[0] <= meeting[0] - timedelta(days=3)]
        chosen = rng.sample(ready, min(len(ready), new_quota[i]))
        earlier = [r for r in reviewed if r[0] < meeting[0] and r[0] >= meeting[0] - timedelta(days=400)]
        share = -(-monitoring_left // (len(meetings) - i))
        for _on, case_id in rng.sample(earlier, min(len(earlier), share)):
            review(ctx, rng, meeting, case_id, "outreach", "monitoring")
            monitoring_left -= 1
        for c in chosen:
            review(ctx, rng, meeting, c[1], "outreach", "new_review")
            waiting.remove(c)
            reviewed.append((meeting[0], c[1]))
    end = fiscal_year_range(fy)[1]
    ctx.shared["hk_cases"] = [c for c in waiting if c[0] >= end - timedelta(days=120)]
    ctx.shared["hk_reviewed"] = [r for r in reviewed if r[0] >= end - timedelta(days=400)]


def employment_reviews(ctx: Ctx, book: MeetingBook, fy: int) -> None:
    """Employment-support cases reviewed after their plan; preparation users while they
    use the programme."""
    rng = ctx.rng("reviews", "employment", fy)
    es_plans: list[tuple[date, int]] = sorted(ctx.shared.get("es_plans", []))
    previous = None
    for meeting in book.between("employment_coordination", *fiscal_year_range(fy)):
        since = previous or meeting[0] - timedelta(days=35)
        fresh = list(dict.fromkeys(cid for on, cid in es_plans if since <= on < meeting[0]))
        for case_id in rng.sample(fresh, min(len(fresh), ctx.count(25, fy))):
            review(ctx, rng, meeting, case_id, "self_reliance", "new_review")
        previous = meeting[0]
    starts: list[tuple[date, int, date | None]] = ctx.shared.get("prep_starts", [])
    previous = None
    for meeting in book.between("employment_prep_coordination", *fiscal_year_range(fy)):
        since = previous or meeting[0] - timedelta(days=35)
        for started, case_id, ended in starts:
            if since <= started < meeting[0]:
                review(ctx, rng, meeting, case_id, "self_reliance", "new_review")
            elif started < since and (ended is None or ended >= meeting[0]) and rng.random() < 0.5:
                review(ctx, rng, meeting, case_id, "self_reliance", "monitoring")
        previous = meeting[0]
    end = fiscal_year_range(fy)[1]
    ctx.shared["es_plans"] = [p for p in es_plans if p[0] >= end - timedelta(days=40)]
    ctx.shared["prep_starts"] = [p for p in starts if p[2] is None or p[2] >= end - timedelta(days=40)]


def ad_hoc_reviews(ctx: Ctx, book: MeetingBook, fy: int) -> None:
    """One or two recent cases at each emergency meeting, case conference and 支援会議."""
    rng = ctx.rng("reviews", "ad_hoc", fy)
    recent: list[tuple[date, int, str]] = ctx.shared.get("recent_cases", [])
    start, end = fiscal_year_range(fy)
    for kind in ("emergency_coordination", "case_conference", "support_council"):
        for meeting in book.between(kind, start, end):
            pool = [c for c in recent if meeting[0] - timedelta(days=60) <= c[0] <= meeting[0]]
            for _on, case_id, programme in rng.sample(pool, min(len(pool), rng.randint(1, 2))):
                review(ctx, rng, meeting, case_id, programme, "new_review")
    ctx.shared["recent_cases"] = [c for c in recent if c[0] >= end - timedelta(days=60)]


def events(ctx: Ctx, fy: int) -> None:
    """Seminars (self-reliance) and workshops (self-reliance and outreach) with participants."""
    rng = ctx.rng("events", fy)
    start, end = fiscal_year_range(fy)
    people: list[tuple[date, int, str]] = ctx.shared.get("event_people", [])
    plan = [("seminar", "self_reliance", theme, "") for theme in rng.sample(SEMINAR_THEMES, 3)]
    plan += [("workshop", p, t, c) for p in ("self_reliance", "outreach") for t, c in rng.sample(WORKSHOP_THEMES, 2)]
    for kind, programme, theme, content in plan:
        on = rng.choice(ctx.cal.between(start, end))
        pool = sorted({pid for opened, pid, prog in people if opened <= on and prog == programme})
        linked = rng.sample(pool, min(len(pool), rng.randint(3, 10)))
        eid = ctx.sink.add(
            "events",
            on,
            kind_id=ctx.code("event_kind", kind),
            programme_id=ctx.code("programme", programme),
            held_on=on,
            theme=theme,
            content=content or f"{theme}について講義と演習を行った。",
            place="センター研修室",
            participant_count=rng.randint(0, 4),
            staff_id=ctx.one_staff(rng, "employment_counsellor" if kind == "seminar" else "outreach_worker"),
        )
        ctx.sink.link("event_participants", eid, linked)
    ctx.shared["event_people"] = [p for p in people if p[0] >= end - timedelta(days=365)]
