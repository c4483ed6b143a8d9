"""Edit menu on the focused field; the display language chosen from the menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.qt.messages import RecordingPresenter
from app.settings import load_settings
from app.views.launch import open_main_window
from tests.views.conftest import commit_text


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_edit_menu_acts_on_the_focused_field(ja_app, qtbot, tmp_path: Path) -> None:
    window = open_main_window(tmp_path / "l.sqlite3", RecordingPresenter())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    search = window.intake_tab.case_list.search_edit
    commit_text(search, "山野みどり")
    assert [a.text() for a in window.edit_menu.actions()] == [
        "元に戻す(&U)", "やり直し(&R)", "切り取り(&T)", "コピー(&C)", "貼り付け(&P)", "すべて選択(&A)",
    ]  # fmt: skip
    _action(window, "action_selectAll").trigger()
    _action(window, "action_copy").trigger()
    assert QApplication.clipboard().text() == "山野みどり"
    _action(window, "action_cut").trigger()
    assert search.text() == ""
    _action(window, "action_undo").trigger()
    assert search.text() == "山野みどり"
    window.close()


def test_language_is_chosen_for_the_next_start(ja_app, qtbot, tmp_path: Path) -> None:
    presenter = RecordingPresenter()
    window = open_main_window(tmp_path / "l.sqlite3", presenter)
    qtbot.addWidget(window)
    assert _action(window, "action_language_ja").isChecked()
    _action(window, "action_language_en").trigger()
    assert load_settings().language == "en"
    assert presenter.messages == [("info", "表示言語", "表示言語は次回の起動から切り替わります。")]
    assert _action(window, "action_language_en").isChecked() and not _action(window, "action_language_ja").isChecked()
    window.close()
