"""The 相談受付 tab as a counsellor uses it, keyboard only: Ctrl+N, type the call, Ctrl+S, find
the person in the list by katakana, open the case, start another intake for them; and a draft
that survives the program dying."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.drafts import StaffDraft
from app.qt.messages import RecordingPresenter
from app.views.intake.tab import CASE_PAGE, FORM_PAGE, LIST_PAGE
from app.views.launch import open_main_window
from tests.views.conftest import commit_text
from tests.views.test_intake_form import _choose, _f, _save_with_ctrl_s, _tick, _type_yamano

CTRL = Qt.KeyboardModifier.ControlModifier


COUNSELLOR_PW = "umi-no-mieru-machi-2"


ADMIN_PW = "kanrisha-no-pass-1"


def _logins(services) -> None:
    """The administrator 大森 (oomori) and 相田 花子 (aida, 相談員), once per ledger."""
    auth = services.auth
    if auth.needs_first_admin():
        admin = auth.create_first_admin(StaffDraft("大森", "head", "さとし"), "oomori", ADMIN_PW)
        aida = services.staff.add_staff(StaffDraft("相田", "counsellor", "花子", "あいだ", "はなこ"))
        auth.set_login(aida, "aida", "counsellor", "syoki-no-pass-1", by_staff_id=admin)
        auth.change_password(aida, "syoki-no-pass-1", COUNSELLOR_PW)


def sign_in_counsellor(services):
    """A real sign-in of 相田 花子 as 相談員 (the administrator registered first)."""
    _logins(services)
    return services.auth.sign_in("aida", COUNSELLOR_PW)


def sign_in_admin(services):
    _logins(services)
    return services.auth.sign_in("oomori", ADMIN_PW)


def _window(qtbot, ledger: Path, presenter: RecordingPresenter | None = None, sign_in=sign_in_counsellor):
    window = open_main_window(ledger, presenter or RecordingPresenter(), sign_in)
    assert window is not None
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_a_phone_call_from_ctrl_n_to_the_case(ja_app, qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "l.sqlite3")
    tab = window.intake_tab
    assert window.tab_widget.currentWidget() is tab and tab.stack.currentIndex() == LIST_PAGE
    assert tab.case_list.count_label.text() == "0件"

    tab.case_list.focus_search()
    qtbot.keyClick(tab.case_list.search_edit, Qt.Key.Key_N, CTRL)
    assert tab.stack.currentIndex() == FORM_PAGE
    qtbot.waitUntil(lambda: _f(tab.form, "person.family_name").hasFocus())
    _type_yamano(qtbot, tab.form)
    _choose(qtbot, tab.form, "method", "電話")
    _choose(qtbot, tab.form, "route", "本人")
    _tick(qtbot, tab.form, "topics", "no_food")
    _save_with_ctrl_s(qtbot, tab.form)

    qtbot.waitUntil(lambda: tab.stack.currentIndex() == LIST_PAGE)
    assert window.statusBar().currentMessage().startswith("保存しました: ケース ")
    assert tab.header.name_label.text() == "山野 みどり"
    qtbot.waitUntil(lambda: tab.case_list.count_label.text() == "1件")

    commit_text(tab.case_list.search_edit, "ヤマノ")  # katakana finds the hiragana reading
    qtbot.waitUntil(lambda: tab.case_list.model.rowCount() == 1)
    tab.header.clear()
    tab.case_list.focus_first_row()
    qtbot.keyClick(tab.case_list.table, Qt.Key.Key_Return)  # Enter opens the case file
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == CASE_PAGE)
    assert tab.case_file.header.name_label.text() == "山野 みどり"
    assert tab.case_file.header.kana_label.text() == "やまの みどり"
    qtbot.keyClick(tab.case_file, Qt.Key.Key_Escape)
    assert tab.stack.currentIndex() == LIST_PAGE

    tab.header.new_intake_button.click()  # a returning person: a new case on her history
    assert tab.stack.currentIndex() == FORM_PAGE
    assert tab.form.sections.person_link.isVisible()
    qtbot.keyClick(tab.form, Qt.Key.Key_Escape)
    assert tab.stack.currentIndex() == LIST_PAGE
    window.close()


def test_a_draft_survives_the_program_dying(ja_app, qtbot, tmp_path: Path) -> None:
    ledger = tmp_path / "l.sqlite3"
    window = _window(qtbot, ledger)
    tab = window.intake_tab
    tab.start_new_intake()
    _type_yamano(qtbot, tab.form)
    tab.form.flush_draft()
    window.services.close()  # the power goes: nothing saved, the window never closes properly
    window.deleteLater()

    presenter = RecordingPresenter(answers=[True])
    again = _window(qtbot, ledger, presenter)
    again.intake_tab.start()
    assert presenter.messages and "下書き" in presenter.messages[-1][2]
    assert again.intake_tab.stack.currentIndex() == FORM_PAGE
    assert _f(again.intake_tab.form, "person.family_name").text() == "山野"
    assert _f(again.intake_tab.form, "person.family_kana").text() == "ヤマノ"
    again.close()


def test_status_and_evaluation_open_from_the_case_file(ja_app, qtbot, tmp_path: Path) -> None:
    from datetime import date

    from app.domain.drafts import IntakeDraft, PersonDraft
    from app.views.intake.status_dialog import StatusDialog

    window = _window(qtbot, tmp_path / "l.sqlite3")
    tab = window.intake_tab
    made = window.services.cases.open_case(
        IntakeDraft(received_on=date(2022, 4, 1), method="phone", route="self", programmes=("household_budget",),
                    person=PersonDraft("川辺", "ゆき", "かわべ", "ゆき"))
    )  # fmt: skip
    tab.open_case(made.case_id)
    opened: list[str] = []

    def accept_after_applying(dialog) -> bool:
        opened.append(type(dialog).__name__)
        if isinstance(dialog, StatusDialog):
            window.services.cases.change_status(made.case_id, "household_budget", "assessment", date(2022, 4, 5))
        return True

    tab.run_dialog = accept_after_applying
    tab.case_file.status_button.click()
    assert opened == ["StatusDialog"]
    assert "アセスメント" in tab.case_file.header.programmes_label.text()  # the file shows the new status
    assert window.statusBar().currentMessage() == "支援状況を変更しました。"
    tab.case_file.evaluate_button.click()  # one programme: no question which
    assert opened == ["StatusDialog", "EvaluationDialog"]
    assert window.statusBar().currentMessage() == "評価を記録しました。"
    tab.run_dialog = lambda dialog: False  # cancelled: nothing changes, no message
    window.statusBar().clearMessage()
    tab.case_file.status_button.click()
    assert window.statusBar().currentMessage() == ""
    window.close()
