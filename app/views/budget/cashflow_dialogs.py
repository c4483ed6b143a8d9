"""The キャッシュフロー表 page's dialogs: a new table (template, start year, years), the
table's header (savings at the start, 運用利率, メモ) and the life events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.budget import MAX_YEARS, percent_text
from app.domain.budget_drafts import FIRST_YEAR, LAST_YEAR, CashflowHeaderDraft, LifeEventDraft
from app.domain.errors import FieldError, LedgerError, ValidationError
from app.domain.money import YenParseError, format_yen, parse_yen
from app.views.widgets.date_edit import ERROR_COLOUR
from app.views.widgets.fields import ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _year_spin(parent: QWidget, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(FIRST_YEAR, LAST_YEAR)
    spin.setGroupSeparatorShown(False)
    spin.setValue(value)
    return spin


# ---- dialogs ---------------------------------------------------------------------------------
class NewCashflowDialog(QDialog):
    """様式 (標準 / 高齢者世帯), 開始年 (this year) and 年数 (1–30, 5) of a new table."""

    def __init__(self, templates: list, this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New cash-flow table"))
        self.template_combo = QComboBox(self)
        for t in templates:
            self.template_combo.addItem(t.name, t.id)
        self.start_spin = _year_spin(self, this_year)
        self.years_spin = QSpinBox(self)
        self.years_spin.setRange(1, MAX_YEARS)
        self.years_spin.setValue(5)
        self.years_spin.setSuffix(self.tr(" years"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Template"), self.template_combo)
        form.addRow(self.tr("&Start year"), self.start_spin)
        form.addRow(self.tr("&Years"), self.years_spin)
        form.addRow(buttons)

    def values(self) -> tuple[int | None, int, int]:
        """(template id, start year, years)."""
        return self.template_combo.currentData(), self.start_spin.value(), self.years_spin.value()


class CashflowHeaderDialog(RecordDialog):
    """開始年, 開始時の貯蓄残高, 運用利率 (percent text) and メモ of a table read at its version."""

    FIELD_OF = {"years": "other"}

    def __init__(self, budget, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget, self._plan_id = budget, plan_id
        d = budget.cashflow(plan_id)
        self._version, self._years = d.version, d.years
        self.setWindowTitle(self.tr("Cash-flow table header"))
        self.start_spin = _year_spin(self, d.start_year)
        self.savings_edit = QLineEdit(format_yen(d.savings_start_yen, unit=False), self)
        self.savings_edit.setAlignment(RIGHT)
        self.savings_edit.setPlaceholderText(self.tr("e.g. 300000 or 30万"))
        self.rate_edit = QLineEdit(percent_text(d.return_rate_bp), self)
        self.rate_edit.setAlignment(RIGHT)
        self.rate_edit.setPlaceholderText(self.tr("e.g. 0.5"))
        self.note_edit = text_box(self, 3)
        self.note_edit.setPlainText(d.note)
        self.add_row("start_year", self.tr("Start year"), self.start_spin, self._with_unit(self.start_spin, ""))
        self.add_row("savings_start_yen", self.tr("Savings at the start"), self.savings_edit,
                     self._with_unit(self.savings_edit, self.tr("yen")))  # fmt: skip
        self.add_row("return_rate", self.tr("Return on savings"), self.rate_edit,
                     self._with_unit(self.rate_edit, self.tr("% a year")))  # fmt: skip
        self.add_row("note", self.tr("Memo"), self.note_edit, self.note_edit)
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def _with_unit(self, field: QWidget, unit: str) -> QHBoxLayout:
        row = QHBoxLayout()
        field.setMaximumWidth(field.fontMetrics().horizontalAdvance("9,999,999,999") + 24)
        row.addWidget(field)
        if unit:
            row.addWidget(QLabel(unit, self))
        row.addStretch(1)
        return row

    def store(self) -> int:
        try:
            savings = parse_yen(self.savings_edit.text()) if self.savings_edit.text().strip() else 0
        except YenParseError as exc:
            raise ValidationError([FieldError("savings_start_yen", "貯蓄残高（開始時）", "invalid", str(exc))]) from exc
        draft = CashflowHeaderDraft(
            start_year=self.start_spin.value(),
            years=self._years,
            savings_start_yen=savings,
            return_rate=self.rate_edit.text(),
            note=self.note_edit.toPlainText().strip(),
        )
        self._budget.set_cashflow_header(self._plan_id, draft, self._version)
        return self._plan_id


class LifeEventsDialog(QDialog):
    """The table's life events (年, 内容, 対象, 費用): add and remove, each stored at once."""

    def __init__(self, budget, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget, self._plan_id = budget, plan_id
        self.changed = False
        self.setWindowTitle(self.tr("Life events"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Event"), self.tr("Who"), self.tr("Cost")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, self.table.horizontalHeader().ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove the selected event"), self)
        self.year_spin = _year_spin(self, FIRST_YEAR)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("e.g. child starts high school"))
        self.member_combo = ValueCombo(self)
        self.cost_edit = QLineEdit(self)
        self.cost_edit.setAlignment(RIGHT)
        self.cost_edit.setPlaceholderText(self.tr("e.g. 500000 or 50万"))
        self.cost_edit.setMinimumWidth(self.cost_edit.fontMetrics().horizontalAdvance("例: 500000 / 50万") + 16)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_life_event")
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.accept)
        self._build(close)
        self.add_button.clicked.connect(self.add_event)
        self.label_edit.returnPressed.connect(self.add_event)
        self.cost_edit.returnPressed.connect(self.add_event)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reload()
        self.year_spin.setValue(self._detail.start_year)
        self.resize(640, 420)

    def _build(self, close: QDialogButtonBox) -> None:
        add = QHBoxLayout()
        self.member_label = QLabel(self.tr("&Who"), self)
        for text, field, stretch in (
            (self.tr("&Year"), self.year_spin, 0),
            (self.tr("&Event"), self.label_edit, 3),
            (None, self.member_combo, 1),
            (self.tr("&Cost"), self.cost_edit, 1),
        ):
            label = QLabel(text, self) if text else self.member_label
            label.setBuddy(field)
            add.addWidget(label)
            add.addWidget(field, stretch)
        add.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addLayout(add)
        box.addWidget(self.error_label)
        box.addWidget(close)

    def reload(self) -> None:
        self._detail = d = self._budget.cashflow(self._plan_id)
        names = {m.household_member_id: f"{m.relationship_label} {m.name}".strip() for m in d.members}
        chosen = self.member_combo.value()
        self.member_combo.set_items((name, member_id) for member_id, name in names.items() if member_id is not None)
        self.member_combo.set_value(chosen)
        members = len(names) > 1  # the person and at least one household member
        self.member_combo.setVisible(members)
        self.member_label.setVisible(members)
        self.table.setColumnHidden(2, not members)
        self.table.setRowCount(len(d.life_events))
        for r, e in enumerate(sorted(d.life_events, key=lambda e: (e.year, e.id))):
            cells = (str(e.year), e.label, names.get(e.household_member_id, "") if e.household_member_id else "",
                     format_yen(e.cost_yen))  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if c in (0, 3):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.remove_button.setEnabled(bool(d.life_events))

    def events(self) -> list[tuple[int, str, int]]:
        """(year, label, cost) of every event, as listed."""
        return [(e.year, e.label, e.cost_yen) for e in sorted(self._detail.life_events, key=lambda e: (e.year, e.id))]

    def add_event(self) -> int | None:
        """Store the event typed in the add row; its id, or None (the error is shown)."""
        self.error_label.clear()
        try:
            cost = parse_yen(self.cost_edit.text()) if self.cost_edit.text().strip() else 0
            draft = LifeEventDraft(self.year_spin.value(), self.label_edit.text().strip(), cost,
                                   self.member_combo.value())  # fmt: skip
            event_id = self._budget.add_life_event(self._plan_id, draft)
        except ValidationError as exc:
            self.error_label.setText("\n".join(e.message for e in exc.errors))
            return None
        except LedgerError as exc:
            self.error_label.setText(str(exc))
            return None
        self.changed = True
        self.label_edit.clear()
        self.cost_edit.clear()
        self.reload()
        self.label_edit.setFocus()
        return event_id

    def remove_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        try:
            self._budget.remove_life_event(self._plan_id, item.data(Qt.ItemDataRole.UserRole))
        except LedgerError as exc:
            self.error_label.setText(str(exc))
            return
        self.changed = True
        self.reload()


# ---- the page --------------------------------------------------------------------------------
