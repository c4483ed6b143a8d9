"""The free job-placement desk's employers: the long-standing ones, those newly approached
(開拓) each year, and the year's job postings."""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import date, timedelta

from app.domain.fiscal import fiscal_year_range
from app.services.demo.context import Ctx, allocate, weighted_sample
from app.services.demo.names import SURNAMES
from app.services.demo.places import BRANCHES, EMPLOYER_BUSINESSES, EMPLOYER_STEMS, JOB_TITLES, TOWNS


def employer_name(rng: random.Random) -> tuple[str, str, str]:
    """(name, reading, industry) of an invented company."""
    stem, stem_kana = rng.choice(EMPLOYER_STEMS)
    business, business_kana, industry = rng.choice(EMPLOYER_BUSINESSES)
    form = rng.choice(("株式会社", "株式会社", "有限会社"))
    name = f"{form}{stem}{business}" if rng.random() < 0.5 else f"{stem}{business}{form}"
    branch = rng.choice(BRANCHES)
    return f"{name} {branch}".strip(), f"{stem_kana}{business_kana}", industry


def _add_employer(ctx: Ctx, rng: random.Random, on: date, developed: date | None) -> int:
    taken: set[str] = ctx.shared.setdefault("employer_names", set())
    name, kana, industry = employer_name(rng)
    while name in taken:
        name, kana, industry = employer_name(rng)
    taken.add(name)
    fam, _ = rng.choice(SURNAMES)
    eid = ctx.sink.add(
        "employers",
        on,
        name=name,
        name_kana=kana,
        industry=industry,
        address=f"岡山県倉敷市{rng.choice(TOWNS)}{rng.randint(1, 9)}-{rng.randint(1, 40)}",
        phone=f"086-4{rng.randint(20, 79)}-{rng.randint(0, 9999):04d}",
        contact_person=f"{fam}（人事担当）",
        developed_on=developed,
        developed_by_id=ctx.one_staff(rng, "employment_counsellor") if developed else None,
        note="",
    )
    ctx.shared.setdefault("employers", []).append((eid, name, developed))
    return eid


def base_employers(ctx: Ctx) -> None:
    """Employers the desk has worked with since before the ledger started."""
    rng = ctx.rng("employers", "base")
    for _ in range(ctx.count(120, ctx.first_fy, minimum=3)):
        _add_employer(ctx, rng, ctx.start, None)


def year_employers(ctx: Ctx, fy: int) -> None:
    """Employers approached in ``fy`` and the year's postings (by about 200 employers)."""
    rng = ctx.rng("employers", fy)
    start, end = fiscal_year_range(fy)
    days = ctx.cal.between(start, end)
    for on in sorted(rng.choice(days) for _ in range(ctx.count(270, fy))):
        _add_employer(ctx, rng, on, on)
    known = [e for e in ctx.shared["employers"] if e[2] is None or e[2] <= end]
    posting = weighted_sample(rng, known, ctx.count(200, fy))
    postings: list[tuple[date, int, int, str, str]] = ctx.shared.setdefault("postings", [])
    for (eid, name, developed), n in zip(
        posting, allocate(rng, posting, ctx.count(330, fy), minimum=1, cap=4), strict=True
    ):
        open_days = [d for d in days if developed is None or d >= developed] or [days[-1]]
        for _ in range(n):
            on = rng.choice(open_days)
            title, kind, wage = rng.choice(JOB_TITLES)
            pid = ctx.sink.add(
                "job_postings",
                on,
                employer_id=eid,
                posted_on=on,
                closes_on=on + timedelta(days=rng.choice((30, 60, 90))),
                title=title,
                employment_type_id=ctx.code("employment_type", kind),
                wage_yen=wage + rng.randint(0, 4) * (10 if wage < 10000 else 5000),
                wage_unit="時給" if wage < 10000 else "月給",
                openings=rng.randint(1, 3),
                note="",
            )
            postings.append((on, pid, eid, name, kind))
    postings.sort()


def posting_for(ctx: Ctx, rng: random.Random, on: date) -> tuple[int | None, int, str, str]:
    """(posting id, employer id, employer name, employment type) for a job start on ``on``."""
    postings = ctx.shared.get("postings", [])
    i = bisect_right(postings, (on, 1 << 62))
    recent = [p for p in postings[max(0, i - 60) : i] if p[0] >= on - timedelta(days=150)]
    if recent:
        _on, pid, eid, name, kind = rng.choice(recent)
        return pid, eid, name, kind
    eid, name, _developed = rng.choice([e for e in ctx.shared["employers"] if e[2] is None or e[2] <= on])
    return None, eid, name, "part_time"
