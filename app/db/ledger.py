"""Opening a ledger: lock, create or migrate (after an online backup), sessions.

``Ledger.open()`` is the only way the rest of the program gets at a database. A writing
ledger holds the single-writer lock until ``close()``. A file ledger may be encrypted
(SQLCipher, ``app.db.cipher``): it is opened with its passphrase, which the Ledger keeps for
its backups (``backup_store()``).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.audit import install_audit
from app.db.backups import BackupStore
from app.db.cipher import WrongPassphraseError, is_encrypted, passphrase_status, plain_by_its_backups
from app.db.engine import make_engine, make_server_engine
from app.db.location import Location, ServerLocation, describe, parse_location
from app.db.lock import LedgerLock
from app.db.migrate import SchemaState, head_revision, schema_state, upgrade_to_head
from app.db.storage import ALLOW_ENV, hazard_allowed, storage_hazard
from app.domain.errors import ConflictError, LedgerError, MigrationError, StorageError

PasswordProvider = Callable[[ServerLocation, str], str | None]
CHANGE_CHANNEL = "yorisoi_changes"


class Ledger:
    """An open ledger: an engine, a session factory and, for a file written by this program,
    the single-writer lock. A server ledger has no lock: PostgreSQL serialises the writers
    and the version columns catch conflicting edits."""

    def __init__(
        self,
        location: Location,
        engine: Engine,
        lock: LedgerLock | None,
        *,
        read_only: bool = False,
        passphrase: str | None = None,
    ) -> None:
        self.location = location
        self.engine = engine
        self._lock = lock
        self._read_only = read_only
        self._passphrase = passphrase  # an encrypted file's passphrase (for its backups), else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        install_audit(self._sessions)  # every ORM change through transaction() leaves an audit row
        self.last_backup: Path | None = None
        self.created = False  # True when this open created the schema
        self.origin = uuid.uuid4().hex  # tells this program's change notices from others'

    @property
    def path(self) -> Path:
        """The ledger file (file ledgers only)."""
        if isinstance(self.location, ServerLocation):
            raise StorageError("サーバーの台帳にはファイルがありません")
        return self.location

    @property
    def is_server(self) -> bool:
        return isinstance(self.location, ServerLocation)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def description(self) -> str:
        return describe(self.location)

    @property
    def encrypted(self) -> bool:
        """A file ledger encrypted with a passphrase (SQLCipher)."""
        return self._passphrase is not None

    def backup_store(self) -> BackupStore:
        """The backups of this file ledger, keyed like it (an encrypted ledger's backups are
        encrypted with the same passphrase). StorageError for a server ledger."""
        return BackupStore(self.path, passphrase=self._passphrase)

    @classmethod
    def open(
        cls,
        location: Location | str,
        *,
        program: str = "yorisoi",
        create: bool = False,
        read_only: bool = False,
        password_provider: PasswordProvider | None = None,
        allow_hazard: bool = False,
        passphrase: str | None = None,
    ) -> Ledger:
        """Open a ledger file or server; with ``create`` a missing file (or an empty server
        database) becomes a new, migrated ledger.

        Raises LedgerLockedError (another writer of a file), StorageError (missing or
        unreadable file, server unreachable or refusing us, not a Yorisoi ledger),
        MigrationError (written by a newer version, or a read-only open of a ledger that
        needs migrating). A file on a network drive or in a cloud-sync folder is refused for
        writing (StorageError explaining why) unless ``allow_hazard`` or the environment
        variable ``YORISOI_ALLOW_NETWORK_LEDGER=1``.

        ``passphrase`` (file ledgers): an encrypted file needs it (WrongPassphraseError when it
        is missing or wrong; StorageError when it is right but the file's first page is
        damaged); a plain file opens plain and ignores it; with ``create`` a missing (or
        empty) file becomes an encrypted ledger when one is given, a plain one otherwise.
        """
        if isinstance(location, str):
            location = parse_location(location)
        if isinstance(location, ServerLocation):
            return cls._open_server(location, create=create, read_only=read_only, password_provider=password_provider)
        path = Path(location)
        if not read_only:
            _refuse_hazardous_path(path, allow_hazard)
        new_file = not path.exists() or path.stat().st_size == 0
        if is_encrypted(path) and not (passphrase is None and plain_by_its_backups(path)):
            _check_passphrase(path, passphrase)
        elif not new_file:
            passphrase = None  # a plain ledger opens plain
        if not path.exists():
            if not create or read_only:
                raise StorageError(
                    f"台帳ファイルがありません: {path}\n「yorisoi init --ledger パス」で新しい台帳を作成できます。"
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"台帳のフォルダを作成できません: {path.parent}（{exc}）") from exc
        lock = None if read_only else LedgerLock(path, program)
        if lock is not None:
            lock.acquire()
        try:
            engine = make_engine(path, read_only=read_only, passphrase=passphrase)
            ledger = cls(path, engine, lock, read_only=read_only, passphrase=passphrase)
            ledger._prepare_schema(create=True)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return ledger

    @classmethod
    def _open_server(
        cls, location: ServerLocation, *, create: bool, read_only: bool, password_provider: PasswordProvider | None
    ) -> Ledger:
        engine = _connect_server(location, password_provider)
        ledger = cls(location, engine, None, read_only=read_only)
        try:
            ledger._prepare_schema(create=create)
        except BaseException:
            engine.dispose()
            raise
        return ledger

    def _prepare_schema(self, *, create: bool) -> None:
        state, revision = schema_state(self.engine)
        if state is SchemaState.CURRENT:
            return
        if state is SchemaState.EMPTY and not create:
            self.engine.dispose()
            raise StorageError(
                f"台帳がまだ作成されていません: {self.description}\n「yorisoi init」で作成してください。"
            )
        if state is SchemaState.NEWER:
            self.engine.dispose()
            raise MigrationError(
                f"この台帳は新しいバージョンの寄り添いで書かれています（スキーマ {revision}、"
                f"このバージョンは {head_revision()} まで）。寄り添いを更新してから開いてください。"
            )
        if state is SchemaState.FOREIGN:
            self.engine.dispose()
            raise StorageError(f"寄り添いの台帳ではないデータベースです: {self.path}")
        if self.read_only:
            self.engine.dispose()
            raise MigrationError(
                f"台帳の更新（スキーマ {revision} → {head_revision()}）が必要です。書き込みできる状態で開いてください。"
            )
        if state is SchemaState.BEHIND and not self.is_server:  # a server migrates in one DDL transaction
            self.last_backup = self.backup_store().make(f"before-migrate-{revision}").path
        self.created = upgrade_to_head(self.engine, on_create=_write_meta)
        if state is SchemaState.BEHIND:
            self.refresh_statistics()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits whole on normal exit, rolls back whole on any error.

        Database errors come out as LedgerError subclasses (ConflictError for a row changed
        by someone else or a unique value taken, StorageError for I/O and locking).
        """
        if self.read_only:
            raise StorageError("読み取り専用で開いた台帳には書き込めません")
        session = self._sessions()
        try:
            with session.begin():
                yield session
                if self.is_server:  # delivered to the other PCs when (and only if) this commits
                    session.execute(
                        text("SELECT pg_notify(:channel, :origin)"), {"channel": CHANGE_CHANNEL, "origin": self.origin}
                    )
        except LedgerError:
            raise
        except StaleDataError as exc:
            raise ConflictError("他の人がこの記録を変更しました。読み込み直してからやり直してください。") from exc
        except IntegrityError as exc:
            raise ConflictError(f"データベースの制約により保存できません: {exc.orig}") from exc
        except (OperationalError, DBAPIError) as exc:
            raise StorageError(f"台帳に書き込めません: {exc.orig}") from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (no commit); for services' query methods."""
        session = self._sessions()
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            raise StorageError(f"台帳を読み込めません: {exc.orig}") from exc
        finally:
            session.rollback()
            session.close()

    @property
    def server_password(self) -> str | None:
        """The password this program connected with (for a change listener), if any."""
        return getattr(self.engine, "_yorisoi_password", None)

    def refresh_statistics(self) -> None:
        """Let the database measure its tables (ANALYZE) so it picks the right indexes: after
        a bulk load (demo, import, migration). Without it SQLite chose a 4-valued index for
        the agenda's look-ups and took seconds where it needs a tenth."""
        if self.read_only:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()

    def close(self) -> None:
        """Close the connections and release the writer lock; a SQLite writer first runs
        ``PRAGMA optimize`` (cheap: it re-measures only what changed enough to matter)."""
        if not self.is_server and not self.read_only:
            # closing must not fail over an optimisation
            with contextlib.suppress(SQLAlchemyError), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_passphrase(path: Path, passphrase: str | None) -> None:
    """Before anything else is read from an encrypted file: the passphrase must open it."""
    if passphrase is None:
        raise WrongPassphraseError(path, missing=True)
    status = passphrase_status(path, passphrase)
    if status == "wrong":
        raise WrongPassphraseError(path)
    if status == "damaged":
        raise StorageError(
            f"台帳ファイルの先頭が壊れていて開けません: {path}\n"
            "「yorisoi restore --from バックアップ名」でバックアップから復元してください（yorisoi backup --list で一覧）。"
        )


def _refuse_hazardous_path(path: Path, allow_hazard: bool) -> None:
    if allow_hazard or hazard_allowed():
        return
    hazard = storage_hazard(path)
    if hazard is not None:
        raise StorageError(
            f"{hazard}\nそれでもこの場所で書き込む場合は（自己責任で）環境変数 {ALLOW_ENV}=1 を設定して起動してください。"
        )


_AUTH_FAILURES = ("no password supplied", "password authentication failed", "fe_sendauth")


def _connect_server(location: ServerLocation, password_provider: PasswordProvider | None) -> Engine:
    """An engine whose first connection succeeded; asks for a password (once) when the
    server wants one that neither the URL nor the password file gave."""
    password = location.password
    for attempt in range(2):
        engine = make_server_engine(location, password)
        try:
            with engine.connect():
                pass
        except OperationalError as exc:
            engine.dispose()
            message = str(exc.orig)
            if attempt == 0 and password_provider is not None and any(m in message for m in _AUTH_FAILURES):
                password = password_provider(location, message)
                if password is not None:
                    continue
            raise StorageError(f"サーバーの台帳に接続できません（{location.description}）: {message.strip()}") from exc
        engine._yorisoi_password = password  # type: ignore[attr-defined]
        return engine
    raise AssertionError("unreachable")


def _write_meta(conn: Connection) -> None:
    """The new ledger's identity, written in the transaction that created its schema."""
    from app import __version__

    now = datetime.now(UTC).isoformat(timespec="seconds")
    for key, value in (("ledger_id", str(uuid.uuid4())), ("created_at", now), ("created_by_version", __version__)):
        conn.execute(text("INSERT INTO ledger_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
