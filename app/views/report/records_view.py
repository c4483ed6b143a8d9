"""The records behind one figure (the drill-down of StatisticsService.explain), a page at a
time: date, case number, person and what the record is. Enter (or a double click) on a
record opens its case (``sig_open_case``); Esc goes back to the figures (``sig_back``);
Alt+B / Alt+X page back and forth.

``explain`` rows name a record and its person, not the case: the case is the person's case
open on the record's date (the latest opened on or before it, else their first), found
through CaseService and remembered per person. A record of no person (an employer, a job
posting) has no case to open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.domain.placeholders import format_number
from app.domain.wareki import format_iso
from app.services.case_queries import CaseFilter
from app.stats_output import RECORD_KIND_LABELS

PAGE_SIZE = 50
CASE_ROLE = Qt.ItemDataRole.UserRole + 1  # on column 0: the record's case id (or None)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
Explain = Callable[[int, str, int, int], list[Any]]  # (fiscal year, key, limit, offset) → FigureRecord


class CaseLocator:
    """Which case a person's record belongs to (see the module docstring); cached per person."""

    def __init__(self, cases: Any) -> None:
        self._cases = cases
        self._by_person: dict[int, list[tuple[date, int, str]]] = {}

    def clear(self) -> None:
        self._by_person.clear()

    def case_of(self, record: Any) -> tuple[int, str] | None:
        """(case id, case no.) of ``record`` (a FigureRecord), or None."""
        case_id = getattr(record, "case_id", None)  # explain may one day name the case itself
        if case_id is not None:
            return case_id, getattr(record, "case_no", "")
        if record.person_id is None:
            return None
        cases = self._cases_of(record.person_id, record.person_no)
        if not cases:
            return None
        before = [c for c in cases if c[0] <= record.on]
        _opened, found_id, case_no = before[-1] if before else cases[0]
        return found_id, case_no

    def _cases_of(self, person_id: int, person_no: str) -> list[tuple[date, int, str]]:
        if person_id not in self._by_person:
            rows = (
                self._cases.list_cases(CaseFilter(text=person_no, order="opened_asc"), limit=200) if person_no else []
            )
            self._by_person[person_id] = [(r.opened_on, r.id, r.case_no) for r in rows if r.person_id == person_id]
        return self._by_person[person_id]


class FigureRecordsView(QWidget):
    """The drill-down list. ``show_figure`` loads the first page of a figure's records."""

    sig_open_case = Signal(int)
    sig_back = Signal()
    sig_status = Signal(str)

    def __init__(self, explain: Explain, locator: CaseLocator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explain = explain
        self._locator = locator
        self._fy: int | None = None
        self._key = ""
        self._offset = 0
        self._more = False
        self.title_label = QLabel(self.tr("Choose a figure and press Enter to list the records behind it."), self)
        self.title_label.setObjectName("drillTitle")
        self.title_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("drillTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Case no."), self.tr("Person"), self.tr("What")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        digits = self.table.fontMetrics().horizontalAdvance("0000-00-00") + 20
        for col, width in enumerate((digits, digits, 170)):
            self.table.setColumnWidth(col, width)
        self.previous_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("Ne&xt >"), self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("drillPage")
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.hint_label = QLabel(self.tr("Enter opens the case; Esc goes back to the figures."), self)
        self.hint_label.setStyleSheet("color: #666666;")
        self.hint_label.setWordWrap(True)
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.next_button)
        pager.addWidget(self.page_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)
        layout.addWidget(self.hint_label)
        self.previous_button.clicked.connect(lambda: self.load_page(self._offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.load_page(self._offset + PAGE_SIZE))
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.installEventFilter(self)
        self._update_pager(0)

    # ---- public API --------------------------------------------------------------------------
    def show_figure(self, fiscal_year: int, key: str, label: str) -> bool:
        """List the first page of ``key``'s records in ``fiscal_year``; False after an error."""
        self._fy, self._key = fiscal_year, key
        self.title_label.setText(self.tr("Records behind “%1” (%2)").replace("%1", label).replace("%2", key))
        self._locator.clear()  # cases may have been opened since the last look
        return self.load_page(0)

    def clear(self) -> None:
        self._fy, self._key, self._offset, self._more = None, "", 0, False
        self.table.setRowCount(0)
        self.title_label.setText(self.tr("Choose a figure and press Enter to list the records behind it."))
        self._update_pager(0)

    def current_key(self) -> str:
        return self._key

    def load_page(self, offset: int) -> bool:
        if self._fy is None:
            return False
        offset = max(0, offset)
        try:
            records = self._explain(self._fy, self._key, PAGE_SIZE + 1, offset)
            rows = [(r, self._locator.case_of(r)) for r in records[:PAGE_SIZE]]
        except LedgerError as exc:
            self.sig_status.emit(str(exc))
            return False
        self._offset, self._more = offset, len(records) > PAGE_SIZE
        self.table.setRowCount(len(rows))
        for i, (r, case) in enumerate(rows):
            self._fill_row(i, r, case)
        if rows:
            self.table.setCurrentCell(0, 0)
        self._update_pager(len(rows))
        return True

    def record_count(self) -> int:
        return self.table.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def open_current(self) -> int | None:
        """Open the current record's case; its id, or None when it has none."""
        item = self.table.item(max(self.table.currentRow(), 0), 0) if self.table.rowCount() else None
        if item is None:
            return None
        case_id = item.data(CASE_ROLE)
        if case_id is None:
            self.sig_status.emit(self.tr("This record belongs to no case."))
            return None
        self.sig_open_case.emit(int(case_id))
        return int(case_id)

    # ---- internals ---------------------------------------------------------------------------
    def _fill_row(self, row: int, r: Any, case: tuple[int, str] | None) -> None:
        what = RECORD_KIND_LABELS.get(r.kind, r.kind)
        if r.amount is not None:
            what = self.tr("%1 %2 yen").replace("%1", what).replace("%2", format_number(r.amount))
        person = "　".join(x for x in (r.person_no, r.person_name) if x)
        cells = (format_iso(r.on), case[1] if case else "", person, what)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(self.tr("%1 #%2").replace("%1", what).replace("%2", str(r.id)) if col == 3 else text)
            if col == 0:
                item.setData(CASE_ROLE, case[0] if case else None)
            self.table.setItem(row, col, item)

    def _update_pager(self, shown: int) -> None:
        if not shown:
            text = self.tr("No records.") if self._fy is not None else ""
        else:
            text = self.tr("Records %1–%2").replace("%1", f"{self._offset + 1:,}")
            text = text.replace("%2", f"{self._offset + shown:,}")
            if self._more:
                text += self.tr(" (more follow)")
        self.page_label.setText(text)
        self.previous_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(self._more)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in ENTER_KEYS:  # once the key press is over: the case may open a window
                QTimer.singleShot(0, self.open_current)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.sig_back.emit()
                return True
        return super().eventFilter(watched, event)


__all__ = ["PAGE_SIZE", "CaseLocator", "FigureRecordsView"]
