"""BackupScheduler: backs up (in a worker thread) only when something changed and the last
backup is 30 minutes old; on close makes one when needed and prunes. The timer is driven
directly, with a fake clock."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from app.db.backups import BackupStore
from app.qt.backup_scheduler import BackupScheduler

T0 = datetime(2023, 6, 1, 9, 0)


class Source(QObject):
    sig_changed = Signal()


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def backed_up(ledger_path: Path) -> Path:
    """A ledger whose newest backup (taken at T0) is newer than its last write."""
    info = BackupStore(ledger_path).make("auto", now=T0)
    old = info.path.stat().st_mtime - 60
    os.utime(ledger_path, (old, old))
    return ledger_path


def tick(qtbot, scheduler: BackupScheduler) -> None:
    scheduler.timer.timeout.emit()
    qtbot.waitUntil(lambda: not scheduler.is_busy(), timeout=10_000)


def test_backs_up_only_when_something_changed(qtbot, backed_up: Path) -> None:
    source, clock = Source(), Clock()
    scheduler = BackupScheduler(backed_up, source.sig_changed, clock=clock)
    done: list[object] = []
    scheduler.sig_backup_done.connect(done.append)
    store = BackupStore(backed_up)
    assert scheduler.timer.isActive() and not scheduler.changed

    clock.now = T0 + timedelta(hours=2)
    tick(qtbot, scheduler)
    assert len(store.list()) == 1 and done == []  # nothing changed

    source.sig_changed.emit()
    clock.now = T0 + timedelta(hours=2, minutes=1)
    tick(qtbot, scheduler)
    assert len(store.list()) == 2 and len(done) == 1 and not scheduler.changed
    assert scheduler.last_backup_at == done[0].taken_at

    source.sig_changed.emit()
    clock.now += timedelta(minutes=10)  # changed, but the last backup is only 10 minutes old
    tick(qtbot, scheduler)
    assert len(store.list()) == 2 and scheduler.changed

    clock.now += timedelta(minutes=25)  # changed earlier, and 30 minutes have passed
    tick(qtbot, scheduler)
    assert len(store.list()) == 3 and all(store.verify(i) for i in store.list())


def test_on_close_backs_up_when_changed_then_prunes(qtbot, backed_up: Path) -> None:
    source = Source()
    store = BackupStore(backed_up)
    old = store.list()[0]
    scheduler = BackupScheduler(backed_up, source.sig_changed)
    assert scheduler.on_close() is None  # nothing changed: no backup
    assert old.path.exists()  # pruning keeps the newest of its day, week and month

    scheduler = BackupScheduler(backed_up, source.sig_changed)
    source.sig_changed.emit()
    info = scheduler.on_close()
    assert info is not None and info.reason == "close" and store.verify(info)
    assert not scheduler.timer.isActive()


def test_a_crashed_session_counts_as_a_change(qtbot, ledger_path: Path) -> None:
    scheduler = BackupScheduler(ledger_path)  # no backup yet of an existing ledger
    assert scheduler.changed
    tick(qtbot, scheduler)
    assert len(BackupStore(ledger_path).list()) == 1


def test_a_failed_backup_is_reported_and_retried(qtbot, backed_up: Path) -> None:
    source = Source()
    scheduler = BackupScheduler(backed_up, source.sig_changed, clock=lambda: T0 + timedelta(hours=1))
    failures: list[str] = []
    scheduler.sig_backup_failed.connect(failures.append)
    source.sig_changed.emit()
    backed_up.unlink()
    tick(qtbot, scheduler)
    assert failures and "自動バックアップに失敗しました" in failures[0]
    assert scheduler.changed  # tried again at the next tick
