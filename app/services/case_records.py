"""CaseRecordService: reading and editing the records of a case file one by one — plans
(first and re-plans), referrals, employment outcomes and uses of other programmes — and the
meetings a plan can be approved at.

Every edit names the version it was read at; when someone saved the record in between, it is
refused with a ConflictError listing what differs, so nothing is overwritten unseen.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.drafts import (
    ContactDraft,
    OutcomeDraft,
    PlanDraft,
    ReferralDraft,
    ServiceUseDraft,
    SupporterActionDraft,
)
from app.domain.errors import ConflictError, FieldError, ValidationError
from app.domain.rules import (
    validate_contact,
    validate_outcome,
    validate_plan,
    validate_referral,
    validate_service_use,
)
from app.domain.validation import Checker, clean_text
from app.models import (
    Agency,
    Case,
    Code,
    Contact,
    EmploymentOutcome,
    Evaluation,
    Meeting,
    Plan,
    PlanSupporterAction,
    Referral,
    ServiceUse,
)
from app.services.base import Service, code_key, get_or_404, resolve_code, resolve_codes
from app.services.case_record_rows import (
    ContactDetail,
    MeetingChoice,
    OutcomeDetail,
    PlanDetail,
    ReferralDetail,
    ServiceUseDetail,
)
from app.services.cases import _check_agency, _check_not_before_opening, _check_staff, _membership

APPROVAL_WINDOW = timedelta(days=120)  # meetings offered around a plan's date


def _refuse_stale(record, expected_version: int, what: str) -> None:
    if record.version != expected_version:
        raise ConflictError(
            f"この{what}は他の人が先に保存しました。閉じて開き直し、内容を確かめてからもう一度保存してください。"
        )


def _case_of(s: Session, case_id: int) -> Case:
    return get_or_404(s, Case, case_id, "ケース")


class CaseRecordService(Service):
    def _validate(self, rule, draft) -> None:
        """Run a domain rule on a draft; ValidationError (nothing written) when it fails."""
        c = Checker()
        rule(c, draft, self._today())
        c.raise_if_any()

    # ---- plans ---------------------------------------------------------------------------
    def plan(self, plan_id: int) -> PlanDetail:
        with self._ledger.reading() as s:
            p = get_or_404(s, Plan, plan_id, "プラン")
            draft = PlanDraft(
                case_id=p.case_id,
                programme=code_key(s, p.programme_id) or "",
                made_on=p.made_on,
                person_goal=p.person_goal,
                short_term_goals=p.short_term_goals,
                person_actions=p.person_actions,
                other_services=p.other_services,
                issues=tuple(c.code for c in p.issues),
                menus=tuple(c.code for c in p.menus),
                supporter_actions=tuple(
                    SupporterActionDraft(a.supporter, a.action, a.agency_id, a.due_on) for a in p.supporter_actions
                ),
                employment_support=p.employment_support,
                period_from=p.period_from,
                period_to=p.period_to,
                next_monitoring_on=p.next_monitoring_on,
                approved_meeting_id=p.approved_meeting_id,
                city_decision_on=p.city_decision_on,
                staff_id=p.staff_id,
            )
            names = {a.agency_id: _agency_name(s, a.agency_id) for a in p.supporter_actions if a.agency_id}
            return PlanDetail(p.id, p.version, p.case_id, p.revision_no, draft, names)

    def next_revision(self, case_id: int, programme: str) -> int:
        """The revision number a new plan of this case and programme gets (0 = 初回)."""
        with self._ledger.reading() as s:
            m = _membership(s, case_id, programme)
            return len(
                s.scalars(select(Plan.id).where(Plan.case_id == case_id, Plan.programme_id == m.programme_id)).all()
            )

    def update_plan(self, plan_id: int, draft: PlanDraft, expected_version: int) -> None:
        """Save an edited plan. Its case and programme stay; its date stays between the
        previous and the next revision's, so 初回 / 再プラン numbering keeps its meaning."""
        self._validate(validate_plan, draft)
        with self._ledger.transaction() as s:
            plan = get_or_404(s, Plan, plan_id, "プラン")
            _refuse_stale(plan, expected_version, "プラン")
            case = _case_of(s, plan.case_id)
            if draft.case_id != plan.case_id or code_key(s, plan.programme_id) != draft.programme:
                raise ValidationError(
                    [FieldError("programme", "事業", "fixed", "保存済みのプランの事業は変えられません")]
                )
            _check_staff(s, draft.staff_id, "staff_id")
            _check_not_before_opening(case, draft.made_on, "made_on", "作成日")
            self._check_revision_order(s, plan, draft.made_on)
            self._check_meeting(s, draft.approved_meeting_id)
            for name in ("made_on", "person_goal", "short_term_goals", "person_actions", "other_services",
                         "employment_support", "period_from", "period_to", "next_monitoring_on",
                         "approved_meeting_id", "city_decision_on", "staff_id"):  # fmt: skip
                setattr(plan, name, getattr(draft, name))
            plan.issues = resolve_codes(s, "assessment_issue", draft.issues, field="issues", label="課題")
            plan.menus = resolve_codes(s, "support_menu", draft.menus, field="menus", label="利用する事業")
            plan.supporter_actions.clear()
            s.flush()
            for i, a in enumerate(draft.supporter_actions):
                _check_agency(s, a.agency_id, f"supporter_actions.{i}.agency_id", "関係機関")
                plan.supporter_actions.append(
                    PlanSupporterAction(
                        position=i + 1,
                        supporter=clean_text(a.supporter),
                        agency_id=a.agency_id,
                        action=a.action,
                        due_on=a.due_on,
                    )
                )

    def _check_revision_order(self, s: Session, plan: Plan, made_on: date) -> None:
        siblings = s.execute(
            select(Plan.revision_no, Plan.made_on).where(
                Plan.case_id == plan.case_id, Plan.programme_id == plan.programme_id, Plan.id != plan.id
            )
        ).all()
        before = [on for no, on in siblings if no < plan.revision_no]
        after = [on for no, on in siblings if no > plan.revision_no]
        if before and made_on < max(before):
            message = f"作成日は前のプラン（{max(before):%Y-%m-%d}）より後にしてください"
            raise ValidationError([FieldError("made_on", "作成日", "revision_order", message)])
        if after and made_on > min(after):
            message = f"作成日は次の再プラン（{min(after):%Y-%m-%d}）より前にしてください"
            raise ValidationError([FieldError("made_on", "作成日", "revision_order", message)])

    def _check_meeting(self, s: Session, meeting_id: int | None) -> None:
        if meeting_id is None:
            return
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.status == "cancelled":
            raise ValidationError(
                [
                    FieldError(
                        "approved_meeting_id", "承認した会議", "unknown", "承認した会議が見つからないか中止されています"
                    )
                ]
            )

    def approval_meetings(self, around: date) -> list[MeetingChoice]:
        """Coordination meetings (not cancelled, not 支援会議) within four months of ``around``,
        nearest first: the meetings a plan made on that date can have been approved at."""
        with self._ledger.reading() as s:
            kinds = {
                c.id: c
                for c in s.scalars(select(Code).where(Code.kind == "meeting_kind"))
                if (c.attrs or {}).get("category") == "internal"
            }
            if not kinds:
                return []
            rows = s.execute(
                select(Meeting.id, Meeting.held_on, Meeting.start_time, Meeting.kind_id, Meeting.title).where(
                    Meeting.kind_id.in_(kinds),
                    Meeting.status != "cancelled",
                    Meeting.confidential.is_(False),
                    Meeting.held_on.between(around - APPROVAL_WINDOW, around + APPROVAL_WINDOW),
                )
            ).all()
            rows.sort(key=lambda r: (abs((r.held_on - around).days), r.held_on, r.id))
            return [MeetingChoice(r.id, r.held_on, r.start_time, kinds[r.kind_id].label, r.title) for r in rows]

    def meeting_choice(self, meeting_id: int) -> MeetingChoice | None:
        with self._ledger.reading() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                return None
            return MeetingChoice(m.id, m.held_on, m.start_time, s.get(Code, m.kind_id).label, m.title)

    def evaluation_result(self, evaluation_id: int) -> int | str | None:
        """An evaluation's result as printouts tick it: the level 1–5, "extended" (事業延長)
        or None (a monitoring without a level)."""
        with self._ledger.reading() as s:
            ev = get_or_404(s, Evaluation, evaluation_id, "評価")
            return "extended" if ev.extended else ev.level

    # ---- contacts ------------------------------------------------------------------------
    def contact(self, contact_id: int) -> ContactDetail:
        with self._ledger.reading() as s:
            c = get_or_404(s, Contact, contact_id, "支援経過")
            draft = ContactDraft(
                case_id=c.case_id,
                programme=code_key(s, c.programme_id) or "",
                contact_on=c.contact_on,
                method=code_key(s, c.method_id) or "",
                content=c.content,
                contact_at=c.contact_at,
                participants=c.participants,
                agency_ids=tuple(a.id for a in c.agencies),
                staff_id=c.staff_id,
                minutes=c.minutes,
                next_action=c.next_action,
            )
            return ContactDetail(c.id, c.version, draft)

    def update_contact(self, contact_id: int, draft: ContactDraft, expected_version: int) -> None:
        """Correct a recorded contact (its case stays; its programme must be one of the case's)."""
        self._validate(validate_contact, draft)
        with self._ledger.transaction() as s:
            contact = get_or_404(s, Contact, contact_id, "支援経過")
            _refuse_stale(contact, expected_version, "支援経過")
            if draft.case_id != contact.case_id:
                raise ValidationError([FieldError("case_id", "ケース", "fixed", "支援経過のケースは変えられません")])
            case = _case_of(s, contact.case_id)
            _check_staff(s, draft.staff_id, "staff_id")
            _check_not_before_opening(case, draft.contact_on, "contact_on", "日付")
            contact.programme_id = _membership(s, case.id, draft.programme).programme_id
            contact.method_id = resolve_code(s, "contact_method", draft.method, field="method", label="支援方法",
                                             allow_retired=code_key(s, contact.method_id) == draft.method)  # fmt: skip
            kept = {a.id for a in contact.agencies}
            for agency_id in draft.agency_ids:
                _check_agency_unless_kept(s, agency_id, agency_id if agency_id in kept else None, "agency_ids",
                                          "関係機関")  # fmt: skip
            contact.agencies = [s.get(Agency, a) for a in draft.agency_ids]
            contact.contact_on, contact.contact_at = draft.contact_on, draft.contact_at
            contact.participants, contact.content = clean_text(draft.participants), draft.content
            contact.staff_id, contact.minutes, contact.next_action = draft.staff_id, draft.minutes, draft.next_action

    # ---- referrals -----------------------------------------------------------------------
    def referral(self, referral_id: int) -> ReferralDetail:
        with self._ledger.reading() as s:
            r = get_or_404(s, Referral, referral_id, "つなぎ")
            draft = ReferralDraft(
                person_id=r.person_id,
                programme=code_key(s, r.programme_id) or "",
                direction=r.direction,
                referred_on=r.referred_on,
                agency_id=r.agency_id,
                case_id=r.case_id,
                purpose=r.purpose,
                result=r.result,
                staff_id=r.staff_id,
            )
            return ReferralDetail(r.id, r.version, draft, _agency_name(s, r.agency_id))

    def update_referral(self, referral_id: int, draft: ReferralDraft, expected_version: int) -> None:
        self._validate(validate_referral, draft)
        with self._ledger.transaction() as s:
            r = get_or_404(s, Referral, referral_id, "つなぎ")
            _refuse_stale(r, expected_version, "つなぎ")
            if draft.person_id != r.person_id or draft.case_id != r.case_id:
                raise ValidationError(
                    [FieldError("case_id", "ケース", "fixed", "つなぎの相談者・ケースは変えられません")]
                )
            _check_staff(s, draft.staff_id, "staff_id")
            _check_agency_unless_kept(s, draft.agency_id, r.agency_id, "agency_id", "関係機関")
            r.programme_id = resolve_code(s, "programme", draft.programme, field="programme", label="事業")
            r.direction, r.referred_on, r.agency_id = draft.direction, draft.referred_on, draft.agency_id
            r.purpose, r.result, r.staff_id = draft.purpose, draft.result, draft.staff_id

    # ---- employment outcomes -------------------------------------------------------------
    def record_outcome(self, draft: OutcomeDraft) -> int:
        """就職 or 増収 of the case's person, given under this case."""
        self._validate(validate_outcome, draft)
        with self._ledger.transaction() as s:
            case = _case_of(s, draft.case_id)
            outcome = EmploymentOutcome(person_id=case.person_id, case_id=case.id)
            self._apply_outcome(s, case, outcome, draft)
            s.add(outcome)
            s.flush()
            return outcome.id

    def outcome(self, outcome_id: int) -> OutcomeDetail:
        with self._ledger.reading() as s:
            o = get_or_404(s, EmploymentOutcome, outcome_id, "就労の成果")
            draft = OutcomeDraft(
                case_id=o.case_id or 0,
                kind=code_key(s, o.kind_id) or "",
                occurred_on=o.occurred_on,
                employer_name=o.employer_name,
                employment_type=code_key(s, o.employment_type_id),
                via=code_key(s, o.via_id),
                increase_yen=o.increase_yen,
                note=o.note,
                staff_id=o.staff_id,
            )
            return OutcomeDetail(o.id, o.version, draft)

    def update_outcome(self, outcome_id: int, draft: OutcomeDraft, expected_version: int) -> None:
        self._validate(validate_outcome, draft)
        with self._ledger.transaction() as s:
            o = get_or_404(s, EmploymentOutcome, outcome_id, "就労の成果")
            _refuse_stale(o, expected_version, "就労の成果")
            case = _case_of(s, draft.case_id)
            if case.person_id != o.person_id:
                raise ValidationError([FieldError("case_id", "ケース", "other_person", "別の相談者のケースです")])
            o.case_id = case.id
            self._apply_outcome(s, case, o, draft)

    def _apply_outcome(self, s: Session, case: Case, o: EmploymentOutcome, d: OutcomeDraft) -> None:
        _check_staff(s, d.staff_id, "staff_id")
        _check_not_before_opening(case, d.occurred_on, "occurred_on", "日付")
        employed = d.kind == "employed"
        o.kind_id = resolve_code(s, "outcome_kind", d.kind, field="kind", label="成果の種類")
        o.occurred_on = d.occurred_on
        o.employer_name = clean_text(d.employer_name) if employed else ""
        o.employment_type_id = resolve_code(s, "employment_type", d.employment_type if employed else None,
                                            field="employment_type", label="雇用形態", required=False)  # fmt: skip
        o.via_id = resolve_code(s, "employment_via", d.via if employed else None, field="via", label="就職の経路",
                                required=False)  # fmt: skip
        o.increase_yen = None if employed else d.increase_yen
        o.note, o.staff_id = d.note, d.staff_id

    # ---- uses of other programmes --------------------------------------------------------
    def record_service_use(self, draft: ServiceUseDraft) -> int:
        self._validate(validate_service_use, draft)
        with self._ledger.transaction() as s:
            case = _case_of(s, draft.case_id)
            use = ServiceUse(person_id=case.person_id, case_id=case.id)
            self._apply_service_use(s, case, use, draft, None)
            s.add(use)
            s.flush()
            return use.id

    def service_use(self, use_id: int) -> ServiceUseDetail:
        with self._ledger.reading() as s:
            u = get_or_404(s, ServiceUse, use_id, "他事業の利用")
            draft = ServiceUseDraft(
                case_id=u.case_id or 0,
                service=code_key(s, u.service_id) or "",
                started_on=u.started_on,
                ended_on=u.ended_on,
                agency_id=u.agency_id,
                result=u.result,
                staff_id=u.staff_id,
            )
            return ServiceUseDetail(u.id, u.version, draft, _agency_name(s, u.agency_id))

    def update_service_use(self, use_id: int, draft: ServiceUseDraft, expected_version: int) -> None:
        self._validate(validate_service_use, draft)
        with self._ledger.transaction() as s:
            u = get_or_404(s, ServiceUse, use_id, "他事業の利用")
            _refuse_stale(u, expected_version, "他事業の利用")
            case = _case_of(s, draft.case_id)
            if case.person_id != u.person_id:
                raise ValidationError([FieldError("case_id", "ケース", "other_person", "別の相談者のケースです")])
            u.case_id = case.id
            self._apply_service_use(s, case, u, draft, u.agency_id)

    def _apply_service_use(self, s: Session, case: Case, u: ServiceUse, d: ServiceUseDraft, kept: int | None) -> None:
        _check_staff(s, d.staff_id, "staff_id")
        _check_not_before_opening(case, d.started_on, "started_on", "利用開始日")
        _check_agency_unless_kept(s, d.agency_id, kept, "agency_id", "関係機関")
        allow_retired = u.service_id is not None and code_key(s, u.service_id) == d.service
        u.service_id = resolve_code(s, "external_service", d.service, field="service", label="利用する事業",
                                    allow_retired=allow_retired)  # fmt: skip
        u.started_on, u.ended_on, u.agency_id = d.started_on, d.ended_on, d.agency_id
        u.result, u.staff_id = d.result, d.staff_id


def _agency_name(s: Session, agency_id: int | None) -> str:
    agency = s.get(Agency, agency_id) if agency_id is not None else None
    return f"{agency.name} {agency.department}".strip() if agency else ""


def _check_agency_unless_kept(s: Session, agency_id: int | None, kept: int | None, field: str, label: str) -> None:
    """A record may keep the agency it already names even after that agency was retired."""
    if agency_id is not None and agency_id == kept:
        return
    _check_agency(s, agency_id, field, label)


__all__ = [
    "CaseRecordService",
    "ContactDetail",
    "MeetingChoice",
    "OutcomeDetail",
    "PlanDetail",
    "ReferralDetail",
    "ServiceUseDetail",
]
