"""AuditService: recording views, reading, exporting and verifying the audit trail."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.audit import CURRENT, ChainReport, record, verify_chain
from app.domain.errors import StorageError
from app.models import AuditEntry, StaffMember
from app.services.auth import AUDIT_LOG, _require
from app.services.base import Service

JST = timezone(timedelta(hours=9), "JST")  # the centre's clock: dates in filters are JST days
EXPORT_HEADER = ("番号", "日時", "職員ID", "職員", "操作", "表", "記録ID", "項目", "詳細", "ハッシュ")
ACTION_LABELS = {
    "view": "閲覧", "create": "作成", "update": "変更", "delete": "削除", "print": "印刷", "export": "書き出し",
    "import": "取り込み", "restore": "復元", "sign_in": "ログイン", "sign_out": "ログアウト",
    "sign_in_failed": "ログイン失敗", "verify": "検証",
}  # fmt: skip


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    action: str | None = None
    table_name: str | None = None
    date_from: date | None = None  # JST days, inclusive
    date_to: date | None = None
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    staff_id: int | None
    staff_name: str
    action: str
    table_name: str
    record_id: int | None
    fields: tuple[str, ...]
    detail: str


def _jst_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), JST).astimezone(UTC)


def _query(f: AuditFilter) -> Select:
    q = select(AuditEntry, StaffMember.family_name, StaffMember.given_name).outerjoin(
        StaffMember, StaffMember.id == AuditEntry.staff_id
    )
    if f.staff_id is not None:
        q = q.where(AuditEntry.staff_id == f.staff_id)
    if f.action:
        q = q.where(AuditEntry.action == f.action)
    if f.table_name:
        q = q.where(AuditEntry.table_name == f.table_name)
    if f.date_from is not None:
        q = q.where(AuditEntry.at >= _jst_midnight(f.date_from))
    if f.date_to is not None:
        q = q.where(AuditEntry.at < _jst_midnight(f.date_to + timedelta(days=1)))
    return q


def _row(e: AuditEntry, family: str | None, given: str | None) -> AuditRow:
    name = f"{family or ''} {given or ''}".strip()
    fields = tuple(e.fields.split(",")) if e.fields else ()
    return AuditRow(e.id, e.at, e.staff_id, name, e.action, e.table_name, e.record_id, fields, e.detail)


class AuditService(Service):
    def record_view(self, staff_id: int | None, table: str, record_id: int) -> None:
        """One ``view`` entry in its own small transaction; the GUI calls it before it shows
        the record (a failure here means the record is not shown)."""
        with self._ledger.transaction() as s:
            record(s, "view", table, record_id, staff_id=staff_id)

    def record_event(self, action: str, table: str = "", record_id: int | None = None, detail: str = "") -> None:
        """One explicit entry (``print``, ``export``, ``import``, ``restore``, ``view``) by
        the signed-in member, in its own small transaction; ``detail`` short and never
        sensitive (a document's kind, a count, a backup's name)."""
        with self._ledger.transaction() as s:
            record(s, action, table, record_id, detail)

    def list_entries(self, f: AuditFilter = AuditFilter()) -> list[AuditRow]:
        """One page of entries matching ``f``, newest first. The GUI shows the log only to
        管理者 (``AuthService.require(staff, AUDIT_LOG)``)."""
        with self._ledger.reading() as s:
            q = _query(f).order_by(AuditEntry.id.desc()).limit(f.limit).offset(f.offset)
            return [_row(*r) for r in s.execute(q)]

    def export_csv(self, path: Path, f: AuditFilter = AuditFilter(), *, by_staff_id: int | None) -> int:
        """Write every entry matching ``f`` (oldest first; ``limit``/``offset`` ignored) to a
        UTF-8 (BOM, for Excel) CSV at ``path``; 管理者 only. The export is audited in the
        transaction that reads the entries, and the file is renamed into place only after
        that commits: no exported file without its audit row. Returns the entries written."""
        tmp = path.with_name(path.name + ".part")
        try:
            with self._ledger.transaction() as s:
                _require(s, by_staff_id, AUDIT_LOG)
                count = self._write_csv(s, tmp, f)
                record(s, "export", "audit_log", None, f"{count}件 CSV", staff_id=by_staff_id)
            os.replace(tmp, path)
        except OSError as exc:
            raise StorageError(f"操作記録を書き出せません: {path}（{exc}）") from exc
        finally:
            tmp.unlink(missing_ok=True)
        return count

    @staticmethod
    def _write_csv(s: Session, tmp: Path, f: AuditFilter) -> int:
        count = 0
        with tmp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(EXPORT_HEADER)
            for e, family, given in s.execute(_query(f).order_by(AuditEntry.id)):
                r = _row(e, family, given)
                at = r.at.astimezone(JST).strftime("%Y-%m-%d %H:%M:%S")
                record_id = "" if r.record_id is None else r.record_id
                writer.writerow((r.id, at, r.staff_id or "", r.staff_name, ACTION_LABELS.get(r.action, r.action),
                                 r.table_name, record_id, ",".join(r.fields), r.detail, e.hash))  # fmt: skip
                count += 1
            out.flush()
            os.fsync(out.fileno())
        return count

    def verify(self, *, by_staff_id: int | None = None, after: tuple[int, str] | None = None) -> ChainReport:
        """Recompute the hash chain (from the anchor ``after`` = (id, hash) of an entry
        verified before, or from the start); on a writable ledger the check itself is
        recorded (``verify``, with the outcome in ``detail``)."""
        with self._ledger.reading() as s:
            report = verify_chain(s.connection(), after=after)
        if not self._ledger.read_only:
            scope = "" if after is None else f"番号{after[0]}以降 "
            detail = f"{scope}正常 {report.entries}件" if report.ok else f"不整合 番号{report.first_bad_id}"
            with self._ledger.transaction() as s:
                staff = CURRENT if by_staff_id is None else by_staff_id
                record(s, "verify", "audit_log", report.first_bad_id, detail, staff_id=staff)
        return report

    list = list_entries  # the name the GUI's filter panel calls
