"""Japanese public holidays and the centre's working days, computed cheaply.

Covers the national holidays in force from 2000 on (fixed days, Happy Mondays, the equinoxes
by the usual approximation, the 2019–2021 special years), 振替休日 and 国民の休日. The centre
is also closed over the year-end holidays (12/29 – 1/3). Good for 1990–2099; earlier or later
years still give weekends and the fixed days.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache

ONE_DAY = timedelta(days=1)
_FIXED = ((1, 1), (2, 11), (4, 29), (5, 3), (5, 4), (5, 5), (11, 3), (11, 23))
_SPECIAL = {
    2019: ((4, 30), (5, 1), (5, 2), (10, 22)),
    2020: ((7, 23), (7, 24), (8, 10)),
    2021: ((7, 22), (7, 23), (8, 8)),
}


def _nth_monday(year: int, month: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (nth - 1))


def _equinox(year: int, month: int, base: float) -> date:
    return date(year, month, int(base + 0.242194 * (year - 1980) - (year - 1980) // 4))


def _national_days(year: int) -> set[date]:
    days = {date(year, m, d) for m, d in _FIXED}
    days.add(_equinox(year, 3, 20.8431))
    days.add(_equinox(year, 9, 23.2488))
    days.add(_nth_monday(year, 1, 2) if year >= 2000 else date(year, 1, 15))
    if 1989 <= year <= 2018:
        days.add(date(year, 12, 23))
    elif year >= 2020:
        days.add(date(year, 2, 23))
    if year not in (2020, 2021):
        if year >= 2003:
            days.add(_nth_monday(year, 7, 3))
        if year >= 2016:
            days.add(date(year, 8, 11))
        days.add(_nth_monday(year, 10, 2) if year >= 2000 else date(year, 10, 10))
    days.add(_nth_monday(year, 9, 3) if year >= 2003 else date(year, 9, 15))
    days.update(date(year, m, d) for m, d in _SPECIAL.get(year, ()))
    return days


@lru_cache(maxsize=256)
def holidays(year: int) -> frozenset[date]:
    """The public holidays of calendar year ``year`` (振替休日 and 国民の休日 included)."""
    days = _national_days(year)
    sandwiched = {
        d + ONE_DAY
        for d in days
        if d + 2 * ONE_DAY in days and d + ONE_DAY not in days and (d + ONE_DAY).weekday() != 6
    }
    days |= sandwiched
    for d in sorted(days):
        if d.weekday() == 6:
            sub = d + ONE_DAY
            while sub in days:
                sub += ONE_DAY
            days.add(sub)
    return frozenset(days)


def is_holiday(d: date) -> bool:
    """True on a Japanese public holiday."""
    return d in holidays(d.year)


def is_working_day(d: date) -> bool:
    """Monday–Friday, not a public holiday and not 12/29 – 1/3 (年末年始)."""
    if d.weekday() >= 5 or d in holidays(d.year):
        return False
    return not ((d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3))


class WorkCalendar:
    """The working days between ``start`` and ``end`` (inclusive), with fast look-ups."""

    def __init__(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        days, d = [], start
        while d <= end:
            if is_working_day(d):
                days.append(d)
            d += ONE_DAY
        self.days: list[date] = days

    def month(self, year: int, month: int) -> list[date]:
        """The working days of one calendar month."""
        lo = bisect_left(self.days, date(year, month, 1))
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return self.days[lo : bisect_left(self.days, nxt)]

    def between(self, first: date, last: date) -> list[date]:
        """The working days from ``first`` to ``last`` inclusive."""
        return self.days[bisect_left(self.days, first) : bisect_right(self.days, last)]

    def on_or_after(self, d: date) -> date | None:
        """The first working day on or after ``d`` (None past the end)."""
        i = bisect_left(self.days, d)
        return self.days[i] if i < len(self.days) else None

    def on_or_before(self, d: date) -> date | None:
        """The last working day on or before ``d`` (None before the start)."""
        i = bisect_right(self.days, d)
        return self.days[i - 1] if i else None
