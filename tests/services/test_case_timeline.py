"""The case file's timeline: every kind of record, newest first, filtered and paged."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import event, select

from app.domain.drafts import ContactDraft, EvaluationDraft, PlanDraft, ReferralDraft
from app.domain.errors import NotFoundError
from app.models import (
    CaseReview,
    Code,
    EmploymentOutcome,
    FoodDelivery,
    HousingSupportAction,
    Meeting,
    OutreachVisit,
    ServiceUse,
    StaffMember,
)
from app.services.case_timeline import KINDS, CaseTimelineService
from tests.services.conftest import intake_draft, person_draft


@pytest.fixture
def timeline(ledger) -> CaseTimelineService:
    return CaseTimelineService(ledger, lambda: date(2023, 6, 1))


@pytest.fixture
def case(services):
    """山野 みどり's case, opened 2022-04-01 in 自立相談."""
    return services.cases.open_case(intake_draft())


def _code(s, kind: str, code: str) -> int:
    return s.scalar(select(Code.id).where(Code.kind == kind, Code.code == code))


def _contact(services, case_id: int, on: date, at: time | None = None, content: str = "相談", **kw) -> int:
    return services.cases.add_contact(
        ContactDraft(case_id, "self_reliance", on, kw.pop("method", "phone"), content, contact_at=at, **kw)
    )


def _record_everything(services, ledger, case, counsellor: int, agency: int) -> None:
    """One record of every kind on a different day of April–May 2022."""
    _contact(services, case.case_id, date(2022, 4, 2), time(10, 0), "家賃滞納の相談", staff_id=counsellor)
    services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 4, 1), agency, purpose="納税相談から紹介")
    )  # person-level, no case_id: belongs to the case by person and date
    plan = services.cases.add_plan(
        PlanDraft(case.case_id, "self_reliance", date(2022, 4, 20), person_goal="家計を立て直す", staff_id=counsellor)
    )
    services.cases.record_evaluation(
        EvaluationDraft(case.case_id, "self_reliance", "monitoring", date(2022, 5, 20), plan_id=plan, comment="順調")
    )
    with ledger.transaction() as s:
        meeting = Meeting(
            kind_id=_code(s, "meeting_kind", "regular_coordination"),
            title="定例支援調整会議",
            held_on=date(2022, 5, 10),
            start_time=time(13, 30),
            status="held",
        )
        s.add(meeting)
        s.flush()
        s.add(CaseReview(meeting_id=meeting.id, case_id=case.case_id, programme_id=_code(s, "programme", "self_reliance"),
                         kind_id=_code(s, "review_kind", "monitoring"), decision="プラン継続"))  # fmt: skip
        s.add(EmploymentOutcome(person_id=case.person_id, case_id=case.case_id, kind_id=_code(s, "outcome_kind", "employed"),
                                occurred_on=date(2022, 5, 25), employer_name="架空運輸株式会社", staff_id=counsellor))  # fmt: skip
        s.add(ServiceUse(person_id=case.person_id, case_id=case.case_id,
                         service_id=_code(s, "external_service", "employment_preparation"), started_on=date(2022, 5, 1)))  # fmt: skip
        visit = OutreachVisit(person_id=case.person_id, case_id=case.case_id, programme_id=_code(s, "programme", "outreach"),
                              visited_on=date(2022, 4, 15), start_at=time(15, 0), place_id=_code(s, "visit_place", "home"),
                              method_id=_code(s, "visit_method", "visit"), content="自宅で面談")  # fmt: skip
        visit.staff = [s.get(StaffMember, counsellor)]
        s.add(visit)
        s.add(FoodDelivery(person_id=case.person_id, delivered_on=date(2022, 4, 8), household_size=3,
                           contents="米5kg", source_id=_code(s, "food_source", "food_bank")))  # fmt: skip
        s.add(HousingSupportAction(person_id=case.person_id, case_id=case.case_id, action_on=date(2022, 5, 5),
                                   kind_id=_code(s, "housing_support", "search"), agency_id=agency))  # fmt: skip


def test_every_kind_appears_newest_first_with_its_title(services, ledger, timeline, case, counsellor, agency) -> None:
    _record_everything(services, ledger, case, counsellor, agency)
    rows = timeline.timeline(case.case_id)
    assert [(r.on, r.kind, r.title) for r in rows] == [
        (date(2022, 5, 25), "outcome", "就職: 架空運輸株式会社"),
        (date(2022, 5, 20), "evaluation", "モニタリング評価（自立相談）"),
        (date(2022, 5, 10), "review", "定例支援調整会議: モニタリング"),
        (date(2022, 5, 5), "housing", "居住支援: 物件探し"),
        (date(2022, 5, 1), "service", "利用開始: 就労準備支援"),
        (date(2022, 4, 20), "plan", "プラン（初回）"),
        (date(2022, 4, 15), "visit", "訪問（自宅）"),
        (date(2022, 4, 8), "food", "食糧支援（フードバンク）"),
        (date(2022, 4, 2), "contact", "電話（自立相談）"),
        (date(2022, 4, 1), "referral", "関係機関から: 架空市役所 生活福祉課"),
    ]
    assert {r.kind for r in rows} == set(KINDS)
    by_kind = {r.kind: r for r in rows}
    assert by_kind["contact"].detail == "家賃滞納の相談"
    assert by_kind["contact"].at == time(10, 0)
    assert by_kind["contact"].staff == "川辺 ひかる"
    assert by_kind["visit"].staff == "川辺 ひかる"
    assert by_kind["review"].detail == "プラン継続"
    assert by_kind["referral"].detail == "納税相談から紹介"
    assert "家計を立て直す" in by_kind["plan"].detail


def test_replan_title_and_detail_cut(services, timeline, case) -> None:
    for on in (date(2022, 4, 20), date(2022, 5, 20), date(2022, 6, 20)):
        services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", on, person_goal="目" * 300))
    rows = timeline.timeline(case.case_id)
    assert [r.title for r in rows] == ["再プラン 2", "再プラン 1", "プラン（初回）"]
    assert len(rows[0].detail) == 200


def test_same_day_orders_by_time_then_kind_then_id(services, timeline, case, agency) -> None:
    first = _contact(services, case.case_id, date(2022, 4, 5), None, "時刻なし")
    second = _contact(services, case.case_id, date(2022, 4, 5), None, "時刻なし2")
    morning = _contact(services, case.case_id, date(2022, 4, 5), time(9, 0), "朝")
    evening = _contact(services, case.case_id, date(2022, 4, 5), time(18, 0), "夕方")
    services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "out", date(2022, 4, 5), agency, case_id=case.case_id)
    )
    rows = timeline.timeline(case.case_id)
    assert [(r.kind, r.id) for r in rows][:3] == [("contact", evening), ("contact", morning), ("contact", second)]
    assert [r.kind for r in rows][3:] == ["contact", "referral"]
    assert rows[3].id == first
    assert rows[4].title == "関係機関へ: 架空市役所 生活福祉課"


def test_kind_filter(services, ledger, timeline, case, counsellor, agency) -> None:
    _record_everything(services, ledger, case, counsellor, agency)
    rows = timeline.timeline(case.case_id, kinds=frozenset({"contact", "plan"}))
    assert [r.kind for r in rows] == ["plan", "contact"]
    assert timeline.timeline(case.case_id, kinds=frozenset()) == []
    with pytest.raises(ValueError):
        timeline.timeline(case.case_id, kinds=frozenset({"gossip"}))


def test_other_cases_and_out_of_period_records_are_excluded(services, ledger, timeline, case, agency) -> None:
    other = services.cases.open_case(intake_draft(person=person_draft(family_name="川辺", given_name="ひかる")))
    _contact(services, other.case_id, date(2022, 4, 3), content="別の人")
    services.cases.record_referral(
        ReferralDraft(other.person_id, "self_reliance", "in", date(2022, 4, 3), agency)
    )  # another person's
    services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 3, 1), agency)
    )  # the same person, before this case opened
    with ledger.transaction() as s:
        s.add(FoodDelivery(person_id=case.person_id, case_id=other.case_id, delivered_on=date(2022, 4, 9),
                           source_id=_code(s, "food_source", "stock")))  # fmt: skip
    mine = _contact(services, case.case_id, date(2022, 4, 3), content="本人")
    assert [(r.kind, r.id) for r in timeline.timeline(case.case_id)] == [("contact", mine)]
    with pytest.raises(NotFoundError):
        timeline.timeline(999_999)


def test_closed_case_takes_no_later_person_records(services, ledger, timeline, case, agency) -> None:
    services.cases.change_status(case.case_id, "self_reliance", "info_only", date(2022, 4, 10))
    inside = services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 4, 10), agency)
    )
    services.cases.record_referral(ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 4, 11), agency))
    assert [r.id for r in timeline.timeline(case.case_id)] == [inside]


def test_limit_and_offset_page_through(services, timeline, case) -> None:
    ids = [_contact(services, case.case_id, date(2022, 4, d), content=f"{d}日") for d in range(1, 11)]
    newest_first = list(reversed(ids))
    assert [r.id for r in timeline.timeline(case.case_id, limit=4)] == newest_first[:4]
    assert [r.id for r in timeline.timeline(case.case_id, limit=4, offset=4)] == newest_first[4:8]
    assert [r.id for r in timeline.timeline(case.case_id, limit=4, offset=8)] == newest_first[8:]
    assert timeline.timeline(case.case_id, limit=4, offset=12) == []


def test_a_few_queries_not_one_per_row(services, ledger, timeline, case, counsellor, agency) -> None:
    _record_everything(services, ledger, case, counsellor, agency)
    for d in range(1, 20):
        _contact(services, case.case_id, date(2022, 5, d), staff_id=counsellor)
    statements: list[str] = []

    def count(*args) -> None:
        statements.append(args[2])

    engine = ledger.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        timeline.timeline(case.case_id)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    selects = [st for st in statements if st.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= len(KINDS) + 6
