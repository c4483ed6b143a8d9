"""Shared fixtures: an isolated home for every test, and a migrated ledger per test.

The schema is migrated once per session into a template file; each test gets its own copy
(through SQLite's backup API), so service tests run against a real ledger file quickly.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2023, 6, 1)  # the fixed "today" service tests run on


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the translations (.ts → .qm) the way dev.sh does, so screens show Japanese."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "tools" / "translations.py"), "release"], check=True, cwd=root)


@pytest.fixture(autouse=True)
def nobody_signed_in():
    """The signed-in member and the screens' audit hook are process-wide: each test starts
    and ends without them."""
    from app.db.audit import set_current_staff

    set_current_staff(None)
    yield
    set_current_staff(None)
    try:
        from app.qt import audit_trail
    except ImportError:  # no Qt in this environment
        return
    audit_trail.uninstall()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, default ledger and QSettings of each test live in a fresh folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("YORISOI_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.delenv("YORISOI_LEDGER", raising=False)
    monkeypatch.delenv("YORISOI_LANG", raising=False)
    return home


@pytest.fixture(scope="session")
def template_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.db.ledger import Ledger

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Ledger.open(path, create=True).close()
    return path


def copy_ledger(src: Path, dest: Path) -> Path:
    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    a.close()
    b.close()
    return dest


@pytest.fixture
def ledger_path(template_ledger: Path, tmp_path: Path) -> Path:
    return copy_ledger(template_ledger, tmp_path / "ledger.sqlite3")


@pytest.fixture
def ledger(ledger_path: Path) -> Iterator:
    from app.db.ledger import Ledger

    opened = Ledger.open(ledger_path)
    yield opened
    opened.close()


@pytest.fixture
def services(ledger):
    from app.services.container import Services

    return Services.for_ledger(ledger, today=lambda: TODAY)


# ---- PostgreSQL ----------------------------------------------------------------------------
# With YORISOI_TEST_PG_URL set (dev.sh test and .ci/run start a throwaway server with
# tools/test-postgres.sh), the service, statistics and transfer suites run on both engines.
PG_URL_ENV = "YORISOI_TEST_PG_URL"


def pg_available() -> bool:
    return bool(os.environ.get(PG_URL_ENV))


def _pg_admin_engine():
    from sqlalchemy import create_engine

    from app.db.location import parse_location

    base = parse_location(os.environ[PG_URL_ENV])
    return base, create_engine(base.sqlalchemy_url(), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated, seeded PostgreSQL database that each test's database is cloned from."""
    if not pg_available():
        pytest.skip("PostgreSQL not available (set YORISOI_TEST_PG_URL; see README)")
    from dataclasses import replace

    from sqlalchemy import text

    from app.db.ledger import Ledger

    base, admin = _pg_admin_engine()
    name = f"yorisoi_tpl_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    Ledger.open(replace(base, database=name), create=True).close()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@contextmanager
def _scratch_database(prefix: str, template: str | None) -> Iterator:
    """A new database (a copy of ``template``, or empty) for one test, dropped afterwards."""
    import uuid
    from dataclasses import replace

    from sqlalchemy import text

    base, admin = _pg_admin_engine()
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    clause = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    try:
        yield replace(base, database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_location(pg_template: str) -> Iterator:
    """A ServerLocation of a fresh, migrated and seeded database."""
    with _scratch_database("yorisoi_t_", pg_template) as location:
        yield location


@pytest.fixture
def pg_empty_location(pg_template: str) -> Iterator:
    """A ServerLocation of an empty database (as an administrator creates it)."""
    with _scratch_database("yorisoi_e_", None) as location:
        yield location


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=ENGINES)
def any_ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator:
    """A migrated ledger on each engine (PostgreSQL only when available)."""
    from app.db.ledger import Ledger

    if request.param == "sqlite":
        location = copy_ledger(request.getfixturevalue("template_ledger"), tmp_path / "ledger.sqlite3")
    else:
        location = request.getfixturevalue("pg_location")
    opened = Ledger.open(location)
    yield opened
    opened.close()
