"""Database-level guards under the services: CHECK constraints, RESTRICT foreign keys and
unique values come out of ``ledger.transaction()`` as ConflictError, and a failed
transaction writes nothing at all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select

from app.db.ledger import Ledger
from app.domain.errors import ConflictError, StorageError
from app.models import (
    Case,
    Code,
    Contact,
    Debt,
    Evaluation,
    InstalmentAgreement,
    Intake,
    Payment,
    Person,
    Referral,
)
from tests.services.conftest import intake_draft


@pytest.fixture
def case(services):
    return services.cases.open_case(intake_draft(programmes=("self_reliance", "household_budget")))


@pytest.fixture
def debt(ledger, case, code_id) -> int:
    with ledger.transaction() as s:
        d = Debt(
            case_id=case.case_id,
            kind_id=code_id("debt_kind", "resident_tax"),
            creditor="架空市 納税課",
            balance_yen=120_000,
            arrears_yen=120_000,
            recorded_on=date(2022, 4, 15),
        )
        s.add(d)
        s.flush()
        return d.id


def evaluation(case_id: int, programme_id: int, **kw: object) -> Evaluation:
    return Evaluation(
        **{
            "case_id": case_id,
            "programme_id": programme_id,
            "kind": "closure",
            "evaluated_on": date(2022, 9, 30),
            **kw,
        }
    )


def agreement(debt_id: int, **kw: object) -> InstalmentAgreement:
    return InstalmentAgreement(
        **{
            "debt_id": debt_id,
            "agreed_on": date(2022, 5, 1),
            "total_yen": 120_000,
            "monthly_yen": 10_000,
            "first_month": date(2022, 6, 1),
            "payment_count": 12,
            "due_day": 25,
            **kw,
        }
    )


# ---- CHECK constraints -----------------------------------------------------------------


@pytest.mark.parametrize(
    "kw",
    [
        {"level": 7},
        {"level": 0},
        {"level": 3, "extended": True},  # a level and 事業延長 together
        {},  # closure without a result
        {"kind": "midterm", "level": 2},
    ],
)
def test_evaluation_checks(ledger, count, case, code_id, kw: dict) -> None:
    with pytest.raises(ConflictError) as exc, ledger.transaction() as s:
        s.add(evaluation(case.case_id, code_id("programme", "self_reliance"), **kw))
    assert "制約" in str(exc.value)
    assert count(Evaluation) == 0


def test_valid_evaluation_passes_the_checks(ledger, count, case, code_id) -> None:
    with ledger.transaction() as s:
        s.add(evaluation(case.case_id, code_id("programme", "self_reliance"), level=5))
        s.add(evaluation(case.case_id, code_id("programme", "self_reliance"), extended=True))
    assert count(Evaluation) == 2


@pytest.mark.parametrize("amount", [0, -1000])
def test_payment_must_be_positive(ledger, count, debt, amount: int) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(Payment(debt_id=debt, paid_on=date(2022, 6, 25), amount_yen=amount))
    assert count(Payment) == 0


def test_a_bad_row_takes_the_good_ones_with_it(ledger, count, debt) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(Payment(debt_id=debt, paid_on=date(2022, 6, 25), amount_yen=10_000))
        s.flush()  # the good row is already in the database inside the transaction
        s.add(Payment(debt_id=debt, paid_on=date(2022, 7, 25), amount_yen=0))
    assert count(Payment) == 0


@pytest.mark.parametrize(
    "kw",
    [
        {"monthly_yen": 120_001},  # more per month than the whole debt
        {"monthly_yen": 0},
        {"total_yen": 0, "monthly_yen": 0},
        {"payment_count": 0},
        {"due_day": 32},
        {"due_day": 0},
    ],
)
def test_instalment_agreement_checks(ledger, count, debt, kw: dict) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(agreement(debt, **kw))
    assert count(InstalmentAgreement) == 0


def test_valid_instalment_agreement(ledger, count, debt) -> None:
    with ledger.transaction() as s:
        s.add(agreement(debt, monthly_yen=120_000, payment_count=1))
    assert count(InstalmentAgreement) == 1


def test_other_checks(ledger, count, case, code_id, agency) -> None:
    programme = code_id("programme", "self_reliance")
    bad_rows = [
        Contact(
            case_id=case.case_id,
            programme_id=programme,
            contact_on=date(2022, 5, 1),
            method_id=code_id("contact_method", "phone"),
            minutes=-5,
        ),
        Referral(
            person_id=case.person_id,
            programme_id=programme,
            direction="up",
            referred_on=date(2022, 5, 1),
            agency_id=agency,
        ),
        Person(person_no="P999999", family_name=""),
    ]
    for row in bad_rows:
        with pytest.raises(ConflictError), ledger.transaction() as s:
            s.add(row)
    assert count(Contact) == count(Referral) == 0
    assert count(Person) == 1


def test_intake_consent_needs_a_date(ledger, count, case, code_id) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(
            Intake(
                case_id=case.case_id,
                received_on=date(2022, 4, 1),
                method_id=code_id("intake_method", "office"),
                route_id=code_id("consult_route", "self"),
                consent_given=True,
            )
        )
    assert count(Intake) == 1  # only the case's own


def test_case_cannot_close_before_it_opened(ledger, services, case) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.get(Case, case.case_id).closed_on = date(2022, 3, 1)
    assert services.cases.get_case(case.case_id).closed_on is None


# ---- unique values ---------------------------------------------------------------------


def test_duplicate_case_number(ledger, count, case, code_id) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(
            Case(
                case_no=case.case_no,
                person_id=case.person_id,
                opened_on=date(2022, 4, 2),
                status_id=code_id("case_status", "intake"),
            )
        )
    assert count(Case) == 1


def test_duplicate_code_key(ledger, count) -> None:
    before = count(Code)
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(Code(kind="gender", code="female", label="女"))
    assert count(Code) == before


# ---- RESTRICT foreign keys -------------------------------------------------------------


def test_deleting_a_used_code_is_refused(ledger, services, code_id) -> None:
    services.cases.open_case(intake_draft(method="phone"))
    phone = code_id("intake_method", "phone")
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.delete(s.get(Code, phone))
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.execute(delete(Code).where(Code.id == phone))
    assert services.codes.label("intake_method", "phone") == "電話"


def test_deleting_a_code_used_in_a_multi_select_is_refused(ledger, services, code_id) -> None:
    services.cases.open_case(intake_draft(topics=("income", "debt"), primary_topic="income"))
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.execute(delete(Code).where(Code.id == code_id("consult_topic", "debt")))
    with ledger.reading() as s:
        assert s.scalar(select(Code.label).where(Code.id == code_id("consult_topic", "debt")))


def test_deleting_an_unused_code_is_allowed_by_the_database(ledger, code_id) -> None:
    target = code_id("disaster_housing", "rebuilt")
    with ledger.transaction() as s:
        s.execute(delete(Code).where(Code.id == target))
    with ledger.reading() as s:
        assert s.get(Code, target) is None


def test_deleting_a_person_with_a_case_is_refused(ledger, count, case) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.execute(delete(Person).where(Person.id == case.person_id))
    assert count(Person) == 1


def test_reference_to_a_missing_code_is_refused(ledger, count) -> None:
    with pytest.raises(ConflictError), ledger.transaction() as s:
        s.add(Person(person_no="P000777", family_name="架空", gender_id=987_654))
    assert count(Person) == 0


# ---- the transaction itself ------------------------------------------------------------


def test_any_exception_rolls_the_whole_transaction_back(ledger, count) -> None:
    with pytest.raises(RuntimeError), ledger.transaction() as s:
        s.add(Person(person_no="P000777", family_name="架空"))
        s.flush()
        raise RuntimeError("boom")
    assert count(Person) == 0


def test_read_only_ledger_refuses_to_write(ledger_path, ledger) -> None:
    reader = Ledger.open(ledger_path, read_only=True)
    try:
        with pytest.raises(StorageError), reader.transaction():
            pass
        with reader.reading() as s:
            assert s.scalar(select(Code.id).limit(1)) is not None
    finally:
        reader.close()
