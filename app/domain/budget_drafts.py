"""What the budget screens hand to BudgetSheetService (``*Draft``), the parsers for what the
grid sends (a column name, a percent rate), and the rules each must pass.

Kept apart from drafts.py/rules.py so the budget screens can grow without touching the
drafts every other form uses. Field names in errors are the draft's attribute names.

* Amounts are integer yen, 0 or more (the sheets hold take-home amounts; a shortfall shows in
  the 収支差額, never as a negative cell), at most ``MAX_YEN``.
* A rate is typed as percent text with up to two decimals ("0.5", "+1", "-0.25%", "▲1");
  it is stored as integer basis points (1 % = 100 bp) between −100 % and +100 %.
* A sheet column is ``current`` (現状), ``estimate`` (見込), ``plan`` (計画) or
  ``actual:YYYY-MM`` (実績 of a month).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from app.domain.budget import MAX_RATE_BP, MAX_YEARS, MIN_RATE_BP
from app.domain.errors import LedgerError
from app.domain.money import MAX_ABS_YEN
from app.domain.rules import TEXT_MAX
from app.domain.validation import Checker

MAX_YEN = MAX_ABS_YEN
LABEL_MAX = 200  # the label columns are String(200)
MONTH_BASIS_MAX = 60
FIRST_YEAR, LAST_YEAR = 1900, 2200
AMOUNT_COLUMNS = ("current", "estimate", "plan")
COLUMN_LABELS = {"current": "現状", "estimate": "見込", "plan": "計画", "actual": "実績"}


# ------------------------------------------------------------------------------------ drafts


@dataclass(frozen=True)
class SheetHeaderDraft:
    """The header of a 相談時家計表 / 家計計画表."""

    made_on: date
    month_basis: str = ""  # 平均 / 直近の月 …
    savings_yen: int | None = None  # 預貯金残高
    note: str = ""


@dataclass(frozen=True)
class SpecialExpenseDraft:
    """特別支出: a yearly cost and the month it falls due."""

    label: str
    month: int  # 1..12
    amount_yen: int


@dataclass(frozen=True)
class CashflowHeaderDraft:
    """The header of a キャッシュフロー表; ``return_rate`` is percent text ("0.5")."""

    start_year: int
    years: int = 5
    savings_start_yen: int = 0
    return_rate: str = "0"
    note: str = ""


@dataclass(frozen=True)
class LifeEventDraft:
    year: int
    label: str
    cost_yen: int = 0
    household_member_id: int | None = None


@dataclass(frozen=True)
class MonitoringDraft:
    planned_on: date
    done_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ImprovementPlanDraft:
    """家計改善支援計画書 (家計再生プラン). ``supports`` are budget_support code keys."""

    made_on: date
    issues: str = ""  # 家計の課題
    goals: str = ""
    person_actions: str = ""
    supports: tuple[str, ...] = ()
    agency_ids: tuple[int, ...] = ()
    period_from: date | None = None
    period_to: date | None = None
    monitorings: tuple[MonitoringDraft, ...] = ()
    approved_meeting_id: int | None = None
    evaluation_id: int | None = None
    staff_id: int | None = None


# ----------------------------------------------------------------------------------- parsers


class RateParseError(LedgerError, ValueError):
    """Text could not be read as a percent rate; the message says why, in Japanese."""


_RATE = re.compile(r"(?P<sign>[+-])?(?P<whole>\d+)(?:\.(?P<frac>\d+))?%?", re.ASCII)


def parse_rate_percent(text: str) -> int:
    """Percent text → basis points: "0.5" → 50, "+1%" → 100, "▲0.25" → -25, "" → 0."""
    folded = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    folded = folded.translate(str.maketrans(dict.fromkeys("−‐‑–—▲△", "-")))
    if folded == "":
        return 0
    match = _RATE.fullmatch(folded)
    if match is None:
        raise RateParseError(f"率として読めません: {text.strip()}（例: 0.5 または 1%）")
    frac = match["frac"] or ""
    if frac.rstrip("0")[2:]:
        raise RateParseError(f"率は小数点以下2桁（0.01%）までです: {text.strip()}")
    whole = match["whole"].lstrip("0")[:4]  # past 100 anyway: int() of 5,000 digits would raise ValueError
    bp = int(whole or "0") * 100 + int((frac + "00")[:2])
    bp = -bp if match["sign"] == "-" else bp
    if not MIN_RATE_BP <= bp <= MAX_RATE_BP:
        raise RateParseError(f"率は-100%〜100%の範囲で入力してください: {text.strip()}")
    return bp


class SheetColumn(NamedTuple):
    name: str  # current / estimate / plan / actual
    month: date | None  # the 1st of the month, for actual


_ACTUAL = re.compile(r"actual:(\d{4})-(\d{2})", re.ASCII)


def parse_column(text: str) -> SheetColumn:
    """ "current" / "estimate" / "plan" / "actual:YYYY-MM"; ValueError otherwise."""
    if text in AMOUNT_COLUMNS:
        return SheetColumn(text, None)
    match = _ACTUAL.fullmatch(text)
    if match is None or not 1 <= int(match[2]) <= 12 or not FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
        raise ValueError(f"unknown sheet column {text!r}")
    return SheetColumn("actual", date(int(match[1]), int(match[2]), 1))


def actual_column(month: date) -> str:
    """The column name of a 実績 month: date(2023, 6, 1) → "actual:2023-06"."""
    return f"actual:{month.year:04d}-{month.month:02d}"


# ------------------------------------------------------------------------------------- rules


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_yen(c: Checker, field: str, label: str, value: object, *, required: bool = False) -> None:
    """A whole number of yen, 0..MAX_YEN (None allowed unless ``required``)."""
    if value is None:
        if required:
            c.add(field, label, "required", f"{label}を入力してください")
        return
    if not _is_int(value):
        c.add(field, label, "not_integer", f"{label}は円単位の整数で入力してください")
    elif value < 0:
        c.add(field, label, "negative", f"{label}に負の値は入力できません")
    elif value > MAX_YEN:
        c.add(field, label, "too_large", f"{label}が大きすぎます（上限 {MAX_YEN:,}円）")


def check_label(c: Checker, field: str, label: str, value: str) -> None:
    c.required(field, label, value)
    c.max_len(field, label, value, LABEL_MAX)


def check_year(c: Checker, field: str, label: str, value: object) -> None:
    if not _is_int(value) or not FIRST_YEAR <= value <= LAST_YEAR:
        c.add(field, label, "invalid_year", f"{label}は{FIRST_YEAR}〜{LAST_YEAR}の西暦で入力してください")


def check_years(c: Checker, field: str, value: object) -> None:
    if not _is_int(value) or not 1 <= value <= MAX_YEARS:
        c.add(field, "年数", "range", f"年数は1〜{MAX_YEARS}年で入力してください")


def check_rate(c: Checker, field: str, label: str, text: str) -> int | None:
    """The rate in basis points, or None after adding the parse error to ``c``."""
    try:
        return parse_rate_percent(text)
    except RateParseError as exc:
        c.add(field, label, "invalid_rate", str(exc))
        return None


def validate_sheet_header(c: Checker, d: SheetHeaderDraft, today: date) -> None:
    c.required("made_on", "作成日", d.made_on)
    c.date_range("made_on", "作成日", d.made_on, today=today)
    c.max_len("month_basis", "対象月", d.month_basis, MONTH_BASIS_MAX)
    check_yen(c, "savings_yen", "預貯金残高", d.savings_yen)
    c.max_len("note", "備考", d.note, TEXT_MAX)


def validate_special_expense(c: Checker, d: SpecialExpenseDraft) -> None:
    check_label(c, "label", "項目", d.label)
    if not _is_int(d.month) or not 1 <= d.month <= 12:
        c.add("month", "月", "range", "月は1〜12で入力してください")
    check_yen(c, "amount_yen", "金額", d.amount_yen, required=True)


def validate_cashflow_header(c: Checker, d: CashflowHeaderDraft) -> None:
    check_year(c, "start_year", "開始年", d.start_year)
    check_years(c, "years", d.years)
    check_yen(c, "savings_start_yen", "貯蓄残高（開始時）", d.savings_start_yen, required=True)
    check_rate(c, "return_rate", "運用利率", d.return_rate)
    c.max_len("note", "備考", d.note, TEXT_MAX)


def validate_life_event(c: Checker, d: LifeEventDraft) -> None:
    check_year(c, "year", "年", d.year)
    check_label(c, "label", "ライフイベント", d.label)
    check_yen(c, "cost_yen", "費用", d.cost_yen, required=True)


def validate_improvement_plan(c: Checker, d: ImprovementPlanDraft, today: date) -> None:
    c.required("made_on", "作成日", d.made_on)
    c.date_range("made_on", "作成日", d.made_on, today=today)
    for name, label in (("issues", "家計の課題"), ("goals", "目標"), ("person_actions", "本人の取り組み")):
        c.max_len(name, label, getattr(d, name), TEXT_MAX)
    if len(set(d.supports)) != len(d.supports):
        c.add("supports", "支援内容", "duplicate", "同じ支援内容が重複しています")
    if len(set(d.agency_ids)) != len(d.agency_ids):
        c.add("agency_ids", "関係機関", "duplicate", "同じ関係機関が重複しています")
    c.order("period_to", "計画期間（終了）", d.period_from, d.period_to, "開始日")
    for i, m in enumerate(d.monitorings):
        c.required(f"monitorings.{i}.planned_on", "モニタリング予定日", m.planned_on)
        c.date_range(f"monitorings.{i}.done_on", "モニタリング実施日", m.done_on, today=today)
        c.max_len(f"monitorings.{i}.note", "モニタリングの記録", m.note, TEXT_MAX)
