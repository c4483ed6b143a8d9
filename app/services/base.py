"""What every service shares: the ledger, today's date, code resolution and numbering.

Contract of every public service method: a write is exactly one ``ledger.transaction()``
(all or nothing); input is validated first (ValidationError, nothing written); results
are plain frozen rows, never live ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.ledger import Ledger
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.models import Code, NumberSequence

Today = Callable[[], date]


class Service:
    def __init__(self, ledger: Ledger, today: Today = date.today) -> None:
        self._ledger = ledger
        self._today = today


def resolve_code(
    session: Session,
    kind: str,
    key: str | None,
    *,
    field: str,
    label: str,
    required: bool = True,
    allow_retired: bool = False,
) -> int | None:
    """The id of the active code ``key`` of ``kind``; ValidationError naming the field if
    it is missing, unknown or retired."""
    if key is None or key == "":
        if required:
            raise ValidationError([FieldError(field, label, "required", f"{label}を選んでください")])
        return None
    row = session.execute(select(Code.id, Code.retired_on).where(Code.kind == kind, Code.code == key)).first()
    if row is None:
        raise ValidationError([FieldError(field, label, "unknown_code", f"{label}「{key}」は登録されていません")])
    if row.retired_on is not None and not allow_retired:
        raise ValidationError([FieldError(field, label, "retired_code", f"{label}「{key}」は廃止された分類です")])
    return row.id


def resolve_codes(session: Session, kind: str, keys: Iterable[str], *, field: str, label: str) -> list[Code]:
    """The active codes for ``keys`` (in the given order); ValidationError on any bad key."""
    result = []
    for key in keys:
        code_id = resolve_code(session, kind, key, field=field, label=label)
        result.append(session.get(Code, code_id))
    return result


def code_key(session: Session, code_id: int | None) -> str | None:
    if code_id is None:
        return None
    return session.scalar(select(Code.code).where(Code.id == code_id))


def get_or_404(session: Session, model: type, ident: int, what: str):
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(f"{what}（ID {ident}）が見つかりません")
    return obj


def next_number(session: Session, name: str) -> int:
    """Advance the named counter inside the caller's transaction and return its value.

    The UPDATE takes the row's write lock first, so two writers never get the same number.
    """
    if session.get(NumberSequence, name) is None:
        try:  # another writer may create the same counter at the same moment
            with session.begin_nested():
                session.add(NumberSequence(name=name, next_value=1))
        except IntegrityError:
            pass
    seq = session.get(NumberSequence, name)
    session.execute(
        update(NumberSequence).where(NumberSequence.name == name).values(next_value=NumberSequence.next_value + 1)
    )
    session.refresh(seq)
    return seq.next_value - 1
