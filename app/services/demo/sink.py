"""Rows waiting to be written: ids assigned here, written in bulk with Core ``insert()``.

Every row is a complete dict (the table's defaults filled in), so one executemany per table
writes them. Ids start at 1 per table (the ledger is empty) and are handed out in the order
rows are added, which makes the output depend on nothing but the generator's choices.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table

from app.models import Base

CHUNK = 5000
_STAMP_HOUR_UTC = 1  # 10:00 in Japan: records are stamped at the morning of their own date


@lru_cache(maxsize=8192)
def stamp(on: date) -> datetime:
    """created_at / updated_at of a record dated ``on`` (derived, never the clock)."""
    return datetime(on.year, on.month, on.day, _STAMP_HOUR_UTC, tzinfo=UTC)


def _defaults(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        default = col.default
        if default is not None and getattr(default, "is_scalar", False):
            out[col.name] = default.arg
        elif col.nullable:
            out[col.name] = None
    return out


class Sink:
    """Collects rows per table and writes them in foreign-key order."""

    def __init__(self) -> None:
        self._tables = {t.name: t for t in Base.metadata.sorted_tables}
        self._order = list(self._tables)
        self._defaults = {name: _defaults(t) for name, t in self._tables.items()}
        self._stamped = {n for n, t in self._tables.items() if "created_at" in t.c}
        self._with_id = {n for n, t in self._tables.items() if "id" in t.c}
        self._next: Counter[str] = Counter()
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.written: Counter[str] = Counter()

    def add(self, table: str, on: date | None = None, **values: Any) -> int:
        """Queue a row of ``table``; ``on`` (the record's own date) stamps created/updated.

        Returns the row's id (0 for tables without an ``id`` column).
        """
        row = dict(self._defaults[table])
        row.update(values)
        new_id = 0
        if table in self._with_id:
            self._next[table] += 1
            new_id = row["id"] = self._next[table]
        if table in self._stamped:
            if on is None:
                raise ValueError(f"{table}: a record needs its own date for its stamps")
            row["created_at"] = row["updated_at"] = stamp(on)
        self.rows.setdefault(table, []).append(row)
        return new_id

    def link(self, table: str, owner_id: int, targets: list[int] | tuple[int, ...]) -> None:
        """Rows of an association table (``code_set`` / ``link_set``), duplicates skipped."""
        key = "code_id" if "code_id" in self._tables[table].c else "target_id"
        bucket = self.rows.setdefault(table, [])
        for target in dict.fromkeys(targets):
            bucket.append({"owner_id": owner_id, key: target})

    def last_id(self, table: str) -> int:
        """The last id handed out for ``table`` (0 before the first row)."""
        return self._next[table]

    def flush(self, conn: Connection) -> int:
        """Write every queued row (parents before children); returns how many."""
        total = 0
        for name in self._order:
            rows = self.rows.pop(name, None)
            if not rows:
                continue
            table = self._tables[name]
            for i in range(0, len(rows), CHUNK):
                conn.execute(table.insert(), rows[i : i + CHUNK])
            self.written[name] += len(rows)
            total += len(rows)
        return total
