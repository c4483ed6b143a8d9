"""Plain frozen data DebtService returns: the 滞納・債務一覧 rows of a case, an instalment
agreement (分納) with its schedule and status, and the recorded payments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.debt_drafts import DebtDraft
from app.domain.repayment import FEED_LABELS, InstalmentState, RepaymentStatus


@dataclass(frozen=True)
class AgreementSummary:
    """The current (not cancelled) agreement of a debt, as the debts list shows it."""

    id: int
    agreed_on: date
    total_yen: int
    monthly_yen: int
    first_month: date
    payment_count: int
    due_day: int
    last_month: date  # the 1st of the month of the last instalment
    status: RepaymentStatus

    @property
    def state(self) -> str:
        return self.status.state

    @property
    def state_label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class DebtRow:
    id: int
    version: int  # what update_debt must be given back
    case_id: int
    kind: str
    kind_label: str
    feed: str  # "debt_repayment" (債務返済) or "arrears" (滞納分の支払い)
    creditor: str
    original_yen: int | None
    balance_yen: int
    arrears_yen: int
    arrears_months: int | None
    collection_status: str | None
    collection_status_label: str
    course: str | None
    course_label: str
    handling_agency_id: int | None
    handling_agency_name: str
    handling_office: str
    recorded_on: date
    note: str
    paid_yen: int  # every payment recorded on the debt, under an agreement or not
    agreement: AgreementSummary | None

    @property
    def feed_label(self) -> str:
        return FEED_LABELS[self.feed]

    def draft(self) -> DebtDraft:
        """The debt as an edit form starts from it."""
        return DebtDraft(
            case_id=self.case_id,
            kind=self.kind,
            recorded_on=self.recorded_on,
            creditor=self.creditor,
            original_yen=self.original_yen,
            balance_yen=self.balance_yen,
            arrears_yen=self.arrears_yen,
            arrears_months=self.arrears_months,
            collection_status=self.collection_status,
            course=self.course,
            handling_agency_id=self.handling_agency_id,
            handling_office=self.handling_office,
            note=self.note,
        )


@dataclass(frozen=True)
class PaymentRow:
    id: int
    debt_id: int
    agreement_id: int | None
    paid_on: date
    amount_yen: int
    staff_id: int | None
    note: str


@dataclass(frozen=True)
class AgreementDetail:
    """One agreement: its terms, the generated schedule with each instalment's state, the
    payments recorded under it, and where it stands today."""

    id: int
    version: int
    debt_id: int
    case_id: int
    kind_label: str
    creditor: str
    feed: str
    agreed_on: date
    total_yen: int
    monthly_yen: int
    first_month: date
    payment_count: int
    due_day: int
    cancelled_on: date | None
    note: str
    payments: tuple[PaymentRow, ...]
    status: RepaymentStatus

    @property
    def schedule(self) -> tuple[InstalmentState, ...]:
        return self.status.instalments

    @property
    def active(self) -> bool:
        return self.cancelled_on is None
