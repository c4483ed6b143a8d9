"""The export format's view of the schema: one ``TableSpec`` per table of ``Base.metadata``.

A spec knows, for every column, how a value is written to JSON (``encode``) and how a JSON
value is checked and turned back into what the column stores (``read``), plus the column's
reference (foreign key or code kind) and the CHECK constraints simple enough to evaluate in
Python, so the importer can name the line and the rule before the database sees the row.
Built once from the metadata; ``tools/export_format_doc.py`` documents the same specs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    Time,
)

from app.models import Base
from app.models.base import UTCDateTime
from app.services.transfer_checks import CheckRule, check_rule

FORMAT_NAME = "yorisoi-ledger"
FORMAT_VERSION = 1
TEXT_MAX_CHARS = 100_000  # Text columns (and String without a length)
INT32 = (-(2**31), 2**31 - 1)  # Integer: what PostgreSQL's INTEGER holds
INT64 = (-(2**63), 2**63 - 1)  # BigInteger (yen)
MISSING: Any = object()  # a column absent from a record line


class Bad(Exception):
    """A value the format does not allow; ``reason`` is the Japanese explanation."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def show(value: str, limit: int = 40) -> str:
    """A string quoted for a message, cut short (never a 10 MB value in a message)."""
    cut = value[:limit]
    return json.dumps(cut, ensure_ascii=False) + ("…" if len(value) > limit else "")


def plain(value: object, limit: int = 40) -> str:
    """A value (an id, a number) for a message, unquoted and cut short."""
    text = str(value)
    return text[:limit] + ("…" if len(text) > limit else "")


def describe(value: object) -> str:
    """What a JSON value is, in Japanese, for 'X が必要ですが、Y です' messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"真偽値 {'true' if value else 'false'}"
    if isinstance(value, int):
        return f"整数 {plain(value)}"
    if isinstance(value, float):
        return f"小数 {value!r}"
    if isinstance(value, str):
        return f"文字列 {show(value)}"
    return "配列" if isinstance(value, list) else "オブジェクト"


# ---- decoders: JSON value → stored value (raise Bad) ------------------------------------


def _int_reader(lo: int, hi: int) -> Callable[[Any], int]:
    def read(v: Any) -> int:
        if type(v) is not int:
            raise Bad(f"整数が必要ですが、{describe(v)} です")
        if not lo <= v <= hi:
            raise Bad(f"整数が範囲外です: {plain(v)}（{lo}〜{hi}）")
        return v

    return read


def _check_text(v: str) -> None:
    if "\x00" in v:
        raise Bad("文字列に NUL 文字（U+0000）は使えません")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise Bad("UTF-8 にできない文字（対になっていないサロゲート）を含んでいます") from None


def _str_reader(limit: int) -> Callable[[Any], str]:
    def read(v: Any) -> str:
        if type(v) is not str:
            raise Bad(f"文字列が必要ですが、{describe(v)} です")
        if len(v) > limit:
            raise Bad(f"文字列が長すぎます（{len(v)} 文字、上限 {limit} 文字）")
        if not v.isascii() or "\x00" in v:
            _check_text(v)
        return v

    return read


def _read_bool(v: Any) -> bool:
    if type(v) is not bool:
        raise Bad(f"真偽値（true / false）が必要ですが、{describe(v)} です")
    return v


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?")
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?")


def _shaped(v: Any, what: str, shape: str) -> str:
    if type(v) is not str:
        raise Bad(f"{what}（{shape} の文字列）が必要ですが、{describe(v)} です")
    return v


def _read_date(v: Any) -> date:
    s = _shaped(v, "日付", "YYYY-MM-DD")
    if not _DATE.fullmatch(s):
        raise Bad(f"日付は YYYY-MM-DD の形で書きます: {show(s)}")
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise Bad(f"存在しない日付です: {s}") from None


def _read_time(v: Any) -> time:
    s = _shaped(v, "時刻", "HH:MM:SS")
    if not _TIME.fullmatch(s):
        raise Bad(f"時刻は HH:MM:SS（または HH:MM:SS.ffffff）の形で書きます: {show(s)}")
    try:
        return time.fromisoformat(s)
    except ValueError:
        raise Bad(f"存在しない時刻です: {s}") from None


def _timestamp_reader(utc: bool) -> Callable[[Any], datetime]:
    shape = "YYYY-MM-DDTHH:MM:SS.ffffff" + ("Z" if utc else "")

    def read(v: Any) -> datetime:
        s = _shaped(v, "日時", shape)
        body = s[:-1] if utc and s.endswith("Z") else s
        if (utc and body is s) or not _STAMP.fullmatch(body):
            raise Bad(f"日時は {shape} の形で書きます: {show(s)}")
        try:
            parsed = datetime.fromisoformat(body)
        except ValueError:
            raise Bad(f"存在しない日時です: {s}") from None
        return parsed.replace(tzinfo=UTC) if utc else parsed

    return read


def _read_json(v: Any) -> Any:
    if type(v) not in (dict, list):
        raise Bad(f"JSON のオブジェクトか配列が必要ですが、{describe(v)} です")
    return v


# ---- encoders: stored value → JSON value ---------------------------------------------------


def _write_iso(v: date | time) -> str:
    return v.isoformat()


def _write_utc(v: datetime) -> str:
    return v.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def _write_naive(v: datetime) -> str:
    return v.isoformat(timespec="microseconds")


Codec = tuple[str, Callable[[Any], Any], Callable[[Any], Any] | None]


def codec_for(col: Column[Any]) -> Codec:
    """(type label for the docs, reader, writer or None for "as is") of a column's type."""
    t = col.type
    if isinstance(t, UTCDateTime):
        return "timestamp (UTC)", _timestamp_reader(True), _write_utc
    if isinstance(t, Boolean):
        return "boolean", _read_bool, None
    if isinstance(t, BigInteger):
        return "integer (64-bit)", _int_reader(*INT64), None
    if isinstance(t, Integer):
        return "integer (32-bit)", _int_reader(*INT32), None
    if isinstance(t, Text) or (isinstance(t, String) and t.length is None):
        return f"text (≤ {TEXT_MAX_CHARS:,} chars)", _str_reader(TEXT_MAX_CHARS), None
    if isinstance(t, String):
        return f"string (≤ {t.length} chars)", _str_reader(t.length), None
    if isinstance(t, Date):
        return "date", _read_date, _write_iso
    if isinstance(t, Time):
        return "time", _read_time, _write_iso
    if isinstance(t, DateTime):
        return "timestamp (naive)", _timestamp_reader(False), _write_naive
    if isinstance(t, JSON):
        return "JSON object or array", _read_json, None
    # a new column type must be given an encoding (and documented) before it can be exported
    raise NotImplementedError(f"{col.table.name}.{col.name}: no export encoding for {t!r}")


# ---- specs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its JSON encoding, whether a record must carry it, and what it refers to.

    ``ref`` is the referenced table of a foreign key (``None`` if none); ``code_kind`` is set
    for ``code_fk(kind)`` and code-set columns, whose value must be a code of that kind.
    """

    name: str
    column: Column[Any]
    type_label: str
    decode: Callable[[Any], Any]
    encode: Callable[[Any], Any] | None
    required: bool
    nullable: bool
    default: Callable[[], Any] | None
    ref: str | None
    code_kind: str | None

    def read(self, value: Any) -> Any:
        """The stored value for a JSON ``value`` (``MISSING`` if absent); raises Bad."""
        if value is MISSING:
            if self.required:
                raise Bad("必須の列がありません")
            return self.default() if self.default is not None else None
        if value is None:
            if self.nullable:
                return None
            raise Bad("null にできません")
        return self.decode(value)


@dataclass(frozen=True)
class TableSpec:
    """One table (record kind): its columns (key first, then table order), key, references
    and rules."""

    name: str
    table: Table
    index: int  # position in Base.metadata.sorted_tables: the order of the file
    columns: tuple[ColumnSpec, ...]
    names: frozenset[str]
    pk: tuple[str, ...]
    refs: tuple[ColumnSpec, ...]  # columns with a foreign key or a code kind
    rules: tuple[CheckRule, ...]
    description: str  # the model's docstring (first paragraph); "" if it has none

    @property
    def single_key(self) -> str | None:
        return self.pk[0] if len(self.pk) == 1 else None


def _default_of(col: Column[Any]) -> Callable[[], Any] | None:
    d = col.default
    if d is None:
        return None
    if getattr(d, "is_callable", False):
        fn = d.arg  # SQLAlchemy wraps it to take an execution context
        return lambda: fn(None)
    if getattr(d, "is_scalar", False):
        value = d.arg
        return lambda: value
    raise NotImplementedError(f"{col.table.name}.{col.name}: unsupported default {d!r}")


def _column_spec(col: Column[Any]) -> ColumnSpec:
    label, decode, encode = codec_for(col)
    default = _default_of(col)
    refs = {fk.column.table.name for fk in col.foreign_keys}
    for fk in col.foreign_keys:
        target = fk.column
        if list(target.table.primary_key.columns) != [target]:
            raise NotImplementedError(f"{col.table.name}.{col.name}: reference to a non-key")
    return ColumnSpec(
        name=col.name,
        column=col,
        type_label=label,
        decode=decode,
        encode=encode,
        required=not col.nullable and default is None and col.server_default is None,
        nullable=bool(col.nullable),
        default=default,
        ref=next(iter(refs)) if refs else None,
        code_kind=col.info.get("code_kind"),
    )


def _class_docs() -> dict[str, str]:
    """Table name → the first paragraph of its model class docstring, on one line."""
    docs = {}
    for mapper in Base.registry.mappers:
        doc = mapper.class_.__doc__
        if doc and mapper.local_table is not None:
            paragraph = doc.strip().split("\n\n")[0]
            text = " ".join(line.strip() for line in paragraph.splitlines())
            docs[mapper.local_table.name] = text.replace("``", "`").replace("|", "/")
    return docs


def _link_description(table: Table) -> str:
    cols = {c.name: c for c in table.c}
    owner = next(iter(cols["owner_id"].foreign_keys)).column.table.name
    if "code_id" in cols:
        kind = cols["code_id"].info.get("code_kind")
        return f"Multi-select: one row ticks a code of kind `{kind}` on one `{owner}` row."
    target = next(iter(cols["target_id"].foreign_keys)).column.table.name
    return f"Link: one row links one `{owner}` row to one `{target}` row."


def _table_spec(table: Table, index: int, docs: dict[str, str]) -> TableSpec:
    # key columns first (a reader sees what the record is), then the table's order
    ordered = [*table.primary_key.columns, *(c for c in table.c if not c.primary_key)]
    columns = tuple(_column_spec(c) for c in ordered)
    names = frozenset(c.name for c in columns)
    rules = tuple(
        check_rule(table.name, c, names)
        for c in sorted(table.constraints, key=lambda c: str(c.name))
        if isinstance(c, CheckConstraint)
    )
    description = docs.get(table.name) or (_link_description(table) if "owner_id" in names else "")
    return TableSpec(
        name=table.name,
        table=table,
        index=index,
        columns=columns,
        names=names,
        pk=tuple(c.name for c in table.primary_key.columns),
        refs=tuple(c for c in columns if c.ref is not None or c.code_kind is not None),
        rules=rules,
        description=description,
    )


@cache
def table_specs() -> tuple[TableSpec, ...]:
    """Every table of the ledger in file order (parents before children)."""
    docs = _class_docs()
    return tuple(_table_spec(t, i, docs) for i, t in enumerate(Base.metadata.sorted_tables))


@cache
def specs_by_name() -> dict[str, TableSpec]:
    return {s.name: s for s in table_specs()}
