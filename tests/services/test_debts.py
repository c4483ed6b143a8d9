"""Debts, arrears and repayment: a debt, its 分納 agreement and schedule, payments on time,
late and missing with the status they give, balances, stale edits, what the agreements feed
into the budget sheets, and the annual report's 返済金額 summing the recorded payments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.debt_drafts import AgreementDraft, DebtDraft, PaymentDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.models import Debt, InstalmentAgreement, Payment, ScheduledPayment
from app.services.debts import DebtService
from app.services.statistics import StatisticsService
from tests.conftest import TODAY
from tests.services.conftest import intake_draft


class Clock:
    """A settable "today", so one test can walk through the months of an agreement."""

    def __init__(self, on: date) -> None:
        self.on = on

    def __call__(self) -> date:
        return self.on


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2022, 4, 20))


@pytest.fixture
def debts(ledger, clock) -> DebtService:
    return DebtService(ledger, clock)


@pytest.fixture
def case_id(services) -> int:
    return services.cases.open_case(intake_draft(programmes=("household_budget",))).case_id  # opened 2022-04-01


def tax_debt(case_id: int, **changes: object) -> DebtDraft:
    base = DebtDraft(
        case_id=case_id,
        kind="resident_tax",
        recorded_on=date(2022, 4, 1),
        creditor="架空市（市県民税）",
        original_yen=100_000,
        balance_yen=100_000,
        arrears_yen=100_000,
        arrears_months=8,
        collection_status="reminder",
        course="instalments",
        handling_office="納税課",
    )
    return replace(base, **changes)


# 100,000円 at 30,000円 a month from April 2022, due on the 31st (the month's last day)
AGREEMENT = AgreementDraft(date(2022, 4, 15), 100_000, 30_000, date(2022, 4, 1), 31)


def pay(debts: DebtService, debt_id: int, agreement_id: int | None, on: date, amount: int) -> int:
    return debts.record_payment(PaymentDraft(debt_id, on, amount, agreement_id=agreement_id)).id


def _fields(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


# ---- the walk through an agreement ---------------------------------------------------------
def test_debt_agreement_schedule_payments_and_status(debts, clock, case_id, agency, count) -> None:
    row = debts.add_debt(tax_debt(case_id, handling_agency_id=agency))
    assert (row.kind, row.kind_label, row.feed, row.feed_label) == (
        "resident_tax",
        "住民税（市県民税）",
        "arrears",
        "滞納分の支払い",
    )
    assert (row.collection_status_label, row.course_label, row.handling_agency_name) == (
        "督促",
        "分納",
        "架空市役所 生活福祉課",
    )
    assert (row.balance_yen, row.paid_yen, row.agreement) == (100_000, 0, None)

    a = debts.add_agreement(row.id, AGREEMENT)
    assert [(i.seq, i.due_on, i.amount_yen) for i in a.schedule] == [
        (1, date(2022, 4, 30), 30_000),
        (2, date(2022, 5, 31), 30_000),
        (3, date(2022, 6, 30), 30_000),
        (4, date(2022, 7, 31), 10_000),
    ]
    assert (a.payment_count, a.first_month, a.status.state) == (4, date(2022, 4, 1), "on_track")
    assert count(ScheduledPayment) == 4

    clock.on = date(2022, 5, 1)
    pay(debts, row.id, a.id, date(2022, 4, 28), 30_000)  # on time
    st = debts.agreement(a.id).status
    assert (st.state, st.paid_yen, st.remaining_yen) == ("on_track", 30_000, 70_000)
    assert debts.debt(row.id).balance_yen == 70_000

    clock.on = date(2022, 6, 5)  # May missed
    st = debts.agreement(a.id).status
    assert (st.state, st.label, st.shortfall_yen, st.months_behind) == ("late", "遅延", 30_000, 1)
    assert [i.label for i in st.instalments] == ["納付済", "未納", "未到来", "未到来"]

    clock.on = date(2022, 6, 10)
    pay(debts, row.id, a.id, date(2022, 6, 10), 30_000)  # May's, late
    detail = debts.agreement(a.id)
    assert detail.status.state == "on_track"
    assert detail.schedule[1].paid_late
    assert [p.amount_yen for p in detail.payments] == [30_000, 30_000]

    clock.on = date(2022, 9, 1)  # June and July missing: two behind
    listed = debts.list_debts(case_id)[0].agreement
    assert (listed.state, listed.state_label, listed.status.months_behind) == ("late", "遅延", 2)
    assert listed.last_month == date(2022, 7, 1)
    clock.on = date(2022, 9, 10)  # three months since the last payment
    assert debts.agreement(a.id).status.state == "defaulted"
    assert debts.list_debts(case_id)[0].agreement.state_label == "不履行"

    clock.on = date(2022, 9, 20)
    pay(debts, row.id, a.id, date(2022, 9, 20), 40_000)
    st = debts.agreement(a.id).status
    assert (st.state, st.label, st.remaining_yen, st.projected_payoff_month) == (
        "completed",
        "完了",
        0,
        date(2022, 9, 1),
    )
    listed_row = debts.list_debts(case_id)[0]
    assert (listed_row.balance_yen, listed_row.paid_yen) == (0, 100_000)


def test_the_annual_report_sums_the_payments_recorded_in_the_year(debts, clock, ledger, case_id) -> None:
    stats = StatisticsService(ledger, lambda: TODAY)
    before = {fy: stats.values(fy)["household_budget.repayments_yen"] for fy in (2022, 2023)}
    tax = debts.add_debt(tax_debt(case_id))
    loan = debts.add_debt(
        tax_debt(case_id, kind="consumer_finance", creditor="架空ファイナンス", balance_yen=200_000, arrears_yen=0)
    )
    a = debts.add_agreement(tax.id, AGREEMENT)
    clock.on = TODAY
    pay(debts, tax.id, a.id, date(2022, 4, 28), 30_000)
    pay(debts, tax.id, a.id, date(2022, 6, 10), 30_000)
    pay(debts, loan.id, None, date(2023, 3, 31), 12_345)  # the last day of 2022年度
    pay(debts, loan.id, None, date(2023, 4, 1), 15_000)  # the first day of 2023年度
    wrong = pay(debts, loan.id, None, date(2023, 5, 2), 99_999)
    debts.delete_payment(wrong)
    after = {fy: stats.values(fy)["household_budget.repayments_yen"] for fy in (2022, 2023)}
    assert after[2022] - before[2022] == 30_000 + 30_000 + 12_345
    assert after[2023] - before[2023] == 15_000
    assert debts.debt(loan.id).balance_yen == 200_000 - 12_345 - 15_000


# ---- balances --------------------------------------------------------------------------------
def test_a_payment_above_the_balance_is_refused_and_nothing_written(debts, case_id, count) -> None:
    row = debts.add_debt(tax_debt(case_id, balance_yen=50_000))
    with pytest.raises(ValidationError) as exc:
        pay(debts, row.id, None, date(2022, 4, 18), 60_000)
    assert "残高（50,000円）を超えています" in _fields(exc)["amount_yen"]
    after = debts.debt(row.id)
    assert (after.balance_yen, after.version, count(Payment)) == (50_000, row.version, 0)
    pay(debts, row.id, None, date(2022, 4, 18), 50_000)  # the whole balance is fine
    assert debts.debt(row.id).balance_yen == 0
    with pytest.raises(ValidationError):
        pay(debts, row.id, None, date(2022, 4, 19), 1)
    assert count(Payment) == 1


def test_deleting_a_payment_restores_the_balance(debts, case_id, count) -> None:
    row = debts.add_debt(tax_debt(case_id))
    pid = pay(debts, row.id, None, date(2022, 4, 18), 25_000)
    assert debts.debt(row.id).balance_yen == 75_000
    debts.delete_payment(pid)
    assert (debts.debt(row.id).balance_yen, count(Payment)) == (100_000, 0)
    with pytest.raises(NotFoundError):
        debts.delete_payment(pid)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"paid_on": date(2022, 3, 31)}, "paid_on"),  # before the case was opened
        ({"paid_on": date(2022, 4, 21)}, "paid_on"),  # in the future
        ({"amount_yen": 0}, "amount_yen"),
        ({"amount_yen": -100}, "amount_yen"),
    ],
)
def test_bad_payments_are_refused(debts, case_id, count, changes: dict, field: str) -> None:
    row = debts.add_debt(tax_debt(case_id))
    draft = replace(PaymentDraft(row.id, date(2022, 4, 18), 10_000), **changes)
    with pytest.raises(ValidationError) as exc:
        debts.record_payment(draft)
    assert field in _fields(exc)
    assert count(Payment) == 0


# ---- editing and deleting debts --------------------------------------------------------------
def test_a_stale_update_is_refused(debts, case_id) -> None:
    row = debts.add_debt(tax_debt(case_id))
    pay(debts, row.id, None, date(2022, 4, 18), 10_000)  # someone records a payment meanwhile
    with pytest.raises(ConflictError) as exc:
        debts.update_debt(row.id, replace(row.draft(), creditor="架空市役所 納税課"), row.version)
    assert "残高" in str(exc.value) and "債権者" in str(exc.value)
    assert debts.debt(row.id).creditor == "架空市（市県民税）"
    fresh = debts.debt(row.id)
    saved = debts.update_debt(row.id, replace(fresh.draft(), creditor="架空市役所 納税課"), fresh.version)
    assert (saved.creditor, saved.balance_yen, saved.version) == ("架空市役所 納税課", 90_000, fresh.version + 1)


def test_debt_validation(debts, case_id, count) -> None:
    with pytest.raises(ValidationError) as exc:
        debts.add_debt(tax_debt(case_id, kind="tax"))  # a group heading, not a kind
    assert "見出し" in _fields(exc)["kind"]
    with pytest.raises(ValidationError) as exc:
        debts.add_debt(tax_debt(case_id, balance_yen=-1, arrears_months=-2, recorded_on=date(2022, 5, 1)))
    assert set(_fields(exc)) == {"balance_yen", "arrears_months", "recorded_on"}
    with pytest.raises(ValidationError):
        debts.add_debt(tax_debt(case_id, course="nonsense"))
    with pytest.raises(NotFoundError):
        debts.add_debt(tax_debt(case_id + 999))
    assert count(Debt) == 0
    row = debts.add_debt(tax_debt(case_id))
    with pytest.raises(ValidationError):
        debts.update_debt(row.id, tax_debt(case_id + 1), row.version)  # a debt stays on its case


def test_only_a_debt_without_agreements_or_payments_can_be_deleted(debts, case_id, count) -> None:
    with_payment = debts.add_debt(tax_debt(case_id))
    pay(debts, with_payment.id, None, date(2022, 4, 18), 1_000)
    with_agreement = debts.add_debt(tax_debt(case_id))
    debts.add_agreement(with_agreement.id, AGREEMENT)
    plain = debts.add_debt(tax_debt(case_id))
    for row in (with_payment, with_agreement):
        with pytest.raises(ConflictError, match="削除できません"):
            debts.delete_debt(row.id)
    debts.delete_debt(plain.id)
    assert count(Debt) == 2
    assert [r.id for r in debts.list_debts(case_id)] == [with_payment.id, with_agreement.id]


# ---- agreements ------------------------------------------------------------------------------
def test_a_new_agreement_replaces_the_one_in_force(debts, clock, case_id, count) -> None:
    row = debts.add_debt(tax_debt(case_id))
    old = debts.add_agreement(row.id, AGREEMENT)
    clock.on = date(2022, 6, 15)
    pay(debts, row.id, old.id, date(2022, 4, 28), 30_000)
    new = debts.add_agreement(row.id, AgreementDraft(date(2022, 6, 15), 70_000, 10_000, date(2022, 7, 1), 10))
    assert debts.agreement(old.id).cancelled_on == date(2022, 6, 15)
    assert debts.agreement(new.id).active
    assert debts.list_debts(case_id)[0].agreement.id == new.id
    assert count(InstalmentAgreement) == 2 and count(ScheduledPayment) == 4 + 7
    with pytest.raises(ValidationError) as exc:  # the cancelled agreement takes no more payments
        pay(debts, row.id, old.id, date(2022, 6, 15), 10_000)
    assert "agreement_id" in _fields(exc)
    with pytest.raises(ValidationError):  # nor can a replacement predate the agreement in force
        debts.add_agreement(row.id, replace(AGREEMENT, agreed_on=date(2022, 6, 1)))


def test_cancelling_an_agreement(debts, clock, case_id) -> None:
    row = debts.add_debt(tax_debt(case_id))
    a = debts.add_agreement(row.id, AGREEMENT)
    clock.on = date(2022, 8, 1)
    with pytest.raises(ValidationError):
        debts.cancel_agreement(a.id, date(2022, 4, 1))  # before it was agreed
    debts.cancel_agreement(a.id)
    detail = debts.agreement(a.id)
    assert (detail.cancelled_on, detail.active) == (date(2022, 8, 1), False)
    assert debts.list_debts(case_id)[0].agreement is None
    with pytest.raises(ConflictError):
        debts.cancel_agreement(a.id)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"monthly_yen": 120_000}, "monthly_yen"),  # above the total
        ({"monthly_yen": 0}, "monthly_yen"),
        ({"total_yen": -1}, "total_yen"),
        ({"due_day": 32}, "due_day"),
        ({"first_month": date(2022, 3, 1)}, "first_month"),  # before the month agreed
        ({"agreed_on": date(2022, 5, 1)}, "agreed_on"),  # in the future
    ],
)
def test_bad_agreements_are_refused(debts, case_id, count, changes: dict, field: str) -> None:
    row = debts.add_debt(tax_debt(case_id))
    with pytest.raises(ValidationError) as exc:
        debts.add_agreement(row.id, replace(AGREEMENT, **changes))
    assert field in _fields(exc)
    assert count(InstalmentAgreement) == 0


# ---- feeds for the budget sheets -------------------------------------------------------------
def test_case_feeds_month_by_month_and_year_by_year(debts, clock, case_id) -> None:
    tax = debts.add_debt(tax_debt(case_id))
    loan = debts.add_debt(tax_debt(case_id, kind="council_loan", creditor="架空市社会福祉協議会", balance_yen=240_000))
    assert loan.feed == "debt_repayment"
    debts.add_agreement(tax.id, AGREEMENT)  # 2022-04 … 2022-07
    debts.add_agreement(loan.id, AgreementDraft(date(2022, 4, 15), 240_000, 10_000, date(2022, 10, 1), 27))
    assert debts.case_feeds(case_id, date(2022, 5, 1)) == {"debt_repayment": 0, "arrears": 30_000}
    assert debts.case_feeds(case_id, date(2022, 7, 15)) == {"debt_repayment": 0, "arrears": 10_000}
    assert debts.case_feeds(case_id, date(2022, 11, 1)) == {"debt_repayment": 10_000, "arrears": 0}
    assert debts.case_yearly_feeds(case_id, [2022, 2023, 2024, 2025]) == {
        2022: {"debt_repayment": 30_000, "arrears": 100_000},
        2023: {"debt_repayment": 120_000, "arrears": 0},
        2024: {"debt_repayment": 90_000, "arrears": 0},
        2025: {"debt_repayment": 0, "arrears": 0},  # every agreement has ended: cash freed
    }
    with pytest.raises(NotFoundError):
        debts.case_feeds(case_id + 999, date(2022, 5, 1))


def test_a_cancelled_agreement_stops_feeding_from_its_cancellation(debts, clock, case_id) -> None:
    tax = debts.add_debt(tax_debt(case_id))
    a = debts.add_agreement(tax.id, AGREEMENT)
    clock.on = date(2022, 6, 1)
    debts.cancel_agreement(a.id)
    assert debts.case_feeds(case_id, date(2022, 5, 1))["arrears"] == 30_000  # was still required
    assert debts.case_feeds(case_id, date(2022, 6, 1))["arrears"] == 0
    assert debts.case_yearly_feeds(case_id, [2022]) == {2022: {"debt_repayment": 0, "arrears": 60_000}}
