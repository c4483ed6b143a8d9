"""Opening ledgers: creation, pragmas, seeding, the single-writer lock, refusing what must
be refused, and backup-then-migrate."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import migrate
from app.db.ledger import Ledger
from app.db.lock import LedgerLock, lock_path_for
from app.domain.budget_templates import TEMPLATES
from app.domain.codebook import KINDS
from app.domain.errors import LedgerLockedError, MigrationError, StorageError

ROOT = Path(__file__).resolve().parents[2]


def test_new_ledger_is_migrated_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    with Ledger.open(path, create=True) as ledger, ledger.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        meta = dict(conn.execute(text("SELECT key, value FROM ledger_meta")).all())
    assert rev == migrate.head_revision()
    assert set(meta) == {"ledger_id", "created_at", "created_by_version"}
    # WAL is a property of the file: a plain sqlite3 connection sees it too
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_connection_gets_the_pragmas(ledger) -> None:
    conns = [ledger.engine.connect() for _ in range(3)]
    try:
        for c in conns:
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        for c in conns:
            c.close()


def test_every_code_table_and_template_is_seeded(ledger) -> None:
    with ledger.engine.connect() as conn:
        kinds = {k for (k,) in conn.execute(text("SELECT kind FROM code_kinds"))}
        codes = {tuple(r) for r in conn.execute(text("SELECT kind, code FROM codes"))}
        templates = {tuple(r) for r in conn.execute(text("SELECT sheet_kind, name FROM budget_templates"))}
        n_rows = conn.execute(text("SELECT count(*) FROM budget_template_rows")).scalar()
        parent = conn.execute(
            text(
                "SELECT p.code FROM codes c JOIN codes p ON p.id = c.parent_id "
                "WHERE c.kind = 'debt_kind' AND c.code = 'resident_tax'"
            )
        ).scalar()
    assert kinds == {k.kind for k in KINDS}
    assert codes == {(k.kind, c.code) for k in KINDS for c in k.codes}
    assert len(codes) > 250
    assert templates == {(t.sheet_kind, t.name) for t in TEMPLATES}
    assert n_rows == sum(len(t.rows) for t in TEMPLATES)
    assert parent == "tax"


def test_missing_file_is_not_created_without_create(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="台帳ファイルがありません"):
        Ledger.open(tmp_path / "absent.sqlite3")
    assert not (tmp_path / "absent.sqlite3").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="読めません"):
        Ledger.open(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE things (x)")
    with pytest.raises(StorageError, match="寄り添いの台帳ではない"):
        Ledger.open(path)


def test_a_ledger_from_a_newer_version_is_refused_unchanged(ledger_path: Path) -> None:
    with sqlite3.connect(ledger_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()  # `with` only commits: closed, the change is in the file, not in a -wal
    before = ledger_path.read_bytes()
    with pytest.raises(MigrationError, match="新しいバージョン"):
        Ledger.open(ledger_path)
    assert ledger_path.read_bytes() == before
    assert not lock_path_for(ledger_path).exists() or _lock_is_free(ledger_path)


def _lock_is_free(path: Path) -> bool:
    try:
        with LedgerLock(path):
            return True
    except LedgerLockedError:
        return False


def test_second_writer_in_the_same_process_is_refused(ledger_path: Path) -> None:
    with Ledger.open(ledger_path, program="first"):
        with pytest.raises(LedgerLockedError) as info:
            Ledger.open(ledger_path, program="second")
        assert "first" in str(info.value)
    with Ledger.open(ledger_path):  # released on close
        pass


def test_readers_do_not_need_the_lock(ledger_path: Path) -> None:
    with Ledger.open(ledger_path), Ledger.open(ledger_path, read_only=True) as reader:
        assert reader.read_only
        with reader.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM codes")).scalar() > 0
        with pytest.raises(StorageError), reader.transaction():
            pass


HOLD_LEDGER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.db.ledger import Ledger
    ledger = Ledger.open(Path(sys.argv[1]), program="yorisoi テスト")
    print("held", flush=True)
    time.sleep(60)
    """
)


def _hold_in_subprocess(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LEDGER, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_writer_process_is_refused_within_a_second_naming_the_holder(
    ledger_path: Path,
) -> None:
    holder = _hold_in_subprocess(ledger_path)
    try:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "app", "init", "--ledger", str(ledger_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
        elapsed = time.monotonic() - started
        assert result.returncode == 2
        assert "使用中" in result.stderr
        assert "yorisoi テスト" in result.stderr and f"プロセス {holder.pid}" in result.stderr
        # the refusal itself is immediate (non-blocking lock); allow for interpreter start-up
        assert elapsed < 5
        t0 = time.monotonic()
        with pytest.raises(LedgerLockedError):
            Ledger.open(ledger_path)
        assert time.monotonic() - t0 < 1.0
    finally:
        holder.kill()
        holder.wait()


def test_a_crashed_writer_leaves_no_lock(ledger_path: Path) -> None:
    holder = _hold_in_subprocess(ledger_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock_path_for(ledger_path).exists()  # the file stays; the OS lock is gone
    with Ledger.open(ledger_path) as ledger:
        assert not ledger.read_only


def test_failed_open_releases_the_lock(ledger_path: Path) -> None:
    with sqlite3.connect(ledger_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(MigrationError):
        Ledger.open(ledger_path)
    assert _lock_is_free(ledger_path)


SECOND_REVISION = '''
"""Test-only revision: adds a column, to exercise backup-then-migrate."""
import sqlalchemy as sa
from alembic import op

revision = "0{n}"
down_revision = "{prev}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("test_extra", sa.String(20), nullable=False, server_default="x"))


def downgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("test_extra")
'''


@pytest.fixture
def migrations_with_a_newer_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A copy of the migrations with one more revision, as a newer Yorisoi would ship."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    new = f"{int(head) + 1:04d}"
    (copy / "versions" / f"{new}_test_extra.py").write_text(
        SECOND_REVISION.replace("0{n}", new).replace("{prev}", head), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    return new


def test_an_older_ledger_is_backed_up_then_migrated(services, ledger, migrations_with_a_newer_revision) -> None:
    from app.domain.drafts import PersonDraft

    services.people.create_person(PersonDraft("山野", "みどり", "やまの", "みどり"))
    path = ledger.path
    ledger.close()
    previous = f"{int(migrations_with_a_newer_revision) - 1:04d}"  # the head before the test's revision

    with Ledger.open(path) as upgraded:
        backup = upgraded.last_backup
        with upgraded.engine.connect() as c:
            assert (
                c.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrations_with_a_newer_revision
            )
            assert c.execute(text("SELECT family_name, test_extra FROM persons")).one() == (
                "山野",
                "x",
            )
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert backup is not None and backup.parent == path.parent / "backups"
    assert f"before-migrate-{previous}" in backup.name
    with sqlite3.connect(backup) as raw:  # the backup is the ledger as it was, and sound
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
        assert raw.execute("SELECT family_name FROM persons").fetchall() == [("山野",)]


def test_read_only_open_of_an_older_ledger_asks_for_migration(
    ledger_path: Path, migrations_with_a_newer_revision
) -> None:
    with pytest.raises(MigrationError, match="更新"):
        Ledger.open(ledger_path, read_only=True)


def test_transaction_is_all_or_nothing(ledger) -> None:
    from app.models import Agency, Code

    with ledger.reading() as s:
        kind_id = s.query(Code.id).filter_by(kind="agency_kind", code="government").scalar()
    with pytest.raises(RuntimeError), ledger.transaction() as s:
        s.add(Agency(name="倉敷市役所", kind_id=kind_id, department="福祉課"))
        s.flush()
        raise RuntimeError("power cut")
    with ledger.reading() as s:
        assert s.query(Agency).count() == 0


def test_a_bulk_load_leaves_the_planner_its_statistics(tmp_path) -> None:
    """After the demo (a bulk load) the ledger holds ANALYZE's statistics, so SQLite picks
    selective indexes (the meeting agenda took seconds without them)."""
    from app.db.ledger import Ledger
    from app.services.demo import build_demo

    with Ledger.open(tmp_path / "demo.sqlite3", create=True) as ledger:
        build_demo(ledger, fiscal_year=2022, years=1, scale=0.02)
        with ledger.engine.connect() as conn:
            analysed = conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar()
    assert analysed > 0
