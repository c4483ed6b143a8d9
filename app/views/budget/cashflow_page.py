"""The キャッシュフロー表 page of the 家計 tab (household-budget.md §3): the case's cash-flow
tables, the grid (ages, life events, income and expense rows with 基準額 / 変動率 and one column
per year, totals, 年間収支, 貯蓄残高) and under it the chart of 年間収支 and 貯蓄残高.

Keyboard: the grid works like Excel (see SheetView: type to overwrite, Enter/Tab move, F2,
Delete, Ctrl+C/V, Ctrl+Z/Y). Ctrl+Shift+N makes a new table, Ctrl+Shift+I inserts a row at
the current one, Ctrl+Shift+Del deletes the current row, Alt+Y goes to 年数, Alt+D edits the
header (savings at the start, 運用利率, メモ), Alt+L the life events, Alt+T the table list.

Every write is one BudgetSheetService call; afterwards the grid re-reads the table and the chart
follows the grid (``dataChanged`` / ``modelReset``). ``run_dialog`` runs a dialog and says
whether it was accepted; tests replace it so they never block in ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.budget import MAX_YEARS, percent_text
from app.domain.errors import LedgerError, ValidationError
from app.domain.money import format_yen
from app.domain.wareki import era_of
from app.qt.budget_sources import CashflowSource
from app.qt.messages import MessagePresenter
from app.qt.sheet_model import SheetTableModel
from app.views.budget.cashflow_chart import CashflowChart
from app.views.budget.cashflow_dialogs import CashflowHeaderDialog, LifeEventsDialog, NewCashflowDialog
from app.views.widgets.date_edit import ERROR_COLOUR, HINT_COLOUR
from app.views.widgets.sheet_view import SheetView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DELETE_ROW_KEYS = "Ctrl+Shift+Del"


def year_label(year: int) -> str:
    """The chart's x label of a year: "2023\\nR5" (西暦 over the short 和暦)."""
    era, number = era_of(date(year, 12, 31))
    return f"{year}\n{era.letter}{number}"


# ---- the page ---------------------------------------------------------------------------------
class CashflowPage(QWidget):
    """The cash-flow tables of the chosen case. ``sig_changed()`` after every write."""

    sig_changed = Signal()

    def __init__(
        self,
        budget_service,
        today: Callable[[], date],
        presenter: MessagePresenter,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._budget, self._today, self._presenter, self._staff_id = budget_service, today, presenter, staff_id
        self._case_id: int | None = None
        self._loading = False
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.last_dialog: QDialog | None = None
        self.model: SheetTableModel | None = None
        self.plan_combo = QComboBox(self)
        self.plan_combo.setMinimumContentsLength(28)
        self.new_button = QPushButton(self.tr("&New… (Ctrl+Shift+N)"), self)
        self.years_spin = QSpinBox(self)
        self.years_spin.setRange(1, MAX_YEARS)
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_spin.setValue(5)
        self.years_spin.setKeyboardTracking(False)  # one write when the number is complete
        self.header_button = QPushButton(self.tr("Hea&der…"), self)
        self.events_button = QPushButton(self.tr("&Life events…"), self)
        self.insert_button = QPushButton(self.tr("Insert row (Ctrl+Shift+I)"), self)
        self.delete_row_button = QPushButton(self.tr("Delete row (Ctrl+Shift+Del)"), self)
        self.delete_button = QPushButton(self.tr("Delete table…"), self)
        self.toolbar = QHBoxLayout()  # the tab adds print / export buttons here
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("cashflowSummary")
        self.grid = SheetView(self)
        self.chart = CashflowChart(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("cashflowMessage")
        self.message_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("This case has no cash-flow table yet. Make one with “New…”."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self._build()
        self._connect()
        self._enable(False)

    # ---- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Table"), self)
        label.setBuddy(self.plan_combo)
        years = QLabel(self.tr("&Years"), self)
        years.setBuddy(self.years_spin)
        top.addWidget(label)
        top.addWidget(self.plan_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(years)
        top.addWidget(self.years_spin)
        top.addWidget(self.header_button)
        top.addWidget(self.events_button)
        rows = QHBoxLayout()
        rows.addWidget(self.insert_button)
        rows.addWidget(self.delete_row_button)
        rows.addSpacing(12)
        rows.addWidget(self.summary_label, 1)
        rows.addLayout(self.toolbar)
        upper = QWidget(self)
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addWidget(self.grid, 1)
        upper_box.addWidget(self.message_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)  # the chart keeps its 260 px; the grid takes the rest
        self.splitter.setChildrenCollapsible(False)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(rows)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.plan_combo.currentIndexChanged.connect(self._on_plan_combo_current_index_changed)
        self.new_button.clicked.connect(self.new_cashflow)
        self.years_spin.valueChanged.connect(self._on_years_spin_value_changed)
        self.header_button.clicked.connect(self.edit_header)
        self.events_button.clicked.connect(self.edit_life_events)
        self.insert_button.clicked.connect(self.insert_row)
        self.delete_row_button.clicked.connect(self.delete_row)
        self.delete_button.clicked.connect(self.delete_cashflow)
        for keys, slot in (("Ctrl+Shift+N", self.new_cashflow), ("Ctrl+Shift+I", self.insert_row),
                           (DELETE_ROW_KEYS, self.delete_row)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda slot=slot: QTimer.singleShot(0, slot))
        self.grid.sig_error.connect(self._show_error)
        self.grid.sig_status.connect(self._show_note)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Shift+Del from the grid: the grid claims every Delete key before the window's
        shortcuts see it, then passes this one up unhandled."""
        if event.keyCombination().toCombined() == QKeySequence(DELETE_ROW_KEYS)[0].toCombined():
            event.accept()
            self.delete_row()
            return
        super().keyPressEvent(event)

    def _enable(self, has_plan: bool) -> None:
        for w in (self.years_spin, self.header_button, self.events_button, self.insert_button,
                  self.delete_row_button, self.delete_button, self.plan_combo):  # fmt: skip
            w.setEnabled(has_plan)
        self.new_button.setEnabled(self._case_id is not None)
        self.stack.setCurrentIndex(1 if has_plan else 0)

    # ---- public API ------------------------------------------------------------------------
    def show_case(self, case_id: int | None, select: int | None = None) -> None:
        """List the case's tables (newest first) and show ``select``, the one shown before, or
        the newest."""
        keep = select if select is not None else self.current_plan_id() if case_id == self._case_id else None
        self._case_id = case_id
        self._loading = True
        try:
            self.plan_combo.clear()
            for p in self._budget.cashflows(case_id) if case_id is not None else []:
                self.plan_combo.addItem(self._plan_text(p), p.id)
            index = self.plan_combo.findData(keep) if keep is not None else 0
            self.plan_combo.setCurrentIndex(max(index, 0) if self.plan_combo.count() else -1)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Cash flow"), str(exc))
        finally:
            self._loading = False
        self._show_plan(self.current_plan_id())

    def _plan_text(self, p) -> str:
        text = self.tr("%1 made · from %2 · %3 years").replace("%1", f"{p.made_on:%Y-%m-%d}")
        text = text.replace("%2", str(p.start_year)).replace("%3", str(p.years))
        return f"{text}　{p.staff_name}".rstrip()

    def current_plan_id(self) -> int | None:
        return self.plan_combo.currentData()

    def reload(self) -> None:
        """Re-read the table shown (e.g. repayments changed on the debts page)."""
        if self.model is not None and self.current_plan_id() is not None:
            self._after_page_write(changed=False)

    # ---- showing ---------------------------------------------------------------------------
    def _on_plan_combo_current_index_changed(self, _index: int) -> None:
        if not self._loading:
            self._show_plan(self.current_plan_id())

    def _show_plan(self, plan_id: int | None) -> None:
        self._show_error("")
        if plan_id is None:
            self._enable(False)
            self.chart.clear()
            self.summary_label.clear()
            return
        try:
            source = CashflowSource(self._budget, plan_id)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Cash flow"), str(exc))
            self._enable(False)
            return
        self._loading = True
        if self.model is None:
            self.model = SheetTableModel(source, self)
            self.model.dataChanged.connect(lambda *_: self._refresh())
            self.model.modelReset.connect(self._refresh)
            self.model.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
            self.grid.setModel(self.model)
        else:
            self.model.set_source(source)
        self._loading = False
        self._enable(True)
        self._refresh()

    def _source(self) -> CashflowSource | None:
        return self.model.source() if self.model is not None else None  # type: ignore[return-value]

    def _refresh(self) -> None:
        """The chart, 年数 and the summary line follow what the grid shows."""
        source = self._source()
        if source is None:
            return
        d = source.detail
        p = d.projection
        first = p.years.index(p.first_negative_year) if p.first_negative_year is not None else None
        self.chart.set_projection([year_label(y) for y in p.years], list(p.balance), list(p.savings), first)
        self.years_spin.blockSignals(True)
        self.years_spin.setValue(d.years)
        self.years_spin.blockSignals(False)
        parts = [
            self.tr("Savings at the start %1").replace("%1", format_yen(d.savings_start_yen)),
            self.tr("Return %1% a year").replace("%1", percent_text(d.return_rate_bp)),
        ]
        if p.first_negative_year is not None:
            parts.append(self.tr("Savings run out in %1").replace("%1", str(p.first_negative_year)))
        if d.note:
            parts.append(self.tr("Memo: %1").replace("%1", d.note.splitlines()[0]))
        self.summary_label.setText("　".join(parts))

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        """A grid edit, undo or redo was written."""
        if not self._loading:
            self._show_error("")
            self.sig_changed.emit()

    # ---- writes from the page --------------------------------------------------------------
    def _after_page_write(self, changed: bool = True) -> None:
        """Re-read the table after a write made outside the grid; a new undo history when rows
        or years changed (the grid's steps name cells by position)."""
        if self.model is None:
            return
        shape = (self.model.rowCount(), self.model.columnCount())
        current = self.grid.currentIndex()
        try:
            self.model.reload()
        except LedgerError as exc:  # the table was deleted elsewhere
            self._presenter.error(self, self.tr("Cash flow"), str(exc))
            self.show_case(self._case_id)
            return
        if (self.model.rowCount(), self.model.columnCount()) != shape:
            self._loading = True
            self.model.undo_stack.clear()
            self._loading = False
            self._go(current.row(), current.column())
        self._refresh()
        if changed:
            self.sig_changed.emit()

    def _go(self, row: int, col: int) -> None:
        if self.model is None or not self.model.rowCount():
            return
        row = min(max(row, 0), self.model.rowCount() - 1)
        col = min(max(col, 0), self.model.columnCount() - 1)
        self.grid.setCurrentIndex(self.model.index(row, col))

    def _guard(self, action: Callable[[], object]) -> bool:
        self._show_error("")
        try:
            action()
        except ValidationError as exc:
            self._show_error("\n".join(e.message for e in exc.errors))
            return False
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        return True

    def new_cashflow(self) -> int | None:
        """Ask for the template, start year and years; make the table and show it."""
        if self._case_id is None:
            return None
        try:
            templates = self._budget.templates("cashflow")
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Cash flow"), str(exc))
            return None
        dialog = NewCashflowDialog(templates, self._today().year, self)
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return None
        template_id, start_year, years = dialog.values()
        made: list[int] = []
        case_id = self._case_id
        if template_id is None or not self._guard(
            lambda: made.append(self._budget.create_cashflow(case_id, template_id, start_year, years, self._staff_id))
        ):
            return None
        self.show_case(self._case_id, select=made[0])
        self._focus_first_amount()
        self.sig_changed.emit()
        return made[0]

    def _focus_first_amount(self) -> None:
        """The cursor on the first row's 基準額, ready for typing."""
        source = self._source()
        if source is None:
            return
        row = next((r for r in range(source.row_count()) if source.line_id(r) is not None), 0)
        self._go(row, 1)
        self.grid.setFocus()

    def _on_years_spin_value_changed(self, years: int) -> None:
        plan_id = self.current_plan_id()
        source = self._source()
        if plan_id is None or source is None or years == source.detail.years:
            return
        if self._guard(lambda: self._budget.set_years(plan_id, years)):
            self._after_page_write()
            self._update_combo_text()
        else:
            self._refresh()  # back to the stored number of years

    def _update_combo_text(self) -> None:
        """The list entry follows a new start year or number of years."""
        plan_id = self.current_plan_id()
        try:
            found = [p for p in self._budget.cashflows(self._case_id) if p.id == plan_id]
        except LedgerError:
            return
        if found:
            self.plan_combo.setItemText(self.plan_combo.currentIndex(), self._plan_text(found[0]))

    def edit_header(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            return
        dialog = CashflowHeaderDialog(self._budget, plan_id, self)
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self._after_page_write()
            self._update_combo_text()

    def edit_life_events(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            return
        dialog = LifeEventsDialog(self._budget, plan_id, self)
        self.last_dialog = dialog
        self.run_dialog(dialog)
        if dialog.changed:
            self._after_page_write()

    def insert_row(self) -> int | None:
        """A new row (項目名 「新しい項目」) at the current grid row, in the section there; the
        cursor goes to its name, ready to be typed over."""
        source, plan_id = self._source(), self.current_plan_id()
        if source is None or plan_id is None:
            return None
        position, section = self._insert_point(source, max(self.grid.currentIndex().row(), 0))
        made: list[int] = []
        if not self._guard(
            lambda: made.append(self._budget.insert_cashflow_row(plan_id, position, section, self.tr("New item")))
        ):
            return None
        self._after_page_write()
        row = next((r for r in range(source.row_count()) if source.line_id(r) == made[0]), 0)
        self._go(row, 0)
        self.grid.setFocus()
        return made[0]

    @staticmethod
    def _insert_point(source: CashflowSource, row: int) -> tuple[int, str]:
        """(position in the table's rows, section) of a row inserted at grid row ``row``: above
        an income or expense row, in its section; on a total or result row, after the nearest
        row above it; on the ages or life events, before the first income row."""
        rows = source.detail.rows
        index = {r.id: k for k, r in enumerate(rows)}
        here = source.line_id(row)
        if here is not None:
            return index[here], rows[index[here]].section
        for r in range(row - 1, -1, -1):
            above = source.line_id(r)
            if above is not None:
                return index[above] + 1, rows[index[above]].section
        for r in range(row + 1, source.row_count()):
            below = source.line_id(r)
            if below is not None:
                return index[below], rows[index[below]].section
        return len(rows), "expense"

    def delete_row(self) -> None:
        """Delete the income or expense row at the cursor (asked first when it holds amounts)."""
        source, plan_id = self._source(), self.current_plan_id()
        if source is None or plan_id is None:
            return
        current = self.grid.currentIndex()
        row_id = source.line_id(current.row()) if current.isValid() else None
        if row_id is None:
            self._show_error(self.tr("Choose an income or expense row to delete (totals cannot be deleted)."))
            return
        line = next(r for r in source.detail.rows if r.id == row_id)
        if (line.base_yen or line.overrides) and not self._presenter.question(
            self, self.tr("Delete row"), self.tr("Delete the row “%1” and its amounts?").replace("%1", line.label)
        ):
            return
        if self._guard(lambda: self._budget.delete_cashflow_row(plan_id, row_id)):
            self._after_page_write()

    def delete_cashflow(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is None:
            return
        question = self.tr("Delete this cash-flow table with its rows and life events? This cannot be undone.")
        if not self._presenter.question(self, self.tr("Delete cash-flow table"), question):
            return
        if self._guard(lambda: self._budget.delete_cashflow(plan_id)):
            self.show_case(self._case_id)
            self.sig_changed.emit()

    # ---- messages --------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.setText(text)

    def _show_note(self, text: str) -> None:
        self.message_label.setStyleSheet(f"color: {HINT_COLOUR};")
        self.message_label.setText(text)
