"""Online backups with SQLite's backup API (never a file copy: a copy of a live WAL ledger
can be torn). The copy goes to a temporary file, is fsynced, reopened and integrity-checked,
then renamed into place, so a backup that exists under its final name is a good one."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.domain.errors import StorageError


def backup_name(ledger: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{ledger.stem}-{stamp}-{reason}.sqlite3"


def online_backup(ledger: Path, dest: Path, before_rename: Callable[[Path], None] | None = None) -> Path:
    """Copy ``ledger`` to ``dest`` through the backup API; return ``dest``.

    ``before_rename(part)`` runs on the checked copy before it takes its final name (the
    caller writes its checksum there, so a backup under its final name always has one, even
    when the program is killed at any moment). Raises StorageError (and leaves no file at
    ``dest``) if the copy fails its check.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{ledger.as_posix()}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        check = sqlite3.connect(f"file:{tmp.as_posix()}?mode=ro", uri=True)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if result != "ok":
            raise StorageError(f"バックアップの検査に失敗しました: {result}")
        if before_rename is not None:
            before_rename(tmp)
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise StorageError(f"バックアップを作成できません: {exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest
