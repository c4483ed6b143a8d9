"""Demo ledger: fills an empty ledger with a deterministic, fictional centre.

``build_demo(ledger, fiscal_year=2022, years=1, scale=1.0, seed=1)`` writes the fiscal years
``fiscal_year - years + 1 .. fiscal_year``: staff, agencies, the meeting calendar, persons and
their cases with everything the annual report counts, at volumes like a busy city centre
(``scale`` multiplies them). Everything is invented; the same arguments always give the same
rows. One transaction: on any error nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from app.db.ledger import Ledger
from app.db.sequences import reset_id_sequences
from app.domain.errors import ConflictError, FieldError, ValidationError
from app.models import Base, NumberSequence
from app.services.demo import jobdesk, meetings, org
from app.services.demo.context import Ctx
from app.services.demo.sheets import load_templates
from app.services.demo.sink import Sink
from app.services.demo.year import build_year

Progress = Callable[[str, int, int], None]
SEEDED_TABLES = frozenset(
    {"code_kinds", "codes", "budget_templates", "budget_template_rows", "ledger_meta", "number_sequences"}
)
MAX_YEARS = 30


@dataclass(frozen=True)
class DemoSummary:
    """What was written: rows per table, in the order the tables were filled."""

    fiscal_years: tuple[int, ...]
    scale: float
    seed: int
    tables: tuple[tuple[str, int], ...]

    def count(self, table: str) -> int:
        """Rows written to ``table``."""
        return dict(self.tables).get(table, 0)

    @property
    def total_rows(self) -> int:
        """Rows written in all."""
        return sum(n for _t, n in self.tables)


def _validate(fiscal_year: int, years: int, scale: float) -> None:
    errors = []
    if not 1 <= years <= MAX_YEARS:
        errors.append(FieldError("years", "年数", "range", f"年数は1〜{MAX_YEARS}で指定してください"))
    if fiscal_year - years + 1 < 1990 or fiscal_year > 2100:
        errors.append(FieldError("fiscal_year", "年度", "range", "年度は1990〜2100年度の範囲で指定してください"))
    if not 0 < scale <= 5:
        errors.append(FieldError("scale", "規模", "range", "規模は0より大きく5以下で指定してください"))
    if errors:
        raise ValidationError(errors)


def ensure_empty(conn: Connection) -> None:
    """ConflictError unless the ledger holds nothing but its seeded codes and templates."""
    for table in Base.metadata.sorted_tables:
        if table.name in SEEDED_TABLES:
            continue
        if conn.execute(select(1).select_from(table).limit(1)).first() is not None:
            raise ConflictError(
                f"台帳に既に記録があります（{table.name}）。デモデータは新しく作成した空の台帳にだけ作成できます。"
            )


def _number_sequences(ctx: Ctx) -> None:
    """Leave the counters where the next real intake continues the numbering."""
    values = {"person": ctx.sink.last_id("persons") + 1, "job_seeker": ctx.sink.last_id("job_seekers") + 1}
    values.update({f"case:{fy}": seq + 1 for fy, seq in sorted(ctx.shared.get("case_seq", {}).items())})
    ctx.conn.execute(delete(NumberSequence).where(NumberSequence.name.in_(list(values))))
    for name, value in values.items():
        ctx.sink.add("number_sequences", name=name, next_value=value)


def _year_factors(ctx: Ctx) -> None:
    """Earlier years were a little quieter; the requested year is exactly at scale."""
    rng = ctx.rng("year_factor")
    for fy in range(ctx.first_fy, ctx.last_fy):
        ctx.year_factor[fy] = round(rng.uniform(0.88, 1.02), 3)
    ctx.year_factor[ctx.last_fy] = 1.0


def build_demo(
    ledger: Ledger,
    *,
    fiscal_year: int = 2022,
    years: int = 1,
    scale: float = 1.0,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty ledger with fictional data for ``years`` fiscal years ending with
    ``fiscal_year``; ``progress(stage, done, total)`` is called after each step.

    One transaction (all or nothing). Raises ValidationError for bad arguments and
    ConflictError when the ledger is not empty.
    """
    _validate(fiscal_year, years, scale)
    total = 4 + 13 * years
    done = 0

    def tick(label: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(label, done, total)

    with ledger.transaction() as session:
        conn = session.connection()
        ensure_empty(conn)
        ctx = Ctx(conn, Sink(), seed, scale, fiscal_year - years + 1, fiscal_year)
        _generate(ctx, tick)
        tables = tuple((t, n) for t, n in ctx.sink.written.items())
    tick("完了しました")
    ledger.refresh_statistics()  # a bulk load: let the planner see the new volumes
    return DemoSummary(tuple(range(ctx.first_fy, ctx.last_fy + 1)), scale, seed, tables)


def _generate(ctx: Ctx, tick: Callable[[str], None]) -> None:
    """Organisation, calendar, then year after year; number counters last."""
    _year_factors(ctx)
    ctx.shared["templates"] = load_templates(ctx.conn)
    rng = ctx.rng("org")
    org.build_staff(ctx, rng)
    org.build_agencies(ctx, rng)
    jobdesk.base_employers(ctx)
    ctx.flush()
    tick("職員と関係機関を作成しています")
    book = meetings.MeetingBook()
    meetings.build_series(ctx, book)
    for fy in range(ctx.first_fy, ctx.last_fy + 1):
        meetings.build_ad_hoc(ctx, book, fy)
    book.finish()
    ctx.flush()
    tick("会議予定と研修を作成しています")
    for fy in range(ctx.first_fy, ctx.last_fy + 1):
        build_year(ctx, book, fy, tick)
    _number_sequences(ctx)
    ctx.flush()
    reset_id_sequences(ctx.conn)
    tick("番号の続きを設定しています")


__all__ = ["DemoSummary", "build_demo", "ensure_empty"]
