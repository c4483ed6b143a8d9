"""Parts of the import that hold no state: the problem and error types, the id set, the
bounded line reader and the header check."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from app.db.migrate import head_revision, known_revisions
from app.domain.errors import LedgerError
from app.services.transfer_schema import FORMAT_NAME, FORMAT_VERSION, plain, show

MAX_PROBLEMS = 20
MAX_LINE_BYTES = 16 * 1024 * 1024
_BITMAP_LIMIT = 1 << 24  # ids below this live in a bitmap (≤ 2 MB per table)


@dataclass(frozen=True)
class ImportProblem:
    """One reason a file was refused: its 1-based ``line`` (0: the target ledger itself),
    the table and column concerned where known, and a Japanese ``reason``."""

    line: int
    table: str | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        if self.line <= 0:  # the target ledger, not the file
            return self.reason
        where = f"行 {self.line}"
        if self.table:
            where += f"（{self.table}{'.' + self.column if self.column else ''}）"
        return f"{where}: {self.reason}"


class ImportRejected(LedgerError):
    """The file was not imported and the ledger is unchanged; ``problems`` holds the first
    (at most ``MAX_PROBLEMS``) problems, in the order they were found."""

    def __init__(self, problems: tuple[ImportProblem, ...]) -> None:
        self.problems = tuple(problems)[:MAX_PROBLEMS]
        super().__init__(self.problems)

    def __str__(self) -> str:
        lines = ["ファイルを取り込めませんでした（台帳は変更していません）:"]
        lines += [f"  {p}" for p in self.problems]
        if len(self.problems) >= MAX_PROBLEMS:
            lines.append(f"  （最初の {MAX_PROBLEMS} 件だけを示しています）")
        return "\n".join(lines)


class Full(Exception):
    """Enough problems collected (or the header is unusable): stop reading."""


class IdSet:
    """The ids seen in one table: a bitmap for small non-negative ints, a set otherwise."""

    __slots__ = ("_bits", "_other")

    def __init__(self) -> None:
        self._bits = bytearray()
        self._other: set[Any] = set()

    def add(self, key: Any) -> bool:
        """Remember ``key``; False if it was already there."""
        if type(key) is int and 0 <= key < _BITMAP_LIMIT:
            byte, bit = key >> 3, 1 << (key & 7)
            if byte >= len(self._bits):
                self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
            if self._bits[byte] & bit:
                return False
            self._bits[byte] |= bit
            return True
        if key in self._other:
            return False
        self._other.add(key)
        return True

    def __contains__(self, key: Any) -> bool:
        if type(key) is int and 0 <= key < _BITMAP_LIMIT:
            byte = key >> 3
            return byte < len(self._bits) and bool(self._bits[byte] & (1 << (key & 7)))
        return key in self._other


def no_constant(name: str) -> Any:
    """``parse_constant`` for json.loads: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} は JSON の値として使えません")


def read_lines(f: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; None for a line longer than MAX_LINE_BYTES, which
    is skipped without ever being held whole."""
    lineno = 0
    while raw := f.readline(MAX_LINE_BYTES + 1):
        lineno += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := f.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
            continue
        yield lineno, raw


def header_problems(header: dict[str, Any], tables: Collection[str]) -> list[str]:
    """Why the header line (already a JSON object) cannot be imported; [] if it can."""
    if header.get("format") != FORMAT_NAME:
        return [f"寄り添いの台帳の書き出しファイルではありません（format が {FORMAT_NAME} ではありません）"]
    problems = []
    version = header.get("format_version")
    if type(version) is not int or version < 1:
        problems.append("見出し行の format_version が正しくありません")
    elif version > FORMAT_VERSION:
        problems.append(
            f"新しい形式のファイルです（format_version {version}、このバージョンの寄り添いが読めるのは"
            f" {FORMAT_VERSION} まで）。寄り添いを更新してから取り込んでください。"
        )
    problems += _revision_problems(header.get("schema_revision"))
    problems += _count_problems(header.get("counts"), tables)
    return problems


def _revision_problems(revision: Any) -> list[str]:
    head = head_revision()
    if revision == head:
        return []
    if type(revision) is not str or not re.fullmatch(r"[0-9]{4}", revision):
        return [f"見出し行の schema_revision が正しくありません: {plain(revision)}"]
    if revision in known_revisions():
        return [
            f"古い形式のファイルです（スキーマ {revision}、このバージョンは {head}）。書き出した版の寄り添いで"
            "空の台帳に取り込み、この版で開いて更新してから書き出し直してください。"
        ]
    if revision > head:
        return [
            f"新しい形式のファイルです（スキーマ {revision}、このバージョンの寄り添いは {head} まで）。"
            "寄り添いを更新してから取り込んでください。"
        ]
    return [f"このバージョンの寄り添いが知らないスキーマです: {revision}"]


def _count_problems(counts: Any, tables: Collection[str]) -> list[str]:
    if type(counts) is not dict:
        return ["見出し行に counts（表ごとの行数）がありません"]
    problems = []
    for name, n in counts.items():
        if name not in tables:
            problems.append(f"見出し行の counts に不明な表があります: {show(name)}")
        elif type(n) is not int or n < 0:
            problems.append(f"見出し行の counts の {name} の行数が正しくありません: {plain(n)}")
    return problems
