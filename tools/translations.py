"""Keep the Qt translations in step with the code.

    python tools/translations.py update   # lupdate: add new source strings to the .ts files
    python tools/translations.py release  # lrelease: compile .ts → .qm (committed, shipped)
    python tools/translations.py check    # exit 1 if a string lacks a translation or a .qm is stale

Translators edit resources/translations/yorisoi_<lang>.ts (Qt Linguist, or by hand).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("ja",)
SOURCES = sorted(str(p) for d in ("app/views", "app/qt") for p in (ROOT / d).rglob("*.py"))


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def update(ts: Path) -> None:
    subprocess.run([_tool("lupdate"), *SOURCES, "-no-obsolete", "-ts", str(ts)], check=True, cwd=ROOT)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def unfinished(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            out.append(msg.findtext("source") or "")
    return out


def check() -> list[str]:
    problems = []
    for lang in LANGS:
        ts, qm = TS_DIR / f"yorisoi_{lang}.ts", TS_DIR / f"yorisoi_{lang}.qm"
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts = Path(tmp) / ts.name
            shutil.copy(ts, fresh_ts)
            update(fresh_ts)  # strings in the code that the committed .ts lacks show up here
            problems += [f"{lang}: no translation for {s!r}" for s in unfinished(fresh_ts)]
            fresh_qm = Path(tmp) / qm.name
            release(ts, fresh_qm)
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{lang}: {qm.name} is stale; run tools/translations.py release")
    return problems


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "check"
    for lang in LANGS:
        ts, qm = TS_DIR / f"yorisoi_{lang}.ts", TS_DIR / f"yorisoi_{lang}.qm"
        if cmd == "update":
            update(ts)
        elif cmd == "release":
            release(ts, qm)
    if cmd == "check":
        problems = check()
        print("\n".join(problems) or "translations: OK")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
