"""Plain frozen data that BudgetSheetService returns: templates, sheets with their totals,
cash-flow plans with their projection, and 家計改善支援計画書. No ORM objects, labels resolved.

Totals and projections are the domain's own objects (app.domain.budget), computed by the
service from the stored cells, so the grid and the printout show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.budget import Projection, SheetTotals, SpecialSummary

SHEET_KIND_LABELS = {"consultation": "相談時家計表", "plan": "家計計画表"}


# ---- templates ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateLineRow:
    id: int
    position: int
    section: str  # income / expense / other
    label: str
    feed: str | None
    is_loan: bool
    rate_bp: int


@dataclass(frozen=True)
class TemplateDetail:
    id: int
    name: str
    sheet_kind: str  # household / cashflow
    for_older_person: bool
    builtin: bool
    retired_on: date | None
    rows: tuple[TemplateLineRow, ...]


# ---- 相談時家計表 / 家計計画表 --------------------------------------------------------------
@dataclass(frozen=True)
class SheetSummary:
    id: int
    case_id: int
    kind: str  # consultation / plan
    kind_label: str
    made_on: date
    staff_name: str
    month_basis: str
    base_sheet_id: int | None
    balance: int  # 収支差額 of the sheet's main column (consultation: 現状, plan: 計画)
    version: int


@dataclass(frozen=True)
class SheetLineRow:
    """One row with every column; ``actuals`` align with ``SheetDetail.actual_months``."""

    id: int
    position: int
    section: str
    label: str
    feed: str | None
    is_loan: bool
    current: int | None
    estimate: int | None
    plan: int | None
    difference: int | None  # 計画 − 現状
    actuals: tuple[int, ...]
    note: str


@dataclass(frozen=True)
class SpecialExpenseRow:
    id: int
    position: int
    label: str
    month: int
    amount_yen: int


@dataclass(frozen=True)
class SheetDetail:
    id: int
    version: int
    case_id: int
    case_no: str
    person_name: str
    kind: str
    kind_label: str
    made_on: date
    staff_id: int | None
    staff_name: str
    template_id: int | None
    base_sheet_id: int | None
    month_basis: str
    savings_yen: int | None
    note: str
    rows: tuple[SheetLineRow, ...]
    actual_months: tuple[date, ...]  # 1st of each 実績 month, in order
    special_expenses: tuple[SpecialExpenseRow, ...]
    special: SpecialSummary  # by month, yearly total, monthly 積立
    totals: SheetTotals
    feed_month: date | None  # plan sheets: the month whose repayments fed the plan


# ---- キャッシュフロー表 -------------------------------------------------------------------
@dataclass(frozen=True)
class YearColumn:
    index: int  # 0 for the first year (経過年数)
    year: int  # 西暦
    wareki: str  # 和暦 at 31 December, e.g. "令和5年"


@dataclass(frozen=True)
class CashflowLineRow:
    id: int
    position: int
    section: str  # income / expense
    label: str
    feed: str | None
    base_yen: int
    rate_bp: int
    overrides: tuple[tuple[int, int], ...]  # (year index, yen) typed over the projection
    amounts: tuple[int, ...]  # per year, as projected


@dataclass(frozen=True)
class LifeEventRow:
    id: int
    year: int
    label: str
    cost_yen: int
    household_member_id: int | None


@dataclass(frozen=True)
class MemberAges:
    """A household member's age at 31 December of each year (None before the birth year or
    without a birth date). The person (本人) comes first."""

    household_member_id: int | None  # None for the person
    relationship_label: str
    name: str
    birth_date: date | None
    ages: tuple[int | None, ...]


@dataclass(frozen=True)
class CashflowSummary:
    id: int
    case_id: int
    made_on: date
    start_year: int
    years: int
    staff_name: str
    version: int


@dataclass(frozen=True)
class CashflowDetail:
    id: int
    version: int
    case_id: int
    case_no: str
    person_name: str
    made_on: date
    staff_id: int | None
    staff_name: str
    template_id: int | None
    start_year: int
    years: int
    savings_start_yen: int
    return_rate_bp: int
    note: str
    columns: tuple[YearColumn, ...]
    rows: tuple[CashflowLineRow, ...]
    life_events: tuple[LifeEventRow, ...]
    members: tuple[MemberAges, ...]
    projection: Projection


# ---- 家計改善支援計画書 --------------------------------------------------------------------
@dataclass(frozen=True)
class MonitoringRow:
    id: int
    planned_on: date
    done_on: date | None
    note: str


@dataclass(frozen=True)
class ImprovementPlanDetail:
    id: int
    version: int
    case_id: int
    made_on: date
    staff_id: int | None
    staff_name: str
    issues: str
    goals: str
    person_actions: str
    supports: tuple[str, ...]  # budget_support code keys
    support_labels: tuple[str, ...]
    agency_ids: tuple[int, ...]
    agency_names: tuple[str, ...]
    period_from: date | None
    period_to: date | None
    monitorings: tuple[MonitoringRow, ...]
    approved_meeting_id: int | None
    evaluation_id: int | None
