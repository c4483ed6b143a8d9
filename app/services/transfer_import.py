"""Streaming import of a ledger export: validate every line, insert in batches, or reject.

``StreamImporter.run`` reads the file one line at a time inside the caller's transaction.
What it keeps between lines is small whatever the file's size: the current batch (at most
``BATCH_ROWS`` rows), the ids seen per table (a bitmap), the kind of each code, the previous
key of the current table and a few counters. After the first problem nothing more is
inserted, but reading goes on to collect up to ``MAX_PROBLEMS`` problems; then
``ImportRejected`` is raised and the caller's transaction rolls everything back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, BinaryIO, NamedTuple

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.services.transfer_schema import (
    MISSING,
    Bad,
    ColumnSpec,
    TableSpec,
    plain,
    show,
    specs_by_name,
    table_specs,
)
from app.services.transfer_support import (
    MAX_LINE_BYTES,
    MAX_PROBLEMS,
    Full,
    IdSet,
    ImportProblem,
    ImportRejected,
    header_problems,
    no_constant,
    read_lines,
)

BATCH_ROWS = 500
PROGRESS_EVERY = 5000
_DECODER = json.JSONDecoder(parse_constant=no_constant)

Progress = Callable[[int, int], None]


class Forward(NamedTuple):
    """A row's reference to a later row of its own table, set once that row is in."""

    line: int
    key: Any
    column: str
    value: Any
    keep: dict[str, Any]  # values of columns with an onupdate (``updated_at``)


class StreamImporter:
    """Validates and inserts one export file in ``session``'s transaction (see module doc)."""

    def __init__(self, session: Session, progress: Progress | None = None) -> None:
        self.session = session
        self.progress = progress
        self.specs = specs_by_name()
        self.problems: list[ImportProblem] = []
        self.inserting = True
        self.header_counts: dict[str, int] = {}
        self.total = 0
        self.counts = {s.name: 0 for s in table_specs()}
        self.records = 0
        self.last_line = 0
        self.footer_line: int | None = None
        self.current: TableSpec | None = None
        self.prev_key: tuple[Any, ...] | None = None
        self.seen = {s.name: IdSet() for s in table_specs() if s.single_key}
        self.code_kinds: dict[Any, str] = {}
        self.batch: list[dict[str, Any]] = []
        self.batch_lines: list[int] = []
        self.pending: list[Forward] = []  # self-references to rows further down

    # ---- driver ------------------------------------------------------------------------
    def run(self, f: BinaryIO) -> dict[str, int]:
        """Import every line of ``f``; the row count per table, or raise ImportRejected."""
        lines = read_lines(f)
        try:
            self._header(next(lines, None))
            for lineno, raw in lines:
                self._line(lineno, raw)
            self._finish()
        except Full:
            pass
        if self.problems:
            raise ImportRejected(tuple(self.problems))
        if self.progress is not None:
            self.progress(self.records, self.total)
        return dict(self.counts)

    def _problem(self, line: int, table: str | None, column: str | None, reason: str) -> None:
        self.problems.append(ImportProblem(line, table, column, reason))
        self.inserting = False
        self.batch.clear()
        self.batch_lines.clear()
        if len(self.problems) >= MAX_PROBLEMS:
            raise Full

    def _parse(self, lineno: int, raw: bytes) -> dict[str, Any] | None:
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a BOM some editors add
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self._problem(lineno, None, None, "UTF-8 として読めません")
            return None
        if not text.strip():
            self._problem(lineno, None, None, "空行です")
            return None
        try:
            obj = _DECODER.decode(text)
        except (ValueError, RecursionError) as exc:
            cut = "" if raw.endswith(b"\n") else "（ファイルが途中で切れています）"
            detail = getattr(exc, "msg", None) or str(exc)
            self._problem(lineno, None, None, f"JSON として読めません{cut}: {detail}")
            return None
        if type(obj) is not dict:
            self._problem(lineno, None, None, "1 行に 1 つの JSON オブジェクトを書きます")
            return None
        return obj

    def _line(self, lineno: int, raw: bytes | None) -> None:
        self.last_line = lineno
        if raw is None:
            limit = MAX_LINE_BYTES // (1024 * 1024)
            self._problem(lineno, None, None, f"行が長すぎます（{limit} MiB を超えています）")
            return
        obj = self._parse(lineno, raw)
        if obj is None:
            return
        if self.footer_line is not None:
            self._problem(lineno, None, None, "終わりの行（end）の後に行があります")
        elif "end" in obj:
            self._footer(lineno, obj)
        else:
            self._record(lineno, obj)

    # ---- header and footer -------------------------------------------------------------
    def _header(self, item: tuple[int, bytes | None] | None) -> None:
        if item is None:
            self._problem(1, None, None, "ファイルが空です")
        else:
            self._line_one(*item)
        if self.problems:
            raise Full

    def _line_one(self, lineno: int, raw: bytes | None) -> None:
        obj = self._parse(lineno, raw) if raw is not None else None
        if obj is None:
            if not self.problems:
                self._problem(lineno, None, None, "見出し行が長すぎます")
            return
        for reason in header_problems(obj, self.specs.keys()):
            self._problem(1, None, None, reason)
        if not self.problems:
            self.header_counts = dict(obj["counts"])
            self.total = sum(self.header_counts.values())

    def _footer(self, lineno: int, obj: dict[str, Any]) -> None:
        self.footer_line = lineno
        n = obj.get("records")
        if obj.get("end") is not True or set(obj) != {"end", "records"} or type(n) is not int:
            self._problem(lineno, None, None, '終わりの行は {"end": true, "records": 件数} と書きます')
        elif n != self.records:
            self._problem(lineno, None, None, f"終わりの行の件数（{n} 件）が記録の行数（{self.records} 件）と違います")

    def _finish(self) -> None:
        if self.current is not None:
            self._end_table()
        if self.footer_line is None:
            self._problem(self.last_line + 1, None, None, "終わりの行（end）がありません。ファイルが途中で切れています")
            return
        for name, n in self.counts.items():
            expected = self.header_counts.get(name, 0)
            if n != expected:
                self._problem(
                    self.footer_line, name, None, f"行数が見出し行の counts（{expected} 件）と違います（実際は {n} 件）"
                )

    # ---- records -----------------------------------------------------------------------
    def _record(self, lineno: int, obj: dict[str, Any]) -> None:
        self.records += 1
        if self.progress is not None and self.records % PROGRESS_EVERY == 0:
            self.progress(self.records, self.total)
        name, r = obj.get("t"), obj.get("r")
        if len(obj) != 2 or type(name) is not str or type(r) is not dict:
            self._problem(lineno, None, None, '記録の行は {"t": 表名, "r": {列: 値, …}} と書きます')
            return
        spec = self.specs.get(name)
        if spec is None:
            self._problem(lineno, None, None, f"不明な表です: {show(name)}")
            return
        self.counts[name] += 1
        if self.current is not None and spec.index < self.current.index:
            self._problem(
                lineno, name, None, f"表の順序が違います: {name} の行は {self.current.name} の行より前に書きます"
            )
            return
        if spec is not self.current:
            self._start_table(spec)
        row = self._validate(lineno, spec, r)
        if row is not None and self.inserting:
            self.batch.append(row)
            self.batch_lines.append(lineno)
            if len(self.batch) >= BATCH_ROWS:
                self._flush()

    def _validate(self, lineno: int, spec: TableSpec, r: dict[str, Any]) -> dict[str, Any] | None:
        """The row to insert, or None after reporting what is wrong with it."""
        before = len(self.problems)
        for name in sorted(r.keys() - spec.names):
            self._problem(lineno, spec.name, name, "不明な列です")
        row: dict[str, Any] = {}
        for col in spec.columns:
            try:
                row[col.name] = col.read(r.get(col.name, MISSING))
            except Bad as exc:
                self._problem(lineno, spec.name, col.name, exc.reason)
        self._check_key(lineno, spec, row)
        self._check_refs(lineno, spec, row)
        if len(self.problems) > before:
            return None
        for rule in spec.rules:
            if rule.test is not None and (reason := rule.test(row)):
                self._problem(lineno, spec.name, rule.column, reason)
        return row if len(self.problems) == before else None

    def _check_key(self, lineno: int, spec: TableSpec, row: dict[str, Any]) -> None:
        if any(c not in row for c in spec.pk):
            return  # the key itself was bad: already reported
        if (name := spec.single_key) is not None:
            key = row[name]
            if not self.seen[spec.name].add(key):
                self._problem(lineno, spec.name, name, f"主キーが重複しています: {name} = {plain(key)}")
            elif spec.name == "codes":
                self.code_kinds[key] = row.get("kind")
            return
        key_tuple = tuple(row[c] for c in spec.pk)
        if self.prev_key is not None and key_tuple <= self.prev_key:
            shown = "、".join(f"{c} = {row[c]}" for c in spec.pk)
            what = "重複しています" if key_tuple == self.prev_key else "昇順に並んでいません"
            self._problem(lineno, spec.name, None, f"主キーが{what}: {shown}")
            return
        self.prev_key = key_tuple

    def _check_refs(self, lineno: int, spec: TableSpec, row: dict[str, Any]) -> None:
        for col in spec.refs:
            value = row.get(col.name)
            if value is None:
                continue
            reason = self._ref_problem(lineno, spec, col, row, value)
            if reason:
                self._problem(lineno, spec.name, col.name, reason)

    def _ref_problem(self, lineno: int, spec: TableSpec, col: ColumnSpec, row: dict[str, Any], v: Any) -> str:
        if col.code_kind is not None:
            actual = self.code_kinds.get(v)
            if actual is None:
                return f"存在しない分類コードです: codes に id = {plain(v)} の行がありません"
            if actual != col.code_kind:
                return f"分類コード {v} は種類「{actual}」のコードです（「{col.code_kind}」のコードが必要です）"
            return ""
        assert col.ref is not None
        if v in self.seen[col.ref]:
            return ""
        key = spec.single_key
        if col.ref == spec.name and col.nullable and key is not None and key in row:
            # a row pointing forward to its own table: inserted with null, set at the table's end
            keep = {c.name: row.get(c.name) for c in spec.columns if c.column.onupdate is not None}
            self.pending.append(Forward(lineno, row[key], col.name, v, keep))
            row[col.name] = None
            return ""
        target = self.specs[col.ref].single_key
        return f"参照先がありません: {col.ref} に {target} = {plain(v)} の行がありません"

    # ---- writing -----------------------------------------------------------------------
    def _start_table(self, spec: TableSpec) -> None:
        if self.current is not None:
            self._end_table()
        self.current = spec
        self.prev_key = None

    def _end_table(self) -> None:
        spec = self.current
        assert spec is not None
        if self.inserting:
            self._flush()
        pending, self.pending = self.pending, []
        if not pending or spec.single_key is None:
            return
        target = spec.single_key
        for ref in pending:
            if ref.value not in self.seen[spec.name]:
                reason = f"参照先がありません: {spec.name} に {target} = {plain(ref.value)} の行がありません"
                self._problem(ref.line, spec.name, ref.column, reason)
        if self.inserting:
            self._set_forward_refs(spec, target, pending)

    def _set_forward_refs(self, spec: TableSpec, target: str, pending: list[Forward]) -> None:
        """Fill in the self-references inserted as null, keeping the imported values of the
        columns that an UPDATE would otherwise stamp (``updated_at``)."""
        for ref in pending:
            values = {ref.column: ref.value, **ref.keep}
            stmt = update(spec.table).where(spec.table.c[target] == ref.key).values(values)
            self.session.execute(stmt)

    def _flush(self) -> None:
        """Insert the batch in a SAVEPOINT; if the database refuses it, find the rows why."""
        if not self.batch:
            return
        assert self.current is not None
        rows, lines = self.batch, self.batch_lines
        self.batch, self.batch_lines = [], []
        try:
            with self.session.begin_nested():
                self.session.execute(insert(self.current.table), rows)
        except IntegrityError:
            self._pinpoint(rows, lines)

    def _pinpoint(self, rows: list[dict[str, Any]], lines: list[int]) -> None:
        assert self.current is not None
        stmt = insert(self.current.table)
        for lineno, row in zip(lines, rows, strict=True):
            try:
                with self.session.begin_nested():
                    self.session.execute(stmt, [row])
            except IntegrityError as exc:
                reason = f"データベースの制約に違反しています: {exc.orig}"
                self._problem(lineno, self.current.name, None, reason)
