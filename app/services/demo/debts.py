"""Debts and arrears of the budget cohort, their instalment agreements (分納) with the
generated schedule, and the payments recorded against them.

The yearly sum of recorded payments (household_budget.repayments_yen) is steered to the
target: the cohort's instalments are drawn first, then scaled so that its payments falling in
the year, plus those already recorded there by earlier cohorts, make the target. A payment is
a scheduled amount paid on time, late or not at all, so no debt is ever overpaid.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.fiscal import fiscal_year
from app.services.demo.budget import BudgetCase
from app.services.demo.context import Ctx

REPAYMENTS_YEN = 9_328_700
# kind: weight, monthly yen range, number of payments, creditor, agency tag, sheet row fed
DEBT_KINDS = {
    "resident_tax": (30, (5000, 20000), (4, 18), "倉敷市（市県民税）", "tax", "arrears"),
    "national_health_insurance": (25, (3000, 15000), (4, 18), "倉敷市（国民健康保険料）", "nhi", "arrears"),
    "consumer_finance": (15, (10000, 30000), (6, 24), "あおぞらファイナンス株式会社", "legal", "debt_repayment"),
    "credit_card": (8, (5000, 20000), (6, 24), "せとうちカード株式会社", "legal", "debt_repayment"),
    "council_loan": (8, (5000, 10000), (6, 24), "倉敷市社会福祉協議会", "council", "debt_repayment"),
    "rent": (5, (10000, 30000), (6, 12), "ひまわり不動産（管理会社）", "realestate", "arrears"),
    "water": (4, (3000, 8000), (3, 8), "倉敷市水道局", "utilities", "arrears"),
    "national_pension": (3, (5000, 16000), (4, 18), "年金事務所（国民年金保険料）", "pension", "arrears"),
}
LOANS = {"consumer_finance", "credit_card"}


@dataclass
class DebtPlan:
    bc: BudgetCase
    kind: str
    monthly: int
    count: int
    due_day: int
    agreed_on: date
    lump: int = 0  # paid at once when the agreement is made (一部一括納付)
    paid: list[tuple[date, date | None]] = field(default_factory=list)  # (due, paid or None)


def _add_months(first: date, n: int) -> date:
    y, m = divmod(first.month - 1 + n, 12)
    return date(first.year + y, m + 1, 1)


def _plan(ctx: Ctx, rng: random.Random, bc: BudgetCase, kind: str, monthly: int) -> DebtPlan:
    """An agreement for one debt, each instalment already marked paid on time, late or not."""
    _w, _range, (cmin, cmax), *_rest = DEBT_KINDS[kind]
    agreed = ctx.later(rng, bc.consult_on, 0, 25)
    lump = round(rng.uniform(30000, 200000), -4) if rng.random() < 0.3 else 0
    plan = DebtPlan(bc, kind, monthly, rng.randint(cmin, cmax), rng.choice((10, 15, 20, 25, 31)), agreed, int(lump))
    first = _add_months(agreed.replace(day=1), 1)
    for seq in range(plan.count):
        month = _add_months(first, seq)
        due = month.replace(day=min(plan.due_day, calendar.monthrange(month.year, month.month)[1]))
        r = rng.random()
        paid = None
        if r < 0.82:
            paid = max(agreed, due - timedelta(days=rng.randint(0, 5)))
        elif r < 0.94:
            paid = due + timedelta(days=rng.randint(3, 25))
        plan.paid.append((due, paid))
    return plan


def _yen_in(p: DebtPlan, fy: int | None) -> int:
    """What the plan pays (at its current amounts) in ``fy``, or over its life (None)."""
    total = sum(p.monthly for _d, paid in p.paid if paid and (fy is None or fiscal_year(paid) == fy))
    return total + (p.lump if fy is None or fiscal_year(p.agreed_on) == fy else 0)


def _scale(ctx: Ctx, plans: list[DebtPlan], fy: int) -> None:
    """Scale the instalments towards the year's target: the cohort's payments in its own
    year fill what earlier cohorts left of it; before the last year this is blended with
    "the cohort's lifetime payments make one year's target", which damps the swing between
    years that long agreements would otherwise cause."""
    repaid: dict[int, int] = ctx.shared.setdefault("repaid", {})
    target = ctx.count(REPAYMENTS_YEN, fy)
    wanted = max(target * 0.2, target - repaid.get(fy, 0))
    in_year = sum(_yen_in(p, fy) for p in plans)
    lifetime = sum(_yen_in(p, None) for p in plans)
    if not in_year or not lifetime:
        return
    factor = wanted / in_year
    if fy != ctx.last_fy:
        factor = (factor + target / lifetime) / 2
    factor = min(5.0, max(0.2, factor))
    for p in plans:
        raw = p.monthly * factor
        step = 500 if raw < 5000 else 1000
        p.monthly = max(500, round(raw / step) * step)
        p.lump = round(p.lump * factor, -3)


def _debt(ctx: Ctx, rng: random.Random, p: DebtPlan, original: int, balance: int) -> int:
    _w, _m, _c, creditor, tag, feed = DEBT_KINDS[p.kind]
    loan_course = "voluntary" if p.kind in LOANS and rng.random() < 0.6 else "instalments"
    arrears = feed == "arrears"
    status = rng.choice(("reminder", "demand", "seizure_notice") if arrears else ("none", "reminder", "demand"))
    agency = ctx.agency(rng, tag)
    return ctx.sink.add(
        "debts",
        p.bc.consult_on,
        case_id=p.bc.rec.id,
        kind_id=ctx.code("debt_kind", p.kind),
        creditor=creditor,
        original_yen=original,
        balance_yen=balance,
        arrears_yen=balance if arrears else min(balance, p.monthly * rng.randint(0, 3)),
        arrears_months=rng.randint(2, 18) if arrears else rng.randint(0, 3),
        collection_status_id=ctx.code("collection_status", status),
        course_id=ctx.code("debt_course", "paid_off" if balance == 0 else loan_course),
        handling_agency_id=agency,
        handling_office=ctx.agency_names[agency],
        recorded_on=p.bc.consult_on,
        note="",
    )


def _payment(ctx: Ctx, p: DebtPlan, debt_id: int, agreement_id: int | None, paid: date, amount: int, note: str) -> None:
    ctx.sink.add(
        "payments",
        paid,
        debt_id=debt_id,
        agreement_id=agreement_id,
        paid_on=paid,
        amount_yen=amount,
        staff_id=p.bc.advisor,
        note=note,
    )
    repaid: dict[int, int] = ctx.shared.setdefault("repaid", {})
    repaid[fiscal_year(paid)] = repaid.get(fiscal_year(paid), 0) + amount


def _payments(ctx: Ctx, p: DebtPlan, debt_id: int, agreement_id: int, amounts: list[int]) -> None:
    """The part paid at once, the schedule, and each payment made by the end of the last year."""
    if p.lump and p.agreed_on <= ctx.horizon:
        _payment(ctx, p, debt_id, None, p.agreed_on, p.lump, "一部一括納付")
    for seq, (amount, (due, paid)) in enumerate(zip(amounts, p.paid, strict=True), start=1):
        ctx.sink.add("scheduled_payments", agreement_id=agreement_id, seq=seq, due_on=due, amount_yen=amount)
        if paid and paid <= ctx.horizon:
            _payment(ctx, p, debt_id, agreement_id, paid, amount, "" if paid <= due else "期限後の納付")


def _write(ctx: Ctx, rng: random.Random, p: DebtPlan) -> None:
    """The debt, its agreement (the last instalment carries the remainder), schedule and
    payments; the debt's original amount covers the agreement, its balance what is unpaid."""
    last = p.monthly if rng.random() < 0.4 else rng.randrange(100, p.monthly + 1, 100)
    amounts = [p.monthly] * (p.count - 1) + [last]
    total = sum(amounts)
    extra = rng.randrange(0, total // 2 + 1, 100) if DEBT_KINDS[p.kind][5] == "debt_repayment" else 0
    original = p.lump + total + extra
    paid = sum(a for a, (_d, on) in zip(amounts, p.paid, strict=True) if on and on <= ctx.horizon)
    paid += p.lump if p.agreed_on <= ctx.horizon else 0
    debt_id = _debt(ctx, rng, p, original, original - paid)
    agreement_id = ctx.sink.add(
        "instalment_agreements",
        p.agreed_on,
        debt_id=debt_id,
        agreed_on=p.agreed_on,
        total_yen=total,
        monthly_yen=p.monthly,
        first_month=p.paid[0][0].replace(day=1),
        payment_count=p.count,
        due_day=p.due_day,
        cancelled_on=None,
        note="",
    )
    _payments(ctx, p, debt_id, agreement_id, amounts)


def _kinds(rng: random.Random) -> list[str]:
    kinds, weights = list(DEBT_KINDS), [v[0] for v in DEBT_KINDS.values()]
    chosen: list[str] = []
    wanted = rng.choice((1, 2, 2, 3, 3, 4))
    while len(chosen) < wanted:
        kind = rng.choices(kinds, weights=weights)[0]
        if kind not in chosen:
            chosen.append(kind)
    return chosen


def write_cohort_debts(
    ctx: Ctx, fy: int, cohort: list[BudgetCase], capacity: dict[int, int]
) -> dict[int, dict[str, int]]:
    """Debts, agreements, schedules and payments of the year's budget cases; ``capacity`` is
    what each household can repay a month (shared among its debts before scaling). Returns,
    per case id, the monthly amounts the plan sheet's 債務返済 / 滞納分 rows carry."""
    rng = ctx.rng("debts", fy)
    plans: list[DebtPlan] = []
    for bc in cohort:
        kinds = _kinds(rng)
        shares = [sum(DEBT_KINDS[k][1]) * rng.uniform(0.6, 1.4) for k in kinds]
        for kind, share in zip(kinds, shares, strict=True):
            monthly = max(1000, round(capacity[bc.rec.id] * share / sum(shares), -2))
            plans.append(_plan(ctx, rng, bc, kind, monthly))
    _scale(ctx, plans, fy)
    feeds: dict[int, dict[str, int]] = {}
    for p in plans:
        _write(ctx, rng, p)
        feed = feeds.setdefault(p.bc.rec.id, {"debt_repayment": 0, "arrears": 0, "end_year": 0})
        feed[DEBT_KINDS[p.kind][5]] += p.monthly
        feed["end_year"] = max(feed["end_year"], p.paid[-1][0].year)
    return feeds
