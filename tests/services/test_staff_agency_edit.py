"""Editing staff members and agencies (settings screens): reading one record, saving changes
with optimistic locking, reinstating a retired agency, and the paged directory listing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.drafts import AgencyDraft, CodeDraft, StaffDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.models import Agency, StaffMember
from tests.conftest import TODAY

# ---- staff -----------------------------------------------------------------------------


@pytest.fixture
def staff_id(services) -> int:
    return services.staff.add_staff(
        StaffDraft("川辺", "counsellor", "ひかる", family_kana="カワベ", given_kana="ﾋｶﾙ", qualifications="社会福祉士")
    )


def test_get_staff(services, staff_id) -> None:
    d = services.staff.get_staff(staff_id)
    assert (d.id, d.version, d.display_name) == (staff_id, 1, "川辺 ひかる")
    assert (d.family_kana, d.given_kana) == ("かわべ", "ひかる")  # stored as hiragana
    assert (d.role, d.role_label, d.qualifications, d.active) == ("counsellor", "相談支援員", "社会福祉士", True)


def test_get_missing_staff(services) -> None:
    with pytest.raises(NotFoundError):
        services.staff.get_staff(999)


def test_update_staff(services, staff_id) -> None:
    draft = StaffDraft(" 川辺　", "budget_advisor", "光", family_kana="かわべ", given_kana="ヒカル", qualifications="")
    saved = services.staff.update_staff(staff_id, draft, version=1)
    assert (saved.version, saved.display_name, saved.given_kana) == (2, "川辺 光", "ひかる")
    assert (saved.role, saved.role_label, saved.qualifications) == ("budget_advisor", "家計改善支援員", "")
    (row,) = services.staff.list_staff()
    assert (row.name, row.kana, row.role_label) == ("川辺 光", "かわべ ひかる", "家計改善支援員")


def test_update_staff_reorders_by_reading(services, staff_id) -> None:
    other = services.staff.add_staff(StaffDraft("阿部", "counsellor", family_kana="あべ"))
    assert [r.id for r in services.staff.list_staff()] == [other, staff_id]
    services.staff.update_staff(staff_id, StaffDraft("相川", "counsellor", family_kana="あいかわ"), version=1)
    assert [r.id for r in services.staff.list_staff()] == [staff_id, other]


def test_stale_staff_update_is_refused_and_lists_the_changes(services, ledger, staff_id) -> None:
    services.staff.update_staff(staff_id, StaffDraft("川辺", "head", "ひかる", "かわべ", "ひかる"), version=1)
    mine = StaffDraft("河辺", "counsellor", "ひかる", "かわべ", "ひかる")
    with pytest.raises(ConflictError) as exc:
        services.staff.update_staff(staff_id, mine, version=1)
    assert ("氏名（姓）", "川辺", "河辺") in exc.value.changes
    assert ("職種", "センター長", "相談支援員") in exc.value.changes
    with ledger.reading() as s:
        m = s.get(StaffMember, staff_id)
        assert (m.family_name, m.version) == ("川辺", 2)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (StaffDraft("", "counsellor"), "family_name"),
        (StaffDraft("川辺", ""), "role"),
        (StaffDraft("川辺", "wizard"), "role"),
        (StaffDraft("川辺", "counsellor", family_kana="Kawabe"), "family_kana"),
    ],
)
def test_invalid_staff_update_writes_nothing(services, ledger, staff_id, draft, field) -> None:
    with pytest.raises(ValidationError) as exc:
        services.staff.update_staff(staff_id, draft, version=1)
    assert exc.value.fields == (field,)
    assert services.staff.get_staff(staff_id).version == 1
    assert services.staff.get_staff(staff_id).family_name == "川辺"


def test_staff_keeps_a_retired_role_but_cannot_take_one(services, staff_id, code_id) -> None:
    services.codes.retire_code(code_id("staff_role", "counsellor"))
    kept = services.staff.update_staff(staff_id, StaffDraft("川辺", "counsellor", "ひかる", "かわべ"), version=1)
    assert kept.role == "counsellor" and kept.given_kana == ""
    other = services.staff.add_staff(StaffDraft("阿部", "head", family_kana="あべ"))
    with pytest.raises(ValidationError) as exc:
        services.staff.update_staff(other, StaffDraft("阿部", "counsellor"), version=1)
    assert exc.value.errors[0].code == "retired_code"


def test_update_missing_staff(services) -> None:
    with pytest.raises(NotFoundError):
        services.staff.update_staff(999, StaffDraft("川辺", "counsellor"), version=1)


def test_update_keeps_the_active_flag(services, staff_id) -> None:
    services.staff.set_active(staff_id, False)
    version = services.staff.get_staff(staff_id).version
    saved = services.staff.update_staff(staff_id, StaffDraft("川辺", "counsellor"), version=version)
    assert saved.active is False


# ---- agencies --------------------------------------------------------------------------

CITY = AgencyDraft(
    "架空市役所",
    "government",
    name_kana="カクウシヤクショ",
    department="生活福祉課",
    phone="086-000-1111",
    contact_person="里山",
    address="架空市本町1",
    note="保護係",
)


@pytest.fixture
def city(services) -> int:
    return services.agencies.add_agency(CITY)


def test_get_agency(services, city) -> None:
    d = services.agencies.get_agency(city)
    assert (d.id, d.version, d.display_name, d.name_kana) == (city, 1, "架空市役所 生活福祉課", "かくうしやくしょ")
    assert (d.kind, d.kind_label, d.phone, d.contact_person) == ("government", "行政", "086-000-1111", "里山")
    assert (d.address, d.note, d.retired_on) == ("架空市本町1", "保護係", None)


def test_get_missing_agency(services) -> None:
    with pytest.raises(NotFoundError):
        services.agencies.get_agency(999)


def test_update_agency_and_search_by_the_new_name(services, city) -> None:
    draft = AgencyDraft("架空市社会福祉協議会", "welfare", name_kana="かくうししゃきょう", department=" 地域福祉課 ")
    saved = services.agencies.update_agency(city, draft, version=1)
    assert (saved.version, saved.display_name, saved.kind_label, saved.phone) == (
        2,
        "架空市社会福祉協議会 地域福祉課",
        "福祉",
        "",
    )
    assert [r.id for r in services.agencies.search("シャキョウ")] == [city]
    assert services.agencies.search("市役所") == []


def test_update_agency_keeps_its_own_name(services, city) -> None:
    saved = services.agencies.update_agency(city, replace(CITY, phone="086-000-2222"), version=1)
    assert saved.phone == "086-000-2222"


def test_update_agency_refuses_another_agencys_name(services, count, city) -> None:
    tax = services.agencies.add_agency(AgencyDraft("架空市役所", "government", department="納税課"))
    with pytest.raises(ValidationError) as exc:
        services.agencies.update_agency(
            tax, AgencyDraft("架空市役所", "government", department="生活福祉課"), version=1
        )
    assert (exc.value.fields, exc.value.errors[0].code) == (("name",), "duplicate")
    assert services.agencies.get_agency(tax).department == "納税課"


def test_stale_agency_update_is_refused(services, ledger, city) -> None:
    services.agencies.update_agency(city, AgencyDraft("架空市役所", "government", department="生活福祉課"), version=1)
    with pytest.raises(ConflictError) as exc:
        services.agencies.update_agency(city, AgencyDraft("架空市役所", "welfare", department="生活福祉課"), version=1)
    assert ("種別", "行政", "福祉") in exc.value.changes
    with ledger.reading() as s:
        assert s.get(Agency, city).version == 2


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (AgencyDraft("", "government"), "name"),
        (AgencyDraft("架空会館", ""), "kind"),
        (AgencyDraft("架空会館", "community", name_kana="Kaikan"), "name_kana"),
        (AgencyDraft("架空会館", "community", phone="123"), "phone"),
    ],
)
def test_invalid_agency_update_writes_nothing(services, city, draft, field) -> None:
    with pytest.raises(ValidationError) as exc:
        services.agencies.update_agency(city, draft, version=1)
    assert exc.value.fields == (field,)
    stored = services.agencies.get_agency(city)
    assert (stored.version, stored.name, stored.kind) == (1, "架空市役所", "government")


def test_agency_keeps_a_retired_custom_kind(services, city, code_id) -> None:
    added = services.codes.add_code(CodeDraft("agency_kind", "NPO法人"))
    services.agencies.update_agency(city, AgencyDraft("架空市役所", added.code, department="生活福祉課"), version=1)
    services.codes.retire_code(added.id)
    saved = services.agencies.update_agency(
        city, AgencyDraft("架空市役所", added.code, department="生活福祉課", phone="086-000-3333"), version=2
    )
    assert (saved.kind, saved.phone) == (added.code, "086-000-3333")


def test_retire_and_reinstate_agency(services, city) -> None:
    services.agencies.retire_agency(city)
    assert services.agencies.get_agency(city).retired_on == TODAY
    assert services.agencies.search() == []
    services.agencies.reinstate_agency(city)
    assert services.agencies.get_agency(city).retired_on is None
    assert [r.id for r in services.agencies.search()] == [city]


def test_reinstate_missing_agency(services) -> None:
    with pytest.raises(NotFoundError):
        services.agencies.reinstate_agency(999)


def test_directory_pages_include_retired_agencies(services) -> None:
    ids = [
        services.agencies.add_agency(AgencyDraft(f"架空機関{ch}", "community", name_kana=f"かくうきかん{ch}"))
        for ch in "あいうえおかき"
    ]
    services.agencies.retire_agency(ids[3], on=date(2023, 3, 31))
    assert services.agencies.count_agencies() == 7
    assert services.agencies.count_agencies(include_retired=False) == 6
    pages = [services.agencies.list_agencies(offset=o, limit=3) for o in (0, 3, 6)]
    assert [[r.id for r in p] for p in pages] == [ids[0:3], ids[3:6], ids[6:7]]
    assert pages[1][0].retired_on == date(2023, 3, 31)
    active = services.agencies.list_agencies(include_retired=False, limit=10)
    assert ids[3] not in [r.id for r in active]
    assert services.agencies.count_agencies("きかんか") == 1
    assert [r.id for r in services.agencies.list_agencies("ｷｶﾝｶ")] == [ids[5]]
