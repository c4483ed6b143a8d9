"""The キャッシュフロー表 page the way a budget advisor uses it with the person beside them: a new
table from the keyboard, a base amount and a 変動率 typed into the grid, 年間収支 and 貯蓄残高 read
off the grid AND the chart, 30 years, the year the savings run out, a life event, rows
inserted and deleted, the header, and the whole table deleted."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.budget_drafts import CashflowHeaderDraft
from app.domain.drafts import IntakeDraft, PersonDraft
from app.qt.messages import RecordingPresenter
from app.views.budget.cashflow_chart import CashflowChart, nice_ticks
from app.views.budget.cashflow_page import CashflowHeaderDialog, CashflowPage, LifeEventsDialog, NewCashflowDialog
from tests.views.conftest import SCREEN_TODAY, commit_text

KEY, MOD = Qt.Key, Qt.KeyboardModifier
FIRST_YEAR_COL = 3  # 項目, 基準額, 変動率, then the years


def open_budget_case(services) -> int:
    draft = IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="self", programmes=("household_budget",),
                        person=PersonDraft("架空", "ゆうこ", "かくう", "ゆうこ", birth_date=date(1980, 5, 5)))  # fmt: skip
    return services.cases.open_case(draft).case_id


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def case_id(gui_services) -> int:
    return open_budget_case(gui_services)


@pytest.fixture
def page(ja_app, qtbot, gui_services, presenter, case_id) -> CashflowPage:
    w = CashflowPage(gui_services.budget, lambda: SCREEN_TODAY, presenter)
    qtbot.addWidget(w)
    w.resize(1200, 750)
    w.show_case(case_id)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def accept_new(years: int = 5, template: int = 0):
    """A run_dialog that fills the 新規 dialog and accepts it."""

    def run(dialog: NewCashflowDialog) -> bool:
        dialog.template_combo.setCurrentIndex(template)
        dialog.years_spin.setValue(years)
        return True

    return run


def row_of(page: CashflowPage, label: str) -> int:
    model = page.model
    found = [r for r in range(model.rowCount()) if model.index(r, 0).data() == label]
    assert found, f"no row {label!r} in {[model.index(r, 0).data() for r in range(model.rowCount())]}"
    return found[0]


def shown(page: CashflowPage, label: str, col: int) -> str:
    return page.model.index(row_of(page, label), col).data(Qt.ItemDataRole.DisplayRole)


def year_cells(page: CashflowPage, label: str) -> list[str]:
    return [shown(page, label, c) for c in range(FIRST_YEAR_COL, page.model.columnCount())]


def editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), f"no editor has focus ({widget!r})"
    return widget


def type_into_grid(qtbot, page: CashflowPage, text: str) -> None:
    qtbot.keyClick(page.grid, text[0])
    qtbot.keyClicks(editor(), text[1:])
    qtbot.keyClick(editor(), KEY.Key_Return)


def yen(text: str) -> int:
    return -int(text[1:].replace(",", "")) if text.startswith("▲") else int(text.replace(",", ""))


def make_plan(services, case_id: int, years: int = 5) -> int:
    template = services.budget.templates("cashflow")[0]
    return services.budget.create_cashflow(case_id, template.id, 2023, years)


# ---- the page --------------------------------------------------------------------------------
def test_an_empty_case_offers_only_new(page: CashflowPage) -> None:
    assert page.current_plan_id() is None
    assert page.stack.currentWidget() is page.empty_label
    assert page.new_button.isEnabled()
    assert not page.header_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.chart.values()["years"] == []


def test_new_table_from_the_keyboard_type_base_and_rate_read_grid_and_chart(
    qtbot, page: CashflowPage, gui_services, case_id
) -> None:
    changes: list[None] = []
    page.sig_changed.connect(lambda: changes.append(None))
    page.run_dialog = accept_new(5)
    qtbot.keyClick(page, KEY.Key_N, MOD.ControlModifier | MOD.ShiftModifier)
    qtbot.waitUntil(lambda: page.current_plan_id() is not None)
    assert gui_services.budget.cashflow(page.current_plan_id()).years == 5
    assert page.model.columnCount() == FIRST_YEAR_COL + 5
    assert page.plan_combo.currentText().startswith("2023-06-01")
    assert "2023" in page.plan_combo.currentText() and "5" in page.plan_combo.currentText()
    # the cursor waits on the first income row's 基準額 (本人収入)
    assert page.grid.hasFocus()
    assert page.grid.currentIndex().row() == row_of(page, "本人収入")
    assert page.grid.currentIndex().column() == 1
    type_into_grid(qtbot, page, "2400000")
    assert shown(page, "本人収入", 1) == "2,400,000"
    # 変動率 of the same row
    page.grid.setCurrentIndex(page.model.index(row_of(page, "本人収入"), 2))
    type_into_grid(qtbot, page, "1.5")
    assert shown(page, "本人収入", 2) == "1.5"
    # 基本生活費 2,000,000 a year (its template rate: 1 %)
    page.grid.setCurrentIndex(page.model.index(row_of(page, "基本生活費"), 1))
    type_into_grid(qtbot, page, "2000000")
    income = [2_400_000, 2_436_000, 2_472_540, 2_509_628, 2_547_273]
    expense = [2_000_000, 2_020_000, 2_040_200, 2_060_602, 2_081_208]
    balance = [i - e for i, e in zip(income, expense, strict=True)]
    savings, running = [], 0
    for b in balance:
        running += b
        savings.append(running)
    assert [yen(t) for t in year_cells(page, "本人収入")] == income
    assert [yen(t) for t in year_cells(page, "年間収支")] == balance
    assert [yen(t) for t in year_cells(page, "貯蓄残高")] == savings
    values = page.chart.values()
    assert values["balance"] == balance and values["savings"] == savings
    assert values["years"] == ["2023\nR5", "2024\nR6", "2025\nR7", "2026\nR8", "2027\nR9"]
    assert values["first_negative_index"] is None
    assert len(changes) >= 4  # the new table and every cell written
    # undo from the keyboard: the chart follows the grid
    qtbot.keyClick(page.grid, KEY.Key_Z, MOD.ControlModifier)
    assert page.chart.values()["balance"] == income


def test_thirty_years_and_the_first_negative_year_is_highlighted(qtbot, page, gui_services, case_id) -> None:
    plan_id = make_plan(gui_services, case_id)
    detail = gui_services.budget.cashflow(plan_id)
    rows = {r.label: r.id for r in detail.rows}
    gui_services.budget.set_cashflow_base(plan_id, rows["本人収入"], 2_000_000)
    gui_services.budget.set_cashflow_rate(plan_id, rows["本人収入"], "0")
    gui_services.budget.set_cashflow_base(plan_id, rows["基本生活費"], 2_100_000)
    gui_services.budget.set_cashflow_rate(plan_id, rows["基本生活費"], "0")
    header = CashflowHeaderDraft(2023, 5, savings_start_yen=1_000_000)
    gui_services.budget.set_cashflow_header(plan_id, header, detail.version)
    page.show_case(case_id)
    assert page.current_plan_id() == plan_id
    assert page.chart.values()["first_negative_index"] is None  # 1,000,000 − 5 × 100,000 stays positive
    # 年数 from the keyboard: Alt+Y, type 30, Enter
    qtbot.keyClick(page, KEY.Key_Y, MOD.AltModifier)
    assert page.years_spin.hasFocus()
    page.years_spin.selectAll()
    qtbot.keyClicks(page.years_spin, "30")
    qtbot.keyClick(page.years_spin, KEY.Key_Return)
    qtbot.waitUntil(lambda: page.model.columnCount() == FIRST_YEAR_COL + 30)
    assert gui_services.budget.cashflow(plan_id).years == 30
    assert "30" in page.plan_combo.currentText()
    savings = [yen(t) for t in year_cells(page, "貯蓄残高")]
    assert savings[9] == 0 and savings[10] == -100_000  # the 11th year (2033) is the first in the red
    values = page.chart.values()
    assert values["savings"] == savings
    assert values["first_negative_index"] == 10
    assert values["years"][10] == "2033\nR15"
    tip = page.model.index(row_of(page, "貯蓄残高"), FIRST_YEAR_COL + 10).data(Qt.ItemDataRole.ToolTipRole)
    assert tip  # the grid marks the cell too
    assert "2033" in page.summary_label.text()
    assert "貯蓄が尽きる年" in page.chart.tooltip_text(10)
    assert "▲100,000円" in page.chart.tooltip_text(10)


def test_a_life_event_shows_in_the_grid_and_its_cost_lowers_that_years_balance(
    qtbot, page, gui_services, case_id
) -> None:
    make_plan(gui_services, case_id)
    page.show_case(case_id)
    before = [yen(t) for t in year_cells(page, "年間収支")]

    def add_event(dialog: LifeEventsDialog) -> bool:
        dialog.year_spin.setValue(2025)
        commit_text(dialog.label_edit, "長女 高校入学")
        dialog.cost_edit.setFocus()
        qtbot.keyClicks(dialog.cost_edit, "300000")
        qtbot.keyClick(dialog.cost_edit, KEY.Key_Return)
        assert dialog.events() == [(2025, "長女 高校入学", 300_000)]
        assert dialog.table.item(0, 3).text() == "300,000円"
        return True

    page.run_dialog = add_event
    qtbot.keyClick(page, KEY.Key_L, MOD.AltModifier)
    qtbot.waitUntil(lambda: shown(page, "ライフイベント", FIRST_YEAR_COL + 2) == "長女 高校入学")
    after = [yen(t) for t in year_cells(page, "年間収支")]
    assert after[2] == before[2] - 300_000
    assert after[:2] == before[:2] and after[3:] == before[3:]
    assert page.chart.values()["balance"] == after
    assert page.chart.values()["first_negative_index"] == 2

    def remove_event(dialog: LifeEventsDialog) -> bool:
        dialog.table.setCurrentCell(0, 1)
        dialog.remove_button.click()
        assert dialog.events() == []
        return True

    page.run_dialog = remove_event
    page.edit_life_events()
    assert [yen(t) for t in year_cells(page, "年間収支")] == before
    assert shown(page, "ライフイベント", FIRST_YEAR_COL + 2) == ""


def test_a_life_event_without_a_name_is_refused_in_the_dialog(qtbot, page, gui_services, case_id) -> None:
    plan_id = make_plan(gui_services, case_id)
    page.show_case(case_id)

    def add_nameless(dialog: LifeEventsDialog) -> bool:
        dialog.cost_edit.setText("1万")
        assert dialog.add_event() is None
        assert "ライフイベント" in dialog.error_label.text()
        dialog.cost_edit.setText("abc")
        dialog.label_edit.setText("x")
        assert dialog.add_event() is None
        assert "金額として読めません" in dialog.error_label.text()
        return True

    page.run_dialog = add_nameless
    page.edit_life_events()
    assert gui_services.budget.cashflow(plan_id).life_events == ()


def test_header_dialog_saves_savings_and_rate_and_refuses_a_bad_rate(qtbot, page, gui_services, case_id) -> None:
    plan_id = make_plan(gui_services, case_id)
    page.show_case(case_id)

    def fill(dialog: CashflowHeaderDialog) -> bool:
        dialog.rate_edit.setText("abc")
        assert dialog.save() is None
        assert "率として読めません" in dialog.error_text("return_rate")
        assert gui_services.budget.cashflow(plan_id).return_rate_bp == 0
        dialog.savings_edit.setText("50万")
        dialog.rate_edit.setText("1")
        commit_text(dialog.note_edit, "進学に備える")
        return dialog.save() == plan_id

    page.run_dialog = fill
    page.edit_header()
    d = gui_services.budget.cashflow(plan_id)
    assert (d.savings_start_yen, d.return_rate_bp, d.note) == (500_000, 100, "進学に備える")
    # no income or expenses: the savings grow by 1 % a year
    assert [yen(t) for t in year_cells(page, "貯蓄残高")] == [505_000, 510_050, 515_151, 520_303, 525_506]
    assert "500,000円" in page.summary_label.text() and "1%" in page.summary_label.text()


def test_header_dialog_shows_the_conflict_when_someone_changed_the_table(qtbot, page, gui_services, case_id) -> None:
    plan_id = make_plan(gui_services, case_id)
    page.show_case(case_id)

    def stale(dialog: CashflowHeaderDialog) -> bool:
        gui_services.budget.set_cashflow_header(plan_id, CashflowHeaderDraft(2023, 5, 1), dialog._version)
        dialog.savings_edit.setText("2")
        assert dialog.save() is None
        assert "他の人が先に変更しました" in dialog.error_text("other")
        return False

    page.run_dialog = stale
    page.edit_header()
    assert gui_services.budget.cashflow(plan_id).savings_start_yen == 1


def test_insert_and_delete_rows_at_the_cursor(qtbot, page, gui_services, case_id, presenter) -> None:
    plan_id = make_plan(gui_services, case_id)
    page.show_case(case_id)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(row_of(page, "収入合計"), 4))
    qtbot.keyClick(page.grid, KEY.Key_I, MOD.ControlModifier | MOD.ShiftModifier)
    qtbot.waitUntil(lambda: any(r.label == "新しい項目" for r in gui_services.budget.cashflow(plan_id).rows))
    new_row = row_of(page, "新しい項目")
    assert new_row == row_of(page, "収入合計") - 1  # the last income row
    assert [r.section for r in gui_services.budget.cashflow(plan_id).rows if r.label == "新しい項目"] == ["income"]
    assert page.grid.currentIndex().row() == new_row and page.grid.currentIndex().column() == 0
    commit_text(page.grid, "養育費")
    qtbot.keyClick(editor(), KEY.Key_Tab)
    assert shown(page, "養育費", 0) == "養育費"
    type_into_grid(qtbot, page, "120000")
    assert shown(page, "養育費", 1) == "120,000"
    assert yen(shown(page, "収入合計", FIRST_YEAR_COL)) == 120_000
    # delete it: it holds an amount, so the page asks first (no → kept; yes → gone)
    page.grid.setCurrentIndex(page.model.index(row_of(page, "養育費"), 1))
    page.delete_row()
    assert presenter.messages[-1][0] == "question"
    assert any(r.label == "養育費" for r in gui_services.budget.cashflow(plan_id).rows)
    presenter.answers = [True]
    page.delete_row()
    assert all(r.label != "養育費" for r in gui_services.budget.cashflow(plan_id).rows)
    assert yen(shown(page, "収入合計", FIRST_YEAR_COL)) == 0
    # an empty row goes without a question; a total row cannot be deleted
    asked = len(presenter.messages)
    page.grid.setCurrentIndex(page.model.index(row_of(page, "一時的支出"), 1))
    page.delete_row()
    assert len(presenter.messages) == asked
    assert all(r.label != "一時的支出" for r in gui_services.budget.cashflow(plan_id).rows)
    page.grid.setCurrentIndex(page.model.index(row_of(page, "年間収支"), 1))
    page.delete_row()
    assert "合計" in page.message_label.text() or "totals" in page.message_label.text()


def test_delete_row_shortcut_works_from_the_grid(qtbot, page, gui_services, case_id) -> None:
    plan_id = make_plan(gui_services, case_id)
    page.show_case(case_id)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(row_of(page, "一時的収入"), 1))
    qtbot.keyClick(page.grid, KEY.Key_Delete, MOD.ControlModifier | MOD.ShiftModifier)
    qtbot.waitUntil(lambda: all(r.label != "一時的収入" for r in gui_services.budget.cashflow(plan_id).rows))


def test_a_refused_cell_shows_the_message_under_the_grid(qtbot, page, gui_services, case_id) -> None:
    make_plan(gui_services, case_id)
    page.show_case(case_id)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(row_of(page, "本人収入"), 2))
    qtbot.keyClick(page.grid, "x")
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert "率として読めません" in page.message_label.text()
    qtbot.keyClick(editor(), KEY.Key_Escape)
    # a total cannot be typed into: the grid says so
    page.grid.setCurrentIndex(page.model.index(row_of(page, "年間収支"), FIRST_YEAR_COL))
    qtbot.keyClick(page.grid, "1")
    assert page.message_label.text()


def test_delete_the_table_asks_first(qtbot, page, gui_services, case_id, presenter) -> None:
    plan_id = make_plan(gui_services, case_id)
    page.show_case(case_id)
    page.delete_button.click()
    assert presenter.messages[-1][0] == "question"
    assert page.current_plan_id() == plan_id
    presenter.answers = [True]
    page.delete_button.click()
    assert gui_services.budget.cashflows(case_id) == []
    assert page.current_plan_id() is None and page.stack.currentWidget() is page.empty_label


def test_the_list_shows_the_cases_tables_newest_first(qtbot, page, gui_services, case_id) -> None:
    first = make_plan(gui_services, case_id, 5)
    second = make_plan(gui_services, case_id, 10)
    page.show_case(case_id)
    assert page.plan_combo.count() == 2
    assert page.current_plan_id() == second
    assert page.model.columnCount() == FIRST_YEAR_COL + 10
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(first))
    assert page.model.columnCount() == FIRST_YEAR_COL + 5
    assert page.years_spin.value() == 5


def test_new_dialog_offers_both_templates_this_year_and_five_years(qtbot, ja_app, gui_services) -> None:
    dialog = NewCashflowDialog(gui_services.budget.templates("cashflow"), 2023)
    qtbot.addWidget(dialog)
    names = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert names == ["標準キャッシュフロー", "高齢者世帯キャッシュフロー"]
    template_id, start, years = dialog.values()
    assert (template_id, start, years) == (gui_services.budget.templates("cashflow")[0].id, 2023, 5)
    assert (dialog.years_spin.minimum(), dialog.years_spin.maximum()) == (1, 30)


# ---- the chart -------------------------------------------------------------------------------
def test_chart_tooltips_per_year_and_ticks(qtbot, ja_app) -> None:
    chart = CashflowChart()
    qtbot.addWidget(chart)
    chart.resize(800, 260)
    chart.set_projection(["2023\nR5", "2024\nR6", "2025\nR7"], [120_000, -50_000, -400_000], [620_000, 570_000, -1], 2)
    assert chart.sizeHint().width() >= 800 and chart.sizeHint().height() >= 240
    text = chart.tooltip_text(1)
    assert text.splitlines() == ["2024（R6）", "年間収支: ▲50,000円", "貯蓄残高: 570,000円"]
    assert chart.tooltip_text(2).splitlines()[-1] == "貯蓄が尽きる年"
    index = chart.index_at(chart.width() - 20)
    assert index == 2
    assert chart.index_at(1) is None
    image = chart.grab().toImage()
    assert not image.isNull()
    with pytest.raises(ValueError):
        chart.set_projection(["2023"], [1, 2], [1], None)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 0, (0, 1_000_000, 200_000)),
        (-400_000, 620_000, (-500_000, 750_000, 250_000)),
        (-4_984_152, 442_500, (-6_000_000, 2_000_000, 2_000_000)),
        (0, 30_000, (0, 30_000, 10_000)),
    ],
)
def test_ticks_are_round_and_cover_zero(low: int, high: int, expected: tuple[int, int, int]) -> None:
    assert nice_ticks(low, high) == expected
    bottom, top, step = nice_ticks(low, high)
    assert bottom <= min(low, 0) and top >= max(high, 0) and bottom % step == 0


def test_chart_hover_shows_the_tooltip(qtbot, ja_app) -> None:
    chart = CashflowChart()
    qtbot.addWidget(chart)
    chart.resize(800, 260)
    chart.set_projection(["2023\nR5"], [10_000], [10_000], None)
    chart.show()
    qtbot.mouseMove(chart, QPoint(400, 130))
    assert chart.index_at(400) == 0
