"""The settings dialog as an administrator uses it from the keyboard: staff members, the
agency directory, code tables and the organisation profile. Each test checks what the screen
shows and what the services then return."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.drafts import AgencyDraft, CodeDraft, StaffDraft
from app.domain.org_drafts import OrganisationProfileDraft
from app.qt.messages import RecordingPresenter
from app.services.organisation import OrganisationService
from app.services.rows import StaffRow
from app.views.settings import SettingsDialog
from app.views.settings.table import GREY, Column, RowsTableModel
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
RETIRED_TODAY = f"廃止 {SCREEN_TODAY.isoformat()}"


@pytest.fixture
def organisation(gui_services) -> OrganisationService:
    # the lead adds ``organisation`` to Services (container.py); until then it is built here
    return OrganisationService(gui_services.ledger, lambda: SCREEN_TODAY)


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def make_dialog(ja_app, qtbot, gui_services, organisation, presenter):
    def make() -> SettingsDialog:
        s = gui_services
        d = SettingsDialog(s.staff, s.agencies, s.codes, organisation, lambda: SCREEN_TODAY, presenter)
        qtbot.addWidget(d)
        d.resize(900, 600)
        with qtbot.waitActive(d):
            d.show()
            d.activateWindow()
        return d

    return make


@pytest.fixture
def dialog(make_dialog) -> SettingsDialog:
    return make_dialog()


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def column(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def is_grey(model, row: int) -> bool:
    brush = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    return isinstance(brush, QBrush) and brush.color() == GREY


def retype(edit: QLineEdit, text: str) -> None:
    """Replace the field's text as a user does: select all, then type (IME for Japanese)."""
    edit.setFocus()
    edit.selectAll()
    commit_text(edit, text)  # an input method's commit replaces the selection


def shortcut(qtbot, dialog: SettingsDialog, key: Qt.Key, modifier: Qt.KeyboardModifier = ALT) -> None:
    """Press a key combination where the user is (a button's mnemonic is Alt+letter). The
    window manager gives the dialog back the focus when an editor closes; offscreen, the
    test does."""
    if QApplication.activeWindow() is not dialog:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def select(page, row: int) -> None:
    page.table.setFocus()
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, 0))


# ---- the dialog --------------------------------------------------------------------------


def test_pages_are_listed_in_japanese_and_change_from_the_keyboard(dialog, qtbot) -> None:
    assert dialog.windowTitle() == "設定"
    texts = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    assert texts == ["職員", "関係機関", "コード表", "法人・センター"]
    assert dialog.current_key() == "staff"
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_PageDown, CTRL)
    assert dialog.current_key() == "agencies"
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Down)
    assert dialog.current_key() == "codes"
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_PageUp, CTRL)
    assert dialog.current_key() == "staff"


def test_tab_goes_from_the_page_list_into_the_page_shown(dialog) -> None:
    dialog.page_list.setFocus()
    dialog.focusNextChild()
    assert dialog.focusWidget() is dialog.staff_page.table
    page = dialog.show_page("agencies")
    dialog.page_list.setFocus()
    dialog.focusNextChild()
    assert dialog.focusWidget() is page.search_edit
    page = dialog.show_page("organisation")
    page.address.setFocus()
    dialog.focusNextChild()
    assert dialog.focusWidget() is page.division_goals
    dialog.focusNextChild()  # Tab leaves the goals box (it does not insert a tab)
    assert dialog.focusWidget() is page.save_button


def test_escape_closes(dialog, qtbot) -> None:
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_with_unsaved_organisation_input_asks_first(dialog, qtbot, presenter) -> None:
    page = dialog.show_page("organisation")
    commit_text(page.corporation_name, "架空福祉会")
    dialog.show_page("staff")
    presenter.answers = [False]
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.current_key() == "organisation"
    assert presenter.messages[-1][0] == "question"
    assert "保存していない変更" in presenter.messages[-1][2]
    presenter.answers = [True]
    qtbot.keyClick(page.corporation_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ---- staff -------------------------------------------------------------------------------


def test_add_staff_member_by_typing(dialog, qtbot, gui_services) -> None:
    page = dialog.show_page("staff")
    assert page.model.rowCount() == 0
    shortcut(qtbot, dialog, Qt.Key.Key_N)  # 追加(&N)
    qtbot.waitUntil(lambda: page.editor is not None)  # a mnemonic clicks the button animated
    editor = page.editor
    assert editor.isVisible() and editor.windowTitle() == "職員の追加"
    commit_text(editor.family_name, "川辺")
    commit_text(editor.given_name, "ひかる")
    commit_text(editor.family_kana, "カワベ")  # katakana is stored as hiragana
    commit_text(editor.given_kana, "ﾋｶﾙ")
    editor.role.setCurrentIndex(editor.role.findText("家計改善支援員"))
    commit_text(editor.qualifications, "社会福祉士")
    qtbot.keyClick(editor.qualifications, Qt.Key.Key_Return)  # Enter = OK
    assert editor.result() == editor.DialogCode.Accepted
    assert cells(page.model, 0) == ["川辺 ひかる", "かわべ ひかる", "家計改善支援員", "有効"]
    assert page.status_label.text() == "「川辺 ひかる」を保存しました。"
    (row,) = gui_services.staff.list_staff()
    assert (row.name, row.kana, row.role) == ("川辺 ひかる", "かわべ ひかる", "budget_advisor")
    assert gui_services.staff.get_staff(row.id).qualifications == "社会福祉士"


def test_staff_editor_tab_order_follows_the_form(dialog) -> None:
    editor = dialog.staff_page.add()
    order = [editor.family_name, editor.given_name, editor.family_kana, editor.given_kana, editor.role]
    order.append(editor.qualifications)
    editor.family_name.setFocus()
    seen = [editor.focusWidget()]
    for _ in order[1:]:
        editor.focusNextChild()
        seen.append(editor.focusWidget())
    assert seen == order
    editor.reject()


def test_enter_on_a_focused_button_presses_it_and_esc_cancels_the_editor(dialog, qtbot, gui_services) -> None:
    page = dialog.staff_page
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    commit_text(editor.family_name, "川辺")
    qtbot.keyClick(editor.family_name, Qt.Key.Key_Escape)
    assert not editor.isVisible() and editor.result() == editor.DialogCode.Rejected
    assert gui_services.staff.list_staff(include_inactive=True) == []


def test_edit_staff_member_with_enter(dialog, qtbot, gui_services) -> None:
    sid = gui_services.staff.add_staff(StaffDraft("川辺", "counsellor", "ひかる", "かわべ", "ひかる"))
    page = dialog.staff_page
    page.reload()
    select(page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.windowTitle() == "職員の編集"
    assert (editor.family_name.text(), editor.family_kana.text(), editor.role.currentText()) == (
        "川辺",
        "かわべ",
        "相談支援員",
    )
    retype(editor.family_name, "河辺")
    editor.role.setCurrentIndex(editor.role.findText("センター長"))
    qtbot.keyClick(editor.family_name, Qt.Key.Key_Return)
    assert editor.result() == editor.DialogCode.Accepted
    assert cells(page.model, 0)[:3] == ["河辺 ひかる", "かわべ ひかる", "センター長"]
    saved = gui_services.staff.get_staff(sid)
    assert (saved.family_name, saved.role, saved.version) == ("河辺", "head", 2)


def test_deactivate_and_reactivate_staff_member(dialog, qtbot, gui_services) -> None:
    gui_services.staff.add_staff(StaffDraft("阿部", "counsellor", family_kana="あべ"))
    sid = gui_services.staff.add_staff(StaffDraft("伊藤", "counsellor", family_kana="いとう"))
    page = dialog.staff_page
    page.reload()
    select(page, 1)
    assert not page.reactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert cells(page.model, 1)[3] == "無効" and is_grey(page.model, 1) and not is_grey(page.model, 0)
    assert page.status_label.text() == "「伊藤」を無効にしました。"
    assert [r.name for r in gui_services.staff.list_staff()] == ["阿部"]  # no longer offered
    assert page.reactivate_button.isEnabled() and not page.deactivate_button.isEnabled()
    qtbot.mouseClick(page.reactivate_button, Qt.MouseButton.LeftButton)
    assert cells(page.model, 1)[3] == "有効" and not is_grey(page.model, 1)
    assert gui_services.staff.get_staff(sid).active


def test_staff_error_shows_under_the_field_and_writes_nothing(dialog, qtbot, gui_services) -> None:
    editor = dialog.staff_page.add()
    qtbot.keyClicks(editor.family_kana, "Kawabe")
    commit_text(editor.given_kana, "ひかる")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.result() != editor.DialogCode.Accepted
    assert editor.error_text("family_name") == "氏名（姓）を入力してください"
    assert editor.form.errors["family_name"].isVisible()
    assert editor.error_text("family_kana") == "ふりがな（姓）はひらがな・カタカナで入力してください"
    assert editor.error_text("given_kana") == ""
    assert editor.focusWidget() is editor.family_name  # the first bad field
    assert gui_services.staff.list_staff(include_inactive=True) == []
    assert dialog.staff_page.model.rowCount() == 0


def test_blank_role_is_named(dialog, gui_services) -> None:
    editor = dialog.staff_page.add()
    commit_text(editor.family_name, "川辺")
    editor.role.set_value(None)
    assert editor.save() is None
    assert editor.error_text("role") == "職種を入力してください"  # the service's rule
    assert gui_services.staff.list_staff(include_inactive=True) == []


def test_stale_staff_edit_is_refused(dialog, gui_services) -> None:
    sid = gui_services.staff.add_staff(StaffDraft("川辺", "counsellor", family_kana="かわべ"))
    page = dialog.staff_page
    page.reload()
    select(page, 0)
    editor = page.edit()
    gui_services.staff.update_staff(sid, StaffDraft("川辺", "head", family_kana="かわべ"), version=1)  # another PC
    retype(editor.family_name, "河辺")
    assert editor.save() is None
    assert "他の人が先に保存しました" in editor.error_text("other")
    assert gui_services.staff.get_staff(sid).family_name == "川辺"


# ---- agencies ----------------------------------------------------------------------------


def test_add_search_and_retire_an_agency(dialog, qtbot, gui_services) -> None:
    page = dialog.show_page("agencies")
    gui_services.agencies.add_agency(AgencyDraft("ひだまりクリニック", "medical", name_kana="ひだまりくりにっく"))
    page.reload()
    editor = page.add()
    commit_text(editor.name, "架空市役所")
    commit_text(editor.name_kana, "カクウシヤクショ")
    editor.kind.setCurrentIndex(editor.kind.findText("行政"))
    commit_text(editor.department, "生活福祉課")
    qtbot.keyClicks(editor.phone, "086-000-1111")
    qtbot.keyClick(editor.phone, Qt.Key.Key_Return)
    assert editor.result() == editor.DialogCode.Accepted
    assert column(page.model, 0) == ["架空市役所 生活福祉課", "ひだまりクリニック"]
    assert page.count_label.text() == "2件"
    assert page.selected().display_name == "架空市役所 生活福祉課"

    commit_text(page.search_edit, "ｶｸｳ")  # search as you type, kana and width folded
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter: to the list
    assert dialog.focusWidget() is page.table and page.selected().name == "架空市役所"

    shortcut(qtbot, dialog, Qt.Key.Key_R)  # 廃止(&R)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # retired agencies are hidden unless asked for
    assert "「廃止した機関も表示」" in page.status_label.text()
    assert gui_services.agencies.search("かくう") == []
    page.retired_check.setChecked(True)
    assert cells(page.model, 0)[0] == "架空市役所 生活福祉課"
    assert cells(page.model, 0)[-1] == RETIRED_TODAY and is_grey(page.model, 0)

    select(page, 0)
    qtbot.mouseClick(page.reinstate_button, Qt.MouseButton.LeftButton)
    assert cells(page.model, 0)[-1] == "使用中"
    assert [r.retired_on for r in gui_services.agencies.search("かくう")] == [None]


def test_edit_agency(dialog, qtbot, gui_services) -> None:
    aid = gui_services.agencies.add_agency(AgencyDraft("架空市役所", "government", department="生活福祉課"))
    page = dialog.show_page("agencies")
    select(page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert (editor.name.text(), editor.department.text(), editor.kind.currentText()) == (
        "架空市役所",
        "生活福祉課",
        "行政",
    )
    commit_text(editor.contact_person, "里山")
    qtbot.keyClick(editor.contact_person, Qt.Key.Key_Return)
    assert cells(page.model, 0)[3] == "里山"
    saved = gui_services.agencies.get_agency(aid)
    assert (saved.contact_person, saved.version) == ("里山", 2)


def test_agency_error_shows_under_the_field_and_writes_nothing(dialog, gui_services) -> None:
    editor = dialog.show_page("agencies").add()
    commit_text(editor.name, "架空会館")
    editor.phone.setText("123")
    assert editor.save() is None
    assert editor.error_text("kind") == "種別を入力してください"
    assert editor.error_text("phone") == "電話は10〜11桁の番号で入力してください"
    assert gui_services.agencies.count_agencies() == 0


def test_duplicate_agency_is_named_under_the_name(dialog, gui_services) -> None:
    gui_services.agencies.add_agency(AgencyDraft("架空市役所", "government"))
    editor = dialog.show_page("agencies").add()
    commit_text(editor.name, "架空市役所")
    editor.kind.setCurrentIndex(editor.kind.findText("行政"))
    assert editor.save() is None
    assert editor.error_text("name") == "「架空市役所 」は既に登録されています"
    assert gui_services.agencies.count_agencies() == 1


def test_long_directory_is_paged(dialog, gui_services) -> None:
    for i in range(130):
        gui_services.agencies.add_agency(AgencyDraft(f"架空事業所{i:03d}", "private"))
    page = dialog.show_page("agencies")
    page.reload()
    assert page.count_label.text() == "130件"
    assert page.model.rowCount() == 100 and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 130 and not page.model.canFetchMore()


# ---- code tables -------------------------------------------------------------------------


def test_add_rename_retire_and_reinstate_a_code(dialog, qtbot, gui_services) -> None:
    page = dialog.show_page("codes")
    page.set_kind("agency_kind")
    assert page.kind_combo.currentText() == "関係機関の種別"
    assert "行政" in column(page.model, 0)
    shortcut(qtbot, dialog, Qt.Key.Key_N)  # 追加(&N)
    qtbot.waitUntil(lambda: page.editor is not None)
    editor = page.editor
    assert editor.windowTitle() == "コードの追加"
    commit_text(editor.label_edit, "NPO法人")
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Return)
    row = page.model.row_of(editor.saved_id)
    assert cells(page.model, row) == ["NPO法人", "", "0", "追加", "使用中"]
    assert page.selected().code.label == "NPO法人"

    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a code: rename
    editor = page.editor
    assert editor.windowTitle() == "コードの名称変更" and editor.label_edit.text() == "NPO法人"
    retype(editor.label_edit, "NPO・市民団体")
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Return)
    assert cells(page.model, row)[0] == "NPO・市民団体"
    assert "NPO・市民団体" in [c.label for c in gui_services.codes.codes("agency_kind")]

    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert cells(page.model, row)[-1] == RETIRED_TODAY and is_grey(page.model, row)
    assert "NPO・市民団体" not in [c.label for c in gui_services.codes.codes("agency_kind")]
    qtbot.mouseClick(page.reinstate_button, Qt.MouseButton.LeftButton)
    assert cells(page.model, row)[-1] == "使用中"
    assert "NPO・市民団体" in [c.label for c in gui_services.codes.codes("agency_kind")]


def test_used_code_delete_is_refused_with_the_services_message(dialog, qtbot, gui_services, presenter) -> None:
    used = gui_services.codes.add_code(CodeDraft("agency_kind", "NPO法人"))
    unused = gui_services.codes.add_code(CodeDraft("agency_kind", "自治会"))
    gui_services.agencies.add_agency(AgencyDraft("架空NPO", used.code))
    page = dialog.show_page("codes")
    page.set_kind("agency_kind")
    row = page.model.row_of(used.id)
    assert cells(page.model, row)[:4] == ["NPO法人", "", "1", "追加"]
    select(page, row)
    presenter.answers = [True]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert presenter.messages[-2] == ("question", "コードの削除", "「NPO法人」を削除しますか？削除は元に戻せません。")
    assert presenter.messages[-1] == (
        "error",
        "コードの削除",
        "「NPO法人」は 1 件の記録で使われているため削除できません。廃止にしてください。",
    )
    assert used.id in [c.id for c in gui_services.codes.codes("agency_kind")]

    select(page, page.model.row_of(unused.id))
    presenter.answers = [True]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.row_of(unused.id) is None
    assert page.status_label.text() == "「自治会」を削除しました。"
    assert unused.id not in [c.id for c in gui_services.codes.codes("agency_kind", include_retired=True)]


def test_standard_codes_cannot_be_deleted_and_fixed_kinds_take_no_codes(dialog, gui_services) -> None:
    page = dialog.show_page("codes")
    page.set_kind("agency_kind")
    select(page, 0)
    assert cells(page.model, 0)[3] == "標準" and not page.delete_button.isEnabled()
    page.set_kind("programme")
    select(page, 0)
    assert not page.add_button.isEnabled() and not page.retire_button.isEnabled()
    assert page.rename_button.isEnabled()
    assert "追加はできません" in page.kind_note.text()
    assert page.add() is None


def test_duplicate_code_name_is_shown_and_nothing_added(dialog, gui_services) -> None:
    page = dialog.show_page("codes")
    page.set_kind("agency_kind")
    before = len(gui_services.codes.codes("agency_kind", include_retired=True))
    editor = page.add()
    commit_text(editor.label_edit, "行政")
    assert editor.save() is None
    assert editor.error_text("label") == "「行政」は既にあります"
    assert len(gui_services.codes.codes("agency_kind", include_retired=True)) == before


# ---- organisation profile ----------------------------------------------------------------


def test_save_the_profile_with_ctrl_s_and_read_it_back(make_dialog, qtbot, organisation) -> None:
    dialog = make_dialog()
    page = dialog.show_page("organisation")
    assert page.year_combo.currentText() == "2023年度（令和5年度）"  # today is 2023-06-01
    assert page.year_state.text() == "この年度はまだ保存されていません"
    commit_text(page.corporation_name, "社会福祉法人 架空福祉会")
    commit_text(page.division_name, "地域福祉部")
    commit_text(page.centre_name, "架空市生活自立相談支援センター")
    commit_text(page.address, "岡山県架空市本町1-2-3")
    commit_text(page.division_goals, "誰もが相談できる地域をつくる")
    assert page.year_state.text() == "未保存の変更があります"
    qtbot.keyClick(page.division_goals, Qt.Key.Key_S, CTRL)
    assert page.status_label.text() == "2023年度の法人・センター情報を保存しました。"
    assert page.year_state.text() == "保存済み" and not page.has_unsaved_changes()
    saved = organisation.profile(2023)
    assert (saved.corporation_name, saved.division_name, saved.centre_name) == (
        "社会福祉法人 架空福祉会",
        "地域福祉部",
        "架空市生活自立相談支援センター",
    )
    assert (saved.address, saved.division_goals) == ("岡山県架空市本町1-2-3", "誰もが相談できる地域をつくる")

    dialog.close()
    second = make_dialog()
    again = second.show_page("organisation")
    assert again.corporation_name.text() == "社会福祉法人 架空福祉会"
    assert again.division_goals.toPlainText() == "誰もが相談できる地域をつくる"
    commit_text(again.centre_name, "（新）")
    qtbot.keyClick(again.centre_name, Qt.Key.Key_Return)  # Enter in a one-line field saves too
    assert organisation.profile(2023).centre_name == "架空市生活自立相談支援センター（新）"
    assert organisation.profile(2023).version == 2
    assert all(p.editor is None for p in (second.staff_page, second.agency_page, second.code_page))


def test_profile_error_shows_under_the_field_and_writes_nothing(dialog, qtbot, organisation) -> None:
    page = dialog.show_page("organisation")
    commit_text(page.centre_name, "架空センター")
    qtbot.keyClick(page.centre_name, Qt.Key.Key_S, CTRL)
    assert page.error_text("corporation_name") == "法人名を入力してください"
    assert page.form.errors["corporation_name"].isVisible()
    assert page.status_label.text() == "保存していません。赤字の項目を直してください。"
    assert page.has_unsaved_changes()
    assert organisation.profile(2023) is None


def test_profile_saved_elsewhere_in_between_is_not_overwritten(dialog, qtbot, organisation, presenter) -> None:
    page = dialog.show_page("organisation")
    organisation.save_profile(2023, OrganisationProfileDraft("別のPCで保存"))  # another PC, after the page read
    commit_text(page.corporation_name, "架空福祉会")
    qtbot.keyClick(page.corporation_name, Qt.Key.Key_S, CTRL)
    assert "他の人が先に保存しました" in page.error_text("other")
    assert "法人名: 保存済み「別のPCで保存」／入力「架空福祉会」" in page.error_text("other")
    assert organisation.profile(2023).corporation_name == "別のPCで保存"
    assert page.corporation_name.text() == "架空福祉会"  # the user said no: the input is kept
    presenter.answers = [True]  # yes: show what was saved
    qtbot.keyClick(page.corporation_name, Qt.Key.Key_S, CTRL)
    assert presenter.messages[-1][:2] == ("question", "別の場所で保存されています")
    assert page.corporation_name.text() == "別のPCで保存" and not page.has_unsaved_changes()
    assert page.error_text("other") == ""


def test_copy_from_the_previous_year_fills_the_form_until_saved(dialog, qtbot, organisation, presenter) -> None:
    organisation.save_profile(2022, OrganisationProfileDraft("架空福祉会", centre_name="架空センター"))
    page = dialog.show_page("organisation")
    shortcut(qtbot, dialog, Qt.Key.Key_C)  # 前年度から写す(&C)
    qtbot.waitUntil(lambda: page.corporation_name.text() != "")
    assert (page.corporation_name.text(), page.centre_name.text()) == ("架空福祉会", "架空センター")
    assert page.status_label.text() == "2022年度の内容を写しました。確かめてから保存してください（Ctrl+S）。"
    assert organisation.profile(2023) is None  # nothing written before Save
    assert page.save() is not None
    assert organisation.profile(2023).centre_name == "架空センター"
    assert organisation.profile(2022).version == 1


def test_copy_with_no_earlier_year_says_so(dialog, presenter, organisation) -> None:
    page = dialog.show_page("organisation")
    assert page.copy_previous() is False
    assert presenter.messages[-1] == (
        "info",
        "前年度から写す",
        "これより前の年度に保存された法人・センター情報がありません。",
    )


def test_changing_year_keeps_unsaved_input_unless_discarded(dialog, presenter, organisation) -> None:
    organisation.save_profile(2022, OrganisationProfileDraft("二〇二二年度の法人"))
    page = dialog.show_page("organisation")
    commit_text(page.corporation_name, "入力中")
    presenter.answers = [False]
    assert page.set_fiscal_year(2022) is False
    assert page.fiscal_year() == 2023 and page.corporation_name.text() == "入力中"
    assert page.year_combo.currentData() == 2023
    presenter.answers = [True]
    assert page.set_fiscal_year(2022) is True
    assert page.corporation_name.text() == "二〇二二年度の法人"


# ---- the table model ---------------------------------------------------------------------


def test_rows_model_passes_the_model_tester(qapp) -> None:
    rows = [StaffRow(i, f"職員{i}", "", "counsellor", "相談支援員", i % 2 == 0) for i in range(7)]
    model = RowsTableModel([Column("氏名", lambda r: r.name)], greyed=lambda r: not r.active, page_size=3)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_paged(lambda offset, limit: rows[offset : offset + limit], len(rows))
    while model.canFetchMore():
        model.fetchMore()
    assert column(model, 0) == [r.name for r in rows]
    assert [is_grey(model, i) for i in range(7)] == [not r.active for r in rows]
    model.set_rows(rows[:2])
    assert model.rowCount() == 2 and not model.canFetchMore()
