"""The 家計 tab in the main window: find a budget case, fill its consultation sheet, make a
plan, agree 分納 on a debt and see the plan's 債務返済 row follow — with the keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.debt_drafts import AgreementDraft, DebtDraft
from app.domain.drafts import IntakeDraft, PersonDraft
from tests.views.conftest import commit_text
from tests.views.test_budget_sheet_page import row_of, shown, type_into
from tests.views.test_intake_tab import _window

SHOTS = Path(__file__).resolve().parents[2] / "shots"


def test_a_budget_case_from_the_list_to_the_fed_plan(ja_app, qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "l.sqlite3")
    sv = window.services
    today = date.today()
    received = date(today.year - 1, 4, 3)
    made = sv.cases.open_case(
        IntakeDraft(received_on=received, method="visit", route="self", programmes=("household_budget",),
                    person=PersonDraft("浜田", "ゆうこ", "はまだ", "ゆうこ"))
    )  # fmt: skip
    sv.cases.open_case(
        IntakeDraft(received_on=received, method="visit", route="self", programmes=("self_reliance",),
                    person=PersonDraft("浜本", "たかし", "はまもと", "たかし"))
    )  # fmt: skip
    tab = window.budget_tab
    window.tab_widget.setCurrentWidget(tab)
    assert window.tab_widget.tabText(window.tab_widget.currentIndex()) == "家計"

    # the list shows the budget programme's cases only; katakana finds her, Enter opens her sheets
    tab.case_list.focus_search()
    commit_text(tab.case_list.search_edit, "ハマ")
    qtbot.waitUntil(lambda: tab.case_list.model.rowCount() == 1)
    tab.case_list.focus_first_row()
    qtbot.keyClick(tab.case_list.table, Qt.Key.Key_Return)
    assert tab.case_id() == made.case_id
    assert tab.case_label.text().startswith("浜田 ゆうこ（はまだ ゆうこ）")

    page = tab.consultation
    page.ask_item = lambda _t, _l, items: items.index("標準")
    page.new_sheet()
    type_into(qtbot, page, "本人就労収入", 1, "140000")
    type_into(qtbot, page, "住居費", 1, "55000")
    assert shown(page, "収支差額（収入－支出）", 1) == "85,000"

    # a debt with 分納 of 10,000 a month from this month: the plan sheet's 債務返済 follows
    debt = sv.debts.add_debt(DebtDraft(made.case_id, "consumer_finance", received, creditor="架空ファイナンス",
                                       balance_yen=120_000))  # fmt: skip
    tab.pages.setCurrentWidget(tab.plan)
    tab.plan.new_sheet()
    assert shown(tab.plan, "債務返済", 2) in ("", "0", None)
    sv.debts.add_agreement(debt.id, AgreementDraft(today, 120_000, 10_000, today.replace(day=1), 27))
    tab.debts.sig_changed.emit()  # what the debts page says after a write
    assert shown(tab.plan, "債務返済", 2) == "10,000"
    assert tab.plan.grid.model().cell(row_of(tab.plan, "債務返済"), 2).editable is False

    for i in range(tab.pages.count()):
        tab.pages.setCurrentIndex(i)
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / f"budget_tab_{i + 1}.png"))
    assert QApplication.activeWindow() is window
    window.close()
