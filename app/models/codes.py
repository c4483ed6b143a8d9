"""Seeded, administrator-editable categories (code tables).

Every list of categories in ledger.md and household-budget.md is a ``CodeKind`` with its
``Code`` rows. ``Code.code`` is a stable ASCII key (statistics and reports refer to it),
``label`` is what the staff read. A code is added or retired (``retired_on``), never deleted
once a record uses it: every reference is a ``RESTRICT`` foreign key.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin


class CodeKind(Base):
    """A list of categories (e.g. consultation topics), seeded and extendable."""

    __tablename__ = "code_kinds"

    kind: Mapped[str] = mapped_column(primary_key=True)
    label: Mapped[str]
    description: Mapped[str] = mapped_column(Text, default="")
    # True where one record may hold several codes of this kind (topics, 課題, 本人の変化)
    multiple: Mapped[bool] = mapped_column(default=False)
    # False for kinds whose codes the statistics depend on by key (programmes, review kinds)
    extendable: Mapped[bool] = mapped_column(default=True)

    codes: Mapped[list[Code]] = relationship(back_populates="kind_row", order_by="Code.position")


class Code(RecordMixin, Base):
    """One category of a code kind: stable key, Japanese label, order, retirement."""

    __tablename__ = "codes"
    __table_args__ = (
        UniqueConstraint("kind", "code"),
        CheckConstraint("code <> ''", name="code_not_empty"),
        CheckConstraint("label <> ''", name="label_not_empty"),
    )

    kind: Mapped[str] = mapped_column(ForeignKey("code_kinds.kind", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column()
    label: Mapped[str]
    short_label: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("codes.id", ondelete="RESTRICT"), index=True)
    # kind-specific attributes, e.g. a meeting kind's colour and secrecy, a row's feed
    attrs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    builtin: Mapped[bool] = mapped_column(default=True)
    retired_on: Mapped[date | None]

    kind_row: Mapped[CodeKind] = relationship(back_populates="codes")

    @property
    def active(self) -> bool:
        return self.retired_on is None


def code_set(name: str, owner: str, kind: str) -> Table:
    """Association table for a multi-select of codes of ``kind`` owned by one ``owner`` row."""
    return Table(
        name,
        Base.metadata,
        Column(
            "owner_id",
            ForeignKey(f"{owner}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            "code_id",
            ForeignKey("codes.id", ondelete="RESTRICT"),
            primary_key=True,
            index=True,
            info={"code_kind": kind},
        ),
    )


def link_set(name: str, owner: str, target: str) -> Table:
    """Association table linking one record to many rows of ``target`` (agencies, staff)."""
    return Table(
        name,
        Base.metadata,
        Column("owner_id", ForeignKey(f"{owner}.id", ondelete="CASCADE"), primary_key=True),
        Column(
            "target_id",
            ForeignKey(f"{target}.id", ondelete="RESTRICT"),
            primary_key=True,
            index=True,
        ),
    )
