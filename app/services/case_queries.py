"""Reading cases: the case list (search, filters, paging) and one case's header.

Search text matches a person's name or reading (kana, width and spaces folded; any length,
two-character names included), a case number as typed ("2022-00012" or a part of it), or
phone digits when the text looks like a phone number.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.fiscal import fiscal_year_range
from app.domain.kana import phone_query_digits, search_key
from app.models import Case, CaseProgramme, Code, DisasterDetail, Person, StaffMember
from app.services.base import get_or_404, resolve_code
from app.services.people import person_row
from app.services.rows import CaseDetail, CaseRow, ProgrammeMembershipRow


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""  # name, reading, phone or case number
    programme: str | None = None
    status: str | None = None
    counsellor_id: int | None = None
    fiscal_year: int | None = None  # cases opened in that fiscal year
    disaster_only: bool = False
    open_only: bool = False


def _text_condition(text: str):
    key = search_key(text)
    if not key:
        return None
    raw = unicodedata.normalize("NFKC", text).strip().upper()
    conds = [
        Person.search_key.contains(key, autoescape=True),
        Case.case_no.contains(raw, autoescape=True),
        Person.person_no == raw,
    ]
    digits = phone_query_digits(text)
    if digits:
        conds.append(Person.phone_key.contains(digits, autoescape=True))
    return or_(*conds)


def filtered_case_ids(s: Session, f: CaseFilter) -> Select:
    q = select(Case.id).join(Person, Person.id == Case.person_id)
    cond = _text_condition(f.text)
    if cond is not None:
        q = q.where(cond)
    if f.programme or f.status:
        cp = aliased(CaseProgramme)
        sub = select(cp.id).where(cp.case_id == Case.id)
        if f.programme:
            sub = sub.where(
                cp.programme_id == resolve_code(s, "programme", f.programme, field="programme", label="事業")
            )
        if f.status:
            status_id = resolve_code(s, "case_status", f.status, field="status", label="支援状況", allow_retired=True)
            sub = sub.where(cp.status_id == status_id)
        q = q.where(sub.exists())
    if f.counsellor_id is not None:
        q = q.where(Case.counsellor_id == f.counsellor_id)
    if f.fiscal_year is not None:
        start, end = fiscal_year_range(f.fiscal_year)
        q = q.where(Case.opened_on.between(start, end))
    if f.disaster_only:
        q = q.where(select(DisasterDetail.id).where(DisasterDetail.case_id == Case.id).exists())
    if f.open_only:
        q = q.where(Case.closed_on.is_(None))
    return q


def count_cases(s: Session, f: CaseFilter) -> int:
    return s.scalar(select(func.count()).select_from(filtered_case_ids(s, f).subquery()))


def list_cases(s: Session, f: CaseFilter, limit: int, offset: int) -> list[CaseRow]:
    """One page, newest first; never the whole table."""
    q = filtered_case_ids(s, f).order_by(Case.opened_on.desc(), Case.id.desc()).limit(limit).offset(offset)
    return [case_row(s, s.get(Case, i)) for i in s.scalars(q)]


def _staff_name(s: Session, staff_id: int | None) -> str:
    member = s.get(StaffMember, staff_id) if staff_id else None
    return member.display_name if member else ""


def case_row(s: Session, case: Case) -> CaseRow:
    status = s.get(Code, case.status_id)
    programmes = [s.get(Code, m.programme_id) for m in case.programmes]
    p = case.person
    return CaseRow(
        case.id, case.case_no, p.id, p.full_name, p.full_kana, p.birth_date, case.opened_on, status.code,
        status.label, "・".join(c.short_label or c.label for c in programmes), _staff_name(s, case.counsellor_id),
        case.disaster is not None,
    )  # fmt: skip


def case_detail(s: Session, case_id: int) -> CaseDetail:
    case = get_or_404(s, Case, case_id, "ケース")
    status = s.get(Code, case.status_id)
    memberships = []
    for m in case.programmes:
        prog, st = s.get(Code, m.programme_id), s.get(Code, m.status_id)
        memberships.append(
            ProgrammeMembershipRow(prog.code, prog.label, st.code, st.label, m.joined_on, m.use_decided_on, m.ended_on)
        )
    return CaseDetail(
        case.id, case.case_no, case.version, person_row(case.person), case.opened_on, status.code, status.label,
        case.counsellor_id, _staff_name(s, case.counsellor_id), tuple(memberships), case.closed_on,
        case.disaster.disaster_name if case.disaster else None,
    )  # fmt: skip
