"""Frozen rows of MeetingService: what the 会議予定 tab (month calendar, list, meeting dialog,
agenda, trainings, activity table) reads, and the filter of the meeting list.

A 支援会議 (法第9条) shown to someone who is not one of its members is ``restricted``: its
title reads 「支援会議（内容は構成員のみ）」 and it carries no place, attendees, reviews, minutes
or decisions (its date, time and kind remain, so the calendar shows the slot as taken). Rows never hold live ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.domain.meeting_drafts import MeetingDraft, SeriesDraft
from app.domain.recurrence import SeriesRule

RESTRICTED_TITLE = "支援会議（内容は構成員のみ）"
NO_CONSENT = "（同意なし）"
STATUS_LABELS = {"planned": "予定", "held": "開催済", "cancelled": "中止"}
WEEKDAY_LABELS = ("月", "火", "水", "木", "金", "土", "日")
SUNDAY, SATURDAY = 6, 5
# the agenda's sections, in print order: review kind → heading
AGENDA_SECTIONS = {
    "new_review": "新規検討",
    "plan_approval": "プラン承認",
    "monitoring": "モニタリング",
    "closure_evaluation": "終結評価",
    "use_decision": "利用決定",
}


def time_range_label(start: time | None, end: time | None) -> str:
    """ "14:00～16:00", "14:00～", or "" (all day)."""
    if start is None:
        return ""
    return f"{start:%H:%M}～" + (f"{end:%H:%M}" if end is not None else "")


@dataclass(frozen=True)
class MeetingKind:
    """A meeting kind as the calendar's legend shows it."""

    code: str
    label: str
    colour: str  # "#1f77b4"
    category: str  # internal / external / training / event
    confidential: bool


@dataclass(frozen=True)
class MeetingRow:
    """One meeting in the calendar or the list."""

    id: int
    version: int
    held_on: date
    ends_on: date | None
    start_time: time | None
    end_time: time | None
    title: str  # the kind's label when the meeting has no title of its own
    kind: str
    kind_label: str
    colour: str
    category: str
    programme: str | None
    programme_label: str
    status: str  # planned / held / cancelled
    place: str
    online: bool
    confidential: bool
    restricted: bool  # confidential and the viewer is not a member: no content shown
    series_id: int | None
    occurrence_on: date | None  # the series rule's date (kept when moved)

    @property
    def time_label(self) -> str:
        return time_range_label(self.start_time, self.end_time)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def place_label(self) -> str:
        if self.online:
            return f"オンライン（{self.place}）" if self.place and self.place != "オンライン" else "オンライン"
        return self.place

    @property
    def last_day(self) -> date:
        return self.ends_on or self.held_on

    @property
    def moved(self) -> bool:
        """A series occurrence held on another day than its rule (by hand or off a holiday)."""
        return self.occurrence_on is not None and self.occurrence_on != self.held_on

    def covers(self, d: date) -> bool:
        return self.held_on <= d <= self.last_day


@dataclass(frozen=True)
class CalendarDay:
    """One cell of the month grid."""

    on: date
    in_month: bool  # False for the previous / next month's days that fill the grid's weeks
    holiday: str | None  # 元日, 振替休日 …
    working_day: bool  # the centre is open (not a weekend, holiday or 12/29–1/3)
    meetings: tuple[MeetingRow, ...]  # held on the day or spanning it; by time, then id

    @property
    def weekday(self) -> int:
        return self.on.weekday()

    @property
    def weekday_label(self) -> str:
        return WEEKDAY_LABELS[self.on.weekday()]

    @property
    def red(self) -> bool:
        """Printed in red: a Sunday or a holiday."""
        return self.holiday is not None or self.on.weekday() == SUNDAY


@dataclass(frozen=True)
class MonthView:
    """A month calendar: whole weeks (7 days each, starting on ``week_starts_on``)."""

    year: int
    month: int
    week_starts_on: int  # 6 = Sunday (Japanese calendars), 0 = Monday
    weeks: tuple[tuple[CalendarDay, ...], ...]
    kinds: tuple[MeetingKind, ...]  # every active meeting kind, for the legend

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def weekday_labels(self) -> tuple[str, ...]:
        return tuple(WEEKDAY_LABELS[(self.week_starts_on + i) % 7] for i in range(7))

    @property
    def days(self) -> tuple[CalendarDay, ...]:
        """The month's own days, in order."""
        return tuple(d for week in self.weeks for d in week if d.in_month)

    def day(self, on: date) -> CalendarDay:
        for week in self.weeks:
            for d in week:
                if d.on == on:
                    return d
        raise KeyError(on)

    @property
    def meetings(self) -> tuple[MeetingRow, ...]:
        """Each meeting of the month once, in date and time order."""
        seen: dict[int, MeetingRow] = {}
        for d in self.days:
            for m in d.meetings:
                seen.setdefault(m.id, m)
        return tuple(seen.values())

    @property
    def kinds_used(self) -> tuple[MeetingKind, ...]:
        used = {m.kind for m in self.meetings}
        return tuple(k for k in self.kinds if k.code in used)


@dataclass(frozen=True)
class MeetingFilter:
    """The meeting list's filter; every part optional."""

    date_from: date | None = None
    date_to: date | None = None
    kinds: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()  # internal / external / training / event
    programme: str | None = None
    statuses: tuple[str, ...] = ()  # planned / held / cancelled; () = all
    series_id: int | None = None
    text: str = ""  # in the title or the place
    newest_first: bool = False


@dataclass(frozen=True)
class AttendeeRow:
    id: int
    staff_id: int | None
    agency_id: int | None
    name: str  # the outside person's name as entered
    attended: bool
    display: str  # staff name, agency (and person), or the name


@dataclass(frozen=True)
class ReviewRow:
    """One case reviewed at a meeting (what the meeting dialog and the case file show)."""

    id: int
    version: int
    meeting_id: int
    held_on: date
    case_id: int
    case_no: str
    person_name: str
    programme: str
    programme_label: str
    kind: str
    kind_label: str
    decision: str
    minutes: str
    next_monitoring_on: date | None
    plan_id: int | None  # the plan approved at this meeting (プラン承認)
    evaluation_id: int | None  # the evaluation this review decided


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    rule: SeriesRule
    rule_label: str  # 毎月第3火曜日（休日は次の開所日）


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting as its dialog reads it. ``draft`` is what it was saved from (for a
    restricted 支援会議: title masked, no attendees); ``minutes`` "" and no reviews when
    restricted."""

    id: int
    version: int
    row: MeetingRow
    draft: MeetingDraft
    status: str
    minutes: str
    attendees: tuple[AttendeeRow, ...]
    reviews: tuple[ReviewRow, ...]
    series: SeriesInfo | None
    restricted: bool


@dataclass(frozen=True)
class SeriesRow:
    id: int
    version: int
    kind: str
    kind_label: str
    colour: str
    title: str
    programme: str | None
    rule: SeriesRule
    rule_label: str
    starts_on: date
    ends_on: date | None
    start_time: time | None
    end_time: time | None
    place: str
    online: bool
    meetings: int  # generated meetings, cancelled ones included
    next_on: date | None  # the next planned meeting from today


@dataclass(frozen=True)
class SeriesDetail:
    id: int
    version: int
    draft: SeriesDraft  # attendees: those of the series' latest generated meeting
    row: SeriesRow


@dataclass(frozen=True)
class SeriesResult:
    """What saving or regenerating a series did to its meetings (meeting ids)."""

    series_id: int
    created: tuple[int, ...]
    updated: tuple[int, ...]
    removed: tuple[int, ...]
    kept: tuple[int, ...]  # exceptions left as they are: moved, cancelled, held, with records


@dataclass(frozen=True)
class AgendaItem:
    """One case to take up at a coordination meeting. ``person_name`` is the person's name
    only when the intake records consent to share; otherwise 「（同意なし）」 and the case is
    known by its number alone."""

    section: str  # review kind: new_review / plan_approval / monitoring / closure_evaluation
    section_label: str
    case_id: int
    case_no: str
    person_name: str
    consent: bool
    programme: str
    programme_label: str
    due_on: date | None  # monitoring: when it fell due; plans: the plan's date
    plan_id: int | None
    note: str  # 再プラン1 / 次回モニタリング予定日 …
    recorded: bool  # a review of this kind is already recorded at this meeting


@dataclass(frozen=True)
class Agenda:
    meeting: MeetingRow
    attendees: tuple[AttendeeRow, ...]
    items: tuple[AgendaItem, ...]
    restricted: bool  # a 支援会議 the viewer is not a member of: no items

    def section(self, key: str) -> tuple[AgendaItem, ...]:
        return tuple(i for i in self.items if i.section == key)

    @property
    def sections(self) -> tuple[tuple[str, str, tuple[AgendaItem, ...]], ...]:
        """(key, heading, items) of every section that has items, in print order."""
        out = []
        for key, label in AGENDA_SECTIONS.items():
            items = self.section(key)
            if items:
                out.append((key, label, items))
        return tuple(out)


@dataclass(frozen=True)
class TrainingRow:
    """A training (研修一覧表): dates, name, organiser, content, who attended."""

    id: int
    version: int
    held_on: date
    ends_on: date | None
    title: str
    organiser: str
    summary: str
    place: str
    online: bool
    programme: str | None
    programme_label: str
    status: str
    attendees: tuple[str, ...]  # display names of those who attended
    participants: int  # how many attended

    @property
    def days_label(self) -> str:
        return days_text(((self.held_on, self.ends_on),))


def days_text(spans: tuple[tuple[date, date | None], ...]) -> str:
    """ "（28日）", "（5日、19日）", "（1～2日）", "（30日～10月2日）" as the report writes the
    days of a month's meetings."""
    parts = []
    for first, last in spans:
        if last is None or last == first:
            parts.append(f"{first.day}日")
        elif last.month == first.month:
            parts.append(f"{first.day}～{last.day}日")
        else:
            parts.append(f"{first.day}日～{last.month}月{last.day}日")
    return f"（{'、'.join(parts)}）" if parts else ""


@dataclass(frozen=True)
class ActivityLine:
    """One line of a month: a meeting title and the days it was held that month."""

    title: str
    kind: str
    kind_label: str
    colour: str
    spans: tuple[tuple[date, date | None], ...]

    @property
    def text(self) -> str:
        """ "・家計改善支援事業 支援調整会議（28日）" as the report prints it."""
        return f"・{self.title}{days_text(self.spans)}"


@dataclass(frozen=True)
class ActivityMonth:
    year: int
    month: int
    lines: tuple[ActivityLine, ...]

    @property
    def label(self) -> str:
        return f"{self.month}月"


@dataclass(frozen=True)
class ActivityTable:
    """年間活動計画 / 活動実績表 of one programme (or of the division: every programme),
    4月 → 3月, and the programme's 研修一覧表."""

    fiscal_year: int
    programme: str | None
    programme_label: str
    held_only: bool  # 活動実績 (held meetings) rather than the plan (planned ones too)
    months: tuple[ActivityMonth, ...]
    trainings: tuple[TrainingRow, ...]

    @property
    def title(self) -> str:
        return "活動実績表" if self.held_only else "年間活動計画"


__all__ = [
    "AGENDA_SECTIONS",
    "NO_CONSENT",
    "RESTRICTED_TITLE",
    "STATUS_LABELS",
    "ActivityLine",
    "ActivityMonth",
    "ActivityTable",
    "Agenda",
    "AgendaItem",
    "AttendeeRow",
    "CalendarDay",
    "MeetingDetail",
    "MeetingFilter",
    "MeetingKind",
    "MeetingRow",
    "MonthView",
    "ReviewRow",
    "SeriesDetail",
    "SeriesInfo",
    "SeriesResult",
    "SeriesRow",
    "TrainingRow",
    "days_text",
    "time_range_label",
]
