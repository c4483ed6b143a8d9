"""CaseService.list_cases / count_cases: text search, filters and paging."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.drafts import DisasterDraft, PersonDraft, StaffDraft
from app.domain.errors import ValidationError
from app.services.cases import CaseFilter
from tests.services.conftest import intake_draft


@pytest.fixture
def cases(services, counsellor) -> dict[str, int]:
    """Four cases of fictional persons, opened on both sides of the 2022年度 boundary."""
    other = services.staff.add_staff(
        StaffDraft("森田", "budget_advisor", "あおい", family_kana="もりた", given_kana="あおい")
    )
    made = {
        "midori": services.cases.open_case(
            intake_draft(
                received_on=date(2022, 3, 31),
                person=PersonDraft("山野辺", "みどり", "やまのべ", "みどり", phone_mobile="090-1234-5678"),
                counsellor_id=counsellor,
            )
        ),
        "hikaru": services.cases.open_case(
            intake_draft(
                received_on=date(2022, 4, 1),
                person=PersonDraft("川辺", "ひかる", "かわべ", "ひかる", phone_home="086-765-4321"),
                programmes=("self_reliance", "household_budget"),
                counsellor_id=other,
            )
        ),
        "sora": services.cases.open_case(
            intake_draft(
                received_on=date(2022, 7, 15),
                person=PersonDraft("海原", "そら", "うなばら", "そら"),
                programmes=("disaster_recovery",),
                disaster=DisasterDraft("西日本豪雨", disaster_on=date(2018, 7, 7)),
                counsellor_id=counsellor,
            )
        ),
        "koharu": services.cases.open_case(
            intake_draft(
                received_on=date(2023, 4, 3),
                person=PersonDraft("森田", "こはる", "もりた", "こはる"),
                programmes=("outreach",),
            )
        ),
    }
    return {k: r.case_id for k, r in made.items()} | {"counsellor": counsellor, "other": other}


def listed(services, **filters: object) -> list[int]:
    f = CaseFilter(**filters)
    rows = services.cases.list_cases(f)
    assert services.cases.count_cases(f) == len(rows)
    return [r.id for r in rows]


def test_everything_newest_first(services, cases) -> None:
    assert listed(services) == [cases["koharu"], cases["sora"], cases["hikaru"], cases["midori"]]


def test_case_row_contents(services, cases) -> None:
    row = next(r for r in services.cases.list_cases(CaseFilter()) if r.id == cases["hikaru"])
    assert row.case_no == "2022-00001"
    assert (row.person_name, row.person_kana) == ("川辺 ひかる", "かわべ ひかる")
    assert row.opened_on == date(2022, 4, 1)
    assert (row.status, row.status_label) == ("intake", "相談受付")
    assert row.programmes == "自立相談・家計改善"
    assert row.counsellor == "森田 あおい"
    assert row.disaster is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山野辺", ["midori"]),
        ("野辺", ["midori"]),
        ("辺", ["hikaru", "midori"]),
        ("かわべ", ["hikaru"]),
        ("カワベ", ["hikaru"]),
        ("ｶﾜﾍﾞ ﾋｶﾙ", ["hikaru"]),
        ("うなばら そら", ["sora"]),
        ("090-1234-5678", ["midori"]),
        ("０８６７６５４３２１", ["hikaru"]),
        ("2021-", ["midori"]),
        ("00001", ["midori", "hikaru", "koharu"]),
        ("%", []),
        ("_", []),
        ("該当なし", []),
    ],
)
def test_text_filter(services, cases, text: str, expected: list[str]) -> None:
    assert sorted(listed(services, text=text)) == sorted(cases[k] for k in expected)


def test_text_filter_by_case_number_without_hyphen_part(services, cases) -> None:
    # the numbers are 2021-00001, 2022-00001, 2022-00002, 2023-00001
    assert listed(services, text="00002") == [cases["sora"]]
    assert listed(services, text="2023") == [cases["koharu"]]


def test_text_filter_by_full_case_number(services, cases) -> None:
    assert listed(services, text="2022-00002") == [cases["sora"]]


def test_programme_filter(services, cases) -> None:
    assert listed(services, programme="household_budget") == [cases["hikaru"]]
    assert listed(services, programme="self_reliance") == [cases["hikaru"], cases["midori"]]
    assert listed(services, programme="outreach") == [cases["koharu"]]


def test_unknown_programme_filter_is_a_validation_error(services, cases) -> None:
    with pytest.raises(ValidationError) as exc:
        services.cases.list_cases(CaseFilter(programme="gardening"))
    assert exc.value.fields == ("programme",)


def test_status_filter(services, cases) -> None:
    services.cases.change_status(cases["hikaru"], "household_budget", "assessment", date(2022, 5, 1))
    services.cases.change_status(cases["sora"], "disaster_recovery", "support", date(2022, 8, 1))
    assert listed(services, status="assessment") == [cases["hikaru"]]
    assert listed(services, status="support") == [cases["sora"]]
    # 川辺's 自立相談 membership is still at intake
    assert listed(services, status="intake") == [cases["koharu"], cases["hikaru"], cases["midori"]]
    # programme and status must hold for the same membership
    assert listed(services, programme="self_reliance", status="assessment") == []
    assert listed(services, programme="household_budget", status="assessment") == [cases["hikaru"]]


def test_counsellor_filter(services, cases) -> None:
    assert listed(services, counsellor_id=cases["counsellor"]) == [cases["sora"], cases["midori"]]
    assert listed(services, counsellor_id=cases["other"]) == [cases["hikaru"]]


def test_fiscal_year_filter(services, cases) -> None:
    assert listed(services, fiscal_year=2021) == [cases["midori"]]  # opened 2022-03-31
    assert listed(services, fiscal_year=2022) == [cases["sora"], cases["hikaru"]]  # from 04-01
    assert listed(services, fiscal_year=2023) == [cases["koharu"]]
    assert listed(services, fiscal_year=2020) == []


def test_fiscal_year_includes_its_last_day(services) -> None:
    r = services.cases.open_case(intake_draft(received_on=date(2023, 3, 31)))
    assert listed(services, fiscal_year=2022) == [r.case_id]
    assert listed(services, fiscal_year=2023) == []


def test_disaster_only(services, cases) -> None:
    assert listed(services, disaster_only=True) == [cases["sora"]]


def test_open_only(services, cases) -> None:
    services.cases.change_status(cases["midori"], "self_reliance", "info_only", date(2022, 4, 2))
    assert cases["midori"] not in listed(services, open_only=True)
    assert len(listed(services, open_only=True)) == 3
    assert cases["midori"] in listed(services)


def test_filters_combine(services, cases) -> None:
    assert listed(services, text="辺", fiscal_year=2022) == [cases["hikaru"]]
    assert listed(services, text="辺", counsellor_id=cases["counsellor"]) == [cases["midori"]]
    assert listed(services, fiscal_year=2022, disaster_only=True) == [cases["sora"]]


def test_paging_gives_disjoint_pages_newest_first(services) -> None:
    opened = [date(2022, 4, 1 + i) for i in range(7)] + [date(2022, 4, 3)]  # a same-day pair
    for i, d in enumerate(opened):
        services.cases.open_case(intake_draft(received_on=d, person=PersonDraft(f"架空{i}", family_kana="かくう")))
    f = CaseFilter()
    assert services.cases.count_cases(f) == 8
    pages = [services.cases.list_cases(f, limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 2, 0]
    ids = [r.id for p in pages for r in p]
    assert len(ids) == len(set(ids)) == 8
    keys = [(r.opened_on, r.id) for p in pages for r in p]
    assert keys == sorted(keys, reverse=True)
    # a limit smaller than the matches never returns more
    assert len(services.cases.list_cases(f, limit=1)) == 1
    assert len(services.cases.list_cases(f, limit=5, offset=2)) == 5


def test_empty_ledger(services) -> None:
    assert services.cases.list_cases(CaseFilter()) == []
    assert services.cases.count_cases(CaseFilter(text="山野")) == 0
