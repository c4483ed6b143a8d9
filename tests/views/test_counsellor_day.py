"""A counsellor's day in the 相談受付 tab with the mouse unplugged: a phone intake typed with an
input method, the duplicate warning on a second call, finding the person by katakana, adding
contacts, making a plan, a referral and an outcome, then a closure evaluation and closing the
case — every step from the keyboard, every result read off the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.domain.drafts import AgencyDraft
from app.views.intake.evaluation_dialog import EvaluationDialog
from app.views.intake.plan_dialog import PlanDialog
from app.views.intake.record_dialogs import OutcomeDialog, ReferralDialog
from app.views.intake.status_dialog import StatusDialog
from app.views.intake.tab import CASE_PAGE, FORM_PAGE, LIST_PAGE
from tests.views.conftest import commit_text
from tests.views.test_intake_form import _choose, _save_with_ctrl_s, _tick, _type_yamano
from tests.views.test_intake_tab import _window

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
SHOTS = Path(__file__).resolve().parents[2] / "shots"


def _key(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as the user would."""
    focus = QApplication.focusWidget()
    assert focus is not None, "the keyboard focus went nowhere"
    qtbot.keyClick(focus, key, modifiers)


def _pick(qtbot, combo, label: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{label!r} not offered")


def _drive(qtbot, dialog: QDialog) -> bool:
    """Fill each dialog the way a counsellor does, from the keyboard, and save it."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    if isinstance(dialog, PlanDialog):
        assert dialog.revision_label.text() == "初回プラン"
        commit_text(dialog.goal_edit, "家賃を払い続けられる暮らしに戻る")
        _key(qtbot, Qt.Key.Key_Tab)
        commit_text(dialog.short_goals_edit, "滞納分の分納を相談する")
        _key(qtbot, Qt.Key.Key_2, ALT)  # page 2: support and approval
        assert dialog.pages.currentIndex() == 1
        dialog.employment_check.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        _key(qtbot, Qt.Key.Key_S, CTRL)
    elif isinstance(dialog, ReferralDialog):
        dialog.direction_radios[1].setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        commit_text(dialog.agency_combo.lineEdit(), "ハローワーク")
        commit_text(dialog.purpose_edit, "求職登録に同行")
        _key(qtbot, Qt.Key.Key_S, CTRL)
    elif isinstance(dialog, OutcomeDialog):
        commit_text(dialog.employer_edit, "架空青果株式会社")
        _pick(qtbot, dialog.type_combo, "パート・アルバイト")
        _key(qtbot, Qt.Key.Key_S, CTRL)
    elif isinstance(dialog, EvaluationDialog):
        dialog.closure_radio.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        dialog.level_radios[2].setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        _pick(qtbot, dialog.reason_combo, "目標達成")
        _key(qtbot, Qt.Key.Key_Return)  # OK is the default button
    elif isinstance(dialog, StatusDialog):
        _pick(qtbot, dialog.combos["self_reliance"], "終結")
        _key(qtbot, Qt.Key.Key_Return)
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    dialog.close()
    owner = dialog.parentWidget().window()  # as when a modal dialog closes: its window is active again
    owner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is owner)
    return accepted


def _timeline_titles(tab) -> list[str]:
    m = tab.case_file.model
    return [m.entry(r).title for r in range(m.rowCount())]


def test_a_whole_day_from_the_keyboard(ja_app, qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "l.sqlite3")
    window.services.agencies.add_agency(
        AgencyDraft("架空公共職業安定所（ハローワーク）", "employment", name_kana="かくうはろーわーく")
    )
    tab = window.intake_tab
    tab.run_dialog = lambda dialog: _drive(qtbot, dialog)

    # 9:05 a phone call: Ctrl+N, the person's details, method, route, a topic, Ctrl+S
    tab.case_list.focus_search()
    _key(qtbot, Qt.Key.Key_N, CTRL)
    assert tab.stack.currentIndex() == FORM_PAGE
    _type_yamano(qtbot, tab.form)
    _choose(qtbot, tab.form, "method", "電話")
    _choose(qtbot, tab.form, "route", "本人")
    _tick(qtbot, tab.form, "topics", "housing")
    _save_with_ctrl_s(qtbot, tab.form)
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == LIST_PAGE)
    assert window.statusBar().currentMessage().startswith("保存しました: ケース ")

    # 10:30 she calls again: the same reading and birth date are recognised at once
    _key(qtbot, Qt.Key.Key_N, CTRL)
    _type_yamano(qtbot, tab.form)
    assert tab.form.banner.isVisible()
    assert "ふりがなと生年月日が同じ" in tab.form.banner.rows[0].text()
    _key(qtbot, Qt.Key.Key_Escape)  # not a new intake after all: back to the list, draft kept
    assert tab.stack.currentIndex() == LIST_PAGE

    # find her by katakana although the reading was saved in hiragana; Enter opens the file
    tab.case_list.focus_search()
    commit_text(tab.case_list.search_edit, "ヤマノ")
    qtbot.waitUntil(lambda: tab.case_list.model.rowCount() == 1)
    tab.case_list.focus_first_row()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == CASE_PAGE)
    assert tab.case_file.header.name_label.text() == "山野 みどり"

    # two contacts from the quick-add: Ctrl+Shift+N, type, Ctrl+Enter
    for content in ("家賃の滞納について電話で相談", "来所面談、家計表を一緒に確認"):
        _key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
        assert tab.case_file.quick_add.content_edit.hasFocus()
        commit_text(tab.case_file.quick_add.content_edit, content)
        _key(qtbot, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda content=content: any(content in tab.case_file.model.entry(r).detail
                                                    for r in range(tab.case_file.model.rowCount())))  # fmt: skip

    # a plan, a referral to the job centre and a job found
    for key, saved in ((Qt.Key.Key_P, "プランを保存しました。"), (Qt.Key.Key_R, "つなぎを保存しました。"),
                       (Qt.Key.Key_O, "就労の成果を保存しました。")):  # fmt: skip
        _key(qtbot, key, CTRL | SHIFT)
        qtbot.waitUntil(lambda saved=saved: window.statusBar().currentMessage() == saved)
    titles = _timeline_titles(tab)
    assert "プラン（初回）" in titles
    assert "関係機関へ: 架空公共職業安定所（ハローワーク）" in titles
    assert "就職: 架空青果株式会社" in titles

    # the day's last act: closure evaluation (Alt+V), then the status to 終結 (Alt+S)
    _key(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "評価を記録しました。")
    _key(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "支援状況を変更しました。")
    assert "終結" in tab.case_file.header.programmes_label.text()
    assert any(t.startswith("終結評価（自立相談）: ② 達成") for t in _timeline_titles(tab))
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "counsellor_day_case_file.png"))

    _key(qtbot, Qt.Key.Key_Escape)
    assert tab.stack.currentIndex() == LIST_PAGE
    window.close()
