"""Builders for the statistics tests: small ledgers made by hand, record by record.

Records that have a service are made through it (cases, contacts, plans, referrals,
evaluations, agencies); the other tables get ORM rows inserted in one
``ledger.transaction()`` each. Every builder returns the new record's id, so a test can say
exactly which records a figure must count (``explain()`` returns kind + id).

Two ready-made ledgers: ``build_edges`` (every kind of record on 2022-03-31, 2022-04-01,
2023-03-31 and 2023-04-01; what each date adds is ``PER_DATE``) and ``build_year`` (a small
centre's year with records in and around FY2022; the expected figures are ``YEAR_VALUES``
and the records behind each ``YEAR_RECORDS``).

All people, agencies, employers and places are invented.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import select

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    DisasterDraft,
    EvaluationDraft,
    IntakeDraft,
    PersonDraft,
    PlanDraft,
    ReferralDraft,
    SupporterActionDraft,
)
from app.models import (
    Agency,
    CaseProgramme,
    CaseReview,
    Code,
    Debt,
    DisasterActivity,
    Employer,
    EmploymentOutcome,
    Event,
    FoodDelivery,
    HousingSupportAction,
    JobDeskUse,
    JobPlacement,
    JobPosting,
    JobSeeker,
    KidsFoodClubEnrolment,
    LearningSupportReferral,
    Meeting,
    MeetingAttendee,
    OutreachVisit,
    Payment,
    Person,
    SanitaryProductGift,
    ServiceUse,
    TemporaryLivingStay,
    YearTarget,
)
from app.services.rows import IntakeResult
from app.services.statistics import StatisticsService, YearFigures
from app.services.stats_figures import FIGURES

FY = 2022  # 2022-04-01 .. 2023-03-31
ALL_KEYS: tuple[str, ...] = tuple(f.key for f in FIGURES)

# the four edges of fiscal year 2022
BEFORE = date(2022, 3, 31)  # FY2021's last day: never counts for 2022
FIRST = date(2022, 4, 1)  # FY2022's first day
LAST = date(2023, 3, 31)  # FY2022's last day
AFTER = date(2023, 4, 1)  # FY2023's first day: never counts for 2022

Rec = tuple[str, int]  # (kind, id) of a drill-down record


def expected(nonzero: Mapping[str, int] | None = None) -> dict[str, int]:
    """Every figure key → 0, except those given (which must be real keys)."""
    nonzero = dict(nonzero or {})
    unknown = set(nonzero) - set(ALL_KEYS)
    assert not unknown, f"not figure keys: {sorted(unknown)}"
    return {k: nonzero.get(k, 0) for k in ALL_KEYS}


def values(y: YearFigures) -> dict[str, int]:
    return {k: f.value for k, f in y.figures.items()}


def explained(stats: StatisticsService, key: str, fy: int = FY) -> list[Rec]:
    """The (kind, id) of every record ``explain`` lists, sorted (duplicates kept)."""
    return sorted((r.kind, r.id) for r in stats.explain(fy, key))


def month(m: int) -> int:
    """Index of calendar month ``m`` in a 4月 → 3月 monthly tuple."""
    return (m - 4) % 12


def monthly(**by_month: int) -> tuple[int, ...]:
    """A 12-value 4月 → 3月 tuple from m4=…, m3=… (others 0)."""
    out = [0] * 12
    for name, v in by_month.items():
        out[month(int(name[1:]))] = v
    return tuple(out)


class Builder:
    """Makes records on one ledger; every method returns the id of what it made."""

    def __init__(self, ledger, services) -> None:
        self.ledger = ledger
        self.services = services
        self._codes: dict[tuple[str, str], int] = {}
        self._default_agency: int | None = None
        self._seekers = 0

    # ---- look-ups and generic insert --------------------------------------------------
    def code(self, kind: str, key: str) -> int:
        if (kind, key) not in self._codes:
            with self.ledger.reading() as s:
                found = s.scalar(select(Code.id).where(Code.kind == kind, Code.code == key))
            assert found is not None, f"no code {kind}/{key}"
            self._codes[(kind, key)] = found
        return self._codes[(kind, key)]

    def add(self, row) -> int:
        with self.ledger.transaction() as s:
            s.add(row)
            s.flush()
            return row.id

    # ---- through the services ---------------------------------------------------------
    def agency(self, name: str, kana: str = "", department: str = "", kind: str = "welfare") -> int:
        return self.services.agencies.add_agency(AgencyDraft(name, kind, name_kana=kana, department=department))

    @property
    def default_agency(self) -> int:
        if self._default_agency is None:
            self._default_agency = self.agency("架空市社会福祉協議会", "かくうししゃかいふくしきょうぎかい")
        return self._default_agency

    def person(self, name: str) -> int:
        family, _, given = name.partition(" ")
        return self.services.people.create_person(PersonDraft(family_name=family, given_name=given)).id

    def case(
        self,
        on: date,
        *programmes: str,
        name: str = "",
        person: int | None = None,
        disaster: bool = False,
        referred_by: int | None = None,
    ) -> IntakeResult:
        """A case opened (intake received) on ``on`` in ``programmes`` (default 自立相談),
        for a new person called ``name`` or the existing ``person``."""
        family, _, given = (name or "架空 太郎").partition(" ")
        return self.services.cases.open_case(
            IntakeDraft(
                received_on=on,
                method="office",
                route="agency" if referred_by else "self",
                referring_agency_id=referred_by,
                programmes=programmes or ("self_reliance",),
                person=None if person else PersonDraft(family_name=family, given_name=given),
                person_id=person,
                disaster=DisasterDraft("架空川豪雨", disaster_on=date(2018, 7, 7)) if disaster else None,
            )
        )

    def contact(
        self,
        case: IntakeResult,
        on: date,
        method: str = "office",
        programme: str = "self_reliance",
        agencies: tuple[int, ...] = (),
    ) -> int:
        return self.services.cases.add_contact(
            ContactDraft(case.case_id, programme, on, method, content="相談", agency_ids=agencies)
        )

    def plan(
        self,
        case: IntakeResult,
        on: date,
        programme: str = "self_reliance",
        employment: bool = False,
        supporter_agency: int | None = None,
    ) -> int:
        actions = (SupporterActionDraft("", "支援", agency_id=supporter_agency),) if supporter_agency else ()
        return self.services.cases.add_plan(
            PlanDraft(case.case_id, programme, on, employment_support=employment, supporter_actions=actions)
        )

    def referral(
        self,
        case: IntakeResult,
        on: date,
        programme: str = "self_reliance",
        direction: str = "in",
        agency: int | None = None,
    ) -> int:
        return self.services.cases.record_referral(
            ReferralDraft(
                case.person_id,
                programme,
                direction,
                on,
                agency or self.default_agency,
                case_id=case.case_id,
            )
        )

    def evaluation(
        self,
        case: IntakeResult,
        on: date,
        level: int | None = None,
        extended: bool = False,
        kind: str = "closure",
        programme: str = "household_budget",
    ) -> int:
        return self.services.cases.record_evaluation(
            EvaluationDraft(case.case_id, programme, kind, on, level=level, extended=extended)
        )

    # ---- ORM rows (tables without a service yet) --------------------------------------
    def join(self, case: IntakeResult, programme: str, on: date) -> int:
        """The case joins another programme on ``on`` (a new membership)."""
        return self.add(
            CaseProgramme(
                case_id=case.case_id,
                programme_id=self.code("programme", programme),
                joined_on=on,
                status_id=self.code("case_status", "intake"),
            )
        )

    def membership(self, case: IntakeResult, programme: str) -> int:
        """The id of the case's membership (case_programmes row) in ``programme``."""
        with self.ledger.reading() as s:
            return s.scalar(
                select(CaseProgramme.id).where(
                    CaseProgramme.case_id == case.case_id,
                    CaseProgramme.programme_id == self.code("programme", programme),
                )
            )

    def food(self, person: int, on: date) -> int:
        return self.add(
            FoodDelivery(person_id=person, delivered_on=on, source_id=self.code("food_source", "food_bank"))
        )

    def kids_club(self, person: int, on: date, child: str = "") -> int:
        return self.add(KidsFoodClubEnrolment(person_id=person, enrolled_on=on, child_name=child))

    def sanitary(self, person: int, on: date) -> int:
        return self.add(SanitaryProductGift(person_id=person, given_on=on))

    def housing(self, person: int, on: date, kind: str = "search", agency: int | None = None) -> int:
        return self.add(
            HousingSupportAction(
                person_id=person, action_on=on, kind_id=self.code("housing_support", kind), agency_id=agency
            )
        )

    def outcome(self, person: int, on: date, kind: str = "employed", via: str | None = None) -> int:
        return self.add(
            EmploymentOutcome(
                person_id=person,
                kind_id=self.code("outcome_kind", kind),
                occurred_on=on,
                via_id=self.code("employment_via", via) if via else None,
            )
        )

    def service_use(self, person: int, on: date, service: str, agency: int | None = None) -> int:
        return self.add(
            ServiceUse(
                person_id=person,
                service_id=self.code("external_service", service),
                started_on=on,
                agency_id=agency,
            )
        )

    def learning(self, person: int, on: date, kind: str = "classroom", child: str = "") -> int:
        return self.add(
            LearningSupportReferral(
                person_id=person,
                kind_id=self.code("learning_support", kind),
                referred_on=on,
                child_name=child,
            )
        )

    def stay(self, person: int, on: date) -> int:
        return self.add(TemporaryLivingStay(person_id=person, start_on=on, place="架空シェルター"))

    def seeker(self, person: int, registered_on: date) -> int:
        self._seekers += 1
        return self.add(JobSeeker(seeker_no=f"J{self._seekers:04d}", person_id=person, registered_on=registered_on))

    def desk_use(self, seeker: int, on: date) -> int:
        return self.add(JobDeskUse(seeker_id=seeker, used_on=on, kind_id=self.code("job_desk_use", "consultation")))

    def employer(self, name: str, developed_on: date | None = None) -> int:
        return self.add(Employer(name=name, developed_on=developed_on))

    def posting(self, employer: int, on: date) -> int:
        return self.add(JobPosting(employer_id=employer, posted_on=on, title="軽作業スタッフ"))

    def placement(self, seeker: int, employer: int, on: date) -> int:
        return self.add(JobPlacement(seeker_id=seeker, employer_id=employer, placed_on=on))

    def meeting(
        self,
        on: date,
        kind: str,
        programme: str | None = None,
        *,
        status: str = "held",
        title: str = "",
        ends_on: date | None = None,
        organiser: str = "",
        summary: str = "",
        agencies: Iterable[int] = (),
    ) -> int:
        m = Meeting(
            kind_id=self.code("meeting_kind", kind),
            title=title or kind,
            programme_id=self.code("programme", programme) if programme else None,
            held_on=on,
            ends_on=ends_on,
            status=status,
            organiser=organiser,
            summary=summary,
        )
        m.attendees = [MeetingAttendee(agency_id=a) for a in agencies]
        return self.add(m)

    def review(self, meeting: int, case: IntakeResult, kind: str, programme: str) -> int:
        return self.add(
            CaseReview(
                meeting_id=meeting,
                case_id=case.case_id,
                programme_id=self.code("programme", programme),
                kind_id=self.code("review_kind", kind),
            )
        )

    def debt(self, case: IntakeResult, kind: str, recorded_on: date = date(2021, 4, 1)) -> int:
        return self.add(
            Debt(
                case_id=case.case_id,
                kind_id=self.code("debt_kind", kind),
                creditor="架空市",
                balance_yen=100_000,
                recorded_on=recorded_on,
            )
        )

    def payment(self, debt: int, on: date, yen: int) -> int:
        return self.add(Payment(debt_id=debt, paid_on=on, amount_yen=yen))

    def disaster_activity(self, on: date, kind: str, agencies: Iterable[int] = ()) -> int:
        with self.ledger.transaction() as s:
            a = DisasterActivity(activity_on=on, kind_id=self.code("disaster_activity", kind))
            a.agencies = [s.get(Agency, i) for i in agencies]
            s.add(a)
            s.flush()
            return a.id

    def visit(
        self, case: IntakeResult, on: date, programme: str, agencies: Iterable[int], planned: bool = False
    ) -> int:
        with self.ledger.transaction() as s:
            v = OutreachVisit(
                person_id=case.person_id,
                case_id=case.case_id,
                programme_id=self.code("programme", programme),
                visited_on=on,
                planned=planned,
                place_id=self.code("visit_place", "home"),
                method_id=self.code("visit_method", "visit"),
            )
            v.agencies = [s.get(Agency, i) for i in agencies]
            s.add(v)
            s.flush()
            return v.id

    def event(
        self,
        on: date,
        kind: str,
        theme: str,
        programme: str = "self_reliance",
        *,
        content: str = "",
        persons: Iterable[int] = (),
        walk_ins: int | None = None,
    ) -> int:
        with self.ledger.transaction() as s:
            e = Event(
                kind_id=self.code("event_kind", kind),
                programme_id=self.code("programme", programme),
                held_on=on,
                theme=theme,
                content=content,
                participant_count=walk_ins,
            )
            e.participants = [s.get(Person, p) for p in persons]
            s.add(e)
            s.flush()
            return e.id

    def target(self, key: str, value: int, fy: int = FY) -> int:
        return self.add(YearTarget(fiscal_year=fy, figure_key=key, target_value=value))


# ---- the edge ledger: the same records on each of the four edge dates ------------------
# What one edge date contributes to each figure (the records below, made once per date, for
# one new person per date). A date inside FY2022 adds this to the year and to its month.
PER_DATE: dict[str, int] = {
    "self_reliance.new_consultations": 1,
    "self_reliance.consultations_total": 1,
    "self_reliance.plans": 2,
    "self_reliance.plans_new": 1,
    "self_reliance.plans_revised": 1,
    "self_reliance.employment_support_targets": 1,
    "self_reliance.employed": 1,
    "self_reliance.income_increased": 1,
    "self_reliance.employed_or_income_increased": 1,
    "self_reliance.food_support.new_users": 1,
    "self_reliance.food_support.deliveries": 1,
    "self_reliance.kids_food_club.new_users": 1,
    "self_reliance.sanitary_products.recipients": 1,
    "self_reliance.housing_support": 1,
    "self_reliance.referrals_in": 1,
    "self_reliance.job_placement.uses": 1,
    "self_reliance.job_placement.job_seekers": 1,
    "self_reliance.job_placement.employers_posting": 1,
    "self_reliance.job_placement.employers_developed": 1,
    "self_reliance.job_placement.placements": 1,
    "self_reliance.welfare_employment_programme.users": 1,
    "self_reliance.welfare_employment_programme.employed": 1,
    "self_reliance.employment_preparation.users": 1,
    "self_reliance.learning_support.referrals": 1,
    "self_reliance.home_visit_learning.referrals": 1,
    "self_reliance.temporary_living_support.users": 1,
    "self_reliance.hikikomori_meeting.new_reviews": 1,
    "self_reliance.hikikomori_meeting.monitoring_reviews": 1,
    "household_budget.new_consultations": 1,
    "household_budget.use_decisions": 1,
    "household_budget.closure_reviews": 6,
    "household_budget.evaluation.exceeded": 1,
    "household_budget.evaluation.achieved": 1,
    "household_budget.evaluation.mostly_achieved": 1,
    "household_budget.evaluation.partly_achieved": 1,
    "household_budget.evaluation.not_achieved": 1,
    "household_budget.evaluation.extended": 1,
    "household_budget.repayments_yen": 1_300,
    "household_budget.coordination_meeting.new_reviews": 1,
    "household_budget.coordination_meeting.monitoring_reviews": 1,
    "disaster_recovery.activities.phone": 1,
    "disaster_recovery.activities.outreach": 1,
    "disaster_recovery.activities.office_visit": 1,
    "disaster_recovery.activities.agency_liaison": 1,
    "disaster_recovery.activities.community_and_publicity": 1,
    "disaster_recovery.referred_to_centre": 1,
    "outreach.new_consultations": 1,
    "outreach.plans": 1,
    "outreach.referrals_in": 1,
    "outreach.hikikomori_meeting.new_reviews": 1,
    "outreach.hikikomori_meeting.monitoring_reviews": 1,
    "division.consultations": 1,
}

_EDGE_NAMES = {BEFORE: "前田 あかり", FIRST: "初山 いつき", LAST: "末永 うらら", AFTER: "後藤 えいた"}


def build_edge_day(b: Builder, d: date) -> None:
    """One person whose every kind of record falls on ``d`` (see PER_DATE)."""
    c = b.case(d, "self_reliance", "household_budget", "outreach", name=_EDGE_NAMES[d], disaster=True)
    p = c.person_id
    b.contact(c, d, "office")
    b.plan(c, d, employment=True)
    b.plan(c, d)  # a re-plan the same day
    b.plan(c, d, "outreach")
    b.outcome(p, d, "employed", via="welfare_programme")
    b.outcome(p, d, "income_increase")
    b.food(p, d)
    b.kids_club(p, d, child="子")
    b.sanitary(p, d)
    b.housing(p, d)
    b.referral(c, d)
    b.referral(c, d, "outreach")
    seeker = b.seeker(p, d)
    b.desk_use(seeker, d)
    employer = b.employer(f"架空商事{d:%Y%m%d}", developed_on=d)
    b.posting(employer, d)
    b.placement(seeker, employer, d)
    b.service_use(p, d, "welfare_employment_programme")
    b.service_use(p, d, "employment_preparation")
    b.learning(p, d, "classroom")
    b.learning(p, d, "home_visit")
    b.stay(p, d)
    hiki = b.meeting(d, "hikikomori_coordination", "outreach")
    b.review(hiki, c, "new_review", "outreach")
    b.review(hiki, c, "monitoring", "self_reliance")
    budget = b.meeting(d, "budget_coordination", "household_budget")
    for kind in ("new_review", "monitoring", "use_decision"):
        b.review(budget, c, kind, "household_budget")
    for level in (1, 2, 3, 4, 5):
        b.evaluation(c, d, level=level)
    b.evaluation(c, d, extended=True)
    b.payment(b.debt(c, "resident_tax"), d, 1_000)
    b.payment(b.debt(c, "national_health_insurance"), d, 300)
    for kind in ("phone", "outreach", "office_visit", "agency_liaison", "community_and_publicity"):
        b.disaster_activity(d, kind)


def build_edges(b: Builder) -> None:
    for d in (BEFORE, FIRST, LAST, AFTER):
        build_edge_day(b, d)


# ---- one ledger with records of every kind ---------------------------------------------


def build_year(b: Builder) -> dict[str, int]:
    """A year of a small centre: every figure gets records inside and outside FY2022.

    Returns the ids of the records the figures must count (names as used in the tests).
    """
    i: dict[str, int] = {}
    hw = b.agency("架空ハローワーク", "かくうはろーわーく", kind="employment")

    a = b.case(FIRST, "self_reliance", "household_budget", name="森田 さくら")
    bb = b.case(BEFORE, name="浜口 あおい")
    c = b.case(LAST, "outreach", "self_reliance", name="谷川 しずく")
    dd = b.case(AFTER, name="岡崎 こはる")
    e = b.case(date(2022, 6, 15), "household_budget", name="石原 なぎさ")
    f = b.case(date(2022, 7, 1), name="木村 はると", disaster=True)
    b.case(date(2021, 10, 1), "disaster_recovery", "self_reliance", name="野中 いぶき", disaster=True)
    h = b.case(date(2022, 5, 10), "disaster_recovery", name="真壁 つばさ", disaster=True)
    o = b.case(date(2021, 4, 10), "self_reliance", "household_budget", name="古川 そら")
    i |= {"in.A": a.intake_id, "in.C": c.intake_id, "in.E": e.intake_id, "in.F": f.intake_id}
    i["cp.F"] = b.membership(f, "self_reliance")
    i["cp.H"] = b.join(h, "self_reliance", LAST)  # a victim who comes to the main centre later
    b.join(a, "outreach", date(2022, 9, 1))  # not a victim: not referred_to_centre

    # contacts: five consultation methods, then what is not a consultation of 自立相談
    for n, (on, method) in enumerate(
        [(FIRST, "office"), (date(2022, 5, 2), "phone"), (date(2022, 6, 3), "visit")]
        + [(date(2022, 7, 4), "accompany"), (LAST, "mail_sns")]
    ):
        i[f"co.A{n}"] = b.contact(a, on, method)
    b.contact(a, date(2022, 8, 1), "agency_talk", agencies=(hw,))
    b.contact(a, date(2022, 8, 2), "meeting")
    b.contact(a, date(2022, 9, 1), "office", programme="household_budget")
    b.contact(bb, BEFORE, "phone")
    i["co.B"] = b.contact(bb, FIRST, "office")
    b.contact(dd, AFTER, "phone")

    # plans
    i["pl.A0"] = b.plan(a, FIRST, employment=True)
    i["pl.A1"] = b.plan(a, date(2022, 10, 1), employment=True)
    b.plan(bb, BEFORE, employment=True)
    i["pl.B1"] = b.plan(bb, FIRST)
    i["pl.C0"] = b.plan(c, LAST)
    i["pl.Cor"] = b.plan(c, LAST, "outreach")
    b.plan(dd, AFTER, employment=True)
    b.plan(a, date(2022, 5, 1), "household_budget", employment=True)
    i["pl.F0"] = b.plan(f, date(2022, 8, 1), employment=True)

    # employment outcomes
    i["oc.A1"] = b.outcome(a.person_id, date(2022, 5, 20), "employed", via="hello_work")
    i["oc.A2"] = b.outcome(a.person_id, date(2022, 9, 1), "employed", via="welfare_programme")
    i["oc.B"] = b.outcome(bb.person_id, date(2022, 6, 10), "income_increase")
    i["oc.F1"] = b.outcome(f.person_id, LAST, "employed", via="welfare_programme")
    i["oc.F2"] = b.outcome(f.person_id, date(2022, 12, 1), "income_increase")
    b.outcome(c.person_id, AFTER, "employed", via="welfare_programme")
    b.outcome(e.person_id, BEFORE, "income_increase")

    # food, kids food club, sanitary products, housing support
    i["fd.A1"] = b.food(a.person_id, date(2022, 4, 5))
    i["fd.A2"] = b.food(a.person_id, date(2022, 6, 5))
    i["fd.A3"] = b.food(a.person_id, date(2022, 8, 5))
    b.food(bb.person_id, date(2021, 12, 1))
    i["fd.B"] = b.food(bb.person_id, date(2022, 7, 1))
    i["fd.E"] = b.food(e.person_id, LAST)
    b.food(f.person_id, AFTER)
    i["kc.A1"] = b.kids_club(a.person_id, FIRST, "森田 ひなた")
    i["kc.A2"] = b.kids_club(a.person_id, FIRST, "森田 ゆうと")
    b.kids_club(bb.person_id, BEFORE, "浜口 そうま")
    i["sp.A1"] = b.sanitary(a.person_id, date(2022, 5, 1))
    i["sp.A2"] = b.sanitary(a.person_id, date(2022, 11, 1))
    i["sp.E"] = b.sanitary(e.person_id, date(2022, 6, 1))
    b.sanitary(bb.person_id, AFTER)
    i["hs.A1"] = b.housing(a.person_id, date(2022, 4, 10), "search")
    i["hs.A2"] = b.housing(a.person_id, date(2022, 4, 20), "guarantor")
    b.housing(bb.person_id, AFTER)

    # referrals
    i["rf.A1"] = b.referral(a, FIRST, agency=hw)
    i["rf.A2"] = b.referral(a, date(2022, 5, 1), agency=hw)
    b.referral(a, date(2022, 6, 1), direction="out", agency=hw)
    i["rf.Cor"] = b.referral(c, LAST, "outreach")
    i["rf.Csr"] = b.referral(c, LAST)
    b.referral(bb, BEFORE)
    b.referral(dd, AFTER)

    # the job-placement desk
    s1 = b.seeker(a.person_id, date(2021, 11, 1))
    i["ju.1"] = b.desk_use(s1, date(2022, 4, 15))
    i["ju.2"] = b.desk_use(s1, date(2022, 5, 15))
    i["ju.3"] = b.desk_use(s1, LAST)
    i["js.2"] = s2 = b.seeker(e.person_id, date(2022, 9, 1))
    s3 = b.seeker(bb.person_id, date(2021, 5, 1))
    b.desk_use(s3, date(2021, 12, 1))
    b.seeker(f.person_id, AFTER)
    i["em.1"] = emp1 = b.employer("架空運輸株式会社", FIRST)
    emp2 = b.employer("架空食品有限会社", date(2021, 5, 1))
    emp3 = b.employer("架空清掃サービス")
    b.employer("架空介護センター", AFTER)
    i["po.1"] = b.posting(emp1, date(2022, 4, 2))
    i["po.2"] = b.posting(emp1, date(2022, 10, 2))
    i["po.3"] = b.posting(emp2, date(2022, 11, 11))
    b.posting(emp3, BEFORE)
    i["pc.1"] = b.placement(s1, emp1, date(2022, 6, 1))
    i["pc.2"] = b.placement(s2, emp2, LAST)
    b.placement(s3, emp1, BEFORE)

    # other programmes' services, learning support, temporary living
    i["su.A1"] = b.service_use(a.person_id, FIRST, "welfare_employment_programme", agency=hw)
    i["su.A2"] = b.service_use(a.person_id, date(2022, 10, 1), "welfare_employment_programme")
    b.service_use(bb.person_id, BEFORE, "welfare_employment_programme")
    i["su.F"] = b.service_use(f.person_id, date(2022, 12, 1), "welfare_employment_programme")
    i["su.E"] = b.service_use(e.person_id, date(2022, 5, 1), "employment_preparation")
    b.service_use(a.person_id, date(2022, 5, 1), "certified_training")
    i["ls.A1"] = b.learning(a.person_id, FIRST, "classroom", "森田 ひなた")
    i["ls.A2"] = b.learning(a.person_id, FIRST, "classroom", "森田 ゆうと")
    i["ls.B"] = b.learning(bb.person_id, date(2022, 9, 9), "home_visit", "浜口 そうま")
    b.learning(c.person_id, AFTER, "classroom")
    i["st.B1"] = b.stay(bb.person_id, FIRST)
    i["st.B2"] = b.stay(bb.person_id, date(2022, 8, 1))
    b.stay(f.person_id, BEFORE)

    # meetings and the case reviews decided there
    m1 = b.meeting(FIRST, "hikikomori_coordination", "outreach")
    i["rv.1"] = b.review(m1, a, "new_review", "self_reliance")
    i["rv.2"] = b.review(m1, c, "monitoring", "outreach")
    b.review(b.meeting(BEFORE, "hikikomori_coordination"), bb, "new_review", "self_reliance")
    i["rv.3"] = b.review(b.meeting(LAST, "hikikomori_coordination", "self_reliance"), a, "monitoring", "self_reliance")
    b.review(b.meeting(AFTER, "hikikomori_coordination"), c, "new_review", "outreach")
    b.review(b.meeting(date(2022, 9, 1), "hikikomori_coordination", status="cancelled"), f, "new_review", "outreach")
    m6 = b.meeting(FIRST, "budget_coordination", "household_budget")
    i["rv.4"] = b.review(m6, a, "new_review", "household_budget")
    i["rv.5"] = b.review(m6, a, "use_decision", "household_budget")
    m7 = b.meeting(date(2022, 6, 28), "budget_coordination", "household_budget")
    i["rv.6"] = b.review(m7, e, "new_review", "household_budget")
    i["rv.7"] = b.review(m7, a, "use_decision", "household_budget")
    i["rv.8"] = b.review(m7, e, "use_decision", "household_budget")
    i["rv.9"] = b.review(m7, a, "monitoring", "household_budget")
    i["rv.10"] = b.review(
        b.meeting(LAST, "budget_coordination", "household_budget"), e, "monitoring", "household_budget"
    )
    m9 = b.meeting(BEFORE, "budget_coordination", "household_budget")
    b.review(m9, o, "new_review", "household_budget")
    b.review(m9, o, "use_decision", "household_budget")
    m10 = b.meeting(AFTER, "budget_coordination", "household_budget")
    b.review(m10, o, "monitoring", "household_budget")
    b.review(m10, e, "use_decision", "household_budget")
    m11 = b.meeting(date(2022, 10, 10), "budget_coordination", "household_budget", status="cancelled")
    b.review(m11, o, "new_review", "household_budget")
    b.review(m11, o, "use_decision", "household_budget")
    m12 = b.meeting(date(2022, 11, 1), "regular_coordination", "self_reliance")
    i["rv.11"] = b.review(m12, o, "use_decision", "household_budget")
    b.review(m12, o, "new_review", "self_reliance")

    # closure evaluations of 家計改善
    i["ev.A1"] = b.evaluation(a, FIRST, level=1)
    i["ev.E2"] = b.evaluation(e, LAST, level=2)
    i["ev.O3"] = b.evaluation(o, date(2022, 10, 1), level=3)
    i["ev.O4"] = b.evaluation(o, date(2022, 7, 1), level=4)
    i["ev.E5"] = b.evaluation(e, date(2023, 1, 15), level=5)
    i["ev.Ax"] = b.evaluation(a, date(2022, 12, 1), extended=True)
    b.evaluation(o, BEFORE, level=3)
    b.evaluation(e, AFTER, level=5)
    b.evaluation(a, date(2022, 6, 1), kind="monitoring")
    b.evaluation(a, date(2022, 8, 1), level=2, programme="self_reliance")

    # repayments
    tax = b.debt(a, "resident_tax")
    i["pa.1"] = b.payment(tax, FIRST, 10_000)
    i["pa.2"] = b.payment(tax, LAST, 5_000)
    b.payment(tax, BEFORE, 7_000)
    b.payment(tax, AFTER, 3_000)
    i["pa.3"] = b.payment(b.debt(a, "national_health_insurance"), date(2022, 8, 31), 12_300)
    b.payment(b.debt(bb, "consumer_finance"), date(2022, 5, 1), 50_000)  # 浜口: not in 家計改善
    i["pa.4"] = b.payment(b.debt(e, "rent"), date(2022, 7, 15), 8_000)

    # the disaster programme's activities
    i["da.phone1"] = b.disaster_activity(FIRST, "phone")
    i["da.phone2"] = b.disaster_activity(date(2022, 5, 1), "phone")
    i["da.outreach"] = b.disaster_activity(LAST, "outreach")
    i["da.office"] = b.disaster_activity(date(2022, 6, 1), "office_visit")
    i["da.liaison"] = b.disaster_activity(date(2022, 7, 1), "agency_liaison", agencies=(hw,))
    i["da.community"] = b.disaster_activity(date(2022, 8, 1), "community_and_publicity")
    b.disaster_activity(BEFORE, "phone")
    b.disaster_activity(AFTER, "outreach")
    return i


YEAR_VALUES = {
    "self_reliance.new_consultations": 3,
    "self_reliance.consultations_total": 6,
    "self_reliance.plans": 5,
    "self_reliance.plans_new": 3,
    "self_reliance.plans_revised": 2,
    "self_reliance.employment_support_targets": 2,
    "self_reliance.employed": 2,
    "self_reliance.income_increased": 2,
    "self_reliance.employed_or_income_increased": 3,
    "self_reliance.food_support.new_users": 2,
    "self_reliance.food_support.deliveries": 5,
    "self_reliance.kids_food_club.new_users": 2,
    "self_reliance.sanitary_products.recipients": 2,
    "self_reliance.housing_support": 2,
    "self_reliance.referrals_in": 3,
    "self_reliance.job_placement.uses": 3,
    "self_reliance.job_placement.job_seekers": 2,
    "self_reliance.job_placement.employers_posting": 2,
    "self_reliance.job_placement.employers_developed": 1,
    "self_reliance.job_placement.placements": 2,
    "self_reliance.welfare_employment_programme.users": 2,
    "self_reliance.welfare_employment_programme.employed": 2,
    "self_reliance.employment_preparation.users": 1,
    "self_reliance.learning_support.referrals": 2,
    "self_reliance.home_visit_learning.referrals": 1,
    "self_reliance.temporary_living_support.users": 1,
    "self_reliance.hikikomori_meeting.new_reviews": 1,
    "self_reliance.hikikomori_meeting.monitoring_reviews": 2,
    "household_budget.new_consultations": 2,
    "household_budget.use_decisions": 3,
    "household_budget.closure_reviews": 6,
    "household_budget.evaluation.exceeded": 1,
    "household_budget.evaluation.achieved": 1,
    "household_budget.evaluation.mostly_achieved": 1,
    "household_budget.evaluation.partly_achieved": 1,
    "household_budget.evaluation.not_achieved": 1,
    "household_budget.evaluation.extended": 1,
    "household_budget.repayments_yen": 35_300,
    "household_budget.coordination_meeting.new_reviews": 2,
    "household_budget.coordination_meeting.monitoring_reviews": 2,
    "disaster_recovery.activities.phone": 2,
    "disaster_recovery.activities.outreach": 1,
    "disaster_recovery.activities.office_visit": 1,
    "disaster_recovery.activities.agency_liaison": 1,
    "disaster_recovery.activities.community_and_publicity": 1,
    "disaster_recovery.referred_to_centre": 2,
    "outreach.new_consultations": 1,
    "outreach.plans": 1,
    "outreach.referrals_in": 1,
    "outreach.hikikomori_meeting.new_reviews": 1,
    "outreach.hikikomori_meeting.monitoring_reviews": 2,
    "division.consultations": 3,
}

# key → (kind of record, names (as returned by build_year) of the records it counts)
YEAR_RECORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "self_reliance.new_consultations": ("intakes", ("in.A", "in.C", "in.F")),
    "self_reliance.consultations_total": ("contacts", ("co.A0", "co.A1", "co.A2", "co.A3", "co.A4", "co.B")),
    "self_reliance.plans": ("plans", ("pl.A0", "pl.A1", "pl.B1", "pl.C0", "pl.F0")),
    "self_reliance.plans_new": ("plans", ("pl.A0", "pl.C0", "pl.F0")),
    "self_reliance.plans_revised": ("plans", ("pl.A1", "pl.B1")),
    "self_reliance.employment_support_targets": ("plans", ("pl.A0", "pl.A1", "pl.F0")),
    "self_reliance.employed": ("employment_outcomes", ("oc.A1", "oc.A2", "oc.F1")),
    "self_reliance.income_increased": ("employment_outcomes", ("oc.B", "oc.F2")),
    "self_reliance.employed_or_income_increased": (
        "employment_outcomes",
        ("oc.A1", "oc.A2", "oc.B", "oc.F1", "oc.F2"),
    ),
    "self_reliance.food_support.new_users": ("food_deliveries", ("fd.A1", "fd.E")),
    "self_reliance.food_support.deliveries": ("food_deliveries", ("fd.A1", "fd.A2", "fd.A3", "fd.B", "fd.E")),
    "self_reliance.kids_food_club.new_users": ("kids_food_club_enrolments", ("kc.A1", "kc.A2")),
    "self_reliance.sanitary_products.recipients": ("sanitary_product_gifts", ("sp.A1", "sp.A2", "sp.E")),
    "self_reliance.housing_support": ("housing_support_actions", ("hs.A1", "hs.A2")),
    "self_reliance.referrals_in": ("referrals", ("rf.A1", "rf.A2", "rf.Csr")),
    "self_reliance.job_placement.uses": ("job_desk_uses", ("ju.1", "ju.2", "ju.3")),
    "self_reliance.job_placement.employers_posting": ("job_postings", ("po.1", "po.2", "po.3")),
    "self_reliance.job_placement.employers_developed": ("employers", ("em.1",)),
    "self_reliance.job_placement.placements": ("job_placements", ("pc.1", "pc.2")),
    "self_reliance.welfare_employment_programme.users": ("service_uses", ("su.A1", "su.A2", "su.F")),
    "self_reliance.welfare_employment_programme.employed": ("employment_outcomes", ("oc.A2", "oc.F1")),
    "self_reliance.employment_preparation.users": ("service_uses", ("su.E",)),
    "self_reliance.learning_support.referrals": ("learning_support_referrals", ("ls.A1", "ls.A2")),
    "self_reliance.home_visit_learning.referrals": ("learning_support_referrals", ("ls.B",)),
    "self_reliance.temporary_living_support.users": ("temporary_living_stays", ("st.B1", "st.B2")),
    "self_reliance.hikikomori_meeting.new_reviews": ("case_reviews", ("rv.1",)),
    "self_reliance.hikikomori_meeting.monitoring_reviews": ("case_reviews", ("rv.2", "rv.3")),
    "household_budget.new_consultations": ("intakes", ("in.A", "in.E")),
    "household_budget.use_decisions": ("case_reviews", ("rv.5", "rv.7", "rv.8", "rv.11")),
    "household_budget.closure_reviews": (
        "evaluations",
        ("ev.A1", "ev.E2", "ev.O3", "ev.O4", "ev.E5", "ev.Ax"),
    ),
    "household_budget.evaluation.exceeded": ("evaluations", ("ev.A1",)),
    "household_budget.evaluation.achieved": ("evaluations", ("ev.E2",)),
    "household_budget.evaluation.mostly_achieved": ("evaluations", ("ev.O3",)),
    "household_budget.evaluation.partly_achieved": ("evaluations", ("ev.O4",)),
    "household_budget.evaluation.not_achieved": ("evaluations", ("ev.E5",)),
    "household_budget.evaluation.extended": ("evaluations", ("ev.Ax",)),
    "household_budget.repayments_yen": ("payments", ("pa.1", "pa.2", "pa.3", "pa.4")),
    "household_budget.coordination_meeting.new_reviews": ("case_reviews", ("rv.4", "rv.6")),
    "household_budget.coordination_meeting.monitoring_reviews": ("case_reviews", ("rv.9", "rv.10")),
    "disaster_recovery.activities.phone": ("disaster_activities", ("da.phone1", "da.phone2")),
    "disaster_recovery.activities.outreach": ("disaster_activities", ("da.outreach",)),
    "disaster_recovery.activities.office_visit": ("disaster_activities", ("da.office",)),
    "disaster_recovery.activities.agency_liaison": ("disaster_activities", ("da.liaison",)),
    "disaster_recovery.activities.community_and_publicity": ("disaster_activities", ("da.community",)),
    "disaster_recovery.referred_to_centre": ("case_programmes", ("cp.F", "cp.H")),
    "outreach.new_consultations": ("intakes", ("in.C",)),
    "outreach.plans": ("plans", ("pl.Cor",)),
    "outreach.referrals_in": ("referrals", ("rf.Cor",)),
    "outreach.hikikomori_meeting.new_reviews": ("case_reviews", ("rv.1",)),
    "outreach.hikikomori_meeting.monitoring_reviews": ("case_reviews", ("rv.2", "rv.3")),
    "division.consultations": ("intakes", ("in.A", "in.C", "in.F")),
}
