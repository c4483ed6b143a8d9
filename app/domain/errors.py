"""The one error hierarchy of Yorisoi.

Services raise these; the CLI and the views turn them into messages. Every message is
Japanese first (the staff's language); ``FieldError.code`` is a stable identifier a view can
use to choose its own wording or a translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class LedgerError(Exception):
    """Base of every error Yorisoi raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field.

    ``field`` is the draft attribute name (``birth_date``), ``label`` the Japanese field name
    shown to the user (生年月日), ``code`` a stable identifier (``required``, ``invalid_date``).
    """

    field: str
    label: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(LedgerError):
    """Input was rejected; nothing was written. Carries one error per offending field."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("\n".join(str(e) for e in self.errors) or "入力に誤りがあります")

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(e.field for e in self.errors)


class NotFoundError(LedgerError):
    """A record asked for by id does not exist (or is not visible)."""


class ConflictError(LedgerError):
    """The record changed since it was read, or a unique value is already taken.

    ``changes`` lists (field label, value now saved, value you entered) for a record someone
    else saved in between, so the user can reload or re-apply knowingly.
    """

    def __init__(self, message: str, changes: Iterable[tuple[str, str, str]] = ()) -> None:
        self.changes: tuple[tuple[str, str, str], ...] = tuple(changes)
        if self.changes:
            message += "\n" + "\n".join(
                f"・{label}: 保存済み「{now}」／入力「{mine}」" for label, now, mine in self.changes
            )
        super().__init__(message)


class StorageError(LedgerError):
    """The ledger file cannot be opened, read or written."""


class LedgerLockedError(StorageError):
    """Another program holds the ledger for writing."""

    def __init__(self, path: str, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            f"台帳は他のプログラムが使用中です（{holder}）。\n"
            f"同じ台帳を同時に書き込めるのは一つのプログラムだけです: {path}"
        )


class MigrationError(StorageError):
    """The ledger's schema cannot be brought to this version (e.g. written by a newer one)."""


class PermissionDeniedError(LedgerError):
    """The signed-in staff member's role does not allow this action."""
