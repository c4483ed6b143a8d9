"""Every parser and validator of user input, fed by hypothesis (issue #9 point 7): 0 crashes.

For each function the only outcomes allowed are the documented ones — a value of the
documented shape, None, or the documented error (ValidationError from a Checker,
YenParseError / DateParseError / RateParseError / ValueError where the docstring says so,
Bad from the export readers, StorageError from parse_location). Anything else (IndexError,
TypeError, OverflowError, a plain ValueError from int() on 5,000 digits, RecursionError …)
fails the test. Inputs: tests/fuzz_text.py (unicode, Japanese, SQL meta-characters, control
characters, 10,000-character strings).

Covered here (pure functions; the service verbs are in tests/services/test_fuzz_forms.py):
money.parse_yen; wareki.parse_date; budget_drafts.parse_rate_percent / parse_column /
check_rate / check_yen; report_drafts.parse_fte / section_scope / section_part; the kana
folds; validation.Checker (each check) / normalize_postal_code / clean_text; every
``validate_*`` of rules, budget_drafts, debt_drafts, meeting_drafts, visit_drafts,
org_drafts and report_drafts; tsv.parse_tsv; passwords; placeholders; ics; recurrence;
fiscal; case_path; the .xlsx import's cell readers (budget_exchange); the export format's
column readers and CHECK rules (transfer_schema / transfer_checks / transfer_support);
db.location.parse_location.
"""

from __future__ import annotations

import contextlib
import time as clock
from dataclasses import fields, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import budget_drafts as bd
from app.domain import debt_drafts as dd
from app.domain import drafts as dr
from app.domain import fiscal, kana, passwords, placeholders, recurrence, rules, tsv, wareki
from app.domain import meeting_drafts as md
from app.domain import org_drafts as od
from app.domain import report_drafts as rd
from app.domain import visit_drafts as vd
from app.domain.case_path import allowed_next, can_move, is_open, step
from app.domain.errors import FieldError, StorageError, ValidationError
from app.domain.ics import LINE_OCTETS, IcsEvent, calendar_text, escape_text, fold
from app.domain.money import MAX_ABS_YEN, YenParseError, parse_yen
from app.domain.validation import LATEST_DATE, Checker, clean_text, normalize_postal_code
from tests.fuzz_text import (
    ANY_INT,
    DATES,
    DRAFT_TEXT,
    LONG,
    LONG_TEXT,
    NASTY,
    OPT_DATE,
    OPT_INT,
    SHORT_TEXT,
    SQL_META,
    TEXT,
)

TODAY = date(2023, 6, 1)
# deadline: a generous guard against quadratic time on 10,000 characters, not a benchmark
FUZZ = settings(max_examples=100, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=40, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])

TIMES = st.none() | st.times()
TEXTS = st.lists(DRAFT_TEXT, max_size=3).map(tuple)
IDS = st.lists(ANY_INT, max_size=4).map(tuple)


def checked(validate, *args: Any) -> Checker:
    """Run a ``validate_*`` on a fresh Checker: only FieldErrors, and raise_if_any raises
    ValidationError exactly when there are errors."""
    c = Checker()
    validate(c, *args)
    assert all(isinstance(e, FieldError) and e.message and e.field for e in c.errors)
    assert len({e.field for e in c.errors}) == len(c.errors)  # one message per field
    if c.errors:
        with pytest.raises(ValidationError) as raised:
            c.raise_if_any()
        assert raised.value.fields == tuple(e.field for e in c.errors)
    else:
        c.raise_if_any()
    return c


# ---- the strategies of the drafts ------------------------------------------------------------
def _draft(cls: type, **overrides: Any) -> st.SearchStrategy:
    """A draft with every str field fuzzed (the cheap pool: drafts have many fields), dates any
    date, ints any int (overridable)."""
    hints = {f.name: f.type for f in fields(cls)}
    kwargs: dict[str, st.SearchStrategy] = {}
    for name, hint in hints.items():
        if name in overrides:
            kwargs[name] = overrides[name]
            continue
        text = str(hint)
        if text.startswith("str | None"):
            kwargs[name] = st.none() | DRAFT_TEXT
        elif text.startswith("str"):
            kwargs[name] = DRAFT_TEXT
        elif text.startswith("date | None"):
            kwargs[name] = OPT_DATE
        elif text == "date":
            kwargs[name] = DATES
        elif text.startswith("time"):
            kwargs[name] = TIMES
        elif text.startswith("int | None"):
            kwargs[name] = OPT_INT
        elif text == "int":
            kwargs[name] = ANY_INT
        elif text == "bool":
            kwargs[name] = st.booleans()
        elif text.startswith("tuple[str"):
            kwargs[name] = TEXTS
        elif text.startswith("tuple[int"):
            kwargs[name] = IDS
    return st.builds(cls, **kwargs)


PERSON = _draft(dr.PersonDraft)
DISASTER = _draft(dr.DisasterDraft)
INTAKE = _draft(
    dr.IntakeDraft,
    person=st.none() | PERSON,
    disaster=st.none() | DISASTER,
    programmes=st.lists(st.sampled_from(["self_reliance", "household_budget"]) | DRAFT_TEXT, max_size=3).map(tuple),
    topics=st.lists(st.sampled_from(["income", "other"]) | DRAFT_TEXT, max_size=3).map(tuple),
    route=st.sampled_from(["self", "agency"]) | DRAFT_TEXT,
)
PLAN = _draft(dr.PlanDraft, supporter_actions=st.lists(_draft(dr.SupporterActionDraft), max_size=3).map(tuple))
EVALUATION = _draft(dr.EvaluationDraft, kind=st.sampled_from(["monitoring", "closure"]) | DRAFT_TEXT)
OUTCOME = _draft(dr.OutcomeDraft, kind=st.sampled_from(["employed", "income_increase"]) | DRAFT_TEXT)
REFERRAL = _draft(dr.ReferralDraft, direction=st.sampled_from(["in", "out"]) | DRAFT_TEXT)


# ---- money, dates, rates, 人数 ---------------------------------------------------------------
@FUZZ
@given(TEXT)
def test_parse_yen(text: str) -> None:
    try:
        value = parse_yen(text)
    except YenParseError as exc:
        assert str(exc)
    else:
        assert type(value) is int and abs(value) <= MAX_ABS_YEN


@pytest.mark.parametrize(
    "text",
    ["1" * LONG, "1" * 4301, "9" * 5000 + "円", "1" * 5000 + "万", "1万" + "1" * 5000, "1." + "0" * 5000 + "万",
     "0" * 5000 + "1", "▲" + "9" * 20, "1,000" * 2000],
)  # fmt: skip
def test_parse_yen_refuses_huge_numbers_with_its_own_error(text: str) -> None:
    # int() refuses more than 4,300 digits with a plain ValueError: the parser must not leak it
    with contextlib.suppress(YenParseError):
        assert abs(parse_yen(text)) <= MAX_ABS_YEN


def test_parse_yen_still_reads_leading_zeros() -> None:
    assert parse_yen("0" * 5000 + "12") == 12
    assert parse_yen("0" * 20 + "1万") == 10_000


@FUZZ
@given(TEXT, st.none() | st.just(TODAY))
def test_parse_date(text: str, today: date | None) -> None:
    try:
        value = wareki.parse_date(text, today=today)
    except wareki.DateParseError as exc:
        assert str(exc)
    else:
        assert isinstance(value, date) and value >= wareki.EARLIEST_SUPPORTED


@FUZZ
@given(DATES)
def test_wareki_formats_any_date(d: date) -> None:
    assert wareki.format_both(d)
    try:
        assert wareki.format_wareki(d, style="short")
    except ValueError:
        assert d < wareki.EARLIEST_SUPPORTED


@FUZZ
@given(TEXT)
def test_parse_rate_percent(text: str) -> None:
    try:
        bp = bd.parse_rate_percent(text)
    except bd.RateParseError:
        return
    assert bd.MIN_RATE_BP <= bp <= bd.MAX_RATE_BP


@pytest.mark.parametrize("text", ["1" * LONG, "0." + "1" * 5000, "0" * 5000 + "1", "-" + "9" * 4400 + "%"])
def test_parse_rate_percent_refuses_huge_numbers_with_its_own_error(text: str) -> None:
    c = Checker()
    bp = bd.check_rate(c, "rate", "率", text)  # check_rate catches RateParseError only
    assert (bp is None) == bool(c.errors)


def test_parse_rate_percent_still_reads_leading_zeros() -> None:
    assert bd.parse_rate_percent("0" * 5000 + "1.5") == 150


@FUZZ
@given(TEXT | st.from_regex(r"actual:[0-9]{4}-[0-9]{2}", fullmatch=True))
def test_parse_column(text: str) -> None:
    try:
        column = bd.parse_column(text)
    except ValueError:
        return
    assert column.name in (*bd.AMOUNT_COLUMNS, "actual")
    assert (column.month is None) == (column.name != "actual")


@FUZZ
@given(TEXT)
def test_parse_fte_and_section_keys(text: str) -> None:
    with contextlib.suppress(ValueError):  # documented
        assert 0 <= rd.parse_fte(text) <= 99_999
    assert rd.section_scope(text) in (None, *rd.SCOPES)
    assert isinstance(rd.section_part(text), str)
    checked(rd.validate_section_key, text)


# ---- kana, validation.Checker ---------------------------------------------------------------
@FUZZ
@given(TEXT)
def test_kana_folds(text: str) -> None:
    assert isinstance(kana.to_hiragana(text), str)
    reading = kana.normalize_reading(text)
    assert reading == reading.strip() and "  " not in reading
    assert isinstance(kana.is_valid_reading(reading), bool)
    assert isinstance(kana.search_key(text), str)
    assert kana.phone_key(text).isascii() and (kana.phone_key(text).isdigit() or kana.phone_key(text) == "")
    digits = kana.phone_query_digits(text)
    assert digits is None or (digits.isdigit() and len(digits) >= 3)
    key = kana.gojuon_key(text)
    assert len(key[0]) == len(key[1]) == len(key[2]) == len(key[3])
    assert isinstance(kana.gojuon_sort_string(text), str)


@FUZZ
@given(TEXT, st.integers(0, 30_000))
def test_checker_text_checks(text: str, limit: int) -> None:
    c = Checker()
    c.required("a", "A", text)
    c.max_len("b", "B", text, limit)
    c.reading("c", "C", text)
    c.phone("d", "D", text)
    c.email("e", "E", text)
    c.postal_code("f", "F", text)
    assert all(isinstance(e, FieldError) for e in c.errors)
    assert ("b" in {e.field for e in c.errors}) == (len(text) > limit or "\x00" in text)
    if "\x00" in text:  # never stored: PostgreSQL and the export format refuse it
        assert {"b", "e"} <= {e.field for e in c.errors}
    assert isinstance(normalize_postal_code(text), str)
    assert clean_text(text) == clean_text(clean_text(text)) or "\u3000" in text


@FUZZ
@given(OPT_DATE, OPT_DATE, ANY_INT, st.booleans())
def test_checker_date_and_number_checks(a: date | None, b: date | None, n: int, future: bool) -> None:
    c = Checker()
    c.date_range("a", "A", a, today=TODAY, allow_future=future)
    c.order("b", "B", a, b, "A")
    c.non_negative("n", "N", n)
    assert all(isinstance(e, FieldError) for e in c.errors)
    if a is not None and "a" not in {e.field for e in c.errors}:
        assert date(1900, 1, 1) <= a <= LATEST_DATE


def test_email_check_is_not_quadratic_on_long_input() -> None:
    # the e-mail pattern backtracks quadratically on "a@" + 10,000 dots: the length is checked first
    for value in ("a@" + "." * 100_000 + " ", "a@" + "a." * 50_000 + "@"):
        start = clock.perf_counter()
        c = Checker()
        c.email("email", "メール", value)
        assert clock.perf_counter() - start < 0.5
        assert c.errors


# ---- the validate_* of every form ---------------------------------------------------------------
@FUZZ
@given(PERSON)
def test_validate_person(d: dr.PersonDraft) -> None:
    c = checked(rules.validate_person, d, TODAY)
    if len(d.family_name) > rules.NAME_MAX:
        assert "family_name" in {e.field for e in c.errors}
    if not c.errors:  # what is accepted fits the columns
        assert len(d.family_name) <= rules.NAME_MAX and len(d.note) <= rules.TEXT_MAX


@FUZZ
@given(_draft(dr.HouseholdMemberDraft))
def test_validate_household_member(d: dr.HouseholdMemberDraft) -> None:
    checked(rules.validate_household_member, d, TODAY)


@FUZZ
@given(INTAKE)
def test_validate_intake(d: dr.IntakeDraft) -> None:
    checked(rules.validate_intake, d, TODAY)


@FUZZ
@given(_draft(dr.ContactDraft))
def test_validate_contact(d: dr.ContactDraft) -> None:
    checked(rules.validate_contact, d, TODAY)


@FUZZ
@given(PLAN)
def test_validate_plan(d: dr.PlanDraft) -> None:
    checked(rules.validate_plan, d, TODAY)


@FUZZ
@given(REFERRAL, OUTCOME, _draft(dr.ServiceUseDraft), EVALUATION)
def test_validate_case_records(
    ref: dr.ReferralDraft, out: dr.OutcomeDraft, use: dr.ServiceUseDraft, ev: dr.EvaluationDraft
) -> None:
    checked(rules.validate_referral, ref, TODAY)
    checked(rules.validate_outcome, out, TODAY)
    checked(rules.validate_service_use, use, TODAY)
    checked(rules.validate_evaluation, ev, TODAY)


@FUZZ
@given(_draft(dr.AgencyDraft), _draft(dr.StaffDraft))
def test_validate_agency_and_staff(agency: dr.AgencyDraft, staff: dr.StaffDraft) -> None:
    checked(rules.validate_agency, agency)
    checked(rules.validate_staff, staff)


YEN_VALUES = st.none() | ANY_INT | st.sampled_from([1.5, float("inf"), float("nan"), True, "12,345", b"1"])


@FUZZ
@given(_draft(bd.SheetHeaderDraft, savings_yen=YEN_VALUES), _draft(bd.SpecialExpenseDraft),
       _draft(bd.CashflowHeaderDraft), _draft(bd.LifeEventDraft))  # fmt: skip
def test_validate_budget_drafts(
    header: bd.SheetHeaderDraft, special: bd.SpecialExpenseDraft, cf: bd.CashflowHeaderDraft, event: bd.LifeEventDraft
) -> None:
    checked(bd.validate_sheet_header, header, TODAY)
    checked(bd.validate_special_expense, special)
    checked(bd.validate_cashflow_header, cf)
    checked(bd.validate_life_event, event)


@FUZZ
@given(_draft(bd.ImprovementPlanDraft, monitorings=st.lists(_draft(bd.MonitoringDraft), max_size=3).map(tuple)))
def test_validate_improvement_plan(d: bd.ImprovementPlanDraft) -> None:
    checked(bd.validate_improvement_plan, d, TODAY)


@FUZZ
@given(YEN_VALUES, st.booleans())
def test_check_yen(value: object, required: bool) -> None:
    c = checked(lambda c: bd.check_yen(c, "yen", "金額", value, required=required))
    if not c.errors and value is not None:
        assert type(value) is int and 0 <= value <= bd.MAX_YEN
    c = checked(lambda c: dd.check_yen(c, "yen", "金額", value, positive=required))
    if not c.errors and value is not None:
        assert type(value) is int and 0 <= value <= dd.YEN_MAX


@FUZZ
@given(_draft(dd.DebtDraft), _draft(dd.AgreementDraft), _draft(dd.PaymentDraft))
def test_validate_debt_drafts(debt: dd.DebtDraft, agreement: dd.AgreementDraft, payment: dd.PaymentDraft) -> None:
    checked(dd.validate_debt, debt, TODAY)
    checked(dd.validate_agreement, agreement, TODAY)
    checked(dd.validate_payment, payment, TODAY)


ATTENDEES = st.lists(_draft(md.AttendeeDraft), max_size=4).map(tuple)


@FUZZ
@given(_draft(md.MeetingDraft, attendees=ATTENDEES), _draft(md.TrainingDraft, attendees=ATTENDEES))
def test_validate_meeting_and_training(meeting: md.MeetingDraft, training: md.TrainingDraft) -> None:
    c = checked(md.validate_meeting, meeting)
    if not c.errors:
        assert date(1900, 1, 1) <= meeting.held_on <= LATEST_DATE
    checked(md.validate_training, training)


@FUZZ
@given(_draft(md.SeriesDraft, attendees=ATTENDEES, rule=st.sampled_from(recurrence.RULES) | DRAFT_TEXT,
              holiday_shift=st.sampled_from(recurrence.SHIFTS) | DRAFT_TEXT))  # fmt: skip
def test_validate_series(d: md.SeriesDraft) -> None:
    c = checked(md.validate_series, d)
    try:
        rule = d.series_rule()
    except ValueError:  # documented: validate first
        return
    assert rule.label
    if not c.errors:
        assert len(recurrence.scheduled(rule, d.starts_on, d.ends_on or d.starts_on + timedelta(days=366))) <= 80


@FUZZ
@given(st.lists(_draft(md.ReviewDraft), max_size=4), DATES)
def test_validate_reviews(reviews: list[md.ReviewDraft], held_on: date) -> None:
    checked(md.validate_reviews, reviews, held_on)


@FUZZ
@given(_draft(vd.VisitDraft, states=st.lists(_draft(vd.HikikomoriStateDraft), max_size=3).map(tuple),
              staff_ids=IDS, agency_ids=IDS), _draft(vd.DisasterActivityDraft))  # fmt: skip
def test_validate_visit_drafts(visit: vd.VisitDraft, activity: vd.DisasterActivityDraft) -> None:
    checked(vd.validate_visit, visit, TODAY)
    checked(vd.validate_disaster_activity, activity, TODAY)


@FUZZ
@given(_draft(od.OrganisationProfileDraft), st.none() | ANY_INT | SHORT_TEXT)
def test_validate_organisation(d: od.OrganisationProfileDraft, fiscal_year: object) -> None:
    checked(od.validate_organisation_profile, d, fiscal_year)
    checked(od.validate_fiscal_year, fiscal_year)


@FUZZ
@given(_draft(rd.ProgrammeProfileDraft, duty_days=st.lists(_draft(rd.DutyDayDraft), max_size=8).map(tuple)),
       st.lists(_draft(rd.StaffingEntryDraft), max_size=4), st.integers(1900, 2200),
       st.dictionaries(DRAFT_TEXT, st.none() | ANY_INT, max_size=4))  # fmt: skip
def test_validate_report_drafts(
    profile: rd.ProgrammeProfileDraft, staffing: list, fiscal_year: int, targets: dict[str, int | None]
) -> None:
    checked(rd.validate_programme_profile, profile)
    checked(rd.validate_staffing, staffing, fiscal_year)
    checked(rd.validate_targets, targets, {"self_reliance.new_consultations"})


_INTAKE = dr.IntakeDraft(date(2023, 5, 1), "office", "self", ("self_reliance",), person=dr.PersonDraft("山田"))
_PLAN = dr.PlanDraft(1, "self_reliance", date(2023, 5, 1))


@pytest.mark.parametrize(
    ("validate", "field"),
    [
        (lambda c: rules.validate_person(c, dr.PersonDraft("山\x00田"), TODAY), "family_name"),
        (lambda c: rules.validate_person(c, dr.PersonDraft("山田", note="メモ\x00"), TODAY), "note"),
        (lambda c: rules.validate_person(c, dr.PersonDraft("山田", email="a\x00@example.jp"), TODAY), "email"),
        (lambda c: rules.validate_household_member(c, dr.HouseholdMemberDraft("child", note="\x00"), TODAY), "note"),
        (lambda c: rules.validate_agency(c, dr.AgencyDraft("架空市役所", "government", note="\x00")), "note"),
        (lambda c: rules.validate_staff(c, dr.StaffDraft("川辺", "counsellor", qualifications="\x00")),
         "qualifications"),
        (lambda c: rules.validate_intake(c, replace(_INTAKE, disaster=dr.DisasterDraft("豪雨", note="\x00")), TODAY),
         "disaster.note"),
        (lambda c: rules.validate_intake(c, replace(_INTAKE, disaster=dr.DisasterDraft(
            "豪雨", recovery_centre_contact="x" * 301)), TODAY), "disaster.recovery_centre_contact"),
        (lambda c: rules.validate_plan(c, replace(_PLAN, supporter_actions=(dr.SupporterActionDraft("x" * 201, "同行"),)),
                                       TODAY), "supporter_actions.0.supporter"),
        (lambda c: rules.validate_plan(c, replace(_PLAN, supporter_actions=(dr.SupporterActionDraft("相談員", "同\x00行"),)),
                                       TODAY), "supporter_actions.0.action"),
        (lambda c: md.validate_meeting(c, md.MeetingDraft("event", date(2023, 5, 1), place="\x00")), "place"),
        (lambda c: od.validate_organisation_profile(c, od.OrganisationProfileDraft("法人", address="\x00")), "address"),
        (lambda c: md.validate_meeting(c, md.MeetingDraft("event", date(9999, 12, 31))), "held_on"),
        (lambda c: md.validate_series(c, md.SeriesDraft("event", "定例", "monthly_day", date(2201, 1, 1),
                                                        day_of_month=1)), "starts_on"),
        (lambda c: vd.validate_visit(c, vd.VisitDraft(date(2023, 5, 1), "home", "phone", case_id=1, staff_ids=(1,),
                                                      next_visit_on=date(9999, 1, 1)), TODAY), "next_visit_on"),
    ],
)  # fmt: skip
def test_nul_overlong_text_and_far_dates_are_refused_on_their_field(validate, field: str) -> None:
    """Found by the fuzz tests: a NUL was stored (PostgreSQL and the export format refuse it),
    some texts had no length check, and a year 9999 overflowed date arithmetic."""
    c = checked(validate)
    assert field in {e.field for e in c.errors}, c.errors


# ---- clipboard, passwords, placeholders, calendar, recurrence, fiscal, case path ---------------
@FUZZ
@given(TEXT)
def test_parse_tsv(text: str) -> None:
    rows = tsv.parse_tsv(text)
    assert all(isinstance(cell, str) for row in rows for cell in row)
    assert tsv.parse_tsv(tsv.to_tsv(rows)) == rows or any(not row for row in rows)


@FUZZ
@given(TEXT, TEXT)
def test_passwords(password: str, login_id: str) -> None:
    problems = passwords.password_problems(password, login_id=login_id)
    assert all(isinstance(p, str) and p for p in problems)
    if len(passwords.normalize_password(password)) > passwords.MAX_LENGTH:
        assert problems


@FUZZ
@given(st.integers(), st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3650)))
def test_lockout(failed: int, wait: timedelta) -> None:
    assert timedelta(0) <= passwords.lockout_delay(failed) <= passwords.MAX_DELAY
    assert passwords.format_wait(wait)


KNOWN_KEYS = ["self_reliance.new_consultations", "household_budget.plans", "a", "x.y"]


@FUZZ
@given(TEXT | st.lists(st.sampled_from(["{", "}", "｛", "｝", "{a}", "{x.y:万円}", "{a:目標}", ":", "\n", "あ"])
       | SHORT_TEXT, max_size=30).map("".join), st.dictionaries(st.sampled_from(KNOWN_KEYS), ANY_INT))  # fmt: skip
def test_placeholders(text: str, values: dict[str, int]) -> None:
    found = placeholders.find_placeholders(text)
    assert all(text[p.start : p.end] == p.raw for p in found)
    problems = placeholders.check_placeholders(text, KNOWN_KEYS)
    assert all(p.code in ("unknown_key", "bad_spec", "unclosed") for p in problems)
    if problems:
        assert placeholders.problems_message(problems)
    filled = placeholders.fill(text, values, targets=values)
    assert isinstance(filled.text, str)
    escaped = placeholders.fill(placeholders.escape_braces(text), values)
    assert escaped.text == text and not escaped.problems


VALID_DATES = st.dates(date(1900, 1, 1), LATEST_DATE)


@FUZZ
@given(TEXT, TEXT, TEXT, st.lists(SHORT_TEXT, max_size=3).map(tuple), VALID_DATES, st.integers(0, 366), st.booleans())
def test_ics(summary: str, location: str, description: str, categories: tuple[str, ...], start: date, days: int,
             timed: bool) -> None:  # fmt: skip
    end = start + timedelta(days=days)
    event = IcsEvent(
        "meeting-1@yorisoi", summary,
        datetime.combine(start, time(9)) if timed else start, datetime.combine(end, time(10)) if timed else end,
        datetime(2023, 6, 1, tzinfo=UTC), location=location, description=description, categories=categories,
    )  # fmt: skip
    text = calendar_text([event], prodid="-//Yorisoi//JA", name=summary)
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= LINE_OCTETS for line in lines)
    assert not any("\r" in line or "\n" in line for line in lines)
    assert "\n" not in escape_text(summary) and "\r" not in escape_text(summary)
    assert "".join(part.removeprefix(" ") for part in fold(escape_text(summary))) == escape_text(summary)


@FUZZ
@given(st.sampled_from(recurrence.RULES) | SHORT_TEXT, OPT_INT, OPT_INT, OPT_INT,
       st.sampled_from(recurrence.SHIFTS) | SHORT_TEXT, VALID_DATES, st.integers(0, 800))  # fmt: skip
def test_recurrence(rule: str, day: int | None, nth: int | None, weekday: int | None, shift: str, start: date,
                    days: int) -> None:  # fmt: skip
    problem = recurrence.rule_problem(rule, day, nth, weekday, shift)
    try:
        series = recurrence.SeriesRule(rule, day, nth, weekday, shift)
    except ValueError:
        assert problem
        return
    assert not problem and series.label
    dates = recurrence.occurrences(series, start, start + timedelta(days=days))
    assert dates == sorted(dates) and all(start <= d <= start + timedelta(days=days) for d in dates)


@FUZZ
@given(VALID_DATES, st.integers(1900, 2200), ANY_INT)
def test_fiscal(d: date, fy: int, month: int) -> None:
    first, last = fiscal.fiscal_year_range(fiscal.fiscal_year(d))
    assert first <= d <= last
    assert fiscal.fiscal_year_label_wareki(fy).endswith("年度")
    try:
        assert fiscal.month_label(month) == f"{month}月"
    except ValueError:
        assert not 1 <= month <= 12


@FUZZ
@given(st.sampled_from(["intake", "screening", "closed", "info_only", "referred_out"]) | SHORT_TEXT, SHORT_TEXT)
def test_case_path(status: str, new: str) -> None:
    assert isinstance(allowed_next(status), frozenset)
    assert isinstance(step(status), int)
    assert can_move(status, new) in (True, False) and is_open(status) in (True, False)


# ---- the .xlsx import's cell readers (app/services/budget_exchange.py) ---------------------------
class FakeCell:
    """What openpyxl hands the reader: a value and a data type; a formula object has .text."""

    def __init__(self, value: Any, data_type: str = "s") -> None:
        self.value, self.data_type = value, data_type


class FakeFormula:
    def __init__(self, text: str) -> None:
        self.text = text


CELL_VALUES = st.one_of(
    st.none(), TEXT, ANY_INT, st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.dates(),
    st.datetimes(), st.times(), st.builds(FakeFormula, SHORT_TEXT),
)  # fmt: skip
CELLS = st.builds(FakeCell, CELL_VALUES, st.sampled_from(["s", "n", "f", "e", "b", "d", "inlineStr"]))


@FUZZ
@given(CELLS, TEXT, st.sampled_from(["consultation", "plan"]), st.integers(1900, 2200), st.integers(1, 50))
def test_xlsx_cell_readers(cell: FakeCell, header: str, kind: str, start_year: int, years: int) -> None:
    from app.services import budget_exchange as bx

    try:
        yen = bx._amount(cell)
    except bx._BadCell as exc:
        assert str(exc)
    else:
        assert yen is None or (type(yen) is int and 0 <= yen <= bd.MAX_YEN)
    assert isinstance(bx._cell_text(cell), str)
    assert isinstance(bx._key(header), str) and isinstance(bx._head_key(header), str)
    sheet_kind, _ = bx._classify_sheet(kind, ["actual:2023-06"])(cell, header)
    assert sheet_kind in ("section", "amount", "skip", "ignore")
    cf_kind, key = bx._classify_cashflow(start_year, years)(cell, header)
    assert cf_kind in ("section", "amount", "skip", "ignore")
    if cf_kind == "amount":
        assert 0 <= key < years


@pytest.mark.parametrize("value", ["1" * 5000, "▲" + "9" * 4400 + "円", "1万" + "2" * 4400])
def test_xlsx_amount_cell_with_thousands_of_digits_is_a_bad_cell(value: str) -> None:
    from app.services import budget_exchange as bx

    # parse_yen used to leak int()'s plain ValueError here, aborting the whole import
    with pytest.raises(bx._BadCell):
        bx._amount(FakeCell(value))


# ---- the export format's readers (app/services/transfer_schema.py, transfer_checks.py) ---------
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), ANY_INT, st.floats(allow_nan=False, allow_infinity=False), DRAFT_TEXT,
    st.dates().map(date.isoformat), st.times().map(time.isoformat),
    st.datetimes().map(lambda d: d.isoformat()), st.datetimes().map(lambda d: d.isoformat() + "Z"),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?Z?)?", fullmatch=True),
)  # fmt: skip
JSON_VALUES = st.recursive(JSON_SCALARS, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(SHORT_TEXT, kids,
                                                                                                    max_size=3),
                           max_leaves=6)  # fmt: skip


JSON_POOL = (
    None, True, False, 0, -1, 1, 2**31, -(2**31) - 1, 2**63, -(2**63) - 1, 10**400, 1.5, float("1e308"), -0.0,
    *NASTY, "2023-02-29", "0000-01-01", "9999-12-31", "2023-6-1", "24:00:00", "12:00:00.5", "23:59:60",
    "2023-06-01T12:00:00", "2023-06-01T12:00:00Z", "2023-06-01T12:00:00.123456Z", "2023-06-01T25:00:00Z",
    [], {}, [None], {"a": "\x00"}, {"x": [1, {"y": "'; --"}]}, [[[[]]]],
)  # fmt: skip


def _spec_rows() -> list[tuple[Any, Any]]:
    from app.services.transfer_schema import table_specs

    return [(spec, col) for spec in table_specs() for col in spec.columns]


def test_export_readers_take_every_nasty_value() -> None:
    """Every column of every table, fed every value of the pool: the stored value or Bad."""
    from app.services.transfer_schema import MISSING, Bad, describe, plain, show

    for _spec, col in _spec_rows():
        for value in (MISSING, *JSON_POOL):
            try:
                stored = col.read(value)
            except Bad as exc:
                assert exc.reason
                continue
            if isinstance(stored, str):
                assert "\x00" not in stored
            assert describe(value) and show(str(value)) and isinstance(plain(value), str)


@FEW
@given(st.data())
def test_export_rules_on_any_decoded_row(data: st.DataObject) -> None:
    """The CHECK rules evaluated in Python on rows of decoded values: a reason or None."""
    from app.services.transfer_schema import MISSING, Bad, table_specs

    specs = [s for s in table_specs() if any(r.test is not None for r in s.rules)]
    spec = data.draw(st.sampled_from(specs))
    row: dict[str, Any] = {}
    for col in spec.columns:
        value = data.draw(st.sampled_from((MISSING, *JSON_POOL)) | JSON_SCALARS, label=col.name)
        try:
            row[col.name] = col.read(value)
        except Bad:
            row[col.name] = None
    for rule in spec.rules:
        if rule.test is not None:
            reason = rule.test(row)
            assert reason is None or isinstance(reason, str)


@FUZZ
@given(st.dictionaries(st.sampled_from(["format", "format_version", "schema_revision", "counts", "x"]) | SHORT_TEXT,
                       JSON_VALUES | st.dictionaries(SHORT_TEXT, JSON_VALUES, max_size=4), max_size=5),
       st.sampled_from(["yorisoi-ledger", None]))  # fmt: skip
def test_export_header_check(header: dict[str, Any], fmt: str | None) -> None:
    from app.services.transfer_support import IdSet, header_problems

    if fmt is not None:
        header["format"] = fmt
    problems = header_problems(header, {"people", "cases"})
    assert all(isinstance(p, str) and p for p in problems)
    ids = IdSet()
    for key in (1, 2**24, -1, "k", 1):
        ids.add(key)
    assert 1 in ids and "k" in ids and 3 not in ids


# ---- where a ledger lives (app/db/location.py) ----------------------------------------------------
@FUZZ
@given(TEXT | st.builds(lambda scheme, rest: scheme + rest, st.sampled_from(["postgresql://", "postgres://",
                                                                              "POSTGRESQL://", "~", "~/"]), TEXT))  # fmt: skip
def test_parse_location(text: str) -> None:
    from app.db.location import ServerLocation, parse_location

    try:
        found = parse_location(text)
    except StorageError as exc:
        assert str(exc)
        return
    if isinstance(found, ServerLocation):
        assert found.host and found.database and 0 < found.port < 65536
        assert "\x00" not in found.description
    else:
        assert found.is_absolute()


@pytest.mark.parametrize(
    "text",
    ["postgresql://[abc/db", "postgresql://h\u2100/d", "a\x00b", "postgresql://h/d\x00", "postgresql://u\x00@h/d",
     "~nobody-here-" + "x" * 30 + "/ledger.sqlite3", "postgresql://[::1/d"],
)  # fmt: skip
def test_parse_location_refuses_with_storage_error(text: str) -> None:
    from app.db.location import parse_location

    with pytest.raises(StorageError):
        parse_location(text)


@FEW
@given(LONG_TEXT)
def test_the_strategies_hold_long_text_and_sql_meta_characters(text: str) -> None:
    assert len(text) == LONG
    assert {"\x00", "'", '"', ";", "--", "%", "_", "\\", "/*"} <= set(SQL_META)
