"""One fiscal year of the demo ledger: month by month the intakes and everything that
follows from them, then the records that look across the year's cases."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.fiscal import fiscal_months
from app.services.demo import budget, jobdesk, org, outreach, reviews
from app.services.demo.cases import CaseRec, open_case
from app.services.demo.context import Ctx
from app.services.demo.debts import write_cohort_debts
from app.services.demo.destiny import Slot, year_slots
from app.services.demo.employment import write_employment
from app.services.demo.meetings import MeetingBook
from app.services.demo.plans import write_plans
from app.services.demo.sheets import draft_sheet, write_sheets
from app.services.demo.support import write_support
from app.services.demo.timeline import finish_case, write_contacts, write_referrals

Tick = Callable[[str], None]


def _register(ctx: Ctx, rec: CaseRec) -> None:
    """Note the case where the year-level stages will look for it."""
    slot = rec.slot
    if slot.hikikomori:
        ctx.shared.setdefault("hk_cases", []).append((rec.opened, rec.id))
    ctx.shared.setdefault("recent_cases", []).append((rec.opened, rec.id, slot.programmes[0]))
    if slot.es or slot.hikikomori:
        programme = "self_reliance" if slot.es else "outreach"
        ctx.shared.setdefault("event_people", []).append((rec.opened, rec.person.id, programme))


def _one_case(ctx: Ctx, book: MeetingBook, fy: int, slot: Slot, rec: CaseRec, cohort: list) -> None:
    rng = ctx.rng("case", rec.id)
    write_contacts(ctx, rng, rec)
    handed = write_referrals(ctx, rng, rec)
    first_plan = write_plans(ctx, rng, rec, book)
    write_support(ctx, rng, rec)
    write_employment(ctx, rng, rec, first_plan)
    if slot.visits:
        outreach.write_visits(ctx, rng, rec)
    if slot.budget:
        scheduled = budget.schedule(ctx, rng, rec, book, fy)
        if scheduled:
            cohort.append(scheduled)
    finish_case(ctx, rng, rec, handed)
    _register(ctx, rec)


def _months(ctx: Ctx, book: MeetingBook, fy: int, slots: list[Slot], tick: Tick) -> list[budget.BudgetCase]:
    cohort: list[budget.BudgetCase] = []
    used: set[int] = set()
    seq = 0
    for index, (y, m) in enumerate(fiscal_months(fy)):
        rng = ctx.rng("intakes", fy, index)
        month_slots = [s for s in slots if s.month == index]
        days = ctx.cal.month(y, m)
        for slot, on in zip(month_slots, sorted(rng.choice(days) for _ in month_slots), strict=True):
            seq += 1
            rec = open_case(ctx, rng, slot, on, f"{fy}-{seq:05d}", used)
            _one_case(ctx, book, fy, slot, rec, cohort)
        ctx.flush()
        tick(f"{fy}年度 {m}月の相談記録を作成しています")
    ctx.shared.setdefault("case_seq", {})[fy] = seq
    return cohort


def _budget_cohort(ctx: Ctx, fy: int, cohort: list[budget.BudgetCase]) -> None:
    """The year's budget cases: their month as found, the debts it can carry, the sheets."""
    rng = ctx.rng("budget", fy)
    drafts = {
        bc.rec.id: draft_sheet(ctx, rng, bc, negative=i == 0 or rng.random() < 0.45) for i, bc in enumerate(cohort)
    }
    capacity = {cid: max(5000, round(d.income * rng.uniform(0.08, 0.18), -3)) for cid, d in drafts.items()}
    feeds = write_cohort_debts(ctx, fy, cohort, capacity)
    for bc in cohort:
        budget.write_case(ctx, rng, bc)
        write_sheets(ctx, rng, bc, drafts[bc.rec.id], feeds[bc.rec.id])


def build_year(ctx: Ctx, book: MeetingBook, fy: int, tick: Tick) -> None:
    """Every record of fiscal year ``fy`` (and what its cases do after it, up to the end
    of the last generated year)."""
    org.build_year_profile(ctx, fy)
    jobdesk.year_employers(ctx, fy)
    before = ctx.shared.setdefault("persons_before", [])
    slots = year_slots(ctx, fy, returning_possible=bool(before))
    cohort = _months(ctx, book, fy, slots, tick)
    _budget_cohort(ctx, fy, cohort)
    reviews.hikikomori_reviews(ctx, book, fy)
    reviews.employment_reviews(ctx, book, fy)
    reviews.ad_hoc_reviews(ctx, book, fy)
    reviews.events(ctx, fy)
    outreach.disaster_year(ctx, fy)
    ctx.flush()
    before.extend(ctx.shared.pop("persons_new", []))
    tick(f"{fy}年度 家計改善支援・会議の記録を作成しています")
