"""The audit trail: automatic entries for ORM changes (names, never values), explicit entries,
append-only triggers, the hash chain and its export — on both engines."""

from __future__ import annotations

import csv
import threading
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db.audit import acting_as, current_staff, record, set_current_staff, verify_chain
from app.domain.drafts import StaffDraft
from app.models import Agency
from app.services.audit_log import JST, AuditFilter, AuditService
from app.services.auth import AuthService, PermissionDeniedError
from tests.conftest import TODAY
from tests.services.conftest import MIDORI, intake_draft, person_draft


@pytest.fixture
def audit(ledger) -> AuditService:
    return AuditService(ledger, today=lambda: TODAY)


@pytest.fixture
def admin(ledger) -> int:
    return AuthService(ledger).create_first_admin(StaffDraft("大森", "head", "さとし"), "oomori", "umi-no-mieru-oka-7")


def rows(ledger, where: str = "1=1") -> list:
    with ledger.engine.connect() as c:
        return c.execute(text(f"SELECT * FROM audit_log WHERE {where} ORDER BY id")).all()


def test_opening_a_case_records_field_names_and_no_value(ledger, services, counsellor) -> None:
    with acting_as(counsellor):
        result = services.cases.open_case(intake_draft())
    created = {r.table_name: r for r in rows(ledger, "action = 'create'")}
    assert {"persons", "cases", "intakes"} <= set(created)
    assert created["persons"].record_id == result.person_id
    assert created["cases"].record_id == result.case_id
    assert created["intakes"].record_id == result.intake_id
    assert {"family_name", "given_name", "birth_date", "phone_mobile", "address"} <= set(
        created["persons"].fields.split(",")
    )
    assert all(created[t].staff_id == counsellor for t in ("persons", "cases", "intakes"))
    dump = " ".join(str(v) for r in rows(ledger) for v in r)
    for value in (MIDORI.family_name, MIDORI.given_name, MIDORI.address, MIDORI.phone_mobile, MIDORI.email, "1985"):
        assert value not in dump


def test_an_edit_lists_only_the_changed_field_names(ledger, services) -> None:
    person_id = services.cases.open_case(intake_draft()).person_id
    version = services.people.get_person(person_id).version
    set_current_staff(None)
    services.people.update_person(person_id, person_draft(address="岡山県架空市梅町9-9", phone_home=""), version)
    (update,) = rows(ledger, "action = 'update' AND table_name = 'persons'")
    assert (update.record_id, set(update.fields.split(","))) == (person_id, {"address", "phone_home", "phone_key"})
    assert "梅町" not in " ".join(str(v) for r in rows(ledger) for v in r)


def test_a_delete_is_recorded_and_the_signed_in_member_is_the_actor(ledger, services, agency, counsellor) -> None:
    set_current_staff(counsellor)
    try:
        assert current_staff() == counsellor
        with ledger.transaction() as s:
            s.delete(s.get(Agency, agency))
    finally:
        set_current_staff(None)
    (deleted,) = rows(ledger, "action = 'delete'")
    assert (deleted.table_name, deleted.record_id, deleted.staff_id, deleted.fields) == (
        "agencies",
        agency,
        counsellor,
        "",
    )


def test_a_rolled_back_change_leaves_no_audit_row(ledger, services) -> None:
    before = len(rows(ledger))
    with pytest.raises(RuntimeError), ledger.transaction() as s:
        record(s, "view", "cases", 1)
        s.add(Agency(name="消える機関", kind_id=1))
        s.flush()
        raise RuntimeError("abandon")
    assert len(rows(ledger)) == before


def test_update_and_delete_are_refused_by_the_database(ledger, services, audit) -> None:
    audit.record_view(None, "cases", 1)
    for sql in ("UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), ledger.engine.begin() as c:
            c.execute(text(sql))
    assert len(rows(ledger)) == 1


def _drop_triggers(ledger) -> None:
    with ledger.engine.begin() as c:
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            suffix = "" if ledger.engine.dialect.name == "sqlite" else " ON audit_log"
            c.execute(text(f"DROP TRIGGER {name}{suffix}"))


def test_the_chain_verifies_and_tampering_is_found_at_the_right_row(ledger, services, audit) -> None:
    services.cases.open_case(intake_draft())
    for _ in range(3):
        audit.record_view(None, "cases", 1)
    n = len(rows(ledger))
    with ledger.engine.connect() as c:
        report = verify_chain(c)
    assert (report.ok, report.entries, report.first_bad_id, report.last_id) == (True, n, None, n)

    _drop_triggers(ledger)
    with ledger.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET fields = 'note' WHERE id = 3"))
    report = audit.verify()
    assert (report.ok, report.entries, report.first_bad_id) == (False, 2, 3)
    assert rows(ledger)[-1].action == "verify" and rows(ledger)[-1].detail == "不整合 番号3"


def _rechain_from(ledger, first_id: int) -> None:
    """What someone with write access to the file could do: recompute every hash from
    ``first_id`` on, so the chain verifies again from the start."""
    from app.db.audit import GENESIS, entry_hash

    with ledger.engine.begin() as c:
        all_rows = [r._asdict() for r in c.execute(text("SELECT * FROM audit_log ORDER BY id"))]
        prev = GENESIS
        for r in all_rows:
            if r["id"] >= first_id:
                at = r["at"] if not isinstance(r["at"], str) else __import__("datetime").datetime.fromisoformat(r["at"])
                if at.tzinfo is None:
                    at = at.replace(tzinfo=__import__("datetime").UTC)
                r["at"] = at
                new = entry_hash(prev, r)
                c.execute(text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
                          {"p": prev, "h": new, "i": r["id"]})  # fmt: skip
                prev = new
            else:
                prev = r["hash"]


def test_an_anchor_catches_history_rewritten_with_recomputed_hashes(ledger, services, audit) -> None:
    for record_id in range(1, 6):
        audit.record_view(None, "cases", record_id)
    first = audit.verify()
    assert first.ok and first.last_id == 5
    anchor = (first.last_id, first.last_hash)
    audit.record_view(None, "cases", 6)
    later = audit.verify(after=anchor)  # only the entries after the anchor are checked
    assert later.ok and later.entries == 2 and later.last_id == 7
    assert rows(ledger)[-1].detail == "番号5以降 正常 2件"

    _drop_triggers(ledger)
    with ledger.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET record_id = 99 WHERE id = 2"))
    _rechain_from(ledger, 2)
    assert audit.verify().ok, "without an anchor the rewritten chain looks whole"
    report = audit.verify(after=anchor)
    assert (report.ok, report.first_bad_id) == (False, 5)


def test_the_anchor_is_kept_per_ledger_on_this_pc_and_forgotten_after_a_restore(tmp_path) -> None:
    from app.db import audit_anchor

    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert audit_anchor.load(a) is None
    audit_anchor.save(a, 12, "f" * 64)
    audit_anchor.save(b, 3, "e" * 64)
    assert audit_anchor.load(a) == (12, "f" * 64) and audit_anchor.load(b) == (3, "e" * 64)
    audit_anchor.forget(a)
    assert audit_anchor.load(a) is None and audit_anchor.load(b) == (3, "e" * 64)


def test_a_removed_row_is_found(ledger, services, audit) -> None:
    for record_id in range(1, 6):
        audit.record_view(None, "cases", record_id)
    _drop_triggers(ledger)
    with ledger.engine.begin() as c:
        c.execute(text("DELETE FROM audit_log WHERE id = 2"))
    with ledger.engine.connect() as c:
        assert verify_chain(c).first_bad_id == 3


def test_views_are_recorded_and_the_log_filters(ledger, services, audit, admin, counsellor) -> None:
    audit.record_view(counsellor, "cases", 7)
    audit.record_view(admin, "cases", 8)
    mine = audit.list(AuditFilter(staff_id=counsellor, action="view"))
    assert [(r.table_name, r.record_id, r.staff_name) for r in mine] == [("cases", 7, "川辺 ひかる")]
    today_jst = mine[0].at.astimezone(JST).date()
    assert len(audit.list(AuditFilter(action="view", date_from=today_jst, date_to=today_jst))) == 2
    assert audit.list(AuditFilter(action="view", date_to=today_jst - timedelta(days=1))) == []
    assert len(audit.list(AuditFilter(table_name="cases", limit=1))) == 1
    assert [r.record_id for r in audit.list(AuditFilter(action="view", offset=1))] == [7]


def test_export_is_admin_only_and_itself_audited(ledger, services, audit, admin, counsellor, tmp_path) -> None:
    services.cases.open_case(intake_draft())
    AuthService(ledger).set_login(counsellor, "kawabe", "counsellor", "syoki-password-1", by_staff_id=admin)
    AuthService(ledger).change_password(counsellor, "syoki-password-1", "atarashii-password-2")
    out = tmp_path / "audit.csv"
    with pytest.raises(PermissionDeniedError):
        audit.export_csv(out, by_staff_id=counsellor)
    assert not out.exists()

    before = len(rows(ledger))
    assert audit.export_csv(out, by_staff_id=admin) == before
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0][:5] == ["番号", "日時", "職員ID", "職員", "操作"] and len(lines) == before + 1
    assert MIDORI.family_name not in out.read_text(encoding="utf-8-sig")
    last = rows(ledger)[-1]
    assert (last.action, last.staff_id, last.table_name, last.detail) == (
        "export",
        admin,
        "audit_log",
        f"{before}件 CSV",
    )
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.postgresql
def test_concurrent_writers_keep_one_chain(ledger, audit) -> None:
    """Several PCs appending at once (threads on separate connections) never fork the chain."""
    if ledger.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has a single writer")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(15):
                audit.record_view(None, "cases", n * 100 + i)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ledger.engine.connect() as c:
        assert verify_chain(c).ok and verify_chain(c).entries == 60
