"""Picking who is at the PC at start, and registering the first staff member."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.drafts import StaffDraft
from app.qt.messages import RecordingPresenter
from app.views.launch import open_main_window
from app.views.staff_picker import StaffPickerDialog
from tests.views.conftest import commit_text


def test_first_staff_member_is_registered_from_the_picker(ja_app, qtbot, gui_services) -> None:
    dialog = StaffPickerDialog(gui_services.staff, gui_services.codes, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list_widget.count() == 0
    assert dialog.windowTitle() == "寄り添いを使う職員"
    commit_text(dialog.family_name, "相田")
    commit_text(dialog.given_name, "花子")
    commit_text(dialog.family_kana, "アイダ")
    commit_text(dialog.given_kana, "ハナコ")
    qtbot.keyClick(dialog.given_kana, Qt.Key.Key_Return)
    assert dialog.result() == StaffPickerDialog.DialogCode.Accepted
    assert dialog.chosen_name == "相田 花子"
    [row] = gui_services.staff.list_staff()
    assert (row.id, row.name, row.kana, row.role) == (dialog.chosen_id, "相田 花子", "あいだ はなこ", "counsellor")


def test_registering_without_a_reading_in_kana_shows_the_error(ja_app, qtbot, gui_services) -> None:
    dialog = StaffPickerDialog(gui_services.staff, gui_services.codes, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    commit_text(dialog.family_name, "相田")
    qtbot.keyClicks(dialog.family_kana, "aida")
    qtbot.keyClick(dialog.family_kana, Qt.Key.Key_Return)
    assert dialog.result() != StaffPickerDialog.DialogCode.Accepted
    assert "ふりがな（姓）はひらがな・カタカナで入力してください" in dialog.error_label.text()
    assert gui_services.staff.list_staff() == []


def test_last_staff_member_is_preselected_and_enter_picks(ja_app, qtbot, gui_services) -> None:
    first = gui_services.staff.add_staff(StaffDraft("相田", "counsellor", "花子", "あいだ", "はなこ"))
    second = gui_services.staff.add_staff(StaffDraft("石川", "budget_advisor", "実", "いしかわ", "みのる"))
    dialog = StaffPickerDialog(gui_services.staff, gui_services.codes, second)
    qtbot.addWidget(dialog)
    items = [dialog.list_widget.item(i).text() for i in range(dialog.list_widget.count())]
    assert items == ["相田 花子（相談支援員）", "石川 実（家計改善支援員）"]  # 五十音順
    assert dialog.list_widget.currentItem().text().startswith("石川")
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.list_widget, Qt.Key.Key_Return)
    assert (dialog.chosen_id, dialog.chosen_name) == (first, "相田 花子")


def test_main_window_names_the_chosen_staff_member(ja_app, qtbot, tmp_path: Path) -> None:
    window = open_main_window(
        tmp_path / "l.sqlite3", RecordingPresenter(), choose_staff=lambda services: (7, "相田 花子")
    )
    qtbot.addWidget(window)
    assert window.staff_label.text() == "職員: 相田 花子"
    assert window.staff_id == 7
    window.close()
    assert open_main_window(tmp_path / "l.sqlite3", RecordingPresenter(), choose_staff=lambda services: None) is None
