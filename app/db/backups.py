"""The generations of backups of one ledger file: make, list, verify, prune, restore, copy.

Every backup is made by ``online_backup`` (SQLite's backup API into a ``.part`` file, fsynced,
reopened, integrity-checked, renamed into place) and gets a sidecar ``<name>.sha256`` (in
``sha256sum`` format) written durably, so a backup can later be checked against the bytes it
had when it was known to be good. Backups live in ``backups_dir(ledger)``; their names carry
the local time they were taken and the reason (``<stem>-YYYYmmdd-HHMMSS-<reason>.sqlite3``).

The backups of an encrypted ledger are encrypted with its key (``BackupStore(path,
passphrase)``): checking their integrity and restoring them needs the passphrase; listing,
checksums and copies to a drive do not.

Qt-free. Nothing here holds a ledger session: making a backup reads the ledger through its
own read-only connection (WAL: writers are not blocked), so it may run in a worker thread
while the ledger is open. ``restore`` takes the single-writer lock: the ledger must be closed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.db import cipher
from app.db.backup import backup_name, online_backup
from app.db.lock import LedgerLock
from app.domain.errors import StorageError
from app.files import fsync_dir, write_durably
from app.paths import backups_dir

CHECKSUM_SUFFIX = ".sha256"
MANIFEST_NAME = "SHA256SUMS"
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
KEEP_ALL_WITHIN = timedelta(hours=24)
DEFAULT_EVERY = timedelta(minutes=30)
_STAMP = "%Y%m%d-%H%M%S"
_CHUNK = 1 << 20
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``verified`` is the outcome of comparing its SHA-256 with the recorded
    one: True / False, or None when ``list()`` was not asked to check (hashing every
    generation of a large ledger takes seconds); ``has_checksum`` whether one is recorded."""

    path: Path
    taken_at: datetime  # local time, from the name
    reason: str
    size: int
    has_checksum: bool
    verified: bool | None = None

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    ledger: Path
    kept_aside: tuple[Path, ...]  # the previous ledger file and its -wal/-shm, renamed
    safety_backup: Path | None  # the backup taken of the previous ledger, when it was readable


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


KEY_DOES_NOT_OPEN = (
    "このパスフレーズでは開けません（別のパスフレーズで暗号化されているか、ファイルの先頭が壊れています）"
)


def integrity_problem(path: Path, pragma: str = "integrity_check", passphrase: str | None = None) -> str | None:
    """None when SQLite finds ``path`` sound, else what it found (also "not a database").
    An encrypted file is checked with ``passphrase``; when that does not open it the answer
    says so (KEY_DOES_NOT_OPEN) instead of calling the file damaged. Without a passphrase an
    encrypted-looking file is read as a plain one ("not a database")."""
    encrypted = cipher.is_encrypted(path) and passphrase is not None
    db = cipher.dbapi()
    try:
        conn = cipher.connect(path, passphrase if encrypted else None, read_only=True)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except db.Error as exc:
        return KEY_DOES_NOT_OPEN if encrypted and cipher.is_not_a_database(exc) else str(exc)
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:5])


def due(last_backup_at: datetime | None, changed_since: bool, now: datetime, every: timedelta = DEFAULT_EVERY) -> bool:
    """Whether the scheduler should back up now: something changed since the last backup,
    and that backup is at least ``every`` old (or there is none)."""
    if not changed_since:
        return False
    return last_backup_at is None or now - last_backup_at >= every


def _parse_manifest(text: str) -> dict[str, str]:
    """``sha256sum`` lines (``<hex>  <name>`` or ``<hex> *<name>``) → {name: hex}."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.strip().split(maxsplit=1)
        if len(parts) == 2 and re.fullmatch(r"[0-9a-fA-F]{64}", parts[0]):
            out[parts[1].lstrip("*")] = parts[0].lower()
    return out


def recorded_checksum(path: Path) -> str | None:
    """The SHA-256 recorded for ``path``: its sidecar, else a ``SHA256SUMS`` beside it (an
    external copy made by ``copy_to``)."""
    for source, key in ((path.with_name(path.name + CHECKSUM_SUFFIX), None), (path.parent / MANIFEST_NAME, path.name)):
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        entries = _parse_manifest(text)
        if key is None and entries:
            return next(iter(entries.values()))
        if key is not None and key in entries:
            return entries[key]
    return None


def _unique(path: Path) -> Path:
    """``path``, or ``path.1``, ``path.2`` …: the first name not in use (never overwrite)."""
    candidate, n = path, 0
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}")
    return candidate


class BackupStore:
    """The backups of the ledger file ``ledger_path`` (file ledgers only). ``passphrase``:
    the ledger passphrase, needed when the ledger (or a backup to check or restore) is
    encrypted; a plain ledger's backups are plain."""

    def __init__(self, ledger_path: Path, passphrase: str | None = None) -> None:
        self.ledger = Path(ledger_path)
        self.passphrase = passphrase
        self.folder = backups_dir(self.ledger)
        self._pattern = re.compile(rf"^{re.escape(self.ledger.stem)}-(\d{{8}}-\d{{6}})-(.+)\.sqlite3$")

    # ---- making and listing ------------------------------------------------------------------
    def make(self, reason: str, *, now: datetime | None = None) -> BackupInfo:
        """Back up the ledger now (the ledger may be open; it is read, never written).

        Raises StorageError when the ledger is missing or unreadable or the copy fails its
        check; then no backup file is left behind."""
        if not self.ledger.exists():
            raise StorageError(f"バックアップする台帳ファイルがありません: {self.ledger}")
        reason = re.sub(r"[^0-9A-Za-z_.-]", "_", reason) or "manual"
        when = (now or datetime.now()).replace(microsecond=0)
        dest = self.folder / backup_name(self.ledger, reason, when)
        while dest.exists():  # two backups in one second: the later one takes the next second
            when += timedelta(seconds=1)
            dest = self.folder / backup_name(self.ledger, reason, when)
        self._clear_leftovers()

        def write_checksum(part: Path) -> None:  # before the copy takes its final name
            try:
                digest = sha256_of(part)
                write_durably(self._sidecar(dest), lambda out: out.write(f"{digest}  {dest.name}\n"))
            except OSError as exc:
                raise StorageError(f"バックアップのチェックサムを書き込めません: {exc}") from exc

        try:
            online_backup(self.ledger, dest, before_rename=write_checksum, passphrase=self.passphrase)
        except StorageError:
            if not dest.exists():
                self._sidecar(dest).unlink(missing_ok=True)
            raise
        fsync_dir(self.folder)
        return BackupInfo(dest, when, reason, dest.stat().st_size, has_checksum=True, verified=True)

    def _clear_leftovers(self) -> None:
        """Remove what a backup killed half-way left: ``.part`` copies (and their journals)
        and checksum files whose backup never took its name. Only files older than a
        quarter of an hour: another program may be making a backup of this ledger now."""
        if not self.folder.is_dir():
            return
        stale_before = time.time() - 15 * 60
        for p in self.folder.iterdir():
            half_copy = ".part" in p.name and p.name.startswith(self.ledger.stem)
            orphan_sum = p.name.endswith(CHECKSUM_SUFFIX) and not p.with_name(p.name[: -len(CHECKSUM_SUFFIX)]).exists()
            with contextlib.suppress(OSError):
                if (half_copy or orphan_sum) and p.stat().st_mtime < stale_before:
                    p.unlink()

    def list(self, *, check: bool = False) -> list[BackupInfo]:
        """Every backup of this ledger, newest first; with ``check`` each one's checksum is
        compared (``verified``)."""
        if not self.folder.is_dir():
            return []
        found = [info for p in self.folder.iterdir() if (info := self.info(p)) is not None]
        found.sort(key=lambda i: (i.taken_at, i.name), reverse=True)
        if check:
            found = [self._with_checksum_result(i) for i in found]
        return found

    def info(self, path: Path) -> BackupInfo | None:
        """A BackupInfo for a backup file of this ledger (None for any other file)."""
        match = self._pattern.match(path.name)
        if match is None or not path.is_file():
            return None
        try:
            taken = datetime.strptime(match.group(1), _STAMP)
        except ValueError:
            return None
        has = recorded_checksum(path) is not None
        return BackupInfo(path, taken, match.group(2), path.stat().st_size, has_checksum=has)

    def find(self, name_or_path: str | Path) -> BackupInfo:
        """A backup by file name (in the backups folder) or by path (also on an external
        drive). Raises StorageError when there is none."""
        candidate = Path(name_or_path)
        for path in (candidate, self.folder / candidate.name):
            if path.is_file():
                info = self.info(path)
                if info is not None:
                    return info
                stat = path.stat()
                taken = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
                return BackupInfo(path, taken, "", stat.st_size, has_checksum=recorded_checksum(path) is not None)
        raise StorageError(
            f"バックアップが見つかりません: {name_or_path}\n「yorisoi backup --list」で一覧を確認してください。"
        )

    def newest(self) -> BackupInfo | None:
        backups = self.list()
        return backups[0] if backups else None

    def newest_verified(self) -> BackupInfo | None:
        """The newest backup that passes ``verify`` (checks newest first, stops at the first good one)."""
        return next((i for i in self.list() if self.verify(i)), None)

    def ledger_changed_since_newest(self) -> bool:
        """Whether the ledger file (or a non-empty -wal) was written after the newest backup
        (e.g. a session that ended without its closing backup)."""
        newest = self.newest()
        if newest is None:
            return self.ledger.exists()
        stamps = [self.ledger.stat().st_mtime] if self.ledger.exists() else []
        wal = self.ledger.with_name(self.ledger.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            stamps.append(wal.stat().st_mtime)
        return bool(stamps) and max(stamps) > newest.path.stat().st_mtime

    # ---- checking ----------------------------------------------------------------------------
    def verify(self, info: BackupInfo) -> bool:
        """The backup's bytes match the recorded SHA-256 and SQLite's integrity_check passes."""
        return self.problem(info) is None

    def problem(self, info: BackupInfo) -> str | None:
        """Why ``info`` fails verification (Japanese), or None when it passes."""
        expected = recorded_checksum(info.path)
        if expected is None:
            return "チェックサムの記録がありません"
        try:
            actual = sha256_of(info.path)
        except OSError as exc:
            return f"読み込めません（{exc}）"
        if actual != expected:
            return "チェックサムが一致しません（作成後に変化しています）"
        if self.passphrase is None and cipher.is_encrypted(info.path):
            return "暗号化されています。検査と復元には台帳のパスフレーズが必要です"
        found = integrity_problem(info.path, passphrase=self.passphrase)
        if found == KEY_DOES_NOT_OPEN:  # the bytes are as recorded, so the key is what differs
            return "パスフレーズが違います（このバックアップは別のパスフレーズで暗号化されています）"
        return None if found is None else f"整合性検査に失敗しました（{found}）"

    def _with_checksum_result(self, info: BackupInfo) -> BackupInfo:
        expected = recorded_checksum(info.path)
        try:
            ok = expected is not None and sha256_of(info.path) == expected
        except OSError:
            ok = False
        return BackupInfo(info.path, info.taken_at, info.reason, info.size, info.has_checksum, ok)

    # ---- re-keying ---------------------------------------------------------------------------
    def rekey(self, old: str, *, on_backup: Callable[[Path], None] | None = None) -> tuple[list[Path], list[Path]]:
        """Re-encrypt, with this store's passphrase, every encrypted backup that passes
        verification with ``old`` (after a change of the ledger passphrase); returns (re-keyed,
        left as they were: plain, or not verifying with ``old``).

        Each one: copied to ``<name>.rekey-part``, re-keyed, fsynced, integrity-checked with
        the new key, renamed over the backup, then its checksum is recorded anew. A kill
        between the rename and the checksum leaves a backup that fails its checksum (its
        content is good; ``prune`` then keeps every generation)."""
        if self.passphrase is None:
            raise StorageError("新しいパスフレーズが指定されていません")
        with_old = BackupStore(self.ledger, old)
        rekeyed, other = [], []
        for info in self.list():
            if not cipher.is_encrypted(info.path) or with_old.problem(info) is not None:
                other.append(info.path)
                continue
            part = info.path.with_name(info.name + ".rekey-part")
            try:
                shutil.copyfile(info.path, part)
                cipher.rekey_file(part, old, self.passphrase)
                with open(part, "rb+") as fh:
                    os.fsync(fh.fileno())
                found = integrity_problem(part, passphrase=self.passphrase)
                if found is not None:
                    raise StorageError(f"{info.name} を暗号化し直せませんでした（{found}）")
                digest = sha256_of(part)
                os.replace(part, info.path)
                write_durably(self._sidecar(info.path), lambda out, d=digest, n=info.name: out.write(f"{d}  {n}\n"))
            except (OSError, cipher.dbapi().Error) as exc:
                raise StorageError(f"バックアップ {info.name} を暗号化し直せませんでした: {exc}") from exc
            finally:
                part.unlink(missing_ok=True)
            rekeyed.append(info.path)
            if on_backup is not None:
                on_backup(info.path)
        if rekeyed:
            fsync_dir(self.folder)
        return rekeyed, other

    # ---- pruning -----------------------------------------------------------------------------
    def keep_set(self, backups: Iterable[BackupInfo], now: datetime) -> set[Path]:
        """The backups the rotation keeps: all from the last 24 h (and any dated after
        ``now``), the newest of each of the 14 newest days, 8 ISO weeks and 12 months."""
        ordered = sorted(backups, key=lambda i: i.taken_at, reverse=True)
        keep = {i.path for i in ordered if i.taken_at >= now - KEEP_ALL_WITHIN}
        if ordered:
            keep.add(ordered[0].path)
        for key, count in (
            (lambda t: t.date(), KEEP_DAILY),
            (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
            (lambda t: (t.year, t.month), KEEP_MONTHLY),
        ):
            seen: list[object] = []
            for info in ordered:  # newest first: the first of each period is its newest
                period = key(info.taken_at)
                if period in seen:
                    continue
                if len(seen) == count:
                    break
                seen.append(period)
                keep.add(info.path)
        return keep

    def prune(self, now: datetime | None = None) -> list[Path]:
        """Delete the generations the rotation does not keep; return the deleted backups.

        Raises StorageError (and deletes nothing) while the newest backup fails verification:
        the older ones may be the only good copies left."""
        backups = self.list()
        if not backups:
            return []
        problem = self.problem(backups[0])
        if problem is not None:
            raise StorageError(
                f"最新のバックアップ {backups[0].name} が検査に合格しないため、古いバックアップを削除しませんでした"
                f"（{problem}）。\n台帳を検査し（yorisoi check）、新しいバックアップを作成してください（yorisoi backup）。"
            )
        keep = self.keep_set(backups, now or datetime.now())
        removed = []
        for info in backups:
            if info.path not in keep:
                info.path.unlink(missing_ok=True)
                self._sidecar(info.path).unlink(missing_ok=True)
                removed.append(info.path)
        if removed:
            fsync_dir(self.folder)
        return removed

    # ---- restoring ---------------------------------------------------------------------------
    def restore(self, info: BackupInfo, *, keep_current_as: Path | None = None) -> RestoreResult:
        """Put the backup ``info`` in place of the ledger, which must be closed (the writer
        lock is taken). Works when the ledger is missing or damaged.

        Order: the backup is verified; a safety backup is taken of the current ledger when it
        is readable; a copy of the backup is made beside the ledger and verified again; the
        current file and its -wal/-shm are renamed to ``keep_current_as`` (default
        ``<ledger>.before-restore-<stamp>``; never overwritten, never deleted); the copy is
        renamed into place. Raises StorageError (nothing changed) on any failed check."""
        problem = self.problem(info)
        if problem is not None:
            raise StorageError(
                f"このバックアップは復元できません: {info.name}（{problem}）。別の世代を選んでください。"
            )
        expected = recorded_checksum(info.path)
        with LedgerLock(self.ledger, "yorisoi restore"):
            safety = self._safety_backup()
            tmp = self.ledger.with_name(f".{self.ledger.name}.restore-part")
            try:
                self._copy_verified(info.path, tmp, expected)
                kept = self._move_current_aside(keep_current_as)
                os.replace(tmp, self.ledger)
            finally:
                tmp.unlink(missing_ok=True)
            fsync_dir(self.ledger.parent)
        return RestoreResult(info.path, self.ledger, tuple(kept), safety)

    def _safety_backup(self) -> Path | None:
        if not self.ledger.exists() or integrity_problem(self.ledger, "quick_check", self.passphrase) is not None:
            return None
        try:
            return self.make("before-restore").path
        except StorageError:  # unreadable after all: it is kept aside below, not lost
            return None

    def _move_current_aside(self, keep_current_as: Path | None) -> list[Path]:
        stamp = datetime.now().strftime(_STAMP)
        aside = _unique(keep_current_as or self.ledger.with_name(f"{self.ledger.name}.before-restore-{stamp}"))
        kept = []
        for suffix in ("", *_SIDE_FILES):
            current = self.ledger.with_name(self.ledger.name + suffix)
            if current.exists():
                target = aside.with_name(aside.name + suffix)
                os.replace(current, target)
                kept.append(target)
        return kept

    # ---- external copies ---------------------------------------------------------------------
    def copy_to(self, info_or_all: BackupInfo | Iterable[BackupInfo] | None, directory: Path) -> list[Path]:
        """Copy backups (one, several, or all with None) to ``directory`` (an external drive)
        and record their SHA-256 in ``directory/SHA256SUMS`` (kept entries of earlier copies).
        Each copy is read back and compared. Raises StorageError when a backup fails its
        checksum (it is not copied) or a copy differs (it is removed)."""
        if info_or_all is None:
            chosen = self.list()
        elif isinstance(info_or_all, BackupInfo):
            chosen = [info_or_all]
        else:
            chosen = list(info_or_all)
        directory = Path(directory)
        try:
            directory.mkdir(parents=True, exist_ok=True)
            manifest_path = directory / MANIFEST_NAME
            manifest = _parse_manifest(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
            copied = []
            for info in chosen:
                expected = recorded_checksum(info.path)
                if expected is None or sha256_of(info.path) != expected:
                    raise StorageError(
                        f"バックアップ {info.name} のチェックサムが一致しないため、コピーしませんでした。"
                    )
                dest = directory / info.name
                self._copy_verified(info.path, dest, expected, check_sqlite=False)
                manifest[info.name] = expected
                copied.append(dest)
            lines = "".join(f"{digest}  {name}\n" for name, digest in sorted(manifest.items()))
            write_durably(manifest_path, lambda out: out.write(lines))
        except OSError as exc:
            raise StorageError(
                f"{directory} にコピーできません: {exc}\nドライブの空き容量と接続を確認してください。"
            ) from exc
        return copied

    # ---- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _sidecar(path: Path) -> Path:
        return path.with_name(path.name + CHECKSUM_SUFFIX)

    def _copy_verified(self, src: Path, dest: Path, expected: str | None, *, check_sqlite: bool = True) -> None:
        """Copy through ``dest.part`` (fsynced, read back, compared) and rename into place."""
        part = dest.with_name(dest.name + ".part")
        try:
            with open(src, "rb") as fin, open(part, "wb") as fout:
                shutil.copyfileobj(fin, fout, _CHUNK)
                fout.flush()
                os.fsync(fout.fileno())
            if expected is not None and sha256_of(part) != expected:
                raise StorageError(
                    f"コピーした {dest.name} が元と一致しません。もう一度試すか、別のドライブを使ってください。"
                )
            if check_sqlite and (found := integrity_problem(part, passphrase=self.passphrase)) is not None:
                raise StorageError(f"復元用のコピーが整合性検査に失敗しました（{found}）。")
            os.replace(part, dest)
        finally:
            part.unlink(missing_ok=True)
        fsync_dir(dest.parent)
