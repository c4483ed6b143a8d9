"""Hearing that another PC changed a server ledger (PostgreSQL LISTEN/NOTIFY).

Every committed write transaction on a server ledger sends ``NOTIFY yorisoi_changes`` with
the writing program's origin id (app/db/ledger.py). A ``ChangeListener`` holds its own
connection listening on that channel; the GUI watches ``fileno()`` and calls ``poll()``.
File ledgers have one writer, so they need no listener.
"""

from __future__ import annotations

import select

from app.db.ledger import CHANGE_CHANNEL, Ledger
from app.domain.errors import StorageError


class ChangeListener:
    def __init__(self, ledger: Ledger) -> None:
        if not ledger.is_server:
            raise StorageError("変更の通知はサーバーの台帳だけで使えます")
        import psycopg

        loc = ledger.location
        self._origin = ledger.origin
        try:
            self._conn = psycopg.connect(
                host=loc.host, port=loc.port, user=loc.user, dbname=loc.database,
                password=ledger.server_password or loc.password, autocommit=True,
                application_name="yorisoi-listener", connect_timeout=5,
            )  # fmt: skip
            self._conn.execute(f"LISTEN {CHANGE_CHANNEL}")
        except psycopg.Error as exc:
            raise StorageError(f"変更の通知を受け取れません: {exc}") from exc

    def fileno(self) -> int:
        return self._conn.fileno()

    def poll(self) -> int:
        """How many changes by other programs arrived since the last poll (never blocks)."""
        count = 0
        for notice in self._conn.notifies(timeout=0):
            if notice.payload != self._origin:
                count += 1
        return count

    def wait(self, timeout: float) -> int:
        """Wait up to ``timeout`` seconds for news; return what ``poll()`` finds."""
        select.select([self.fileno()], [], [], timeout)
        return self.poll()

    def close(self) -> None:
        self._conn.close()
