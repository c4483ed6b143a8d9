"""MeetingService: the month calendar with holidays, recurring series and their exceptions,
case reviews and the statistics they feed, monitoring due and the consent-aware agenda,
支援会議 secrecy, trainings, the activity table and the .ics export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.audit import acting_as
from app.domain.drafts import PlanDraft, StaffDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.meeting_drafts import AttendeeDraft, MeetingDraft, ReviewDraft, SeriesDraft, TrainingDraft
from app.models import CaseProgramme, Code, Meeting, MeetingAttendee, Plan
from app.services.case_timeline import CaseTimelineService
from app.services.meeting_rows import NO_CONSENT, RESTRICTED_TITLE, MeetingFilter
from app.services.meetings import MeetingService
from app.services.statistics import StatisticsService
from tests.conftest import TODAY
from tests.services.conftest import intake_draft, person_draft

FY = 2022
THIRD_TUESDAYS_FY2022 = [
    date(2022, 4, 19),
    date(2022, 5, 17),
    date(2022, 6, 21),
    date(2022, 7, 19),
    date(2022, 8, 16),
    date(2022, 9, 20),
    date(2022, 10, 18),
    date(2022, 11, 15),
    date(2022, 12, 20),
    date(2023, 1, 17),
    date(2023, 2, 21),
    date(2023, 3, 21),  # 春分の日
]


@pytest.fixture
def meetings(ledger) -> MeetingService:
    return MeetingService(ledger, lambda: TODAY)


@pytest.fixture
def other_staff(services) -> int:
    return services.staff.add_staff(
        StaffDraft("森川", "counsellor", "あおい", family_kana="もりかわ", given_kana="あおい")
    )


def budget_meeting(meetings: MeetingService, on: date, **changes: object) -> int:
    draft = MeetingDraft(
        kind="budget_coordination",
        held_on=on,
        title="家計改善支援事業 支援調整会議",
        programme="household_budget",
        start_time=time(13, 0),
        end_time=time(15, 0),
        place="センター相談室",
    )
    return meetings.create_meeting(replace(draft, **changes))


def open_case(services, family: str, kana: str, phone: str, *, consent: bool = False, programmes=("household_budget",)):
    person = person_draft(family_name=family, family_kana=kana, phone_home=phone, phone_mobile="", email="")
    draft = intake_draft(person=person, programmes=programmes, consent_given=consent,
                         consent_on=date(2022, 4, 1) if consent else None)  # fmt: skip
    return services.cases.open_case(draft)


def held_on_of(ledger, meeting_id: int) -> tuple[date, date | None, str]:
    with ledger.reading() as s:
        m = s.get(Meeting, meeting_id)
        return m.held_on, m.occurrence_on, m.status


# ---- recurring series ------------------------------------------------------------------------
@pytest.fixture
def third_tuesday(meetings, counsellor, agency):
    return meetings.create_series(
        SeriesDraft(
            kind="hikikomori_coordination",
            title="ひきこもり支援調整会議",
            rule="monthly_nth_weekday",
            nth=3,
            weekday=1,
            starts_on=date(2022, 4, 1),
            programme="outreach",
            start_time=time(14, 0),
            end_time=time(16, 0),
            place="センター相談室",
            attendees=(AttendeeDraft(staff_id=counsellor), AttendeeDraft(agency_id=agency)),
        )
    )


def test_series_generates_twelve_months(meetings, third_tuesday, count) -> None:
    assert len(third_tuesday.created) == 12 and count(Meeting) == 12
    rows = meetings.list_meetings(MeetingFilter(series_id=third_tuesday.series_id))
    assert [r.held_on for r in rows] == THIRD_TUESDAYS_FY2022
    assert all(r.status == "planned" and r.time_label == "14:00～16:00" for r in rows)
    assert count(MeetingAttendee) == 24
    detail = meetings.meeting(rows[0].id, viewer_staff_id=None)
    assert detail.series is not None and detail.series.rule_label == "毎月第3火曜日"
    assert [a.display for a in detail.attendees] == ["川辺 ひかる", "架空市役所 生活福祉課"]


def test_moved_and_cancelled_occurrences_survive_regeneration(ledger, meetings, third_tuesday, count) -> None:
    on_holiday, august = third_tuesday.created[11], third_tuesday.created[4]
    meetings.move_meeting(on_holiday, date(2023, 3, 22))  # off 春分の日
    meetings.cancel_meeting(august, "台風のため")
    again = meetings.regenerate_series(third_tuesday.series_id)
    assert again.created == () and again.removed == ()
    assert set(again.kept) == {on_holiday, august}
    assert count(Meeting) == 12
    assert held_on_of(ledger, on_holiday) == (date(2023, 3, 22), date(2023, 3, 21), "planned")
    assert held_on_of(ledger, august) == (date(2022, 8, 16), date(2022, 8, 16), "cancelled")
    assert meetings.meeting(august, viewer_staff_id=None).minutes.startswith("中止理由：台風のため")
    march = meetings.month(2023, 3, viewer_staff_id=None)
    assert march.day(date(2023, 3, 21)).holiday == "春分の日" and march.day(date(2023, 3, 21)).meetings == ()
    (moved,) = march.day(date(2023, 3, 22)).meetings
    assert moved.moved and moved.occurrence_on == date(2023, 3, 21)


def test_regenerate_further_and_end_the_series(ledger, meetings, third_tuesday, count) -> None:
    longer = meetings.regenerate_series(third_tuesday.series_id, until=date(2023, 6, 30))
    assert len(longer.created) == 3 and count(Meeting) == 15
    assert meetings.regenerate_series(third_tuesday.series_id).created == ()  # the longer period stays
    meetings.mark_held(third_tuesday.created[0])
    ended = meetings.end_series(third_tuesday.series_id, date(2023, 4, 30))
    assert len(ended.removed) == 2 and count(Meeting) == 13
    assert [r.held_on for r in meetings.list_meetings(MeetingFilter(statuses=("held",)))] == [date(2022, 4, 19)]


def test_updating_a_series_keeps_exceptions_and_the_past(ledger, meetings, counsellor) -> None:
    draft = SeriesDraft(kind="budget_coordination", title="家計改善支援事業 支援調整会議", rule="monthly_day",
                        day_of_month=28, holiday_shift="previous", starts_on=date(2023, 4, 1),
                        programme="household_budget", start_time=time(13, 0))  # fmt: skip
    made = meetings.create_series(draft)
    dates = [r.held_on for r in meetings.list_meetings(MeetingFilter(series_id=made.series_id))]
    assert dates[:4] == [date(2023, 4, 28), date(2023, 5, 26), date(2023, 6, 28), date(2023, 7, 28)]
    assert dates[8] == date(2023, 12, 28) and dates[9] == date(2024, 1, 26)  # 1/28 is a Sunday
    moved = made.created[3]  # July
    meetings.move_meeting(moved, date(2023, 7, 27), time(10, 0))
    version = meetings.series(made.series_id).version
    changed = meetings.update_series(made.series_id, replace(draft, day_of_month=25, place="2階会議室"), version)
    assert moved in changed.kept
    rows = meetings.list_meetings(MeetingFilter(series_id=made.series_id))
    past = [r for r in rows if r.held_on < TODAY]
    assert [r.held_on for r in past] == [date(2023, 4, 28), date(2023, 5, 26)] and all(r.place == "" for r in past)
    future = [r for r in rows if r.held_on >= TODAY and r.id != moved]
    # 6/25 is a Sunday (→ Friday 23rd); July keeps only the meeting moved by hand
    assert [r.held_on for r in future][:3] == [date(2023, 6, 23), date(2023, 8, 25), date(2023, 9, 25)]
    assert all(r.place == "2階会議室" for r in future)
    assert meetings.meeting(moved, viewer_staff_id=None).row.start_time == time(10, 0)
    with pytest.raises(ConflictError):
        meetings.update_series(made.series_id, draft, version)


def test_series_validation(meetings) -> None:
    bad = SeriesDraft(kind="budget_coordination", title="", rule="monthly_nth_weekday", nth=0, weekday=9,
                      starts_on=date(2023, 4, 1), ends_on=date(2023, 3, 1), holiday_shift="skip")  # fmt: skip
    with pytest.raises(ValidationError) as exc:
        meetings.create_series(bad)
    assert set(exc.value.fields) == {"title", "nth", "weekday", "ends_on", "holiday_shift"}


# ---- the month calendar ------------------------------------------------------------------------
def test_month_grid_with_holidays_kinds_and_multi_day_meetings(meetings, counsellor) -> None:
    budget_meeting(meetings, date(2022, 5, 2))
    meetings.save_training(TrainingDraft("家計改善支援事業従事者養成研修", date(2022, 5, 31), date(2022, 6, 1),
                                         organiser="架空研修機構"))  # fmt: skip
    cancelled = budget_meeting(meetings, date(2022, 5, 20), title="臨時")
    meetings.cancel_meeting(cancelled)
    may = meetings.month(2022, 5, viewer_staff_id=None)
    assert may.title == "2022年5月" and may.weekday_labels[0] == "日"
    assert may.weeks[0][0].on == date(2022, 5, 1) and may.weeks[-1][-1].on == date(2022, 6, 4)
    assert all(len(w) == 7 for w in may.weeks) and len(may.days) == 31
    assert {d.on.day: d.holiday for d in may.days if d.holiday} == {3: "憲法記念日", 4: "みどりの日", 5: "こどもの日"}
    assert may.day(date(2022, 5, 1)).red and not may.day(date(2022, 5, 2)).red
    (m,) = may.day(date(2022, 5, 2)).meetings
    assert (m.kind, m.kind_label, m.colour, m.status) == ("budget_coordination", "家計改善支援事業支援調整会議",
                                                          "#ff7f0e", "planned")  # fmt: skip
    assert m.title == "家計改善支援事業 支援調整会議" and m.place_label == "センター相談室"
    assert may.day(date(2022, 5, 20)).meetings[0].status == "cancelled"
    training = may.day(date(2022, 6, 1)).meetings[0]
    assert training.kind == "training" and may.day(date(2022, 5, 31)).meetings == (training,)
    assert [k.code for k in may.kinds_used] == ["budget_coordination", "training"]
    with pytest.raises(ValueError):
        meetings.month(2022, 13, viewer_staff_id=None)


def test_list_filters_and_pages(meetings) -> None:
    ids = [budget_meeting(meetings, date(2022, m, 10)) for m in (4, 5, 6, 7)]
    meetings.create_meeting(MeetingDraft(kind="child_protection_council", held_on=date(2022, 5, 12),
                                         place="市役所", online=True))  # fmt: skip
    assert meetings.count_meetings() == 5
    assert [r.id for r in meetings.list_meetings(MeetingFilter(kinds=("budget_coordination",)), limit=2)] == ids[:2]
    page = meetings.list_meetings(MeetingFilter(kinds=("budget_coordination",), newest_first=True), limit=2, offset=1)
    assert [r.id for r in page] == [ids[2], ids[1]]
    external = meetings.list_meetings(MeetingFilter(categories=("external",)))
    assert len(external) == 1 and external[0].title == "要保護児童対策地域協議会"
    assert external[0].place_label == "オンライン（市役所）"
    assert meetings.count_meetings(MeetingFilter(date_from=date(2022, 5, 11), date_to=date(2022, 6, 30))) == 2
    assert meetings.count_meetings(MeetingFilter(text="市役所")) == 1


def test_meeting_edits_moves_and_conflicts(ledger, meetings, counsellor, agency) -> None:
    mid = budget_meeting(meetings, date(2022, 6, 28), attendees=(AttendeeDraft(staff_id=counsellor),))
    detail = meetings.meeting(mid, viewer_staff_id=None)
    draft = replace(detail.draft, place="2階会議室", attendees=(AttendeeDraft(agency_id=agency, name="担当 太郎"),))
    meetings.update_meeting(mid, draft, detail.version)
    with pytest.raises(ConflictError):
        meetings.update_meeting(mid, draft, detail.version)
    again = meetings.meeting(mid, viewer_staff_id=None)
    assert again.row.place == "2階会議室" and [a.display for a in again.attendees] == [
        "架空市役所 生活福祉課（担当 太郎）"
    ]
    meetings.move_meeting(mid, date(2022, 6, 29), time(10, 0))
    moved = meetings.meeting(mid, viewer_staff_id=None).row
    assert (moved.held_on, moved.start_time, moved.end_time) == (date(2022, 6, 29), time(10, 0), time(12, 0))
    with pytest.raises(ValidationError) as exc:
        meetings.create_meeting(MeetingDraft(kind="budget_coordination", held_on=date(2022, 6, 1),
                                             start_time=time(15, 0), end_time=time(14, 0)))  # fmt: skip
    assert exc.value.fields == ("end_time",)
    with pytest.raises(ValidationError):
        meetings.create_meeting(MeetingDraft(kind="no_such_kind", held_on=date(2022, 6, 1)))
    with pytest.raises(NotFoundError):
        meetings.meeting(9999, viewer_staff_id=None)
    meetings.delete_meeting(mid, meetings.meeting(mid, viewer_staff_id=None).version)
    assert meetings.count_meetings() == 0


# ---- case reviews and the statistics ----------------------------------------------------------
REVIEW_KEYS = {
    "household_budget.coordination_meeting.new_reviews",
    "household_budget.coordination_meeting.monitoring_reviews",
    "household_budget.use_decisions",
}


def changed(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: after[k] - before[k] for k in after if after[k] != before[k]}


def test_three_reviews_change_exactly_the_review_figures(ledger, services, meetings) -> None:
    a = open_case(services, "海野", "うみの", "086-200-0001")
    b = open_case(services, "空井", "そらい", "086-200-0002")
    mid = budget_meeting(meetings, date(2022, 6, 28))
    stats = StatisticsService(ledger, lambda: TODAY)
    before = stats.values(FY)
    ids = meetings.set_reviews(
        mid,
        [
            ReviewDraft(a.case_id, "household_budget", "new_review", decision="家計改善支援の対象として検討"),
            ReviewDraft(a.case_id, "household_budget", "use_decision", decision="利用決定"),
            ReviewDraft(b.case_id, "household_budget", "monitoring", next_monitoring_on=date(2022, 9, 27)),
        ],
    )
    assert len(ids) == 3
    after = stats.values(FY)
    assert changed(before, after) == {k: 1 for k in REVIEW_KEYS}
    with ledger.reading() as s:
        cp = s.scalar(select(CaseProgramme).where(CaseProgramme.case_id == a.case_id))
        assert cp.use_decided_on == date(2022, 6, 28)
    detail = meetings.meeting(mid, viewer_staff_id=None)
    assert [(r.case_no, r.kind_label) for r in detail.reviews] == [
        (a.case_no, "新規検討"), (a.case_no, "利用決定"), (b.case_no, "モニタリング")]  # fmt: skip
    assert [r.kind for r in meetings.case_reviews(a.case_id)] == ["new_review", "use_decision"]
    # the same list again changes nothing; dropping the use decision takes it back
    assert meetings.set_reviews(mid, [ReviewDraft(a.case_id, "household_budget", "new_review", decision="x"),
                                      ReviewDraft(a.case_id, "household_budget", "use_decision"),
                                      ReviewDraft(b.case_id, "household_budget", "monitoring")])[0] == ids[0]  # fmt: skip
    meetings.set_reviews(mid, [ReviewDraft(b.case_id, "household_budget", "monitoring")])
    assert changed(before, stats.values(FY)) == {"household_budget.coordination_meeting.monitoring_reviews": 1}
    with ledger.reading() as s:
        assert s.scalar(select(CaseProgramme.use_decided_on).where(CaseProgramme.case_id == a.case_id)) is None


def test_hikikomori_reviews_count_in_both_chapters(ledger, services, meetings) -> None:
    c = open_case(services, "谷口", "たにぐち", "086-200-0003", programmes=("outreach",))
    mid = meetings.create_meeting(MeetingDraft(kind="hikikomori_coordination", held_on=date(2022, 7, 19),
                                               programme="outreach"))  # fmt: skip
    stats = StatisticsService(ledger, lambda: TODAY)
    before = stats.values(FY)
    meetings.set_reviews(mid, [ReviewDraft(c.case_id, "outreach", "new_review")])
    assert changed(before, stats.values(FY)) == {
        "self_reliance.hikikomori_meeting.new_reviews": 1,
        "outreach.hikikomori_meeting.new_reviews": 1,
    }


def test_plan_approval_links_and_unlinks_the_plan(ledger, services, meetings) -> None:
    c = open_case(services, "海野", "うみの", "086-200-0001", programmes=("self_reliance",))
    plan_id = services.cases.add_plan(PlanDraft(c.case_id, "self_reliance", date(2022, 5, 10)))
    mid = meetings.create_meeting(MeetingDraft(kind="regular_coordination", held_on=date(2022, 5, 17),
                                               programme="self_reliance"))  # fmt: skip
    meetings.set_reviews(mid, [ReviewDraft(c.case_id, "self_reliance", "plan_approval", "承認", plan_id=plan_id)])
    assert services.records.plan(plan_id).draft.approved_meeting_id == mid
    assert meetings.meeting(mid, viewer_staff_id=None).reviews[0].plan_id == plan_id
    with pytest.raises(ValidationError):  # a meeting that approved a plan is not cancelled
        meetings.cancel_meeting(mid)
    meetings.set_reviews(mid, [])
    with ledger.reading() as s:
        assert s.get(Plan, plan_id).approved_meeting_id is None


def test_review_rules(services, meetings) -> None:
    c = open_case(services, "海野", "うみの", "086-200-0001")
    mid = budget_meeting(meetings, date(2022, 6, 28))
    cases = [
        ([ReviewDraft(c.case_id, "outreach", "new_review")], "reviews.0.programme"),
        ([ReviewDraft(c.case_id, "household_budget", "monitoring", next_monitoring_on=date(2022, 6, 1))],
         "reviews.0.next_monitoring_on"),
        ([ReviewDraft(c.case_id, "household_budget", "monitoring")] * 2, "reviews.1.kind"),
        ([ReviewDraft(c.case_id, "household_budget", "new_review", plan_id=1)], "reviews.0.plan_id"),
        ([ReviewDraft(c.case_id, "household_budget", "renewal")], "reviews.0.kind"),
    ]  # fmt: skip
    for reviews, field in cases:
        with pytest.raises(ValidationError) as exc:
            meetings.set_reviews(mid, reviews)
        assert field in exc.value.fields, (field, exc.value.fields)
    before_case = budget_meeting(meetings, date(2022, 3, 28))
    with pytest.raises(ValidationError):  # the meeting was before the case was opened
        meetings.set_reviews(before_case, [ReviewDraft(c.case_id, "household_budget", "new_review")])
    training = meetings.save_training(TrainingDraft("研修", date(2022, 6, 1)))
    with pytest.raises(ValidationError):
        meetings.set_reviews(training, [ReviewDraft(c.case_id, "household_budget", "new_review")])
    meetings.cancel_meeting(mid)
    with pytest.raises(ValidationError):
        meetings.set_reviews(mid, [ReviewDraft(c.case_id, "household_budget", "new_review")])


# ---- monitoring due and the agenda ---------------------------------------------------------------
def test_monitoring_due_until_reviewed(services, meetings) -> None:
    c = open_case(services, "海野", "うみの", "086-200-0001", consent=True)
    services.cases.add_plan(PlanDraft(c.case_id, "household_budget", date(2022, 5, 10),
                                      next_monitoring_on=date(2022, 8, 1)))  # fmt: skip
    assert meetings.monitoring_due(date(2022, 7, 31)) == []
    (item,) = meetings.monitoring_due(date(2022, 8, 1))
    assert (item.case_id, item.due_on, item.section_label, item.person_name) == (
        c.case_id, date(2022, 8, 1), "モニタリング", "海野 みどり")  # fmt: skip
    august = budget_meeting(meetings, date(2022, 8, 29))
    agenda = meetings.agenda(august, viewer_staff_id=None)
    assert [(i.section, i.case_id, i.recorded) for i in agenda.section("monitoring")] == [
        ("monitoring", c.case_id, False)]  # fmt: skip
    meetings.set_reviews(august, [ReviewDraft(c.case_id, "household_budget", "monitoring",
                                              next_monitoring_on=date(2022, 11, 1))])  # fmt: skip
    agenda = meetings.agenda(august, viewer_staff_id=None)  # the meeting's own agenda stays
    assert [(i.case_id, i.recorded) for i in agenda.section("monitoring")] == [(c.case_id, True)]
    assert meetings.monitoring_due(date(2022, 10, 31)) == []
    (item,) = meetings.monitoring_due(date(2022, 11, 30), programme="household_budget")
    assert item.due_on == date(2022, 11, 1)
    assert meetings.monitoring_due(date(2022, 11, 30), programme="outreach") == []
    # a re-plan sets the next date again
    services.cases.add_plan(PlanDraft(c.case_id, "household_budget", date(2022, 9, 5),
                                      next_monitoring_on=date(2022, 12, 5)))  # fmt: skip
    assert [i.due_on for i in meetings.monitoring_due(date(2022, 12, 31))] == [date(2022, 12, 5)]


def test_agenda_names_only_with_consent(services, meetings) -> None:
    agreed = open_case(services, "海野", "うみの", "086-200-0001", consent=True)
    refused = open_case(services, "空井", "そらい", "086-200-0002")
    for c in (agreed, refused):
        services.cases.change_status(c.case_id, "household_budget", "plan_draft", date(2022, 5, 1))
    plan_id = services.cases.add_plan(PlanDraft(refused.case_id, "household_budget", date(2022, 5, 20)))
    mid = budget_meeting(meetings, date(2022, 5, 30))
    agenda = meetings.agenda(mid, viewer_staff_id=None)
    assert [(i.section_label, i.case_no, i.person_name, i.consent) for i in agenda.items] == [
        ("新規検討", agreed.case_no, "海野 みどり", True),
        ("新規検討", refused.case_no, NO_CONSENT, False),
        ("プラン承認", refused.case_no, NO_CONSENT, False),
    ]
    assert agenda.section("plan_approval")[0].plan_id == plan_id
    assert [key for key, _label, _items in agenda.sections] == ["new_review", "plan_approval"]
    meetings.set_reviews(mid, [ReviewDraft(agreed.case_id, "household_budget", "new_review")])
    later = budget_meeting(meetings, date(2022, 6, 27))
    assert [i.case_id for i in meetings.agenda(later, viewer_staff_id=None).section("new_review")] == [
        refused.case_id]  # fmt: skip


def test_closure_evaluations_awaiting(services, meetings) -> None:
    c = open_case(services, "海野", "うみの", "086-200-0001")
    for status, on in (("support", date(2022, 5, 1)), ("evaluation", date(2022, 9, 1))):
        services.cases.change_status(c.case_id, "household_budget", status, on)
    first = budget_meeting(meetings, date(2022, 9, 26))
    assert [i.section for i in meetings.agenda(first, viewer_staff_id=None).items] == ["closure_evaluation"]
    meetings.set_reviews(first, [ReviewDraft(c.case_id, "household_budget", "closure_evaluation", "②達成")])
    second = budget_meeting(meetings, date(2022, 10, 28))
    assert meetings.agenda(second, viewer_staff_id=None).items == ()


# ---- 支援会議 (法第9条) -----------------------------------------------------------------------------
def test_support_council_is_visible_only_to_its_members(ledger, services, meetings, counsellor, other_staff) -> None:
    c = open_case(services, "海野", "うみの", "086-200-0001", consent=True, programmes=("self_reliance",))
    mid = meetings.create_meeting(MeetingDraft(kind="support_council", held_on=date(2022, 7, 7),
                                               title="支援会議 海野さんの件", programme="self_reliance",
                                               place="市役所", attendees=(AttendeeDraft(staff_id=counsellor),)))  # fmt: skip
    with pytest.raises(ValidationError) as exc:  # not a member
        meetings.set_reviews(mid, [ReviewDraft(c.case_id, "self_reliance", "new_review", "秘密の決定")],
                             editor_staff_id=other_staff)  # fmt: skip
    assert exc.value.errors[0].code == "not_member"
    meetings.set_reviews(mid, [ReviewDraft(c.case_id, "self_reliance", "new_review", "秘密の決定")],
                         editor_staff_id=counsellor)  # fmt: skip
    meetings.set_minutes(mid, "構成員だけの記録", editor_staff_id=counsellor)
    member = meetings.meeting(mid, viewer_staff_id=counsellor)
    assert not member.restricted and member.reviews[0].decision == "秘密の決定" and member.minutes
    for viewer in (None, other_staff):
        seen = meetings.meeting(mid, viewer_staff_id=viewer)
        assert seen.restricted and seen.row.title == seen.draft.title == RESTRICTED_TITLE
        assert (seen.reviews, seen.attendees, seen.minutes, seen.draft.attendees) == ((), (), "", ())
        assert seen.row.held_on == date(2022, 7, 7) and seen.row.kind == "support_council"
        assert seen.row.place == seen.draft.place == ""
        (cell,) = meetings.month(2022, 7, viewer_staff_id=viewer).day(date(2022, 7, 7)).meetings
        assert cell.restricted and cell.title == RESTRICTED_TITLE
        assert meetings.agenda(mid, viewer_staff_id=viewer).items == ()
        assert meetings.case_reviews(c.case_id, viewer_staff_id=viewer)[0].decision == ""
    assert meetings.month(2022, 7, viewer_staff_id=counsellor).meetings[0].title == "支援会議 海野さんの件"
    assert meetings.case_reviews(c.case_id, viewer_staff_id=counsellor)[0].decision == "秘密の決定"
    assert meetings.count_meetings(MeetingFilter(text="海野")) == 0  # its title is not searchable
    timeline = CaseTimelineService(ledger, lambda: TODAY).timeline
    assert timeline(c.case_id, frozenset({"review"}))[0].detail == ""  # nobody signed in
    for viewer, shown in ((other_staff, ""), (counsellor, "秘密の決定")):  # the member signed in reads it
        with acting_as(viewer):
            assert timeline(c.case_id, frozenset({"review"}))[0].detail == shown
    with pytest.raises(ValidationError):
        meetings.set_attendees(mid, [AttendeeDraft(staff_id=other_staff)], editor_staff_id=other_staff)


# ---- trainings and the activity table ----------------------------------------------------------
def test_trainings_and_the_activity_table(meetings, counsellor, other_staff) -> None:
    for day in (5, 19):
        budget_meeting(meetings, date(2022, 9, day), title="被災者見守り 個別支援会議")
    budget_meeting(meetings, date(2022, 9, 28))
    budget_meeting(meetings, date(2022, 4, 28))
    budget_meeting(meetings, date(2022, 10, 28), programme="self_reliance")  # another programme
    meetings.cancel_meeting(budget_meeting(meetings, date(2022, 11, 28)))
    tid = meetings.save_training(TrainingDraft(
        "家計改善支援事業従事者養成研修", date(2022, 9, 1), date(2022, 9, 2), organiser="架空研修機構",
        summary="家計改善支援員のスキルアップ", programme="household_budget", online=True,
        attendees=(AttendeeDraft(staff_id=counsellor), AttendeeDraft(staff_id=other_staff, attended=False))))  # fmt: skip
    (training,) = meetings.trainings(FY)
    assert (training.id, training.days_label, training.attendees, training.participants) == (
        tid, "（1～2日）", ("川辺 ひかる",), 1)  # fmt: skip
    assert training.status == "held" and training.organiser == "架空研修機構"
    table = meetings.activity_table(FY, "household_budget")
    assert table.title == "年間活動計画" and table.programme_label == "生活困窮者家計改善支援事業"
    assert [m.label for m in table.months][:2] == ["4月", "5月"] and len(table.months) == 12
    assert [line.text for line in table.months[0].lines] == ["・家計改善支援事業 支援調整会議（28日）"]
    assert [line.text for line in table.months[5].lines] == [
        "・家計改善支援事業従事者養成研修（1～2日）",
        "・被災者見守り 個別支援会議（5日、19日）",
        "・家計改善支援事業 支援調整会議（28日）",
    ]
    assert table.months[6].lines == () and table.months[7].lines == ()
    assert [t.id for t in table.trainings] == [tid]
    assert meetings.activity_table(FY, "household_budget", held_only=True).months[5].lines[0].title == (
        "家計改善支援事業従事者養成研修")  # fmt: skip
    everything = meetings.activity_table(FY, None)
    assert everything.programme_label == "全事業" and len(everything.months[6].lines) == 1
    with pytest.raises(ValidationError):
        meetings.save_training(TrainingDraft("研修", date(2022, 9, 1), kind="budget_coordination"))


# ---- .ics -----------------------------------------------------------------------------------------
def unfold(data: bytes) -> list[str]:
    """RFC 5545 content lines: CRLF-separated, each physical line at most 75 octets, a line
    starting with a space continues the previous one."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical), max(physical, key=len)
    lines: list[str] = []
    for raw in physical:
        text = raw.decode("utf-8")  # a fold never splits a character
        if text.startswith(" "):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    return lines


def parse(lines: list[str]) -> list[dict[str, str]]:
    """The VEVENTs as {"NAME;PARAMS": value}."""
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _sep, value = line.partition(":")
            current[name] = value
    return events


def test_ics_export(tmp_path: Path, meetings, counsellor) -> None:
    long_title = "生活困窮者自立支援制度における関係機関連携会議、家計改善支援; 第2回（オンライン併用）" * 2
    regular = budget_meeting(meetings, date(2022, 6, 21), title=long_title, start_time=time(14, 0),
                             end_time=time(16, 30))  # fmt: skip
    training = meetings.save_training(TrainingDraft("アウトリーチ研修", date(2022, 9, 8), date(2022, 9, 9),
                                                    organiser="架空研修機構", online=True))  # fmt: skip
    meetings.cancel_meeting(budget_meeting(meetings, date(2022, 7, 26)))
    secret = meetings.create_meeting(MeetingDraft(kind="support_council", held_on=date(2023, 2, 2),
                                                  title="海野さんの件", place="市役所",
                                                  attendees=(AttendeeDraft(staff_id=counsellor),)))  # fmt: skip
    budget_meeting(meetings, date(2023, 4, 25))  # outside the range
    out = tmp_path / "meetings.ics"
    assert meetings.export_ics(2022, 4, 3, out, viewer_staff_id=None) == 3
    lines = unfold(out.read_bytes())
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and lines[-1] == "END:VCALENDAR"
    assert any(line.startswith("PRODID:") for line in lines)
    assert "TZID:Asia/Tokyo" in lines and "BEGIN:VTIMEZONE" in lines
    events = {e["UID"]: e for e in parse(lines)}
    assert set(events) == {f"meeting-{i}@yorisoi" for i in (regular, training, secret)}
    e = events[f"meeting-{regular}@yorisoi"]
    assert e["DTSTART;TZID=Asia/Tokyo"] == "20220621T140000" and e["DTEND;TZID=Asia/Tokyo"] == "20220621T163000"
    escaped = long_title.replace(";", "\\;").replace(",", "\\,")
    assert e["SUMMARY"] == f"家計改善支援事業支援調整会議 {escaped}"
    assert e["LOCATION"] == "センター相談室" and e["STATUS"] == "CONFIRMED" and "DTSTAMP" in e
    t = events[f"meeting-{training}@yorisoi"]
    assert (t["DTSTART;VALUE=DATE"], t["DTEND;VALUE=DATE"]) == ("20220908", "20220910")
    assert t["SUMMARY"] == "アウトリーチ研修" and t["LOCATION"] == "オンライン"  # the kind is in the title
    c = events[f"meeting-{secret}@yorisoi"]
    assert c["SUMMARY"] == "支援会議" and c["CLASS"] == "CONFIDENTIAL"
    assert "LOCATION" not in c and "DESCRIPTION" not in c and "海野" not in out.read_text(encoding="utf-8")
    member = unfold(meetings.ics_text(2022, 4, 3, viewer_staff_id=counsellor).encode("utf-8"))
    assert {e["UID"]: e for e in parse(member)}[f"meeting-{secret}@yorisoi"]["LOCATION"] == "市役所"


def test_codes_are_seeded_for_every_kind_used(ledger) -> None:
    with ledger.reading() as s:
        kinds = set(s.scalars(select(Code.code).where(Code.kind == "review_kind")))
    assert kinds == {"new_review", "plan_approval", "monitoring", "closure_evaluation", "use_decision"}
