"""Online backups with SQLite's backup API (never a file copy: a copy of a live WAL ledger
can be torn). The copy goes to a temporary file, is fsynced, reopened and integrity-checked,
then renamed into place, so a backup that exists under its final name is a good one.

The backup of an encrypted ledger is encrypted with the same key and salt (both ends of the
backup API are keyed alike, so pages are decrypted and re-encrypted, never written plain)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.db import cipher
from app.domain.errors import StorageError


def backup_name(ledger: Path, reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{ledger.stem}-{stamp}-{reason}.sqlite3"


def online_backup(
    ledger: Path,
    dest: Path,
    before_rename: Callable[[Path], None] | None = None,
    *,
    passphrase: str | None = None,
) -> Path:
    """Copy ``ledger`` to ``dest`` through the backup API; return ``dest``.

    ``before_rename(part)`` runs on the checked copy before it takes its final name (the
    caller writes its checksum there, so a backup under its final name always has one, even
    when the program is killed at any moment). Raises StorageError (and leaves no file at
    ``dest``) if the copy fails its check; WrongPassphraseError when the ledger is encrypted
    and ``passphrase`` is missing or does not open it. A plain ledger ignores ``passphrase``.
    """
    encrypted = cipher.is_encrypted(ledger)
    if encrypted and passphrase is None:
        raise cipher.WrongPassphraseError(ledger, missing=True)
    key = passphrase if encrypted else None
    salt = cipher.file_salt(ledger) if encrypted else None
    db = cipher.dbapi()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = cipher.connect(ledger, key, read_only=True)
        try:
            out = cipher.connect(tmp, key, salt=salt)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        check = cipher.connect(tmp, key, read_only=True)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if result != "ok":
            raise StorageError(f"バックアップの検査に失敗しました: {result}")
        if before_rename is not None:
            before_rename(tmp)
        os.replace(tmp, dest)
    except db.Error as exc:
        if encrypted and cipher.is_not_a_database(exc) and not cipher.key_opens(ledger, passphrase):
            raise cipher.WrongPassphraseError(ledger) from exc
        raise StorageError(f"バックアップを作成できません: {exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest
