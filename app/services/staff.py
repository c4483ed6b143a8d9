"""StaffService: the centre's staff members."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.drafts import StaffDraft
from app.domain.kana import normalize_reading
from app.domain.rules import validate_staff
from app.domain.validation import Checker, clean_text
from app.models import Code, StaffMember
from app.services.base import Service, get_or_404, resolve_code
from app.services.people import reading_sort_key
from app.services.rows import StaffRow


class StaffService(Service):
    def list_staff(self, *, include_inactive: bool = False) -> list[StaffRow]:
        with self._ledger.reading() as s:
            q = (
                select(StaffMember, Code.code, Code.label)
                .join(Code, Code.id == StaffMember.role_id)
                .order_by(StaffMember.reading_key, StaffMember.id)
            )
            if not include_inactive:
                q = q.where(StaffMember.active.is_(True))
            return [
                StaffRow(
                    m.id,
                    m.display_name,
                    f"{m.family_kana} {m.given_kana}".strip(),
                    code,
                    label,
                    m.active,
                )
                for m, code, label in s.execute(q)
            ]

    def add_staff(self, draft: StaffDraft) -> int:
        c = Checker()
        validate_staff(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            role_id = resolve_code(s, "staff_role", draft.role, field="role", label="職種")
            member = StaffMember(
                family_name=clean_text(draft.family_name),
                given_name=clean_text(draft.given_name),
                family_kana=normalize_reading(draft.family_kana),
                given_kana=normalize_reading(draft.given_kana),
                role_id=role_id,
                qualifications=draft.qualifications.strip(),
                reading_key=reading_sort_key(normalize_reading(draft.family_kana), normalize_reading(draft.given_kana)),
            )
            s.add(member)
            s.flush()
            return member.id

    def set_active(self, staff_id: int, active: bool) -> None:
        with self._ledger.transaction() as s:
            get_or_404(s, StaffMember, staff_id, "職員").active = active
