"""What the 訪問記録 forms hand to OutreachService, and the rules they must pass.

* :class:`VisitDraft`: one outreach visit (訪問記録), made or planned, with the staff who went,
  the agencies that came along and, for hikikomori cases, the state of the person and of the
  family (:class:`HikikomoriStateDraft`).
* :class:`DisasterActivityDraft`: activities of the disaster programme (電話 / アウトリーチ /
  来所 / 関係機関との連携 / 地域・広報), ``count`` identical ones at once: the annual report
  counts records, so three calls are three records.

Categories are code keys (``place="home"``); the service resolves them. ``validate_*`` add
Japanese per-field errors to a :class:`~app.domain.validation.Checker`; field names are the
draft's attribute names (``states.0.duration_months`` for a nested one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.domain.validation import Checker

SUBJECTS = ("person", "family")  # whose state a HikikomoriStateDraft records
# methods where someone is (or is not) met, so a made visit says what happened
METHODS_WITH_RESULT = ("visit", "family_interview")
TEXT_MAX = 20_000
PLACE_NOTE_MAX = 200
DURATION_MAX = 12 * 80  # months withdrawn: a lifetime, no more
COUNT_MAX = 100  # disaster activities recorded at once


@dataclass(frozen=True)
class HikikomoriStateDraft:
    """The state of the person (``subject="person"``) or of the family at a visit."""

    subject: str
    duration_months: int | None = None  # how long withdrawn
    going_out: str | None = None  # code of kind "going_out"
    note: str = ""

    def is_blank(self) -> bool:
        return self.duration_months is None and not self.going_out and not self.note.strip()


@dataclass(frozen=True)
class VisitDraft:
    """One visit: made (``planned`` False, with its ``result``) or planned.

    ``case_id`` (or, before a case exists, ``person_id``) names who was visited; the
    programme must be one of the case's. ``next_visit_on`` on a made visit makes the service
    plan that next visit."""

    visited_on: date
    place: str  # visit_place
    method: str  # visit_method
    programme: str = "outreach"
    case_id: int | None = None
    person_id: int | None = None
    planned: bool = False
    start_at: time | None = None
    end_at: time | None = None
    place_note: str = ""
    result: str | None = None  # visit_result
    purpose: str | None = None  # visit_purpose
    content: str = ""
    next_visit_on: date | None = None
    staff_ids: tuple[int, ...] = ()
    agency_ids: tuple[int, ...] = ()
    states: tuple[HikikomoriStateDraft, ...] = ()


@dataclass(frozen=True)
class DisasterActivityDraft:
    """``count`` activities of one kind on one day (a case, staff and agencies optional)."""

    activity_on: date
    kind: str  # disaster_activity
    count: int = 1
    case_id: int | None = None
    staff_id: int | None = None
    agency_ids: tuple[int, ...] = ()
    content: str = ""


def validate_visit(c: Checker, d: VisitDraft, today: date) -> None:
    c.required("visited_on", "訪問日", d.visited_on)
    c.date_range("visited_on", "訪問日", d.visited_on, today=today, allow_future=d.planned)
    if d.case_id is None and d.person_id is None:
        c.add("case_id", "ケース", "required", "訪問したケースを選んでください")
    c.required("programme", "事業", d.programme)
    c.required("place", "訪問場所", d.place)
    c.required("method", "訪問の方法", d.method)
    c.max_len("place_note", "訪問場所（詳細）", d.place_note, PLACE_NOTE_MAX)
    if d.planned and d.result:
        c.add("result", "訪問の結果", "planned", "予定の訪問には結果を入力できません")
    elif not d.planned and d.method in METHODS_WITH_RESULT and not d.result:
        c.add("result", "訪問の結果", "required", "訪問の結果を選んでください")
    if d.start_at is not None and d.end_at is not None and d.end_at < d.start_at:
        c.add("end_at", "終了時刻", "order", "終了時刻は開始時刻より後にしてください")
    if d.end_at is not None and d.start_at is None:
        c.add("start_at", "開始時刻", "required", "終了時刻があるときは開始時刻も入力してください")
    if d.next_visit_on is not None:
        c.date_range("next_visit_on", "次回訪問日", d.next_visit_on, today=today, allow_future=True)
        if d.visited_on is not None and d.next_visit_on <= d.visited_on:
            c.add("next_visit_on", "次回訪問日", "order", "次回訪問日は訪問日より後の日付にしてください")
    if not d.staff_ids:
        c.add("staff_ids", "訪問した職員", "required", "訪問した職員を一人以上選んでください")
    elif len(set(d.staff_ids)) != len(d.staff_ids):
        c.add("staff_ids", "訪問した職員", "duplicate", "同じ職員が重複しています")
    if len(set(d.agency_ids)) != len(d.agency_ids):
        c.add("agency_ids", "同行した関係機関", "duplicate", "同じ関係機関が重複しています")
    c.max_len("content", "内容", d.content, TEXT_MAX)
    _validate_states(c, d.states)


def _validate_states(c: Checker, states: tuple[HikikomoriStateDraft, ...]) -> None:
    seen: set[str] = set()
    for i, st in enumerate(states):
        field = f"states.{i}"
        label = "本人の状態" if st.subject == "person" else "家族の状態"
        if st.subject not in SUBJECTS:
            c.add(f"{field}.subject", "状態の対象", "invalid", "状態の対象は本人か家族です")
        elif st.subject in seen:
            c.add(f"{field}.subject", label, "duplicate", f"{label}が重複しています")
        seen.add(st.subject)
        if st.duration_months is not None and not 0 <= st.duration_months <= DURATION_MAX:
            c.add(
                f"{field}.duration_months",
                f"{label}（期間）",
                "range",
                f"期間は0〜{DURATION_MAX}か月で入力してください",
            )
        c.max_len(f"{field}.note", f"{label}（様子）", st.note, TEXT_MAX)


def validate_disaster_activity(c: Checker, d: DisasterActivityDraft, today: date) -> None:
    c.required("activity_on", "日付", d.activity_on)
    c.date_range("activity_on", "日付", d.activity_on, today=today)
    c.required("kind", "活動の種類", d.kind)
    if not 1 <= d.count <= COUNT_MAX:
        c.add("count", "件数", "range", f"件数は1〜{COUNT_MAX}件で入力してください")
    if len(set(d.agency_ids)) != len(d.agency_ids):
        c.add("agency_ids", "関係機関", "duplicate", "同じ関係機関が重複しています")
    c.max_len("content", "内容", d.content, TEXT_MAX)


__all__ = [
    "METHODS_WITH_RESULT",
    "SUBJECTS",
    "DisasterActivityDraft",
    "HikikomoriStateDraft",
    "VisitDraft",
    "validate_disaster_activity",
    "validate_visit",
]
