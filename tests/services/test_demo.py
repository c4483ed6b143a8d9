"""The demo-ledger generator: determinism, the empty-ledger rule, consistency of what it
writes (checked in SQL, as the report's data-quality list would), plausibility of persons,
and volumes that follow docs/statistics.md."""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.check import check_ledger
from app.db.ledger import Ledger
from app.domain.drafts import PersonDraft, StaffDraft
from app.domain.errors import ConflictError, ValidationError
from app.domain.kana import is_valid_reading
from app.models import Base, Person, StaffMember
from app.services.demo import DemoSummary, build_demo
from app.services.demo.holidays import is_working_day
from app.services.people import PersonService, apply_person_draft
from tests.conftest import copy_ledger

REFERENCE = Path("/work/shared/reference/2022-annual-report.txt")
SMALL = {"fiscal_year": 2022, "years": 2, "scale": 0.02, "seed": 7}


def _build(template: Path, dest: Path, **kwargs: object) -> tuple[Path, DemoSummary]:
    path = copy_ledger(template, dest)
    with Ledger.open(path) as ledger:
        summary = build_demo(ledger, **kwargs)  # type: ignore[arg-type]
    return path, summary


@pytest.fixture(scope="module")
def small(template_ledger: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """Two fiscal years (2021, 2022) at scale 0.02, built once for the module."""
    return _build(template_ledger, tmp_path_factory.mktemp("demo") / "small.sqlite3", **SMALL)


@pytest.fixture
def db(small: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{small[0]}?mode=ro", uri=True)
    yield conn
    conn.close()


def scalar(db: sqlite3.Connection, sql: str, *args: object) -> int:
    return db.execute(sql, args).fetchone()[0]


def code(db: sqlite3.Connection, kind: str, key: str) -> int:
    return scalar(db, "SELECT id FROM codes WHERE kind = ? AND code = ?", kind, key)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in primary-key order (ledger_meta holds the ledger's own id)."""
    with sqlite3.connect(path) as conn:
        return {
            t.name: conn.execute(
                f"SELECT * FROM {t.name} ORDER BY {', '.join(c.name for c in t.primary_key)}"
            ).fetchall()
            for t in Base.metadata.sorted_tables
            if t.name != "ledger_meta"
        }


# ---- determinism and the empty-ledger rule ----------------------------------------------
def test_same_seed_gives_identical_tables_and_another_seed_differs(template_ledger: Path, tmp_path: Path) -> None:
    args = {"fiscal_year": 2022, "years": 1, "scale": 0.02}
    a, summary_a = _build(template_ledger, tmp_path / "a.sqlite3", seed=3, **args)
    b, summary_b = _build(template_ledger, tmp_path / "b.sqlite3", seed=3, **args)
    c, _ = _build(template_ledger, tmp_path / "c.sqlite3", seed=4, **args)
    rows_a, rows_b, rows_c = dump(a), dump(b), dump(c)
    assert rows_a == rows_b
    assert summary_a == summary_b
    assert rows_a["persons"] != rows_c["persons"]
    assert rows_a["contacts"] != rows_c["contacts"]


def test_refuses_a_ledger_that_is_not_empty(small: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    path = copy_ledger(small[0], tmp_path / "filled.sqlite3")
    with Ledger.open(path) as ledger, pytest.raises(ConflictError, match="空の台帳"):
        build_demo(ledger, scale=0.02)


def test_refusal_writes_nothing(ledger, services) -> None:
    services.staff.add_staff(StaffDraft("架空", "counsellor", "たろう", family_kana="かくう", given_kana="たろう"))
    with pytest.raises(ConflictError):
        build_demo(ledger, scale=0.02)
    with ledger.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.scalar(select(func.count()).select_from(StaffMember)) == 1


@pytest.mark.parametrize("kwargs", [{"years": 0}, {"scale": 0}, {"scale": -1}, {"fiscal_year": 1985}])
def test_rejects_bad_arguments(ledger, kwargs: dict) -> None:
    with pytest.raises(ValidationError):
        build_demo(ledger, **kwargs)


def test_summary_and_progress(template_ledger: Path, tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    path = copy_ledger(template_ledger, tmp_path / "p.sqlite3")
    with Ledger.open(path) as ledger:
        summary = build_demo(ledger, scale=0.01, seed=2, progress=lambda *a: calls.append(a))
    assert summary.fiscal_years == (2022,)
    assert [c[1] for c in calls] == list(range(1, len(calls) + 1))
    assert {c[2] for c in calls} == {len(calls)}
    assert len(calls) >= 12  # at least one call per month generated
    assert all(re.search(r"[ぁ-んァ-ン一-龥]", label) for label, _d, _t in calls)
    with sqlite3.connect(path) as conn:
        for table in ("persons", "cases", "intakes", "plans", "payments", "meetings"):
            assert summary.count(table) == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0


# ---- integrity and consistency ------------------------------------------------------------
def test_passes_yorisoi_check(small: tuple[Path, DemoSummary]) -> None:
    with Ledger.open(small[0], read_only=True) as ledger:
        report = check_ledger(ledger.engine)
    assert report.ok, report.lines()


CONSISTENCY = {
    "plan before its case's intake": "SELECT count(*) FROM plans p JOIN cases c ON c.id = p.case_id WHERE p.made_on < c.opened_on",
    "contact before intake": "SELECT count(*) FROM contacts x JOIN cases c ON c.id = x.case_id WHERE x.contact_on < c.opened_on",
    "evaluation before intake": "SELECT count(*) FROM evaluations e JOIN cases c ON c.id = e.case_id WHERE e.evaluated_on < c.opened_on",
    "review before intake": """SELECT count(*) FROM case_reviews r JOIN meetings m ON m.id = r.meeting_id
        JOIN cases c ON c.id = r.case_id WHERE m.held_on < c.opened_on""",
    "review at a cancelled meeting": "SELECT count(*) FROM case_reviews r JOIN meetings m ON m.id = r.meeting_id WHERE m.status = 'cancelled'",
    "referral before intake": "SELECT count(*) FROM referrals r JOIN cases c ON c.id = r.case_id WHERE r.referred_on < c.opened_on",
    "outcome before the person's first intake": """SELECT count(*) FROM employment_outcomes o WHERE o.occurred_on <
        (SELECT min(i.received_on) FROM intakes i JOIN cases c ON c.id = i.case_id WHERE c.person_id = o.person_id)""",
    "outcome of a person without intake": """SELECT count(*) FROM employment_outcomes o
        WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = o.person_id)""",
    "service before intake": "SELECT count(*) FROM food_deliveries f JOIN cases c ON c.id = f.case_id WHERE f.delivered_on < c.opened_on",
    "closure evaluation without an earlier use decision": """SELECT count(*) FROM evaluations e WHERE e.kind = 'closure'
        AND NOT EXISTS (SELECT 1 FROM case_reviews r JOIN meetings m ON m.id = r.meeting_id
                        JOIN codes k ON k.id = r.kind_id
                        WHERE r.case_id = e.case_id AND k.code = 'use_decision' AND m.held_on <= e.evaluated_on)""",
    "payments above the debt": """SELECT count(*) FROM debts d
        WHERE (SELECT coalesce(sum(amount_yen), 0) FROM payments p WHERE p.debt_id = d.id) > d.original_yen""",
    "a payment above the balance at the time": """SELECT count(*) FROM (
        SELECT d.original_yen AS original,
               sum(p.amount_yen) OVER (PARTITION BY p.debt_id ORDER BY p.paid_on, p.id) AS paid
        FROM payments p JOIN debts d ON d.id = p.debt_id) WHERE paid > original""",
    "balance not original less payments": """SELECT count(*) FROM debts d WHERE d.balance_yen <>
        d.original_yen - (SELECT coalesce(sum(amount_yen), 0) FROM payments p WHERE p.debt_id = d.id)""",
    "agreement larger than its debt": "SELECT count(*) FROM instalment_agreements a JOIN debts d ON d.id = a.debt_id WHERE a.total_yen > d.original_yen",
    "revision numbers not 0..n-1": """SELECT count(*) FROM (SELECT count(*) AS n, min(revision_no) AS lo, max(revision_no) AS hi
        FROM plans GROUP BY case_id, programme_id) WHERE lo <> 0 OR hi <> n - 1""",
    "closed before opened": "SELECT count(*) FROM cases WHERE closed_on < opened_on",
    "status history going back in time": """SELECT count(*) FROM case_status_changes a JOIN case_status_changes b
        ON b.case_id = a.case_id AND b.programme_id = a.programme_id AND b.id = a.id + 1 WHERE b.changed_on < a.changed_on""",
    "record after the last fiscal year": """SELECT (SELECT count(*) FROM contacts WHERE contact_on > '2023-03-31')
        + (SELECT count(*) FROM payments WHERE paid_on > '2023-03-31')
        + (SELECT count(*) FROM plans WHERE made_on > '2023-03-31')""",
}


@pytest.mark.parametrize("sql", CONSISTENCY.values(), ids=CONSISTENCY.keys())
def test_consistency(db: sqlite3.Connection, sql: str) -> None:
    assert scalar(db, sql) == 0


def test_schedules_follow_their_agreements(db: sqlite3.Connection) -> None:
    agreements = db.execute("SELECT id, total_yen, monthly_yen, payment_count, due_day FROM instalment_agreements")
    for aid, total, monthly, count, due_day in agreements.fetchall():
        rows = db.execute(
            "SELECT seq, due_on, amount_yen FROM scheduled_payments WHERE agreement_id = ?", (aid,)
        ).fetchall()
        assert sorted(r[0] for r in rows) == list(range(1, count + 1))
        assert sorted(r[2] for r in rows)[1:] == [monthly] * (count - 1) and sum(r[2] for r in rows) == total
        assert all(date.fromisoformat(r[1]).day in (due_day, 28, 29, 30) for r in rows)


# ---- persons, names, calendar ---------------------------------------------------------------
def column(db: sqlite3.Connection, sql: str, *args: object) -> list:
    return [row[0] for row in db.execute(sql, args)]


def test_intakes_on_working_days_and_seasonal(db: sqlite3.Connection) -> None:
    days = [date.fromisoformat(d) for d in column(db, "SELECT received_on FROM intakes")]
    fixed_holidays = {(1, 1), (2, 11), (2, 23), (4, 29), (5, 3), (5, 4), (5, 5), (11, 3), (11, 23)}
    assert days and all(d.weekday() < 5 and (d.month, d.day) not in fixed_holidays for d in days)
    assert all(is_working_day(d) for d in days)
    per_month = Counter(d.month for d in days if d >= date(2022, 4, 1))
    assert len(per_month) == 12 and len(set(per_month.values())) > 3


def test_readings_are_hiragana(db: sqlite3.Connection) -> None:
    readings = [r for row in db.execute("SELECT family_kana, given_kana FROM persons") for r in row]
    readings += [r for row in db.execute("SELECT family_kana, given_kana FROM staff_members") for r in row]
    readings += [r.split(" ", 1)[1] for r in column(db, "SELECT name_kana FROM household_members")]
    assert readings and all(is_valid_reading(r) for r in readings)


def test_persons_are_plausible(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT person_no, birth_date, phone_home, phone_mobile, postal_code, address FROM persons")
    rows = rows.fetchall()
    assert [r[0] for r in rows] == [f"P{i:06d}" for i in range(1, len(rows) + 1)]
    for _no, birth, home, mobile, postal, address in rows:
        assert "1935-01-01" <= birth <= "2005-12-31"
        assert re.fullmatch(r"(086-4\d\d-\d{4})?", home) and re.fullmatch(r"(0[789]0-\d{4}-\d{4})?", mobile)
        assert home or mobile
        assert re.fullmatch(r"71[0-3]\d{4}", postal) and re.match(r"岡山県倉敷市\S+\d+-\d+-\d+", address)


def test_search_keys_as_the_person_service_stores_them(small: tuple[Path, DemoSummary]) -> None:
    with Ledger.open(small[0], read_only=True) as ledger, ledger.reading() as s:
        stored = s.query(Person).order_by(Person.id).limit(60).all()
        for p in stored:
            phones = {"phone_home": p.phone_home, "phone_mobile": p.phone_mobile}
            draft = PersonDraft(p.family_name, p.given_name, p.family_kana, p.given_kana, **phones)
            fresh = Person()
            apply_person_draft(s, fresh, draft)
            assert (p.search_key, p.reading_key, p.phone_key) == (fresh.search_key, fresh.reading_key, fresh.phone_key)
        target = stored[5]
        found = PersonService(ledger).search_people(f"{target.family_kana}{target.given_kana}")
        assert target.id in [r.id for r in found]


def test_no_real_staff_names(db: sqlite3.Connection) -> None:
    """The reference report's staff are real people: their names must appear nowhere."""
    if not REFERENCE.exists():
        pytest.skip("reference report not available")
    pattern = r"[(（](?:事業責任者|事業担当者)[)）][ \u3000]*(\S+)[ \u3000]+(\S+)"
    forbidden = set(re.findall(pattern, REFERENCE.read_text(encoding="utf-8")))
    assert forbidden, "no staff names found in the reference"
    names = db.execute(
        "SELECT family_name, given_name FROM persons UNION SELECT family_name, given_name FROM staff_members"
    )
    names = names.fetchall()
    members = " ".join(column(db, "SELECT name FROM household_members"))
    for family, given in forbidden:
        assert (family, given) not in names and f"{family} {given}" not in members
        assert family not in {f for f, _g in names} and given not in {g for _f, g in names}


# ---- numbering ---------------------------------------------------------------------------
def test_numbers_and_sequences(db: sqlite3.Connection) -> None:
    sequences = dict(db.execute("SELECT name, next_value FROM number_sequences"))
    assert sequences["person"] == scalar(db, "SELECT count(*) FROM persons") + 1
    assert sequences["job_seeker"] == scalar(db, "SELECT count(*) FROM job_seekers") + 1
    for fy in (2021, 2022):
        sql = "SELECT case_no FROM cases WHERE opened_on BETWEEN ? AND ? ORDER BY id"
        numbers = column(db, sql, f"{fy}-04-01", f"{fy + 1}-03-31")
        assert numbers == [f"{fy}-{i:05d}" for i in range(1, len(numbers) + 1)]
        assert sequences[f"case:{fy}"] == len(numbers) + 1


def test_persons_return_in_later_years(db: sqlite3.Connection) -> None:
    second_year = scalar(db, "SELECT count(*) FROM cases WHERE opened_on >= '2022-04-01'")
    returning = scalar(
        db,
        """SELECT count(*) FROM cases c WHERE c.opened_on >= '2022-04-01'
           AND EXISTS (SELECT 1 FROM cases e WHERE e.person_id = c.person_id AND e.opened_on < '2022-04-01')""",
    )
    assert 0.10 <= returning / second_year <= 0.20


# ---- household budget, meetings, org ---------------------------------------------------
BALANCE = """SELECT sum(CASE section WHEN 'income' THEN current_yen WHEN 'expense' THEN -current_yen ELSE 0 END)
    FROM budget_sheet_rows WHERE sheet_id = ?"""


def test_every_decided_budget_case_has_its_sheets(db: sqlite3.Connection) -> None:
    sql = "SELECT DISTINCT r.case_id FROM case_reviews r JOIN codes k ON k.id = r.kind_id WHERE k.code = 'use_decision'"
    decided = column(db, sql)
    assert decided
    for cid in decided:
        consult = column(db, "SELECT id FROM budget_sheets WHERE case_id = ? AND kind = 'consultation'", cid)
        assert len(consult) == 1
        assert column(db, "SELECT base_sheet_id FROM budget_sheets WHERE case_id = ? AND kind = 'plan'", cid) == consult
        assert scalar(db, "SELECT count(*) FROM budget_sheet_rows WHERE sheet_id = ?", consult[0]) >= 20
        assert scalar(db, "SELECT years FROM cashflow_plans WHERE case_id = ?", cid) == 5
        assert 1 <= scalar(db, "SELECT count(*) FROM debts WHERE case_id = ?", cid) <= 4
        assert scalar(db, "SELECT count(*) FROM budget_improvement_plans WHERE case_id = ?", cid) == 1
    sheets = column(db, "SELECT id FROM budget_sheets WHERE kind = 'consultation'")
    assert any(scalar(db, BALANCE, sheet) < 0 for sheet in sheets)
    assert scalar(db, "SELECT count(*) FROM budget_sheet_rows WHERE current_yen % 100 <> 0 OR plan_yen % 100 <> 0") == 0


def meetings_of(db: sqlite3.Connection, kind: str, what: str = "held_on", where: str = "1") -> list:
    sql = f"SELECT {what} FROM meetings WHERE kind_id = ? AND {where}"
    return column(db, sql, code(db, "meeting_kind", kind))


def test_monthly_meeting_series(db: sqlite3.Connection) -> None:
    for kind in ("regular_coordination", "budget_coordination", "hikikomori_coordination", "employment_coordination"):
        months = meetings_of(db, kind, "strftime('%Y-%m', occurrence_on)", "series_id IS NOT NULL")
        assert len(months) == 24 == len(set(months)), kind
    assert min(int(d[-2:]) for d in meetings_of(db, "budget_coordination")) >= 22  # near month end
    assert 2 * 12 <= len(meetings_of(db, "recovery_centre", where="held_on >= '2022-04-01'")) <= 8 * 12


def test_trainings_and_events(db: sqlite3.Connection) -> None:
    trainings = meetings_of(
        db, "training", "organiser || '|' || summary || '|' || coalesce(ends_on, '')", "held_on >= '2022-04-01'"
    )
    assert 8 <= len(trainings) <= 12
    assert all(t.split("|")[0] and t.split("|")[1] for t in trainings) and any(t.split("|")[2] for t in trainings)
    assert scalar(db, "SELECT count(*) FROM events WHERE kind_id = ?", code(db, "event_kind", "seminar")) >= 2
    assert scalar(db, "SELECT count(*) FROM event_participants") > 0


def test_year_data_of_the_organisation(db: sqlite3.Connection) -> None:
    assert scalar(db, "SELECT count(*) FROM organisation_profiles") == 2
    assert scalar(db, "SELECT count(*) FROM programme_profiles") == 8
    assert scalar(db, "SELECT count(*) FROM year_targets WHERE fiscal_year = 2022") == 7
    bodies = column(db, "SELECT body FROM report_narratives WHERE fiscal_year = 2022")
    assert any("{self_reliance.new_consultations}" in b for b in bodies)
    assert 8 <= scalar(db, "SELECT count(*) FROM staff_members") <= 14
    assert 60 <= scalar(db, "SELECT count(*) FROM agencies") <= 100


# ---- volumes (docs/statistics.md) ----------------------------------------------------------
# figure key → (SQL over 2022年度 as docs/statistics.md counts it, target at scale 1);
# {kind.code} stands for a code's id, :s and :e for the year's first and last day
# key | target at scale 1 | what | from | condition on the record's own date (docs/statistics.md);
# {kind.code} stands for that code's id
FIGURE_TABLE = """
self_reliance.new_consultations | 12800 | count(*) | intakes i JOIN intake_programmes x ON x.owner_id = i.id | x.code_id = {programme.self_reliance} AND received_on
household_budget.new_consultations | 2000 | count(*) | intakes i JOIN intake_programmes x ON x.owner_id = i.id | x.code_id = {programme.household_budget} AND received_on
outreach.new_consultations | 3700 | count(*) | intakes i JOIN intake_programmes x ON x.owner_id = i.id | x.code_id = {programme.outreach} AND received_on
self_reliance.consultations_total | 32000 | count(*) | contacts | programme_id = {programme.self_reliance} AND method_id IN (SELECT id FROM codes WHERE kind = 'contact_method' AND json_extract(attrs, '$.consultation')) AND contact_on
self_reliance.plans | 3900 | count(*) | plans | programme_id = {programme.self_reliance} AND made_on
self_reliance.employment_support_targets | 3200 | count(DISTINCT c.person_id) | plans p JOIN cases c ON c.id = p.case_id | p.employment_support AND p.programme_id = {programme.self_reliance} AND p.made_on
outreach.plans | 420 | count(*) | plans | programme_id = {programme.outreach} AND made_on
self_reliance.employed | 550 | count(DISTINCT person_id) | employment_outcomes | kind_id = {outcome_kind.employed} AND occurred_on
self_reliance.income_increased | 1500 | count(DISTINCT person_id) | employment_outcomes | kind_id = {outcome_kind.income_increase} AND occurred_on
self_reliance.employed_or_income_increased | 1690 | count(DISTINCT person_id) | employment_outcomes | occurred_on
self_reliance.food_support.deliveries | 4200 | count(*) | food_deliveries | delivered_on
self_reliance.referrals_in | 22000 | count(*) | referrals | direction = 'in' AND programme_id = {programme.self_reliance} AND referred_on
outreach.referrals_in | 6900 | count(*) | referrals | direction = 'in' AND programme_id = {programme.outreach} AND referred_on
self_reliance.job_placement.uses | 10000 | count(*) | job_desk_uses | used_on
self_reliance.job_placement.placements | 330 | count(*) | job_placements | placed_on
household_budget.use_decisions | 50 | count(DISTINCT r.case_id) | case_reviews r JOIN meetings m ON m.id = r.meeting_id | r.kind_id = {review_kind.use_decision} AND r.programme_id = {programme.household_budget} AND m.status <> 'cancelled' AND m.held_on
household_budget.repayments_yen | 9328700 | coalesce(sum(x.amount_yen), 0) | payments x JOIN debts d ON d.id = x.debt_id | d.case_id IN (SELECT case_id FROM case_programmes WHERE programme_id = {programme.household_budget}) AND x.paid_on
disaster_recovery.activities.outreach | 286 | count(*) | disaster_activities | kind_id = {disaster_activity.outreach} AND activity_on
"""
FIGURES = {
    key: (f"SELECT {what} FROM {source} WHERE {condition} BETWEEN :s AND :e", int(target))
    for key, target, what, source, condition in (
        [part.strip() for part in line.split("|")] for line in FIGURE_TABLE.strip().splitlines()
    )
}


def figures(db: sqlite3.Connection) -> dict[str, int]:
    """The main annual-report figures of 2022年度."""

    def with_codes(sql: str) -> str:
        return re.sub(r"\{(\w+)\.(\w+)\}", lambda m: str(code(db, m[1], m[2])), sql)

    span = {"s": "2022-04-01", "e": "2023-03-31"}
    return {key: db.execute(with_codes(sql), span).fetchone()[0] for key, (sql, _t) in FIGURES.items()}


def test_volume_follows_the_scale(template_ledger: Path, tmp_path: Path) -> None:
    path, _ = _build(template_ledger, tmp_path / "tenth.sqlite3", fiscal_year=2022, years=1, scale=0.1, seed=1)
    with sqlite3.connect(path) as conn:
        got = figures(conn)
    assert 1280 * 0.85 <= got["self_reliance.new_consultations"] <= 1280 * 1.15
    assert 320 * 0.85 <= got["self_reliance.consultations_total"] / 10 <= 320 * 1.15


@pytest.mark.slow
def test_full_scale_year_within_time_and_targets(template_ledger: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    path, summary = _build(template_ledger, tmp_path / "full.sqlite3", fiscal_year=2022, years=1, scale=1.0, seed=1)
    elapsed = time.perf_counter() - started
    assert elapsed < 90, f"scale 1 took {elapsed:.0f} s"
    with sqlite3.connect(path) as conn:
        got = figures(conn)
    off = {k: (got[k], target) for k, (_sql, target) in FIGURES.items() if not target * 0.9 <= got[k] <= target * 1.1}
    assert not off, off
    assert summary.count("persons") > 10000
