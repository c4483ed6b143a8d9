"""The 会議予定 tab: the month calendar with Japanese public holidays and every meeting by
kind, the list of meetings, the recurring meetings and the year's trainings; planning,
moving, cancelling meetings, the cases reviewed at coordination meetings, printing (agenda,
month calendar, annual activity plan) and the .ics export.

Keyboard (anywhere in the tab):
  Ctrl+N        new meeting on the day selected in the calendar
  Ctrl+Shift+N  new recurring meeting from that day
  Ctrl+T        record a training
  Ctrl+R        cases reviewed at the current coordination meeting
  Ctrl+P        print: 議題（次回の会議） / 月間予定表 / 年間活動計画（事業別）
  Ctrl+E        export the calendar as .ics
  Alt+1 … Alt+4 the pages (calendar, list, recurring, trainings)
In the calendar: arrows move the day, PgUp / PgDn the month, Home today, Enter opens the
day (no meeting: a new one there; one: that meeting; several: the day's list, where Enter
opens the chosen one and Esc returns to the calendar).

Dialogs opened from a key start once the key event is over (QTimer.singleShot) and run
through ``run_dialog``; choices go through ``choose`` and the .ics file name through
``choose_save_path`` (tests replace all three).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.domain.fiscal import fiscal_year, fiscal_year_label_wareki
from app.files import safe_file_name
from app.qt.meeting_table_model import colour_square
from app.qt.messages import MessagePresenter
from app.services.meeting_rows import MeetingRow, MonthView
from app.views.intake.case_print import CasePrinter, OpenPreview
from app.views.meetings.calendar_view import WEEKDAYS, MonthCalendarView, wareki
from app.views.meetings.meeting_dialog import MeetingDialog
from app.views.meetings.pages import MeetingListPage, SeriesPage, TrainingsPage
from app.views.meetings.printing import MeetingOutput
from app.views.meetings.review_dialog import ReviewDialog
from app.views.meetings.series_dialog import SeriesDialog
from app.views.meetings.training_dialog import TrainingDialog

Choose = Callable[[str, list[str]], "int | None"]  # (question, choices) → the index chosen
SavePath = Callable[[QWidget, str, str], "str | None"]  # (parent, title, suggested name) → path
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CALENDAR, LIST, SERIES, TRAININGS = range(4)


class MeetingsTab(QWidget):
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
        self._meetings = services.meetings
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.choose: Choose = self._choose_from_list
        self.choose_save_path: SavePath = _save_path_dialog
        self.last_dialog: QDialog | None = None
        self.printer = CasePrinter(None, presenter, open_preview=open_preview, parent=self)
        self.output = MeetingOutput(services, today, presenter, self.printer, staff_id, parent=self)
        self.calendar = MonthCalendarView(self._load_month, today, self)
        self.calendar.setObjectName("meetingCalendar")
        self._build_bar()
        self.pages = QTabWidget(self)
        self.pages.addTab(self._calendar_page(), self.tr("&1 Month"))
        self.list_page = MeetingListPage(self._meetings, services.codes, today, self.calendar.selected_date,
                                         staff_id, self)  # fmt: skip
        self.series_page = SeriesPage(self._meetings, today, self)
        self.trainings_page = TrainingsPage(self._meetings, today, self)
        self.pages.addTab(self.list_page, self.tr("&2 List"))
        self.pages.addTab(self.series_page, self.tr("&3 Recurring"))
        self.pages.addTab(self.trainings_page, self.tr("&4 Trainings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.bar)
        layout.addWidget(self.pages, 1)
        self._connect()
        self.calendar.go_today()
        self.refresh()

    # ---- building ----------------------------------------------------------------------------
    def _build_bar(self) -> None:
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setToolTip(self.tr("Previous month (PgUp)"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next month (PgDn)"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("◀") + 24)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Today (Home)"))
        self.month_label = QLabel(self)
        self.month_label.setObjectName("monthTitle")
        font = QFont(self.month_label.font())
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        self.month_label.setFont(font)
        self.month_label.setMinimumWidth(self.month_label.fontMetrics().horizontalAdvance("2023年12月") + 12)
        self.new_button = QPushButton(self.tr("&New meeting (Ctrl+N)"), self)
        self.series_button = QPushButton(self.tr("Recurring… (Ctrl+Shift+N)"), self)
        self.training_button = QPushButton(self.tr("Training… (Ctrl+T)"), self)
        self.reviews_button = QPushButton(self.tr("Cases reviewed (Ctrl+R)"), self)
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        self.ics_button = QPushButton(self.tr("Export .ics (Ctrl+E)"), self)
        self.bar = QHBoxLayout()
        for w in (self.prev_button, self.month_label, self.next_button, self.today_button):
            self.bar.addWidget(w)
        self.bar.addSpacing(8)
        for b in (self.new_button, self.series_button, self.training_button, self.reviews_button, self.print_button,
                  self.ics_button):  # fmt: skip
            self.bar.addWidget(b)
        self.bar.addStretch(1)
        for b in (self.prev_button, self.next_button, self.today_button, self.new_button, self.series_button,
                  self.training_button, self.reviews_button, self.print_button, self.ics_button):  # fmt: skip
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _calendar_page(self) -> QWidget:
        page = QWidget(self)
        side = QWidget(page)
        self.day_label = QLabel(side)
        self.day_label.setObjectName("dayTitle")
        self.day_label.setWordWrap(True)
        bold = QFont(self.day_label.font())
        bold.setBold(True)
        self.day_label.setFont(bold)
        self.day_list = QListWidget(side)
        self.day_list.setObjectName("dayMeetings")
        self.day_list.setWordWrap(True)
        self.day_list.setToolTip(self.tr("Enter opens the meeting; Esc returns to the calendar"))
        self.open_button = QPushButton(self.tr("Open (Enter)"), side)
        self.day_new_button = QPushButton(self.tr("New on this day"), side)
        for b in (self.open_button, self.day_new_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.day_new_button)
        self.legend = QWidget(side)
        self.legend_grid = QGridLayout(self.legend)
        self.legend_grid.setContentsMargins(0, 4, 0, 0)
        self.legend_grid.setVerticalSpacing(2)
        legend_title = QLabel(self.tr("Kinds this month"), side)
        legend_title.setFont(bold)
        box = QVBoxLayout(side)
        box.setContentsMargins(4, 0, 0, 0)
        box.addWidget(self.day_label)
        box.addWidget(self.day_list, 1)
        box.addLayout(buttons)
        box.addSpacing(8)
        box.addWidget(legend_title)
        box.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.calendar)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([930, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        return page

    def _connect(self) -> None:
        self.prev_button.clicked.connect(lambda: self.calendar.go_months(-1))
        self.next_button.clicked.connect(lambda: self.calendar.go_months(1))
        self.today_button.clicked.connect(self.calendar.go_today)
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.series_button.clicked.connect(lambda: self.new_series())
        self.training_button.clicked.connect(lambda: self.new_training())
        self.reviews_button.clicked.connect(lambda: self.record_reviews())
        self.print_button.clicked.connect(lambda: self.print_menu())
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.open_button.clicked.connect(lambda: self.open_meeting())
        self.day_new_button.clicked.connect(lambda: self.new_meeting())
        self.calendar.sig_month_changed.connect(self._on_calendar_month_changed)
        self.calendar.sig_selection_changed.connect(self._on_calendar_selection_changed)
        self.calendar.sig_day_activated.connect(lambda d: QTimer.singleShot(0, lambda: self.activate_day(d)))
        self.calendar.sig_meeting_activated.connect(lambda i: QTimer.singleShot(0, lambda: self.open_meeting(i)))
        self.day_list.itemDoubleClicked.connect(lambda _i: self.open_meeting())
        self.day_list.installEventFilter(self)
        for page in (self.list_page, self.series_page, self.trainings_page):
            page.sig_error.connect(self._show_error)
        self.list_page.sig_open.connect(lambda i: self.open_meeting(i))
        self.series_page.sig_open.connect(lambda i: self.edit_series(i))
        self.series_page.sig_new.connect(lambda: self.new_series())
        self.trainings_page.sig_open.connect(lambda i: self.open_meeting(i))
        self.trainings_page.sig_new.connect(lambda: self.new_training())
        keys = (("Ctrl+N", self.new_meeting), ("Ctrl+Shift+N", self.new_series), ("Ctrl+T", self.new_training),
                ("Ctrl+R", self.record_reviews), ("Ctrl+P", self.print_menu), ("Ctrl+E", self.export_ics))  # fmt: skip
        for sequence, action in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda a=action: QTimer.singleShot(0, a))

    # ---- loading -----------------------------------------------------------------------------
    def _load_month(self, year: int, month: int) -> MonthView | None:
        try:
            return self._meetings.month(year, month, viewer_staff_id=self._staff_id)
        except LedgerError as exc:
            self._show_error(str(exc))
            return None

    def refresh(self) -> None:
        """Read everything again (after a save, or when another PC changed the ledger)."""
        self.calendar.reload()
        self._fill_day()
        self.list_page.refresh()
        self.series_page.refresh()
        self.trainings_page.refresh()

    def _on_calendar_month_changed(self, year: int, month: int) -> None:
        era = fiscal_year_label_wareki(fiscal_year(date(year, month, 1)))
        self.month_label.setText(self.tr("%1/%2").replace("%1", str(year)).replace("%2", str(month)))
        self.month_label.setToolTip(era)
        self._fill_legend()
        if self.list_page.period_combo.currentData() in ("month", "year"):
            self.list_page.apply_filter()

    def _on_calendar_selection_changed(self, _on: date) -> None:
        self._fill_day()

    def _fill_day(self) -> None:
        on = self.calendar.selected_date()
        day = self.calendar.day(on)
        title = f"{wareki(on)}（{WEEKDAYS[on.weekday()]}）"
        if day is not None and day.holiday:
            title += f"　{day.holiday}"
        self.day_label.setText(title)
        self.day_list.clear()
        for m in day.meetings if day is not None else ():
            self.day_list.addItem(self._day_item(m, on))
        if not self.day_list.count():
            self.day_list.addItem(self.tr("No meetings (Enter: new meeting)"))
            self.day_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.day_list.setCurrentRow(0)
        self.open_button.setEnabled(bool(day and day.meetings))

    def _day_item(self, m: MeetingRow, on: date) -> QListWidgetItem:
        chip = self.calendar.chip(m, on)
        lines = [
            chip.text if m.start_time is None or m.held_on != on else f"{m.time_label} {chip.text.split(' ', 1)[1]}"
        ]
        details = [m.kind_label] + ([m.place_label] if m.place_label else [])
        if m.status != "planned":
            details.append(m.status_label)
        if m.moved and m.occurrence_on is not None:
            details.append(self.tr("moved from %1").replace("%1", f"{m.occurrence_on.month}/{m.occurrence_on.day}"))
        lines.append("　".join(details))
        item = QListWidgetItem(colour_square(m.colour, 14), "\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, m.id)
        if chip.struck or chip.restricted:
            font = QFont(self.day_list.font())
            font.setStrikeOut(chip.struck)
            font.setItalic(chip.restricted)
            item.setFont(font)
        return item

    def _fill_legend(self) -> None:
        while self.legend_grid.count():
            widget = self.legend_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone at once (deleteLater waits for the event loop)
                widget.deleteLater()
        view = self.calendar.month_view()
        for i, kind in enumerate(view.kinds_used if view else ()):
            square = QLabel(self.legend)
            square.setPixmap(colour_square(kind.colour, 12))
            label = QLabel(kind.label, self.legend)
            for col, w in enumerate((square, label)):
                self.legend_grid.addWidget(w, i, col)
                w.show()  # at once, not after the next pass of the event loop
        self.legend_grid.setColumnStretch(1, 1)

    # ---- the current meeting -----------------------------------------------------------------
    def day_meeting_ids(self) -> list[int]:
        day = self.calendar.day(self.calendar.selected_date())
        return [m.id for m in day.meetings] if day is not None else []

    def current_meeting_id(self) -> int | None:
        """The meeting chosen on the page shown (the day's list, or the list's row)."""
        if self.pages.currentIndex() == LIST:
            row = self.list_page.current_meeting()
            return row.id if row else None
        item = self.day_list.currentItem()
        meeting_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if meeting_id is None and len(self.day_meeting_ids()) == 1:
            return self.day_meeting_ids()[0]
        return meeting_id

    # ---- actions -----------------------------------------------------------------------------
    def _run(self, make: Callable[[], QDialog]) -> QDialog | None:
        """Build and run a dialog; the dialog when accepted (the tab then refreshes)."""
        try:
            dialog = make()
        except LedgerError as exc:
            self._show_error(str(exc))
            return None
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return None
        self.refresh()
        return dialog

    def activate_day(self, on: date) -> None:
        """Enter on a day: a new meeting there, its only meeting, or its list of meetings."""
        ids = self.day_meeting_ids() if on == self.calendar.selected_date() else []
        if not ids:
            self.new_meeting(on)
        elif len(ids) == 1:
            self.open_meeting(ids[0])
        else:
            self.day_list.setFocus()
            self.day_list.setCurrentRow(0)

    def new_meeting(self, on: date | None = None) -> bool:
        on = on or self.calendar.selected_date()
        dialog = self._run(lambda: MeetingDialog(self._services, self._today, self._presenter, on=on,
                                                 staff_id=self._staff_id, parent=self))  # fmt: skip
        if dialog is None:
            return False
        self._after_meeting_dialog(dialog)
        return True

    def open_meeting(self, meeting_id: int | None = None) -> bool:
        """Open a meeting (a training in the training dialog)."""
        meeting_id = meeting_id if meeting_id is not None else self.current_meeting_id()
        if meeting_id is None:
            return False
        try:
            detail = self._meetings.meeting(meeting_id, viewer_staff_id=self._staff_id)
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        if detail.row.category == "training":
            return self.edit_training(meeting_id)
        dialog = self._run(lambda: MeetingDialog(self._services, self._today, self._presenter, meeting_id=meeting_id,
                                                 staff_id=self._staff_id, parent=self))  # fmt: skip
        if dialog is None:
            return False
        self._after_meeting_dialog(dialog)
        return True

    def _after_meeting_dialog(self, dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        self.sig_status.emit(dialog.done_message)
        if dialog.record_id is not None and dialog.detail is None:
            self._select_meeting(dialog.record_id)
        if dialog.next_action == "reviews" and dialog.record_id is not None:
            meeting_id = dialog.record_id
            QTimer.singleShot(0, lambda: self.record_reviews(meeting_id))

    def _select_meeting(self, meeting_id: int) -> None:
        try:
            on = self._meetings.meeting(meeting_id, viewer_staff_id=self._staff_id).row.held_on
        except LedgerError:
            return
        self.calendar.select_date(on)

    def record_reviews(self, meeting_id: int | None = None) -> bool:
        """The cases reviewed at a coordination meeting (Ctrl+R)."""
        meeting_id = meeting_id if meeting_id is not None else self.current_meeting_id()
        if meeting_id is None:
            self._presenter.info(self, self.tr("Cases reviewed"), self.tr("Choose a coordination meeting first."))
            return False
        try:
            detail = self._meetings.meeting(meeting_id, viewer_staff_id=self._staff_id)
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        if detail.row.category != "internal" or detail.restricted or detail.status == "cancelled":
            message = self.tr("Cases are recorded at a coordination meeting or case conference that was not "
                              "cancelled (a support council: by its members).")  # fmt: skip
            self._presenter.info(self, self.tr("Cases reviewed"), message)
            return False
        dialog = self._run(lambda: ReviewDialog(self._services, self._today, meeting_id, staff_id=self._staff_id,
                                                parent=self))  # fmt: skip
        if dialog is None:
            return False
        self.sig_status.emit(self.tr("The cases reviewed were saved."))
        return True

    def new_series(self) -> bool:
        on = self.calendar.selected_date()
        dialog = self._run(lambda: SeriesDialog(self._services, self._today, staff_id=self._staff_id, starts_on=on,
                                                parent=self))  # fmt: skip
        return self._series_done(dialog)

    def edit_series(self, series_id: int) -> bool:
        dialog = self._run(lambda: SeriesDialog(self._services, self._today, series_id=series_id, parent=self))
        return self._series_done(dialog)

    def _series_done(self, dialog: QDialog | None) -> bool:
        if dialog is None:
            return False
        assert isinstance(dialog, SeriesDialog)
        r = dialog.series_result
        if r is not None:
            text = self.tr("Recurring meeting saved: %1 added, %2 changed, %3 removed, %4 kept as changed by hand.")
            for key, value in (("%1", r.created), ("%2", r.updated), ("%3", r.removed), ("%4", r.kept)):
                text = text.replace(key, str(len(value)))
            self.sig_status.emit(text)
        return True

    def new_training(self) -> bool:
        on = self.calendar.selected_date()
        dialog = self._run(lambda: TrainingDialog(self._services, self._today, on=on, staff_id=self._staff_id,
                                                  parent=self))  # fmt: skip
        if dialog is not None:
            self.sig_status.emit(self.tr("The training was recorded."))
        return dialog is not None

    def edit_training(self, training_id: int) -> bool:
        dialog = self._run(lambda: TrainingDialog(self._services, self._today, training_id=training_id,
                                                  staff_id=self._staff_id, parent=self))  # fmt: skip
        if dialog is not None:
            self.sig_status.emit(self.tr("The training was saved."))
        return dialog is not None

    # ---- printing and exchange ---------------------------------------------------------------
    def _choose_from_list(self, question: str, labels: list[str]) -> int | None:
        label, ok = QInputDialog.getItem(self, self.tr("Meetings"), question, labels, 0, False)
        return labels.index(label) if ok else None

    def print_menu(self) -> Path | None:
        """Ctrl+P: the agenda of the next meeting, the month calendar or the activity plan."""
        choices = [self.tr("Agenda (next meeting)"), self.tr("Month calendar"),
                   self.tr("Annual activity plan (by programme)")]  # fmt: skip
        index = self.choose(self.tr("What to print?"), choices)
        if index == 0:
            return self.print_agenda()
        if index == 1:
            on = self.calendar.selected_date()
            return self.output.print_month(self, on.year, on.month)
        if index == 2:
            return self.print_activity()
        return None

    def print_agenda(self, meeting_id: int | None = None) -> Path | None:
        """The agenda of ``meeting_id``, else of the chosen coordination meeting, else of the
        next one from the selected day."""
        if meeting_id is None:
            current = self.current_meeting_id()
            try:
                if current is not None and self._meetings.meeting(
                    current, viewer_staff_id=self._staff_id).row.category == "internal":  # fmt: skip
                    meeting_id = current
                else:
                    meeting_id = self.output.next_coordination_meeting(self.calendar.selected_date())
            except LedgerError as exc:
                self._show_error(str(exc))
                return None
        if meeting_id is None:
            self._presenter.info(self, self.tr("Meeting agenda"), self.tr("There is no coordination meeting ahead."))
            return None
        return self.output.print_agenda(self, meeting_id)

    def print_activity(self) -> Path | None:
        try:
            programmes = self._services.codes.codes("programme")
        except LedgerError as exc:
            self._show_error(str(exc))
            return None
        labels = [self.tr("All programmes")] + [c.label for c in programmes]
        index = self.choose(self.tr("Which programme?"), labels)
        if index is None:
            return None
        programme = None if index == 0 else programmes[index - 1].code
        return self.output.print_activity(self, fiscal_year(self.calendar.selected_date()), programme)

    def export_ics(self) -> int | None:
        """Ctrl+E: the month shown or its fiscal year as an .ics file."""
        on = self.calendar.selected_date()
        fy = fiscal_year(on)
        index = self.choose(self.tr("Export which period?"),
                            [self.tr("The month shown (%1)").replace("%1", f"{on.year}-{on.month:02d}"),
                             self.tr("The fiscal year shown (%1)").replace("%1", fiscal_year_label_wareki(fy))])  # fmt: skip
        if index is None:
            return None
        year, first, last = (on.year, on.month, on.month) if index == 0 else (fy, 4, 3)
        name = f"会議予定_{on.year}-{on.month:02d}.ics" if index == 0 else f"会議予定_{fy}年度.ics"
        name = safe_file_name(name)
        path = self.choose_save_path(self, self.tr("Export calendar"), name)
        if not path:
            return None
        count = self.output.export_ics(self, year, first, last, path)
        if count is not None:
            self.sig_status.emit(self.tr("%1 meetings were written to %2.").replace("%1", str(count))
                                 .replace("%2", Path(path).name))  # fmt: skip
        return count

    # ---- keyboard and the rest ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.day_list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in ENTER_KEYS:
                QTimer.singleShot(0, lambda: self.open_meeting() if self.day_meeting_ids() else self.new_meeting())
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.calendar.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _show_error(self, message: str) -> None:
        self._presenter.error(self, self.tr("Meetings"), message)

    def save_state(self) -> None:
        self.list_page.save_state()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()
        super().hideEvent(event)


def _save_path_dialog(parent: QWidget, title: str, name: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, name, "iCalendar (*.ics)")
    return path or None


__all__ = ["MeetingsTab"]
