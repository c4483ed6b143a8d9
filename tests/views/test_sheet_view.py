"""SheetView from the keyboard, the way a budget advisor fills a sheet with the person beside
them: typing, Enter/Tab moves, F2, Delete, copy/paste with Excel's text, undo/redo and an IME
commit — over an in-memory household sheet whose totals the fake computes, read off the
screen after every step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from app.domain.errors import LedgerError
from app.qt.sheet_model import Cell, CellWrite, SheetTableModel
from app.views.widgets.sheet_view import SheetView
from tests.views.conftest import commit_text

KEY, MOD = Qt.Key, Qt.KeyboardModifier
NOW, PLAN, DIFF, NOTE = range(4)
INCOME = ("本人就労収入", "配偶者就労収入", "年金")
EXPENSE = ("住居費", "水道光熱費", "食費", "通信費", "その他")
ROWS = (*INCOME, "収入合計", *EXPENSE, "支出合計", "収支差額")
INCOME_TOTAL, EXPENSE_TOTAL, BALANCE = ROWS.index("収入合計"), ROWS.index("支出合計"), ROWS.index("収支差額")
TOTAL_ROWS = (INCOME_TOTAL, EXPENSE_TOTAL, BALANCE)
HOUSING, UTILITIES, FOOD = ROWS.index("住居費"), ROWS.index("水道光熱費"), ROWS.index("食費")
PENSION = ROWS.index("年金")


class FakeHousehold:
    """相談時家計表 in memory: 現状 / 計画 typed, 差額 and total rows computed on ``reload``."""

    def __init__(self) -> None:
        self.values: dict[tuple[int, int], int | str | None] = {}
        self.writes: list[list[CellWrite]] = []
        self.refuse: LedgerError | None = None
        self._totals: dict[tuple[int, int], int] = {}
        self.reload()

    def row_count(self) -> int:
        return len(ROWS)

    def column_count(self) -> int:
        return 4

    def header(self, col: int) -> str:
        return ("現状", "計画", "差額", "メモ")[col]

    def row_header(self, row: int) -> str:
        return ROWS[row]

    def cell(self, row: int, col: int) -> Cell:
        if row in TOTAL_ROWS:
            if col == NOTE:
                return Cell(None, "label", editable=False, emphasis=True)
            value = self._totals[(row, col)]
            warning = "赤字です" if row == BALANCE and value < 0 else ""
            return Cell(value, "total", editable=False, emphasis=True, warning=warning)
        if col == DIFF:
            return Cell(self._totals[(row, col)], "total", editable=False)
        kind = "label" if col == NOTE else "yen"
        return Cell(self.values.get((row, col)), kind, editable=True)

    def write(self, cells: list[CellWrite]) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.writes.append(list(cells))
        self.values.update({(r, c): v for r, c, v in cells})

    def reload(self) -> None:
        amount = lambda r, c: self.values.get((r, c)) or 0  # noqa: E731
        t: dict[tuple[int, int], int] = {}
        for col in (NOW, PLAN):
            t[(INCOME_TOTAL, col)] = sum(amount(ROWS.index(n), col) for n in INCOME)
            t[(EXPENSE_TOTAL, col)] = sum(amount(ROWS.index(n), col) for n in EXPENSE)
            t[(BALANCE, col)] = t[(INCOME_TOTAL, col)] - t[(EXPENSE_TOTAL, col)]
        for row in range(len(ROWS)):
            plan, now = (t[(row, PLAN)], t[(row, NOW)]) if row in TOTAL_ROWS else (amount(row, PLAN), amount(row, NOW))
            t[(row, DIFF)] = plan - now
        self._totals = t


@pytest.fixture
def source() -> FakeHousehold:
    return FakeHousehold()


@pytest.fixture
def view(ja_app, qtbot, source: FakeHousehold) -> SheetView:
    w = SheetView()
    w.setModel(SheetTableModel(source, parent=w))
    w.resize(900, 600)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    w.setFocus()
    return w


def shown(view: SheetView, row: int, col: int) -> str:
    return view.model().index(row, col).data(Qt.ItemDataRole.DisplayRole)


def go(view: SheetView, row: int, col: int) -> None:
    view.setCurrentIndex(view.model().index(row, col))


def at(view: SheetView) -> tuple[int, int]:
    return view.currentIndex().row(), view.currentIndex().column()


def editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), f"no editor has focus ({widget!r})"
    return widget


def type_ascii(qtbot, view: SheetView, text: str) -> None:
    """The first key goes to the grid (it opens the editor), the rest to the editor."""
    qtbot.keyClick(view, text[0])
    qtbot.keyClicks(editor(), text[1:])


def test_typing_overwrites_enter_commits_totals_follow_and_the_cursor_moves_down(qtbot, view: SheetView) -> None:
    go(view, 0, PLAN)
    type_ascii(qtbot, view, "12,345")
    assert editor().text() == "12,345"
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert shown(view, 0, PLAN) == "12,345"
    assert shown(view, INCOME_TOTAL, PLAN) == "12,345"
    assert shown(view, 0, DIFF) == "12,345"
    assert at(view) == (1, PLAN)
    assert view.state() == view.State.NoState and view.hasFocus()
    # typing over a filled cell replaces it, like Excel
    go(view, 0, PLAN)
    type_ascii(qtbot, view, "99")
    qtbot.keyClick(editor(), KEY.Key_Enter)
    assert shown(view, 0, PLAN) == "99" and shown(view, INCOME_TOTAL, PLAN) == "99"


def test_man_and_triangle_amounts(qtbot, view: SheetView) -> None:
    go(view, HOUSING, NOW)
    qtbot.keyClicks(view, "1")
    qtbot.keyClicks(editor(), ".2")
    commit_text(editor(), "万")  # Japanese only through an IME commit
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert shown(view, HOUSING, NOW) == "12,000"
    assert at(view) == (UTILITIES, NOW)
    commit_text(view, "▲")
    qtbot.keyClicks(editor(), "500")
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert shown(view, UTILITIES, NOW) == "▲500"
    assert shown(view, EXPENSE_TOTAL, NOW) == "11,500"
    assert shown(view, BALANCE, NOW) == "▲11,500"
    tip = view.model().index(BALANCE, NOW).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "赤字です"


def test_a_bad_amount_shows_the_error_keeps_editing_and_writes_nothing(
    qtbot, view: SheetView, source: FakeHousehold
) -> None:
    errors: list[str] = []
    view.sig_error.connect(errors.append)
    go(view, HOUSING, PLAN)
    type_ascii(qtbot, view, "abc")
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert errors == ["住居費・計画: 金額として読めません: abc"]
    assert editor().text() == "abc" and editor().selectedText() == "abc"  # retype over it
    assert source.writes == [] and at(view) == (HOUSING, PLAN)
    qtbot.keyClick(editor(), KEY.Key_Escape)
    assert view.state() == view.State.NoState
    assert shown(view, HOUSING, PLAN) == "" and source.writes == []


def test_enter_skips_the_total_rows_and_shift_enter_goes_up(qtbot, view: SheetView) -> None:
    go(view, PENSION, NOW)
    qtbot.keyClick(view, KEY.Key_Return)
    assert at(view) == (HOUSING, NOW)
    qtbot.keyClick(view, KEY.Key_Return, MOD.ShiftModifier)
    assert at(view) == (PENSION, NOW)


def test_tab_moves_right_wraps_rows_and_skips_totals(qtbot, view: SheetView) -> None:
    go(view, PENSION, NOW)
    visited = [at(view)]
    for _ in range(4):
        qtbot.keyClick(view, KEY.Key_Tab)
        visited.append(at(view))
    # 差額 is calculated, 収入合計 is a total row: Tab skips both
    assert visited == [(PENSION, NOW), (PENSION, PLAN), (PENSION, NOTE), (HOUSING, NOW), (HOUSING, PLAN)]
    qtbot.keyClick(view, KEY.Key_Tab, MOD.ShiftModifier)
    qtbot.keyClick(view, KEY.Key_Backtab, MOD.ShiftModifier)
    assert at(view) == (PENSION, NOTE)


def test_tab_while_typing_commits_and_enter_returns_to_the_first_column(qtbot, view: SheetView) -> None:
    go(view, 0, NOW)
    type_ascii(qtbot, view, "200000")
    qtbot.keyClick(editor(), KEY.Key_Tab)
    type_ascii(qtbot, view, "180000")
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert (shown(view, 0, NOW), shown(view, 0, PLAN), shown(view, 0, DIFF)) == ("200,000", "180,000", "▲20,000")
    assert at(view) == (1, NOW)  # Excel: Enter after Tabs goes back to where the Tabs began


def test_arrows_commit_after_typing_but_move_the_caret_after_f2(qtbot, view: SheetView) -> None:
    go(view, FOOD, NOW)
    type_ascii(qtbot, view, "40000")
    qtbot.keyClick(editor(), KEY.Key_Right)
    assert shown(view, FOOD, NOW) == "40,000" and at(view) == (FOOD, PLAN)
    go(view, FOOD, NOW)
    qtbot.keyClick(view, KEY.Key_F2)
    assert editor().text() == "40000" and editor().cursorPosition() == 5 and not editor().hasSelectedText()
    qtbot.keyClick(editor(), KEY.Key_Left)
    qtbot.keyClicks(editor(), "5")
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert shown(view, FOOD, NOW) == "400,050"
    go(view, FOOD, NOW)
    qtbot.keyClick(view, KEY.Key_F2)
    qtbot.keyClicks(editor(), "1")
    qtbot.keyClick(editor(), KEY.Key_Up)  # the line edit has no use for Up: commit and move
    assert shown(view, FOOD, NOW) == "4,000,501" and at(view) == (UTILITIES, NOW)
    type_ascii(qtbot, view, "777")
    qtbot.keyClick(editor(), KEY.Key_Escape)  # Esc cancels
    assert view.state() == view.State.NoState and shown(view, UTILITIES, NOW) == ""


def test_an_ime_commit_into_a_label_cell_starts_editing_with_it(qtbot, view: SheetView, source: FakeHousehold) -> None:
    go(view, HOUSING, NOTE)
    commit_text(view, "家賃")
    assert editor().text() == "家賃"
    commit_text(editor(), "（共益費込み）")
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert shown(view, HOUSING, NOTE) == "家賃（共益費込み）"
    assert source.writes == [[(HOUSING, NOTE, "家賃（共益費込み）")]]


def test_an_ime_composition_opens_an_empty_editor_and_lands_there(qtbot, view: SheetView) -> None:
    view.model().setData(view.model().index(HOUSING, NOTE), "前の内容")
    go(view, HOUSING, NOTE)
    QApplication.sendEvent(view, QInputMethodEvent("か", []))  # Mozc shows "か" while composing
    assert view.state() == view.State.EditingState
    finished = QInputMethodEvent()
    finished.setCommitString("家計")
    QApplication.sendEvent(QApplication.focusWidget(), finished)
    assert editor().text() == "家計"
    qtbot.keyClick(editor(), KEY.Key_Return)
    assert shown(view, HOUSING, NOTE) == "家計"


def test_calculated_cells_are_never_edited(qtbot, view: SheetView, source: FakeHousehold) -> None:
    go(view, INCOME_TOTAL, NOW)
    qtbot.keyClick(view, "5")
    qtbot.keyClick(view, KEY.Key_F2)
    commit_text(view, "五")
    assert view.state() == view.State.NoState and source.writes == []
    assert at(view) == (INCOME_TOTAL, NOW)


def test_paste_with_one_bad_cell_writes_nothing(qtbot, view: SheetView, source: FakeHousehold) -> None:
    errors: list[str] = []
    view.sig_error.connect(errors.append)
    QApplication.clipboard().setText("85,000\t80,000\r\n12,000\tabc\r\n45000\t40000\r\n")
    go(view, HOUSING, NOW)
    qtbot.keyClick(view, KEY.Key_V, MOD.ControlModifier)
    assert len(errors) == 1 and "水道光熱費・計画" in errors[0] and "abc" in errors[0]
    assert source.writes == []
    assert shown(view, EXPENSE_TOTAL, NOW) == "0"


def test_paste_a_block_from_excel(qtbot, view: SheetView, source: FakeHousehold) -> None:
    statuses: list[str] = []
    view.sig_status.connect(statuses.append)
    QApplication.clipboard().setText('85,000\t¥80,000\r\n"12,000"\t１１，０００\r\n45000\t▲1,000\r\n')
    go(view, HOUSING, NOW)
    qtbot.keyClick(view, KEY.Key_V, MOD.ControlModifier)
    assert len(source.writes) == 1
    assert shown(view, EXPENSE_TOTAL, NOW) == "142,000"
    assert shown(view, EXPENSE_TOTAL, PLAN) == "90,000"
    assert shown(view, FOOD, DIFF) == "▲46,000"
    assert shown(view, BALANCE, PLAN) == "▲90,000"
    chosen = {(i.row(), i.column()) for i in view.selectedIndexes()}
    assert chosen == {(r, c) for r in (HOUSING, UTILITIES, FOOD) for c in (NOW, PLAN)}
    assert statuses and "6" in statuses[-1]


def test_one_copied_value_fills_a_selected_block(qtbot, view: SheetView, source: FakeHousehold) -> None:
    QApplication.clipboard().setText("3000\r\n")
    go(view, 0, NOW)
    qtbot.keyClick(view, KEY.Key_Down, MOD.ShiftModifier)
    qtbot.keyClick(view, KEY.Key_Right, MOD.ShiftModifier)
    qtbot.keyClick(view, KEY.Key_V, MOD.ControlModifier)
    assert source.writes == [[(0, NOW, 3000), (0, PLAN, 3000), (1, NOW, 3000), (1, PLAN, 3000)]]
    assert shown(view, INCOME_TOTAL, NOW) == "6,000"


def test_paste_over_a_total_row_skips_it_and_says_so(qtbot, view: SheetView, source: FakeHousehold) -> None:
    statuses: list[str] = []
    view.sig_status.connect(statuses.append)
    QApplication.clipboard().setText("1\r\n2\r\n3\r\n")
    go(view, PENSION, NOW)
    qtbot.keyClick(view, KEY.Key_V, MOD.ControlModifier)
    assert source.writes == [[(PENSION, NOW, 1), (HOUSING, NOW, 3)]]
    assert statuses[-1] == "2セルを貼り付けました。シートの外または編集できない1セルは飛ばしました。"


def test_copy_a_block_as_excel_text(qtbot, view: SheetView) -> None:
    view.model().write_block(0, NOW, [["200,000", "180,000", "", "本人の給与"], ["", "", "", "手取り\t月額"]])
    go(view, 0, NOW)
    for key in (KEY.Key_Down, KEY.Key_Down, KEY.Key_Down, KEY.Key_Right, KEY.Key_Right, KEY.Key_Right):
        qtbot.keyClick(view, key, MOD.ShiftModifier)  # down to 収入合計
    qtbot.keyClick(view, KEY.Key_C, MOD.ControlModifier)
    assert QApplication.clipboard().text() == (
        '200000\t180000\t-20000\t本人の給与\r\n\t\t0\t"手取り\t月額"\r\n\t\t0\t\r\n200000\t180000\t-20000\t\r\n'
    )


def test_delete_clears_a_block_undo_and_redo(qtbot, view: SheetView, source: FakeHousehold) -> None:
    view.model().write_block(0, NOW, [["100", "200"], ["300", "400"]])
    go(view, 0, NOW)
    qtbot.keyClick(view, KEY.Key_Down, MOD.ShiftModifier)
    qtbot.keyClick(view, KEY.Key_Down, MOD.ShiftModifier)  # into 収入合計: selected but not cleared
    qtbot.keyClick(view, KEY.Key_Right, MOD.ShiftModifier)
    qtbot.keyClick(view, KEY.Key_Delete)
    assert shown(view, INCOME_TOTAL, NOW) == "0" and shown(view, INCOME_TOTAL, PLAN) == "0"
    assert len(source.writes) == 2  # the fill and ONE clear
    qtbot.keyClick(view, KEY.Key_Z, MOD.ControlModifier)
    assert (shown(view, INCOME_TOTAL, NOW), shown(view, INCOME_TOTAL, PLAN)) == ("400", "600")
    assert shown(view, 1, PLAN) == "400"
    qtbot.keyClick(view, KEY.Key_Y, MOD.ControlModifier)
    assert shown(view, INCOME_TOTAL, PLAN) == "0"
    qtbot.keyClick(view, KEY.Key_Z, MOD.ControlModifier)
    qtbot.keyClick(view, KEY.Key_Z, MOD.ControlModifier | MOD.ShiftModifier)
    assert shown(view, INCOME_TOTAL, NOW) == "0"
    go(view, 0, NOW)
    qtbot.keyClick(view, KEY.Key_Z, MOD.ControlModifier)  # undo selects what it restored
    assert {(i.row(), i.column()) for i in view.selectedIndexes()} == {(r, c) for r in (0, 1) for c in (NOW, PLAN)}
    qtbot.keyClick(view, KEY.Key_Backspace)
    assert shown(view, INCOME_TOTAL, PLAN) == "0"


def test_the_grid_keeps_its_keys_when_the_window_has_the_same_shortcuts(qtbot, ja_app, source: FakeHousehold) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    stolen: list[str] = []
    for keys in ("Ctrl+Z", "Ctrl+Y", "Ctrl+C", "Ctrl+V", "Del"):
        action = QAction(keys, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, k=keys: stolen.append(k))
        window.addAction(action)
    grid = SheetView()
    grid.setModel(SheetTableModel(source, parent=grid))
    window.setCentralWidget(grid)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    grid.setFocus()
    go(grid, 0, NOW)
    type_ascii(qtbot, grid, "5")
    qtbot.keyClick(editor(), KEY.Key_Return)
    qtbot.keyClick(grid, KEY.Key_Z, MOD.ControlModifier)
    assert shown(grid, 0, NOW) == ""
    qtbot.keyClick(grid, KEY.Key_Y, MOD.ControlModifier)
    assert shown(grid, 0, NOW) == "5"
    assert stolen == []


def test_select_all_and_the_context_menu_actions(qtbot, view: SheetView) -> None:
    qtbot.keyClick(view, KEY.Key_A, MOD.ControlModifier)
    assert len(view.selectedIndexes()) == len(ROWS) * 4
    texts = [a.text() for a in view.actions()]
    assert texts == ["元に戻す", "やり直し", "コピー", "貼り付け", "クリア", "すべて選択"]
    assert not view.undo_action.isEnabled()


def test_amount_columns_fit_ten_digits_with_a_triangle(view: SheetView) -> None:
    view.model().write_block(0, NOW, [["9,999,999,999", "0"]])
    assert shown(view, INCOME_TOTAL, DIFF) == "▲9,999,999,999"
    bold = view.model().index(INCOME_TOTAL, DIFF).data(Qt.ItemDataRole.FontRole).resolve(view.font())
    width = QFontMetrics(bold).horizontalAdvance("▲9,999,999,999")
    assert all(view.columnWidth(c) >= width + 12 for c in (NOW, PLAN, DIFF))


def test_screenshot_of_a_filled_sheet(qtbot, view: SheetView) -> None:
    view.model().write_block(
        0,
        NOW,
        [
            ["180,000", "185,000", "", "パート（月により変動）"],
            ["", "", "", ""],
            ["65,000", "65,000", "", "老齢年金"],
            ["", "", "", ""],
            ["72,000", "65,000", "", "家賃・共益費"],
            ["18,500", "15,000", "", ""],
            ["60,000", "48,000", "", "外食を減らす"],
            ["12,800", "6,000", "", "格安プランへ"],
            ["25,000", "10,000", "", ""],
        ],
    )
    go(view, FOOD, PLAN)
    out = Path("/tmp/sheet")
    out.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out / "grid.png"))


def test_a_new_model_takes_over_the_signals(qtbot, view: SheetView, source: FakeHousehold) -> None:
    old = view.model()
    errors: list[str] = []
    view.sig_error.connect(errors.append)
    view.setModel(SheetTableModel(FakeHousehold(), parent=view))
    old.sig_error.emit("old")
    view.model().sig_error.emit("new")
    assert errors == ["new"]
