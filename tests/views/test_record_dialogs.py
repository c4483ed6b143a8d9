"""The case file's record dialogs — plan, referral, employment outcome, use of another
programme — filled from the keyboard (Japanese through input-method commits), saved with
Ctrl+S, refused next to the field, and reopened for editing from the timeline."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain.drafts import AgencyDraft, ContactDraft, IntakeDraft, PersonDraft, PlanDraft
from app.models import Code, Meeting
from app.qt.messages import RecordingPresenter
from app.views.intake.case_actions import CaseActions
from app.views.intake.case_file import CaseFileView
from app.views.intake.plan_dialog import PlanDialog
from app.views.intake.record_dialogs import ContactDialog, OutcomeDialog, ReferralDialog, ServiceUseDialog
from tests.views.conftest import SCREEN_TODAY, commit_text

SHOTS = Path(__file__).resolve().parents[2] / "shots"
TODAY = lambda: SCREEN_TODAY  # noqa: E731


@pytest.fixture
def made(gui_services):
    """架空 はなこ (invented), received 2022-04-01 in 自立相談."""
    return gui_services.cases.open_case(
        IntakeDraft(received_on=date(2022, 4, 1), method="visit", route="self", programmes=("self_reliance",),
                    person=PersonDraft("架空", "はなこ", "かくう", "はなこ", birth_date=date(1985, 2, 3)))
    )  # fmt: skip


@pytest.fixture
def agency(gui_services) -> int:
    return gui_services.agencies.add_agency(
        AgencyDraft("架空市ハローワーク", "employment", name_kana="かくうしはろーわーく")
    )


@pytest.fixture
def meeting(gui_services) -> int:
    with gui_services.ledger.transaction() as s:
        kind = s.scalar(select(Code.id).where(Code.kind == "meeting_kind", Code.code == "regular_coordination"))
        m = Meeting(kind_id=kind, title="定例支援調整会議", held_on=date(2023, 5, 16), start_time=time(13, 30))
        s.add(m)
        s.flush()
        return m.id


def plan_dialog(qtbot, sv, case_id: int, plan_id: int | None = None) -> PlanDialog:
    d = PlanDialog(sv.cases, sv.records, sv.codes, sv.agencies, TODAY, case_id=case_id,
                   programmes=[("self_reliance", "自立相談支援事業")], plan_id=plan_id)  # fmt: skip
    qtbot.addWidget(d)
    return d


def ctrl_s(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def show_active(qtbot, dialog) -> None:
    """Shortcuts need the window to be the active one, as it is on a real desktop."""
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()


def type_at_end(box, text: str) -> None:
    box.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(box, text)


# ---- plan ------------------------------------------------------------------------------------
def test_new_plan_typed_and_saved_with_ctrl_s(ja_app, qtbot, gui_services, made, agency, meeting) -> None:
    d = plan_dialog(qtbot, gui_services, made.case_id)
    show_active(qtbot, d)
    assert d.windowTitle() == "新しいプラン"
    assert d.revision_label.text() == "初回プラン"
    assert d.made_edit.date() == SCREEN_TODAY
    commit_text(d.goal_edit, "安定した仕事に就く")
    commit_text(d.short_goals_edit, "履歴書を書く")
    d.issues_list.boxes["job_hunting"].setChecked(True)
    d.pages.setCurrentIndex(1)
    d.supporters.add_button.click()
    supporter, _agency_box, action, due, _remove = d.supporters.rows[0]
    commit_text(supporter, "就労支援員")
    commit_text(action, "求人の紹介")
    due.set_text("R5.7.31")
    d.employment_check.setChecked(True)
    d.period_from_edit.set_text("2023/6/1")
    d.period_to_edit.set_text("2023/11/30")
    labels = [d.meeting_combo.itemText(i) for i in range(d.meeting_combo.count())]
    assert labels == ["", "2023-05-16 13:30 定例支援調整会議"]
    d.meeting_combo.setCurrentIndex(1)
    ctrl_s(qtbot, d.goal_edit)
    assert d.result() == d.DialogCode.Accepted
    saved = gui_services.records.plan(d.record_id)
    assert saved.revision_no == 0
    assert saved.draft.person_goal == "安定した仕事に就く"
    assert saved.draft.issues == ("job_hunting",)
    assert saved.draft.employment_support is True
    assert saved.draft.approved_meeting_id == meeting
    assert [(a.supporter, a.action, a.due_on) for a in saved.draft.supporter_actions] == [
        ("就労支援員", "求人の紹介", date(2023, 7, 31))
    ]
    assert (saved.draft.period_from, saved.draft.period_to) == (date(2023, 6, 1), date(2023, 11, 30))
    SHOTS.mkdir(exist_ok=True)
    d2 = plan_dialog(qtbot, gui_services, made.case_id, d.record_id)
    d2.show()
    d2.grab().save(str(SHOTS / "plan_dialog_goals.png"))
    d2.pages.setCurrentIndex(1)
    d2.grab().save(str(SHOTS / "plan_dialog_support.png"))


def test_plan_errors_show_next_to_the_field_and_nothing_is_saved(ja_app, qtbot, gui_services, made) -> None:
    d = plan_dialog(qtbot, gui_services, made.case_id)
    d.show()
    d.period_from_edit.set_text("2023/6/1")
    d.period_to_edit.set_text("2023/5/1")
    d.supporters.add_button.click()
    commit_text(d.supporters.rows[0][2], "同行支援")  # an action without a supporter
    assert d.save() is None
    assert d.isVisible()
    assert "開始日より後" in d.error_text("period_to")
    assert d.error_text("supporter_actions").startswith("1行目: 支援者を入力してください")
    assert d.pages.currentIndex() == 1  # the page with the problem is shown
    assert gui_services.timeline.timeline(made.case_id, frozenset({"plan"})) == []


def test_re_plan_is_numbered_and_an_edit_keeps_its_number(ja_app, qtbot, gui_services, made) -> None:
    first = gui_services.cases.add_plan(PlanDraft(made.case_id, "self_reliance", date(2022, 5, 1), person_goal="旧"))
    d = plan_dialog(qtbot, gui_services, made.case_id)
    assert d.revision_label.text() == "再プラン 1"
    edit = plan_dialog(qtbot, gui_services, made.case_id, first)
    assert edit.windowTitle() == "プランの編集"
    assert edit.revision_label.text() == "初回プラン"
    assert not edit.programme_combo.isEnabled()
    assert edit.goal_edit.toPlainText() == "旧"
    edit.goal_edit.clear()
    commit_text(edit.goal_edit, "新しい目標")
    assert edit.save() == first
    assert gui_services.records.plan(first).draft.person_goal == "新しい目標"


def test_an_edit_saved_elsewhere_first_is_not_overwritten(ja_app, qtbot, gui_services, made) -> None:
    plan_id = gui_services.cases.add_plan(PlanDraft(made.case_id, "self_reliance", date(2022, 5, 1), person_goal="A"))
    mine = plan_dialog(qtbot, gui_services, made.case_id, plan_id)
    theirs = plan_dialog(qtbot, gui_services, made.case_id, plan_id)
    type_at_end(theirs.goal_edit, "（先に保存）")
    assert theirs.save() == plan_id
    type_at_end(mine.goal_edit, "（後から）")
    assert mine.save() is None
    assert "他の人が先に保存" in mine.error_text("other")
    assert gui_services.records.plan(plan_id).draft.person_goal == "A（先に保存）"


# ---- referral, outcome, service use ----------------------------------------------------------
def test_referral_to_an_agency_found_by_typing(ja_app, qtbot, gui_services, made, agency) -> None:
    d = ReferralDialog(gui_services.cases, gui_services.records, gui_services.agencies, TODAY, case_id=made.case_id,
                       person_id=made.person_id, programmes=[("self_reliance", "自立相談支援事業")])  # fmt: skip
    qtbot.addWidget(d)
    show_active(qtbot, d)
    d.direction_radios[1].setChecked(True)
    assert d.save() is None
    assert d.error_text("agency_id") == "関係機関を一覧から選んでください"
    commit_text(d.agency_combo.lineEdit(), "ハローワーク")
    commit_text(d.purpose_edit, "求職登録")
    ctrl_s(qtbot, d.purpose_edit)
    assert d.result() == d.DialogCode.Accepted
    saved = gui_services.records.referral(d.record_id)
    assert (saved.draft.direction, saved.draft.agency_id, saved.draft.purpose) == ("out", agency, "求職登録")
    assert saved.draft.case_id == made.case_id


def test_income_increase_in_man_yen_and_a_bad_amount(ja_app, qtbot, gui_services, made) -> None:
    d = OutcomeDialog(gui_services.records, gui_services.codes, TODAY, case_id=made.case_id)
    qtbot.addWidget(d)
    d.show()
    assert d.employer_edit.isEnabled() and not d.amount_edit.isEnabled()
    d.kind_radios[1].setChecked(True)
    assert not d.employer_edit.isEnabled() and d.amount_edit.isEnabled()
    qtbot.keyClicks(d.amount_edit, "abc")
    assert d.save() is None
    assert d.error_text("increase_yen")
    d.amount_edit.clear()
    commit_text(d.amount_edit, "３万")
    assert d.save() is not None
    saved = gui_services.records.outcome(d.record_id).draft
    assert (saved.kind, saved.increase_yen) == ("income_increase", 30_000)
    again = OutcomeDialog(gui_services.records, gui_services.codes, TODAY, case_id=made.case_id, outcome_id=d.record_id)
    qtbot.addWidget(again)
    assert again.kind_radios[1].isChecked() and again.amount_edit.text() == "30,000"


def test_employment_with_type_and_route(ja_app, qtbot, gui_services, made) -> None:
    d = OutcomeDialog(gui_services.records, gui_services.codes, TODAY, case_id=made.case_id)
    qtbot.addWidget(d)
    d.date_edit.set_text("R5.5.8")
    commit_text(d.employer_edit, "架空食品株式会社")
    d.type_combo.set_value("part_time")
    d.via_combo.set_value("hello_work")
    assert d.save() is not None
    saved = gui_services.records.outcome(d.record_id).draft
    assert (saved.occurred_on, saved.employer_name, saved.employment_type, saved.via) == (
        date(2023, 5, 8), "架空食品株式会社", "part_time", "hello_work"
    )  # fmt: skip


def test_service_use_end_before_start_is_shown_under_the_end_date(ja_app, qtbot, gui_services, made) -> None:
    d = ServiceUseDialog(gui_services.records, gui_services.codes, gui_services.agencies, TODAY, case_id=made.case_id)
    qtbot.addWidget(d)
    d.service_combo.set_value("employment_preparation")
    d.start_edit.set_text("2023/5/1")
    d.end_edit.set_text("2023/4/1")
    assert d.save() is None
    assert "利用開始日より後" in d.error_text("ended_on")
    d.end_edit.set_text("2023/5/31")
    assert d.save() is not None
    assert gui_services.records.service_use(d.record_id).draft.ended_on == date(2023, 5, 31)


# ---- from the case file ----------------------------------------------------------------------
def test_keyboard_shortcuts_and_enter_on_the_timeline_open_the_dialogs(ja_app, qtbot, gui_services, made) -> None:
    sv = gui_services
    presenter = RecordingPresenter()
    view = CaseFileView(sv.cases, sv.timeline, sv.codes, TODAY, presenter)
    qtbot.addWidget(view)
    actions = CaseActions(sv, TODAY, presenter, view)
    opened: list[object] = []

    def fill_and_save(dialog) -> bool:
        opened.append(dialog)
        if isinstance(dialog, PlanDialog) and dialog.record_id is None and not dialog.goal_edit.toPlainText():
            commit_text(dialog.goal_edit, "生活を立て直す")
        return dialog.save() is not None

    actions.run_dialog = fill_and_save
    view.sig_new_record.connect(lambda kind: actions.new_record(made.case_id, kind))
    view.sig_open_entry.connect(lambda kind, i: actions.open_entry(made.case_id, kind, i))
    actions.sig_changed.connect(lambda case_id, _m: view.show_case(case_id))
    view.show_case(made.case_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert isinstance(opened[-1], PlanDialog)
    assert sv.timeline.timeline(made.case_id)[0].title == "プラン（初回）"
    view.table.setFocus()
    view.table.selectRow(0)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    edit = opened[-1]
    assert isinstance(edit, PlanDialog) and edit.record_id is not None
    assert edit.goal_edit.toPlainText() == "生活を立て直す"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(opened) == 3)
    assert isinstance(opened[-1], ServiceUseDialog)
    assert opened[-1].error_text("service") == "利用する事業を入力してください"  # not chosen: refused, nothing saved
    assert len(sv.timeline.timeline(made.case_id)) == 1


def test_a_contact_is_corrected_from_the_timeline(ja_app, qtbot, gui_services, made) -> None:
    sv = gui_services
    cid = sv.cases.add_contact(ContactDraft(made.case_id, "self_reliance", date(2023, 5, 1), "phone", "家賃の相談"))
    presenter = RecordingPresenter()
    view = CaseFileView(sv.cases, sv.timeline, sv.codes, TODAY, presenter)
    qtbot.addWidget(view)
    actions = CaseActions(sv, TODAY, presenter, view)
    shown: list[ContactDialog] = []

    def correct(dialog) -> bool:
        shown.append(dialog)
        assert dialog.content_edit.toPlainText() == "家賃の相談"
        dialog.content_edit.moveCursor(QTextCursor.MoveOperation.End)
        commit_text(dialog.content_edit, "と光熱費の相談")
        dialog.time_edit.setText("25:00")
        assert dialog.save() is None and "HH:MM" in dialog.error_text("contact_at")
        dialog.time_edit.setText("１０：１５")
        return dialog.save() == cid

    actions.run_dialog = correct
    view.sig_open_entry.connect(lambda kind, i: actions.open_entry(made.case_id, kind, i))
    actions.sig_changed.connect(lambda case_id, _m: view.show_case(case_id))
    view.show_case(made.case_id)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(shown) == 1
    entry = view.model.entry(0)
    assert (entry.detail, entry.at) == ("家賃の相談と光熱費の相談", time(10, 15))


def test_tab_walks_the_referral_dialog_in_screen_order(ja_app, qtbot, gui_services, made) -> None:
    d = ReferralDialog(gui_services.cases, gui_services.records, gui_services.agencies, TODAY, case_id=made.case_id,
                       person_id=made.person_id, programmes=[("self_reliance", "自立相談支援事業")])  # fmt: skip
    qtbot.addWidget(d)
    show_active(qtbot, d)
    d.date_edit.setFocus()
    qtbot.keyClick(d.date_edit, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is d.agency_combo or focused is d.agency_combo.lineEdit(), "the agency comes right after the date"
