"""One intake: the person (new or returning), the case, the intake form with topics, the
programme memberships, disaster details and the assessment."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from app.services.demo.context import Ctx, clock
from app.services.demo.destiny import Slot
from app.services.demo.people import PersonInfo, add_children, add_parent, add_spouse, new_person
from app.services.demo.texts import LIFE_HISTORY, STRENGTHS

WISHES = (
    "生活費の工面について相談したい",
    "仕事を見つけたい",
    "滞納している支払いをどうすればよいか知りたい",
    "今の住まいに住み続けたい",
    "家族のことを相談したい",
    "何から手をつければよいかわからない",
)
TOPIC_PRIORITY = (
    "no_food",
    "housing",
    "dv_abuse",
    "hikikomori",
    "debt",
    "tax_utilities",
    "rent_loan",
    "job_search",
    "income",
    "health",
    "childcare",
    "care",
    "family",
    "work_trouble",
    "community",
    "other",
)
ISSUES_OF_TOPIC = {
    "income": "economic",
    "job_search": "job_hunting",
    "family": "family",
    "health": "illness",
    "tax_utilities": "budgeting",
    "rent_loan": "budgeting",
    "debt": "debt",
    "housing": "unstable_housing",
    "hikikomori": "isolation",
    "childcare": "childcare",
    "care": "care",
    "dv_abuse": "dv_abuse",
    "no_food": "economic",
    "work_trouble": "job_hunting",
}
DISASTER_NAME = "平成30年7月豪雨"
DISASTER_ON = date(2018, 7, 6)


@dataclass(slots=True)
class CaseRec:
    """A case being written, with the milestones each programme passed (for its status)."""

    id: int
    no: str
    person: PersonInfo
    slot: Slot
    opened: date
    counsellor: int
    topics: list[str]
    row: dict
    assessed: date | None = None
    referring: int | None = None
    method: str = "office"
    last: date = date.min
    milestones: dict[str, list[tuple[str, date]]] = field(default_factory=dict)
    city_decision: dict[str, date] = field(default_factory=dict)

    def touch(self, on: date | None) -> None:
        if on is not None and on > self.last:
            self.last = on

    def reach(self, programme: str, status: str, on: date) -> None:
        self.milestones.setdefault(programme, []).append((status, on))


def age_on(birth: date, on: date) -> int:
    """Age in full years on ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def choose_person(ctx: Ctx, rng: random.Random, slot: Slot, on: date, used: set[int]) -> PersonInfo:
    """A person from earlier years (slot.returning) or a new one with the slot's profile."""
    pool: list[PersonInfo] = ctx.shared.setdefault("persons_before", [])
    if slot.returning and pool:
        for _ in range(8):
            person = rng.choice(pool)
            if person.id not in used and age_on(person.birth, on) < 90:
                used.add(person.id)
                return person
    person = new_person(ctx, rng, on, slot.profile, slot.gender)
    needed = max(slot.kids, int(slot.classroom) + int(slot.home_visit))
    if slot.profile == "parent":
        add_children(ctx, rng, person, on, max(1, needed, rng.randint(1, 3)))
        if rng.random() < 0.35:
            add_spouse(ctx, rng, person, on)
    elif slot.profile == "budget" and rng.random() < 0.5:
        add_spouse(ctx, rng, person, on)
    elif slot.hikikomori and rng.random() < 0.6:
        add_parent(ctx, rng, person, on)
    ctx.shared.setdefault("persons_new", []).append(person)
    used.add(person.id)
    return person


def choose_topics(rng: random.Random, slot: Slot, age: int) -> list[str]:
    """Ticked topics, the most pressing one first."""
    t: set[str] = set()
    flags = (
        (slot.food, "no_food"),
        (slot.housing or slot.temp_living, "housing"),
        (slot.hikikomori, "hikikomori"),
        (slot.es or slot.seeker_uses > 0, "job_search"),
        (slot.profile == "parent", "childcare"),
    )
    t.update(topic for flag, topic in flags if flag)
    if "household_budget" in slot.programmes:
        t.update(rng.sample(("tax_utilities", "debt", "rent_loan"), rng.randint(1, 2)))
    for topic, p in (
        ("income", 0.65),
        ("health", 0.25),
        ("family", 0.1),
        ("work_trouble", 0.08),
        ("community", 0.03),
        ("dv_abuse", 0.02),
        ("other", 0.02),
        ("care", 0.12 if age >= 60 else 0.02),
    ):
        if rng.random() < p:
            t.add(topic)
    return [topic for topic in TOPIC_PRIORITY if topic in t] or ["income"]


def _counsellor(ctx: Ctx, rng: random.Random, slot: Slot) -> int:
    if not slot.sr:
        return ctx.one_staff(rng, "outreach_worker" if slot.outreach else "budget_advisor")
    if slot.victim:
        return ctx.staff["disaster"][0]
    return ctx.one_staff(
        rng, "counsellor", "counsellor", "chief_counsellor", "employment_counsellor" if slot.es else "counsellor"
    )


def _b_form(ctx: Ctx, rng: random.Random, slot: Slot, age: int) -> dict[str, int | None]:
    def pick(kind: str, options: dict[str, float]) -> int:
        return ctx.code(kind, rng.choices(list(options), weights=list(options.values()))[0])

    if age >= 65:
        work = {"pension": 70, "part_time": 20, "other": 10}
    elif slot.es:
        work = {"unemployed": 60, "part_time": 30, "other": 10}
    else:
        work = {"regular": 15, "part_time": 30, "self_employed": 5, "unemployed": 35, "other": 15}
    housing = (
        {"homeless": 100} if slot.temp_living else {"rented": 50, "owned": 22, "public": 15, "company": 5, "other": 8}
    )
    insurance = (
        {"late_elderly": 100} if age >= 75 else {"national": 55, "employee": 30, "welfare": 5, "none": 4, "other": 6}
    )
    pension = (
        {"receiving": 100} if age >= 65 else {"national": 40, "employee": 30, "unpaid": 15, "exempt": 10, "unknown": 5}
    )
    return {
        "work_status_id": pick("work_status", work),
        "housing_status_id": pick("housing_status", housing),
        "health_insurance_id": pick("health_insurance", insurance),
        "pension_id": pick("pension_status", pension),
        "certificate_id": pick(
            "certificate", {"none": 80, "mental": 8, "physical": 5, "intellectual": 3, "care": 2, "applying": 2}
        ),
        "welfare_history_id": pick("welfare_history", {"none": 85, "past": 10, "applying": 3, "current": 2}),
    }


def _referring_agency(ctx: Ctx, rng: random.Random, topics: list[str]) -> int:
    for topic, tag in (
        ("tax_utilities", "tax"),
        ("debt", "consumer"),
        ("hikikomori", "health"),
        ("childcare", "child"),
        ("health", "medical"),
        ("care", "elderly"),
    ):
        if topic in topics and rng.random() < 0.5:
            return ctx.agency(rng, tag)
    return ctx.agency(rng, "ref")


def _intake_method(rng: random.Random, slot: Slot) -> str:
    if slot.outreach:
        options = {"visit": 45, "phone": 25, "office": 15, "with_agency": 15}
    else:
        options = {"office": 48, "phone": 38, "with_agency": 8, "mail": 3, "visit": 3}
    return rng.choices(list(options), weights=list(options.values()))[0]


def write_intake(ctx: Ctx, rng: random.Random, rec: CaseRec, method: str) -> int:
    """The intake form with its topics and programmes; returns its id."""
    slot, on, person = rec.slot, rec.opened, rec.person
    referring = _referring_agency(ctx, rng, rec.topics) if slot.route == "agency" else None
    rec.referring = referring
    consent = rng.random() < (0.95 if referring else 0.85)
    companion = rng.random() < 0.08
    iid = ctx.sink.add(
        "intakes",
        on,
        case_id=rec.id,
        received_on=on,
        received_at=clock(rng),
        received_by_id=rec.counsellor,
        method_id=ctx.code("intake_method", method),
        route_id=ctx.code("consult_route", slot.route),
        referring_agency_id=referring,
        primary_topic_id=ctx.code("consult_topic", rec.topics[0]),
        other_topic_text="書類の手続きがわからない" if "other" in rec.topics else "",
        wishes=rng.choice(WISHES),
        consent_given=consent,
        consent_on=on if consent else None,
        companion_name=f"{person.family} {rng.choice(('母', '父', '姉', '兄'))}" if companion else "",
        companion_phone=f"090-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}" if companion else "",
        companion_relationship_id=ctx.code("relationship", rng.choice(("mother", "father", "sibling")))
        if companion
        else None,
        certificate_note="",
        notes="",
        **_b_form(ctx, rng, slot, age_on(person.birth, on)),
    )
    ctx.sink.link("intake_topics", iid, [ctx.code("consult_topic", t) for t in rec.topics])
    ctx.sink.link("intake_programmes", iid, [ctx.code("programme", p) for p in slot.programmes])
    return iid


def open_case(ctx: Ctx, rng: random.Random, slot: Slot, on: date, case_no: str, used: set[int]) -> CaseRec:
    """Person, case (status filled in later), intake, disaster details and assessment."""
    person = choose_person(ctx, rng, slot, on, used)
    counsellor = _counsellor(ctx, rng, slot)
    topics = choose_topics(rng, slot, age_on(person.birth, on))
    case_id = ctx.sink.add(
        "cases",
        on,
        case_no=case_no,
        person_id=person.id,
        opened_on=on,
        counsellor_id=counsellor,
        status_id=ctx.code("case_status", "intake"),
        screening_result_id=ctx.code("screening_result", slot.screening),
        emergency_support=slot.food > 0 and rng.random() < 0.5,
        closed_on=None,
        closure_reason_id=None,
        note="",
    )
    rec = CaseRec(case_id, case_no, person, slot, on, counsellor, topics, ctx.sink.rows["cases"][-1], last=on)
    rec.method = _intake_method(rng, slot)
    write_intake(ctx, rng, rec, rec.method)
    if slot.victim:
        _disaster_detail(ctx, rng, rec)
    if slot.screening != "info_only":
        _assessment(ctx, rng, rec)
    return rec


def _disaster_detail(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    years_after = rec.opened.year - DISASTER_ON.year
    housing = (
        ("temporary", "deemed_temporary", "at_home") if years_after < 2 else ("deemed_temporary", "at_home", "rebuilt")
    )
    ctx.sink.add(
        "disaster_details",
        rec.opened,
        case_id=rec.id,
        disaster_name=DISASTER_NAME,
        disaster_on=DISASTER_ON,
        damage_level_id=ctx.code("disaster_damage", rng.choice(("total", "total", "large_half", "half", "partial"))),
        housing_id=ctx.code("disaster_housing", rng.choice(housing)),
        recovery_centre_contact="真備地区復興支援センター 相談員",
        note="",
    )
    ctx.shared.setdefault("victims", []).append((rec.opened, rec.id, rec.person.id))


def _assessment(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    on = ctx.later(rng, rec.opened, 0, 14)
    rec.assessed = on
    rec.touch(on)
    issues = [ISSUES_OF_TOPIC[t] for t in rec.topics if t in ISSUES_OF_TOPIC]
    extra = {"mental_health": 0.15, "communication": 0.1, "disability_suspected": 0.05}
    issues += [i for i, p in extra.items() if rng.random() < p]
    if rec.slot.victim:
        issues.append("disaster")
    if rec.slot.profile == "parent" and rec.person.member_ids and rng.random() < 0.5:
        issues.append("single_parent")
    aid = ctx.sink.add(
        "assessments",
        on,
        case_id=rec.id,
        assessed_on=on,
        staff_id=rec.counsellor,
        life_history=rng.choice(LIFE_HISTORY),
        strengths=rng.choice(STRENGTHS),
        other_issue_text="",
        screening_result_id=ctx.code("screening_result", rec.slot.screening),
        emergency_needed=rec.row["emergency_support"],
        note="",
    )
    ctx.sink.link("assessment_issues", aid, [ctx.code("assessment_issue", i) for i in issues or ["economic"]])
