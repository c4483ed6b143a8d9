"""Alembic environment: always run programmatically on a connection Yorisoi opened (see
app/db/migrate.py); there is no alembic.ini and no URL here."""

from __future__ import annotations

from alembic import context

from app.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
