"""The 家計改善支援計画書 page: a plan typed (Japanese through input-method commits) and saved with
Ctrl+S, reloaded, edited, refused next to the field with nothing written, a stale version
refused with the service's message, and the linked closure evaluation shown read-only."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.budget_drafts import ImprovementPlanDraft, MonitoringDraft
from app.domain.drafts import AgencyDraft, EvaluationDraft, IntakeDraft, PersonDraft
from app.models import Code, Meeting
from app.qt.messages import RecordingPresenter
from app.views.budget.improvement_page import ImprovementPlanPage
from tests.views.conftest import SCREEN_TODAY, commit_text

KEY, MOD = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def case_id(gui_services) -> int:
    draft = IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="self", programmes=("household_budget",),
                        person=PersonDraft("架空", "ゆうこ", "かくう", "ゆうこ"))  # fmt: skip
    return gui_services.cases.open_case(draft).case_id


@pytest.fixture
def agency(gui_services) -> int:
    return gui_services.agencies.add_agency(AgencyDraft("架空市法テラス", "legal", name_kana="かくうしほうてらす"))


@pytest.fixture
def meeting(gui_services) -> int:
    with gui_services.ledger.transaction() as s:
        kind = s.scalar(select(Code.id).where(Code.kind == "meeting_kind", Code.code == "regular_coordination"))
        m = Meeting(kind_id=kind, title="定例支援調整会議", held_on=date(2023, 5, 16), start_time=time(13, 30))
        s.add(m)
        s.flush()
        return m.id


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def page(ja_app, qtbot, gui_services, presenter, case_id) -> ImprovementPlanPage:
    sv = gui_services
    w = ImprovementPlanPage(sv.budget, sv.records, sv.codes, sv.agencies, lambda: SCREEN_TODAY, presenter,
                            staff_id=None, timeline_service=sv.timeline)  # fmt: skip
    qtbot.addWidget(w)
    w.resize(1200, 750)
    w.show_case(case_id)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def ctrl_s(qtbot, widget) -> None:
    qtbot.keyClick(widget, KEY.Key_S, MOD.ControlModifier)


def type_date(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_case_without_plans_shows_a_blank_new_plan(page: ImprovementPlanPage) -> None:
    assert page.current_plan_id() is None
    assert page.plan_combo.count() == 0
    assert page.made_edit.date() == SCREEN_TODAY
    assert page.save_button.isEnabled()
    assert len(page.monitoring.rows) == 1  # one empty row ready for a date
    assert page.evaluation_label.isHidden()
    names = list(page.supports_list.boxes)
    assert names == ["management", "arrears", "debt_settlement", "loan_mediation", "benefits"]


def test_plan_typed_saved_with_ctrl_s_reloaded_and_edited(
    qtbot, agency, meeting, page: ImprovementPlanPage, gui_services, case_id
) -> None:
    changes: list[None] = []
    page.sig_changed.connect(lambda: changes.append(None))
    commit_text(page.issues_edit, "家賃と携帯電話代の滞納がある")
    commit_text(page.goals_edit, "収支の均衡、滞納解消")
    commit_text(page.actions_edit, "毎週レシートを持参する")
    page.supports_list.boxes["management"].setChecked(True)
    page.supports_list.boxes["arrears"].setChecked(True)
    commit_text(page.agencies.combo.lineEdit(), "法テラス")
    assert page.agencies.add_current()
    assert page.agencies.names() == ["架空市法テラス"]
    type_date(qtbot, page.period_from_edit, "2023/6/1")
    type_date(qtbot, page.period_to_edit, "R5.11.30")
    planned, _done, note, _remove = page.monitoring.rows[0]
    type_date(qtbot, planned, "2023/7/3")
    commit_text(note, "家計表を確認")
    page.monitoring.add_button.click()
    type_date(qtbot, page.monitoring.rows[1][0], "2023/9/4")
    page.meeting_combo.set_value(meeting)
    assert "定例支援調整会議" in page.meeting_combo.currentText()
    ctrl_s(qtbot, page.goals_edit)
    qtbot.waitUntil(lambda: page.current_plan_id() is not None)
    assert page.status_label.text() == "保存しました。"
    assert len(changes) == 1
    [saved] = gui_services.budget.improvement_plans(case_id)
    assert saved.id == page.current_plan_id()
    assert (saved.made_on, saved.issues, saved.goals) == (
        SCREEN_TODAY,
        "家賃と携帯電話代の滞納がある",
        "収支の均衡、滞納解消",
    )
    assert saved.person_actions == "毎週レシートを持参する"
    assert saved.supports == ("management", "arrears")
    assert saved.agency_ids == (agency,)
    assert (saved.period_from, saved.period_to) == (date(2023, 6, 1), date(2023, 11, 30))
    assert [(m.planned_on, m.done_on, m.note) for m in saved.monitorings] == [
        (date(2023, 7, 3), None, "家計表を確認"),
        (date(2023, 9, 4), None, ""),
    ]
    assert saved.approved_meeting_id == meeting
    # reloaded from the ledger: what the page shows is what was stored
    page.show_case(case_id)
    assert page.plan_combo.count() == 1 and page.plan_combo.currentText().startswith("2023-06-01")
    assert page.issues_edit.toPlainText() == "家賃と携帯電話代の滞納がある"
    assert page.supports_list.value() == ["management", "arrears"]
    assert page.agencies.agency_ids() == (agency,)
    assert page.period_to_edit.date() == date(2023, 11, 30)
    assert [r[0].date() for r in page.monitoring.rows] == [date(2023, 7, 3), date(2023, 9, 4)]
    assert page.meeting_combo.value() == meeting
    # edited: the monitoring of July done, an agency removed, a goal added — the same plan
    done = page.monitoring.rows[0][1]
    type_date(qtbot, done, "2023/5/31")
    page.agencies.list.setCurrentRow(0)
    page.agencies.remove_button.click()
    page.goals_edit.moveCursor(page.goals_edit.textCursor().MoveOperation.End)
    commit_text(page.goals_edit, "、月1万円の貯蓄")
    ctrl_s(qtbot, page.goals_edit)
    qtbot.waitUntil(lambda: len(changes) == 2)
    [edited] = gui_services.budget.improvement_plans(case_id)
    assert edited.id == saved.id and edited.version != saved.version
    assert edited.goals == "収支の均衡、滞納解消、月1万円の貯蓄"
    assert edited.agency_ids == ()
    assert edited.monitorings[0].done_on == date(2023, 5, 31)


def test_period_end_before_start_is_shown_under_the_period_and_nothing_is_written(
    qtbot, page: ImprovementPlanPage, gui_services, case_id
) -> None:
    commit_text(page.goals_edit, "収支の均衡")
    type_date(qtbot, page.period_from_edit, "2023/10/1")
    type_date(qtbot, page.period_to_edit, "2023/9/30")
    ctrl_s(qtbot, page.goals_edit)
    qtbot.waitUntil(lambda: page.error_text("period") != "")
    assert "計画期間（終了）" in page.error_text("period")
    assert page.errors["period"].isVisible()
    assert page.error_text("other") == ""
    assert gui_services.budget.improvement_plans(case_id) == []
    assert page.current_plan_id() is None
    # corrected: the error goes and the plan is saved
    type_date(qtbot, page.period_to_edit, "2024/3/31")
    assert page.save() is not None
    assert page.error_text("period") == ""


def test_a_date_that_is_not_one_is_refused_under_its_field(qtbot, page, gui_services, case_id) -> None:
    type_date(qtbot, page.made_edit, "2023/13/45")
    planned = page.monitoring.rows[0][0]
    type_date(qtbot, planned, "abc")
    assert page.save() is None
    assert page.error_text("made_on") != ""
    assert page.error_text("monitorings").startswith("1行目: ")
    assert gui_services.budget.improvement_plans(case_id) == []


def test_a_monitoring_row_without_a_planned_date_names_its_row(qtbot, page, gui_services, case_id) -> None:
    page.monitoring.add_button.click()
    page.monitoring.add_button.click()
    commit_text(page.monitoring.rows[2][2], "電話で確認")  # the 3rd row: a note but no date
    assert page.save() is None
    assert page.error_text("monitorings").startswith("3行目: ")
    assert gui_services.budget.improvement_plans(case_id) == []


def test_a_stale_version_shows_the_conflict_message(qtbot, page, gui_services, case_id) -> None:
    plan_id = gui_services.budget.save_improvement_plan(case_id, ImprovementPlanDraft(SCREEN_TODAY, goals="A"))
    page.show_case(case_id)
    assert page.current_plan_id() == plan_id
    # someone else saves the same plan meanwhile
    [p] = gui_services.budget.improvement_plans(case_id)
    gui_services.budget.save_improvement_plan(case_id, ImprovementPlanDraft(SCREEN_TODAY, goals="B"), plan_id,
                                              p.version)  # fmt: skip
    commit_text(page.goals_edit, "C")
    assert page.save() is None
    assert "他の人が先に保存しました" in page.error_text("other")
    assert page.errors["other"].isVisible()
    assert gui_services.budget.improvement_plans(case_id)[0].goals == "B"


def test_new_plan_keeps_the_list_and_unsaved_changes_are_asked_about(
    qtbot, page: ImprovementPlanPage, gui_services, case_id, presenter
) -> None:
    first = gui_services.budget.save_improvement_plan(case_id, ImprovementPlanDraft(date(2023, 5, 1), goals="初回"))
    page.show_case(case_id)
    commit_text(page.goals_edit, "追記")
    qtbot.keyClick(page, KEY.Key_N, MOD.ControlModifier | MOD.ShiftModifier)
    qtbot.waitUntil(lambda: any(m[0] == "question" for m in presenter.messages))
    assert page.current_plan_id() == first  # "no": the typed text stays
    assert "追記" in page.goals_edit.toPlainText()
    presenter.answers = [True]
    page.new_plan()
    assert page.current_plan_id() is None and page.goals_edit.toPlainText() == ""
    assert page.plan_combo.currentIndex() == -1
    commit_text(page.goals_edit, "二回目")
    second = page.save()
    assert second is not None and second != first
    assert page.plan_combo.count() == 2
    # switching back shows the first plan again
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(first))
    assert page.goals_edit.toPlainText() == "初回" and page.current_plan_id() == first


def test_the_linked_closure_evaluation_is_shown_read_only(qtbot, page, gui_services, case_id) -> None:
    ev = gui_services.cases.record_evaluation(
        EvaluationDraft(case_id, "household_budget", "closure", date(2023, 5, 31), level=2, comment="滞納を解消")
    )
    draft = ImprovementPlanDraft(SCREEN_TODAY, goals="滞納解消", evaluation_id=ev,
                                 monitorings=(MonitoringDraft(date(2023, 7, 3)),))  # fmt: skip
    plan_id = gui_services.budget.save_improvement_plan(case_id, draft)
    page.show_case(case_id)
    assert page.evaluation_label.isVisible()
    assert "終結評価" in page.evaluation_label.text() and "② 達成" in page.evaluation_label.text()
    assert "滞納を解消" in page.evaluation_label.text()
    # saving the plan keeps the link it cannot edit
    commit_text(page.actions_edit, "家計簿をつける")
    assert page.save() == plan_id
    assert gui_services.budget.improvement_plans(case_id)[0].evaluation_id == ev


def test_an_unknown_agency_name_is_refused_under_the_agencies(qtbot, page, agency) -> None:
    commit_text(page.agencies.combo.lineEdit(), "存在しない機関")
    assert not page.agencies.add_current()
    assert "存在しない機関" in page.error_text("agency_ids")
    assert page.agencies.agency_ids() == ()
