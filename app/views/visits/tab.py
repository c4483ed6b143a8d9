"""The 訪問記録 tab: the outreach visit log across all cases, the visits planned next, the
outreach chapter's month-by-month liaison with agencies, and the disaster programme's
activities.

Keyboard: Ctrl+Shift+V records a visit from anywhere in the tab; in the list Enter edits
the visit and Del deletes it (after asking); in the planned visits Enter records the visit as
made; Ctrl+P prints the year's 関係機関との連携内容; Ctrl+Shift+D records a disaster support
activity; Alt+1 … Alt+3 switch pages. Dialogs opened from a shortcut start once the key
event is over (QTimer.singleShot), and run through ``run_dialog`` (tests replace it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.domain.fiscal import fiscal_months, fiscal_year, fiscal_year_label_wareki
from app.domain.visit_drafts import DisasterActivityDraft
from app.domain.wareki import format_iso
from app.qt import audit_trail
from app.qt.messages import MessagePresenter
from app.qt.visit_table_model import COLUMN_OF, VisitTableModel
from app.qt.window_state import restore_header_state, save_header_state
from app.services.outreach_rows import VisitFilter, VisitRow
from app.views.intake.case_print import CasePrinter, OpenPreview, centre_name
from app.views.visits.disaster_dialog import DisasterActivityDialog
from app.views.visits.visit_dialog import VisitDialog
from app.views.widgets.fields import AgencyCombo
from app.views.widgets.tables import cell, table_widget

YEARS_BACK = 10
UPCOMING_DAYS = 14
LOG_MAX = 5000  # visits a printed list holds at most
OVERDUE = QColor("#c62828")
WEEKDAYS = "月火水木金土日"
LIST_ONLY = 0  # the page the month, staff, agency, result and made/planned filters apply to
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COLUMN_WIDTHS = {"date": 90, "time": 96, "case_no": 88, "name": 96, "place": 70, "method": 48, "result": 72,
                 "purpose": 96, "staff": 160, "agencies": 180, "next": 90, "content": 300}  # fmt: skip


def _key(event: QEvent) -> int | None:
    return event.key() if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) else None


class VisitsTab(QWidget):
    sig_status = Signal(str)  # a message for the status bar

    def __init__(
        self,
        services,
        *,
        today: Callable[[], date],
        presenter: MessagePresenter,
        staff_id: int | None,
        open_preview: OpenPreview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._today, self._presenter, self._staff_id = services, today, presenter, staff_id
        self._outreach = services.outreach
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.last_dialog: QDialog | None = None
        self.printer = CasePrinter(None, presenter, open_preview=open_preview, parent=self)
        self.model = VisitTableModel(self._outreach, parent=self)
        self._agency_timer = QTimer(self, singleShot=True, interval=300)
        self._build_filters()
        self.pages = QTabWidget(self)
        self.pages.addTab(self._visits_page(), self.tr("&1 Visits"))
        self.pages.addTab(self._liaison_page(), self.tr("&2 Liaison with agencies"))
        self.pages.addTab(self._disaster_page(), self.tr("&3 Disaster support activities"))
        self._lay_out()
        self._connect()
        self._fill_choices()
        self.refresh()

    # ---- building ----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.new_button = QPushButton(self.tr("&New visit (Ctrl+Shift+V)"), self)
        self.print_button = QPushButton(self.tr("Print liaison table (Ctrl+P)"), self)
        self.print_log_button = QPushButton(self.tr("Print visit list"), self)
        self.year_combo, self.month_combo = QComboBox(self), QComboBox(self)
        self.staff_combo, self.result_combo, self.planned_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self.agency_combo = AgencyCombo(lambda text: self._services.agencies.search(text, limit=30), self)
        self.agency_combo.setMinimumWidth(200)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("visitCount")
        self._captions = [
            (self.tr("Fiscal year"), self.year_combo), (self.tr("&Month"), self.month_combo),
            (self.tr("Staff"), self.staff_combo), (self.tr("Agency"), self.agency_combo),
            (self.tr("Result"), self.result_combo), (self.tr("Made / planned"), self.planned_combo),
        ]  # fmt: skip
        for _text, combo in self._captions:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _visits_page(self) -> QWidget:
        page = QWidget(self)
        table = QTableView(page)
        table.setObjectName("visitTable")
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
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(COLUMN_OF[key], width)
        header.setStretchLastSection(True)
        restore_header_state(table, "visits/visit_list")
        self.table = table
        side = QWidget(page)
        self.upcoming_label = QLabel(self.tr("Planned visits (next %1 days, and overdue)").replace(
            "%1", str(UPCOMING_DAYS)), side)  # fmt: skip
        self.upcoming_label.setWordWrap(True)
        self.upcoming = table_widget(side, [self.tr("Date"), self.tr("Name"), self.tr("Staff")], alternating=False)
        self.upcoming.setObjectName("upcomingVisits")
        self.upcoming.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.upcoming.setColumnWidth(1, 96)
        self.done_button = QPushButton(self.tr("Record as made (Enter)"), side)
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.upcoming_label)
        box.addWidget(self.upcoming, 1)
        box.addWidget(self.done_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([980, 280])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        return page

    def _liaison_page(self) -> QWidget:
        page = QWidget(self)
        self.liaison_tree = QTreeWidget(page)
        self.liaison_tree.setObjectName("liaisonTree")
        self.liaison_tree.setHeaderLabels(
            [self.tr("Month / date"), self.tr("Agencies"), self.tr("What"), self.tr("Staff"), self.tr("Case no.")]
        )
        self.liaison_tree.setAlternatingRowColors(True)
        for col, width in enumerate((130, 380, 240, 180)):
            self.liaison_tree.setColumnWidth(col, width)
        self.liaison_label = QLabel(page)
        self.liaison_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.liaison_label)
        layout.addWidget(self.liaison_tree, 1)
        return page

    def _disaster_page(self) -> QWidget:
        page = QWidget(self)
        counts = QGroupBox(self.tr("Activities in the fiscal year"), page)
        grid = QGridLayout(counts)
        self.disaster_counts: dict[str, QLabel] = {}
        self.disaster_add: dict[str, QPushButton] = {}
        for row, code in enumerate(self._services.codes.codes("disaster_activity")):
            number = QLabel("0", counts)
            number.setObjectName(f"disasterCount_{code.code}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setMinimumWidth(number.fontMetrics().horizontalAdvance("00,000件") + 8)
            add = QPushButton(self.tr("+1 today"), counts)
            add.setToolTip(self.tr("Record one activity of this kind today"))
            add.setAutoDefault(False)
            add.clicked.connect(lambda _c=False, k=code.code: self.add_disaster_activity(k))
            grid.addWidget(QLabel(code.label, counts), row, 0)
            grid.addWidget(number, row, 1)
            grid.addWidget(add, row, 2)
            self.disaster_counts[code.code], self.disaster_add[code.code] = number, add
        grid.setColumnStretch(3, 1)
        self.disaster_button = QPushButton(self.tr("Record activity… (Ctrl+Shift+D)"), page)
        self.disaster_list = table_widget(page, [self.tr("Date"), self.tr("Activity"), self.tr("Case no."),
                                                  self.tr("Name"), self.tr("Staff"), self.tr("Agencies"),
                                                  self.tr("Note")], alternating=False)  # fmt: skip
        self.disaster_list.setObjectName("disasterList")
        for col, width in enumerate((92, 200, 96, 110, 110, 200)):
            self.disaster_list.setColumnWidth(col, width)
        bar = QHBoxLayout()
        bar.addWidget(self.disaster_button)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(counts)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.disaster_list, 1)
        return page

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for b in (self.new_button, self.print_button, self.print_log_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        filters = QHBoxLayout()
        for text, combo in self._captions:
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
            filters.addSpacing(6)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_visit())
        self.print_button.clicked.connect(lambda: self.print_liaison())
        self.print_log_button.clicked.connect(lambda: self.print_visit_log())
        self.done_button.clicked.connect(lambda: self.mark_current_done())
        self.disaster_button.clicked.connect(lambda: self.new_disaster_activity())
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        for combo in (self.month_combo, self.staff_combo, self.result_combo, self.planned_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.agency_combo.editTextChanged.connect(lambda _t: self._agency_timer.start())
        self._agency_timer.timeout.connect(self._on_agency_timer_timeout)
        self.model.sig_total_changed.connect(self._show_count)
        self.model.sig_fetch_failed.connect(self._show_error)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.upcoming.itemDoubleClicked.connect(lambda _i: self.mark_current_done())
        for widget in (self.table, self.upcoming, self.disaster_list):
            widget.installEventFilter(self)
        for keys, action in (("Ctrl+Shift+V", self.new_visit), ("Ctrl+P", self.print_liaison),
                             ("Ctrl+Shift+D", self.new_disaster_activity)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda a=action: QTimer.singleShot(0, a))

    # ---- choices and the filter ----------------------------------------------------------------
    def _fill_choices(self) -> None:
        try:
            members = self._services.staff.list_staff(include_inactive=True)
            results = self._services.codes.codes("visit_result", include_retired=True)
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        current = fiscal_year(self._today())
        label = self.tr("FY%1 (%2)")
        years = [(label.replace("%1", str(fy)).replace("%2", fiscal_year_label_wareki(fy)), fy)
                 for fy in range(current, current - YEARS_BACK - 1, -1)]  # fmt: skip
        former = self.tr("%1 (former)")
        staff = [(m.name, m.id) for m in members if m.active]
        staff += [(former.replace("%1", m.name), m.id) for m in members if not m.active]
        made = [(self.tr("Made"), False), (self.tr("Planned"), True)]
        self._fill(self.year_combo, years, everything=None)
        self._fill(self.staff_combo, staff)
        self._fill(self.result_combo, [(c.label, c.code) for c in results])
        self._fill(self.planned_combo, made)
        self._fill_months()

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]], everything: str | None = "") -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything or self.tr("All"), None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fill_months(self) -> None:
        fy = self.fiscal_year()
        self._fill(self.month_combo, [(f"{y}-{m:02d}", f"{y}-{m:02d}") for y, m in fiscal_months(fy)],
                   everything=self.tr("All months"))  # fmt: skip

    def fiscal_year(self) -> int:
        return self.year_combo.currentData() or fiscal_year(self._today())

    def current_filter(self) -> VisitFilter:
        return VisitFilter(
            month=self.month_combo.currentData(),
            fiscal_year=self.fiscal_year(),
            staff_id=self.staff_combo.currentData(),
            agency_id=self.agency_combo.agency_id(),
            result=self.result_combo.currentData(),
            planned=self.planned_combo.currentData(),
        )

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except LedgerError as exc:
            self._show_error(str(exc))

    def _on_year_combo_changed(self) -> None:
        self._fill_months()
        self.apply_filter()
        self._load_liaison()
        self._load_disaster()

    def _on_pages_current_changed(self, index: int) -> None:
        """The list's own filters are greyed out on the pages that show the whole year."""
        for _text, combo in self._captions[1:]:
            combo.setEnabled(index == LIST_ONLY)
        self.count_label.setVisible(index == LIST_ONLY)
        self.print_log_button.setEnabled(index == LIST_ONLY)

    def _on_agency_timer_timeout(self) -> None:
        if not self.agency_combo.currentText().strip() or self.agency_combo.agency_id() is not None:
            self.apply_filter()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 visits").replace("%1", f"{total:,}"))

    def _show_error(self, message: str) -> None:
        self._presenter.error(self, self.tr("Visits"), message)

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again (after a save, or when another PC changed the ledger)."""
        chosen = self.current_visit_id()
        self._fill_choices()
        self.apply_filter()
        row = self.model.row_of_visit(chosen) if chosen is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._load_upcoming()
        self._load_liaison()
        self._load_disaster()

    def _load_upcoming(self) -> None:
        try:
            rows = self._outreach.upcoming(self._today(), days=UPCOMING_DAYS)
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        today = self._today()
        self.upcoming.setRowCount(len(rows))
        for i, r in enumerate(rows):
            items = [cell(format_iso(r.visited_on), r.id), cell(r.person_name or r.case_no), cell(r.staff)]
            for col, item in enumerate(items):
                if r.visited_on < today:
                    item.setForeground(QBrush(OVERDUE))
                    item.setToolTip(self.tr("Overdue: not yet recorded as made"))
                self.upcoming.setItem(i, col, item)
        self.upcoming.resizeColumnToContents(0)
        self.upcoming.setColumnWidth(1, 96)
        self.done_button.setEnabled(bool(rows))

    def _load_liaison(self) -> None:
        fy = self.fiscal_year()
        try:
            months = self._outreach.liaison_by_month(fy)
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        self.liaison_tree.clear()
        total = 0
        for m in months:
            top = QTreeWidgetItem([self.tr("%1 (%2)").replace("%1", m.label).replace("%2", str(len(m.entries)))])
            for e in m.entries:
                day = f"{e.on.month}/{e.on.day}（{WEEKDAYS[e.on.weekday()]}）"
                item = QTreeWidgetItem(top, [day, e.agencies_text, e.what, "、".join(e.staff), e.case_no])
                item.setToolTip(0, format_iso(e.on))
            self.liaison_tree.addTopLevelItem(top)
            top.setExpanded(bool(m.entries))
            total += len(m.entries)
        text = self.tr(
            "%1: joint visits and liaison with agencies of the outreach programme, %2 in all (Ctrl+P prints)"
        )
        self.liaison_label.setText(text.replace("%1", fiscal_year_label_wareki(fy)).replace("%2", str(total)))

    def _load_disaster(self) -> None:
        fy = self.fiscal_year()
        try:
            counts = self._outreach.disaster_activity_counts(fy)
            rows = self._outreach.list_disaster_activities(fy)
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        for code, label in self.disaster_counts.items():
            label.setText(self.tr("%1 times").replace("%1", f"{counts.get(code, 0):,}"))
        self.disaster_list.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [format_iso(r.activity_on), r.kind_label, r.case_no, r.person_name, r.staff, r.agencies, r.content]
            for col, text in enumerate(cells):
                self.disaster_list.setItem(i, col, cell(text, (r.id, r.version) if col == 0 else None))

    # ---- the current rows ----------------------------------------------------------------------
    def current_visit(self) -> VisitRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_visit_id(self) -> int | None:
        row = self.current_visit()
        return row.id if row else None

    def _upcoming_id(self) -> int | None:
        item = self.upcoming.item(self.upcoming.currentRow(), 0) if self.upcoming.currentRow() >= 0 else None
        if item is None and self.upcoming.rowCount():
            item = self.upcoming.item(0, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # ---- actions -------------------------------------------------------------------------------
    def _run(self, make: Callable[[], QDialog], message: str) -> bool:
        try:
            dialog = make()
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return False
        self.refresh()
        self.sig_status.emit(message)
        return True

    def new_visit(self, case_id: int | None = None) -> bool:
        return self._run(lambda: VisitDialog(self._services, self._today, case_id=case_id, staff_id=self._staff_id,
                                             parent=self), self.tr("The visit was recorded."))  # fmt: skip

    def edit_current(self) -> bool:
        row = self.current_visit()
        if row is None or not audit_trail.allowed(self, self._presenter, "view", "outreach_visits", row.id):
            return False
        return self._run(lambda: VisitDialog(self._services, self._today, visit_id=row.id, parent=self),
                         self.tr("The visit was saved."))  # fmt: skip

    def mark_current_done(self) -> bool:
        visit_id = self._upcoming_id()
        if visit_id is None:
            return False
        return self._run(lambda: VisitDialog(self._services, self._today, visit_id=visit_id, mark_done=True,
                                             parent=self), self.tr("The visit was recorded as made."))  # fmt: skip

    def delete_current(self, row: VisitRow | None = None) -> bool:
        row = row or self.current_visit()
        if row is None:
            return False
        what = f"{format_iso(row.visited_on)}　{row.person_name}　{row.method}"
        if not self._presenter.question(self, self.tr("Delete visit"),
                                        self.tr("Delete this visit?\n%1").replace("%1", what)):  # fmt: skip
            return False
        try:
            self._outreach.delete_visit(row.id, row.version)
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        self.refresh()
        self.sig_status.emit(self.tr("The visit was deleted."))
        return True

    def new_disaster_activity(self, kind: str | None = None) -> bool:
        return self._run(lambda: DisasterActivityDialog(self._services, self._today, kind=kind, staff_id=self._staff_id,
                                                        parent=self), self.tr("The activity was recorded."))  # fmt: skip

    def add_disaster_activity(self, kind: str) -> None:
        """+1: one activity of ``kind`` today, by the user (no dialog)."""
        try:
            self._outreach.record_disaster_activity(DisasterActivityDraft(self._today(), kind, staff_id=self._staff_id))
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        self._load_disaster()
        self.sig_status.emit(self.tr("The activity was recorded."))

    def delete_disaster_activity(self) -> bool:
        item = self.disaster_list.item(self.disaster_list.currentRow(), 0)
        if item is None:
            return False
        activity_id, version = item.data(Qt.ItemDataRole.UserRole)
        if not self._presenter.question(self, self.tr("Delete activity"), self.tr("Delete this activity?")):
            return False
        try:
            self._outreach.delete_disaster_activity(activity_id, version)
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        self._load_disaster()
        return True

    # ---- printing ------------------------------------------------------------------------------
    def print_liaison(self) -> Path | None:
        """Preview the fiscal year's 関係機関との連携内容 (Ctrl+P)."""
        fy = self.fiscal_year()
        title = self.tr("Liaison with agencies")
        months = self.printer.read(self, title, lambda: self._outreach.liaison_by_month(fy))
        if months is None:
            return None
        organisation = centre_name(self._services.organisation, self._today())

        def render(path: Path) -> None:
            from app.report.outreach_sheets import render_liaison_table

            render_liaison_table(months, path, fiscal_year=fy, organisation=organisation)

        name = self.tr("Liaison with agencies FY%1.pdf").replace("%1", str(fy))
        return self.printer.preview(self, title, name, render)

    def print_visit_log(self) -> Path | None:
        """Preview the visits the filter shows (oldest first)."""
        f = self.current_filter()
        title = self.tr("Visit list")
        rows = self.printer.read(self, title, lambda: self._outreach.list_visits(f, limit=LOG_MAX))
        if rows is None:
            return None
        organisation = centre_name(self._services.organisation, self._today())
        if f.month:
            year, month = f.month.split("-")
            period = self.tr("%1-%2").replace("%1", year).replace("%2", str(int(month)))
        else:
            period = fiscal_year_label_wareki(self.fiscal_year())

        def render(path: Path) -> None:
            from app.report.outreach_sheets import render_visit_log

            render_visit_log(rows, path, period=period, organisation=organisation)

        return self.printer.preview(self, title, self.tr("Visit list %1.pdf").replace("%1", period), render)

    # ---- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _key(event)
        if key is None:
            return super().eventFilter(watched, event)
        if watched is self.table and key in ENTER_KEYS:
            QTimer.singleShot(0, self.edit_current)
            return True
        if watched is self.table and key == Qt.Key.Key_Delete:
            QTimer.singleShot(0, self.delete_current)
            return True
        if watched is self.upcoming and key in ENTER_KEYS:
            QTimer.singleShot(0, self.mark_current_done)
            return True
        if watched is self.disaster_list and key == Qt.Key.Key_Delete:
            QTimer.singleShot(0, self.delete_disaster_activity)
            return True
        return super().eventFilter(watched, event)

    def save_state(self) -> None:
        save_header_state(self.table, "visits/visit_list")

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()
        super().hideEvent(event)


__all__ = ["VisitsTab"]
