"""Household-budget arithmetic: sheet totals, 特別支出 and the cash-flow projection, checked by
hand on small cases and by hypothesis on the rules that must always hold."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.budget import (
    BP,
    CashflowLine,
    ColumnTotals,
    LifeEventCost,
    SheetLine,
    SpecialItem,
    age_at_year_end,
    cashflow_projection,
    grown,
    line_difference,
    monthly_reserve,
    percent_text,
    round_half_away,
    sheet_totals,
    special_expense_summary,
)
from app.domain.budget_drafts import RateParseError, parse_column, parse_rate_percent

JULY = date(2023, 7, 1)
AUGUST = date(2023, 8, 1)


# ---- sheet totals ------------------------------------------------------------------------------
SMALL_SHEET = [
    SheetLine("income", "本人就労収入", current=150_000, plan=160_000, actuals={JULY: 155_000}),
    SheetLine("income", "児童手当", current=10_000, plan=10_000, actuals={JULY: 10_000}),
    SheetLine("other", "借入金（収入ではない）", current=50_000, is_loan=True),
    SheetLine("expense", "住居費", current=60_000, plan=55_000, actuals={JULY: 55_000}),
    SheetLine("expense", "食費", current=70_000, plan=60_000, actuals={JULY: 65_000}),
    SheetLine("expense", "債務返済", current=30_000, plan=20_000, actuals={JULY: 20_000}, feed="debt_repayment"),
    SheetLine("expense", "その他"),
]


def test_small_sheet_totals_by_hand() -> None:
    t = sheet_totals(SMALL_SHEET)
    assert t.current == ColumnTotals(income=160_000, expense=160_000, balance=0, loans=50_000)
    assert t.plan == ColumnTotals(income=170_000, expense=135_000, balance=35_000, loans=0)
    assert t.difference == ColumnTotals(income=10_000, expense=-25_000, balance=35_000, loans=-50_000)
    assert t.estimate == ColumnTotals(0, 0, 0, 0)
    assert list(t.actuals) == [JULY]
    assert t.actuals[JULY] == ColumnTotals(income=165_000, expense=140_000, balance=25_000, loans=0)


def test_loans_are_not_income_whatever_their_section() -> None:
    lines = [
        SheetLine("income", "給与", current=100_000),
        SheetLine("income", "カードローン", current=80_000, is_loan=True),
        SheetLine("other", "借入金", current=20_000, is_loan=True),
        SheetLine("expense", "食費", current=130_000),
    ]
    t = sheet_totals(lines)
    assert (t.current.income, t.current.loans) == (100_000, 100_000)
    assert t.current.balance == -30_000  # a plain negative number: ▲ is the formatter's business


def test_other_rows_that_are_not_loans_count_nowhere() -> None:
    t = sheet_totals([SheetLine("other", "メモ", current=999), SheetLine("income", "給与", current=1)])
    assert t.current == ColumnTotals(1, 0, 1, 0)


def test_months_given_explicitly_are_all_totalled_in_order() -> None:
    t = sheet_totals(SMALL_SHEET, months=[AUGUST, JULY])
    assert list(t.actuals) == [JULY, AUGUST]
    assert t.actuals[AUGUST] == ColumnTotals(0, 0, 0, 0)


def test_row_difference_is_plan_minus_current() -> None:
    assert line_difference(SheetLine("expense", current=70_000, plan=60_000)) == -10_000
    assert line_difference(SheetLine("expense", plan=5_000)) == 5_000
    assert line_difference(SheetLine("expense", current=5_000)) == -5_000
    assert line_difference(SheetLine("expense")) is None


def test_unknown_section_is_refused() -> None:
    with pytest.raises(ValueError):
        sheet_totals([SheetLine("savings", current=1)])


amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=10**9))
sheet_lines = st.lists(
    st.builds(
        SheetLine,
        section=st.sampled_from(["income", "expense", "other"]),
        current=amounts,
        estimate=amounts,
        plan=amounts,
        actuals=st.dictionaries(st.sampled_from([JULY, AUGUST]), st.integers(0, 10**9), max_size=2),
        is_loan=st.booleans(),
    ),
    max_size=30,
)


@given(sheet_lines)
def test_totals_always_equal_the_sum_of_the_rows(lines: list[SheetLine]) -> None:
    t = sheet_totals(lines)

    def total(column: str, section: str) -> int:
        return sum(getattr(x, column) or 0 for x in lines if x.section == section and not x.is_loan)

    for column in ("current", "estimate", "plan"):
        got = getattr(t, column)
        assert got.income == total(column, "income")
        assert got.expense == total(column, "expense")
        assert got.balance == got.income - got.expense
        assert got.loans == sum(getattr(x, column) or 0 for x in lines if x.is_loan)
    for month, got in t.actuals.items():
        assert got.income == sum(x.actuals.get(month, 0) for x in lines if x.section == "income" and not x.is_loan)
        assert got.expense == sum(x.actuals.get(month, 0) for x in lines if x.section == "expense" and not x.is_loan)
    differences = [line_difference(x) or 0 for x in lines if x.section == "expense" and not x.is_loan]
    assert t.difference.expense == sum(differences)
    assert t.difference.balance == t.plan.balance - t.current.balance


# ---- 特別支出 --------------------------------------------------------------------------------------
def test_special_expenses_by_hand() -> None:
    by_month, yearly, reserve = special_expense_summary(
        [SpecialItem("固定資産税", 6, 60_000), SpecialItem("自動車税", 5, 30_500)]
    )
    assert yearly == 90_500
    assert reserve == 7_542  # 90,500 ÷ 12 = 7,541.67 → rounded up
    assert by_month[6] == 60_000 and by_month[5] == 30_500
    assert sorted(by_month) == list(range(1, 13))
    assert sum(by_month.values()) == yearly


def test_reserve_rounds_up_only_a_fraction() -> None:
    assert monthly_reserve(0) == 0
    assert monthly_reserve(12_000) == 1_000
    assert monthly_reserve(12_001) == 1_001
    assert special_expense_summary([]).monthly_reserve == 0


@given(st.lists(st.tuples(st.integers(1, 12), st.integers(0, 10**8)), max_size=20))
def test_reserve_covers_the_year_and_never_by_a_full_month_more(items: list[tuple[int, int]]) -> None:
    summary = special_expense_summary(SpecialItem("x", m, a) for m, a in items)
    assert summary.yearly_total == sum(a for _m, a in items)
    assert 0 <= summary.monthly_reserve * 12 - summary.yearly_total < 12


def test_special_expense_month_must_be_1_to_12() -> None:
    with pytest.raises(ValueError):
        special_expense_summary([SpecialItem("x", 13, 1)])


# ---- cash flow ---------------------------------------------------------------------------------
def test_five_years_with_rising_living_costs_and_a_repayment_that_ends_in_year_three() -> None:
    rows = [
        CashflowLine("income", 2_400_000, label="本人収入"),
        CashflowLine("expense", 1_800_000, rate_bp=100, label="基本生活費"),  # +1 %/year
        CashflowLine("expense", 999_999, rate_bp=500, feed="debt_repayment", label="債務返済"),  # base unused
    ]
    feeds = {2024: {"debt_repayment": 360_000}, 2025: {"debt_repayment": 360_000}, 2026: {"debt_repayment": 150_000}}
    p = cashflow_projection(
        2024,
        5,
        rows,
        [LifeEventCost(2025, 500_000, "車の買い替え"), LifeEventCost(2040, 1, "out of range")],
        savings_start=300_000,
        return_rate_bp=50,  # 0.5 %
        feeds_by_year=feeds,
    )
    assert p.years == (2024, 2025, 2026, 2027, 2028)
    assert p.rows[0] == (2_400_000,) * 5
    # 1,800,000 × 1.01^k: 1,818,000 / 1,836,180 / 1,854,541.8 → 1,854,542 / 1,873,087.218 → 1,873,087
    assert p.rows[1] == (1_800_000, 1_818_000, 1_836_180, 1_854_542, 1_873_087)
    assert p.rows[2] == (360_000, 360_000, 150_000, 0, 0)  # the cash that frees up from 2027
    assert p.life_event_costs == (0, 500_000, 0, 0, 0)
    assert p.expense == (2_160_000, 2_678_000, 1_986_180, 1_854_542, 1_873_087)
    assert p.balance == (240_000, -278_000, 413_820, 545_458, 526_913)
    # 300,000 × 1.005 = 301,500 + 240,000
    # 541,500 × 1.005 = 544,207.5 → 544,208 − 278,000
    # 266,208 × 1.005 = 267,539.04 → 267,539 + 413,820
    # 681,359 × 1.005 = 684,765.795 → 684,766 + 545,458
    # 1,230,224 × 1.005 = 1,236,375.12 → 1,236,375 + 526,913
    assert p.savings == (541_500, 266_208, 681_359, 1_230_224, 1_763_288)
    assert p.first_negative_year is None


def test_override_wins_over_projection_and_feed() -> None:
    rows = [
        CashflowLine("income", 1_000_000, rate_bp=1_000, overrides={2: 0}),
        CashflowLine("expense", 0, feed="arrears", overrides={0: 7}),
    ]
    p = cashflow_projection(2030, 3, rows, feeds_by_year={2030: {"arrears": 100}, 2031: {"arrears": 50}})
    assert p.rows[0] == (1_000_000, 1_100_000, 0)
    assert p.rows[1] == (7, 50, 0)


def test_fed_row_without_feeds_is_projected_like_any_row() -> None:
    p = cashflow_projection(2030, 2, [CashflowLine("expense", 120_000, feed="debt_repayment")])
    assert p.rows[0] == (120_000, 120_000)


def test_first_negative_year_and_negative_savings_round_like_positive_ones() -> None:
    rows = [CashflowLine("income", 100_000), CashflowLine("expense", 250_000)]
    p = cashflow_projection(2023, 3, rows, savings_start=200_001, return_rate_bp=-50)
    # 200,001 × 0.995 = 199,000.995 → 199,001 − 150,000 = 49,001
    # 49,001 × 0.995 = 48,755.995 → 48,756 − 150,000 = −101,244
    # −101,244 × 0.995 = −100,737.78 → −100,738 − 150,000 = −250,738
    assert p.savings == (49_001, -101_244, -250_738)
    assert p.first_negative_year == 2024


@pytest.mark.parametrize("years", [0, 31, -1, True])
def test_years_outside_1_to_30_are_refused(years: int) -> None:
    with pytest.raises(ValueError):
        cashflow_projection(2023, years, [])


def test_thirty_years_is_the_maximum() -> None:
    p = cashflow_projection(2023, 30, [CashflowLine("expense", 1_000_000, rate_bp=200)])
    assert len(p.years) == 30 and p.years[-1] == 2052
    assert p.rows[0][29] == grown(1_000_000, 200, 29)


def test_rate_outside_100_percent_is_refused() -> None:
    with pytest.raises(ValueError):
        cashflow_projection(2023, 1, [CashflowLine("income", 1, rate_bp=10_001)])
    with pytest.raises(ValueError):
        cashflow_projection(2023, 1, [], return_rate_bp=-10_001)


def test_growth_is_rounded_once_half_up() -> None:
    assert grown(1, 5_000, 1) == 2  # 1.5 → 2
    assert grown(100, 50, 1) == 101  # 100.5 → 101
    assert grown(333, 100, 2) == 340  # 339.6933 → 340 (not rounded year by year)
    assert grown(1_000, -10_000, 3) == 0
    assert round_half_away(-5, 10) == -1 and round_half_away(-4, 10) == 0 and round_half_away(5, 10) == 1


cash_rows = st.lists(
    st.builds(
        CashflowLine,
        section=st.sampled_from(["income", "expense"]),
        base_yen=st.integers(0, 10**8),
        rate_bp=st.integers(-10_000, 10_000),
        overrides=st.dictionaries(st.integers(0, 29), st.integers(0, 10**8), max_size=3),
    ),
    max_size=8,
)


@given(
    rows=cash_rows,
    years=st.integers(1, 30),
    savings=st.integers(-(10**9), 10**9),
    rate=st.integers(-10_000, 10_000),
    events=st.lists(st.tuples(st.integers(2020, 2060), st.integers(0, 10**7)), max_size=5),
)
def test_savings_recurrence_holds_every_year(
    rows: list[CashflowLine], years: int, savings: int, rate: int, events: list[tuple[int, int]]
) -> None:
    p = cashflow_projection(2023, years, rows, [LifeEventCost(y, c) for y, c in events], savings, rate)
    previous = savings
    for k, year in enumerate(p.years):
        income = sum(a[k] for r, a in zip(rows, p.rows, strict=True) if r.section == "income")
        expense = sum(a[k] for r, a in zip(rows, p.rows, strict=True) if r.section == "expense")
        expense += sum(c for y, c in events if y == year)
        assert (p.income[k], p.expense[k]) == (income, expense)
        assert p.balance[k] == income - expense
        assert p.savings[k] == round_half_away(previous * (BP + rate), BP) + p.balance[k]
        previous = p.savings[k]
    negatives = [y for y, s in zip(p.years, p.savings, strict=True) if s < 0]
    assert p.first_negative_year == (negatives[0] if negatives else None)


@given(bases=st.lists(st.integers(0, 10**9), max_size=6), years=st.integers(1, 30))
def test_rate_zero_and_no_overrides_gives_the_base_every_year(bases: list[int], years: int) -> None:
    p = cashflow_projection(2023, years, [CashflowLine("expense", b) for b in bases])
    assert p.rows == tuple((b,) * years for b in bases)


@given(base=st.integers(0, 10**9), rate=st.integers(0, 10_000), k=st.integers(0, 28))
def test_growth_never_shrinks_with_a_positive_rate(base: int, rate: int, k: int) -> None:
    assert grown(base, rate, k + 1) >= grown(base, rate, k)


# ---- ages, rates, columns ------------------------------------------------------------------------
def test_age_at_year_end() -> None:
    assert age_at_year_end(date(1985, 7, 14), 2023) == 38
    assert age_at_year_end(date(1985, 12, 31), 2023) == 38
    assert age_at_year_end(date(2020, 2, 29), 2020) == 0
    with pytest.raises(ValueError):
        age_at_year_end(date(2024, 1, 1), 2023)


@pytest.mark.parametrize(
    ("text", "bp"),
    [("0.5", 50), ("1", 100), ("+1%", 100), ("-0.25", -25), ("▲1.5", -150), ("０．５％", 50), ("", 0), ("100", 10_000)],
)
def test_parse_rate_percent(text: str, bp: int) -> None:
    assert parse_rate_percent(text) == bp


@pytest.mark.parametrize("text", ["0.125", "abc", "101", "-100.01", "1.2.3", "1,5"])
def test_parse_rate_percent_refuses(text: str) -> None:
    with pytest.raises(RateParseError):
        parse_rate_percent(text)


@given(st.integers(-10_000, 10_000))
def test_percent_text_reads_back(bp: int) -> None:
    assert parse_rate_percent(percent_text(bp)) == bp


def test_parse_column() -> None:
    assert parse_column("plan") == ("plan", None)
    assert parse_column("actual:2023-07") == ("actual", JULY)
    for bad in ("actual:2023-13", "actual:23-07", "difference", ""):
        with pytest.raises(ValueError):
            parse_column(bad)
