"""Reading cases: the case list (search, filters, sorting, paging) and one case's header.

Search text matches a person's name or reading (kana, width and spaces folded; any length,
two-character names included), a case number as typed ("2022-00012" or a part of it), or
phone digits when the text looks like a phone number.

Sorting is one of :data:`CASE_ORDERS` (``CaseFilter.order``); ``Case.id`` always breaks ties,
so pages fetched one after another never repeat or skip a case.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased, selectinload

from app.domain.fiscal import fiscal_year_range
from app.domain.kana import phone_query_digits, search_key
from app.models import Case, CaseProgramme, Code, DisasterDetail, Person, StaffMember
from app.services.base import get_or_404, resolve_code
from app.services.people import person_row
from app.services.rows import CaseDetail, CaseRow, ProgrammeMembershipRow

StatusCode = aliased(Code)

# order name → (the ORDER BY columns before the final Case.id tie-breaker, descending?)
CASE_ORDERS: dict[str, tuple[tuple[QueryableAttribute, ...], bool]] = {
    "opened_desc": ((Case.opened_on,), True),
    "opened_asc": ((Case.opened_on,), False),
    "case_no_asc": ((Case.case_no,), False),
    "case_no_desc": ((Case.case_no,), True),
    "reading_asc": ((Person.reading_key,), False),  # 五十音 (Person.reading_key is a 五十音 sort string)
    "reading_desc": ((Person.reading_key,), True),
    "status_asc": ((StatusCode.position,), False),  # the status codes' display order (the path)
    "status_desc": ((StatusCode.position,), True),
}


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows: search text, filters and the sort order.

    ``order`` must be one of :data:`CASE_ORDERS`; anything else raises ``ValueError``."""

    text: str = ""  # name, reading, phone or case number
    programme: str | None = None
    status: str | None = None
    counsellor_id: int | None = None
    fiscal_year: int | None = None  # cases opened in that fiscal year
    disaster_only: bool = False
    open_only: bool = False
    order: str = "opened_desc"  # one of CASE_ORDERS

    def __post_init__(self) -> None:
        _check_order(self.order)


def _check_order(order: str) -> None:
    if order not in CASE_ORDERS:
        raise ValueError(f"unknown case order {order!r}; one of {', '.join(CASE_ORDERS)}")


def _ordered(q: Select, order: str) -> Select:
    """``q`` sorted by ``order``; ValueError for a name not in :data:`CASE_ORDERS`."""
    _check_order(order)
    columns, descending = CASE_ORDERS[order]
    if order.startswith("status_"):
        q = q.join(StatusCode, StatusCode.id == Case.status_id)
    terms = [*columns, Case.id]
    return q.order_by(*(c.desc() if descending else c.asc() for c in terms))


def _text_condition(text: str):
    text = text.replace("\x00", "")  # a pasted NUL: PostgreSQL refuses it in a query
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
    """One page in ``f.order`` (newest first by default); never the whole table."""
    q = _ordered(filtered_case_ids(s, f), f.order).limit(limit).offset(offset)
    ids = list(s.scalars(q))
    if not ids:
        return []
    # the whole page in a few queries (not a few per row): cases with person, programmes, disaster
    loaded = {
        c.id: c
        for c in s.scalars(
            select(Case)
            .where(Case.id.in_(ids))
            .options(selectinload(Case.person), selectinload(Case.programmes), selectinload(Case.disaster))
        )
    }
    codes = {c.id: c for c in s.scalars(select(Code).where(Code.kind.in_(("programme", "case_status"))))}
    staff_ids = {c.counsellor_id for c in loaded.values() if c.counsellor_id}
    staff = {m.id: m.display_name for m in s.scalars(select(StaffMember).where(StaffMember.id.in_(staff_ids)))}
    return [_page_row(loaded[i], codes, staff) for i in ids]


def _page_row(case: Case, codes: dict[int, Code], staff: dict[int, str]) -> CaseRow:
    status, p = codes[case.status_id], case.person
    programmes = "・".join(codes[m.programme_id].short_label or codes[m.programme_id].label for m in case.programmes)
    return CaseRow(
        case.id, case.case_no, p.id, p.full_name, p.full_kana, p.birth_date, case.opened_on, status.code,
        status.label, programmes, staff.get(case.counsellor_id, ""), case.disaster is not None,
    )  # fmt: skip


def _staff_name(s: Session, staff_id: int | None) -> str:
    member = s.get(StaffMember, staff_id) if staff_id else None
    return member.display_name if member else ""


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
