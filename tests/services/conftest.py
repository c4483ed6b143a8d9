"""Helpers shared by the service tests: small draft builders and direct counting/look-ups
on the ledger (through ``ledger.reading()``), so tests can check what was really stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.drafts import AgencyDraft, IntakeDraft, PersonDraft, StaffDraft
from app.models import Code

# Fictional people only: invented names, invented numbers.
MIDORI = PersonDraft(
    family_name="山野",
    given_name="みどり",
    family_kana="やまの",
    given_kana="みどり",
    gender="female",
    birth_date=date(1985, 7, 14),
    postal_code="7000001",
    address="岡山県架空市桜町1-2-3",
    phone_home="086-111-2222",
    phone_mobile="090-1111-2222",
    email="midori@example.jp",
)


def person_draft(**changes: object) -> PersonDraft:
    """山野 みどり with the given fields changed."""
    return replace(MIDORI, **changes)


def intake_draft(**changes: object) -> IntakeDraft:
    """An intake on 2022-04-01 (来所, 本人) into 自立相談 for a new 山野 みどり."""
    base = IntakeDraft(
        received_on=date(2022, 4, 1),
        method="office",
        route="self",
        programmes=("self_reliance",),
        topics=("income",),
        person=MIDORI,
    )
    return replace(base, **changes)


@pytest.fixture
def count(ledger) -> Callable[[object], int]:
    """count(Model) → number of rows in the model's table, read straight from the ledger."""

    def _count(model: object) -> int:
        with ledger.reading() as s:
            return s.scalar(select(func.count()).select_from(model))

    return _count


@pytest.fixture
def code_id(ledger) -> Callable[[str, str], int]:
    """code_id(kind, code) → the id of a seeded or added code."""

    def _code_id(kind: str, code: str) -> int:
        with ledger.reading() as s:
            found = s.scalar(select(Code.id).where(Code.kind == kind, Code.code == code))
        assert found is not None, f"no code {kind}/{code}"
        return found

    return _code_id


@pytest.fixture
def counsellor(services) -> int:
    return services.staff.add_staff(
        StaffDraft("川辺", "counsellor", "ひかる", family_kana="かわべ", given_kana="ひかる")
    )


@pytest.fixture
def agency(services) -> int:
    return services.agencies.add_agency(
        AgencyDraft(
            "架空市役所",
            "government",
            name_kana="かくうしやくしょ",
            department="生活福祉課",
            phone="086-000-1111",
        )
    )


@pytest.fixture
def ledger(any_ledger):
    """Every service test runs on SQLite and, when a server is available, on PostgreSQL."""
    return any_ledger
