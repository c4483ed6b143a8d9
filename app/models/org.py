"""The centre itself: staff, agencies, and what the annual report prints per fiscal year
(organisation profile, programme profiles with duty pattern and staffing table, targets,
narrative sections)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, code_fk, ref_fk, staff_fk
from app.models.codes import link_set


class StaffMember(RecordMixin, Base):
    """A member of the centre's staff: name, reading, role and qualifications."""

    __tablename__ = "staff_members"
    __table_args__ = (
        CheckConstraint("family_name <> ''", name="family_name_not_empty"),
        CheckConstraint("access_role IN ('admin', 'counsellor', 'viewer')", name="access_role_valid"),
    )

    family_name: Mapped[str]
    given_name: Mapped[str] = mapped_column(default="")
    family_kana: Mapped[str] = mapped_column(default="")
    given_kana: Mapped[str] = mapped_column(default="")
    role_id: Mapped[int] = code_fk("staff_role")
    qualifications: Mapped[str] = mapped_column(Text, default="")
    reading_key: Mapped[str] = mapped_column(String(200), default="", index=True)  # 五十音
    # sign-in (filled by the login feature); unique when set
    login_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    # what the member may do once signed in (app.services.auth.PERMISSIONS)
    access_role: Mapped[str] = mapped_column(String(16), default="counsellor", server_default="counsellor")

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()


class Agency(RecordMixin, Base):
    """The agency directory (関係機関)."""

    __tablename__ = "agencies"
    __table_args__ = (
        UniqueConstraint("name", "department"),
        CheckConstraint("name <> ''", name="name_not_empty"),
    )

    name: Mapped[str]
    name_kana: Mapped[str] = mapped_column(default="")
    kind_id: Mapped[int] = code_fk("agency_kind")
    department: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    contact_person: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    reading_key: Mapped[str] = mapped_column(String(200), default="", index=True)  # 五十音
    retired_on: Mapped[date | None]


class OrganisationProfile(RecordMixin, Base):
    """Per fiscal year: who runs the centre and the division's goals (the report's first page)."""

    __tablename__ = "organisation_profiles"

    fiscal_year: Mapped[int] = mapped_column(unique=True)
    corporation_name: Mapped[str]
    division_name: Mapped[str] = mapped_column(default="")
    centre_name: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    division_goals: Mapped[str] = mapped_column(Text, default="")


profile_staff_in_charge = link_set("programme_profile_staff", "programme_profiles", "staff_members")


class ProgrammeProfile(RecordMixin, Base):
    """Per fiscal year and programme: the chapter's 事業概要."""

    __tablename__ = "programme_profiles"
    __table_args__ = (UniqueConstraint("fiscal_year", "programme_id"),)

    fiscal_year: Mapped[int]
    programme_id: Mapped[int] = code_fk("programme")
    title: Mapped[str] = mapped_column(String(300), default="")  # 倉敷市…事業
    facility_name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    responsible_staff_id: Mapped[int | None] = staff_fk()  # 事業責任者
    qualifications: Mapped[str] = mapped_column(Text, default="")
    duty_note: Mapped[str] = mapped_column(Text, default="")  # e.g. 週5日のうち火・木
    evaluation_criteria: Mapped[str] = mapped_column(Text, default="")

    staff_in_charge = relationship("StaffMember", secondary=profile_staff_in_charge)
    duty_days: Mapped[list[DutyDay]] = relationship(cascade="all, delete-orphan", order_by="DutyDay.weekday")
    staffing: Mapped[list[StaffingEntry]] = relationship(
        cascade="all, delete-orphan", order_by="StaffingEntry.position"
    )


class DutyDay(Base):
    """Weekly duty pattern: on this weekday the shared counsellor works for ``programme``."""

    __tablename__ = "programme_duty_days"
    __table_args__ = (CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),)

    profile_id: Mapped[int] = ref_fk("programme_profiles.id", cascade=True, primary_key=True)
    weekday: Mapped[int] = mapped_column(primary_key=True)  # 0 = Monday
    programme_id: Mapped[int] = code_fk("programme")


class StaffingEntry(Base):
    """One cell row of the staffing table: period × row label × role → FTE in 1/100 persons."""

    __tablename__ = "programme_staffing"
    __table_args__ = (
        CheckConstraint("fte_hundredths >= 0", name="fte_nonneg"),
        CheckConstraint("period_to >= period_from", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = ref_fk("programme_profiles.id", cascade=True)
    position: Mapped[int] = mapped_column(default=0)
    period_from: Mapped[date]
    period_to: Mapped[date]
    row_label: Mapped[str]  # 主任相談員兼務
    role_id: Mapped[int] = code_fk("staff_role")  # the column: 家計改善支援員
    fte_hundredths: Mapped[int]  # 0.1人 → 10


class YearTarget(RecordMixin, Base):
    """目標値 of one figure key for one fiscal year (e.g. self_reliance.plans → 752)."""

    __tablename__ = "year_targets"
    __table_args__ = (
        UniqueConstraint("fiscal_year", "figure_key"),
        CheckConstraint("target_value >= 0", name="target_nonneg"),
        CheckConstraint("figure_key <> ''", name="key_not_empty"),
    )

    fiscal_year: Mapped[int]
    figure_key: Mapped[str] = mapped_column(String(120))
    target_value: Mapped[int]
    unit: Mapped[str] = mapped_column(String(20), default="件")


class ReportNarrative(RecordMixin, Base):
    """A narrative section of the annual report, written by staff per fiscal year.

    ``body`` may hold placeholders such as ``{self_reliance.new_consultations}`` that print as
    the computed figure.
    """

    __tablename__ = "report_narratives"
    __table_args__ = (UniqueConstraint("fiscal_year", "section_key"),)

    fiscal_year: Mapped[int]
    section_key: Mapped[str] = mapped_column(String(120))  # e.g. household_budget.activities
    programme_id: Mapped[int | None] = code_fk("programme", nullable=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = staff_fk()


class LedgerMeta(Base):
    """Key/value facts about the ledger itself (its id, when and by which version created)."""

    __tablename__ = "ledger_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberSequence(Base):
    """Counters for human-readable numbers (case and person numbers), advanced inside the
    writing transaction so numbers stay unique with several writers."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_value: Mapped[int] = mapped_column(default=1)
