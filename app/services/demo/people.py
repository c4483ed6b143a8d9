"""Invented persons (with every search key the person service maintains) and households."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.kana import phone_key, search_key
from app.services.demo.context import Ctx
from app.services.demo.names import (
    FEMALE_GIVEN,
    FOREIGN_FAMILY,
    FOREIGN_GIVEN,
    FOREIGN_LANGUAGES,
    MALE_GIVEN,
    SURNAMES,
    generation,
)
from app.services.demo.places import BUILDINGS, POSTAL_PREFIXES, TOWNS
from app.services.people import reading_sort_key

MIN_BIRTH, MAX_BIRTH = date(1935, 1, 1), date(2005, 12, 31)
# profile → (youngest age, oldest age, weight) bands
AGE_BANDS = {
    "general": ((19, 34, 26), (35, 49, 30), (50, 64, 27), (65, 86, 17)),
    "parent": ((24, 34, 40), (35, 49, 60)),
    "hikikomori": ((18, 29, 35), (30, 49, 45), (50, 62, 20)),
    "budget": ((26, 44, 35), (45, 64, 45), (65, 80, 20)),
    "youth": ((18, 34, 1),),
}


@dataclass(slots=True)
class PersonInfo:
    """What later stages need to know about a person without reading the ledger."""

    id: int
    gender: str
    birth: date
    family: str
    family_kana: str
    first_seen: date
    children: list[tuple[str, str, date, int]] = field(default_factory=list)  # name, kana, birth, member
    member_ids: list[int] = field(default_factory=list)
    had_food: bool = False
    spouse: bool = False


def _given(rng: random.Random, gender: str, birth_year: int) -> tuple[str, str]:
    table = FEMALE_GIVEN if gender == "female" else MALE_GIVEN
    return rng.choice(table[generation(birth_year)])


def birth_date(rng: random.Random, on: date, profile: str) -> date:
    """A birth date for someone of ``profile`` seen on ``on`` (1935–2005)."""
    bands = AGE_BANDS[profile]
    lo, hi, _w = rng.choices(bands, weights=[b[2] for b in bands])[0]
    age_days = rng.randint(lo * 365 + 1, hi * 365 + 364)
    return min(MAX_BIRTH, max(MIN_BIRTH, on - timedelta(days=age_days)))


def phone_numbers(rng: random.Random) -> tuple[str, str]:
    """(home, mobile): fictional numbers in the usual formats; most people have a mobile."""
    home = f"086-4{rng.randint(20, 79)}-{rng.randint(0, 9999):04d}" if rng.random() < 0.35 else ""
    mobile = ""
    if rng.random() < 0.88 or not home:
        mobile = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
    return home, mobile


def address(rng: random.Random) -> tuple[str, str]:
    """(postal code without hyphen, address) in the city, built from generic town names."""
    postal = rng.choice(POSTAL_PREFIXES) + f"{rng.randint(0, 9999):04d}"
    text = f"岡山県倉敷市{rng.choice(TOWNS)}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    if rng.random() < 0.4:
        text += f" {rng.choice(BUILDINGS)}{rng.randint(1, 4)}0{rng.randint(1, 8)}"
    return postal, text


def _names(rng: random.Random, gender: str, birth: date, foreign: bool) -> tuple[str, ...]:
    if foreign:
        fam, giv = rng.choice(FOREIGN_FAMILY), rng.choice(FOREIGN_GIVEN)
        return fam, giv, to_kana(fam), to_kana(giv)
    fam, fam_kana = rng.choice(SURNAMES)
    giv, giv_kana = _given(rng, gender, birth.year)
    return fam, giv, fam_kana, giv_kana


def to_kana(katakana: str) -> str:
    """Katakana → hiragana (foreign residents' readings)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


def new_person(
    ctx: Ctx, rng: random.Random, on: date, profile: str = "general", gender: str | None = None
) -> PersonInfo:
    """Queue a new person first seen on ``on``; person_no follows the id (P000001 …)."""
    gender = gender or ("female" if rng.random() < 0.47 else "male")
    if rng.random() < 0.003:
        gender = "other"
    birth = birth_date(rng, on, profile)
    foreign = rng.random() < 0.015
    name_gender = gender if gender != "other" else rng.choice(("male", "female"))
    fam, giv, fam_kana, giv_kana = _names(rng, name_gender, birth, foreign)
    home, mobile = phone_numbers(rng)
    postal, addr = address(rng)
    full, full_kana = f"{fam} {giv}", f"{fam_kana} {giv_kana}"
    pid = ctx.sink.last_id("persons") + 1
    ctx.sink.add(
        "persons",
        on,
        person_no=f"P{pid:06d}",
        family_name=fam,
        given_name=giv,
        family_kana=fam_kana,
        given_kana=giv_kana,
        gender_id=ctx.code("gender", gender),
        gender_note="本人の申告による" if gender == "other" else "",
        birth_date=birth,
        postal_code=postal,
        address=addr,
        phone_home=home,
        phone_mobile=mobile,
        email=f"user{pid:06d}@example.jp" if rng.random() < 0.08 else "",
        foreign_national=foreign,
        preferred_language=rng.choice(FOREIGN_LANGUAGES) if foreign else "",
        note="",
        search_key="|".join(k for k in (search_key(full), search_key(full_kana)) if k),
        reading_key=reading_sort_key(fam_kana, giv_kana),
        phone_key="|".join(k for k in (phone_key(home), phone_key(mobile)) if k),
        deceased_on=None,
    )
    return PersonInfo(pid, gender, birth, fam, fam_kana, on)


def _member(ctx: Ctx, person: PersonInfo, on: date, relation: str, name: tuple[str, str], birth: date) -> int:
    position = len(person.member_ids) + 1
    mid = ctx.sink.add(
        "household_members",
        on,
        person_id=person.id,
        position=position,
        name=f"{person.family} {name[0]}",
        name_kana=f"{person.family_kana} {name[1]}",
        relationship_id=ctx.code("relationship", relation),
        birth_date=birth,
        lives_together=True,
        employment="",
        health="",
        note="",
    )
    person.member_ids.append(mid)
    if relation == "spouse":
        person.spouse = True
    return mid


def add_children(ctx: Ctx, rng: random.Random, person: PersonInfo, on: date, n: int) -> None:
    """Children of school age living with the person (kids food club, learning support)."""
    for _ in range(n):
        birth = on - timedelta(days=rng.randint(6 * 365, 15 * 365))
        gender = rng.choice(("male", "female"))
        name = _given(rng, gender, max(birth.year, 1990))
        mid = _member(ctx, person, on, "child", name, birth)
        person.children.append((f"{person.family} {name[0]}", name[1], birth, mid))


def add_spouse(ctx: Ctx, rng: random.Random, person: PersonInfo, on: date) -> None:
    """A spouse of about the same age."""
    gender = "female" if person.gender == "male" else "male"
    birth = person.birth + timedelta(days=rng.randint(-5 * 365, 5 * 365))
    _member(ctx, person, on, "spouse", _given(rng, gender, birth.year), birth)


def add_parent(ctx: Ctx, rng: random.Random, person: PersonInfo, on: date) -> None:
    """A parent in an "8050" household."""
    relation = rng.choice(("mother", "father"))
    birth = person.birth - timedelta(days=rng.randint(24 * 365, 36 * 365))
    birth = max(birth, date(1928, 1, 1))
    gender = "female" if relation == "mother" else "male"
    _member(ctx, person, on, relation, _given(rng, gender, birth.year), birth)
