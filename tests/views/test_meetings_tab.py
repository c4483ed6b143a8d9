"""The 会議予定 tab as the centre uses it, from the keyboard: a monthly meeting on the third
Tuesday made in the series dialog and seen in the calendar, its occurrence on 春分の日 moved
to the next day (and not brought back when the series regenerates), another cancelled
(struck through); three case reviews at the budget coordination meeting, with the statistics
and the consent-aware agenda; a 支援会議 seen by a non-member; trainings; the .ics export
and the printouts (Ctrl+P). Screenshots of the calendar, the list and every dialog.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QDialog

from app.domain.drafts import AgencyDraft, IntakeDraft, PersonDraft, PlanDraft, StaffDraft
from app.domain.meeting_drafts import AttendeeDraft, MeetingDraft, SeriesDraft, TrainingDraft
from app.qt.meeting_table_model import COLUMN_OF
from app.qt.messages import RecordingPresenter
from app.services.meeting_rows import NO_CONSENT, MeetingFilter
from app.services.statistics import StatisticsService
from app.views.main_window import MainWindow
from app.views.meetings.meeting_dialog import MeetingDialog
from app.views.meetings.review_dialog import ReviewDialog
from app.views.meetings.series_dialog import SeriesDialog
from app.views.meetings.tab import LIST, MeetingsTab
from app.views.meetings.training_dialog import TrainingDialog
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SHOTS = Path("/tmp/meetings")
SHUNBUN = date(2023, 3, 21)  # 春分の日, a third Tuesday
REVIEW_KEYS = (
    "household_budget.coordination_meeting.new_reviews",
    "household_budget.coordination_meeting.monitoring_reviews",
    "household_budget.use_decisions",
)


class Setup:
    """Two staff, an agency, and the tab of 川辺 (staff A) in a main window of 1280×800
    (fictional names only)."""

    def __init__(self, qtbot, sv, *, staff: str = "kawabe") -> None:
        self.sv = sv
        self.kawabe = sv.staff.add_staff(StaffDraft("川辺", "counsellor", "ひかる", "かわべ", "ひかる"))
        self.mori = sv.staff.add_staff(StaffDraft("森", "budget_advisor", "あかり", "もり", "あかり"))
        self.city = sv.agencies.add_agency(AgencyDraft("架空市役所", "government", "かくうしやくしょ", "生活福祉課"))
        self.presenter = RecordingPresenter(answers=[True])
        self.previews: list[tuple[Path, str]] = []
        self.tab = self.make_tab(qtbot, self.kawabe)
        self.window = MainWindow(ledger_description="test.sqlite3", presenter=self.presenter, staff_name="川辺 ひかる",
                                 tabs={"meetings": self.tab})  # fmt: skip
        qtbot.addWidget(self.window)
        self.tab.sig_status.connect(self.window.statusBar().showMessage)  # as launch.py wires every tab
        self.window.tab_widget.setCurrentWidget(self.tab)
        self.window.resize(1280, 800)
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()

    def make_tab(self, qtbot, staff_id: int) -> MeetingsTab:
        tab = MeetingsTab(self.sv, today=lambda: SCREEN_TODAY, presenter=self.presenter, staff_id=staff_id,
                          open_preview=lambda _parent, path, title: self.previews.append((path, title)))  # fmt: skip
        return tab

    def reactivate(self, qtbot) -> None:
        """Back to the main window after a dialog (offscreen, nothing gives activation back)."""
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)

    def open_case(self, family: str, kana: str, *, consent: bool) -> tuple[int, str]:
        r = self.sv.cases.open_case(
            IntakeDraft(received_on=date(2023, 4, 3), method="office", route="self", programmes=("household_budget",),
                        person=PersonDraft(family, "さん", kana, "さん"), consent_given=consent,
                        consent_on=date(2023, 4, 3) if consent else None)
        )  # fmt: skip
        return r.case_id, r.case_no


@pytest.fixture
def setup(ja_app, qtbot, gui_services) -> Setup:
    return Setup(qtbot, gui_services)


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Move a combo to ``label`` with the arrow keys, as from the keyboard."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, (label, [combo.itemText(i) for i in range(combo.count())])
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


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def go_to(qtbot, tab: MeetingsTab, target: date) -> None:
    """Walk the calendar to ``target`` with PgUp/PgDn and the arrows."""
    cal = tab.calendar
    cal.setFocus()
    while (cal.selected_date().year, cal.selected_date().month) != (target.year, target.month):
        ahead = (target.year, target.month) > (cal.selected_date().year, cal.selected_date().month)
        qtbot.keyClick(cal, Qt.Key.Key_PageDown if ahead else Qt.Key.Key_PageUp)
    while (target - cal.selected_date()).days >= 7:
        qtbot.keyClick(cal, Qt.Key.Key_Down)
    while (cal.selected_date() - target).days >= 7:
        qtbot.keyClick(cal, Qt.Key.Key_Up)
    while cal.selected_date() != target:
        qtbot.keyClick(cal, Qt.Key.Key_Right if cal.selected_date() < target else Qt.Key.Key_Left)


def chip_texts(tab: MeetingsTab, on: date) -> list[tuple[str, bool, bool]]:
    return [(c.text, c.struck, c.restricted) for c in tab.calendar.chips(on)]


# ---- a monthly series, moved and cancelled occurrences ------------------------------------------
def test_a_third_tuesday_series_moved_off_the_holiday_and_cancelled(setup: Setup, qtbot) -> None:
    tab, s = setup.tab, setup
    assert tab.month_label.text() == "2023年6月" and tab.calendar.selected_date() == SCREEN_TODAY
    go_to(qtbot, tab, date(2023, 1, 1))

    def fill_series(dialog: QDialog) -> bool:
        assert isinstance(dialog, SeriesDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "繰り返しの会議の登録"
        choose(qtbot, dialog.kind_combo, "ひきこもり支援調整会議")
        assert dialog.title_edit.text() == "ひきこもり支援調整会議"
        assert dialog.programme_combo.currentText() == "アウトリーチ等の充実による自立相談支援機能強化事業"
        choose(qtbot, dialog.rule_combo, "毎月第○○曜日")
        choose(qtbot, dialog.nth_combo, "第3")
        choose(qtbot, dialog.weekday_combo, "火曜日")
        assert dialog.rule_label.text() == "毎月第3火曜日"
        assert dialog.starts_edit.text() == "2023-01-01"  # the day selected in the calendar
        preview = dialog.preview_texts()
        assert len(preview) == 12 and preview[0] == "2023-01-17（火）"
        assert "2023-03-21（火）　春分の日" in preview
        choose(qtbot, dialog.shift_combo, "次の開所日")
        assert dialog.rule_label.text() == "毎月第3火曜日（休日は次の開所日）"
        assert "2023-03-22（水）　3/21（春分の日）から移動" in dialog.preview_texts()
        choose(qtbot, dialog.shift_combo, "そのまま")  # keep it: the holiday is moved by hand below
        qtbot.keyClicks(dialog.start_edit, "14:00")
        qtbot.keyClicks(dialog.end_edit, "16:00")
        commit_text(dialog.place_edit, "センター相談室")
        assert dialog.attendees.staff_ids() == {s.kawabe}
        commit_text(dialog.attendees.agency_list.combo.lineEdit(), "架空市役所")
        qtbot.keyClick(dialog.attendees.agency_list.combo.lineEdit(), Qt.Key.Key_Return)
        shot(dialog, "series_dialog.png")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_S, CTRL)
        return accepted(dialog)

    tab.run_dialog = fill_series
    qtbot.keyClick(tab.calendar, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.calendar.chips(date(2023, 1, 17)) != [])
    s.reactivate(qtbot)
    assert "12件追加" in s.window.statusBar().currentMessage()
    (series,) = s.sv.meetings.list_series()
    assert series.rule_label == "毎月第3火曜日" and series.meetings == 12
    assert chip_texts(tab, date(2023, 1, 17)) == [("14:00 ひきこもり支援調整会議", False, False)]

    # March: the meeting falls on 春分の日 — Enter on the day opens it, the date moves to the 22nd
    go_to(qtbot, tab, SHUNBUN)
    assert tab.calendar.day(SHUNBUN).holiday == "春分の日" and tab.calendar.day(SHUNBUN).red
    assert "春分の日" in tab.day_label.text()

    def move(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "会議の編集" and "毎月第3火曜日" in dialog.note_label.text()
        dialog.date_edit.selectAll()
        qtbot.keyClicks(dialog.date_edit, "R5.3.22")
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_S, CTRL)
        return accepted(dialog)

    tab.run_dialog = move
    qtbot.keyClick(tab.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.calendar.chips(SHUNBUN) == [])
    s.reactivate(qtbot)
    assert s.window.statusBar().currentMessage() == "会議を移動しました。"
    assert chip_texts(tab, date(2023, 3, 22)) == [("14:00 ひきこもり支援調整会議", False, False)]
    moved = tab.calendar.chips(date(2023, 3, 22))[0].meeting
    assert moved.moved and moved.occurrence_on == SHUNBUN
    again = s.sv.meetings.regenerate_series(series.id)
    assert again.created == () and moved.id in again.kept
    tab.refresh()
    assert tab.calendar.chips(SHUNBUN) == [] and len(tab.calendar.chips(date(2023, 3, 22))) == 1

    # February: cancel the meeting (reason asked), it stays in the calendar struck through
    def cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        show(qtbot, dialog)
        dialog.ask_reason = lambda _parent: "講師の都合"
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        return accepted(dialog)

    tab.run_dialog = cancel
    s.reactivate(qtbot)
    go_to(qtbot, tab, date(2023, 2, 21))
    qtbot.keyClick(tab.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.calendar.chips(date(2023, 2, 21))[0].struck)
    assert chip_texts(tab, date(2023, 2, 21)) == [("14:00 ひきこもり支援調整会議", True, False)]
    assert s.sv.meetings.meeting(tab.calendar.chips(date(2023, 2, 21))[0].meeting.id,
                                 viewer_staff_id=s.kawabe).minutes == "中止理由：講師の都合"  # fmt: skip
    assert tab.day_list.item(0).font().strikeOut()

    # the list (Alt+2): the whole series, the moved and the cancelled one marked
    s.reactivate(qtbot)
    tab.calendar.setFocus()
    qtbot.keyClick(tab.calendar, Qt.Key.Key_2, ALT)
    assert tab.pages.currentIndex() == LIST
    page = tab.list_page
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    choose(qtbot, page.period_combo, "すべて")
    assert page.count_label.text() == "12件"
    m = page.model
    texts = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    feb, mar = texts[1], texts[2]
    assert feb[COLUMN_OF["date"]] == "2023-02-21（火）" and feb[COLUMN_OF["status"]] == "中止"
    assert mar[COLUMN_OF["date"]] == "2023-03-22（水）" and mar[COLUMN_OF["series"]] == "移動"
    assert m.data(m.index(1, 0), Qt.ItemDataRole.FontRole).strikeOut()
    choose(qtbot, page.status_combo, "中止")
    assert page.count_label.text() == "1件"


# ---- case reviews, the statistics and the agenda ---------------------------------------------
def test_three_reviews_at_the_budget_meeting_change_the_statistics(setup: Setup, qtbot) -> None:
    tab, s, sv = setup.tab, setup, setup.sv
    refused, refused_no = s.open_case("海野", "うみの", consent=False)  # a new case, no consent
    monitored, _ = s.open_case("空井", "そらい", consent=True)
    decided, decided_no = s.open_case("谷口", "たにぐち", consent=True)
    sv.cases.change_status(refused, "household_budget", "plan_draft", date(2023, 5, 1))
    sv.cases.add_plan(PlanDraft(monitored, "household_budget", date(2023, 4, 10), next_monitoring_on=date(2023, 5, 15)))
    stats = StatisticsService(sv.ledger, lambda: SCREEN_TODAY)
    before = stats.values(2023)

    # Ctrl+N on 5/30: the budget meeting, then 検討ケース… straight from its dialog
    def new_meeting(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "会議の登録" and dialog.date_edit.date() == date(2023, 5, 30)
        choose(qtbot, dialog.kind_combo, "家計改善支援事業支援調整会議")
        assert dialog.programme_combo.currentText() == "生活困窮者家計改善支援事業"
        qtbot.keyClicks(dialog.start_edit, "13:30")
        qtbot.keyClicks(dialog.end_edit, "15:00")
        commit_text(dialog.place_edit, "センター会議室")
        qtbot.keyClick(dialog.attendees.staff_list.boxes[str(s.mori)], Qt.Key.Key_Space)
        shot(dialog, "meeting_dialog_new.png")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_S, CTRL)
        return accepted(dialog)

    tab.run_dialog = new_meeting
    go_to(qtbot, tab, date(2023, 5, 30))
    qtbot.keyClick(tab.calendar, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: tab.calendar.chips(date(2023, 5, 30)) != [])
    assert chip_texts(tab, date(2023, 5, 30)) == [("13:30 家計改善支援事業支援調整会議", False, False)]
    meeting_id = tab.calendar.chips(date(2023, 5, 30))[0].meeting.id

    def reviews(dialog: QDialog) -> bool:
        if isinstance(dialog, MeetingDialog):  # Enter on the day: the meeting; 検討ケース… saves and hands over
            show(qtbot, dialog)
            shot(dialog, "meeting_dialog_edit.png")
            qtbot.mouseClick(dialog.reviews_button, Qt.MouseButton.LeftButton)
            return accepted(dialog) and dialog.next_action == "reviews"
        assert isinstance(dialog, ReviewDialog)
        show(qtbot, dialog)
        lines = {(line.case_id, line.kind.value()): line for line in dialog.lines}
        assert set(lines) >= {(refused, "new_review"), (monitored, "monitoring")}
        assert not any(line.check.isChecked() for line in dialog.lines)
        new = lines[(refused, "new_review")]
        assert new.case_label.text() == f"{refused_no}　{NO_CONSENT}"  # by case number only
        commit_text(new.decision, "家計改善支援の対象として検討を続ける")
        assert new.check.isChecked()  # typing a decision ticks the row
        mon = lines[(monitored, "monitoring")]
        commit_text(mon.decision, "分納継続")
        qtbot.keyClicks(mon.next_edit, "R5.8.29")
        commit_text(dialog.case_field.edit, "タニグチ")
        qtbot.keyClick(dialog.case_field.edit, Qt.Key.Key_Return)
        assert dialog.case_field.case_id() == decided
        choose(qtbot, dialog.add_kind, "利用決定")
        qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
        added = dialog.lines[-1]
        assert (added.case_id, added.kind.value(), added.check.isChecked()) == (decided, "use_decision", True)
        assert added.case_label.text() == f"{decided_no}　谷口 さん"
        commit_text(added.decision, "家計改善支援の利用を決定")
        shot(dialog, "review_dialog.png")
        qtbot.keyClick(added.decision, Qt.Key.Key_S, CTRL)
        return accepted(dialog)

    tab.run_dialog = reviews
    s.reactivate(qtbot)
    tab.calendar.setFocus()
    qtbot.keyClick(tab.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(sv.meetings.meeting(meeting_id, viewer_staff_id=s.kawabe).reviews) == 3)
    qtbot.waitUntil(lambda: s.window.statusBar().currentMessage() == "検討ケースを保存しました。")
    after = stats.values(2023)
    assert {k: after[k] - before[k] for k in after if after[k] != before[k]} == {k: 1 for k in REVIEW_KEYS}
    assert [r.kind for r in sv.meetings.case_reviews(decided)] == ["use_decision"]

    # the agenda printed for the partner agencies: the case without consent by its number only
    agenda = sv.meetings.agenda(meeting_id, viewer_staff_id=s.kawabe)
    (item,) = agenda.section("new_review")
    assert (item.case_no, item.person_name, item.recorded) == (refused_no, NO_CONSENT, True)
    tab.choose = lambda _question, choices: choices.index("議題（次回の会議）")
    s.reactivate(qtbot)
    tab.calendar.setFocus()
    qtbot.keyClick(tab.calendar, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(s.previews) == 1)
    path, title = s.previews[0]
    assert title == "会議次第・検討ケース一覧" and path.name == "会議次第 2023-05-30 家計改善支援事業支援調整会議.pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")
    assert refused_no in text and "海野" not in text and "空井" in text and "同意なし" in text


# ---- 支援会議: members only ------------------------------------------------------------------------
def test_a_support_council_is_restricted_for_a_non_member(setup: Setup, qtbot) -> None:
    s = setup
    s.sv.meetings.create_meeting(MeetingDraft(kind="support_council", held_on=date(2023, 6, 8), title="支援会議 海野さんの件",
                                              start_time=time(10, 0), place="市役所 会議室",
                                              attendees=(AttendeeDraft(staff_id=s.kawabe),)))  # fmt: skip
    s.tab.refresh()
    assert chip_texts(s.tab, date(2023, 6, 8)) == [("10:00 支援会議 海野さんの件", False, False)]
    other = s.make_tab(qtbot, s.mori)
    qtbot.addWidget(other)
    assert chip_texts(other, date(2023, 6, 8)) == [("10:00 支援会議（構成員のみ）", False, True)]
    other.calendar.select_date(date(2023, 6, 8))
    assert "海野" not in other.day_list.item(0).text() and "市役所" not in other.day_list.item(0).text()
    seen: list[MeetingDialog] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        seen.append(dialog)
        assert dialog.restricted and not dialog.title_edit.isEnabled() and not dialog.attendees.isEnabled()
        assert dialog.title_edit.text() == "" and dialog.place_edit.text() == ""
        assert dialog.attendees.staff_ids() == set()
        assert dialog.date_edit.isEnabled()  # a non-member may still move it
        dialog.resize(820, dialog.sizeHint().height())
        shot(dialog, "meeting_dialog_restricted.png")
        return False

    other.run_dialog = look
    assert not other.open_meeting()
    assert len(seen) == 1
    other.list_page.period_combo.setCurrentIndex(other.list_page.period_combo.findData("all"))
    m = other.list_page.model
    assert m.data(m.index(0, COLUMN_OF["title"])) == "支援会議（構成員のみ）"
    assert m.data(m.index(0, COLUMN_OF["place"])) == ""


# ---- trainings --------------------------------------------------------------------------------
def test_a_training_from_the_keyboard(setup: Setup, qtbot) -> None:
    tab, s = setup.tab, setup

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, TrainingDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "研修の記録" and dialog.date_edit.date() == SCREEN_TODAY
        commit_text(dialog.title_edit, "家計改善支援員研修（後期）")
        dialog.date_edit.selectAll()
        qtbot.keyClicks(dialog.date_edit, "2023/5/18")
        qtbot.keyClicks(dialog.ends_edit, "2023/5/19")
        commit_text(dialog.organiser_edit, "厚生労働省")
        qtbot.keyClick(dialog.online_check, Qt.Key.Key_Space)
        commit_text(dialog.summary_edit, "家計表の作り方、債務整理の基礎")
        qtbot.keyClick(dialog.attendees.staff_list.boxes[str(s.mori)], Qt.Key.Key_Space)
        commit_text(dialog.attendees.others_edit, "架空市社協 田中、岡山 花子")
        shot(dialog, "training_dialog.png")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, CTRL)
        return accepted(dialog)

    tab.run_dialog = fill
    tab.calendar.setFocus()
    qtbot.keyClick(tab.calendar, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: tab.trainings_page.table.rowCount() == 1)
    page = tab.trainings_page
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[:3] == ["2023-05-18（木）～5/19", "家計改善支援員研修（後期）", "厚生労働省"]
    assert row[3] == "4名：川辺 ひかる、森 あかり、架空市社協 田中、岡山 花子"
    (training,) = s.sv.meetings.trainings(2023)
    assert training.status == "held" and training.online and training.participants == 4


# ---- exchange and printing ----------------------------------------------------------------------
def test_ics_export_and_the_printouts(setup: Setup, qtbot, tmp_path: Path) -> None:
    tab, s = setup.tab, setup
    s.sv.meetings.create_meeting(MeetingDraft(kind="budget_coordination", held_on=date(2023, 6, 27),
                                              programme="household_budget", start_time=time(13, 0),
                                              end_time=time(15, 0), place="センター会議室"))  # fmt: skip
    s.sv.meetings.save_training(TrainingDraft("ひきこもり支援研修", date(2023, 6, 14), organiser="岡山県",
                                              programme="household_budget"))  # fmt: skip
    s.sv.meetings.create_meeting(MeetingDraft(kind="support_council", held_on=date(2023, 6, 8), title="秘密の件",
                                              attendees=(AttendeeDraft(staff_id=s.mori),)))  # fmt: skip
    tab.refresh()
    target = tmp_path / "calendar.ics"
    asked: list[tuple[str, str]] = []
    tab.choose = lambda _question, choices: 0  # the month shown
    tab.choose_save_path = lambda _parent, title, name: asked.append((title, name)) or str(target)
    tab.calendar.setFocus()
    qtbot.keyClick(tab.calendar, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(target.exists)
    assert asked == [("カレンダーの書き出し", "会議予定_2023-06.ics")]
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 3
    assert "SUMMARY:家計改善支援事業支援調整会議" in text and "SUMMARY:支援会議" in text and "秘密" not in text
    qtbot.waitUntil(lambda: "3件" in s.window.statusBar().currentMessage())

    tab.choose = lambda _question, choices: choices.index("月間予定表")
    qtbot.keyClick(tab.calendar, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(s.previews) == 1)
    path, title = s.previews[0]
    assert title == "月間予定表" and path.name == "会議予定 2023-06.pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")
    assert "家計改善支援事業支援調整会議" in text and "秘密" not in text

    answers = iter(["年間活動計画（事業別）", "生活困窮者家計改善支援事業"])
    tab.choose = lambda _question, choices: choices.index(next(answers))
    qtbot.keyClick(tab.calendar, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(s.previews) == 2)
    path, title = s.previews[1]
    assert title == "年間活動計画" and path.name == "年間活動計画 2023年度 生活困窮者家計改善支援事業.pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")
    assert "・家計改善支援事業支援調整会議（27日）" in text and "ひきこもり支援研修" in text


# ---- screenshots ----------------------------------------------------------------------------------
def test_screenshots_of_the_month_and_the_list(setup: Setup, qtbot) -> None:
    """March 2023: 春分の日, several kinds, a moved and a cancelled meeting, a restricted 支援会議."""
    s, mt = setup, setup.sv.meetings
    series = mt.create_series(SeriesDraft(kind="hikikomori_coordination", title="ひきこもり支援調整会議",
                                          rule="monthly_nth_weekday", nth=3, weekday=1, starts_on=date(2023, 1, 1),
                                          programme="outreach", start_time=time(14, 0), end_time=time(16, 0),
                                          place="センター相談室", attendees=(AttendeeDraft(staff_id=s.kawabe),)))  # fmt: skip
    on_holiday = next(r.id for r in mt.list_meetings(MeetingFilter(series_id=series.series_id))
                      if r.held_on == SHUNBUN)  # fmt: skip
    mt.move_meeting(on_holiday, date(2023, 3, 22))
    budget = mt.create_series(SeriesDraft(kind="budget_coordination", title="家計改善支援事業 支援調整会議",
                                          rule="monthly_day", day_of_month=28, holiday_shift="previous",
                                          starts_on=date(2023, 1, 1), programme="household_budget",
                                          start_time=time(13, 30), end_time=time(15, 0), place="センター会議室"))  # fmt: skip
    mt.create_series(SeriesDraft(kind="regular_coordination", title="定例支援調整会議", rule="monthly_nth_weekday",
                                 nth=2, weekday=3, starts_on=date(2023, 1, 1), programme="self_reliance",
                                 start_time=time(10, 0), end_time=time(11, 30), place="センター会議室"))  # fmt: skip
    emergency = mt.create_meeting(MeetingDraft(kind="emergency_coordination", held_on=date(2023, 3, 3),
                                               start_time=time(16, 0), title="緊急 住まいの確保"))  # fmt: skip
    mt.cancel_meeting(emergency, "本人と連絡がつかないため")
    mt.create_meeting(MeetingDraft(kind="support_council", held_on=date(2023, 3, 16), title="支援会議 A氏",
                                   start_time=time(10, 0), attendees=(AttendeeDraft(staff_id=s.mori),)))  # fmt: skip
    mt.create_meeting(MeetingDraft(kind="child_protection_council", held_on=date(2023, 3, 16),
                                   start_time=time(13, 30), place="市役所", organiser="架空市"))  # fmt: skip
    mt.create_meeting(MeetingDraft(kind="case_conference", held_on=date(2023, 3, 16), start_time=time(15, 30),
                                   title="ケース会議 B氏"))  # fmt: skip
    mt.create_meeting(MeetingDraft(kind="independence_council", held_on=date(2023, 3, 16), start_time=time(17, 0)))
    mt.save_training(TrainingDraft("アウトリーチ研修", date(2023, 3, 9), ends_on=date(2023, 3, 10), organiser="岡山県"))
    mt.create_meeting(MeetingDraft(kind="event", held_on=date(2023, 3, 25), title="フードドライブ"))
    assert budget.created
    tab = s.tab
    tab.refresh()
    go_to(qtbot, tab, date(2023, 3, 16))
    assert [c.restricted for c in tab.calendar.chips(date(2023, 3, 16))] == [True, False, False, False]
    qtbot.wait(50)
    shot(s.window, "calendar.png")
    tab.pages.setCurrentIndex(LIST)
    tab.list_page.period_combo.setCurrentIndex(tab.list_page.period_combo.findData("month"))
    assert tab.list_page.count_label.text() == "10件"
    shot(s.window, "list.png")
    tab.pages.setCurrentIndex(2)
    shot(s.window, "series.png")
    tab.pages.setCurrentIndex(3)
    tab.trainings_page.year_combo.setCurrentIndex(tab.trainings_page.year_combo.findData(2022))
    shot(s.window, "trainings.png")


# ---- the calendar from the keyboard (and the mouse) ------------------------------------------------
def test_calendar_keys_enter_and_the_day_list(setup: Setup, qtbot) -> None:
    tab, s = setup.tab, setup
    first = s.sv.meetings.create_meeting(MeetingDraft(kind="case_conference", held_on=date(2023, 6, 8),
                                                      start_time=time(10, 0), title="ケース会議 A氏"))  # fmt: skip
    second = s.sv.meetings.create_meeting(MeetingDraft(kind="event", held_on=date(2023, 6, 8), title="こども食堂"))
    tab.refresh()
    opened: list[tuple[str, int | None, date | None]] = []

    def record(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        opened.append((dialog.windowTitle(), dialog.detail.id if dialog.detail else None, dialog.date_edit.date()))
        return False

    tab.run_dialog = record
    cal = tab.calendar
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_PageDown)
    assert cal.selected_date() == date(2023, 7, 1) and tab.month_label.text() == "2023年7月"
    qtbot.keyClick(cal, Qt.Key.Key_Home)
    assert cal.selected_date() == SCREEN_TODAY and tab.month_label.text() == "2023年6月"
    qtbot.keyClick(cal, Qt.Key.Key_Left)
    assert cal.selected_date() == date(2023, 5, 31) and tab.month_label.text() == "2023年5月"
    qtbot.keyClick(cal, Qt.Key.Key_Right)
    qtbot.keyClick(cal, Qt.Key.Key_Down)
    assert cal.selected_date() == date(2023, 6, 8)
    assert [c.text for c in cal.chips(date(2023, 6, 8))] == ["こども食堂", "10:00 ケース会議 A氏"]  # all-day first
    assert tab.day_list.count() == 2 and "ケース会議（個別）" in tab.day_list.item(1).text()
    shot(s.window, "calendar_june.png")
    qtbot.keyClick(cal, Qt.Key.Key_Return)  # several meetings: the day's list takes the focus
    qtbot.waitUntil(tab.day_list.hasFocus)
    qtbot.keyClick(tab.day_list, Qt.Key.Key_Down)
    qtbot.keyClick(tab.day_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0][:2] == ("会議の編集", first)
    s.reactivate(qtbot)
    tab.day_list.setFocus()
    qtbot.keyClick(tab.day_list, Qt.Key.Key_Escape)
    assert cal.hasFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Right)
    qtbot.keyClick(cal, Qt.Key.Key_Return)  # an empty day: a new meeting there
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1] == ("会議の登録", None, date(2023, 6, 9))
    s.reactivate(qtbot)
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_N, CTRL)  # Ctrl+N: the same
    qtbot.waitUntil(lambda: len(opened) == 3)
    assert opened[2] == ("会議の登録", None, date(2023, 6, 9))
    rect, chip = cal.chip_rects(date(2023, 6, 8))[0]  # the mouse: a double-click on a chip opens it
    assert chip.meeting.id == second
    qtbot.mouseDClick(cal, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(opened) == 4)
    assert opened[3][:2] == ("会議の編集", second) and cal.selected_date() == date(2023, 6, 8)


def test_a_review_error_shows_under_its_row(setup: Setup, qtbot) -> None:
    s, sv = setup, setup.sv
    case_id, _no = s.open_case("空井", "そらい", consent=True)
    sv.cases.add_plan(PlanDraft(case_id, "household_budget", date(2023, 4, 10), next_monitoring_on=date(2023, 5, 15)))
    meeting_id = sv.meetings.create_meeting(MeetingDraft(kind="budget_coordination", held_on=date(2023, 5, 30),
                                                         programme="household_budget"))  # fmt: skip
    dialog = ReviewDialog(sv, lambda: SCREEN_TODAY, meeting_id, staff_id=s.kawabe)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    (line,) = [x for x in dialog.lines if x.kind.value() == "monitoring"]
    qtbot.keyClicks(line.next_edit, "2023/5/1")
    assert line.check.isChecked()
    qtbot.keyClick(line.next_edit, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible() and line.error.text() == "次回モニタリング日は会議の日より後にしてください"
    line.next_edit.clear()
    qtbot.keyClicks(line.next_edit, "R5.8.29")
    qtbot.keyClick(line.next_edit, Qt.Key.Key_S, CTRL)
    assert accepted(dialog) and line.error.isHidden()
    (review,) = sv.meetings.meeting(meeting_id, viewer_staff_id=s.kawabe).reviews
    assert (review.kind, review.next_monitoring_on) == ("monitoring", date(2023, 8, 29))
