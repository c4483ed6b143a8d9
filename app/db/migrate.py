"""Schema versions: what revision a ledger is at, and bringing it to head.

Revision ids are the four-digit prefixes of the files in ``migrations/versions``
(``0001_initial.py`` is revision ``0001``), so opening a ledger that is already current
never imports alembic (about a second of start-up). A test checks that alembic's own view
of the scripts agrees with this.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from app.domain.errors import MigrationError, StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x59_4F_52_49  # "YORI": the advisory lock held while migrating a server
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    return [m.group(1) for n in names if (m := _REVISION_FILE.match(n))]


def head_revision() -> str:
    revisions = known_revisions()
    if not revisions:  # pragma: no cover - a broken install
        raise MigrationError("移行スクリプトが見つかりません（インストールが壊れています）")
    return revisions[-1]


class SchemaState(Enum):
    EMPTY = "empty"  # a new file: no tables at all
    CURRENT = "current"
    BEHIND = "behind"  # an older Yorisoi wrote it: migrate (after a backup)
    NEWER = "newer"  # a newer Yorisoi wrote it: refuse
    FOREIGN = "foreign"  # tables, but not a Yorisoi ledger


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            revision = current_revision(conn)
    except Exception as exc:  # "file is not a database", "permission denied" and the like
        what = "台帳ファイル" if engine.dialect.name == "sqlite" else "サーバーの台帳"
        raise StorageError(f"{what}として読めません: {getattr(exc, 'orig', exc)}") from exc
    if revision is None:
        return (SchemaState.EMPTY if not tables else SchemaState.FOREIGN), None
    known = known_revisions()
    if revision == known[-1]:
        return SchemaState.CURRENT, revision
    if revision in known:
        return SchemaState.BEHIND, revision
    return SchemaState.NEWER, revision


def alembic_config(conn: Connection | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade_to_head(engine: Engine, on_create: Callable[[Connection], None] | None = None) -> bool:
    """Apply every missing migration in one transaction; returns True if this call created
    the schema (and then ran ``on_create`` in the same transaction).

    Foreign keys are switched off while tables are rebuilt (SQLite batch mode) and the whole
    ledger is checked with ``foreign_key_check`` before the transaction commits.
    """
    import logging.config  # noqa: F401 - alembic needs it; imported here for pyinstaller too

    from alembic import command
    from sqlalchemy.exc import DBAPIError

    try:
        return _upgrade(engine, on_create, command)
    except DBAPIError as exc:
        raise MigrationError(
            f"台帳の形式を更新できませんでした: {exc.orig}\n"
            "サーバーの台帳は、管理者の利用者名で「yorisoi init --ledger postgresql://…」を実行して更新してください。"
        ) from exc


def _upgrade(engine: Engine, on_create: Callable[[Connection], None] | None, command) -> bool:

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        # outside any transaction (inside one SQLite ignores it): on the raw connection
        raw = conn.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if not sqlite:  # two PCs starting a new version at once: one migrates, one waits
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                created = current_revision(conn) is None
                command.upgrade(alembic_config(conn), "head")
                if created and on_create is not None:
                    on_create(conn)
                if sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise MigrationError(f"移行後の外部キー検査で不整合が見つかりました: {bad[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
    return created
