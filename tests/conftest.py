"""Shared fixtures: an isolated home for every test, and a migrated ledger per test.

The schema is migrated once per session into a template file; each test gets its own copy
(through SQLite's backup API), so service tests run against a real ledger file quickly.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2023, 6, 1)  # the fixed "today" service tests run on


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
