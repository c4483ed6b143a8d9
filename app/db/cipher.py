"""Encryption at rest of ledger files (SQLCipher through ``sqlcipher3``).

One ledger passphrase encrypts the ledger file, its -wal and its backups; it is entered once
when the program starts. Staff passwords are something else: Argon2id hashes stored *inside*
the ledger, so changing one never re-encrypts the file.

Every file ledger connection — plain or encrypted — comes from ``connect`` here, so there is
one SQLite build (the one bundled with sqlcipher3). For an encrypted file the first statement
on a new connection is ``PRAGMA key`` with a *raw* key: PBKDF2-HMAC-SHA512 of the passphrase
(NFKC-normalised, UTF-8) over the file's 16-byte salt (its first 16 bytes), 256,000 rounds —
exactly what SQLCipher 4 derives from ``PRAGMA key = 'passphrase'``, so the sqlcipher shell
opens the files with the passphrase. Deriving the key here, once per (passphrase, salt) in the
process, instead of letting SQLCipher derive it on each connection saves about 0.15 s per
connection (the pool, every backup, every check). A backup gets the ledger's salt and key, so
one derivation serves the ledger and all its backups.

A wrong passphrase and a damaged first page look the same to SQLCipher ("file is not a
database"): ``passphrase_status`` tells them apart with the newest backup, which the same
passphrase opens only when the passphrase is right. Qt-free.
"""

from __future__ import annotations

import functools
import hashlib
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from app.domain.errors import StorageError

PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
MIN_PAGE_SIZE = 512
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512)
MIN_PASSPHRASE_LENGTH = 12
PASSPHRASE_ENV = "YORISOI_PASSPHRASE"
NEW_PASSPHRASE_ENV = "YORISOI_NEW_PASSPHRASE"  # `yorisoi passphrase` in a script: the new one
# Page cache of an encrypted ledger's engine connections (KiB, as SQLite's negative cache_size;
# set by app.db.engine, after the key, as it reads the file): a page read from the
# cache is already decrypted. With SQLite's 8 MiB default the statistics of a 1-year demo ledger
# took 1.65 times as long encrypted as plain; with 32 MiB the same as plain (docs/encryption.md).
ENCRYPTED_CACHE_KIB = 32 * 1024
SQLITE_NOTADB = 26

PassphraseStatus = Literal["ok", "wrong", "damaged"]


class WrongPassphraseError(StorageError):
    """The ledger (or backup) is encrypted and the passphrase given does not open it, or none
    was given. The message never says the file is damaged: that is a different error."""

    def __init__(self, path: Path | None = None, *, missing: bool = False) -> None:
        where = f": {path}" if path is not None else ""
        if missing:
            message = f"この台帳は暗号化されています。台帳のパスフレーズを入力してください{where}"
        else:
            message = (
                f"台帳のパスフレーズが違います{where}\n"
                "入力し直してください（大文字と小文字は区別されます）。"
                "パスフレーズはセンターの管理者が保管しています。"
            )
        super().__init__(message)
        self.path = path
        self.missing = missing


# ---- passphrases and keys ----------------------------------------------------------------------
def normalize_passphrase(passphrase: str) -> str:
    """NFKC: full-width and half-width forms typed through an IME give the same key."""
    return unicodedata.normalize("NFKC", passphrase)


def passphrase_problems(passphrase: str) -> list[str]:
    """What is wrong with a NEW passphrase (Japanese, one message per rule); [] = fine."""
    text = normalize_passphrase(passphrase)
    if not text:
        return ["パスフレーズを入力してください。"]
    problems = []
    if len(text) < MIN_PASSPHRASE_LENGTH:
        problems.append(f"パスフレーズは {MIN_PASSPHRASE_LENGTH} 文字以上にしてください（いまは {len(text)} 文字）。")
    if len(set(text)) == 1:
        problems.append("同じ文字を繰り返しただけのパスフレーズは使えません。")
    if text != text.strip():
        problems.append("パスフレーズの前後に空白を入れないでください。")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        problems.append("改行やタブなどの制御文字は使えません。")
    return problems


@functools.lru_cache(maxsize=8)
def _derive(normalized: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation; cached: one derivation per passphrase and file salt."""
    return hashlib.pbkdf2_hmac("sha512", normalized.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return _derive(normalize_passphrase(passphrase), bytes(salt))


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def _raw(key: bytes, salt: bytes | None = None) -> str:
    """The quoted raw-key literal for PRAGMA key/rekey and ATTACH … KEY (hex only: no escaping)."""
    return f"\"x'{key.hex()}{salt.hex() if salt else ''}'\""


def is_encrypted(path: Path) -> bool:
    """The file does not start with SQLite's plain header and is made of whole pages (at
    least one of 512 bytes or more, as every SQLCipher file is). An empty or missing file is
    not encrypted, nor is a file of another kind (a text file saved under the ledger's name):
    that one is reported as "not a database", not as a wrong passphrase."""
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as fh:
            head = fh.read(len(PLAIN_HEADER))
    except OSError:
        return False
    if head in (PLAIN_HEADER, bytes(len(PLAIN_HEADER))):  # zeros: a wiped header, not a salt
        return False
    return size >= MIN_PAGE_SIZE and size % MIN_PAGE_SIZE == 0


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes); None for a plain or missing one."""
    if not is_encrypted(path):
        return None
    with open(path, "rb") as fh:
        head = fh.read(SALT_BYTES)
    return head if len(head) == SALT_BYTES else None


# ---- connections -------------------------------------------------------------------------------
def dbapi() -> Any:
    """The DBAPI module of every file ledger connection (sqlcipher3's, not the stdlib's)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def is_not_a_database(exc: BaseException) -> bool:
    """SQLite's "file is not a database": a wrong key, or a damaged (or foreign) first page."""
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB or "not a database" in str(exc)


def connect(
    path: Path,
    passphrase: str | None = None,
    *,
    read_only: bool = False,
    salt: bytes | None = None,
    timeout: float = 5.0,
) -> Any:
    """A sqlcipher3 connection to ``path``; keyed first when ``passphrase`` is given (with the
    file's salt, or ``salt`` for a file that does not exist yet). Nothing is read yet: a wrong
    key shows on the first statement that reads ("file is not a database")."""
    db = dbapi()
    if read_only:
        conn = db.connect(f"file:{quote(Path(path).as_posix(), safe='/:')}?mode=ro", uri=True,
                          timeout=timeout, check_same_thread=False)  # fmt: skip
    else:
        conn = db.connect(str(path), timeout=timeout, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported by us, not on stderr
        if passphrase is not None:
            salt = file_salt(Path(path)) or salt
            if salt is None:
                raise StorageError(f"暗号化された台帳ではありません: {path}")
            conn.execute(f"PRAGMA key = {_raw(derive_key(passphrase, salt), salt)}")
            conn.execute("PRAGMA cipher_compatibility = 4")  # the format stays readable by later SQLCipher
            conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never touch the disk
    except BaseException:
        conn.close()
        raise
    return conn


def key_opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` decrypts the encrypted file's first page (reads sqlite_master).
    Another error than "not a database" (damage further in, a locked file) counts as opening:
    the key was accepted."""
    db = dbapi()
    try:
        conn = connect(path, passphrase, read_only=True)
    except StorageError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except db.Error as exc:
        return not is_not_a_database(exc)
    finally:
        conn.close()
    return True


def _newest_backup(ledger: Path) -> Path | None:
    from app.db.backups import BackupStore

    return next((i.path for i in BackupStore(ledger).list()), None)


def newest_encrypted_backup(ledger: Path) -> Path | None:
    from app.db.backups import BackupStore

    return next((i.path for i in BackupStore(ledger).list() if is_encrypted(i.path)), None)


def plain_by_its_backups(path: Path) -> bool:
    """An unreadable ledger whose newest backup is plain was a plain ledger whose first page
    is damaged (``yorisoi encrypt`` moves the plain backups away and makes an encrypted one),
    not an encrypted ledger: it must be reported as damaged, not asked a passphrase for."""
    newest = _newest_backup(path)
    return newest is not None and not is_encrypted(newest)


def passphrase_status(path: Path, passphrase: str) -> PassphraseStatus:
    """Returns "ok" when the passphrase opens the ledger (or it is plain: none needed); else
    "damaged" when it opens the newest encrypted backup of this ledger (the passphrase is
    right, the ledger's first page is not) or when the newest backup is plain (the ledger
    was plain and its first page is damaged), else "wrong". A missing ledger is judged by its
    newest encrypted backup alone ("ok" or "wrong"; "ok" without backups).

    Reads only; one key derivation per file tried (a backup shares its ledger's salt, so
    usually none for the backup)."""
    path = Path(path)
    exists = path.exists()
    if exists and not is_encrypted(path):
        return "ok"
    if exists and key_opens(path, passphrase):
        return "ok"
    if exists and plain_by_its_backups(path):
        return "damaged"
    backup = newest_encrypted_backup(path)
    if backup is None:
        return "wrong" if exists else "ok"
    if key_opens(backup, passphrase):
        return "damaged" if exists else "ok"
    return "wrong"


def cipher_version() -> str:
    """SQLCipher's version ("4.x.y community"); StorageError when the build has no SQLCipher."""
    conn = dbapi().connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        raise StorageError("SQLite に暗号化機能（SQLCipher）がありません。インストールを確認してください。")
    return str(row[0])


# ---- converting and re-keying ------------------------------------------------------------------
def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def encrypt_ledger(src: Path, dest: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plain ledger ``src`` to the new file ``dest``
    (``sqlcipher_export`` through ``dest.part``, fsynced, reopened with the key, integrity
    checked and compared table by table, then renamed). ``src`` is only read; the caller holds
    its writer lock. Raises StorageError (and leaves no ``dest``) on any failure."""
    src, dest = Path(src), Path(dest)
    if not src.is_file():
        raise StorageError(f"台帳ファイルがありません: {src}")
    if is_encrypted(src):
        raise StorageError(f"この台帳は既に暗号化されています: {src}")
    if dest.exists():
        raise StorageError(f"書き込み先のファイルが既にあります: {dest}")
    db = dbapi()
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    salt = new_salt()
    try:
        conn = connect(src)
        try:
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_raw(derive_key(passphrase, salt), salt)}", (str(part),))
            conn.execute("PRAGMA encrypted.cipher_compatibility = 4")
            conn.execute("SELECT sqlcipher_export('encrypted')")
            for pragma in ("user_version", "application_id"):  # not copied by sqlcipher_export
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA encrypted.{pragma} = {value}")
            expected = _table_counts(conn)
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
        _fsync(part)
        check = connect(part, passphrase, read_only=True)
        try:
            result = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()]
            copied = _table_counts(check)
        finally:
            check.close()
        if result != ["ok"]:
            raise StorageError(f"暗号化したコピーが整合性検査に失敗しました: {'; '.join(result[:5])}")
        if copied != expected:
            raise StorageError("暗号化したコピーの件数が元の台帳と一致しません。元の台帳はそのままです。")
        os.replace(part, dest)
    except db.Error as exc:
        raise StorageError(f"台帳を暗号化できません: {exc}") from exc
    finally:
        part.unlink(missing_ok=True)
    from app.files import fsync_dir

    fsync_dir(dest.parent)


@dataclass(frozen=True)
class Conversion:
    """What ``convert_to_encrypted`` did: the plain originals it set aside (to be deleted
    securely once the encrypted ledger is known to work)."""

    ledger: Path
    plain_ledger: Path  # the former plain file, renamed
    plain_backups: tuple[Path, ...]  # the former plain backups, moved into plain_backups_folder
    plain_backups_folder: Path | None
    first_backup: Path  # an encrypted backup made at once


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _unique(path: Path) -> Path:
    candidate, n = path, 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}")
    return candidate


def convert_to_encrypted(path: Path, passphrase: str) -> Conversion:
    """Encrypt the plain ledger ``path`` in place (``yorisoi encrypt``), under its writer lock:
    the encrypted copy is written and verified beside it, the plain file (and any -wal/-shm)
    is renamed ``<name>.plain-<stamp>``, the copy takes the ledger's name, the plain backups
    move to ``backups/plain-<stamp>/`` (so no plain backup is ever offered for a restore) and
    a first encrypted backup is made. Nothing is deleted."""
    from app.db.backups import BackupStore
    from app.db.lock import LedgerLock
    from app.files import fsync_dir

    path = Path(path)
    problems = passphrase_problems(passphrase)
    if problems:
        raise StorageError("\n".join(problems))
    stamp = _stamp()
    with LedgerLock(path, "yorisoi encrypt"):
        tmp = path.with_name(f".{path.name}.encrypting")
        tmp.unlink(missing_ok=True)
        encrypt_ledger(path, tmp, passphrase)
        aside = _unique(path.with_name(f"{path.name}.plain-{stamp}"))
        for suffix in ("", "-wal", "-shm"):
            current = path.with_name(path.name + suffix)
            if current.exists():
                os.replace(current, aside.with_name(aside.name + suffix))
        os.replace(tmp, path)
        fsync_dir(path.parent)
        store = BackupStore(path, passphrase)
        plain = [i.path for i in store.list() if not is_encrypted(i.path)]
        folder = store.folder / f"plain-{stamp}" if plain else None
        moved = []
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            for backup in plain:
                for p in (backup, backup.with_name(backup.name + ".sha256")):
                    if p.exists():
                        os.replace(p, folder / p.name)
                moved.append(folder / backup.name)
            fsync_dir(store.folder)
        first = store.make("after-encrypt").path
    return Conversion(path, aside, tuple(moved), folder, first)


@dataclass(frozen=True)
class PassphraseChange:
    ledger: Path
    rekeyed_backups: tuple[Path, ...]  # local backups now encrypted with the new passphrase
    other_backups: tuple[Path, ...]  # backups the old passphrase did not open (left as they are)


def change_passphrase(
    path: Path, old: str, new: str, *, on_backup: Callable[[Path], None] | None = None
) -> PassphraseChange:
    """Re-encrypt the ledger (``PRAGMA rekey``: every page is rewritten, in one transaction)
    and its local backups with ``new``, under the writer lock (the ledger must be closed).

    This is the LEDGER passphrase; a staff password is changed inside the ledger and never
    re-encrypts anything. Copies made with ``backup --copy-to`` keep the old passphrase.
    Raises WrongPassphraseError when ``old`` does not open the ledger, StorageError when
    ``new`` breaks a rule or the ledger is plain."""
    from app.db.backups import BackupStore
    from app.db.lock import LedgerLock

    path = Path(path)
    problems = passphrase_problems(new)
    if problems:
        raise StorageError("\n".join(problems))
    if not is_encrypted(path):
        raise StorageError(f"この台帳は暗号化されていません: {path}\n「yorisoi encrypt」で暗号化してください。")
    db = dbapi()
    with LedgerLock(path, "yorisoi passphrase"):
        if not key_opens(path, old):
            raise WrongPassphraseError(path)
        salt = file_salt(path)
        assert salt is not None
        try:
            conn = connect(path, old)
            try:
                conn.execute(f"PRAGMA rekey = {_raw(derive_key(new, salt))}")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except db.Error as exc:
            raise StorageError(f"パスフレーズを変更できません: {exc}") from exc
        if not key_opens(path, new):
            raise StorageError(f"パスフレーズの変更を確かめられませんでした: {path}")
        rekeyed, other = BackupStore(path, new).rekey(old, on_backup=on_backup)
    return PassphraseChange(path, tuple(rekeyed), tuple(other))


def rekey_file(path: Path, old: str, new: str) -> None:
    """Re-encrypt one closed encrypted file (a backup copy) with ``new``, keeping its salt."""
    salt = file_salt(path)
    if salt is None:
        raise StorageError(f"暗号化されたファイルではありません: {path}")
    conn = connect(path, old)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA rekey = {_raw(derive_key(new, salt))}")
    finally:
        conn.close()
