"""OrganisationService: the organisation profile per fiscal year (create, update with
optimistic locking, copy into a new year) and its validation."""

from __future__ import annotations

import pytest

from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.org_drafts import OrganisationProfileDraft
from app.models import OrganisationProfile
from app.services.organisation import OrganisationService
from tests.conftest import TODAY

PROFILE = OrganisationProfileDraft(
    corporation_name="社会福祉法人 架空福祉会",
    division_name="地域福祉部",
    centre_name="架空市生活自立相談支援センター",
    address="岡山県架空市本町1-2-3",
    division_goals="誰もが相談できる地域をつくる。\n関係機関とつながる。\n",
)


@pytest.fixture
def organisation(ledger) -> OrganisationService:
    # Services (container.py) gets an ``organisation`` member from the lead; until then, here.
    return OrganisationService(ledger, lambda: TODAY)


def test_no_profile_yet(organisation) -> None:
    assert organisation.profile(2023) is None
    assert organisation.years() == []


def test_save_creates_the_profile(organisation) -> None:
    saved = organisation.save_profile(2023, PROFILE)
    assert (saved.fiscal_year, saved.version, saved.corporation_name) == (2023, 1, "社会福祉法人 架空福祉会")
    assert saved.division_goals == "誰もが相談できる地域をつくる。\n関係機関とつながる。"  # trailing blanks cut
    assert organisation.profile(2023) == saved
    assert organisation.profile(2022) is None
    assert organisation.years() == [2023]


def test_texts_are_trimmed(organisation) -> None:
    draft = OrganisationProfileDraft("　架空福祉会 ", centre_name=" センター　", address="  架空市 ")
    saved = organisation.save_profile(2023, draft)
    assert (saved.corporation_name, saved.centre_name, saved.address, saved.division_name) == (
        "架空福祉会",
        "センター",
        "架空市",
        "",
    )


def test_save_updates_the_same_year(organisation, count) -> None:
    first = organisation.save_profile(2023, PROFILE, version=0)
    changed = OrganisationProfileDraft("社会福祉法人 架空福祉会", centre_name="新センター")
    saved = organisation.save_profile(2023, changed, version=first.version)
    assert (saved.id, saved.version, saved.centre_name, saved.address) == (first.id, 2, "新センター", "")
    assert count(OrganisationProfile) == 1


def test_stale_save_is_refused_with_the_differences(organisation, ledger) -> None:
    organisation.save_profile(2023, PROFILE, version=0)
    organisation.save_profile(2023, OrganisationProfileDraft("架空福祉会"), version=1)
    with pytest.raises(ConflictError) as exc:
        organisation.save_profile(2023, OrganisationProfileDraft("架空福祉会 本部"), version=1)
    assert ("法人名", "架空福祉会", "架空福祉会 本部") in exc.value.changes
    assert organisation.profile(2023).corporation_name == "架空福祉会"


def test_creating_a_year_someone_else_created_is_a_conflict(organisation) -> None:
    organisation.save_profile(2023, PROFILE)
    with pytest.raises(ConflictError):
        organisation.save_profile(2023, OrganisationProfileDraft("別法人"), version=0)
    assert organisation.profile(2023).corporation_name == PROFILE.corporation_name


def test_save_without_version_overwrites(organisation) -> None:
    organisation.save_profile(2023, PROFILE)
    saved = organisation.save_profile(2023, OrganisationProfileDraft("別法人"))
    assert (saved.corporation_name, saved.version) == ("別法人", 2)


@pytest.mark.parametrize(
    ("year", "draft", "field"),
    [
        (2023, OrganisationProfileDraft(""), "corporation_name"),
        (2023, OrganisationProfileDraft("　"), "corporation_name"),
        (2023, OrganisationProfileDraft("架空" * 101), "corporation_name"),
        (2023, OrganisationProfileDraft("架空", centre_name="セ" * 201), "centre_name"),
        (2023, OrganisationProfileDraft("架空", division_name="部" * 201), "division_name"),
        (2023, OrganisationProfileDraft("架空", address="町" * 301), "address"),
        (2023, OrganisationProfileDraft("架空", division_goals="目" * 20_001), "division_goals"),
        (1899, PROFILE, "fiscal_year"),
        (2201, PROFILE, "fiscal_year"),
    ],
)
def test_invalid_profile_writes_nothing(organisation, count, year, draft, field) -> None:
    with pytest.raises(ValidationError) as exc:
        organisation.save_profile(year, draft)
    assert exc.value.fields == (field,)
    assert field in {"fiscal_year"} or exc.value.errors[0].message.startswith(exc.value.errors[0].label)
    assert count(OrganisationProfile) == 0


def test_required_message_names_the_field(organisation) -> None:
    with pytest.raises(ValidationError) as exc:
        organisation.save_profile(2023, OrganisationProfileDraft(""))
    assert exc.value.errors[0].message == "法人名を入力してください"


def test_copy_profile_into_a_new_year(organisation) -> None:
    old = organisation.save_profile(2022, PROFILE)
    new = organisation.copy_profile(2022, 2023)
    assert new.id != old.id and new.fiscal_year == 2023 and new.version == 1
    assert (new.corporation_name, new.centre_name, new.division_goals) == (
        old.corporation_name,
        old.centre_name,
        old.division_goals,
    )
    assert organisation.years() == [2022, 2023]


def test_copy_refuses_to_overwrite_unless_asked(organisation) -> None:
    organisation.save_profile(2022, PROFILE)
    organisation.save_profile(2023, OrganisationProfileDraft("新法人"))
    with pytest.raises(ConflictError):
        organisation.copy_profile(2022, 2023)
    assert organisation.profile(2023).corporation_name == "新法人"
    replaced = organisation.copy_profile(2022, 2023, replace=True)
    assert (replaced.corporation_name, replaced.version) == (PROFILE.corporation_name, 2)


def test_copy_from_a_year_without_profile(organisation, count) -> None:
    with pytest.raises(NotFoundError):
        organisation.copy_profile(2022, 2023)
    assert count(OrganisationProfile) == 0


def test_latest_before(organisation) -> None:
    organisation.save_profile(2020, OrganisationProfileDraft("二〇二〇"))
    organisation.save_profile(2022, OrganisationProfileDraft("二〇二二"))
    assert organisation.latest_before(2024).fiscal_year == 2022
    assert organisation.latest_before(2022).fiscal_year == 2020
    assert organisation.latest_before(2020) is None
