"""The 会議予定 tab's list pages: every meeting (paged, filtered by period, kind, programme,
status and text), the recurring meetings, and the year's trainings. Each page reads through
MeetingService and says which record the user opened (``sig_open``); the tab runs the
dialogs. Enter opens the current row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.domain.fiscal import fiscal_year, fiscal_year_label_wareki, fiscal_year_range
from app.qt.meeting_table_model import COLUMN_OF, MeetingTableModel, colour_square, day_label
from app.qt.window_state import restore_header_state, save_header_state
from app.services.meeting_rows import MeetingFilter, MeetingRow
from app.views.meetings.calendar_view import add_months
from app.views.widgets.tables import cell, table_widget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COLUMN_WIDTHS = {"date": 190, "time": 110, "kind": 210, "title": 300, "programme": 220, "place": 160,
                 "status": 70}  # fmt: skip
YEARS_BACK = 5


def _is_enter(event: QEvent) -> bool:
    return event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], everything: str | None) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class MeetingListPage(QWidget):
    """Every meeting as a paged table. ``month()`` is the calendar's month (for 「表示中の月」)."""

    sig_open = Signal(int)  # a meeting id
    sig_error = Signal(str)

    def __init__(self, meetings, codes, today: Callable[[], date], month: Callable[[], date],
                 viewer_staff_id: int | None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._meetings, self._codes, self._today, self._month = meetings, codes, today, month
        self.model = MeetingTableModel(meetings, viewer_staff_id=viewer_staff_id, parent=self)
        self.period_combo, self.kind_combo = QComboBox(self), QComboBox(self)
        self.programme_combo, self.status_combo = QComboBox(self), QComboBox(self)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Title or place"))
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("meetingCount")
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply_filter)
        self.table = QTableView(self)
        self.table.setObjectName("meetingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(COLUMN_OF[key], width)
        header.setStretchLastSection(True)
        restore_header_state(self.table, "meetings/meeting_list")
        self._lay_out()
        self._fill_choices()
        for combo in (self.period_combo, self.kind_combo, self.programme_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.text_edit.textChanged.connect(lambda _t: self._timer.start())
        self.model.sig_total_changed.connect(
            lambda n: self.count_label.setText(self.tr("%1 meetings").replace("%1", f"{n:,}"))
        )
        self.model.sig_fetch_failed.connect(self.sig_error)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.installEventFilter(self)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        captions = ((self.tr("&Period"), self.period_combo), (self.tr("Kind"), self.kind_combo),
                    (self.tr("Programme"), self.programme_combo), (self.tr("Status"), self.status_combo),
                    (self.tr("&Search"), self.text_edit))  # fmt: skip
        for text, w in captions:
            caption = QLabel(text, self)
            caption.setBuddy(w)
            bar.addWidget(caption)
            bar.addWidget(w)
            bar.addSpacing(6)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.table, 1)

    def _fill_choices(self) -> None:
        periods = [(self.tr("From today"), "upcoming"), (self.tr("The month shown"), "month"),
                   (self.tr("The fiscal year shown"), "year"), (self.tr("All"), "all")]  # fmt: skip
        fill_combo(self.period_combo, periods, None)
        try:
            kinds = [(k.label, k.code) for k in self._meetings.kinds()]
            programmes = [(c.label, c.code) for c in self._codes.codes("programme")]
        except LedgerError as exc:
            self.sig_error.emit(str(exc))
            return
        fill_combo(self.kind_combo, kinds, self.tr("All kinds"))
        fill_combo(self.programme_combo, programmes, self.tr("All programmes"))
        statuses = [(self.tr("Planned"), "planned"), (self.tr("Held"), "held"), (self.tr("Cancelled"), "cancelled")]
        fill_combo(self.status_combo, statuses, self.tr("All"))

    def current_filter(self) -> MeetingFilter:
        period, shown = self.period_combo.currentData(), self._month()
        start = end = None
        if period == "upcoming":
            start = self._today()
        elif period == "month":
            start = shown.replace(day=1)
            end = add_months(start, 1).replace(day=1)
            end = date.fromordinal(end.toordinal() - 1)
        elif period == "year":
            start, end = fiscal_year_range(fiscal_year(shown))
        kind, status = self.kind_combo.currentData(), self.status_combo.currentData()
        return MeetingFilter(date_from=start, date_to=end, kinds=(kind,) if kind else (),
                             programme=self.programme_combo.currentData(), statuses=(status,) if status else (),
                             text=self.text_edit.text().strip())  # fmt: skip

    def apply_filter(self) -> None:
        self._timer.stop()
        chosen = self.current_meeting()
        try:
            self.model.set_filter(self.current_filter())
        except LedgerError as exc:
            self.sig_error.emit(str(exc))
            return
        row = self.model.row_of_meeting(chosen.id) if chosen is not None else None
        if row is not None:
            self.table.selectRow(row)

    def refresh(self) -> None:
        self._fill_choices()
        self.apply_filter()

    def current_meeting(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        row = self.current_meeting()
        if row is not None:
            self.sig_open.emit(row.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and _is_enter(event):
            QTimer.singleShot(0, self.open_current)
            return True
        return super().eventFilter(watched, event)

    def save_state(self) -> None:
        save_header_state(self.table, "meetings/meeting_list")


class SeriesPage(QWidget):
    """The recurring meetings (ended ones too when asked)."""

    sig_open = Signal(int)  # a series id
    sig_new = Signal()
    sig_error = Signal(str)

    def __init__(self, meetings, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meetings, self._today = meetings, today
        self.new_button = QPushButton(self.tr("New recurring meeting… (Ctrl+Shift+N)"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.sig_new)
        self.ended_combo = QComboBox(self)
        self.ended_combo.addItem(self.tr("Running"), False)
        self.ended_combo.addItem(self.tr("Ended ones too"), True)
        self.ended_combo.currentIndexChanged.connect(self.refresh)
        self.table = table_widget(self, [self.tr("Title"), self.tr("Kind"), self.tr("Repeats"), self.tr("Period"),
                                         self.tr("Time"), self.tr("Place"), self.tr("Next")])  # fmt: skip
        self.table.setObjectName("seriesTable")
        for col, width in enumerate((260, 210, 260, 200, 110, 150)):
            self.table.setColumnWidth(col, width)
        self.table.itemDoubleClicked.connect(lambda _i: self.open_current())
        self.table.installEventFilter(self)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.ended_combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            rows = self._meetings.list_series(include_ended=bool(self.ended_combo.currentData()))
        except LedgerError as exc:
            self.sig_error.emit(str(exc))
            return
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            period = f"{r.starts_on:%Y-%m-%d}～" + (f"{r.ends_on:%Y-%m-%d}" if r.ends_on else "")
            time_text = (
                f"{r.start_time:%H:%M}～" + (f"{r.end_time:%H:%M}" if r.end_time else "") if r.start_time else ""
            )
            place = r.place + ("（オンライン）" if r.online else "")
            texts = (r.title, r.kind_label, r.rule_label, period, time_text, place,
                     day_label(r.next_on) if r.next_on else "")  # fmt: skip
            for col, text in enumerate(texts):
                item = cell(text, r.id if col == 0 else None)
                if col == 1:
                    item.setIcon(colour_square(r.colour))
                self.table.setItem(i, col, item)

    def open_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is not None:
            self.sig_open.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and _is_enter(event):
            QTimer.singleShot(0, self.open_current)
            return True
        return super().eventFilter(watched, event)


class TrainingsPage(QWidget):
    """The fiscal year's trainings: dates, name, organiser, who attended, content."""

    sig_open = Signal(int)  # a training (meeting) id
    sig_new = Signal()
    sig_error = Signal(str)

    def __init__(self, meetings, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meetings, self._today = meetings, today
        self.new_button = QPushButton(self.tr("Record training… (Ctrl+T)"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.sig_new)
        self.year_combo = QComboBox(self)
        current = fiscal_year(today())
        label = self.tr("FY%1 (%2)")
        for fy in range(current + 1, current - YEARS_BACK - 1, -1):
            self.year_combo.addItem(label.replace("%1", str(fy)).replace("%2", fiscal_year_label_wareki(fy)), fy)
        self.year_combo.setCurrentIndex(1)
        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel(self)
        self.table = table_widget(self, [self.tr("Dates"), self.tr("Name"), self.tr("Organiser"),
                                         self.tr("Attended"), self.tr("Content")])  # fmt: skip
        self.table.setObjectName("trainingTable")
        for col, width in enumerate((190, 280, 200, 240)):
            self.table.setColumnWidth(col, width)
        self.table.itemDoubleClicked.connect(lambda _i: self.open_current())
        self.table.installEventFilter(self)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        caption = QLabel(self.tr("Fiscal &year"), self)
        caption.setBuddy(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(caption)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.table, 1)

    def fiscal_year(self) -> int:
        return self.year_combo.currentData() or fiscal_year(self._today())

    def refresh(self) -> None:
        try:
            rows = self._meetings.trainings(self.fiscal_year())
        except LedgerError as exc:
            self.sig_error.emit(str(exc))
            return
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            dates = day_label(r.held_on) + (f"～{r.ends_on.month}/{r.ends_on.day}" if r.ends_on else "")
            came = self.tr("%1: %2").replace("%1", str(r.participants)).replace("%2", "、".join(r.attendees))
            came = came if r.participants else ""
            for col, text in enumerate((dates, r.title, r.organiser, came, r.summary.replace("\n", " "))):
                self.table.setItem(i, col, cell(text, r.id if col == 0 else None))
        self.count_label.setText(self.tr("%1 trainings").replace("%1", str(len(rows))))

    def open_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is not None:
            self.sig_open.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and _is_enter(event):
            QTimer.singleShot(0, self.open_current)
            return True
        return super().eventFilter(watched, event)


__all__ = ["MeetingListPage", "SeriesPage", "TrainingsPage", "cell", "fill_combo", "table_widget"]
