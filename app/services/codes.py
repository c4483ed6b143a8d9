"""CodeService: the administrator's view of the code tables (add, rename, retire, delete
an unused code). A code a record uses can only be retired, never deleted."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select

from app.domain.drafts import CodeDraft
from app.domain.errors import ConflictError, FieldError, ValidationError
from app.domain.validation import Checker
from app.models import Base, Code, CodeKind
from app.services.base import Service, get_or_404, resolve_code
from app.services.rows import CodeRow


def _code_columns(kind: str) -> list:  # the columns that may hold a code of ``kind``
    return [col for table in Base.metadata.sorted_tables for col in table.c if col.info.get("code_kind") == kind]


def _refuse_duplicate_label(s, kind: str, label: str, except_id: int | None = None) -> None:
    q = select(Code.id).where(Code.kind == kind, Code.label == label)
    if except_id is not None:
        q = q.where(Code.id != except_id)
    if s.scalar(q) is not None:
        raise ValidationError([FieldError("label", "名称", "duplicate", f"「{label}」は既にあります")])


class CodeService(Service):
    def kinds(self) -> list[tuple[str, str, bool]]:
        """(kind, label, extendable) of every code kind."""
        with self._ledger.reading() as s:
            rows = s.execute(select(CodeKind.kind, CodeKind.label, CodeKind.extendable)).all()
            return [tuple(r) for r in rows]

    def codes(self, kind: str, *, include_retired: bool = False) -> list[CodeRow]:
        """The codes of ``kind`` in their display order."""
        with self._ledger.reading() as s:
            q = select(Code).where(Code.kind == kind).order_by(Code.position, Code.id)
            if not include_retired:
                q = q.where(Code.retired_on.is_(None))
            codes = list(s.scalars(q))
            parents = {i: c for i, c in s.execute(select(Code.id, Code.code).where(Code.kind == kind))}
            return [
                CodeRow(
                    c.id,
                    c.kind,
                    c.code,
                    c.label,
                    c.short_label,
                    c.position,
                    parents.get(c.parent_id) if c.parent_id else None,
                    c.builtin,
                    c.retired_on,
                )
                for c in codes
            ]

    def label(self, kind: str, code: str) -> str:
        with self._ledger.reading() as s:
            label = s.scalar(select(Code.label).where(Code.kind == kind, Code.code == code))
        return label if label is not None else code

    def usage_count(self, code_id: int) -> int:
        """How many records use the code (through any column or multi-select)."""
        with self._ledger.reading() as s:
            code = get_or_404(s, Code, code_id, "分類コード")
            return self._usage(s, code)

    def _usage(self, s, code: Code) -> int:
        """Records using the code: each record once, however many of its columns hold it."""
        total = 0
        by_table: dict[str, list] = {}
        for col in _code_columns(code.kind):
            by_table.setdefault(col.table.name, []).append(col)
        for cols in by_table.values():
            table = cols[0].table
            total += s.scalar(select(func.count()).select_from(table).where(or_(*(col == code.id for col in cols))))
        total += s.scalar(select(func.count()).select_from(Code).where(Code.parent_id == code.id))
        return total

    def add_code(self, draft: CodeDraft) -> CodeRow:
        c = Checker()
        c.required("label", "名称", draft.label)
        c.max_len("label", "名称", draft.label, 200)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            kind = s.get(CodeKind, draft.kind)
            if kind is None:
                raise ValidationError([FieldError("kind", "分類", "unknown", f"分類「{draft.kind}」はありません")])
            if not kind.extendable:
                raise ValidationError(
                    [
                        FieldError(
                            "kind",
                            "分類",
                            "fixed",
                            f"「{kind.label}」は集計に使う分類のため追加できません",
                        )
                    ]
                )
            label = draft.label.strip()
            _refuse_duplicate_label(s, draft.kind, label)
            parent_id = resolve_code(
                s,
                draft.kind,
                draft.parent_code,
                field="parent_code",
                label="上位分類",
                required=False,
            )
            last = s.scalar(select(func.max(Code.position)).where(Code.kind == draft.kind)) or 0
            count = s.scalar(select(func.count()).select_from(Code).where(Code.kind == draft.kind))
            code = Code(
                kind=draft.kind,
                code=f"custom_{count + 1}",
                label=label,
                short_label=draft.short_label.strip(),
                position=last + 10,
                parent_id=parent_id,
                attrs=dict(draft.attrs),
                builtin=False,
            )
            while s.scalar(select(Code.id).where(Code.kind == draft.kind, Code.code == code.code)):
                code.code += "_"
            s.add(code)
            s.flush()
            return CodeRow(
                code.id,
                code.kind,
                code.code,
                code.label,
                code.short_label,
                code.position,
                draft.parent_code,
                False,
                None,
            )

    def rename_code(self, code_id: int, label: str) -> None:
        c = Checker()
        c.required("label", "名称", label)
        c.max_len("label", "名称", label, 200)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            code = get_or_404(s, Code, code_id, "分類コード")
            _refuse_duplicate_label(s, code.kind, label.strip(), except_id=code.id)
            code.label = label.strip()

    def retire_code(self, code_id: int, on: date | None = None) -> None:
        """Retire: existing records keep it, new records can no longer choose it. The seeded
        codes of kinds the statistics and the case path rely on cannot be retired."""
        with self._ledger.transaction() as s:
            code = get_or_404(s, Code, code_id, "分類コード")
            if code.builtin and not s.get(CodeKind, code.kind).extendable:
                raise ConflictError(f"「{code.label}」は集計や支援の流れに使う分類のため廃止できません")
            code.retired_on = on or self._today()

    def reinstate_code(self, code_id: int) -> None:
        with self._ledger.transaction() as s:
            get_or_404(s, Code, code_id, "分類コード").retired_on = None

    def delete_code(self, code_id: int) -> None:
        """Delete a code no record has ever used; a used or seeded code is refused."""
        with self._ledger.transaction() as s:
            code = get_or_404(s, Code, code_id, "分類コード")
            if code.builtin:
                raise ConflictError(f"「{code.label}」は標準の分類のため削除できません。廃止にしてください。")
            used = self._usage(s, code)
            if used:
                raise ConflictError(
                    f"「{code.label}」は {used} 件の記録で使われているため削除できません。廃止にしてください。"
                )
            s.delete(code)
