"""AgencyService: the agency directory (関係機関)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.drafts import AgencyDraft
from app.domain.errors import ConflictError, FieldError, ValidationError
from app.domain.kana import gojuon_sort_string, normalize_reading, search_key
from app.domain.rules import validate_agency
from app.domain.validation import Checker, clean_text
from app.models import Agency, Code
from app.services.base import Service, code_key, get_or_404, resolve_code
from app.services.org_rows import AgencyDetail
from app.services.rows import AgencyRow

_LABELS = {
    "name": "機関名", "name_kana": "ふりがな", "kind_id": "種別", "department": "部署", "phone": "電話",
    "contact_person": "担当者", "address": "住所", "note": "備考",
}  # fmt: skip


def _agency_key(d: AgencyDraft) -> str:
    """Name, department, both together (as the list shows them) and the reading, folded."""
    parts = (d.name, d.department, f"{d.name}{d.department}", d.name_kana)
    return "|".join(dict.fromkeys(search_key(x) for x in parts if x))


def _values(s: Session, draft: AgencyDraft, *, except_id: int | None = None, keep_kind_id: int | None = None) -> dict:
    """The validated draft as stored; ValidationError for an unknown or retired kind (except
    the one the agency already has) or a name and department another agency has."""
    current = code_key(s, keep_kind_id)
    kind_id = resolve_code(
        s, "agency_kind", draft.kind, field="kind", label="種別", allow_retired=draft.kind == current
    )
    name, dept = clean_text(draft.name), clean_text(draft.department)
    same = select(Agency.id).where(Agency.name == name, Agency.department == dept)
    if except_id is not None:
        same = same.where(Agency.id != except_id)
    if s.scalar(same):
        raise ValidationError([FieldError("name", "機関名", "duplicate", f"「{name} {dept}」は既に登録されています")])
    kana = normalize_reading(draft.name_kana)
    return {
        "name": name,
        "name_kana": kana,
        "kind_id": kind_id,
        "department": dept,
        "phone": draft.phone.strip(),
        "contact_person": clean_text(draft.contact_person),
        "address": clean_text(draft.address),
        "note": draft.note,
        "search_key": _agency_key(draft),
        "reading_key": gojuon_sort_string(kana)[:200],
    }


def _label_of(s: Session, field: str, value: object) -> str:
    if field == "kind_id":
        return s.scalar(select(Code.label).where(Code.id == value)) or ""
    return str(value)


def _filtered(q: Select, text: str, include_retired: bool) -> Select:
    key = search_key(text)
    if key:
        q = q.where(Agency.search_key.contains(key, autoescape=True))
    if not include_retired:
        q = q.where(Agency.retired_on.is_(None))
    return q


class AgencyService(Service):
    def search(self, text: str = "", *, limit: int = 50, include_retired: bool = False) -> list[AgencyRow]:
        return self.list_agencies(text, include_retired=include_retired, limit=limit)

    def list_agencies(
        self, text: str = "", *, include_retired: bool = True, offset: int = 0, limit: int = 100
    ) -> list[AgencyRow]:
        """One page of the directory in 五十音 order: the agencies whose name, department or
        reading contains ``text`` (kana and width folded); retired ones too unless told not."""
        with self._ledger.reading() as s:
            q = select(Agency, Code.code, Code.label).join(Code, Code.id == Agency.kind_id)
            q = _filtered(q, text, include_retired)
            q = q.order_by(Agency.reading_key, Agency.name, Agency.id).offset(offset).limit(limit)
            return [
                AgencyRow(a.id, a.name, a.department, code, label, a.phone, a.contact_person, a.retired_on)
                for a, code, label in s.execute(q)
            ]

    def count_agencies(self, text: str = "", *, include_retired: bool = True) -> int:
        """How many agencies ``list_agencies`` finds in all its pages."""
        with self._ledger.reading() as s:
            return s.scalar(_filtered(select(func.count()).select_from(Agency), text, include_retired))

    def get_agency(self, agency_id: int) -> AgencyDetail:
        """One agency as the edit form shows it (NotFoundError if there is none)."""
        with self._ledger.reading() as s:
            a = get_or_404(s, Agency, agency_id, "関係機関")
            kind = s.get(Code, a.kind_id)
            return AgencyDetail(
                a.id, a.version, a.name, a.name_kana, kind.code, kind.label, a.department, a.phone,
                a.contact_person, a.address, a.note, a.retired_on,
            )  # fmt: skip

    def add_agency(self, draft: AgencyDraft) -> int:
        c = Checker()
        validate_agency(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            agency = Agency(**_values(s, draft))
            s.add(agency)
            s.flush()
            return agency.id

    def update_agency(self, agency_id: int, draft: AgencyDraft, *, version: int) -> AgencyDetail:
        """Save changes to an agency read at ``version`` (one transaction).

        ValidationError (nothing written) for bad input or a name and department another
        agency has; ConflictError listing what differs when someone saved it in between.
        Retirement is not changed here (``retire_agency`` / ``reinstate_agency``)."""
        c = Checker()
        validate_agency(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            agency = get_or_404(s, Agency, agency_id, "関係機関")
            values = _values(s, draft, except_id=agency.id, keep_kind_id=agency.kind_id)
            if agency.version != version:
                changes = [
                    (label, _label_of(s, f, getattr(agency, f)), _label_of(s, f, values[f]))
                    for f, label in _LABELS.items()
                    if getattr(agency, f) != values[f]
                ]
                raise ConflictError(
                    "この関係機関は他の人が先に保存しました。読み込み直すか、内容を確かめてもう一度保存してください。",
                    changes,
                )
            for key, value in values.items():
                setattr(agency, key, value)
            s.flush()
        return self.get_agency(agency_id)

    def retire_agency(self, agency_id: int, on: date | None = None) -> None:
        with self._ledger.transaction() as s:
            get_or_404(s, Agency, agency_id, "関係機関").retired_on = on or self._today()

    def reinstate_agency(self, agency_id: int) -> None:
        """Make a retired agency choosable again (nothing happens to an active one)."""
        with self._ledger.transaction() as s:
            get_or_404(s, Agency, agency_id, "関係機関").retired_on = None
