"""What the debts screen hands to DebtService (滞納・債務一覧, 分納, 返済の記録), and the rules
each draft must pass before anything is written.

Kept apart from drafts.py/rules.py like org_drafts.py. Categories are code keys (``kind`` of
kind "debt_kind", ``collection_status``, ``course``); amounts are integer yen. Field names in
errors are the draft's attribute names, so a form can put each message next to its field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.repayment import MAX_PAYMENTS, payment_count
from app.domain.rules import LINE_MAX, TEXT_MAX
from app.domain.validation import Checker

YEN_MAX = 10_000_000_000  # 100億円: far above any household debt, far below overflow
MONTHS_MAX = 1200
NAME_MAX = 200  # creditor and office columns are String(200)


@dataclass(frozen=True)
class DebtDraft:
    """One debt or arrear of a case. ``arrears_yen``/``arrears_months`` are as found when it
    was recorded; ``balance_yen`` is the live balance that recorded payments reduce."""

    case_id: int
    kind: str  # code of kind "debt_kind" (not a group heading)
    recorded_on: date
    creditor: str = ""
    original_yen: int | None = None
    balance_yen: int = 0
    arrears_yen: int = 0
    arrears_months: int | None = None
    collection_status: str | None = None  # code of kind "collection_status"
    course: str | None = None  # code of kind "debt_course"
    handling_agency_id: int | None = None
    handling_office: str = ""
    note: str = ""


@dataclass(frozen=True)
class AgreementDraft:
    """分納: ``first_month`` may be any day of the month; the number of payments is derived
    (ceil(total ÷ monthly)) and the last payment carries the remainder."""

    agreed_on: date
    total_yen: int
    monthly_yen: int
    first_month: date
    due_day: int
    note: str = ""


@dataclass(frozen=True)
class PaymentDraft:
    """A repayment made on ``paid_on``; ``agreement_id`` names the 分納 it is paid under
    (None: paid outside any agreement, e.g. 一部一括納付)."""

    debt_id: int
    paid_on: date
    amount_yen: int
    agreement_id: int | None = None
    staff_id: int | None = None
    note: str = ""


def _is_int(value: object) -> bool:
    return type(value) is int


def check_yen(c: Checker, field: str, label: str, value: object, *, positive: bool = False) -> None:
    """An integer number of yen, ≥ 0 (≥ 1 with ``positive``), at most YEN_MAX."""
    if value is None:
        return
    if not _is_int(value):
        c.add(field, label, "not_integer", f"{label}は円単位の整数で入力してください")
    elif positive and value <= 0:  # type: ignore[operator]
        c.add(field, label, "not_positive", f"{label}は1円以上で入力してください")
    elif value < 0:  # type: ignore[operator]
        c.add(field, label, "negative", f"{label}に負の値は入力できません")
    elif value > YEN_MAX:  # type: ignore[operator]
        c.add(field, label, "too_large", f"{label}が大きすぎます（{YEN_MAX:,}円まで）")


def validate_debt(c: Checker, d: DebtDraft, today: date) -> None:
    c.required("kind", "種類", d.kind)
    c.required("recorded_on", "記録日", d.recorded_on)
    c.date_range("recorded_on", "記録日", d.recorded_on, today=today)
    c.max_len("creditor", "債権者", d.creditor, NAME_MAX)
    check_yen(c, "original_yen", "当初の金額", d.original_yen)
    c.required("balance_yen", "残高", d.balance_yen)
    check_yen(c, "balance_yen", "残高", d.balance_yen)
    c.required("arrears_yen", "滞納額", d.arrears_yen)
    check_yen(c, "arrears_yen", "滞納額", d.arrears_yen)
    m = d.arrears_months
    if m is not None and (not _is_int(m) or not 0 <= m <= MONTHS_MAX):
        c.add("arrears_months", "滞納月数", "invalid", f"滞納月数は0〜{MONTHS_MAX}の整数で入力してください")
    c.max_len("handling_office", "担当窓口", d.handling_office, NAME_MAX)
    c.max_len("note", "備考", d.note, TEXT_MAX)


def validate_agreement(c: Checker, d: AgreementDraft, today: date) -> None:
    """Total and monthly amount positive, monthly ≤ total, due day 1..31, the first month
    not before the month agreed, at most MAX_PAYMENTS payments."""
    c.required("agreed_on", "合意日", d.agreed_on)
    c.date_range("agreed_on", "合意日", d.agreed_on, today=today)
    c.required("total_yen", "分納総額", d.total_yen)
    check_yen(c, "total_yen", "分納総額", d.total_yen, positive=True)
    c.required("monthly_yen", "月額", d.monthly_yen)
    check_yen(c, "monthly_yen", "月額", d.monthly_yen, positive=True)
    c.required("first_month", "初回の月", d.first_month)
    c.date_range("first_month", "初回の月", d.first_month, today=today, allow_future=True)
    if d.due_day is None or not _is_int(d.due_day) or not 1 <= d.due_day <= 31:
        c.add("due_day", "納付日", "invalid", "納付日は1〜31日で入力してください（31日は月末）")
    c.max_len("note", "備考", d.note, TEXT_MAX)
    first, agreed = d.first_month, d.agreed_on
    if first is not None and agreed is not None and (first.year, first.month) < (agreed.year, agreed.month):
        c.add("first_month", "初回の月", "before_agreed", "初回の月は合意した月以降にしてください")
    if any(e.field in ("total_yen", "monthly_yen") for e in c.errors):
        return
    if d.monthly_yen > d.total_yen:
        c.add("monthly_yen", "月額", "above_total", "月額は分納総額以下にしてください")
    elif payment_count(d.total_yen, d.monthly_yen) > MAX_PAYMENTS:
        c.add("monthly_yen", "月額", "too_many", f"支払回数が{MAX_PAYMENTS}回を超えます。月額を見直してください")


def validate_payment(c: Checker, d: PaymentDraft, today: date) -> None:
    c.required("paid_on", "返済日", d.paid_on)
    c.date_range("paid_on", "返済日", d.paid_on, today=today)
    c.required("amount_yen", "返済額", d.amount_yen)
    check_yen(c, "amount_yen", "返済額", d.amount_yen, positive=True)
    c.max_len("note", "備考", d.note, LINE_MAX)
