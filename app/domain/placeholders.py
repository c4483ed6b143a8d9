"""Placeholders for figures in the annual report's narrative texts, and how a figure prints.

Staff write the narratives; the figures in them come from the ledger, never typed:
``新規相談件数は{self_reliance.new_consultations}件でした`` prints as
``新規相談件数は12,839件でした``.

Syntax
------
* ``{key}``: the figure ``key``'s value with thousands separators and no unit ("12,839");
  the writer puts the unit after it, as the sentence needs (件 / 人 / 円 / 回 / 社).
* ``{key:万円}``: the value (yen) as 万円, two decimals, 四捨五入 ("932.87万円"; the rule
  of app.domain.money.format_man).
* ``{key:目標}``: the figure's 目標値 of the year ("1,504").
* Full-width braces ``｛ ｝`` and a full-width key (``｛ｓｅｌｆ＿…｝``) are read the same way
  (NFKC), since a Japanese input method types them; spaces around the key are ignored.
* ``{{`` prints ``{`` and ``}}`` prints ``}`` (also ``｛｛`` / ``｝｝``). A lone ``}`` is plain
  text.

Problems are reported, never printed raw
----------------------------------------
* an unknown key (``{self_reliance.typo}``, or any other text in braces),
* an unknown format after the colon,
* a ``{`` with no ``}`` on the same line,
* (when filling) ``{key:目標}`` for a figure without a target that year.

Saving a narrative refuses the first three (the service lists them). When a text holding one
is printed anyway (saved before a key was retired, or imported), the place prints as
``（不明な項目：key）`` / ``（不明な書式：key:spec）`` / ``（目標値未設定：key）`` and the problem is returned with the text, so
the report can list it; an unclosed ``{`` prints as the brace itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from app.domain.money import format_man

OPEN = "{｛"
CLOSE = "}｝"
SPEC_MAN = "万円"
SPEC_TARGET = "目標"
SPECS = ("", SPEC_MAN, SPEC_TARGET)
UNKNOWN_MARK = "（不明な項目：{key}）"
NO_TARGET_MARK = "（目標値未設定：{key}）"
BAD_SPEC_MARK = "（不明な書式：{key}:{spec}）"
_KEY = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")

Formatter = Callable[[int, str], str]


@dataclass(frozen=True)
class Placeholder:
    """One ``{…}`` in a text: its span, the text as typed, and the key and format it names."""

    start: int
    end: int
    raw: str
    key: str
    spec: str


@dataclass(frozen=True)
class PlaceholderProblem:
    """Something in a text that cannot print as a figure. ``code``: ``unknown_key``,
    ``bad_spec``, ``unclosed`` or ``no_target``; ``message`` is Japanese."""

    code: str
    raw: str
    key: str
    position: int
    message: str


@dataclass(frozen=True)
class FilledText:
    text: str
    problems: tuple[PlaceholderProblem, ...]
    keys: tuple[str, ...]  # the figure keys the text quotes, in order of first use


# ---- how figures print -------------------------------------------------------------------------
def format_number(value: int) -> str:
    """12839 → "12,839" (negatives with ▲, as the money module prints them)."""
    return f"▲{abs(value):,}" if value < 0 else f"{value:,}"


def format_figure(value: int, unit: str) -> str:
    """A figure as the report prints it: "12,839件", "2,519人", "203社"; yen as 万円 with two
    decimals, 四捨五入 ("932.87万円": app.domain.money.format_man)."""
    if unit == "円":
        return format_man(value)
    return f"{format_number(value)}{unit}"


def format_placeholder(value: int, spec: str) -> str:
    """What ``{key}`` / ``{key:万円}`` / ``{key:目標}`` print for ``value``."""
    if spec == SPEC_MAN:
        return format_man(value)
    return format_number(value)


# ---- parsing --------------------------------------------------------------------------------
def _closing(text: str, start: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``start``, or -1 (none before the line ends or
    the next ``{``)."""
    for i in range(start + 1, len(text)):
        ch = text[i]
        if ch in CLOSE:
            return i
        if ch in OPEN or ch in "\r\n":
            return -1
    return -1


def _read(inner: str) -> tuple[str, str]:
    folded = unicodedata.normalize("NFKC", inner).strip()
    key, _colon, spec = folded.partition(":")
    return key.strip().lower(), spec.strip()


def _scan(text: str) -> tuple[list[str | Placeholder], list[PlaceholderProblem]]:
    """The text as literal pieces and placeholders, with the unclosed braces found."""
    parts: list[str | Placeholder] = []
    problems: list[PlaceholderProblem] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        doubled = i + 1 < n and text[i + 1] == ch
        if ch in OPEN and not doubled:
            end = _closing(text, i)
            if end < 0:
                problems.append(PlaceholderProblem("unclosed", ch, "", i, f"「{ch}」に対応する「}}」がありません"))
                literal.append(ch)
                i += 1
                continue
            if literal:
                parts.append("".join(literal))
                literal = []
            key, spec = _read(text[i + 1 : end])
            parts.append(Placeholder(i, end + 1, text[i : end + 1], key, spec))
            i = end + 1
            continue
        literal.append(ch)
        i += 2 if (ch in OPEN or ch in CLOSE) and doubled else 1
    if literal:
        parts.append("".join(literal))
    return parts, problems


def find_placeholders(text: str) -> tuple[Placeholder, ...]:
    """Every ``{…}`` of ``text`` in order (escaped braces are not placeholders)."""
    return tuple(p for p in _scan(text)[0] if isinstance(p, Placeholder))


def _problem(p: Placeholder, known: Collection[str]) -> PlaceholderProblem | None:
    if not _KEY.fullmatch(p.key) or p.key not in known:
        shown = p.key or p.raw
        return PlaceholderProblem("unknown_key", p.raw, p.key, p.start, f"不明な集計項目です: {shown}")
    if p.spec not in SPECS:
        return PlaceholderProblem(
            "bad_spec", p.raw, p.key, p.start, f"「{p.raw}」の「:{p.spec}」は使えません（使えるのは :万円 と :目標）"
        )
    return None


def check_placeholders(text: str, known: Collection[str]) -> tuple[PlaceholderProblem, ...]:
    """The problems of ``text`` given the figure keys that exist (unknown keys, unknown
    formats, unclosed braces), in the order they occur."""
    parts, problems = _scan(text)
    found = [x for p in parts if isinstance(p, Placeholder) and (x := _problem(p, known)) is not None]
    return tuple(sorted([*problems, *found], key=lambda x: x.position))


def fill(
    text: str,
    values: Mapping[str, int],
    *,
    targets: Mapping[str, int] | None = None,
    formatter: Formatter = format_placeholder,
    known: Collection[str] | None = None,
) -> FilledText:
    """``text`` with every placeholder replaced: ``values[key]`` through ``formatter`` (or
    ``targets[key]`` for ``{key:目標}``). ``known`` (default: the keys of ``values``) are the
    keys that exist; a key outside it prints as ``（不明な項目：key）``. Problems come back
    with the text."""
    known = values.keys() if known is None else known
    targets = targets or {}
    parts, problems = _scan(text)
    out: list[str] = []
    keys: dict[str, None] = {}
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        problem = _problem(part, known)
        if problem is None and part.key not in values:
            problem = PlaceholderProblem(
                "unknown_key", part.raw, part.key, part.start, f"値がない集計項目です: {part.key}"
            )
        if problem is None and part.spec == SPEC_TARGET and part.key not in targets:
            problem = PlaceholderProblem(
                "no_target", part.raw, part.key, part.start, f"目標値が設定されていない項目です: {part.key}"
            )
        if problem is not None:
            problems.append(problem)
            out.append(_mark(problem.code, part))
            continue
        keys.setdefault(part.key)
        value = targets[part.key] if part.spec == SPEC_TARGET else values[part.key]
        out.append(formatter(value, part.spec))
    problems.sort(key=lambda x: x.position)
    return FilledText("".join(out), tuple(problems), tuple(keys))


def _mark(code: str, p: Placeholder) -> str:
    if code == "no_target":
        return NO_TARGET_MARK.format(key=p.key)
    if code == "bad_spec":
        return BAD_SPEC_MARK.format(key=p.key, spec=p.spec)
    return UNKNOWN_MARK.format(key=p.key or p.raw.strip("{}｛｝ "))


def escape_braces(text: str) -> str:
    """``text`` with its braces doubled, so it prints as itself (no placeholders)."""
    return "".join(ch * 2 if ch in OPEN or ch in CLOSE else ch for ch in text)


def problems_message(problems: Collection[PlaceholderProblem]) -> str:
    """One Japanese sentence listing ``problems`` (for a ValidationError or a warning)."""
    shown = "、".join(dict.fromkeys(p.raw if p.code != "unclosed" else f"閉じていない「{p.raw}」" for p in problems))
    return f"本文の差し込み項目に誤りがあります: {shown}（集計項目のキーは「{{self_reliance.new_consultations}}」の形で書きます）"


__all__ = [
    "BAD_SPEC_MARK",
    "NO_TARGET_MARK",
    "SPECS",
    "SPEC_MAN",
    "SPEC_TARGET",
    "UNKNOWN_MARK",
    "FilledText",
    "Placeholder",
    "PlaceholderProblem",
    "check_placeholders",
    "escape_braces",
    "fill",
    "find_placeholders",
    "format_figure",
    "format_number",
    "format_placeholder",
    "problems_message",
]
