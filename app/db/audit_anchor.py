"""Anchors of the audit trail, kept on this PC outside the ledger.

The hash chain alone has no secret: someone who can write the ledger file could change an
old entry and recompute every later hash. Each PC therefore remembers, per ledger, the id
and hash of the newest entry it verified. The next start checks that this entry still has
that hash and verifies only the entries after it (fast on a trail of millions of entries);
the administrator's 検証 checks the whole chain. A restore from a backup legitimately
rewinds the trail, so it forgets the ledger's anchor (``forget``).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

ANCHORS_FILE = "audit-anchors.json"


def _file() -> Path:
    from app.paths import config_dir

    return config_dir() / ANCHORS_FILE


def _key(ledger: Path | str) -> str:
    if isinstance(ledger, Path):
        try:
            return str(ledger.resolve())
        except OSError:
            return str(ledger)
    return str(ledger)


def _read() -> dict[str, list]:
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load(ledger: Path | str) -> tuple[int, str] | None:
    """The (id, hash) this PC verified last for ``ledger`` (a file path or a server's
    description), or None (never verified here, or forgotten after a restore)."""
    value = _read().get(_key(ledger))
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and isinstance(value[1], str):
        return value[0], value[1]
    return None


def _write(anchors: dict[str, list]) -> None:
    from app.files import write_text_durably

    # unwritable: the next start verifies from the previous anchor (or the start): slower, not weaker
    with contextlib.suppress(OSError):
        write_text_durably(_file(), json.dumps(anchors, indent=1))


def save(ledger: Path | str, entry_id: int, entry_hash: str) -> None:
    anchors = _read()
    anchors[_key(ledger)] = [entry_id, entry_hash]
    _write(anchors)


def forget(ledger: Path | str) -> None:
    anchors = _read()
    if anchors.pop(_key(ledger), None) is not None:
        _write(anchors)
