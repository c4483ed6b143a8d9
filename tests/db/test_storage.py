"""Storage hazards (network drives, cloud-sync folders) refused by Ledger.open, and the
integrity check at start that catches a damaged ledger before any data is shown."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from app.db import storage
from app.db.backups import BackupStore
from app.db.ledger import Ledger
from app.db.storage import ALLOW_ENV, check_at_start, cloud_folder, network_fs_type, storage_hazard
from app.domain.errors import StorageError

LOCAL_MOUNTS = "/dev/sda1 / ext4 rw,relatime 0 0\ntmpfs /dev/shm tmpfs rw 0 0\n"


def mounts_with(mount_point: Path, fs_type: str) -> str:
    escaped = str(mount_point).replace(" ", "\\040")
    return LOCAL_MOUNTS + f"server:/export {escaped} {fs_type} rw,relatime 0 0\n"


@pytest.mark.parametrize("fs_type", ["nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p"])
def test_network_file_systems_are_hazards(tmp_path: Path, fs_type: str) -> None:
    share = Path(os.path.realpath(tmp_path)) / "shared folder"
    message = storage_hazard(share / "centre" / "ledger.sqlite3", mounts=mounts_with(share, fs_type))
    assert message is not None and fs_type in message and "ロック" in message and "PostgreSQL" in message


def test_local_disks_and_look_alike_mount_points_are_not(tmp_path: Path) -> None:
    real = Path(os.path.realpath(tmp_path))
    assert storage_hazard(real / "ledger.sqlite3", mounts=LOCAL_MOUNTS) is None
    # /srv/share2 is not inside the network mount /srv/share; a local mount inside a share wins
    assert network_fs_type(Path("/srv/share2/l.sqlite3"), mounts_with(Path("/srv/share"), "nfs")) is None
    nested = mounts_with(Path("/srv/share"), "cifs") + "/dev/sdb1 /srv/share/local ext4 rw 0 0\n"
    assert network_fs_type(Path("/srv/share/local/l.sqlite3"), nested) is None
    assert network_fs_type(Path("/srv/share/l.sqlite3"), nested) == "cifs"


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/kawabe/OneDrive/台帳/yorisoi.sqlite3", "OneDrive"),
        ("/home/kawabe/OneDrive - 市役所/yorisoi.sqlite3", "OneDrive"),
        ("/home/kawabe/Dropbox/yorisoi.sqlite3", "Dropbox"),
        ("/home/kawabe/Google Drive/yorisoi.sqlite3", "Google ドライブ"),
        ("/Volumes/GoogleDrive/マイドライブ/yorisoi.sqlite3", "Google ドライブ"),
        ("/home/kawabe/iCloudDrive/yorisoi.sqlite3", "iCloud Drive"),
        ("/home/kawabe/Box/yorisoi.sqlite3", "Box"),
    ],
)
def test_cloud_sync_folders_are_hazards(path: str, service: str) -> None:
    message = storage_hazard(path, mounts=LOCAL_MOUNTS)
    assert message is not None and service in message and "同期" in message


def test_windows_shares_and_sync_folders() -> None:
    unc = storage_hazard(r"\\fileserver\相談\yorisoi.sqlite3", platform="win32")
    assert unc is not None and "共有フォルダ" in unc
    assert cloud_folder(PureWindowsPath(r"C:\Users\kawabe\OneDrive\yorisoi.sqlite3")) == "OneDrive"
    assert cloud_folder(PureWindowsPath(r"C:\Users\kawabe\Documents\yorisoi.sqlite3")) is None
    assert cloud_folder(PureWindowsPath(r"C:\Users\kawabe\Documents\onedrive.sqlite3")) is None


def test_ledger_open_refuses_a_network_mount_unless_allowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = Path(os.path.realpath(tmp_path)) / "share"
    share.mkdir()
    fake = tmp_path / "mounts"
    fake.write_text(mounts_with(share, "cifs"), encoding="utf-8")
    monkeypatch.setattr(storage, "MOUNTS_FILE", fake)
    path = share / "ledger.sqlite3"

    with pytest.raises(StorageError, match=ALLOW_ENV) as info:
        Ledger.open(path, create=True)
    assert "cifs" in str(info.value)
    assert not path.exists() and not path.with_name(path.name + ".lock").exists()  # refused before anything

    Ledger.open(path, create=True, allow_hazard=True).close()
    with Ledger.open(path, read_only=True):  # reading is not refused
        pass
    monkeypatch.setenv(ALLOW_ENV, "1")
    Ledger.open(path).close()


def test_ledger_open_refuses_a_onedrive_folder_unless_allowed(
    template_ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "MOUNTS_FILE", tmp_path / "no-such-mounts")
    folder = tmp_path / "OneDrive" / "相談"
    folder.mkdir(parents=True)
    path = folder / "ledger.sqlite3"
    shutil.copyfile(template_ledger, path)
    with pytest.raises(StorageError, match="クラウド同期フォルダ（OneDrive）"):
        Ledger.open(path)
    with Ledger.open(path, allow_hazard=True) as ledger:
        assert not ledger.read_only


def corrupt_a_table_page(path: Path) -> None:
    """Overwrite one b-tree page of the codes table (not the first page) with garbage."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'codes'").fetchone()[0]
    raw.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(bytes((i * 7 + 3) % 256 for i in range(page_size)))


def test_start_check_passes_a_sound_ledger_and_a_new_one(ledger_path: Path, tmp_path: Path) -> None:
    assert check_at_start(ledger_path).ok
    assert check_at_start(tmp_path / "new" / "ledger.sqlite3").ok  # nothing yet: a new ledger


def test_start_check_detects_a_corrupted_page_and_names_the_newest_verified_backup(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    good = store.make("auto")
    newest = store.make("close")
    with open(newest.path, "r+b") as fh:  # the newest backup is damaged too
        fh.seek(newest.size // 2)
        fh.write(b"\xff" * 32)
    corrupt_a_table_page(ledger_path)

    result = check_at_start(ledger_path)

    assert not result.ok
    assert result.newest_verified_backup is not None
    assert result.newest_verified_backup.path == good.path
    assert "壊れています" in result.message and good.name in result.message and "restore" in result.message


def test_start_check_on_a_file_that_is_not_a_database(ledger_path: Path) -> None:
    BackupStore(ledger_path).make("auto")
    with open(ledger_path, "r+b") as fh:
        fh.write(b"\x00" * 4096)
    result = check_at_start(ledger_path)
    assert not result.ok and "データベースとして読めません" in result.message
    assert result.newest_verified_backup is not None


def test_start_check_on_a_missing_ledger_with_backups(ledger_path: Path) -> None:
    info = BackupStore(ledger_path).make("auto")
    ledger_path.unlink()
    result = check_at_start(ledger_path)
    assert not result.ok and "見つかりません" in result.message
    assert result.newest_verified_backup.path == info.path


def test_start_check_without_a_good_backup_says_whom_to_call(ledger_path: Path) -> None:
    corrupt_a_table_page(ledger_path)
    result = check_at_start(ledger_path)
    assert not result.ok and result.newest_verified_backup is None
    assert "管理者に連絡" in result.message
