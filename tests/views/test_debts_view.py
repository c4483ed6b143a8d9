"""The debts screen (滞納・債務一覧, 分納, 返済) driven from the keyboard: a debt added with
"12万" as its balance, a bad amount shown under its field, an agreement whose schedule is
previewed as it is typed and then read off the screen, payments moving its state through
順調 / 遅延 / 不履行 as the days pass, the service's refusals (a payment above the balance, deleting
a debt with payments) shown with nothing written, the totals row, and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QTableWidget

from app.domain.debt_drafts import AgreementDraft, DebtDraft, PaymentDraft
from app.domain.drafts import IntakeDraft, PersonDraft
from app.domain.wareki import DateParseError
from app.qt.messages import RecordingPresenter
from app.views.budget.debt_dialogs import AgreementDialog, DebtDialog, PaymentDialog, parse_month
from app.views.budget.debts_view import STATE_COLOURS, DebtsView
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SHOTS = Path("/tmp/debts")


class Clock:
    """The view's "today", set by the test to walk through the months of an agreement."""

    def __init__(self, on: date) -> None:
        self.on = on

    def __call__(self) -> date:
        return self.on


@pytest.fixture
def clock() -> Clock:
    return Clock(SCREEN_TODAY)


@pytest.fixture
def case_id(gui_services) -> int:
    draft = IntakeDraft(received_on=date(2023, 4, 3), method="visit", route="self", programmes=("household_budget",),
                        person=PersonDraft("架空", "ゆうこ", "かくう", "ゆうこ"))  # fmt: skip
    return gui_services.cases.open_case(draft).case_id


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter(answers=[True, True, True])


@pytest.fixture
def view(qtbot, gui_services, clock, presenter, case_id) -> DebtsView:
    sv = gui_services
    v = DebtsView(sv.debts, sv.codes, sv.agencies, clock, presenter)
    qtbot.addWidget(v)
    v.resize(1000, 650)
    v.show_case(case_id)
    return v


def tax(case_id: int, balance: int = 100_000, creditor: str = "架空市 納税課", **kw: object) -> DebtDraft:
    return DebtDraft(case_id, "resident_tax", date(2023, 4, 3), creditor=creditor, balance_yen=balance,
                     arrears_yen=balance, **kw)  # type: ignore[arg-type]  # fmt: skip


# ---- driving the screen ----------------------------------------------------------------------
def show_active(qtbot, widget) -> None:
    """Shortcuts need the window to be the active one, as it is on a real desktop."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def key(qtbot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert focus is not None, "the keyboard focus went nowhere"
    qtbot.keyClick(focus, k, modifiers)


def retype(qtbot, edit, text: str) -> None:
    """Select what the field holds and type over it (ASCII by key, the rest as an IME commit)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        commit_text(edit, text)


def pick(qtbot, combo: QComboBox, label: str) -> list[str]:
    """Choose ``label`` with the arrow keys; the texts passed on the way."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    seen = []
    for _ in range(combo.count()):
        if combo.currentText().strip() == label:
            return seen
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        seen.append(combo.currentText().strip())
    raise AssertionError(f"{label!r} not offered")


class Driver:
    """``run_dialog`` for the view: shows each dialog active (as exec() would), lets the test
    type into it, and reports whether it was saved."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.fill: Callable[[QDialog], None] = lambda d: None
        self.opened: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.opened.append(dialog)
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        self.fill(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.close()
        owner = dialog.parentWidget().window()  # as when a modal dialog closes
        owner.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is owner)
        return accepted

    def press(self, widget, k: Qt.Key, modifiers: Qt.KeyboardModifier, fill: Callable[[QDialog], None]) -> QDialog:
        """Press the key on ``widget``; the dialog it opens is filled by ``fill``."""
        self.fill, count = fill, len(self.opened)
        self.qtbot.keyClick(widget, k, modifiers)
        self.qtbot.waitUntil(lambda: len(self.opened) == count + 1 and not self.opened[-1].isVisible())
        return self.opened[-1]


@pytest.fixture
def driver(qtbot, view) -> Driver:
    d = Driver(qtbot)
    view.run_dialog = d
    return d


def texts(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def background(table: QTableWidget, row: int, col: int) -> str:
    return table.item(row, col).background().color().name()


# ---- fields ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2023/5", "R5.5", "令和5年5月", "2023年5月", "202305", "２０２３／５", "2023-05-17"])
def test_a_month_is_read_from_the_forms_staff_type(text: str) -> None:
    assert parse_month(text, SCREEN_TODAY) == date(2023, 5, 1)


def test_a_month_that_is_not_one_is_refused_with_the_parsers_message() -> None:
    assert parse_month("  ") is None
    with pytest.raises(DateParseError, match=r"R5\.13"):
        parse_month("R5.13")


# ---- a debt ----------------------------------------------------------------------------------
def test_a_debt_is_added_from_the_keyboard_with_12man_as_its_balance(ja_app, qtbot, gui_services, view, driver,
                                                                     case_id) -> None:  # fmt: skip
    changed = []
    view.sig_changed.connect(lambda: changed.append(True))
    show_active(qtbot, view)
    assert view.add_button.text() == "債務を追加(&D)…（Ctrl+Shift+D）"

    def fill(d: QDialog) -> None:
        assert isinstance(d, DebtDialog) and d.windowTitle() == "債務を追加"
        assert d.kind_combo.hasFocus()
        passed = pick(qtbot, d.kind_combo, "住民税（市県民税）")
        assert passed == ["住民税（市県民税）"]  # the heading 税 is passed over
        key(qtbot, Qt.Key.Key_Tab)
        commit_text(d.creditor_edit, "架空市 納税課")
        retype(qtbot, d.balance_edit, "12万円x")
        key(qtbot, Qt.Key.Key_Tab)  # leaving the field reads it
        assert d.error_text("balance_yen") == "金額として読めません: 12万円x"
        key(qtbot, Qt.Key.Key_S, CTRL)
        assert d.isVisible() and d.error_text("balance_yen") == "金額として読めません: 12万円x"
        assert gui_services.debts.list_debts(case_id) == []  # nothing written
        retype(qtbot, d.balance_edit, "12万")
        key(qtbot, Qt.Key.Key_Tab)
        assert d.balance_edit.text() == "120,000" and d.error_text("balance_yen") == ""
        assert d.arrears_edit.hasFocus()
        qtbot.keyClicks(d.arrears_edit, "50,000")
        key(qtbot, Qt.Key.Key_Tab)
        for _ in range(5):
            key(qtbot, Qt.Key.Key_Up)
        assert d.months_spin.text() == "5か月"
        pick(qtbot, d.course_combo, "分納")
        key(qtbot, Qt.Key.Key_S, CTRL)

    dialog = driver.press(view.debts_table, Qt.Key.Key_D, CTRL | SHIFT, fill)
    assert dialog.result() == QDialog.DialogCode.Accepted and changed == [True]
    [saved] = gui_services.debts.list_debts(case_id)
    assert (saved.kind, saved.creditor, saved.balance_yen, saved.arrears_yen, saved.arrears_months, saved.course) == (
        "resident_tax", "架空市 納税課", 120_000, 50_000, 5, "instalments")  # fmt: skip
    assert texts(view.debts_table, 0) == [
        "住民税（市県民税）",
        "架空市 納税課",
        "",
        "120,000円",
        "50,000円",
        "分納",
        "",
        "",
    ]
    assert texts(view.debts_table, 1)[:5] == ["合計", "", "", "120,000円", "50,000円"]
    assert view.agreement_label.text() == "分納の合意はありません（Ctrl+Shift+A で合意を記録）。"

    def edit(d: QDialog) -> None:  # Enter on the row: the debt as saved, changed and saved again
        assert isinstance(d, DebtDialog) and d.windowTitle() == "債務を編集"
        assert (d.kind_combo.currentText().strip(), d.balance_edit.text(), d.months_spin.text()) == (
            "住民税（市県民税）", "120,000", "5か月")  # fmt: skip
        retype(qtbot, d.arrears_edit, "６万")
        key(qtbot, Qt.Key.Key_S, CTRL)

    view.debts_table.setFocus()
    driver.press(view.debts_table, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, edit)
    assert texts(view.debts_table, 0)[4] == "60,000円" and len(changed) == 2


# ---- an agreement and its payments -----------------------------------------------------------
def test_an_agreement_is_previewed_then_read_off_the_schedule_and_payments_move_its_state(
    ja_app, qtbot, gui_services, view, driver, clock, case_id
) -> None:
    debt = gui_services.debts.add_debt(tax(case_id, 100_000))
    view.reload()
    show_active(qtbot, view)
    view.debts_table.setFocus()

    def agree(d: QDialog) -> None:
        assert isinstance(d, AgreementDialog)
        assert d.total_edit.text() == "100,000"  # the debt's balance
        retype(qtbot, d.agreed_edit, "2023/5/10")
        retype(qtbot, d.monthly_edit, "3000")
        assert (d.count_label.text(), d.last_label.text()) == ("34回", "1,000円（納期限 2026-04-30）")
        qtbot.keyClicks(d.monthly_edit, "0")  # 30000: the preview follows each key
        assert d.count_label.text() == "4回"
        retype(qtbot, d.first_edit, "R5.6")
        retype(qtbot, d.due_spin.lineEdit(), "25")
        assert (d.count_label.text(), d.last_label.text()) == ("4回", "10,000円（納期限 2023-09-25）")
        key(qtbot, Qt.Key.Key_S, CTRL)

    driver.press(view.debts_table, Qt.Key.Key_A, CTRL | SHIFT, agree)
    assert view.agreement_label.text().startswith(
        "2023-05-10 合意：総額 100,000円、月額 30,000円 × 4回、毎月25日納付。"
    )
    assert [texts(view.schedule_table, r)[:4] for r in range(view.schedule_table.rowCount())] == [
        ["1", "2023-06-25", "30,000円", "未到来"],
        ["2", "2023-07-25", "30,000円", "未到来"],
        ["3", "2023-08-25", "30,000円", "未到来"],
        ["4", "2023-09-25", "10,000円", "未到来"],
    ]
    assert texts(view.debts_table, 0)[6:] == ["順調", "2023年9月"]

    def pay(d: QDialog) -> None:
        assert isinstance(d, PaymentDialog)
        assert (d.paid_edit.text(), d.amount_edit.text()) == ("2023-06-01", "30,000")  # today, the next instalment
        assert d.agreement_check.isChecked()
        key(qtbot, Qt.Key.Key_S, CTRL)

    driver.press(view.debts_table, Qt.Key.Key_Y, CTRL | SHIFT, pay)
    assert texts(view.schedule_table, 0) == ["1", "2023-06-25", "30,000円", "納付済", "2023-06-01"]
    assert texts(view.payments_table, 0) == ["2023-06-01", "30,000円", "分納", ""]
    row = texts(view.debts_table, 0)
    assert (row[3], row[6], row[7]) == ("70,000円", "順調", "2023年9月")
    assert background(view.debts_table, 0, 6) == STATE_COLOURS["on_track"][0]
    assert gui_services.debts.debt(debt.id).balance_yen == 70_000

    clock.on = date(2023, 8, 26)  # past two due dates with nothing paid
    view.reload()
    assert texts(view.debts_table, 0)[6:] == ["遅延", "2024年3月"]  # at the pace of the last 3 months
    assert background(view.debts_table, 0, 6) == STATE_COLOURS["late"][0]
    assert column(view.schedule_table, 3) == ["納付済", "未納", "未納", "未到来"]
    assert "遅延：返済済み 30,000円、残り 70,000円" in view.agreement_label.text()

    clock.on = date(2023, 9, 26)  # a third one missed
    view.reload()
    assert texts(view.debts_table, 0)[6:] == ["不履行", "—"]
    assert background(view.debts_table, 0, 6) == STATE_COLOURS["defaulted"][0]


def test_a_payment_above_the_balance_is_refused_with_the_services_message(
    ja_app, qtbot, gui_services, view, driver, case_id
) -> None:
    debt = gui_services.debts.add_debt(tax(case_id, 20_000))
    view.reload()
    changed = []
    view.sig_changed.connect(lambda: changed.append(True))
    show_active(qtbot, view)
    view.debts_table.setFocus()

    def pay(d: QDialog) -> None:
        assert isinstance(d, PaymentDialog)
        assert d.amount_edit.text() == "" and not d.agreement_check.isEnabled()  # no agreement
        qtbot.keyClicks(d.amount_edit, "25000")
        key(qtbot, Qt.Key.Key_S, CTRL)
        assert d.isVisible()
        assert d.error_text("amount_yen") == (
            "返済額（25,000円）が債務の残高（20,000円）を超えています。金額か残高を確かめてください"
        )
        key(qtbot, Qt.Key.Key_Escape)

    dialog = driver.press(view.debts_table, Qt.Key.Key_Y, CTRL | SHIFT, pay)
    assert dialog.result() == QDialog.DialogCode.Rejected and changed == []
    assert gui_services.debts.payments(debt.id) == []
    assert gui_services.debts.debt(debt.id).balance_yen == 20_000
    assert view.payments_table.rowCount() == 0 and texts(view.debts_table, 0)[3] == "20,000円"


def test_deleting_a_debt_with_payments_is_refused_and_a_payment_is_removed(
    ja_app, qtbot, gui_services, view, presenter, case_id
) -> None:
    sv = gui_services
    paid = sv.debts.add_debt(tax(case_id, 50_000))
    sv.debts.record_payment(PaymentDraft(paid.id, date(2023, 5, 1), 10_000))
    sv.debts.add_debt(tax(case_id, 8_000, creditor="架空水道局"))
    view.reload()
    show_active(qtbot, view)
    view.debts_table.setFocus()
    view.debts_table.select_id(paid.id)
    qtbot.keyClick(view.debts_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _m in presenter.messages))
    assert presenter.messages[0] == (
        "question",
        "債務の削除",
        "債務「住民税（市県民税） 架空市 納税課」を削除しますか？元に戻せません。",
    )
    assert presenter.messages[1] == (
        "error",
        "債務・滞納",
        "この債務には分納または返済の記録があるため削除できません。",
    )
    assert len(sv.debts.list_debts(case_id)) == 2 and view.debts_table.rowCount() == 3

    view.debts_table.selectRow(1)  # the other one, without payments
    qtbot.keyClick(view.debts_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.debts_table.rowCount() == 2)
    assert [d.id for d in sv.debts.list_debts(case_id)] == [paid.id]

    view.debts_table.select_id(paid.id)
    assert texts(view.payments_table, 0) == ["2023-05-01", "10,000円", "分納外", ""]
    view.payments_table.setFocus()
    view.payments_table.selectRow(0)
    assert view.undo_payment_button.isEnabled()
    qtbot.keyClick(view.payments_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.payments_table.rowCount() == 0)
    assert presenter.messages[-1][0] == "question" and "10,000円" in presenter.messages[-1][2]
    assert sv.debts.debt(paid.id).balance_yen == 50_000 and texts(view.debts_table, 0)[3] == "50,000円"


# ---- three debts: totals, colours, screenshots -----------------------------------------------
def _three_debts(sv, case_id: int) -> None:
    on_track = sv.debts.add_debt(tax(case_id, 120_000, original_yen=180_000, course="instalments"))
    a = sv.debts.add_agreement(on_track.id, AgreementDraft(date(2023, 4, 20), 120_000, 20_000, date(2023, 5, 1), 31))
    sv.debts.record_payment(PaymentDraft(on_track.id, date(2023, 5, 25), 20_000, agreement_id=a.id))
    late = sv.debts.add_debt(DebtDraft(case_id, "consumer_finance", date(2023, 4, 3), creditor="架空ファイナンス株式会社",
                                       original_yen=500_000, balance_yen=380_000, arrears_yen=45_000, arrears_months=3,
                                       collection_status="demand", course="voluntary"))  # fmt: skip
    a = sv.debts.add_agreement(late.id, AgreementDraft(date(2023, 4, 10), 380_000, 15_000, date(2023, 4, 1), 27))
    sv.debts.record_payment(PaymentDraft(late.id, date(2023, 4, 27), 15_000, agreement_id=a.id))
    done = sv.debts.add_debt(DebtDraft(case_id, "electricity", date(2023, 4, 3), creditor="架空電力", original_yen=36_000,
                                       balance_yen=36_000, arrears_yen=36_000, arrears_months=3,
                                       collection_status="seizure_notice", course="instalments"))  # fmt: skip
    a = sv.debts.add_agreement(done.id, AgreementDraft(date(2023, 4, 10), 36_000, 12_000, date(2023, 4, 1), 20))
    for on in (date(2023, 4, 18), date(2023, 5, 18), date(2023, 5, 31)):
        sv.debts.record_payment(PaymentDraft(done.id, on, 12_000, agreement_id=a.id))


def test_three_debts_their_states_the_totals_row_and_screenshots(ja_app, qtbot, gui_services, view, case_id) -> None:
    sv = gui_services
    _three_debts(sv, case_id)
    view.reload()
    view.show()
    table = view.debts_table
    assert [texts(table, r)[:2] for r in range(3)] == [
        ["住民税（市県民税）", "架空市 納税課"], ["消費者金融", "架空ファイナンス株式会社"], ["電気", "架空電力"]]  # fmt: skip
    assert column(table, 6) == ["順調", "遅延", "完了", ""]
    assert column(table, 7) == [
        "2023年10月",
        "2029年7月",
        "2023年5月",
        "",
    ]  # late: 365,000 left at the 15,000 paid in 3 months
    assert [background(table, r, 6) for r in range(3)] == [
        STATE_COLOURS[s][0] for s in ("on_track", "late", "completed")
    ]
    assert texts(table, 3) == ["合計", "", "", "465,000円", "201,000円", "", "", ""]  # 100,000 + 365,000 + 0
    assert table.item(3, 3).font().bold() and table.item(3, 3).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert not table.item(3, 0).flags() & Qt.ItemFlag.ItemIsSelectable  # the totals row is not a debt
    SHOTS.mkdir(parents=True, exist_ok=True)
    table.selectRow(1)
    assert view.selected_debt().creditor == "架空ファイナンス株式会社"
    assert column(view.schedule_table, 3)[:3] == ["納付済", "未納", "未到来"]
    view.grab().save(str(SHOTS / "debts_view.png"))
    rows = sv.debts.list_debts(case_id)
    dialogs = {
        "debt_dialog": DebtDialog(
            sv.debts, sv.codes, sv.agencies, lambda: SCREEN_TODAY, case_id=case_id, debt_id=rows[1].id, parent=view
        ),
        "agreement_dialog": AgreementDialog(sv.debts, lambda: SCREEN_TODAY, debt_id=rows[1].id, parent=view),
        "payment_dialog": PaymentDialog(sv.debts, lambda: SCREEN_TODAY, debt_id=rows[1].id, parent=view),
    }
    dialogs["agreement_dialog"].monthly_edit.setText("2万")
    for name, dialog in dialogs.items():
        dialog.show()
        dialog.grab().save(str(SHOTS / f"{name}.png"))
        dialog.close()
    assert dialogs["agreement_dialog"].count_label.text() == "19回"  # 365,000 at 20,000 a month
    assert dialogs["payment_dialog"].amount_edit.text() == "15,000"
