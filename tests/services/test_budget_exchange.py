"""Budget sheets to and from .xlsx: every amount round-trips, text that looks like a formula is
written as text, a formula in the file is never evaluated, the centre's own sheets (text
amounts, no 区分 column) come in, unknown labels are reported, and an import is all or
nothing, written with one service call."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.domain.budget_drafts import CashflowHeaderDraft, SheetHeaderDraft, SpecialExpenseDraft
from app.domain.debt_drafts import AgreementDraft, DebtDraft
from app.domain.errors import ValidationError
from app.services.budget_exchange import (
    NUMBER_FORMAT,
    ImportReport,
    export_cashflow_xlsx,
    export_sheet_xlsx,
    import_cashflow_xlsx,
    import_sheet_xlsx,
)
from tests.services.conftest import intake_draft

CONSULTED_ON = date(2023, 5, 10)
PLANNED_ON = date(2023, 6, 1)
NASTY = ['=HYPERLINK("http://example.com/x","開く")', "+1", "@SUM(A1)", "-2", "=cmd|' /C calc'!A0"]


def _template(budget, kind: str):
    return next(t for t in budget.templates(kind) if t.builtin and not t.for_older_person)


def _row_id(detail, label: str) -> int:
    return next(r.id for r in detail.rows if r.label == label)


def _row(detail, label: str):
    return next(r for r in detail.rows if r.label == label)


@pytest.fixture
def case(services) -> int:
    return services.cases.open_case(intake_draft(programmes=("household_budget",))).case_id


def _consultation(budget, case: int) -> int:
    sheet = budget.create_consultation_sheet(case, _template(budget, "household").id, CONSULTED_ON)
    d = budget.sheet(sheet)
    budget.set_amounts(sheet, [
        (_row_id(d, "本人就労収入"), "current", 140_000), (_row_id(d, "本人就労収入"), "estimate", 150_000),
        (_row_id(d, "児童手当"), "current", 10_000), (_row_id(d, "借入金（収入ではない）"), "current", 50_000),
        (_row_id(d, "住居費"), "current", 60_000), (_row_id(d, "食費"), "current", 55_000),
        (_row_id(d, "食費"), "estimate", 40_000), (_row_id(d, "債務返済"), "current", 20_000),
    ])  # fmt: skip
    return sheet


@pytest.fixture
def consultation(services, case) -> int:
    return _consultation(services.budget, case)


@pytest.fixture
def plan(services, case, consultation) -> int:
    debt = services.debts.add_debt(DebtDraft(case, "consumer_finance", CONSULTED_ON, balance_yen=300_000))
    services.debts.add_agreement(debt.id, AgreementDraft(date(2023, 4, 10), 300_000, 10_000, date(2023, 4, 1), 25))
    budget = services.budget
    plan = budget.create_plan_sheet(case, consultation, PLANNED_ON)
    for month in (6, 7):
        budget.add_actual_month(plan, date(2023, month, 1))
    d = budget.sheet(plan)
    budget.set_amounts(plan, [
        (_row_id(d, "本人就労収入"), "plan", 150_000), (_row_id(d, "食費"), "plan", 40_000),
        (_row_id(d, "本人就労収入"), "actual:2023-06", 148_000), (_row_id(d, "食費"), "actual:2023-07", 39_800),
    ])  # fmt: skip
    budget.set_special_expense(plan, SpecialExpenseDraft("固定資産税", 6, 60_000))
    return plan


def _cashflow(services, case: int, *, filled: bool = True) -> int:
    budget = services.budget
    cf = budget.create_cashflow(case, _template(budget, "cashflow").id, 2023, 5)
    if filled:
        rows = {r.label: r.id for r in budget.cashflow(cf).rows}
        budget.set_cashflow_base(cf, rows["本人収入"], 2_600_000)
        budget.set_cashflow_base(cf, rows["基本生活費"], 2_100_000)
        budget.set_cashflow_cell(cf, rows["一時的収入"], 1, 150_000)
        budget.set_cashflow_header(cf, CashflowHeaderDraft(2023, 5, 350_000, "0.1"), budget.cashflow(cf).version)
    return cf


def _find(ws, label: str) -> int:
    """The row whose column A reads ``label``."""
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)


def _amounts(detail) -> list[tuple]:
    return [(r.section, r.label, r.current, r.estimate, r.plan, r.actuals) for r in detail.rows]


class Spy:
    """The budget service, counting the bulk writes."""

    def __init__(self, budget) -> None:
        self.budget, self.calls = budget, []

    def __getattr__(self, name: str):
        method = getattr(self.budget, name)
        if name in ("set_amounts", "set_cashflow_cells"):

            def counted(*args):
                self.calls.append((name, args))
                return method(*args)

            return counted
        return method


# ---- round trips -----------------------------------------------------------------------------------
def test_consultation_sheet_round_trips_every_amount(services, case, consultation, tmp_path: Path) -> None:
    budget = services.budget
    path = tmp_path / "consultation.xlsx"
    export_sheet_xlsx(budget, consultation, path)
    again = import_sheet_xlsx(budget, consultation, path)
    assert (again.imported, again.written, again.complete) == (True, 0, True)  # nothing differs

    empty = budget.create_consultation_sheet(case, _template(budget, "household").id, CONSULTED_ON)
    spy = Spy(budget)
    report = import_sheet_xlsx(spy, empty, path)
    assert report.imported and report.complete and report.written == 8
    assert report.matched_rows == len(budget.sheet(empty).rows)
    assert [name for name, _args in spy.calls] == ["set_amounts"]  # one write, all the cells
    assert _amounts(budget.sheet(empty)) == _amounts(budget.sheet(consultation))
    assert budget.sheet(empty).totals == budget.sheet(consultation).totals


def test_plan_sheet_round_trips_plan_and_actual_months(services, case, consultation, plan, tmp_path: Path) -> None:
    budget = services.budget
    path = tmp_path / "plan.xlsx"
    export_sheet_xlsx(budget, plan, path)
    other = budget.create_plan_sheet(case, consultation, PLANNED_ON)
    for month in (6, 7):
        budget.add_actual_month(other, date(2023, month, 1))
    report = import_sheet_xlsx(budget, other, path)
    assert report.complete, report.messages()
    assert _amounts(budget.sheet(other)) == _amounts(budget.sheet(plan))
    assert _row(budget.sheet(other), "債務返済").plan == 10_000  # fed, equal: not sent, not reported

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    r = _find(ws, "債務返済")
    headers = [c.value for c in ws[_find(ws, "項目")]]
    ws.cell(r, headers.index("計画") + 1).value = 99_999  # a fed 計画 is not typed
    ws.cell(_find(ws, "食費"), headers.index("実績 2023年7月") + 1).value = None  # an empty 実績 is 0
    wb.save(path)
    report = import_sheet_xlsx(budget, other, path)
    assert report.imported and report.written == 1
    assert [p.text for p in report.skipped] == ["99999"] and "返済計画" in report.skipped[0].message
    assert _row(budget.sheet(other), "食費").actuals == (0, 0)
    assert _row(budget.sheet(other), "債務返済").plan == 10_000


def test_cashflow_round_trips_every_amount(services, case, tmp_path: Path) -> None:
    budget = services.budget
    source = _cashflow(services, case)
    path = tmp_path / "cf.xlsx"
    export_cashflow_xlsx(budget, source, path)
    assert import_cashflow_xlsx(budget, source, path).written == 0  # what the table shows: no override made

    target = _cashflow(services, case, filled=False)
    spy = Spy(budget)
    report = import_cashflow_xlsx(spy, target, path)
    assert report.imported and report.complete, report.messages()
    assert [name for name, _args in spy.calls] == ["set_cashflow_cells"]
    got, want = budget.cashflow(target), budget.cashflow(source)
    assert [r.amounts for r in got.rows] == [r.amounts for r in want.rows]
    assert got.projection.income == want.projection.income and got.projection.expense == want.projection.expense

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header = _find(ws, "項目")
    years = [c.value for c in ws[header]]
    ws.cell(_find(ws, "住居費"), years.index("2025年") + 1).value = "72万"
    ws.cell(header, ws.max_column + 1).value = "2031年"  # outside the table
    wb.save(path)
    report = import_cashflow_xlsx(budget, source, path)
    housing = next(r for r in budget.cashflow(source).rows if r.label == "住居費")
    assert report.written == 1 and housing.amounts[2] == 720_000 and housing.overrides == ((2, 720_000),)
    assert len(report.skipped) == 1 and "2031年" in str(report.skipped[0])


# ---- export security and print setup ------------------------------------------------------------
def test_text_that_looks_like_a_formula_is_written_as_text(services, case, consultation, tmp_path: Path) -> None:
    budget = services.budget
    d = budget.sheet(consultation)
    labels = ["その他", "嗜好品", "娯楽・趣味", "こづかい", "交際費"]
    for old, new in zip(labels, NASTY, strict=True):
        budget.set_row_label(consultation, _row_id(d, old), new)
    budget.set_amount(consultation, _row_id(budget.sheet(consultation), "+1"), "current", 1_000)
    budget.set_header(consultation, SheetHeaderDraft(CONSULTED_ON, "4月", None, "\t=SUM(1,2)\r"), d.version)
    path = tmp_path / "nasty.xlsx"
    export_sheet_xlsx(budget, consultation, path, person_name="=1+1", case_no="@2022-1")

    wb = openpyxl.load_workbook(path)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    ws = wb.active
    for text in [*NASTY, "=1+1", "@2022-1"]:
        (cell,) = [c for c in cells if c.value == text]
        assert cell.data_type == "s" and cell.quotePrefix, text
    note = next(c for c in cells if isinstance(c.value, str) and "SUM(1,2)" in c.value)
    assert note.data_type == "s" and note.value.startswith("\t")
    with zipfile.ZipFile(path) as z:  # and in the file itself: no formula element at all
        assert not [n for n in z.namelist() if n.startswith("xl/worksheets/") and b"<f>" in z.read(n)]
    assert ws.cell(_find(ws, "+1"), 3).value == 1_000

    report = import_sheet_xlsx(budget, consultation, path)  # the labels match as the text they are
    assert report.complete and report.written == 0


def test_the_xlsx_is_formatted_and_print_ready(services, case, consultation, plan, tmp_path: Path) -> None:
    budget = services.budget
    path = tmp_path / "plan.xlsx"
    export_sheet_xlsx(budget, plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert wb.sheetnames == ["家計計画表", "特別支出"]
    r = _find(ws, "本人就労収入")
    assert ws.cell(r, 3).value == 140_000 and ws.cell(r, 3).data_type == "n"
    assert ws.cell(r, 3).number_format == NUMBER_FORMAT == "#,##0;▲#,##0"
    total = _find(ws, "収支差額")
    assert ws.cell(total, 3).font.b and isinstance(ws.cell(total, 3).value, int)
    assert ws.column_dimensions["A"].width == 34 and ws.column_dimensions["C"].width == 14
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1  # 9: A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows and ws.freeze_panes
    special = wb["特別支出"]
    assert special.cell(_find(special, "月々の積立（÷12、円未満切り上げ）"), 3).value == 5_000

    cf_path = tmp_path / "cf.xlsx"
    export_cashflow_xlsx(budget, _cashflow(services, case), cf_path)
    cf = openpyxl.load_workbook(cf_path).active
    assert cf.page_setup.orientation == "landscape" and int(cf.page_setup.paperSize) == 9
    savings = _find(cf, "貯蓄残高")
    assert cf.cell(savings, 4).number_format == NUMBER_FORMAT and isinstance(cf.cell(savings, 4).value, int)
    assert [cf.cell(_find(cf, "項目") + 1, c).value for c in (4, 5)] == ["令和5年", "令和6年"]


# ---- import: the file is never trusted ------------------------------------------------------------
def test_a_formula_in_an_amount_cell_imports_nothing(services, consultation, tmp_path: Path) -> None:
    budget = services.budget
    path = tmp_path / "f.xlsx"
    export_sheet_xlsx(budget, consultation, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    food, rent = _find(ws, "食費"), _find(ws, "住居費")
    ws.cell(rent, 3).value = 65_000  # a good change …
    ws.cell(food, 3).value = "=SUM(C2:C3)"  # … and a formula
    ws.cell(food, 3).value = '=WEBSERVICE("http://example.com/")'
    wb.save(path)
    before = _amounts(budget.sheet(consultation))
    report = import_sheet_xlsx(budget, consultation, path)
    assert not report.imported and report.bad_cells[0].cell == f"C{food}"
    assert report.bad_cells[0].text == '=WEBSERVICE("http://example.com/")'
    assert "数式" in report.bad_cells[0].message and "何も取り込みませんでした" in report.messages()[0]
    assert _amounts(budget.sheet(consultation)) == before  # all or nothing


def test_a_formula_in_a_label_cell_stays_text(services, consultation, tmp_path: Path) -> None:
    budget = services.budget
    path = tmp_path / "f.xlsx"
    export_sheet_xlsx(budget, consultation, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    r = ws.max_row + 1
    ws.cell(r, 1).value = "=A1"  # a formula where a label goes
    ws.cell(r, 3).value = 1_000
    wb.save(path)
    report = import_sheet_xlsx(budget, consultation, path)
    assert report.imported and [(p.cell, p.text) for p in report.unknown_labels] == [(f"A{r}", "=A1")]


def _centre_sheet(path: Path, rows: list[tuple]) -> None:
    """The centre's own Excel sheet: a title, a header without 区分, text amounts."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "山野様"
    ws["A1"] = "相談時家計表（令和5年5月）"
    ws.append([])
    ws.append(["項目", "現状（円）", "見込", "差額"])
    ws.append(["収入"])
    for row in rows:
        ws.append(list(row))
    ws.append(["収入合計", "=SUM(B5:B9)"])
    wb.save(path)


def test_the_centres_sheets_with_text_amounts_come_in(services, consultation, tmp_path: Path) -> None:
    budget = services.budget
    path = tmp_path / "centre.xlsx"
    _centre_sheet(path, [
        ("本人就労収入", "12,345", "1.2万"), (" 児童手当 ", "10,000円", 10_000.0), ("食費", "５５，０００", None),
        ("ペット費", 3_000, None),  # not on the sheet
    ])  # fmt: skip
    report = import_sheet_xlsx(budget, consultation, path)
    assert report.imported and report.worksheet == "山野様"
    d = budget.sheet(consultation)
    assert (_row(d, "本人就労収入").current, _row(d, "本人就労収入").estimate) == (12_345, 12_000)
    assert (_row(d, "児童手当").current, _row(d, "児童手当").estimate) == (10_000, 10_000)
    assert (_row(d, "食費").current, _row(d, "食費").estimate) == (55_000, None)  # an empty cell empties it
    assert [(p.cell, p.text) for p in report.unknown_labels] == [("A8", "ペット費")]  # reported, not dropped
    assert report.bad_cells == () and not report.complete
    assert any("ペット費" in line for line in report.messages())


def test_a_negative_or_unreadable_amount_is_reported_and_nothing_is_written(services, consultation, tmp_path) -> None:
    budget = services.budget
    path = tmp_path / "centre.xlsx"
    _centre_sheet(path, [("本人就労収入", "12,345", "1.2万"), ("児童手当", "▲500", None), ("食費", "五万", "1.5")])
    before = _amounts(budget.sheet(consultation))
    spy = Spy(budget)
    report = import_sheet_xlsx(spy, consultation, path)
    assert not report.imported and spy.calls == []
    assert [(p.cell, p.text) for p in report.bad_cells] == [("B6", "▲500"), ("B7", "五万"), ("C7", "1.5")]
    assert "負の値" in report.bad_cells[0].message  # ▲500 is read as −500: the sheets take no negative amount
    assert _amounts(budget.sheet(consultation)) == before


def test_columns_the_sheet_does_not_have_are_reported(services, consultation, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["項目", "区分", "現状", "計画", "実績 2023年7月", "メモ欄"])
    ws.append(["食費", "支出", 1, 2, 3, "x"])
    path = tmp_path / "cols.xlsx"
    wb.save(path)
    report = import_sheet_xlsx(services.budget, consultation, path)
    assert report.imported and _row(services.budget.sheet(consultation), "食費").current == 1
    assert [p.cell for p in report.skipped] == ["D1", "E1", "F1"]


def test_dry_run_reports_without_writing(services, consultation, tmp_path: Path) -> None:
    path = tmp_path / "dry.xlsx"
    _centre_sheet(path, [("本人就労収入", 1, 2)])
    report = import_sheet_xlsx(services.budget, consultation, path, dry_run=True)
    assert isinstance(report, ImportReport) and (report.imported, report.written) == (False, 2)
    assert _row(services.budget.sheet(consultation), "本人就労収入").current == 140_000


def test_cashflow_import_reports_bad_cells_and_unknown_rows(services, case, tmp_path: Path) -> None:
    budget = services.budget
    cf = _cashflow(services, case)
    path = tmp_path / "cf.xlsx"
    export_cashflow_xlsx(budget, cf, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    r = _find(ws, "基本生活費")
    ws.cell(r, 4).value = "=D20*1.01"
    ws.cell(r + 1, 5).value = 1
    ws.append(["車両費", "支出", "0%", 1, 2])
    wb.save(path)
    before = budget.cashflow(cf).projection
    report = import_cashflow_xlsx(budget, cf, path)
    assert not report.imported and [p.cell for p in report.bad_cells] == [f"D{r}"]
    assert [p.text for p in report.unknown_labels] == ["車両費"]
    assert budget.cashflow(cf).projection == before


def test_files_that_are_not_budget_sheets_are_refused(services, consultation, tmp_path: Path) -> None:
    text = tmp_path / "note.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        import_sheet_xlsx(services.budget, consultation, text)
    assert exc.value.errors[0].code == "unreadable"
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(ValidationError) as exc:
        import_sheet_xlsx(services.budget, consultation, empty)
    assert exc.value.errors[0].code == "no_header"
