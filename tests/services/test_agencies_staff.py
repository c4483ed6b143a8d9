"""AgencyService (関係機関) and StaffService."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.drafts import AgencyDraft, StaffDraft
from app.domain.errors import NotFoundError, ValidationError
from app.models import Agency, StaffMember
from tests.conftest import TODAY

# ---- agencies --------------------------------------------------------------------------


@pytest.fixture
def directory(services) -> dict[str, int]:
    add = services.agencies.add_agency
    return {
        "city": add(
            AgencyDraft(
                "架空市役所",
                "government",
                name_kana="カクウシヤクショ",
                department="生活福祉課",
                phone="086-000-1111",
                contact_person="里山",
                address="架空市本町1",
                note="保護係",
            )
        ),
        "city_tax": add(AgencyDraft("架空市役所", "government", name_kana="かくうしやくしょ", department="納税課")),
        "clinic": add(AgencyDraft("ひだまりクリニック", "medical", name_kana="ひだまりくりにっく")),
        "hw": add(AgencyDraft("ハローワーク架空", "employment", name_kana="はろーわーくかくう")),
    }


def test_agency_is_stored(services, ledger, directory) -> None:
    row = next(r for r in services.agencies.search() if r.id == directory["city"])
    assert (row.name, row.department, row.display_name) == (
        "架空市役所",
        "生活福祉課",
        "架空市役所 生活福祉課",
    )
    assert (row.kind, row.kind_label) == ("government", "行政")
    assert (row.phone, row.contact_person, row.retired_on) == ("086-000-1111", "里山", None)
    with ledger.reading() as s:
        a = s.get(Agency, directory["city"])
        assert a.name_kana == "かくうしやくしょ"  # katakana stored as hiragana
        assert (a.address, a.note) == ("架空市本町1", "保護係")


def test_search_lists_everything_in_reading_order(services, directory) -> None:
    assert [r.id for r in services.agencies.search()] == [
        directory["city"],  # かくうしやくしょ; the same name and reading: by id
        directory["city_tax"],
        directory["hw"],  # はろーわーく
        directory["clinic"],  # ひだまり
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("架空市役所", ["city", "city_tax"]),
        ("市役", ["city", "city_tax"]),
        ("生活福祉", ["city"]),
        ("納税", ["city_tax"]),
        ("かくうし", ["city", "city_tax"]),
        ("カクウシ", ["city", "city_tax"]),
        ("ｶｸｳｼ", ["city", "city_tax"]),
        ("クリニック", ["clinic"]),
        ("くりにっく", ["clinic"]),
        ("ﾊﾛｰﾜｰｸ", ["hw"]),
        ("はろーわーく", ["hw"]),
        ("%", []),
        ("_", []),
        ("該当なし", []),
    ],
)
def test_search_folds_kana_and_width(services, directory, text: str, expected: list[str]) -> None:
    assert {r.id for r in services.agencies.search(text)} == {directory[k] for k in expected}


def test_search_by_display_name(services, directory) -> None:
    assert [r.id for r in services.agencies.search("架空市役所 納税課")] == [directory["city_tax"]]


def test_search_limit(services, directory) -> None:
    assert len(services.agencies.search(limit=2)) == 2


def test_duplicate_agency_is_refused(services, count, directory) -> None:
    before = count(Agency)
    with pytest.raises(ValidationError) as exc:
        services.agencies.add_agency(AgencyDraft(" 架空市役所　", "welfare", department="生活福祉課 "))
    assert exc.value.fields == ("name",)
    assert exc.value.errors[0].code == "duplicate"
    assert count(Agency) == before


def test_same_name_other_department_is_fine(services, directory) -> None:
    new = services.agencies.add_agency(AgencyDraft("架空市役所", "government", department="市民課"))
    assert new in {r.id for r in services.agencies.search("市民課")}


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (AgencyDraft("", "government"), "name"),
        (AgencyDraft("架空会館", ""), "kind"),
        (AgencyDraft("架空会館", "spaceport"), "kind"),
        (AgencyDraft("架空会館", "community", name_kana="Kaikan"), "name_kana"),
        (AgencyDraft("架空会館", "community", phone="123"), "phone"),
    ],
)
def test_agency_validation(services, count, draft: AgencyDraft, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.agencies.add_agency(draft)
    assert exc.value.fields == (field,)
    assert count(Agency) == 0


def test_retired_agency_is_hidden_from_search(services, directory) -> None:
    services.agencies.retire_agency(directory["clinic"])
    assert directory["clinic"] not in {r.id for r in services.agencies.search()}
    assert services.agencies.search("ひだまり") == []
    rows = services.agencies.search("ひだまり", include_retired=True)
    assert [(r.id, r.retired_on) for r in rows] == [(directory["clinic"], TODAY)]


def test_retire_agency_on_a_given_date(services, directory) -> None:
    services.agencies.retire_agency(directory["hw"], on=date(2023, 3, 31))
    (row,) = services.agencies.search("はろー", include_retired=True)
    assert row.retired_on == date(2023, 3, 31)


def test_retire_missing_agency(services) -> None:
    with pytest.raises(NotFoundError):
        services.agencies.retire_agency(999)


# ---- staff -----------------------------------------------------------------------------


def add(services, family: str, kana: str, role: str = "counsellor", **kw: str) -> int:
    return services.staff.add_staff(StaffDraft(family, role, family_kana=kana, **kw))


def test_staff_is_stored(services, ledger) -> None:
    sid = add(
        services,
        "　川辺 ",
        "カワベ",
        role="budget_advisor",
        given_name="ひかる",
        given_kana="ﾋｶﾙ",
        qualifications=" 社会福祉士 ",
    )
    (row,) = services.staff.list_staff()
    assert (row.id, row.name, row.kana) == (sid, "川辺 ひかる", "かわべ ひかる")
    assert (row.role, row.role_label, row.active) == ("budget_advisor", "家計改善支援員", True)
    with ledger.reading() as s:
        assert s.get(StaffMember, sid).qualifications == "社会福祉士"


def test_staff_list_is_ordered_by_reading(services) -> None:
    for family, kana in (
        ("渡辺", "わたなべ"),
        ("阿部", "あべ"),
        ("加藤", "かとう"),
        ("伊藤", "いとう"),
    ):
        add(services, family, kana)
    assert [r.kana for r in services.staff.list_staff()] == ["あべ", "いとう", "かとう", "わたなべ"]


def test_same_family_reading_orders_by_given_reading(services) -> None:
    add(services, "山野", "やまの", given_name="そら", given_kana="そら")
    add(services, "山埜", "やまの", given_name="あおい", given_kana="あおい")
    assert [r.name for r in services.staff.list_staff()] == ["山埜 あおい", "山野 そら"]


def test_staff_list_is_in_gojuon_order(services) -> None:
    for family, kana in (("林", "はやし"), ("馬場", "ばば"), ("長谷川", "はせがわ")):
        add(services, family, kana)
    assert [r.kana for r in services.staff.list_staff()] == ["はせがわ", "ばば", "はやし"]


def test_set_active(services) -> None:
    a = add(services, "阿部", "あべ")
    b = add(services, "伊藤", "いとう")
    services.staff.set_active(a, False)
    assert [r.id for r in services.staff.list_staff()] == [b]
    everyone = services.staff.list_staff(include_inactive=True)
    assert [(r.id, r.active) for r in everyone] == [(a, False), (b, True)]
    services.staff.set_active(a, True)
    assert [r.id for r in services.staff.list_staff()] == [a, b]


def test_set_active_of_missing_staff(services) -> None:
    with pytest.raises(NotFoundError):
        services.staff.set_active(999, False)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (StaffDraft("", "counsellor"), "family_name"),
        (StaffDraft("阿部", ""), "role"),
        (StaffDraft("阿部", "wizard"), "role"),
        (StaffDraft("阿部", "counsellor", family_kana="Abe"), "family_kana"),
        (StaffDraft("阿部", "counsellor", given_kana="123"), "given_kana"),
    ],
)
def test_staff_validation(services, count, draft: StaffDraft, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.staff.add_staff(draft)
    assert exc.value.fields == (field,)
    assert count(StaffMember) == 0
