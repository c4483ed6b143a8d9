"""PersonService.search_people and find_duplicates (the duplicate check at intake)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from app.domain.drafts import PersonDraft
from tests.services.conftest import person_draft


@pytest.fixture
def people(services) -> dict[str, int]:
    """Three fictional persons whose names and readings overlap a little."""
    made = {
        "yamanobe": services.people.create_person(
            PersonDraft(
                "山野辺",
                "みどり",
                "ヤマノベ",
                "ミドリ",
                birth_date=date(1985, 7, 14),
                phone_home="086-123-4567",
            )
        ),
        "kawabe": services.people.create_person(
            PersonDraft(
                "川辺",
                "ひかる",
                "かわべ",
                "ひかる",
                birth_date=date(1990, 1, 2),
                phone_mobile="090-7777-8888",
            )
        ),
        "morita": services.people.create_person(
            PersonDraft("森田", "こはる", "もりた", "こはる", phone_mobile="080-5555-6666")
        ),
    }
    return {k: v.id for k, v in made.items()}


def ids(rows) -> list[int]:
    return [r.id for r in rows]


@pytest.mark.parametrize(
    "query",
    [
        "山野辺 みどり",
        "山野辺　みどり",
        "山野辺みどり",
        "山野",  # two kanji inside a three-kanji surname
        "野辺",  # two kanji at the end of it
        "辺み",
        "やまのべ",
        "ヤマノベ",
        "ﾔﾏﾉﾍﾞ",
        "やまのべ みどり",
        "やまのべみどり",
        "ヤマノベ　ミドリ",
        "ﾔﾏﾉﾍﾞ ﾐﾄﾞﾘ",
        "のべみ",
        "山野辺 ミドリ",
    ],
)
def test_search_by_name_or_reading(services, people, query: str) -> None:
    assert ids(services.people.search_people(query)) == [people["yamanobe"]]


def test_two_character_kana_query(services, people) -> None:
    assert ids(services.people.search_people("かわ")) == [people["kawabe"]]
    assert ids(services.people.search_people("こは")) == [people["morita"]]


def test_one_character_query_matches_several(services, people) -> None:
    # 辺 is in both 山野辺 and 川辺
    assert set(ids(services.people.search_people("辺"))) == {people["yamanobe"], people["kawabe"]}


@pytest.mark.parametrize(
    "query",
    ["0861234567", "086-123-4567", "０８６－１２３－４５６７", "086 123 4567", "1234567", "4567"],
)
def test_search_by_phone_digits(services, people, query: str) -> None:
    assert ids(services.people.search_people(query)) == [people["yamanobe"]]


def test_search_by_mobile_phone(services, people) -> None:
    assert ids(services.people.search_people("090-7777-8888")) == [people["kawabe"]]


def test_short_digit_strings_do_not_search_phones(services, people) -> None:
    # fewer than three digits would match almost everyone
    assert services.people.search_people("86") == []


def test_search_by_phone_written_with_brackets(services, people) -> None:
    assert ids(services.people.search_people("(086)123-4567")) == [people["yamanobe"]]


@pytest.mark.parametrize("query", ["P000002", "p000002", " P000002 "])
def test_search_by_person_number(services, people, query: str) -> None:
    assert ids(services.people.search_people(query)) == [people["kawabe"]]


@pytest.mark.parametrize("query", ["", "   ", "　"])
def test_blank_query_returns_nothing(services, people, query: str) -> None:
    assert services.people.search_people(query) == []


def test_query_without_a_match(services, people) -> None:
    assert services.people.search_people("海原") == []
    assert services.people.search_people("うなばら") == []


@pytest.mark.parametrize("query", ["%", "_", "%%", "__", "や%べ", "やま_べ", "%辺", "山_辺"])
def test_like_wildcards_are_literal(services, people, query: str) -> None:
    assert services.people.search_people(query) == []


def test_a_literal_percent_in_a_name_is_found(services, people) -> None:
    odd = services.people.create_person(PersonDraft("架空_100%", family_kana="かくう"))
    assert ids(services.people.search_people("_100%")) == [odd.id]
    assert ids(services.people.search_people("%")) == [odd.id]


def test_results_are_in_gojuon_order_of_the_reading(services) -> None:
    readings = [
        ("阿部", "あべ"),
        ("伊藤", "いとう"),
        ("加藤", "かとう"),
        ("我藤", "がとう"),
        ("渡辺", "わたなべ"),
    ]
    shuffled = readings[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != readings
    for name, kana in shuffled:
        services.people.create_person(PersonDraft(name, "そら", kana, "そら"))
    rows = services.people.search_people("そら")
    assert [r.kana for r in rows] == [f"{kana} そら" for _, kana in readings]


def test_gojuon_order_is_not_code_point_order(services) -> None:
    # code points put ばば after はやし; a dictionary puts it between はせがわ and はやし
    for name, kana in (("林", "はやし"), ("馬場", "ばば"), ("長谷川", "はせがわ")):
        services.people.create_person(PersonDraft(name, "なぎ", kana, "なぎ"))
    rows = services.people.search_people("なぎ")
    assert [r.kana.split()[0] for r in rows] == ["はせがわ", "ばば", "はやし"]


def test_shorter_surname_sorts_first(services) -> None:
    services.people.create_person(PersonDraft("山野辺", "そら", "やまのべ", "そら"))
    services.people.create_person(PersonDraft("山野", "そら", "やまの", "そら"))
    assert [r.kana for r in services.people.search_people("そら")] == [
        "やまの そら",
        "やまのべ そら",
    ]


def test_search_respects_the_limit(services) -> None:
    for i in range(5):
        services.people.create_person(PersonDraft(f"架空{i}", "そら", "かくう", "そら"))
    assert len(services.people.search_people("そら", limit=3)) == 3
    assert len(services.people.search_people("そら")) == 5


# ---- find_duplicates -------------------------------------------------------------------


def test_same_reading_and_birth_date_is_a_duplicate(services) -> None:
    existing = services.people.create_person(person_draft(phone_home="", phone_mobile=""))
    found = services.people.find_duplicates(PersonDraft("山埜", "翠", "ヤマノ", "ﾐﾄﾞﾘ", birth_date=date(1985, 7, 14)))
    assert [(d.person.id, d.reason) for d in found] == [(existing.id, "reading_birth")]
    assert found[0].reason_label == "ふりがなと生年月日が同じ"
    assert found[0].person.person_no == "P000001"


def test_same_reading_other_birth_date_is_not_a_duplicate(services) -> None:
    services.people.create_person(person_draft(phone_home="", phone_mobile=""))
    assert (
        services.people.find_duplicates(PersonDraft("山野", "みどり", "やまの", "みどり", birth_date=date(1985, 7, 15)))
        == []
    )


def test_reading_without_birth_date_is_not_checked(services) -> None:
    services.people.create_person(person_draft(phone_home="", phone_mobile=""))
    assert services.people.find_duplicates(PersonDraft("山野", "みどり", "やまの", "みどり")) == []


@pytest.mark.parametrize(
    ("home", "mobile"),
    [
        ("", "09011112222"),  # mobile as mobile, no hyphens
        ("０９０－１１１１－２２２２", ""),  # the stored mobile given as home, full width
        ("", "086-111-2222"),  # the stored home given as mobile
    ],
)
def test_same_phone_is_a_duplicate(services, home: str, mobile: str) -> None:
    existing = services.people.create_person(person_draft())
    found = services.people.find_duplicates(
        PersonDraft("海原", "そら", "うなばら", "そら", phone_home=home, phone_mobile=mobile)
    )
    assert [(d.person.id, d.reason) for d in found] == [(existing.id, "phone")]
    assert found[0].reason_label == "電話番号が同じ"


def test_phone_that_only_contains_a_stored_number_is_not_a_duplicate(services) -> None:
    services.people.create_person(person_draft())
    found = services.people.find_duplicates(PersonDraft("海原", "そら", "うなばら", "そら", phone_mobile="1111-2222"))
    assert found == []


def test_different_birth_date_and_phone_is_no_duplicate(services) -> None:
    services.people.create_person(person_draft())
    draft = person_draft(birth_date=date(1986, 7, 14), phone_home="086-999-0000", phone_mobile="090-9999-0000")
    assert services.people.find_duplicates(draft) == []


def test_both_reasons_give_one_candidate(services) -> None:
    existing = services.people.create_person(person_draft())
    found = services.people.find_duplicates(person_draft())
    assert [(d.person.id, d.reason) for d in found] == [(existing.id, "reading_birth")]


def test_several_candidates_are_all_returned(services) -> None:
    a = services.people.create_person(person_draft(phone_mobile="", phone_home=""))
    b = services.people.create_person(PersonDraft("川辺", "ひかる", "かわべ", "ひかる", phone_mobile="090-1111-2222"))
    found = services.people.find_duplicates(person_draft())
    assert {(d.person.id, d.reason) for d in found} == {
        (a.id, "reading_birth"),
        (b.id, "phone"),
    }


def test_exclude_id_leaves_out_the_person_being_edited(services) -> None:
    me = services.people.create_person(person_draft())
    other = services.people.create_person(person_draft(family_name="山埜", phone_home="", phone_mobile=""))
    found = services.people.find_duplicates(person_draft(), exclude_id=me.id)
    assert [d.person.id for d in found] == [other.id]
    assert services.people.find_duplicates(person_draft(), exclude_id=other.id)[0].person.id == (me.id)
