"""Only one program writes a ledger at a time.

The writer holds an OS lock on ``<ledger>.lock`` (``flock`` on POSIX, which is per open
file so a second open in the same process is refused too; ``msvcrt.locking`` of byte 0 on
Windows) and writes who it is after the first byte. The OS drops the lock
when the process dies, so a crash never leaves the ledger locked. A second writer fails at
once (non-blocking) with a message naming the holder. The lock file is never deleted:
unlinking it would let two processes lock two different files.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path

from app.domain.errors import LedgerLockedError, StorageError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".lock")


def _holder_text(info: dict[str, object]) -> str:
    since = str(info.get("since", ""))[:16].replace("T", " ")
    return (
        f"{info.get('program', 'yorisoi')} — ユーザー {info.get('user', '?')}"
        f"（{info.get('host', '?')}、プロセス {info.get('pid', '?')}、{since} から）"
    )


class LedgerLock:
    """The writer's lock on one ledger. Use ``acquire()`` / ``release()`` or ``with``."""

    def __init__(self, ledger: Path, program: str = "yorisoi") -> None:
        self.ledger = ledger
        self.path = lock_path_for(ledger)
        self.program = program
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"ロックファイルを作成できません: {self.path}（{exc}）") from exc
        if not _try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            raise LedgerLockedError(str(self.ledger), holder)
        self._fd = fd
        self._write_holder()

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 1)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> LedgerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def _write_holder(self) -> None:
        assert self._fd is not None
        info = {
            "program": self.program,
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        data = b"\n" + json.dumps(info, ensure_ascii=False).encode("utf-8")
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)
        os.fsync(self._fd)

    @staticmethod
    def _read_holder(fd: int) -> str:
        try:
            os.lseek(fd, 1, os.SEEK_SET)
            raw = os.read(fd, 4096)
            info = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError):
            return "不明なプログラム"
        return _holder_text(info) if isinstance(info, dict) else "不明なプログラム"
