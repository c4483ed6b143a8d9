"""The debts screen of a case (滞納・債務一覧): its debts with where each 分納 stands and the
totals, and under them the selected debt's instalment schedule and the repayments recorded.

Keyboard: Ctrl+Shift+D adds a debt; Enter (or a double click) on a debt edits it; Del on a
debt deletes it (asked first; the service refuses one with an agreement or payments);
Ctrl+Shift+A makes an instalment agreement and Ctrl+Shift+Y records a payment for the
selected debt; Del on a payment removes it (asked first). Every button has an Alt mnemonic.

Where an agreement stands (順調 / 遅延 / 不履行 / 完了, projected pay-off month) is worked out
as of the view's ``today()`` with :func:`app.domain.repayment.status`, from the schedule and
payments the service returns. ``sig_changed()`` after every write (the plan sheet re-reads
the rows the agreements feed). Dialogs run through ``run_dialog`` (tests replace it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import repayment
from app.domain.errors import LedgerError
from app.domain.money import format_yen
from app.qt.messages import MessagePresenter
from app.views.budget.debt_dialogs import AgreementDialog, DebtDialog, PaymentDialog

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.codes import CodeService
    from app.services.debt_rows import AgreementDetail, DebtRow, PaymentRow
    from app.services.debts import DebtService

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole
STATE_COLOURS = {  # (background, text): readable with and without colour vision
    "on_track": ("#d9efd9", "#1b5e20"),
    "late": ("#ffe3a3", "#6b4a00"),
    "defaulted": ("#f7cccc", "#a31515"),
    "completed": ("#e3e3e3", "#4d4d4d"),
}
TOTALS_BACKGROUND = "#eef1f5"
INSTALMENT_COLOURS = {
    "paid": STATE_COLOURS["on_track"],
    "short": STATE_COLOURS["late"],
    "overdue": STATE_COLOURS["defaulted"],
}


def _cell(
    text: str, *, right: bool = False, colours: tuple[str, str] | None = None, bold: bool = False
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(RIGHT)
    if colours is not None:
        item.setBackground(QBrush(QColor(colours[0])))
        item.setForeground(QBrush(QColor(colours[1])))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _yen(amount: int | None, *, bold: bool = False) -> QTableWidgetItem:
    return _cell("" if amount is None else format_yen(amount), right=True, bold=bold)


class ItemTable(QTableWidget):
    """A read-only table that selects whole rows, each row carrying a record id. Enter emits
    ``activated`` and stops there (not going on to the default button of a dialog)."""

    def __init__(self, headers: list[str], parent: QWidget, *, stretch: int | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            event.accept()
            if self.currentIndex().isValid():
                self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def set_rows(self, rows: list[tuple[int | None, list[QTableWidgetItem]]]) -> None:
        """Replace the rows; a row whose id is None (a totals row) cannot be selected."""
        self.clearContents()
        self.setRowCount(len(rows))
        for r, (row_id, items) in enumerate(rows):
            for c, item in enumerate(items):
                item.setData(ID_ROLE, row_id)
                if row_id is None:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setBackground(QBrush(QColor(TOTALS_BACKGROUND)))
                self.setItem(r, c, item)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_id(self, row_id: int | None) -> None:
        """Select the row of ``row_id`` (the first row when it is not shown)."""
        rows = [r for r in range(self.rowCount()) if self.item(r, 0).data(ID_ROLE) is not None]
        if not rows:
            return
        row = next((r for r in rows if self.item(r, 0).data(ID_ROLE) == row_id), rows[0])
        self.selectRow(row)
        self.setCurrentCell(row, 0)


class DebtsView(QWidget):
    """One case's debts. ``show_case(case_id)``; ``reload()`` reads it again."""

    sig_changed = Signal()

    def __init__(
        self,
        debts_service: DebtService,
        codes_service: CodeService,
        agencies_service: AgencyService,
        today: Callable[[], date],
        presenter: MessagePresenter,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debts, self._codes, self._agencies = debts_service, codes_service, agencies_service
        self._today, self._presenter, self._staff_id = today, presenter, staff_id
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.last_dialog: QDialog | None = None
        self._case_id: int | None = None
        self._rows: list[DebtRow] = []
        self._details: dict[int, AgreementDetail] = {}  # debt id → its agreement in force
        self._payments: list[PaymentRow] = []
        self._build()
        self._connect()
        self._sync_buttons()

    # ---- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        headers = [self.tr("Kind"), self.tr("Creditor"), self.tr("Original"), self.tr("Balance"), self.tr("Arrears"),
                   self.tr("Course"), self.tr("Instalments"), self.tr("Paid off by")]  # fmt: skip
        self.debts_table = ItemTable(headers, self, stretch=1)  # the creditor
        self.agreement_label = QLabel(self)
        self.agreement_label.setWordWrap(True)
        self.schedule_table = ItemTable(
            [self.tr("No."), self.tr("Due on"), self.tr("Amount"), self.tr("State"), self.tr("Settled on")], self
        )
        self.payments_table = ItemTable(
            [self.tr("Paid on"), self.tr("Amount"), self.tr("Paid as"), self.tr("Note")], self
        )
        bar = QHBoxLayout()
        self.add_button = self._button(bar, self.tr("Add &debt… (Ctrl+Shift+D)"), self.add_debt)
        self.edit_button = self._button(bar, self.tr("Edi&t… (Enter)"), self.edit_debt)
        self.delete_button = self._button(bar, self.tr("De&lete (Del)"), self.delete_debt)
        bar.addSpacing(16)
        self.agreement_button = self._button(bar, self.tr("Instalment a&greement… (Ctrl+Shift+A)"), self.make_agreement)
        self.payment_button = self._button(bar, self.tr("Record &payment… (Ctrl+Shift+Y)"), self.record_payment)
        bar.addStretch(1)
        self.toolbar = QHBoxLayout()  # the tab adds the print button here
        bar.addLayout(self.toolbar)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.debts_table)
        schedule_box = QGroupBox(self.tr("Instalment schedule"), self)
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.addWidget(self.agreement_label)
        schedule_layout.addWidget(self.schedule_table)
        payments_box = QGroupBox(self.tr("Payments recorded"), self)
        payments_layout = QVBoxLayout(payments_box)
        payments_layout.addWidget(self.payments_table)
        undo_bar = QHBoxLayout()
        self.undo_payment_button = self._button(undo_bar, self.tr("&Remove payment (Del)"), self.delete_payment)
        undo_bar.addStretch(1)
        payments_layout.addLayout(undo_bar)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(schedule_box)
        bottom.addWidget(payments_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setFocusProxy(self.debts_table)  # the page gets the keyboard on its list

    def _button(self, bar: QHBoxLayout, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: action())
        bar.addWidget(button)
        return button

    def _connect(self) -> None:
        # opened once the key press is over: a dialog run inside a shortcut's dispatch would
        # not get its own shortcuts (Ctrl+S)
        for keys, action in (("Ctrl+Shift+D", self.add_debt), ("Ctrl+Shift+A", self.make_agreement),
                             ("Ctrl+Shift+Y", self.record_payment)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda action=action: QTimer.singleShot(0, action))
        for table, action in ((self.debts_table, self.delete_debt), (self.payments_table, self.delete_payment)):
            shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda action=action: QTimer.singleShot(0, action))
        self.debts_table.activated.connect(lambda _index: QTimer.singleShot(0, self.edit_debt))
        self.debts_table.itemSelectionChanged.connect(self._on_debts_table_item_selection_changed)
        self.payments_table.itemSelectionChanged.connect(self._sync_buttons)

    # ---- public API ------------------------------------------------------------------------
    def case_id(self) -> int | None:
        return self._case_id

    def show_case(self, case_id: int) -> None:
        """Show the case's debts, the first one selected."""
        self._case_id = case_id
        self._rows = []
        self.reload()

    def reload(self, select_debt: int | None = None) -> None:
        """Read the debts again (statuses as of today()); keeps the selected debt unless
        ``select_debt`` names another. A ledger that cannot be read is reported."""
        keep = select_debt if select_debt is not None else getattr(self.selected_debt(), "id", None)
        rows: list[DebtRow] = []
        details: dict[int, AgreementDetail] = {}
        if self._case_id is not None:
            try:
                rows = self._debts.list_debts(self._case_id)
                details = {r.id: self._debts.agreement(r.agreement.id) for r in rows if r.agreement is not None}
            except LedgerError as exc:
                self._presenter.error(self, self.tr("Debts"), str(exc))
        self._rows, self._details = rows, details
        with QSignalBlocker(self.debts_table):  # one _show_selected below, not one per change
            self._fill_debts()
            self.debts_table.select_id(keep)
        self._show_selected()

    def selected_debt(self) -> DebtRow | None:
        row = self.debts_table.selected_row()
        return self._rows[row] if row is not None and row < len(self._rows) else None

    def selected_payment(self) -> PaymentRow | None:
        row = self.payments_table.selected_row()
        return self._payments[row] if row is not None and row < len(self._payments) else None

    def status_of(self, debt_id: int) -> repayment.RepaymentStatus | None:
        """Where the debt's agreement in force stands today (None without one); a cancelled
        agreement as it stood on the day it was cancelled."""
        detail = self._details.get(debt_id)
        if detail is None:
            return None
        on = self._today() if detail.cancelled_on is None else min(self._today(), detail.cancelled_on)
        plan = [repayment.Instalment(i.seq, i.due_on, i.amount_yen) for i in detail.schedule]
        return repayment.status(plan, [(p.paid_on, p.amount_yen) for p in detail.payments], on)

    # ---- actions ---------------------------------------------------------------------------
    def add_debt(self) -> None:
        if self._case_id is not None:
            self._open(lambda: DebtDialog(self._debts, self._codes, self._agencies, self._today,
                                          case_id=self._case_id, parent=self), new_debt=True)  # fmt: skip

    def edit_debt(self) -> None:
        debt = self.selected_debt()
        if debt is not None:
            self._open(lambda: DebtDialog(self._debts, self._codes, self._agencies, self._today,
                                          case_id=debt.case_id, debt_id=debt.id, parent=self))  # fmt: skip

    def make_agreement(self) -> None:
        debt = self._debt_or_hint()
        if debt is not None:
            self._open(lambda: AgreementDialog(self._debts, self._today, debt_id=debt.id, parent=self))

    def record_payment(self) -> None:
        debt = self._debt_or_hint()
        if debt is not None:
            self._open(lambda: PaymentDialog(self._debts, self._today, debt_id=debt.id, staff_id=self._staff_id,
                                             parent=self))  # fmt: skip

    def delete_debt(self) -> None:
        debt = self.selected_debt()
        if debt is None:
            return
        name = f"{debt.kind_label} {debt.creditor}".strip()
        question = self.tr("Delete the debt “%1”? This cannot be undone.").replace("%1", name)
        if self._presenter.question(self, self.tr("Delete debt"), question):
            self._write(lambda: self._debts.delete_debt(debt.id))

    def delete_payment(self) -> None:
        payment = self.selected_payment()
        if payment is None:
            return
        question = self.tr("Remove the payment of %1 made on %2? The amount goes back onto the balance.")
        question = question.replace("%1", format_yen(payment.amount_yen)).replace("%2", f"{payment.paid_on:%Y-%m-%d}")
        if self._presenter.question(self, self.tr("Remove payment"), question):
            self._write(lambda: self._debts.delete_payment(payment.id))

    def _debt_or_hint(self) -> DebtRow | None:
        debt = self.selected_debt()
        if debt is None and self._case_id is not None:
            self._presenter.info(self, self.tr("Debts"), self.tr("Choose a debt in the list first."))
        return debt

    def _open(self, make: Callable[[], QDialog], *, new_debt: bool = False) -> None:
        try:
            dialog = make()
        except LedgerError as exc:  # e.g. the debt was deleted on another PC
            self._presenter.error(self, self.tr("Debts"), str(exc))
            self.reload()
            return
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.reload(select_debt=getattr(dialog, "record_id", None) if new_debt else None)
            self.sig_changed.emit()

    def _write(self, action: Callable[[], None]) -> None:
        try:
            action()
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Debts"), str(exc))
            return
        self.reload()
        self.sig_changed.emit()

    # ---- showing ---------------------------------------------------------------------------
    def _month(self, d: date | None) -> str:
        if d is None:
            return "—"
        return self.tr("%1/%2", "year/month").replace("%1", str(d.year)).replace("%2", str(d.month))

    def _fill_debts(self) -> None:
        rows = []
        for r in self._rows:
            status = self.status_of(r.id)
            state = _cell("") if status is None else _cell(status.label, colours=STATE_COLOURS[status.state])
            payoff = "" if status is None else self._month(status.projected_payoff_month)
            rows.append((r.id, [_cell(r.kind_label), _cell(r.creditor), _yen(r.original_yen), _yen(r.balance_yen),
                                _yen(r.arrears_yen), _cell(r.course_label), state, _cell(payoff)]))  # fmt: skip
        if self._rows:
            balance, arrears = sum(r.balance_yen for r in self._rows), sum(r.arrears_yen for r in self._rows)
            total = [_cell(self.tr("Total"), bold=True), _cell(""), _cell(""), _yen(balance, bold=True),
                     _yen(arrears, bold=True), _cell(""), _cell(""), _cell("")]  # fmt: skip
            rows.append((None, total))
        self.debts_table.set_rows(rows)

    def _show_selected(self) -> None:
        debt = self.selected_debt()
        status = self.status_of(debt.id) if debt is not None else None
        self._show_schedule(debt, status)
        self._payments = []
        if debt is not None:
            try:
                self._payments = self._debts.payments(debt.id)
            except LedgerError as exc:
                self._presenter.error(self, self.tr("Debts"), str(exc))
        self.payments_table.set_rows([
            (p.id, [_cell(f"{p.paid_on:%Y-%m-%d}"), _yen(p.amount_yen),
                    _cell(self.tr("Instalment") if p.agreement_id is not None else self.tr("Outside the agreement")),
                    _cell(p.note)])
            for p in self._payments
        ])  # fmt: skip
        self._sync_buttons()

    def _show_schedule(self, debt: DebtRow | None, status: repayment.RepaymentStatus | None) -> None:
        detail = self._details.get(debt.id) if debt is not None else None
        if debt is None:
            self.agreement_label.setText("")
        elif detail is None or status is None:
            self.agreement_label.setText(self.tr("No instalment agreement (Ctrl+Shift+A makes one)."))
        else:
            text = self.tr("Agreed on %1: %2 in %3 payments of %4, due on day %5.\n%6: paid %7, remaining %8, "
                           "paid off by %9.")  # fmt: skip
            values = (f"{detail.agreed_on:%Y-%m-%d}", format_yen(detail.total_yen), str(detail.payment_count),
                      format_yen(detail.monthly_yen), str(detail.due_day), status.label, format_yen(status.paid_yen),
                      format_yen(status.remaining_yen), self._month(status.projected_payoff_month))  # fmt: skip
            for n, value in reversed(list(enumerate(values, start=1))):  # %9 before %1
                text = text.replace(f"%{n}", value)
            self.agreement_label.setText(text)
        instalments = status.instalments if status is not None else ()
        self.schedule_table.set_rows([
            (i.seq, [_cell(str(i.seq), right=True), _cell(f"{i.due_on:%Y-%m-%d}"), _yen(i.amount_yen),
                     _cell(i.label, colours=INSTALMENT_COLOURS.get(i.state)),
                     _cell(f"{i.settled_on:%Y-%m-%d}" if i.settled_on else "")])
            for i in instalments
        ])  # fmt: skip

    def _sync_buttons(self) -> None:
        has_debt = self.selected_debt() is not None
        self.add_button.setEnabled(self._case_id is not None)
        for button in (self.edit_button, self.delete_button, self.agreement_button, self.payment_button):
            button.setEnabled(has_debt)
        self.undo_payment_button.setEnabled(self.selected_payment() is not None)

    def _on_debts_table_item_selection_changed(self) -> None:
        self._show_selected()
