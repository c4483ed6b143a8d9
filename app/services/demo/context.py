"""What every part of the generator shares: the sink, codes, the calendar, counts, dates.

Randomness: every stage draws from its own ``random.Random`` seeded with a string built from
the user's seed and the stage's name (``ctx.rng("cases", 2022, 4)``), so a stage's output does
not shift when another stage changes, and the same arguments always give the same ledger.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from app.domain.fiscal import fiscal_year, fiscal_year_range
from app.models import Code
from app.services.demo.holidays import WorkCalendar
from app.services.demo.sink import Sink

T = TypeVar("T")
Progress = Callable[[str, int, int], None]


@dataclass
class Ctx:
    conn: Connection
    sink: Sink
    seed: int
    scale: float
    first_fy: int
    last_fy: int
    codes: dict[tuple[str, str], int] = field(default_factory=dict)
    staff: dict[str, list[int]] = field(default_factory=dict)  # role code → staff ids
    agencies: dict[str, list[int]] = field(default_factory=dict)  # tag → agency ids
    agency_names: dict[int, str] = field(default_factory=dict)
    year_factor: dict[int, float] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)  # cross-stage registries
    # records counted per (figure, fiscal year), for the carry-over into the last year
    tallies: Counter[tuple[str, int]] = field(default_factory=Counter)
    tallied_people: dict[tuple[str, int], set[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.start = fiscal_year_range(self.first_fy)[0]
        self.horizon = fiscal_year_range(self.last_fy)[1]
        self.cal = WorkCalendar(self.start, self.horizon)
        if not self.codes:
            rows = self.conn.execute(select(Code.kind, Code.code, Code.id))
            self.codes = {(k, c): i for k, c, i in rows}

    # ---- look-ups ------------------------------------------------------------------------
    def code(self, kind: str, key: str) -> int:
        """The id of code ``key`` of ``kind``."""
        return self.codes[(kind, key)]

    def rng(self, *parts: object) -> random.Random:
        """A random stream of its own for one stage (see the module docstring)."""
        return random.Random(":".join(map(str, (self.seed, *parts))))

    def count(self, base: float, fy: int, *, minimum: int = 1) -> int:
        """``base`` (a yearly volume at scale 1) for ``fy`` at this scale, never below
        ``minimum`` so that small scales still show every kind of record."""
        return max(minimum, round(base * self.scale * self.year_factor.get(fy, 1.0)))

    def mark(self, figure: str, on: date, person: int | None = None) -> None:
        """Count a record towards ``figure`` in the fiscal year of ``on`` (distinct persons
        when ``person`` is given)."""
        key = (figure, fiscal_year(on))
        if person is None:
            self.tallies[key] += 1
        else:
            self.tallied_people.setdefault(key, set()).add(person)

    def carried(self, figure: str, fy: int) -> int:
        """Records of ``figure`` already counted in ``fy``."""
        return self.tallies[(figure, fy)] + len(self.tallied_people.get((figure, fy), ()))

    def overlap(self, first: str, second: str, fy: int) -> int:
        """Persons counted in both distinct-person figures in ``fy`` so far."""
        a = self.tallied_people.get((first, fy), set())
        return len(a & self.tallied_people.get((second, fy), set()))

    def need(self, figure: str, base: float, fy: int, *, minimum: int = 1, every_year: bool = False) -> int:
        """How many more records of ``figure`` year ``fy`` needs: its volume less what
        earlier years' cases already put into it (only the last year of a longer run has
        such carry-over to make up for, since its own later records are kept inside it).
        ``every_year`` for distinct-person figures that count a person again in a later year
        (a job seeker still using the desk)."""
        wanted = self.count(base, fy, minimum=minimum)
        if not every_year and (fy != self.last_fy or fy == self.first_fy):
            return wanted
        return max(minimum, wanted - self.carried(figure, fy))

    def agency(self, rng: random.Random, tag: str) -> int:
        """A random agency carrying ``tag``."""
        return rng.choice(self.agencies[tag])

    def one_staff(self, rng: random.Random, *roles: str) -> int:
        """A random active staff member in one of ``roles``."""
        return rng.choice([s for r in roles for s in self.staff.get(r, ())])

    def flush(self) -> int:
        """Write every queued row (inside the build's transaction)."""
        return self.sink.flush(self.conn)

    # ---- dates ---------------------------------------------------------------------------
    def later(self, rng: random.Random, base: date, lo: int, hi: int) -> date:
        """A working day ``lo``..``hi`` days after ``base``, never after the horizon: a date
        that would pass it is drawn again between ``base`` and the horizon."""
        natural = base + timedelta(days=rng.randint(lo, hi))
        if natural > self.horizon:
            room = max(0, (self.horizon - base).days)
            natural = base + timedelta(days=rng.randint(min(lo, room), room))
        return self.snap(natural, base)

    def snap(self, d: date, floor: date) -> date:
        """The working day on or after ``d`` (or before it at the horizon), not before
        ``floor``."""
        day = self.cal.on_or_after(d) or self.cal.on_or_before(self.horizon) or d
        if day > self.horizon:
            day = self.cal.on_or_before(self.horizon) or d
        return max(day, floor)

    def natural(self, rng: random.Random, base: date, lo: int, hi: int) -> date | None:
        """A working day ``lo``..``hi`` days after ``base``, or None past the horizon."""
        d = self.cal.on_or_after(base + timedelta(days=rng.randint(lo, hi)))
        return d if d is not None and d <= self.horizon else None


# ---- random helpers -----------------------------------------------------------------------
def clock(rng: random.Random, first_hour: int = 9, last_hour: int = 16) -> time:
    """A time of day on the office's five-minute grid."""
    return time(rng.randint(first_hour, last_hour), rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))


def weighted_sample(
    rng: random.Random, items: Sequence[T], k: int, weight: Callable[[T], float] | None = None
) -> list[T]:
    """``k`` distinct items (fewer if there are not enough), weighted without replacement."""
    k = min(k, len(items))
    if weight is None:
        return rng.sample(list(items), k)
    keyed = [(rng.random() ** (1.0 / max(weight(it), 1e-9)), i) for i, it in enumerate(items)]
    keyed.sort(reverse=True)
    return [items[i] for _key, i in keyed[:k]]


def allocate(
    rng: random.Random,
    items: Sequence[T],
    total: int,
    *,
    minimum: int = 0,
    weight: Callable[[T], float] | None = None,
    cap: int | None = None,
) -> list[int]:
    """Share ``total`` among ``items`` (each gets at least ``minimum``, at most ``cap``);
    the shares add up to ``total`` whenever the bounds allow it."""
    n = len(items)
    if n == 0:
        return []
    counts = [minimum] * n
    rest = total - minimum * n
    weights = [weight(it) for it in items] if weight else [1.0] * n
    while rest > 0:
        picks = rng.choices(range(n), weights=weights, k=rest)
        rest = 0
        for i in picks:
            if cap is not None and counts[i] >= cap:
                rest += 1
                weights[i] = 0.0
            else:
                counts[i] += 1
        if rest and not any(weights):
            break
    return counts


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights``, the parts adding up exactly."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts
