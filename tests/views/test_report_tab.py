"""The 報告書 tab as the centre's staff use it before the annual report is printed: choose
2022年度, read the figures (each equal to StatisticsService's) with their 目標値 and 達成, press
Enter on a figure to list exactly the records ``explain`` returns and Enter again to open a
record's case; read the checks (a plan dated before its intake); write a narrative with a
figure placeholder and see it filled in the preview, an unknown placeholder refused under the
editor; set targets and the programme profile; make the PDF in the background (Ctrl+P) and
cancel one; save every table as .xlsx. Fictional names only."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from app.domain.drafts import StaffDraft
from app.models import Plan
from app.qt.figure_table_model import COLUMN_OF, FIGURE_KEY_ROLE, FigureTableModel
from app.qt.messages import RecordingPresenter
from app.qt.task_runner import TaskRunner
from app.services.annual_report import AnnualReportService
from app.services.statistics import StatisticsService
from app.views.main_window import MainWindow
from app.views.report.tab import PAGE_CHECKS, PAGE_FIGURES, PAGE_NARRATIVES, PAGE_PROFILE, ReportTab
from tests.services.stats_builders import Builder
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FY = 2022
SHOTS = Path("/tmp/reporttab")


class Setup:
    """Four cases in 2022年度 (one with a plan dated before its intake), one in 2021年度,
    plans, two targets (one achieved, one not), a staff member; the tab in a main window of
    1280×800 with the preview and the folder chooser replaced by recorders."""

    def __init__(self, qtbot, sv) -> None:
        if getattr(sv, "report", None) is None:
            sv.report = AnnualReportService(sv.ledger, lambda: SCREEN_TODAY)
        self.sv = sv
        self.stats = StatisticsService(sv.ledger, lambda: SCREEN_TODAY)
        b = self.b = Builder(sv.ledger, sv)
        self.old = b.case(date(2021, 6, 1), name="古川 みのる")
        self.morita = b.case(date(2022, 5, 10), name="森田 さくら")
        self.hamaguchi = b.case(date(2022, 7, 1), "self_reliance", "household_budget", name="浜口 あおい")
        self.kaku = b.case(date(2023, 1, 20), name="架空 太郎")
        b.plan(self.morita, date(2022, 6, 1))
        b.plan(self.hamaguchi, date(2022, 8, 1), employment=True)
        self.early_plan = b.add(
            Plan(
                case_id=self.kaku.case_id, programme_id=b.code("programme", "self_reliance"), made_on=date(2022, 12, 1)
            )
        )  # written straight into the ledger: the service refuses a plan before its intake
        b.target("self_reliance.new_consultations", 2)
        b.target("self_reliance.plans", 5)
        self.staff = sv.staff.add_staff(StaffDraft("川辺", "head", "ひかる", "かわべ", "ひかる"))
        self.presenter = RecordingPresenter()
        self.previews: list[tuple[Path, str]] = []
        self.folders: list[str] = []
        self.tab = ReportTab(sv, today=lambda: SCREEN_TODAY, presenter=self.presenter, staff_id=self.staff,
                             open_preview=lambda _parent, path, title: self.previews.append((path, title)))  # fmt: skip
        self.opened: list[int] = []
        self.tab.sig_open_case.connect(self.opened.append)
        self.window = MainWindow(ledger_description="test.sqlite3", presenter=self.presenter, staff_name="川辺 ひかる",
                                 tabs={"report": self.tab})  # fmt: skip
        qtbot.addWidget(self.window)
        self.tab.sig_status.connect(self.window.statusBar().showMessage)
        self.window.tab_widget.setCurrentWidget(self.tab)
        self.window.resize(1280, 800)
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()

    def choose_year(self, qtbot, fy: int) -> None:
        combo = self.tab.year_combo
        combo.setFocus()
        target = combo.findData(fy)
        assert target >= 0
        while combo.currentIndex() != target:
            qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
        assert self.tab.fiscal_year() == fy

    def cell(self, key: str, column: str) -> str:
        row = self.tab.model.row_of_key(key)
        assert row is not None, key
        return self.tab.model.data(self.tab.model.index(row, COLUMN_OF[column]))


@pytest.fixture
def setup(ja_app, qtbot, gui_services) -> Setup:
    s = Setup(qtbot, gui_services)
    yield s
    s.tab.output.runner.shutdown()


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


# ---- figures and drill-down --------------------------------------------------------------------
def test_years_offered_and_the_finished_year_first(setup) -> None:
    combo = setup.tab.year_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [2023, 2022, 2021]
    assert setup.tab.fiscal_year() == 2022  # 2023-06-01: the report of 2022年度 is due
    assert combo.currentText() == "2022年度（令和4年度）"


def test_figures_equal_statistics_with_targets_and_achievement(setup, qtbot) -> None:
    setup.choose_year(qtbot, 2021)
    assert setup.cell("self_reliance.new_consultations", "value") == "1"
    setup.choose_year(qtbot, FY)
    year = setup.stats.year(FY)
    for key, f in year.figures.items():
        assert setup.cell(key, "value") == f"{f.value:,}", key
    assert setup.cell("self_reliance.new_consultations", "value") == "3"
    assert setup.cell("self_reliance.new_consultations", "target") == "2"
    assert setup.cell("self_reliance.new_consultations", "achievement") == "達成"
    assert setup.cell("self_reliance.plans", "value") == "3"
    assert setup.cell("self_reliance.plans", "achievement") == "未達成"
    assert setup.cell("self_reliance.employment_support_targets", "achievement") == ""
    m = setup.tab.model
    assert m.data(m.index(0, 0)) == "生活困窮者自立相談支援事業"  # the programme's heading row
    assert m.data(m.index(0, 0), FIGURE_KEY_ROLE) is None
    assert setup.tab.table.columnSpan(0, 0) == m.columnCount()
    assert "2022年度（令和4年度）" in setup.tab.figures_label.text()


def test_enter_lists_the_records_behind_a_figure_and_opens_a_case(setup, qtbot) -> None:
    tab = setup.tab
    key = "self_reliance.plans"
    assert tab.select_figure(key)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.records.current_key() == key and tab.records.record_count() > 0)
    explained = setup.stats.explain(FY, key)
    view = tab.records
    assert view.record_count() == len(explained) == 3
    assert [view.cell_text(i, 0) for i in range(3)] == [r.on.isoformat() for r in explained]
    assert [view.cell_text(i, 2).split("　")[1] for i in range(3)] == [r.person_name for r in explained]
    assert {view.cell_text(i, 3) for i in range(3)} == {"プラン"}
    assert view.cell_text(2, 1) == setup.kaku.case_no  # the case of the person's record
    assert tab.records.table.hasFocus()
    view.table.setCurrentCell(2, 0)
    with qtbot.waitSignal(tab.sig_open_case, timeout=2000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [setup.kaku.case_id]
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert tab.table.hasFocus()
    shot(setup.window, "drilldown.png")


def test_double_click_lists_the_records_too(setup, qtbot) -> None:
    tab = setup.tab
    tab.select_figure("self_reliance.new_consultations")
    rect = tab.table.visualRect(tab.table.currentIndex())
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # Qt wants the press
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.records.record_count() == 3)
    names = {tab.records.cell_text(i, 2).split("　")[1] for i in range(3)}
    assert names == {"森田 さくら", "浜口 あおい", "架空 太郎"}


# ---- checks ------------------------------------------------------------------------------------------
def test_checks_list_a_plan_before_its_intake_and_open_its_case(setup, qtbot) -> None:
    tab = setup.tab
    assert tab.pages.tabText(PAGE_CHECKS).startswith("&2 確認")
    issues = tab.quality.issues()
    (plan_issue,) = [i for i in issues if i.code == "plan_before_intake"]
    first = plan_issue.records[0]
    assert (first.table, first.id) == ("plans", setup.early_plan)
    assert plan_issue.message in tab.quality.problem_texts()
    qtbot.keyClick(tab.pages, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.pages.currentIndex() == PAGE_CHECKS
    tree = tab.quality.tree
    row = issues.index(plan_issue)
    tree.setCurrentItem(tree.topLevelItem(row))
    tree.topLevelItem(row).setExpanded(True)
    tree.setFocus()
    shot(setup.window, "checks.png")
    with qtbot.waitSignal(tab.sig_open_case, timeout=2000) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [setup.kaku.case_id]
    missing = next(i for i in range(tree.topLevelItemCount()) if issues[i].code == "missing_target")
    tree.setCurrentItem(tree.topLevelItem(missing))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.pages.currentIndex() == PAGE_PROFILE)


# ---- narratives ------------------------------------------------------------------------------------
def _open_section(setup, qtbot, key: str):
    tab = setup.tab
    tab.pages.setCurrentIndex(PAGE_NARRATIVES)
    page = tab.narratives
    assert page.select_section(key)
    return page


def test_a_narrative_with_a_placeholder_is_filled_in_the_preview_and_saved(setup, qtbot) -> None:
    page = _open_section(setup, qtbot, "self_reliance.activities.1")
    commit_text(page.title_edit, "相談支援の状況")
    commit_text(page.editor, "今年度の新規相談は")
    keys = page.keys
    assert page.select_key("self_reliance.new_consultations")
    assert keys.currentItem().text(1) == "3件"  # the year's value beside its label
    assert page.key_label.text() == "{self_reliance.new_consultations}"
    keys.setFocus()
    qtbot.keyClick(keys, Qt.Key.Key_Return)  # inserts {self_reliance.new_consultations}
    commit_text(page.editor, "件、目標は")
    keys.setFocus()
    qtbot.keyClick(keys, Qt.Key.Key_Return, SHIFT)  # its target: {…:目標}
    commit_text(page.editor, "件でした。")
    body = (
        "今年度の新規相談は{self_reliance.new_consultations}件、目標は{self_reliance.new_consultations:目標}件でした。"
    )
    assert page.editor.toPlainText() == body
    qtbot.waitUntil(lambda: "新規相談は3件、目標は2件でした。" in page.preview_text())
    assert page.preview_text().startswith("相談支援の状況\n")
    shot(setup.window, "narrative.png")
    page.editor.setFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.has_unsaved_changes())
    (saved,) = setup.sv.report.narratives(FY)
    assert (saved.section_key, saved.title, saved.body) == ("self_reliance.activities.1", "相談支援の状況", body)
    assert saved.text == "今年度の新規相談は3件、目標は2件でした。"
    assert "self_reliance.activities.2" in page.section_keys()  # the next new slot


def test_an_unknown_placeholder_is_refused_under_the_editor(setup, qtbot) -> None:
    page = _open_section(setup, qtbot, "self_reliance.policy")
    commit_text(page.editor, "相談は{self_reliance.no_such_figure}件")
    qtbot.waitUntil(lambda: "（不明な項目：self_reliance.no_such_figure）" in page.preview_text())
    page.editor.setFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.error_text() != "")
    assert "{self_reliance.no_such_figure}" in page.error_text()
    assert page.has_unsaved_changes()
    assert setup.sv.report.narratives(FY) == []
    shot(setup.window, "narrative_refused.png")


def test_a_narrative_is_deleted_after_asking(setup, qtbot) -> None:
    setup.sv.report.save_narrative(FY, "outreach.goals.1", "目標", title="新規相談者の増加")
    setup.tab.refresh()
    page = _open_section(setup, qtbot, "outreach.goals.1")
    assert page.editor.toPlainText() == "目標"
    setup.presenter.answers = [True]
    assert page.delete_current()
    assert setup.sv.report.narratives(FY) == []


# ---- profile and targets -------------------------------------------------------------------------
def test_targets_and_profile_are_saved_per_year(setup, qtbot) -> None:
    tab = setup.tab
    tab.pages.setCurrentIndex(PAGE_PROFILE)
    page = tab.profile
    assert page.programme() == "self_reliance"
    row = page.targets.row_of("self_reliance.plans")
    page.targets.item(row, 1).setText("３")  # full-width, as an input method types it
    commit_text(page.fields["facility_name"], "架空市生活自立相談支援センター")
    page.responsible_combo.setCurrentIndex(page.responsible_combo.findData(setup.staff))
    page.duty_combos[1].setCurrentIndex(page.duty_combos[1].findData("household_budget"))
    page.staffing.add_row(date(2022, 4, 1), date(2023, 3, 31), "主任相談員兼務", "counsellor", "0.9")
    commit_text(page.org["corporation_name"], "社会福祉法人 架空会")
    assert page.has_unsaved_changes()
    page.fields["facility_name"].setFocus()
    qtbot.keyClick(page.fields["facility_name"], Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.has_unsaved_changes())
    report = setup.sv.report
    assert report.targets(FY)["self_reliance.plans"] == 3
    p = report.programme_profile(FY, "self_reliance")
    assert (p.facility_name, p.responsible_staff_id) == ("架空市生活自立相談支援センター", setup.staff)
    assert [(d.weekday, d.programme) for d in p.duty_days] == [(1, "household_budget")]
    assert [(e.row_label, e.role, e.fte_hundredths) for e in p.staffing] == [("主任相談員兼務", "counsellor", 90)]
    assert setup.sv.organisation.profile(FY).corporation_name == "社会福祉法人 架空会"
    assert setup.cell("self_reliance.plans", "achievement") == "達成"  # the figures followed
    shot(setup.window, "profile.png")


def test_a_bad_target_or_staffing_row_is_shown_and_not_saved(setup, qtbot) -> None:
    page = setup.tab.profile
    setup.tab.pages.setCurrentIndex(PAGE_PROFILE)
    page.targets.item(page.targets.row_of("self_reliance.plans"), 1).setText("多い")
    page.staffing.add_row(date(2022, 3, 1), date(2023, 3, 31), "前年度から", "counsellor", "1")
    assert not page.save()
    assert "整数" in page.error_text("targets")
    assert "2022年度" in page.error_text("staffing")
    assert setup.sv.report.targets(FY)["self_reliance.plans"] == 5


def test_copy_from_the_previous_year(setup, qtbot) -> None:
    report = setup.sv.report
    report.save_narrative(2021, "division.activities.1", "相談は{division.consultations}件", title="部門の歩み")
    report.save_targets(2021, "outreach", {"outreach.plans": 240})
    setup.tab.pages.setCurrentIndex(PAGE_PROFILE)
    assert setup.tab.profile.copy_previous_year()
    assert report.targets(FY)["outreach.plans"] == 240
    assert [n.section_key for n in report.narratives(FY)] == ["division.activities.1"]
    assert "2021" in setup.tab.profile.state_label.text()
    setup.tab.pages.setCurrentIndex(PAGE_NARRATIVES)
    assert "division.activities.1" in setup.tab.narratives.section_keys()


# ---- files -------------------------------------------------------------------------------------------
def test_ctrl_p_makes_the_pdf_in_the_background_then_previews_it(setup, qtbot) -> None:
    tab = setup.tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: tab.output.is_busy() or bool(setup.previews), timeout=3000)
    qtbot.waitUntil(lambda: bool(setup.previews), timeout=30_000)
    path, title = setup.previews[0]
    assert title == "事業報告書" and path.name == "2022年度 事業報告書.pdf"
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "事業報告" in text and "新規相談件数" in text
    assert not tab.progress.isVisible() and tab.pdf_button.isEnabled()
    assert "ページ" in tab.busy_label.text()
    assert tab.output.last_pages == len(PdfReader(path).pages)


def test_the_real_preview_shows_the_pdf_and_deletes_it_when_closed(setup, qtbot) -> None:
    from app.views.pdf_preview import PdfPreviewDialog

    tab = setup.tab
    tab.output.open_preview = tab.output._show_preview  # the dialog a user sees
    assert tab.make_pdf()
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible() for w in tab.findChildren(QDialog)),
                    timeout=30_000)  # fmt: skip
    dialog = next(w for w in tab.findChildren(PdfPreviewDialog) if w.isVisible())
    path = tab.output.last_pdf
    assert path is not None and path.exists()
    assert dialog.windowTitle() == "事業報告書"
    shot(dialog, "preview.png")
    dialog.close()
    qtbot.waitUntil(lambda: not path.exists())


def test_leaving_the_year_with_an_unsaved_narrative_asks(setup, qtbot) -> None:
    page = _open_section(setup, qtbot, "outreach.activities.1")
    commit_text(page.editor, "書きかけ")
    setup.presenter.answers = [False]
    setup.tab.year_combo.setCurrentIndex(setup.tab.year_combo.findData(2021))
    assert setup.tab.fiscal_year() == FY and page.editor.toPlainText() == "書きかけ"
    assert setup.presenter.messages[-1][0] == "question"
    setup.presenter.answers = [True]
    setup.tab.year_combo.setCurrentIndex(setup.tab.year_combo.findData(2021))
    assert setup.tab.fiscal_year() == 2021 and page.editor.toPlainText() == ""


def test_a_pdf_being_made_can_be_cancelled(setup, qtbot) -> None:
    tab = setup.tab
    assert tab.make_pdf()
    assert tab.progress.isVisible() and tab.cancel_button.isVisible() and not tab.pdf_button.isEnabled()
    assert not tab.make_pdf()  # one at a time
    shot(setup.window, "generating.png")
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.output.is_busy(), timeout=30_000)
    assert setup.previews == []
    assert tab.busy_label.text() == "PDFの作成を中止しました。"
    assert tab.pdf_button.isEnabled() and not tab.cancel_button.isVisible()


def test_save_tables_as_xlsx(setup, qtbot, tmp_path) -> None:
    tab = setup.tab
    tab.output.choose_directory = lambda _parent, _start: (setup.folders.append(_start), str(tmp_path))[1]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(tab.output.last_tables), timeout=30_000)
    files = sorted(tmp_path.rglob("*.xlsx"))
    assert files and files == sorted(tab.output.last_tables)
    assert all(f.parent.name == "2022年度 事業報告書の表" for f in files)
    results = next(f for f in files if "自立相談_事業実績" in f.name)
    values = [row for row in load_workbook(results).active.iter_rows(values_only=True)]
    assert any("新規相談件数" in str(r[1] or r[0]) and 3 in r for r in values)
    assert "件の表を" in tab.busy_label.text()


# ---- the runner and the model alone -------------------------------------------------------------
def test_task_runner_reports_progress_on_the_gui_thread_and_cancels(qapp, qtbot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def slow(progress, cancelled) -> str:
        for i in range(200):
            if cancelled():
                raise RuntimeError("stopped")
            progress(i / 200)
            time.sleep(0.005)
        return "finished"

    def record(kind: str):
        return lambda *a: seen.append((kind, a[0] if a else None, threading.get_ident()))

    assert runner.run(slow, record("done"), on_progress=record("progress"), on_cancelled=record("cancelled"))
    qtbot.waitUntil(lambda: any(k == "progress" and v > 0.1 for k, v, _t in seen), timeout=5000)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=5000)
    assert seen[-1][0] == "cancelled" and all(t == gui for _k, _v, t in seen)
    assert runner.run(lambda _p, _c: 42, record("done"))
    qtbot.waitUntil(lambda: seen[-1][0] == "done", timeout=5000)
    assert seen[-1][1] == 42
    errors: list[BaseException] = []
    assert runner.run(lambda _p, _c: 1 / 0, record("done"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_figure_table_model_passes_qt_checks(qapp, gui_services) -> None:
    stats = StatisticsService(gui_services.ledger, lambda: SCREEN_TODAY)
    model = FigureTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_figures(stats.year(FY).figures.values(), {"self_reliance": "自立相談"}, order=("self_reliance",))
    assert model.figure_count() == len(stats.year(FY).figures)
    assert model.is_heading(0) and not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    model.clear()
    assert model.rowCount() == 0


def test_screenshots(setup, qtbot) -> None:
    tab = setup.tab
    tab.pages.setCurrentIndex(PAGE_FIGURES)
    tab.select_figure("self_reliance.new_consultations")
    tab.show_records()
    shot(setup.window, "figures.png")
    tab.pages.setCurrentIndex(PAGE_PROFILE)
    shot(setup.window, "profile_empty.png")
    tab.pages.setCurrentIndex(PAGE_NARRATIVES)
    shot(setup.window, "narratives_empty.png")
