"""SQLAlchemy engine for a ledger file, with the pragmas every connection needs.

Every connection comes from ``app.db.cipher.connect`` (sqlcipher3's SQLite, plain files too):
an encrypted ledger is keyed before anything else, then ``foreign_keys=ON``, WAL journal,
``synchronous=FULL`` (a committed write survives a power cut), ``busy_timeout``. pysqlite's
own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so
transactions (and SAVEPOINTs) are real.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from app.db import cipher

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.as_posix()}"


def make_engine(path: Path, *, read_only: bool = False, passphrase: str | None = None) -> Engine:
    """An engine on the ledger file ``path``; with ``passphrase`` the file is (or, when it does
    not exist yet, becomes) encrypted with it. The caller checks the passphrase first
    (``cipher.passphrase_status``): a wrong one fails on the first read as "not a database"."""
    path = Path(path)
    salt = None
    if passphrase is not None:
        salt = cipher.file_salt(path) or cipher.new_salt()  # a new file takes a fresh salt, once

    def connect() -> Any:
        conn = cipher.connect(path, passphrase, read_only=read_only, salt=salt, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.isolation_level = None
            if passphrase is not None:  # cached pages are decrypted pages (it grows as pages are read)
                conn.execute(f"PRAGMA cache_size=-{cipher.ENCRYPTED_CACHE_KIB}")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
        except BaseException:
            conn.close()
            raise
        return conn

    engine = create_engine(sqlite_url(path, read_only=read_only), module=cipher.dbapi(), creator=connect)

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
