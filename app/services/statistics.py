"""StatisticsService: every annual-report figure for a fiscal year, computed in SQL, with
targets and 達成 / 未達成, monthly breakdowns 4月 → 3月, drill-down to the records counted, and
the lists the report prints. Definitions: app/services/stats_figures.py, docs/statistics.md.

Read-only: it works on a ledger opened read-only, while another program writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, distinct, extract, func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError
from app.domain.fiscal import fiscal_months, fiscal_year_range
from app.models import Person, YearTarget
from app.services.base import Service
from app.services.stats_figures import FIGURES, FIGURES_BY_KEY, Ctx, FigureDef
from app.services.stats_lists import YearLists, year_lists


@dataclass(frozen=True)
class FigureValue:
    key: str
    label: str
    unit: str
    programme: str
    value: int
    monthly: tuple[int, ...]  # April … March
    target: int | None

    @property
    def achieved(self) -> bool | None:
        return None if self.target is None else self.value >= self.target

    @property
    def achievement_label(self) -> str:
        return {True: "達成", False: "未達成", None: ""}[self.achieved]


@dataclass(frozen=True)
class YearFigures:
    fiscal_year: int
    figures: dict[str, FigureValue]
    lists: YearLists
    targets_without_figure: tuple[str, ...]  # targets whose key no figure has

    def value(self, key: str) -> int:
        return self.figures[key].value


@dataclass(frozen=True)
class FigureRecord:
    """One record behind a figure (drill-down row)."""

    kind: str  # table of the record
    id: int
    on: date
    person_id: int | None
    person_no: str
    person_name: str
    amount: int | None


class StatisticsService(Service):
    def definitions(self) -> tuple[FigureDef, ...]:
        return FIGURES

    def year(self, fiscal_year: int) -> YearFigures:
        with self._ledger.reading() as s:
            ctx = _ctx(s, fiscal_year)
            targets = dict(
                s.execute(
                    select(YearTarget.figure_key, YearTarget.target_value).where(YearTarget.fiscal_year == fiscal_year)
                ).all()
            )
            figures = {f.key: _evaluate(ctx, f, targets.get(f.key)) for f in FIGURES}
            lists = year_lists(ctx)
        orphans = tuple(sorted(k for k in targets if k not in figures))
        return YearFigures(fiscal_year, figures, lists, orphans)

    def values(self, fiscal_year: int) -> dict[str, int]:
        """Just the yearly value of every figure (no months, targets or lists)."""
        with self._ledger.reading() as s:
            ctx = _ctx(s, fiscal_year)
            return {f.key: int(s.scalar(_value_query(f, f.source(ctx).subquery())) or 0) for f in FIGURES}

    def figure(self, fiscal_year: int, key: str) -> FigureValue:
        fdef = _lookup(key)
        with self._ledger.reading() as s:
            target = s.scalar(
                select(YearTarget.target_value).where(
                    YearTarget.fiscal_year == fiscal_year, YearTarget.figure_key == key
                )
            )
            return _evaluate(_ctx(s, fiscal_year), fdef, target)

    def explain(self, fiscal_year: int, key: str, *, limit: int | None = None, offset: int = 0) -> list[FigureRecord]:
        """The records a figure counts, oldest first (for a distinct figure: every record of
        the counted subjects in the year, so the list shows why each one counts)."""
        fdef = _lookup(key)
        with self._ledger.reading() as s:
            sub = fdef.source(_ctx(s, fiscal_year)).subquery()
            q = (
                select(
                    sub.c.kind,
                    sub.c.rid,
                    sub.c.on,
                    sub.c.person_id,
                    Person.person_no,
                    Person.family_name,
                    Person.given_name,
                    sub.c.amount,
                )
                .outerjoin(Person, Person.id == sub.c.person_id)
                .order_by(sub.c.on, sub.c.kind, sub.c.rid)
                .offset(offset)
            )
            if limit is not None:
                q = q.limit(limit)
            return [
                FigureRecord(kind, rid, on, pid, pno or "", f"{fam or ''} {giv or ''}".strip(), amount)
                for kind, rid, on, pid, pno, fam, giv, amount in s.execute(q)
            ]


def _lookup(key: str) -> FigureDef:
    try:
        return FIGURES_BY_KEY[key]
    except KeyError:
        raise NotFoundError(f"集計項目「{key}」はありません") from None


def _ctx(s: Session, fiscal_year: int) -> Ctx:
    start, end = fiscal_year_range(fiscal_year)
    return Ctx(s, start, end)


def _value_query(fdef: FigureDef, sub) -> Select:
    if fdef.aggregate == "count":
        return select(func.count()).select_from(sub)
    if fdef.aggregate == "distinct":
        return select(func.count(distinct(sub.c.subject)))
    return select(func.coalesce(func.sum(sub.c.amount), 0))


def _monthly_query(fdef: FigureDef, sub) -> Select:
    if fdef.aggregate == "distinct":  # each subject in the month of its first record
        first = select(sub.c.subject, func.min(sub.c.on).label("on")).group_by(sub.c.subject).subquery()
        month = extract("month", first.c.on)
        return select(month, func.count()).select_from(first).group_by(month)
    month = extract("month", sub.c.on)
    agg = func.count() if fdef.aggregate == "count" else func.coalesce(func.sum(sub.c.amount), 0)
    return select(month, agg).select_from(sub).group_by(month)


def _evaluate(ctx: Ctx, fdef: FigureDef, target: int | None) -> FigureValue:
    sub = fdef.source(ctx).subquery()
    value = int(ctx.session.scalar(_value_query(fdef, sub)) or 0)
    by_month = {int(m): int(v) for m, v in ctx.session.execute(_monthly_query(fdef, sub))}
    fy = ctx.start.year
    monthly = tuple(by_month.get(m, 0) for _y, m in fiscal_months(fy))
    return FigureValue(fdef.key, fdef.label, fdef.unit, fdef.programme, value, monthly, target)


__all__ = ["FigureRecord", "FigureValue", "StatisticsService", "YearFigures"]
