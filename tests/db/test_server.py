"""A shared office ledger on PostgreSQL: several PCs writing at once, conflicts, moving a
centre's ledger between a PC file and the server, passwords and change notices."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.ledger import Ledger
from app.db.location import ServerLocation, parse_location
from app.domain.drafts import IntakeDraft, PersonDraft
from app.domain.errors import ConflictError, StorageError
from app.services.container import Services
from app.services.statistics import StatisticsService
from app.services.transfer import export_ledger, import_ledger

pytestmark = pytest.mark.postgresql
TODAY = date(2023, 6, 1)


def _intake(name: str, kana: str, on: date = date(2022, 6, 1)) -> IntakeDraft:
    return IntakeDraft(
        received_on=on, method="phone", route="self", programmes=("self_reliance",),
        person=PersonDraft(name, "さくら", kana, "さくら"),
    )  # fmt: skip


def test_location_parsing() -> None:
    loc = parse_location("postgresql://counsellor@office-server:5433/yorisoi")
    assert loc == ServerLocation("counsellor", "office-server", 5433, "yorisoi")
    assert parse_location("postgres://a:secret@h/db").password == "secret"
    with pytest.raises(StorageError, match="指定が正しくありません"):
        parse_location("postgresql://host-only")


def test_init_creates_the_schema_on_an_empty_database(pg_empty_location: ServerLocation) -> None:
    with pytest.raises(StorageError, match="yorisoi init"):
        Ledger.open(pg_empty_location)
    with Ledger.open(pg_empty_location, create=True) as ledger:
        assert ledger.created and ledger.is_server
        assert ledger.description.startswith("サーバー ")
        with ledger.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM codes")).scalar() > 250
    with Ledger.open(pg_empty_location) as again:
        assert not again.created


def test_two_pcs_initialising_at_once_make_one_schema(pg_empty_location: ServerLocation) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            Ledger.open(pg_empty_location, create=True).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Ledger.open(pg_empty_location) as ledger, ledger.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM ledger_meta WHERE key = 'ledger_id'")).scalar() == 1


def test_several_writers_at_once_get_unique_case_and_person_numbers(pg_location: ServerLocation) -> None:
    results, errors = [], []

    def counsellor(n: int) -> None:
        sv = Services.for_ledger(Ledger.open(pg_location), today=lambda: TODAY)
        try:
            for i in range(10):
                results.append(sv.cases.open_case(_intake(f"並行{n}", "へいこう", date(2022, 6, 1 + i))))
        except BaseException as exc:
            errors.append(exc)
        finally:
            sv.close()

    threads = [threading.Thread(target=counsellor, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 40
    assert len({r.case_no for r in results}) == 40
    assert len({r.person_no for r in results}) == 40
    assert sorted(r.case_no for r in results) == [f"2022-{n:05d}" for n in range(1, 41)]


def test_the_second_save_of_the_same_person_is_a_conflict(pg_location: ServerLocation) -> None:
    first = Services.for_ledger(Ledger.open(pg_location), today=lambda: TODAY)
    second = Services.for_ledger(Ledger.open(pg_location), today=lambda: TODAY)
    try:
        made = first.cases.open_case(_intake("春田", "はるた"))
        seen_by_a = first.people.get_person(made.person_id)
        seen_by_b = second.people.get_person(made.person_id)
        original = PersonDraft("春田", "さくら", "はるた", "さくら")
        first.people.update_person(made.person_id, replace(original, phone_mobile="090-2222-3333"), seen_by_a.version)
        mine = replace(original, address="架空市1-1")  # B edits what B saw: no phone yet
        with pytest.raises(ConflictError) as info:
            second.people.update_person(made.person_id, mine, seen_by_b.version)
        assert info.value.changes == (("住所", "", "架空市1-1"), ("携帯電話", "090-2222-3333", ""))
        assert "・携帯電話: 保存済み「090-2222-3333」／入力「」" in str(info.value)
        assert second.people.get_person(made.person_id).address == ""  # nothing overwritten
        now = second.people.get_person(made.person_id)  # reload …
        second.people.update_person(
            made.person_id, replace(mine, phone_mobile=now.phone_mobile), now.version
        )  # … re-apply
        saved = first.people.get_person(made.person_id)
        assert (saved.address, saved.phone_mobile) == ("架空市1-1", "090-2222-3333")
    finally:
        first.close()
        second.close()


def _stats(ledger: Ledger) -> dict:
    stats = StatisticsService(ledger, today=lambda: TODAY)
    return {fy: stats.year(fy) for fy in (2021, 2022)}


def test_a_pc_ledger_moves_to_the_server_and_back_with_identical_statistics(
    tmp_path: Path, template_ledger: Path, pg_empty_location: ServerLocation
) -> None:
    from tests.conftest import copy_ledger
    from tests.services.stats_builders import Builder, build_year

    pc = Ledger.open(copy_ledger(template_ledger, tmp_path / "pc.sqlite3"))
    build_year(Builder(pc, Services.for_ledger(pc, today=lambda: TODAY)))
    before = _stats(pc)
    export_ledger(pc, tmp_path / "move.jsonl")
    pc.close()

    with Ledger.open(pg_empty_location, create=True) as server:
        import_ledger(server, tmp_path / "move.jsonl")
        assert _stats(server) == before
        # the server carries on numbering after the imported records
        sv = Services.for_ledger(server, today=lambda: TODAY)
        sv.cases.open_case(_intake("新井", "あらい"))
        export_ledger(server, tmp_path / "back.jsonl")

    back = Ledger.open(copy_ledger(template_ledger, tmp_path / "back.sqlite3"))
    import_ledger(back, tmp_path / "back.jsonl")
    after = _stats(back)
    back.close()
    assert after[2021] == before[2021]
    assert (
        after[2022].value("self_reliance.new_consultations")
        == before[2022].value("self_reliance.new_consultations") + 1
    )


@pytest.fixture
def staff_role(pg_location: ServerLocation):
    """A staff member's own login role with a password, allowed to use the ledger."""
    with Ledger.open(pg_location) as admin, admin.engine.connect() as c:
        c.execute(text("CREATE ROLE yorisoi_pw_test LOGIN PASSWORD 'correct horse battery'"))
        c.execute(text("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO yorisoi_pw_test"))
        c.execute(text("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO yorisoi_pw_test"))
        c.commit()
    yield replace(pg_location, user="yorisoi_pw_test", password=None)
    with Ledger.open(pg_location) as admin, admin.engine.connect() as c:
        c.execute(text("DROP OWNED BY yorisoi_pw_test"))
        c.execute(text("DROP ROLE yorisoi_pw_test"))
        c.commit()


def test_password_is_asked_for_when_the_server_wants_one(
    staff_role: ServerLocation, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    asked: list[str] = []
    with Ledger.open(
        staff_role, password_provider=lambda where, why: asked.append(why) or "correct horse battery"
    ) as ledger:
        assert ledger.is_server
        with ledger.engine.connect() as c:
            assert c.execute(text("SELECT current_user")).scalar() == "yorisoi_pw_test"
    assert len(asked) == 1
    with pytest.raises(StorageError, match="接続できません"):
        Ledger.open(staff_role, password_provider=lambda where, why: "wrong")
    with pytest.raises(StorageError, match="接続できません"):
        Ledger.open(staff_role)  # no prompt available (e.g. not a terminal)


def test_password_file_is_used_without_asking(staff_role: ServerLocation, tmp_path: Path, monkeypatch) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{staff_role.host}:{staff_role.port}:*:yorisoi_pw_test:correct horse battery\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Ledger.open(staff_role, password_provider=lambda *a: pytest.fail("asked for a password")) as ledger:
        assert ledger.is_server


def test_unreachable_server_is_a_clear_error() -> None:
    loc = ServerLocation("nobody", "127.0.0.1", 1, "nothing")
    with pytest.raises(StorageError, match="サーバーの台帳に接続できません"):
        Ledger.open(loc)


def test_other_pcs_hear_about_changes(pg_location: ServerLocation) -> None:
    from app.db.changes import ChangeListener

    writer = Services.for_ledger(Ledger.open(pg_location), today=lambda: TODAY)
    reader = Ledger.open(pg_location)
    listener = ChangeListener(reader)
    try:
        assert listener.poll() == 0
        writer.cases.open_case(_intake("秋山", "あきやま"))
        assert listener.wait(5.0) == 1  # one committed write by another program
        Services.for_ledger(reader, today=lambda: TODAY).cases.open_case(_intake("冬木", "ふゆき"))
        assert listener.wait(0.5) == 0  # our own writes are not news
    finally:
        listener.close()
        reader.close()
        writer.close()
