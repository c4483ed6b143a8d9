"""OutreachService: the 訪問記録 (made and planned visits, the next visit planned from a made
one, the list with its filters and pages), the month-by-month liaison table of the outreach
chapter, and the disaster programme's activities — whose counts must be the statistics'."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import event

from app.domain.drafts import AgencyDraft, ContactDraft, StaffDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.visit_drafts import DisasterActivityDraft, HikikomoriStateDraft, VisitDraft
from app.models import DisasterActivity, HikikomoriState, OutreachVisit
from app.services.outreach import OutreachService
from app.services.outreach_rows import VisitFilter, month_range
from app.services.statistics import StatisticsService
from tests.conftest import TODAY
from tests.services.conftest import intake_draft, person_draft


@pytest.fixture
def outreach(ledger) -> OutreachService:
    return OutreachService(ledger, today=lambda: TODAY)


@pytest.fixture
def case_id(services) -> int:
    """山野 みどり (fictional), in the outreach programme from 2022-04-01."""
    return services.cases.open_case(intake_draft(programmes=("outreach",))).case_id


@pytest.fixture
def nurse(services) -> int:
    return services.staff.add_staff(StaffDraft("森", "outreach_worker", "あかり", family_kana="もり"))


@pytest.fixture
def ssw(services) -> int:
    return services.agencies.add_agency(AgencyDraft("架空市教育委員会", "education", department="SSW"))


def visit(case_id: int, staff: tuple[int, ...], **changes: object) -> VisitDraft:
    base = VisitDraft(
        visited_on=date(2022, 5, 10),
        place="home",
        method="visit",
        case_id=case_id,
        result="through_door",
        purpose="rapport",
        start_at=time(14, 0),
        end_at=time(15, 0),
        content="ドア越しに初めて声が聞けた",
        staff_ids=staff,
    )
    return replace(base, **changes)


# ---- recording and reading ---------------------------------------------------------------
def test_a_joint_visit_with_two_staff_and_the_hikikomori_state(outreach, case_id, counsellor, nurse, agency) -> None:
    states = (
        HikikomoriStateDraft("person", 72, "room_only", "自室から出ない"),
        HikikomoriStateDraft("family", note="母親が疲れている様子"),
        HikikomoriStateDraft("family"),  # blank: not stored (and not a duplicate)
    )
    vid = outreach.record_visit(visit(case_id, (counsellor, nurse), agency_ids=(agency,), states=states[:2]))
    d = outreach.visit(vid)
    assert d.version == 1
    assert d.draft.staff_ids == tuple(sorted((counsellor, nurse)))
    assert d.draft.agency_ids == (agency,)
    assert d.draft.result == "through_door" and d.draft.programme == "outreach"
    assert d.draft.states == states[:2]
    assert d.case is not None and d.case.hikikomori and d.case.case_no
    assert d.agency_names == {agency: "架空市役所 生活福祉課"}

    [row] = outreach.list_visits(VisitFilter())
    assert (row.id, row.place, row.method, row.result, row.purpose) == (vid, "自宅", "訪問", "ドア越し", "関係づくり")
    assert row.staff == "川辺 ひかる、森 あかり"  # 五十音: かわべ before もり
    assert row.agencies == "架空市役所 生活福祉課"
    assert row.person_name == "山野 みどり" and row.programme == "アウトリーチ"


def test_a_case_outside_outreach_is_hikikomori_by_its_topic(services, outreach) -> None:
    plain = services.cases.open_case(intake_draft(topics=("income",))).case_id
    withdrawn = services.cases.open_case(
        intake_draft(topics=("hikikomori",), person=person_draft(given_name="ひろし", phone_home="", phone_mobile=""))
    ).case_id
    assert not outreach.visit_case(plain).hikikomori
    assert outreach.visit_case(withdrawn).hikikomori
    assert outreach.visit_case(plain).programmes == (("self_reliance", "生活困窮者自立相談支援事業"),)


def test_rules_are_checked_field_by_field(outreach, case_id, counsellor) -> None:
    with pytest.raises(ValidationError) as e:
        outreach.record_visit(
            visit(
                case_id,
                (),
                result=None,
                end_at=time(13, 0),
                next_visit_on=date(2022, 5, 1),
                visited_on=date(2022, 5, 10),
            )
        )
    assert set(e.value.fields) == {"result", "end_at", "next_visit_on", "staff_ids"}
    assert e.value.for_field("result").message == "訪問の結果を選んでください"
    with pytest.raises(ValidationError) as e:
        outreach.record_visit(visit(case_id, (counsellor,), planned=True))  # a planned visit has no result yet
    assert e.value.fields == ("result",)
    with pytest.raises(ValidationError) as e:
        outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2023, 6, 2)))  # TODAY is 2023-06-01
    assert e.value.for_field("visited_on").code == "future"
    with pytest.raises(ValidationError) as e:
        outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2022, 3, 31)))  # before the intake
    assert e.value.for_field("visited_on").code == "before_intake"
    with pytest.raises(ValidationError) as e:
        outreach.record_visit(visit(case_id, (counsellor,), programme="household_budget"))
    assert e.value.for_field("programme").code == "not_member"
    letter = outreach.record_visit(visit(case_id, (counsellor,), method="letter", result=None, place="other"))
    assert outreach.visit(letter).draft.result is None  # a letter meets nobody


def test_a_retired_staff_member_may_stay_on_an_old_visit(services, outreach, case_id, counsellor, nurse) -> None:
    vid = outreach.record_visit(visit(case_id, (counsellor, nurse)))
    services.staff.set_active(nurse, False)
    d = outreach.visit(vid)
    outreach.update_visit(vid, replace(d.draft, content="追記"), d.version)
    with pytest.raises(ValidationError) as e:
        outreach.record_visit(visit(case_id, (nurse,)))
    assert "退職" in e.value.for_field("staff_ids").message


# ---- planned visits ------------------------------------------------------------------------
def test_the_next_visit_is_planned_then_marked_done(outreach, case_id, counsellor, agency, count) -> None:
    vid = outreach.record_visit(visit(case_id, (counsellor,), agency_ids=(agency,), next_visit_on=date(2023, 6, 8)))
    [planned] = outreach.upcoming(TODAY)
    assert planned.planned and planned.visited_on == date(2023, 6, 8) and planned.result == ""
    assert planned.staff == "川辺 ひかる" and planned.agencies == "架空市役所 生活福祉課"
    assert outreach.upcoming(TODAY, days=3) == []
    assert count(OutreachVisit) == 2

    # the date moves: the planned visit moves with it (no second one)
    d = outreach.visit(vid)
    outreach.update_visit(vid, replace(d.draft, next_visit_on=date(2023, 6, 12)), d.version)
    [moved] = outreach.upcoming(TODAY)
    assert moved.id == planned.id and moved.visited_on == date(2023, 6, 12)

    # made on TODAY: the planned visit becomes a made one, and plans the one after it
    p = outreach.visit(moved.id)
    done = replace(p.draft, planned=False, visited_on=TODAY, result="met", next_visit_on=date(2023, 6, 20))
    outreach.mark_done(moved.id, done, p.version)
    [made] = outreach.list_visits(VisitFilter(month="2023-06", planned=False))
    assert (made.id, made.result, made.result_code) == (moved.id, "本人と面会", "met")
    assert [u.visited_on for u in outreach.upcoming(TODAY, days=30)] == [date(2023, 6, 20)]
    with pytest.raises(ConflictError):  # once made, it can't be marked done again
        outreach.mark_done(moved.id, done, outreach.visit(moved.id).version)
    with pytest.raises(ValidationError):
        outreach.mark_done(moved.id, replace(done, planned=True), 99)


def test_clearing_the_next_date_removes_an_untouched_plan(outreach, case_id, counsellor, count) -> None:
    vid = outreach.record_visit(visit(case_id, (counsellor,), next_visit_on=date(2023, 6, 8)))
    d = outreach.visit(vid)
    outreach.update_visit(vid, replace(d.draft, next_visit_on=None), d.version)
    assert outreach.upcoming(TODAY) == [] and count(OutreachVisit) == 1


def test_an_overdue_plan_comes_first(outreach, case_id, counsellor) -> None:
    outreach.record_visit(visit(case_id, (counsellor,), planned=True, result=None, visited_on=date(2023, 6, 5)))
    outreach.record_visit(visit(case_id, (counsellor,), planned=True, result=None, visited_on=date(2023, 5, 20)))
    assert [u.visited_on for u in outreach.upcoming(TODAY)] == [date(2023, 5, 20), date(2023, 6, 5)]


def test_a_stale_edit_is_refused_and_delete_takes_the_states(outreach, case_id, counsellor, count) -> None:
    states = (HikikomoriStateDraft("person", 12),)
    vid = outreach.record_visit(visit(case_id, (counsellor,), states=states))
    d = outreach.visit(vid)
    outreach.update_visit(vid, replace(d.draft, content="一回目"), d.version)
    with pytest.raises(ConflictError):
        outreach.update_visit(vid, replace(d.draft, content="二回目"), d.version)
    assert outreach.visit(vid).draft.content == "一回目"
    outreach.delete_visit(vid, d.version + 1)
    assert count(OutreachVisit) == 0 and count(HikikomoriState) == 0
    with pytest.raises(NotFoundError):
        outreach.visit(vid)


# ---- the list: filters, pages, few queries -------------------------------------------------
def test_filters_and_pages(services, outreach, case_id, counsellor, nurse, agency, ssw) -> None:
    other = services.cases.open_case(
        intake_draft(programmes=("outreach",), person=person_draft(given_name="けん", phone_home="", phone_mobile=""))
    ).case_id
    for day in range(1, 13):
        outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2022, 6, day), result="absent"))
    outreach.record_visit(visit(other, (nurse,), visited_on=date(2022, 7, 1), agency_ids=(ssw,)))
    outreach.record_visit(visit(other, (nurse, counsellor), visited_on=date(2023, 4, 3), agency_ids=(agency,)))
    june = VisitFilter(month="2022-06")
    assert outreach.count_visits(june) == 12
    first, second = outreach.list_visits(june, limit=5), outreach.list_visits(june, limit=5, offset=5)
    assert [r.visited_on.day for r in first + second] == list(range(12, 2, -1))  # newest first, no repeats
    assert outreach.count_visits(VisitFilter(fiscal_year=2022)) == 13
    assert outreach.count_visits(VisitFilter(staff_id=nurse)) == 2
    assert outreach.count_visits(VisitFilter(staff_id=counsellor, fiscal_year=2023)) == 1
    assert [r.visited_on for r in outreach.list_visits(VisitFilter(agency_id=ssw))] == [date(2022, 7, 1)]
    assert outreach.count_visits(VisitFilter(result="absent")) == 12
    assert outreach.count_visits(VisitFilter(case_id=other, planned=False)) == 2
    assert outreach.count_visits(VisitFilter(planned=True)) == 0
    with pytest.raises(ValueError):
        VisitFilter(month="2022-13")
    assert month_range("2023-02") == (date(2023, 2, 1), date(2023, 2, 28))


def test_a_page_costs_the_same_few_queries_whatever_its_size(ledger, outreach, case_id, counsellor, nurse, agency):
    def queries(limit: int) -> int:
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(ledger.engine, "before_cursor_execute", listener)
        try:
            assert len(outreach.list_visits(VisitFilter(), limit=limit)) == limit
        finally:
            event.remove(ledger.engine, "before_cursor_execute", listener)
        return len(seen)

    for day in range(1, 21):
        outreach.record_visit(visit(case_id, (counsellor, nurse), visited_on=date(2022, 6, day), agency_ids=(agency,)))
    assert queries(2) == queries(20)


# ---- the liaison table ---------------------------------------------------------------------
def test_liaison_by_month_has_joint_visits_and_agency_contacts(services, outreach, case_id, counsellor, agency, ssw):
    outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2022, 5, 10), agency_ids=(ssw,)))
    outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2022, 5, 24), agency_ids=(ssw,)))
    outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2022, 5, 12), place="medical",
                                purpose="accompany", agency_ids=(agency, ssw)))  # fmt: skip
    outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2022, 5, 11)))  # alone: not liaison
    outreach.record_visit(visit(case_id, (counsellor,), visited_on=date(2023, 4, 2), agency_ids=(ssw,)))  # FY2023
    outreach.record_visit(visit(case_id, (counsellor,), planned=True, result=None, visited_on=date(2022, 6, 1),
                                agency_ids=(ssw,)))  # planned: not yet liaison  # fmt: skip
    services.cases.add_contact(ContactDraft(case_id, "outreach", date(2023, 3, 3), "accompany", agency_ids=(agency,),
                                            staff_id=counsellor))  # fmt: skip
    services.cases.add_contact(ContactDraft(case_id, "outreach", date(2023, 3, 4), "phone"))  # no agency

    months = outreach.liaison_by_month(2022)
    assert [m.label for m in months] == [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    may, march = months[1], months[11]
    assert (may.year, may.month, march.year) == (2022, 5, 2023)
    assert [(e.on.day, e.agencies, e.what) for e in may.entries] == [
        (10, ("架空市教育委員会 SSW",), "同行訪問、関係づくり"),
        (12, ("架空市役所 生活福祉課", "架空市教育委員会 SSW"), "医療機関へ同行"),
        (24, ("架空市教育委員会 SSW",), "同行訪問、関係づくり"),
    ]
    assert may.entries[0].staff == ("川辺 ひかる",) and may.entries[0].case_no
    assert [line.text for line in may.lines()] == [
        "架空市教育委員会 SSWと同行訪問、関係づくり（10日・24日）",
        "架空市役所 生活福祉課・架空市教育委員会 SSWと医療機関へ同行（12日）",
    ]
    assert [(e.what, e.source) for e in march.entries] == [("相談同行", "contact")]
    assert sum(len(m.entries) for m in months) == 4


# ---- disaster activities -------------------------------------------------------------------
def test_disaster_activity_counts_are_the_statistics(ledger, services, outreach, counsellor, agency, count) -> None:
    victim = services.cases.open_case(intake_draft(programmes=("disaster_recovery",))).case_id
    outreach.record_disaster_activity(DisasterActivityDraft(date(2022, 7, 6), "phone", count=3, case_id=victim))
    outreach.record_disaster_activity(DisasterActivityDraft(date(2022, 7, 7), "outreach", staff_id=counsellor))
    outreach.record_disaster_activity(
        DisasterActivityDraft(
            date(2023, 3, 31), "agency_liaison", agency_ids=(agency,), content="支え合いセンターと情報共有"
        )
    )
    outreach.record_disaster_activity(DisasterActivityDraft(date(2022, 3, 31), "phone"))  # FY2021
    [gone] = outreach.record_disaster_activity(DisasterActivityDraft(date(2022, 8, 1), "community_and_publicity"))
    outreach.delete_disaster_activity(gone)
    assert count(DisasterActivity) == 6

    counts = outreach.disaster_activity_counts(2022)
    assert counts == {"phone": 3, "outreach": 1, "office_visit": 0, "agency_liaison": 1, "community_and_publicity": 0}
    figures = StatisticsService(ledger, today=lambda: TODAY).values(2022)
    assert counts == {k: figures[f"disaster_recovery.activities.{k}"] for k in counts}
    assert outreach.disaster_activity_counts(2021)["phone"] == 1

    rows = outreach.list_disaster_activities(2022)
    assert [r.kind_label for r in rows] == ["関係機関との連携", "アウトリーチ", "電話", "電話", "電話"]
    assert rows[0].agencies == "架空市役所 生活福祉課" and rows[0].content == "支え合いセンターと情報共有"
    assert rows[1].staff == "川辺 ひかる" and rows[2].person_name == "山野 みどり"
    with pytest.raises(ValidationError) as e:
        outreach.record_disaster_activity(DisasterActivityDraft(date(2023, 6, 2), "unknown", count=0))
    assert set(e.value.fields) == {"activity_on", "count"}
    with pytest.raises(ValidationError) as e:
        outreach.record_disaster_activity(DisasterActivityDraft(date(2023, 6, 1), "unknown"))
    assert e.value.fields == ("kind",)
