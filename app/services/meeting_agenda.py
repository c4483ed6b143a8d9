"""Case reviews at coordination meetings for MeetingService: recording them (and what they
decide elsewhere in the ledger), and finding the cases a meeting should take up.

What a review changes (all in the caller's transaction):
* 利用決定: the programme membership's ``use_decided_on`` follows the earliest non-cancelled
  meeting that decided the use (and is cleared when the last such review is removed and the
  date was this meeting's).
* プラン承認 with a plan: the plan's ``approved_meeting_id`` is this meeting (cleared again
  when the approval review is removed).
* 終結評価 / モニタリング with an evaluation: the evaluation's ``review_id`` is the review.
The statistics count the reviews themselves (app/services/stats_sources.py ``reviews``):
reviews of non-cancelled meetings by the meeting's kind, date and the review's kind.

The agenda (the cases to take up), per open programme membership of the meeting's programme
(every programme when the meeting has none), reviews at *other* non-cancelled meetings only,
so the agenda reads the same before and after this meeting's reviews are recorded:
* 新規検討: the membership is at プラン案作成 or 支援調整会議 and has no 新規検討 since it joined;
* プラン承認: plans made on or before the meeting without an approving meeting (or approved at
  this one) and without a プラン承認 review since they were made;
* モニタリング: the next monitoring date — set by the latest plan or by the latest review that
  gave one, whichever was set last — is on or before the meeting, and no モニタリング review was
  held after it was set;
* 終結評価: the membership is at 評価 and has no 終結評価 since its latest plan (or joining).
The person's name is given only when the case's latest intake records consent to share
information; otherwise 「（同意なし）」 and the case number alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.errors import FieldError, ValidationError
from app.domain.meeting_drafts import ReviewDraft
from app.models import Case, CaseProgramme, CaseReview, Code, Evaluation, Intake, Meeting, Person, Plan
from app.services.base import get_or_404
from app.services.cases import _check_not_before_opening, _membership
from app.services.meeting_reads import Codes
from app.services.meeting_rows import AGENDA_SECTIONS, NO_CONSENT, AgendaItem

Pair = tuple[int, int]  # (case_id, programme_id)


def _review_kind(codes: Codes, key: str) -> int:
    return codes.by_key[("review_kind", key)].id


# ---- recording reviews -------------------------------------------------------------------------
def apply_reviews(s: Session, codes: Codes, m: Meeting, reviews: Sequence[ReviewDraft]) -> list[int]:
    """Make ``reviews`` the meeting's reviews: update those of the same case, programme and
    kind, add new ones, remove the rest; then the decisions' effects (module docstring)."""
    wanted: list[tuple[ReviewDraft, CaseProgramme, int]] = []
    for i, r in enumerate(reviews):
        case = s.get(Case, r.case_id)
        if case is None:
            raise ValidationError([FieldError(f"reviews.{i}.case_id", "ケース", "unknown", "ケースが見つかりません")])
        _check_not_before_opening(case, m.held_on, f"reviews.{i}.case_id", "会議の日")
        cp = _membership(s, case.id, r.programme, field=f"reviews.{i}.programme")
        kind = codes.by_key.get(("review_kind", r.kind))
        if kind is None:
            raise ValidationError([FieldError(f"reviews.{i}.kind", "検討の種類", "unknown", "検討の種類が不明です")])
        _check_plan(s, i, r, cp)
        _check_evaluation(s, i, r, cp)
        wanted.append((r, cp, kind.id))
    old = {(x.case_id, x.programme_id, x.kind_id): x for x in m.reviews}
    new_keys = {(r.case_id, cp.programme_id, kind) for r, cp, kind in wanted}
    gone = [x for key, x in old.items() if key not in new_keys]
    if gone:
        for ev in s.scalars(select(Evaluation).where(Evaluation.review_id.in_([x.id for x in gone]))):
            ev.review_id = None
        for x in gone:
            m.reviews.remove(x)
        s.flush()
    saved: list[CaseReview] = []
    for r, cp, kind in wanted:
        row = old.get((r.case_id, cp.programme_id, kind))
        if row is None:
            row = CaseReview(case_id=r.case_id, programme_id=cp.programme_id, kind_id=kind)
            m.reviews.append(row)
        row.decision, row.minutes, row.next_monitoring_on = r.decision, r.minutes, r.next_monitoring_on
        saved.append(row)
    s.flush()
    _link_plans(s, codes, m, wanted)
    _link_evaluations(s, m, wanted, saved)
    use = _review_kind(codes, "use_decision")
    touched = {(x.case_id, x.programme_id) for x in gone if x.kind_id == use}
    touched |= {(r.case_id, cp.programme_id) for r, cp, kind in wanted if kind == use}
    sync_use_decisions(s, codes, touched, {m.held_on})
    return [row.id for row in saved]


def _check_plan(s: Session, i: int, r: ReviewDraft, cp: CaseProgramme) -> None:
    if r.plan_id is None:
        return
    plan = s.get(Plan, r.plan_id)
    if plan is None or plan.case_id != r.case_id or plan.programme_id != cp.programme_id:
        message = "このケース・事業のプランではありません"
        raise ValidationError([FieldError(f"reviews.{i}.plan_id", "承認するプラン", "other_case", message)])


def _check_evaluation(s: Session, i: int, r: ReviewDraft, cp: CaseProgramme) -> None:
    if r.evaluation_id is None:
        return
    ev = s.get(Evaluation, r.evaluation_id)
    if ev is None or ev.case_id != r.case_id or ev.programme_id != cp.programme_id:
        message = "このケース・事業の評価ではありません"
        raise ValidationError([FieldError(f"reviews.{i}.evaluation_id", "評価", "other_case", message)])


def _link_plans(s: Session, codes: Codes, m: Meeting, wanted: list[tuple[ReviewDraft, CaseProgramme, int]]) -> None:
    approval = _review_kind(codes, "plan_approval")
    approving = {(r.case_id, cp.programme_id) for r, cp, kind in wanted if kind == approval}
    chosen = {r.plan_id for r, _cp, kind in wanted if kind == approval and r.plan_id is not None}
    for plan in s.scalars(select(Plan).where(Plan.approved_meeting_id == m.id)):
        named_other = any(r.plan_id is not None for r, cp, kind in wanted
                          if kind == approval and (r.case_id, cp.programme_id) == (plan.case_id, plan.programme_id))  # fmt: skip
        if (plan.case_id, plan.programme_id) not in approving or (named_other and plan.id not in chosen):
            plan.approved_meeting_id = None
    for plan_id in chosen:
        s.get(Plan, plan_id).approved_meeting_id = m.id


def _link_evaluations(
    s: Session, m: Meeting, wanted: list[tuple[ReviewDraft, CaseProgramme, int]], saved: list[CaseReview]
) -> None:
    linked = {r.evaluation_id: row.id for (r, _cp, _k), row in zip(wanted, saved, strict=True) if r.evaluation_id}
    ids = [row.id for row in saved]
    if ids:
        for ev in s.scalars(select(Evaluation).where(Evaluation.review_id.in_(ids))):
            if linked.get(ev.id) != ev.review_id:
                ev.review_id = None
    for evaluation_id, review_id in linked.items():
        s.get(Evaluation, evaluation_id).review_id = review_id


def sync_use_decisions(s: Session, codes: Codes, pairs: set[Pair], stale: set[date]) -> None:
    """Set each membership's 利用決定日 to its earliest non-cancelled use-decision meeting;
    with none left, clear a date that was one of ``stale`` (the dates just changed)."""
    use = _review_kind(codes, "use_decision")
    for case_id, programme_id in pairs:
        cp = s.scalar(
            select(CaseProgramme).where(CaseProgramme.case_id == case_id, CaseProgramme.programme_id == programme_id)
        )
        if cp is None:
            continue
        first = s.scalar(
            select(func.min(Meeting.held_on))
            .join(CaseReview, CaseReview.meeting_id == Meeting.id)
            .where(
                CaseReview.case_id == case_id,
                CaseReview.programme_id == programme_id,
                CaseReview.kind_id == use,
                Meeting.status != "cancelled",
            )
        )
        if first is not None:
            cp.use_decided_on = first
        elif cp.use_decided_on in stale:
            cp.use_decided_on = None


def use_decision_pairs(s: Session, codes: Codes, meeting_id: int) -> set[Pair]:
    use = _review_kind(codes, "use_decision")
    q = select(CaseReview.case_id, CaseReview.programme_id).where(
        CaseReview.meeting_id == meeting_id, CaseReview.kind_id == use
    )
    return {(c, p) for c, p in s.execute(q)}


# ---- the agenda ----------------------------------------------------------------------------------
def _reviewed_since(codes: Codes, kind: str, case_col, programme_col, since_col, exclude_meeting_id: int | None):
    """EXISTS a review of ``kind`` for the case and programme at another non-cancelled meeting
    held on or after ``since_col``."""
    r, mt = aliased(CaseReview), aliased(Meeting)
    cond = [
        r.case_id == case_col,
        r.programme_id == programme_col,
        r.kind_id == _review_kind(codes, kind),
        mt.status != "cancelled",
        mt.held_on >= since_col,
    ]
    if exclude_meeting_id is not None:
        cond.append(mt.id != exclude_meeting_id)
    return exists(select(r.id).join(mt, mt.id == r.meeting_id).where(and_(*cond)))


def _open_memberships(programme_ids: set[int] | None):
    q = select(CaseProgramme.case_id, CaseProgramme.programme_id, CaseProgramme.joined_on).where(
        CaseProgramme.ended_on.is_(None)
    )
    return q if programme_ids is None else q.where(CaseProgramme.programme_id.in_(programme_ids))


def _status_ids(*keys: str):
    return select(Code.id).where(Code.kind == "case_status", Code.code.in_(keys))


def _new_reviews(s: Session, codes: Codes, on: date, programmes: set[int] | None, exclude: int | None) -> list:
    cp = CaseProgramme
    q = _open_memberships(programmes).where(
        cp.status_id.in_(_status_ids("plan_draft", "coordination")),
        cp.joined_on <= on,
        ~_reviewed_since(codes, "new_review", cp.case_id, cp.programme_id, cp.joined_on, exclude),
    )
    return [("new_review", c, p, None, None, "") for c, p, _j in s.execute(q)]


def _plans_awaiting(s: Session, codes: Codes, on: date, programmes: set[int] | None, exclude: int | None) -> list:
    open_pairs = _open_memberships(programmes).subquery()
    unapproved = Plan.approved_meeting_id.is_(None)
    if exclude is not None:  # approved at this very meeting: still on its agenda
        unapproved = or_(unapproved, Plan.approved_meeting_id == exclude)
    q = (
        select(Plan.id, Plan.case_id, Plan.programme_id, Plan.made_on, Plan.revision_no)
        .join(open_pairs, and_(open_pairs.c.case_id == Plan.case_id, open_pairs.c.programme_id == Plan.programme_id))
        .where(
            unapproved,
            Plan.made_on <= on,
            ~_reviewed_since(codes, "plan_approval", Plan.case_id, Plan.programme_id, Plan.made_on, exclude),
        )
    )
    out = []
    for plan_id, c, p, made_on, revision in s.execute(q):
        note = ("初回プラン" if revision == 0 else f"再プラン{revision}") + f"（{made_on:%Y-%m-%d} 作成）"
        out.append(("plan_approval", c, p, made_on, plan_id, note))
    return out


def _latest_plans(s: Session, programmes: set[int] | None) -> dict[Pair, tuple[date, date | None]]:
    """(made_on, next_monitoring_on) of the latest plan of each open membership."""
    open_pairs = _open_memberships(programmes).subquery()
    latest = (
        select(Plan.case_id, Plan.programme_id, func.max(Plan.revision_no).label("rev"))
        .join(open_pairs, and_(open_pairs.c.case_id == Plan.case_id, open_pairs.c.programme_id == Plan.programme_id))
        .group_by(Plan.case_id, Plan.programme_id)
        .subquery()
    )
    q = select(Plan.case_id, Plan.programme_id, Plan.made_on, Plan.next_monitoring_on).join(
        latest,
        and_(latest.c.case_id == Plan.case_id, latest.c.programme_id == Plan.programme_id,
             latest.c.rev == Plan.revision_no),
    )  # fmt: skip
    return {(c, p): (made, nxt) for c, p, made, nxt in s.execute(q)}


def _monitoring(s: Session, codes: Codes, before: date, programmes: set[int] | None, exclude: int | None) -> list:
    schedule: dict[Pair, tuple[date, int, date]] = {}  # pair → (set on, 0 plan / 1 review, due on)
    plans = _latest_plans(s, programmes)
    for pair, (made_on, nxt) in plans.items():
        if nxt is not None:
            schedule[pair] = (made_on, 0, nxt)
    open_pairs = _open_memberships(programmes).subquery()
    base = (
        select(CaseReview.case_id, CaseReview.programme_id, Meeting.held_on, CaseReview.next_monitoring_on,
               CaseReview.kind_id)
        .join(Meeting, Meeting.id == CaseReview.meeting_id)
        .join(open_pairs, and_(open_pairs.c.case_id == CaseReview.case_id,
                               open_pairs.c.programme_id == CaseReview.programme_id))
        .where(Meeting.status != "cancelled")
    )  # fmt: skip
    if exclude is not None:
        base = base.where(Meeting.id != exclude)
    monitoring = _review_kind(codes, "monitoring")
    last_monitored: dict[Pair, date] = {}
    for c, p, held_on, nxt, kind in s.execute(base):
        if nxt is not None and (schedule.get((c, p)) is None or (held_on, 1) >= schedule[(c, p)][:2]):
            schedule[(c, p)] = (held_on, 1, nxt)
        if kind == monitoring and held_on > last_monitored.get((c, p), date.min):
            last_monitored[(c, p)] = held_on
    out = []
    for (c, p), (set_on, _src, due) in schedule.items():
        if due <= before and last_monitored.get((c, p), date.min) <= set_on:
            out.append(("monitoring", c, p, due, None, f"モニタリング予定日 {due:%Y-%m-%d}"))
    return out


def _closures(s: Session, codes: Codes, on: date, programmes: set[int] | None, exclude: int | None) -> list:
    cp = CaseProgramme
    q = _open_memberships(programmes).where(cp.status_id.in_(_status_ids("evaluation")), cp.joined_on <= on)
    at_evaluation = {(c, p): joined for c, p, joined in s.execute(q)}
    if not at_evaluation:
        return []
    plans = _latest_plans(s, programmes)
    last = (
        select(CaseReview.case_id, CaseReview.programme_id, func.max(Meeting.held_on))
        .join(Meeting, Meeting.id == CaseReview.meeting_id)
        .where(CaseReview.kind_id == _review_kind(codes, "closure_evaluation"), Meeting.status != "cancelled")
        .group_by(CaseReview.case_id, CaseReview.programme_id)
    )
    if exclude is not None:
        last = last.where(Meeting.id != exclude)
    evaluated = {(c, p): held for c, p, held in s.execute(last)}
    out = []
    for pair, joined in at_evaluation.items():
        since = plans[pair][0] if pair in plans else joined
        if evaluated.get(pair, date.min) < since:
            out.append(("closure_evaluation", pair[0], pair[1], None, None, ""))
    return out


def _people(s: Session, case_ids: set[int]) -> dict[int, tuple[str, str, bool]]:
    """case id → (case no., name or 「（同意なし）」, consent) by the case's latest intake."""
    if not case_ids:
        return {}
    consent: dict[int, bool] = {}
    q = (
        select(Intake.case_id, Intake.consent_given)
        .where(Intake.case_id.in_(sorted(case_ids)))
        .order_by(Intake.case_id, Intake.received_on, Intake.id)
    )
    for case_id, given in s.execute(q):
        consent[case_id] = bool(given)
    out = {}
    q2 = select(Case.id, Case.case_no, Person.family_name, Person.given_name).join(Person, Person.id == Case.person_id)
    for case_id, case_no, fam, giv in s.execute(q2.where(Case.id.in_(sorted(case_ids)))):
        ok = consent.get(case_id, False)
        out[case_id] = (case_no, f"{fam} {giv}".strip() if ok else NO_CONSENT, ok)
    return out


def agenda_items(
    s: Session, codes: Codes, on: date, programmes: set[int] | None, meeting_id: int | None
) -> list[AgendaItem]:
    """The cases to take up at a meeting on ``on`` (see the module docstring), by section
    and case number; ``meeting_id`` marks those already recorded there."""
    raw = (
        _new_reviews(s, codes, on, programmes, meeting_id)
        + _plans_awaiting(s, codes, on, programmes, meeting_id)
        + _monitoring(s, codes, on, programmes, meeting_id)
        + _closures(s, codes, on, programmes, meeting_id)
    )
    return _items(s, codes, raw, meeting_id)


def monitoring_items(s: Session, codes: Codes, before: date, programmes: set[int] | None) -> list[AgendaItem]:
    return _items(s, codes, _monitoring(s, codes, before, programmes, None), None)


def _items(s: Session, codes: Codes, raw: list, meeting_id: int | None) -> list[AgendaItem]:
    recorded: set[tuple[int, int, str]] = set()
    if meeting_id is not None:
        m = get_or_404(s, Meeting, meeting_id, "会議")
        recorded = {(r.case_id, r.programme_id, codes.key(r.kind_id) or "") for r in m.reviews}
    people = _people(s, {c for _k, c, *_ in raw})
    order = list(AGENDA_SECTIONS)
    items = [
        AgendaItem(
            section=section,
            section_label=AGENDA_SECTIONS[section],
            case_id=c,
            case_no=people[c][0],
            person_name=people[c][1],
            consent=people[c][2],
            programme=codes.key(p) or "",
            programme_label=codes.label(p),
            due_on=due,
            plan_id=plan_id,
            note=note,
            recorded=(c, p, section) in recorded,
        )
        for section, c, p, due, plan_id, note in raw
        if c in people
    ]
    items.sort(key=lambda i: (order.index(i.section), i.case_no, i.programme, i.plan_id or 0))
    return items


__all__ = ["agenda_items", "apply_reviews", "monitoring_items", "sync_use_decisions", "use_decision_pairs"]
