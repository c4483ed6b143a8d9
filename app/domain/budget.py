"""Household-budget arithmetic (household-budget.md §1–3): sheet totals, 特別支出, and the
cash-flow projection. Pure integer yen; no database, no Qt.

Rules
-----
* Sheet totals (:func:`sheet_totals`), for each column (現状 / 見込 / 計画 / each 実績 month):
  収入合計 = the ``income`` rows that are not loans; 支出合計 = the ``expense`` rows that are
  not loans; 収支差額 = 収入合計 − 支出合計 (negative when short: printing it with ▲ is the
  formatter's job, app.domain.money). Loans received (``is_loan``) are summed apart as
  借入金: they are recorded, never income. ``other`` rows that are not loans count nowhere.
  An empty cell counts as 0.
* 差額 = 計画 − 現状, row by row (an empty cell counts as 0; the row's 差額 is empty only when
  both are empty), and in the totals ``difference`` = plan totals − current totals, so the
  row differences always add up to the total difference.
* 特別支出 (:func:`special_expense_summary`): the amounts by month (1–12), the yearly total, and
  the monthly 積立 = yearly total ÷ 12 rounded UP to the yen (切り上げ), so twelve months of
  積立 always cover the year: 90,500円 → 7,542円.
* Cash flow (:func:`cashflow_projection`), for ``years`` (1–30) calendar years from
  ``start_year``; ``k`` is the year index (0 for the first year):
  - a row's amount is ``base × (1 + rate)^k`` computed exactly and rounded once to the yen,
    half up (四捨五入); it is not rounded year by year;
  - a row fed from the repayment plans (``feed``) takes, when ``feeds_by_year`` is given, the
    feed's amount for that year, 0 for a year without one (the agreement has ended): its base
    and rate are not used;
  - an override cell for the year wins over both;
  - 収入合計 and 支出合計 add the rows by section; 支出合計 includes the year's life-event costs;
  - 年間収支 = 収入合計 − 支出合計;
  - 貯蓄残高 = round_half_away(前年の貯蓄残高 × (1 + 運用利率)) + 年間収支, starting from
    ``savings_start`` (the balance before the first year). Rounding is 四捨五入 on the absolute
    value, as app.domain.money rounds, so a negative balance is rounded like a positive one;
    the formula is applied as written also when the balance is negative.
  - ``first_negative_year`` is the first calendar year whose 貯蓄残高 is below 0, or None.
* Rates are integer basis points (1 % = 100 bp), from −10000 (−100 %) to 10000 (+100 %).
* Ages on the cash-flow table are at 31 December of each year (:func:`age_at_year_end`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

SHEET_SECTIONS = ("income", "expense", "other")
CASHFLOW_SECTIONS = ("income", "expense")
FEEDS = ("debt_repayment", "arrears")
MAX_YEARS = 30
BP = 10_000  # basis points in 100 %
MIN_RATE_BP, MAX_RATE_BP = -BP, BP


# ------------------------------------------------------------------------------ sheet totals


@dataclass(frozen=True)
class SheetLine:
    """One row of a 相談時家計表 / 家計計画表 as the arithmetic sees it."""

    section: str  # income / expense / other
    label: str = ""
    current: int | None = None  # 現状 (consultation: actual)
    estimate: int | None = None  # 見込 (本人申告)
    plan: int | None = None  # 計画
    actuals: Mapping[date, int] = field(default_factory=dict, hash=False)  # 実績 by month
    is_loan: bool = False
    feed: str | None = None


@dataclass(frozen=True)
class ColumnTotals:
    """収入合計, 支出合計, 収支差額 and 借入金 (loans received, not income) of one column."""

    income: int
    expense: int
    balance: int  # 収支差額 = income − expense
    loans: int

    @classmethod
    def of(cls, income: int, expense: int, loans: int) -> ColumnTotals:
        return cls(income, expense, income - expense, loans)


@dataclass(frozen=True)
class SheetTotals:
    current: ColumnTotals
    estimate: ColumnTotals
    plan: ColumnTotals
    difference: ColumnTotals  # 計画 − 現状
    actuals: Mapping[date, ColumnTotals] = field(default_factory=dict, hash=False)  # month order


def _column(lines: Iterable[SheetLine], amount_of) -> ColumnTotals:
    income = expense = loans = 0
    for line in lines:
        amount = amount_of(line) or 0
        if line.is_loan:
            loans += amount
        elif line.section == "income":
            income += amount
        elif line.section == "expense":
            expense += amount
    return ColumnTotals.of(income, expense, loans)


def line_difference(line: SheetLine) -> int | None:
    """差額 of one row: 計画 − 現状 (an empty cell is 0); None when both are empty."""
    if line.plan is None and line.current is None:
        return None
    return (line.plan or 0) - (line.current or 0)


def sheet_totals(lines: Sequence[SheetLine], months: Iterable[date] | None = None) -> SheetTotals:
    """Totals of every column; ``months`` are the 実績 columns (default: every month that any
    row has an actual for), returned in month order."""
    for line in lines:
        if line.section not in SHEET_SECTIONS:
            raise ValueError(f"unknown section {line.section!r}")
    if months is None:
        months = {m for line in lines for m in line.actuals}
    current = _column(lines, lambda ln: ln.current)
    plan = _column(lines, lambda ln: ln.plan)
    return SheetTotals(
        current=current,
        estimate=_column(lines, lambda ln: ln.estimate),
        plan=plan,
        difference=ColumnTotals.of(
            plan.income - current.income, plan.expense - current.expense, plan.loans - current.loans
        ),
        actuals={m: _column(lines, lambda ln, m=m: ln.actuals.get(m)) for m in sorted(months)},
    )


# -------------------------------------------------------------------------- 特別支出 (yearly)


@dataclass(frozen=True)
class SpecialItem:
    label: str
    month: int  # 1..12
    amount: int


class SpecialSummary(NamedTuple):
    by_month: dict[int, int]  # every month 1..12
    yearly_total: int
    monthly_reserve: int  # 積立 = ceil(yearly_total / 12)


def monthly_reserve(yearly_total: int) -> int:
    """積立: the yearly total ÷ 12, rounded up to the yen (integer arithmetic)."""
    return -(-yearly_total // 12)


def special_expense_summary(items: Iterable[SpecialItem]) -> SpecialSummary:
    by_month = dict.fromkeys(range(1, 13), 0)
    for item in items:
        if item.month not in by_month:
            raise ValueError(f"month must be 1..12, not {item.month!r}")
        if item.amount < 0:
            raise ValueError(f"negative amount {item.amount!r}")
        by_month[item.month] += item.amount
    total = sum(by_month.values())
    return SpecialSummary(by_month, total, monthly_reserve(total))


# ---------------------------------------------------------------------------------- cash flow


@dataclass(frozen=True)
class CashflowLine:
    """A cash-flow row: yearly ``base_yen`` in the first year, grown by ``rate_bp`` a year;
    ``overrides`` maps a year index to a typed amount; ``feed`` rows follow the repayments."""

    section: str  # income / expense
    base_yen: int = 0
    rate_bp: int = 0
    overrides: Mapping[int, int] = field(default_factory=dict, hash=False)
    feed: str | None = None
    label: str = ""


@dataclass(frozen=True)
class LifeEventCost:
    year: int  # calendar year
    cost: int
    label: str = ""


@dataclass(frozen=True)
class Projection:
    """Everything the キャッシュフロー表 shows, one value per year (index 0 = ``start_year``)."""

    start_year: int
    years: tuple[int, ...]  # calendar years
    rows: tuple[tuple[int, ...], ...]  # per input row, per year
    life_event_costs: tuple[int, ...]
    income: tuple[int, ...]  # 収入合計
    expense: tuple[int, ...]  # 支出合計 (life events included)
    balance: tuple[int, ...]  # 年間収支
    savings: tuple[int, ...]  # 貯蓄残高 at the end of each year
    savings_start: int
    return_rate_bp: int
    first_negative_year: int | None


def round_half_away(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    q = (2 * abs(numerator) + denominator) // (2 * denominator)
    return -q if numerator < 0 else q


def grown(base: int, rate_bp: int, k: int) -> int:
    """base × (1 + rate)^k, exact, rounded once to the yen (half up)."""
    if k < 0:
        raise ValueError("year index must not be negative")
    return round_half_away(base * (BP + rate_bp) ** k, BP**k)


def _check_rate(rate_bp: int, what: str) -> None:
    if not MIN_RATE_BP <= rate_bp <= MAX_RATE_BP:
        raise ValueError(f"{what} must be between {MIN_RATE_BP} and {MAX_RATE_BP} bp, not {rate_bp}")


def _row_amounts(
    line: CashflowLine, years: Sequence[int], feeds_by_year: Mapping[int, Mapping[str, int]] | None
) -> tuple[int, ...]:
    if line.section not in CASHFLOW_SECTIONS:
        raise ValueError(f"unknown cash-flow section {line.section!r}")
    _check_rate(line.rate_bp, "rate")
    out = []
    for k, year in enumerate(years):
        if k in line.overrides:
            out.append(line.overrides[k])
        elif line.feed is not None and feeds_by_year is not None:
            out.append(feeds_by_year.get(year, {}).get(line.feed, 0))
        else:
            out.append(grown(line.base_yen, line.rate_bp, k))
    return tuple(out)


def cashflow_projection(
    start_year: int,
    years: int,
    rows: Sequence[CashflowLine],
    life_events: Iterable[LifeEventCost] = (),
    savings_start: int = 0,
    return_rate_bp: int = 0,
    feeds_by_year: Mapping[int, Mapping[str, int]] | None = None,
) -> Projection:
    """The projection for ``years`` (1–30) from ``start_year`` (see the module rules)."""
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValueError(f"years must be 1..{MAX_YEARS}, not {years!r}")
    _check_rate(return_rate_bp, "return rate")
    calendar = tuple(range(start_year, start_year + years))
    amounts = tuple(_row_amounts(line, calendar, feeds_by_year) for line in rows)
    events = dict.fromkeys(calendar, 0)
    for e in life_events:
        if e.year in events:
            events[e.year] += e.cost
    income, expense, balance, savings = [], [], [], []
    previous = savings_start
    for k, year in enumerate(calendar):
        inc = sum(a[k] for line, a in zip(rows, amounts, strict=True) if line.section == "income")
        exp = sum(a[k] for line, a in zip(rows, amounts, strict=True) if line.section == "expense") + events[year]
        previous = round_half_away(previous * (BP + return_rate_bp), BP) + (inc - exp)
        income.append(inc)
        expense.append(exp)
        balance.append(inc - exp)
        savings.append(previous)
    negative = next((y for y, s in zip(calendar, savings, strict=True) if s < 0), None)
    return Projection(
        start_year=start_year,
        years=calendar,
        rows=amounts,
        life_event_costs=tuple(events.values()),
        income=tuple(income),
        expense=tuple(expense),
        balance=tuple(balance),
        savings=tuple(savings),
        savings_start=savings_start,
        return_rate_bp=return_rate_bp,
        first_negative_year=negative,
    )


def age_at_year_end(birth: date, year: int) -> int:
    """Age on 31 December of ``year``; ValueError for a year before the birth year."""
    if year < birth.year:
        raise ValueError(f"{year}年は生年（{birth.year}年）より前です")
    return year - birth.year


def percent_text(rate_bp: int) -> str:
    """Basis points as the percent text an advisor types: 50 → "0.5", -125 → "-1.25", 0 → "0"."""
    sign = "-" if rate_bp < 0 else ""
    whole, frac = divmod(abs(rate_bp), 100)
    return f"{sign}{whole}" + (f".{frac:02d}".rstrip("0") if frac else "")


__all__ = [
    "BP",
    "CASHFLOW_SECTIONS",
    "FEEDS",
    "MAX_YEARS",
    "SHEET_SECTIONS",
    "CashflowLine",
    "ColumnTotals",
    "LifeEventCost",
    "Projection",
    "SheetLine",
    "SheetTotals",
    "SpecialItem",
    "SpecialSummary",
    "age_at_year_end",
    "cashflow_projection",
    "grown",
    "line_difference",
    "monthly_reserve",
    "percent_text",
    "round_half_away",
    "sheet_totals",
    "special_expense_summary",
]
