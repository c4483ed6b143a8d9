"""Where a ledger lives: a SQLite file on this PC, or a PostgreSQL database on the office
server (``postgresql://user@host[:port]/dbname``).

A server URL never carries a password in Yorisoi's settings: libpq reads the standard
password file (``~/.pgpass``, ``%APPDATA%\\postgresql\\pgpass.conf`` or ``PGPASSFILE``), and
otherwise the program asks for it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from app.domain.errors import StorageError

SERVER_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class ServerLocation:
    user: str
    host: str
    port: int
    database: str
    password: str | None = None  # only when typed into the URL on the command line

    @property
    def description(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def sqlalchemy_url(self):  # -> sqlalchemy.URL
        from sqlalchemy import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )


Location = Path | ServerLocation


def is_server_url(text: str) -> bool:
    return text.split("://", 1)[0].lower() in SERVER_SCHEMES and "://" in text


def parse_location(text: str | os.PathLike[str]) -> Location:
    """A path (made absolute) or a server location; StorageError for a malformed URL."""
    raw = os.fspath(text)
    if not is_server_url(raw):
        try:
            return Path(raw).expanduser().resolve()
        except (ValueError, RuntimeError, OSError) as exc:  # NUL in the name, "~unknown-user", …
            raise StorageError(f"台帳の場所として使えません: {raw}（{exc}）") from exc
    malformed = StorageError(
        f"サーバーの台帳の指定が正しくありません: {raw}（例: postgresql://利用者名@サーバー名/データベース名）"
    )
    try:  # ValueError: "[" without "]", a host that NFKC turns into a separator
        parts = urlsplit(raw)
        hostname = parts.hostname
    except ValueError as exc:
        raise malformed from exc
    database = unquote(parts.path.lstrip("/"))
    if not hostname or not database or "/" in parts.path.lstrip("/") or "\x00" in unquote(raw):
        raise malformed
    try:
        port = parts.port or 5432
    except ValueError as exc:
        raise StorageError(f"ポート番号が正しくありません: {raw}") from exc
    user = unquote(parts.username) if parts.username else os.environ.get("PGUSER") or _login_name()
    password = unquote(parts.password) if parts.password else None
    return ServerLocation(user=user, host=hostname, port=port, database=database, password=password)


def _login_name() -> str:
    import getpass

    return getpass.getuser()


def describe(location: Location) -> str:
    """How the status bar and messages name the ledger."""
    if isinstance(location, ServerLocation):
        return f"サーバー {location.description}"
    return str(location)
