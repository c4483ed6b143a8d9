"""Japanese public holidays: known dates and names (the Cabinet Office's lists), the special
years, 振替休日 and 国民の休日 under the rules before and after 2007, and working days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.holidays import (
    WorkCalendar,
    autumnal_equinox_day,
    holiday_name,
    holidays,
    is_holiday,
    is_working_day,
    nth_weekday,
    shift_to_working_day,
    vernal_equinox_day,
)

HOLIDAYS_2023 = {
    date(2023, 1, 1): "元日",
    date(2023, 1, 2): "振替休日",
    date(2023, 1, 9): "成人の日",
    date(2023, 2, 11): "建国記念の日",
    date(2023, 2, 23): "天皇誕生日",
    date(2023, 3, 21): "春分の日",
    date(2023, 4, 29): "昭和の日",
    date(2023, 5, 3): "憲法記念日",
    date(2023, 5, 4): "みどりの日",
    date(2023, 5, 5): "こどもの日",
    date(2023, 7, 17): "海の日",
    date(2023, 8, 11): "山の日",
    date(2023, 9, 18): "敬老の日",
    date(2023, 9, 23): "秋分の日",
    date(2023, 10, 9): "スポーツの日",
    date(2023, 11, 3): "文化の日",
    date(2023, 11, 23): "勤労感謝の日",
}


def test_the_whole_of_2023() -> None:
    assert holidays(2023) == HOLIDAYS_2023
    assert list(holidays(2023)) == sorted(HOLIDAYS_2023)


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (date(2019, 4, 29), "昭和の日"),
        (date(2019, 4, 30), "国民の休日"),
        (date(2019, 5, 1), "天皇の即位の日"),
        (date(2019, 5, 2), "国民の休日"),
        (date(2019, 5, 6), "振替休日"),
        (date(2019, 10, 22), "即位礼正殿の儀"),
        (date(2020, 2, 23), "天皇誕生日"),
        (date(2020, 2, 24), "振替休日"),
        (date(2020, 7, 23), "海の日"),
        (date(2020, 7, 24), "スポーツの日"),
        (date(2020, 8, 10), "山の日"),
        (date(2021, 7, 22), "海の日"),
        (date(2021, 7, 23), "スポーツの日"),
        (date(2021, 8, 8), "山の日"),
        (date(2021, 8, 9), "振替休日"),
        (date(2018, 12, 23), "天皇誕生日"),
        (date(2018, 12, 24), "振替休日"),
        (date(2019, 10, 14), "体育の日"),
        (date(2022, 10, 10), "スポーツの日"),
        (date(2016, 8, 11), "山の日"),
        (date(2003, 7, 21), "海の日"),
        (date(2002, 7, 20), "海の日"),
        (date(2003, 9, 15), "敬老の日"),
        (date(2000, 1, 10), "成人の日"),
        (date(1999, 1, 15), "成人の日"),
        (date(1999, 10, 11), "振替休日"),  # 10/10 体育の日 on a Sunday
        (date(2006, 4, 29), "みどりの日"),
        (date(2007, 4, 29), "昭和の日"),
        (date(1988, 4, 29), "天皇誕生日"),
        (date(2006, 5, 4), "国民の休日"),
        (date(1988, 5, 4), "国民の休日"),
        (date(1987, 5, 4), "振替休日"),  # 5/3 on a Sunday: the Monday is 振替, not 国民の休日
        (date(2008, 5, 6), "振替休日"),  # 5/4 on a Sunday: the next day not a 祝日 (2007 rule)
        (date(2009, 9, 22), "国民の休日"),
        (date(2015, 9, 22), "国民の休日"),
        (date(2026, 9, 22), "国民の休日"),
        (date(1973, 4, 30), "振替休日"),  # the first one
        (date(1959, 4, 10), "皇太子明仁親王の結婚の儀"),
        (date(1989, 2, 24), "昭和天皇の大喪の礼"),
        (date(1990, 11, 12), "即位礼正殿の儀"),
        (date(1993, 6, 9), "皇太子徳仁親王の結婚の儀"),
        (date(1948, 9, 23), "秋分の日"),
        (date(1966, 9, 15), "敬老の日"),
        (date(1967, 2, 11), "建国記念の日"),
        (date(1996, 7, 20), "海の日"),
    ],
)
def test_known_holidays(d: date, name: str) -> None:
    assert holiday_name(d) == name
    assert is_holiday(d) and not is_working_day(d)


@pytest.mark.parametrize(
    "d",
    [
        date(2019, 2, 23),  # no 天皇誕生日 in 2019
        date(2019, 12, 23),
        date(2020, 7, 20),  # 海の日 moved to 7/23
        date(2020, 8, 11),
        date(2020, 10, 12),
        date(2021, 7, 19),
        date(2021, 8, 11),
        date(2021, 10, 11),
        date(2015, 8, 11),  # before 山の日
        date(1995, 7, 20),  # before 海の日
        date(1986, 5, 4),  # a Sunday between two 祝日: no 国民の休日 before 2007
        date(1973, 2, 12),  # a Sunday 祝日 before 振替休日 existed
        date(1948, 1, 1),  # before the law
        date(1948, 5, 5),
        date(1966, 2, 11),
        date(2023, 12, 29),  # 年末年始 is a closure, not a holiday
    ],
)
def test_not_holidays(d: date) -> None:
    assert holiday_name(d) is None


@pytest.mark.parametrize(
    ("year", "spring", "autumn"),
    [
        (1949, 21, 23),
        (1960, 20, 23),
        (1979, 21, 24),
        (2012, 20, 22),
        (2023, 21, 23),
        (2024, 20, 22),
        (2025, 20, 23),
        (2030, 20, 23),
        (2044, 20, 22),
    ],
)
def test_equinoxes(year: int, spring: int, autumn: int) -> None:
    assert vernal_equinox_day(year) == date(year, 3, spring)
    assert autumnal_equinox_day(year) == date(year, 9, autumn)


def test_years_before_the_law_have_none() -> None:
    assert holidays(1947) == {} and holiday_name(date(1900, 1, 1)) is None
    assert set(holidays(1948)) == {date(1948, 9, 23), date(1948, 11, 3), date(1948, 11, 23)}


def test_each_call_returns_a_copy() -> None:
    got = holidays(2023)
    got.clear()
    assert holidays(2023) == HOLIDAYS_2023


@given(st.integers(min_value=1973, max_value=2100))
def test_substitutes_follow_a_sunday_holiday(year: int) -> None:
    table = holidays(year) | holidays(year - 1)
    for d, name in holidays(year).items():
        if name == "振替休日":
            back = d - timedelta(days=1)
            while back in table and back.weekday() != 6:
                back -= timedelta(days=1)
            assert back.weekday() == 6 and back in table, d
            assert d.weekday() != 6


@given(st.integers(min_value=1967, max_value=2100))
def test_every_year_has_its_fixed_days(year: int) -> None:
    table = holidays(year)
    for month, day in ((1, 1), (2, 11), (4, 29), (5, 3), (5, 5), (11, 3), (11, 23)):
        assert date(year, month, day) in table
    assert 12 <= len(table) <= 22
    assert all(d.year == year for d in table) and all(table.values())


@given(st.integers(min_value=2007, max_value=2100))
def test_no_day_between_two_holidays_is_left_working(year: int) -> None:
    table = holidays(year)
    for d in table:
        between = d + timedelta(days=1)
        if between + timedelta(days=1) in table and between.year == year:
            assert between in table


def test_working_days_and_the_year_end() -> None:
    assert is_working_day(date(2023, 6, 1))  # a Thursday
    assert not is_working_day(date(2023, 6, 3))  # Saturday
    assert not is_working_day(date(2023, 6, 4))  # Sunday
    assert not is_working_day(date(2023, 12, 29)) and not is_working_day(date(2024, 1, 3))
    assert is_working_day(date(2023, 12, 29), year_end_closure=False)
    assert is_working_day(date(2024, 1, 4))


def test_nth_weekday() -> None:
    assert nth_weekday(2023, 3, 1, 3) == date(2023, 3, 21)  # third Tuesday
    assert nth_weekday(2023, 3, 4, -1) == date(2023, 3, 31)  # last Friday
    assert nth_weekday(2023, 2, 1, 5) is None  # no fifth Tuesday in February 2023
    assert nth_weekday(2023, 5, 2, 5) == date(2023, 5, 31)


def test_shift_to_working_day_stays_in_the_month() -> None:
    assert shift_to_working_day(date(2023, 3, 21), 1) == date(2023, 3, 22)
    assert shift_to_working_day(date(2023, 3, 21), -1) == date(2023, 3, 20)
    assert shift_to_working_day(date(2023, 4, 1), -1) == date(2023, 4, 3)  # not back into March
    assert shift_to_working_day(date(2023, 12, 30), 1) == date(2023, 12, 28)  # not into January
    assert shift_to_working_day(date(2023, 12, 30), 1, stay_in_month=False) == date(2024, 1, 4)
    assert shift_to_working_day(date(2023, 6, 1), 1) == date(2023, 6, 1)


def test_work_calendar() -> None:
    cal = WorkCalendar(date(2023, 4, 1), date(2023, 5, 31))
    may = cal.month(2023, 5)
    assert date(2023, 5, 3) not in may and date(2023, 5, 8) in may
    assert cal.on_or_after(date(2023, 5, 3)) == date(2023, 5, 8)
    assert cal.on_or_before(date(2023, 5, 7)) == date(2023, 5, 2)
