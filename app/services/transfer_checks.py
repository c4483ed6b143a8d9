"""CHECK constraints the importer evaluates in Python, so a bad row is named with its line.

Only the simple shapes the models use are understood: ``a IS NULL OR …`` guards followed by
one comparison with a number, ``''`` or another column (``amount_yen > 0``,
``period_to >= period_from``), ``BETWEEN`` two numbers, or ``IN`` a list of strings. Every
other constraint is left to the database (the importer then finds the failing row by
re-inserting its batch row by row). SQL's rule that a CHECK holds when it evaluates to NULL
is kept: a rule with a null operand passes.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import CheckConstraint

Test = Callable[[Mapping[str, Any]], str | None]

_ID = r"[a-z_][a-z0-9_]*"
_GUARD = re.compile(rf"({_ID}) IS NULL OR ")
_CMP = re.compile(rf"({_ID}) (>=|<=|<>|>|<|=) (-?[0-9]+|''|{_ID})")
_BETWEEN = re.compile(rf"({_ID}) BETWEEN (-?[0-9]+) AND (-?[0-9]+)")
_IN = re.compile(rf"({_ID}) IN \(('[^']*'(?:, '[^']*')*)\)")

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "=": operator.eq,
    "<>": operator.ne,
}
_PHRASES = {
    ">=": "{} 以上",
    ">": "{} より大きい値",
    "<=": "{} 以下",
    "<": "{} より小さい値",
    "=": "{} と同じ値",
    "<>": "{} 以外の値",
}


@dataclass(frozen=True)
class CheckRule:
    """One CHECK constraint: its full name and SQL, and (when simple) a Python test.

    ``test(row)`` returns the Japanese reason the row breaks the rule, or None; ``column`` is
    the column a failure is reported on. ``test`` is None for rules left to the database.
    """

    name: str
    sql: str
    column: str | None
    test: Test | None


def _fmt(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value[:40], ensure_ascii=False)
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _compare(name: str, left: str, op: str, right: str, columns: Collection[str]) -> Test | None:
    check = _OPS[op]
    if right in columns:

        def rhs(row: Mapping[str, Any]) -> Any:
            return row[right]

        def text(v: Any) -> str:
            return f"{right}（{_fmt(v)}）"

    elif right == "''" or right.lstrip("-").isdecimal():
        literal: Any = "" if right == "''" else int(right)

        def rhs(row: Mapping[str, Any]) -> Any:
            return literal

        def text(v: Any) -> str:
            return right

    else:
        return None

    def test(row: Mapping[str, Any]) -> str | None:
        a, b = row[left], rhs(row)
        try:
            if a is None or b is None or check(a, b):
                return None
        except TypeError:  # values of another type: the database decides
            return None
        if op == "<>" and b == "":
            return f"空にできません（制約 {name}）"
        wanted = _PHRASES[op].format(text(b))
        return f"{wanted}でなければなりません（{left} = {_fmt(a)}、制約 {name}）"

    return test


def _between(name: str, col: str, lo: int, hi: int) -> Test:
    def test(row: Mapping[str, Any]) -> str | None:
        v = row[col]
        if v is None or type(v) is not int or lo <= v <= hi:
            return None
        return f"{lo} から {hi} の範囲でなければなりません（{col} = {v}、制約 {name}）"

    return test


def _one_of(name: str, col: str, values: tuple[str, ...]) -> Test:
    allowed = frozenset(values)

    def test(row: Mapping[str, Any]) -> str | None:
        v = row[col]
        if v is None or v in allowed:
            return None
        listed = " / ".join(values)
        return f"{listed} のいずれかでなければなりません（{col} = {_fmt(v)}、制約 {name}）"

    return test


def _compile(name: str, atom: str, columns: Collection[str]) -> tuple[Test | None, str, set[str]]:
    if m := _CMP.fullmatch(atom):
        left, op, right = m.groups()
        used = {left} | ({right} if right in columns else set())
        return _compare(name, left, op, right, columns), left, used
    if m := _BETWEEN.fullmatch(atom):
        col, lo, hi = m.groups()
        return _between(name, col, int(lo), int(hi)), col, {col}
    if m := _IN.fullmatch(atom):
        col, listed = m.groups()
        values = tuple(v.strip()[1:-1] for v in listed.split(","))
        return _one_of(name, col, values), col, {col}
    return None, "", set()


def check_rule(table: str, constraint: CheckConstraint, columns: Collection[str]) -> CheckRule:
    """The rule for one CHECK constraint of ``table`` (its name as the database has it)."""
    sql = str(constraint.sqltext)
    name = str(constraint.name) if constraint.name else f"ck_{table}"
    guards: set[str] = set()
    atom = sql
    while m := _GUARD.match(atom):
        guards.add(m.group(1))
        atom = atom[m.end() :]
    test, column, used = _compile(name, atom, columns)
    # "a IS NULL OR expr" equals expr under NULL-passes only when expr itself uses a
    if test is None or not used <= set(columns) or not guards <= used:
        return CheckRule(name, sql, None, None)
    return CheckRule(name, sql, column, test)
