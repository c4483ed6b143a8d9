"""Rotating, verified backups: generations kept over 400 simulated days, no pruning while the
newest backup fails its check, restore over a deleted or damaged ledger (the current file kept
aside), and copies to an external drive with SHA256SUMS."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.db.backup import backup_name
from app.db.backups import MANIFEST_NAME, BackupStore, due, recorded_checksum
from app.db.ledger import Ledger
from app.domain.drafts import PersonDraft
from app.domain.errors import LedgerLockedError, StorageError

START = datetime(2022, 4, 1, 9, 0, 0)


def add_person(path: Path, family: str) -> None:
    from app.services.container import Services

    with Ledger.open(path) as ledger:
        Services.for_ledger(ledger).people.create_person(PersonDraft(family, "みどり", "やまの", "みどり"))


def family_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [r[0] for r in raw.execute("SELECT family_name FROM persons ORDER BY id")]


def flip_bytes(path: Path, offset: int, count: int = 64) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        data = fh.read(count)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))


def model_backup(store: BackupStore, when: datetime) -> Path:
    """A real backup moved out of the backups folder (pruning must not take it)."""
    made = store.make("model", now=when).path
    model = store.ledger.parent / "model" / made.name
    model.parent.mkdir(exist_ok=True)
    for suffix in ("", ".sha256"):
        made.with_name(made.name + suffix).rename(model.with_name(model.name + suffix))
    return model


def fake_backup(store: BackupStore, model: Path, when: datetime, reason: str = "auto") -> Path:
    """A generation dated ``when``: the bytes (and checksum) of a real backup, without the
    cost of 400 real backups."""
    dest = store.folder / backup_name(store.ledger, reason, when)
    shutil.copyfile(model, dest)
    shutil.copyfile(model.with_name(model.name + ".sha256"), dest.with_name(dest.name + ".sha256"))
    return dest


def test_make_writes_a_checked_backup_with_its_checksum(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    info = store.make("manual", now=START)
    assert info.path.parent == ledger_path.parent / "backups"
    assert info.path.name == "ledger-20220401-090000-manual.sqlite3"
    sidecar = info.path.with_name(info.path.name + ".sha256").read_text(encoding="utf-8")
    assert sidecar == f"{hashlib.sha256(info.path.read_bytes()).hexdigest()}  {info.path.name}\n"
    assert store.verify(info)
    assert not list(store.folder.glob("*.part"))
    again = store.make("manual", now=START)  # same second: never overwrites
    assert again.path != info.path and len(store.list()) == 2
    listed = store.list(check=True)
    assert [i.path for i in listed] == [again.path, info.path]  # newest first
    assert all(i.verified and i.has_checksum and i.reason == "manual" and i.size > 0 for i in listed)


def test_a_damaged_ledger_gives_no_backup(ledger_path: Path) -> None:
    flip_bytes(ledger_path, 0, 100)  # the header: not a database any more
    store = BackupStore(ledger_path)
    with pytest.raises(StorageError):
        store.make("manual")
    assert store.list() == [] and not [p for p in store.folder.glob("*") if p.is_file()]


def test_generations_kept_over_400_days(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    model = model_backup(store, START - timedelta(days=1))
    created = 0
    for day in range(400):
        for hour in (9, 12, 15, 17):  # a timer backup now and then, one at closing
            when = START + timedelta(days=day, hours=hour - 9, minutes=day % 7)
            fake_backup(store, model, when)
            created += 1
        store.prune(now=START + timedelta(days=day, hours=9))
    now = START + timedelta(days=399, hours=9)
    kept = store.list()
    taken = [i.taken_at for i in kept]
    assert len([t for t in taken if t >= now - timedelta(hours=24)]) == 4  # all of today's
    assert len(kept) <= 14 + 8 + 12 + 4, len(kept)  # the periods overlap: fewer files than that
    assert len({t.date() for t in taken}) >= 14
    assert len({t.isocalendar()[:2] for t in taken}) >= 8
    assert len({(t.year, t.month) for t in taken}) >= 12
    assert min(taken) <= now - timedelta(days=300)  # 12 months reach back (this one and 11 before)
    for days_back in range(1, 14):  # the newest of each of the last 14 days
        day = (now - timedelta(days=days_back)).date()
        assert max(t for t in taken if t.date() == day).hour == 17
    assert all(p.with_name(p.name + ".sha256").exists() for p in (i.path for i in kept))
    orphans = [p for p in store.folder.glob("*.sha256") if not p.with_name(p.name[: -len(".sha256")]).exists()]
    assert orphans == [] and created > len(kept)


def test_everything_from_the_last_24_hours_is_kept(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    model = model_backup(store, START - timedelta(days=3))
    recent = [fake_backup(store, model, START + timedelta(minutes=30 * n)) for n in range(40)]
    store.prune(now=START + timedelta(minutes=30 * 39))
    assert all(p.exists() for p in recent[-(24 * 2 - 1) :])


def test_no_pruning_while_the_newest_backup_fails_its_check(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    model = model_backup(store, START)
    for day in range(0, 60):
        fake_backup(store, model, START + timedelta(days=day))
    newest = store.make("auto", now=START + timedelta(days=61))
    flip_bytes(newest.path, newest.size // 2)
    before = sorted(p.name for p in store.folder.iterdir())
    with pytest.raises(StorageError, match="削除しませんでした"):
        store.prune(now=START + timedelta(days=61))
    assert sorted(p.name for p in store.folder.iterdir()) == before
    assert not store.verify(store.list()[0])
    # a good newer backup lifts the stop
    store.make("auto", now=START + timedelta(days=62))
    assert store.prune(now=START + timedelta(days=62))


def test_restore_with_the_main_file_deleted(ledger_path: Path) -> None:
    add_person(ledger_path, "山野")
    store = BackupStore(ledger_path)
    info = store.make("manual")
    add_person(ledger_path, "川辺")
    for suffix in ("", "-wal", "-shm"):
        ledger_path.with_name(ledger_path.name + suffix).unlink(missing_ok=True)

    result = store.restore(info)

    assert result.kept_aside == () and result.safety_backup is None
    assert family_names(ledger_path) == ["山野"]
    with Ledger.open(ledger_path) as reopened:  # a normal ledger again
        assert not reopened.created


def test_restore_over_a_corrupted_main_file_keeps_it_aside(ledger_path: Path) -> None:
    add_person(ledger_path, "山野")
    store = BackupStore(ledger_path)
    info = store.make("manual")
    with open(ledger_path, "r+b") as fh:  # the first page overwritten
        fh.write(b"\x00garbage" * 512)
    damaged = ledger_path.read_bytes()

    result = store.restore(info)

    assert result.safety_backup is None  # unreadable: nothing to back up, but it is kept
    aside = result.kept_aside[0]  # the file, then its -wal/-shm under the same new name
    assert aside.name.startswith("ledger.sqlite3.before-restore-")
    assert all(p.name.startswith(aside.name) for p in result.kept_aside)
    assert aside.read_bytes() == damaged
    assert family_names(ledger_path) == ["山野"]
    assert len(store.list()) == 1


def test_restore_over_a_readable_ledger_backs_it_up_first(ledger_path: Path, tmp_path: Path) -> None:
    store = BackupStore(ledger_path)
    info = store.make("manual", now=START)
    add_person(ledger_path, "川辺")
    aside = tmp_path / "kept.sqlite3"

    result = store.restore(info, keep_current_as=aside)

    assert result.safety_backup is not None and "before-restore" in result.safety_backup.name
    assert family_names(result.safety_backup) == ["川辺"]
    assert result.kept_aside[0] == aside and family_names(aside) == ["川辺"]
    assert family_names(ledger_path) == []
    # a second restore never overwrites what was kept
    second = store.restore(info, keep_current_as=aside)
    assert second.kept_aside[0] != aside and aside.exists()


def test_restore_refuses_a_damaged_backup_and_an_open_ledger(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    info = store.make("manual")
    original = ledger_path.read_bytes()
    with Ledger.open(ledger_path), pytest.raises(LedgerLockedError):
        store.restore(info)
    flip_bytes(info.path, info.size // 2)
    with pytest.raises(StorageError, match="復元できません"):
        store.restore(info)
    assert ledger_path.read_bytes() == original


def test_copy_to_writes_sha256sums_that_verify(ledger_path: Path, tmp_path: Path) -> None:
    store = BackupStore(ledger_path)
    first = store.make("manual", now=START)
    second = store.make("manual", now=START + timedelta(hours=1))
    drive = tmp_path / "usb" / "yorisoi"

    copied = store.copy_to(first, drive)
    copied += store.copy_to(None, drive)  # all; the manifest keeps every entry once

    assert {p.name for p in copied} == {first.name, second.name}
    lines = (drive / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((drive / name).read_bytes()).hexdigest() == digest
    # a copy on the drive can be found and verified (by the manifest) for a restore
    external = store.find(drive / first.name)
    assert recorded_checksum(external.path) == recorded_checksum(first.path)
    assert store.verify(external)

    flip_bytes(second.path, second.size // 2)
    with pytest.raises(StorageError, match="コピーしませんでした"):
        store.copy_to(second, tmp_path / "other")


def test_due() -> None:
    every = timedelta(minutes=30)
    assert due(None, True, START)
    assert not due(None, False, START)
    assert not due(START, True, START + timedelta(minutes=29), every)
    assert due(START, True, START + timedelta(minutes=30), every)
    assert not due(START, False, START + timedelta(days=3), every)


def test_before_migration_backup_has_a_checksum(ledger_path: Path) -> None:
    store = BackupStore(ledger_path)
    info = store.make("before-migrate-0001")
    assert store.find(info.name).reason == "before-migrate-0001" and store.verify(info)


def test_a_backup_has_its_checksum_before_it_takes_its_name(tmp_path, monkeypatch) -> None:
    """Killed between the rename and the checksum, a backup was left without one (found by
    the SIGKILL test): the checksum is now written on the checked copy before the rename."""
    import os as _os

    from app.db import backup as backup_module
    from app.db.backups import BackupStore
    from app.db.ledger import Ledger

    path = tmp_path / "l.sqlite3"
    Ledger.open(path, create=True).close()
    store = BackupStore(path)
    seen: list[bool] = []
    real_replace = _os.replace

    def replace_and_look(src, dst):  # the moment the backup takes its name
        if str(dst).endswith(".sqlite3"):
            seen.append(Path(str(dst) + ".sha256").exists())
        return real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", replace_and_look)
    info = store.make("test")
    assert seen == [True]
    assert store.verify(info)


def test_leftovers_of_a_killed_backup_are_cleared(tmp_path) -> None:
    import os as _os
    import time as _time

    from app.db.backups import BackupStore
    from app.db.ledger import Ledger

    path = tmp_path / "l.sqlite3"
    Ledger.open(path, create=True).close()
    store = BackupStore(path)
    store.make("first")
    old = store.folder / "l-20200101-000000-crash.sqlite3.part"
    orphan = store.folder / "l-20200101-000001-crash.sqlite3.sha256"
    fresh = store.folder / "l-20200101-000002-crash.sqlite3.part"  # another program's, in progress
    for p in (old, orphan, fresh):
        p.write_bytes(b"x")
    an_hour_ago = _time.time() - 3600
    for p in (old, orphan):
        _os.utime(p, (an_hour_ago, an_hour_ago))
    store.make("second")
    assert not old.exists() and not orphan.exists()
    assert fresh.exists()
