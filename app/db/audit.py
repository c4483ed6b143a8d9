"""The audit trail: who created, changed, deleted, viewed, printed or exported what.

- ``install_audit(sessionmaker)``: after every ORM flush, one ``audit_log`` row per created,
  changed or deleted ORM object, written on the flush's connection, so it commits or rolls
  back with the change itself. Changed rows list the NAMES of the columns whose values
  changed (from the attribute history), never a value. Core statements
  (``session.execute(insert(...))``, the demo builder's bulk inserts) bypass ORM events and
  are not audited row by row; their callers record one summary entry with ``record()``.
- ``record(session, action, ...)``: an explicit entry (view, print, export, import,
  restore, sign-in, ...) in the caller's transaction.
- The hash chain: ``hash = sha256(prev_hash + "\\n" + canonical(entry))``; ids are assigned
  here (previous id + 1), so a removed row shows as a gap or a broken link. Appends are
  serialised: on SQLite by the ledger's single writer (and SQLite's own write lock); on
  PostgreSQL by ``pg_advisory_xact_lock(AUDIT_LOCK_KEY)``, held to the end of the writing
  transaction (so the chain has no forks even with several PCs writing).
- ``verify_chain(connection)``: recomputes the chain (read-only).

Who acts: ``current_staff()`` is the signed-in member (``set_current_staff``, process-wide:
the GUI's worker threads do not inherit context variables), overridden by ``acting_as``
(this context) and ``attribute_to(session, staff_id)`` (one session).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.state import InstanceState

from app.domain.errors import PermissionDeniedError
from app.models.security import AUDIT_ACTIONS, AuditEntry

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x59_41_55_44  # "YAUD": serialises appends to the chain on PostgreSQL
NOT_AUDITED = frozenset({"audit_log", "number_sequences"})  # the log itself; counters carry no data
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version"})
DETAIL_MAX = 200
_TABLE = AuditEntry.__table__

# ---- who is acting ---------------------------------------------------------------------
_signed_in: int | None = None
_signed_in_role: str | None = None
_override: ContextVar[tuple[int | None] | None] = ContextVar("yorisoi_audit_staff", default=None)
_SESSION_KEY = "audit_staff"
_AUTH_KEY = "auth_bookkeeping"
ADMIN_TABLES = frozenset({"staff_members", "staff_credentials", "code_kinds", "codes"})


def mark_auth_bookkeeping(session: Session) -> None:
    """This session only updates sign-in bookkeeping (failure counters, a member's own
    password, a rehash): allowed whatever the signed-in role is."""
    session.info[_AUTH_KEY] = True


def check_role(session: Session, role: str | None) -> None:
    """Refuse a flush the role may not make (PermissionDeniedError, nothing written): 閲覧
    changes nothing; 相談員 changes no staff, login or code table. No role (the command
    line, a test, before sign-in) and 管理者 are not limited here; the services check the
    administrator-only verbs themselves."""
    if role in (None, "admin") or session.info.get(_AUTH_KEY):
        return
    changed = {
        obj.__table__.name
        for obj in (*session.new, *session.deleted, *(o for o in session.dirty if session.is_modified(o)))
        if getattr(obj, "__table__", None) is not None
    } - NOT_AUDITED
    if not changed:
        return
    if role == "viewer":
        raise PermissionDeniedError(
            "閲覧の権限では記録を変更できません。変更が必要なときは相談員か管理者に頼んでください。"
        )
    if changed & ADMIN_TABLES:
        raise PermissionDeniedError("職員・ログイン・分類コードの変更には「管理者」の権限が必要です")


def set_current_staff(staff_id: int | None, role: str | None = None) -> None:
    """The staff member signed in to this program and their access role (None when signed
    out); the GUI calls it at sign-in and sign-out. Process-wide on purpose: writes run on
    worker threads, which do not see a context variable set on the GUI thread. While a role
    is set, every flush is checked against it (``check_role``): 閲覧 writes nothing, 相談員
    does not change staff, logins or code tables."""
    global _signed_in, _signed_in_role
    _signed_in, _signed_in_role = staff_id, role


def current_role() -> str | None:
    return _signed_in_role


def current_staff() -> int | None:
    """Who the audit trail attributes a change to when nothing more specific was said."""
    override = _override.get()
    return override[0] if override is not None else _signed_in


@contextmanager
def acting_as(staff_id: int | None) -> Iterator[None]:
    """Attribute every audited change made in this context (thread/task) to ``staff_id``."""
    token = _override.set((staff_id,))
    try:
        yield
    finally:
        _override.reset(token)


def attribute_to(session: Session, staff_id: int | None) -> None:
    """Attribute the automatic entries of this session's flushes to ``staff_id``."""
    session.info[_SESSION_KEY] = (staff_id,)


def _staff_for(session: Session, current: Callable[[], int | None]) -> int | None:
    pinned = session.info.get(_SESSION_KEY)
    return pinned[0] if pinned is not None else current()


# ---- the chain -------------------------------------------------------------------------
def _canonical_time(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def entry_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """The hash of one entry given the previous entry's hash (the chain's one definition)."""
    canonical = json.dumps(
        [
            row["id"], _canonical_time(row["at"]), row["staff_id"], row["action"], row["table_name"],
            row["record_id"], row["fields"], row["detail"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )  # fmt: skip
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def lock_chain(session: Session) -> None:
    """Serialise with every other writer of the chain until this transaction ends (PostgreSQL;
    on SQLite the ledger's single writer already does). Services that read-then-write a
    counter (failed sign-ins) or check-then-create (the first administrator) call it first."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})


def _append(conn: Connection, entries: Sequence[dict[str, Any]]) -> None:
    """Chain and insert ``entries`` (dicts without id/hashes) on ``conn``'s transaction."""
    if not entries:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    tail = conn.execute(select(_TABLE.c.id, _TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1)).first()
    last_id, prev = (tail.id, tail.hash) if tail is not None else (0, GENESIS)
    rows = []
    for entry in entries:
        last_id += 1
        row = {**entry, "id": last_id, "prev_hash": prev}
        row["hash"] = prev = entry_hash(prev, row)
        rows.append(row)
    conn.execute(insert(_TABLE), rows)


def _entry(
    action: str, table: str, record_id: int | None, *, fields: str = "", detail: str = "", staff_id: int | None
) -> dict[str, Any]:
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    return {
        "at": datetime.now(UTC),
        "staff_id": staff_id,
        "action": action,
        "table_name": table,
        "record_id": record_id,
        "fields": fields,
        "detail": detail[:DETAIL_MAX],
    }


class _Current:
    def __repr__(self) -> str:
        return "CURRENT"


CURRENT: Any = _Current()  # record()'s default: whoever current_staff() says


def record(
    session: Session,
    action: str,
    table: str = "",
    record_id: int | None = None,
    detail: str = "",
    staff_id: int | None = CURRENT,
    *,
    fields: Sequence[str] = (),
) -> None:
    """Append one explicit entry in ``session``'s transaction (it commits with the caller's
    transaction). ``detail`` must be short and non-sensitive: a login id, a count, a file's
    kind — never a name, a note or a password. ``staff_id`` defaults to the acting staff;
    pass None explicitly for an unknown actor (a failed sign-in with an unknown id)."""
    if staff_id is CURRENT:
        staff_id = _staff_for(session, current_staff)
    _append(
        session.connection(),
        [_entry(action, table, record_id, fields=",".join(fields), detail=detail, staff_id=staff_id)],
    )


# ---- automatic entries from ORM flushes ------------------------------------------------
def _record_id(state: InstanceState) -> tuple[int | None, str]:
    """The record's integer id, or (None, "col=value,...") for a composite or text key."""
    mapper = state.mapper
    values = [state.dict.get(mapper.get_property_by_column(c).key) for c in mapper.primary_key]
    if len(values) == 1 and isinstance(values[0], int):
        return values[0], ""
    return None, ",".join(f"{c.name}={v}" for c, v in zip(mapper.primary_key, values, strict=True))[:DETAIL_MAX]


def _given_fields(state: InstanceState) -> list[str]:
    names = [
        a.key for a in state.mapper.column_attrs if a.key not in BOOKKEEPING and state.dict.get(a.key) not in (None, "")
    ]
    names += [r.key for r in state.mapper.relationships if r.secondary is not None and state.dict.get(r.key)]
    return names


def _changed_fields(state: InstanceState) -> list[str]:
    names = [
        a.key
        for a in state.mapper.column_attrs
        if a.key not in BOOKKEEPING and state.attrs[a.key].history.has_changes()
    ]
    names += [
        r.key
        for r in state.mapper.relationships
        if r.secondary is not None and state.attrs[r.key].history.has_changes()
    ]
    return names


def _flush_entries(session: Session, flush_context: Any, staff_id: int | None) -> list[dict[str, Any]]:
    new = {id(o) for o in session.new}
    entries = []
    for state, (isdelete, _listonly) in list(flush_context.states.items()):
        table = state.mapper.local_table.name
        if table in NOT_AUDITED:
            continue
        if isdelete:
            action, names = "delete", []
        elif id(state.obj()) in new:
            action, names = "create", _given_fields(state)
        else:
            action, names = "update", _changed_fields(state)
            if not names:
                continue
        record_id, key_text = _record_id(state)
        entries.append(_entry(action, table, record_id, fields=",".join(names), detail=key_text, staff_id=staff_id))
    entries.sort(key=lambda e: (e["table_name"], e["record_id"] or 0, e["action"]))  # stable chain order
    return entries


def install_audit(
    factory: sessionmaker[Session] | type[Session], current: Callable[[], int | None] = current_staff
) -> None:
    """Audit every flush of sessions made by ``factory`` (idempotent). ``current`` says who
    acts when the session was not ``attribute_to``-pinned."""
    if getattr(factory, "_yorisoi_audited", False):
        return

    def _after_flush(session: Session, flush_context: Any) -> None:
        # history and session.new still show the flush's changes here (SQLAlchemy contract)
        _append(session.connection(), _flush_entries(session, flush_context, _staff_for(session, current)))

    def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
        check_role(session, current_role())

    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    factory._yorisoi_audited = True  # type: ignore[union-attr]


# ---- verification ----------------------------------------------------------------------
@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int  # entries checked
    first_bad_id: int | None = None
    last_id: int = 0  # the newest entry checked and its hash: an anchor for the next check
    last_hash: str = GENESIS


def verify_chain(conn: Connection | Session, *, after: tuple[int, str] | None = None) -> ChainReport:
    """Recompute the chain from the first entry — or, with ``after`` = (id, hash) of an entry
    checked before (an anchor kept outside the ledger), check that this entry still has
    that hash and go on from it. The id of the first entry whose id, link or hash does not
    match (a changed, removed or inserted row), or ok. Reads only.

    The chain has no secret: whoever can write the file could recompute every later hash.
    The anchor is what catches that: history rewritten before it no longer ends in the
    hash remembered outside the ledger."""
    prev, expected_id, count = GENESIS, 1, 0
    columns = [_TABLE.c[n] for n in ("id", "at", "staff_id", "action", "table_name", "record_id", "fields", "detail")]
    query = select(*columns, _TABLE.c.prev_hash, _TABLE.c.hash).order_by(_TABLE.c.id)
    if after is not None and after[0] > 0:
        anchor_id, anchor_hash = after
        stored = conn.execute(select(_TABLE.c.hash).where(_TABLE.c.id == anchor_id)).scalar()
        if stored != anchor_hash:
            return ChainReport(False, 0, anchor_id, anchor_id, anchor_hash)
        prev, expected_id = anchor_hash, anchor_id + 1
        query = query.where(_TABLE.c.id > anchor_id)
    result = conn.execute(query.execution_options(yield_per=2000))
    for row in result:
        data = row._asdict()
        if data["id"] != expected_id or data["prev_hash"] != prev or entry_hash(prev, data) != data["hash"]:
            result.close()
            return ChainReport(False, count, data["id"], expected_id - 1, prev)
        prev, expected_id, count = data["hash"], expected_id + 1, count + 1
    return ChainReport(True, count, None, expected_id - 1, prev)
