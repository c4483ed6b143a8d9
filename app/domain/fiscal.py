"""Fiscal year (年度): April 1 – March 31, named by the calendar year it starts in.

Rules
-----
* ``fiscal_year(d) = d.year if d.month >= 4 else d.year - 1``; 年度 ``fy`` runs from
  ``fy``-04-01 to ``fy+1``-03-31 inclusive, and its monthly tables run 4月 → 3月.
* Labels: "2022年度" and, in 和暦, "令和4年度".
* The 和暦 label uses the era in force on October 1 of ``fy`` — the middle of the fiscal
  year, so the era that covers most of it — and that era's year for the calendar year ``fy``
  (元 for 1). This reproduces the official names at every era change: 1912年度 大正元年度,
  1926年度 大正15年度 (昭和 began on December 25), 1988年度 昭和63年度 (平成 began on
  1989-01-08; "the era on March 31" would give the impossible 平成0年度), 1989年度 平成元年度,
  2019年度 令和元年度 (April 2019 – March 2020), 2018年度 平成30年度.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.domain.wareki import ERAS, Era, era_of, format_era_year

FIRST_MONTH = 4
MONTHS_IN_YEAR = 12
MIDDLE_MONTH = 10  # names the era of a fiscal year in 和暦


def fiscal_year(d: date) -> int:
    """The 年度 ``d`` falls in: 2023-03-31 → 2022, 2023-04-01 → 2023."""
    return d.year if d.month >= FIRST_MONTH else d.year - 1


def fiscal_year_range(fy: int) -> tuple[date, date]:
    """First and last day of 年度 ``fy``, both inclusive: (fy-04-01, fy+1-03-31)."""
    return date(fy, FIRST_MONTH, 1), date(fy + 1, FIRST_MONTH - 1, 31)


def fiscal_months(fy: int) -> list[tuple[int, int]]:
    """The 12 (year, month) pairs of 年度 ``fy`` in order: (fy, 4) … (fy + 1, 3)."""
    months = [(FIRST_MONTH - 1 + i) % MONTHS_IN_YEAR + 1 for i in range(MONTHS_IN_YEAR)]
    return [(fy if m >= FIRST_MONTH else fy + 1, m) for m in months]


def fiscal_year_label(fy: int) -> str:
    """The western label, e.g. "2022年度"."""
    return f"{fy}年度"


def fiscal_year_label_wareki(fy: int, *, eras: Sequence[Era] = ERAS) -> str:
    """The 和暦 label, e.g. "令和4年度"; 2019 → "令和元年度" (era on October 1 of ``fy``)."""
    era, year = era_of(date(fy, MIDDLE_MONTH, 1), eras)
    return f"{format_era_year(era, year)}度"


def month_label(month: int) -> str:
    """4 → "4月"."""
    if not 1 <= month <= MONTHS_IN_YEAR:
        raise ValueError(f"月は1〜12です: {month}")
    return f"{month}月"
