"""The 相談受付 tab's case list: instant search, filters, a sortable list that pages.

A counsellor types part of a name, a reading (hiragana, katakana, half-width), phone digits
or a case number; the list follows as they type (debounced). ↓ from the search field goes to
the first row, Enter or a double click opens the case (``sig_case_activated``), Esc clears the
search, Ctrl+F comes back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.domain.fiscal import fiscal_year, fiscal_year_label_wareki
from app.qt.case_table_model import COLUMN_OF, CaseTableModel
from app.qt.messages import MessagePresenter
from app.qt.window_state import restore_header_state, save_header_state
from app.services.case_queries import CaseFilter
from app.services.cases import CaseService
from app.services.codes import CodeService
from app.services.staff import StaffService

SEARCH_DELAY_MS = 150
YEARS_BACK = 10  # the year filter offers the current fiscal year and the ten before it
COLUMN_WIDTHS = {  # fit the longest seeded labels (情報提供のみで終了) at the default font
    "case_no": 100,
    "name": 130,
    "reading": 160,
    "age": 48,
    "opened": 92,
    "programmes": 190,  # stretches to fill the width
    "status": 150,
    "counsellor": 110,
    "disaster": 48,
}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CaseListView(QWidget):
    """Search, filter and sort the ledger's cases; emits the chosen case's id.

    Reads go through ``cases`` (the list), ``codes`` (programme and status labels) and
    ``staff`` (counsellors) on the GUI thread; a read that fails is shown through
    ``presenter``. Column widths, order and the sort are kept under ``settings_key``.
    """

    sig_case_activated = Signal(int)  # Enter or double click on a row: the case id

    def __init__(
        self,
        cases: CaseService,
        codes: CodeService,
        staff: StaffService,
        *,
        today: Callable[[], date],
        presenter: MessagePresenter,
        settings_key: str = "intake/case_list",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseListView")
        self._codes, self._staff, self._today = codes, staff, today
        self._presenter = presenter
        self._settings_key = settings_key
        self._captioned: list[tuple[QLabel, QComboBox]] = []  # the filter combos and their labels
        self.model = CaseTableModel(cases, today=today, parent=self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._build_search_row()
        self._build_filter_row()
        self._build_table()
        self._lay_out()
        self._connect()
        self._fill_choices()
        self._load(replace(self.current_filter(), order=self._restore_header()))

    # ---- building -----------------------------------------------------------------------
    def _build_search_row(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("caseSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, reading, phone or case number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.search_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_filter_row(self) -> None:
        self.programme_combo = self._combo("programmeFilter", self.tr("Programme"))
        self.status_combo = self._combo("statusFilter", self.tr("Status"))
        self.counsellor_combo = self._combo("counsellorFilter", self.tr("Counsellor"))
        self.year_combo = self._combo("yearFilter", self.tr("Fiscal year"))
        self.disaster_check = QCheckBox(self.tr("Disaster victims only"), self)
        self.disaster_check.setObjectName("disasterOnly")
        self.open_check = QCheckBox(self.tr("Open cases only"), self)
        self.open_check.setObjectName("openOnly")

    def _combo(self, name: str, label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(label)
        caption = QLabel(label, self)
        caption.setBuddy(combo)
        self._captioned.append((caption, combo))
        return combo

    def _build_table(self) -> None:
        table = QTableView(self)
        table.setObjectName("caseTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for key, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(COLUMN_OF[key], QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COLUMN_OF[key], width)
        header.setSectionResizeMode(COLUMN_OF["programmes"], QHeaderView.ResizeMode.Stretch)
        column, order = self.model.sort_state()
        header.setSortIndicator(column, order)
        self.table = table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        for caption, combo in self._captioned:
            filters.addWidget(caption)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addWidget(self.disaster_check)
        filters.addWidget(self.open_check)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.search_shortcut.activated.connect(self.focus_search)
        for _caption, combo in self._captioned:
            combo.currentIndexChanged.connect(self.apply_filter)
        self.disaster_check.toggled.connect(self.apply_filter)
        self.open_check.toggled.connect(self.apply_filter)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.model.sig_total_changed.connect(self._show_count)
        self.model.sig_fetch_failed.connect(self._show_read_error)

    # ---- choices ------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """(Re)fill the filter combos from the code tables and staff, keeping the choices."""
        try:
            programmes = [(c.code, c.short_label or c.label, c.label) for c in self._codes.codes("programme")]
            statuses = [(c.code, c.label, "") for c in self._codes.codes("case_status")]
            members = self._staff.list_staff(include_inactive=True)
        except LedgerError as e:
            self._show_read_error(str(e))
            return
        former = self.tr("%1 (former)")
        counsellors = [(m.id, m.name, "") for m in members if m.active]
        counsellors += [(m.id, former.replace("%1", m.name), "") for m in members if not m.active]
        current = fiscal_year(self._today())
        label = self.tr("FY%1 (%2)")
        years = [
            (fy, label.replace("%1", str(fy)).replace("%2", fiscal_year_label_wareki(fy)), "")
            for fy in range(current, current - YEARS_BACK - 1, -1)
        ]
        self._fill(self.programme_combo, programmes)
        self._fill(self.status_combo, statuses)
        self._fill(self.counsellor_combo, counsellors)
        self._fill(self.year_combo, years)

    def _fill(self, combo: QComboBox, items: list[tuple[object, str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for value, text, tooltip in items:
            combo.addItem(text, value)
            if tooltip:
                combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # ---- the filter ---------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        """The filter the widgets show, in the model's current order."""
        return CaseFilter(
            text=self.search_edit.text(),
            programme=self.programme_combo.currentData(),
            status=self.status_combo.currentData(),
            counsellor_id=self.counsellor_combo.currentData(),
            fiscal_year=self.year_combo.currentData(),
            disaster_only=self.disaster_check.isChecked(),
            open_only=self.open_check.isChecked(),
            order=self.model.current_filter().order,
        )

    def keep_only_filters(self, *names: str) -> None:
        """Hide the filters not named ("programme", "status", "counsellor", "year",
        "disaster", "open") — for a narrow list beside another page; hidden ones keep
        their current value."""
        combos = {"programme": self.programme_combo, "status": self.status_combo,
                  "counsellor": self.counsellor_combo, "year": self.year_combo}  # fmt: skip
        for caption, combo in self._captioned:
            visible = any(combo is c for n, c in combos.items() if n in names)
            caption.setVisible(visible)
            combo.setVisible(visible)
        self.disaster_check.setVisible("disaster" in names)
        self.open_check.setVisible("open" in names)
        self.search_edit.setMinimumWidth(160)

    def apply_filter(self) -> None:
        """Load the list for what the widgets show now (the search timer's target too)."""
        self._load(self.current_filter())

    def refresh(self) -> None:
        """Reload the choices and the list with the current filter (the ledger changed),
        keeping the current case selected when it is still on the first page."""
        chosen = self.current_case_id()
        self._fill_choices()
        self._load(self.current_filter())
        row = self.model.row_of_case(chosen) if chosen is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def _load(self, f: CaseFilter) -> None:
        self._search_timer.stop()  # ``f`` already holds what was typed
        try:
            self.model.set_filter(f)
        except LedgerError as e:
            self._show_read_error(str(e))
        self._show_sort_indicator()

    def _show_count(self, total: int) -> None:
        text = self.tr("1 case") if total == 1 else self.tr("%1 cases").replace("%1", f"{total:,}")
        self.count_label.setText(text)

    def _show_read_error(self, message: str) -> None:
        self._presenter.error(self, self.tr("Cannot read the case list"), message)

    # ---- keyboard and mouse -------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_first_row(self) -> None:
        """Move to the table's first row, if there is one (↓ in the search field)."""
        if self._search_timer.isActive():
            self.apply_filter()
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(0)

    def current_case_id(self) -> int | None:
        """The case of the table's current row, if any."""
        index = self.table.currentIndex()
        return self.model.case_id_at(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_edit:
                return self._on_search_key(event)
            if watched is self.table and event.key() in _ENTER_KEYS:
                self._activate_current()
                return True
        return super().eventFilter(watched, event)

    def _on_search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.focus_first_row()
            return True
        if key in _ENTER_KEYS:
            self.apply_filter()
            return True
        if key == Qt.Key.Key_Escape and self.search_edit.text():
            self.search_edit.clear()
            self.apply_filter()
            return True
        return False

    def _activate_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.sig_case_activated.emit(case_id)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        case_id = self.model.case_id_at(index.row())
        if case_id is not None:
            self.sig_case_activated.emit(case_id)

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        name = self.model.order_for(column, order)
        if name is None:  # not a sortable column: put the indicator back where the list is sorted
            self._show_sort_indicator()
            return
        self._load(replace(self.current_filter(), order=name))

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.model.sort_state())
        header.blockSignals(False)
        header.viewport().update()

    # ---- saved state --------------------------------------------------------------------
    def _restore_header(self) -> str:
        """Restore the saved columns; returns the order the list starts in."""
        default = self.model.current_filter().order
        if not restore_header_state(self.table, self._settings_key):
            return default
        header = self.table.horizontalHeader()
        order = self.model.order_for(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return order or default

    def save_state(self) -> None:
        """Remember the columns and the sort (also done whenever the list is hidden)."""
        save_header_state(self.table, self._settings_key)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()
        super().hideEvent(event)
