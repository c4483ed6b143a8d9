"""CaseService.list_cases sorting: every order of CASE_ORDERS, ties broken by the case id so
pages never repeat or skip a case, and an unknown order refused."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.drafts import PersonDraft
from app.services.case_queries import CASE_ORDERS
from app.services.cases import CaseFilter
from tests.services.conftest import intake_draft

# (family name, reading, opened on): 五味/小山 differ in 五十音 and code-point order
PEOPLE = (
    ("小山", "こやま", date(2022, 5, 10)),
    ("阿部", "あべ", date(2021, 6, 1)),
    ("五味", "ごみ", date(2022, 5, 10)),
    ("森", "もり", date(2023, 4, 3)),
)


@pytest.fixture
def cases(services) -> dict[str, int]:
    """Four cases of fictional persons; 小山 and 五味 were opened on the same day."""
    made = {}
    for name, reading, opened in PEOPLE:
        draft = intake_draft(received_on=opened, person=PersonDraft(name, "", reading))
        made[reading] = services.cases.open_case(draft).case_id
    return made


def ordered(services, order: str, **filters: object) -> list[int]:
    return [r.id for r in services.cases.list_cases(CaseFilter(order=order, **filters))]


def names(services, order: str) -> list[str]:
    return [r.person_kana for r in services.cases.list_cases(CaseFilter(order=order))]


def test_default_is_newest_first_with_id_breaking_ties(services, cases) -> None:
    assert CaseFilter().order == "opened_desc"
    assert names(services, "opened_desc") == ["もり", "ごみ", "こやま", "あべ"]  # 五味 opened after 小山


def test_oldest_first(services, cases) -> None:
    assert names(services, "opened_asc") == ["あべ", "こやま", "ごみ", "もり"]


def test_case_number_both_ways(services, cases) -> None:
    rows = services.cases.list_cases(CaseFilter(order="case_no_asc"))
    assert [r.case_no for r in rows] == ["2021-00001", "2022-00001", "2022-00002", "2023-00001"]
    assert ordered(services, "case_no_desc") == ordered(services, "case_no_asc")[::-1]


def test_reading_is_gojuon_not_code_points(services, cases) -> None:
    # code points put こやま before ごみ (こ < ご); 五十音 compares こみ with こや first
    assert names(services, "reading_asc") == ["あべ", "ごみ", "こやま", "もり"]
    assert names(services, "reading_desc") == ["もり", "こやま", "ごみ", "あべ"]


def test_status_follows_the_path(services, cases) -> None:
    services.cases.change_status(cases["あべ"], "self_reliance", "assessment", date(2022, 5, 1))
    services.cases.change_status(cases["もり"], "self_reliance", "screening", date(2023, 4, 5))
    # 相談受付 (こやま, ごみ: by id) → スクリーニング → アセスメント
    assert ordered(services, "status_asc") == [cases["こやま"], cases["ごみ"], cases["もり"], cases["あべ"]]
    assert ordered(services, "status_desc") == [cases["あべ"], cases["もり"], cases["ごみ"], cases["こやま"]]


def test_sorting_keeps_the_filter(services, cases) -> None:
    assert ordered(services, "reading_asc", fiscal_year=2022) == [cases["ごみ"], cases["こやま"]]


def test_unknown_order_is_refused(services, cases) -> None:
    with pytest.raises(ValueError, match="unknown case order"):
        CaseFilter(order="person_name; DROP TABLE cases")
    with pytest.raises(ValueError):
        CaseFilter(order="")


@pytest.mark.parametrize("order", sorted(CASE_ORDERS))
def test_pages_never_repeat_or_skip_with_many_ties(services, order: str) -> None:
    # nine cases on two days, all with the same reading and status: only the id tells them apart
    for i in range(9):
        opened = date(2022, 4, 1 + i % 2)
        services.cases.open_case(intake_draft(received_on=opened, person=PersonDraft(f"同名{i}", "", "どうめい")))
    f = CaseFilter(order=order)
    paged = [r.id for offset in range(0, 12, 4) for r in services.cases.list_cases(f, limit=4, offset=offset)]
    assert paged == [r.id for r in services.cases.list_cases(f, limit=100)]
    assert sorted(paged) == sorted(set(paged)) and len(paged) == 9
