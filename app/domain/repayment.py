"""Instalment agreements (分納): the schedule an agreement generates, where a repayment
stands on a given day (順調 / 遅延 / 不履行 / 完了, projected pay-off month), and what the
agreements require each month and year — the 家計計画表's 債務返済 / 滞納分 rows and the
cash-flow table's years are fed from here. Pure arithmetic on ``date`` and integer yen.

The schedule
    ``payment_count = ceil(total ÷ monthly)``; every instalment is ``monthly`` except the
    last, which carries the remainder, so the amounts always add up to the total. The due
    date is ``due_day`` of each month, clamped to the month's last day (31 → 4/30, 2/28,
    2/29 in a leap year).

Which row a debt feeds (``feed_for_debt_kind``)
    Money borrowed — every kind in the 借入 group (``loans``) and 社協の貸付
    (``council_loan``) — is 債務返済 (``debt_repayment``); everything else (税, 社会保険料,
    公共料金, 通信, 家賃, 学費・保育料, その他, and any kind an administrator adds outside
    the 借入 group) is 滞納分の支払い (``arrears``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

FEEDS = ("debt_repayment", "arrears")
FEED_LABELS = {"debt_repayment": "債務返済", "arrears": "滞納分の支払い"}
LOAN_KINDS = frozenset({"loans", "council_loan"})  # debt_kind codes (or groups) of borrowed money

MAX_PAYMENTS = 600  # 50 years of monthly payments: anything longer is a typing mistake
DEFAULT_AFTER = 3  # instalments behind, or months without a payment, that make 不履行

STATE_LABELS = {"on_track": "順調", "late": "遅延", "defaulted": "不履行", "completed": "完了"}
INSTALMENT_LABELS = {
    "paid": "納付済",
    "short": "一部未納",  # past due, partly paid
    "overdue": "未納",  # past due, nothing paid towards it
    "partial": "一部納付",  # not yet due, partly paid in advance
    "upcoming": "未到来",
}


@dataclass(frozen=True)
class Instalment:
    seq: int
    due_on: date
    amount_yen: int


@dataclass(frozen=True)
class InstalmentState:
    """One instalment as the payments so far cover it (payments fill instalments in order)."""

    seq: int
    due_on: date
    amount_yen: int
    covered_yen: int
    state: str  # key of INSTALMENT_LABELS
    settled_on: date | None  # the day the payments reached this instalment in full

    @property
    def label(self) -> str:
        return INSTALMENT_LABELS[self.state]

    @property
    def paid_late(self) -> bool:
        return self.settled_on is not None and self.settled_on > self.due_on


@dataclass(frozen=True)
class RepaymentStatus:
    state: str  # key of STATE_LABELS
    total_yen: int
    paid_yen: int
    remaining_yen: int
    due_so_far_yen: int
    shortfall_yen: int
    months_behind: int
    projected_payoff_month: date | None  # the 1st of the month
    instalments: tuple[InstalmentState, ...]

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


class AgreementFeed(NamedTuple):
    """An agreement as the feeds see it: its row, its schedule, and (for a cancelled one) the
    day it stopped — instalments due on or after ``until`` are no longer required."""

    feed: str
    schedule: Sequence[Instalment]
    until: date | None = None


# ---- dates ---------------------------------------------------------------------------------
def add_months(first: date, n: int) -> date:
    """The date ``n`` months after ``first`` (``n`` may be negative), its day clamped to the
    month's last day: 2023-01-31 + 1 → 2023-02-28; the 1st of a month stays the 1st."""
    year, month0 = divmod(first.year * 12 + first.month - 1 + n, 12)
    return _on_day(year, month0 + 1, first.day)


def month_start(d: date) -> date:
    return d.replace(day=1)


def _on_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


# ---- schedule ------------------------------------------------------------------------------
def _check_yen(name: str, value: object) -> None:
    if type(value) is not int or value <= 0:
        raise ValueError(f"{name} must be a positive integer number of yen, not {value!r}")


def payment_count(total_yen: int, monthly_yen: int) -> int:
    """``ceil(total ÷ monthly)``; ValueError unless both are positive integers."""
    _check_yen("total_yen", total_yen)
    _check_yen("monthly_yen", monthly_yen)
    return -(-total_yen // monthly_yen)


def schedule(total_yen: int, monthly_yen: int, first_month: date, due_day: int) -> list[Instalment]:
    """Equal monthly instalments from ``first_month`` (any day of it), the last one the
    remainder; ``sum == total_yen`` always. ValueError for a non-positive total or monthly
    amount, a due day outside 1..31, or more than MAX_PAYMENTS instalments."""
    count = payment_count(total_yen, monthly_yen)
    if type(due_day) is not int or not 1 <= due_day <= 31:
        raise ValueError(f"due_day must be 1..31, not {due_day!r}")
    if count > MAX_PAYMENTS:
        raise ValueError(f"{count} instalments is more than {MAX_PAYMENTS}")
    start = month_start(first_month)
    out = []
    for i in range(count):
        month = add_months(start, i)
        amount = monthly_yen if i < count - 1 else total_yen - monthly_yen * (count - 1)
        out.append(Instalment(i + 1, _on_day(month.year, month.month, due_day), amount))
    return out


# ---- status --------------------------------------------------------------------------------
def _allocate(plan: Sequence[Instalment], paid: Sequence[tuple[date, int]], today: date) -> list[InstalmentState]:
    """Fill the instalments in order with the payments (an overpayment covers later ones)."""
    running, cumulative = 0, []
    for on, amount in paid:
        running += amount
        cumulative.append((on, running))
    out, before, k = [], 0, 0
    for inst in plan:
        end = before + inst.amount_yen
        covered = max(0, min(inst.amount_yen, running - before))
        while k < len(cumulative) and cumulative[k][1] < end:
            k += 1
        settled = cumulative[k][0] if k < len(cumulative) else None
        if covered == inst.amount_yen:
            state = "paid"
        elif inst.due_on < today:
            state = "short" if covered else "overdue"
        else:
            state = "partial" if covered else "upcoming"
        out.append(InstalmentState(inst.seq, inst.due_on, inst.amount_yen, covered, state, settled))
        before = end
    return out


def status(schedule: Sequence[Instalment], payments: Iterable[tuple[date, int]], today: date) -> RepaymentStatus:
    """Where the repayment stands at the end of ``today`` (payments dated after it are left out).

    An instalment falls due at the end of its due date (the due day itself is still in time);
    ``due_so_far_yen`` is what fell due before today. Payments fill the instalments in order,
    so an overpayment covers the following months and a partial payment leaves its instalment
    unpaid. ``months_behind`` counts the past-due instalments not yet covered in full.

    - 完了 ``completed``: paid ≥ the schedule's total.
    - 順調 ``on_track``: paid ≥ what fell due so far (``shortfall_yen == 0``).
    - 不履行 ``defaulted``: behind, and either 3 or more past-due instalments are not covered,
      or nothing has been paid for 3 months (counted from the last payment, or from the first
      due date when nothing was ever paid).
    - 遅延 ``late``: behind, but neither of those.

    ``projected_payoff_month`` (the 1st of a month): completed — the month the total was
    reached; on track — the schedule's last month; behind — at the average monthly amount
    paid over the 3 months up to today, counting from the month after today's; None when
    nothing was paid in those 3 months. ValueError for an empty schedule or a payment that
    is not a positive integer.
    """
    if not schedule:
        raise ValueError("an empty schedule has no status")
    plan = sorted(schedule, key=lambda i: (i.due_on, i.seq))
    paid = sorted((on, amount) for on, amount in payments if on <= today)
    for _on, amount in paid:
        _check_yen("payment", amount)
    total = sum(i.amount_yen for i in plan)
    paid_yen = sum(amount for _on, amount in paid)
    due_so_far = sum(i.amount_yen for i in plan if i.due_on < today)
    shortfall = max(0, due_so_far - paid_yen)
    instalments = _allocate(plan, paid, today)
    behind = sum(1 for i in instalments if i.state in ("short", "overdue"))
    if paid_yen >= total:
        state, payoff = "completed", month_start(instalments[-1].settled_on or today)
    elif shortfall == 0:
        state, payoff = "on_track", month_start(plan[-1].due_on)
    else:
        quiet_since = max(plan[0].due_on, paid[-1][0]) if paid else plan[0].due_on
        stopped = add_months(quiet_since, DEFAULT_AFTER) <= today
        state = "defaulted" if behind >= DEFAULT_AFTER or stopped else "late"
        payoff = _projected(total - paid_yen, paid, today)
    return RepaymentStatus(
        state, total, paid_yen, max(0, total - paid_yen), due_so_far, shortfall, behind, payoff, tuple(instalments)
    )


def _projected(remaining: int, paid: Sequence[tuple[date, int]], today: date) -> date | None:
    since = add_months(today, -DEFAULT_AFTER)
    recent = sum(amount for on, amount in paid if on > since)
    if recent == 0:
        return None
    months = -(-remaining * DEFAULT_AFTER // recent)  # remaining ÷ (recent ÷ 3), rounded up
    return add_months(month_start(today), months)


# ---- feeds ---------------------------------------------------------------------------------
def feed_for_debt_kind(code: str, parent_code: str | None) -> str:
    """``debt_repayment`` for borrowed money (the 借入 group, 社協の貸付), else ``arrears``."""
    return "debt_repayment" if code in LOAN_KINDS or parent_code in LOAN_KINDS else "arrears"


def _feeds(agreements: Iterable[AgreementFeed], in_period: Callable[[date], bool]) -> dict[str, int]:
    out = dict.fromkeys(FEEDS, 0)
    for a in agreements:
        if a.feed not in out:
            raise ValueError(f"unknown feed {a.feed!r}")
        out[a.feed] += sum(
            i.amount_yen for i in a.schedule if in_period(i.due_on) and (a.until is None or i.due_on < a.until)
        )
    return out


def monthly_feeds(agreements: Iterable[AgreementFeed], month: date) -> dict[str, int]:
    """What the agreements require in ``month`` (any day of it), per feed; both keys always."""
    return _feeds(agreements, lambda d: (d.year, d.month) == (month.year, month.month))


def yearly_feeds(agreements: Iterable[AgreementFeed], year: int) -> dict[str, int]:
    """What the agreements require in calendar year ``year`` (the cash-flow columns), per
    feed; a year after an agreement's last instalment gets nothing from it."""
    return _feeds(agreements, lambda d: d.year == year)
