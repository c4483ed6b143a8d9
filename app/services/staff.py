"""StaffService: the centre's staff members."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.drafts import StaffDraft
from app.domain.errors import ConflictError
from app.domain.kana import normalize_reading
from app.domain.rules import validate_staff
from app.domain.validation import Checker, clean_text
from app.models import Code, StaffMember
from app.services.base import Service, code_key, get_or_404, resolve_code
from app.services.org_rows import StaffDetail
from app.services.people import reading_sort_key
from app.services.rows import StaffRow

_LABELS = {
    "family_name": "氏名（姓）", "given_name": "氏名（名）", "family_kana": "ふりがな（姓）",
    "given_kana": "ふりがな（名）", "role_id": "職種", "qualifications": "資格",
}  # fmt: skip


def _values(s: Session, draft: StaffDraft, *, keep_role_id: int | None = None) -> dict[str, object]:
    """The validated draft as stored. The role must be an active code, except the one the
    member already has (``keep_role_id``), which stays valid after it is retired."""
    current = code_key(s, keep_role_id)
    role_id = resolve_code(s, "staff_role", draft.role, field="role", label="職種", allow_retired=draft.role == current)
    family_kana, given_kana = normalize_reading(draft.family_kana), normalize_reading(draft.given_kana)
    return {
        "family_name": clean_text(draft.family_name),
        "given_name": clean_text(draft.given_name),
        "family_kana": family_kana,
        "given_kana": given_kana,
        "role_id": role_id,
        "qualifications": draft.qualifications.strip(),
        "reading_key": reading_sort_key(family_kana, given_kana),
    }


def _label_of(s: Session, field: str, value: object) -> str:
    if field == "role_id":
        return s.scalar(select(Code.label).where(Code.id == value)) or ""
    return str(value)


def _differences(s: Session, m: StaffMember, values: dict[str, object]) -> list[tuple[str, str, str]]:
    return [
        (label, _label_of(s, f, getattr(m, f)), _label_of(s, f, values[f]))
        for f, label in _LABELS.items()
        if getattr(m, f) != values[f]
    ]


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

    def get_staff(self, staff_id: int) -> StaffDetail:
        """One staff member as the edit form shows it (NotFoundError if there is none)."""
        with self._ledger.reading() as s:
            m = get_or_404(s, StaffMember, staff_id, "職員")
            role = s.get(Code, m.role_id)
            return StaffDetail(
                m.id, m.version, m.family_name, m.given_name, m.family_kana, m.given_kana, role.code, role.label,
                m.qualifications, m.active,
            )  # fmt: skip

    def add_staff(self, draft: StaffDraft) -> int:
        c = Checker()
        validate_staff(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            member = StaffMember(**_values(s, draft))
            s.add(member)
            s.flush()
            return member.id

    def update_staff(self, staff_id: int, draft: StaffDraft, *, version: int) -> StaffDetail:
        """Save changes to a staff member read at ``version`` (one transaction).

        ValidationError (nothing written) for bad input; ConflictError listing what differs
        when someone saved the member in between. Whether the member is active is not
        changed here (``set_active``)."""
        c = Checker()
        validate_staff(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            member = get_or_404(s, StaffMember, staff_id, "職員")
            values = _values(s, draft, keep_role_id=member.role_id)
            if member.version != version:
                raise ConflictError(
                    "この職員の情報は他の人が先に保存しました。読み込み直すか、内容を確かめてもう一度保存してください。",
                    _differences(s, member, values),
                )
            for key, value in values.items():
                setattr(member, key, value)
            s.flush()
        return self.get_staff(staff_id)

    def set_active(self, staff_id: int, active: bool) -> None:
        with self._ledger.transaction() as s:
            get_or_404(s, StaffMember, staff_id, "職員").active = active
