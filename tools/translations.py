"""Keep the Qt translations in step with the code.

    python tools/translations.py update    # lupdate: new source strings into the .ts files
    python tools/translations.py release   # lrelease: all .ts of a language → one .qm
    python tools/translations.py check     # exit 1 if a string lacks a translation

Source strings are English. Each module with user-visible text has its own
``resources/translations/<lang>/<module>.ts`` (e.g. ``app.views.main_window.ts``), so work
on different screens never edits the same file; translators edit them in Qt Linguist or by
hand. ``release`` compiles every .ts of a language into ``resources/translations/
yorisoi_<lang>.qm``, which is generated (dev.sh, the tests and the installer build run it)
and not kept in git.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_ROOT = ROOT / "resources" / "translations"
LANGS = ("ja",)
SOURCE_DIRS = ("app/views", "app/qt")
_MARKER = re.compile(r"\btr\(|\.translate\(")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def translatable_modules() -> list[Path]:
    """Source files that hold user-visible strings."""
    files = sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    return [p for p in files if _MARKER.search(p.read_text(encoding="utf-8"))]


def ts_path(lang: str, module: Path) -> Path:
    dotted = ".".join(module.relative_to(ROOT).with_suffix("").parts)
    return TS_ROOT / lang / f"{dotted}.ts"


def qm_path(lang: str) -> Path:
    return TS_ROOT / f"yorisoi_{lang}.qm"


def update_one(module: Path, ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("lupdate"), str(module), "-no-obsolete", "-source-language", "en", "-target-language", ts.parent.name,
         "-ts", str(ts)],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip


def release(lang: str) -> Path:
    files = sorted((TS_ROOT / lang).glob("*.ts"))
    out = qm_path(lang)
    # written aside and renamed into place: a running program maps the .qm it loaded, and
    # rewriting that file in place would pull its pages away (SIGBUS in another test run)
    partial = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        subprocess.run([_tool("lrelease"), *map(str, files), "-qm", str(partial)], check=True, capture_output=True)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def unfinished(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            out.append(msg.findtext("source") or "")
    return out


def check() -> list[str]:
    """Strings the code has that a committed .ts lacks or leaves untranslated."""
    problems = []
    for lang in LANGS:
        for module in translatable_modules():
            committed = ts_path(lang, module)
            if not committed.exists():
                problems.append(f"{lang}: {committed.name} missing; run tools/translations.py update")
                continue
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / lang / committed.name
                fresh.parent.mkdir()
                fresh.write_bytes(committed.read_bytes())
                update_one(module, fresh)
                problems += [f"{lang}: {committed.name}: no translation for {s!r}" for s in unfinished(fresh)]
    return problems


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "check"
    if cmd == "update":
        for lang in LANGS:
            for module in translatable_modules():
                update_one(module, ts_path(lang, module))
        return 0
    if cmd == "release":
        for lang in LANGS:
            release(lang)
        return 0
    problems = check()
    print("\n".join(problems) or "translations: OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
