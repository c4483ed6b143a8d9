"""The centre's free job-placement desk (無料職業紹介): job seekers, their uses of the desk,
employers (with the date each was newly approached, 開拓), postings and placements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, Yen, code_fk, ref_fk, staff_fk


class JobSeeker(RecordMixin, Base):
    """A person registered as a job seeker at the free job-placement desk."""

    __tablename__ = "job_seekers"
    __table_args__ = (
        CheckConstraint("closed_on IS NULL OR closed_on >= registered_on", name="closed_after_registered"),
    )

    seeker_no: Mapped[str] = mapped_column(String(20), unique=True)
    person_id: Mapped[int] = ref_fk("persons.id")
    registered_on: Mapped[date] = mapped_column(index=True)
    desired_work: Mapped[str] = mapped_column(Text, default="")
    desired_employment_type_id: Mapped[int | None] = code_fk("employment_type", nullable=True)
    closed_on: Mapped[date | None]
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


class JobDeskUse(RecordMixin, Base):
    """One use of the desk (相談 / 求人紹介 / 応募書類 / 面接同行 …)."""

    __tablename__ = "job_desk_uses"

    seeker_id: Mapped[int] = ref_fk("job_seekers.id")
    used_on: Mapped[date] = mapped_column(index=True)
    kind_id: Mapped[int] = code_fk("job_desk_use")
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


class Employer(RecordMixin, Base):
    """An employer the job-placement desk works with; ``developed_on`` is when newly approached (開拓)."""

    __tablename__ = "employers"
    __table_args__ = (UniqueConstraint("name", "address"),)

    name: Mapped[str]
    name_kana: Mapped[str] = mapped_column(default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    developed_on: Mapped[date | None] = mapped_column(index=True)  # newly approached (開拓)
    developed_by_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")


class JobPosting(RecordMixin, Base):
    """A job posted at the desk by an employer."""

    __tablename__ = "job_postings"
    __table_args__ = (
        CheckConstraint("openings >= 1", name="openings_positive"),
        CheckConstraint("closes_on IS NULL OR closes_on >= posted_on", name="period_order"),
        CheckConstraint("wage_yen IS NULL OR wage_yen >= 0", name="wage_nonneg"),
    )

    employer_id: Mapped[int] = ref_fk("employers.id")
    posted_on: Mapped[date] = mapped_column(index=True)
    closes_on: Mapped[date | None]
    title: Mapped[str] = mapped_column(String(200))
    employment_type_id: Mapped[int | None] = code_fk("employment_type", nullable=True)
    wage_yen: Mapped[int | None] = mapped_column(Yen)
    wage_unit: Mapped[str] = mapped_column(String(10), default="時給")
    openings: Mapped[int] = mapped_column(default=1)
    note: Mapped[str] = mapped_column(Text, default="")


class JobPlacement(RecordMixin, Base):
    """A job start that came through the desk (就職者数)."""

    __tablename__ = "job_placements"

    seeker_id: Mapped[int] = ref_fk("job_seekers.id")
    employer_id: Mapped[int] = ref_fk("employers.id")
    posting_id: Mapped[int | None] = ref_fk("job_postings.id", nullable=True)
    placed_on: Mapped[date] = mapped_column(index=True)
    employment_type_id: Mapped[int | None] = code_fk("employment_type", nullable=True)
    staff_id: Mapped[int | None] = staff_fk()
    note: Mapped[str] = mapped_column(Text, default="")
