"""繰り返しの会議: a meeting held every month — on day N (毎月28日) or on the nth weekday
(毎月第3火曜日, 毎月最終金曜日) — with what to do when that day is a holiday (そのまま / 前の
開所日 / 次の開所日), its period, time, place and attendees.

While the rule is typed the dialog shows its label (「毎月第3火曜日（休日は次の開所日）」) and
the first 12 dates it gives, holidays named, so the user sees what will be generated before
saving. Saving creates (or updates) the series and its meetings in one transaction
(MeetingService.create_series / update_series); ``series_result`` then says what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from app.domain.holidays import holiday_name, is_working_day
from app.domain.meeting_drafts import SeriesDraft
from app.domain.recurrence import SHIFT_LABELS, WEEKDAY_LABELS, SeriesRule, scheduled
from app.domain.wareki import DateParseError, parse_date
from app.services.meeting_rows import SeriesResult
from app.views.meetings.calendar_view import add_months
from app.views.meetings.fields import (
    KIND_PROGRAMME,
    AttendeesWidget,
    clock_text,
    follow_kind,
    keep_value,
    kind_combo,
    programme_combo,
    read_clock,
    read_date,
    time_edit,
)
from app.views.meetings.meeting_dialog import row_of
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.record_dialog import RecordDialog

PREVIEW_COUNT = 12
HOLIDAY = QColor("#c62828")
NTH_CHOICES = ((1, "第1"), (2, "第2"), (3, "第3"), (4, "第4"), (-1, "最終"))


class SeriesDialog(RecordDialog):
    """A recurring meeting. ``series_id`` None creates one (``staff_id`` ticked as attendee);
    ``series_result`` holds what saving did to its meetings."""

    FIELD_OF = {
        "day_of_month": "rule",
        "nth": "rule",
        "weekday": "rule",
        "holiday_shift": "holiday_shift",
        "ends_on": "starts_on",
        "start_time": "time",
        "end_time": "time",
        "online": "place",
    }

    def __init__(
        self,
        services,
        today: Callable[[], date],
        *,
        series_id: int | None = None,
        staff_id: int | None = None,
        kind: str | None = None,
        starts_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings, self._today, self._series_id = services.meetings, today, series_id
        self._version = 0
        self._auto_programme: str | None = None
        self._auto_title = ""
        self.series_result: SeriesResult | None = None
        self.setWindowTitle(self.tr("Edit recurring meeting") if series_id else self.tr("New recurring meeting"))
        self._build(services)
        self._place_rows()
        if series_id is not None:
            detail = self._meetings.series(series_id)
            self._version = detail.version
            self._load(detail.draft)
        else:
            self.starts_edit.setDate(starts_on or today())
            keep_value(self.kind_combo, kind)
            self.attendees.tick_staff(staff_id)
        self._connect()
        self._on_rule_changed()
        self.resize(820, self.sizeHint().height())
        self.kind_combo.setFocus()

    # ---- building ----------------------------------------------------------------------------
    def _build(self, services) -> None:
        kinds = [k for k in self._meetings.kinds() if k.category != "training"]
        self.kind_combo = kind_combo(self, kinds)
        self.title_edit = QLineEdit(self)
        self.programme_combo = programme_combo(self, services.codes)
        self.rule_combo = QComboBox(self)
        self.rule_combo.addItem(self.tr("Every month on day"), "monthly_day")
        self.rule_combo.addItem(self.tr("Every month on the nth weekday"), "monthly_nth_weekday")
        self.day_spin = QSpinBox(self)
        self.day_spin.setRange(1, 31)
        self.day_spin.setValue(28)
        self.day_spin.setSuffix(self.tr(" th"))
        self.nth_combo = QComboBox(self)
        for value, label in NTH_CHOICES:
            self.nth_combo.addItem(label, value)
        self.weekday_combo = QComboBox(self)
        for value, label in enumerate(WEEKDAY_LABELS):
            self.weekday_combo.addItem(f"{label}曜日", value)
        self.shift_combo = QComboBox(self)
        for key, label in SHIFT_LABELS.items():
            self.shift_combo.addItem(label, key)
        self.starts_edit = DateEdit(self, today=self._today, hint_errors=False)
        self.ends_edit = DateEdit(self, today=self._today, hint_errors=False)
        self.ends_edit.setPlaceholderText(self.tr("Blank: no end"))
        self.start_edit, self.end_edit = time_edit(self), time_edit(self)
        self.place_edit = QLineEdit(self)
        self.online_check = QCheckBox(self.tr("Online"), self)
        self.attendees = AttendeesWidget(services, self)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("ruleLabel")
        bold = self.rule_label.font()
        bold.setBold(True)
        self.rule_label.setFont(bold)
        self.preview = QListWidget(self)
        self.preview.setObjectName("seriesPreview")
        self.preview.setFlow(QListWidget.Flow.TopToBottom)
        self.preview.setWrapping(True)
        self.preview.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.preview.setFixedHeight(self.preview.fontMetrics().height() * 6 + 24)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _place_rows(self) -> None:
        p = self
        self.add_row("kind", self.tr("Kind"), self.kind_combo, row_of(self.kind_combo, parent=p))
        self.add_row("title", self.tr("Title"), self.title_edit, self.title_edit)
        self.add_row("programme", self.tr("Programme"), self.programme_combo, row_of(self.programme_combo, parent=p))
        self.add_row("rule", self.tr("Repeats"), self.rule_combo,
                     row_of(self.rule_combo, self.day_spin, self.nth_combo, self.weekday_combo, parent=p))  # fmt: skip
        self.add_row("holiday_shift", self.tr("On a holiday"), self.shift_combo, row_of(self.shift_combo, parent=p))
        period = row_of(self.starts_edit, self.starts_edit.hint_label(), "～", self.ends_edit, parent=p)
        self.add_row("starts_on", self.tr("From"), self.starts_edit, period)
        self.add_row("time", self.tr("Time"), self.start_edit, row_of(self.start_edit, "～", self.end_edit, parent=p))
        self.add_row("place", self.tr("Place"), self.place_edit, row_of(self.place_edit, self.online_check,
                                                                        parent=p, stretch=False))  # fmt: skip
        self.add_row("attendees", self.tr("Attendees"), self.attendees.staff_list, self.attendees)
        self.add_row("preview", self.tr("Dates"), None, self.rule_label)
        self.grid.addWidget(self.preview, self.grid.rowCount(), 1)
        self.finish_layout()

    def _connect(self) -> None:
        for combo in (self.rule_combo, self.nth_combo, self.weekday_combo, self.shift_combo):
            combo.currentIndexChanged.connect(self._on_rule_changed)
        self.day_spin.valueChanged.connect(self._on_rule_changed)
        self.starts_edit.textChanged.connect(self._on_rule_changed)
        self.ends_edit.textChanged.connect(self._on_rule_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)

    def _on_kind_changed(self) -> None:
        """Offer the kind's programme and name while the user has not chosen others."""
        code = self.kind_combo.value()
        self._auto_programme = follow_kind(self.programme_combo, self._auto_programme, KIND_PROGRAMME.get(code or ""))
        title = self.title_edit.text().strip()
        if code and title in ("", self._auto_title):
            self._auto_title = self.kind_combo.currentText()
            self.title_edit.setText(self._auto_title)

    # ---- the rule, live ----------------------------------------------------------------------
    def rule(self) -> SeriesRule:
        by_day = self.rule_combo.currentData() == "monthly_day"
        return SeriesRule(
            self.rule_combo.currentData(),
            day_of_month=self.day_spin.value() if by_day else None,
            nth=None if by_day else self.nth_combo.currentData(),
            weekday=None if by_day else self.weekday_combo.currentData(),
            holiday_shift=self.shift_combo.currentData(),
        )

    def _typed_date(self, edit: DateEdit) -> date | None:
        try:
            return parse_date(edit.text().strip(), today=self._today()) if edit.text().strip() else None
        except DateParseError:
            return None

    def _on_rule_changed(self) -> None:
        by_day = self.rule_combo.currentData() == "monthly_day"
        self.day_spin.setVisible(by_day)
        self.nth_combo.setVisible(not by_day)
        self.weekday_combo.setVisible(not by_day)
        rule = self.rule()
        self.rule_label.setText(rule.label)
        self.preview.clear()
        start = self._typed_date(self.starts_edit)
        if start is None:
            self.preview.addItem(self.tr("Enter the first day to see the dates"))
            return
        end = self._typed_date(self.ends_edit) or add_months(start, PREVIEW_COUNT + 1)
        for o in scheduled(rule, start, min(end, add_months(start, PREVIEW_COUNT + 1)))[:PREVIEW_COUNT]:
            text = f"{o.held_on:%Y-%m-%d}（{WEEKDAY_LABELS[o.held_on.weekday()]}）"
            if o.shifted:
                why = holiday_name(o.rule_on) or self.tr("closed")
                text += "　" + self.tr("moved from %1 (%2)").replace(
                    "%1", f"{o.rule_on.month}/{o.rule_on.day}"
                ).replace("%2", why)
            elif holiday_name(o.held_on):
                text += f"　{holiday_name(o.held_on)}"
            item = QListWidgetItem(text)
            if not is_working_day(o.held_on):  # kept on a holiday: worth a second look
                item.setForeground(HOLIDAY)
            self.preview.addItem(item)

    def preview_texts(self) -> list[str]:
        return [self.preview.item(i).text() for i in range(self.preview.count())]

    # ---- loading and saving ------------------------------------------------------------------
    def _load(self, d: SeriesDraft) -> None:
        keep_value(self.kind_combo, d.kind)
        self.title_edit.setText(d.title)
        keep_value(self.programme_combo, d.programme)
        self.rule_combo.setCurrentIndex(max(self.rule_combo.findData(d.rule), 0))
        if d.day_of_month is not None:
            self.day_spin.setValue(d.day_of_month)
        if d.nth is not None:
            self.nth_combo.setCurrentIndex(max(self.nth_combo.findData(d.nth), 0))
        if d.weekday is not None:
            self.weekday_combo.setCurrentIndex(d.weekday)
        self.shift_combo.setCurrentIndex(max(self.shift_combo.findData(d.holiday_shift), 0))
        self.starts_edit.setDate(d.starts_on)
        self.ends_edit.setDate(d.ends_on)
        self.start_edit.setText(clock_text(d.start_time))
        self.end_edit.setText(clock_text(d.end_time))
        self.place_edit.setText(d.place)
        self.online_check.setChecked(d.online)
        self.attendees.set_attendees(d.attendees)

    def draft(self) -> SeriesDraft:
        message = self.tr("Enter the time as HH:MM")
        by_day = self.rule_combo.currentData() == "monthly_day"
        return SeriesDraft(
            kind=self.kind_combo.value() or "",
            title=self.title_edit.text().strip(),
            rule=self.rule_combo.currentData(),
            starts_on=self.starts_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            day_of_month=self.day_spin.value() if by_day else None,
            nth=None if by_day else self.nth_combo.currentData(),
            weekday=None if by_day else self.weekday_combo.currentData(),
            holiday_shift=self.shift_combo.currentData(),
            ends_on=read_date(self.ends_edit, "ends_on", "終了日"),
            programme=self.programme_combo.value(),
            start_time=read_clock(self.start_edit, "start_time", message),
            end_time=read_clock(self.end_edit, "end_time", message),
            place=self.place_edit.text().strip(),
            online=self.online_check.isChecked(),
            attendees=self.attendees.value(),
        )

    def store(self) -> int:
        draft = self.draft()
        if self._series_id is None:
            self.series_result = self._meetings.create_series(draft)
        else:
            self.series_result = self._meetings.update_series(self._series_id, draft, self._version)
        return self.series_result.series_id


__all__ = ["SeriesDialog"]
