"""Monthly recurrence: a day of the month (31 → the month's last day), the nth weekday (a
fifth that does not exist is skipped, -1 the last), the holiday shift staying in its month."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.holidays import is_working_day
from app.domain.recurrence import SeriesRule, held_date, occurrences, rule_date, scheduled

DAY_RULES = st.builds(
    SeriesRule,
    rule=st.just("monthly_day"),
    day_of_month=st.integers(1, 31),
    holiday_shift=st.sampled_from(("keep", "previous", "next")),
)
NTH_RULES = st.builds(
    SeriesRule,
    rule=st.just("monthly_nth_weekday"),
    nth=st.sampled_from((1, 2, 3, 4, 5, -1)),
    weekday=st.integers(0, 6),
    holiday_shift=st.sampled_from(("keep", "previous", "next")),
)
RULES = st.one_of(DAY_RULES, NTH_RULES)
STARTS = st.dates(min_value=date(1950, 1, 1), max_value=date(2095, 12, 31))


@st.composite
def ranges(draw: st.DrawFn) -> tuple[date, date]:
    start = draw(STARTS)
    return start, start + draw(st.timedeltas(min_value=date.resolution * 0, max_value=date.resolution * 1200))


@given(RULES, ranges())
def test_every_occurrence_is_within_the_range_in_order(rule: SeriesRule, span: tuple[date, date]) -> None:
    start, end = span
    dates = occurrences(rule, start, end)
    assert all(start <= d <= end for d in dates)
    assert dates == sorted(dates)


@given(RULES, ranges())
def test_at_most_one_a_month_and_in_the_rule_month(rule: SeriesRule, span: tuple[date, date]) -> None:
    found = scheduled(rule, *span)
    months = [(o.held_on.year, o.held_on.month) for o in found]
    assert len(months) == len(set(months))
    assert all((o.rule_on.year, o.rule_on.month) == (o.held_on.year, o.held_on.month) for o in found)


@given(NTH_RULES.filter(lambda r: r.holiday_shift == "keep"), ranges())
def test_nth_weekday_is_right(rule: SeriesRule, span: tuple[date, date]) -> None:
    for d in occurrences(rule, *span):
        assert d.weekday() == rule.weekday
        if rule.nth == -1:
            assert d.day + 7 > calendar.monthrange(d.year, d.month)[1]
        else:
            assert (d.day - 1) // 7 + 1 == rule.nth


@given(NTH_RULES.filter(lambda r: r.nth == 5), st.integers(1950, 2095))
def test_a_missing_fifth_weekday_is_skipped(rule: SeriesRule, year: int) -> None:
    found = {(d.year, d.month) for d in occurrences(rule, date(year, 1, 1), date(year, 12, 31))}
    for month in range(1, 13):
        fifth_exists = rule_date(rule, year, month) is not None
        assert ((year, month) in found) == fifth_exists
    assert 2 <= len(found) <= 5


@given(DAY_RULES.filter(lambda r: r.holiday_shift == "keep"), ranges())
def test_day_of_month_or_the_last_day(rule: SeriesRule, span: tuple[date, date]) -> None:
    for d in occurrences(rule, *span):
        last = calendar.monthrange(d.year, d.month)[1]
        assert d.day == min(rule.day_of_month or 0, last)


@given(RULES.filter(lambda r: r.holiday_shift != "keep"), ranges())
def test_shifted_dates_are_working_days(rule: SeriesRule, span: tuple[date, date]) -> None:
    for o in scheduled(rule, *span):
        assert is_working_day(o.held_on)
        if is_working_day(o.rule_on):
            assert o.held_on == o.rule_on


@given(RULES, st.integers(1950, 2095))
def test_a_whole_year_has_every_month_unless_a_fifth(rule: SeriesRule, year: int) -> None:
    found = scheduled(rule, date(year, 1, 1), date(year, 12, 31))
    if rule.nth != 5:
        assert len(found) == 12


def test_the_31st_in_short_months() -> None:
    rule = SeriesRule("monthly_day", day_of_month=31)
    assert occurrences(rule, date(2023, 1, 1), date(2023, 4, 30)) == [
        date(2023, 1, 31),
        date(2023, 2, 28),
        date(2023, 3, 31),
        date(2023, 4, 30),
    ]
    assert rule_date(rule, 2024, 2) == date(2024, 2, 29)


def test_third_tuesday_and_the_spring_equinox() -> None:
    keep = SeriesRule("monthly_nth_weekday", nth=3, weekday=1)
    assert occurrences(keep, date(2023, 3, 1), date(2023, 3, 31)) == [date(2023, 3, 21)]  # 春分の日
    nxt = SeriesRule("monthly_nth_weekday", nth=3, weekday=1, holiday_shift="next")
    (o,) = scheduled(nxt, date(2023, 3, 1), date(2023, 3, 31))
    assert (o.rule_on, o.held_on, o.shifted) == (date(2023, 3, 21), date(2023, 3, 22), True)
    prev = SeriesRule("monthly_nth_weekday", nth=3, weekday=1, holiday_shift="previous")
    assert occurrences(prev, date(2023, 3, 1), date(2023, 3, 31)) == [date(2023, 3, 20)]


def test_shift_at_the_month_edge_goes_the_other_way() -> None:
    first = SeriesRule("monthly_day", day_of_month=1, holiday_shift="previous")
    assert held_date(first, date(2023, 4, 1)) == date(2023, 4, 3)  # Saturday: not back into March
    last = SeriesRule("monthly_day", day_of_month=31, holiday_shift="next")
    assert held_date(last, date(2023, 12, 31)) == date(2023, 12, 28)  # 年末年始: not into January


def test_last_weekday_and_range_edges() -> None:
    rule = SeriesRule("monthly_nth_weekday", nth=-1, weekday=4)
    assert occurrences(rule, date(2022, 4, 1), date(2022, 6, 30)) == [
        date(2022, 4, 29),
        date(2022, 5, 27),
        date(2022, 6, 24),
    ]
    assert occurrences(rule, date(2022, 4, 30), date(2022, 5, 26)) == []
    assert occurrences(rule, date(2022, 6, 1), date(2022, 5, 1)) == []


@pytest.mark.parametrize(
    ("kwargs", "label"),
    [
        ({"rule": "monthly_day", "day_of_month": 28, "holiday_shift": "previous"}, "毎月28日（休日は前の開所日）"),
        ({"rule": "monthly_nth_weekday", "nth": 3, "weekday": 1}, "毎月第3火曜日"),
        ({"rule": "monthly_nth_weekday", "nth": -1, "weekday": 4}, "毎月最終金曜日"),
    ],
)
def test_labels(kwargs: dict, label: str) -> None:
    assert SeriesRule(**kwargs).label == label


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rule": "weekly"},
        {"rule": "monthly_day"},
        {"rule": "monthly_day", "day_of_month": 32},
        {"rule": "monthly_nth_weekday", "nth": 0, "weekday": 1},
        {"rule": "monthly_nth_weekday", "nth": 6, "weekday": 1},
        {"rule": "monthly_nth_weekday", "nth": 1, "weekday": 7},
        {"rule": "monthly_day", "day_of_month": 1, "holiday_shift": "skip"},
    ],
)
def test_invalid_rules(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        SeriesRule(**kwargs)
