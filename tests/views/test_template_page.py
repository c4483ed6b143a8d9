"""家計表のひな形 in the settings dialog, as an administrator edits the row templates from the
keyboard: a row added to the 標準 template is in the next sheet made from it, and sheets
already made keep their rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.drafts import IntakeDraft, PersonDraft
from app.qt.messages import RecordingPresenter
from app.services.organisation import OrganisationService
from app.views.settings import SettingsDialog
from app.views.settings.template_page import TemplatePage, insert_position
from tests.views.conftest import SCREEN_TODAY, commit_text

SHOT = Path("/tmp/templates/page.png")


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def dialog(ja_app, qtbot, gui_services, presenter) -> SettingsDialog:
    s = gui_services
    organisation = OrganisationService(s.ledger, lambda: SCREEN_TODAY)
    d = SettingsDialog(s.staff, s.agencies, s.codes, organisation, lambda: SCREEN_TODAY, presenter, budget=s.budget)
    qtbot.addWidget(d)
    d.resize(900, 600)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    return d


@pytest.fixture
def page(dialog) -> TemplatePage:
    page = dialog.show_page("templates")
    assert isinstance(page, TemplatePage)
    return page


@pytest.fixture
def case_id(gui_services) -> int:
    made = gui_services.cases.open_case(
        IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="self", programmes=("household_budget",),
                    person=PersonDraft("架空", "ゆうこ", "かくう", "ゆうこ"))
    )  # fmt: skip
    return made.case_id


def standard(gui_services, kind: str = "household"):
    return next(t for t in gui_services.budget.templates(kind) if t.builtin and not t.for_older_person)


def labels(page: TemplatePage) -> list[str]:
    return [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]


def cells(page: TemplatePage, label: str) -> list[str]:
    row = labels(page).index(label)
    return [page.model.data(page.model.index(row, c)) for c in range(page.model.columnCount())]


def select(page: TemplatePage, label: str) -> None:
    row = labels(page).index(label)
    page.table.setFocus()
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, 0))


def choose(page: TemplatePage, text: str) -> None:
    page.template_combo.setCurrentIndex(page.template_combo.findText(text))


def focus_on(qtbot, dialog: SettingsDialog, widget) -> None:
    """The window manager gives the dialog back the focus when an editor closes; offscreen,
    the test does."""
    if QApplication.activeWindow() is not dialog:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    widget.setFocus()


def test_the_page_is_the_fifth_and_lists_every_template_older_person_ones_included(dialog, page) -> None:
    texts = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    assert texts == ["職員", "関係機関", "コード表", "法人・センター", "家計表のひな形"]
    assert dialog.current_key() == "templates"
    combo = [page.template_combo.itemText(i) for i in range(page.template_combo.count())]
    assert combo == [
        "家計表：標準（標準搭載）",
        "家計表：高齢者世帯（標準搭載）",
        "キャッシュフロー表：標準キャッシュフロー（標準搭載）",
        "キャッシュフロー表：高齢者世帯キャッシュフロー（標準搭載）",
    ]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["区分", "項目", "返済計画から", "借入（収入ではない）", "変動率"]
    assert "作成済みの表の行は変わりません" in page.note.text()
    assert labels(page)[:2] == ["本人就労収入", "配偶者・家族就労収入"]
    assert cells(page, "借入金（収入ではない）")[:4] == ["その他", "借入金（収入ではない）", "", "○"]
    assert cells(page, "債務返済")[:3] == ["支出", "債務返済", "債務返済"]
    assert cells(page, "滞納分の支払い")[2] == "滞納分"
    assert page.table.isColumnHidden(4), "a 家計表 has no 変動率"
    choose(page, "家計表：高齢者世帯（標準搭載）")
    assert "介護サービス利用料" in labels(page) and "後期高齢者医療保険料・国保" in labels(page)
    choose(page, "キャッシュフロー表：高齢者世帯キャッシュフロー（標準搭載）")
    assert not page.table.isColumnHidden(4) and page.table.isColumnHidden(3), "no loans in a cash flow"
    assert cells(page, "医療・介護費") == ["支出", "医療・介護費", "", "", "2%"]
    assert cells(page, "年金")[4] == "0%"


def test_a_row_added_to_the_standard_template_is_in_the_next_sheet_only(
    dialog, page, qtbot, gui_services, case_id
) -> None:
    budget = gui_services.budget
    template = standard(gui_services)
    before = budget.sheet(budget.create_consultation_sheet(case_id, template.id, date(2023, 5, 1), None))
    changes: list[str] = []
    dialog.sig_data_changed.connect(changes.append)
    select(page, "嗜好品")
    focus_on(qtbot, dialog, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor.windowTitle() == "行の追加"
    assert editor.section_combo.currentText() == "支出", "the chosen row's section is offered"
    assert editor.loan_check.isVisible() and not editor.rate_edit.isVisible()
    commit_text(editor.label_edit, "ペット費")
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Return)  # Enter = OK
    assert editor.result() == editor.DialogCode.Accepted
    assert labels(page).index("ペット費") == labels(page).index("嗜好品") + 1, "after the chosen row"
    assert cells(page, "ペット費")[:4] == ["支出", "ペット費", "", ""]
    assert page.selected().label == "ペット費"
    assert page.status_label.text() == "「ペット費」を保存しました。"
    assert changes == ["templates"]
    sheet = budget.sheet(budget.create_consultation_sheet(case_id, template.id, date(2023, 5, 8), None))
    row = next(r for r in sheet.rows if r.label == "ペット費")
    assert row.section == "expense" and not row.is_loan
    assert "ペット費" not in [r.label for r in budget.sheet(before.id).rows], "a sheet already made keeps its rows"


def test_enter_and_f2_rename_and_an_empty_name_shows_the_error(dialog, page, qtbot, gui_services, case_id) -> None:
    budget = gui_services.budget
    template = standard(gui_services)
    made = budget.create_consultation_sheet(case_id, template.id, date(2023, 5, 1), None)
    select(page, "嗜好品")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.isVisible() and editor.windowTitle() == "行の名称変更"
    assert editor.label_edit.text() == "嗜好品" and editor.label_edit.selectedText() == "嗜好品"
    assert not editor.section_combo.isVisible()
    editor.label_edit.clear()
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.error_text("label") == "項目名を入力してください"
    commit_text(editor.label_edit, "嗜好品（たばこ・酒）")
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Return)
    assert editor.result() == editor.DialogCode.Accepted and editor.error_text("label") == ""
    assert "嗜好品（たばこ・酒）" in labels(page) and "嗜好品" not in labels(page)
    focus_on(qtbot, dialog, page.table)
    select(page, "交際費")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.editor is not editor and page.editor.label_edit.text() == "交際費"
    page.editor.reject()
    new = {t.id: t for t in budget.templates("household")}[template.id]
    assert "嗜好品（たばこ・酒）" in [r.label for r in new.rows]
    assert "嗜好品" in [r.label for r in budget.sheet(made).rows], "a sheet already made keeps its rows"


def test_del_asks_first_then_deletes(dialog, page, qtbot, gui_services, presenter, case_id) -> None:
    budget = gui_services.budget
    template = standard(gui_services)
    made = budget.create_consultation_sheet(case_id, template.id, date(2023, 5, 1), None)
    select(page, "被服費")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the presenter answers no
    assert presenter.messages[-1] == (
        "question",
        "行の削除",
        "ひな形から「被服費」の行を削除しますか？作成済みの表の行は残ります。",
    )
    assert "被服費" in labels(page)
    presenter.answers.append(True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "被服費" not in labels(page)
    assert page.selected().label == "医療費", "the next row is chosen"
    assert page.status_label.text() == "「被服費」を削除しました。"
    presenter.answers.append(True)
    select(page, "債務返済")
    page.delete_button.click()
    assert "返済計画の金額が入る行がなくなります" in presenter.messages[-1][2], "a fed row warns"
    new = {t.id: t for t in budget.templates("household")}[template.id]
    assert not {"被服費", "債務返済"} & {r.label for r in new.rows}
    sheet = budget.sheet(budget.create_consultation_sheet(case_id, template.id, date(2023, 5, 8), None))
    assert not {"被服費", "債務返済"} & {r.label for r in sheet.rows}
    assert {"被服費", "債務返済"} <= {r.label for r in budget.sheet(made).rows}, "a sheet already made keeps them"


def test_a_cash_flow_row_takes_a_rate_in_percent(dialog, page, qtbot, gui_services) -> None:
    choose(page, "キャッシュフロー表：標準キャッシュフロー（標準搭載）")
    select(page, "保険料")
    editor = page.add()
    assert not editor.loan_check.isVisible() and editor.rate_edit.isVisible()
    assert [editor.section_combo.itemText(i) for i in range(editor.section_combo.count())] == ["収入", "支出"]
    commit_text(editor.label_edit, "介護費")
    qtbot.keyClicks(editor.rate_edit, "1.5x")
    qtbot.keyClick(editor.rate_edit, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.error_text("rate_bp").startswith("率として読めません")
    editor.rate_edit.clear()
    qtbot.keyClicks(editor.rate_edit, "1.5")
    qtbot.keyClick(editor.rate_edit, Qt.Key.Key_Return)
    assert editor.result() == editor.DialogCode.Accepted
    assert cells(page, "介護費") == ["支出", "介護費", "", "", "1.5%"]
    assert labels(page).index("介護費") == labels(page).index("保険料") + 1
    row = next(r for r in standard(gui_services, "cashflow").rows if r.label == "介護費")
    assert row.rate_bp == 150


def test_a_loan_row_is_flagged(page, qtbot, gui_services) -> None:
    select(page, "本人就労収入")
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    editor = page.editor
    assert editor is not None and editor.isVisible() and editor.section_combo.currentText() == "収入"
    editor.section_combo.setCurrentIndex(editor.section_combo.findText("その他"))
    commit_text(editor.label_edit, "社協の貸付")
    editor.loan_check.setChecked(True)
    editor.buttons.button(editor.buttons.StandardButton.Ok).click()
    assert editor.result() == editor.DialogCode.Accepted
    assert cells(page, "社協の貸付")[:4] == ["その他", "社協の貸付", "", "○"]
    assert labels(page).index("社協の貸付") == labels(page).index("借入金（収入ではない）") + 1, "end of its section"
    row = next(r for r in standard(gui_services).rows if r.label == "社協の貸付")
    assert row.is_loan and row.section == "other"


def test_insert_position_follows_the_chosen_row_or_ends_the_section(gui_services) -> None:
    rows = standard(gui_services).rows
    first_expense = next(i for i, r in enumerate(rows) if r.section == "expense")
    assert insert_position(rows, "expense", rows[first_expense].id) == first_expense + 1
    assert insert_position(rows, "expense", rows[0].id) == len(rows), "その他 is the last expense row"
    assert insert_position(rows, "income", None) == first_expense - 1


def test_without_the_budget_service_the_page_is_not_there(ja_app, qtbot, gui_services, presenter) -> None:
    s = gui_services
    organisation = OrganisationService(s.ledger, lambda: SCREEN_TODAY)
    d = SettingsDialog(s.staff, s.agencies, s.codes, organisation, lambda: SCREEN_TODAY, presenter)
    qtbot.addWidget(d)
    assert d.page_list.count() == 4 and d.template_page is None and "templates" not in d.pages


def test_screenshot(dialog, page, qtbot) -> None:
    select(page, "食費")
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOT))
