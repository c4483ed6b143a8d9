"""``yorisoi check``: integrity, foreign keys and code kinds of a ledger, as a report."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, text

from app.db.migrate import current_revision, head_revision
from app.models import Base


@dataclass
class CheckReport:
    revision: str | None = None
    head: str = ""
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    code_kinds: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys and not self.code_kinds and self.revision == self.head

    def lines(self) -> list[str]:
        mark = "OK" if self.revision == self.head else "要更新"
        out = [f"スキーマ: {self.revision}（このバージョンの最新 {self.head}）… {mark}"]
        for title, problems in (
            ("整合性検査 (integrity_check)", self.integrity),
            ("外部キー検査 (foreign_key_check)", self.foreign_keys),
            ("分類コードの種類", self.code_kinds),
        ):
            if problems:
                out.append(f"{title}: {len(problems)} 件の問題")
                out.extend(f"  - {p}" for p in problems[:50])
                if len(problems) > 50:
                    out.append(f"  … ほか {len(problems) - 50} 件")
            else:
                out.append(f"{title}: OK")
        out.append("結果: 問題はありません" if self.ok else "結果: 問題があります")
        return out


def _code_kind_problems(conn) -> list[str]:
    """Every column declared ``code_fk(kind)`` must point at a code of that kind."""
    problems = []
    for table in Base.metadata.sorted_tables:
        for col in table.c:
            kind = col.info.get("code_kind")
            if not kind:
                continue
            sql = text(
                f"SELECT t.{col.name}, c.kind FROM {table.name} t "
                f"JOIN codes c ON c.id = t.{col.name} WHERE c.kind <> :kind LIMIT 20"
            )
            for value, actual in conn.execute(sql, {"kind": kind}):
                problems.append(f"{table.name}.{col.name} = {value} は「{actual}」のコードです（{kind} が必要）")
    return problems


def check_ledger(engine: Engine) -> CheckReport:
    """On SQLite: integrity_check, foreign_key_check and code kinds. On PostgreSQL the server
    enforces integrity and foreign keys itself; the code kinds are checked the same way."""
    report = CheckReport(head=head_revision())
    with engine.connect() as conn:
        report.revision = current_revision(conn)
        if conn.dialect.name == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            report.integrity = [r for r in rows if r != "ok"]
            for table, rowid, parent, _fkid in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                report.foreign_keys.append(f"{table} の行 {rowid} が {parent} の存在しない行を参照")
        if report.revision is not None:
            report.code_kinds = _code_kind_problems(conn)
    return report
