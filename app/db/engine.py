"""SQLAlchemy engine for a ledger file, with the pragmas every connection needs.

Every connection: ``foreign_keys=ON``, WAL journal, ``synchronous=FULL`` (a committed write
survives a power cut), ``busy_timeout``. pysqlite's own transaction handling is switched
off and SQLAlchemy emits ``BEGIN`` itself, so transactions (and SAVEPOINTs) are real.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.as_posix()}"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(
        sqlite_url(path, read_only=read_only),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=FULL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_server_engine(location, password: str | None = None) -> Engine:
    """Engine for a PostgreSQL ledger. The password, when not in the URL, comes from libpq's
    password file or from ``password`` (asked for once, kept only in memory)."""
    connect_args: dict[str, Any] = {"application_name": "yorisoi", "connect_timeout": 5}
    if password is not None:
        connect_args["password"] = password
    return create_engine(location.sqlalchemy_url(), pool_pre_ping=True, connect_args=connect_args)
