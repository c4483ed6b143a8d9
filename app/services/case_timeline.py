"""The case file's one timeline: contacts, referrals, plans, outcomes, services, visits,
meeting reviews, evaluations, food deliveries and housing support, newest first.

A record belongs to the case when its ``case_id`` is the case's; a person-level record
without a ``case_id`` (a food delivery, a referral …) belongs to it when it is the case's
person's and dated within the case (on or after ``opened_on``, on or before ``closed_on``).

Reading costs one query per kind asked for, plus one each for the code labels, staff names
and agency names of the whole page; never a query per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from app.db.audit import current_staff
from app.models import (
    Agency,
    Case,
    CaseReview,
    Code,
    Contact,
    EmploymentOutcome,
    Evaluation,
    FoodDelivery,
    HousingSupportAction,
    Meeting,
    OutreachVisit,
    Plan,
    Referral,
    ServiceUse,
    StaffMember,
)
from app.models.outreach import visit_staff
from app.services.base import Service, get_or_404
from app.services.meeting_reads import member_meeting_ids

# the timeline's kinds, in the order that breaks ties between records of the same moment
KINDS: tuple[str, ...] = (
    "contact",
    "referral",
    "plan",
    "evaluation",
    "review",
    "outcome",
    "service",
    "visit",
    "food",
    "housing",
)
DETAIL_MAX = 200
LEVELS = {1: "① 上回って達成", 2: "② 達成", 3: "③ ほぼ達成", 4: "④ 一部達成", 5: "⑤ 達成できなかった"}


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the case file's timeline (Japanese ``title`` and ``detail``)."""

    kind: str  # one of KINDS
    id: int  # the record's id in its own table
    on: date
    at: time | None
    title: str
    detail: str
    staff: str


@dataclass(frozen=True)
class _Raw:
    """A row read from one table before labels and names are filled in."""

    kind: str
    id: int
    on: date
    at: time | None
    build: Callable[[_Names], tuple[str, str]]  # → (title, detail)
    staff_ids: tuple[int, ...] = ()
    agency_id: int | None = None


@dataclass(frozen=True)
class _Names:
    codes: dict[int, Code]
    agencies: dict[int, str]

    def label(self, code_id: int | None) -> str:
        code = self.codes.get(code_id) if code_id is not None else None
        return code.label if code else ""

    def short(self, code_id: int | None) -> str:
        code = self.codes.get(code_id) if code_id is not None else None
        return (code.short_label or code.label) if code else ""


def _cut(*texts: str) -> str:
    text = " / ".join(t.strip() for t in texts if t and t.strip())
    return text if len(text) <= DETAIL_MAX else text[: DETAIL_MAX - 1] + "…"


def _sort_key(e: TimelineEntry | _Raw) -> tuple:
    """Newest first: date desc, time desc (no time after any time), kind, id desc."""
    at = e.at
    seconds = -1 if at is None else at.hour * 3600 + at.minute * 60 + at.second
    return (-e.on.toordinal(), -seconds, KINDS.index(e.kind), -e.id)


class CaseTimelineService(Service):
    def timeline(
        self, case_id: int, kinds: frozenset[str] | None = None, limit: int = 200, offset: int = 0
    ) -> list[TimelineEntry]:
        """One page of the case's timeline, newest first (date, time, kind, id).

        ``kinds`` narrows to those kinds (None = all); ValueError for an unknown kind.
        NotFoundError for an unknown case. Read-only; one short read transaction."""
        wanted = KINDS if kinds is None else tuple(k for k in KINDS if k in kinds)
        unknown = set(kinds or ()) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown timeline kind(s): {', '.join(sorted(unknown))}")
        if limit <= 0 or not wanted:
            return []
        with self._ledger.reading() as s:
            case = get_or_404(s, Case, case_id, "ケース")
            scope = _Scope(case, offset + limit)
            raws: list[_Raw] = []
            for kind in wanted:
                raws.extend(_READERS[kind](s, scope))
            raws.sort(key=_sort_key)
            page = raws[offset : offset + limit]
            return _finish(s, page)


@dataclass(frozen=True)
class _Scope:
    case: Case
    fetch: int  # each kind needs at most offset + limit of its newest rows

    def owned(self, model: type, on_column) -> object:
        """Rows of the case, or the person's rows without a case dated within the case."""
        case = self.case
        within = [model.case_id.is_(None), model.person_id == case.person_id, on_column >= case.opened_on]
        if case.closed_on is not None:
            within.append(on_column <= case.closed_on)
        return or_(model.case_id == case.id, and_(*within))

    def newest(self, q: Select, on_column, id_column) -> Select:
        return q.order_by(on_column.desc(), id_column.desc()).limit(self.fetch)


def _finish(s: Session, page: list[_Raw]) -> list[TimelineEntry]:
    """Fill in titles, details and staff names with one query per look-up table."""
    staff_ids = {i for r in page for i in r.staff_ids}
    agency_ids = {r.agency_id for r in page if r.agency_id is not None}
    staff = {
        m.id: f"{m.family_name} {m.given_name}".strip()
        for m in s.execute(
            select(StaffMember.id, StaffMember.family_name, StaffMember.given_name).where(
                StaffMember.id.in_(staff_ids)
            )
        )
    } if staff_ids else {}  # fmt: skip
    names = _Names(
        codes={c.id: c for c in s.scalars(select(Code))},
        agencies={
            a.id: f"{a.name} {a.department}".strip()
            for a in s.execute(select(Agency.id, Agency.name, Agency.department).where(Agency.id.in_(agency_ids)))
        },
    )
    out = []
    for r in page:
        title, detail = r.build(names)
        who = "・".join(staff[i] for i in r.staff_ids if i in staff)
        out.append(TimelineEntry(r.kind, r.id, r.on, r.at, title, _cut(detail), who))
    return out


def _ids(*maybe: int | None) -> tuple[int, ...]:
    return tuple(i for i in maybe if i is not None)


# ---- one reader per kind ---------------------------------------------------------------------
def _contacts(s: Session, sc: _Scope) -> Iterable[_Raw]:
    q = sc.newest(select(Contact).where(Contact.case_id == sc.case.id), Contact.contact_on, Contact.id)
    for c in s.scalars(q):
        method, programme, content = c.method_id, c.programme_id, c.content

        def build(n: _Names, method=method, programme=programme, content=content) -> tuple[str, str]:
            return f"{n.label(method)}（{n.short(programme)}）", content

        yield _Raw("contact", c.id, c.contact_on, c.contact_at, build, _ids(c.staff_id))


def _referrals(s: Session, sc: _Scope) -> Iterable[_Raw]:
    q = sc.newest(select(Referral).where(sc.owned(Referral, Referral.referred_on)), Referral.referred_on, Referral.id)
    for r in s.scalars(q):
        direction, agency, purpose, result = r.direction, r.agency_id, r.purpose, r.result

        def build(n: _Names, direction=direction, agency=agency, purpose=purpose, result=result) -> tuple[str, str]:
            head = "関係機関から" if direction == "in" else "関係機関へ"
            return f"{head}: {n.agencies.get(agency, '')}", _cut(purpose, result)

        yield _Raw("referral", r.id, r.referred_on, None, build, _ids(r.staff_id), agency)


def _plans(s: Session, sc: _Scope) -> Iterable[_Raw]:
    q = sc.newest(select(Plan).where(Plan.case_id == sc.case.id), Plan.made_on, Plan.id)
    for p in s.scalars(q):
        revision, programme, goal = p.revision_no, p.programme_id, p.person_goal

        def build(n: _Names, revision=revision, programme=programme, goal=goal) -> tuple[str, str]:
            title = "プラン（初回）" if revision == 0 else f"再プラン {revision}"
            return title, f"【{n.short(programme)}】{goal.strip()}"

        yield _Raw("plan", p.id, p.made_on, None, build, _ids(p.staff_id))


def _evaluations(s: Session, sc: _Scope) -> Iterable[_Raw]:
    q = sc.newest(select(Evaluation).where(Evaluation.case_id == sc.case.id), Evaluation.evaluated_on, Evaluation.id)
    for e in s.scalars(q):
        kind, level, extended, programme, comment = e.kind, e.level, e.extended, e.programme_id, e.comment

        def build(n: _Names, kind=kind, level=level, extended=extended, programme=programme, comment=comment):
            head = "終結評価" if kind == "closure" else "モニタリング評価"
            result = "事業延長" if extended else LEVELS.get(level, "")
            title = f"{head}（{n.short(programme)}）" + (f": {result}" if result else "")
            return title, comment

        yield _Raw("evaluation", e.id, e.evaluated_on, None, build, _ids(e.staff_id))


def _reviews(s: Session, sc: _Scope) -> Iterable[_Raw]:
    q = sc.newest(
        select(CaseReview, Meeting.held_on, Meeting.start_time, Meeting.kind_id, Meeting.confidential)
        .join(Meeting, Meeting.id == CaseReview.meeting_id)
        .where(CaseReview.case_id == sc.case.id, Meeting.status != "cancelled"),
        Meeting.held_on,
        CaseReview.id,
    )
    found = s.execute(q).all()
    secret = [r.meeting_id for r, _held, _start, _kind, confidential in found if confidential]
    members = member_meeting_ids(s, secret, current_staff())  # the signed-in member's 支援会議
    for r, held_on, start, meeting_kind, confidential in found:
        review_kind, decision = r.kind_id, r.decision
        hidden = confidential and r.meeting_id not in members

        def build(n: _Names, meeting_kind=meeting_kind, review_kind=review_kind, decision=decision, hidden=hidden):
            # 支援会議 (法第9条): only its members (the staff listed at it) read what was decided
            return f"{n.short(meeting_kind)}: {n.label(review_kind)}", "" if hidden else decision

        yield _Raw("review", r.id, held_on, start, build)


def _outcomes(s: Session, sc: _Scope) -> Iterable[_Raw]:
    o_ = EmploymentOutcome
    q = sc.newest(select(o_).where(sc.owned(o_, o_.occurred_on)), o_.occurred_on, o_.id)
    for o in s.scalars(q):
        kind, employer, yen, note, etype = o.kind_id, o.employer_name, o.increase_yen, o.note, o.employment_type_id

        def build(n: _Names, kind=kind, employer=employer, yen=yen, note=note, etype=etype) -> tuple[str, str]:
            if n.codes[kind].code == "income_increase":
                return f"増収: 月{yen or 0:,}円", note
            return f"{n.label(kind)}: {employer}".rstrip(": "), _cut(n.label(etype), note)

        yield _Raw("outcome", o.id, o.occurred_on, None, build, _ids(o.staff_id))


def _services(s: Session, sc: _Scope) -> Iterable[_Raw]:
    q = sc.newest(select(ServiceUse).where(sc.owned(ServiceUse, ServiceUse.started_on)), ServiceUse.started_on,
                  ServiceUse.id)  # fmt: skip
    for u in s.scalars(q):
        service, agency, result = u.service_id, u.agency_id, u.result

        def build(n: _Names, service=service, agency=agency, result=result) -> tuple[str, str]:
            return f"利用開始: {n.label(service)}", _cut(n.agencies.get(agency, ""), result)

        yield _Raw("service", u.id, u.started_on, None, build, _ids(u.staff_id), agency)


def _visits(s: Session, sc: _Scope) -> Iterable[_Raw]:
    v_ = OutreachVisit
    q = sc.newest(select(v_).where(sc.owned(v_, v_.visited_on)), v_.visited_on, v_.id)
    visits = list(s.scalars(q))
    staff: dict[int, list[int]] = {}
    if visits:
        links = select(visit_staff.c.owner_id, visit_staff.c.target_id).where(
            visit_staff.c.owner_id.in_([v.id for v in visits])
        )
        for owner, target in s.execute(links.order_by(visit_staff.c.target_id)):
            staff.setdefault(owner, []).append(target)
    for v in visits:
        method, place, planned, content, result = v.method_id, v.place_id, v.planned, v.content, v.result_id

        def build(n: _Names, method=method, place=place, planned=planned, content=content, result=result):
            title = f"{n.label(method)}{'予定' if planned else ''}（{n.label(place)}）"
            return title, _cut(n.label(result), content)

        yield _Raw("visit", v.id, v.visited_on, v.start_at, build, tuple(staff.get(v.id, ())))


def _food(s: Session, sc: _Scope) -> Iterable[_Raw]:
    f_ = FoodDelivery
    q = sc.newest(select(f_).where(sc.owned(f_, f_.delivered_on)), f_.delivered_on, f_.id)
    for f in s.scalars(q):
        source, contents, size, note = f.source_id, f.contents, f.household_size, f.note

        def build(n: _Names, source=source, contents=contents, size=size, note=note) -> tuple[str, str]:
            return f"食糧支援（{n.label(source)}）", _cut(contents, f"世帯{size}人", note)

        yield _Raw("food", f.id, f.delivered_on, None, build, _ids(f.staff_id))


def _housing(s: Session, sc: _Scope) -> Iterable[_Raw]:
    h_ = HousingSupportAction
    q = sc.newest(select(h_).where(sc.owned(h_, h_.action_on)), h_.action_on, h_.id)
    for h in s.scalars(q):
        kind, agency, note = h.kind_id, h.agency_id, h.note

        def build(n: _Names, kind=kind, agency=agency, note=note) -> tuple[str, str]:
            return f"居住支援: {n.label(kind)}", _cut(n.agencies.get(agency, ""), note)

        yield _Raw("housing", h.id, h.action_on, None, build, _ids(h.staff_id), agency)


_READERS: dict[str, Callable[[Session, _Scope], Iterable[_Raw]]] = {
    "contact": _contacts,
    "referral": _referrals,
    "plan": _plans,
    "evaluation": _evaluations,
    "review": _reviews,
    "outcome": _outcomes,
    "service": _services,
    "visit": _visits,
    "food": _food,
    "housing": _housing,
}

__all__ = ["KINDS", "CaseTimelineService", "TimelineEntry"]
