"""What the 会議予定 tab hands to MeetingService: meetings, recurring series, attendees,
case reviews and trainings (``*Draft``), and the rules they must follow (``validate_*``).

Categories are code keys (``kind="budget_coordination"``, ``programme="household_budget"``,
review ``kind="use_decision"``); the service resolves them. Field names in errors are the
draft's attribute names (``attendees.2.staff_id`` for one attendee), labels Japanese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.domain.recurrence import RULES, SHIFTS, SeriesRule
from app.domain.rules import TEXT_MAX
from app.domain.validation import Checker

NAME_MAX = 200  # title, place and organiser columns are String(200)
ATTENDEE_NAME_MAX = 100
SERIES_YEARS_MAX = 5  # a series generates at most this many years of meetings
SERIES_DEFAULT_MONTHS = 12  # the period generated when a series has no end
REVIEW_KINDS = ("new_review", "plan_approval", "monitoring", "closure_evaluation", "use_decision")


@dataclass(frozen=True)
class AttendeeDraft:
    """One attendee: a staff member, an agency, or a named outside person (any one or more)."""

    staff_id: int | None = None
    agency_id: int | None = None
    name: str = ""
    attended: bool = True


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting, training or event on the calendar. ``title`` "" prints the kind's label;
    ``confidential`` can only add secrecy (a 支援会議 kind is confidential whatever it says);
    ``attendees`` replace the meeting's attendees when saved."""

    kind: str
    held_on: date
    title: str = ""
    programme: str | None = None
    ends_on: date | None = None  # several days (trainings: 1～2日)
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    online: bool = False
    confidential: bool = False
    organiser: str = ""
    summary: str = ""
    attendees: tuple[AttendeeDraft, ...] = ()


@dataclass(frozen=True)
class SeriesDraft:
    """A monthly recurring meeting (see app.domain.recurrence for the rules). Without
    ``ends_on`` the series runs on; meetings are generated 12 months from ``starts_on``.
    Its meetings are confidential when its kind is (支援会議)."""

    kind: str
    title: str
    rule: str
    starts_on: date
    day_of_month: int | None = None
    nth: int | None = None  # 1..5, -1 = the last
    weekday: int | None = None  # 0 = Monday
    holiday_shift: str = "keep"
    ends_on: date | None = None
    programme: str | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    online: bool = False
    attendees: tuple[AttendeeDraft, ...] = ()  # copied onto each meeting the series generates

    def series_rule(self) -> SeriesRule:
        """The recurrence rule (ValueError if incomplete: validate first)."""
        return SeriesRule(self.rule, self.day_of_month, self.nth, self.weekday, self.holiday_shift)


@dataclass(frozen=True)
class ReviewDraft:
    """One case reviewed at a coordination meeting.

    ``plan_id``: for プラン承認, the plan approved (its ``approved_meeting_id`` is set).
    ``evaluation_id``: for 終結評価 / モニタリング, the evaluation record this review decided.
    ``next_monitoring_on``: when the case is next to be monitored (after the meeting).
    """

    case_id: int
    programme: str
    kind: str  # code of kind review_kind
    decision: str = ""
    next_monitoring_on: date | None = None
    minutes: str = ""
    plan_id: int | None = None
    evaluation_id: int | None = None


@dataclass(frozen=True)
class TrainingDraft:
    """A training or seminar staff attended (研修一覧表): a meeting of a training kind."""

    title: str
    held_on: date
    ends_on: date | None = None
    organiser: str = ""
    summary: str = ""  # 研修内容
    programme: str | None = None
    place: str = ""
    online: bool = False
    start_time: time | None = None
    end_time: time | None = None
    attendees: tuple[AttendeeDraft, ...] = ()  # the staff who attended, other participants
    kind: str = "training"

    def meeting_draft(self) -> MeetingDraft:
        return MeetingDraft(
            kind=self.kind,
            held_on=self.held_on,
            title=self.title,
            programme=self.programme,
            ends_on=self.ends_on,
            start_time=self.start_time,
            end_time=self.end_time,
            place=self.place,
            online=self.online,
            organiser=self.organiser,
            summary=self.summary,
            attendees=self.attendees,
        )


# ---- rules ----------------------------------------------------------------------------------
def validate_attendees(c: Checker, attendees: tuple[AttendeeDraft, ...], prefix: str = "attendees") -> None:
    """Each attendee names someone; nobody is listed twice."""
    staff_seen: set[int] = set()
    agency_seen: set[int] = set()
    for i, a in enumerate(attendees):
        field = f"{prefix}.{i}"
        if a.staff_id is None and a.agency_id is None and not a.name.strip():
            c.add(f"{field}.name", "出席者", "required", "出席者（職員・関係機関・氏名）を入力してください")
        c.max_len(f"{field}.name", "出席者の氏名", a.name, ATTENDEE_NAME_MAX)
        if a.staff_id is not None:
            if a.staff_id in staff_seen:
                c.add(f"{field}.staff_id", "出席職員", "duplicate", "同じ職員が二度入力されています")
            staff_seen.add(a.staff_id)
        elif a.agency_id is not None and not a.name.strip():
            if a.agency_id in agency_seen:
                c.add(f"{field}.agency_id", "出席機関", "duplicate", "同じ関係機関が二度入力されています")
            agency_seen.add(a.agency_id)


def _validate_times(c: Checker, held_on: date | None, ends_on: date | None, start: time | None, end: time | None,
                    start_field: str = "held_on") -> None:  # fmt: skip
    c.date_range(start_field, "開催日", held_on, today=date.max, allow_future=True)
    c.order("ends_on", "終了日", held_on, ends_on, "開催日")
    if end is not None and start is None:
        c.add("start_time", "開始時刻", "required", "終了時刻を入れるときは開始時刻も入力してください")
    elif start is not None and end is not None and (ends_on in (None, held_on)) and end <= start:
        c.add("end_time", "終了時刻", "order", "終了時刻は開始時刻より後にしてください")


def validate_meeting(c: Checker, d: MeetingDraft) -> None:
    c.required("kind", "会議の種類", d.kind)
    c.required("held_on", "開催日", d.held_on)
    _validate_times(c, d.held_on, d.ends_on, d.start_time, d.end_time)
    if d.held_on is not None and d.ends_on is not None and (d.ends_on - d.held_on).days > 366:
        c.add("ends_on", "終了日", "too_long", "開催期間は1年以内にしてください")
    c.max_len("title", "会議名", d.title, NAME_MAX)
    c.max_len("place", "場所", d.place, NAME_MAX)
    c.max_len("organiser", "主催者", d.organiser, NAME_MAX)
    c.max_len("summary", "内容", d.summary, TEXT_MAX)
    validate_attendees(c, d.attendees)


def validate_training(c: Checker, d: TrainingDraft) -> None:
    c.required("title", "研修名", d.title)
    validate_meeting(c, d.meeting_draft())


def validate_series(c: Checker, d: SeriesDraft) -> None:
    c.required("kind", "会議の種類", d.kind)
    c.required("title", "会議名", d.title)
    c.max_len("title", "会議名", d.title, NAME_MAX)
    c.max_len("place", "場所", d.place, NAME_MAX)
    c.required("starts_on", "開始日", d.starts_on)
    c.date_range("starts_on", "開始日", d.starts_on, today=date.max, allow_future=True)
    c.order("ends_on", "終了日", d.starts_on, d.ends_on, "開始日")
    if d.starts_on is not None and d.ends_on is not None and d.ends_on.year - d.starts_on.year > SERIES_YEARS_MAX:
        c.add("ends_on", "終了日", "too_long", f"繰り返しの期間は{SERIES_YEARS_MAX}年以内にしてください")
    if d.rule not in RULES:
        c.add("rule", "繰り返し", "invalid", "繰り返しは「毎月○日」か「毎月第○○曜日」です")
    elif d.rule == "monthly_day":
        if d.day_of_month is None or not 1 <= d.day_of_month <= 31:
            c.add("day_of_month", "日", "range", "日は1〜31で入力してください")
    else:
        if d.nth not in (1, 2, 3, 4, 5, -1):
            c.add("nth", "第○週", "range", "第1〜第5、または最終を選んでください")
        if d.weekday is None or not 0 <= d.weekday <= 6:
            c.add("weekday", "曜日", "range", "曜日を選んでください")
    if d.holiday_shift not in SHIFTS:
        c.add("holiday_shift", "休日の扱い", "invalid", "休日の扱いは「そのまま」「前の開所日」「次の開所日」です")
    if d.end_time is not None and d.start_time is None:
        c.add("start_time", "開始時刻", "required", "終了時刻を入れるときは開始時刻も入力してください")
    elif d.start_time is not None and d.end_time is not None and d.end_time <= d.start_time:
        c.add("end_time", "終了時刻", "order", "終了時刻は開始時刻より後にしてください")
    validate_attendees(c, d.attendees)


def validate_reviews(c: Checker, reviews: list[ReviewDraft] | tuple[ReviewDraft, ...], held_on: date) -> None:
    """Each review: a known kind, one per case, programme and kind; a next monitoring date
    after the meeting; a plan only for プラン承認, an evaluation only for 終結評価 / モニタリング."""
    seen: set[tuple[int, str, str]] = set()
    for i, r in enumerate(reviews):
        p = f"reviews.{i}."
        c.required(f"{p}programme", "事業", r.programme)
        if r.kind not in REVIEW_KINDS:
            c.add(f"{p}kind", "検討の種類", "invalid", "検討の種類を選んでください")
        key = (r.case_id, r.programme, r.kind)
        if key in seen:
            c.add(f"{p}kind", "検討の種類", "duplicate", "同じケース・事業・検討の種類が二度入力されています")
        seen.add(key)
        c.max_len(f"{p}decision", "決定事項", r.decision, TEXT_MAX)
        c.max_len(f"{p}minutes", "記録", r.minutes, TEXT_MAX)
        if r.next_monitoring_on is not None and r.next_monitoring_on <= held_on:
            c.add(f"{p}next_monitoring_on", "次回モニタリング日", "order",
                  "次回モニタリング日は会議の日より後にしてください")  # fmt: skip
        if r.plan_id is not None and r.kind != "plan_approval":
            c.add(f"{p}plan_id", "承認するプラン", "not_approval", "プランを指定できるのはプラン承認だけです")
        if r.evaluation_id is not None and r.kind not in ("closure_evaluation", "monitoring"):
            c.add(f"{p}evaluation_id", "評価", "not_evaluation", "評価を指定できるのは終結評価・モニタリングだけです")


__all__ = [
    "REVIEW_KINDS",
    "SERIES_DEFAULT_MONTHS",
    "AttendeeDraft",
    "MeetingDraft",
    "ReviewDraft",
    "SeriesDraft",
    "TrainingDraft",
    "validate_attendees",
    "validate_meeting",
    "validate_reviews",
    "validate_series",
    "validate_training",
]
