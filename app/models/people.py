"""Persons (the one record every form points to) and their household members."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, code_fk, ref_fk


class Person(RecordMixin, Base):
    """氏名・ふりがな・性別・生年月日・住所・電話: what the national forms copy onto every sheet.

    Readings are stored in hiragana. ``search_key`` (name and reading folded: kana, width,
    spaces) and ``phone_key`` (digits of both phones) are maintained by the service for search
    and the duplicate check at intake.
    """

    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("family_name <> ''", name="family_name_not_empty"),
        Index("ix_persons_reading_birth", "family_kana", "given_kana", "birth_date"),
    )

    person_no: Mapped[str] = mapped_column(String(20), unique=True)
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_kana: Mapped[str] = mapped_column(String(100), default="")
    given_kana: Mapped[str] = mapped_column(String(100), default="")
    gender_id: Mapped[int | None] = code_fk("gender", nullable=True)
    gender_note: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None]
    postal_code: Mapped[str] = mapped_column(String(8), default="")  # 7 digits, no hyphen
    address: Mapped[str] = mapped_column(String(300), default="")
    phone_home: Mapped[str] = mapped_column(String(40), default="")
    phone_mobile: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    foreign_national: Mapped[bool] = mapped_column(default=False)
    preferred_language: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    reading_key: Mapped[str] = mapped_column(String(200), default="", index=True)  # 五十音
    phone_key: Mapped[str] = mapped_column(String(60), default="", index=True)
    deceased_on: Mapped[date | None]

    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="HouseholdMember.position"
    )

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()

    @property
    def full_kana(self) -> str:
        return f"{self.family_kana} {self.given_kana}".strip()


class HouseholdMember(RecordMixin, Base):
    """A member of the person's household (続柄, 生年月日, 同居, 就労, 健康).

    Budget sheets and the cash-flow table take ages from here.
    """

    __tablename__ = "household_members"

    person_id: Mapped[int] = ref_fk("persons.id", cascade=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100), default="")
    name_kana: Mapped[str] = mapped_column(String(100), default="")
    relationship_id: Mapped[int] = code_fk("relationship")
    birth_date: Mapped[date | None]
    lives_together: Mapped[bool] = mapped_column(default=True)
    employment: Mapped[str] = mapped_column(String(200), default="")
    health: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="household")
