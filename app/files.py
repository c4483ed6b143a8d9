"""Durable file writes (a power cut never leaves half a file under the real name).

Every file Yorisoi writes outside the ledger — exports, drafts, settings — goes through
``write_durably``: a temporary file beside the target (created owner-only by mkstemp, since
exports and drafts hold case data), fsynced, renamed into place, and the folder fsynced.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(dest: Path, write: Callable[[IO[str]], None], *, buffering: int = -1) -> int:
    """Run ``write`` on a temporary file beside ``dest``, then fsync and rename it into place;
    returns the final size. On any error the old ``dest`` is untouched and the temp is gone."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=buffering) as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)
    return dest.stat().st_size


def write_text_durably(path: Path, text: str) -> None:
    write_durably(path, lambda out: out.write(text))
