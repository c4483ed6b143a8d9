"""Opening a ledger: lock, create or migrate (after an online backup), sessions.

``Ledger.open()`` is the only way the rest of the program gets at a database. A writing
ledger holds the single-writer lock until ``close()``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.backup import backup_name, online_backup
from app.db.engine import make_engine
from app.db.lock import LedgerLock
from app.db.migrate import SchemaState, head_revision, schema_state, upgrade_to_head
from app.domain.errors import ConflictError, LedgerError, MigrationError, StorageError
from app.paths import backups_dir


class Ledger:
    """An open ledger: an engine, a session factory and (when writing) the writer's lock."""

    def __init__(self, path: Path, engine: Engine, lock: LedgerLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.last_backup: Path | None = None

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def description(self) -> str:
        return str(self.path)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        program: str = "yorisoi",
        create: bool = False,
        read_only: bool = False,
    ) -> Ledger:
        """Open ``path``; with ``create`` a missing file becomes a new, migrated ledger.

        Raises LedgerLockedError (another writer), StorageError (missing or unreadable file,
        not a Yorisoi ledger), MigrationError (written by a newer version, or a read-only
        open of a ledger that needs migrating).
        """
        path = Path(path)
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
            engine = make_engine(path, read_only=read_only)
            ledger = cls(path, engine, lock)
            ledger._prepare_schema()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return ledger

    def _prepare_schema(self) -> None:
        state, revision = schema_state(self.engine)
        if state is SchemaState.CURRENT:
            return
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
        if state is SchemaState.BEHIND:
            name = backup_name(self.path, f"before-migrate-{revision}")
            self.last_backup = online_backup(self.path, backups_dir(self.path) / name)
        upgrade_to_head(self.engine)
        if state is SchemaState.EMPTY:
            self._write_meta()

    def _write_meta(self) -> None:
        from app import __version__

        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            for key, value in (
                ("ledger_id", str(uuid.uuid4())),
                ("created_at", now),
                ("created_by_version", __version__),
            ):
                conn.execute(
                    text("INSERT INTO ledger_meta (key, value) VALUES (:k, :v)"),
                    {"k": key, "v": value},
                )

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

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
