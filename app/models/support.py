"""Outcomes and services: employment outcomes, uses of other programmes, food support and
the kids food club, sanitary products, housing support, temporary living support,
住居確保給付金, learning-support referrals, seminars and workshops.

These records belong to a person (the statistics count distinct persons); the case they were
given under is recorded where known.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, Yen, code_fk, ref_fk, staff_fk
from app.models.codes import link_set


class EmploymentOutcome(RecordMixin, Base):
    """就職 (date, employer, 雇用形態, via) or 増収 (date, monthly amount)."""

    __tablename__ = "employment_outcomes"
    __table_args__ = (CheckConstraint("increase_yen IS NULL OR increase_yen >= 0", name="increase_nonneg"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    kind_id: Mapped[int] = code_fk("outcome_kind")
    occurred_on: Mapped[date] = mapped_column(index=True)
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    employer_id: Mapped[int | None] = ref_fk("employers.id", nullable=True)
    employment_type_id: Mapped[int | None] = code_fk("employment_type", nullable=True)
    via_id: Mapped[int | None] = code_fk("employment_via", nullable=True)
    placement_id: Mapped[int | None] = ref_fk("job_placements.id", nullable=True)
    increase_yen: Mapped[int | None] = mapped_column(Yen)  # monthly increase for 増収
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


class ServiceUse(RecordMixin, Base):
    """Use of another programme: 就労準備支援, 認定就労訓練, 生活保護受給者等就労自立促進事業 …"""

    __tablename__ = "service_uses"
    __table_args__ = (CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="period_order"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    service_id: Mapped[int] = code_fk("external_service")
    started_on: Mapped[date] = mapped_column(index=True)
    ended_on: Mapped[date | None]
    agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = staff_fk()


class FoodDelivery(RecordMixin, Base):
    """One food-support delivery: date, household size, contents and source."""

    __tablename__ = "food_deliveries"
    __table_args__ = (CheckConstraint("household_size >= 1", name="household_size_positive"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    delivered_on: Mapped[date] = mapped_column(index=True)
    household_size: Mapped[int] = mapped_column(default=1)
    contents: Mapped[str] = mapped_column(String(300), default="")  # set or items
    source_id: Mapped[int] = code_fk("food_source")
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


class KidsFoodClubEnrolment(RecordMixin, Base):
    """デリシャスフードキッズクラブ: a child (or household) joining, with the partner school."""

    __tablename__ = "kids_food_club_enrolments"
    __table_args__ = (CheckConstraint("ended_on IS NULL OR ended_on >= enrolled_on", name="period_order"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    child_name: Mapped[str] = mapped_column(String(100), default="")
    school_agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    enrolled_on: Mapped[date] = mapped_column(index=True)
    ended_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class SanitaryProductGift(RecordMixin, Base):
    """Sanitary products given to a person."""

    __tablename__ = "sanitary_product_gifts"
    __table_args__ = (CheckConstraint("quantity >= 1", name="quantity_positive"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    given_on: Mapped[date] = mapped_column(index=True)
    quantity: Mapped[int] = mapped_column(default=1)
    staff_id: Mapped[int | None] = staff_fk()


class HousingSupportAction(RecordMixin, Base):
    """居住支援: 物件探し / 保証人・保証会社 / 初期費用 / 転居同行."""

    __tablename__ = "housing_support_actions"

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    action_on: Mapped[date] = mapped_column(index=True)
    kind_id: Mapped[int] = code_fk("housing_support")
    agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


class TemporaryLivingStay(RecordMixin, Base):
    """一時生活支援: a stay with start, end and outcome."""

    __tablename__ = "temporary_living_stays"
    __table_args__ = (CheckConstraint("end_on IS NULL OR end_on >= start_on", name="period_order"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    start_on: Mapped[date] = mapped_column(index=True)
    end_on: Mapped[date | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class HousingBenefitApplication(RecordMixin, Base):
    """住居確保給付金: application, decision and the monthly amount granted."""

    __tablename__ = "housing_benefit_applications"
    __table_args__ = (
        CheckConstraint("monthly_yen IS NULL OR monthly_yen >= 0", name="monthly_nonneg"),
        CheckConstraint("months IS NULL OR months BETWEEN 1 AND 12", name="months_range"),
        CheckConstraint("result IN ('pending', 'granted', 'rejected', 'withdrawn')", name="result_valid"),
    )

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    applied_on: Mapped[date] = mapped_column(index=True)
    decided_on: Mapped[date | None]
    result: Mapped[str] = mapped_column(String(10), default="pending")
    monthly_yen: Mapped[int | None] = mapped_column(Yen)
    months: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")


class LearningSupportReferral(RecordMixin, Base):
    """A child connected to 学習支援教室 or 小学生訪問型学習・生活支援."""

    __tablename__ = "learning_support_referrals"

    person_id: Mapped[int] = ref_fk("persons.id")  # the parent / household's person
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    kind_id: Mapped[int] = code_fk("learning_support")
    child_name: Mapped[str] = mapped_column(String(100), default="")
    child_birth_date: Mapped[date | None]
    school_grade: Mapped[str] = mapped_column(String(40), default="")
    referred_on: Mapped[date] = mapped_column(index=True)
    agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


event_participants = link_set("event_participants", "events", "persons")


class Event(RecordMixin, Base):
    """A seminar (就労セミナー) or workshop held by a programme, with its participants."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("participant_count IS NULL OR participant_count >= 0", name="participants_nonneg"),
    )

    kind_id: Mapped[int] = code_fk("event_kind")
    programme_id: Mapped[int] = code_fk("programme")
    held_on: Mapped[date] = mapped_column(index=True)
    theme: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    # people who came without a person record (walk-ins) are counted here
    participant_count: Mapped[int | None]
    staff_id: Mapped[int | None] = staff_fk()

    participants = relationship("Person", secondary=event_participants)
