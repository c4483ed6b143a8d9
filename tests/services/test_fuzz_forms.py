"""The services' add/edit verbs fed fuzzed drafts (issue #9 point 7), on SQLite and PostgreSQL.

Every call either succeeds or raises a LedgerError (ValidationError above all) — never any
other exception — and a refused call writes nothing (every table's row count unchanged).
What a call accepts must also survive the ledger's own export format: every stored value
reads back through the export readers (no NUL character, no text longer than its column),
so a ledger filled on a PC can always be moved to the office server.

Text comes from tests/fuzz_text.py (Japanese, SQL meta-characters, control characters,
10,000-character strings), mixed with valid values so that many calls get past validation
and reach the database. Example counts are kept small: each example is a real transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    DisasterDraft,
    HouseholdMemberDraft,
    IntakeDraft,
    PersonDraft,
    StaffDraft,
)
from app.domain.errors import LedgerError, ValidationError
from app.domain.meeting_drafts import AttendeeDraft, MeetingDraft, SeriesDraft
from app.domain.org_drafts import OrganisationProfileDraft
from app.domain.visit_drafts import VisitDraft
from app.models import Base
from tests.conftest import TODAY
from tests.fuzz_text import DRAFT_TEXT, NASTY, TEXT
from tests.services.conftest import intake_draft

SERVICE_FUZZ = settings(
    max_examples=15,
    deadline=None,  # a transaction on a loaded machine: no per-example deadline
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# valid values mixed with fuzz, so that some calls reach the database
NAME = st.sampled_from(["山田", "花子", "O'Brien", "山田'; DROP TABLE people; --", "%_\\", "ﾔﾏﾀﾞ"]) | DRAFT_TEXT
KANA = st.sampled_from(["", "やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "はなこ"]) | DRAFT_TEXT
PHONE = st.sampled_from(["", "086-123-4567", "０９０－１２３４－５６７８"]) | DRAFT_TEXT
EMAIL = st.sampled_from(["", "a@example.jp", "o'brien@example.jp"]) | DRAFT_TEXT
POSTAL = st.sampled_from(["", "700-0001", "〒７００－０００１"]) | DRAFT_TEXT
PAST = st.dates(date(1890, 1, 1), TODAY) | st.dates()
NEAR = st.dates(date(2022, 4, 1), date(2024, 3, 31)) | st.dates()


def code(*valid: str) -> st.SearchStrategy[str]:
    return st.sampled_from(valid) | DRAFT_TEXT


PERSON = st.builds(
    PersonDraft,
    family_name=NAME,
    given_name=NAME,
    family_kana=KANA,
    given_kana=KANA,
    gender=st.none() | code("female", "male", "other"),
    gender_note=DRAFT_TEXT,
    birth_date=st.none() | PAST,
    postal_code=POSTAL,
    address=DRAFT_TEXT,
    phone_home=PHONE,
    phone_mobile=PHONE,
    email=EMAIL,
    foreign_national=st.booleans(),
    preferred_language=DRAFT_TEXT,
    note=TEXT,
)


# ---- what a call may do ----------------------------------------------------------------------
def row_counts(ledger) -> dict[str, int]:
    with ledger.reading() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def exportable_problems(ledger) -> list[str]:
    """Stored values the export format would refuse (a NUL, text past its column's length…):
    such a ledger could not be moved to the server."""
    from app.services.transfer_schema import Bad, table_specs

    problems = []
    with ledger.reading() as s:
        for spec in table_specs():
            for row in s.execute(select(spec.table)).mappings():
                for col in spec.columns:
                    value = row[col.name]
                    if value is None:
                        continue
                    try:
                        col.read(col.encode(value) if col.encode is not None else value)
                    except Bad as exc:
                        problems.append(f"{spec.name}.{col.name}: {exc.reason} ({str(value)[:30]!r})")
    return problems


def attempt(ledger, call: Callable[[], Any]) -> Any:
    """Run one service call: its result, or None when refused with a LedgerError (and then
    nothing was written). Any other exception fails the test; so does an accepted call that
    stored something the export format refuses (compared with before the call, since the
    examples of one test share a ledger)."""
    before, exportable_before = row_counts(ledger), set(exportable_problems(ledger))
    try:
        result = call()
    except ValidationError as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)
    except LedgerError as exc:
        assert str(exc)
    else:
        assert set(exportable_problems(ledger)) - exportable_before == set()
        return result
    assert row_counts(ledger) == before, "a refused call wrote something"
    return None


# ---- people, household, staff, agencies --------------------------------------------------------
@SERVICE_FUZZ
@given(PERSON, PERSON)
def test_create_and_update_person(services, ledger, draft: PersonDraft, edit: PersonDraft) -> None:
    row = attempt(ledger, lambda: services.people.create_person(draft))
    if row is None:
        return
    stored = services.people.get_person(row.id)
    assert stored.family_name == draft.family_name.strip().strip("\u3000").strip()  # SQL text kept literally
    updated = attempt(ledger, lambda: services.people.update_person(row.id, edit, stored.version))
    if updated is None:
        assert services.people.get_person(row.id).version == stored.version  # refused: unchanged


@SERVICE_FUZZ
@given(st.builds(HouseholdMemberDraft, relationship=code("child", "spouse", "mother"), name=NAME, name_kana=KANA,
                 birth_date=st.none() | PAST, lives_together=st.booleans(), employment=DRAFT_TEXT,
                 health=DRAFT_TEXT, note=TEXT))  # fmt: skip
def test_add_household_member(services, ledger, draft: HouseholdMemberDraft) -> None:
    person = services.people.create_person(PersonDraft("山野", "みどり", "やまの", "みどり"))
    attempt(ledger, lambda: services.people.add_household_member(person.id, draft))


@SERVICE_FUZZ
@given(st.builds(StaffDraft, family_name=NAME, role=code("counsellor", "budget_advisor"), given_name=NAME,
                 family_kana=KANA, given_kana=KANA, qualifications=DRAFT_TEXT),
       st.builds(AgencyDraft, name=NAME, kind=code("government", "welfare"), name_kana=KANA,
                 department=DRAFT_TEXT, phone=PHONE, contact_person=DRAFT_TEXT, address=DRAFT_TEXT,
                 note=TEXT))  # fmt: skip
def test_add_staff_and_agency(services, ledger, staff: StaffDraft, agency: AgencyDraft) -> None:
    attempt(ledger, lambda: services.staff.add_staff(staff))
    attempt(ledger, lambda: services.agencies.add_agency(agency))


# ---- intake and contacts ------------------------------------------------------------------------
@SERVICE_FUZZ
@given(st.builds(
    lambda person, method, route, topics, text, wishes, notes, companion, received_on, disaster: intake_draft(
        person=person, method=method, route=route, topics=topics, other_topic_text=text, wishes=wishes, notes=notes,
        companion_name=companion, received_on=received_on, disaster=disaster),
    PERSON, code("office", "phone"), code("self", "family"),
    st.sampled_from([("income",), ("other",), ()]) | st.lists(DRAFT_TEXT, max_size=2).map(tuple),
    DRAFT_TEXT, TEXT, TEXT, NAME, NEAR,
    st.none() | st.builds(DisasterDraft, disaster_name=NAME, disaster_on=st.none() | PAST,
                          recovery_centre_contact=DRAFT_TEXT, note=TEXT),
))  # fmt: skip
def test_open_case(services, ledger, draft: IntakeDraft) -> None:
    attempt(ledger, lambda: services.cases.open_case(draft))


@SERVICE_FUZZ
@given(code("office", "phone", "visit"), NEAR, TEXT, DRAFT_TEXT, TEXT, st.none() | st.integers(-5, 2000) | st.integers(),
       code("self_reliance", "household_budget"), st.none() | st.times())  # fmt: skip
def test_add_contact(services, ledger, method: str, on: date, content: str, participants: str, next_action: str,
                     minutes: int | None, programme: str, at: time | None) -> None:  # fmt: skip
    opened = services.cases.open_case(intake_draft())
    draft = ContactDraft(opened.case_id, programme, on, method, content, at, participants, minutes=minutes,
                         next_action=next_action)  # fmt: skip
    attempt(ledger, lambda: services.cases.add_contact(draft))


# ---- meetings, visits, organisation -------------------------------------------------------------
ATTENDEES = st.lists(st.builds(AttendeeDraft, name=NAME, attended=st.booleans()), max_size=3).map(tuple)
MEETING_KINDS = code("regular_coordination", "case_conference", "event")


@SERVICE_FUZZ
@given(st.builds(MeetingDraft, kind=MEETING_KINDS, held_on=NEAR, title=DRAFT_TEXT, place=DRAFT_TEXT,
                 organiser=DRAFT_TEXT, summary=TEXT, attendees=ATTENDEES,
                 ends_on=st.none() | NEAR, start_time=st.none() | st.times(), end_time=st.none() | st.times()),
)  # fmt: skip
def test_create_meeting_then_export(services, ledger, draft: MeetingDraft) -> None:
    created = attempt(ledger, lambda: services.meetings.create_meeting(draft))
    if created is not None:
        d = draft.held_on
        assert services.meetings.ics_text(d.year, d.month, d.month, viewer_staff_id=None).endswith("\r\n")


@SERVICE_FUZZ
@given(st.builds(SeriesDraft, kind=MEETING_KINDS, title=NAME, rule=code("monthly_day", "monthly_nth_weekday"),
                 starts_on=NEAR, day_of_month=st.none() | st.integers(-2, 40), nth=st.none() | st.integers(-2, 6),
                 weekday=st.none() | st.integers(-1, 8), holiday_shift=code("keep", "previous", "next"),
                 ends_on=st.none() | NEAR, place=DRAFT_TEXT, attendees=ATTENDEES))  # fmt: skip
def test_create_series(services, ledger, draft: SeriesDraft) -> None:
    attempt(ledger, lambda: services.meetings.create_series(draft))


@SERVICE_FUZZ
@given(code("home", "other"), code("visit", "phone"), st.booleans(), NEAR, st.none() | NEAR, DRAFT_TEXT, TEXT,
       st.none() | code("met", "absent"))  # fmt: skip
def test_record_visit(services, ledger, place: str, method: str, planned: bool, on: date, next_on: date | None,
                      place_note: str, content: str, result: str | None) -> None:  # fmt: skip
    staff_id = services.staff.add_staff(StaffDraft("川辺", "outreach_worker"))
    opened = services.cases.open_case(intake_draft(programmes=("outreach",)))
    draft = VisitDraft(on, place, method, case_id=opened.case_id, planned=planned, place_note=place_note,
                       result=None if planned else result, content=content, next_visit_on=next_on,
                       staff_ids=(staff_id,))  # fmt: skip
    attempt(ledger, lambda: services.outreach.record_visit(draft))


@SERVICE_FUZZ
@given(st.builds(OrganisationProfileDraft, corporation_name=NAME, division_name=DRAFT_TEXT, centre_name=DRAFT_TEXT,
                 address=DRAFT_TEXT, division_goals=TEXT),
       st.integers(2020, 2025) | st.integers())  # fmt: skip
def test_save_organisation_profile(services, ledger, draft: OrganisationProfileDraft, fiscal_year: int) -> None:
    attempt(ledger, lambda: services.organisation.save_profile(fiscal_year, draft))


# ---- searches: SQL meta-characters are text, never patterns --------------------------------------
@SERVICE_FUZZ
@given(TEXT)
def test_searches_take_any_text(services, ledger, query: str) -> None:
    from app.services.case_queries import CaseFilter
    from app.services.meeting_rows import MeetingFilter

    if "\x00" in query and ledger.is_server:
        query = query.replace("\x00", "")  # see test_search_with_nul_on_the_server
    services.cases.open_case(intake_draft())
    assert isinstance(services.people.search_people(query), list)
    assert isinstance(services.agencies.search(query), list)
    assert isinstance(services.cases.count_cases(CaseFilter(text=query)), int)
    assert isinstance(services.meetings.count_meetings(MeetingFilter(text=query)), int)


def test_search_with_nul_on_the_server(services, ledger) -> None:
    """A pasted NUL in a search box is ignored: kana.search_key drops it, and the person, case
    and meeting searches strip it before the raw text (person/case number, LIKE) reaches the
    server, which would refuse the whole query."""
    from app.services.case_queries import CaseFilter
    from app.services.meeting_rows import MeetingFilter

    services.cases.open_case(intake_draft())
    assert services.agencies.search("架空\x00") == services.agencies.search("架空")
    assert services.people.search_people("山\x00野") == services.people.search_people("山野") != []
    cases = services.cases
    assert cases.count_cases(CaseFilter(text="山\x00野")) == cases.count_cases(CaseFilter(text="山野"))
    assert services.meetings.count_meetings(MeetingFilter(text="\x00")) == services.meetings.count_meetings()


@pytest.mark.parametrize("query", ["%", "_", "%%", "__", "\\", "'", "' OR '1'='1"])
def test_search_meta_characters_match_literally(services, query: str) -> None:
    from app.services.case_queries import CaseFilter

    services.cases.open_case(intake_draft())
    assert services.people.search_people(query) == []
    assert services.cases.count_cases(CaseFilter(text=query)) == 0


@pytest.mark.parametrize("query", ["%", "_"])
def test_meeting_search_meta_characters_match_literally(services, query: str) -> None:
    from app.services.meeting_rows import MeetingFilter

    services.meetings.create_meeting(MeetingDraft("regular_coordination", date(2023, 5, 10), title="定例会議"))
    assert services.meetings.count_meetings(MeetingFilter(text=query)) == 0


def test_nasty_pool_is_stored_literally(services) -> None:
    """Each short nasty value (SQL, quotes, kana, controls) as a note comes back as typed."""
    for value in NASTY:
        if "\x00" in value or len(value) > 300:
            continue
        row = services.people.create_person(PersonDraft("山田", note=value))
        assert services.people.get_person(row.id).note == value


def test_long_text_and_dates_far_ahead_are_refused_with_field_errors(services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.people.create_person(PersonDraft("山" * 10_000))
    assert raised.value.fields == ("family_name",)
    with pytest.raises(ValidationError) as raised:
        services.meetings.create_series(SeriesDraft("regular_coordination", "定例", "monthly_day",
                                                    date(9999, 6, 1), day_of_month=1))  # fmt: skip
    assert raised.value.fields == ("starts_on",)
    with pytest.raises(ValidationError):
        services.meetings.create_meeting(MeetingDraft("event", date.max))
