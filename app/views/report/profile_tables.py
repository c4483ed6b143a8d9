"""The two grids of the profile page: a programme's staffing table (period × 区分 × 職種 →
人数, as StaffingEntryDraft rows) and its 目標値 per indicator.

Cells are plain text the user types (dates in 西暦 or 和暦, 人数 like 0.9, targets as whole
numbers); ``drafts()`` / ``values()`` read them, raising ValueError with a Japanese message
naming the row for text that is not a date or a number. The service checks the rest.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.errors import LedgerError
from app.domain.report_drafts import StaffingEntryDraft, format_fte, parse_fte
from app.domain.wareki import format_iso, parse_date
from app.services.report_rows import StaffingEntryRow

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class StaffingTable(QTableWidget):
    """期間（開始） | 期間（終了） | 区分 | 職種 | 人数; ``sig_edited`` on any change."""

    sig_edited = Signal()
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.setObjectName("staffingTable")
        self.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Row (e.g. full-time)"), self.tr("Role"), self.tr("Persons")]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 100), (1, 100), (3, 150), (4, 60)):
            self.setColumnWidth(col, width)
        self._roles: list[tuple[str, str]] = []
        self._loading = False
        self.itemChanged.connect(lambda _i: None if self._loading else self.sig_edited.emit())

    def set_roles(self, roles: Sequence[tuple[str, str]]) -> None:
        """(code, label) of the staff roles (the columns of the printed table)."""
        self._roles = list(roles)

    def set_entries(self, entries: Sequence[StaffingEntryRow]) -> None:
        self._loading = True
        self.setRowCount(0)
        for e in entries:
            self.add_row(
                e.period_from, e.period_to, e.row_label, e.role, format_fte(e.fte_hundredths).removesuffix("人")
            )
        self._loading = False

    def add_row(self, start: date | None = None, end: date | None = None, label: str = "", role: str = "",
                persons: str = "") -> int:  # fmt: skip
        """Append a row (``start``/``end`` default to the previous row's period)."""
        row = self.rowCount()
        if row and start is None:
            start_text, end_text = self.item(row - 1, 0).text(), self.item(row - 1, 1).text()
        else:
            start_text = format_iso(start) if start else ""
            end_text = format_iso(end) if end else ""
        loading, self._loading = self._loading, True
        self.insertRow(row)
        for col, text in ((0, start_text), (1, end_text), (2, label), (4, persons)):
            item = QTableWidgetItem(text)
            if col == 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, col, item)
        combo = QComboBox(self)
        for code, text in self._roles:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        combo.currentIndexChanged.connect(lambda _i: None if self._loading else self.sig_edited.emit())
        self.setCellWidget(row, 3, combo)
        self._loading = loading
        if not loading:
            self.sig_edited.emit()
        return row

    def remove_current(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        self.sig_edited.emit()
        return True

    def drafts(self) -> list[StaffingEntryDraft]:
        """The rows as drafts (blank rows skipped); ValueError naming the row otherwise."""
        out = []
        for row in range(self.rowCount()):
            texts = [self.item(row, c).text().strip() if self.item(row, c) else "" for c in (0, 1, 2, 4)]
            if not any(texts):
                continue
            start, end, label, persons = texts
            try:
                start_on, end_on = parse_date(start), parse_date(end)
                fte = parse_fte(persons or "0")
            except (LedgerError, ValueError) as exc:
                raise ValueError(
                    self.tr("Staffing row %1: %2").replace("%1", str(row + 1)).replace("%2", str(exc))
                ) from exc
            combo = self.cellWidget(row, 3)
            role = combo.currentData() if isinstance(combo, QComboBox) else ""
            out.append(StaffingEntryDraft(start_on, end_on, label, role or "", fte))
        return out


class TargetsTable(QTableWidget):
    """指標 | 目標値 (blank: no target), the figure's key as the indicator's tip; the report's
    indicators in bold."""

    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("targetsTable")
        self.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Target")])
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(1, 110)
        self._loading = False
        self.itemChanged.connect(lambda _i: None if self._loading else self.sig_edited.emit())

    def set_figures(self, figures: Sequence[tuple[str, str, str]], targets: Mapping[str, int],
                    printed: Sequence[str]) -> None:  # fmt: skip
        """(key, label, unit) of the programme's figures; the ``printed`` ones (the report's
        目標値 list) first and in bold."""
        ordered = sorted(figures, key=lambda f: (f[0] not in printed, printed.index(f[0]) if f[0] in printed else 0))
        self._loading = True
        self.setRowCount(len(ordered))
        bold = QFont()
        bold.setBold(True)
        for row, (key, label, unit) in enumerate(ordered):
            name = QTableWidgetItem(f"{label}（{unit}）")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setToolTip(key)
            if key in printed:
                name.setFont(bold)
                printed_tip = self.tr("Printed in the report's list of targets")
                name.setToolTip(f"{key}\n{printed_tip}")
            value = QTableWidgetItem(f"{targets[key]:,}" if key in targets else "")
            value.setData(KEY_ROLE, key)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((name, value)):
                self.setItem(row, col, item)
        self._loading = False

    def row_of(self, key: str) -> int | None:
        return next((r for r in range(self.rowCount()) if self.item(r, 1).data(KEY_ROLE) == key), None)

    def values(self) -> dict[str, int | None]:
        """Key → target (None: blank); ValueError naming the indicator for other text."""
        out: dict[str, int | None] = {}
        for row in range(self.rowCount()):
            item = self.item(row, 1)
            text = unicodedata.normalize("NFKC", item.text()).replace(",", "").strip()
            if not text:
                out[item.data(KEY_ROLE)] = None
            elif text.isdigit():
                out[item.data(KEY_ROLE)] = int(text)
            else:
                label = self.item(row, 0).text()
                raise ValueError(self.tr("Target of %1: enter a whole number (or leave it blank)").replace("%1", label))
        return out


__all__ = ["StaffingTable", "TargetsTable"]
