"""Consistency warnings to read before the annual report is printed (annual-report.md,
"Drill-down and checks"), each naming the records to open:

* ``plan_before_intake``: a plan made in the year before its case's first intake (or a case
  with no intake at all);
* ``outcome_without_intake``: a 就職 / 増収 in the year for a person with no intake received
  on or before that day;
* ``evaluation_without_decision``: a closure evaluation of 家計改善 in the year with no 利用決定
  for its case on or before the evaluation (neither a use-decision review at a meeting held
  by then, nor a use decision date on the case's membership);
* ``payment_above_debt``: a debt with a repayment in the year whose repayments add up to more
  than the debt's original amount (only debts whose original amount is recorded);
* ``missing_target``: an indicator with a 目標値 every year (report_rows.TARGET_KEYS) that
  has none this year, for a programme the report prints; and a target whose key no figure
  has (``orphan_target``);
* ``missing_profile``: no organisation profile, or a printed programme without its
  事業概要 (facility, 事業責任者);
* ``missing_field``: records of the year without a field the report or the case file needs
  (受付者, 主担当, プランの担当者, 支援経過の担当・内容, 研修内容, テーマ) — one issue per
  table and field, listing every record.

Queries over one read session; dates are the records' own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Subquery, exists, func, null, or_, select
from sqlalchemy.orm import Session

from app.domain.fiscal import fiscal_year_range
from app.models import (
    Case,
    CaseProgramme,
    CaseReview,
    Code,
    Contact,
    Debt,
    EmploymentOutcome,
    Evaluation,
    Event,
    Intake,
    Meeting,
    OrganisationProfile,
    Payment,
    Plan,
    ProgrammeProfile,
    YearTarget,
)
from app.services.report_rows import TARGET_KEYS, QualityIssue, RecordRef


class _Q:
    """The year and the code ids the checks need."""

    def __init__(self, s: Session, fiscal_year: int) -> None:
        self.s = s
        self.start, self.end = fiscal_year_range(fiscal_year)
        self.fy = fiscal_year
        self.codes = {(k, c): i for i, k, c in s.execute(select(Code.id, Code.kind, Code.code))}
        self.programme_labels = dict(s.execute(select(Code.code, Code.label).where(Code.kind == "programme")).all())

    def code(self, kind: str, key: str) -> int:
        return self.codes.get((kind, key), -1)

    def within(self, column: Any) -> Any:  # a SQL expression
        return column.between(self.start, self.end)


def _first_intakes(q: _Q) -> Subquery:
    return (
        select(Intake.case_id, func.min(Intake.received_on).label("first_on"), func.min(Intake.id).label("intake_id"))
        .group_by(Intake.case_id)
        .subquery()
    )


def plans_before_intake(q: _Q) -> list[QualityIssue]:
    first = _first_intakes(q)
    rows = q.s.execute(
        select(Plan.id, Plan.case_id, Plan.made_on, first.c.first_on, first.c.intake_id, Case.case_no)
        .join(Case, Case.id == Plan.case_id)
        .outerjoin(first, first.c.case_id == Plan.case_id)
        .where(q.within(Plan.made_on), or_(first.c.first_on.is_(None), Plan.made_on < first.c.first_on))
        .order_by(Plan.made_on, Plan.id)
    )
    out = []
    for pid, case_id, made_on, first_on, intake_id, case_no in rows:
        refs = [RecordRef("plans", pid, case_id, made_on, "プラン")]
        if intake_id is not None:
            refs.append(RecordRef("intakes", intake_id, case_id, first_on, "相談受付"))
            why = f"受付日（{first_on:%Y-%m-%d}）より前"
        else:
            why = "相談受付がない"
        out.append(QualityIssue("plan_before_intake", "相談受付より前のプラン",
                                f"ケース {case_no}: プラン作成日 {made_on:%Y-%m-%d} が{why}です", tuple(refs)))  # fmt: skip
    return out


def outcomes_without_intake(q: _Q) -> list[QualityIssue]:
    o = EmploymentOutcome
    has_intake = exists(
        select(Intake.id)
        .join(Case, Case.id == Intake.case_id)
        .where(Case.person_id == o.person_id, Intake.received_on <= o.occurred_on)
    )
    rows = q.s.execute(
        select(o.id, o.case_id, o.occurred_on, Code.label)
        .join(Code, Code.id == o.kind_id)
        .where(q.within(o.occurred_on), ~has_intake)
        .order_by(o.occurred_on, o.id)
    )
    return [
        QualityIssue("outcome_without_intake", "相談受付のない就労の成果",
                     f"{on:%Y-%m-%d} の{label}に、それ以前の相談受付がありません",
                     (RecordRef("employment_outcomes", oid, case_id, on, label),))
        for oid, case_id, on, label in rows
    ]  # fmt: skip


def evaluations_without_decision(q: _Q) -> list[QualityIssue]:
    e = Evaluation
    hb = q.code("programme", "household_budget")
    decided_at_meeting = exists(
        select(CaseReview.id)
        .join(Meeting, Meeting.id == CaseReview.meeting_id)
        .where(
            CaseReview.case_id == e.case_id,
            CaseReview.programme_id == hb,
            CaseReview.kind_id == q.code("review_kind", "use_decision"),
            Meeting.status != "cancelled",
            Meeting.held_on <= e.evaluated_on,
        )
    )
    decided_on_membership = exists(
        select(CaseProgramme.id).where(
            CaseProgramme.case_id == e.case_id,
            CaseProgramme.programme_id == hb,
            CaseProgramme.use_decided_on.is_not(None),
            CaseProgramme.use_decided_on <= e.evaluated_on,
        )
    )
    rows = q.s.execute(
        select(e.id, e.case_id, e.evaluated_on, Case.case_no)
        .join(Case, Case.id == e.case_id)
        .where(e.kind == "closure", e.programme_id == hb, q.within(e.evaluated_on),
               ~decided_at_meeting, ~decided_on_membership)
        .order_by(e.evaluated_on, e.id)
    )  # fmt: skip
    return [
        QualityIssue("evaluation_without_decision", "利用決定のない終結評価",
                     f"ケース {case_no}: {on:%Y-%m-%d} の家計改善の終結評価より前に利用決定がありません",
                     (RecordRef("evaluations", eid, case_id, on, "終結評価"),))
        for eid, case_id, on, case_no in rows
    ]  # fmt: skip


def payments_above_debt(q: _Q) -> list[QualityIssue]:
    paid = select(Payment.debt_id, func.sum(Payment.amount_yen).label("paid")).group_by(Payment.debt_id).subquery()
    in_year = exists(select(Payment.id).where(Payment.debt_id == Debt.id, q.within(Payment.paid_on)))
    rows = list(
        q.s.execute(
            select(Debt.id, Debt.case_id, Debt.original_yen, paid.c.paid, Case.case_no)
            .join(paid, paid.c.debt_id == Debt.id)
            .join(Case, Case.id == Debt.case_id)
            .where(Debt.original_yen.is_not(None), paid.c.paid > Debt.original_yen, in_year)
            .order_by(Debt.id)
        )
    )
    payments: dict[int, list[tuple[int, date]]] = {}
    if rows:
        for pid, debt_id, on in q.s.execute(
            select(Payment.id, Payment.debt_id, Payment.paid_on)
            .where(Payment.debt_id.in_([r[0] for r in rows]))
            .order_by(Payment.paid_on, Payment.id)
        ):
            payments.setdefault(debt_id, []).append((pid, on))
    out = []
    for debt_id, case_id, original, total, case_no in rows:
        refs = [RecordRef("debts", debt_id, case_id, None, "債務")]
        refs += [RecordRef("payments", pid, case_id, on, "返済") for pid, on in payments.get(debt_id, [])]
        out.append(QualityIssue("payment_above_debt", "債務額を超える返済",
                                f"ケース {case_no}: 返済の合計 {int(total):,}円 が債務額 {original:,}円 を超えています",
                                tuple(refs)))  # fmt: skip
    return out


def target_issues(q: _Q, programmes: Iterable[str], figure_keys: set[str]) -> list[QualityIssue]:
    targets = set(q.s.scalars(select(YearTarget.figure_key).where(YearTarget.fiscal_year == q.fy)))
    out = []
    for programme in programmes:
        for key in TARGET_KEYS.get(programme, ()):
            if key not in targets:
                out.append(QualityIssue("missing_target", "目標値の未設定",
                                        f"{q.programme_labels.get(programme, programme)}: {key} の目標値がありません", ()))  # fmt: skip
    for key in sorted(targets - figure_keys):
        out.append(
            QualityIssue(
                "orphan_target", "集計項目のない目標値", f"目標値のキー {key} に当たる集計項目がありません", ()
            )
        )
    return out


def profile_issues(q: _Q, programmes: Iterable[str]) -> list[QualityIssue]:
    out = []
    if q.s.scalar(select(OrganisationProfile.id).where(OrganisationProfile.fiscal_year == q.fy)) is None:
        out.append(
            QualityIssue(
                "missing_profile", "法人・センター情報の未登録", f"{q.fy}年度の法人・センター情報がありません", ()
            )
        )
    for programme in programmes:
        label = q.programme_labels.get(programme, programme)
        p = q.s.scalar(
            select(ProgrammeProfile).where(
                ProgrammeProfile.fiscal_year == q.fy, ProgrammeProfile.programme_id == q.code("programme", programme)
            )
        )
        missing = (
            ["事業概要"] if p is None else
            [name for name, value in (("施設の名称", p.facility_name), ("事業責任者", p.responsible_staff_id)) if not value]
        )  # fmt: skip
        if missing:
            out.append(
                QualityIssue("missing_profile", "事業概要の未入力", f"{label}: {'・'.join(missing)}がありません", ())
            )
    return out


def _missing(
    q: _Q, table: str, label: str, field: str, rows: Iterable[tuple[int, int | None, date]]
) -> list[QualityIssue]:
    refs = tuple(RecordRef(table, rid, case_id, on, label) for rid, case_id, on in rows)
    if not refs:
        return []
    return [
        QualityIssue("missing_field", "必要な項目の未入力", f"{field}が入力されていない{label}: {len(refs):,}件", refs)
    ]


def missing_fields(q: _Q) -> list[QualityIssue]:
    s, w = q.s, q.within
    training_kinds = [
        i for i, attrs in s.execute(select(Code.id, Code.attrs).where(Code.kind == "meeting_kind"))
        if (attrs or {}).get("category") == "training"
    ]  # fmt: skip
    checks = [
        ("intakes", "相談受付", "受付者", select(Intake.id, Intake.case_id, Intake.received_on)
         .where(w(Intake.received_on), Intake.received_by_id.is_(None))),
        ("cases", "ケース", "主担当", select(Case.id, Case.id, Case.opened_on)
         .where(w(Case.opened_on), Case.counsellor_id.is_(None))),
        ("plans", "プラン", "担当者", select(Plan.id, Plan.case_id, Plan.made_on)
         .where(w(Plan.made_on), Plan.staff_id.is_(None))),
        ("contacts", "支援経過", "担当者または内容", select(Contact.id, Contact.case_id, Contact.contact_on)
         .where(w(Contact.contact_on), or_(Contact.staff_id.is_(None), func.trim(Contact.content) == ""))),
        ("meetings", "研修", "研修内容", select(Meeting.id, null(), Meeting.held_on)
         .where(w(Meeting.held_on), Meeting.kind_id.in_(training_kinds), Meeting.status != "cancelled",
                func.trim(Meeting.summary) == "")),
        ("events", "セミナー・ワークショップ", "テーマ", select(Event.id, null(), Event.held_on)
         .where(w(Event.held_on), func.trim(Event.theme) == "")),
    ]  # fmt: skip
    out = []
    for table, label, field, query in checks:
        out += _missing(q, table, label, field, s.execute(query.order_by(query.selected_columns[2])).all())
    return out


def data_quality(s: Session, fiscal_year: int, programmes: Iterable[str], figure_keys: set[str]) -> list[QualityIssue]:
    """Every warning of ``fiscal_year``, in the order of the module docstring."""
    q = _Q(s, fiscal_year)
    programmes = list(programmes)
    return [
        *plans_before_intake(q),
        *outcomes_without_intake(q),
        *evaluations_without_decision(q),
        *payments_above_debt(q),
        *target_issues(q, programmes, figure_keys),
        *profile_issues(q, programmes),
        *missing_fields(q),
    ]


__all__ = ["data_quality"]
