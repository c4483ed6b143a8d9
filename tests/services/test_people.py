"""PersonService: creating, reading and updating persons, and their household members."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.drafts import HouseholdMemberDraft, PersonDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.models import HouseholdMember, Person
from tests.conftest import TODAY
from tests.services.conftest import person_draft

# ---- create ----------------------------------------------------------------------------


def test_person_numbers_run_in_sequence(services) -> None:
    rows = [services.people.create_person(person_draft(family_name=name)) for name in ("山野", "川辺", "森田")]
    assert [r.person_no for r in rows] == ["P000001", "P000002", "P000003"]
    assert len({r.id for r in rows}) == 3


def test_create_returns_the_stored_row(services) -> None:
    row = services.people.create_person(person_draft())
    assert row.name == "山野 みどり"
    assert row.kana == "やまの みどり"
    assert row.birth_date == date(1985, 7, 14)
    assert row.phone == "090-1111-2222"  # mobile first
    assert row.address == "岡山県架空市桜町1-2-3"


def test_row_phone_falls_back_to_home_phone(services) -> None:
    row = services.people.create_person(person_draft(phone_mobile=""))
    assert row.phone == "086-111-2222"


@pytest.mark.parametrize(
    ("family_kana", "given_kana"),
    [
        ("やまの", "みどり"),
        ("ヤマノ", "ミドリ"),
        ("ﾔﾏﾉ", "ﾐﾄﾞﾘ"),
        ("　ヤマノ ", " ﾐﾄﾞﾘ　"),
    ],
    ids=["hiragana", "katakana", "half-width", "padded"],
)
def test_readings_are_stored_in_hiragana(services, family_kana: str, given_kana: str) -> None:
    row = services.people.create_person(person_draft(family_kana=family_kana, given_kana=given_kana))
    detail = services.people.get_person(row.id)
    assert (detail.family_kana, detail.given_kana) == ("やまの", "みどり")
    assert row.kana == "やまの みどり"


def test_voiced_half_width_reading_is_composed(services) -> None:
    row = services.people.create_person(person_draft(family_name="馬場", family_kana="ﾊﾞﾊﾞ", given_kana="ﾊﾟﾙ"))
    detail = services.people.get_person(row.id)
    assert detail.family_kana == "ばば"
    assert detail.given_kana == "ぱる"


@pytest.mark.parametrize("typed", ["〒７００－０００１", "700-0001", "〒700-0001", "７０００００１", " 7000001 "])
def test_postal_code_is_normalised(services, typed: str) -> None:
    row = services.people.create_person(person_draft(postal_code=typed))
    assert services.people.get_person(row.id).postal_code == "7000001"


def test_names_are_trimmed_including_ideographic_spaces(services) -> None:
    row = services.people.create_person(person_draft(family_name="　山野 ", given_name=" みどり　"))
    detail = services.people.get_person(row.id)
    assert (detail.family_name, detail.given_name) == ("山野", "みどり")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"family_name": ""}, "family_name", "required"),
        ({"family_name": "　 "}, "family_name", "required"),
        ({"family_name": "山" * 101}, "family_name", "too_long"),
        ({"family_kana": "yamano"}, "family_kana", "not_kana"),
        ({"given_kana": "緑"}, "given_kana", "not_kana"),
        ({"birth_date": date(2023, 6, 2)}, "birth_date", "future"),
        ({"birth_date": date(1899, 12, 31)}, "birth_date", "too_early"),
        ({"phone_home": "086-123-456"}, "phone_home", "invalid_phone"),
        ({"phone_mobile": "090-1234-56789"}, "phone_mobile", "invalid_phone"),
        ({"phone_mobile": "090-1234-abcd"}, "phone_mobile", "invalid_phone"),
        ({"email": "midori@example"}, "email", "invalid_email"),
        ({"email": "midori example.jp"}, "email", "invalid_email"),
        ({"postal_code": "700-001"}, "postal_code", "invalid_postal"),
    ],
)
def test_validation_names_the_field_and_writes_nothing(services, count, changes: dict, field: str, code: str) -> None:
    before = count(Person)
    with pytest.raises(ValidationError) as exc:
        services.people.create_person(person_draft(**changes))
    assert exc.value.fields == (field,)
    assert exc.value.for_field(field).code == code
    assert exc.value.for_field(field).message  # a Japanese message for the form
    assert count(Person) == before == 0
    # the person number was not used up either
    assert services.people.create_person(person_draft()).person_no == "P000001"


def test_boundary_values_are_accepted(services) -> None:
    row = services.people.create_person(
        person_draft(
            birth_date=TODAY,
            phone_home="086-123-4567",  # 10 digits
            phone_mobile="０９０（１２３４）５６７８",  # 11 digits, full width with brackets
            family_name="山" * 100,
        )
    )
    assert services.people.get_person(row.id).birth_date == TODAY


def test_every_bad_field_is_reported_at_once(services, count) -> None:
    with pytest.raises(ValidationError) as exc:
        services.people.create_person(
            person_draft(
                family_name="",
                family_kana="yamano",
                birth_date=date(2030, 1, 1),
                phone_home="123",
                email="x",
            )
        )
    assert set(exc.value.fields) == {
        "family_name",
        "family_kana",
        "birth_date",
        "phone_home",
        "email",
    }
    assert count(Person) == 0


def test_unknown_gender_code_is_refused_inside_the_transaction(services, count) -> None:
    with pytest.raises(ValidationError) as exc:
        services.people.create_person(person_draft(gender="robot"))
    assert exc.value.fields == ("gender",)
    assert exc.value.errors[0].code == "unknown_code"
    assert count(Person) == 0
    assert services.people.create_person(person_draft()).person_no == "P000001"


def test_retired_gender_code_is_refused(services, code_id) -> None:
    services.codes.retire_code(code_id("gender", "other"))
    with pytest.raises(ValidationError) as exc:
        services.people.create_person(person_draft(gender="other"))
    assert exc.value.for_field("gender").code == "retired_code"


# ---- read ------------------------------------------------------------------------------


def test_get_person_round_trips_every_field(services) -> None:
    draft = person_draft(
        gender="other",
        gender_note="回答しない",
        foreign_national=True,
        preferred_language="やさしい日本語",
        note="夕方以降の連絡を希望。\n郵便物は転送。",
    )
    row = services.people.create_person(draft)
    d = services.people.get_person(row.id)
    assert d.id == row.id
    assert d.person_no == "P000001"
    assert d.version == 1
    assert (d.family_name, d.given_name) == ("山野", "みどり")
    assert (d.family_kana, d.given_kana) == ("やまの", "みどり")
    assert d.gender == "other"
    assert d.gender_note == "回答しない"
    assert d.birth_date == date(1985, 7, 14)
    assert d.postal_code == "7000001"
    assert d.address == "岡山県架空市桜町1-2-3"
    assert d.phone_home == "086-111-2222"
    assert d.phone_mobile == "090-1111-2222"
    assert d.email == "midori@example.jp"
    assert d.foreign_national is True
    assert d.preferred_language == "やさしい日本語"
    assert d.note == "夕方以降の連絡を希望。\n郵便物は転送。"
    assert d.household == ()


def test_get_person_with_no_optional_fields(services) -> None:
    row = services.people.create_person(PersonDraft(family_name="森田"))
    d = services.people.get_person(row.id)
    assert d.gender is None
    assert d.birth_date is None
    assert (d.given_name, d.family_kana, d.postal_code, d.email) == ("", "", "", "")
    assert d.foreign_national is False


def test_get_missing_person_raises_not_found(services) -> None:
    with pytest.raises(NotFoundError):
        services.people.get_person(999)


def test_search_and_reading_keys_are_maintained(services, ledger) -> None:
    row = services.people.create_person(person_draft(phone_home="０８６－１１１－２２２２"))
    with ledger.reading() as s:
        p = s.get(Person, row.id)
        assert p.search_key == "山野みどり|やまのみどり"
        assert p.phone_key == "0861112222|09011112222"
        assert p.reading_key.startswith("やまの みとり\t")


# ---- update ----------------------------------------------------------------------------


def test_update_person_saves_changes_and_bumps_the_version(services) -> None:
    row = services.people.create_person(person_draft())
    updated = services.people.update_person(
        row.id,
        person_draft(family_name="森田", family_kana="モリタ", phone_mobile="080-3333-4444"),
        expected_version=1,
    )
    assert updated.name == "森田 みどり"
    d = services.people.get_person(row.id)
    assert (d.family_name, d.family_kana, d.phone_mobile) == ("森田", "もりた", "080-3333-4444")
    assert d.version > 1
    assert d.person_no == "P000001"  # the number never changes
    # the search keys follow the change
    assert [p.id for p in services.people.search_people("もりた")] == [row.id]
    assert services.people.search_people("山野") == []
    assert [p.id for p in services.people.search_people("08033334444")] == [row.id]


def test_update_with_a_stale_version_is_a_conflict(services) -> None:
    row = services.people.create_person(person_draft())
    services.people.update_person(row.id, person_draft(address="架空市梅町5"), expected_version=1)
    current = services.people.get_person(row.id).version
    assert current > 1
    with pytest.raises(ConflictError):
        services.people.update_person(row.id, person_draft(address="架空市松町9"), 1)
    d = services.people.get_person(row.id)
    assert d.address == "架空市梅町5"
    assert d.version == current
    # with the version just read the second save goes through
    services.people.update_person(row.id, person_draft(address="架空市松町9"), current)
    assert services.people.get_person(row.id).address == "架空市松町9"


def test_update_with_a_newer_version_than_stored_is_a_conflict(services) -> None:
    row = services.people.create_person(person_draft())
    with pytest.raises(ConflictError):
        services.people.update_person(row.id, person_draft(address="架空市梅町5"), 5)
    assert services.people.get_person(row.id).address == "岡山県架空市桜町1-2-3"


def test_one_save_advances_the_version_by_one(services) -> None:
    row = services.people.create_person(person_draft())
    services.people.update_person(row.id, person_draft(family_name="森田"), expected_version=1)
    assert services.people.get_person(row.id).version == 2


def test_update_is_validated_and_writes_nothing_when_invalid(services) -> None:
    row = services.people.create_person(person_draft())
    with pytest.raises(ValidationError) as exc:
        services.people.update_person(row.id, person_draft(family_name="", email="bad"), 1)
    assert set(exc.value.fields) == {"family_name", "email"}
    d = services.people.get_person(row.id)
    assert (d.family_name, d.email, d.version) == ("山野", "midori@example.jp", 1)


def test_update_missing_person_raises_not_found(services) -> None:
    with pytest.raises(NotFoundError):
        services.people.update_person(42, person_draft(), 1)


# ---- household -------------------------------------------------------------------------


def test_household_members_are_added_in_order_and_read_back(services) -> None:
    person = services.people.create_person(person_draft())
    spouse = services.people.add_household_member(
        person.id,
        HouseholdMemberDraft(
            "spouse",
            name="山野 つばさ",
            name_kana="ヤマノ ツバサ",
            birth_date=date(1983, 2, 1),
            employment="パート",
            health="通院中",
        ),
    )
    child = services.people.add_household_member(
        person.id,
        HouseholdMemberDraft("child", name="山野 こはる", name_kana="ﾔﾏﾉ ｺﾊﾙ", lives_together=False),
    )
    household = services.people.get_person(person.id).household
    assert [m.id for m in household] == [spouse, child]
    s, c = household
    assert (s.relationship, s.relationship_label) == ("spouse", "配偶者")
    assert (s.name, s.name_kana, s.birth_date) == ("山野 つばさ", "やまの つばさ", date(1983, 2, 1))
    assert (s.employment, s.health, s.lives_together) == ("パート", "通院中", True)
    assert (c.relationship, c.relationship_label) == ("child", "子")
    assert c.name_kana == "やまの こはる"
    assert c.lives_together is False


def test_household_member_is_removed(services, count) -> None:
    person = services.people.create_person(person_draft())
    a = services.people.add_household_member(person.id, HouseholdMemberDraft("mother"))
    b = services.people.add_household_member(person.id, HouseholdMemberDraft("father"))
    services.people.remove_household_member(a)
    assert [m.id for m in services.people.get_person(person.id).household] == [b]
    assert count(HouseholdMember) == 1
    with pytest.raises(NotFoundError):
        services.people.remove_household_member(a)


@pytest.mark.parametrize(("relationship", "code"), [("cousin", "unknown_code"), ("", "required")])
def test_household_relationship_must_be_a_known_code(services, count, relationship: str, code: str) -> None:
    person = services.people.create_person(person_draft())
    with pytest.raises(ValidationError) as exc:
        services.people.add_household_member(person.id, HouseholdMemberDraft(relationship))
    assert exc.value.fields == ("relationship",)
    assert exc.value.errors[0].code == code
    assert count(HouseholdMember) == 0


def test_household_member_other_fields_are_validated(services, count) -> None:
    person = services.people.create_person(person_draft())
    with pytest.raises(ValidationError) as exc:
        services.people.add_household_member(
            person.id,
            HouseholdMemberDraft("child", name_kana="Koharu", birth_date=date(2024, 1, 1)),
        )
    assert set(exc.value.fields) == {"name_kana", "birth_date"}
    assert count(HouseholdMember) == 0


def test_household_member_of_missing_person(services) -> None:
    with pytest.raises(NotFoundError):
        services.people.add_household_member(77, HouseholdMemberDraft("child"))


def test_household_positions_stay_unique_after_a_removal(services, ledger) -> None:
    person = services.people.create_person(person_draft())
    first = services.people.add_household_member(person.id, HouseholdMemberDraft("spouse"))
    services.people.add_household_member(person.id, HouseholdMemberDraft("child"))
    services.people.remove_household_member(first)
    services.people.add_household_member(person.id, HouseholdMemberDraft("mother"))
    with ledger.reading() as s:
        positions = list(s.scalars(select(HouseholdMember.position).where(HouseholdMember.person_id == person.id)))
    assert len(positions) == len(set(positions)) == 2
