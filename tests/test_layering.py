"""The architecture rules of conventions.md, enforced.

- The core (domain, models, db, services, report, cli) never loads PySide6: checked in a
  fresh interpreter that imports every core module and then looks at sys.modules.
- views never import SQLAlchemy; domain imports nothing outside the standard library and
  itself.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
CORE_PACKAGES = ("domain", "models", "db", "services", "report")


def _modules(package: str) -> list[str]:
    return sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (APP / package).rglob("*.py")
        if "migrations" not in p.parts
    )


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_loads_pyside6() -> None:
    modules = [m for pkg in CORE_PACKAGES for m in _modules(pkg)] + [
        "app.cli",
        "app.paths",
        "app.settings",
    ]
    assert len(modules) > 20
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import app.cli; app.cli.build_parser()\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(leaked))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the Qt-free core imported {out.stdout.strip()}"


def test_views_never_import_sqlalchemy() -> None:
    offenders = [p for p in (APP / "views").rglob("*.py") if "sqlalchemy" in _imports(p)]
    offenders += [p for p in (APP / "qt").rglob("*.py") if "sqlalchemy" in _imports(p)]
    assert offenders == []


def test_domain_uses_only_the_standard_library() -> None:
    stdlib = set(sys.stdlib_module_names) | {"app", "__future__"}
    for path in (APP / "domain").rglob("*.py"):
        foreign = _imports(path) - stdlib
        assert not foreign, f"{path.name} imports {foreign}"


def test_version_answers_without_heavy_imports() -> None:
    """``yorisoi --version`` must not pay for SQLAlchemy's ORM, alembic or Qt."""
    code = (
        "import sys, app.cli\n"
        "try: app.cli.main(['--version'])\n"
        "except SystemExit: pass\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'PySide6', 'reportlab') if m in sys.modules]\n"
        "print(','.join(heavy), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().startswith("yorisoi ")
    assert out.stderr.strip() == ""
