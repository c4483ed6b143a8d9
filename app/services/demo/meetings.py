"""The meeting calendar: monthly series and their meetings, ad hoc meetings, trainings.

Generated for every fiscal year first, so cases can point at the meeting that approved a
plan or decided a use. ``MeetingBook`` answers "the next held meeting of this kind".
"""

from __future__ import annotations

import calendar as _calendar
import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, time, timedelta

from app.domain.fiscal import fiscal_months, fiscal_year_range
from app.services.demo.context import Ctx
from app.services.demo.holidays import is_working_day
from app.services.demo.org import DISASTER_START
from app.services.demo.places import TRAINING_ORGANISERS
from app.services.demo.texts import REVIEW_MINUTES, TRAININGS

CENTRE_ROOM = "センター相談室"


@dataclass(frozen=True)
class SeriesSpec:
    kind: str
    title: str
    programme: str
    rule: str
    number: int  # day of month, or nth
    weekday: int | None
    shift: str
    hours: tuple[int, int]
    place: str
    agency_tags: tuple[str, ...]
    roles: tuple[str, ...]
    disaster: bool = False


SERIES = (
    SeriesSpec(
        "regular_coordination",
        "定例支援調整会議",
        "self_reliance",
        "monthly_nth_weekday",
        2,
        1,
        "next",
        (14, 16),
        CENTRE_ROOM,
        ("welfare", "council", "hellowork"),
        ("head", "chief_counsellor", "counsellor"),
    ),
    SeriesSpec(
        "employment_coordination",
        "就労支援対象者支援調整会議",
        "self_reliance",
        "monthly_nth_weekday",
        2,
        2,
        "next",
        (10, 12),
        CENTRE_ROOM,
        ("hellowork",),
        ("chief_counsellor", "employment_counsellor"),
    ),
    SeriesSpec(
        "employment_prep_coordination",
        "就労準備支援調整会議",
        "self_reliance",
        "monthly_nth_weekday",
        3,
        2,
        "next",
        (14, 15),
        CENTRE_ROOM,
        ("prep", "hellowork"),
        ("employment_counsellor",),
    ),
    SeriesSpec(
        "hikikomori_coordination",
        "ひきこもり支援調整会議",
        "outreach",
        "monthly_nth_weekday",
        3,
        3,
        "next",
        (14, 16),
        CENTRE_ROOM,
        ("health", "ssw", "disability"),
        ("outreach_worker", "chief_counsellor"),
    ),
    SeriesSpec(
        "budget_coordination",
        "家計改善支援事業支援調整会議",
        "household_budget",
        "monthly_day",
        28,
        None,
        "previous",
        (13, 15),
        CENTRE_ROOM,
        ("budget",),
        ("budget_advisor", "head"),
    ),
    SeriesSpec(
        "child_protection_council",
        "要保護児童対策地域協議会 実務者会議",
        "self_reliance",
        "monthly_nth_weekday",
        4,
        4,
        "next",
        (10, 12),
        "倉敷市役所 会議室",
        ("child",),
        ("chief_counsellor",),
    ),
    SeriesSpec(
        "recovery_centre",
        "復興支援センター ケース検討会議",
        "disaster_recovery",
        "monthly_nth_weekday",
        1,
        3,
        "next",
        (10, 11),
        "真備地区復興支援センター",
        ("recovery",),
        ("disaster",),
        True,
    ),
    SeriesSpec(
        "recovery_centre",
        "復興支援センター ケース検討会議（月後半）",
        "disaster_recovery",
        "monthly_nth_weekday",
        3,
        3,
        "next",
        (10, 11),
        "真備地区復興支援センター",
        ("recovery",),
        ("disaster",),
        True,
    ),
    SeriesSpec(
        "recovery_centre",
        "被災者見守り・相談支援 個別支援会議",
        "disaster_recovery",
        "monthly_nth_weekday",
        1,
        1,
        "next",
        (13, 14),
        "真備支所 会議室",
        ("recovery", "disaster"),
        ("disaster",),
        True,
    ),
    SeriesSpec(
        "recovery_centre",
        "支え合い連携会議",
        "disaster_recovery",
        "monthly_nth_weekday",
        2,
        2,
        "next",
        (15, 16),
        "真備地区復興支援センター",
        ("disaster",),
        ("disaster", "head"),
        True,
    ),
)
# kind, title, programme, per month (lo, hi), agency tags, roles
AD_HOC = (
    (
        "emergency_coordination",
        "緊急支援調整会議",
        "self_reliance",
        (0, 2),
        ("welfare",),
        ("chief_counsellor", "counsellor"),
    ),
    ("case_conference", "個別ケース会議", "self_reliance", (1, 3), ("ref",), ("counsellor",)),
    ("case_conference", "個別ケース会議（アウトリーチ）", "outreach", (0, 2), ("joint",), ("outreach_worker",)),
    ("recovery_centre", "被災者個別支援ケース会議", "disaster_recovery", (0, 3), ("recovery",), ("disaster",)),
)
QUARTERLY = (
    ("support_council", "支援会議（法第9条）", "self_reliance", ("welfare", "health"), ("head", "chief_counsellor")),
    ("independence_council", "倉敷地域自立支援協議会 精神部会", "outreach", ("disability",), ("outreach_worker",)),
)


class MeetingBook:
    """Held meetings per kind, sorted by date: (held_on, meeting id)."""

    def __init__(self) -> None:
        self.by_kind: dict[str, list[tuple[date, int]]] = {}

    def add(self, kind: str, held_on: date, meeting_id: int) -> None:
        """Register a held meeting."""
        self.by_kind.setdefault(kind, []).append((held_on, meeting_id))

    def finish(self) -> None:
        """Sort every kind's meetings by date (call once all are added)."""
        for items in self.by_kind.values():
            items.sort()

    def next(self, kind: str, on: date, after: int = 0) -> tuple[date, int] | None:
        """The held meeting of ``kind`` on or after ``on`` (``after`` more further on)."""
        items = self.by_kind.get(kind, [])
        i = bisect_left(items, (on, 0)) + after
        return items[i] if i < len(items) else None

    def between(self, kind: str, first: date, last: date) -> list[tuple[date, int]]:
        """Held meetings of ``kind`` from ``first`` to ``last`` inclusive."""
        items = self.by_kind.get(kind, [])
        return items[bisect_left(items, (first, 0)) : bisect_right(items, (last, 1 << 62))]

    def index(self, kind: str, meeting: tuple[date, int]) -> int:
        """Position of ``meeting`` in its kind's list."""
        return bisect_left(self.by_kind[kind], meeting)


def rule_date(spec: SeriesSpec, year: int, month: int) -> date:
    """The date the series' rule gives in one month (before any holiday shift)."""
    last = _calendar.monthrange(year, month)[1]
    if spec.rule == "monthly_day":
        return date(year, month, min(spec.number, last))
    first = date(year, month, 1)
    offset = (spec.weekday - first.weekday()) % 7  # type: ignore[operator]
    return first + timedelta(days=offset + 7 * (spec.number - 1))


def shifted(d: date, shift: str) -> date:
    """``d`` moved to the previous or next working day as the series says."""
    step = {"previous": -1, "next": 1}.get(shift, 0)
    while step and not is_working_day(d):
        d += timedelta(days=step)
    return d


def _attendees(ctx: Ctx, rng: random.Random, mid: int, tags: tuple[str, ...], roles: tuple[str, ...]) -> None:
    staff = {s for r in roles for s in ctx.staff[r]}
    for sid in sorted(rng.sample(sorted(staff), min(len(staff), rng.randint(1, 3)))):
        ctx.sink.add("meeting_attendees", meeting_id=mid, staff_id=sid, agency_id=None, name="", attended=True)
    pool = sorted({a for t in tags for a in ctx.agencies.get(t, ())})
    for aid in rng.sample(pool, min(len(pool), rng.randint(1, 3))):
        ctx.sink.add("meeting_attendees", meeting_id=mid, staff_id=None, agency_id=aid, name="", attended=True)


def _meeting(ctx: Ctx, rng: random.Random, kind: str, title: str, programme: str, on: date, **extra: object) -> int:
    first = rng.randint(9, 15)
    hours = extra.pop("hours", (first, first + 1))
    values = {
        "kind_id": ctx.code("meeting_kind", kind),
        "title": title,
        "programme_id": ctx.code("programme", programme),
        "held_on": on,
        "start_time": time(hours[0], 0),  # type: ignore[index]
        "end_time": time(hours[1], 0),  # type: ignore[index]
        "status": "held",
        "minutes": rng.choice(REVIEW_MINUTES) if kind != "training" else "",
        "confidential": kind == "support_council",
    }
    values.update(extra)
    return ctx.sink.add("meetings", on, **values)


def _series_row(ctx: Ctx, spec: SeriesSpec, starts: date) -> int:
    return ctx.sink.add(
        "meeting_series",
        starts,
        kind_id=ctx.code("meeting_kind", spec.kind),
        title=spec.title,
        programme_id=ctx.code("programme", spec.programme),
        rule=spec.rule,
        day_of_month=spec.number if spec.rule == "monthly_day" else None,
        nth=spec.number if spec.rule != "monthly_day" else None,
        weekday=spec.weekday,
        holiday_shift=spec.shift,
        starts_on=starts,
        ends_on=None,
        start_time=time(spec.hours[0], 0),
        end_time=time(spec.hours[1], 0),
        place=spec.place,
        online=False,
    )


def build_series(ctx: Ctx, book: MeetingBook) -> None:
    """The monthly series and one meeting per month each (the disaster programme's from
    August 2018); a few of the recovery centre's meetings are cancelled."""
    rng = ctx.rng("meetings", "series")
    for spec in SERIES:
        starts = max(ctx.start, date(2018, 8, 1)) if spec.disaster else ctx.start
        if starts > ctx.horizon:
            continue
        sid = _series_row(ctx, spec, starts)
        months = [ym for fy in range(ctx.first_fy, ctx.last_fy + 1) for ym in fiscal_months(fy)]
        for y, m in months:
            occurrence = rule_date(spec, y, m)
            if occurrence < starts:
                continue
            held = shifted(occurrence, spec.shift)
            cancelled = spec.disaster and rng.random() < 0.04
            extra = {"series_id": sid, "occurrence_on": occurrence, "place": spec.place}
            status = "cancelled" if cancelled else "held"
            mid = _meeting(
                ctx, rng, spec.kind, spec.title, spec.programme, held, hours=spec.hours, status=status, **extra
            )
            if not cancelled:
                book.add(spec.kind, held, mid)
                _attendees(ctx, rng, mid, spec.agency_tags, spec.roles)


def build_ad_hoc(ctx: Ctx, book: MeetingBook, fy: int) -> None:
    """The year's meetings outside the series: emergency and case meetings, 支援会議 and external councils quarterly, trainings."""
    rng = ctx.rng("meetings", "ad_hoc", fy)
    for kind, title, programme, (lo, hi), tags, roles in AD_HOC:
        for y, m in fiscal_months(fy):
            days = [d for d in ctx.cal.month(y, m) if programme != "disaster_recovery" or d >= DISASTER_START]
            for on in sorted(rng.sample(days, min(len(days), rng.randint(lo, hi)))):
                mid = _meeting(ctx, rng, kind, title, programme, on, place=CENTRE_ROOM)
                book.add(kind, on, mid)
                _attendees(ctx, rng, mid, tags, roles)
    for kind, title, programme, tags, roles in QUARTERLY:
        for y, m in fiscal_months(fy)[1::3]:
            on = rng.choice(ctx.cal.month(y, m))
            mid = _meeting(ctx, rng, kind, title, programme, on, place="倉敷市役所 会議室")
            book.add(kind, on, mid)
            _attendees(ctx, rng, mid, tags, roles)
    _trainings(ctx, rng, fy)


def _trainings(ctx: Ctx, rng: random.Random, fy: int) -> None:
    start, end = fiscal_year_range(fy)
    for name, summary, days in rng.sample(TRAININGS, rng.randint(8, 12)):
        first = rng.choice(ctx.cal.between(start, end))
        last = first
        for _ in range(days - 1):
            last = ctx.cal.on_or_after(last + timedelta(days=1)) or last
        online = rng.random() < 0.5
        mid = _meeting(
            ctx,
            rng,
            "training",
            name,
            rng.choice(("self_reliance", "household_budget", "outreach")),
            first,
            hours=(10, 16),
            ends_on=last if last > first else None,
            organiser=rng.choice(TRAINING_ORGANISERS),
            summary=summary,
            online=online,
            place="オンライン" if online else rng.choice(("岡山市", "倉敷市", "東京都")),
        )
        _attendees(ctx, rng, mid, (), ("counsellor", "budget_advisor", "outreach_worker", "employment_counsellor"))
