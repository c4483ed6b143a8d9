"""StatisticsService: the exact value of every annual-report figure for fiscal year 2022
(2022-04-01 .. 2023-03-31) on small ledgers built by hand, and the records behind each one.

Definitions: /work/shared/domain/annual-report.md and docs/statistics.md. Lists, targets,
monthly breakdowns and the key catalogue are in test_statistics_lists.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import NotFoundError
from app.services.statistics import StatisticsService
from tests.conftest import TODAY
from tests.services.stats_builders import (
    AFTER,
    ALL_KEYS,
    BEFORE,
    FIRST,
    FY,
    LAST,
    YEAR_RECORDS,
    YEAR_VALUES,
    Builder,
    build_year,
    expected,
    explained,
    monthly,
    values,
)


@pytest.fixture
def b(ledger, services) -> Builder:
    return Builder(ledger, services)


@pytest.fixture
def stats(ledger) -> StatisticsService:
    return StatisticsService(ledger, today=lambda: TODAY)


# ---- one ledger with records of every kind (stats_builders.build_year) ----------------


@pytest.fixture
def year(b) -> dict[str, int]:
    return build_year(b)


def test_every_figure_of_the_year(year, stats) -> None:
    y = stats.year(FY)
    assert y.fiscal_year == FY
    assert values(y) == expected(YEAR_VALUES)
    assert y.targets_without_figure == ()


def test_every_figure_alone_equals_the_year(year, stats) -> None:
    y = stats.year(FY)
    for key in ALL_KEYS:
        assert stats.figure(FY, key) == y.figures[key], key


@pytest.mark.parametrize("key", sorted(YEAR_RECORDS))
def test_explain_lists_exactly_the_counted_records(year, stats, key) -> None:
    kind, names = YEAR_RECORDS[key]
    assert explained(stats, key) == sorted((kind, year[n]) for n in names)


def test_explain_of_job_seekers_lists_registrations_and_uses(year, stats) -> None:
    assert explained(stats, "self_reliance.job_placement.job_seekers") == sorted(
        [("job_desk_uses", year["ju.1"]), ("job_desk_uses", year["ju.2"]), ("job_desk_uses", year["ju.3"])]
        + [("job_seekers", year["js.2"])]
    )


def test_every_figure_has_a_drill_down(year) -> None:
    assert set(YEAR_RECORDS) | {"self_reliance.job_placement.job_seekers"} == set(ALL_KEYS)


def test_explain_rows_name_the_person_and_amount(year, stats) -> None:
    rows = stats.explain(FY, "household_budget.repayments_yen")
    assert [(r.on, r.amount, r.person_name) for r in rows] == [
        (FIRST, 10_000, "森田 さくら"),
        (date(2022, 7, 15), 8_000, "石原 なぎさ"),
        (date(2022, 8, 31), 12_300, "森田 さくら"),
        (LAST, 5_000, "森田 さくら"),
    ]
    assert all(r.person_no.startswith("P") for r in rows)
    assert sum(r.amount for r in rows) == stats.figure(FY, "household_budget.repayments_yen").value
    # records without a person (a posting belongs to an employer) still list
    postings = stats.explain(FY, "self_reliance.job_placement.employers_posting")
    assert [(r.person_id, r.person_no, r.person_name) for r in postings] == [(None, "", "")] * 3


def test_explain_pages_oldest_first(year, stats) -> None:
    everything = stats.explain(FY, "self_reliance.food_support.deliveries")
    assert [r.on for r in everything] == sorted(r.on for r in everything)
    assert stats.explain(FY, "self_reliance.food_support.deliveries", limit=2) == everything[:2]
    assert stats.explain(FY, "self_reliance.food_support.deliveries", limit=2, offset=3) == everything[3:5]


def test_monthly_of_the_year(year, stats) -> None:
    y = stats.year(FY)
    for key in ALL_KEYS:
        assert len(y.figures[key].monthly) == 12, key
        assert sum(y.figures[key].monthly) == y.figures[key].value, key
    assert y.figures["self_reliance.new_consultations"].monthly == monthly(m4=1, m7=1, m3=1)
    assert y.figures["household_budget.repayments_yen"].monthly == monthly(m4=10_000, m7=8_000, m8=12_300, m3=5_000)
    # distinct figures: each subject in the month of its first record of the year
    assert y.figures["self_reliance.food_support.new_users"].monthly == monthly(m4=1, m3=1)
    assert y.figures["self_reliance.job_placement.job_seekers"].monthly == monthly(m4=1, m9=1)
    assert y.figures["household_budget.use_decisions"].monthly == monthly(m4=1, m6=1, m11=1)
    assert y.figures["self_reliance.job_placement.employers_posting"].monthly == monthly(m4=1, m11=1)
    assert y.figures["self_reliance.employed"].monthly == monthly(m5=1, m3=1)


def test_labels_units_and_programmes(stats) -> None:
    y = stats.year(FY)
    f = y.figures["household_budget.repayments_yen"]
    assert (f.label, f.unit, f.programme) == ("家計改善利用者返済金額", "円", "household_budget")
    f = y.figures["self_reliance.new_consultations"]
    assert (f.label, f.unit, f.programme) == ("新規相談件数", "件", "self_reliance")
    assert y.figures["division.consultations"].programme == "division"
    assert {f.programme for f in y.figures.values()} == {
        "self_reliance",
        "household_budget",
        "disaster_recovery",
        "outreach",
        "division",
    }


def test_division_consultations_equal_self_reliance_new_consultations(year, stats) -> None:
    y = stats.year(FY)
    assert y.value("division.consultations") == y.value("self_reliance.new_consultations") == 3
    assert y.figures["division.consultations"].monthly == y.figures["self_reliance.new_consultations"].monthly
    assert explained(stats, "division.consultations") == explained(stats, "self_reliance.new_consultations")


def test_a_read_only_ledger_gives_the_same_year(year, stats, ledger) -> None:
    from app.db.ledger import Ledger

    reader = Ledger.open(ledger.location, read_only=True)  # while the writer keeps its lock
    try:
        y = StatisticsService(reader, today=lambda: TODAY).year(FY)
    finally:
        reader.close()
    assert y == stats.year(FY)
    assert values(y) == expected(YEAR_VALUES)


def test_unknown_key_is_not_found(stats) -> None:
    with pytest.raises(NotFoundError):
        stats.explain(FY, "self_reliance.no_such_figure")
    with pytest.raises(NotFoundError):
        stats.figure(FY, "self_reliance.no_such_figure")


# ---- March 31 / April 1 ------------------------------------------------------------------


def test_intakes_on_the_edges_of_the_year(b, stats) -> None:
    cases = {d: b.case(d, "self_reliance", "household_budget", "outreach") for d in (BEFORE, FIRST, LAST, AFTER)}
    three = {"self_reliance.new_consultations": 2, "household_budget.new_consultations": 2}
    assert values(stats.year(FY)) == expected(three | {"outreach.new_consultations": 2, "division.consultations": 2})
    assert stats.year(FY).figures["outreach.new_consultations"].monthly == monthly(m4=1, m3=1)
    assert explained(stats, "self_reliance.new_consultations") == sorted(
        [("intakes", cases[FIRST].intake_id), ("intakes", cases[LAST].intake_id)]
    )
    assert stats.figure(2021, "self_reliance.new_consultations").monthly == monthly(m3=1)
    assert stats.figure(2023, "self_reliance.new_consultations").monthly == monthly(m4=1)


def test_plans_on_the_edges_of_the_year(b, stats) -> None:
    c = b.case(BEFORE, "self_reliance", "outreach")
    b.plan(c, BEFORE, employment=True)
    first = b.plan(c, FIRST)
    last = b.plan(c, LAST, "outreach")
    b.plan(c, AFTER, employment=True)
    assert values(stats.year(FY)) == expected(
        {"self_reliance.plans": 1, "self_reliance.plans_revised": 1, "outreach.plans": 1}
    )
    assert explained(stats, "self_reliance.plans") == [("plans", first)]
    assert explained(stats, "outreach.plans") == [("plans", last)]
    assert stats.figure(2021, "self_reliance.employment_support_targets").value == 1
    assert stats.figure(2023, "self_reliance.employment_support_targets").value == 1


def test_payments_on_the_edges_of_the_year(b, stats) -> None:
    c = b.case(BEFORE, "household_budget")
    debt = b.debt(c, "resident_tax")
    b.payment(debt, BEFORE, 1)
    first = b.payment(debt, FIRST, 20)
    last = b.payment(debt, LAST, 300)
    b.payment(debt, AFTER, 4_000)
    y = stats.year(FY)
    assert values(y) == expected({"household_budget.repayments_yen": 320})
    assert y.figures["household_budget.repayments_yen"].monthly == monthly(m4=20, m3=300)
    assert explained(stats, "household_budget.repayments_yen") == sorted([("payments", first), ("payments", last)])
    assert stats.figure(2021, "household_budget.repayments_yen").value == 1
    assert stats.figure(2023, "household_budget.repayments_yen").value == 4_000


def test_meetings_on_the_edges_of_the_year(b, stats) -> None:
    c = b.case(date(2021, 4, 1), "self_reliance", "household_budget")
    counted = []
    for d in (BEFORE, FIRST, LAST, AFTER):
        hiki = b.meeting(d, "hikikomori_coordination")
        budget = b.meeting(d, "budget_coordination", "household_budget")
        ids = [b.review(hiki, c, "new_review", "self_reliance"), b.review(budget, c, "monitoring", "household_budget")]
        if d in (FIRST, LAST):
            counted += ids
    two = 2
    assert values(stats.year(FY)) == expected(
        {
            "self_reliance.hikikomori_meeting.new_reviews": two,
            "outreach.hikikomori_meeting.new_reviews": two,
            "household_budget.coordination_meeting.monitoring_reviews": two,
        }
    )
    assert stats.year(FY).figures["outreach.hikikomori_meeting.new_reviews"].monthly == monthly(m4=1, m3=1)
    assert sorted(
        explained(stats, "self_reliance.hikikomori_meeting.new_reviews")
        + explained(stats, "household_budget.coordination_meeting.monitoring_reviews")
    ) == sorted(("case_reviews", i) for i in counted)


# ---- one person, several records; one person, several programmes ------------------------


def test_one_person_with_several_records(b, stats) -> None:
    c = b.case(FIRST)
    p = c.person_id
    foods = [b.food(p, date(2022, m, 10)) for m in (4, 6, 9)]
    outcomes = [b.outcome(p, date(2022, 5, 1), "employed"), b.outcome(p, date(2022, 11, 1), "employed")]
    b.outcome(p, date(2022, 12, 1), "income_increase")
    gifts = [b.sanitary(p, date(2022, 5, 1)), b.sanitary(p, date(2022, 6, 1))]
    b.stay(p, date(2022, 5, 1))
    b.stay(p, date(2022, 9, 1))
    b.service_use(p, date(2022, 5, 1), "employment_preparation")
    b.service_use(p, date(2022, 10, 1), "employment_preparation")
    b.housing(p, date(2022, 5, 1))
    b.housing(p, date(2022, 5, 2))
    assert values(stats.year(FY)) == expected(
        {
            "self_reliance.new_consultations": 1,
            "division.consultations": 1,
            "self_reliance.food_support.deliveries": 3,  # count figures: every record
            "self_reliance.food_support.new_users": 1,  # distinct persons: once
            "self_reliance.employed": 1,
            "self_reliance.income_increased": 1,
            "self_reliance.employed_or_income_increased": 1,
            "self_reliance.sanitary_products.recipients": 1,
            "self_reliance.temporary_living_support.users": 1,
            "self_reliance.employment_preparation.users": 1,
            "self_reliance.housing_support": 2,
        }
    )
    assert explained(stats, "self_reliance.food_support.deliveries") == [("food_deliveries", i) for i in foods]
    assert explained(stats, "self_reliance.food_support.new_users") == [("food_deliveries", foods[0])]
    assert explained(stats, "self_reliance.employed") == [("employment_outcomes", i) for i in outcomes]
    assert explained(stats, "self_reliance.sanitary_products.recipients") == [
        ("sanitary_product_gifts", i) for i in gifts
    ]


def test_one_person_in_two_programmes(b, stats) -> None:
    c = b.case(date(2022, 5, 9), "self_reliance", "household_budget")
    plan = b.plan(c, date(2022, 6, 1), "household_budget", employment=True)
    assert values(stats.year(FY)) == expected(
        {
            "self_reliance.new_consultations": 1,
            "household_budget.new_consultations": 1,
            "division.consultations": 1,
        }
    )
    sr = b.plan(c, date(2022, 7, 1), "self_reliance")
    y = stats.year(FY)
    assert (y.value("self_reliance.plans"), y.value("outreach.plans")) == (1, 0)
    assert explained(stats, "self_reliance.plans") == [("plans", sr)]
    assert ("plans", plan) not in explained(stats, "self_reliance.plans")
    assert explained(stats, "household_budget.new_consultations") == [("intakes", c.intake_id)]
    assert explained(stats, "self_reliance.new_consultations") == [("intakes", c.intake_id)]


def test_first_plans_and_re_plans(b, stats) -> None:
    c = b.case(date(2022, 4, 5))
    first = b.plan(c, date(2022, 4, 20), employment=True)
    second = b.plan(c, date(2022, 9, 20), employment=True)
    third = b.plan(c, date(2023, 1, 20))
    other = b.case(date(2022, 5, 5))
    other_first = b.plan(other, date(2022, 5, 20))
    assert values(stats.year(FY)) == expected(
        {
            "self_reliance.new_consultations": 2,
            "division.consultations": 2,
            "self_reliance.plans": 4,
            "self_reliance.plans_new": 2,
            "self_reliance.plans_revised": 2,
            "self_reliance.employment_support_targets": 1,  # one person, two such plans
        }
    )
    assert explained(stats, "self_reliance.plans_new") == sorted([("plans", first), ("plans", other_first)])
    assert explained(stats, "self_reliance.plans_revised") == sorted([("plans", second), ("plans", third)])
    assert explained(stats, "self_reliance.employment_support_targets") == sorted([("plans", first), ("plans", second)])
    assert stats.figure(FY, "self_reliance.employment_support_targets").monthly == monthly(m4=1)


def test_an_extended_case(b, stats) -> None:
    c = b.case(BEFORE, "household_budget")
    ext = b.evaluation(c, date(2022, 9, 30), extended=True)
    closed = b.evaluation(c, date(2023, 2, 28), level=2)
    assert values(stats.year(FY)) == expected(
        {
            "household_budget.closure_reviews": 2,
            "household_budget.evaluation.extended": 1,
            "household_budget.evaluation.achieved": 1,
        }
    )
    assert explained(stats, "household_budget.evaluation.extended") == [("evaluations", ext)]
    assert explained(stats, "household_budget.closure_reviews") == sorted(
        [("evaluations", ext), ("evaluations", closed)]
    )


def test_repayments_include_tax_and_health_insurance_arrears(b, stats) -> None:
    budget = b.case(FIRST, "self_reliance", "household_budget")
    other = b.case(FIRST, "self_reliance")
    tax = b.payment(b.debt(budget, "resident_tax"), date(2022, 5, 31), 12_000)
    nhi = b.payment(b.debt(budget, "national_health_insurance"), date(2022, 6, 30), 8_500)
    b.payment(b.debt(other, "resident_tax"), date(2022, 5, 31), 99_999)
    y = stats.year(FY)
    assert values(y) == expected(
        {
            "self_reliance.new_consultations": 2,
            "division.consultations": 2,
            "household_budget.new_consultations": 1,
            "household_budget.repayments_yen": 20_500,
        }
    )
    assert y.figures["household_budget.repayments_yen"].monthly == monthly(m5=12_000, m6=8_500)
    assert explained(stats, "household_budget.repayments_yen") == sorted([("payments", tax), ("payments", nhi)])


# ---- figures with their own rules ----------------------------------------------------------


def test_food_support_new_users_are_first_served_in_the_year(b, stats) -> None:
    returning = b.person("再来 ゆき")
    b.food(returning, date(2022, 2, 10))  # FY2021
    b.food(returning, date(2022, 5, 10))
    newcomer = b.person("初来 みなと")
    first = b.food(newcomer, date(2022, 8, 1))
    b.food(newcomer, date(2022, 9, 1))
    b.food(b.person("翌来 れん"), AFTER)
    assert values(stats.year(FY)) == expected(
        {"self_reliance.food_support.new_users": 1, "self_reliance.food_support.deliveries": 3}
    )
    assert explained(stats, "self_reliance.food_support.new_users") == [("food_deliveries", first)]
    assert stats.figure(FY, "self_reliance.food_support.new_users").monthly == monthly(m8=1)
    assert stats.figure(2021, "self_reliance.food_support.new_users").value == 1


def test_food_support_new_user_drill_down_is_the_first_delivery(b, stats) -> None:
    p = b.person("順不同 かえで")
    later = b.food(p, date(2022, 9, 1))  # typed in first
    first = b.food(p, date(2022, 5, 1))  # the earlier delivery, typed in afterwards
    assert later < first
    rows = stats.explain(FY, "self_reliance.food_support.new_users")
    assert [(r.kind, r.id, r.on) for r in rows] == [("food_deliveries", first, date(2022, 5, 1))]


def test_job_seekers_registered_or_using_the_desk_in_the_year(b, stats) -> None:
    earlier = b.seeker(b.person("求職 いち"), date(2021, 6, 1))
    use = b.desk_use(earlier, date(2022, 7, 7))
    b.desk_use(earlier, date(2021, 9, 1))
    new = b.seeker(b.person("求職 に"), date(2022, 10, 1))  # registered, no use yet
    idle = b.seeker(b.person("求職 さん"), date(2021, 6, 1))  # neither in the year
    b.desk_use(idle, BEFORE)
    b.desk_use(b.seeker(b.person("求職 よん"), AFTER), AFTER)
    y = stats.year(FY)
    assert values(y) == expected({"self_reliance.job_placement.job_seekers": 2, "self_reliance.job_placement.uses": 1})
    assert y.figures["self_reliance.job_placement.job_seekers"].monthly == monthly(m7=1, m10=1)
    assert explained(stats, "self_reliance.job_placement.job_seekers") == sorted(
        [("job_desk_uses", use), ("job_seekers", new)]
    )


def test_a_seeker_registered_and_using_the_desk_counts_once(b, stats) -> None:
    s = b.seeker(b.person("求職 ご"), date(2022, 6, 1))
    b.desk_use(s, date(2022, 6, 1))
    b.desk_use(s, date(2022, 8, 1))
    y = stats.year(FY)
    assert y.value("self_reliance.job_placement.job_seekers") == 1
    assert y.value("self_reliance.job_placement.uses") == 2
    assert y.figures["self_reliance.job_placement.job_seekers"].monthly == monthly(m6=1)


def test_use_decisions_count_distinct_cases(b, stats) -> None:
    c = b.case(FIRST, "household_budget")
    other = b.case(FIRST, "household_budget")
    m1 = b.meeting(date(2022, 5, 20), "budget_coordination", "household_budget")
    m2 = b.meeting(date(2022, 8, 20), "budget_coordination", "household_budget")
    ids = [b.review(m1, c, "use_decision", "household_budget"), b.review(m2, c, "use_decision", "household_budget")]
    b.review(m1, other, "use_decision", "self_reliance")  # another programme's decision
    b.review(m1, other, "new_review", "household_budget")
    y = stats.year(FY)
    assert values(y) == expected(
        {
            "household_budget.new_consultations": 2,
            "household_budget.use_decisions": 1,
            "household_budget.coordination_meeting.new_reviews": 1,
        }
    )
    assert y.figures["household_budget.use_decisions"].monthly == monthly(m5=1)
    assert explained(stats, "household_budget.use_decisions") == sorted(("case_reviews", i) for i in ids)


def test_reviews_at_a_cancelled_meeting_do_not_count(b, stats) -> None:
    c = b.case(FIRST, "household_budget", "self_reliance")
    for status in ("cancelled", "planned"):
        budget = b.meeting(date(2022, 6, 1), "budget_coordination", "household_budget", status=status)
        hiki = b.meeting(date(2022, 6, 2), "hikikomori_coordination", status=status)
        for kind in ("new_review", "monitoring", "use_decision"):
            b.review(budget, c, kind, "household_budget")
            b.review(hiki, c, kind, "self_reliance")
    one = {  # the planned (not cancelled) meetings count, the cancelled ones never
        "household_budget.use_decisions": 1,
        "household_budget.coordination_meeting.new_reviews": 1,
        "household_budget.coordination_meeting.monitoring_reviews": 1,
        "self_reliance.hikikomori_meeting.new_reviews": 1,
        "self_reliance.hikikomori_meeting.monitoring_reviews": 1,
        "outreach.hikikomori_meeting.new_reviews": 1,
        "outreach.hikikomori_meeting.monitoring_reviews": 1,
    }
    consultations = {"household_budget.new_consultations": 1, "self_reliance.new_consultations": 1}
    assert values(stats.year(FY)) == expected(one | consultations | {"division.consultations": 1})


def test_hikikomori_reviews_count_the_same_for_self_reliance_and_outreach(b, stats) -> None:
    c = b.case(FIRST, "self_reliance")
    d = b.case(FIRST, "outreach")
    m = b.meeting(date(2022, 7, 12), "hikikomori_coordination", "outreach")
    n = b.meeting(date(2022, 8, 9), "hikikomori_coordination")
    reviews = [
        b.review(m, c, "new_review", "self_reliance"),
        b.review(m, d, "new_review", "outreach"),
        b.review(n, d, "monitoring", "outreach"),
    ]
    b.review(m, c, "plan_approval", "self_reliance")
    b.review(b.meeting(date(2022, 7, 12), "case_conference", "outreach"), d, "new_review", "outreach")
    y = stats.year(FY)
    for programme in ("self_reliance", "outreach"):
        assert y.value(f"{programme}.hikikomori_meeting.new_reviews") == 2
        assert y.value(f"{programme}.hikikomori_meeting.monitoring_reviews") == 1
        assert explained(stats, f"{programme}.hikikomori_meeting.new_reviews") == sorted(
            ("case_reviews", i) for i in reviews[:2]
        )
    assert (
        y.figures["self_reliance.hikikomori_meeting.new_reviews"].monthly
        == y.figures["outreach.hikikomori_meeting.new_reviews"].monthly
        == monthly(m7=2)
    )


def test_consultations_total_counts_only_consultation_methods(b, stats) -> None:
    c = b.case(FIRST, "self_reliance", "household_budget")
    counted = [
        b.contact(c, date(2022, 5, day), m)
        for day, m in enumerate(("office", "phone", "visit", "accompany", "mail_sns"), 1)
    ]
    b.contact(c, date(2022, 5, 10), "agency_talk")  # 関係機関協議
    b.contact(c, date(2022, 5, 11), "meeting")  # 会議
    b.contact(c, date(2022, 5, 12), "office", programme="household_budget")
    y = stats.year(FY)
    assert y.value("self_reliance.consultations_total") == 5
    assert y.figures["self_reliance.consultations_total"].monthly == monthly(m5=5)
    assert explained(stats, "self_reliance.consultations_total") == [("contacts", i) for i in counted]


def test_referrals_in_per_programme_with_repeats(b, stats) -> None:
    c = b.case(FIRST, "self_reliance", "outreach")
    agency = b.agency("架空こども家庭センター", "かくうこどもかていせんたー")
    sr = [b.referral(c, date(2022, 6, 1), agency=agency), b.referral(c, date(2022, 6, 1), agency=agency)]
    sr.append(b.referral(c, date(2022, 9, 1)))
    out = b.referral(c, date(2022, 7, 1), "outreach")
    b.referral(c, date(2022, 6, 2), direction="out", agency=agency)
    b.referral(c, date(2022, 6, 3), "outreach", direction="out")
    b.referral(c, date(2022, 6, 4), "household_budget")
    y = stats.year(FY)
    assert (y.value("self_reliance.referrals_in"), y.value("outreach.referrals_in")) == (3, 1)
    assert explained(stats, "self_reliance.referrals_in") == sorted(("referrals", i) for i in sr)
    assert explained(stats, "outreach.referrals_in") == [("referrals", out)]


def test_welfare_programme_employed_counts_job_starts_not_persons(b, stats) -> None:
    p = b.person("就労 たける")
    starts = [b.outcome(p, date(2022, 6, 1), via="welfare_programme")]
    starts.append(b.outcome(p, date(2022, 12, 1), via="welfare_programme"))
    b.outcome(p, date(2022, 8, 1), via="hello_work")
    b.outcome(p, date(2022, 9, 1), "income_increase", via="welfare_programme")
    b.service_use(p, date(2022, 5, 1), "welfare_employment_programme")
    b.service_use(p, date(2022, 11, 1), "welfare_employment_programme")
    y = stats.year(FY)
    assert values(y) == expected(
        {
            "self_reliance.welfare_employment_programme.employed": 2,  # job starts
            "self_reliance.welfare_employment_programme.users": 1,  # persons
            "self_reliance.employed": 1,
            "self_reliance.income_increased": 1,
            "self_reliance.employed_or_income_increased": 1,
        }
    )
    assert explained(stats, "self_reliance.welfare_employment_programme.employed") == [
        ("employment_outcomes", i) for i in starts
    ]


def test_disaster_victims_referred_to_the_centre(b, stats) -> None:
    direct = b.case(date(2022, 6, 1), "self_reliance", disaster=True)
    later = b.case(date(2021, 12, 1), "disaster_recovery", disaster=True)
    joined = b.join(later, "self_reliance", date(2022, 11, 15))
    b.case(date(2021, 8, 1), "self_reliance", disaster=True)  # joined in FY2021
    b.case(date(2022, 6, 1), "disaster_recovery", disaster=True)  # never at the main centre
    b.case(date(2022, 6, 1), "self_reliance")  # not a victim
    again = b.case(date(2022, 9, 1), "self_reliance", person=direct.person_id, disaster=True)
    y = stats.year(FY)
    assert y.value("disaster_recovery.referred_to_centre") == 2  # persons: 直接 twice = once
    assert y.figures["disaster_recovery.referred_to_centre"].monthly == monthly(m6=1, m11=1)
    assert explained(stats, "disaster_recovery.referred_to_centre") == sorted(
        [
            ("case_programmes", b.membership(direct, "self_reliance")),
            ("case_programmes", joined),
            ("case_programmes", b.membership(again, "self_reliance")),
        ]
    )


def test_employers_developed_and_posting(b, stats) -> None:
    one = b.employer("架空精工株式会社", date(2022, 5, 1))
    two = b.employer("架空農園", date(2021, 5, 1))
    b.employer("架空書店")  # never approached
    postings = [b.posting(one, date(2022, 6, 1)), b.posting(one, date(2022, 7, 1)), b.posting(two, date(2022, 7, 1))]
    seeker = b.seeker(b.person("求職 ろく"), date(2021, 4, 1))
    placed = b.placement(seeker, one, date(2022, 8, 1))
    y = stats.year(FY)
    assert values(y) == expected(
        {
            "self_reliance.job_placement.employers_developed": 1,
            "self_reliance.job_placement.employers_posting": 2,
            "self_reliance.job_placement.placements": 1,
        }
    )
    assert y.figures["self_reliance.job_placement.employers_posting"].monthly == monthly(m6=1, m7=1)
    assert explained(stats, "self_reliance.job_placement.employers_posting") == [("job_postings", i) for i in postings]
    assert explained(stats, "self_reliance.job_placement.placements") == [("job_placements", placed)]


def test_learning_support_kids_club_and_disaster_activities(b, stats) -> None:
    p = b.person("学習 こころ")
    b.learning(p, date(2022, 4, 8), "classroom", "学習 あさひ")
    b.learning(p, date(2022, 4, 8), "classroom", "学習 ゆい")
    b.learning(p, date(2022, 4, 9), "home_visit", "学習 ゆい")
    b.kids_club(p, date(2022, 5, 1), "学習 あさひ")
    b.kids_club(p, date(2022, 5, 1), "学習 ゆい")
    for kind, n in (("phone", 3), ("outreach", 2), ("office_visit", 1), ("agency_liaison", 4)):
        for day in range(n):
            b.disaster_activity(date(2022, 10, day + 1), kind)
    b.disaster_activity(date(2022, 10, 1), "community_and_publicity")
    assert values(stats.year(FY)) == expected(
        {
            "self_reliance.learning_support.referrals": 2,
            "self_reliance.home_visit_learning.referrals": 1,
            "self_reliance.kids_food_club.new_users": 2,
            "disaster_recovery.activities.phone": 3,
            "disaster_recovery.activities.outreach": 2,
            "disaster_recovery.activities.office_visit": 1,
            "disaster_recovery.activities.agency_liaison": 4,
            "disaster_recovery.activities.community_and_publicity": 1,
        }
    )


def test_a_victim_with_a_new_case_at_the_main_centre_is_referred(b, stats) -> None:
    victim = b.case(date(2021, 9, 1), "disaster_recovery", disaster=True)
    centre = b.case(date(2022, 10, 3), "self_reliance", person=victim.person_id)
    assert stats.figure(FY, "disaster_recovery.referred_to_centre").value == 1
    assert explained(stats, "disaster_recovery.referred_to_centre") == [
        ("case_programmes", b.membership(centre, "self_reliance"))
    ]
