"""Monthly recurrence of meetings: the dates a series' rule gives.

Rules (the ``meeting_series`` table's):

* ``monthly_day``: day ``day_of_month`` (1..31) of every month; a day the month does not
  have gives the month's last day (31 → 30 April, 28/29 February).
* ``monthly_nth_weekday``: the ``nth`` (1..5, or -1 = the last) ``weekday`` (0 = Monday) of
  every month; a month without a fifth such weekday has no meeting.
* ``holiday_shift``: when the rule's date is not a working day (a weekend, a public holiday
  or 12/29–1/3): ``keep`` it, or move to the ``previous`` / ``next`` working day. The move
  stays in the rule's month (at the month's edge it goes the other way), so a monthly series
  never meets twice in one month or skips one.

The rule's own date (before any shift) is an occurrence's identity (``Meeting.occurrence_on``):
a meeting moved or cancelled by hand keeps it, so regenerating the series recognises it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app.domain.holidays import nth_weekday, shift_to_working_day

RULES = ("monthly_day", "monthly_nth_weekday")
SHIFTS = ("keep", "previous", "next")
WEEKDAY_LABELS = ("月", "火", "水", "木", "金", "土", "日")
SHIFT_LABELS = {"keep": "そのまま", "previous": "前の開所日", "next": "次の開所日"}


@dataclass(frozen=True)
class SeriesRule:
    """How a series recurs. ``day_of_month`` for ``monthly_day``; ``nth`` and ``weekday`` for
    ``monthly_nth_weekday``. ValueError at construction for an incomplete or invalid rule."""

    rule: str
    day_of_month: int | None = None
    nth: int | None = None
    weekday: int | None = None
    holiday_shift: str = "keep"

    def __post_init__(self) -> None:
        problem = rule_problem(self.rule, self.day_of_month, self.nth, self.weekday, self.holiday_shift)
        if problem:
            raise ValueError(problem)

    @property
    def label(self) -> str:
        """In Japanese: "毎月28日（休日は前の開所日）", "毎月第3火曜日", "毎月最終金曜日"."""
        if self.rule == "monthly_day":
            head = f"毎月{self.day_of_month}日"
        else:
            which = "最終" if self.nth == -1 else f"第{self.nth}"
            head = f"毎月{which}{WEEKDAY_LABELS[self.weekday or 0]}曜日"
        return head if self.holiday_shift == "keep" else f"{head}（休日は{SHIFT_LABELS[self.holiday_shift]}）"


def rule_problem(rule: str, day_of_month: int | None, nth: int | None, weekday: int | None, shift: str) -> str:
    """Why the rule is invalid (English, for developers), or "" when it is valid."""
    if rule not in RULES:
        return f"unknown rule {rule!r}"
    if shift not in SHIFTS:
        return f"unknown holiday shift {shift!r}"
    if rule == "monthly_day":
        if day_of_month is None or not 1 <= day_of_month <= 31:
            return "monthly_day needs day_of_month 1..31"
        return ""
    if nth is None or nth not in (1, 2, 3, 4, 5, -1):
        return "monthly_nth_weekday needs nth 1..5 or -1"
    if weekday is None or not 0 <= weekday <= 6:
        return "monthly_nth_weekday needs weekday 0..6"
    return ""


@dataclass(frozen=True)
class Occurrence:
    """One meeting of a series: the rule's date (its identity) and the date it is held on
    (the rule's date moved off a holiday, when the series says so)."""

    rule_on: date
    held_on: date

    @property
    def shifted(self) -> bool:
        return self.rule_on != self.held_on


def rule_date(rule: SeriesRule, year: int, month: int) -> date | None:
    """The date the rule gives in one month before any holiday shift (None: no such day)."""
    if rule.rule == "monthly_day":
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(rule.day_of_month or 1, last))
    return nth_weekday(year, month, rule.weekday or 0, rule.nth or 1)


def held_date(rule: SeriesRule, rule_on: date) -> date:
    """Where an occurrence whose rule date is ``rule_on`` is held (see the module rules)."""
    if rule.holiday_shift == "keep":
        return rule_on
    return shift_to_working_day(rule_on, -1 if rule.holiday_shift == "previous" else 1)


def _months(start: date, end: date) -> list[tuple[int, int]]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def scheduled(rule: SeriesRule, start: date, end: date) -> list[Occurrence]:
    """The occurrences held from ``start`` to ``end`` inclusive, in date order (at most one
    a month). Empty when ``end`` is before ``start``."""
    out = []
    for y, m in _months(start, end) if start <= end else []:
        on = rule_date(rule, y, m)
        if on is None:
            continue
        held = held_date(rule, on)
        if start <= held <= end:
            out.append(Occurrence(on, held))
    return out


def occurrences(rule: SeriesRule, start: date, end: date) -> list[date]:
    """The dates the series meets from ``start`` to ``end`` inclusive (after the holiday
    shift), in order, at most one a month."""
    return [o.held_on for o in scheduled(rule, start, end)]


__all__ = [
    "RULES",
    "SHIFTS",
    "SHIFT_LABELS",
    "WEEKDAY_LABELS",
    "Occurrence",
    "SeriesRule",
    "held_date",
    "occurrences",
    "rule_date",
    "rule_problem",
    "scheduled",
]
