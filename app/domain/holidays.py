"""Japanese public holidays (国民の祝日・休日) and the centre's working days.

Rules (国民の祝日に関する法律, in force from 1948-07-20), accurate for 1948–2100:

* the 祝日 of each year by the law as amended: fixed days, the Happy Monday moves (成人の日
  and 体育の日 from 2000, 海の日 and 敬老の日 from 2003), 天皇誕生日 (4/29 → 12/23 from 1989
  → 2/23 from 2020, none in 2019), みどりの日 / 昭和の日 (2007), 山の日 (2016), スポーツの日
  (2020), the Olympic moves of 2020 and 2021, and the one-off days (1959, 1989, 1990, 1993,
  2019 即位の日 and 即位礼正殿の儀);
* 春分の日 / 秋分の日 by the usual approximation of the equinox (exact for every year the
  Cabinet Office has announced; the law leaves later years to the annual announcement);
* 振替休日 (from 1973-04-12): a 祝日 on a Sunday moves the rest day to the next day that is
  not a 祝日 (before 2007 simply the Monday, which was never a 祝日 then);
* 国民の休日 (from 1986): a day between two 祝日 that is not a 祝日 itself (before 2007 not
  when it is a Sunday or a 振替休日).

Years before 1948 have no holidays; years after 2100 follow the same rules, unchecked.
The centre is also closed 12/29–1/3 (年末年始, as 行政機関の休日に関する法律 closes public
offices): ``is_working_day`` counts those days off unless told not to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

ONE_DAY = timedelta(days=1)
FIRST_YEAR = 1948
LAST_CHECKED_YEAR = 2100
LAW_START = date(1948, 7, 20)
SUBSTITUTE_START = date(1973, 4, 12)  # 振替休日
CITIZENS_START = date(1985, 12, 27)  # 国民の休日
REFORM_2007 = 2007  # 振替休日 may fall after another 祝日; 国民の休日 also on Sundays

SUBSTITUTE = "振替休日"
CITIZENS = "国民の休日"

# one-off 祝日 by special laws
_ONE_OFF = {
    date(1959, 4, 10): "皇太子明仁親王の結婚の儀",
    date(1989, 2, 24): "昭和天皇の大喪の礼",
    date(1990, 11, 12): "即位礼正殿の儀",
    date(1993, 6, 9): "皇太子徳仁親王の結婚の儀",
    date(2019, 5, 1): "天皇の即位の日",
    date(2019, 10, 22): "即位礼正殿の儀",
}
# the Olympic years' moves: name → (month, day)
_OLYMPIC = {
    2020: {"海の日": (7, 23), "スポーツの日": (7, 24), "山の日": (8, 10)},
    2021: {"海の日": (7, 22), "スポーツの日": (7, 23), "山の日": (8, 8)},
}


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (1..5, or -1 for the last) ``weekday`` (0 = Monday) of the month, or None
    when the month has no such day (a fifth Tuesday in a month with four)."""
    first = date(year, month, 1)
    if nth == -1:
        nxt = date(year + month // 12, month % 12 + 1, 1)
        last = nxt - ONE_DAY
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None


def _monday(year: int, month: int, nth: int) -> date:
    d = nth_weekday(year, month, 0, nth)
    assert d is not None  # the 1st–4th Monday always exist
    return d


def vernal_equinox_day(year: int) -> date:
    """春分の日 (the March equinox in Japan Standard Time, by the usual approximation)."""
    if year < 1980:
        day = int(20.8357 + 0.242194 * (year - 1980) - int((year - 1983) / 4))
    elif year < 2100:
        day = int(20.8431 + 0.242194 * (year - 1980) - (year - 1980) // 4)
    else:
        day = int(21.8510 + 0.242194 * (year - 1980) - (year - 1980) // 4)
    return date(year, 3, day)


def autumnal_equinox_day(year: int) -> date:
    """秋分の日 (the September equinox in Japan Standard Time, by the usual approximation)."""
    if year < 1980:
        day = int(23.2588 + 0.242194 * (year - 1980) - int((year - 1983) / 4))
    elif year < 2100:
        day = int(23.2488 + 0.242194 * (year - 1980) - (year - 1980) // 4)
    else:
        day = int(24.2488 + 0.242194 * (year - 1980) - (year - 1980) // 4)
    return date(year, 9, day)


def _winter_and_spring(y: int) -> dict[date, str]:
    days = {date(y, 1, 1): "元日", vernal_equinox_day(y): "春分の日"}
    days[date(y, 1, 15) if y < 2000 else _monday(y, 1, 2)] = "成人の日"
    if y >= 1967:
        days[date(y, 2, 11)] = "建国記念の日"
    if y >= 2020:
        days[date(y, 2, 23)] = "天皇誕生日"
    days[date(y, 4, 29)] = "天皇誕生日" if y < 1989 else ("みどりの日" if y < 2007 else "昭和の日")
    days[date(y, 5, 3)] = "憲法記念日"
    if y >= 2007:
        days[date(y, 5, 4)] = "みどりの日"
    days[date(y, 5, 5)] = "こどもの日"
    return days


def _summer_and_autumn(y: int) -> dict[date, str]:
    moved = _OLYMPIC.get(y, {})
    days: dict[date, str] = {autumnal_equinox_day(y): "秋分の日"}
    if y >= 1996:
        days[date(y, *moved["海の日"]) if moved else (date(y, 7, 20) if y < 2003 else _monday(y, 7, 3))] = "海の日"
    if y >= 2016:
        days[date(y, *moved.get("山の日", (8, 11)))] = "山の日"
    if y >= 1966:
        days[date(y, 9, 15) if y < 2003 else _monday(y, 9, 3)] = "敬老の日"
        if moved:
            days[date(y, *moved["スポーツの日"])] = "スポーツの日"
        else:
            days[date(y, 10, 10) if y < 2000 else _monday(y, 10, 2)] = "体育の日" if y < 2020 else "スポーツの日"
    days[date(y, 11, 3)] = "文化の日"
    days[date(y, 11, 23)] = "勤労感謝の日"
    if 1989 <= y <= 2018:
        days[date(y, 12, 23)] = "天皇誕生日"
    return days


def _national_holidays(year: int) -> dict[date, str]:
    """The 祝日 of the year (no 振替休日 or 国民の休日)."""
    days = _winter_and_spring(year) | _summer_and_autumn(year)
    days.update((d, name) for d, name in _ONE_OFF.items() if d.year == year)
    return {d: name for d, name in days.items() if d >= LAW_START}


def _substitutes(national: dict[date, str]) -> dict[date, str]:
    out: dict[date, str] = {}
    for d in sorted(national):
        if d.weekday() == 6 and d >= SUBSTITUTE_START:
            sub = d + ONE_DAY
            while sub in national:
                sub += ONE_DAY
            out[sub] = SUBSTITUTE
    return out


def _citizens_days(national: dict[date, str], substitutes: dict[date, str]) -> dict[date, str]:
    out: dict[date, str] = {}
    for d in national:
        between = d + ONE_DAY
        if between in national or between + ONE_DAY not in national or between < CITIZENS_START:
            continue
        if between.year < REFORM_2007 and (between.weekday() == 6 or between in substitutes):
            continue
        out[between] = CITIZENS
    return out


@lru_cache(maxsize=512)
def _year_table(year: int) -> MappingProxyType[date, str]:
    # neighbours across New Year matter for neither rule (12/31 and 1/2 are never 祝日)
    national = _national_holidays(year)
    subs = _substitutes(national)
    extra = _citizens_days(national, subs)
    table = national | {d: n for d, n in subs.items() if d.year == year} | extra
    if year > FIRST_YEAR:  # a 12/31 Sunday 祝日 would move into the next year (never happened)
        table |= {d: n for d, n in _substitutes(_national_holidays(year - 1)).items() if d.year == year}
    return MappingProxyType(dict(sorted(table.items())))


def holidays(year: int) -> dict[date, str]:
    """Every public holiday of calendar year ``year`` → its name, in date order: the 祝日,
    振替休日 and 国民の休日 ({} before 1948). A new dict each call (the caller may keep it)."""
    if year < FIRST_YEAR:
        return {}
    return dict(_year_table(year))


def holiday_name(d: date) -> str | None:
    """The name of the public holiday on ``d`` (元日, 振替休日, 国民の休日 …), or None."""
    if d.year < FIRST_YEAR:
        return None
    return _year_table(d.year).get(d)


def is_holiday(d: date) -> bool:
    """True on a public holiday (祝日, 振替休日 or 国民の休日)."""
    return holiday_name(d) is not None


def is_year_end_closure(d: date) -> bool:
    """True from 12/29 to 1/3 (年末年始)."""
    return (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3)


def is_working_day(d: date, *, year_end_closure: bool = True) -> bool:
    """Monday–Friday and not a public holiday; with ``year_end_closure`` (the default: the
    centre, like public offices, is closed then) also not 12/29–1/3."""
    if d.weekday() >= 5 or is_holiday(d):
        return False
    return not (year_end_closure and is_year_end_closure(d))


def shift_to_working_day(d: date, step: int, *, stay_in_month: bool = True, year_end_closure: bool = True) -> date:
    """The first working day from ``d`` moving ``step`` days (-1 back, +1 forward); ``d``
    itself when it is one. With ``stay_in_month`` a move that would leave the month goes the
    other way instead, and ``d`` is kept when its month has no working day at all."""

    def works(x: date) -> bool:
        return is_working_day(x, year_end_closure=year_end_closure)

    for direction in (step, -step) if stay_in_month else (step,):
        x = d
        while not works(x):
            x += timedelta(days=direction)
            if stay_in_month and x.month != d.month:
                break
        else:
            return x
    return d


class WorkCalendar:
    """The working days between ``start`` and ``end`` (inclusive), with fast look-ups."""

    def __init__(self, start: date, end: date, *, is_working: Callable[[date], bool] = is_working_day) -> None:
        self.start, self.end = start, end
        days, d = [], start
        while d <= end:
            if is_working(d):
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


__all__ = [
    "CITIZENS",
    "ONE_DAY",
    "SUBSTITUTE",
    "WorkCalendar",
    "autumnal_equinox_day",
    "holiday_name",
    "holidays",
    "is_holiday",
    "is_working_day",
    "is_year_end_closure",
    "nth_weekday",
    "shift_to_working_day",
    "vernal_equinox_day",
]
