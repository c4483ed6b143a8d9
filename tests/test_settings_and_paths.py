"""Settings file, ledger path resolution, resources and translations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.paths import default_ledger_path, resolve_ledger_path, resource_path
from app.settings import Settings, load_settings, save_settings, settings_path

ROOT = Path(__file__).resolve().parent.parent


def test_settings_round_trip_and_defaults(isolated_home: Path) -> None:
    assert load_settings() == Settings()
    save_settings(Settings(language="en", last_staff_id=3, ledger_path="/srv/l.sqlite3"))
    assert settings_path().parent == isolated_home
    assert load_settings() == Settings(language="en", last_staff_id=3, ledger_path="/srv/l.sqlite3")


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "[1, 2]",
        json.dumps({"language": 5, "last_staff_id": "x", "unknown": 1}),
    ],
)
def test_broken_settings_fall_back_to_defaults(content: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    assert load_settings() == Settings()


def test_ledger_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_ledger_path(None) == default_ledger_path()
    save_settings(Settings(ledger_path=str(tmp_path / "from-settings.sqlite3")))
    assert resolve_ledger_path(None) == tmp_path / "from-settings.sqlite3"
    monkeypatch.setenv("YORISOI_LEDGER", str(tmp_path / "from-env.sqlite3"))
    assert resolve_ledger_path(None) == tmp_path / "from-env.sqlite3"
    assert resolve_ledger_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"


def test_no_command_opens_the_gui_on_the_resolved_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    import app.views.launch as launch

    monkeypatch.setattr(launch, "run_gui", lambda path: opened.append(path) or 0)
    assert cli.main(["--ledger", str(tmp_path / "x.sqlite3")]) == 0
    assert cli.main([]) == 0
    assert opened == [tmp_path / "x.sqlite3", default_ledger_path()]


def test_bundled_fonts_and_licence_are_present() -> None:
    for name in ("ipaexg.ttf", "ipaexm.ttf", "IPA_Font_License_Agreement_v1.0.txt"):
        assert resource_path("fonts", name).is_file()
    assert resource_path("fonts", "ipaexg.ttf").read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType


def test_every_string_has_a_japanese_translation() -> None:
    out = subprocess.run([sys.executable, "tools/translations.py", "check"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
