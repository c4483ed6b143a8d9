"""Writing meetings for MeetingService: a draft onto a meeting row, attendees, and a series'
generated meetings. Everything runs inside the caller's transaction.

A series keeps its meetings in step with its rule (app.domain.recurrence) without losing
what was done by hand. A generated meeting is an *exception*, left exactly as it is, when
it is no longer what the series (as it was) would generate: moved to another day, cancelled,
held, lasting several days, with another time, place, title, kind or programme, with
minutes or case reviews, or approving a plan. Every other meeting of the series from the
sync's first day on is refreshed to the series' current rule and details, or removed when
the rule no longer gives its occurrence. Occurrences the rule gives that have no meeting
yet are created, except in a month that already has a kept exception (a monthly series
meets once a month). Changes a person made to one occurrence's attendees alone do not make it
an exception (a series change of attendees replaces them).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import FieldError, ValidationError
from app.domain.meeting_drafts import SERIES_DEFAULT_MONTHS, AttendeeDraft, MeetingDraft, SeriesDraft
from app.domain.recurrence import SeriesRule, held_date, scheduled
from app.domain.validation import clean_text
from app.models import Agency, CaseReview, Meeting, MeetingAttendee, MeetingSeries, Plan, StaffMember
from app.services.base import resolve_code
from app.services.meeting_reads import Codes, series_rule
from app.services.meeting_rows import SeriesResult

GENERATE_YEARS_MAX = 5


# ---- a draft onto a meeting ------------------------------------------------------------------------
def resolve_kind(s: Session, codes: Codes, key: str, current_id: int | None, *, category: str | None = None) -> int:
    """The meeting kind's id (a retired kind only when the meeting already has it)."""
    kept = current_id is not None and codes.key(current_id) == key
    kind_id = resolve_code(s, "meeting_kind", key, field="kind", label="会議の種類", allow_retired=kept)
    assert kind_id is not None
    if category is not None and codes.attr(kind_id, "category") != category:
        raise ValidationError([FieldError("kind", "会議の種類", "category", "研修の種類を選んでください")])
    return kind_id


def apply_meeting_draft(s: Session, codes: Codes, m: Meeting, d: MeetingDraft, *, category: str | None = None) -> None:
    """Every field of ``d`` onto ``m`` (attendees replaced); a 支援会議 kind is confidential."""
    m.kind_id = resolve_kind(s, codes, d.kind, m.kind_id, category=category)
    kept_programme = m.programme_id is not None and codes.key(m.programme_id) == d.programme
    m.programme_id = resolve_code(s, "programme", d.programme, field="programme", label="事業", required=False,
                                  allow_retired=kept_programme)  # fmt: skip
    m.title = clean_text(d.title)
    m.held_on, m.ends_on = d.held_on, (d.ends_on if d.ends_on != d.held_on else None)
    m.start_time, m.end_time = d.start_time, d.end_time
    m.place, m.online = clean_text(d.place), d.online
    m.organiser, m.summary = clean_text(d.organiser), d.summary
    m.confidential = bool(codes.attr(m.kind_id, "confidential")) or d.confidential
    replace_attendees(s, m, d.attendees)


def replace_attendees(s: Session, m: Meeting, attendees: Sequence[AttendeeDraft]) -> None:
    """The meeting's attendees become ``attendees`` (staff and agencies must exist; an agency
    retired since may stay on a meeting that already lists it)."""
    kept_agencies = {a.agency_id for a in m.attendees if a.agency_id is not None}
    for i, a in enumerate(attendees):
        if a.staff_id is not None and s.get(StaffMember, a.staff_id) is None:
            raise ValidationError(
                [FieldError(f"attendees.{i}.staff_id", "出席職員", "unknown", "職員が見つかりません")]
            )
        if a.agency_id is not None:
            agency = s.get(Agency, a.agency_id)
            if agency is None:
                raise ValidationError(
                    [FieldError(f"attendees.{i}.agency_id", "出席機関", "unknown", "関係機関が見つかりません")]
                )
            if agency.retired_on is not None and a.agency_id not in kept_agencies:
                message = f"「{agency.name}」は廃止された関係機関です"
                raise ValidationError([FieldError(f"attendees.{i}.agency_id", "出席機関", "retired", message)])
    m.attendees.clear()
    s.flush()
    for a in attendees:
        m.attendees.append(
            MeetingAttendee(staff_id=a.staff_id, agency_id=a.agency_id, name=clean_text(a.name), attended=a.attended)
        )


# ---- series ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Shape:
    """What a generated meeting copies from its series."""

    kind_id: int
    title: str
    programme_id: int | None
    start_time: time | None
    end_time: time | None
    place: str
    online: bool


def series_shape(ms: MeetingSeries) -> Shape:
    return Shape(ms.kind_id, ms.title, ms.programme_id, ms.start_time, ms.end_time, ms.place, ms.online)


def meeting_shape(m: Meeting) -> Shape:
    return Shape(m.kind_id, m.title, m.programme_id, m.start_time, m.end_time, m.place, m.online)


def apply_series_draft(s: Session, codes: Codes, ms: MeetingSeries, d: SeriesDraft) -> None:
    ms.kind_id = resolve_kind(s, codes, d.kind, ms.kind_id if ms.id else None)
    kept = ms.programme_id is not None and codes.key(ms.programme_id) == d.programme
    ms.programme_id = resolve_code(s, "programme", d.programme, field="programme", label="事業", required=False,
                                   allow_retired=kept)  # fmt: skip
    ms.title, ms.rule = clean_text(d.title), d.rule
    monthly_day = d.rule == "monthly_day"
    ms.day_of_month = d.day_of_month if monthly_day else None
    ms.nth, ms.weekday = (None, None) if monthly_day else (d.nth, d.weekday)
    ms.holiday_shift, ms.starts_on, ms.ends_on = d.holiday_shift, d.starts_on, d.ends_on
    ms.start_time, ms.end_time = d.start_time, d.end_time
    ms.place, ms.online = clean_text(d.place), d.online


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def horizon(s: Session, ms: MeetingSeries, until: date | None) -> date:
    """The last day to generate to: ``until``, else 12 months from the start or the latest
    occurrence generated so far (whichever is later); never past the series' end, nor more
    than five years ahead of its start."""
    if until is None:
        until = add_months(ms.starts_on, SERIES_DEFAULT_MONTHS) - timedelta(days=1)
        latest = s.scalar(select(func.max(Meeting.occurrence_on)).where(Meeting.series_id == ms.id))
        if latest is not None and latest > until:
            until = latest
    until = min(until, add_months(ms.starts_on, 12 * GENERATE_YEARS_MAX) - timedelta(days=1))
    return min(until, ms.ends_on) if ms.ends_on is not None else until


def _exceptions(s: Session, rows: list[Meeting], old_rule: SeriesRule, old_shape: Shape) -> set[int]:
    ids = [m.id for m in rows]
    marked: set[int] = set()
    if ids:
        marked |= set(s.scalars(select(CaseReview.meeting_id).where(CaseReview.meeting_id.in_(ids))))
        marked |= set(s.scalars(select(Plan.approved_meeting_id).where(Plan.approved_meeting_id.in_(ids))))
    for m in rows:
        if (
            m.status != "planned"
            or m.ends_on is not None
            or m.held_on != held_date(old_rule, m.occurrence_on)
            or meeting_shape(m) != old_shape
            or m.minutes.strip()
        ):
            marked.add(m.id)
    return marked


def series_attendees(s: Session, ms: MeetingSeries) -> list[AttendeeDraft]:
    """The attendees of the series' latest meeting that has any (what new meetings copy)."""
    q = (
        select(Meeting.id)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(Meeting.series_id == ms.id)
        .order_by(Meeting.occurrence_on.desc())
        .limit(1)
    )
    latest = s.scalar(q)
    if latest is None:
        return []
    rows = s.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id == latest).order_by(MeetingAttendee.id))
    return [AttendeeDraft(a.staff_id, a.agency_id, a.name, a.attended) for a in rows]


def sync_series(
    s: Session,
    codes: Codes,
    ms: MeetingSeries,
    *,
    from_on: date,
    until: date,
    old_rule: SeriesRule | None = None,
    old_shape: Shape | None = None,
    attendees: Sequence[AttendeeDraft] | None = None,
) -> SeriesResult:
    """Bring the series' meetings whose occurrence is on or after ``from_on`` in step with
    its rule up to ``until`` (module docstring). ``old_rule`` / ``old_shape``: the series as
    it was before an edit (default: as it is). ``attendees``: replace those of the refreshed
    and new meetings (default: new meetings copy the latest meeting's)."""
    rule, shape = series_rule(ms), series_shape(ms)
    old_rule, old_shape = old_rule or rule, old_shape or shape
    wanted = {o.rule_on: o.held_on for o in scheduled(rule, max(ms.starts_on, from_on), until)}
    rows = [m for m in s.scalars(select(Meeting).where(Meeting.series_id == ms.id))
            if m.occurrence_on is not None and m.occurrence_on >= from_on]  # fmt: skip
    exceptions = _exceptions(s, rows, old_rule, old_shape)
    confidential = bool(codes.attr(ms.kind_id, "confidential"))
    template = list(attendees) if attendees is not None else series_attendees(s, ms)
    created, updated, removed, kept = [], [], [], []
    existing = {m.occurrence_on for m in rows}
    for m in sorted(rows, key=lambda m: m.occurrence_on):
        if m.id in exceptions:
            kept.append(m.id)
        elif m.occurrence_on in wanted:
            changed = _refresh(m, shape, wanted[m.occurrence_on], confidential)
            if attendees is not None:
                replace_attendees(s, m, attendees)
            if changed or attendees is not None:
                updated.append(m.id)
        else:
            removed.append(m.id)
            s.delete(m)
    taken = set(s.scalars(select(Meeting.occurrence_on).where(Meeting.series_id == ms.id)))
    # a month whose meeting was kept as an exception (moved, cancelled …) gets no second one
    covered = {(m.occurrence_on.year, m.occurrence_on.month) for m in rows if m.id in exceptions}
    for rule_on, held_on in sorted(wanted.items()):
        if rule_on in existing or rule_on in taken or (rule_on.year, rule_on.month) in covered:
            continue
        m = Meeting(series_id=ms.id, occurrence_on=rule_on, held_on=held_on, status="planned",
                    confidential=confidential, organiser="", summary="", minutes="")  # fmt: skip
        _refresh(m, shape, held_on, confidential)
        s.add(m)
        for a in template:
            m.attendees.append(MeetingAttendee(staff_id=a.staff_id, agency_id=a.agency_id, name=a.name,
                                               attended=a.attended))  # fmt: skip
        s.flush()
        created.append(m.id)
    s.flush()
    return SeriesResult(ms.id, tuple(created), tuple(updated), tuple(removed), tuple(kept))


def _refresh(m: Meeting, shape: Shape, held_on: date, confidential: bool) -> bool:
    values = {
        "kind_id": shape.kind_id, "title": shape.title, "programme_id": shape.programme_id,
        "start_time": shape.start_time, "end_time": shape.end_time, "place": shape.place, "online": shape.online,
        "held_on": held_on, "confidential": confidential,
    }  # fmt: skip
    changed = False
    for name, value in values.items():
        if getattr(m, name) != value:
            setattr(m, name, value)
            changed = True
    return changed


__all__ = [
    "Shape",
    "add_months",
    "apply_meeting_draft",
    "apply_series_draft",
    "horizon",
    "meeting_shape",
    "replace_attendees",
    "resolve_kind",
    "series_attendees",
    "series_shape",
    "sync_series",
]
