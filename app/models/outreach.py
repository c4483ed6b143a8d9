"""Outreach visits (訪問記録) with the hikikomori state, and the disaster programme's activity
records (電話 / アウトリーチ / 来所 / 関係機関との連携 / 地域・広報)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, code_fk, ref_fk, staff_fk
from app.models.codes import link_set

visit_staff = link_set("outreach_visit_staff", "outreach_visits", "staff_members")
visit_agencies = link_set("outreach_visit_agencies", "outreach_visits", "agencies")


class OutreachVisit(RecordMixin, Base):
    """A visit made (``planned`` false) or planned. ``person_id`` may be set before a case
    exists (a family first reached by outreach)."""

    __tablename__ = "outreach_visits"
    __table_args__ = (
        CheckConstraint("end_at IS NULL OR start_at IS NULL OR end_at >= start_at", name="time_order"),
        CheckConstraint("next_visit_on IS NULL OR next_visit_on >= visited_on", name="next_after"),
    )

    person_id: Mapped[int | None] = ref_fk("persons.id", nullable=True)
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    programme_id: Mapped[int] = code_fk("programme")
    visited_on: Mapped[date] = mapped_column(index=True)
    start_at: Mapped[time | None]
    end_at: Mapped[time | None]
    planned: Mapped[bool] = mapped_column(default=False)
    place_id: Mapped[int] = code_fk("visit_place")
    place_note: Mapped[str] = mapped_column(String(200), default="")
    method_id: Mapped[int] = code_fk("visit_method")
    result_id: Mapped[int | None] = code_fk("visit_result", nullable=True)
    purpose_id: Mapped[int | None] = code_fk("visit_purpose", nullable=True)
    content: Mapped[str] = mapped_column(Text, default="")
    next_visit_on: Mapped[date | None]

    staff = relationship("StaffMember", secondary=visit_staff)
    agencies = relationship("Agency", secondary=visit_agencies)
    states: Mapped[list[HikikomoriState]] = relationship(cascade="all, delete-orphan")


class HikikomoriState(Base):
    """For hikikomori cases: the state of the person, or of the family, at a visit."""

    __tablename__ = "hikikomori_states"
    __table_args__ = (
        UniqueConstraint("visit_id", "subject"),
        CheckConstraint("subject IN ('person', 'family')", name="subject_valid"),
        CheckConstraint("duration_months IS NULL OR duration_months >= 0", name="duration_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = ref_fk("outreach_visits.id", cascade=True)
    subject: Mapped[str] = mapped_column(String(8))
    duration_months: Mapped[int | None]  # how long withdrawn
    going_out_id: Mapped[int | None] = code_fk("going_out", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


disaster_activity_agencies = link_set("disaster_activity_agencies", "disaster_activities", "agencies")


class DisasterActivity(RecordMixin, Base):
    """One activity of the disaster programme, counted by kind in the annual report."""

    __tablename__ = "disaster_activities"

    activity_on: Mapped[date] = mapped_column(index=True)
    kind_id: Mapped[int] = code_fk("disaster_activity")
    person_id: Mapped[int | None] = ref_fk("persons.id", nullable=True)
    case_id: Mapped[int | None] = ref_fk("cases.id", nullable=True)
    staff_id: Mapped[int | None] = staff_fk()
    content: Mapped[str] = mapped_column(Text, default="")

    agencies = relationship("Agency", secondary=disaster_activity_agencies)
