"""A budget case's 相談時家計表, 家計計画表 (with monthly 実績 and 特別支出) and cash-flow plan,
filled from the seeded row templates with amounts that fit the household."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, select

from app.models import BudgetTemplate, BudgetTemplateRow
from app.services.demo.budget import BudgetCase
from app.services.demo.cases import age_on
from app.services.demo.context import Ctx

TemplateRows = list[tuple[str, str, str | None, bool, int]]  # section, label, feed, is_loan, rate

# label → (condition, probability, low, high) in yen a month
AMOUNTS = {
    "本人就労収入": ("working", 1.0, 80000, 200000),
    "配偶者・家族就労収入": ("spouse", 0.6, 40000, 120000),
    "年金（老齢・障害・遺族）": ("older", 1.0, 60000, 150000),
    "児童手当": ("children", 1.0, 10000, 30000),
    "児童扶養手当": ("single_parent", 1.0, 30000, 45000),
    "その他手当": ("always", 0.05, 5000, 20000),
    "失業給付": ("not_working", 0.25, 100000, 160000),
    "仕送り・援助": ("always", 0.1, 10000, 30000),
    "その他収入": ("always", 0.05, 5000, 20000),
    "老齢基礎年金": ("always", 1.0, 50000, 66000),
    "老齢厚生年金": ("always", 0.6, 30000, 100000),
    "遺族年金": ("always", 0.15, 30000, 80000),
    "障害年金": ("always", 0.05, 65000, 82000),
    "企業年金・個人年金": ("always", 0.05, 10000, 30000),
    "配偶者の年金・収入": ("spouse", 1.0, 50000, 100000),
    "借入金（収入ではない）": ("always", 0.25, 10000, 50000),
    "住居費": ("renter", 1.0, 30000, 65000),
    "水道光熱費": ("always", 1.0, 10000, 25000),
    "通信費": ("always", 1.0, 5000, 20000),
    "食費": ("always", 1.0, 30000, 70000),
    "日用品費": ("always", 1.0, 3000, 10000),
    "被服費": ("always", 0.6, 2000, 8000),
    "医療費": ("always", 0.6, 2000, 15000),
    "保険料": ("always", 0.6, 3000, 15000),
    "社会保険料（国保・年金・介護）": ("always", 0.9, 5000, 25000),
    "税金（住民税等）": ("always", 0.5, 3000, 15000),
    "教育費・子ども費": ("children", 1.0, 5000, 30000),
    "交通費・車両費": ("always", 0.9, 3000, 25000),
    "交際費": ("always", 0.7, 2000, 10000),
    "嗜好品": ("always", 0.6, 2000, 10000),
    "娯楽・趣味": ("always", 0.6, 2000, 10000),
    "こづかい": ("always", 0.7, 5000, 15000),
    "債務返済": ("always", 0.5, 5000, 30000),
    "その他": ("always", 0.4, 1000, 5000),
    "介護サービス利用料": ("always", 0.4, 5000, 20000),
    "介護保険料": ("always", 1.0, 3000, 8000),
    "後期高齢者医療保険料・国保": ("always", 1.0, 3000, 10000),
    "税金（住民税・固定資産税等）": ("always", 0.5, 2000, 10000),
    "交際費・冠婚葬祭": ("always", 0.7, 2000, 10000),
    "嗜好品・趣味": ("always", 0.6, 2000, 8000),
}
CUTS = {
    "通信費": 0.6,
    "娯楽・趣味": 0.5,
    "嗜好品": 0.5,
    "嗜好品・趣味": 0.5,
    "交際費": 0.7,
    "交際費・冠婚葬祭": 0.7,
    "こづかい": 0.6,
    "食費": 0.9,
    "被服費": 0.7,
}
CASHFLOW_SOURCES = {
    "本人収入": ("本人就労収入",),
    "就労収入": ("本人就労収入",),
    "配偶者収入": ("配偶者・家族就労収入",),
    "年金": (
        "年金（老齢・障害・遺族）",
        "老齢基礎年金",
        "老齢厚生年金",
        "遺族年金",
        "障害年金",
        "企業年金・個人年金",
        "配偶者の年金・収入",
    ),
    "手当": ("児童手当", "児童扶養手当", "その他手当"),
    "基本生活費": (
        "水道光熱費",
        "通信費",
        "食費",
        "日用品費",
        "被服費",
        "交通費・車両費",
        "交際費",
        "交際費・冠婚葬祭",
        "嗜好品",
        "嗜好品・趣味",
        "娯楽・趣味",
        "こづかい",
        "その他",
        "仕送り",
    ),
    "住居費": ("住居費",),
    "教育費": ("教育費・子ども費",),
    "医療・介護費": ("医療費", "介護サービス利用料"),
    "保険料": (
        "保険料",
        "社会保険料（国保・年金・介護）",
        "税金（住民税等）",
        "介護保険料",
        "後期高齢者医療保険料・国保",
        "税金（住民税・固定資産税等）",
    ),
}
SPECIAL = (
    ("自動車税", 5, 10000, 35000),
    ("車検", 0, 80000, 120000),
    ("任意保険", 0, 30000, 60000),
    ("NHK受信料", 10, 13000, 14000),
    ("冠婚葬祭", 0, 10000, 30000),
    ("帰省", 8, 20000, 50000),
    ("年末年始", 12, 10000, 30000),
)


@dataclass(frozen=True)
class Household:
    age: int
    working: bool
    spouse: bool
    children: int
    renter: bool

    def holds(self, condition: str) -> bool:
        """Whether the household meets an amount's condition."""
        return {
            "always": True,
            "working": self.working,
            "not_working": not self.working,
            "spouse": self.spouse,
            "children": self.children > 0,
            "single_parent": self.children > 0 and not self.spouse,
            "older": self.age >= 62,
            "renter": self.renter,
        }[condition]


def load_templates(conn: Connection) -> dict[tuple[str, bool], tuple[int, TemplateRows]]:
    """The first built-in template of each (sheet kind, older person) with its rows."""
    out: dict[tuple[str, bool], tuple[int, TemplateRows]] = {}
    for t in conn.execute(select(BudgetTemplate).where(BudgetTemplate.builtin.is_(True)).order_by(BudgetTemplate.id)):
        key = (t.sheet_kind, bool(t.for_older_person))
        if key in out:
            continue
        rows = conn.execute(
            select(
                BudgetTemplateRow.section,
                BudgetTemplateRow.label,
                BudgetTemplateRow.feed,
                BudgetTemplateRow.is_loan,
                BudgetTemplateRow.rate_bp,
            )
            .where(BudgetTemplateRow.template_id == t.id)
            .order_by(BudgetTemplateRow.position)
        )
        out[key] = (t.id, [tuple(r) for r in rows])  # type: ignore[misc]
    return out


def _round(yen: float, step: int = 1000) -> int:
    return max(0, round(yen / step) * step)


def _current(rng: random.Random, rows: TemplateRows, h: Household) -> dict[str, int]:
    amounts: dict[str, int] = {}
    for _section, label, _feed, _loan, _rate in rows:
        cond, p, lo, hi = AMOUNTS.get(label, ("always", 0.0, 0, 0))
        amounts[label] = _round(rng.uniform(lo, hi)) if h.holds(cond) and rng.random() < p else 0
    if "食費" in amounts:
        amounts["食費"] += 12000 * (h.children + int(h.spouse))
    return amounts


def _settle(rng: random.Random, rows: TemplateRows, current: dict[str, int], negative: bool) -> None:
    """Bring the month to a plausible balance: ▲5,000 – ▲30,000円 short when ``negative``,
    otherwise 0 – 20,000円 left over; incomes are scaled down or the main income raised."""
    target = -rng.randint(5, 30) * 1000 if negative else rng.randint(0, 20) * 1000
    balance = _balance(rows, current)
    incomes = [lbl for sec, lbl, *_ in rows if sec == "income" and current[lbl]]
    income = sum(current[lbl] for lbl in incomes)
    if balance > target and income:
        factor = max(0.0, (income - (balance - target)) / income)
        for lbl in incomes:
            current[lbl] = _round(current[lbl] * factor)
    main = (
        max(incomes, key=lambda lbl: current[lbl]) if incomes else next(lbl for sec, lbl, *_ in rows if sec == "income")
    )
    current[main] += max(0, _round(target - _balance(rows, current)))


def _balance(rows: TemplateRows, values: dict[str, int]) -> int:
    return sum(values[lbl] if sec == "income" else -values[lbl] for sec, lbl, *_ in rows if sec != "other")


def _sheet(ctx: Ctx, bc: BudgetCase, kind: str, on: date, template_id: int, base: int | None, savings: int) -> int:
    return ctx.sink.add(
        "budget_sheets",
        on,
        case_id=bc.rec.id,
        kind=kind,
        made_on=on,
        staff_id=bc.advisor,
        template_id=template_id,
        base_sheet_id=base,
        month_basis="直近の月" if kind == "consultation" else "",
        savings_yen=savings,
        note="",
    )


def _row(ctx: Ctx, sheet: int, pos: int, spec: tuple, **amounts: int | None) -> int:
    section, label, feed, loan, _rate = spec
    return ctx.sink.add(
        "budget_sheet_rows",
        sheet_id=sheet,
        position=pos * 10,
        section=section,
        label=label,
        feed=feed,
        is_loan=loan,
        current_yen=amounts.get("current"),
        estimate_yen=amounts.get("estimate"),
        plan_yen=amounts.get("plan"),
        note="",
    )


def _plan_values(rows: TemplateRows, current: dict[str, int], feeds: dict[str, int]) -> dict[str, int]:
    plan = {lbl: _round(v * CUTS.get(lbl, 1.0)) for lbl, v in current.items()}
    for _sec, lbl, feed, loan, _rate in rows:
        if feed:
            plan[lbl] = feeds.get(feed, 0)
        if loan:
            plan[lbl] = 0
    deficit = -_balance(rows, plan)
    if deficit > 0:
        earner = "本人就労収入" if "本人就労収入" in plan else "その他収入"
        plan[earner] += _round(deficit + 3000)
    return plan


@dataclass
class SheetDraft:
    """The household and its month as found at the first consultation."""

    household: Household
    template_id: int
    rows: TemplateRows
    current: dict[str, int]
    savings: int

    @property
    def income(self) -> int:
        return sum(self.current[lbl] for sec, lbl, *_ in self.rows if sec == "income")


def draft_sheet(ctx: Ctx, rng: random.Random, bc: BudgetCase, negative: bool) -> SheetDraft:
    """The consultation month of a budget case (written later, once the debts are known)."""
    person = bc.rec.person
    age = age_on(person.birth, bc.consult_on)
    working = rng.random() < (0.6 if age < 65 else 0.2)
    h = Household(age, working, person.spouse, len(person.children), rng.random() < 0.75)
    template_id, rows = ctx.shared["templates"][("household", h.age >= 65)]
    current = _current(rng, rows, h)
    _settle(rng, rows, current, negative)
    return SheetDraft(h, template_id, rows, current, rng.choice((0, 0, 5000, 20000, 50000, 120000)))


def write_sheets(ctx: Ctx, rng: random.Random, bc: BudgetCase, draft: SheetDraft, feeds: dict[str, int]) -> None:
    """Consultation sheet, plan sheet with actuals and special expenses, cash-flow plan."""
    h, template_id, rows, current, savings = (
        draft.household,
        draft.template_id,
        draft.rows,
        draft.current,
        draft.savings,
    )
    consult = _sheet(ctx, bc, "consultation", bc.consult_on, template_id, None, savings)
    for pos, spec in enumerate(rows, start=1):
        value = current[spec[1]]
        estimate = _round(value * rng.uniform(0.7, 1.2)) if value and rng.random() < 0.3 else value
        _row(ctx, consult, pos, spec, current=value, estimate=estimate)
    plan = _plan_values(rows, current, feeds)
    plan_sheet = _sheet(ctx, bc, "plan", bc.plan_sheet_on, template_id, consult, savings)
    months = _follow_up_months(ctx, bc)
    for pos, spec in enumerate(rows, start=1):
        rid = _row(ctx, plan_sheet, pos, spec, current=current[spec[1]], plan=plan[spec[1]])
        for month in months if plan[spec[1]] else ():
            actual = plan[spec[1]] if spec[2] else _round(plan[spec[1]] * rng.uniform(0.85, 1.1), 100)
            ctx.sink.add("budget_actuals", row_id=rid, month=month, amount_yen=actual)
    yearly = _special_expenses(ctx, rng, plan_sheet, h)
    _cashflow(ctx, rng, bc, h, plan, savings, yearly, feeds)


def _follow_up_months(ctx: Ctx, bc: BudgetCase) -> list[date]:
    end = min(bc.closure[0] if bc.closure else ctx.horizon, ctx.horizon)
    first = bc.decision[0].replace(day=1) + timedelta(days=32)
    months, m = [], first.replace(day=1)
    while m <= end and len(months) < 4:
        months.append(m)
        m = (m + timedelta(days=32)).replace(day=1)
    return months


def _special_expenses(ctx: Ctx, rng: random.Random, sheet: int, h: Household) -> int:
    items = list(rng.sample(SPECIAL, rng.randint(2, 4)))
    if h.children:
        items.append(("入学・進学", 3, 30000, 100000))
    if not h.renter:
        items.append(("固定資産税", 5, 30000, 80000))
    total = 0
    for pos, (label, month, lo, hi) in enumerate(items, start=1):
        amount = _round(rng.uniform(lo, hi))
        total += amount
        ctx.sink.add(
            "special_expenses",
            sheet_id=sheet,
            position=pos,
            label=label,
            month=month or rng.randint(1, 12),
            amount_yen=amount,
        )
    return total


def _cashflow(
    ctx: Ctx,
    rng: random.Random,
    bc: BudgetCase,
    h: Household,
    plan: dict[str, int],
    savings: int,
    yearly: int,
    feeds: dict[str, int],
) -> None:
    template_id, rows = ctx.shared["templates"][("cashflow", h.age >= 65)]
    start_year = bc.plan_sheet_on.year
    pid = ctx.sink.add(
        "cashflow_plans",
        bc.plan_sheet_on,
        case_id=bc.rec.id,
        made_on=bc.plan_sheet_on,
        staff_id=bc.advisor,
        template_id=template_id,
        start_year=start_year,
        years=5,
        savings_start_yen=savings,
        return_rate_bp=rng.choice((0, 0, 10)),
        note="",
    )
    for pos, (section, label, feed, _loan, rate) in enumerate(rows, start=1):
        base = 12 * sum(plan.get(src, 0) for src in CASHFLOW_SOURCES.get(label, ()))
        base = yearly if label == "一時的支出" else base
        rid = ctx.sink.add(
            "cashflow_rows",
            plan_id=pid,
            position=pos * 10,
            section=section,
            label=label,
            feed=feed,
            base_yen=0 if feed else base,
            rate_bp=rate if rng.random() < 0.8 else rate + 50,
        )
        if label == "一時的収入" and rng.random() < 0.3:
            ctx.sink.add(
                "cashflow_cells",
                row_id=rid,
                year_index=rng.randint(0, 2),
                amount_yen=_round(rng.uniform(30000, 100000)),
            )
    _life_events(ctx, rng, pid, bc, start_year, feeds)


def _life_events(ctx: Ctx, rng: random.Random, plan_id: int, bc: BudgetCase, start: int, feeds: dict[str, int]) -> None:
    events: list[tuple[int, int | None, str, int]] = []
    for name, _kana, birth, member in bc.rec.person.children:
        for age, label, cost in ((6, "小学校入学", 50000), (12, "中学校入学", 100000), (15, "高校入学", 150000)):
            if start <= birth.year + age < start + 5:
                events.append((birth.year + age, member, f"{name.split()[-1]} {label}", cost))
    age = start - bc.rec.person.birth.year
    if 60 <= age < 65:
        events.append((bc.rec.person.birth.year + 65, None, "年金開始", 0))
    if start <= feeds.get("end_year", 0) < start + 5:
        events.append((feeds["end_year"], None, "分納完済", 0))
    if rng.random() < 0.3:
        events.append((start + rng.randint(1, 4), None, "車の買い替え", _round(rng.uniform(300000, 800000), 10000)))
    for year, member, label, cost in events[:4]:
        ctx.sink.add("life_events", plan_id=plan_id, year=year, household_member_id=member, label=label, cost_yen=cost)
