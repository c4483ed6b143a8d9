"""The 訪問記録 tab as the outreach worker uses it, from the keyboard: Ctrl+Shift+V, type the
case's reading, the time, two staff, an agency, the result, the hikikomori state and the next
visit, Ctrl+S; filter the list by month and agency; see the joint visit in the month-by-month
liaison table and print it (Ctrl+P); record the planned next visit as made (Enter); delete a
visit (Del); record disaster support activities and see their counts, equal to the statistics.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from app.domain.drafts import AgencyDraft, IntakeDraft, PersonDraft, StaffDraft
from app.domain.visit_drafts import VisitDraft
from app.qt.messages import RecordingPresenter
from app.qt.visit_table_model import COLUMN_OF
from app.services.outreach import OutreachService
from app.services.statistics import StatisticsService
from app.views.main_window import MainWindow
from app.views.visits.disaster_dialog import DisasterActivityDialog
from app.views.visits.tab import VisitsTab
from app.views.visits.visit_dialog import VisitDialog
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SHOTS = Path("/tmp/visits")


class Setup:
    """A ledger with two staff, one agency, an outreach case (hikikomori) and a self-reliance
    case, and the tab in a main window of 1280×800 (fictional names only)."""

    def __init__(self, qtbot, sv) -> None:
        if getattr(sv, "outreach", None) is None:
            sv.outreach = OutreachService(sv.ledger, today=lambda: SCREEN_TODAY)
        self.sv = sv
        self.kawabe = sv.staff.add_staff(StaffDraft("川辺", "outreach_worker", "ひかる", "かわべ", "ひかる"))
        self.mori = sv.staff.add_staff(StaffDraft("森", "counsellor", "あかり", "もり", "あかり"))
        self.health = sv.agencies.add_agency(
            AgencyDraft("架空市保健所", "government", "かくうしほけんじょ", "精神保健係")
        )
        self.school = sv.agencies.add_agency(AgencyDraft("架空市教育委員会", "education", department="SSW"))
        self.yamano = sv.cases.open_case(
            IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="outreach", programmes=("outreach",),
                        person=PersonDraft("山野", "ゆうき", "やまの", "ゆうき"))
        ).case_id  # fmt: skip
        self.hamada = sv.cases.open_case(
            IntakeDraft(received_on=date(2023, 4, 3), method="office", route="self", programmes=("self_reliance",),
                        person=PersonDraft("浜田", "けん", "はまだ", "けん"))
        ).case_id  # fmt: skip
        # before the keyboard: a May visit without agencies, an April one with the school's SSW
        sv.outreach.record_visit(VisitDraft(date(2023, 5, 10), "home", "visit", programme="self_reliance",
                                            case_id=self.hamada, result="met", staff_ids=(self.mori,)))  # fmt: skip
        sv.outreach.record_visit(VisitDraft(date(2023, 4, 20), "school", "visit", case_id=self.yamano,
                                            result="family_only", staff_ids=(self.kawabe,),
                                            agency_ids=(self.school,)))  # fmt: skip
        self.presenter = RecordingPresenter(answers=[True])
        self.previews: list[tuple[Path, str]] = []
        self.tab = VisitsTab(sv, today=lambda: SCREEN_TODAY, presenter=self.presenter, staff_id=self.kawabe,
                             open_preview=lambda _parent, path, title: self.previews.append((path, title)))  # fmt: skip
        self.window = MainWindow(ledger_description="test.sqlite3", presenter=self.presenter, staff_name="川辺 ひかる",
                                 tabs={"visits": self.tab})  # fmt: skip
        qtbot.addWidget(self.window)
        self.tab.sig_status.connect(self.window.statusBar().showMessage)  # as launch.py wires every tab
        self.window.tab_widget.setCurrentWidget(self.tab)
        self.window.resize(1280, 800)
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()

    def reactivate(self, qtbot) -> None:
        """Back to the main window after a dialog (the offscreen platform, unlike a window
        manager, does not give the activation back by itself)."""
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)


@pytest.fixture
def setup(ja_app, qtbot, gui_services) -> Setup:
    return Setup(qtbot, gui_services)


def cells(tab: VisitsTab, row: int) -> dict[str, str]:
    m = tab.model
    return {key: m.data(m.index(row, col)) for key, col in COLUMN_OF.items()}


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Move a combo to ``label`` with the arrow keys, as from the keyboard."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, label
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def show(qtbot, dialog: QDialog) -> None:
    """Show the dialog and wait until it is the active window (its Ctrl+S needs that)."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_a_visit_from_the_keyboard_to_the_liaison_table_and_done(setup: Setup, qtbot) -> None:
    tab, s = setup.tab, setup
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert tab.count_label.text() == "2件"
    assert tab.pages.tabText(0) == "&1 訪問記録"

    def fill_new_visit(dialog: QDialog) -> bool:
        assert isinstance(dialog, VisitDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "訪問を記録"
        commit_text(dialog.case_field.edit, "ヤマノ")  # katakana finds the hiragana reading
        qtbot.keyClick(dialog.case_field.edit, Qt.Key.Key_Return)  # the only match is taken
        assert dialog.case_field.case_id() == s.yamano
        assert dialog.programme_combo.currentText() == "アウトリーチ等の充実による自立相談支援機能強化事業"
        assert dialog.states_group.isVisible()  # an outreach case: the hikikomori state is asked
        dialog.date_edit.selectAll()
        qtbot.keyClicks(dialog.date_edit, "R5.5.24")
        qtbot.keyClicks(dialog.start_edit, "14:00")
        qtbot.keyClicks(dialog.end_edit, "15:10")
        choose(qtbot, dialog.purpose_combo, "関係づくり")
        choose(qtbot, dialog.result_combo, "ドア越し")
        assert dialog.staff_list.boxes[str(s.kawabe)].isChecked()  # the user went
        qtbot.keyClick(dialog.staff_list.boxes[str(s.mori)], Qt.Key.Key_Space)  # and her colleague
        commit_text(dialog.agency_list.combo.lineEdit(), "保健所")
        qtbot.keyClick(dialog.agency_list.combo.lineEdit(), Qt.Key.Key_Return)
        assert dialog.agency_list.list.item(0).text() == "架空市保健所 精神保健係"
        commit_text(dialog.content_edit, "ドア越しに初めて声が聞けた。")
        qtbot.keyClicks(dialog.next_edit, "2023/6/8")
        months, going, _note = dialog.state_fields["person"]
        months.selectAll()
        qtbot.keyClicks(months, "72")
        choose(qtbot, going, "自室からは出るが家からは出ない")
        commit_text(dialog.state_fields["family"][2], "母親は支援を希望")
        shot(dialog, "visit_dialog.png")
        qtbot.keyClick(dialog.content_edit, Qt.Key.Key_S, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill_new_visit
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.count_label.text() == "4件")  # the visit and the next one, planned
    assert s.window.statusBar().currentMessage() == "訪問を記録しました。"
    planned, made = cells(tab, 0), cells(tab, 1)
    assert (planned["date"], planned["result"], planned["name"]) == ("2023-06-08", "予定", "山野 ゆうき")
    assert (made["date"], made["time"], made["result"], made["purpose"]) == ("2023-05-24", "14:00–15:10", "ドア越し",
                                                                            "関係づくり")  # fmt: skip
    assert made["staff"] == "川辺 ひかる、森 あかり" and made["agencies"] == "架空市保健所 精神保健係"
    visit = s.sv.outreach.visit(tab.model.row_at(1).id)
    assert [(st.subject, st.duration_months, st.going_out, st.note) for st in visit.draft.states] == [
        ("person", 72, "room_only", ""), ("family", None, None, "母親は支援を希望")]  # fmt: skip
    assert [tab.upcoming.item(0, c).text() for c in range(3)] == ["2023-06-08", "山野 ゆうき", "川辺 ひかる、森 あかり"]
    shot(s.window, "visits_tab.png")

    # filter: May, then May with the health centre only
    tab.month_combo.setFocus()
    choose(qtbot, tab.month_combo, "2023-05")
    assert tab.count_label.text() == "2件"
    commit_text(tab.agency_combo.lineEdit(), "保健所")
    qtbot.waitUntil(lambda: tab.count_label.text() == "1件")
    assert cells(tab, 0)["date"] == "2023-05-24"
    tab.agency_combo.lineEdit().clear()
    qtbot.waitUntil(lambda: tab.count_label.text() == "2件")
    choose(qtbot, tab.staff_combo, "森 あかり")
    assert tab.count_label.text() == "2件"
    choose(qtbot, tab.result_combo, "本人と面会")
    assert [cells(tab, r)["name"] for r in range(tab.model.rowCount())] == ["浜田 けん"]
    choose(qtbot, tab.result_combo, "すべて")
    choose(qtbot, tab.staff_combo, "すべて")
    choose(qtbot, tab.month_combo, "すべての月")

    # the liaison table (Alt+2): April's SSW visit, May's joint visit with the health centre
    s.reactivate(qtbot)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_2, ALT)
    assert tab.pages.currentIndex() == 1
    assert not tab.month_combo.isEnabled()  # the page shows the whole year
    tree = tab.liaison_tree
    april, may = tree.topLevelItem(0), tree.topLevelItem(1)
    assert (april.text(0), may.text(0), tree.topLevelItem(2).text(0)) == ("4月（1件）", "5月（1件）", "6月（0件）")
    entry = may.child(0)
    assert [entry.text(c) for c in range(4)] == ["5/24（水）", "架空市保健所 精神保健係", "同行訪問、関係づくり",
                                                 "川辺 ひかる、森 あかり"]  # fmt: skip
    assert april.child(0).text(2) == "学校へ同行"
    shot(s.window, "visits_liaison.png")
    qtbot.keyClick(tree, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(s.previews) == 1)
    path, title = s.previews[0]
    assert title == "関係機関との連携内容" and path.name == "関係機関との連携内容 2023年度.pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")
    assert (
        "・架空市保健所精神保健係と同行訪問、関係づくり（24日）" in text
        and "・架空市教育委員会SSWと学校へ同行（20日）" in text
    )
    assert "山野" not in text

    # the planned visit was made today: Alt+1, the planned list, Enter, the result, Ctrl+S
    def record_made(dialog: QDialog) -> bool:
        assert isinstance(dialog, VisitDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "予定の訪問の実施を記録"
        assert dialog.date_edit.date() == SCREEN_TODAY and not dialog.planned_check.isVisible()
        choose(qtbot, dialog.result_combo, "本人と面会")
        commit_text(dialog.content_edit, "玄関で5分話せた。")
        qtbot.keyClick(dialog.content_edit, Qt.Key.Key_S, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = record_made
    qtbot.keyClick(tree, Qt.Key.Key_1, ALT)
    assert tab.pages.currentIndex() == 0
    tab.upcoming.setFocus()
    tab.upcoming.setCurrentCell(0, 0)
    qtbot.keyClick(tab.upcoming, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.upcoming.rowCount() == 0)
    s.reactivate(qtbot)
    assert s.window.statusBar().currentMessage() == "予定の訪問を実施済みとして記録しました。"
    first = cells(tab, 0)
    assert (first["date"], first["result"], first["content"]) == ("2023-06-01", "本人と面会", "玄関で5分話せた。")

    # Del deletes the current visit, after asking
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.count_label.text() == "3件")
    assert s.presenter.messages[-1][:2] == ("question", "訪問記録の削除")


def test_an_edit_opens_with_enter_and_keeps_the_case(setup: Setup, qtbot) -> None:
    tab = setup.tab
    seen: list[VisitDialog] = []

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, VisitDialog)
        seen.append(dialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "訪問記録の修正" and not dialog.case_field.isEnabled()
        dialog.start_edit.setText("9時")
        qtbot.keyClick(dialog.content_edit, Qt.Key.Key_S, CTRL)
        assert dialog.isVisible() and dialog.error_text("visited_on") == "時刻は HH:MM で入力してください"
        dialog.start_edit.setText("9:30")
        qtbot.keyClick(dialog.content_edit, Qt.Key.Key_S, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = edit
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and cells(tab, 0)["time"] == "9:30")
    assert setup.window.statusBar().currentMessage() == "訪問記録を保存しました。"


def test_a_new_visit_without_a_case_says_what_is_missing(setup: Setup, qtbot) -> None:
    dialog = VisitDialog(setup.sv, lambda: SCREEN_TODAY, staff_id=None, parent=setup.tab)
    show(qtbot, dialog)
    assert not dialog.states_group.isVisible()
    dialog.start_edit.setText("10:00")
    dialog.end_edit.setText("9:00")
    assert dialog.save() is None
    assert dialog.error_text("case_id") == "訪問したケースを選んでください"
    assert dialog.error_text("result") == "訪問の結果を選んでください"
    assert dialog.error_text("staff_ids") == "訪問した職員を一人以上選んでください"
    assert dialog.error_text("visited_on") == "終了時刻は開始時刻より後にしてください"
    assert dialog.error_text("programme") == ""
    shot(dialog, "visit_dialog_errors.png")


def test_disaster_activities_are_counted_as_the_statistics_count_them(setup: Setup, qtbot) -> None:
    tab, s = setup.tab, setup

    def three_calls(dialog: QDialog) -> bool:
        assert isinstance(dialog, DisasterActivityDialog)
        show(qtbot, dialog)
        choose(qtbot, dialog.kind_combo, "電話")
        dialog.count_spin.selectAll()
        qtbot.keyClicks(dialog.count_spin, "3")
        commit_text(dialog.content_edit, "仮設住宅からの相談")
        shot(dialog, "disaster_dialog.png")
        qtbot.keyClick(dialog.content_edit, Qt.Key.Key_S, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = three_calls
    qtbot.keyClick(tab.table, Qt.Key.Key_3, ALT)
    assert tab.pages.currentIndex() == 2
    tab.disaster_list.setFocus()
    qtbot.keyClick(tab.disaster_list, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.disaster_counts["phone"].text() == "3件")
    s.reactivate(qtbot)
    qtbot.mouseClick(tab.disaster_add["outreach"], Qt.MouseButton.LeftButton)  # +1 today
    assert tab.disaster_counts["outreach"].text() == "1件" and tab.disaster_list.rowCount() == 4
    assert tab.disaster_list.item(3, 6).text() == "仮設住宅からの相談"
    shot(s.window, "visits_disaster.png")
    figures = StatisticsService(s.sv.ledger, today=lambda: SCREEN_TODAY).values(2023)
    shown = {k: int(label.text().removesuffix("件")) for k, label in tab.disaster_counts.items()}
    assert shown == {k: figures[f"disaster_recovery.activities.{k}"] for k in shown}
    tab.disaster_list.setFocus()
    tab.disaster_list.setCurrentCell(0, 0)
    qtbot.keyClick(tab.disaster_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.disaster_list.rowCount() == 3)
    assert QApplication.activeWindow() is s.window


def test_the_list_pages_as_it_scrolls(setup: Setup, qtbot) -> None:
    s = setup
    for day in range(3, 33):
        for hour in (9, 11, 13, 15):
            on = date(2023, 4, 3) + timedelta(days=day - 3)
            s.sv.outreach.record_visit(VisitDraft(on, "home", "visit", case_id=s.yamano, result="absent",
                                                  start_at=time(hour, 0), staff_ids=(s.kawabe,)))  # fmt: skip
    s.tab.refresh()
    assert s.tab.count_label.text() == "122件" and s.tab.model.rowCount() == 100
    s.tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: s.tab.model.rowCount() == 122)
    choose(qtbot, s.tab.month_combo, "2023-05")
    path = s.tab.print_visit_log()
    assert path is not None and s.previews[-1] == (path, "訪問記録一覧") and path.name == "訪問記録一覧 2023年5月.pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")
    assert "期間2023年5月" in text and "件数9件" in text and "2023年5月9件" in text


def test_the_model_passes_qts_checks(setup: Setup, qtbot, qtlog) -> None:
    tab = setup.tab
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tab.refresh()
    choose(qtbot, tab.planned_combo, "実施済み")
    assert tab.count_label.text() == "2件"
    choose(qtbot, tab.planned_combo, "予定")
    assert tab.model.rowCount() == 0
    complaints = [r.message for r in qtlog.records if "FAIL" in r.message or "modeltest" in r.message.lower()]
    assert complaints == []
