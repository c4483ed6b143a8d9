"""The annual report as a PDF: every figure key's printed value (extracted with pypdf) is the
statistics service's, formatted the report's way and printed in its programme's chapter — for
a hand-built ledger and for the demo ledger; fonts travel inside the file; every page says
"n / N"; a placeholder that names no figure is reported and never printed raw; progress and
cancelling; the tables as .xlsx."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.drafts import StaffDraft
from app.domain.money import format_man
from app.domain.org_drafts import OrganisationProfileDraft
from app.domain.report_drafts import DutyDayDraft, ProgrammeProfileDraft, StaffingEntryDraft
from app.models import ReportNarrative
from app.report.annual import RenderCancelled, render_annual_report
from app.report.annual_xlsx import write_report_tables
from app.services.annual_report import AnnualReportService
from app.services.report_rows import ReportData
from app.services.statistics import StatisticsService
from tests.conftest import TODAY
from tests.report.test_case_sheets import assert_fonts_embedded, assert_no_markup, assert_numbered, squeeze
from tests.services.stats_builders import ALL_KEYS, FY, Builder, build_year

PRINTED = date(2023, 6, 1)
ORG = "社会福祉法人 架空福祉会"
YEAR = (date(2022, 4, 1), date(2023, 3, 31))
NARRATIVES = {
    "division.overview": ("部門の取り組み", "今年度の新規相談は{division.consultations}件でした。"),
    "self_reliance.activities.1": (
        "新規相談者への支援",
        "支援計画は{self_reliance.plans}件、目標{self_reliance.plans:目標}件。",
    ),
    "household_budget.activities.1": ("家計改善支援", "返済額は{household_budget.repayments_yen:万円}でした。"),
    "disaster_recovery.policy": ("基本方針", "被災された方の生活再建を支える。"),
    "outreach.activities.1": ("訪問による相談支援", "新規相談は{outreach.new_consultations}件でした。"),
}


def printed(value: int, unit: str) -> str:
    """How the report prints a figure (written out here, apart from the code under test)."""
    return format_man(value) if unit == "円" else f"{value:,}{unit}"


def pages_text(pdf: Path | io.BytesIO) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def chapters(texts: list[str], data: ReportData) -> dict[str, str]:
    """The squeezed text of the division's pages and of each chapter (a chapter starts on
    the page that carries its title and 事業報告書)."""
    starts = {}
    for ch in data.chapters:
        mark = squeeze(f"{ch.title}事業報告書")
        starts[ch.programme] = next(i for i, t in enumerate(texts) if mark in squeeze(t))
    order = sorted(starts.items(), key=lambda kv: kv[1])
    bounds = [("division", 0)] + order + [("end", len(texts))]
    return {name: squeeze("".join(texts[a:b])) for (name, a), (_n, b) in itertools.pairwise(bounds)}


def assert_every_figure_printed(data: ReportData, stats: StatisticsService, texts: list[str]) -> None:
    year = stats.year(data.fiscal_year)
    by_chapter = chapters(texts, data)
    assert set(data.figures) == set(ALL_KEYS)
    for key in ALL_KEYS:
        f = year.figures[key]
        row = data.figures[key]
        assert (row.value, row.unit) == (f.value, f.unit), key
        assert row.text == printed(f.value, f.unit), key
        programme = key.split(".")[0]
        text = by_chapter[programme]
        if row.target_text or key in {r.key for c in data.chapters for r in c.targets}:
            line = f"{row.label}{row.target_text or '未設定'}⇒{row.text}{row.achievement or '—'}"
        else:
            line = f"{row.label}{row.text}"
        assert squeeze(line) in text, (key, line)
        others = [t for name, t in by_chapter.items() if name not in (programme, "division")]
        if key != "division.consultations" and f.unit == "円":
            assert f"{f.value:,}円" in text  # the exact yen beside the rounded 万円
            assert all(squeeze(line) not in t for t in others)


def fill_ledger(ledger, services) -> None:
    """build_year's records, plus what the report prints beside the figures."""
    b = Builder(ledger, services)
    build_year(b)
    head = services.staff.add_staff(StaffDraft("架空", "head", "一郎", family_kana="かくう", given_kana="いちろう"))
    advisor = services.staff.add_staff(
        StaffDraft("仮野", "budget_advisor", "花子", family_kana="かりの", given_kana="はなこ")
    )
    services.organisation.save_profile(FY, OrganisationProfileDraft(ORG, "地域生活部門", "架空市生活自立相談支援センター",
                                                                    "架空県架空市1-2-3", "・早期に支援を届ける"))  # fmt: skip
    report = AnnualReportService(ledger, today=lambda: TODAY)
    for programme, title in (("self_reliance", "架空市生活困窮者自立相談支援事業"),
                             ("household_budget", "架空市生活困窮者家計改善支援事業"),
                             ("disaster_recovery", "架空市被災者生活困窮自立支援事業"),
                             ("outreach", "架空市アウトリーチ等の充実による自立相談支援機能強化事業")):  # fmt: skip
        days = tuple(DutyDayDraft(w, "household_budget" if w in (1, 3) else "self_reliance") for w in range(5))
        report.save_programme_profile(FY, programme, ProgrammeProfileDraft(
            title=title, facility_name="架空市生活自立相談支援センター", address="架空県架空市1-2-3",
            responsible_staff_id=head, staff_in_charge_ids=(advisor,), qualifications="社会福祉士",
            duty_note="週5日", evaluation_criteria="・家計を把握できている" if programme == "household_budget" else "",
            duty_days=days if programme == "household_budget" else ()))  # fmt: skip
        report.save_staffing(FY, programme, [StaffingEntryDraft(*YEAR, "兼務", "counsellor", 90)])
    report.save_targets(FY, "self_reliance", {"self_reliance.new_consultations": 2, "self_reliance.plans": 9})
    report.save_targets(FY, "household_budget", {"household_budget.use_decisions": 3})
    for key, (title, body) in NARRATIVES.items():
        report.save_narrative(FY, key, body, title=title)
    b.meeting(date(2022, 9, 1), "training", "household_budget", title="=1+1 研修", summary="@家計表を学んだ")
    with ledger.transaction() as s:  # saved before a key was retired (save refuses it now)
        s.add(ReportNarrative(fiscal_year=FY, section_key="outreach.activities.2", title="古い文章", position=99,
                              body="検討は{outreach.retired_key}件でした。"))  # fmt: skip


@pytest.fixture
def data(ledger, services) -> ReportData:
    fill_ledger(ledger, services)
    return AnnualReportService(ledger, today=lambda: TODAY).report_data(FY)


@pytest.fixture
def pdf(data: ReportData, tmp_path: Path) -> tuple[Path, int]:
    out = tmp_path / "report.pdf"
    return out, render_annual_report(data, out, printed_on=PRINTED)


def test_every_figure_key_prints_its_statistics_value_in_its_chapter(data, pdf, ledger) -> None:
    texts = pages_text(pdf[0])
    assert pdf[1] == len(texts) >= 6
    assert_every_figure_printed(data, StatisticsService(ledger, today=lambda: TODAY), texts)
    whole = chapters(texts, data)
    assert "今年度の相談件数3件" in whole["division"]
    assert "新規相談件数2件⇒3件達成" in whole["self_reliance"]
    assert "支援計画策定件数9件⇒5件未達成" in whole["self_reliance"]
    assert "家計改善利用者返済金額3.53万円" in whole["household_budget"]
    assert "百円未満四捨五入" in whole["household_budget"]


def test_structure_and_narratives(data, pdf) -> None:
    texts = pages_text(pdf[0])
    whole = chapters(texts, data)
    division = whole["division"]
    for expected in ("2022年度（令和4年度）事業報告", "地域生活部門の目標", "・早期に支援を届ける", "部門の取り組み",
                     "今年度の新規相談は3件でした。", "年間活動計画", "月別の新規相談件数"):  # fmt: skip
        assert squeeze(expected) in division, expected
    hb = whole["household_budget"]
    for expected in ("事業概要", "施設の名称架空市生活自立相談支援センター", "事業責任者架空一郎", "事業担当者仮野花子",
                     "曜日ごとの担当", "人員配置", "兼務0.9人0.9人", "返済額は3.53万円でした。", "（評価基準）",
                     "・家計を把握できている", "活動実績表", "研修一覧表", "=1+1研修", "終結評価の内訳"):  # fmt: skip
        assert squeeze(expected) in hb, expected
    assert "支援計画は5件、目標9件。" in whole["self_reliance"]
    assert "基本方針被災された方の生活再建を支える。" in whole["disaster_recovery"]
    assert "関係機関との連携内容" in whole["outreach"]
    assert "関係機関一覧" in whole["self_reliance"] and "架空ハローワーク" in whole["self_reliance"]
    assert_no_markup(texts)


def test_unknown_placeholder_is_reported_not_printed_raw(data, pdf) -> None:
    whole = "".join(squeeze(t) for t in pages_text(pdf[0]))
    assert "検討は（不明な項目：outreach.retired_key）件でした。" in whole
    assert "{" not in whole and "}" not in whole
    assert [(p.section_key, p.problem.code, p.problem.key) for p in data.problems] == [
        ("outreach.activities.2", "unknown_key", "outreach.retired_key")]  # fmt: skip


def test_fonts_embedded_and_pages_numbered(pdf) -> None:
    path, _pages = pdf
    texts = pages_text(path)
    assert_fonts_embedded(path)  # every font IPAex, embedded as TrueType (FontFile2)
    assert b"Helvetica" not in path.read_bytes()
    assert_numbered(texts)
    for text in texts:
        flat = squeeze(text)
        assert squeeze(f"{ORG}　架空市生活自立相談支援センター") in flat
        assert "2022年度（令和4年度）事業報告" in flat and "印刷日令和5年（2023年）6月1日" in flat


def test_progress_and_cancel(data, tmp_path: Path) -> None:
    seen: list[float] = []
    render_annual_report(data, io.BytesIO(), printed_on=PRINTED, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 5
    calls = iter(range(1000))
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(RenderCancelled):
        render_annual_report(data, out, cancelled=lambda: next(calls) > 3)
    assert not out.exists()


def test_tables_as_xlsx(data, tmp_path: Path) -> None:
    files = write_report_tables(data, tmp_path / "tables")
    names = [f.name for f in files]
    assert names == sorted(names)  # the report's order
    assert names[:3] == ["2022_00_01_部門_年間活動計画.xlsx", "2022_01_01_自立相談_事業実績.xlsx",
                         "2022_01_02_自立相談_月別集計.xlsx"]  # fmt: skip
    assert all(f.exists() for f in files)
    ws = load_workbook(tmp_path / "tables" / "2022_02_01_家計改善_事業実績.xlsx").active
    rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    assert rows["家計改善利用者返済金額"][2:5] == (35_300, "円", "3.53万円")
    (training_file,) = [f for f in files if f.name.endswith("家計改善_研修一覧表.xlsx")]
    training = load_workbook(training_file).active
    cells = {c.value: c for row in training.iter_rows(min_row=4) for c in row if c.value}
    assert cells["=1+1 研修"].data_type == "s" and cells["@家計表を学んだ"].data_type == "s"


# ---- the demo ledger -----------------------------------------------------------------------------
@pytest.mark.slow
def test_demo_ledger_report(template_ledger: Path, tmp_path: Path) -> None:
    """``yorisoi demo`` for one fiscal year, then the report: every figure as the statistics
    service computes it, in its chapter; nothing reported as wrong in the narratives."""
    from app.db.ledger import Ledger
    from app.services.demo import build_demo
    from tests.conftest import copy_ledger

    path = copy_ledger(template_ledger, tmp_path / "demo.sqlite3")
    with Ledger.open(path) as ledger:
        build_demo(ledger, fiscal_year=FY, years=1)  # as `yorisoi demo --fiscal-year 2022`
        service = AnnualReportService(ledger, today=lambda: TODAY)
        data = service.report_data(FY)
        stats = StatisticsService(ledger, today=lambda: TODAY)
        out = tmp_path / "demo.pdf"
        pages = render_annual_report(data, out, printed_on=PRINTED)
        texts = pages_text(out)
        assert pages == len(texts) >= 12
        assert_every_figure_printed(data, stats, texts)
        assert data.problems == ()
        assert [c.programme for c in data.chapters] == [
            "self_reliance",
            "household_budget",
            "disaster_recovery",
            "outreach",
        ]
        assert all(c.profile is not None and c.profile.id is not None for c in data.chapters)
        assert service.data_quality(FY) == []
        assert_fonts_embedded(out)
        assert_numbered(texts)
        whole = "".join(squeeze(t) for t in texts)
        assert not re.search(r"\{[a-z_.]+\}", whole)
        assert "（不明な項目" not in whole
