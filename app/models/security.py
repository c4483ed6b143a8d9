"""Sign-in and the audit trail: staff credentials and the append-only, hash-chained log.

``audit_log`` is written only through ``app.db.audit`` (which computes the hash chain); the
database refuses UPDATE and DELETE on it (triggers created by migration 0002).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, staff_fk, utc_now

ACCESS_ROLES = ("admin", "counsellor", "viewer")
AUDIT_ACTIONS = (
    "view", "create", "update", "delete", "print", "export", "import", "restore",
    "sign_in", "sign_out", "sign_in_failed", "verify",
)  # fmt: skip


def _in_list(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class StaffCredential(Base):
    """A staff member's password (an Argon2id PHC string, never the password) and the
    failed sign-in counter behind the growing delay."""

    __tablename__ = "staff_credentials"
    __table_args__ = (CheckConstraint("failed_count >= 0", name="failed_count_nonneg"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change: Mapped[bool] = mapped_column(default=True)
    failed_count: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)


class AuditEntry(Base):
    """One line of the audit trail: who did what to which record, when.

    ``fields`` holds column NAMES only (comma-separated), ``detail`` short non-sensitive text;
    never a value of a record. ``id`` is assigned by the writer (previous id + 1, no gaps) and
    ``hash`` = sha256(prev_hash + canonical entry), see ``app.db.audit``.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint(_in_list("action", AUDIT_ACTIONS), name="action_valid"),
        Index("ix_audit_log_table_name_record_id", "table_name", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[int | None] = staff_fk()
    action: Mapped[str] = mapped_column(String(16), index=True)
    table_name: Mapped[str] = mapped_column(String(64), default="")
    record_id: Mapped[int | None]
    fields: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(String(200), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
