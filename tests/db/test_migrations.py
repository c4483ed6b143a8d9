"""The migrations and the models describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.db import migrate
from app.models import Base


def test_models_and_head_migration_agree(ledger) -> None:
    with ledger.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_every_model_table_exists_with_its_check_constraints(ledger) -> None:
    insp = inspect(ledger.engine)
    tables = set(insp.get_table_names())
    assert set(Base.metadata.tables) <= tables
    for table in Base.metadata.sorted_tables:
        declared = {c.name for c in table.constraints if c.__class__.__name__ == "CheckConstraint"}
        found = {c["name"] for c in insp.get_check_constraints(table.name)}
        assert declared <= found, f"{table.name}: missing {declared - found}"


def test_every_foreign_key_exists_in_the_ledger(ledger) -> None:
    insp = inspect(ledger.engine)
    for table in Base.metadata.sorted_tables:
        declared = {(tuple(fk.column_keys), fk.referred_table.name) for fk in table.foreign_key_constraints}
        found = {(tuple(fk["constrained_columns"]), fk["referred_table"]) for fk in insp.get_foreign_keys(table.name)}
        assert declared == found, table.name


def test_revision_list_agrees_with_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.head_revision()
    alembic_order = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert alembic_order == migrate.known_revisions()


def test_every_code_column_declares_a_seeded_kind() -> None:
    from app.domain.codebook import KINDS

    seeded = {k.kind for k in KINDS}
    declared = {
        col.info["code_kind"] for table in Base.metadata.sorted_tables for col in table.c if "code_kind" in col.info
    }
    assert declared == seeded
    for table in Base.metadata.sorted_tables:
        for col in table.c:
            targets = {fk.column.table.name for fk in col.foreign_keys}
            if "codes" in targets and table.name != "codes":
                assert "code_kind" in col.info, f"{table.name}.{col.name} references codes without a kind"


def test_schema_compiles_for_postgresql() -> None:
    """Nothing SQLite-only in the models: every table's DDL compiles for PostgreSQL."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = postgresql.dialect()
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "AUTOINCREMENT" not in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
