"""Services given to a person under a case: food support, the kids food club, sanitary
products, housing support and 一時生活支援, 住居確保給付金, learning-support referrals."""

from __future__ import annotations

import random
from datetime import timedelta

from app.services.demo.cases import CaseRec, age_on
from app.services.demo.context import Ctx

FOOD_CONTENTS = (
    "食糧セット（3日分）",
    "米5kg・レトルト食品",
    "缶詰・乾麺・調味料",
    "食糧セット（1週間分）",
    "米2kg・カップ麺・菓子",
)
FOOD_SOURCES = {"food_bank": 55, "donation": 20, "food_drive": 15, "stock": 10}
HOUSING_STEPS = ("search", "guarantor", "initial_costs", "moving")
GRADES = ("小学{}年", "中学{}年")


def _food(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    on = ctx.later(rng, rec.opened, 0, 5)
    size = rng.choices((1, 2, 3, 4, 5), weights=(40, 20, 20, 12, 8))[0]
    for i in range(rec.slot.food):
        if i:
            on = ctx.later(rng, on, 14, 45)
        ctx.sink.add(
            "food_deliveries",
            on,
            person_id=rec.person.id,
            case_id=rec.id,
            delivered_on=on,
            household_size=size,
            contents=rng.choice(FOOD_CONTENTS),
            source_id=ctx.code("food_source", rng.choices(list(FOOD_SOURCES), weights=list(FOOD_SOURCES.values()))[0]),
            staff_id=rec.counsellor,
            note="",
        )
        rec.touch(on)
        ctx.mark("food_deliveries", on)
        if i == 0 and not rec.person.had_food:
            ctx.mark("food_new", on, rec.person.id)
    rec.person.had_food = True


def _kids(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    children = rec.person.children or [(f"{rec.person.family} こども", "", rec.opened, 0)]
    for i in range(rec.slot.kids):
        name = children[i % len(children)][0]
        on = ctx.later(rng, rec.opened, 3, 40)
        ended = ctx.natural(rng, on, 180, 540)
        ctx.sink.add(
            "kids_food_club_enrolments",
            on,
            person_id=rec.person.id,
            child_name=name,
            school_agency_id=ctx.agency(rng, "school_corp"),
            enrolled_on=on,
            ended_on=ended,
            note="",
        )
        rec.touch(on)
        ctx.mark("kids", on)


def _sanitary(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    on = ctx.later(rng, rec.opened, 0, 20)
    for i in range(rng.choice((1, 1, 1, 2))):
        if i:
            on = ctx.later(rng, on, 25, 40)
        ctx.sink.add(
            "sanitary_product_gifts",
            on,
            person_id=rec.person.id,
            given_on=on,
            quantity=rng.randint(1, 3),
            staff_id=rec.counsellor,
        )
        rec.touch(on)
        ctx.mark("sanitary", on, rec.person.id)


def _housing(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    on = rec.opened
    start = rng.randint(0, max(0, len(HOUSING_STEPS) - rec.slot.housing))
    for i in range(rec.slot.housing):
        on = ctx.later(rng, on, 2, 30)
        kind = HOUSING_STEPS[min(start + i, len(HOUSING_STEPS) - 1)]
        agency = ctx.agency(rng, "guarantor" if kind == "guarantor" else "realestate")
        ctx.sink.add(
            "housing_support_actions",
            on,
            person_id=rec.person.id,
            case_id=rec.id,
            action_on=on,
            kind_id=ctx.code("housing_support", kind),
            agency_id=agency,
            staff_id=rec.counsellor,
            note="",
        )
        rec.touch(on)
        ctx.mark("housing", on)
    if rec.slot.housing >= 2 and rng.random() < 0.4:
        applied = ctx.later(rng, rec.opened, 3, 20)
        decided = ctx.natural(rng, applied, 7, 21)
        granted = decided is not None and rng.random() < 0.85
        ctx.sink.add(
            "housing_benefit_applications",
            applied,
            person_id=rec.person.id,
            case_id=rec.id,
            applied_on=applied,
            decided_on=decided,
            result="granted" if granted else ("pending" if decided is None else "rejected"),
            monthly_yen=rng.choice((32000, 36000, 39000, 42000)) if granted else None,
            months=3 if granted else None,
            note="",
        )
        rec.touch(decided or applied)


def _temporary(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    start = ctx.later(rng, rec.opened, 0, 5)
    end = ctx.natural(rng, start, 20, 90)
    ctx.sink.add(
        "temporary_living_stays",
        start,
        person_id=rec.person.id,
        case_id=rec.id,
        start_on=start,
        end_on=end,
        place="一時生活支援事業 居室（委託先）",
        outcome=rng.choice(("就職し、アパートへ転居", "親族宅へ転居", "生活保護を申請し転居")) if end else "",
    )
    rec.touch(end or start)
    ctx.mark("temp", start, rec.person.id)


def _learning(ctx: Ctx, rng: random.Random, rec: CaseRec, kind: str) -> None:
    children = rec.person.children or [(f"{rec.person.family} こども", "", rec.opened - timedelta(days=9 * 365), 0)]
    name, _kana, birth, _member = rng.choice(children)
    on = ctx.later(rng, rec.opened, 5, 60)
    age = age_on(birth, on)
    grade = GRADES[0].format(min(6, max(1, age - 6))) if age < 13 else GRADES[1].format(min(3, age - 12))
    ctx.sink.add(
        "learning_support_referrals",
        on,
        person_id=rec.person.id,
        case_id=rec.id,
        kind_id=ctx.code("learning_support", kind),
        child_name=name,
        child_birth_date=birth,
        school_grade=grade,
        referred_on=on,
        agency_id=ctx.agency(rng, "learning" if kind == "classroom" else "learning_home"),
        note="",
    )
    rec.touch(on)
    ctx.mark(kind, on)


def write_support(ctx: Ctx, rng: random.Random, rec: CaseRec) -> None:
    """Every service the slot decided, in the case's timeline."""
    s = rec.slot
    steps = (
        (s.food, _food),
        (s.kids, _kids),
        (s.sanitary, _sanitary),
        (s.housing, _housing),
        (s.temp_living, _temporary),
    )
    for flag, step in steps:
        if flag:
            step(ctx, rng, rec)
    for flag, kind in ((s.classroom, "classroom"), (s.home_visit, "home_visit")):
        if flag:
            _learning(ctx, rng, rec, kind)
