"""CaseService: opening a case at intake, its programmes and status path, contacts, plans,
referrals and evaluations; the case list with search, filters and paging."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import case_path
from app.domain.drafts import ContactDraft, EvaluationDraft, IntakeDraft, PlanDraft, ReferralDraft
from app.domain.errors import FieldError, ValidationError
from app.domain.fiscal import fiscal_year
from app.domain.rules import (
    validate_contact,
    validate_evaluation,
    validate_intake,
    validate_plan,
    validate_referral,
)
from app.domain.validation import Checker, clean_text
from app.models import (
    Agency,
    Case,
    CaseProgramme,
    CaseStatusChange,
    Code,
    Contact,
    DisasterDetail,
    Evaluation,
    Intake,
    Person,
    Plan,
    PlanSupporterAction,
    Referral,
    StaffMember,
)
from app.services.base import (
    Service,
    code_key,
    get_or_404,
    next_number,
    resolve_code,
    resolve_codes,
)
from app.services.case_queries import CaseFilter, case_detail, count_cases, list_cases
from app.services.people import create_person
from app.services.rows import CaseDetail, CaseRow, IntakeResult


def _membership(s: Session, case_id: int, programme: str, field: str = "programme") -> CaseProgramme:
    programme_id = resolve_code(s, "programme", programme, field=field, label="事業")
    m = s.scalar(
        select(CaseProgramme).where(CaseProgramme.case_id == case_id, CaseProgramme.programme_id == programme_id)
    )
    if m is None:
        raise ValidationError([FieldError(field, "事業", "not_member", "このケースはその事業を利用していません")])
    return m


def _check_not_before_opening(case: Case, on: date, field: str, label: str) -> None:
    if on < case.opened_on:
        raise ValidationError(
            [
                FieldError(
                    field,
                    label,
                    "before_intake",
                    f"{label}はケースの受付日（{case.opened_on:%Y-%m-%d}）より前にできません",
                )
            ]
        )


def _check_agency(s: Session, agency_id: int | None, field: str, label: str) -> None:
    if agency_id is None:
        return
    agency = s.get(Agency, agency_id)
    if agency is None:
        raise ValidationError([FieldError(field, label, "unknown", f"{label}が見つかりません")])
    if agency.retired_on is not None:
        raise ValidationError([FieldError(field, label, "retired", f"「{agency.name}」は廃止された関係機関です")])


def _check_staff(s: Session, staff_id: int | None, field: str, label: str = "担当職員") -> None:
    if staff_id is not None and s.get(StaffMember, staff_id) is None:
        raise ValidationError([FieldError(field, label, "unknown", f"{label}が見つかりません")])


def _refresh_case_status(s: Session, case: Case) -> None:
    """The case's status: its furthest-along open membership's, or (all ended) the last
    ended one's; ``closed_on`` is the last membership's end date once all have ended."""
    s.flush()
    keyed = [(m, code_key(s, m.status_id) or "intake") for m in case.programmes]
    open_ones = [(m, k) for m, k in keyed if m.ended_on is None]
    if open_ones:
        m, _k = max(open_ones, key=lambda mk: case_path.step(mk[1]))
        case.status_id, case.closed_on = m.status_id, None
    else:
        m, _k = max(keyed, key=lambda mk: (mk[0].ended_on, case_path.step(mk[1])))
        case.status_id, case.closed_on = m.status_id, max(x.ended_on for x, _ in keyed)


class CaseService(Service):
    # ---- intake -------------------------------------------------------------------------
    def open_case(self, draft: IntakeDraft) -> IntakeResult:
        """相談受付: create the person if new, the case with its programme memberships at
        status 相談受付, and the intake; one transaction."""
        c = Checker()
        validate_intake(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            if draft.person is not None:
                person = create_person(s, draft.person, prefix="person.")
            else:
                person = get_or_404(s, Person, draft.person_id, "相談者")
            _check_agency(s, draft.referring_agency_id, "referring_agency_id", "紹介元の関係機関")
            _check_staff(s, draft.received_by_id, "received_by_id", "受付者")
            _check_staff(s, draft.counsellor_id, "counsellor_id", "担当者")
            intake_status = resolve_code(s, "case_status", "intake", field="status", label="支援状況")
            fy = fiscal_year(draft.received_on)
            case = Case(
                case_no=f"{fy}-{next_number(s, f'case:{fy}'):05d}",
                person_id=person.id,
                opened_on=draft.received_on,
                counsellor_id=draft.counsellor_id or draft.received_by_id,
                status_id=intake_status,
            )
            s.add(case)
            s.flush()
            programmes = resolve_codes(s, "programme", draft.programmes, field="programmes", label="事業")
            for p in programmes:
                s.add(
                    CaseProgramme(
                        case_id=case.id,
                        programme_id=p.id,
                        joined_on=draft.received_on,
                        status_id=intake_status,
                        staff_id=case.counsellor_id,
                    )
                )
                s.add(
                    CaseStatusChange(
                        case_id=case.id,
                        programme_id=p.id,
                        to_status_id=intake_status,
                        changed_on=draft.received_on,
                        staff_id=draft.received_by_id,
                    )
                )
            intake = self._build_intake(s, case, draft)
            intake.programmes = programmes
            s.add(intake)
            if draft.disaster is not None:
                d = draft.disaster
                s.add(
                    DisasterDetail(
                        case_id=case.id,
                        disaster_name=clean_text(d.disaster_name),
                        disaster_on=d.disaster_on,
                        damage_level_id=resolve_code(
                            s,
                            "disaster_damage",
                            d.damage_level,
                            field="disaster.damage_level",
                            label="罹災証明",
                            required=False,
                        ),
                        housing_id=resolve_code(
                            s,
                            "disaster_housing",
                            d.housing,
                            field="disaster.housing",
                            label="被災後の住まい",
                            required=False,
                        ),
                        recovery_centre_contact=clean_text(d.recovery_centre_contact),
                        note=d.note,
                    )
                )
            s.flush()
            return IntakeResult(case.id, case.case_no, person.id, person.person_no, intake.id)

    def _build_intake(self, s: Session, case: Case, d: IntakeDraft) -> Intake:
        def opt(kind: str, key: str | None, field: str, label: str) -> int | None:
            return resolve_code(s, kind, key, field=field, label=label, required=False)

        intake = Intake(
            case_id=case.id,
            received_on=d.received_on,
            received_at=d.received_at,
            received_by_id=d.received_by_id,
            method_id=resolve_code(s, "intake_method", d.method, field="method", label="受付方法"),
            route_id=resolve_code(s, "consult_route", d.route, field="route", label="相談経路"),
            referring_agency_id=d.referring_agency_id,
            primary_topic_id=opt(
                "consult_topic",
                d.primary_topic or (d.topics[0] if len(d.topics) == 1 else None),
                "primary_topic",
                "最も困っていること",
            ),
            other_topic_text=clean_text(d.other_topic_text),
            wishes=d.wishes,
            consent_given=d.consent_given,
            consent_on=d.consent_on,
            companion_name=clean_text(d.companion_name),
            companion_phone=clean_text(d.companion_phone),
            companion_relationship_id=opt(
                "relationship", d.companion_relationship, "companion_relationship", "同伴者の続柄"
            ),
            work_status_id=opt("work_status", d.work_status, "work_status", "仕事"),
            housing_status_id=opt("housing_status", d.housing_status, "housing_status", "住居"),
            health_insurance_id=opt("health_insurance", d.health_insurance, "health_insurance", "健康保険"),
            pension_id=opt("pension_status", d.pension, "pension", "年金"),
            certificate_id=opt("certificate", d.certificate, "certificate", "障害者手帳・介護認定"),
            certificate_note=clean_text(d.certificate_note),
            welfare_history_id=opt("welfare_history", d.welfare_history, "welfare_history", "生活保護受給歴"),
            notes=d.notes,
        )
        intake.topics = resolve_codes(s, "consult_topic", d.topics, field="topics", label="相談内容")
        return intake

    # ---- programmes and status path -----------------------------------------------------
    def change_status(
        self, case_id: int, programme: str, status: str, on: date, staff_id: int | None = None, note: str = ""
    ) -> None:
        """Move one programme membership along the path; an impossible move is refused.

        The case shows the status of its furthest-along open membership (an ended status only
        once every membership has ended); it is closed on the last membership's end date.
        """
        c = Checker()
        c.required("changed_on", "変更日", on)
        c.date_range("changed_on", "変更日", on, today=self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = get_or_404(s, Case, case_id, "ケース")
            _check_staff(s, staff_id, "staff_id")
            m = _membership(s, case_id, programme)
            new_id = resolve_code(s, "case_status", status, field="status", label="支援状況")
            current = code_key(s, m.status_id) or "intake"
            if not case_path.can_move(current, status):
                message = f"「{s.get(Code, m.status_id).label}」から「{s.get(Code, new_id).label}」には進めません"
                raise ValidationError([FieldError("status", "支援状況", "path", message)])
            _check_not_before_opening(case, on, "changed_on", "変更日")
            s.add(CaseStatusChange(case_id=case_id, programme_id=m.programme_id, from_status_id=m.status_id,
                                   to_status_id=new_id, changed_on=on, staff_id=staff_id, note=note))  # fmt: skip
            m.status_id = new_id
            m.ended_on = None if case_path.is_open(status) else on
            _refresh_case_status(s, case)

    # ---- records on the case ------------------------------------------------------------
    def add_contact(self, draft: ContactDraft) -> int:
        c = Checker()
        validate_contact(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = get_or_404(s, Case, draft.case_id, "ケース")
            _check_staff(s, draft.staff_id, "staff_id")
            _check_not_before_opening(case, draft.contact_on, "contact_on", "日付")
            m = _membership(s, case.id, draft.programme)
            contact = Contact(
                case_id=case.id,
                programme_id=m.programme_id,
                contact_on=draft.contact_on,
                contact_at=draft.contact_at,
                method_id=resolve_code(s, "contact_method", draft.method, field="method", label="支援方法"),
                participants=clean_text(draft.participants),
                content=draft.content,
                staff_id=draft.staff_id,
                minutes=draft.minutes,
                next_action=draft.next_action,
            )
            for agency_id in draft.agency_ids:
                _check_agency(s, agency_id, "agency_ids", "関係機関")
            contact.agencies = [s.get(Agency, a) for a in draft.agency_ids]
            s.add(contact)
            s.flush()
            return contact.id

    def add_plan(self, draft: PlanDraft) -> int:
        """A first plan, or the next re-plan (numbered per case and programme)."""
        c = Checker()
        validate_plan(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = get_or_404(s, Case, draft.case_id, "ケース")
            _check_staff(s, draft.staff_id, "staff_id")
            m = _membership(s, case.id, draft.programme)
            _check_not_before_opening(case, draft.made_on, "made_on", "作成日")
            revision = s.scalar(
                select(func.count())
                .select_from(Plan)
                .where(Plan.case_id == case.id, Plan.programme_id == m.programme_id)
            )
            plan = Plan(
                case_id=case.id,
                programme_id=m.programme_id,
                made_on=draft.made_on,
                revision_no=revision,
                staff_id=draft.staff_id,
                person_goal=draft.person_goal,
                short_term_goals=draft.short_term_goals,
                person_actions=draft.person_actions,
                other_services=draft.other_services,
                employment_support=draft.employment_support,
                period_from=draft.period_from,
                period_to=draft.period_to,
                next_monitoring_on=draft.next_monitoring_on,
                approved_meeting_id=draft.approved_meeting_id,
                city_decision_on=draft.city_decision_on,
            )
            plan.issues = resolve_codes(s, "assessment_issue", draft.issues, field="issues", label="課題")
            plan.menus = resolve_codes(s, "support_menu", draft.menus, field="menus", label="利用する事業")
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
            s.add(plan)
            s.flush()
            return plan.id

    def record_referral(self, draft: ReferralDraft) -> int:
        c = Checker()
        validate_referral(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            get_or_404(s, Person, draft.person_id, "相談者")
            _check_staff(s, draft.staff_id, "staff_id")
            _check_agency(s, draft.agency_id, "agency_id", "関係機関")
            if draft.case_id is not None:
                case = get_or_404(s, Case, draft.case_id, "ケース")
                if case.person_id != draft.person_id:
                    raise ValidationError([FieldError("case_id", "ケース", "other_person", "別の相談者のケースです")])
            referral = Referral(
                person_id=draft.person_id,
                case_id=draft.case_id,
                programme_id=resolve_code(s, "programme", draft.programme, field="programme", label="事業"),
                direction=draft.direction,
                referred_on=draft.referred_on,
                agency_id=draft.agency_id,
                purpose=draft.purpose,
                result=draft.result,
                staff_id=draft.staff_id,
            )
            s.add(referral)
            s.flush()
            return referral.id

    def record_evaluation(self, draft: EvaluationDraft) -> int:
        c = Checker()
        validate_evaluation(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = get_or_404(s, Case, draft.case_id, "ケース")
            _check_staff(s, draft.staff_id, "staff_id")
            m = _membership(s, case.id, draft.programme)
            _check_not_before_opening(case, draft.evaluated_on, "evaluated_on", "評価日")
            if draft.plan_id is not None:
                plan = get_or_404(s, Plan, draft.plan_id, "プラン")
                if plan.case_id != case.id:
                    raise ValidationError([FieldError("plan_id", "プラン", "other_case", "別のケースのプランです")])
            ev = Evaluation(
                case_id=case.id,
                programme_id=m.programme_id,
                kind=draft.kind,
                evaluated_on=draft.evaluated_on,
                staff_id=draft.staff_id,
                plan_id=draft.plan_id,
                level=draft.level,
                extended=draft.extended,
                closure_reason_id=resolve_code(
                    s,
                    "closure_reason",
                    draft.closure_reason,
                    field="closure_reason",
                    label="終結理由",
                    required=False,
                ),
                comment=draft.comment,
            )
            ev.changes = resolve_codes(s, "personal_change", draft.changes, field="changes", label="本人の変化")
            s.add(ev)
            s.flush()
            return ev.id

    # ---- reading ------------------------------------------------------------------------
    def get_case(self, case_id: int) -> CaseDetail:
        with self._ledger.reading() as s:
            return case_detail(s, case_id)

    def count_cases(self, f: CaseFilter) -> int:
        with self._ledger.reading() as s:
            return count_cases(s, f)

    def list_cases(self, f: CaseFilter, *, limit: int = 100, offset: int = 0) -> list[CaseRow]:
        """One page of cases in ``f.order`` (newest first by default; see ``CASE_ORDERS``);
        never the whole table. ValueError for an unknown order."""
        with self._ledger.reading() as s:
            return list_cases(s, f, limit, offset)
