"""One page of the 家計 tab for a 相談時家計表 (``kind="consultation"``) or a 家計計画表
(``kind="plan"``): the case's sheets of that kind, the grid, and for a plan the 特別支出 grid.

Keyboard: the grid works like Excel (see SheetView); Ctrl+Shift+N makes a new sheet (a
consultation sheet from a template, a plan from the newest consultation sheet), Ctrl+Shift+I
inserts a row above the current one, Ctrl+Shift+Delete deletes the current row, Ctrl+Shift+M
adds a 実績 month (plan sheets), Alt+D edits the sheet's header (date, basis, savings).
Questions go through injectable callables so tests never block in a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.budget_drafts import SheetHeaderDraft
from app.domain.errors import FieldError, LedgerError, ValidationError
from app.domain.money import YenParseError, format_yen, parse_yen
from app.qt.budget_sources import HouseholdSheetSource, SpecialExpenseSource
from app.qt.messages import MessagePresenter
from app.qt.sheet_model import SheetTableModel
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit
from app.views.widgets.record_dialog import RecordDialog, text_box
from app.views.widgets.sheet_view import SheetView

AskItem = Callable[[str, str, list[str]], int | None]  # (title, label, items) → index, None = cancelled
AskText = Callable[[str, str], str | None]


class SheetHeaderDialog(RecordDialog):
    """作成日, 月の基準 (平均 / 直近の月), 預貯金残高 and メモ of a sheet."""

    def __init__(self, budget, sheet_id: int, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget, self._sheet_id = budget, sheet_id
        d = budget.sheet(sheet_id)
        self._version = d.version
        self.setWindowTitle(self.tr("Sheet details"))
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(d.made_on)
        self.basis_edit = QLineEdit(d.month_basis, self)
        self.basis_edit.setPlaceholderText(self.tr("e.g. average of the last 3 months"))
        self.savings_edit = QLineEdit("" if d.savings_yen is None else format_yen(d.savings_yen, unit=False), self)
        self.note_edit = text_box(self, 3)
        self.note_edit.setPlainText(d.note)
        dates = QHBoxLayout()
        dates.addWidget(self.date_edit)
        dates.addWidget(self.date_edit.hint_label())
        dates.addStretch(1)
        self.add_row("made_on", self.tr("Date"), self.date_edit, dates)
        self.add_row("month_basis", self.tr("Month basis"), self.basis_edit, self.basis_edit)
        self.add_row("savings_yen", self.tr("Savings (yen)"), self.savings_edit, self.savings_edit)
        self.add_row("note", self.tr("Note"), self.note_edit, self.note_edit)
        self.finish_layout()
        self.resize(480, self.sizeHint().height())

    def store(self) -> int:
        savings = None
        if self.savings_edit.text().strip():
            try:
                savings = parse_yen(self.savings_edit.text())
            except YenParseError as exc:
                raise ValidationError([FieldError("savings_yen", "預貯金残高", "invalid", str(exc))]) from exc
        draft = SheetHeaderDraft(
            made_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            month_basis=self.basis_edit.text().strip(),
            savings_yen=savings,
            note=self.note_edit.toPlainText().strip(),
        )
        self._budget.set_header(self._sheet_id, draft, self._version)
        return self._sheet_id


class SheetPage(QWidget):
    """The sheets of one kind for the chosen case. ``sig_changed()`` after any write."""

    sig_changed = Signal()

    def __init__(
        self,
        kind: str,
        budget,
        today: Callable[[], date],
        presenter: MessagePresenter,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self._budget, self._today, self._presenter = kind, budget, today, presenter
        self._staff_id = staff_id
        self._case_id: int | None = None
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.ask_item: AskItem = self._ask_item
        self.ask_text: AskText = self._ask_text
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setMinimumContentsLength(16)
        self.new_button = QPushButton(self.tr("&New sheet…"), self)
        self.header_button = QPushButton(self.tr("&Details…"), self)
        self.insert_button = QPushButton(self.tr("Insert row"), self)
        self.delete_row_button = QPushButton(self.tr("Delete row"), self)
        self.month_button = QPushButton(self.tr("Add actual month…"), self)
        self.month_button.setVisible(kind == "plan")
        for button, keys in ((self.new_button, "Ctrl+Shift+N"), (self.insert_button, "Ctrl+Shift+I"),
                             (self.delete_row_button, "Ctrl+Shift+Del"), (self.month_button, "Ctrl+Shift+M")):  # fmt: skip
            button.setToolTip(keys)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sheetSummary")
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.setWordWrap(True)
        self.grid = SheetView(self)
        self.special_grid = SheetView(self)
        self.special_box = QWidget(self)
        self.toolbar = QHBoxLayout()  # the tab adds print / export buttons here
        self._build()
        self._connect()
        self._enable(False)

    # ---- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("Sheet"), self)
        label.setBuddy(self.sheet_combo)
        top.addWidget(label)
        top.addWidget(self.sheet_combo, 1)
        for w in (self.new_button, self.header_button):
            top.addWidget(w)
        rows = QHBoxLayout()
        for w in (self.insert_button, self.delete_row_button, self.month_button):
            rows.addWidget(w)
        rows.addStretch(1)
        rows.addLayout(self.toolbar)
        special_layout = QVBoxLayout(self.special_box)
        special_layout.setContentsMargins(0, 0, 0, 0)
        special_layout.addWidget(QLabel(self.tr("Yearly expenses by month and the monthly reserve"), self))
        special_layout.addWidget(self.special_grid)
        self.special_box.setVisible(self.kind == "plan")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.special_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(rows)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

    def _connect(self) -> None:
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._show_sheet(self.sheet_combo.currentData()))
        self.new_button.clicked.connect(self.new_sheet)
        self.header_button.clicked.connect(self.edit_header)
        self.insert_button.clicked.connect(self.insert_row)
        self.delete_row_button.clicked.connect(self.delete_row)
        self.month_button.clicked.connect(self.add_month)
        for keys, slot in (("Ctrl+Shift+N", self.new_sheet), ("Ctrl+Shift+I", self.insert_row),
                           ("Ctrl+Shift+Del", self.delete_row), ("Ctrl+Shift+M", self.add_month)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda slot=slot: QTimer.singleShot(0, slot))
        for view in (self.grid, self.special_grid):
            view.sig_error.connect(self._show_message)
            view.sig_status.connect(self._show_message)

    def _enable(self, has_sheet: bool) -> None:
        for w in (self.header_button, self.insert_button, self.delete_row_button, self.month_button,
                  self.grid, self.special_grid):  # fmt: skip
            w.setEnabled(has_sheet)
        self.new_button.setEnabled(self._case_id is not None)

    # ---- public API ------------------------------------------------------------------------
    def show_case(self, case_id: int | None, select: int | None = None) -> None:
        """List the case's sheets of this kind (newest first) and show ``select`` or the newest."""
        self._case_id = case_id
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        if case_id is not None:
            try:
                for s in self._budget.sheets(case_id):
                    if s.kind == self.kind:
                        self.sheet_combo.addItem(f"{s.made_on:%Y-%m-%d}　{s.kind_label}　{s.staff_name}".rstrip(), s.id)
            except LedgerError as exc:
                self._presenter.error(self, self.tr("Household budget"), str(exc))
        self.sheet_combo.blockSignals(False)
        index = self.sheet_combo.findData(select) if select is not None else 0
        self.sheet_combo.setCurrentIndex(max(index, 0) if self.sheet_combo.count() else -1)
        self._show_sheet(self.sheet_combo.currentData())

    def current_sheet_id(self) -> int | None:
        return self.sheet_combo.currentData()

    def reload(self) -> None:
        """Re-read the current sheet (another page or PC changed it, e.g. repayments)."""
        self._show_sheet(self.current_sheet_id(), keep_history=True)

    # ---- sheets ----------------------------------------------------------------------------
    def _show_sheet(self, sheet_id: int | None, keep_history: bool = False) -> None:
        self._show_message("")
        if sheet_id is None:
            self.grid.setModel(None)
            self.special_grid.setModel(None)
            self.summary_label.clear()
            self._enable(False)
            return
        try:
            source = HouseholdSheetSource(self._budget, sheet_id)
            special = SpecialExpenseSource(self._budget, sheet_id) if self.kind == "plan" else None
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Household budget"), str(exc))
            return
        model = self.grid.sheet_model()
        if keep_history and model is not None and getattr(model.source(), "sheet_id", None) == sheet_id:
            model.reload()
        else:
            model = SheetTableModel(source, self)
            model.dataChanged.connect(lambda *_: self._after_write())
            self.grid.setModel(model)
        if special is not None:
            special_model = SheetTableModel(special, self)
            special_model.dataChanged.connect(lambda *_: self._after_special_write())
            self.special_grid.setModel(special_model)
        self._enable(True)
        self._show_summary()

    def _after_write(self) -> None:
        self._show_summary()
        self.sig_changed.emit()

    def _after_special_write(self) -> None:
        model = self.grid.sheet_model()
        if model is not None:
            model.reload()  # the summary's 積立 comes from the sheet's detail
        self._show_summary()
        self.sig_changed.emit()

    def _show_summary(self) -> None:
        model = self.grid.sheet_model()
        if model is None:
            return
        d = model.source().detail
        t = d.totals.plan if d.kind == "plan" else d.totals.current
        parts = [
            self.tr("Income %1").replace("%1", format_yen(t.income)),
            self.tr("Expenses %1").replace("%1", format_yen(t.expense)),
            self.tr("Balance %1").replace("%1", format_yen(t.balance)),
        ]
        if d.savings_yen is not None:
            parts.append(self.tr("Savings %1").replace("%1", format_yen(d.savings_yen)))
        if d.kind == "plan" and d.special.yearly_total:
            reserve = d.special.monthly_reserve
            parts.append(self.tr("Reserve for yearly expenses %1 a month").replace("%1", format_yen(reserve)))
            parts.append(self.tr("Balance after the reserve %1").replace("%1", format_yen(t.balance - reserve)))
        self.summary_label.setText("　".join(parts))

    def new_sheet(self) -> None:
        if self._case_id is None:
            return
        try:
            if self.kind == "consultation":
                templates = [t for t in self._budget.templates("household") if t.retired_on is None]
                chosen = self.ask_item(
                    self.tr("New consultation sheet"), self.tr("Template"), [t.name for t in templates]
                )
                if chosen is None:
                    return
                sheet_id = self._budget.create_consultation_sheet(self._case_id, templates[chosen].id, self._today(),
                                                                  self._staff_id)  # fmt: skip
            else:
                bases = [s for s in self._budget.sheets(self._case_id) if s.kind == "consultation"]
                if not bases:
                    self._presenter.info(self, self.tr("New plan sheet"),
                                         self.tr("Make the consultation sheet first: the plan starts from it."))  # fmt: skip
                    return
                sheet_id = self._budget.create_plan_sheet(self._case_id, bases[0].id, self._today(), self._staff_id)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Household budget"), str(exc))
            return
        self.show_case(self._case_id, select=sheet_id)
        self.grid.setFocus()
        self.grid.setCurrentIndex(self.grid.model().index(0, 1))
        self.sig_changed.emit()

    def edit_header(self) -> None:
        sheet_id = self.current_sheet_id()
        if sheet_id is None:
            return
        if self.run_dialog(SheetHeaderDialog(self._budget, sheet_id, self._today, self)):
            self.reload()
            self.sig_changed.emit()

    def insert_row(self) -> None:
        model = self.grid.sheet_model()
        if model is None:
            return
        source: HouseholdSheetSource = model.source()
        row = max(self.grid.currentIndex().row(), 0)
        try:
            self._budget.insert_row(
                source.sheet_id, source.position_of(row), source.section_at(row), self.tr("New item")
            )
        except LedgerError as exc:
            self._show_message(str(exc))
            return
        self._rebuild_keeping(row, 0)
        self.grid.edit(self.grid.model().index(row, 0))

    def delete_row(self) -> None:
        model = self.grid.sheet_model()
        if model is None:
            return
        source: HouseholdSheetSource = model.source()
        row = self.grid.currentIndex().row()
        row_id = source.row_id(row)
        if row_id is None:
            self._show_message(self.tr("Choose an item row to delete (totals cannot be deleted)."))
            return
        label = source.lines[row].label
        if not self._presenter.question(
            self, self.tr("Delete row"), self.tr("Delete the row “%1”?").replace("%1", label)
        ):
            return
        try:
            self._budget.delete_row(source.sheet_id, row_id)
        except LedgerError as exc:
            self._show_message(str(exc))
            return
        self._rebuild_keeping(min(row, model.rowCount() - 2), 1)

    def add_month(self) -> None:
        sheet_id = self.current_sheet_id()
        if sheet_id is None or self.kind != "plan":
            return
        text = self.ask_text(self.tr("Add actual month"), self.tr("Month (e.g. 2023/5 or R5.5)"))
        if not text:
            return
        try:
            month = _parse_month(text)
            self._budget.add_actual_month(sheet_id, month)
        except (ValueError, LedgerError) as exc:
            self._show_message(str(exc))
            return
        self._rebuild_keeping(0, self.grid.model().columnCount())

    def _rebuild_keeping(self, row: int, col: int) -> None:
        """Rows or columns changed: rebuild the grid (a new undo history) and keep the cursor."""
        self._show_sheet(self.current_sheet_id())
        model = self.grid.model()
        if model is not None and model.rowCount():
            self.grid.setCurrentIndex(model.index(min(row, model.rowCount() - 1), min(col, model.columnCount() - 1)))
            self.grid.setFocus()
        self.sig_changed.emit()

    # ---- helpers ---------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def _ask_item(self, title: str, label: str, items: list[str]) -> int | None:
        item, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return items.index(item) if ok else None

    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None


def _parse_month(text: str) -> date:
    """ "2023/5", "2023-05", "R5.5", "令和5年5月" → the 1st of that month."""
    from app.domain.wareki import parse_date

    cleaned = text.strip()
    if cleaned.endswith("月"):
        return parse_date(cleaned + "1日").replace(day=1)
    separator = "/" if "/" in cleaned else "-" if "-" in cleaned else "."
    return parse_date(f"{cleaned}{separator}1").replace(day=1)
