"""Household budget (家計改善支援): row templates, 相談時家計表 / 家計計画表 with monthly actuals
and 特別支出, cash-flow plans with rows, per-year overrides and life events, debts and
arrears, instalment agreements (分納) with scheduled and recorded payments, and the
家計改善支援計画書. All amounts are integer yen; rates are integer basis points (1 % = 100).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, Yen, code_fk, ref_fk, staff_fk
from app.models.codes import code_set, link_set

SECTIONS = "('income', 'expense', 'other')"
FEEDS = "('debt_repayment', 'arrears')"


class BudgetTemplate(RecordMixin, Base):
    """A seeded, editable list of rows for a sheet kind (standard, older person …)."""

    __tablename__ = "budget_templates"
    __table_args__ = (
        UniqueConstraint("sheet_kind", "name"),
        CheckConstraint("sheet_kind IN ('household', 'cashflow')", name="sheet_kind_valid"),
    )

    name: Mapped[str]
    sheet_kind: Mapped[str] = mapped_column(String(10))
    for_older_person: Mapped[bool] = mapped_column(default=False)
    builtin: Mapped[bool] = mapped_column(default=False)
    retired_on: Mapped[date | None]

    rows: Mapped[list[BudgetTemplateRow]] = relationship(
        cascade="all, delete-orphan", order_by="BudgetTemplateRow.position"
    )


class BudgetTemplateRow(Base):
    """One row of a budget template: section, label, and whether repayment plans feed it."""

    __tablename__ = "budget_template_rows"
    __table_args__ = (
        CheckConstraint(f"section IN {SECTIONS}", name="section_valid"),
        CheckConstraint(f"feed IS NULL OR feed IN {FEEDS}", name="feed_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = ref_fk("budget_templates.id", cascade=True)
    position: Mapped[int]
    section: Mapped[str] = mapped_column(String(8))
    label: Mapped[str]
    feed: Mapped[str | None] = mapped_column(String(16))  # fed from repayment plans
    is_loan: Mapped[bool] = mapped_column(default=False)  # loans received: not income
    rate_bp: Mapped[int] = mapped_column(default=0)  # default 変動率 for cash-flow rows


class BudgetSheet(RecordMixin, Base):
    """相談時家計表 (``consultation``) or 家計計画表 (``plan``) for one case."""

    __tablename__ = "budget_sheets"
    __table_args__ = (
        CheckConstraint("kind IN ('consultation', 'plan')", name="kind_valid"),
        CheckConstraint("savings_yen IS NULL OR savings_yen >= 0", name="savings_nonneg"),
    )

    case_id: Mapped[int] = ref_fk("cases.id")
    kind: Mapped[str] = mapped_column(String(12))
    made_on: Mapped[date]
    staff_id: Mapped[int | None] = staff_fk()
    template_id: Mapped[int | None] = ref_fk("budget_templates.id", nullable=True)
    base_sheet_id: Mapped[int | None] = ref_fk("budget_sheets.id", nullable=True)  # 現状 source
    month_basis: Mapped[str] = mapped_column(String(60), default="")  # 平均 / 直近の月
    savings_yen: Mapped[int | None] = mapped_column(Yen)  # 預貯金残高
    note: Mapped[str] = mapped_column(Text, default="")

    rows: Mapped[list[BudgetSheetRow]] = relationship(cascade="all, delete-orphan", order_by="BudgetSheetRow.position")
    special_expenses: Mapped[list[SpecialExpense]] = relationship(
        cascade="all, delete-orphan", order_by="SpecialExpense.position"
    )


class BudgetSheetRow(Base):
    """One row of a sheet. Consultation: ``current_yen`` (actual) and ``estimate_yen``
    (本人申告). Plan: ``current_yen`` (現状), ``plan_yen`` (計画); 実績 in ``BudgetActual``."""

    __tablename__ = "budget_sheet_rows"
    __table_args__ = (
        CheckConstraint(f"section IN {SECTIONS}", name="section_valid"),
        CheckConstraint(f"feed IS NULL OR feed IN {FEEDS}", name="feed_valid"),
        CheckConstraint("current_yen IS NULL OR current_yen >= 0", name="current_nonneg"),
        CheckConstraint("estimate_yen IS NULL OR estimate_yen >= 0", name="estimate_nonneg"),
        CheckConstraint("plan_yen IS NULL OR plan_yen >= 0", name="plan_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = ref_fk("budget_sheets.id", cascade=True)
    position: Mapped[int]
    section: Mapped[str] = mapped_column(String(8))
    label: Mapped[str]
    feed: Mapped[str | None] = mapped_column(String(16))
    is_loan: Mapped[bool] = mapped_column(default=False)
    current_yen: Mapped[int | None] = mapped_column(Yen)
    estimate_yen: Mapped[int | None] = mapped_column(Yen)
    plan_yen: Mapped[int | None] = mapped_column(Yen)
    note: Mapped[str] = mapped_column(String(300), default="")

    actuals: Mapped[list[BudgetActual]] = relationship(cascade="all, delete-orphan", order_by="BudgetActual.month")


class BudgetActual(Base):
    """実績 of one plan row for one follow-up month (``month`` is the 1st of the month)."""

    __tablename__ = "budget_actuals"
    __table_args__ = (
        UniqueConstraint("row_id", "month"),
        CheckConstraint("amount_yen >= 0", name="amount_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    row_id: Mapped[int] = ref_fk("budget_sheet_rows.id", cascade=True)
    month: Mapped[date]
    amount_yen: Mapped[int] = mapped_column(Yen)


class SpecialExpense(Base):
    """特別支出: a yearly cost entered in the month it falls due."""

    __tablename__ = "special_expenses"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("amount_yen >= 0", name="amount_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = ref_fk("budget_sheets.id", cascade=True)
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str]
    month: Mapped[int]
    amount_yen: Mapped[int] = mapped_column(Yen)


class CashflowPlan(RecordMixin, Base):
    """ライフイベント表 / キャッシュフロー表: ``years`` columns from ``start_year``.

    貯蓄残高 = 前年の貯蓄残高 × (1 + return_rate) + 年間収支, starting from ``savings_start_yen``.
    """

    __tablename__ = "cashflow_plans"
    __table_args__ = (
        CheckConstraint("years BETWEEN 1 AND 30", name="years_range"),
        CheckConstraint("start_year BETWEEN 1900 AND 2200", name="start_year_range"),
    )

    case_id: Mapped[int] = ref_fk("cases.id")
    made_on: Mapped[date]
    staff_id: Mapped[int | None] = staff_fk()
    template_id: Mapped[int | None] = ref_fk("budget_templates.id", nullable=True)
    start_year: Mapped[int]
    years: Mapped[int] = mapped_column(default=5)
    savings_start_yen: Mapped[int] = mapped_column(Yen, default=0)
    return_rate_bp: Mapped[int] = mapped_column(default=0)  # 運用利率
    note: Mapped[str] = mapped_column(Text, default="")

    rows: Mapped[list[CashflowRow]] = relationship(cascade="all, delete-orphan", order_by="CashflowRow.position")
    life_events: Mapped[list[LifeEvent]] = relationship(cascade="all, delete-orphan", order_by="LifeEvent.year")


class CashflowRow(Base):
    """An income or expense row: ``base_yen`` a year in the first year, grown by ``rate_bp``
    (変動率) year on year; a ``CashflowCell`` overrides one year. A ``feed`` row is filled
    from the instalment agreements and stops the year each agreement ends."""

    __tablename__ = "cashflow_rows"
    __table_args__ = (
        CheckConstraint("section IN ('income', 'expense')", name="section_valid"),
        CheckConstraint(f"feed IS NULL OR feed IN {FEEDS}", name="feed_valid"),
        CheckConstraint("base_yen >= 0", name="base_nonneg"),
        CheckConstraint("rate_bp BETWEEN -10000 AND 10000", name="rate_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = ref_fk("cashflow_plans.id", cascade=True)
    position: Mapped[int]
    section: Mapped[str] = mapped_column(String(8))
    label: Mapped[str]
    feed: Mapped[str | None] = mapped_column(String(16))
    base_yen: Mapped[int] = mapped_column(Yen, default=0)
    rate_bp: Mapped[int] = mapped_column(default=0)

    cells: Mapped[list[CashflowCell]] = relationship(cascade="all, delete-orphan", order_by="CashflowCell.year_index")


class CashflowCell(Base):
    """An amount typed for one year of a cash-flow row, replacing the projected one."""

    __tablename__ = "cashflow_cells"
    __table_args__ = (
        UniqueConstraint("row_id", "year_index"),
        CheckConstraint("year_index BETWEEN 0 AND 29", name="year_index_range"),
        CheckConstraint("amount_yen >= 0", name="amount_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    row_id: Mapped[int] = ref_fk("cashflow_rows.id", cascade=True)
    year_index: Mapped[int]
    amount_yen: Mapped[int] = mapped_column(Yen)


class LifeEvent(Base):
    """A life event in one year (入学, 就職, 退職, 年金開始, 車の買い替え, 完済 …) and its cost."""

    __tablename__ = "life_events"
    __table_args__ = (CheckConstraint("cost_yen >= 0", name="cost_nonneg"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = ref_fk("cashflow_plans.id", cascade=True)
    year: Mapped[int]
    household_member_id: Mapped[int | None] = ref_fk("household_members.id", nullable=True)
    label: Mapped[str]
    cost_yen: Mapped[int] = mapped_column(Yen, default=0)


class Debt(RecordMixin, Base):
    """滞納・債務一覧: one debt or arrear."""

    __tablename__ = "debts"
    __table_args__ = (
        CheckConstraint("original_yen IS NULL OR original_yen >= 0", name="original_nonneg"),
        CheckConstraint("balance_yen >= 0", name="balance_nonneg"),
        CheckConstraint("arrears_yen >= 0", name="arrears_nonneg"),
        CheckConstraint("arrears_months IS NULL OR arrears_months >= 0", name="months_nonneg"),
    )

    case_id: Mapped[int] = ref_fk("cases.id")
    kind_id: Mapped[int] = code_fk("debt_kind")
    creditor: Mapped[str] = mapped_column(String(200), default="")
    original_yen: Mapped[int | None] = mapped_column(Yen)
    balance_yen: Mapped[int] = mapped_column(Yen, default=0)
    arrears_yen: Mapped[int] = mapped_column(Yen, default=0)
    arrears_months: Mapped[int | None]
    collection_status_id: Mapped[int | None] = code_fk("collection_status", nullable=True)
    course_id: Mapped[int | None] = code_fk("debt_course", nullable=True)
    handling_agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    handling_office: Mapped[str] = mapped_column(String(200), default="")
    recorded_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")

    agreements: Mapped[list[InstalmentAgreement]] = relationship(back_populates="debt")


class InstalmentAgreement(RecordMixin, Base):
    """分納: monthly amount from ``first_month`` for ``payment_count`` payments on ``due_day``;
    the last payment carries the remainder of ``total_yen``."""

    __tablename__ = "instalment_agreements"
    __table_args__ = (
        CheckConstraint("total_yen > 0", name="total_positive"),
        CheckConstraint("monthly_yen > 0", name="monthly_positive"),
        CheckConstraint("payment_count >= 1", name="count_positive"),
        CheckConstraint("due_day BETWEEN 1 AND 31", name="due_day_range"),
        CheckConstraint("monthly_yen <= total_yen", name="monthly_within_total"),
    )

    debt_id: Mapped[int] = ref_fk("debts.id")
    agreed_on: Mapped[date]
    total_yen: Mapped[int] = mapped_column(Yen)
    monthly_yen: Mapped[int] = mapped_column(Yen)
    first_month: Mapped[date]  # the 1st of the first month
    payment_count: Mapped[int]
    due_day: Mapped[int]
    cancelled_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")

    debt: Mapped[Debt] = relationship(back_populates="agreements")
    schedule: Mapped[list[ScheduledPayment]] = relationship(
        cascade="all, delete-orphan", order_by="ScheduledPayment.seq"
    )


class ScheduledPayment(Base):
    """One instalment of an agreement's generated schedule: number, due date, amount."""

    __tablename__ = "scheduled_payments"
    __table_args__ = (
        UniqueConstraint("agreement_id", "seq"),
        CheckConstraint("amount_yen > 0", name="amount_positive"),
        CheckConstraint("seq >= 1", name="seq_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = ref_fk("instalment_agreements.id", cascade=True)
    seq: Mapped[int]
    due_on: Mapped[date]
    amount_yen: Mapped[int] = mapped_column(Yen)


class Payment(RecordMixin, Base):
    """A recorded repayment: what household_budget.repayments_yen sums."""

    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("amount_yen > 0", name="amount_positive"),)

    debt_id: Mapped[int] = ref_fk("debts.id")
    agreement_id: Mapped[int | None] = ref_fk("instalment_agreements.id", nullable=True)
    paid_on: Mapped[date] = mapped_column(index=True)
    amount_yen: Mapped[int] = mapped_column(Yen)
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(String(300), default="")


budget_plan_supports = code_set("budget_plan_supports", "budget_improvement_plans", "budget_support")
budget_plan_agencies = link_set("budget_plan_agencies", "budget_improvement_plans", "agencies")


class BudgetImprovementPlan(RecordMixin, Base):
    """家計改善支援計画書 (家計再生プラン)."""

    __tablename__ = "budget_improvement_plans"
    __table_args__ = (
        CheckConstraint(
            "period_to IS NULL OR period_from IS NULL OR period_to >= period_from",
            name="period_order",
        ),
    )

    case_id: Mapped[int] = ref_fk("cases.id")
    made_on: Mapped[date]
    staff_id: Mapped[int | None] = staff_fk()
    issues: Mapped[str] = mapped_column(Text, default="")  # 家計の課題
    goals: Mapped[str] = mapped_column(Text, default="")
    person_actions: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[date | None]
    period_to: Mapped[date | None]
    approved_meeting_id: Mapped[int | None] = ref_fk("meetings.id", nullable=True)
    evaluation_id: Mapped[int | None] = ref_fk("evaluations.id", nullable=True)

    supports = relationship("Code", secondary=budget_plan_supports)
    agencies = relationship("Agency", secondary=budget_plan_agencies)
    monitorings: Mapped[list[BudgetPlanMonitoring]] = relationship(
        cascade="all, delete-orphan", order_by="BudgetPlanMonitoring.planned_on"
    )


class BudgetPlanMonitoring(Base):
    """A monitoring date of a 家計改善支援計画書: planned, and when it was done."""

    __tablename__ = "budget_plan_monitorings"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = ref_fk("budget_improvement_plans.id", cascade=True)
    planned_on: Mapped[date]
    done_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
