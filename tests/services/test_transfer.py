"""Export and import of a whole ledger (app/services/transfer.py): a lossless round trip,
all-or-nothing rejection of bad files with the line and reason, streaming memory use, and
the generated format document being current. Fictional people only."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time as clock
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.ledger import Ledger
from app.domain.drafts import (
    AgencyDraft,
    CodeDraft,
    ContactDraft,
    DisasterDraft,
    EvaluationDraft,
    HouseholdMemberDraft,
    PlanDraft,
    ReferralDraft,
    StaffDraft,
    SupporterActionDraft,
)
from app.models import (
    BudgetSheet,
    BudgetSheetRow,
    BudgetTemplate,
    CaseReview,
    Code,
    Debt,
    FoodDelivery,
    InstalmentAgreement,
    Meeting,
    MeetingAttendee,
    Payment,
    ScheduledPayment,
)
from app.services.container import Services
from app.services.rows import IntakeResult
from app.services.statistics import StatisticsService
from app.services.transfer import (
    MAX_PROBLEMS,
    ImportRejected,
    export_ledger,
    import_ledger,
)
from app.services.transfer_schema import table_specs
from tests.conftest import TODAY, copy_ledger
from tests.services.conftest import intake_draft, person_draft

ROOT = Path(__file__).resolve().parents[2]


# ---- helpers -------------------------------------------------------------------------------


def table_rows(ledger: Ledger) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in key order, read through Core."""
    with ledger.reading() as s:
        return {
            spec.name: [tuple(r) for r in s.execute(select(spec.table).order_by(*spec.table.primary_key.columns))]
            for spec in table_specs()
        }


def digest(ledger: Ledger) -> str:
    return hashlib.sha256(repr(table_rows(ledger)).encode()).hexdigest()


def _code(s, kind: str, key: str) -> int:
    return s.scalar(select(Code.id).where(Code.kind == kind, Code.code == key))


@dataclass
class Made:
    """Ids of what ``fill`` created, for the records that refer to them."""

    counsellor: int = 0
    advisor: int = 0
    city: int = 0
    pantry: int = 0
    topic: str = ""
    shop: int = 0
    first: IntakeResult | None = None
    second: IntakeResult | None = None


def fill(services: Services) -> None:
    """Realistic records through the services, plus a few tables written directly."""
    made = _directory(services)
    _open_cases(services, made)
    assert made.first is not None and made.second is not None
    _case_records(services, made, made.first, made.second)
    _fill_direct(services.ledger, made, made.first, made.second)
    services.codes.retire_code(made.shop, date(2023, 5, 1))  # a retired code still in use


def _directory(services: Services) -> Made:
    made = Made()
    made.counsellor = services.staff.add_staff(
        StaffDraft("川辺", "counsellor", "ひかる", family_kana="かわべ", given_kana="ひかる")
    )
    made.advisor = services.staff.add_staff(StaffDraft("森下", "budget_advisor", "あおい"))
    made.city = services.agencies.add_agency(
        AgencyDraft("架空市役所", "government", department="生活福祉課", phone="086-000-1111")
    )
    made.pantry = services.agencies.add_agency(AgencyDraft("架空フードバンク", "welfare"))
    made.topic = services.codes.add_code(
        CodeDraft("consult_topic", "架空の相談テーマ", attrs={"colour": "#336699", "tags": ["a", 1]})
    ).code
    made.shop = services.codes.add_code(CodeDraft("food_source", "架空商店の寄付")).id
    return made


def _open_cases(services: Services, made: Made) -> None:
    made.first = services.cases.open_case(
        intake_draft(
            programmes=("self_reliance", "household_budget"),
            topics=("income", made.topic),
            primary_topic="income",
            received_at=time(9, 30),
            received_by_id=made.counsellor,
            route="agency",
            referring_agency_id=made.city,
            consent_given=True,
            consent_on=date(2022, 4, 1),
            wishes="家賃の滞納をなんとかしたい\n（架空の記録）",
        )
    )
    tsubasa = person_draft(
        family_name="川辺",
        given_name="つばさ",
        family_kana="かわべ",
        given_kana="つばさ",
        birth_date=date(1990, 1, 2),
        phone_home="",
        phone_mobile="080-2222-3333",
        email="",
    )
    disaster = DisasterDraft("架空川の氾濫", date(2022, 5, 1), damage_level="half")
    made.second = services.cases.open_case(
        intake_draft(received_on=date(2022, 5, 10), person=tsubasa, disaster=disaster)
    )


def _case_records(services: Services, made: Made, first: IntakeResult, second: IntakeResult) -> None:
    services.people.add_household_member(
        first.person_id,
        HouseholdMemberDraft("child", name="山野 そら", name_kana="やまの そら", birth_date=date(2012, 8, 3)),
    )
    action = SupporterActionDraft("架空市役所", "手続きの同行", agency_id=made.city, due_on=date(2022, 5, 31))
    plan = services.cases.add_plan(
        PlanDraft(first.case_id, "self_reliance", date(2022, 4, 20), person_goal="生活を立て直す",
                  issues=("economic",), menus=("household_budget",), supporter_actions=(action,),
                  period_from=date(2022, 4, 20), period_to=date(2022, 10, 31), staff_id=made.counsellor)
    )  # fmt: skip
    services.cases.add_contact(
        ContactDraft(first.case_id, "self_reliance", date(2022, 4, 12), "office", content="家計の相談（架空）",
                     contact_at=time(14, 0), agency_ids=(made.city,), staff_id=made.counsellor, minutes=45)
    )  # fmt: skip
    services.cases.record_referral(
        ReferralDraft(first.person_id, "self_reliance", "out", date(2022, 5, 1), made.pantry, case_id=first.case_id)
    )
    services.cases.record_evaluation(
        EvaluationDraft(first.case_id, "self_reliance", "monitoring", date(2022, 10, 1),
                        changes=("motivation",), plan_id=plan)
    )  # fmt: skip
    services.cases.record_evaluation(
        EvaluationDraft(second.case_id, "self_reliance", "closure", date(2023, 3, 1),
                        level=2, closure_reason="goal_achieved")
    )  # fmt: skip


def _fill_direct(ledger: Ledger, made: Made, first: IntakeResult, second: IntakeResult) -> None:
    """Debts, a meeting, food deliveries and budget sheets (no service for them yet)."""
    with ledger.transaction() as s:
        _fill_debt(s, first.case_id, made.advisor)
        _fill_meeting(s, first.case_id, made)
        s.add_all(
            [
                FoodDelivery(person_id=first.person_id, case_id=first.case_id, delivered_on=date(2022, 5, 2), household_size=3,
                             contents="米5kg・缶詰", source_id=made.shop, staff_id=made.counsellor),
                FoodDelivery(person_id=second.person_id, delivered_on=date(2022, 6, 2), source_id=_code(s, "food_source", "food_bank")),
            ]
        )  # fmt: skip
        _fill_budget(s, first.case_id, made.advisor)


def _fill_debt(s, case_id: int, advisor: int) -> None:
    """A debt with an instalment agreement, its schedule and two payments."""
    debt = Debt(case_id=case_id, kind_id=_code(s, "debt_kind", "resident_tax"), creditor="架空市 納税課",
                original_yen=300_000, balance_yen=240_000, arrears_yen=60_000, arrears_months=4,
                course_id=_code(s, "debt_course", "instalments"), recorded_on=date(2022, 4, 15))  # fmt: skip
    s.add(debt)
    s.flush()
    agreement = InstalmentAgreement(debt_id=debt.id, agreed_on=date(2022, 5, 20), total_yen=240_000, monthly_yen=20_000,
                                    first_month=date(2022, 6, 1), payment_count=12, due_day=25)  # fmt: skip
    agreement.schedule = [ScheduledPayment(seq=i, due_on=date(2022, 5 + i, 25), amount_yen=20_000) for i in (1, 2, 3)]
    s.add(agreement)
    s.flush()
    s.add_all(
        [
            Payment(debt_id=debt.id, agreement_id=agreement.id, paid_on=date(2022, 6, 24), amount_yen=20_000, staff_id=advisor),
            Payment(debt_id=debt.id, paid_on=date(2022, 7, 25), amount_yen=15_000, note="一部のみ"),
        ]
    )  # fmt: skip


def _fill_meeting(s, case_id: int, made: Made) -> None:
    """A held, confidential coordination meeting with attendees and one case review."""
    programme = _code(s, "programme", "self_reliance")
    meeting = Meeting(kind_id=_code(s, "meeting_kind", "regular_coordination"), title="支援調整会議（架空）",
                      programme_id=programme, held_on=date(2022, 4, 28), start_time=time(10, 0),
                      end_time=time(11, 30), status="held", confidential=True, minutes="架空の議事録")  # fmt: skip
    meeting.attendees = [
        MeetingAttendee(staff_id=made.counsellor),
        MeetingAttendee(agency_id=made.city),
        MeetingAttendee(name="架空 太郎", attended=False),
    ]
    review_kind = _code(s, "review_kind", "plan_approval")
    meeting.reviews = [
        CaseReview(case_id=case_id, programme_id=programme, kind_id=review_kind, decision="承認",
                   next_monitoring_on=date(2022, 7, 28))
    ]  # fmt: skip
    s.add(meeting)


def _fill_budget(s, case_id: int, advisor: int) -> None:
    """A plan sheet whose base sheet comes after it: a self-reference pointing forwards."""
    template = s.scalar(select(BudgetTemplate.id).where(BudgetTemplate.sheet_kind == "household"))
    plan = BudgetSheet(case_id=case_id, kind="plan", made_on=date(2022, 5, 1), staff_id=advisor)
    s.add(plan)
    s.flush()
    base = BudgetSheet(
        case_id=case_id, kind="consultation", made_on=date(2022, 4, 15), template_id=template, savings_yen=12_000
    )
    base.rows = [
        BudgetSheetRow(position=1, section="income", label="給与", current_yen=150_000, estimate_yen=140_000),
        BudgetSheetRow(position=2, section="expense", label="家賃", current_yen=52_000),
        BudgetSheetRow(position=3, section="expense", label="滞納分の返済", feed="arrears"),
    ]  # fmt: skip
    s.add(base)
    s.flush()
    plan.base_sheet_id = base.id


@dataclass(frozen=True)
class Source:
    """A filled ledger (closed) and its export."""

    path: Path
    export: Path
    lines: tuple[str, ...]

    def index(self, table: str, nth: int = 0) -> int:
        """0-based index of the nth line of ``table``."""
        found = [i for i, line in enumerate(self.lines) if line.startswith(f'{{"t":"{table}",')]
        return found[nth]

    def code_id(self, kind: str, key: str) -> int:
        for line in self.lines[self.index("codes") :]:
            r = json.loads(line)["r"]
            if r["kind"] == kind and r["code"] == key:
                return r["id"]
        raise AssertionError(f"no code {kind}/{key}")

    def edit(self, table: str, nth: int = 0, drop: tuple[str, ...] = (), **values: object) -> tuple[str, int]:
        """The file text with one record changed, and that record's 1-based line."""
        i = self.index(table, nth)
        obj = json.loads(self.lines[i])
        obj["r"].update(values)
        for name in drop:
            del obj["r"][name]
        lines = list(self.lines)
        lines[i] = json.dumps(obj, ensure_ascii=False) + "\n"
        return "".join(lines), i + 1


@pytest.fixture(scope="module")
def source(template_ledger: Path, tmp_path_factory: pytest.TempPathFactory) -> Source:
    folder = tmp_path_factory.mktemp("source")
    path = copy_ledger(template_ledger, folder / "source.sqlite3")
    services = Services.for_ledger(Ledger.open(path), today=lambda: TODAY)
    try:
        fill(services)
        export = folder / "export.jsonl"
        export_ledger(services.ledger, export)
    finally:
        services.close()
    return Source(path, export, tuple(export.read_text(encoding="utf-8").splitlines(keepends=True)))


def empty_ledger(template_ledger: Path, path: Path) -> Ledger:
    return Ledger.open(copy_ledger(template_ledger, path))


# ---- round trip ----------------------------------------------------------------------------


FILLED = (
    "persons", "household_members", "staff_members", "agencies", "cases", "case_programmes",
    "case_status_changes", "intakes", "intake_topics", "intake_programmes", "disaster_details",
    "contacts", "contact_agencies", "plans", "plan_issues", "plan_menus", "plan_supporter_actions",
    "referrals", "evaluations", "evaluation_changes", "debts", "instalment_agreements",
    "scheduled_payments", "payments", "meetings", "meeting_attendees", "case_reviews",
    "food_deliveries", "budget_sheets", "budget_sheet_rows", "number_sequences",
)  # fmt: skip


def test_round_trip_reproduces_every_row_and_the_same_file(source: Source, template_ledger: Path, tmp_path: Path) -> None:  # fmt: skip
    with Ledger.open(source.path) as original:
        expected = table_rows(original)
        statistics = StatisticsService(original).year(2022)
    assert all(expected[name] for name in FILLED)
    assert any(f.value for f in statistics.figures.values())
    target = empty_ledger(template_ledger, tmp_path / "target.sqlite3")
    try:
        summary = import_ledger(target, source.export)
        assert table_rows(target) == expected
        assert StatisticsService(target).year(2022) == statistics
        assert dict(summary.counts) == {name: len(rows) for name, rows in expected.items()}
        again = export_ledger(target, tmp_path / "again.jsonl")
    finally:
        target.close()
    lines = again.path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[1:] == list(source.lines[1:])
    first, second = json.loads(source.lines[0]), json.loads(lines[0])
    assert first.pop("exported_at") != "" and second.pop("exported_at") != ""
    assert first == second
    assert again.records == summary.records == sum(len(r) for r in expected.values())


def test_export_file_has_header_records_in_table_order_and_footer(source: Source) -> None:
    header = json.loads(source.lines[0])
    assert header["format"] == "yorisoi-ledger" and header["format_version"] == 1
    assert header["exported_at"].endswith("Z")
    assert set(header["counts"]) == {s.name for s in table_specs()}
    order = {s.name: s.index for s in table_specs()}
    tables = [json.loads(line)["t"] for line in source.lines[1:-1]]
    assert tables == sorted(tables, key=order.__getitem__)
    assert json.loads(source.lines[-1]) == {"end": True, "records": len(tables)}
    payment = json.loads(source.lines[source.index("payments")])["r"]
    assert payment["amount_yen"] == 20_000 and payment["paid_on"] == "2022-06-24"
    assert payment["created_at"].endswith("Z") and len(payment["created_at"]) == 27


def test_export_replaces_the_file_only_when_complete(source: Source, tmp_path: Path) -> None:
    dest = tmp_path / "ledger.jsonl"
    dest.write_text("older export\n", encoding="utf-8")

    def fail(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with Ledger.open(source.path) as original, pytest.raises(RuntimeError):
        export_ledger(original, dest, progress=fail)
    assert dest.read_text(encoding="utf-8") == "older export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.jsonl"]


def test_progress_reports_the_header_total(source: Source, ledger: Ledger) -> None:
    calls: list[tuple[int, int]] = []
    import_ledger(ledger, source.export, progress=lambda done, total: calls.append((done, total)))
    total = len(source.lines) - 2
    assert calls and calls[-1] == (total, total)


# ---- bad files -----------------------------------------------------------------------------

Expect = tuple[str | bytes, int, str | None, str | None, str]  # content, line, table, column, text
BAD: dict[str, Callable[[Source], Expect]] = {}


def bad(fn: Callable[[Source], Expect]) -> Callable[[Source], Expect]:
    BAD[fn.__name__] = fn
    return fn


@bad
def cut_in_the_middle_of_a_line(x: Source) -> Expect:
    i = x.index("contacts")
    return "".join(x.lines[:i]) + x.lines[i][:40], i + 1, None, None, "途中で切れています"


@bad
def cut_after_a_full_line(x: Source) -> Expect:
    i = x.index("contacts")
    return "".join(x.lines[: i + 1]), i + 2, None, None, "終わりの行（end）がありません"


@bad
def no_footer(x: Source) -> Expect:
    return "".join(x.lines[:-1]), len(x.lines), None, None, "終わりの行（end）がありません"


@bad
def footer_count_differs(x: Source) -> Expect:
    return "".join(x.lines[:-1]) + '{"end":true,"records":3}\n', len(x.lines), None, None, "終わりの行の件数（3 件）"


@bad
def header_count_differs(x: Source) -> Expect:
    header = json.loads(x.lines[0])
    header["counts"]["persons"] += 1
    text = json.dumps(header) + "\n" + "".join(x.lines[1:])
    return text, len(x.lines), "persons", None, "見出し行の counts（3 件）と違います（実際は 2 件）"


@bad
def date_given_as_a_number(x: Source) -> Expect:
    text, line = x.edit("intakes", received_on=5)
    return text, line, "intakes", "received_on", "日付（YYYY-MM-DD の文字列）が必要ですが、整数 5 です"


@bad
def name_given_as_a_number(x: Source) -> Expect:
    text, line = x.edit("persons", family_name=12)
    return text, line, "persons", "family_name", "文字列が必要ですが、整数 12 です"


@bad
def bool_for_an_integer(x: Source) -> Expect:
    text, line = x.edit("food_deliveries", household_size=True)
    return text, line, "food_deliveries", "household_size", "整数が必要ですが、真偽値 true です"


@bad
def unknown_table(x: Source) -> Expect:
    text = x.lines[0] + '{"t":"secrets","r":{"id":1}}\n' + "".join(x.lines[1:])
    return text, 2, None, None, "不明な表です"


@bad
def unknown_column(x: Source) -> Expect:
    text, line = x.edit("persons", nickname="みー")
    return text, line, "persons", "nickname", "不明な列です"


@bad
def missing_required_column(x: Source) -> Expect:
    text, line = x.edit("persons", drop=("family_name",))
    return text, line, "persons", "family_name", "必須の列がありません"


@bad
def unknown_code_id(x: Source) -> Expect:
    text, line = x.edit("intakes", method_id=99999)
    return text, line, "intakes", "method_id", "存在しない分類コードです"


@bad
def code_of_the_wrong_kind(x: Source) -> Expect:
    text, line = x.edit("intakes", method_id=x.code_id("gender", "female"))
    return text, line, "intakes", "method_id", "種類「gender」のコードです（「intake_method」のコードが必要です）"


@bad
def dangling_reference(x: Source) -> Expect:
    text, line = x.edit("contacts", case_id=99999)
    return text, line, "contacts", "case_id", "参照先がありません: cases に id = 99999 の行がありません"


@bad
def dangling_forward_self_reference(x: Source) -> Expect:
    text, line = x.edit("codes", 3, parent_id=99999)
    return text, line, "codes", "parent_id", "参照先がありません"


@bad
def duplicate_id(x: Source) -> Expect:
    i = x.index("persons")
    text = "".join(x.lines[: i + 1]) + "".join(x.lines[i:])
    return text, i + 2, "persons", "id", "主キーが重複しています"


@bad
def duplicate_composite_key(x: Source) -> Expect:
    i = x.index("intake_topics")
    text = "".join(x.lines[: i + 1]) + "".join(x.lines[i:])
    return text, i + 2, "intake_topics", None, "主キーが重複しています"


@bad
def impossible_date(x: Source) -> Expect:
    text, line = x.edit("intakes", received_on="2023-02-30")
    return text, line, "intakes", "received_on", "存在しない日付です: 2023-02-30"


@bad
def impossible_time(x: Source) -> Expect:
    text, line = x.edit("contacts", contact_at="25:00:00")
    return text, line, "contacts", "contact_at", "存在しない時刻です: 25:00:00"


@bad
def timestamp_without_zone(x: Source) -> Expect:
    text, line = x.edit("persons", created_at="2022-04-01T00:00:00.000000")
    return text, line, "persons", "created_at", "YYYY-MM-DDTHH:MM:SS.ffffffZ"


@bad
def negative_yen(x: Source) -> Expect:
    text, line = x.edit("payments", amount_yen=-100)
    return text, line, "payments", "amount_yen", "0 より大きい値でなければなりません（amount_yen = -100"


@bad
def ten_megabyte_string(x: Source) -> Expect:
    text, line = x.edit("persons", note="x" * (10 * 1024 * 1024))
    return text, line, "persons", "note", "文字列が長すぎます（10485760 文字、上限 100000 文字）"


@bad
def string_over_its_length(x: Source) -> Expect:
    text, line = x.edit("persons", family_name="山" * 101)
    return text, line, "persons", "family_name", "上限 100 文字"


@bad
def line_over_the_limit(x: Source) -> Expect:
    text, line = x.edit("persons", note="x" * (17 * 1024 * 1024))
    return text, line, None, None, "行が長すぎます"


@bad
def integer_out_of_range(x: Source) -> Expect:
    text, line = x.edit("contacts", minutes=2**40)
    return text, line, "contacts", "minutes", "整数が範囲外です"


@bad
def unique_value_taken(x: Source) -> Expect:  # found by the database, named by row-by-row retry
    taken = json.loads(x.lines[x.index("persons")])["r"]["person_no"]
    text, line = x.edit("persons", 1, person_no=taken)
    return text, line, "persons", None, "データベースの制約に違反しています"


@bad
def check_only_the_database_knows(x: Source) -> Expect:
    text, line = x.edit("intakes", consent_given=True, consent_on=None)
    return text, line, "intakes", None, "consent_has_date"


@bad
def newer_format_version(x: Source) -> Expect:
    header = json.loads(x.lines[0]) | {"format_version": 2}
    return json.dumps(header) + "\n" + "".join(x.lines[1:]), 1, None, None, "新しい形式のファイルです（format_version 2"


@bad
def newer_schema_revision(x: Source) -> Expect:
    header = json.loads(x.lines[0]) | {"schema_revision": "9999"}
    return json.dumps(header) + "\n" + "".join(x.lines[1:]), 1, None, None, "新しい形式のファイルです（スキーマ 9999"


@bad
def wrong_schema_revision(x: Source) -> Expect:
    header = json.loads(x.lines[0]) | {"schema_revision": "abc"}
    return json.dumps(header) + "\n" + "".join(x.lines[1:]), 1, None, None, "schema_revision が正しくありません"


@bad
def another_format(x: Source) -> Expect:
    return '{"format":"other"}\n', 1, None, None, "寄り添いの台帳の書き出しファイルではありません"


@bad
def not_json_at_all(x: Source) -> Expect:
    return b"\x89PNG\r\n\x1a\n not a ledger\n", 1, None, None, "UTF-8 として読めません"


@bad
def plain_text(x: Source) -> Expect:
    return "氏名,電話\n山野,090\n", 1, None, None, "JSON として読めません"


@bad
def empty_file(x: Source) -> Expect:
    return "", 1, None, None, "ファイルが空です"


@bad
def line_after_the_footer(x: Source) -> Expect:
    return "".join(x.lines) + x.lines[1], len(x.lines) + 1, None, None, "終わりの行（end）の後"


@bad
def tables_out_of_order(x: Source) -> Expect:
    lines = list(x.lines)
    j = x.index("agencies")  # the first line after the codes
    lines.insert(j - 1, lines.pop(x.index("ledger_meta")))  # now the last line before agencies
    return "".join(lines), j, "ledger_meta", None, "表の順序が違います: ledger_meta の行は codes の行より前に"


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_is_rejected_and_changes_nothing(case: str, source: Source, ledger: Ledger, tmp_path: Path) -> None:  # fmt: skip
    content, line, table, column, text = BAD[case](source)
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = digest(ledger)
    with pytest.raises(ImportRejected) as exc:
        import_ledger(ledger, path)
    first = exc.value.problems[0]
    assert (first.line, first.table, first.column) == (line, table, column), str(exc.value)
    assert text in first.reason
    assert len(str(exc.value)) < 20_000  # never a 10 MB value in a message
    assert digest(ledger) == before


def test_message_names_line_table_and_column(source: Source, ledger: Ledger, tmp_path: Path) -> None:
    text, line = source.edit("payments", amount_yen=-100)
    path = tmp_path / "bad.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as exc:
        import_ledger(ledger, path)
    assert f"行 {line}（payments.amount_yen）: 0 より大きい値" in str(exc.value)
    assert "台帳は変更していません" in str(exc.value)


def test_import_into_a_non_empty_ledger_is_refused(source: Source, ledger: Ledger, services: Services) -> None:  # fmt: skip
    services.people.create_person(person_draft())
    before = digest(ledger)
    with pytest.raises(ImportRejected) as exc:
        import_ledger(ledger, source.export)
    problem = exc.value.problems[0]
    assert (problem.line, problem.table) == (0, "persons")
    assert "取り込み先の台帳が空ではありません" in problem.reason
    assert digest(ledger) == before


def test_several_problems_are_all_reported(source: Source, ledger: Ledger, tmp_path: Path) -> None:
    lines = list(source.lines)
    edits = [("persons", {"family_name": 12}), ("intakes", {"received_on": "2023-02-30"}), ("payments", {"amount_yen": -100})]  # fmt: skip
    for table, values in edits:
        i = source.index(table)
        obj = json.loads(lines[i])
        obj["r"].update(values)
        lines[i] = json.dumps(obj, ensure_ascii=False) + "\n"
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportRejected) as exc:
        import_ledger(ledger, path)
    found = [(p.line, p.table, p.column) for p in exc.value.problems]
    assert found == [
        (source.index("persons") + 1, "persons", "family_name"),
        (source.index("intakes") + 1, "intakes", "received_on"),
        (source.index("payments") + 1, "payments", "amount_yen"),
    ]


def test_at_most_the_first_problems_are_collected(source: Source, ledger: Ledger, tmp_path: Path) -> None:
    lines = [line.replace('"label":"', '"label":5,"x":"') for line in source.lines]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportRejected) as exc:
        import_ledger(ledger, path)
    assert len(exc.value.problems) == MAX_PROBLEMS
    assert "最初の 20 件" in str(exc.value)


# ---- a big file streams --------------------------------------------------------------------


def write_synthetic_export(seed: Path, dest: Path, persons: int, deliveries: int) -> int:
    """A valid export of the seeded rows plus ``persons`` persons and ``deliveries`` food
    deliveries, written line by line as JSON; returns the number of records."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    header["counts"] |= {"persons": persons, "food_deliveries": deliveries}
    source_id = next(
        r["id"] for r in (json.loads(x)["r"] for x in lines if x.startswith('{"t":"codes"')) if r["kind"] == "food_source"
    )  # fmt: skip
    stamp = "2023-04-01T00:00:00.000000Z"
    common = {"created_at": stamp, "updated_at": stamp, "version": 1}
    records = len(lines) - 2 + persons + deliveries
    with dest.open("w", encoding="utf-8", newline="\n") as out:
        out.write(json.dumps(header) + "\n")
        out.writelines(line + "\n" for line in lines[1:-1])
        for n in range(1, persons + 1):
            r = {"id": n, "person_no": f"P{n:06d}", "family_name": "架空", "given_name": f"人{n}", "note": "", "birth_date": None, **common}  # fmt: skip
            out.write(json.dumps({"t": "persons", "r": r}, ensure_ascii=False) + "\n")
        for n in range(1, deliveries + 1):
            day = date(2014, 4, 1).toordinal() + n % 3650
            r = {"id": n, "person_id": 1 + n % persons, "case_id": None, "delivered_on": date.fromordinal(day).isoformat(), "household_size": 1 + n % 5, "contents": "米5kg・缶詰・レトルト食品", "source_id": source_id, "staff_id": None, "note": "", **common}  # fmt: skip
            out.write(json.dumps({"t": "food_deliveries", "r": r}, ensure_ascii=False) + "\n")
        out.write(json.dumps({"end": True, "records": records}) + "\n")
    return records


@pytest.mark.slow
def test_a_big_import_streams_in_bounded_memory(ledger: Ledger, tmp_path: Path) -> None:
    seed = export_ledger(ledger, tmp_path / "seed.jsonl").path
    big = tmp_path / "big.jsonl"
    records = write_synthetic_export(seed, big, persons=2_000, deliveries=60_000)
    tracemalloc.start()
    try:
        started = clock.perf_counter()
        summary = import_ledger(ledger, big)
        seconds = clock.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.records == records
    assert summary.counts["food_deliveries"] == 60_000
    # the rows as Python dicts alone would take well over 100 MB
    assert peak < 40 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"
    print(f"import: {records} records in {seconds:.1f} s (traced), peak {peak / 2**20:.1f} MiB")
    tracemalloc.start()
    try:
        again = export_ledger(ledger, tmp_path / "again.jsonl")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert again.records == records
    assert peak < 40 * 1024 * 1024, f"export peak {peak / 2**20:.1f} MiB"


# ---- the format document -------------------------------------------------------------------


def test_format_document_is_current() -> None:
    result = subprocess.run(
        [sys.executable, "tools/export_format_doc.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_format_document_covers_every_table_and_column() -> None:
    doc = (ROOT / "docs" / "export-format.md").read_text(encoding="utf-8")
    for spec in table_specs():
        assert f"`{spec.name}`" in doc
        for col in spec.columns:
            assert f"| `{col.name}` |" in doc
