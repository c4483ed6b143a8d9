"""DebtService: a case's debts and arrears (滞納・債務一覧), their instalment agreements (分納)
with the generated schedule, the repayments recorded against them, and what the agreements
feed into the budget sheets (債務返済 / 滞納分の支払い, month by month and year by year).

Balances: a recorded payment lowers its debt's ``balance_yen`` (never below 0: a payment
above the balance is refused) and deleting it puts the amount back, both in the payment's
own transaction. ``arrears_yen``/``arrears_months`` stay as recorded at consultation.
Recorded payments are what the annual report sums as household_budget.repayments_yen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.domain import repayment
from app.domain.debt_drafts import (
    AgreementDraft,
    DebtDraft,
    PaymentDraft,
    validate_agreement,
    validate_debt,
    validate_payment,
)
from app.domain.errors import ConflictError, FieldError, ValidationError
from app.domain.repayment import AgreementFeed, Instalment
from app.domain.validation import Checker, clean_text
from app.models import Agency, Case, Code, Debt, InstalmentAgreement, Payment, ScheduledPayment
from app.services.base import Service, code_key, get_or_404, resolve_code
from app.services.case_records import _check_agency_unless_kept
from app.services.cases import _check_not_before_opening, _check_staff
from app.services.debt_rows import AgreementDetail, AgreementSummary, DebtRow, PaymentRow

_DEBT_LABELS = {
    "kind": "種類", "recorded_on": "記録日", "creditor": "債権者", "original_yen": "当初の金額",
    "balance_yen": "残高", "arrears_yen": "滞納額", "arrears_months": "滞納月数",
    "collection_status": "督促・差押", "course": "対応方針", "handling_agency_id": "対応機関",
    "handling_office": "担当窓口", "note": "備考",
}  # fmt: skip


def _invalid(field: str, label: str, code: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, label, code, message)])


def _label(s: Session, code_id: int | None) -> str:
    return "" if code_id is None else s.get(Code, code_id).label


def _feed_of(s: Session, kind_id: int) -> str:
    kind = s.get(Code, kind_id)
    return repayment.feed_for_debt_kind(kind.code, code_key(s, kind.parent_id))


def _instalments(a: InstalmentAgreement) -> list[Instalment]:
    return [Instalment(p.seq, p.due_on, p.amount_yen) for p in a.schedule]


def _payment_row(p: Payment) -> PaymentRow:
    return PaymentRow(p.id, p.debt_id, p.agreement_id, p.paid_on, p.amount_yen, p.staff_id, p.note)


def _agreement_payments(s: Session, agreement_id: int) -> list[Payment]:
    q = select(Payment).where(Payment.agreement_id == agreement_id).order_by(Payment.paid_on, Payment.id)
    return list(s.scalars(q))


def _status(s: Session, a: InstalmentAgreement, today: date) -> repayment.RepaymentStatus:
    """Where ``a`` stands today; a cancelled agreement as it stood when it was cancelled."""
    on = today if a.cancelled_on is None else min(today, a.cancelled_on)
    paid = [(p.paid_on, p.amount_yen) for p in _agreement_payments(s, a.id)]
    return repayment.status(_instalments(a), paid, on)


def _current_agreement(debt: Debt) -> InstalmentAgreement | None:
    active = [a for a in debt.agreements if a.cancelled_on is None]
    return max(active, key=lambda a: (a.agreed_on, a.id), default=None)


def _debt_row(s: Session, d: Debt, today: date) -> DebtRow:
    kind = s.get(Code, d.kind_id)
    agency = s.get(Agency, d.handling_agency_id) if d.handling_agency_id is not None else None
    paid = s.scalar(select(func.coalesce(func.sum(Payment.amount_yen), 0)).where(Payment.debt_id == d.id))
    a = _current_agreement(d)
    summary = None
    if a is not None:
        summary = AgreementSummary(
            a.id, a.agreed_on, a.total_yen, a.monthly_yen, a.first_month, a.payment_count, a.due_day,
            repayment.month_start(a.schedule[-1].due_on), _status(s, a, today),
        )  # fmt: skip
    return DebtRow(
        d.id, d.version, d.case_id, kind.code, kind.label, _feed_of(s, d.kind_id), d.creditor, d.original_yen,
        d.balance_yen, d.arrears_yen, d.arrears_months, code_key(s, d.collection_status_id),
        _label(s, d.collection_status_id), code_key(s, d.course_id), _label(s, d.course_id), d.handling_agency_id,
        f"{agency.name} {agency.department}".strip() if agency else "", d.handling_office, d.recorded_on, d.note,
        int(paid), summary,
    )  # fmt: skip


def _debt_values(s: Session, draft: DebtDraft, keep: Debt | None = None) -> dict:
    """The validated draft as stored; codes and the agency checked (a debt may keep a code or
    agency that has been retired since it was saved)."""

    def code(
        kind: str, key: str | None, field: str, label: str, kept: int | None, required: bool = False
    ) -> int | None:
        same = kept is not None and code_key(s, kept) == key
        return resolve_code(s, kind, key, field=field, label=label, required=required, allow_retired=same)

    kind_id = code("debt_kind", draft.kind, "kind", "種類", keep.kind_id if keep else None, required=True)
    kind = s.get(Code, kind_id)
    if (kind.attrs or {}).get("group"):
        raise _invalid("kind", "種類", "group", f"「{kind.label}」は見出しです。具体的な種類を選んでください")
    kept_agency = keep.handling_agency_id if keep is not None else None
    _check_agency_unless_kept(s, draft.handling_agency_id, kept_agency, "handling_agency_id", "対応機関")
    return {
        "kind_id": kind_id,
        "recorded_on": draft.recorded_on,
        "creditor": clean_text(draft.creditor),
        "original_yen": draft.original_yen,
        "balance_yen": draft.balance_yen,
        "arrears_yen": draft.arrears_yen,
        "arrears_months": draft.arrears_months,
        "collection_status_id": code("collection_status", draft.collection_status, "collection_status",
                                     "督促・差押", keep.collection_status_id if keep else None),
        "course_id": code("debt_course", draft.course, "course", "対応方針", keep.course_id if keep else None),
        "handling_agency_id": draft.handling_agency_id,
        "handling_office": clean_text(draft.handling_office),
        "note": draft.note,
    }  # fmt: skip


def _differences(saved: DebtDraft, entered: DebtDraft) -> list[tuple[str, str, str]]:
    def text(v: object) -> str:
        return "" if v is None else str(v)

    return [
        (label, text(getattr(saved, f)), text(getattr(entered, f)))
        for f, label in _DEBT_LABELS.items()
        if getattr(saved, f) != getattr(entered, f)
    ]


def _case_feeds(s: Session, case_id: int) -> list[AgreementFeed]:
    """Every agreement of the case's debts with its row; a cancelled one only up to the day
    it was cancelled (what it required before that was still required)."""
    get_or_404(s, Case, case_id, "ケース")
    kind, parent = aliased(Code), aliased(Code)
    q = (
        select(InstalmentAgreement.id, InstalmentAgreement.cancelled_on, kind.code, parent.code)
        .join(Debt, Debt.id == InstalmentAgreement.debt_id)
        .join(kind, kind.id == Debt.kind_id)
        .outerjoin(parent, parent.id == kind.parent_id)
        .where(Debt.case_id == case_id)
    )
    agreements = s.execute(q).all()
    schedules: dict[int, list[Instalment]] = {a.id: [] for a in agreements}
    sq = select(ScheduledPayment).where(ScheduledPayment.agreement_id.in_(schedules)).order_by(ScheduledPayment.seq)
    for p in s.scalars(sq):
        schedules[p.agreement_id].append(Instalment(p.seq, p.due_on, p.amount_yen))
    return [
        AgreementFeed(repayment.feed_for_debt_kind(code, parent_code), schedules[ident], cancelled_on)
        for ident, cancelled_on, code, parent_code in agreements
    ]


class DebtService(Service):
    # ---- debts ---------------------------------------------------------------------------
    def list_debts(self, case_id: int) -> list[DebtRow]:
        """The case's 滞納・債務一覧 in the order recorded, each with its current agreement
        and where that stands today."""
        with self._ledger.reading() as s:
            get_or_404(s, Case, case_id, "ケース")
            debts = s.scalars(select(Debt).where(Debt.case_id == case_id).order_by(Debt.recorded_on, Debt.id))
            return [_debt_row(s, d, self._today()) for d in debts]

    def debt(self, debt_id: int) -> DebtRow:
        with self._ledger.reading() as s:
            return _debt_row(s, get_or_404(s, Debt, debt_id, "債務"), self._today())

    def add_debt(self, draft: DebtDraft) -> DebtRow:
        c = Checker()
        validate_debt(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = get_or_404(s, Case, draft.case_id, "ケース")
            debt = Debt(case_id=case.id, **_debt_values(s, draft))
            s.add(debt)
            s.flush()
            return _debt_row(s, debt, self._today())

    def update_debt(self, debt_id: int, draft: DebtDraft, expected_version: int) -> DebtRow:
        """Save changes to a debt read at ``expected_version``; ConflictError listing what
        differs when it was saved in between (a payment recorded since changes its balance)."""
        c = Checker()
        validate_debt(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            debt = get_or_404(s, Debt, debt_id, "債務")
            if draft.case_id != debt.case_id:
                raise _invalid("case_id", "ケース", "fixed", "債務のケースは変えられません")
            if debt.version != expected_version:
                raise ConflictError(
                    "この債務は他の人が先に保存しました。読み込み直すか、内容を確かめてもう一度保存してください。",
                    _differences(_debt_row(s, debt, self._today()).draft(), draft),
                )
            for key, value in _debt_values(s, draft, keep=debt).items():
                setattr(debt, key, value)
            s.flush()
            return _debt_row(s, debt, self._today())

    def delete_debt(self, debt_id: int) -> None:
        """Delete a debt entered by mistake; one with agreements or payments is refused."""
        with self._ledger.transaction() as s:
            debt = get_or_404(s, Debt, debt_id, "債務")
            paid = s.scalar(select(func.count()).select_from(Payment).where(Payment.debt_id == debt.id))
            if debt.agreements or paid:
                raise ConflictError("この債務には分納または返済の記録があるため削除できません。")
            s.delete(debt)

    # ---- agreements ----------------------------------------------------------------------
    def add_agreement(self, debt_id: int, draft: AgreementDraft) -> AgreementDetail:
        """Make an agreement and store its schedule; an agreement still in force on the debt
        is replaced (cancelled on the new one's date)."""
        c = Checker()
        validate_agreement(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            debt = get_or_404(s, Debt, debt_id, "債務")
            for old in debt.agreements:
                if old.cancelled_on is not None:
                    continue
                if draft.agreed_on < old.agreed_on:
                    raise _invalid("agreed_on", "合意日", "before_current",
                                   f"合意日は今の分納の合意日（{old.agreed_on:%Y-%m-%d}）以降にしてください")  # fmt: skip
                old.cancelled_on = draft.agreed_on
            plan = repayment.schedule(draft.total_yen, draft.monthly_yen, draft.first_month, draft.due_day)
            a = InstalmentAgreement(
                debt_id=debt.id, agreed_on=draft.agreed_on, total_yen=draft.total_yen, monthly_yen=draft.monthly_yen,
                first_month=repayment.month_start(draft.first_month), payment_count=len(plan),
                due_day=draft.due_day, note=draft.note,
            )  # fmt: skip
            a.schedule = [ScheduledPayment(seq=i.seq, due_on=i.due_on, amount_yen=i.amount_yen) for i in plan]
            s.add(a)
            s.flush()
            return self._detail(s, a)

    def cancel_agreement(self, agreement_id: int, on: date | None = None) -> None:
        """End an agreement on ``on`` (today by default); its schedule and payments stay."""
        on = on or self._today()
        c = Checker()
        c.date_range("cancelled_on", "取消日", on, today=self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            a = get_or_404(s, InstalmentAgreement, agreement_id, "分納")
            if a.cancelled_on is not None:
                raise ConflictError(f"この分納は既に{a.cancelled_on:%Y-%m-%d}に取り消されています。")
            c.order("cancelled_on", "取消日", a.agreed_on, on, "合意日")
            c.raise_if_any()
            a.cancelled_on = on

    def agreement(self, agreement_id: int) -> AgreementDetail:
        with self._ledger.reading() as s:
            return self._detail(s, get_or_404(s, InstalmentAgreement, agreement_id, "分納"))

    def _detail(self, s: Session, a: InstalmentAgreement) -> AgreementDetail:
        debt = a.debt
        return AgreementDetail(
            a.id, a.version, debt.id, debt.case_id, _label(s, debt.kind_id), debt.creditor, _feed_of(s, debt.kind_id),
            a.agreed_on, a.total_yen, a.monthly_yen, a.first_month, a.payment_count, a.due_day, a.cancelled_on,
            a.note, tuple(_payment_row(p) for p in _agreement_payments(s, a.id)), _status(s, a, self._today()),
        )  # fmt: skip

    # ---- payments ------------------------------------------------------------------------
    def payments(self, debt_id: int) -> list[PaymentRow]:
        """Every payment recorded on a debt, oldest first."""
        with self._ledger.reading() as s:
            get_or_404(s, Debt, debt_id, "債務")
            q = select(Payment).where(Payment.debt_id == debt_id).order_by(Payment.paid_on, Payment.id)
            return [_payment_row(p) for p in s.scalars(q)]

    def record_payment(self, draft: PaymentDraft) -> PaymentRow:
        """Record a repayment and lower the debt's balance by it; a payment above the balance,
        before the case was opened, or under another debt's or a cancelled agreement is refused
        (nothing written)."""
        c = Checker()
        validate_payment(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            debt = get_or_404(s, Debt, draft.debt_id, "債務")
            _check_not_before_opening(s.get(Case, debt.case_id), draft.paid_on, "paid_on", "返済日")
            _check_staff(s, draft.staff_id, "staff_id")
            if draft.agreement_id is not None:
                self._check_agreement(s, debt, draft)
            if draft.amount_yen > debt.balance_yen:
                raise _invalid("amount_yen", "返済額", "above_balance",
                               f"返済額（{draft.amount_yen:,}円）が債務の残高（{debt.balance_yen:,}円）を超えています。"
                               "金額か残高を確かめてください")  # fmt: skip
            debt.balance_yen -= draft.amount_yen
            p = Payment(
                debt_id=debt.id, agreement_id=draft.agreement_id, paid_on=draft.paid_on, amount_yen=draft.amount_yen,
                staff_id=draft.staff_id, note=clean_text(draft.note),
            )  # fmt: skip
            s.add(p)
            s.flush()
            return _payment_row(p)

    @staticmethod
    def _check_agreement(s: Session, debt: Debt, draft: PaymentDraft) -> None:
        a = get_or_404(s, InstalmentAgreement, draft.agreement_id, "分納")
        if a.debt_id != debt.id:
            raise _invalid("agreement_id", "分納", "other_debt", "別の債務の分納です")
        if draft.paid_on < a.agreed_on:
            raise _invalid("paid_on", "返済日", "before_agreed",
                           f"返済日が分納の合意日（{a.agreed_on:%Y-%m-%d}）より前です")  # fmt: skip
        if a.cancelled_on is not None and draft.paid_on >= a.cancelled_on:
            raise _invalid("agreement_id", "分納", "cancelled",
                           f"この分納は{a.cancelled_on:%Y-%m-%d}に取り消されています")  # fmt: skip

    def delete_payment(self, payment_id: int) -> None:
        """Remove a payment recorded by mistake and put its amount back on the debt's balance."""
        with self._ledger.transaction() as s:
            p = get_or_404(s, Payment, payment_id, "返済の記録")
            debt = s.get(Debt, p.debt_id)
            debt.balance_yen += p.amount_yen
            s.delete(p)

    # ---- feeds for the budget sheets -----------------------------------------------------
    def case_feeds(self, case_id: int, month: date) -> dict[str, int]:
        """What the case's agreements require in ``month`` (any day of it):
        ``{"debt_repayment": yen, "arrears": yen}`` — the 家計計画表's 債務返済 / 滞納分 rows."""
        with self._ledger.reading() as s:
            return repayment.monthly_feeds(_case_feeds(s, case_id), month)

    def case_yearly_feeds(self, case_id: int, years: Iterable[int]) -> dict[int, dict[str, int]]:
        """Per calendar year, what the case's agreements require (the cash-flow table's
        columns); a year after the last instalment gets 0, so the freed cash shows."""
        with self._ledger.reading() as s:
            feeds = _case_feeds(s, case_id)
            return {year: repayment.yearly_feeds(feeds, year) for year in years}
