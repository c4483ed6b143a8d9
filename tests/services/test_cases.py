"""CaseService.open_case (相談受付) and change_status (the path of a case)."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from app.domain.drafts import DisasterDraft
from app.domain.errors import NotFoundError, ValidationError
from app.models import (
    Case,
    CaseProgramme,
    CaseStatusChange,
    Code,
    DisasterDetail,
    Intake,
    NumberSequence,
    Person,
)
from app.services.cases import CaseFilter
from tests.services.conftest import intake_draft, person_draft

# ---- open_case -------------------------------------------------------------------------


def test_open_case_for_a_new_person(services, count) -> None:
    r = services.cases.open_case(intake_draft())
    assert (r.case_no, r.person_no) == ("2022-00001", "P000001")
    assert count(Person) == count(Case) == count(Intake) == 1
    detail = services.cases.get_case(r.case_id)
    assert detail.case_no == "2022-00001"
    assert detail.person.id == r.person_id
    assert detail.person.name == "山野 みどり"
    assert detail.opened_on == date(2022, 4, 1)
    assert (detail.status, detail.status_label) == ("intake", "相談受付")
    assert detail.closed_on is None
    assert detail.disaster_name is None


def test_open_case_for_an_existing_person(services, count) -> None:
    person = services.people.create_person(person_draft())
    r = services.cases.open_case(intake_draft(person=None, person_id=person.id))
    assert (r.person_id, r.person_no) == (person.id, "P000001")
    assert count(Person) == 1
    second = services.cases.open_case(intake_draft(person=None, person_id=person.id, received_on=date(2022, 5, 1)))
    assert second.case_no == "2022-00002"
    assert second.person_id == person.id
    assert count(Person) == 1


def test_open_case_for_a_missing_person(services, count) -> None:
    with pytest.raises(NotFoundError):
        services.cases.open_case(intake_draft(person=None, person_id=404))
    assert count(Case) == 0


def test_new_person_fields_are_normalised(services) -> None:
    r = services.cases.open_case(intake_draft(person=person_draft(family_kana="ﾔﾏﾉ", postal_code="〒７００－０００１")))
    p = services.people.get_person(r.person_id)
    assert (p.family_kana, p.postal_code) == ("やまの", "7000001")


def test_case_numbers_follow_the_fiscal_year(services) -> None:
    def open_on(d: date) -> str:
        return services.cases.open_case(
            intake_draft(received_on=d, person=person_draft(family_name=f"架空{d:%m%d}"))
        ).case_no

    assert open_on(date(2022, 4, 1)) == "2022-00001"
    assert open_on(date(2022, 3, 31)) == "2021-00001"  # March 31 is still 2021年度
    assert open_on(date(2022, 3, 31)) == "2021-00002"
    assert open_on(date(2021, 4, 1)) == "2021-00003"
    assert open_on(date(2023, 3, 31)) == "2022-00002"
    assert open_on(date(2023, 4, 1)) == "2023-00001"


def test_memberships_are_created_per_programme_at_intake(services, ledger, counsellor) -> None:
    r = services.cases.open_case(
        intake_draft(
            programmes=("self_reliance", "household_budget"),
            received_by_id=counsellor,
        )
    )
    detail = services.cases.get_case(r.case_id)
    assert [(m.programme, m.status, m.joined_on, m.ended_on) for m in detail.programmes] == [
        ("self_reliance", "intake", date(2022, 4, 1), None),
        ("household_budget", "intake", date(2022, 4, 1), None),
    ]
    assert detail.programmes[0].programme_label == "生活困窮者自立相談支援事業"
    # the counsellor defaults to the staff member who received the intake
    assert detail.counsellor_id == counsellor
    assert detail.counsellor == "川辺 ひかる"
    with ledger.reading() as s:
        changes = list(s.scalars(select(CaseStatusChange).where(CaseStatusChange.case_id == r.case_id)))
        assert len(changes) == 2
        assert {s.get(Code, c.to_status_id).code for c in changes} == {"intake"}
        assert all(c.changed_on == date(2022, 4, 1) for c in changes)
        assert all(c.staff_id == counsellor for c in changes)
        intake = s.get(Intake, r.intake_id)
        assert {c.code for c in intake.programmes} == {"self_reliance", "household_budget"}


def test_intake_fields_are_stored(services, ledger, counsellor, agency) -> None:
    r = services.cases.open_case(
        intake_draft(
            received_at=time(10, 30),
            received_by_id=counsellor,
            method="with_agency",
            route="agency",
            referring_agency_id=agency,
            topics=("income", "debt", "other"),
            primary_topic="debt",
            other_topic_text="車の名義のこと",
            wishes="家賃の滞納を何とかしたい",
            consent_given=True,
            consent_on=date(2022, 4, 1),
            companion_name="山野 つばさ",
            companion_phone="090-3333-4444",
            companion_relationship="spouse",
            work_status="part_time",
            housing_status="rented",
            health_insurance="national",
            pension="unpaid",
            certificate="none",
            welfare_history="past",
            notes="初回は夫と来所",
        )
    )
    with ledger.reading() as s:
        i = s.get(Intake, r.intake_id)

        def key(code_id: int | None) -> str | None:
            return None if code_id is None else s.get(Code, code_id).code

        assert i.case_id == r.case_id
        assert (i.received_on, i.received_at, i.received_by_id) == (
            date(2022, 4, 1),
            time(10, 30),
            counsellor,
        )
        assert (key(i.method_id), key(i.route_id), i.referring_agency_id) == (
            "with_agency",
            "agency",
            agency,
        )
        assert {c.code for c in i.topics} == {"income", "debt", "other"}
        assert key(i.primary_topic_id) == "debt"
        assert i.other_topic_text == "車の名義のこと"
        assert i.wishes == "家賃の滞納を何とかしたい"
        assert (i.consent_given, i.consent_on) == (True, date(2022, 4, 1))
        assert (i.companion_name, i.companion_phone) == ("山野 つばさ", "090-3333-4444")
        assert key(i.companion_relationship_id) == "spouse"
        assert [
            key(i.work_status_id),
            key(i.housing_status_id),
            key(i.health_insurance_id),
            key(i.pension_id),
            key(i.certificate_id),
            key(i.welfare_history_id),
        ] == ["part_time", "rented", "national", "unpaid", "none", "past"]
        assert i.notes == "初回は夫と来所"


def test_single_topic_becomes_the_primary_topic(services, ledger) -> None:
    r = services.cases.open_case(intake_draft(topics=("housing",), primary_topic=None))
    with ledger.reading() as s:
        i = s.get(Intake, r.intake_id)
        assert s.get(Code, i.primary_topic_id).code == "housing"
        assert [c.code for c in i.topics] == ["housing"]


def test_no_topics_leaves_primary_empty(services, ledger) -> None:
    r = services.cases.open_case(intake_draft(topics=()))
    with ledger.reading() as s:
        i = s.get(Intake, r.intake_id)
        assert i.primary_topic_id is None
        assert i.topics == []


def test_counsellor_given_explicitly(services, counsellor) -> None:
    r = services.cases.open_case(intake_draft(counsellor_id=counsellor))
    assert services.cases.get_case(r.case_id).counsellor_id == counsellor


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"topics": ("income", "debt"), "primary_topic": "housing"}, "primary_topic", "not_ticked"),
        ({"topics": ("income", "debt"), "primary_topic": None}, "primary_topic", "required"),
        ({"topics": ("other",), "other_topic_text": ""}, "other_topic_text", "required"),
        ({"route": "agency"}, "referring_agency_id", "required"),
        ({"consent_given": True}, "consent_on", "required"),
        ({"consent_on": date(2022, 4, 1)}, "consent_on", "no_consent"),
        ({"consent_given": True, "consent_on": date(2024, 1, 1)}, "consent_on", "future"),
        ({"programmes": ()}, "programmes", "required"),
        ({"programmes": ("self_reliance", "self_reliance")}, "programmes", "duplicate"),
        ({"received_on": date(2023, 6, 2)}, "received_on", "future"),
        ({"method": ""}, "method", "required"),
        ({"route": ""}, "route", "required"),
        ({"companion_phone": "12-34"}, "companion_phone", "invalid_phone"),
        ({"person_id": 1}, "person", "required"),  # both person and person_id
        ({"person": None}, "person", "required"),  # neither
        ({"disaster": DisasterDraft("")}, "disaster.disaster_name", "required"),
        (
            {"person": person_draft(family_kana="Yamano")},
            "person.family_kana",
            "not_kana",
        ),
        (
            {"person": person_draft(birth_date=date(2030, 1, 1))},
            "person.birth_date",
            "future",
        ),
    ],
)
def test_intake_validation_names_the_field(services, count, changes: dict, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(**changes))
    assert exc.value.fields == (field,)
    assert exc.value.errors[0].code == code
    assert count(Person) == count(Case) == count(Intake) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"method": "fax"}, "method"),
        ({"route": "pigeon"}, "route"),
        ({"programmes": ("self_reliance", "gardening")}, "programmes"),
        ({"topics": ("income", "weather"), "primary_topic": "income"}, "topics"),
        ({"topics": ("weather",)}, "primary_topic"),
        ({"work_status": "astronaut"}, "work_status"),
        ({"housing_status": "castle"}, "housing_status"),
        ({"health_insurance": "x"}, "health_insurance"),
        ({"pension": "x"}, "pension"),
        ({"certificate": "x"}, "certificate"),
        ({"welfare_history": "x"}, "welfare_history"),
        ({"companion_relationship": "x"}, "companion_relationship"),
        ({"disaster": DisasterDraft("西日本豪雨", damage_level="x")}, "disaster.damage_level"),
        ({"disaster": DisasterDraft("西日本豪雨", housing="x")}, "disaster.housing"),
        ({"person": person_draft(gender="x")}, "person.gender"),
    ],
)
def test_unknown_code_is_refused_naming_the_field(services, count, changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(**changes))
    assert exc.value.fields == (field,)
    assert exc.value.errors[0].code == "unknown_code"
    assert count(Person) == count(Case) == count(Intake) == 0


def test_retired_topic_is_refused_for_new_intakes_only(services, ledger, code_id, count) -> None:
    old = services.cases.open_case(intake_draft(topics=("housing", "income"), primary_topic="income"))
    services.codes.retire_code(code_id("consult_topic", "housing"))
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(topics=("housing", "income"), primary_topic="income"))
    assert exc.value.fields == ("topics",)
    assert exc.value.errors[0].code == "retired_code"
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(topics=("housing",)))
    assert exc.value.fields == ("primary_topic",)
    assert exc.value.errors[0].code == "retired_code"
    assert count(Case) == 1
    # the existing intake keeps the retired topic
    with ledger.reading() as s:
        assert {c.code for c in s.get(Intake, old.intake_id).topics} == {"housing", "income"}


def test_retired_work_status_is_refused(services, code_id) -> None:
    services.codes.retire_code(code_id("work_status", "regular"))
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(work_status="regular"))
    assert exc.value.for_field("work_status").code == "retired_code"


def test_agency_route_with_an_agency(services, ledger, agency) -> None:
    r = services.cases.open_case(intake_draft(route="agency", referring_agency_id=agency))
    with ledger.reading() as s:
        assert s.get(Intake, r.intake_id).referring_agency_id == agency


def test_missing_referring_agency_is_refused(services, count) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(route="agency", referring_agency_id=999))
    assert exc.value.fields == ("referring_agency_id",)
    assert count(Person) == count(Case) == 0


def test_disaster_details_are_stored(services, ledger) -> None:
    r = services.cases.open_case(
        intake_draft(
            programmes=("self_reliance", "disaster_recovery"),
            disaster=DisasterDraft(
                "　西日本豪雨 ",
                disaster_on=date(2018, 7, 7),
                damage_level="large_half",
                housing="deemed_temporary",
                recovery_centre_contact="架空市復興支援センター 里山",
                note="仮設から転居予定",
            ),
        )
    )
    assert services.cases.get_case(r.case_id).disaster_name == "西日本豪雨"
    with ledger.reading() as s:
        d = s.scalar(select(DisasterDetail).where(DisasterDetail.case_id == r.case_id))
        assert (d.disaster_name, d.disaster_on) == ("西日本豪雨", date(2018, 7, 7))
        assert s.get(Code, d.damage_level_id).code == "large_half"
        assert s.get(Code, d.housing_id).code == "deemed_temporary"
        assert d.recovery_centre_contact == "架空市復興支援センター 里山"
        assert d.note == "仮設から転居予定"
    row = services.cases.list_cases(CaseFilter())[0]
    assert row.disaster is True


def test_disaster_without_optional_codes(services, ledger) -> None:
    r = services.cases.open_case(intake_draft(disaster=DisasterDraft("西日本豪雨")))
    with ledger.reading() as s:
        d = s.scalar(select(DisasterDetail).where(DisasterDetail.case_id == r.case_id))
        assert (d.damage_level_id, d.housing_id, d.disaster_on) == (None, None, None)


def test_error_half_way_leaves_nothing_behind(services, count) -> None:
    # the person and the case are inserted before the interview codes are resolved
    with pytest.raises(ValidationError) as exc:
        services.cases.open_case(intake_draft(work_status="astronaut"))
    assert exc.value.fields == ("work_status",)
    for model in (Person, Case, Intake, CaseProgramme, CaseStatusChange, NumberSequence):
        assert count(model) == 0, model.__name__
    # no number was used up
    r = services.cases.open_case(intake_draft())
    assert (r.person_no, r.case_no) == ("P000001", "2022-00001")


def test_error_in_disaster_details_leaves_nothing_behind(services, count) -> None:
    services.cases.open_case(intake_draft())
    with pytest.raises(ValidationError):
        services.cases.open_case(
            intake_draft(
                person=person_draft(family_name="川辺"),
                disaster=DisasterDraft("西日本豪雨", housing="castle"),
            )
        )
    assert count(Person) == count(Case) == count(Intake) == 1
    assert count(DisasterDetail) == 0
    r = services.cases.open_case(intake_draft(person=person_draft(family_name="川辺")))
    assert (r.person_no, r.case_no) == ("P000002", "2022-00002")


# ---- change_status ---------------------------------------------------------------------


def open_case(services, *programmes: str) -> int:
    return services.cases.open_case(intake_draft(programmes=programmes or ("self_reliance",))).case_id


def status_of(services, case_id: int, programme: str = "self_reliance"):
    return next(m for m in services.cases.get_case(case_id).programmes if m.programme == programme)


def walk(services, case_id: int, *statuses: str, programme: str = "self_reliance") -> None:
    for i, status in enumerate(statuses):
        services.cases.change_status(case_id, programme, status, date(2022, 5, 1 + i))


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), "screening"),
        ((), "assessment"),  # skipping screening
        ((), "support"),  # skipping many steps
        ((), "referred_out"),
        ((), "info_only"),
        (("screening",), "referred_out"),
        (("assessment",), "info_only"),
        (("assessment",), "emergency"),
        (("plan_draft",), "decided"),
        (("support",), "monitoring"),
        (("support", "monitoring"), "plan_draft"),  # re-plan loop
        (("support", "monitoring", "evaluation"), "plan_draft"),
        (("support", "monitoring", "evaluation"), "support"),
        (("support", "monitoring", "evaluation"), "monitoring"),
        (("support", "monitoring"), "support"),
        (("closed",), "follow_up"),
        (("closed",), "intake"),  # reopened
        (("closed", "follow_up"), "closed"),
        (("referred_out",), "follow_up"),
        (("referred_out",), "intake"),
        (("info_only",), "intake"),
    ],
)
def test_allowed_moves(services, ledger, path: tuple[str, ...], target: str) -> None:
    case_id = open_case(services)
    walk(services, case_id, *path)
    services.cases.change_status(case_id, "self_reliance", target, date(2022, 6, 1), note="移行")
    assert status_of(services, case_id).status == target
    with ledger.reading() as s:
        last = s.scalars(select(CaseStatusChange).order_by(CaseStatusChange.id.desc())).first()
        assert s.get(Code, last.to_status_id).code == target
        assert s.get(Code, last.from_status_id).code == (path[-1] if path else "intake")
        assert last.changed_on == date(2022, 6, 1)
        assert last.note == "移行"


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), "intake"),  # to itself
        (("screening",), "intake"),
        (("support",), "screening"),
        (("support",), "plan_draft"),
        (("support",), "referred_out"),  # only up to assessment
        (("emergency",), "info_only"),
        (("monitoring",), "intake"),
        (("decided",), "coordination"),
        (("closed",), "support"),
        (("closed",), "monitoring"),
        (("info_only",), "follow_up"),
        (("info_only",), "screening"),
        (("referred_out",), "support"),
    ],
)
def test_refused_moves(services, count, path: tuple[str, ...], target: str) -> None:
    case_id = open_case(services)
    walk(services, case_id, *path)
    before = count(CaseStatusChange)
    with pytest.raises(ValidationError) as exc:
        services.cases.change_status(case_id, "self_reliance", target, date(2022, 6, 1))
    assert exc.value.fields == ("status",)
    assert exc.value.errors[0].code == "path"
    assert "進めません" in exc.value.errors[0].message
    assert status_of(services, case_id).status == (path[-1] if path else "intake")
    assert count(CaseStatusChange) == before


def test_unknown_status_is_refused(services) -> None:
    case_id = open_case(services)
    with pytest.raises(ValidationError) as exc:
        services.cases.change_status(case_id, "self_reliance", "vanished", date(2022, 6, 1))
    assert exc.value.fields == ("status",)


def test_status_of_a_programme_the_case_does_not_use(services) -> None:
    case_id = open_case(services)
    with pytest.raises(ValidationError) as exc:
        services.cases.change_status(case_id, "outreach", "screening", date(2022, 6, 1))
    assert exc.value.fields == ("programme",)
    assert exc.value.errors[0].code == "not_member"
    with pytest.raises(ValidationError) as exc:
        services.cases.change_status(case_id, "knitting", "screening", date(2022, 6, 1))
    assert exc.value.errors[0].code == "unknown_code"


def test_status_of_a_missing_case(services) -> None:
    with pytest.raises(NotFoundError):
        services.cases.change_status(99, "self_reliance", "screening", date(2022, 6, 1))


def test_change_before_the_case_opened_is_refused(services, count) -> None:
    case_id = open_case(services)
    with pytest.raises(ValidationError) as exc:
        services.cases.change_status(case_id, "self_reliance", "screening", date(2022, 3, 31))
    assert exc.value.fields == ("changed_on",)
    assert exc.value.errors[0].code == "before_intake"
    assert status_of(services, case_id).status == "intake"
    assert count(CaseStatusChange) == 1  # only the intake's own
    # the opening day itself is fine
    services.cases.change_status(case_id, "self_reliance", "screening", date(2022, 4, 1))
    assert status_of(services, case_id).status == "screening"


def test_closing_the_only_membership_closes_the_case(services) -> None:
    case_id = open_case(services)
    walk(services, case_id, "support")
    services.cases.change_status(case_id, "self_reliance", "closed", date(2022, 9, 30))
    detail = services.cases.get_case(case_id)
    assert detail.programmes[0].ended_on == date(2022, 9, 30)
    assert detail.closed_on == date(2022, 9, 30)
    assert detail.status == "closed"
    # reopening clears both
    services.cases.change_status(case_id, "self_reliance", "intake", date(2022, 10, 3))
    detail = services.cases.get_case(case_id)
    assert detail.programmes[0].ended_on is None
    assert detail.closed_on is None
    assert detail.status == "intake"


@pytest.mark.parametrize("ending", ["referred_out", "info_only"])
def test_ending_at_screening_closes_the_case(services, ending: str) -> None:
    case_id = open_case(services)
    services.cases.change_status(case_id, "self_reliance", ending, date(2022, 4, 5))
    detail = services.cases.get_case(case_id)
    assert detail.closed_on == date(2022, 4, 5)
    assert detail.programmes[0].ended_on == date(2022, 4, 5)


def test_case_closes_only_when_every_membership_has_ended(services) -> None:
    case_id = open_case(services, "self_reliance", "household_budget")
    services.cases.change_status(case_id, "household_budget", "info_only", date(2022, 5, 1))
    detail = services.cases.get_case(case_id)
    assert detail.closed_on is None
    budget = status_of(services, case_id, "household_budget")
    assert (budget.status, budget.ended_on) == ("info_only", date(2022, 5, 1))
    assert status_of(services, case_id).ended_on is None
    assert services.cases.count_cases(CaseFilter(open_only=True)) == 1

    services.cases.change_status(case_id, "self_reliance", "closed", date(2022, 8, 1))
    assert services.cases.get_case(case_id).closed_on == date(2022, 8, 1)
    assert services.cases.count_cases(CaseFilter(open_only=True)) == 0

    # reopening one membership reopens the case; the other stays ended
    services.cases.change_status(case_id, "self_reliance", "intake", date(2022, 9, 1))
    detail = services.cases.get_case(case_id)
    assert detail.closed_on is None
    assert status_of(services, case_id, "household_budget").ended_on == date(2022, 5, 1)
    assert services.cases.count_cases(CaseFilter(open_only=True)) == 1


def test_follow_up_after_closure_is_open_again(services) -> None:
    case_id = open_case(services)
    walk(services, case_id, "closed", "follow_up")
    detail = services.cases.get_case(case_id)
    assert detail.status == "follow_up"
    assert detail.closed_on is None
    assert detail.programmes[0].ended_on is None


def test_status_change_bumps_the_case_version(services) -> None:
    case_id = open_case(services)
    v = services.cases.get_case(case_id).version
    services.cases.change_status(case_id, "self_reliance", "screening", date(2022, 4, 2))
    assert services.cases.get_case(case_id).version > v


def test_case_status_is_the_furthest_along_membership(services) -> None:
    case_id = open_case(services, "self_reliance", "household_budget")
    services.cases.change_status(case_id, "self_reliance", "support", date(2022, 5, 1))
    services.cases.change_status(case_id, "household_budget", "screening", date(2022, 5, 2))
    assert services.cases.get_case(case_id).status == "support"


def test_open_case_never_shows_as_closed(services) -> None:
    case_id = open_case(services, "self_reliance", "household_budget")
    services.cases.change_status(case_id, "self_reliance", "support", date(2022, 5, 1))
    services.cases.change_status(case_id, "household_budget", "closed", date(2022, 6, 1))
    detail = services.cases.get_case(case_id)
    assert detail.closed_on is None
    assert detail.status != "closed"


def test_closed_on_is_the_last_end_date(services) -> None:
    case_id = open_case(services, "self_reliance", "household_budget")
    services.cases.change_status(case_id, "household_budget", "closed", date(2022, 9, 1))
    services.cases.change_status(case_id, "self_reliance", "closed", date(2022, 8, 1))
    assert services.cases.get_case(case_id).closed_on == date(2022, 9, 1)


def test_status_change_in_the_future_is_refused(services) -> None:
    case_id = open_case(services)
    with pytest.raises(ValidationError):
        services.cases.change_status(case_id, "self_reliance", "closed", date(2024, 1, 1))
