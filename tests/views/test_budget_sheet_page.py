"""The 相談時家計表 and 家計計画表 pages as a budget advisor fills them beside the person: from
the keyboard, pasting from Excel, reading the totals off the screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.drafts import IntakeDraft, PersonDraft
from app.qt.messages import RecordingPresenter
from app.views.budget.sheet_page import SheetHeaderDialog, SheetPage
from tests.views.conftest import SCREEN_TODAY, commit_text

SHOTS = Path(__file__).resolve().parents[2] / "shots"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def case_id(gui_services) -> int:
    made = gui_services.cases.open_case(
        IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="self", programmes=("household_budget",),
                    person=PersonDraft("架空", "ゆうこ", "かくう", "ゆうこ"))
    )  # fmt: skip
    return made.case_id


def make_page(qtbot, gui_services, kind: str, presenter: RecordingPresenter | None = None) -> SheetPage:
    page = SheetPage(kind, gui_services.budget, lambda: SCREEN_TODAY, presenter or RecordingPresenter())
    page.ask_item = lambda _title, _label, items: items.index("標準")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def row_of(page: SheetPage, label: str) -> int:
    model = page.grid.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == label:
            return r
    raise AssertionError(label)


def shown(page: SheetPage, label: str, col: int) -> str:
    return page.grid.model().index(row_of(page, label), col).data()


def editor(_view=None) -> QLineEdit:
    """The cell editor the grid opened (it has the keyboard focus)."""
    found = QApplication.focusWidget()
    assert isinstance(found, QLineEdit), f"no editor has focus ({found!r})"
    return found


def type_into(qtbot, page: SheetPage, label: str, col: int, text: str, grid=None) -> None:
    """Go to the cell, type (the first key opens the editor, as in Excel), Enter."""
    grid = grid or page.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(row_of(page, label), col) if isinstance(label, str) else label)
    if text.isascii():
        qtbot.keyClick(grid, text[0])
        qtbot.keyClicks(editor(grid), text[1:])
    else:  # Japanese (万, ▲) arrives as an input-method commit; keyClicks would abort Qt
        commit_text(grid, text)
    qtbot.keyClick(editor(grid), Qt.Key.Key_Return)


def test_consultation_sheet_from_the_keyboard(ja_app, qtbot, gui_services, case_id) -> None:
    page = make_page(qtbot, gui_services, "consultation")
    page.show_case(case_id)
    assert page.sheet_combo.count() == 0 and not page.grid.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.sheet_combo.count() == 1)
    assert page.grid.model().headerData(1, Qt.Orientation.Horizontal) == "現状"
    type_into(qtbot, page, "本人就労収入", 1, "85,000")
    type_into(qtbot, page, "児童手当", 1, "1.5万")
    type_into(qtbot, page, "住居費", 1, "52000")
    type_into(qtbot, page, "食費", 1, "48000")
    assert shown(page, "収入合計", 1) == "100,000"
    assert shown(page, "支出合計", 1) == "100,000"
    type_into(qtbot, page, "通信費", 1, "12000")
    assert shown(page, "収支差額（収入－支出）", 1) == "▲12,000"
    assert "収支差額 ▲12,000円" in page.summary_label.text()

    # a bad amount: the message names the cell and nothing is written
    type_into(qtbot, page, "被服費", 1, "abc")
    qtbot.keyClick(editor(page.grid), Qt.Key.Key_Escape)
    assert "被服費" in page.message_label.text() and "金額として読めません" in page.message_label.text()
    assert shown(page, "被服費", 1) in ("", None)

    # paste a block copied from Excel (three rows × one column), then undo it in one step
    page.grid.setCurrentIndex(page.grid.model().index(row_of(page, "水道光熱費"), 1))
    QApplication.clipboard().setText("15,000\r\n8,000\r\n50,000\r\n")
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [shown(page, label, 1) for label in ("水道光熱費", "通信費", "食費")] == ["15,000", "8,000", "50,000"]
    assert shown(page, "支出合計", 1) == "125,000"
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [shown(page, label, 1) for label in ("水道光熱費", "通信費", "食費")] == ["", "12,000", "48,000"]
    assert shown(page, "支出合計", 1) == "112,000"
    # a block with one bad cell writes nothing
    QApplication.clipboard().setText("15,000\r\nabc\r\n")
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown(page, "水道光熱費", 1) == "" and "金額として読めません" in page.message_label.text()
    saved = gui_services.budget.sheet(page.current_sheet_id())
    assert saved.totals.current.expense == 112_000  # the screen shows what is stored


def test_insert_a_row_typed_in_japanese_and_delete_it(ja_app, qtbot, gui_services, case_id) -> None:
    presenter = RecordingPresenter(answers=[True])
    page = make_page(qtbot, gui_services, "consultation", presenter)
    page.show_case(case_id)
    page.new_sheet()
    page.grid.setCurrentIndex(page.grid.model().index(row_of(page, "食費"), 1))
    page.insert_row()
    label_editor = editor(page.grid)
    label_editor.selectAll()
    commit_text(label_editor, "ペット費")
    qtbot.keyClick(label_editor, Qt.Key.Key_Return)
    row = row_of(page, "ペット費")
    assert row == row_of(page, "食費") - 1
    type_into(qtbot, page, "ペット費", 1, "3000")
    assert shown(page, "支出合計", 1) == "3,000"
    page.grid.setCurrentIndex(page.grid.model().index(row_of(page, "ペット費"), 1))
    page.delete_row()
    assert presenter.messages[-1][0] == "question"
    assert shown(page, "支出合計", 1) == "0"
    with pytest.raises(AssertionError):
        row_of(page, "ペット費")


def test_plan_sheet_starts_from_the_consultation_and_tracks_actuals(ja_app, qtbot, gui_services, case_id) -> None:
    presenter = RecordingPresenter()
    plan = make_page(qtbot, gui_services, "plan", presenter)
    plan.show_case(case_id)
    plan.new_sheet()
    assert presenter.messages[-1][2] == "先に相談時家計表を作成してください。計画表はそれをもとに作ります。"
    consultation = make_page(qtbot, gui_services, "consultation")
    consultation.show_case(case_id)
    consultation.new_sheet()
    type_into(qtbot, consultation, "本人就労収入", 1, "120000")
    type_into(qtbot, consultation, "食費", 1, "60000")

    plan.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is plan)
    plan.show_case(case_id)
    plan.new_sheet()
    headers = [plan.grid.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["項目", "現状", "計画", "差額"]
    assert shown(plan, "食費", 1) == "60,000"
    type_into(qtbot, plan, "食費", 2, "45000")
    assert shown(plan, "食費", 3) == "▲15,000"
    plan.ask_text = lambda _t, _l: "R5.5"  # before the plan was made: refused, said why
    plan.add_month()
    assert "実績月は計画の作成月以降" in plan.message_label.text()
    assert plan.grid.model().columnCount() == 4
    plan.ask_text = lambda _t, _l: "R5.6"
    plan.add_month()
    assert plan.grid.model().headerData(4, Qt.Orientation.Horizontal) == "実績 2023/6"
    type_into(qtbot, plan, "食費", 4, "47000")
    assert shown(plan, "支出合計", 4) == "47,000"

    # 特別支出: a new item typed into the blank row, 固定資産税 in June
    special = plan.special_grid
    special.setFocus()
    special.setCurrentIndex(special.model().index(0, 0))
    commit_text(special, "固定資産税")  # an input-method commit opens the editor with the text
    qtbot.keyClick(editor(special), Qt.Key.Key_Return)
    type_into(qtbot, plan, special.model().index(0, 3), 0, "60000", grid=special)  # 4月, 5月, 6月
    model = special.model()
    assert model.index(0, 13).data() == "60,000"
    assert model.index(model.rowCount() - 1, 13).data() == "5,000"
    assert "年間支出の積立 月5,000円" in plan.summary_label.text()
    assert "積立後の収支差額 ▲50,000円" in plan.summary_label.text()  # 計画: 0 − 45,000 − 5,000
    SHOTS.mkdir(exist_ok=True)
    plan.grab().save(str(SHOTS / "budget_plan_sheet.png"))


def test_header_details_with_savings_in_man_yen(ja_app, qtbot, gui_services, case_id) -> None:
    page = make_page(qtbot, gui_services, "consultation")
    page.show_case(case_id)
    page.new_sheet()
    dialog = SheetHeaderDialog(gui_services.budget, page.current_sheet_id(), lambda: SCREEN_TODAY)
    qtbot.addWidget(dialog)
    dialog.savings_edit.setText("十二万")
    assert dialog.save() is None and dialog.error_text("savings_yen")
    dialog.savings_edit.setText("12万")
    commit_text(dialog.basis_edit, "直近3か月の平均")
    assert dialog.save() is not None
    page.reload()
    assert "預貯金 120,000円" in page.summary_label.text()


def test_ctrl_shift_delete_from_the_grid_deletes_the_row(ja_app, qtbot, gui_services, case_id) -> None:
    presenter = RecordingPresenter(answers=[True])
    page = make_page(qtbot, gui_services, "consultation", presenter)
    page.show_case(case_id)
    page.new_sheet()
    rows = page.grid.model().rowCount()
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid.model().index(row_of(page, "嗜好品"), 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.grid.model().rowCount() == rows - 1)
    assert presenter.messages[-1][2] == "「嗜好品」の行を削除しますか？"
