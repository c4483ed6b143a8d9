"""The meeting calendar: recurring series, meetings (incl. trainings and events), attendees
and the per-case reviews decided at coordination meetings.

A recurring series generates ``Meeting`` rows; an occurrence moved or cancelled keeps its
``occurrence_on`` (the date the rule gave) so the exception survives regeneration.
支援会議 (法第9条) meetings are ``confidential``: only their members may see their records.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, code_fk, ref_fk, staff_fk


class MeetingSeries(RecordMixin, Base):
    """A recurrence rule: monthly on a day of month, or on the nth weekday of the month."""

    __tablename__ = "meeting_series"
    __table_args__ = (
        CheckConstraint("rule IN ('monthly_day', 'monthly_nth_weekday')", name="rule_valid"),
        CheckConstraint("day_of_month IS NULL OR day_of_month BETWEEN 1 AND 31", name="day_range"),
        CheckConstraint("nth IS NULL OR nth BETWEEN -1 AND 5 AND nth <> 0", name="nth_range"),
        CheckConstraint("weekday IS NULL OR weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period_order"),
        CheckConstraint(
            "(rule = 'monthly_day' AND day_of_month IS NOT NULL)"
            " OR (rule = 'monthly_nth_weekday' AND nth IS NOT NULL AND weekday IS NOT NULL)",
            name="rule_complete",
        ),
    )

    kind_id: Mapped[int] = code_fk("meeting_kind")
    title: Mapped[str] = mapped_column(String(200))
    programme_id: Mapped[int | None] = code_fk("programme", nullable=True)
    rule: Mapped[str] = mapped_column(String(24))
    day_of_month: Mapped[int | None]
    nth: Mapped[int | None]  # 1..5, or -1 for the last such weekday
    weekday: Mapped[int | None]  # 0 = Monday
    # when the day falls on a holiday: keep, move to the previous or to the next working day
    holiday_shift: Mapped[str] = mapped_column(String(8), default="keep")
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    online: Mapped[bool] = mapped_column(default=False)


class Meeting(RecordMixin, Base):
    """A meeting, training or event on the calendar, with attendees and case reviews."""

    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("series_id", "occurrence_on"),
        CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="status_valid"),
        CheckConstraint("ends_on IS NULL OR ends_on >= held_on", name="period_order"),
    )

    kind_id: Mapped[int] = code_fk("meeting_kind")
    title: Mapped[str] = mapped_column(String(200))
    programme_id: Mapped[int | None] = code_fk("programme", nullable=True)
    series_id: Mapped[int | None] = ref_fk("meeting_series.id", nullable=True)
    occurrence_on: Mapped[date | None]
    held_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date | None]  # multi-day trainings (1～2日)
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    online: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(10), default="planned")
    confidential: Mapped[bool] = mapped_column(default=False)  # 支援会議 (法第9条)
    organiser: Mapped[str] = mapped_column(String(200), default="")  # trainings, external
    summary: Mapped[str] = mapped_column(Text, default="")  # training content summary
    minutes: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(cascade="all, delete-orphan")
    reviews: Mapped[list[CaseReview]] = relationship(cascade="all, delete-orphan")


class MeetingAttendee(Base):
    """A staff member, an agency, or a named outside person attending a meeting."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (CheckConstraint("staff_id IS NOT NULL OR agency_id IS NOT NULL OR name <> ''", name="someone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = ref_fk("meetings.id", cascade=True)
    staff_id: Mapped[int | None] = staff_fk()
    agency_id: Mapped[int | None] = ref_fk("agencies.id", nullable=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    attended: Mapped[bool] = mapped_column(default=True)


class CaseReview(RecordMixin, Base):
    """One case reviewed at a meeting: 新規検討 / プラン承認 / モニタリング / 終結評価 / 利用決定."""

    __tablename__ = "case_reviews"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", "programme_id", "kind_id"),)

    meeting_id: Mapped[int] = ref_fk("meetings.id", cascade=True)
    case_id: Mapped[int] = ref_fk("cases.id")
    programme_id: Mapped[int] = code_fk("programme")
    kind_id: Mapped[int] = code_fk("review_kind")
    decision: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")  # minutes kept per person
    next_monitoring_on: Mapped[date | None]
