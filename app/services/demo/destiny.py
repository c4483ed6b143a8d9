"""What will happen to each intake of a fiscal year, decided before any record is written.

The year's volumes are exact counts (at the chosen scale), so they are handed out to intake
"slots" by sampling: which intakes get a plan, which become job seekers, food users … The
monthly generator then writes each slot's records in date order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.domain.fiscal import fiscal_months
from app.services.demo.context import Ctx, allocate, largest_remainder, weighted_sample
from app.services.demo.org import DISASTER_START

KINDS = {
    "sr_only": ("self_reliance",),
    "sr_hb": ("self_reliance", "household_budget"),
    "hb_only": ("household_budget",),
    "sr_or": ("self_reliance", "outreach"),
    "or_only": ("outreach",),
}
BASE_KINDS = {"sr_only": 8800, "sr_hb": 1800, "hb_only": 200, "sr_or": 2200, "or_only": 1500}
SEASON = (1.10, 1.00, 1.00, 1.06, 0.94, 0.97, 1.02, 0.97, 0.92, 1.02, 0.98, 1.04)  # 4月 … 3月
SCREENING = {  # continue / refer / info_only
    "sr_only": (0.45, 0.20),
    "sr_hb": (0.55, 0.15),
    "hb_only": (0.40, 0.20),
    "sr_or": (0.55, 0.25),
    "or_only": (0.55, 0.25),
}
RETURNING_SHARE = 0.15


@dataclass(slots=True)
class Slot:
    """One intake to come and everything decided about it."""

    month: int  # 0 = April … 11 = March
    kind: str
    screening: str = "continue"
    route: str = "self"
    profile: str = "general"
    gender: str | None = None
    returning: bool = False
    first_plan: bool = False
    replans: int = 0
    es: bool = False
    or_plan: bool = False
    or_replans: int = 0
    seeker_uses: int = 0
    placement: bool = False
    welfare_jobs: int = -1  # -1: not a user of the welfare employment programme
    other_employed: bool = False
    income: bool = False
    prep: bool = False
    food: int = 0
    kids: int = 0
    sanitary: bool = False
    housing: int = 0
    temp_living: bool = False
    classroom: bool = False
    home_visit: bool = False
    victim: bool = False
    budget: bool = False
    hikikomori: bool = False
    sr_referrals: int = 0
    or_referrals: int = 0
    sr_contacts: int = 0
    visits: int = 0

    @property
    def programmes(self) -> tuple[str, ...]:
        """The programmes the intake is for (victims also in disaster_recovery)."""
        progs = KINDS[self.kind]
        return ("self_reliance", "disaster_recovery", *progs[1:]) if self.victim else progs

    @property
    def sr(self) -> bool:
        """True when the intake includes self_reliance."""
        return "self_reliance" in KINDS[self.kind]

    @property
    def outreach(self) -> bool:
        """True when the intake includes outreach."""
        return "outreach" in KINDS[self.kind]

    @property
    def pinned(self) -> bool:
        """A new person is needed (gender or children are part of what was decided)."""
        return self.gender is not None or self.profile == "parent"


def _months(ctx: Ctx, fy: int, rng: random.Random) -> list[Slot]:
    weights = [s * len(ctx.cal.month(y, m)) for s, (y, m) in zip(SEASON, fiscal_months(fy), strict=True)]
    slots: list[Slot] = []
    for kind, base in BASE_KINDS.items():
        for month, n in enumerate(largest_remainder(ctx.count(base, fy), weights)):
            slots.extend(Slot(month, kind) for _ in range(n))
    rng.shuffle(slots)
    for s in slots:
        cont, refer = SCREENING[s.kind]
        r = rng.random()
        s.screening = "continue" if r < cont else "refer" if r < cont + refer else "info_only"
        share_agency = 0.55 if s.outreach else 0.35
        r = rng.random()
        s.route = "agency" if r < share_agency else "family" if r < share_agency + 0.15 else "self"
        if s.outreach and s.route == "self" and rng.random() < 0.4:
            s.route = "outreach"
    return slots


def _plans(ctx: Ctx, fy: int, rng: random.Random, slots: list[Slot]) -> None:
    cont = [s for s in slots if s.sr and s.screening == "continue"]
    for s in weighted_sample(rng, cont, ctx.need("self_reliance_plans_first", 3250, fy)):
        s.first_plan = True
        s.es = rng.random() < 0.985
    early = [s for s in slots if s.first_plan and s.month <= 9]
    for s, n in zip(
        early,
        allocate(rng, early, ctx.need("self_reliance_replans", 650, fy), weight=lambda s: 10 - s.month, cap=2),
        strict=True,
    ):
        s.replans = n
    cont_or = [s for s in slots if s.outreach and s.screening == "continue"]
    for s in weighted_sample(rng, cont_or, ctx.need("outreach_plans_first", 360, fy)):
        s.or_plan = True
    early = [s for s in cont_or if s.or_plan and s.month <= 9]
    for s in weighted_sample(rng, early, ctx.need("outreach_replans", 60, fy)):
        s.or_replans = 1


def _employment(ctx: Ctx, fy: int, rng: random.Random, slots: list[Slot]) -> None:
    pool = [s for s in slots if s.es]
    seekers = weighted_sample(rng, pool, ctx.need("seekers", 2450, fy, every_year=True))
    for s, n in zip(seekers, allocate(rng, seekers, ctx.need("desk_uses", 10000, fy), minimum=1, cap=14), strict=True):
        s.seeker_uses = n
    for s in weighted_sample(rng, [s for s in seekers if s.month <= 10], ctx.need("placements", 330, fy)):
        s.placement = True
    free = [s for s in pool if not s.placement]
    welfare = weighted_sample(rng, free, ctx.need("welfare_employment_programme", 160, fy))
    for s in welfare:
        s.welfare_jobs = 0
    hired = weighted_sample(rng, welfare, ctx.need("welfare_employed", 150, fy))
    for s, n in zip(hired, allocate(rng, hired, ctx.need("welfare_jobs", 220, fy), minimum=1, cap=3), strict=True):
        s.welfare_jobs = n
    free = [s for s in free if s.welfare_jobs < 0]
    for s in weighted_sample(rng, free, ctx.need("other_employed", 70, fy)):
        s.other_employed = True
    employed = [s for s in pool if s.placement or s.welfare_jobs > 0 or s.other_employed]
    both = ctx.count(360, fy)
    if fy == ctx.last_fy and fy != ctx.first_fy:
        both = max(0, both - ctx.overlap("income", "employed", fy))
    for s in weighted_sample(rng, employed, both):
        s.income = True
    rest = _without(pool, employed)
    for s in weighted_sample(rng, rest, max(1, ctx.need("income", 1500, fy) - both)):
        s.income = True
    for s in weighted_sample(rng, rest, ctx.need("employment_preparation", 44, fy)):
        s.prep = True


def _without(items: list[Slot], removed: list[Slot]) -> list[Slot]:
    gone = {id(s) for s in removed}
    return [s for s in items if id(s) not in gone]


def _support(ctx: Ctx, fy: int, rng: random.Random, slots: list[Slot]) -> None:
    sr = [s for s in slots if s.sr]
    food = weighted_sample(
        rng, sr, ctx.need("food_new", 1450, fy), lambda s: {"continue": 3, "refer": 2}.get(s.screening, 1)
    )
    for s, n in zip(food, allocate(rng, food, ctx.need("food_deliveries", 4200, fy), minimum=1, cap=9), strict=True):
        s.food = n
    parents = weighted_sample(rng, sr, min(ctx.count(150, fy), ctx.need("kids", 170, fy)))
    for s, n in zip(parents, allocate(rng, parents, ctx.need("kids", 170, fy), minimum=1, cap=3), strict=True):
        s.kids, s.profile = n, "parent"
        s.gender = "female" if rng.random() < 0.85 else "male"
    for s in weighted_sample(rng, sr, ctx.need("sanitary", 190, fy)):
        s.sanitary, s.gender = True, "female"
    housing = weighted_sample(rng, sr, min(ctx.count(260, fy), ctx.need("housing", 570, fy)))
    for s, n in zip(housing, allocate(rng, housing, ctx.need("housing", 570, fy), minimum=1, cap=4), strict=True):
        s.housing = n
    for s in weighted_sample(rng, housing, ctx.need("temp", 9, fy)):
        s.temp_living = True
    for attr, base in (("classroom", 66), ("home_visit", 43)):
        for s in weighted_sample(rng, sr, ctx.need(attr, base, fy), lambda s: 5 if s.profile == "parent" else 1):
            setattr(s, attr, True)
            s.profile = "parent"


def _programme_specific(ctx: Ctx, fy: int, rng: random.Random, slots: list[Slot]) -> None:
    first_month = 0 if fy > DISASTER_START.year else 4 if fy == DISASTER_START.year else 12
    if first_month < 12:
        victims = [s for s in slots if s.kind == "sr_only" and s.month >= first_month]
        share = (12 - first_month) / 12
        for s in weighted_sample(rng, victims, ctx.count(22 * share, fy)):
            s.victim, s.screening = True, "continue"
    budget = [s for s in slots if s.kind in ("sr_hb", "hb_only") and s.month <= 10]
    for s in weighted_sample(rng, budget, ctx.count(50, fy), lambda s: 14 - s.month):
        s.budget, s.screening = True, "continue"
        if s.profile == "general":
            s.profile = "budget"
    for s in slots:
        if s.outreach and rng.random() < 0.4:
            s.hikikomori = True
            if s.profile == "general":
                s.profile = "hikikomori"


def _volumes(ctx: Ctx, fy: int, rng: random.Random, slots: list[Slot]) -> None:
    weight = {"continue": 3.0, "refer": 1.5, "info_only": 0.6}
    for name, base, attr in (("self_reliance", 22000, "sr_referrals"), ("outreach", 6900, "or_referrals")):
        group = [s for s in slots if (s.sr if name == "self_reliance" else s.outreach)]
        firsts = [s for s in group if s.route == "agency"]
        for s in firsts:
            setattr(s, attr, 1)
        extra = allocate(
            rng,
            group,
            max(0, ctx.need(f"{name}_referrals", base, fy) - len(firsts)),
            weight=lambda s: weight[s.screening],
            cap=12,
        )
        for s, n in zip(group, extra, strict=True):
            setattr(s, attr, getattr(s, attr) + n)
    sr = [s for s in slots if s.sr]
    contact_weight = {"continue": 3.0, "refer": 1.2, "info_only": 0.3}
    for s, n in zip(
        sr,
        allocate(
            rng, sr, ctx.need("sr_contacts", 32000, fy), minimum=1, weight=lambda s: contact_weight[s.screening], cap=20
        ),
        strict=True,
    ):
        s.sr_contacts = n
    visited = [s for s in slots if s.outreach and (s.hikikomori or s.or_plan)]
    chosen = weighted_sample(rng, visited, max(1, ctx.need("visits", 450, fy) // 3))
    for s, n in zip(chosen, allocate(rng, chosen, ctx.need("visits", 450, fy), minimum=1, cap=8), strict=True):
        s.visits = n


def year_slots(ctx: Ctx, fy: int, returning_possible: bool) -> list[Slot]:
    """Every intake of fiscal year ``fy`` with what will happen to it."""
    rng = ctx.rng("destiny", fy)
    slots = _months(ctx, fy, rng)
    _plans(ctx, fy, rng, slots)
    _employment(ctx, fy, rng, slots)
    _support(ctx, fy, rng, slots)
    _programme_specific(ctx, fy, rng, slots)
    _volumes(ctx, fy, rng, slots)
    if returning_possible:
        free = [s for s in slots if not s.pinned]
        for s in weighted_sample(rng, free, round(RETURNING_SHARE * len(slots))):
            s.returning = True
    return slots
