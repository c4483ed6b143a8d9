"""Id sequences after rows were written with explicit ids (import, demo data).

SQLite's INTEGER PRIMARY KEY always continues after the highest id; PostgreSQL's serial
sequences do not know about explicitly inserted ids, so they are moved past them here.
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, func, select
from sqlalchemy.orm import Session

from app.models import Base


def reset_id_sequences(bind: Session | Connection) -> None:
    """PostgreSQL only: set every single-integer-key table's sequence past its highest id."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        col = keys[0]
        highest = select(func.coalesce(func.max(col), 0) + 1).scalar_subquery()
        bind.execute(select(func.setval(func.pg_get_serial_sequence(table.name, col.name), highest, False)))
