"""Printing, Excel export and import from the 家計 tab's pages, as an advisor does it across
the desk: Ctrl+P opens the preview with the person's sheet; To Excel / From Excel round-trip
the grid; a file with a formula in it imports nothing and says which cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.domain.debt_drafts import AgreementDraft, DebtDraft
from app.domain.drafts import IntakeDraft, PersonDraft
from app.qt.messages import RecordingPresenter
from app.views.budget.tab import BudgetTab
from app.views.intake.case_print import CasePrinter
from tests.views.conftest import SCREEN_TODAY
from tests.views.test_budget_sheet_page import shown, type_into


@pytest.fixture
def tab(ja_app, qtbot, gui_services) -> BudgetTab:
    made = gui_services.cases.open_case(
        IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="self", programmes=("household_budget",),
                    person=PersonDraft("浜田", "ゆうこ", "はまだ", "ゆうこ"))
    )  # fmt: skip
    presenter = RecordingPresenter()
    t = BudgetTab(gui_services, today=lambda: SCREEN_TODAY, presenter=presenter, staff_id=None)
    t.presenter = presenter
    t.printed = []
    t.output.printer = CasePrinter(gui_services.sheets, presenter,
                                   open_preview=lambda _p, path, title: t.printed.append((path, title)))  # fmt: skip
    qtbot.addWidget(t)
    t.resize(1280, 760)
    with qtbot.waitActive(t):
        t.show()
        t.activateWindow()
    t.open_case(made.case_id)
    t.consultation.ask_item = lambda _t, _l, items: items.index("標準")
    t.consultation.new_sheet()
    yield t
    t.output.printer.cleanup()


def _text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "")


def test_ctrl_p_prints_the_sheet_on_screen(tab, qtbot) -> None:
    page = tab.consultation
    type_into(qtbot, page, "本人就労収入", 1, "140000")
    qtbot.keyClick(page.grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(tab.printed) == 1)
    text = _text(tab.printed[0][0])
    assert "相談時家計表" in text and "浜田ゆうこ" in text and "140,000" in text


def test_every_page_prints(tab, qtbot, gui_services) -> None:
    sv = gui_services
    case_id = tab.case_id()
    debt = sv.debts.add_debt(DebtDraft(case_id, "consumer_finance", date(2023, 4, 3), creditor="架空ファイナンス",
                                       balance_yen=120_000))  # fmt: skip
    sv.debts.add_agreement(debt.id, AgreementDraft(date(2023, 5, 1), 120_000, 10_000, date(2023, 5, 1), 27))
    plan_id = sv.budget.create_cashflow(case_id, sv.budget.templates("cashflow")[0].id, 2023, 5)
    tab.open_case(case_id)
    assert tab.cashflow.current_plan_id() == plan_id
    buttons = {}
    for page in (tab.cashflow, tab.debts):
        for i in range(page.toolbar.count()):
            w = page.toolbar.itemAt(i).widget()
            buttons[(page, w.text())] = w
    buttons[(tab.cashflow, "印刷")].click()
    buttons[(tab.debts, "印刷")].click()
    assert [title for _p, title in tab.printed] == ["キャッシュフロー表", "滞納・債務一覧"]
    reader = PdfReader(str(tab.printed[0][0]))
    box = reader.pages[0].mediabox
    assert box.width > box.height, "the cash flow prints landscape"
    assert "架空ファイナンス" in _text(tab.printed[1][0])


def test_to_excel_and_back(tab, qtbot, tmp_path: Path) -> None:
    page = tab.consultation
    type_into(qtbot, page, "住居費", 1, "52000")
    path = tmp_path / "sheet.xlsx"
    tab.output.choose_save_path = lambda _p, _t, suggested: path if suggested.endswith(".xlsx") else None
    tab.output.export_sheet(page, page.current_sheet_id())
    assert path.exists() and tab.presenter.messages[-1][0] == "info"

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    rent = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "住居費")
    food = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "食費")
    ws.cell(rent, 3).value = 58_000
    ws.cell(food, 3).value = "4.5万"
    wb.save(path)
    tab.output.choose_open_path = lambda _p, _t, _s: path
    tab._import(page, cashflow=False)
    assert shown(page, "住居費", 1) == "58,000" and shown(page, "食費", 1) == "45,000"
    assert tab.presenter.messages[-1][2].startswith("取り込みました。")

    ws.cell(food, 3).value = "=SUM(C1:C3)"
    wb.save(path)
    tab._import(page, cashflow=False)
    kind, _title, text = tab.presenter.messages[-1]
    assert kind == "error" and text.startswith("何も取り込んでいません。") and f"C{food}" in text
    assert shown(page, "食費", 1) == "45,000"
