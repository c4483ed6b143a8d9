"""Reading the meeting calendar for MeetingService: code look-ups, the 支援会議 membership
rule, and the frozen rows of meetings, attendees, reviews, series and trainings.

Membership (法第9条): a staff member is a member of a confidential meeting when listed among
its staff attendees. A viewer who is not (or no viewer: nobody signed in) sees the meeting
``restricted``. Reading costs a fixed number of queries per call, never one per row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import FieldError, ValidationError
from app.domain.meeting_drafts import AttendeeDraft, MeetingDraft, SeriesDraft
from app.domain.recurrence import SeriesRule
from app.models import (
    Agency,
    Case,
    CaseReview,
    Code,
    Evaluation,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    Person,
    Plan,
    StaffMember,
)
from app.services.meeting_rows import (
    RESTRICTED_TITLE,
    AttendeeRow,
    MeetingFilter,
    MeetingKind,
    MeetingRow,
    ReviewRow,
    SeriesRow,
    TrainingRow,
)

DEFAULT_COLOUR = "#999999"


@dataclass(frozen=True)
class Codes:
    """Meeting kinds, programmes and review kinds of the ledger, by id and by key."""

    by_id: dict[int, Code]
    by_key: dict[tuple[str, str], Code]

    @classmethod
    def load(cls, s: Session) -> Codes:
        rows = list(s.scalars(select(Code).where(Code.kind.in_(("meeting_kind", "programme", "review_kind")))))
        return cls({c.id: c for c in rows}, {(c.kind, c.code): c for c in rows})

    def key(self, code_id: int | None) -> str | None:
        return self.by_id[code_id].code if code_id in self.by_id else None

    def label(self, code_id: int | None) -> str:
        return self.by_id[code_id].label if code_id in self.by_id else ""

    def attr(self, code_id: int, name: str, default: object = None) -> object:
        code = self.by_id.get(code_id)
        return (code.attrs or {}).get(name, default) if code else default

    def ids_where(self, kind: str, attr: str, value: object) -> list[int]:
        return [c.id for c in self.by_id.values() if c.kind == kind and (c.attrs or {}).get(attr) == value]

    def meeting_kinds(self) -> tuple[MeetingKind, ...]:
        kinds = sorted((c for c in self.by_id.values() if c.kind == "meeting_kind" and c.retired_on is None),
                       key=lambda c: (c.position, c.id))  # fmt: skip
        return tuple(self.meeting_kind(c.id) for c in kinds)

    def meeting_kind(self, code_id: int) -> MeetingKind:
        c = self.by_id[code_id]
        attrs = c.attrs or {}
        return MeetingKind(c.code, c.label, str(attrs.get("colour") or DEFAULT_COLOUR),
                           str(attrs.get("category") or "internal"), bool(attrs.get("confidential")))  # fmt: skip


# ---- membership --------------------------------------------------------------------------------
def member_meeting_ids(s: Session, meeting_ids: list[int], staff_id: int | None) -> set[int]:
    """Of ``meeting_ids``, those ``staff_id`` is listed at as a staff attendee."""
    if staff_id is None or not meeting_ids:
        return set()
    q = select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.staff_id == staff_id, MeetingAttendee.meeting_id.in_(meeting_ids)
    )
    return set(s.scalars(q))


def is_member(s: Session, meeting_id: int, staff_id: int | None) -> bool:
    return meeting_id in member_meeting_ids(s, [meeting_id], staff_id)


def guard_confidential(s: Session, m: Meeting, editor_staff_id: int | None) -> None:
    """Refuse a change to a 支援会議's content by someone who is not one of its members (a
    meeting without staff attendees yet may be filled in by anyone)."""
    if not m.confidential or is_member(s, m.id, editor_staff_id):
        return
    has_staff = s.scalar(
        select(func.count()).where(MeetingAttendee.meeting_id == m.id, MeetingAttendee.staff_id.is_not(None))
    )
    if has_staff:
        message = "支援会議（法第9条）の内容は構成員（出席職員）だけが入力・変更できます"
        raise ValidationError([FieldError("editor_staff_id", "入力者", "not_member", message)])


# ---- rows --------------------------------------------------------------------------------------
def meeting_row(m: Meeting, codes: Codes, restricted: bool) -> MeetingRow:
    kind = codes.meeting_kind(m.kind_id)
    title = RESTRICTED_TITLE if restricted else (m.title or kind.label)
    return MeetingRow(
        id=m.id, version=m.version, held_on=m.held_on, ends_on=m.ends_on, start_time=m.start_time,
        end_time=m.end_time, title=title, kind=kind.code, kind_label=kind.label, colour=kind.colour,
        category=kind.category, programme=codes.key(m.programme_id), programme_label=codes.label(m.programme_id),
        status=m.status, place="" if restricted else m.place, online=m.online and not restricted,
        confidential=m.confidential, restricted=restricted, series_id=m.series_id, occurrence_on=m.occurrence_on,
    )  # fmt: skip


def meeting_rows(s: Session, meetings: list[Meeting], codes: Codes, viewer_staff_id: int | None) -> list[MeetingRow]:
    secret = [m.id for m in meetings if m.confidential]
    members = member_meeting_ids(s, secret, viewer_staff_id)
    return [meeting_row(m, codes, m.confidential and m.id not in members) for m in meetings]


def meeting_draft(m: Meeting, codes: Codes, attendees: tuple[AttendeeRow, ...], restricted: bool) -> MeetingDraft:
    return MeetingDraft(
        kind=codes.key(m.kind_id) or "", held_on=m.held_on, title=RESTRICTED_TITLE if restricted else m.title,
        programme=codes.key(m.programme_id), ends_on=m.ends_on, start_time=m.start_time, end_time=m.end_time,
        place="" if restricted else m.place, online=m.online and not restricted, confidential=m.confidential,
        organiser="" if restricted else m.organiser, summary="" if restricted else m.summary,
        attendees=() if restricted else tuple(AttendeeDraft(a.staff_id, a.agency_id, a.name, a.attended)
                                              for a in attendees),
    )  # fmt: skip


def staff_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    q = select(StaffMember.id, StaffMember.family_name, StaffMember.given_name).where(StaffMember.id.in_(ids))
    return {i: f"{f} {g}".strip() for i, f, g in s.execute(q)}


def agency_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    q = select(Agency.id, Agency.name, Agency.department).where(Agency.id.in_(ids))
    return {i: f"{n} {d}".strip() for i, n, d in s.execute(q)}


def attendee_rows(s: Session, meeting_ids: list[int]) -> dict[int, tuple[AttendeeRow, ...]]:
    """Attendees per meeting: staff first, then agencies, then named people (entry order)."""
    if not meeting_ids:
        return {}
    rows = list(s.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id.in_(meeting_ids))
                          .order_by(MeetingAttendee.id)))  # fmt: skip
    staff = staff_names(s, {a.staff_id for a in rows if a.staff_id is not None})
    agencies = agency_names(s, {a.agency_id for a in rows if a.agency_id is not None})
    out: dict[int, list[AttendeeRow]] = defaultdict(list)
    for a in sorted(rows, key=lambda a: (a.staff_id is None, a.agency_id is None, a.id)):
        if a.staff_id is not None:
            display = staff.get(a.staff_id, "")
        elif a.agency_id is not None:
            display = agencies.get(a.agency_id, "") + (f"（{a.name}）" if a.name else "")
        else:
            display = a.name
        out[a.meeting_id].append(AttendeeRow(a.id, a.staff_id, a.agency_id, a.name, a.attended, display))
    return {k: tuple(v) for k, v in out.items()}


def review_rows(s: Session, codes: Codes, where: object) -> list[ReviewRow]:
    """Reviews matching ``where`` (a condition on CaseReview / Meeting), by date and case."""
    q = (
        select(CaseReview, Meeting.held_on, Case.case_no, Person.family_name, Person.given_name)
        .join(Meeting, Meeting.id == CaseReview.meeting_id)
        .join(Case, Case.id == CaseReview.case_id)
        .join(Person, Person.id == Case.person_id)
        .where(where)
        .order_by(Meeting.held_on, Meeting.id, Case.case_no, CaseReview.id)
    )
    found = list(s.execute(q))
    meeting_ids = {r.meeting_id for r, *_ in found}
    plans: dict[tuple[int, int, int], int] = {}
    evaluations: dict[int, int] = {}
    if found:
        pq = select(Plan.id, Plan.case_id, Plan.programme_id, Plan.approved_meeting_id).where(
            Plan.approved_meeting_id.in_(meeting_ids)
        )
        plans = {(mid, cid, pid): i for i, cid, pid, mid in s.execute(pq)}
        eq = select(Evaluation.review_id, Evaluation.id).where(Evaluation.review_id.in_([r.id for r, *_ in found]))
        evaluations = dict(s.execute(eq).all())
    approval = codes.by_key[("review_kind", "plan_approval")].id
    return [
        ReviewRow(
            id=r.id,
            version=r.version,
            meeting_id=r.meeting_id,
            held_on=held_on,
            case_id=r.case_id,
            case_no=case_no,
            person_name=f"{fam} {giv}".strip(),
            programme=codes.key(r.programme_id) or "",
            programme_label=codes.label(r.programme_id),
            kind=codes.key(r.kind_id) or "",
            kind_label=codes.label(r.kind_id),
            decision=r.decision,
            minutes=r.minutes,
            next_monitoring_on=r.next_monitoring_on,
            plan_id=plans.get((r.meeting_id, r.case_id, r.programme_id)) if r.kind_id == approval else None,
            evaluation_id=evaluations.get(r.id),
        )
        for r, held_on, case_no, fam, giv in found
    ]


# ---- the list ----------------------------------------------------------------------------------
def filtered(q: Select, f: MeetingFilter, codes: Codes) -> Select:
    if f.date_from is not None:
        q = q.where(func.coalesce(Meeting.ends_on, Meeting.held_on) >= f.date_from)
    if f.date_to is not None:
        q = q.where(Meeting.held_on <= f.date_to)
    if f.kinds:
        q = q.where(Meeting.kind_id.in_([c.id for (k, key), c in codes.by_key.items()
                                         if k == "meeting_kind" and key in f.kinds]))  # fmt: skip
    if f.categories:
        ids = [i for cat in f.categories for i in codes.ids_where("meeting_kind", "category", cat)]
        q = q.where(Meeting.kind_id.in_(ids))
    if f.programme is not None:
        programme = codes.by_key.get(("programme", f.programme))
        q = q.where(Meeting.programme_id == (programme.id if programme else -1))
    if f.statuses:
        q = q.where(Meeting.status.in_(f.statuses))
    if f.series_id is not None:
        q = q.where(Meeting.series_id == f.series_id)
    text = f.text.replace("\x00", "").strip()
    if text:
        # a confidential meeting's title is content: never found by it; % and _ match literally
        q = q.where(
            or_(
                Meeting.place.contains(text, autoescape=True),
                Meeting.title.contains(text, autoescape=True) & Meeting.confidential.is_(False),
            )
        )
    return q


def ordered(q: Select, newest_first: bool = False) -> Select:
    """By date, time (all-day first) and id, the same on SQLite and PostgreSQL."""
    if newest_first:
        return q.order_by(Meeting.held_on.desc(), Meeting.start_time.desc().nulls_last(), Meeting.id.desc())
    return q.order_by(Meeting.held_on, Meeting.start_time.asc().nulls_first(), Meeting.id)


# ---- series and trainings ----------------------------------------------------------------------
def series_rule(ms: MeetingSeries) -> SeriesRule:
    return SeriesRule(ms.rule, ms.day_of_month, ms.nth, ms.weekday, ms.holiday_shift)


def series_row(s: Session, ms: MeetingSeries, codes: Codes, today: date) -> SeriesRow:
    kind = codes.meeting_kind(ms.kind_id)
    count = s.scalar(select(func.count()).where(Meeting.series_id == ms.id)) or 0
    next_on = s.scalar(
        select(func.min(Meeting.held_on)).where(
            Meeting.series_id == ms.id, Meeting.status == "planned", Meeting.held_on >= today
        )
    )
    rule = series_rule(ms)
    return SeriesRow(
        id=ms.id, version=ms.version, kind=kind.code, kind_label=kind.label, colour=kind.colour, title=ms.title,
        programme=codes.key(ms.programme_id), rule=rule, rule_label=rule.label, starts_on=ms.starts_on,
        ends_on=ms.ends_on, start_time=ms.start_time, end_time=ms.end_time, place=ms.place, online=ms.online,
        meetings=count, next_on=next_on,
    )  # fmt: skip


def series_draft(ms: MeetingSeries, codes: Codes, attendees: tuple[AttendeeDraft, ...]) -> SeriesDraft:
    return SeriesDraft(
        kind=codes.key(ms.kind_id) or "", title=ms.title, rule=ms.rule, starts_on=ms.starts_on,
        day_of_month=ms.day_of_month, nth=ms.nth, weekday=ms.weekday, holiday_shift=ms.holiday_shift,
        ends_on=ms.ends_on, programme=codes.key(ms.programme_id), start_time=ms.start_time, end_time=ms.end_time,
        place=ms.place, online=ms.online, attendees=attendees,
    )  # fmt: skip


def training_rows(s: Session, meetings: list[Meeting], codes: Codes) -> list[TrainingRow]:
    people = attendee_rows(s, [m.id for m in meetings])
    out = []
    for m in meetings:
        came = [a.display for a in people.get(m.id, ()) if a.attended]
        out.append(
            TrainingRow(
                id=m.id,
                version=m.version,
                held_on=m.held_on,
                ends_on=m.ends_on,
                title=m.title or codes.label(m.kind_id),
                organiser=m.organiser,
                summary=m.summary,
                place=m.place,
                online=m.online,
                programme=codes.key(m.programme_id),
                programme_label=codes.label(m.programme_id),
                status=m.status,
                attendees=tuple(came),
                participants=len(came),
            )
        )
    return out


__all__ = [
    "Codes",
    "agency_names",
    "attendee_rows",
    "filtered",
    "guard_confidential",
    "is_member",
    "meeting_draft",
    "meeting_row",
    "meeting_rows",
    "member_meeting_ids",
    "ordered",
    "review_rows",
    "series_draft",
    "series_row",
    "series_rule",
    "staff_names",
    "training_rows",
]
