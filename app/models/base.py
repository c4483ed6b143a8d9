"""Declarative base, shared column types and mixins for every table.

Rules the whole schema follows (see ../shared/conventions.md):
- money is integer yen (``Integer``/``BigInteger``), never float or Numeric;
- calendar dates are ``date``; system timestamps are UTC (``UTCDateTime``);
- categories are rows of the seeded ``codes`` table, referenced through ``code_fk(kind)``,
  whose ``RESTRICT`` foreign key is what stops a used code from ever being deleted;
- nothing here is SQLite-only, so the same schema runs on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and always returned timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC timestamp column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(200),
        int: Integer(),
        date: Date(),
        time: Time(),
        datetime: UTCDateTime(),
    }


Yen = BigInteger  # integer yen; BigInteger so totals over years never overflow on PostgreSQL


class RecordMixin:
    """Surrogate id, UTC created/updated stamps and an optimistic-lock version.

    ``version`` is SQLAlchemy's version counter: an UPDATE that finds another writer has
    changed the row since it was read raises ``StaleDataError`` (turned into ConflictError).
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def code_fk(kind: str, *, nullable: bool = False, index: bool = True) -> Any:
    """A foreign key to ``codes.id`` that must hold a code of ``kind``.

    The kind is recorded in the column's ``info`` so services validate it and ``yorisoi check``
    can verify it; the database guards existence and forbids deleting a used code.
    """
    return mapped_column(
        ForeignKey("codes.id", ondelete="RESTRICT"),
        nullable=nullable,
        index=index,
        info={"code_kind": kind},
    )


def staff_fk(*, nullable: bool = True) -> Any:
    return mapped_column(ForeignKey("staff_members.id", ondelete="RESTRICT"), nullable=nullable, index=True)


def ref_fk(target: str, *, nullable: bool = False, cascade: bool = False, primary_key: bool = False) -> Any:
    """A foreign key to ``target`` (``table.id``); ``cascade`` for parts owned by the parent."""
    return mapped_column(
        ForeignKey(target, ondelete="CASCADE" if cascade else "RESTRICT"),
        nullable=nullable,
        index=not primary_key,
        primary_key=primary_key,
    )


__all__ = [
    "Base",
    "BigInteger",
    "Date",
    "ForeignKey",
    "RecordMixin",
    "Text",
    "UTCDateTime",
    "Yen",
    "code_fk",
    "ref_fk",
    "staff_fk",
    "utc_now",
]
