"""OutreachService: the 訪問記録 (outreach visits, made and planned), the outreach chapter's
month-by-month liaison table, and the disaster programme's activity records.

What is stored is what the statistics count (app/services/stats_sources.py,
stats_lists.py): a visit's agencies count for the programme's 関係機関一覧 once the visit is
made (``planned`` false) and dated in the year; each DisasterActivity row is one activity of
``disaster_recovery.activities.<kind>``. So a planned visit never shows in a figure, and
"three calls" are three activity rows.

Every write is one transaction; an edit names the version it was read at and is refused with
a ConflictError when someone saved the visit in between. Reads return frozen rows and cost one
query per table they look up (codes, staff, agencies, cases, people), never one per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, FieldError, ValidationError
from app.domain.fiscal import fiscal_months, fiscal_year_range
from app.domain.validation import Checker, clean_text
from app.domain.visit_drafts import (
    METHODS_WITH_RESULT,
    DisasterActivityDraft,
    HikikomoriStateDraft,
    VisitDraft,
    validate_disaster_activity,
    validate_visit,
)
from app.models import (
    Agency,
    Assessment,
    Case,
    CaseProgramme,
    Code,
    Contact,
    DisasterActivity,
    HikikomoriState,
    Intake,
    OutreachVisit,
    Person,
    Plan,
    StaffMember,
)
from app.models.cases import assessment_issues, contact_agencies, intake_topics, plan_issues
from app.models.outreach import disaster_activity_agencies, visit_agencies, visit_staff
from app.services.base import Service, code_key, get_or_404, resolve_code
from app.services.cases import _check_agency, _check_not_before_opening, _membership
from app.services.outreach_rows import (
    DisasterActivityRow,
    LiaisonEntry,
    MonthLiaison,
    VisitCase,
    VisitDetail,
    VisitFilter,
    VisitRow,
    month_range,
)

DETAIL_MAX = 200  # characters of a visit's content in the list
UPCOMING_MAX = 200  # planned visits the upcoming panel lists (overdue ones included)
CODE_KINDS = ("programme", "visit_place", "visit_method", "visit_result", "visit_purpose", "contact_method",
              "disaster_activity", "going_out")  # fmt: skip
# what a contact naming agencies was, in the liaison table's words (by contact_method code)
CONTACT_WHAT = {
    "accompany": "相談同行",
    "agency_talk": "連携協議",
    "meeting": "ケース会議",
    "visit": "同行訪問",
    "phone": "電話で連携",
    "mail_sns": "メール・SNSで連携",
    "office": "来所相談に同席",
}


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= DETAIL_MAX else text[: DETAIL_MAX - 1] + "…"


def _refuse_stale(record, expected_version: int | None, what: str) -> None:
    if expected_version is not None and record.version != expected_version:
        raise ConflictError(
            f"この{what}は他の人が先に保存しました。閉じて開き直し、内容を確かめてからもう一度保存してください。"
        )


@dataclass
class _Lookups:
    """Labels and names for a page of records: one query per table, whatever the page size."""

    codes: dict[int, Code]
    staff: dict[int, tuple[str, str]]  # id → (name, reading key)
    agencies: dict[int, str]
    cases: dict[int, str]  # id → case number
    people: dict[int, str]  # id → full name

    @classmethod
    def load(
        cls, s: Session, *, staff: Iterable[int] = (), agencies: Iterable[int] = (), cases: Iterable[int | None] = (),
        people: Iterable[int | None] = (),
    ) -> _Lookups:  # fmt: skip
        codes = {c.id: c for c in s.scalars(select(Code).where(Code.kind.in_(CODE_KINDS)))}
        staff_ids, agency_ids = set(staff), set(agencies)
        case_ids, person_ids = {i for i in cases if i}, {i for i in people if i}
        members = s.scalars(select(StaffMember).where(StaffMember.id.in_(staff_ids))) if staff_ids else []
        found = s.scalars(select(Agency).where(Agency.id.in_(agency_ids))) if agency_ids else []
        numbers = s.execute(select(Case.id, Case.case_no).where(Case.id.in_(case_ids))) if case_ids else []
        persons = s.scalars(select(Person).where(Person.id.in_(person_ids))) if person_ids else []
        return cls(
            codes,
            {m.id: (m.display_name, m.reading_key) for m in members},
            {a.id: f"{a.name} {a.department}".strip() for a in found},
            {i: no for i, no in numbers},
            {p.id: p.full_name for p in persons},
        )

    def label(self, code_id: int | None) -> str:
        code = self.codes.get(code_id) if code_id is not None else None
        return code.label if code else ""

    def key(self, code_id: int | None) -> str | None:
        code = self.codes.get(code_id) if code_id is not None else None
        return code.code if code else None

    def short(self, code_id: int | None) -> str:
        code = self.codes.get(code_id) if code_id is not None else None
        return (code.short_label or code.label) if code else ""

    def staff_names(self, ids: Iterable[int]) -> tuple[str, ...]:
        known = sorted((self.staff[i][1], i) for i in ids if i in self.staff)
        return tuple(self.staff[i][0] for _k, i in known)

    def agency_names(self, ids: Iterable[int]) -> tuple[str, ...]:
        return tuple(self.agencies[i] for i in ids if i in self.agencies)


def _links(s: Session, table, owners: list[int]) -> dict[int, list[int]]:
    """owner id → target ids of a link set, for all ``owners`` in one query."""
    out: dict[int, list[int]] = {o: [] for o in owners}
    if owners:
        q = select(table.c.owner_id, table.c.target_id).where(table.c.owner_id.in_(owners))
        for owner, target in s.execute(q.order_by(table.c.owner_id, table.c.target_id)):
            out[owner].append(target)
    return out


def _is_hikikomori(s: Session, case_id: int) -> bool:
    """In the outreach programme, or a ひきこもり・不登校 topic at intake, or 社会的孤立（ひきこもり等）
    among its assessment or plan issues."""
    outreach = s.scalar(select(Code.id).where(Code.kind == "programme", Code.code == "outreach"))
    if s.scalar(select(CaseProgramme.id).where(CaseProgramme.case_id == case_id,
                                                  CaseProgramme.programme_id == outreach)):  # fmt: skip
        return True
    topic = select(Code.id).where(Code.kind == "consult_topic", Code.code == "hikikomori").scalar_subquery()
    issue = select(Code.id).where(Code.kind == "assessment_issue", Code.code == "isolation").scalar_subquery()
    checks = (
        select(Intake.id).join(intake_topics, intake_topics.c.owner_id == Intake.id)
        .where(Intake.case_id == case_id, intake_topics.c.code_id == topic),
        select(Assessment.id).join(assessment_issues, assessment_issues.c.owner_id == Assessment.id)
        .where(Assessment.case_id == case_id, assessment_issues.c.code_id == issue),
        select(Plan.id).join(plan_issues, plan_issues.c.owner_id == Plan.id)
        .where(Plan.case_id == case_id, plan_issues.c.code_id == issue),
    )  # fmt: skip
    return any(s.scalar(q.limit(1)) is not None for q in checks)


def _visit_case(s: Session, case: Case) -> VisitCase:
    codes = {c.id: c for c in s.scalars(select(Code).where(Code.kind == "programme"))}
    programmes = tuple((codes[m.programme_id].code, codes[m.programme_id].label) for m in case.programmes)
    p = case.person
    return VisitCase(case.id, case.case_no, p.id, p.full_name, p.full_kana, programmes, _is_hikikomori(s, case.id))


def _visit_what(n: _Lookups, v: OutreachVisit) -> str:
    """A joint visit in the liaison table's words: 同行訪問, 医療機関へ同行, 電話で連携 …"""
    method, place, purpose = n.key(v.method_id), n.key(v.place_id), n.key(v.purpose_id)
    if method == "family_interview":
        what = "家族面談に同行"
    elif method in METHODS_WITH_RESULT:
        what = "同行訪問" if place in ("home", "other") else f"{n.label(v.place_id)}へ同行"
    else:
        what = f"{n.label(v.method_id)}で連携"
    if purpose and purpose != "accompany":
        what += f"、{n.label(v.purpose_id)}"
    return what


class OutreachService(Service):
    # ---- writing visits --------------------------------------------------------------------
    def record_visit(self, draft: VisitDraft) -> int:
        """Record a made or planned visit; a made one with ``next_visit_on`` also plans that
        visit (same case, place, method, staff and agencies). Returns the visit's id."""
        self._validate_visit(draft)
        with self._ledger.transaction() as s:
            visit = OutreachVisit()
            self._apply(s, visit, draft)
            s.add(visit)
            s.flush()
            if not draft.planned and draft.next_visit_on is not None:
                self._plan_next(s, visit, None)
            return visit.id

    def update_visit(self, visit_id: int, draft: VisitDraft, expected_version: int) -> None:
        """Save an edited visit (its case stays). When its next visit date moves, the visit
        planned for the old date moves with it; when it is cleared, that planned visit goes
        if nobody has touched it since it was planned."""
        self._validate_visit(draft)
        with self._ledger.transaction() as s:
            self._update(s, visit_id, draft, expected_version)

    def mark_done(self, visit_id: int, draft: VisitDraft, expected_version: int) -> None:
        """A planned visit was made: save it with its result (``draft.planned`` False) and,
        if ``draft.next_visit_on`` is given, plan the next one."""
        if draft.planned:
            raise ValidationError([FieldError("planned", "予定", "planned", "実施した訪問として保存してください")])
        self._validate_visit(draft)
        with self._ledger.transaction() as s:
            self._update(s, visit_id, draft, expected_version, planned_only=True)

    def _update(
        self, s: Session, visit_id: int, d: VisitDraft, expected_version: int, planned_only: bool = False
    ) -> None:
        visit = get_or_404(s, OutreachVisit, visit_id, "訪問記録")
        _refuse_stale(visit, expected_version, "訪問記録")
        if planned_only and not visit.planned:
            raise ConflictError("この訪問はすでに実施済みとして記録されています。")
        if visit.case_id is not None and d.case_id != visit.case_id:
            raise ValidationError([FieldError("case_id", "ケース", "fixed", "訪問記録のケースは変えられません")])
        old_next = None if visit.planned else visit.next_visit_on
        self._apply(s, visit, d)
        s.flush()
        if not d.planned:
            self._plan_next(s, visit, old_next)

    def delete_visit(self, visit_id: int, expected_version: int | None = None) -> None:
        """Delete a visit with its hikikomori states and links (the visits it planned stay)."""
        with self._ledger.transaction() as s:
            visit = get_or_404(s, OutreachVisit, visit_id, "訪問記録")
            _refuse_stale(visit, expected_version, "訪問記録")
            s.delete(visit)

    def _validate_visit(self, draft: VisitDraft) -> None:
        c = Checker()
        validate_visit(c, draft, self._today())
        c.raise_if_any()

    def _apply(self, s: Session, v: OutreachVisit, d: VisitDraft) -> None:
        """Copy the draft onto the visit, checking the case, codes, staff and agencies; a
        retired code, staff member or agency the visit already names may stay."""
        if d.case_id is not None:
            case = get_or_404(s, Case, d.case_id, "ケース")
            _check_not_before_opening(case, d.visited_on, "visited_on", "訪問日")
            v.case_id, v.person_id = case.id, case.person_id
            v.programme_id = _membership(s, case.id, d.programme).programme_id
        else:
            get_or_404(s, Person, d.person_id, "相談者")
            v.case_id, v.person_id = None, d.person_id
            v.programme_id = resolve_code(s, "programme", d.programme, field="programme", label="事業")

        def code(kind: str, key: str | None, current: int | None, field: str, label: str, required: bool) -> int | None:
            kept = current is not None and code_key(s, current) == key
            return resolve_code(s, kind, key, field=field, label=label, required=required, allow_retired=kept)

        v.place_id = code("visit_place", d.place, v.place_id, "place", "訪問場所", True)
        v.method_id = code("visit_method", d.method, v.method_id, "method", "訪問の方法", True)
        v.result_id = code("visit_result", d.result, v.result_id, "result", "訪問の結果", False)
        v.purpose_id = code("visit_purpose", d.purpose, v.purpose_id, "purpose", "訪問の目的", False)
        v.visited_on, v.start_at, v.end_at, v.planned = d.visited_on, d.start_at, d.end_at, d.planned
        v.place_note, v.content, v.next_visit_on = clean_text(d.place_note), d.content.strip(), d.next_visit_on
        kept_staff = {m.id for m in v.staff} if v.id else set()
        kept_agencies = {a.id for a in v.agencies} if v.id else set()
        v.staff = [self._staff(s, i, i in kept_staff) for i in d.staff_ids]
        for agency_id in d.agency_ids:
            if agency_id not in kept_agencies:
                _check_agency(s, agency_id, "agency_ids", "同行した関係機関")
        v.agencies = [s.get(Agency, i) for i in d.agency_ids]
        self._apply_states(s, v, d.states)

    def _staff(self, s: Session, staff_id: int, kept: bool) -> StaffMember:
        member = s.get(StaffMember, staff_id)
        if member is None or not (member.active or kept):
            message = "職員が見つかりません" if member is None else f"{member.display_name}さんは退職した職員です"
            raise ValidationError([FieldError("staff_ids", "訪問した職員", "unknown", message)])
        return member

    def _apply_states(self, s: Session, v: OutreachVisit, states: tuple[HikikomoriStateDraft, ...]) -> None:
        v.states.clear()
        s.flush()  # the old rows go before the new ones take the (visit, subject) key
        for i, st in enumerate(x for x in states if not x.is_blank()):
            going_out = resolve_code(s, "going_out", st.going_out, field=f"states.{i}.going_out", label="外出の状況",
                                     required=False, allow_retired=True)  # fmt: skip
            v.states.append(HikikomoriState(subject=st.subject, duration_months=st.duration_months,
                                            going_out_id=going_out, note=st.note.strip()))  # fmt: skip

    def _plan_next(self, s: Session, v: OutreachVisit, old_next: date | None) -> int | None:
        """Keep the planned next visit in step with ``v.next_visit_on``; its id, if any."""
        new_next = v.next_visit_on
        if old_next == new_next:
            return self._planned_on(s, v, new_next) if new_next else None
        earlier = self._planned_on(s, v, old_next) if old_next else None
        if new_next is None:
            if earlier is not None:
                previous = s.get(OutreachVisit, earlier)
                if previous.version == 1 and not previous.content:  # untouched since it was planned
                    s.delete(previous)
            return None
        existing = self._planned_on(s, v, new_next)
        if existing is not None:
            return existing
        if earlier is not None:
            s.get(OutreachVisit, earlier).visited_on = new_next
            return earlier
        follow = OutreachVisit(
            person_id=v.person_id, case_id=v.case_id, programme_id=v.programme_id, visited_on=new_next, planned=True,
            place_id=v.place_id, place_note=v.place_note, method_id=v.method_id, purpose_id=v.purpose_id,
            content="", staff=list(v.staff), agencies=list(v.agencies),
        )  # fmt: skip
        s.add(follow)
        s.flush()
        return follow.id

    def _planned_on(self, s: Session, v: OutreachVisit, on: date) -> int | None:
        q = select(OutreachVisit.id).where(
            OutreachVisit.planned.is_(True),
            OutreachVisit.visited_on == on,
            OutreachVisit.id != v.id,
            OutreachVisit.case_id == v.case_id if v.case_id is not None else OutreachVisit.person_id == v.person_id,
        )
        return s.scalar(q.order_by(OutreachVisit.id).limit(1))

    # ---- reading visits --------------------------------------------------------------------
    def visit(self, visit_id: int) -> VisitDetail:
        with self._ledger.reading() as s:
            v = get_or_404(s, OutreachVisit, visit_id, "訪問記録")
            draft = VisitDraft(
                visited_on=v.visited_on, place=code_key(s, v.place_id) or "", method=code_key(s, v.method_id) or "",
                programme=code_key(s, v.programme_id) or "", case_id=v.case_id, person_id=v.person_id,
                planned=v.planned, start_at=v.start_at, end_at=v.end_at, place_note=v.place_note,
                result=code_key(s, v.result_id), purpose=code_key(s, v.purpose_id), content=v.content,
                next_visit_on=v.next_visit_on, staff_ids=tuple(sorted(m.id for m in v.staff)),
                agency_ids=tuple(sorted(a.id for a in v.agencies)),
                states=tuple(HikikomoriStateDraft(st.subject, st.duration_months, code_key(s, st.going_out_id), st.note)
                             for st in sorted(v.states, key=lambda x: x.subject != "person")),
            )  # fmt: skip
            case = _visit_case(s, s.get(Case, v.case_id)) if v.case_id is not None else None
            return VisitDetail(
                v.id, v.version, draft, case, {m.id: m.display_name for m in v.staff},
                {a.id: f"{a.name} {a.department}".strip() for a in v.agencies},
            )  # fmt: skip

    def visit_case(self, case_id: int) -> VisitCase:
        """The case as the visit dialog shows it (programmes, hikikomori or not)."""
        with self._ledger.reading() as s:
            return _visit_case(s, get_or_404(s, Case, case_id, "ケース"))

    def list_visits(self, f: VisitFilter, *, limit: int = 100, offset: int = 0) -> list[VisitRow]:
        """One page of visits matching ``f``, newest first (date, then the latest recorded)."""
        with self._ledger.reading() as s:
            q = self._filtered(s, f).order_by(OutreachVisit.visited_on.desc(), OutreachVisit.id.desc())
            ids = list(s.scalars(q.limit(limit).offset(offset)))
            return self._rows(s, ids)

    def count_visits(self, f: VisitFilter) -> int:
        with self._ledger.reading() as s:
            return s.scalar(select(func.count()).select_from(self._filtered(s, f).subquery()))

    def upcoming(self, today: date, days: int = 14) -> list[VisitRow]:
        """Planned visits up to ``days`` after ``today``, oldest first: those already past
        their date (not yet recorded as made) come first."""
        with self._ledger.reading() as s:
            q = (
                select(OutreachVisit.id)
                .where(OutreachVisit.planned.is_(True), OutreachVisit.visited_on <= today + timedelta(days=days))
                .order_by(OutreachVisit.visited_on, OutreachVisit.start_at.asc().nulls_last(), OutreachVisit.id)
                .limit(UPCOMING_MAX)
            )
            return self._rows(s, list(s.scalars(q)))

    def _filtered(self, s: Session, f: VisitFilter) -> Select:
        v = OutreachVisit
        q = select(v.id)
        if f.fiscal_year is not None:
            q = q.where(v.visited_on.between(*fiscal_year_range(f.fiscal_year)))
        if f.month is not None:
            q = q.where(v.visited_on.between(*month_range(f.month)))
        if f.staff_id is not None:
            q = q.where(select(visit_staff.c.owner_id).where(visit_staff.c.owner_id == v.id,
                                                             visit_staff.c.target_id == f.staff_id).exists())  # fmt: skip
        if f.agency_id is not None:
            q = q.where(select(visit_agencies.c.owner_id).where(visit_agencies.c.owner_id == v.id,
                                                                visit_agencies.c.target_id == f.agency_id).exists())  # fmt: skip
        if f.result is not None:
            q = q.where(v.result_id == resolve_code(s, "visit_result", f.result, field="result", label="訪問の結果",
                                                    allow_retired=True))  # fmt: skip
        if f.case_id is not None:
            q = q.where(v.case_id == f.case_id)
        if f.planned is not None:
            q = q.where(v.planned.is_(f.planned))
        return q

    def _rows(self, s: Session, ids: list[int]) -> list[VisitRow]:
        if not ids:
            return []
        visits = {v.id: v for v in s.scalars(select(OutreachVisit).where(OutreachVisit.id.in_(ids)))}
        staff, agencies = _links(s, visit_staff, ids), _links(s, visit_agencies, ids)
        n = _Lookups.load(
            s, staff={i for x in staff.values() for i in x}, agencies={i for x in agencies.values() for i in x},
            cases=(v.case_id for v in visits.values()), people=(v.person_id for v in visits.values()),
        )  # fmt: skip
        rows = []
        for i in ids:
            v = visits[i]
            place = n.label(v.place_id) + (f"（{v.place_note}）" if v.place_note else "")
            rows.append(VisitRow(
                v.id, v.version, v.visited_on, v.start_at, v.end_at, v.planned, v.case_id,
                n.cases.get(v.case_id, "") if v.case_id else "", n.people.get(v.person_id, "") if v.person_id else "",
                n.short(v.programme_id), place, n.label(v.method_id), n.key(v.result_id), n.label(v.result_id),
                n.label(v.purpose_id), "、".join(n.staff_names(staff[i])), "、".join(n.agency_names(agencies[i])),
                _cut(v.content), v.next_visit_on,
            ))  # fmt: skip
        return rows

    # ---- the liaison table -------------------------------------------------------------------
    def liaison_by_month(self, fiscal_year: int, programme: str = "outreach") -> list[MonthLiaison]:
        """The outreach chapter's 関係機関との連携内容: for each month 4月 → 3月, the made
        visits of ``programme`` that agencies came along to (joint visits), and the
        programme's contacts that name agencies (相談同行, 連携協議, ケース会議 …), oldest
        first. Planned visits are not in it. No person is named (the table is printed)."""
        start, end = fiscal_year_range(fiscal_year)
        with self._ledger.reading() as s:
            prog = resolve_code(s, "programme", programme, field="programme", label="事業")
            v, c = OutreachVisit, Contact
            visits = list(s.scalars(select(v).where(
                v.planned.is_(False), v.programme_id == prog, v.visited_on.between(start, end),
                select(visit_agencies.c.owner_id).where(visit_agencies.c.owner_id == v.id).exists(),
            )))  # fmt: skip
            contacts = list(s.scalars(select(c).where(
                c.programme_id == prog, c.contact_on.between(start, end),
                select(contact_agencies.c.owner_id).where(contact_agencies.c.owner_id == c.id).exists(),
            )))  # fmt: skip
            v_staff = _links(s, visit_staff, [x.id for x in visits])
            v_agencies = _links(s, visit_agencies, [x.id for x in visits])
            c_agencies = _links(s, contact_agencies, [x.id for x in contacts])
            n = _Lookups.load(
                s, staff={i for x in v_staff.values() for i in x} | {x.staff_id for x in contacts if x.staff_id},
                agencies={i for x in [*v_agencies.values(), *c_agencies.values()] for i in x},
                cases=[x.case_id for x in visits] + [x.case_id for x in contacts],
            )  # fmt: skip
            entries = [
                LiaisonEntry(x.visited_on, n.agency_names(v_agencies[x.id]), n.staff_names(v_staff[x.id]),
                             _visit_what(n, x), "visit", x.id, n.cases.get(x.case_id, ""))
                for x in visits
            ] + [
                LiaisonEntry(x.contact_on, n.agency_names(c_agencies[x.id]), n.staff_names([x.staff_id] if x.staff_id else []),
                             CONTACT_WHAT.get(n.key(x.method_id) or "", n.label(x.method_id)), "contact", x.id,
                             n.cases.get(x.case_id, ""))
                for x in contacts
            ]  # fmt: skip
        entries.sort(key=lambda e: (e.on, e.source != "visit", e.record_id))
        return [
            MonthLiaison(y, m, tuple(e for e in entries if (e.on.year, e.on.month) == (y, m)))
            for y, m in fiscal_months(fiscal_year)
        ]

    # ---- disaster activities -----------------------------------------------------------------
    def record_disaster_activity(self, draft: DisasterActivityDraft) -> list[int]:
        """Record ``draft.count`` activities of the kind on the day; their ids."""
        c = Checker()
        validate_disaster_activity(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            kind = resolve_code(s, "disaster_activity", draft.kind, field="kind", label="活動の種類")
            case = get_or_404(s, Case, draft.case_id, "ケース") if draft.case_id is not None else None
            if case is not None:
                _check_not_before_opening(case, draft.activity_on, "activity_on", "日付")
            if draft.staff_id is not None and s.get(StaffMember, draft.staff_id) is None:
                raise ValidationError([FieldError("staff_id", "担当職員", "unknown", "担当職員が見つかりません")])
            for agency_id in draft.agency_ids:
                _check_agency(s, agency_id, "agency_ids", "関係機関")
            made = [
                DisasterActivity(
                    activity_on=draft.activity_on, kind_id=kind, case_id=case.id if case else None,
                    person_id=case.person_id if case else None, staff_id=draft.staff_id, content=draft.content.strip(),
                    agencies=[s.get(Agency, a) for a in draft.agency_ids],
                )
                for _ in range(draft.count)
            ]  # fmt: skip
            s.add_all(made)
            s.flush()
            return [a.id for a in made]

    def delete_disaster_activity(self, activity_id: int, expected_version: int | None = None) -> None:
        with self._ledger.transaction() as s:
            activity = get_or_404(s, DisasterActivity, activity_id, "被災者支援の活動")
            _refuse_stale(activity, expected_version, "被災者支援の活動")
            s.delete(activity)

    def list_disaster_activities(
        self, fiscal_year: int, *, limit: int = 500, offset: int = 0
    ) -> list[DisasterActivityRow]:
        """The year's activities, newest first (one page)."""
        a = DisasterActivity
        with self._ledger.reading() as s:
            q = select(a).where(a.activity_on.between(*fiscal_year_range(fiscal_year)))
            found = list(s.scalars(q.order_by(a.activity_on.desc(), a.id.desc()).limit(limit).offset(offset)))
            agencies = _links(s, disaster_activity_agencies, [x.id for x in found])
            n = _Lookups.load(
                s, staff=[x.staff_id for x in found if x.staff_id], agencies={i for x in agencies.values() for i in x},
                cases=[x.case_id for x in found], people=[x.person_id for x in found],
            )  # fmt: skip
            return [
                DisasterActivityRow(
                    x.id, x.version, x.activity_on, n.key(x.kind_id) or "", n.label(x.kind_id), x.case_id,
                    n.cases.get(x.case_id, "") if x.case_id else "", n.people.get(x.person_id, "") if x.person_id else "",
                    "、".join(n.staff_names([x.staff_id] if x.staff_id else [])), "、".join(n.agency_names(agencies[x.id])),
                    _cut(x.content),
                )
                for x in found
            ]  # fmt: skip

    def disaster_activity_counts(self, fiscal_year: int) -> dict[str, int]:
        """Activities of the year by kind (every kind, 0 included): the figures
        ``disaster_recovery.activities.<kind>`` of the statistics."""
        a = DisasterActivity
        with self._ledger.reading() as s:
            kinds = dict(s.execute(select(Code.id, Code.code).where(Code.kind == "disaster_activity")).all())
            q = (
                select(a.kind_id, func.count())
                .where(a.activity_on.between(*fiscal_year_range(fiscal_year)))
                .group_by(a.kind_id)
            )
            counts = {code: 0 for code in kinds.values()}
            for kind_id, n in s.execute(q):
                counts[kinds[kind_id]] = int(n)
            return counts


__all__ = [
    "DisasterActivityRow",
    "LiaisonEntry",
    "MonthLiaison",
    "OutreachService",
    "VisitCase",
    "VisitDetail",
    "VisitFilter",
    "VisitRow",
]
