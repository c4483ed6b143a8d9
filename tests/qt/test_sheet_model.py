"""SheetTableModel without a view, over an in-memory household sheet whose totals the fake
source computes on reload: what each cell shows, edits parsed by parse_yen, one write per
edit/paste/clear (all or nothing), undo/redo through the source, and Qt's model checks."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.errors import FieldError, LedgerError, ValidationError
from app.qt.sheet_model import Cell, CellWrite, SheetTableModel

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
NOW, PLAN, DIFF, NOTE = range(4)
INCOME, EXPENSE = ("本人就労収入", "年金"), ("住居費", "食費", "その他")
ROWS = (*INCOME, "収入合計", *EXPENSE, "支出合計", "収支差額")
INCOME_TOTAL, EXPENSE_TOTAL, BALANCE = ROWS.index("収入合計"), ROWS.index("支出合計"), ROWS.index("収支差額")
HOUSING = ROWS.index("住居費")


class FakeHousehold:
    """相談時家計表 in memory: 現状 / 計画 are typed, 差額 and the total rows are computed from
    the cells when ``reload`` runs (so a model that forgets to reload shows stale totals)."""

    def __init__(self) -> None:
        self.values: dict[tuple[int, int], int | str | None] = {}
        self.writes: list[list[CellWrite]] = []
        self.refuse: LedgerError | None = None
        self.reloads = 0
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

    def _is_total_row(self, row: int) -> bool:
        return row in (INCOME_TOTAL, EXPENSE_TOTAL, BALANCE)

    def cell(self, row: int, col: int) -> Cell:
        if self._is_total_row(row):
            if col == NOTE:
                return Cell(None, "label", editable=False, emphasis=True)
            value = self._totals[(row, col)]
            warning = "赤字です" if row == BALANCE and value < 0 else ""
            return Cell(value, "total", editable=False, emphasis=True, warning=warning)
        if col == DIFF:
            return Cell(self._totals[(row, col)], "total", editable=False)
        if col == NOTE:
            return Cell(self.values.get((row, col)), "label", editable=True)
        return Cell(self.values.get((row, col)), "yen", editable=True)

    def write(self, cells: list[CellWrite]) -> None:
        if self.refuse is not None:
            raise self.refuse
        for row, col, _ in cells:
            assert not self._is_total_row(row) and col != DIFF, "the model wrote a calculated cell"
        self.writes.append(list(cells))
        for row, col, value in cells:
            self.values[(row, col)] = value

    def reload(self) -> None:
        self.reloads += 1
        amount = lambda r, c: self.values.get((r, c)) or 0  # noqa: E731
        t: dict[tuple[int, int], int] = {}
        for col in (NOW, PLAN):
            t[(INCOME_TOTAL, col)] = sum(amount(ROWS.index(n), col) for n in INCOME)
            t[(EXPENSE_TOTAL, col)] = sum(amount(ROWS.index(n), col) for n in EXPENSE)
            t[(BALANCE, col)] = t[(INCOME_TOTAL, col)] - t[(EXPENSE_TOTAL, col)]
        for row in range(len(ROWS)):
            if self._is_total_row(row):
                t[(row, DIFF)] = t[(row, PLAN)] - t[(row, NOW)]
            else:
                t[(row, DIFF)] = amount(row, PLAN) - amount(row, NOW)
        self._totals = t


@pytest.fixture
def source() -> FakeHousehold:
    return FakeHousehold()


@pytest.fixture
def model(qapp, qtlog, source: FakeHousehold):
    m = SheetTableModel(source)
    tester = QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
    yield m
    del tester
    complaints = [r.message for r in qtlog.records if "FAIL" in r.message or "ModelTester" in r.message]
    assert complaints == []


def shown(model: SheetTableModel, row: int, col: int) -> str:
    return model.index(row, col).data(DISPLAY)


def test_cells_are_shown_as_the_sheet_prints_them(model: SheetTableModel, source: FakeHousehold) -> None:
    source.values.update({(0, NOW): 180000, (HOUSING, NOW): 250000, (HOUSING, NOTE): "家賃"})
    model.reload()
    assert shown(model, 0, NOW) == "180,000"
    assert shown(model, BALANCE, NOW) == "▲70,000"
    assert model.index(BALANCE, NOW).data(EDIT) == "-70000"
    assert shown(model, HOUSING, NOTE) == "家賃"
    assert shown(model, 1, NOW) == ""
    right = model.index(0, NOW).data(Qt.ItemDataRole.TextAlignmentRole)
    left = model.index(HOUSING, NOTE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(right) & Qt.AlignmentFlag.AlignRight
    assert Qt.AlignmentFlag(left) & Qt.AlignmentFlag.AlignLeft


def test_totals_are_bold_shaded_and_not_editable(model: SheetTableModel) -> None:
    total, typed = model.index(INCOME_TOTAL, NOW), model.index(0, NOW)
    font = total.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert isinstance(total.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert not total.flags() & Qt.ItemFlag.ItemIsEditable
    assert typed.flags() & Qt.ItemFlag.ItemIsEditable
    assert typed.data(Qt.ItemDataRole.FontRole) is None
    assert model.headerData(INCOME_TOTAL, Qt.Orientation.Vertical) == "収入合計"
    assert model.headerData(INCOME_TOTAL, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(PLAN, Qt.Orientation.Horizontal) == "計画"


def test_a_warning_is_the_tooltip(model: SheetTableModel) -> None:
    assert model.index(BALANCE, NOW).data(Qt.ItemDataRole.ToolTipRole) is None
    model.setData(model.index(HOUSING, NOW), "50000")
    assert model.index(BALANCE, NOW).data(Qt.ItemDataRole.ToolTipRole) == "赤字です"
    assert shown(model, BALANCE, NOW) == "▲50,000"


@pytest.mark.parametrize(
    ("typed", "value", "text"),
    [
        ("12345", 12345, "12,345"),
        ("12,345", 12345, "12,345"),
        ("１２３４５", 12345, "12,345"),
        ("¥12,345", 12345, "12,345"),
        ("1.2万", 12000, "12,000"),
        ("▲500", -500, "▲500"),
        ("-500", -500, "▲500"),
        ("", None, ""),
    ],
)
def test_typed_amounts(model: SheetTableModel, source: FakeHousehold, typed: str, value: int | None, text: str) -> None:
    source.values[(0, PLAN)] = 7
    model.reload()
    assert model.setData(model.index(0, PLAN), typed) is True
    assert source.writes == [[(0, PLAN, value)]]
    assert shown(model, 0, PLAN) == text
    assert shown(model, INCOME_TOTAL, PLAN) == (text or "0")


def test_an_edit_writes_once_then_reloads_and_totals_follow(
    model: SheetTableModel, source: FakeHousehold, qtbot
) -> None:
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.setData(model.index(0, PLAN), "200,000")
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column()) == (0, 0)
    assert (bottom_right.row(), bottom_right.column()) == (len(ROWS) - 1, 3)
    assert shown(model, INCOME_TOTAL, PLAN) == "200,000"
    assert shown(model, 0, DIFF) == "200,000"
    assert shown(model, BALANCE, PLAN) == "200,000"
    assert source.reloads == 2  # the fixture's first read and after the write


def test_text_that_is_not_an_amount_names_the_cell_and_writes_nothing(
    model: SheetTableModel, source: FakeHousehold, qtbot
) -> None:
    with qtbot.waitSignal(model.sig_error) as error:
        assert model.setData(model.index(HOUSING, PLAN), "abc") is False
    message = error.args[0]
    assert message.startswith("住居費") and "計画" in message
    assert message.endswith(": 金額として読めません: abc")
    assert source.writes == [] and model.undo_stack.count() == 0


def test_a_label_cell_takes_text_as_typed(model: SheetTableModel, source: FakeHousehold) -> None:
    assert model.setData(model.index(HOUSING, NOTE), "家賃 5万") is True
    assert source.values[(HOUSING, NOTE)] == "家賃 5万"


def test_calculated_cells_refuse_edits(model: SheetTableModel, source: FakeHousehold) -> None:
    assert model.setData(model.index(INCOME_TOTAL, NOW), "1") is False
    assert model.setData(model.index(0, DIFF), "1") is False
    assert source.writes == []


def test_an_unchanged_value_is_not_written(model: SheetTableModel, source: FakeHousehold) -> None:
    model.setData(model.index(0, NOW), "1000")
    assert model.setData(model.index(0, NOW), "1,000") is True
    assert model.setData(model.index(1, NOW), "") is True
    assert len(source.writes) == 1 and model.undo_stack.count() == 1


def test_a_refusal_by_the_source_is_reported_and_not_undoable(
    model: SheetTableModel, source: FakeHousehold, qtbot
) -> None:
    source.refuse = ValidationError([FieldError("amount", "金額", "too_large", "月額が大きすぎます")])
    with qtbot.waitSignal(model.sig_error) as error:
        assert model.setData(model.index(0, NOW), "99999999") is False
    assert "金額: 月額が大きすぎます" in error.args[0]
    assert model.undo_stack.count() == 0 and shown(model, 0, NOW) == ""


def test_undo_writes_the_old_values_back_through_the_source(
    model: SheetTableModel, source: FakeHousehold, qtbot
) -> None:
    model.setData(model.index(0, NOW), "1000")
    model.setData(model.index(0, NOW), "2000")
    gc.collect()  # the commands live on in the stack, not in Python references
    with qtbot.waitSignal(model.sig_history_applied) as applied:
        model.undo_stack.undo()
    assert applied.args == [0, NOW, 0, NOW]
    assert source.writes[-1] == [(0, NOW, 1000)]
    assert shown(model, INCOME_TOTAL, NOW) == "1,000"
    model.undo_stack.undo()
    assert source.writes[-1] == [(0, NOW, None)] and shown(model, INCOME_TOTAL, NOW) == "0"
    model.undo_stack.redo()
    model.undo_stack.redo()
    assert shown(model, 0, NOW) == "2,000" and len(source.writes) == 6


def test_an_undo_the_source_refuses_is_reported_and_dropped(
    model: SheetTableModel, source: FakeHousehold, qtbot
) -> None:
    model.setData(model.index(0, NOW), "1000")
    model.setData(model.index(1, NOW), "2000")
    source.refuse = LedgerError("台帳に書き込めません")
    with qtbot.waitSignal(model.sig_error) as error:
        model.undo_stack.undo()
    assert "台帳に書き込めません" in error.args[0]
    assert model.undo_stack.count() == 1 and not model.undo_stack.canRedo()
    assert shown(model, INCOME_TOTAL, NOW) == "3,000"
    source.refuse = None
    model.undo_stack.undo()
    assert shown(model, INCOME_TOTAL, NOW) == "2,000"


def test_paste_parses_everything_first_and_writes_once(model: SheetTableModel, source: FakeHousehold, qtbot) -> None:
    block = [["180,000", "¥170,000"], ["６０，０００", "1.2万"]]
    with qtbot.waitSignal(model.sig_status) as status:
        assert model.write_block(0, NOW, block) is True
    assert source.writes == [[(0, NOW, 180000), (0, PLAN, 170000), (1, NOW, 60000), (1, PLAN, 12000)]]
    assert shown(model, INCOME_TOTAL, NOW) == "240,000"
    assert shown(model, INCOME_TOTAL, PLAN) == "182,000"
    assert "4" in status.args[0]
    model.undo_stack.undo()
    assert shown(model, INCOME_TOTAL, NOW) == "0" and len(source.writes) == 2


def test_a_bad_cell_in_a_paste_writes_nothing(model: SheetTableModel, source: FakeHousehold, qtbot) -> None:
    with qtbot.waitSignal(model.sig_error) as error:
        assert model.write_block(HOUSING, NOW, [["50000", "48000"], ["30000", "abc"], ["x", "1"]]) is False
    assert "食費" in error.args[0] and "abc" in error.args[0]
    assert "1" in error.args[0]  # and one more
    assert source.writes == [] and model.undo_stack.count() == 0


def test_paste_skips_calculated_cells_and_cells_outside_and_says_so(
    model: SheetTableModel, source: FakeHousehold, qtbot
) -> None:
    with qtbot.waitSignal(model.sig_status) as status:
        assert model.write_block(1, PLAN, [["100", "999", "メモ", "outside"], ["5", "6", "7", "8"]])
    # row 1: 計画 and メモ written, 差額 and the column past the end skipped; row 2 is 収入合計
    assert source.writes == [[(1, PLAN, 100), (1, NOTE, "メモ")]]
    assert "2" in status.args[0] and "6" in status.args[0]


def test_clear_is_one_write_and_one_undo_step(model: SheetTableModel, source: FakeHousehold) -> None:
    model.write_block(0, NOW, [["1", "2"], ["3", "4"]])
    indexes = [model.index(r, c) for r in (0, 1, INCOME_TOTAL) for c in (NOW, PLAN, DIFF)]
    assert model.clear(indexes) == 4
    assert source.writes[-1] == [(0, NOW, None), (0, PLAN, None), (1, NOW, None), (1, PLAN, None)]
    assert shown(model, INCOME_TOTAL, PLAN) == "0"
    model.undo_stack.undo()
    assert shown(model, INCOME_TOTAL, PLAN) == "6"
    assert model.clear([model.index(HOUSING, NOW)]) == 0  # already empty: nothing to do


def test_copy_rows_gives_plain_numbers_for_excel(model: SheetTableModel) -> None:
    model.write_block(0, NOW, [["1,000", "▲500", "", "メモ"]])
    indexes = [model.index(r, c) for r in (0, 1, INCOME_TOTAL) for c in range(4)]
    assert model.copy_rows(indexes) == [
        ["1000", "-500", "-1500", "メモ"],
        ["", "", "0", ""],
        ["1000", "-500", "-1500", ""],
    ]
    assert model.copy_rows([model.index(0, NOW), model.index(1, PLAN)]) == [["1000", ""], ["", ""]]
    assert model.copy_rows([QModelIndex()]) == []


def test_set_source_resets_and_forgets_the_history(model: SheetTableModel, qtbot) -> None:
    model.setData(model.index(0, NOW), "1")
    other = FakeHousehold()
    other.values[(0, NOW)] = 5
    other.reload()
    with qtbot.waitSignal(model.modelReset):
        model.set_source(other)
    assert shown(model, 0, NOW) == "5" and model.undo_stack.count() == 0


def test_cell_checks_its_value() -> None:
    with pytest.raises(TypeError):
        Cell("12", "yen", editable=True)
    with pytest.raises(TypeError):
        Cell(True, "total", editable=False)
    with pytest.raises(ValueError):
        Cell(None, "money", editable=True)  # type: ignore[arg-type]
