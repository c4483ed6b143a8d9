"""Automatic backups of an open file ledger: every 30 minutes when something changed, and
when the window closes (then the old generations are pruned).

A backup of a 300 MB ledger takes several seconds (about 0.9 s for the 59 MB one-year demo
ledger), so the periodic ones run in a worker thread (``TaskRunner``): the backup reads the
ledger through its own read-only connection, and in WAL mode a reader never blocks the
counsellor's saves. The closing backup runs on the GUI thread: the program is ending and
must not end before the backup is in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from app.db.backups import DEFAULT_EVERY, BackupInfo, BackupStore, due
from app.domain.errors import LedgerError
from app.qt.task_runner import TaskRunner

TICK_MS = 60_000  # how often the scheduler looks whether a backup is due


class BackupScheduler(QObject):
    """Backs up ``ledger_path`` when ``changed`` (any signal: connected to ``mark_changed``)
    fired since the last backup and that backup is ``every`` old.

    ``sig_backup_done(BackupInfo)`` after each backup, ``sig_backup_failed(str)`` with a
    Japanese message (for the status bar) when one failed; a failed backup is retried at the
    next tick. All slots run on the GUI thread."""

    sig_backup_done = Signal(object)
    sig_backup_failed = Signal(str)

    def __init__(
        self,
        ledger_path: Path,
        changed: SignalInstance | None = None,
        *,
        every: timedelta = DEFAULT_EVERY,
        clock: Callable[[], datetime] = datetime.now,
        store: BackupStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store if store is not None else BackupStore(Path(ledger_path))
        self._every = every
        self._clock = clock
        newest = self.store.newest()
        self._last_backup_at = newest.taken_at if newest is not None else None
        # a session that ended without its closing backup (crash, power cut) counts as a change
        self._changed = self.store.ledger_changed_since_newest()
        self._runner = TaskRunner(self)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        if changed is not None:
            changed.connect(self.mark_changed)

    @property
    def changed(self) -> bool:
        """Something changed since the last backup."""
        return self._changed

    @property
    def last_backup_at(self) -> datetime | None:
        return self._last_backup_at

    def is_busy(self) -> bool:
        return self._runner.is_running()

    def mark_changed(self, *_args: object) -> None:
        self._changed = True

    def _on_timer_timeout(self) -> None:
        if self.is_busy() or not due(self._last_backup_at, self._changed, self._clock(), self._every):
            return
        self._changed = False  # changes saved while the backup runs count for the next one
        store, now = self.store, self._clock()
        self._runner.run(
            lambda _progress, _cancelled: store.make("auto", now=now),
            on_done=self._on_backup_done,
            on_error=self._on_backup_failed,
        )

    def _on_backup_done(self, info: BackupInfo) -> None:
        self._last_backup_at = info.taken_at
        self.sig_backup_done.emit(info)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._changed = True
        detail = str(exc) if isinstance(exc, LedgerError) else f"{type(exc).__name__}: {exc}"
        self.sig_backup_failed.emit(
            f"自動バックアップに失敗しました: {detail}\n作業は保存されています。続く場合は管理者に連絡してください。"
        )

    def on_close(self) -> BackupInfo | None:
        """The window closes: wait for a running backup, make one when something changed,
        then prune the generations. Blocks (GUI thread). Returns the backup made, if any."""
        self.timer.stop()
        self._runner.wait()
        info = None
        try:
            if self._changed:
                info = self.store.make("close", now=self._clock())
                self._changed = False
                self._on_backup_done(info)
            self.store.prune(self._clock())
        except LedgerError as exc:
            self._on_backup_failed(exc)
        except OSError as exc:  # the boundary of the closing backup: tell, never crash the exit
            self._on_backup_failed(exc)
        return info
