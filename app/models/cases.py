"""A case and its path: programme memberships, intake, assessment, plans, contacts,
referrals, evaluations and the disaster-victim details.

A case is one episode of support for one person. Each programme the case uses is a
``CaseProgramme`` membership with its own status on the path of ledger.md, so every figure
can be counted per programme while the case file shows one history.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, code_fk, ref_fk, staff_fk
from app.models.codes import code_set, link_set


class Case(RecordMixin, Base):
    """One episode of support for one person: number, status, counsellor, closing."""

    __tablename__ = "cases"
    __table_args__ = (CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),)

    case_no: Mapped[str] = mapped_column(String(20), unique=True)
    person_id: Mapped[int] = ref_fk("persons.id")
    opened_on: Mapped[date]
    counsellor_id: Mapped[int | None] = staff_fk()  # 主担当
    status_id: Mapped[int] = code_fk("case_status")  # the furthest-along membership's status
    screening_result_id: Mapped[int | None] = code_fk("screening_result", nullable=True)
    emergency_support: Mapped[bool] = mapped_column(default=False)
    closed_on: Mapped[date | None]
    closure_reason_id: Mapped[int | None] = code_fk("closure_reason", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    person = relationship("Person")
    programmes: Mapped[list[CaseProgramme]] = relationship(back_populates="case", cascade="all, delete-orphan")
    intakes: Mapped[list[Intake]] = relationship(back_populates="case", cascade="all")
    disaster: Mapped[DisasterDetail | None] = relationship(back_populates="case", cascade="all, delete-orphan")


class CaseProgramme(RecordMixin, Base):
    """Membership of a case in one programme, with its own status and decision dates."""

    __tablename__ = "case_programmes"
    __table_args__ = (
        UniqueConstraint("case_id", "programme_id"),
        CheckConstraint("ended_on IS NULL OR ended_on >= joined_on", name="ended_after_joined"),
    )

    case_id: Mapped[int] = ref_fk("cases.id", cascade=True)
    programme_id: Mapped[int] = code_fk("programme")
    joined_on: Mapped[date]
    status_id: Mapped[int] = code_fk("case_status")
    use_decided_on: Mapped[date | None]  # 利用決定 (支援調整会議)
    city_decision_on: Mapped[date | None]  # 市の支援決定日
    ended_on: Mapped[date | None]
    staff_id: Mapped[int | None] = staff_fk()

    case: Mapped[Case] = relationship(back_populates="programmes")


class CaseStatusChange(Base):
    """History of status changes: who moved which membership to which status, when."""

    __tablename__ = "case_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = ref_fk("cases.id", cascade=True)
    programme_id: Mapped[int | None] = code_fk("programme", nullable=True)
    from_status_id: Mapped[int | None] = code_fk("case_status", nullable=True)
    to_status_id: Mapped[int] = code_fk("case_status")
    changed_on: Mapped[date]
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


intake_topics = code_set("intake_topics", "intakes", "consult_topic")
intake_programmes = code_set("intake_programmes", "intakes", "programme")


class Intake(RecordMixin, Base):
    """相談受付・申込票 with the staff interview items (B票)."""

    __tablename__ = "intakes"
    __table_args__ = (CheckConstraint("NOT consent_given OR consent_on IS NOT NULL", name="consent_has_date"),)

    case_id: Mapped[int] = ref_fk("cases.id")
    received_on: Mapped[date] = mapped_column(index=True)
    received_at: Mapped[time | None]
    received_by_id: Mapped[int | None] = staff_fk()
    method_id: Mapped[int] = code_fk("intake_method")
    route_id: Mapped[int] = code_fk("consult_route")
    referring_agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    primary_topic_id: Mapped[int | None] = code_fk("consult_topic", nullable=True)
    other_topic_text: Mapped[str] = mapped_column(String(300), default="")
    wishes: Mapped[str] = mapped_column(Text, default="")  # what the person wants
    consent_given: Mapped[bool] = mapped_column(default=False)
    consent_on: Mapped[date | None]
    # a companion who came instead of (or with) the person
    companion_name: Mapped[str] = mapped_column(String(100), default="")
    companion_phone: Mapped[str] = mapped_column(String(40), default="")
    companion_relationship_id: Mapped[int | None] = code_fk("relationship", nullable=True)
    # staff interview (B票)
    work_status_id: Mapped[int | None] = code_fk("work_status", nullable=True)
    housing_status_id: Mapped[int | None] = code_fk("housing_status", nullable=True)
    health_insurance_id: Mapped[int | None] = code_fk("health_insurance", nullable=True)
    pension_id: Mapped[int | None] = code_fk("pension_status", nullable=True)
    certificate_id: Mapped[int | None] = code_fk("certificate", nullable=True)
    certificate_note: Mapped[str] = mapped_column(String(300), default="")
    welfare_history_id: Mapped[int | None] = code_fk("welfare_history", nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="intakes")
    topics = relationship("Code", secondary=intake_topics)
    programmes = relationship("Code", secondary=intake_programmes)


class DisasterDetail(RecordMixin, Base):
    """被災者: the disaster, 罹災証明, housing situation and the recovery centre's contact."""

    __tablename__ = "disaster_details"

    case_id: Mapped[int] = ref_fk("cases.id", cascade=True)
    disaster_name: Mapped[str] = mapped_column(String(200))
    disaster_on: Mapped[date | None]
    damage_level_id: Mapped[int | None] = code_fk("disaster_damage", nullable=True)
    housing_id: Mapped[int | None] = code_fk("disaster_housing", nullable=True)
    recovery_centre_contact: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="disaster")

    __table_args__ = (UniqueConstraint("case_id"),)


assessment_issues = code_set("assessment_issues", "assessments", "assessment_issue")


class Assessment(RecordMixin, Base):
    """インテーク・アセスメントシート."""

    __tablename__ = "assessments"

    case_id: Mapped[int] = ref_fk("cases.id", cascade=True)
    assessed_on: Mapped[date]
    staff_id: Mapped[int | None] = staff_fk()
    life_history: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    other_issue_text: Mapped[str] = mapped_column(String(300), default="")
    screening_result_id: Mapped[int | None] = code_fk("screening_result", nullable=True)
    emergency_needed: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    issues = relationship("Code", secondary=assessment_issues)


plan_issues = code_set("plan_issues", "plans", "assessment_issue")
plan_menus = code_set("plan_menus", "plans", "support_menu")


class Plan(RecordMixin, Base):
    """プラン兼事業等利用申込書. ``revision_no`` 0 is the first plan, n the n-th re-plan."""

    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("case_id", "programme_id", "revision_no"),
        CheckConstraint("revision_no >= 0", name="revision_nonneg"),
        CheckConstraint(
            "period_to IS NULL OR period_from IS NULL OR period_to >= period_from",
            name="period_order",
        ),
    )

    case_id: Mapped[int] = ref_fk("cases.id")
    programme_id: Mapped[int] = code_fk("programme")
    made_on: Mapped[date] = mapped_column(index=True)
    revision_no: Mapped[int] = mapped_column(default=0)
    staff_id: Mapped[int | None] = staff_fk()
    person_goal: Mapped[str] = mapped_column(Text, default="")
    short_term_goals: Mapped[str] = mapped_column(Text, default="")
    person_actions: Mapped[str] = mapped_column(Text, default="")
    other_services: Mapped[str] = mapped_column(Text, default="")
    employment_support: Mapped[bool] = mapped_column(default=False)  # 就労支援対象
    period_from: Mapped[date | None]
    period_to: Mapped[date | None]
    next_monitoring_on: Mapped[date | None]
    approved_meeting_id: Mapped[int | None] = ref_fk("meetings.id", nullable=True)
    city_decision_on: Mapped[date | None]

    issues = relationship("Code", secondary=plan_issues)
    menus = relationship("Code", secondary=plan_menus)
    supporter_actions: Mapped[list[PlanSupporterAction]] = relationship(
        cascade="all, delete-orphan", order_by="PlanSupporterAction.position"
    )

    @property
    def is_replan(self) -> bool:
        return self.revision_no > 0


class PlanSupporterAction(Base):
    """What each supporter will do: who, what, by when."""

    __tablename__ = "plan_supporter_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = ref_fk("plans.id", cascade=True)
    position: Mapped[int] = mapped_column(default=0)
    supporter: Mapped[str] = mapped_column(String(200), default="")
    agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    action: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None]


contact_agencies = link_set("contact_agencies", "contacts", "agencies")


class Contact(RecordMixin, Base):
    """支援経過記録: one contact with the person or about the case."""

    __tablename__ = "contacts"
    __table_args__ = (CheckConstraint("minutes IS NULL OR minutes >= 0", name="minutes_nonneg"),)

    case_id: Mapped[int] = ref_fk("cases.id")
    programme_id: Mapped[int] = code_fk("programme")
    contact_on: Mapped[date] = mapped_column(index=True)
    contact_at: Mapped[time | None]
    method_id: Mapped[int] = code_fk("contact_method")
    participants: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = staff_fk()
    minutes: Mapped[int | None]
    next_action: Mapped[str] = mapped_column(Text, default="")

    agencies = relationship("Agency", secondary=contact_agencies)


class Referral(RecordMixin, Base):
    """A referral in (an agency connects the person to the centre) or out (the reverse)."""

    __tablename__ = "referrals"
    __table_args__ = (CheckConstraint("direction IN ('in', 'out')", name="direction_valid"),)

    person_id: Mapped[int] = ref_fk("persons.id")
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    programme_id: Mapped[int] = code_fk("programme")
    direction: Mapped[str] = mapped_column(String(3))
    referred_on: Mapped[date] = mapped_column(index=True)
    agency_id: Mapped[int] = ref_fk("agencies.id")
    purpose: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = staff_fk()


evaluation_changes = code_set("evaluation_changes", "evaluations", "personal_change")


class Evaluation(RecordMixin, Base):
    """A monitoring or closure evaluation of one programme membership.

    Closure: ``level`` 1..5 (① 上回って達成 … ⑤ 達成できなかった) or ``extended`` (事業延長),
    never both; 本人の変化 ticked in ``changes``.
    """

    __tablename__ = "evaluations"
    __table_args__ = (
        CheckConstraint("kind IN ('monitoring', 'closure')", name="kind_valid"),
        CheckConstraint("level IS NULL OR level BETWEEN 1 AND 5", name="level_range"),
        CheckConstraint("NOT (level IS NOT NULL AND extended)", name="level_or_extended"),
        CheckConstraint("kind <> 'closure' OR level IS NOT NULL OR extended", name="closure_has_result"),
    )

    case_id: Mapped[int] = ref_fk("cases.id")
    programme_id: Mapped[int] = code_fk("programme")
    kind: Mapped[str] = mapped_column(String(12))
    evaluated_on: Mapped[date] = mapped_column(index=True)
    staff_id: Mapped[int | None] = staff_fk()
    plan_id: Mapped[int | None] = ref_fk("plans.id", nullable=True)
    level: Mapped[int | None]
    extended: Mapped[bool] = mapped_column(default=False)
    closure_reason_id: Mapped[int | None] = code_fk("closure_reason", nullable=True)
    review_id: Mapped[int | None] = ref_fk("case_reviews.id", nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")

    changes = relationship("Code", secondary=evaluation_changes)
