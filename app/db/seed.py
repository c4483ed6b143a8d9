"""Seeding of code tables and budget templates, used by migrations.

Both functions only insert what is missing (by ``kind``+``code``, by template name), so a
migration of a later version can call them again with a longer codebook: existing rows, and
what the administrator changed in them (labels, retirement), are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, MetaData, Table, select

from app.domain.budget_templates import TemplateSeed
from app.domain.codebook import SeedKind


def _tables(conn: Connection, *names: str) -> list[Table]:
    meta = MetaData()
    meta.reflect(conn, only=list(names))
    return [meta.tables[n] for n in names]


def seed_codes(conn: Connection, kinds: Iterable[SeedKind]) -> int:
    """Insert missing code kinds and codes; returns the number of codes inserted."""
    code_kinds, codes = _tables(conn, "code_kinds", "codes")
    now = datetime.now(UTC).replace(tzinfo=None)
    have_kinds = set(conn.scalars(select(code_kinds.c.kind)))
    inserted = 0
    for k in kinds:
        if k.kind not in have_kinds:
            conn.execute(
                code_kinds.insert().values(
                    kind=k.kind,
                    label=k.label,
                    description="",
                    multiple=k.multiple,
                    extendable=k.extendable,
                )
            )
        existing = dict(conn.execute(select(codes.c.code, codes.c.id).where(codes.c.kind == k.kind)).all())
        for position, c in enumerate(k.codes, start=1):
            if c.code in existing:
                continue
            parent_id = existing.get(c.parent) if c.parent else None
            result = conn.execute(
                codes.insert().values(
                    kind=k.kind,
                    code=c.code,
                    label=c.label,
                    short_label=str(c.attrs.get("short", "")),
                    position=position * 10,
                    parent_id=parent_id,
                    attrs=dict(c.attrs),
                    builtin=True,
                    retired_on=None,
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
            )
            existing[c.code] = result.inserted_primary_key[0]
            inserted += 1
    return inserted


def seed_templates(conn: Connection, templates: Iterable[TemplateSeed]) -> int:
    """Insert missing budget templates (by kind and name); returns how many were added."""
    tmpl, rows = _tables(conn, "budget_templates", "budget_template_rows")
    now = datetime.now(UTC).replace(tzinfo=None)
    have = {(k, n) for k, n in conn.execute(select(tmpl.c.sheet_kind, tmpl.c.name))}
    added = 0
    for t in templates:
        if (t.sheet_kind, t.name) in have:
            continue
        template_id = conn.execute(
            tmpl.insert().values(
                name=t.name,
                sheet_kind=t.sheet_kind,
                for_older_person=t.for_older_person,
                builtin=True,
                retired_on=None,
                created_at=now,
                updated_at=now,
                version=1,
            )
        ).inserted_primary_key[0]
        conn.execute(
            rows.insert(),
            [
                {
                    "template_id": template_id,
                    "position": i * 10,
                    "section": r.section,
                    "label": r.label,
                    "feed": r.feed,
                    "is_loan": r.is_loan,
                    "rate_bp": r.rate_bp,
                }
                for i, r in enumerate(t.rows, start=1)
            ],
        )
        added += 1
    return added
