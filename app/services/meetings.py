"""MeetingService: the 会議予定 tab's data — the month calendar with public holidays, the
meeting list, meetings and their attendees, recurring series, case reviews at coordination
meetings, agendas, trainings, the year's activity table and the .ics export.

Contracts: every write is one transaction (all or nothing) and validates first; reads return
frozen rows (app.services.meeting_rows). Meetings whose ``expected_version`` is given are
refused with ConflictError when someone saved them since.

支援会議 (法第9条): members are the meeting's staff attendees. Reads take the signed-in staff
member as ``viewer_staff_id`` (None = nobody signed in = a non-member); a non-member sees
the meeting restricted (only its date, kind and 「支援会議（内容は構成員のみ）」). Changes to its
content (details, attendees, minutes, reviews) take ``editor_staff_id`` and are refused for
a non-member once the meeting has staff attendees. Scheduling (move, cancel, held) is not
content and is open to all. Details of the rules: meeting_agenda.py (reviews and agenda),
meeting_writes.py (series), app.domain.recurrence and app.domain.holidays.
"""

from __future__ import annotations

import calendar
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, FieldError, ValidationError
from app.domain.fiscal import fiscal_months, fiscal_year_range
from app.domain.holidays import holiday_name, is_working_day
from app.domain.ics import IcsEvent, calendar_text
from app.domain.meeting_drafts import (
    AttendeeDraft,
    MeetingDraft,
    ReviewDraft,
    SeriesDraft,
    TrainingDraft,
    validate_attendees,
    validate_meeting,
    validate_reviews,
    validate_series,
    validate_training,
)
from app.domain.validation import Checker
from app.models import CaseReview, Meeting, MeetingSeries, Plan
from app.models.base import utc_now
from app.services.base import Service, get_or_404
from app.services.meeting_agenda import (
    agenda_items,
    apply_reviews,
    monitoring_items,
    sync_use_decisions,
    use_decision_pairs,
)
from app.services.meeting_reads import (
    Codes,
    attendee_rows,
    filtered,
    guard_confidential,
    is_member,
    meeting_draft,
    meeting_row,
    meeting_rows,
    member_meeting_ids,
    ordered,
    review_rows,
    series_draft,
    series_row,
    series_rule,
    training_rows,
)
from app.services.meeting_rows import (
    RESTRICTED_TITLE,
    ActivityLine,
    ActivityMonth,
    ActivityTable,
    Agenda,
    AgendaItem,
    CalendarDay,
    MeetingDetail,
    MeetingFilter,
    MeetingKind,
    MeetingRow,
    MonthView,
    ReviewRow,
    SeriesDetail,
    SeriesInfo,
    SeriesResult,
    SeriesRow,
    TrainingRow,
)
from app.services.meeting_writes import (
    apply_meeting_draft,
    apply_series_draft,
    horizon,
    replace_attendees,
    series_attendees,
    series_shape,
    sync_series,
)

SUNDAY = 6
ICS_PRODID = "-//Yorisoi//会議予定//JA"
ICS_CONFIDENTIAL = "支援会議"
DEFAULT_LENGTH = timedelta(hours=1)  # an .ics event with a start but no end time
Target = str | os.PathLike[str] | BinaryIO


def _refuse_stale(m: Meeting | MeetingSeries, expected_version: int | None, what: str = "会議") -> None:
    if expected_version is not None and m.version != expected_version:
        raise ConflictError(
            f"この{what}は他の人が先に保存しました。閉じて開き直し、内容を確かめてからもう一度保存してください。"
        )


def _check(validate: Callable[[Checker, Any], None], draft: object) -> None:
    c = Checker()
    validate(c, draft)
    c.raise_if_any()


def _meeting(s: Session, meeting_id: int) -> Meeting:
    return get_or_404(s, Meeting, meeting_id, "会議")


def _programme_ids(codes: Codes, programme: str | None) -> set[int] | None:
    if programme is None:
        return None
    code = codes.by_key.get(("programme", programme))
    if code is None:
        raise ValidationError(
            [FieldError("programme", "事業", "unknown_code", f"事業「{programme}」は登録されていません")]
        )
    return {code.id}


class MeetingService(Service):
    # ---- the calendar ------------------------------------------------------------------------
    def kinds(self) -> tuple[MeetingKind, ...]:
        """Every active meeting kind with its colour, in the code table's order (the legend)."""
        with self._ledger.reading() as s:
            return Codes.load(s).meeting_kinds()

    def month(self, year: int, month: int, *, viewer_staff_id: int | None, week_starts_on: int = SUNDAY) -> MonthView:
        """The month's calendar: whole weeks from ``week_starts_on`` (6 = Sunday) with each
        day's holiday and meetings (a several-day meeting on each of its days); cancelled
        meetings included (status "cancelled"). ValueError for a month outside 1..12."""
        if not 1 <= month <= 12 or not 0 <= week_starts_on <= 6:
            raise ValueError(f"bad month {year}-{month} or week start {week_starts_on}")
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        grid_start = first - timedelta(days=(first.weekday() - week_starts_on) % 7)
        grid_end = last + timedelta(days=(week_starts_on + 6 - last.weekday()) % 7)
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            found = list(s.scalars(select(Meeting).where(
                Meeting.held_on <= grid_end, func.coalesce(Meeting.ends_on, Meeting.held_on) >= grid_start)))  # fmt: skip
            rows = meeting_rows(s, found, codes, viewer_staff_id)
            kinds = codes.meeting_kinds()
        by_day: dict[date, list[MeetingRow]] = defaultdict(list)
        for r in rows:
            d = max(r.held_on, grid_start)
            while d <= min(r.last_day, grid_end):
                by_day[d].append(r)
                d += timedelta(days=1)
        days = []
        d = grid_start
        while d <= grid_end:
            entries = sorted(by_day.get(d, []), key=lambda r: (r.start_time is not None, r.start_time or time(), r.id))
            days.append(CalendarDay(d, d.month == month, holiday_name(d), is_working_day(d), tuple(entries)))
            d += timedelta(days=1)
        weeks = tuple(tuple(days[i : i + 7]) for i in range(0, len(days), 7))
        return MonthView(year, month, week_starts_on, weeks, kinds)

    def list_meetings(
        self, f: MeetingFilter | None = None, *, limit: int = 100, offset: int = 0, viewer_staff_id: int | None = None
    ) -> list[MeetingRow]:
        """One page of meetings in date and time order (``f.newest_first``: the reverse)."""
        f = f or MeetingFilter()
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            q = ordered(filtered(select(Meeting), f, codes), f.newest_first).limit(limit).offset(offset)
            return meeting_rows(s, list(s.scalars(q)), codes, viewer_staff_id)

    def count_meetings(self, f: MeetingFilter | None = None) -> int:
        with self._ledger.reading() as s:
            q = filtered(select(func.count()).select_from(Meeting), f or MeetingFilter(), Codes.load(s))
            return int(s.scalar(q) or 0)

    def meeting(self, meeting_id: int, *, viewer_staff_id: int | None) -> MeetingDetail:
        """A meeting with attendees and reviews (restricted for a 支援会議's non-member).
        NotFoundError for an unknown id."""
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            m = _meeting(s, meeting_id)
            restricted = m.confidential and not is_member(s, m.id, viewer_staff_id)
            attendees = () if restricted else attendee_rows(s, [m.id]).get(m.id, ())
            reviews = () if restricted else tuple(review_rows(s, codes, CaseReview.meeting_id == m.id))
            series = None
            if m.series_id is not None:
                rule = series_rule(s.get(MeetingSeries, m.series_id))
                series = SeriesInfo(m.series_id, rule, rule.label)
            return MeetingDetail(
                id=m.id, version=m.version, row=meeting_row(m, codes, restricted),
                draft=meeting_draft(m, codes, attendees, restricted), status=m.status,
                minutes="" if restricted else m.minutes, attendees=attendees, reviews=reviews, series=series,
                restricted=restricted,
            )  # fmt: skip

    # ---- meetings ----------------------------------------------------------------------------
    def create_meeting(self, draft: MeetingDraft) -> int:
        """A planned meeting (or training, event) with its attendees; returns its id."""
        _check(validate_meeting, draft)
        with self._ledger.transaction() as s:
            m = Meeting(status="planned", minutes="")
            apply_meeting_draft(s, Codes.load(s), m, draft)
            s.add(m)
            s.flush()
            return m.id

    def update_meeting(
        self, meeting_id: int, draft: MeetingDraft, expected_version: int, *, editor_staff_id: int | None = None
    ) -> None:
        """Save a meeting's details and attendees (its status, minutes and reviews stay).
        A series occurrence keeps its place in the series: a new date is a move."""
        _check(validate_meeting, draft)
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            guard_confidential(s, m, editor_staff_id)
            old_on = m.held_on
            apply_meeting_draft(s, codes, m, draft)
            if m.held_on != old_on:
                sync_use_decisions(s, codes, use_decision_pairs(s, codes, m.id), {old_on})

    def move_meeting(
        self, meeting_id: int, new_date: date, new_start: time | None = None, *, expected_version: int | None = None
    ) -> None:
        """Move a meeting to ``new_date`` (several days: the whole span moves), and to
        ``new_start`` keeping its length when given. A series occurrence keeps its
        ``occurrence_on``, so regenerating the series leaves it where it was moved to."""
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            if m.status == "cancelled":
                raise ValidationError([FieldError("held_on", "開催日", "cancelled", "中止した会議は移動できません")])
            old_on, delta = m.held_on, new_date - m.held_on
            m.held_on = new_date
            if m.ends_on is not None:
                m.ends_on += delta
            if new_start is not None:
                if m.start_time is not None and m.end_time is not None:
                    length = datetime.combine(old_on, m.end_time) - datetime.combine(old_on, m.start_time)
                    end = datetime.combine(new_date, new_start) + length
                    m.end_time = end.time() if end.date() == new_date else time(23, 59)
                m.start_time = new_start
            if new_date != old_on:
                sync_use_decisions(s, codes, use_decision_pairs(s, codes, m.id), {old_on})

    def cancel_meeting(self, meeting_id: int, reason: str = "", *, expected_version: int | None = None) -> None:
        """Mark a meeting 中止 (the reason is added to its minutes). A meeting with recorded
        case reviews or approving a plan is refused: remove those first, since the statistics
        and the plans count only meetings that took place."""
        with self._ledger.transaction() as s:
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            has_reviews = s.scalar(select(func.count()).where(CaseReview.meeting_id == m.id))
            has_plans = s.scalar(select(func.count()).where(Plan.approved_meeting_id == m.id))
            if has_reviews or has_plans:
                message = "検討ケースやプラン承認の記録がある会議は中止にできません。先に記録を外してください"
                raise ValidationError([FieldError("status", "状態", "has_records", message)])
            m.status = "cancelled"
            if reason.strip():
                m.minutes = f"中止理由：{reason.strip()}" + (f"\n{m.minutes}" if m.minutes else "")

    def reopen_meeting(self, meeting_id: int, *, expected_version: int | None = None) -> None:
        """Undo 中止 or 開催済: the meeting is planned again."""
        with self._ledger.transaction() as s:
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            m.status = "planned"

    def mark_held(self, meeting_id: int, *, expected_version: int | None = None) -> None:
        """The meeting took place (開催済). A cancelled meeting must be reopened first."""
        with self._ledger.transaction() as s:
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            if m.status == "cancelled":
                raise ValidationError([FieldError("status", "状態", "cancelled", "中止した会議です")])
            m.status = "held"

    def delete_meeting(self, meeting_id: int, expected_version: int) -> None:
        """Remove a meeting entered by mistake: only a planned one outside any series (cancel
        a series occurrence instead), without reviews, minutes or approved plans."""
        with self._ledger.transaction() as s:
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            records = s.scalar(select(func.count()).where(CaseReview.meeting_id == m.id)) or s.scalar(
                select(func.count()).where(Plan.approved_meeting_id == m.id)
            )
            if m.series_id is not None or m.status != "planned" or records or m.minutes.strip():
                message = "予定のままの単発の会議（記録なし）だけを削除できます。繰り返しの会議は中止にしてください"
                raise ValidationError([FieldError("status", "状態", "not_deletable", message)])
            s.delete(m)

    def set_attendees(
        self, meeting_id: int, attendees: Sequence[AttendeeDraft], *, editor_staff_id: int | None = None
    ) -> None:
        """Replace the meeting's attendees (staff, agencies, named people)."""
        c = Checker()
        validate_attendees(c, tuple(attendees))
        c.raise_if_any()
        with self._ledger.transaction() as s:
            m = _meeting(s, meeting_id)
            guard_confidential(s, m, editor_staff_id)
            replace_attendees(s, m, attendees)

    def set_minutes(self, meeting_id: int, minutes: str, *, editor_staff_id: int | None = None) -> None:
        """Save the meeting's minutes (the record of the meeting as a whole)."""
        with self._ledger.transaction() as s:
            m = _meeting(s, meeting_id)
            guard_confidential(s, m, editor_staff_id)
            m.minutes = minutes

    # ---- series ------------------------------------------------------------------------------
    def list_series(self, *, include_ended: bool = False) -> list[SeriesRow]:
        """The recurring series (those ended before today only with ``include_ended``)."""
        today = self._today()
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            q = select(MeetingSeries).order_by(MeetingSeries.starts_on, MeetingSeries.id)
            if not include_ended:
                q = q.where(MeetingSeries.ends_on.is_(None) | (MeetingSeries.ends_on >= today))
            return [series_row(s, ms, codes, today) for ms in s.scalars(q)]

    def series(self, series_id: int) -> SeriesDetail:
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            ms = get_or_404(s, MeetingSeries, series_id, "繰り返しの会議")
            draft = series_draft(ms, codes, tuple(series_attendees(s, ms)))
            return SeriesDetail(ms.id, ms.version, draft, series_row(s, ms, codes, self._today()))

    def create_series(self, draft: SeriesDraft) -> SeriesResult:
        """A recurring meeting and its meetings for its period (12 months from its start when
        it has no end), each with the draft's attendees."""
        _check(validate_series, draft)
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            ms = MeetingSeries()
            apply_series_draft(s, codes, ms, draft)
            s.add(ms)
            s.flush()
            return sync_series(s, codes, ms, from_on=ms.starts_on, until=horizon(s, ms, None),
                               attendees=draft.attendees)  # fmt: skip

    def update_series(self, series_id: int, draft: SeriesDraft, expected_version: int) -> SeriesResult:
        """Save a series' rule and details; its meetings from today on follow (exceptions
        kept; meetings the new rule no longer gives removed), the past stays as it was."""
        _check(validate_series, draft)
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            ms = get_or_404(s, MeetingSeries, series_id, "繰り返しの会議")
            _refuse_stale(ms, expected_version, "繰り返しの会議")
            old_rule, old_shape = series_rule(ms), series_shape(ms)
            apply_series_draft(s, codes, ms, draft)
            s.flush()
            return sync_series(s, codes, ms, from_on=self._today(), until=horizon(s, ms, None),
                               old_rule=old_rule, old_shape=old_shape, attendees=draft.attendees)  # fmt: skip

    def end_series(self, series_id: int, last_on: date) -> SeriesResult:
        """End a series on ``last_on``: its planned meetings after that day are removed
        (exceptions kept)."""
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            ms = get_or_404(s, MeetingSeries, series_id, "繰り返しの会議")
            if last_on < ms.starts_on:
                message = f"終了日は開始日（{ms.starts_on:%Y-%m-%d}）より後にしてください"
                raise ValidationError([FieldError("ends_on", "終了日", "order", message)])
            ms.ends_on = last_on
            s.flush()
            return sync_series(s, codes, ms, from_on=last_on + timedelta(days=1), until=last_on)

    def regenerate_series(self, series_id: int, *, until: date | None = None) -> SeriesResult:
        """Generate the series' meetings again up to ``until`` (default: its period, see
        meeting_writes.horizon); moved, cancelled, held and edited meetings stay as they are."""
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            ms = get_or_404(s, MeetingSeries, series_id, "繰り返しの会議")
            return sync_series(s, codes, ms, from_on=ms.starts_on, until=horizon(s, ms, until))

    # ---- case reviews ------------------------------------------------------------------------
    def set_reviews(
        self,
        meeting_id: int,
        reviews: Sequence[ReviewDraft],
        *,
        editor_staff_id: int | None = None,
        expected_version: int | None = None,
    ) -> list[int]:
        """Make ``reviews`` the cases reviewed at a coordination meeting (one transaction; see
        meeting_agenda.py for what 利用決定 and プラン承認 change); returns the review ids in
        order. Refused for a cancelled meeting or one that is not a coordination meeting."""
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            m = _meeting(s, meeting_id)
            _refuse_stale(m, expected_version)
            c = Checker()
            validate_reviews(c, tuple(reviews), m.held_on)
            c.raise_if_any()
            if m.status == "cancelled" or codes.attr(m.kind_id, "category") != "internal":
                message = "ケースを検討できるのは中止していない支援調整会議・ケース会議だけです"
                raise ValidationError([FieldError("meeting_id", "会議", "not_internal", message)])
            guard_confidential(s, m, editor_staff_id)
            ids = apply_reviews(s, codes, m, reviews)
            m.updated_at = utc_now()  # the reviews are the meeting's content: a new version
            s.flush()
            return ids

    def case_reviews(self, case_id: int, *, viewer_staff_id: int | None = None) -> list[ReviewRow]:
        """Every review of a case, oldest first, non-cancelled meetings only (the case file);
        at a 支援会議 the viewer is not a member of, decision and minutes are blank."""
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            rows = review_rows(s, codes, (CaseReview.case_id == case_id) & (Meeting.status != "cancelled"))
            secret = list(s.scalars(select(Meeting.id).where(
                Meeting.id.in_({r.meeting_id for r in rows}), Meeting.confidential.is_(True))))  # fmt: skip
            members = member_meeting_ids(s, secret, viewer_staff_id)
            return [replace(r, decision="", minutes="") if r.meeting_id in secret and r.meeting_id not in members
                    else r for r in rows]  # fmt: skip

    def monitoring_due(self, before: date, *, programme: str | None = None) -> list[AgendaItem]:
        """Cases whose monitoring falls due on or before ``before`` and that have not been
        monitored since it was scheduled (names only with consent)."""
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            return monitoring_items(s, codes, before, _programme_ids(codes, programme))

    def agenda(self, meeting_id: int, *, viewer_staff_id: int | None) -> Agenda:
        """The meeting and the cases it should take up (new reviews, plans to approve,
        monitoring due, closure evaluations), names only with consent. A 支援会議's non-member
        gets no items."""
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            m = _meeting(s, meeting_id)
            restricted = m.confidential and not is_member(s, m.id, viewer_staff_id)
            attendees = () if restricted else attendee_rows(s, [m.id]).get(m.id, ())
            programmes = None if m.programme_id is None else {m.programme_id}
            items = () if restricted else tuple(agenda_items(s, codes, m.held_on, programmes, m.id))
            return Agenda(meeting_row(m, codes, restricted), attendees, items, restricted)

    # ---- trainings ---------------------------------------------------------------------------
    def trainings(self, fiscal_year: int) -> list[TrainingRow]:
        """The year's trainings (meetings of a training kind, not cancelled), by date."""
        start, end = fiscal_year_range(fiscal_year)
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            kinds = codes.ids_where("meeting_kind", "category", "training")
            q = ordered(select(Meeting).where(Meeting.kind_id.in_(kinds), Meeting.status != "cancelled",
                                              Meeting.held_on.between(start, end)))  # fmt: skip
            return training_rows(s, list(s.scalars(q)), codes)

    def save_training(
        self, draft: TrainingDraft, *, training_id: int | None = None, expected_version: int | None = None
    ) -> int:
        """Record a training (new, or ``training_id`` edited at ``expected_version``): name,
        dates, organiser, content, who attended. One that has ended by today is 開催済."""
        _check(validate_training, draft)
        with self._ledger.transaction() as s:
            codes = Codes.load(s)
            if training_id is None:
                m = Meeting(status="planned", minutes="")
            else:
                m = _meeting(s, training_id)
                _refuse_stale(m, expected_version, "研修")
                if codes.attr(m.kind_id, "category") != "training":
                    raise ValidationError(
                        [FieldError("training_id", "研修", "not_training", "研修の記録ではありません")]
                    )
            apply_meeting_draft(s, codes, m, draft.meeting_draft(), category="training")
            if m.status == "planned" and (m.ends_on or m.held_on) <= self._today():
                m.status = "held"
            s.add(m)
            s.flush()
            return m.id

    # ---- the year's activity table -----------------------------------------------------------
    def activity_table(self, fiscal_year: int, programme: str | None, *, held_only: bool = False) -> ActivityTable:
        """年間活動計画 (``held_only``: 活動実績表) of a programme, or of every programme when
        ``programme`` is None: per month 4月 → 3月, each meeting title once with its days
        ("・家計改善支援事業 支援調整会議（28日）"), in the order first held; cancelled
        meetings left out, a 支援会議 by its kind alone. Plus the programme's trainings."""
        start, end = fiscal_year_range(fiscal_year)
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            ids = _programme_ids(codes, programme)
            q = select(Meeting).where(Meeting.held_on.between(start, end), Meeting.status != "cancelled")
            if held_only:
                q = q.where(Meeting.status == "held")
            if ids is not None:
                q = q.where(Meeting.programme_id.in_(ids))
            meetings = list(s.scalars(ordered(q)))
            training_kinds = set(codes.ids_where("meeting_kind", "category", "training"))
            trainings = training_rows(s, [m for m in meetings if m.kind_id in training_kinds], codes)
            label = codes.label(next(iter(ids))) if ids else "全事業"
            months = _activity_months(fiscal_year, meetings, codes)
        return ActivityTable(fiscal_year, programme, label, held_only, months, tuple(trainings))

    # ---- .ics ------------------------------------------------------------------------------------
    def ics_text(self, year: int, month_from: int, month_to: int, *, viewer_staff_id: int | None) -> str:
        """The calendar from ``month_from`` of ``year`` to ``month_to`` (of the next year when
        ``month_to`` < ``month_from``, so (2022, 4, 3) is 2022年度) as iCalendar text: every
        non-cancelled meeting; a 支援会議 as 「支援会議」 with no detail (its place only for a
        member). ValueError for a month outside 1..12."""
        return self._calendar(year, month_from, month_to, viewer_staff_id)[0]

    def export_ics(
        self, year: int, month_from: int, month_to: int, path: Target, *, viewer_staff_id: int | None
    ) -> int:
        """Write ``ics_text`` to ``path`` (a file name or a binary file) as UTF-8 with CRLF
        line ends; returns the number of events."""
        text, count = self._calendar(year, month_from, month_to, viewer_staff_id)
        data = text.encode("utf-8")
        if isinstance(path, (str, os.PathLike)):
            with open(path, "wb") as out:
                out.write(data)
        else:
            path.write(data)
        return count

    def _calendar(self, year: int, month_from: int, month_to: int, viewer_staff_id: int | None) -> tuple[str, int]:
        if not (1 <= month_from <= 12 and 1 <= month_to <= 12):
            raise ValueError(f"bad months {month_from}..{month_to}")
        first = date(year, month_from, 1)
        end_year = year if month_to >= month_from else year + 1
        last = date(end_year, month_to, calendar.monthrange(end_year, month_to)[1])
        with self._ledger.reading() as s:
            codes = Codes.load(s)
            q = ordered(select(Meeting).where(Meeting.held_on.between(first, last), Meeting.status != "cancelled"))
            meetings = list(s.scalars(q))
            members = member_meeting_ids(s, [m.id for m in meetings if m.confidential], viewer_staff_id)
            events = [_ics_event(m, codes, m.id in members) for m in meetings]
        name = f"会議予定 {first:%Y年%m月}～{last:%Y年%m月}"
        return calendar_text(events, prodid=ICS_PRODID, name=name), len(events)


def _activity_months(fiscal_year: int, meetings: list[Meeting], codes: Codes) -> tuple[ActivityMonth, ...]:
    months = []
    for y, mo in fiscal_months(fiscal_year):
        lines: dict[tuple[str, int], list[Meeting]] = {}
        for m in meetings:
            if (m.held_on.year, m.held_on.month) == (y, mo):
                kind = codes.meeting_kind(m.kind_id)
                title = kind.label if m.confidential else (m.title or kind.label)
                lines.setdefault((title, m.kind_id), []).append(m)
        out = []
        for (title, kind_id), group in lines.items():
            kind = codes.meeting_kind(kind_id)
            spans = tuple((m.held_on, m.ends_on) for m in group)
            out.append(ActivityLine(title, kind.code, kind.label, kind.colour, spans))
        months.append(ActivityMonth(y, mo, tuple(out)))
    return tuple(months)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _ics_event(m: Meeting, codes: Codes, member: bool) -> IcsEvent:
    kind = codes.meeting_kind(m.kind_id)
    last = m.ends_on or m.held_on
    start: date | datetime
    end: date | datetime
    if m.start_time is None:
        start, end = m.held_on, last
    else:
        start = datetime.combine(m.held_on, m.start_time)
        end = datetime.combine(last, m.end_time) if m.end_time is not None else start + DEFAULT_LENGTH
        if end <= start:
            end = start + DEFAULT_LENGTH
    if m.online:
        location = f"{m.place}（オンライン）" if m.place and m.place != "オンライン" else "オンライン"
    else:
        location = m.place
    if m.confidential:
        location = location if member else ""
        return IcsEvent(uid=f"meeting-{m.id}@yorisoi", summary=ICS_CONFIDENTIAL, start=start, end=end,
                        stamp=m.updated_at, location=location, status="CONFIRMED",
                        classification="CONFIDENTIAL", sequence=m.version - 1)  # fmt: skip
    title = m.title or kind.label
    summary = title if _squeeze(kind.label) in _squeeze(title) else f"{kind.label} {title}"
    description = "\n".join(x for x in (codes.label(m.programme_id), m.organiser and f"主催：{m.organiser}") if x)
    return IcsEvent(
        uid=f"meeting-{m.id}@yorisoi", summary=summary, start=start, end=end, stamp=m.updated_at,
        location=location, description=description, categories=(kind.label,),
        status="CONFIRMED", sequence=m.version - 1,
    )  # fmt: skip


__all__ = ["RESTRICTED_TITLE", "MeetingService"]
