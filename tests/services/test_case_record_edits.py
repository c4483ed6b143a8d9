"""Editing a case file's records: plans (with re-plan order), referrals, employment outcomes
and uses of other programmes; stale edits are refused; the statistics see the edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    OutcomeDraft,
    PlanDraft,
    ReferralDraft,
    ServiceUseDraft,
    SupporterActionDraft,
)
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.models import Code, EmploymentOutcome, Meeting, PlanSupporterAction, ServiceUse
from app.services.case_records import CaseRecordService
from app.services.statistics import StatisticsService
from tests.services.conftest import intake_draft, person_draft

TODAY = date(2023, 6, 1)
EXPECTED_CHANGES = {
    "self_reliance.employed": (0, 1),
    "self_reliance.income_increased": (0, 1),
    "self_reliance.employed_or_income_increased": (0, 1),  # one person, counted once
}


@pytest.fixture
def records(ledger) -> CaseRecordService:
    return CaseRecordService(ledger, lambda: TODAY)


@pytest.fixture
def case(services):
    return services.cases.open_case(intake_draft())  # opened 2022-04-01, 自立相談


def _fields(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def _meeting(ledger, on: date, kind: str = "regular_coordination", **kw) -> int:
    with ledger.transaction() as s:
        kind_id = s.scalar(select(Code.id).where(Code.kind == "meeting_kind", Code.code == kind))
        m = Meeting(
            kind_id=kind_id, title=kw.pop("title", "定例支援調整会議"), held_on=on, start_time=time(13, 30), **kw
        )
        s.add(m)
        s.flush()
        return m.id


# ---- plans -----------------------------------------------------------------------------------
def test_plan_reads_back_everything_it_was_saved_with(services, records, case, counsellor, agency) -> None:
    meeting = _meeting(services.ledger, date(2022, 4, 25))
    draft = PlanDraft(
        case.case_id, "self_reliance", date(2022, 4, 20), person_goal="家計を立て直す", short_term_goals="滞納を止める",
        person_actions="毎週家計簿をつける", other_services="社協の貸付", issues=("debt", "unstable_housing"),
        menus=("household_budget",), employment_support=True, period_from=date(2022, 5, 1),
        period_to=date(2022, 10, 31), next_monitoring_on=date(2022, 7, 1), approved_meeting_id=meeting,
        city_decision_on=date(2022, 4, 28), staff_id=counsellor,
        supporter_actions=(SupporterActionDraft("", "分納の相談に同行", agency, date(2022, 5, 15)),
                           SupporterActionDraft("相談員", "月1回面談")),
    )  # fmt: skip
    plan_id = services.cases.add_plan(draft)
    detail = records.plan(plan_id)
    assert detail.revision_no == 0 and detail.case_id == case.case_id
    assert detail.agency_names == {agency: "架空市役所 生活福祉課"}
    assert replace(detail.draft, issues=()) == replace(draft, issues=())
    assert set(detail.draft.issues) == set(draft.issues)


def test_update_plan_changes_goals_actions_and_approval(services, records, ledger, case, agency) -> None:
    plan_id = services.cases.add_plan(
        PlanDraft(
            case.case_id,
            "self_reliance",
            date(2022, 4, 20),
            person_goal="旧目標",
            supporter_actions=(SupporterActionDraft("相談員", "面談"),),
        )
    )
    meeting = _meeting(ledger, date(2022, 5, 10))
    before = records.plan(plan_id)
    edited = replace(
        before.draft,
        person_goal="仕事を見つける",
        employment_support=True,
        approved_meeting_id=meeting,
        issues=("job_hunting",),
        supporter_actions=(SupporterActionDraft("", "求人の紹介", agency), SupporterActionDraft("相談員", "面談")),
    )
    records.update_plan(plan_id, edited, before.version)
    after = records.plan(plan_id)
    assert replace(after.draft, issues=()) == replace(edited, issues=())
    assert after.draft.issues == ("job_hunting",)
    assert after.version == before.version + 1
    with ledger.reading() as s:  # the old actions were replaced, not left behind
        assert len(s.scalars(select(PlanSupporterAction).where(PlanSupporterAction.plan_id == plan_id)).all()) == 2


def test_update_plan_with_a_stale_version_is_refused_and_changes_nothing(services, records, case) -> None:
    plan_id = services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", date(2022, 4, 20), person_goal="A"))
    read = records.plan(plan_id)
    records.update_plan(plan_id, replace(read.draft, person_goal="B"), read.version)
    with pytest.raises(ConflictError, match="他の人が先に保存"):
        records.update_plan(plan_id, replace(read.draft, person_goal="C"), read.version)
    assert records.plan(plan_id).draft.person_goal == "B"


def test_a_plan_keeps_its_place_among_re_plans(services, records, case) -> None:
    ids = [
        services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", on))
        for on in (date(2022, 4, 20), date(2022, 6, 20), date(2022, 8, 20))
    ]
    middle = records.plan(ids[1])
    assert middle.revision_no == 1
    with pytest.raises(ValidationError) as exc:
        records.update_plan(ids[1], replace(middle.draft, made_on=date(2022, 4, 1)), middle.version)
    assert "前のプラン（2022-04-20）" in _fields(exc)["made_on"]
    with pytest.raises(ValidationError) as exc:
        records.update_plan(ids[1], replace(middle.draft, made_on=date(2022, 9, 1)), middle.version)
    assert "次の再プラン（2022-08-20）" in _fields(exc)["made_on"]
    records.update_plan(ids[1], replace(middle.draft, made_on=date(2022, 7, 1)), middle.version)
    assert records.plan(ids[1]).draft.made_on == date(2022, 7, 1)
    assert records.next_revision(case.case_id, "self_reliance") == 3


def test_update_plan_cannot_move_it_to_another_programme(services, records, case) -> None:
    plan_id = services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", date(2022, 4, 20)))
    read = records.plan(plan_id)
    with pytest.raises(ValidationError) as exc:
        records.update_plan(plan_id, replace(read.draft, programme="household_budget"), read.version)
    assert "事業は変えられません" in _fields(exc)["programme"]


def test_update_plan_validates_like_a_new_plan(services, records, case) -> None:
    plan_id = services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", date(2022, 4, 20)))
    read = records.plan(plan_id)
    bad = replace(read.draft, period_from=date(2022, 6, 1), period_to=date(2022, 5, 1), made_on=date(2024, 1, 1))
    with pytest.raises(ValidationError) as exc:
        records.update_plan(plan_id, bad, read.version)
    assert set(_fields(exc)) >= {"period_to", "made_on"}
    assert records.plan(plan_id).draft == read.draft


def test_approval_meetings_are_coordination_meetings_nearest_first(records, ledger) -> None:
    near = _meeting(ledger, date(2022, 5, 10))
    far = _meeting(ledger, date(2022, 7, 12))
    _meeting(ledger, date(2022, 5, 11), status="cancelled")
    _meeting(ledger, date(2022, 5, 12), confidential=True, title="支援会議")
    _meeting(ledger, date(2023, 5, 10))  # a year later: outside the window
    _meeting(ledger, date(2022, 5, 9), kind="training", title="研修")
    choices = records.approval_meetings(date(2022, 5, 1))
    assert [c.id for c in choices] == [near, far]
    assert choices[0].display == "2022-05-10 13:30 定例支援調整会議"


def test_plan_approved_at_a_cancelled_meeting_is_refused(services, records, ledger, case) -> None:
    plan_id = services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", date(2022, 4, 20)))
    cancelled = _meeting(ledger, date(2022, 5, 11), status="cancelled")
    read = records.plan(plan_id)
    with pytest.raises(ValidationError) as exc:
        records.update_plan(plan_id, replace(read.draft, approved_meeting_id=cancelled), read.version)
    assert "approved_meeting_id" in _fields(exc)


# ---- referrals -------------------------------------------------------------------------------
def test_update_referral(services, records, case, agency) -> None:
    other = services.agencies.add_agency(AgencyDraft("架空ハローワーク", "employment"))
    rid = services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "out", date(2022, 5, 2), agency, case_id=case.case_id)
    )
    read = records.referral(rid)
    assert read.agency_name == "架空市役所 生活福祉課"
    edited = replace(read.draft, agency_id=other, purpose="求職登録", result="登録済み", direction="out")
    records.update_referral(rid, edited, read.version)
    again = records.referral(rid)
    assert again.draft == edited and again.agency_name == "架空ハローワーク"
    with pytest.raises(ConflictError):
        records.update_referral(rid, edited, read.version)


def test_a_referral_may_keep_an_agency_retired_since(services, records, case, agency) -> None:
    rid = services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 4, 1), agency, case_id=case.case_id)
    )
    services.agencies.retire_agency(agency, date(2023, 1, 1))
    read = records.referral(rid)
    records.update_referral(rid, replace(read.draft, result="受理"), read.version)  # keeps the retired agency
    assert records.referral(rid).draft.result == "受理"


def test_referral_cannot_move_to_another_person(services, records, case, agency) -> None:
    other_person = services.people.create_person(person_draft(family_name="川上", family_kana="かわかみ"))
    rid = services.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 4, 1), agency, case_id=case.case_id)
    )
    read = records.referral(rid)
    with pytest.raises(ValidationError):
        records.update_referral(rid, replace(read.draft, person_id=other_person.id), read.version)


# ---- employment outcomes ---------------------------------------------------------------------
def test_record_and_edit_an_employment_outcome(services, records, ledger, case, counsellor) -> None:
    draft = OutcomeDraft(case.case_id, "employed", date(2022, 9, 1), employer_name="架空運輸株式会社",
                         employment_type="part_time", via="hello_work", staff_id=counsellor)  # fmt: skip
    oid = records.record_outcome(draft)
    read = records.outcome(oid)
    assert read.draft == draft
    with ledger.reading() as s:
        assert s.get(EmploymentOutcome, oid).person_id == case.person_id
    records.update_outcome(oid, replace(draft, employment_type="regular"), read.version)
    assert records.outcome(oid).draft.employment_type == "regular"


def test_income_increase_needs_an_amount_and_drops_employer_fields(records, case) -> None:
    with pytest.raises(ValidationError) as exc:
        records.record_outcome(OutcomeDraft(case.case_id, "income_increase", date(2022, 9, 1)))
    assert "増収額" in _fields(exc)["increase_yen"]
    oid = records.record_outcome(
        OutcomeDraft(case.case_id, "income_increase", date(2022, 9, 1), employer_name="残さない", increase_yen=30_000)
    )
    read = records.outcome(oid).draft
    assert (read.increase_yen, read.employer_name, read.employment_type) == (30_000, "", None)
    with pytest.raises(ValidationError) as exc:
        records.record_outcome(OutcomeDraft(case.case_id, "employed", date(2022, 9, 1), increase_yen=5))
    assert "increase_yen" in _fields(exc)


def test_outcome_before_the_intake_or_in_the_future_is_refused(records, case) -> None:
    with pytest.raises(ValidationError) as exc:
        records.record_outcome(OutcomeDraft(case.case_id, "employed", date(2022, 3, 31)))
    assert "受付日" in _fields(exc)["occurred_on"]
    with pytest.raises(ValidationError) as exc:
        records.record_outcome(OutcomeDraft(case.case_id, "employed", date(2023, 6, 2)))
    assert "未来" in _fields(exc)["occurred_on"]


def test_statistics_count_outcomes_recorded_here(services, records, ledger, case) -> None:
    stats = StatisticsService(ledger, lambda: TODAY)
    before = stats.values(2022)
    records.record_outcome(OutcomeDraft(case.case_id, "employed", date(2022, 9, 1), employer_name="架空商店"))
    records.record_outcome(OutcomeDraft(case.case_id, "income_increase", date(2022, 10, 1), increase_yen=20_000))
    after = stats.values(2022)
    changed = {k: (before[k], after[k]) for k in after if after[k] != before[k]}
    assert changed == EXPECTED_CHANGES


# ---- uses of other programmes ----------------------------------------------------------------
def test_record_and_end_a_service_use(services, records, ledger, case, agency) -> None:
    uid = records.record_service_use(
        ServiceUseDraft(case.case_id, "employment_preparation", date(2022, 6, 1), agency_id=agency)
    )
    read = records.service_use(uid)
    assert read.draft.ended_on is None and read.agency_name == "架空市役所 生活福祉課"
    records.update_service_use(uid, replace(read.draft, ended_on=date(2022, 12, 28), result="修了"), read.version)
    with ledger.reading() as s:
        use = s.get(ServiceUse, uid)
        assert (use.ended_on, use.result, use.person_id) == (date(2022, 12, 28), "修了", case.person_id)


def test_service_use_end_before_start_is_refused_with_nothing_written(records, ledger, case, count) -> None:
    with pytest.raises(ValidationError) as exc:
        records.record_service_use(
            ServiceUseDraft(case.case_id, "certified_training", date(2022, 6, 1), ended_on=date(2022, 5, 1))
        )
    assert "利用開始日より後" in _fields(exc)["ended_on"]
    with pytest.raises(ValidationError) as exc:
        records.record_service_use(ServiceUseDraft(case.case_id, "", date(2022, 6, 1)))
    assert "service" in _fields(exc)
    assert count(ServiceUse) == 0


def test_unknown_records_are_not_found(records) -> None:
    for read in (records.plan, records.referral, records.outcome, records.service_use, records.contact):
        with pytest.raises(NotFoundError):
            read(987654)


# ---- contacts --------------------------------------------------------------------------------
def test_correct_a_contact(services, records, case, agency, counsellor) -> None:
    cid = services.cases.add_contact(
        ContactDraft(case.case_id, "self_reliance", date(2022, 4, 2), "phone", "家賃の相談", agency_ids=(agency,))
    )
    read = records.contact(cid)
    assert read.draft.agency_ids == (agency,) and read.draft.content == "家賃の相談"
    fixed = replace(read.draft, content="家賃と光熱費の相談", contact_at=time(10, 30), minutes=20, staff_id=counsellor,
                    method="visit")  # fmt: skip
    records.update_contact(cid, fixed, read.version)
    assert records.contact(cid).draft == fixed
    with pytest.raises(ConflictError):
        records.update_contact(cid, fixed, read.version)


def test_a_contact_stays_on_its_case_and_within_it(services, records, case) -> None:
    cid = services.cases.add_contact(ContactDraft(case.case_id, "self_reliance", date(2022, 4, 2), "phone", "相談"))
    read = records.contact(cid)
    with pytest.raises(ValidationError) as exc:
        records.update_contact(cid, replace(read.draft, contact_on=date(2022, 3, 1)), read.version)
    assert "受付日" in _fields(exc)["contact_on"]
    with pytest.raises(ValidationError) as exc:
        records.update_contact(cid, replace(read.draft, programme="household_budget"), read.version)
    assert "programme" in _fields(exc)
    other = services.cases.open_case(intake_draft(person=person_draft(family_name="別人", family_kana="べつじん")))
    with pytest.raises(ValidationError):
        records.update_contact(cid, replace(read.draft, case_id=other.case_id), read.version)
    assert records.contact(cid).draft == read.draft


def test_evaluation_result_as_printouts_tick_it(services, records, case) -> None:
    from app.domain.drafts import EvaluationDraft

    closure = services.cases.record_evaluation(
        EvaluationDraft(
            case.case_id, "self_reliance", "closure", date(2022, 9, 1), level=2, closure_reason="goal_achieved"
        )
    )
    extended = services.cases.record_evaluation(
        EvaluationDraft(case.case_id, "self_reliance", "closure", date(2022, 10, 1), extended=True)
    )
    monitoring = services.cases.record_evaluation(
        EvaluationDraft(case.case_id, "self_reliance", "monitoring", date(2022, 8, 1))
    )
    assert [records.evaluation_result(i) for i in (closure, extended, monitoring)] == [2, "extended", None]
