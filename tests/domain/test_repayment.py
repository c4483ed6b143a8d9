"""分納: the schedule, the repayment status (順調 / 遅延 / 不履行 / 完了, pay-off month) and the
feeds into the budget sheets — worked by hand, then checked for any amounts with hypothesis."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.codebook import kind
from app.domain.repayment import (
    FEEDS,
    MAX_PAYMENTS,
    STATE_LABELS,
    AgreementFeed,
    Instalment,
    add_months,
    feed_for_debt_kind,
    monthly_feeds,
    payment_count,
    schedule,
    status,
    yearly_feeds,
)

# 100,000円 at 30,000円 a month from April 2023, due on the 31st (= the month's last day)
S = schedule(100_000, 30_000, date(2023, 4, 1), 31)


# ---- add_months ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2023, 4, 1), 0, date(2023, 4, 1)),
        (date(2023, 4, 1), 9, date(2024, 1, 1)),
        (date(2023, 12, 15), 1, date(2024, 1, 15)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 3, 31), -1, date(2023, 2, 28)),
        (date(2023, 5, 31), 1, date(2023, 6, 30)),
        (date(2023, 1, 10), -13, date(2021, 12, 10)),
        (date(2020, 2, 29), 12, date(2021, 2, 28)),
    ],
)
def test_add_months(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected


# ---- schedule by hand ----------------------------------------------------------------------
def test_schedule_of_100000_at_30000_due_on_the_31st() -> None:
    plan = schedule(100_000, 30_000, date(2023, 4, 1), 31)
    assert plan == S
    assert plan == [
        Instalment(1, date(2023, 4, 30), 30_000),
        Instalment(2, date(2023, 5, 31), 30_000),
        Instalment(3, date(2023, 6, 30), 30_000),
        Instalment(4, date(2023, 7, 31), 10_000),
    ]
    assert payment_count(100_000, 30_000) == 4


def test_an_exact_multiple_has_no_remainder_and_the_first_month_may_be_any_day() -> None:
    assert schedule(90_000, 30_000, date(2023, 4, 17), 10) == [
        Instalment(1, date(2023, 4, 10), 30_000),
        Instalment(2, date(2023, 5, 10), 30_000),
        Instalment(3, date(2023, 6, 10), 30_000),
    ]


def test_a_monthly_amount_above_the_total_is_one_payment() -> None:
    assert schedule(5_000, 8_000, date(2023, 4, 1), 15) == [Instalment(1, date(2023, 4, 15), 5_000)]


@pytest.mark.parametrize(
    ("year", "due_day", "feb_due"),
    [
        (2023, 31, date(2023, 2, 28)),
        (2024, 31, date(2024, 2, 29)),  # leap year
        (2024, 30, date(2024, 2, 29)),
        (2023, 29, date(2023, 2, 28)),
        (2024, 29, date(2024, 2, 29)),
        (2023, 28, date(2023, 2, 28)),
        (2000, 31, date(2000, 2, 29)),  # divisible by 400: leap
        (2100, 31, date(2100, 2, 28)),  # divisible by 100 only: not leap
    ],
)
def test_february_clamps_the_due_day(year: int, due_day: int, feb_due: date) -> None:
    plan = schedule(30_000, 10_000, date(year, 1, 1), due_day)
    assert [i.due_on for i in plan] == [date(year, 1, min(due_day, 31)), feb_due, date(year, 3, min(due_day, 31))]


def test_a_schedule_runs_across_the_new_year() -> None:
    plan = schedule(40_000, 10_000, date(2023, 11, 1), 31)
    assert [i.due_on for i in plan] == [date(2023, 11, 30), date(2023, 12, 31), date(2024, 1, 31), date(2024, 2, 29)]


@pytest.mark.parametrize(
    ("total", "monthly", "due_day"),
    [
        (0, 1_000, 10),
        (-5_000, 1_000, 10),
        (10_000, 0, 10),
        (10_000, -1_000, 10),
        (10_000, 1_000, 0),
        (10_000, 1_000, 32),
        (10_000.0, 1_000, 10),
        (10_000, True, 10),
        (MAX_PAYMENTS + 1, 1, 10),
    ],
)
def test_nonsense_is_refused(total: object, monthly: object, due_day: int) -> None:
    with pytest.raises(ValueError):
        schedule(total, monthly, date(2023, 4, 1), due_day)  # type: ignore[arg-type]


def test_the_longest_schedule_allowed() -> None:
    assert len(schedule(MAX_PAYMENTS, 1, date(2023, 4, 1), 1)) == MAX_PAYMENTS


# ---- status by hand (schedule S: due 4/30, 5/31, 6/30 at 30,000 and 7/31 at 10,000) ---------
def test_labels_are_japanese() -> None:
    assert STATE_LABELS == {"on_track": "順調", "late": "遅延", "defaulted": "不履行", "completed": "完了"}


def test_before_the_first_due_date_it_is_on_track() -> None:
    st_ = status(S, [], date(2023, 4, 15))
    assert (st_.state, st_.label, st_.due_so_far_yen, st_.shortfall_yen) == ("on_track", "順調", 0, 0)
    assert st_.projected_payoff_month == date(2023, 7, 1)
    assert [i.state for i in st_.instalments] == ["upcoming"] * 4


def test_the_due_day_itself_is_still_in_time() -> None:
    assert status(S, [], date(2023, 4, 30)).state == "on_track"
    late = status(S, [], date(2023, 5, 1))
    assert (late.state, late.label, late.shortfall_yen, late.months_behind) == ("late", "遅延", 30_000, 1)
    assert late.projected_payoff_month is None  # nothing paid: no pace to project from
    assert late.instalments[0].state == "overdue"


def test_paid_on_time() -> None:
    st_ = status(S, [(date(2023, 4, 30), 30_000), (date(2023, 5, 31), 30_000)], date(2023, 6, 10))
    assert st_.state == "on_track"
    assert (st_.paid_yen, st_.remaining_yen, st_.due_so_far_yen, st_.shortfall_yen) == (60_000, 40_000, 60_000, 0)
    assert st_.months_behind == 0
    assert st_.projected_payoff_month == date(2023, 7, 1)
    assert [i.state for i in st_.instalments] == ["paid", "paid", "upcoming", "upcoming"]
    assert [i.settled_on for i in st_.instalments[:2]] == [date(2023, 4, 30), date(2023, 5, 31)]
    assert not any(i.paid_late for i in st_.instalments)


def test_one_month_missed_is_late_with_the_pay_off_projected_at_the_recent_pace() -> None:
    st_ = status(S, [(date(2023, 4, 30), 30_000)], date(2023, 6, 10))
    assert (st_.state, st_.shortfall_yen, st_.months_behind, st_.remaining_yen) == ("late", 30_000, 1, 70_000)
    # paid 30,000 in the 3 months to 6/10 → 10,000 a month → 7 months after June
    assert st_.projected_payoff_month == date(2024, 1, 1)
    assert [i.label for i in st_.instalments] == ["納付済", "未納", "未到来", "未到来"]


def test_a_late_payment_catches_up() -> None:
    st_ = status(S, [(date(2023, 4, 30), 30_000), (date(2023, 6, 5), 30_000)], date(2023, 6, 10))
    assert st_.state == "on_track"
    assert st_.instalments[1].settled_on == date(2023, 6, 5)
    assert st_.instalments[1].paid_late


def test_an_overpayment_covers_the_following_months() -> None:
    st_ = status(S, [(date(2023, 4, 20), 60_000)], date(2023, 6, 10))
    assert (st_.state, st_.shortfall_yen) == ("on_track", 0)
    assert [i.state for i in st_.instalments] == ["paid", "paid", "upcoming", "upcoming"]
    assert st_.instalments[1].settled_on == date(2023, 4, 20)
    ahead = status(S, [(date(2023, 4, 20), 40_000)], date(2023, 5, 10))
    assert [i.state for i in ahead.instalments] == ["paid", "partial", "upcoming", "upcoming"]
    assert ahead.instalments[1].covered_yen == 10_000


def test_a_partial_payment_leaves_its_instalment_unpaid() -> None:
    st_ = status(S, [(date(2023, 4, 30), 30_000), (date(2023, 5, 31), 10_000)], date(2023, 6, 10))
    assert (st_.state, st_.shortfall_yen, st_.months_behind) == ("late", 20_000, 1)
    assert (st_.instalments[1].state, st_.instalments[1].label, st_.instalments[1].covered_yen) == (
        "short",
        "一部未納",
        10_000,
    )


def test_three_instalments_behind_is_default() -> None:
    assert status(S, [], date(2023, 6, 30)).state == "late"  # 2 behind, 6/30 still in time
    st_ = status(S, [], date(2023, 7, 1))
    assert (st_.state, st_.label, st_.months_behind, st_.shortfall_yen) == ("defaulted", "不履行", 3, 90_000)
    # a partly paid instalment is still unpaid: 3 behind although less than 3 × 30,000 short
    partly = status(S, [(date(2023, 4, 30), 5_000)], date(2023, 7, 1))
    assert (partly.state, partly.months_behind, partly.shortfall_yen) == ("defaulted", 3, 85_000)


def test_three_months_without_a_payment_is_default_even_one_instalment_behind() -> None:
    plan = schedule(120_000, 10_000, date(2023, 4, 1), 10)  # 4/10 … 2024-3/10
    paid = [(date(2023, 4, 5), 40_000)]  # April to July in advance, then nothing
    st_ = status(plan, paid, date(2023, 8, 11))
    assert (st_.state, st_.months_behind, st_.shortfall_yen) == ("defaulted", 1, 10_000)
    assert st_.projected_payoff_month is None
    kept_paying = status(plan, [*paid, (date(2023, 7, 20), 5_000)], date(2023, 8, 11))
    assert (kept_paying.state, kept_paying.months_behind, kept_paying.shortfall_yen) == ("late", 1, 5_000)
    # 5,000 in the last 3 months → 75,000 left takes 45 months from September 2023
    assert kept_paying.projected_payoff_month == date(2027, 5, 1)


def test_a_short_schedule_never_paid_defaults_after_three_months() -> None:
    plan = schedule(20_000, 10_000, date(2023, 4, 1), 15)  # 4/15, 5/15: never 3 behind
    assert status(plan, [], date(2023, 7, 14)).state == "late"
    assert status(plan, [], date(2023, 7, 15)).state == "defaulted"


def test_completed_and_its_pay_off_month() -> None:
    st_ = status(S, [(date(2023, 4, 30), 30_000), (date(2023, 5, 31), 70_000)], date(2023, 6, 10))
    assert (st_.state, st_.label, st_.remaining_yen, st_.shortfall_yen) == ("completed", "完了", 0, 0)
    assert st_.projected_payoff_month == date(2023, 5, 1)
    over = status(S, [(date(2023, 4, 30), 110_000)], date(2023, 9, 1))
    assert (over.state, over.paid_yen, over.remaining_yen) == ("completed", 110_000, 0)


def test_payments_after_today_are_not_counted() -> None:
    st_ = status(S, [(date(2023, 4, 30), 30_000), (date(2023, 6, 20), 30_000)], date(2023, 6, 10))
    assert (st_.paid_yen, st_.state) == (30_000, "late")


def test_status_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        status([], [], date(2023, 6, 1))
    with pytest.raises(ValueError):
        status(S, [(date(2023, 4, 30), 0)], date(2023, 6, 1))


# ---- feeds ---------------------------------------------------------------------------------
def test_feed_for_every_seeded_debt_kind() -> None:
    got = {c.code: feed_for_debt_kind(c.code, c.parent) for c in kind("debt_kind").codes}
    loans = {"loans", "consumer_finance", "credit_card", "bank", "scholarship", "housing_car_loan", "private_loan"}
    assert {k for k, v in got.items() if v == "debt_repayment"} == loans | {"council_loan"}
    for arrear in ("resident_tax", "national_health_insurance", "electricity", "telecom", "rent", "school_fees"):
        assert got[arrear] == "arrears"
    assert feed_for_debt_kind("nhk", None) == "arrears"  # a kind added outside 借入
    assert feed_for_debt_kind("pawn_shop", "loans") == "debt_repayment"  # one added inside 借入


def test_monthly_and_yearly_feeds_by_hand() -> None:
    tax = AgreementFeed("arrears", schedule(100_000, 30_000, date(2023, 4, 1), 31))  # ends 2023-07
    loan = AgreementFeed("debt_repayment", schedule(240_000, 10_000, date(2023, 10, 1), 27))  # to 2025-09
    assert monthly_feeds([tax, loan], date(2023, 5, 1)) == {"debt_repayment": 0, "arrears": 30_000}
    assert monthly_feeds([tax, loan], date(2023, 7, 20)) == {"debt_repayment": 0, "arrears": 10_000}
    assert monthly_feeds([tax, loan], date(2023, 10, 1)) == {"debt_repayment": 10_000, "arrears": 0}
    assert monthly_feeds([], date(2023, 10, 1)) == {"debt_repayment": 0, "arrears": 0}
    years = {y: yearly_feeds([tax, loan], y) for y in (2022, 2023, 2024, 2025, 2026)}
    assert years == {
        2022: {"debt_repayment": 0, "arrears": 0},
        2023: {"debt_repayment": 30_000, "arrears": 100_000},
        2024: {"debt_repayment": 120_000, "arrears": 0},  # the tax is paid off: cash freed
        2025: {"debt_repayment": 90_000, "arrears": 0},
        2026: {"debt_repayment": 0, "arrears": 0},
    }


def test_a_cancelled_agreement_feeds_only_until_it_was_cancelled() -> None:
    tax = AgreementFeed("arrears", S, until=date(2023, 6, 1))
    assert monthly_feeds([tax], date(2023, 5, 1))["arrears"] == 30_000
    assert monthly_feeds([tax], date(2023, 6, 1))["arrears"] == 0
    assert yearly_feeds([tax], 2023)["arrears"] == 60_000


def test_an_unknown_feed_is_refused() -> None:
    with pytest.raises(ValueError):
        monthly_feeds([AgreementFeed("rent", S)], date(2023, 5, 1))


# ---- hypothesis ----------------------------------------------------------------------------
MONTHLY = st.integers(min_value=1, max_value=2_000_000)
FIRST = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
DUE_DAY = st.integers(min_value=1, max_value=31)


@st.composite
def plans(draw: st.DrawFn) -> tuple[int, int, date, int]:
    monthly = draw(MONTHLY)
    total = draw(st.integers(min_value=1, max_value=monthly * min(MAX_PAYMENTS, 120)))
    return total, monthly, draw(FIRST), draw(DUE_DAY)


@given(plans())
def test_any_schedule_adds_up_and_keeps_its_dates_in_their_months(p: tuple[int, int, date, int]) -> None:
    total, monthly, first, due_day = p
    plan = schedule(total, monthly, first, due_day)
    assert sum(i.amount_yen for i in plan) == total
    assert len(plan) == -(-total // monthly) == payment_count(total, monthly)
    assert [i.seq for i in plan] == list(range(1, len(plan) + 1))
    assert all(i.amount_yen == monthly for i in plan[:-1])
    assert 1 <= plan[-1].amount_yen <= monthly
    for n, inst in enumerate(plan):
        month = add_months(first.replace(day=1), n)
        assert (inst.due_on.year, inst.due_on.month) == (month.year, month.month)
        assert inst.due_on.day == min(due_day, calendar.monthrange(month.year, month.month)[1])


@given(plans(), st.sampled_from(FEEDS))
def test_feeds_of_a_year_are_the_sum_of_its_instalments(p: tuple[int, int, date, int], feed: str) -> None:
    plan = schedule(*p)
    agreements = [AgreementFeed(feed, plan)]
    other = next(f for f in FEEDS if f != feed)
    years = range(plan[0].due_on.year - 1, plan[-1].due_on.year + 2)
    for year in years:
        yearly = yearly_feeds(agreements, year)
        assert yearly[feed] == sum(i.amount_yen for i in plan if i.due_on.year == year)
        assert yearly[other] == 0
        assert yearly[feed] == sum(monthly_feeds(agreements, date(year, m, 1))[feed] for m in range(1, 13))
    assert sum(yearly_feeds(agreements, y)[feed] for y in years) == p[0]


@given(plans(), st.integers(min_value=-40, max_value=800))
def test_paying_every_instalment_on_its_due_date_is_never_behind(p: tuple[int, int, date, int], days: int) -> None:
    plan = schedule(*p)
    today = plan[0].due_on + timedelta(days=days)
    st_ = status(plan, [(i.due_on, i.amount_yen) for i in plan], today)
    assert st_.state in ("on_track", "completed")
    assert (st_.shortfall_yen, st_.months_behind) == (0, 0)
    assert st_.paid_yen + st_.remaining_yen == p[0]
    assert (st_.state == "completed") == (today >= plan[-1].due_on)


@given(plans(), st.lists(st.tuples(st.integers(0, 900), st.integers(1, 500_000)), max_size=12), st.integers(0, 900))
def test_status_figures_agree(p: tuple[int, int, date, int], raw: list[tuple[int, int]], day: int) -> None:
    plan = schedule(*p)
    start = plan[0].due_on - timedelta(days=60)
    today = start + timedelta(days=day)
    st_ = status(plan, [(start + timedelta(days=d), a) for d, a in raw], today)
    assert st_.shortfall_yen == max(0, st_.due_so_far_yen - st_.paid_yen)
    assert (st_.months_behind > 0) == (st_.shortfall_yen > 0) or st_.state == "completed"
    assert st_.remaining_yen == max(0, p[0] - st_.paid_yen)
    assert sum(i.covered_yen for i in st_.instalments) == min(p[0], st_.paid_yen)
    if st_.state == "defaulted":
        assert st_.shortfall_yen > 0
