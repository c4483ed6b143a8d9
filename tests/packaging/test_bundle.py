"""The one-folder installer: it builds, and the built program passes its self-test in a
clean environment (no virtual environment, no project on the path)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bundle_builds_and_passes_its_self_test() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build")], cwd=ROOT, capture_output=True, text=True, timeout=1200
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    for step in ("versions", "ledger", "cipher", "pdf", "qt"):
        assert f"[OK]   {step}:" in out
    assert "self-test passed" in out
    folder = next((ROOT / "dist").glob("yorisoi-*"))
    internal = folder / "_internal"
    assert (internal / "app" / "db" / "migrations" / "versions" / "0001_initial.py").is_file()
    assert (internal / "resources" / "fonts" / "ipaexg.ttf").is_file()
    assert list((internal / "sqlcipher3").glob("_sqlite3*"))  # the SQLCipher extension module
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforminputcontexts" / "libibusplatforminputcontextplugin.so").is_file()  # Japanese input
    assert not list(plugins.rglob("*virtualkeyboard*"))
    assert not list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_de.qm"))


def test_spec_reads_the_version_from_pyproject() -> None:
    spec = (ROOT / "packaging" / "yorisoi.spec").read_text(encoding="utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert "logging.config" in spec and "migrations" in spec
    assert '"sqlcipher3._sqlite3"' in spec


def test_self_test_passes_from_the_source_tree() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("self-test passed")
    assert "[OK]   cipher: SQLCipher 4." in out.stdout
