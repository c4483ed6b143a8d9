"""Plain frozen data that OutreachService takes and returns: the visit list's filter and rows,
one visit in full, the month-by-month liaison table and the disaster programme's activities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from app.domain.visit_drafts import VisitDraft

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_range(month: str) -> tuple[date, date]:
    """ "2022-05" → (2022-05-01, 2022-05-31); ValueError for anything else."""
    m = _MONTH.match(month)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"month must be YYYY-MM: {month!r}")
    first = date(int(m.group(1)), int(m.group(2)), 1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


@dataclass(frozen=True)
class VisitFilter:
    """What the visit list shows. ``month`` ("YYYY-MM") narrows ``fiscal_year``; ``planned``
    None shows made and planned visits, True only planned, False only made ones."""

    month: str | None = None
    fiscal_year: int | None = None
    staff_id: int | None = None
    agency_id: int | None = None
    result: str | None = None  # visit_result code
    case_id: int | None = None
    planned: bool | None = None

    def __post_init__(self) -> None:
        if self.month is not None:
            month_range(self.month)


@dataclass(frozen=True)
class VisitRow:
    """One line of the visit list (labels in Japanese, names joined with 、)."""

    id: int
    version: int
    visited_on: date
    start_at: time | None
    end_at: time | None
    planned: bool
    case_id: int | None
    case_no: str
    person_name: str
    programme: str  # short label
    place: str  # label (and the place note)
    method: str
    result_code: str | None
    result: str
    purpose: str
    staff: str
    agencies: str
    content: str  # at most DETAIL_MAX characters
    next_visit_on: date | None


@dataclass(frozen=True)
class VisitCase:
    """A case as the visit dialog needs it: who, its programmes, and whether the visit
    records the hikikomori state (outreach programme, ひきこもり topic or 社会的孤立 issue)."""

    case_id: int
    case_no: str
    person_id: int
    person_name: str
    person_kana: str
    programmes: tuple[tuple[str, str], ...]  # (code, label)
    hikikomori: bool


@dataclass(frozen=True)
class VisitDetail:
    """One visit for editing: the draft as saved and what the dialog shows beside it."""

    id: int
    version: int
    draft: VisitDraft
    case: VisitCase | None
    staff_names: dict[int, str] = field(default_factory=dict)
    agency_names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LiaisonEntry:
    """One joint visit or liaison with named agencies (no person's name: it is printed)."""

    on: date
    agencies: tuple[str, ...]
    staff: tuple[str, ...]
    what: str  # 同行訪問 / 医療機関へ同行 / 相談同行 / 連携協議 …
    source: str  # "visit" / "contact"
    record_id: int
    case_no: str = ""

    @property
    def agencies_text(self) -> str:
        return "・".join(self.agencies)


@dataclass(frozen=True)
class LiaisonLine:
    """What the printed table shows: one agency set and action, with the days it happened."""

    agencies: str
    what: str
    days: tuple[int, ...]

    @property
    def text(self) -> str:
        days = "・".join(f"{d}日" for d in self.days)
        return f"{self.agencies}と{self.what}（{days}）"


@dataclass(frozen=True)
class MonthLiaison:
    """A month of the fiscal year and its entries, oldest first."""

    year: int
    month: int
    entries: tuple[LiaisonEntry, ...]

    @property
    def label(self) -> str:
        return f"{self.month}月"

    def lines(self) -> list[LiaisonLine]:
        """The entries folded as the report prints them: one line per agency set and
        action, in the order each first happened, with its days of the month."""
        days: dict[tuple[str, str], list[int]] = {}
        for e in self.entries:
            found = days.setdefault((e.agencies_text, e.what), [])
            if e.on.day not in found:
                found.append(e.on.day)
        return [LiaisonLine(agencies, what, tuple(sorted(d))) for (agencies, what), d in days.items()]


@dataclass(frozen=True)
class DisasterActivityRow:
    id: int
    version: int
    activity_on: date
    kind: str
    kind_label: str
    case_id: int | None
    case_no: str
    person_name: str
    staff: str
    agencies: str
    content: str


__all__ = [
    "DisasterActivityRow",
    "LiaisonEntry",
    "LiaisonLine",
    "MonthLiaison",
    "VisitCase",
    "VisitDetail",
    "VisitFilter",
    "VisitRow",
    "month_range",
]
