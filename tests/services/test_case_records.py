"""Records on a case: contacts (支援経過), plans, referrals and evaluations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    EvaluationDraft,
    PlanDraft,
    ReferralDraft,
    SupporterActionDraft,
)
from app.domain.errors import NotFoundError, ValidationError
from app.models import (
    Code,
    Contact,
    Evaluation,
    Plan,
    PlanSupporterAction,
    Referral,
)
from tests.services.conftest import intake_draft, person_draft


@pytest.fixture
def case(services):
    """A case of 山野 みどり opened 2022-04-01 in 自立相談 and 家計改善."""
    return services.cases.open_case(intake_draft(programmes=("self_reliance", "household_budget")))


@pytest.fixture
def other_case(services):
    return services.cases.open_case(intake_draft(person=person_draft(family_name="川辺", given_name="ひかる")))


# ---- contacts --------------------------------------------------------------------------


def test_contact_is_stored_with_its_agencies(services, ledger, case, counsellor, agency) -> None:
    second = services.agencies.add_agency(AgencyDraft("架空ハローワーク", "employment"))
    contact_id = services.cases.add_contact(
        ContactDraft(
            case_id=case.case_id,
            programme="household_budget",
            contact_on=date(2022, 4, 12),
            contact_at=time(14, 0),
            method="agency_talk",
            content="滞納の分納について協議",
            participants=" 本人、夫 ",
            agency_ids=(agency, second),
            staff_id=counsellor,
            minutes=45,
            next_action="納税課に同行",
        )
    )
    with ledger.reading() as s:
        c = s.get(Contact, contact_id)
        assert c.case_id == case.case_id
        assert s.get(Code, c.programme_id).code == "household_budget"
        assert s.get(Code, c.method_id).code == "agency_talk"
        assert (c.contact_on, c.contact_at) == (date(2022, 4, 12), time(14, 0))
        assert c.content == "滞納の分納について協議"
        assert c.participants == "本人、夫"
        assert {a.id for a in c.agencies} == {agency, second}
        assert (c.staff_id, c.minutes, c.next_action) == (counsellor, 45, "納税課に同行")


def test_contact_programme_must_be_a_membership(services, count, case) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.add_contact(ContactDraft(case.case_id, "outreach", date(2022, 4, 12), "visit"))
    assert exc.value.fields == ("programme",)
    assert exc.value.errors[0].code == "not_member"
    assert count(Contact) == 0


@pytest.mark.parametrize("minutes", [0, 1440, None])
def test_contact_minutes_in_range(services, ledger, case, minutes: int | None) -> None:
    contact_id = services.cases.add_contact(
        ContactDraft(case.case_id, "self_reliance", date(2022, 4, 12), "phone", minutes=minutes)
    )
    with ledger.reading() as s:
        assert s.get(Contact, contact_id).minutes == minutes


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"minutes": -1}, "minutes"),
        ({"minutes": 1441}, "minutes"),
        ({"contact_on": date(2023, 6, 2)}, "contact_on"),
        ({"method": ""}, "method"),
        ({"method": "telepathy"}, "method"),
        ({"programme": ""}, "programme"),
        ({"agency_ids": (999,)}, "agency_ids"),
        ({"participants": "x" * 301}, "participants"),
    ],
)
def test_contact_validation(services, count, case, changes: dict, field: str) -> None:
    draft = ContactDraft(case.case_id, "self_reliance", date(2022, 4, 12), "phone")
    with pytest.raises(ValidationError) as exc:
        services.cases.add_contact(replace(draft, **changes))
    assert exc.value.fields == (field,)
    assert count(Contact) == 0


def test_contact_on_missing_case(services) -> None:
    with pytest.raises(NotFoundError):
        services.cases.add_contact(ContactDraft(123, "self_reliance", date(2022, 4, 12), "phone"))


# ---- plans -----------------------------------------------------------------------------


def plan(case_id: int, programme: str = "self_reliance", **changes: object) -> PlanDraft:
    return PlanDraft(**{"case_id": case_id, "programme": programme, "made_on": date(2022, 5, 1), **changes})


def test_plan_is_stored(services, ledger, case, counsellor, agency) -> None:
    plan_id = services.cases.add_plan(
        plan(
            case.case_id,
            person_goal="仕事を見つけて家賃を払えるようになる",
            short_term_goals="履歴書を作る",
            person_actions="ハローワークに週1回行く",
            other_services="社協の貸付",
            issues=("economic", "job_hunting"),
            menus=("self_reliance", "employment_preparation"),
            supporter_actions=(
                SupporterActionDraft("相談支援員", "面接練習", due_on=date(2022, 6, 1)),
                SupporterActionDraft("", "求人の紹介", agency_id=agency),
                SupporterActionDraft("家計改善支援員", "家計表の作成"),
            ),
            employment_support=True,
            period_from=date(2022, 5, 1),
            period_to=date(2022, 10, 31),
            next_monitoring_on=date(2022, 8, 1),
            city_decision_on=date(2022, 5, 20),
            staff_id=counsellor,
        )
    )
    with ledger.reading() as s:
        p = s.get(Plan, plan_id)
        assert (p.case_id, s.get(Code, p.programme_id).code) == (case.case_id, "self_reliance")
        assert (p.made_on, p.revision_no, p.is_replan) == (date(2022, 5, 1), 0, False)
        assert p.person_goal == "仕事を見つけて家賃を払えるようになる"
        assert (p.short_term_goals, p.person_actions, p.other_services) == (
            "履歴書を作る",
            "ハローワークに週1回行く",
            "社協の貸付",
        )
        assert {c.code for c in p.issues} == {"economic", "job_hunting"}
        assert {c.code for c in p.menus} == {"self_reliance", "employment_preparation"}
        assert p.employment_support is True
        assert (p.period_from, p.period_to) == (date(2022, 5, 1), date(2022, 10, 31))
        assert (p.next_monitoring_on, p.city_decision_on) == (date(2022, 8, 1), date(2022, 5, 20))
        assert p.staff_id == counsellor
        actions = list(
            s.scalars(
                select(PlanSupporterAction)
                .where(PlanSupporterAction.plan_id == plan_id)
                .order_by(PlanSupporterAction.position)
            )
        )
        assert [(a.position, a.supporter, a.action, a.agency_id, a.due_on) for a in actions] == [
            (1, "相談支援員", "面接練習", None, date(2022, 6, 1)),
            (2, "", "求人の紹介", agency, None),
            (3, "家計改善支援員", "家計表の作成", None, None),
        ]


def test_employment_support_defaults_to_no(services, ledger, case) -> None:
    plan_id = services.cases.add_plan(plan(case.case_id))
    with ledger.reading() as s:
        assert s.get(Plan, plan_id).employment_support is False


def test_plan_revisions_count_per_case_and_programme(services, ledger, case, other_case) -> None:
    def revision(case_id: int, programme: str) -> int:
        plan_id = services.cases.add_plan(plan(case_id, programme))
        with ledger.reading() as s:
            return s.get(Plan, plan_id).revision_no

    assert revision(case.case_id, "self_reliance") == 0
    assert revision(case.case_id, "self_reliance") == 1
    assert revision(case.case_id, "household_budget") == 0  # independent per programme
    assert revision(case.case_id, "self_reliance") == 2
    assert revision(other_case.case_id, "self_reliance") == 0  # and per case
    assert revision(case.case_id, "household_budget") == 1


def test_plan_before_the_intake_is_refused(services, count, case) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.add_plan(plan(case.case_id, made_on=date(2022, 3, 31)))
    assert exc.value.fields == ("made_on",)
    assert exc.value.errors[0].code == "before_intake"
    assert count(Plan) == 0
    services.cases.add_plan(plan(case.case_id, made_on=date(2022, 4, 1)))  # same day is fine
    assert count(Plan) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"made_on": date(2023, 6, 2)}, "made_on"),
        ({"programme": "outreach"}, "programme"),
        ({"programme": ""}, "programme"),
        ({"period_from": date(2022, 6, 1), "period_to": date(2022, 5, 31)}, "period_to"),
        ({"next_monitoring_on": date(2022, 4, 30)}, "next_monitoring_on"),
        ({"city_decision_on": date(2024, 1, 1)}, "city_decision_on"),
        ({"issues": ("economic", "boredom")}, "issues"),
        ({"menus": ("karaoke",)}, "menus"),
        (
            {"supporter_actions": (SupporterActionDraft("", "面接練習"),)},
            "supporter_actions.0.supporter",
        ),
        (
            {"supporter_actions": (SupporterActionDraft("a", "b"), SupporterActionDraft("c", " "))},
            "supporter_actions.1.action",
        ),
        (
            {"supporter_actions": (SupporterActionDraft("", "b", agency_id=999),)},
            "supporter_actions.0.agency_id",
        ),
    ],
)
def test_plan_validation(services, count, case, changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.add_plan(plan(case.case_id, **changes))
    assert exc.value.fields == (field,)
    assert count(Plan) == count(PlanSupporterAction) == 0


def test_retired_issue_is_refused(services, case, code_id) -> None:
    services.codes.retire_code(code_id("assessment_issue", "economic"))
    with pytest.raises(ValidationError) as exc:
        services.cases.add_plan(plan(case.case_id, issues=("economic",)))
    assert exc.value.errors[0].code == "retired_code"


# ---- referrals -------------------------------------------------------------------------


@pytest.mark.parametrize("direction", ["in", "out"])
def test_referral_is_stored(services, ledger, case, agency, counsellor, direction: str) -> None:
    referral_id = services.cases.record_referral(
        ReferralDraft(
            person_id=case.person_id,
            programme="self_reliance",
            direction=direction,
            referred_on=date(2022, 4, 20),
            agency_id=agency,
            case_id=case.case_id,
            purpose="生活保護の相談",
            result="申請につながった",
            staff_id=counsellor,
        )
    )
    with ledger.reading() as s:
        r = s.get(Referral, referral_id)
        assert (r.person_id, r.case_id, r.agency_id) == (case.person_id, case.case_id, agency)
        assert s.get(Code, r.programme_id).code == "self_reliance"
        assert (r.direction, r.referred_on) == (direction, date(2022, 4, 20))
        assert (r.purpose, r.result, r.staff_id) == (
            "生活保護の相談",
            "申請につながった",
            counsellor,
        )


def test_referral_without_a_case(services, ledger, agency) -> None:
    person = services.people.create_person(person_draft())
    referral_id = services.cases.record_referral(
        ReferralDraft(person.id, "self_reliance", "in", date(2022, 3, 1), agency)
    )
    with ledger.reading() as s:
        assert s.get(Referral, referral_id).case_id is None


def test_referral_to_another_persons_case_is_refused(services, count, case, other_case, agency) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.record_referral(
            ReferralDraft(
                case.person_id,
                "self_reliance",
                "out",
                date(2022, 4, 20),
                agency,
                case_id=other_case.case_id,
            )
        )
    assert exc.value.fields == ("case_id",)
    assert exc.value.errors[0].code == "other_person"
    assert count(Referral) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"direction": "sideways"}, "direction"),
        ({"direction": ""}, "direction"),
        ({"referred_on": date(2023, 6, 2)}, "referred_on"),
        ({"agency_id": 999}, "agency_id"),
        ({"programme": "knitting"}, "programme"),
    ],
)
def test_referral_validation(services, count, case, agency, changes: dict, field: str) -> None:
    base = {
        "person_id": case.person_id,
        "programme": "self_reliance",
        "direction": "out",
        "referred_on": date(2022, 4, 20),
        "agency_id": agency,
    }
    with pytest.raises(ValidationError) as exc:
        services.cases.record_referral(ReferralDraft(**{**base, **changes}))
    assert exc.value.fields == (field,)
    assert count(Referral) == 0


def test_referral_for_missing_person_or_case(services, case, agency) -> None:
    with pytest.raises(NotFoundError):
        services.cases.record_referral(ReferralDraft(999, "self_reliance", "in", date(2022, 4, 20), agency))
    with pytest.raises(NotFoundError):
        services.cases.record_referral(
            ReferralDraft(case.person_id, "self_reliance", "in", date(2022, 4, 20), agency, 999)
        )


# ---- evaluations -----------------------------------------------------------------------


def evaluation(case_id: int, kind: str = "closure", **changes: object) -> EvaluationDraft:
    return EvaluationDraft(
        **{
            "case_id": case_id,
            "programme": "self_reliance",
            "kind": kind,
            "evaluated_on": date(2022, 9, 30),
            **changes,
        }
    )


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_closure_evaluation_with_a_level(services, ledger, case, level: int) -> None:
    ev_id = services.cases.record_evaluation(
        evaluation(case.case_id, level=level, closure_reason="goal_achieved", comment="就職できた")
    )
    with ledger.reading() as s:
        ev = s.get(Evaluation, ev_id)
        assert (ev.kind, ev.level, ev.extended) == ("closure", level, False)
        assert s.get(Code, ev.closure_reason_id).code == "goal_achieved"
        assert ev.comment == "就職できた"


def test_closure_evaluation_extended(services, ledger, case) -> None:
    ev_id = services.cases.record_evaluation(evaluation(case.case_id, extended=True))
    with ledger.reading() as s:
        ev = s.get(Evaluation, ev_id)
        assert (ev.level, ev.extended, ev.closure_reason_id) == (None, True, None)


def test_personal_changes_are_stored(services, ledger, case, counsellor) -> None:
    plan_id = services.cases.add_plan(plan(case.case_id))
    ev_id = services.cases.record_evaluation(
        evaluation(
            case.case_id,
            kind="monitoring",
            evaluated_on=date(2022, 8, 1),
            changes=("motivation", "sos", "work_income"),
            plan_id=plan_id,
            staff_id=counsellor,
        )
    )
    with ledger.reading() as s:
        ev = s.get(Evaluation, ev_id)
        assert ev.kind == "monitoring"
        assert {c.code for c in ev.changes} == {"motivation", "sos", "work_income"}
        assert (ev.plan_id, ev.staff_id, ev.evaluated_on) == (plan_id, counsellor, date(2022, 8, 1))
        assert (ev.level, ev.extended) == (None, False)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"level": None}, "level", "required"),
        ({"level": 0}, "level", "range"),
        ({"level": 6}, "level", "range"),
        ({"level": 3, "extended": True}, "extended", "conflict"),
        ({"kind": "monitoring", "level": 2}, "level", "monitoring"),
        ({"kind": "monitoring", "extended": True}, "level", "monitoring"),
        ({"kind": "midterm", "level": 2}, "kind", "invalid"),
        ({"level": 2, "evaluated_on": date(2023, 6, 2)}, "evaluated_on", "future"),
        ({"level": 2, "evaluated_on": date(2022, 3, 31)}, "evaluated_on", "before_intake"),
        ({"level": 2, "programme": "outreach"}, "programme", "not_member"),
        ({"level": 2, "closure_reason": "aliens"}, "closure_reason", "unknown_code"),
        ({"level": 2, "changes": ("motivation", "luck")}, "changes", "unknown_code"),
    ],
)
def test_evaluation_validation(services, count, case, changes: dict, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.record_evaluation(evaluation(case.case_id, **changes))
    assert exc.value.for_field(field) is not None, exc.value.fields
    assert exc.value.for_field(field).code == code
    assert count(Evaluation) == 0


def test_evaluation_against_another_cases_plan_is_refused(services, count, case, other_case) -> None:
    foreign_plan = services.cases.add_plan(plan(other_case.case_id))
    with pytest.raises(ValidationError) as exc:
        services.cases.record_evaluation(evaluation(case.case_id, level=2, plan_id=foreign_plan))
    assert exc.value.fields == ("plan_id",)
    assert count(Evaluation) == 0
    with pytest.raises(NotFoundError):
        services.cases.record_evaluation(evaluation(case.case_id, level=2, plan_id=999))
