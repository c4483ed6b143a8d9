"""AgencyService: the agency directory (関係機関)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.drafts import AgencyDraft
from app.domain.errors import FieldError, ValidationError
from app.domain.kana import gojuon_sort_string, normalize_reading, search_key
from app.domain.rules import validate_agency
from app.domain.validation import Checker, clean_text
from app.models import Agency, Code
from app.services.base import Service, get_or_404, resolve_code
from app.services.rows import AgencyRow


def _agency_key(d: AgencyDraft) -> str:
    """Name, department, both together (as the list shows them) and the reading, folded."""
    parts = (d.name, d.department, f"{d.name}{d.department}", d.name_kana)
    return "|".join(dict.fromkeys(search_key(x) for x in parts if x))


class AgencyService(Service):
    def search(self, text: str = "", *, limit: int = 50, include_retired: bool = False) -> list[AgencyRow]:
        with self._ledger.reading() as s:
            q = select(Agency, Code.code, Code.label).join(Code, Code.id == Agency.kind_id)
            key = search_key(text)
            if key:
                q = q.where(Agency.search_key.contains(key, autoescape=True))
            if not include_retired:
                q = q.where(Agency.retired_on.is_(None))
            q = q.order_by(Agency.reading_key, Agency.name, Agency.id).limit(limit)
            return [
                AgencyRow(a.id, a.name, a.department, code, label, a.phone, a.contact_person, a.retired_on)
                for a, code, label in s.execute(q)
            ]

    def add_agency(self, draft: AgencyDraft) -> int:
        c = Checker()
        validate_agency(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            kind_id = resolve_code(s, "agency_kind", draft.kind, field="kind", label="種別")
            name, dept = clean_text(draft.name), clean_text(draft.department)
            if s.scalar(select(Agency.id).where(Agency.name == name, Agency.department == dept)):
                raise ValidationError(
                    [
                        FieldError(
                            "name",
                            "機関名",
                            "duplicate",
                            f"「{name} {dept}」は既に登録されています",
                        )
                    ]
                )
            agency = Agency(
                name=name,
                name_kana=normalize_reading(draft.name_kana),
                kind_id=kind_id,
                department=dept,
                phone=draft.phone.strip(),
                contact_person=clean_text(draft.contact_person),
                address=clean_text(draft.address),
                note=draft.note,
                search_key=_agency_key(draft),
                reading_key=gojuon_sort_string(normalize_reading(draft.name_kana))[:200],
            )
            s.add(agency)
            s.flush()
            return agency.id

    def retire_agency(self, agency_id: int, on: date | None = None) -> None:
        with self._ledger.transaction() as s:
            get_or_404(s, Agency, agency_id, "関係機関").retired_on = on or self._today()
