"""The SQL sources of the annual-report figures: each selects the records one figure counts
(the catalogue is app/services/stats_figures.py; docs/statistics.md says it in prose).

Every source returns the same labelled columns, so one definition gives the value, the
monthly breakdown and the drill-down list:
``kind`` (table of the record), ``rid`` (its id), ``on`` (the date that decides the year),
``subject`` (what a distinct figure counts once: a person, a case, an employer), ``person_id``
and ``amount`` (yen, for sums).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, Integer, Select, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from app.models import (
    Case,
    CaseProgramme,
    CaseReview,
    Code,
    Contact,
    Debt,
    DisasterActivity,
    DisasterDetail,
    Employer,
    EmploymentOutcome,
    FoodDelivery,
    Intake,
    JobDeskUse,
    JobPlacement,
    JobPosting,
    JobSeeker,
    LearningSupportReferral,
    Meeting,
    Payment,
    Plan,
    Referral,
    ServiceUse,
)
from app.models.cases import intake_programmes


@dataclass
class Ctx:
    """What a source needs: the year's bounds and code ids by (kind, key)."""

    session: Session
    start: date
    end: date
    _codes: dict[tuple[str, str], int] | None = None

    def code(self, kind: str, key: str) -> int:
        if self._codes is None:
            self._codes = {(k, c): i for i, k, c in self.session.execute(select(Code.id, Code.kind, Code.code))}
        return self._codes.get((kind, key), -1)

    def codes_where(self, kind: str, attr: str) -> list[int]:
        rows = self.session.execute(select(Code.id, Code.attrs).where(Code.kind == kind))
        return [i for i, attrs in rows if (attrs or {}).get(attr)]

    def within(self, column) -> object:
        return column.between(self.start, self.end)


Source = Callable[[Ctx], Select]


def _cols(kind: str, rid, on, subject=None, person=None, amount=None) -> list:
    return [
        literal(kind).label("kind"),
        rid.label("rid"),
        on.label("on"),
        (subject if subject is not None else cast(null(), Integer)).label("subject"),
        (person if person is not None else cast(null(), Integer)).label("person_id"),
        (amount if amount is not None else cast(null(), BigInteger)).label("amount"),
    ]


# ---- sources -----------------------------------------------------------------------------
def intakes_of(programme: str) -> Source:
    def src(c: Ctx) -> Select:
        return (
            select(*_cols("intakes", Intake.id, Intake.received_on, Case.person_id, Case.person_id))
            .join(Case, Case.id == Intake.case_id)
            .join(intake_programmes, intake_programmes.c.owner_id == Intake.id)
            .where(
                intake_programmes.c.code_id == c.code("programme", programme),
                c.within(Intake.received_on),
            )
        )

    return src


def consultation_contacts(c: Ctx) -> Select:
    return (
        select(*_cols("contacts", Contact.id, Contact.contact_on, Case.person_id, Case.person_id))
        .join(Case, Case.id == Contact.case_id)
        .where(
            Contact.programme_id == c.code("programme", "self_reliance"),
            Contact.method_id.in_(c.codes_where("contact_method", "consultation")),
            c.within(Contact.contact_on),
        )
    )


def plans_of(programme: str, revision: str = "all", employment_only: bool = False) -> Source:
    def src(c: Ctx) -> Select:
        q = (
            select(*_cols("plans", Plan.id, Plan.made_on, Case.person_id, Case.person_id))
            .join(Case, Case.id == Plan.case_id)
            .where(Plan.programme_id == c.code("programme", programme), c.within(Plan.made_on))
        )
        if revision == "first":
            q = q.where(Plan.revision_no == 0)
        elif revision == "re":
            q = q.where(Plan.revision_no > 0)
        if employment_only:
            q = q.where(Plan.employment_support.is_(True))
        return q

    return src


def outcomes(*kinds: str, via: str | None = None) -> Source:
    def src(c: Ctx) -> Select:
        o = EmploymentOutcome
        q = select(*_cols("employment_outcomes", o.id, o.occurred_on, o.person_id, o.person_id)).where(
            o.kind_id.in_([c.code("outcome_kind", k) for k in kinds]), c.within(o.occurred_on)
        )
        return q if via is None else q.where(o.via_id == c.code("employment_via", via))

    return src


def food_first_ever(c: Ctx) -> Select:
    """Each person's first delivery ever (by date, then id), where it falls in the year."""
    rank = func.row_number().over(
        partition_by=FoodDelivery.person_id, order_by=(FoodDelivery.delivered_on, FoodDelivery.id)
    )
    ranked = select(
        FoodDelivery.id.label("rid"),
        FoodDelivery.delivered_on.label("on"),
        FoodDelivery.person_id.label("pid"),
        rank.label("n"),
    ).subquery()
    return select(*_cols("food_deliveries", ranked.c.rid, ranked.c.on, ranked.c.pid, ranked.c.pid)).where(
        ranked.c.n == 1, ranked.c.on.between(c.start, c.end)
    )


def simple(
    model,
    kind: str,
    date_col: str,
    person_col: str | None = "person_id",
    subject: str | None = None,
) -> Source:
    def src(c: Ctx) -> Select:
        on = getattr(model, date_col)
        person = getattr(model, person_col) if person_col else None
        subj = getattr(model, subject) if subject else person
        return select(*_cols(kind, model.id, on, subj, person)).where(c.within(on))

    return src


def referrals_in(programme: str) -> Source:
    def src(c: Ctx) -> Select:
        r = Referral
        return select(*_cols("referrals", r.id, r.referred_on, r.person_id, r.person_id)).where(
            r.direction == "in",
            r.programme_id == c.code("programme", programme),
            c.within(r.referred_on),
        )

    return src


def _seeker_records(kind: str, model, date_col: str) -> Source:
    """Records of the job desk that belong to a job seeker (and so to the seeker's person)."""

    def src(c: Ctx) -> Select:
        on = getattr(model, date_col)
        person = JobSeeker.person_id
        return (
            select(*_cols(kind, model.id, on, person, person))
            .join(JobSeeker, JobSeeker.id == model.seeker_id)
            .where(c.within(on))
        )

    return src


desk_uses = _seeker_records("job_desk_uses", JobDeskUse, "used_on")
placements = _seeker_records("job_placements", JobPlacement, "placed_on")


def job_seekers(c: Ctx) -> Select:
    """Seekers registered in the year, and seekers who used the desk in the year."""
    person = JobSeeker.person_id
    regs = select(*_cols("job_seekers", JobSeeker.id, JobSeeker.registered_on, person, person)).where(
        c.within(JobSeeker.registered_on)
    )
    u = union_all(regs, desk_uses(c)).subquery()
    return select(u.c.kind, u.c.rid, u.c.on, u.c.subject, u.c.person_id, u.c.amount)


def employers_posting(c: Ctx) -> Select:
    return select(*_cols("job_postings", JobPosting.id, JobPosting.posted_on, JobPosting.employer_id)).where(
        c.within(JobPosting.posted_on)
    )


def employers_developed(c: Ctx) -> Select:
    return select(*_cols("employers", Employer.id, Employer.developed_on, Employer.id)).where(
        Employer.developed_on.is_not(None), c.within(Employer.developed_on)
    )


def service_started(service: str) -> Source:
    def src(c: Ctx) -> Select:
        s = ServiceUse
        return select(*_cols("service_uses", s.id, s.started_on, s.person_id, s.person_id)).where(
            s.service_id == c.code("external_service", service), c.within(s.started_on)
        )

    return src


def learning(kind: str) -> Source:
    def src(c: Ctx) -> Select:
        r = LearningSupportReferral
        return select(*_cols("learning_support_referrals", r.id, r.referred_on, r.person_id, r.person_id)).where(
            r.kind_id == c.code("learning_support", kind), c.within(r.referred_on)
        )

    return src


def reviews(meeting_kind: str, review_kind: str, programme: str | None = None, distinct_cases: bool = False) -> Source:
    def src(c: Ctx) -> Select:
        r = CaseReview
        q = (
            select(
                *_cols(
                    "case_reviews",
                    r.id,
                    Meeting.held_on,
                    r.case_id if distinct_cases else None,
                    Case.person_id,
                )
            )
            .join(Meeting, Meeting.id == r.meeting_id)
            .join(Case, Case.id == r.case_id)
            .where(
                Meeting.status != "cancelled",
                r.kind_id == c.code("review_kind", review_kind),
                c.within(Meeting.held_on),
            )
        )
        if meeting_kind:
            q = q.where(Meeting.kind_id == c.code("meeting_kind", meeting_kind))
        if programme:
            q = q.where(r.programme_id == c.code("programme", programme))
        return q

    return src


def closure_evaluations(level: int | None = None, extended: bool | None = None) -> Source:
    from app.models import Evaluation as E

    def src(c: Ctx) -> Select:
        q = (
            select(*_cols("evaluations", E.id, E.evaluated_on, Case.person_id, Case.person_id))
            .join(Case, Case.id == E.case_id)
            .where(
                E.kind == "closure",
                E.programme_id == c.code("programme", "household_budget"),
                c.within(E.evaluated_on),
            )
        )
        if level is not None:
            q = q.where(E.level == level)
        if extended is not None:
            q = q.where(E.extended.is_(extended))
        return q

    return src


def repayments(c: Ctx) -> Select:
    budget = select(CaseProgramme.case_id).where(CaseProgramme.programme_id == c.code("programme", "household_budget"))
    return (
        select(
            *_cols(
                "payments",
                Payment.id,
                Payment.paid_on,
                Case.person_id,
                Case.person_id,
                Payment.amount_yen,
            )
        )
        .join(Debt, Debt.id == Payment.debt_id)
        .join(Case, Case.id == Debt.case_id)
        .where(c.within(Payment.paid_on), Debt.case_id.in_(budget))
    )


def disaster_activities(kind: str) -> Source:
    def src(c: Ctx) -> Select:
        a = DisasterActivity
        return select(*_cols("disaster_activities", a.id, a.activity_on, None, a.person_id)).where(
            a.kind_id == c.code("disaster_activity", kind), c.within(a.activity_on)
        )

    return src


def victims_to_centre(c: Ctx) -> Select:
    """Persons with disaster details (on any of their cases) whose case joined the main
    centre's programme in the year."""
    cp = CaseProgramme
    victims = select(Case.person_id).join(DisasterDetail, DisasterDetail.case_id == Case.id)
    return (
        select(*_cols("case_programmes", cp.id, cp.joined_on, Case.person_id, Case.person_id))
        .join(Case, Case.id == cp.case_id)
        .where(
            cp.programme_id == c.code("programme", "self_reliance"), c.within(cp.joined_on), Case.person_id.in_(victims)
        )
    )
