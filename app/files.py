"""Durable file writes (a power cut never leaves half a file under the real name).

Every file Yorisoi writes outside the ledger — exports, drafts, settings — goes through
``write_durably``: a temporary file beside the target (created owner-only by mkstemp, since
exports and drafts hold case data), fsynced, renamed into place, and the folder fsynced.

A file name built from case data (a person's name, a case number, a translated title) goes
through ``safe_file_name`` / ``path_in_folder``: valid on Windows, and never outside the
folder the user chose.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
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


# ---- file names built from case data ------------------------------------------------------------
_FORBIDDEN = frozenset('<>:"/\\|?*')
# bidi controls would let "山田\u202efdp.exe" show as "山田exe.pdf"; a lone surrogate cannot be encoded
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
_EXTENSION_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
UNTITLED = "無題"
MIN_NAME_BYTES = 16


def _replace_unsafe(name: str) -> str:
    return "".join(
        "_" if c in _FORBIDDEN or ord(c) < 32 or ord(c) == 127 or c in _BIDI or 0xD800 <= ord(c) <= 0xDFFF else c
        for c in name
    )


def _tidy(text: str) -> str:
    """Without leading spaces and trailing dots and spaces (Windows drops those silently)."""
    return text.lstrip(" \u3000").rstrip(". \u3000")


def _split_extension(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if dot and stem and 1 <= len(ext) <= 10 and set(ext) <= _EXTENSION_CHARS:
        return stem, "." + ext
    return name, ""


def _cut(text: str, max_bytes: int) -> str:
    """The longest start of ``text`` that fits in ``max_bytes`` of UTF-8 (never half a character)."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def _is_reserved(stem: str) -> bool:
    # Windows reserves CON, NUL, COM1 … with any extension and with spaces before the dot
    return stem.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def safe_file_name(name: str, *, max_bytes: int = 200) -> str:
    """``name`` made into one file name that is valid on Windows, macOS and Linux and stays
    in the folder it is joined to (``folder / safe_file_name(name)``).

    NFC-normalised; / \\ : * ? " < > |, control characters (0–31, 127), bidi controls and lone
    surrogates become "_"; leading spaces and trailing dots and spaces go; a Windows device
    name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension, any case) gets a "_" in
    front; "." and ".." become "_". At most ``max_bytes`` bytes of UTF-8 (default 200, at
    least 16), cut at a character boundary and keeping the extension (".xlsx"). Never empty:
    a name with nothing left is "無題" (plus its extension). A readable name is kept as it is:
    "家計表 山田 花子.xlsx" → "家計表 山田 花子.xlsx".
    """
    if max_bytes < MIN_NAME_BYTES:
        raise ValueError(f"max_bytes must be at least {MIN_NAME_BYTES}: {max_bytes}")
    if name.strip() in (".", ".."):
        return "_"
    stem, ext = _split_extension(_tidy(_replace_unsafe(unicodedata.normalize("NFC", name))))
    budget = max_bytes - len(ext.encode("utf-8"))  # ≥ 5: an extension is at most 11 bytes
    stem = _tidy(_cut(_tidy(stem) or UNTITLED, budget)) or _cut(UNTITLED, budget)
    if _is_reserved(stem):
        stem = _tidy(_cut("_" + stem, budget))  # starts with "_": no longer a device name
    return stem + ext


def path_in_folder(folder: Path, name: str, *, max_bytes: int = 200) -> Path:
    """``folder / safe_file_name(name)``; ValueError if it would not lie directly in
    ``folder`` (cannot happen for a plain name; it guards against a symlink planted there)."""
    path = folder / safe_file_name(name, max_bytes=max_bytes)
    if path.resolve().parent != folder.resolve():
        raise ValueError(f"ファイルが選んだフォルダーの外になります: {path}")
    return path
