"""AnnualReportService: the report's data for a hand-built ledger (every figure once, in its
programme's chapter, equal to StatisticsService's), what staff edit per year (narratives with
placeholders, programme profiles, staffing, targets, copying a year), and the consistency
warnings before printing. Runs on SQLite and, when available, PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.drafts import StaffDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.org_drafts import OrganisationProfileDraft
from app.domain.placeholders import format_figure
from app.domain.report_drafts import DutyDayDraft, ProgrammeProfileDraft, StaffingEntryDraft
from app.models import Debt, Payment, Plan, ReportNarrative
from app.services.annual_report import AnnualReportService
from app.services.report_rows import TARGET_KEYS
from app.services.statistics import StatisticsService
from tests.conftest import TODAY
from tests.services.stats_builders import ALL_KEYS, FIRST, FY, LAST, YEAR_VALUES, Builder, build_year

YEAR_START, YEAR_END = date(2022, 4, 1), date(2023, 3, 31)


@pytest.fixture
def b(ledger, services) -> Builder:
    return Builder(ledger, services)


@pytest.fixture
def report(ledger) -> AnnualReportService:
    return AnnualReportService(ledger, today=lambda: TODAY)


@pytest.fixture
def stats(ledger) -> StatisticsService:
    return StatisticsService(ledger, today=lambda: TODAY)


@pytest.fixture
def staff(services) -> list[int]:
    return [
        services.staff.add_staff(StaffDraft("架空", "head", "一郎", family_kana="かくう", given_kana="いちろう")),
        services.staff.add_staff(
            StaffDraft("仮野", "budget_advisor", "花子", family_kana="かりの", given_kana="はなこ")
        ),
        services.staff.add_staff(StaffDraft("例田", "counsellor", "次郎", family_kana="れいだ", given_kana="じろう")),
    ]


def profile_draft(staff: list[int], **changes: object) -> ProgrammeProfileDraft:
    base = {
        "title": "架空市生活困窮者家計改善支援事業",
        "facility_name": "架空市生活自立相談支援センター",
        "address": "架空県架空市桜町1-2-3",
        "responsible_staff_id": staff[0],
        "staff_in_charge_ids": (staff[1], staff[2]),
        "qualifications": "社会福祉士",
        "duty_note": "週5日のうち火・木を家計改善支援に従事",
        "evaluation_criteria": "・家計の状況を把握できている",
        "duty_days": tuple(DutyDayDraft(w, "household_budget" if w in (1, 3) else "self_reliance") for w in range(5)),
    }
    return ProgrammeProfileDraft(**(base | changes))  # type: ignore[arg-type]


# ---- the report's data -------------------------------------------------------------------------
def test_every_figure_prints_once_in_its_chapter_with_the_statistics_value(b, report, stats) -> None:
    build_year(b)
    data = report.report_data(FY)
    year = stats.year(FY)
    assert set(data.figures) == set(ALL_KEYS)
    placed: dict[str, str] = {}
    for ch in data.chapters:
        for row in ch.rows():
            assert row.key not in placed, f"{row.key} printed twice"
            placed[row.key] = ch.programme
    placed[data.division.consultations.key] = "division"
    assert set(placed) == set(ALL_KEYS)
    for key, programme in placed.items():
        assert key.split(".")[0] == programme
        f = year.figures[key]
        row = data.figures[key]
        assert row.value == f.value == YEAR_VALUES.get(key, f.value)
        assert row.text == format_figure(f.value, f.unit)
        assert row.monthly == f.monthly
    assert data.figures["household_budget.repayments_yen"].text == "3.53万円"
    assert [c.programme for c in data.chapters] == [
        "self_reliance",
        "household_budget",
        "disaster_recovery",
        "outreach",
    ]


def test_targets_come_first_with_achievement(b, report) -> None:
    build_year(b)
    b.target("self_reliance.new_consultations", 2)
    b.target("self_reliance.plans", 9)
    data = report.report_data(FY)
    ch = data.chapter("self_reliance")
    assert [r.key for r in ch.targets] == list(TARGET_KEYS["self_reliance"])
    first, second, third = ch.targets[:3]
    assert (first.target_text, first.text, first.achievement) == ("2件", "3件", "達成")
    assert (second.target_text, second.text, second.achievement) == ("9件", "5件", "未達成")
    assert (third.target, third.target_text, third.achievement) == (None, "", "")


def test_a_programme_with_nothing_that_year_has_no_chapter(b, report) -> None:
    b.case(FIRST, "household_budget", name="森田 さくら")
    data = report.report_data(FY)
    assert [c.programme for c in data.chapters] == ["household_budget"]
    assert data.chapter("disaster_recovery") is None
    assert data.figures["disaster_recovery.activities.phone"].value == 0  # still answers
    assert not data.has_profile and data.corporation == ""


def test_profile_staffing_and_organisation_in_the_report(services, report, staff) -> None:
    services.organisation.save_profile(FY, OrganisationProfileDraft("社会福祉法人 架空会", "地域生活部門", "架空センター",
                                                                    division_goals="・早く支援を届ける"))  # fmt: skip
    report.save_programme_profile(FY, "household_budget", profile_draft(staff))
    report.save_staffing(FY, "household_budget", [
        StaffingEntryDraft(YEAR_START, YEAR_END, "主任相談員兼務", "budget_advisor", 10),
        StaffingEntryDraft(YEAR_START, YEAR_END, "相談支援員兼務", "budget_advisor", 40),
        StaffingEntryDraft(YEAR_START, date(2022, 12, 31), "事務員", "clerk", 300),
    ])  # fmt: skip
    data = report.report_data(FY)
    assert data.corporation == "社会福祉法人 架空会" and data.division.goals == "・早く支援を届ける"
    ch = data.chapter("household_budget")
    assert ch is not None and ch.title == "架空市生活困窮者家計改善支援事業"
    p = ch.profile
    assert p.responsible_staff == "架空 一郎" and p.staff_in_charge == ("仮野 花子", "例田 次郎")
    assert [(d.weekday_label, d.programme_label) for d in p.duty_days] == [
        ("月", "自立相談"), ("火", "家計改善"), ("水", "自立相談"), ("木", "家計改善"), ("金", "自立相談")]  # fmt: skip
    first, whole = ch.staffing  # two periods, oldest first
    assert (first.period_label, first.roles, first.total) == ("令和4年4月～令和4年12月", ("事務員",), 300)
    assert whole.period_label == "令和4年4月～令和5年3月"
    assert [(line.row_label, line.cells, line.total) for line in whole.lines] == [
        ("主任相談員兼務", (10,), 10), ("相談支援員兼務", (40,), 40)]  # fmt: skip
    assert whole.column_totals == (50,) and whole.total == 50


def test_calendar_trainings_and_liaison(b, report) -> None:
    c = b.case(FIRST, "outreach", name="谷川 しずく")
    hw = b.agency("架空ハローワーク", "かくうはろーわーく", kind="employment")
    b.meeting(date(2022, 4, 28), "budget_coordination", "household_budget", title="家計改善支援事業 支援調整会議")
    b.meeting(date(2022, 9, 1), "training", "household_budget", title="家計改善支援事業従事者養成研修",
              ends_on=date(2022, 9, 2), organiser="架空県", summary="家計表の作り方を学んだ。")  # fmt: skip
    b.meeting(date(2022, 10, 3), "budget_coordination", "household_budget", status="cancelled", title="中止")
    b.visit(c, date(2022, 5, 9), "outreach", [hw])
    data = report.report_data(FY)
    hb = data.chapter("household_budget")
    april = hb.activity_months[0]
    assert (april.label, april.lines) == ("4月", ("・家計改善支援事業 支援調整会議（28日）",))
    assert hb.activity_months[5].lines == ("・家計改善支援事業従事者養成研修（1～2日）",)
    assert all("中止" not in line for m in hb.activity_months for line in m.lines)
    assert hb.activity_title == "活動実績表"  # the year has ended
    (training,) = hb.trainings
    assert (training.when, training.title, training.summary) == ("9月1～2日", "家計改善支援事業従事者養成研修",
                                                                 "家計表の作り方を学んだ。")  # fmt: skip
    assert any("家計改善支援事業 支援調整会議" in line for line in data.division.plan[0].lines)
    assert not any("研修" in line for m in data.division.plan for line in m.lines)  # trainings have their list
    may = data.chapter("outreach").liaison[1]
    assert (
        may.label == "5月" and len(may.lines) == 1 and "架空ハローワーク" in may.lines[0] and "（9日）" in may.lines[0]
    )
    assert "架空ハローワーク" in data.chapter("outreach").agencies


# ---- narratives --------------------------------------------------------------------------------
def test_save_narrative_fills_placeholders(b, report) -> None:
    build_year(b)
    row = report.save_narrative(FY, "household_budget.activities.1", "新規相談は{household_budget.new_consultations}件、"
                                "返済は{household_budget.repayments_yen:万円}でした。", title="家計改善支援の状況")  # fmt: skip
    assert row.text == "新規相談は2件、返済は3.53万円でした。"
    assert (row.title, row.scope, row.part, row.version, row.problems) == (
        "家計改善支援の状況", "household_budget", "activities", 1, ())  # fmt: skip
    again = report.save_narrative(FY, "household_budget.activities.1", "更新{self_reliance.plans}", expected_version=1)
    assert again.title == "家計改善支援の状況" and again.text == "更新5" and again.version == 2
    with pytest.raises(ConflictError):
        report.save_narrative(FY, "household_budget.activities.1", "古い版から", expected_version=1)
    with pytest.raises(ConflictError):
        report.save_narrative(FY, "outreach.activities.1", "新しいつもり", expected_version=3)
    data = report.report_data(FY)
    assert [n.text for n in data.chapter("household_budget").activities] == ["更新5"]


def test_unknown_placeholders_are_refused_with_a_japanese_list(report, count) -> None:
    with pytest.raises(ValidationError) as info:
        report.save_narrative(FY, "self_reliance.activities.1", "{self_reliance.no_such}件と{bad:形式}と{開いたまま")
    error = info.value.for_field("text")
    assert error is not None and error.code == "unknown_placeholder"
    assert (
        "{self_reliance.no_such}" in error.message and "{bad:形式}" in error.message and "閉じていない" in error.message
    )
    assert count(ReportNarrative) == 0


@pytest.mark.parametrize("key", ["", "nonsense", "somewhere.activities", "self_reliance.", "self_reliance.Bad Key"])
def test_bad_section_keys_are_refused(report, key: str) -> None:
    with pytest.raises(ValidationError) as info:
        report.save_narrative(FY, key, "本文")
    assert info.value.for_field("section_key") is not None


def test_a_stored_unknown_placeholder_is_reported_not_printed(b, ledger, report) -> None:
    b.case(FIRST, name="森田 さくら")
    with ledger.transaction() as s:  # as an import or an older version could have left it
        s.add(ReportNarrative(fiscal_year=FY, section_key="division.overview", title="部門", position=1,
                              body="相談は{division.consultations}件、{division.retired_key}件"))  # fmt: skip
    data = report.report_data(FY)
    (n,) = data.division.narratives
    assert n.text == "相談は1件、（不明な項目：division.retired_key）件"
    (problem,) = data.problems
    assert problem.section_key == "division.overview" and problem.problem.key == "division.retired_key"
    assert [x.problem.code for x in data.problems] == ["unknown_key"]
    assert report.narratives(FY)[0].problems[0].code == "unknown_key"


def test_policy_and_goals_sections_and_delete(report) -> None:
    report.save_narrative(FY, "outreach.policy", "方針", title="基本方針")
    report.save_narrative(FY, "outreach.activities.1", "内容", title="相談支援")
    report.save_narrative(FY, "outreach.goals.1", "目標", title="新規相談者の増加")
    ch = report.report_data(FY).chapter("outreach")
    assert [n.text for n in ch.policy] == ["方針"]
    assert [n.text for n in ch.activities] == ["内容"]
    assert [n.text for n in ch.goals] == ["目標"]
    report.delete_narrative(FY, "outreach.goals.1", expected_version=1)
    assert [n.section_key for n in report.narratives(FY)] == ["outreach.policy", "outreach.activities.1"]
    with pytest.raises(NotFoundError):
        report.delete_narrative(FY, "outreach.goals.1")


# ---- profiles, staffing, targets ---------------------------------------------------------------
def test_programme_profile_versions_and_validation(report, staff) -> None:
    empty = report.programme_profile(FY, "household_budget")
    assert empty.id is None and empty.version == 0
    saved = report.save_programme_profile(FY, "household_budget", profile_draft(staff), expected_version=0)
    assert saved.version == 1 and saved.facility_name == "架空市生活自立相談支援センター"
    with pytest.raises(ConflictError):
        report.save_programme_profile(FY, "household_budget", profile_draft(staff), expected_version=0)
    changed = report.save_programme_profile(FY, "household_budget", profile_draft(staff, staff_in_charge_ids=()),
                                            expected_version=1)  # fmt: skip
    assert changed.version == 2 and changed.staff_in_charge == ()
    with pytest.raises(ValidationError):
        report.save_programme_profile(FY, "household_budget", profile_draft(staff, responsible_staff_id=999_999))
    with pytest.raises(ValidationError) as info:
        report.save_programme_profile(FY, "household_budget", profile_draft(
            staff, duty_days=(DutyDayDraft(1, "household_budget"), DutyDayDraft(1, "self_reliance"))))  # fmt: skip
    assert info.value.for_field("duty_days").code == "duplicate"
    with pytest.raises(ValidationError):
        report.programme_profile(FY, "no_such_programme")


def test_staffing_replaces_and_bumps_the_version(report, staff) -> None:
    p = report.save_staffing(FY, "outreach", [StaffingEntryDraft(YEAR_START, YEAR_END, "常勤", "outreach_worker", 100)])
    assert p.version == 1 and [(e.row_label, e.fte_text) for e in p.staffing] == [("常勤", "1人")]
    p = report.save_staffing(FY, "outreach", [StaffingEntryDraft(YEAR_START, YEAR_END, "兼務", "counsellor", 25)],
                             expected_version=1)  # fmt: skip
    assert p.version == 2 and [(e.row_label, e.role_label, e.fte_text) for e in p.staffing] == [
        ("兼務", "相談支援員", "0.25人")]  # fmt: skip
    with pytest.raises(ValidationError) as info:
        report.save_staffing(
            FY, "outreach", [StaffingEntryDraft(date(2022, 3, 1), YEAR_END, "前年度", "counsellor", 10)]
        )
    assert info.value.errors[0].code == "outside_year"
    with pytest.raises(ValidationError):
        report.save_staffing(FY, "outreach", [StaffingEntryDraft(YEAR_START, YEAR_END, "x", "no_such_role", 10)])
    assert len(report.programme_profile(FY, "outreach").staffing) == 1  # nothing written


def test_save_targets(report) -> None:
    got = report.save_targets(FY, "outreach", {"outreach.new_consultations": 1200, "outreach.plans": 240})
    assert got == {"outreach.new_consultations": 1200, "outreach.plans": 240}
    got = report.save_targets(FY, "outreach", {"outreach.plans": None, "outreach.new_consultations": 1300})
    assert got == {"outreach.new_consultations": 1300}
    assert report.targets(FY) == {"outreach.new_consultations": 1300}
    with pytest.raises(ValidationError):
        report.save_targets(FY, "outreach", {"self_reliance.plans": 3})  # another programme's figure
    with pytest.raises(ValidationError):
        report.save_targets(FY, "outreach", {"outreach.plans": -1})


def test_copy_year_starts_the_next_year_and_keeps_what_it_has(services, report, staff) -> None:
    services.organisation.save_profile(FY, OrganisationProfileDraft("社会福祉法人 架空会"))
    report.save_programme_profile(FY, "household_budget", profile_draft(staff))
    report.save_staffing(
        FY, "household_budget", [StaffingEntryDraft(YEAR_START, YEAR_END, "兼務", "budget_advisor", 50)]
    )
    report.save_targets(FY, "household_budget", {"household_budget.use_decisions": 48})
    report.save_narrative(
        FY, "household_budget.activities.1", "新規{household_budget.new_consultations}件", title="状況"
    )
    report.save_narrative(FY + 1, "household_budget.activities.1", "もう書いた", title="新年度")
    summary = report.copy_year(FY, FY + 1)
    assert (summary.organisation, summary.profiles, summary.targets, summary.narratives, summary.kept) == (
        True, 1, 1, 0, 1)  # fmt: skip
    p = report.programme_profile(FY + 1, "household_budget")
    assert p.facility_name == "架空市生活自立相談支援センター" and len(p.duty_days) == 5
    assert [(e.period_from, e.period_to) for e in p.staffing] == [(date(2023, 4, 1), date(2024, 3, 31))]
    assert report.targets(FY + 1) == {"household_budget.use_decisions": 48}
    assert [n.body for n in report.narratives(FY + 1)] == ["もう書いた"]
    with pytest.raises(NotFoundError):
        report.copy_year(2010, 2011)
    with pytest.raises(ValidationError):
        report.copy_year(FY, FY)


# ---- data quality ------------------------------------------------------------------------------
def test_data_quality_names_the_records(b, ledger, report, services, staff) -> None:
    a = b.case(date(2022, 6, 1), "self_reliance", "household_budget", name="森田 さくら")
    early = b.add(Plan(case_id=a.case_id, programme_id=b.code("programme", "self_reliance"), made_on=date(2022, 5, 1)))
    loner = b.person("浜口 あおい")
    outcome = b.outcome(loner, date(2022, 7, 1), "employed")
    evaluation = b.evaluation(a, date(2022, 9, 1), level=2)
    with ledger.transaction() as s:
        debt = Debt(case_id=a.case_id, kind_id=b.code("debt_kind", "resident_tax"), creditor="架空市",
                    original_yen=10_000, balance_yen=0, recorded_on=date(2022, 6, 1))  # fmt: skip
        s.add(debt)
        s.flush()
        s.add_all([Payment(debt_id=debt.id, paid_on=date(2022, 7, 1), amount_yen=8_000),
                   Payment(debt_id=debt.id, paid_on=date(2022, 8, 1), amount_yen=5_000)])  # fmt: skip
        debt_id = debt.id
    issues = report.data_quality(FY)
    by_code: dict[str, list] = {}
    for issue in issues:
        by_code.setdefault(issue.code, []).append(issue)
        assert issue.title and issue.message
    (plan_issue,) = by_code["plan_before_intake"]
    assert [(r.table, r.id) for r in plan_issue.records] == [("plans", early), ("intakes", a.intake_id)]
    assert all(r.case_id == a.case_id for r in plan_issue.records)
    (outcome_issue,) = by_code["outcome_without_intake"]
    assert [(r.table, r.id) for r in outcome_issue.records] == [("employment_outcomes", outcome)]
    (evaluation_issue,) = by_code["evaluation_without_decision"]
    assert [(r.table, r.id, r.case_id) for r in evaluation_issue.records] == [("evaluations", evaluation, a.case_id)]
    (payment_issue,) = by_code["payment_above_debt"]
    assert payment_issue.records[0].table == "debts" and payment_issue.records[0].id == debt_id
    assert [r.table for r in payment_issue.records[1:]] == ["payments", "payments"]
    assert "13,000円" in payment_issue.message and "10,000円" in payment_issue.message
    missing = {i.message.split(": ")[1].split(" ")[0] for i in by_code["missing_target"]}
    assert missing == set(TARGET_KEYS["self_reliance"]) | set(TARGET_KEYS["household_budget"])
    assert any("法人・センター情報" in i.title for i in by_code["missing_profile"])
    fields = {i.message.split("が入力されていない")[1].split(":")[0] for i in by_code["missing_field"]}
    assert {"相談受付", "ケース", "プラン"} <= fields
    intake_issue = next(i for i in by_code["missing_field"] if "受付者" in i.message)
    assert {r.id for r in intake_issue.records} == {a.intake_id}


def test_data_quality_quiet_when_consistent(b, report, services, staff) -> None:
    """A use decision before the evaluation, targets set, profiles saved: no warnings of those kinds."""
    a = b.case(FIRST, "household_budget", name="森田 さくら")
    m = b.meeting(FIRST, "budget_coordination", "household_budget")
    b.review(m, a, "use_decision", "household_budget")
    b.evaluation(a, LAST, level=2)
    b.target("household_budget.use_decisions", 1)
    issues = report.data_quality(FY)
    codes = {i.code for i in issues}
    assert not codes & {"plan_before_intake", "outcome_without_intake", "evaluation_without_decision",
                        "payment_above_debt", "missing_target", "orphan_target"}  # fmt: skip
    b.target("household_budget.no_such_figure", 3)
    assert "orphan_target" in {i.code for i in report.data_quality(FY)}
