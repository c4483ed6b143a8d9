"""The household-budget cohort: each case decided at a 家計改善支援事業支援調整会議 is
scheduled when it is opened (decision, monitoring, closure meetings) and written at the end
of the year with its reviews, closure evaluation, 家計改善支援計画書, sheets and debts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.services.demo.cases import CaseRec
from app.services.demo.context import Ctx, largest_remainder
from app.services.demo.meetings import MeetingBook
from app.services.demo.reviews import review
from app.services.demo.texts import CONTACT_TEXT, EVALUATION_COMMENTS

KIND = "budget_coordination"
LEVELS = ((1, 6), (2, 32), (3, 0), (4, 10), (5, 0), (0, 1))  # level, share; 0 = 事業延長
BUDGET_GOALS = ("収支の均衡を図る", "滞納を解消する", "毎月5,000円の貯蓄をする", "債務の返済計画を守る")
BUDGET_ISSUES = (
    "収入に比べて固定費が多い",
    "税と保険料の滞納がある",
    "借入の返済が家計を圧迫している",
    "支出の把握ができていない",
)
BUDGET_ACTIONS = ("家計簿をつける", "分納の約束を守る", "通信費を見直す", "毎月の収支を面談で確認する")
SUPPORTS = ("management", "arrears", "debt_settlement", "loan_mediation", "benefits")


@dataclass
class BudgetCase:
    rec: CaseRec
    consult_on: date
    decision: tuple[date, int]
    monitorings: list[tuple[date, int]]
    closure: tuple[date, int] | None
    level: int  # 1..5, or 0 for 事業延長
    advisor: int
    plan_sheet_on: date = field(init=False)

    def __post_init__(self) -> None:
        self.plan_sheet_on = self.consult_on


def _level(ctx: Ctx, rng: random.Random, fy: int) -> int | None:
    """The closure result of the next closing case of cohort ``fy`` (None: it does not
    close yet, the last year's quota being full)."""
    levels: dict[int, list[int]] = ctx.shared.setdefault("levels", {})
    if fy not in levels:
        parts = largest_remainder(ctx.need("closures", 49, fy), [w for _l, w in LEVELS])
        levels[fy] = [lvl for (lvl, _w), n in zip(LEVELS, parts, strict=True) for _ in range(n)]
        rng.shuffle(levels[fy])
    if levels[fy]:
        return levels[fy].pop()
    return None if fy == ctx.last_fy else rng.choices([1, 2, 4], weights=(6, 32, 10))[0]


def schedule(ctx: Ctx, rng: random.Random, rec: CaseRec, book: MeetingBook, fy: int) -> BudgetCase | None:
    """Fix the case's budget meetings and record the membership's milestones."""
    consult = ctx.later(rng, rec.assessed or rec.opened, 2, 10)
    decision = book.next(KIND, consult + timedelta(days=3))
    if decision is None:
        return None
    meetings = book.by_kind[KIND]
    i = book.index(KIND, decision)
    last = min(i + rng.choice((2, 2, 3, 3, 4)), len(meetings) - 1)
    level = _level(ctx, rng, fy) if last > i else None
    closure = meetings[last] if level is not None else None
    if closure:
        ctx.mark("closures", closure[0])
    between = meetings[i + 1 : last] if closure else meetings[i + 1 : i + 2]
    monitorings = between[:1] if rng.random() < 0.88 else between[:2]
    bc = BudgetCase(
        rec,
        consult,
        decision,
        monitorings,
        closure,
        level if level is not None else 2,
        ctx.one_staff(rng, "budget_advisor"),
    )
    bc.plan_sheet_on = min(ctx.later(rng, consult, 0, 7), decision[0])
    rec.touch(consult)
    rec.reach("household_budget", "coordination", decision[0])
    rec.reach("household_budget", "decided", decision[0])
    rec.reach("household_budget", "support", decision[0])
    for m in monitorings:
        rec.reach("household_budget", "monitoring", m[0])
    if closure:
        rec.reach("household_budget", "evaluation", closure[0])
        rec.reach("household_budget", "support" if bc.level == 0 else "closed", closure[0])
    rec.touch((closure or (monitorings or [decision])[-1])[0])
    return bc


def _evaluation(ctx: Ctx, rng: random.Random, bc: BudgetCase, review_id: int) -> int:
    assert bc.closure is not None
    on, rec = bc.closure[0], bc.rec
    reason = "goal_achieved" if bc.level in (1, 2, 3) else ("own_wish" if bc.level == 5 else "other")
    eid = ctx.sink.add(
        "evaluations",
        on,
        case_id=rec.id,
        programme_id=ctx.code("programme", "household_budget"),
        kind="closure",
        evaluated_on=on,
        staff_id=bc.advisor,
        plan_id=None,
        level=bc.level or None,
        extended=bc.level == 0,
        closure_reason_id=None if bc.level == 0 else ctx.code("closure_reason", reason),
        review_id=review_id,
        comment=rng.choice(EVALUATION_COMMENTS),
    )
    changes = ["budget", "security"] + (["motivation"] if rng.random() < 0.5 else [])
    ctx.sink.link("evaluation_changes", eid, [ctx.code("personal_change", c) for c in changes])
    return eid


def _improvement_plan(ctx: Ctx, rng: random.Random, bc: BudgetCase, evaluation_id: int | None) -> None:
    made, decided = bc.plan_sheet_on, bc.decision[0]
    pid = ctx.sink.add(
        "budget_improvement_plans",
        made,
        case_id=bc.rec.id,
        made_on=made,
        staff_id=bc.advisor,
        issues=rng.choice(BUDGET_ISSUES),
        goals="・" + "\n・".join(rng.sample(BUDGET_GOALS, 2)),
        person_actions=rng.choice(BUDGET_ACTIONS),
        period_from=decided,
        period_to=decided + timedelta(days=180),
        approved_meeting_id=bc.decision[1],
        evaluation_id=evaluation_id,
    )
    ctx.sink.link(
        "budget_plan_supports",
        pid,
        [ctx.code("budget_support", s) for s in ["management", *rng.sample(SUPPORTS[1:], 2)]],
    )
    ctx.sink.link("budget_plan_agencies", pid, sorted(rng.sample(ctx.agencies["budget"], 2)))
    end = bc.closure[0] if bc.closure else ctx.horizon
    for n in range(1, rng.randint(3, 6) + 1):
        planned = decided + timedelta(days=30 * n)
        done = ctx.snap(planned, planned) if planned <= min(end, ctx.horizon) else None
        ctx.sink.add("budget_plan_monitorings", plan_id=pid, planned_on=planned, done_on=done, note="")


def _sessions(ctx: Ctx, rng: random.Random, bc: BudgetCase) -> None:
    """The budget sessions themselves: contacts of programme household_budget."""
    dates = [bc.consult_on, bc.plan_sheet_on] + [m[0] for m in bc.monitorings]
    for on in sorted(set(dates)):
        ctx.sink.add(
            "contacts",
            on,
            case_id=bc.rec.id,
            programme_id=ctx.code("programme", "household_budget"),
            contact_on=on,
            contact_at=None,
            method_id=ctx.code("contact_method", "office"),
            participants="本人",
            content=rng.choice(CONTACT_TEXT["office"][:3]),
            staff_id=bc.advisor,
            minutes=60,
            next_action="",
        )


def write_case(ctx: Ctx, rng: random.Random, bc: BudgetCase) -> None:
    """Reviews, closure evaluation, improvement plan and sessions of one budget case."""
    rec = bc.rec
    review(ctx, rng, bc.decision, rec.id, "household_budget", "new_review")
    review(ctx, rng, bc.decision, rec.id, "household_budget", "use_decision")
    for m in bc.monitorings:
        review(ctx, rng, m, rec.id, "household_budget", "monitoring")
    evaluation_id = None
    if bc.closure:
        rid = review(ctx, rng, bc.closure, rec.id, "household_budget", "closure_evaluation")
        evaluation_id = _evaluation(ctx, rng, bc, rid)
    _improvement_plan(ctx, rng, bc, evaluation_id)
    _sessions(ctx, rng, bc)
