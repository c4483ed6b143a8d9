"""Where a ledger file must not live, and the check at start before any data is shown.

SQLite's locking relies on the local file system: on a network share (NFS, SMB/CIFS, sshfs,
9p …) the locks are unreliable and two PCs can corrupt the file; in a cloud-sync folder
(OneDrive, Dropbox, Google Drive, iCloud Drive, Box) the sync client copies and replaces the
file and its -wal behind SQLite's back. ``storage_hazard`` explains either in Japanese;
``Ledger.open`` refuses such a path for writing unless explicitly allowed. ``check_at_start``
runs before any data is shown (keyed, for an encrypted ledger).

Qt-free.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from app.db import cipher
from app.db.backups import BackupInfo, BackupStore, integrity_problem

MOUNTS_FILE = Path("/proc/mounts")
ALLOW_ENV = "YORISOI_ALLOW_NETWORK_LEDGER"
NETWORK_FS_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph", "glusterfs",
        "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre", "gpfs", "ncpfs", "coda",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW

# folder name (casefolded) → the service's name as the staff know it
_CLOUD_NAMES = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google ドライブ",
    "googledrive": "Google ドライブ",
    "マイドライブ": "Google ドライブ",
    "my drive": "Google ドライブ",
    "iclouddrive": "iCloud Drive",
    "icloud drive": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "box": "Box",
    "box sync": "Box",
}

_NETWORK_TEXT = (
    "台帳ファイルがネットワーク上の場所（{where}）にあります: {path}\n"
    "ネットワークドライブでは SQLite のファイルロックが確実に働かず、台帳が壊れたり記録が失われたりすることがあります。\n"
    "台帳はこのパソコンの内蔵ディスクに置いてください。複数のパソコンで共有するには PostgreSQL サーバーの台帳を使ってください。"
)
_CLOUD_TEXT = (
    "台帳ファイルがクラウド同期フォルダ（{where}）の中にあります: {path}\n"
    "同期ソフトが使用中の台帳やその -wal ファイルをコピー・置き換えるため、台帳が壊れたり古い内容に戻ったりします。\n"
    "また、要配慮個人情報がクラウドへ送られます。同期されないフォルダ（例: 既定の場所）へ台帳を移してください。"
    "外部への控えは「yorisoi backup --copy-to フォルダ」で作れます。"
)


def _unescape_mount(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _absolute(path: Path) -> Path:
    """The real absolute path, following symlinks of the parts that exist."""
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return Path(os.path.abspath(path))


def network_fs_type(path: Path, mounts: str) -> str | None:
    """The type of the network file system ``path`` is on, per ``/proc/mounts`` text."""
    target = _absolute(path)
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = Path(_unescape_mount(fields[1])), fields[2]
        if target == mount_point or mount_point in target.parents:
            depth = len(mount_point.parts)
            if best is None or depth > best[0]:
                best = (depth, fs_type)
    if best is None:
        return None
    return best[1] if best[1] in NETWORK_FS_TYPES else None


def _windows_drive_is_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = PureWindowsPath(os.path.abspath(path)).anchor
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE


def cloud_folder(path: PurePath) -> str | None:
    """The cloud service whose sync folder contains ``path`` (by folder name)."""
    for part in path.parts[:-1]:  # the folders (the last part is the ledger file)
        name = part.casefold().strip()
        if name in _CLOUD_NAMES:
            return _CLOUD_NAMES[name]
        if name.startswith("onedrive - ") or name.startswith("onedrive-"):  # OneDrive for Business
            return "OneDrive"
        if name.startswith("dropbox (") or name.startswith("box-box"):
            return _CLOUD_NAMES["dropbox" if name.startswith("dropbox") else "box"]
    return None


def storage_hazard(path: Path | str, *, mounts: str | None = None, platform: str | None = None) -> str | None:
    """A Japanese explanation of why the ledger should not be written at ``path`` (network
    drive, cloud-sync folder), or None when it is on a local disk. ``mounts`` (the text of
    ``/proc/mounts``) and ``platform`` are for tests."""
    platform = platform or sys.platform
    text = str(path)
    if platform == "win32":
        win = PureWindowsPath(text)
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return _NETWORK_TEXT.format(where="共有フォルダ", path=text)
        if sys.platform == "win32" and _windows_drive_is_remote(text):  # pragma: no cover
            return _NETWORK_TEXT.format(where=f"ネットワークドライブ {win.drive}", path=text)
        service = cloud_folder(win)
    else:
        if mounts is None:
            try:
                mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
            except OSError:
                mounts = ""
        fs_type = network_fs_type(Path(text), mounts)
        if fs_type is not None:
            return _NETWORK_TEXT.format(where=f"ネットワークファイルシステム {fs_type}", path=text)
        service = cloud_folder(_absolute(Path(text)))
    if service is not None:
        return _CLOUD_TEXT.format(where=service, path=text)
    return None


def hazard_allowed() -> bool:
    return os.environ.get(ALLOW_ENV, "") == "1"


@dataclass(frozen=True)
class StartCheck:
    """The outcome of ``check_at_start``: ``ok`` to show data; otherwise ``message`` says
    what is wrong and what to do, and ``newest_verified_backup`` is the one to offer."""

    ok: bool
    message: str | None = None
    newest_verified_backup: BackupInfo | None = None


def check_at_start(path: Path, passphrase: str | None = None) -> StartCheck:
    """Run ``PRAGMA quick_check`` on the ledger file before anything is read from it.

    A missing file is fine when there are no backups (a new ledger); with backups it is
    reported like a damaged one. Reads only (never writes the ledger).

    An encrypted ledger is checked with ``passphrase``, and only verified backups that this
    passphrase opens are offered. A wrong (or missing) passphrase is never reported as damage:
    WrongPassphraseError is raised instead (the GUI asks ``cipher.passphrase_status`` first).
    A right passphrase on a file whose first page is damaged (it opens the newest backup but
    not the file) is damage."""
    path = Path(path)
    store = BackupStore(path, passphrase)
    if not path.exists():
        newest = store.newest()
        if newest is None:
            return StartCheck(ok=True)
        _require_backup_key(path, passphrase)
        problem = "台帳ファイルが見つかりません（削除されたか、移動された可能性があります）"
    elif cipher.is_encrypted(path) and not (passphrase is None and cipher.plain_by_its_backups(path)):
        if passphrase is None:
            raise cipher.WrongPassphraseError(path, missing=True)
        status = cipher.passphrase_status(path, passphrase)
        if status == "wrong":
            raise cipher.WrongPassphraseError(path)
        found = integrity_problem(path, "quick_check", passphrase) if status == "ok" else None
        if status == "ok" and found is None:
            return StartCheck(ok=True)
        if status == "damaged":
            problem = "台帳ファイルの先頭が壊れていて開けません"
        else:
            problem = f"台帳ファイルが壊れています（{found}）"
    else:
        problem = integrity_problem(path, "quick_check")
        if problem is None:
            return StartCheck(ok=True)
        if "not a database" in problem:
            problem = f"台帳ファイルがデータベースとして読めません（{problem}）"
        else:
            problem = f"台帳ファイルが壊れています（{problem}）"
    backup = store.newest_verified()
    return StartCheck(ok=False, message=_start_message(path, problem, backup), newest_verified_backup=backup)


def _require_backup_key(path: Path, passphrase: str | None) -> None:
    """The ledger is missing: when its newest backup is encrypted, the passphrase must open it
    (else "no verified backup" would blame the backups for a mistyped passphrase)."""
    if passphrase is None:
        if cipher.newest_encrypted_backup(path) is not None:
            raise cipher.WrongPassphraseError(path, missing=True)
        return
    if cipher.passphrase_status(path, passphrase) == "wrong":
        raise cipher.WrongPassphraseError(path)


def _start_message(path: Path, problem: str, backup: BackupInfo | None) -> str:
    head = f"{problem}: {path}\n"
    if backup is None:
        return head + (
            "検査に合格したバックアップがありません。台帳を使い続けず、管理者に連絡してください。\n"
            "外部ドライブの控えがあれば「yorisoi restore --from ファイル」で復元できます。"
        )
    when = backup.taken_at.strftime("%Y年%m月%d日 %H:%M")
    return head + (
        f"最新の検査済みバックアップ（{when}）から復元してください: {backup.name}\n"
        f"「yorisoi restore --from {backup.name}」、または画面の「ファイル → バックアップ…」の「選んだ世代から復元…」。\n"
        "現在のファイルは消さずに横に残します。バックアップ後に入力した記録は入力し直す必要があります。"
    )
