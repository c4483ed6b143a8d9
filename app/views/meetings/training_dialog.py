"""研修・セミナー: a training or seminar the staff attended or the centre held — its name,
dates (from–to), time, organiser, place or online, programme, a summary of its content, and
who attended (staff ticks, agencies, other participants by name). It feeds the 研修一覧表 of
the year's activity table. Saved with MeetingService.save_training (one that has ended by
today is recorded as held).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.domain.meeting_drafts import TrainingDraft
from app.views.meetings.fields import (
    AttendeesWidget,
    clock_text,
    keep_value,
    kind_combo,
    programme_combo,
    read_clock,
    read_date,
    time_edit,
)
from app.views.meetings.meeting_dialog import row_of
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.record_dialog import RecordDialog, text_box


class TrainingDialog(RecordDialog):
    """One training. ``training_id`` None records a new one on ``on`` (``staff_id`` ticked)."""

    FIELD_OF = {
        "held_on": "dates",
        "ends_on": "dates",
        "start_time": "time",
        "end_time": "time",
        "online": "place",
        "training_id": "other",
    }

    def __init__(
        self,
        services,
        today: Callable[[], date],
        *,
        training_id: int | None = None,
        on: date | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings, self._today, self._training_id = services.meetings, today, training_id
        self._version: int | None = None
        self.setWindowTitle(self.tr("Edit training") if training_id else self.tr("Record training"))
        kinds = [k for k in self._meetings.kinds() if k.category == "training"]
        self.kind_combo = kind_combo(self, kinds)
        self.kind_combo.set_value(kinds[0].code if kinds else None)
        self.title_edit = QLineEdit(self)
        self.programme_combo = programme_combo(self, services.codes)
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.ends_edit = DateEdit(self, today=today, hint_errors=False)
        self.ends_edit.setPlaceholderText(self.tr("Last day (several days)"))
        self.start_edit, self.end_edit = time_edit(self), time_edit(self)
        self.organiser_edit = QLineEdit(self)
        self.place_edit = QLineEdit(self)
        self.online_check = QCheckBox(self.tr("Online"), self)
        self.summary_edit = text_box(self, 4)
        self.attendees = AttendeesWidget(services, self)
        self.attendees.others_edit.setPlaceholderText(self.tr("Other participants, separated by 、"))
        self._place_rows()
        if training_id is not None:
            self._load(training_id, staff_id)
        else:
            self.date_edit.setDate(on or today())
            self.attendees.tick_staff(staff_id)
        self.resize(780, self.sizeHint().height())
        self.title_edit.setFocus()

    def _place_rows(self) -> None:
        p = self
        self.add_row("title", self.tr("Name"), self.title_edit, self.title_edit)
        self.add_row("kind", self.tr("Kind"), self.kind_combo,
                     row_of(self.kind_combo, self.tr("Programme"), self.programme_combo, parent=p))  # fmt: skip
        dates = row_of(self.date_edit, self.date_edit.hint_label(), "～", self.ends_edit, parent=p)
        self.add_row("dates", self.tr("Dates"), self.date_edit, dates)
        self.add_row("time", self.tr("Time"), self.start_edit, row_of(self.start_edit, "～", self.end_edit, parent=p))
        self.add_row("organiser", self.tr("Organiser"), self.organiser_edit, self.organiser_edit)
        self.add_row("place", self.tr("Place"), self.place_edit, row_of(self.place_edit, self.online_check,
                                                                        parent=p, stretch=False))  # fmt: skip
        self.add_row("summary", self.tr("Content"), self.summary_edit, self.summary_edit)
        self.add_row("attendees", self.tr("Attended"), self.attendees.staff_list, self.attendees)
        self.finish_layout()

    def _load(self, training_id: int, staff_id: int | None) -> None:
        detail = self._meetings.meeting(training_id, viewer_staff_id=staff_id)
        d = detail.draft
        self._version = detail.version
        keep_value(self.kind_combo, d.kind, detail.row.kind_label)
        self.title_edit.setText(d.title)
        keep_value(self.programme_combo, d.programme, detail.row.programme_label)
        self.date_edit.setDate(d.held_on)
        self.ends_edit.setDate(d.ends_on)
        self.start_edit.setText(clock_text(d.start_time))
        self.end_edit.setText(clock_text(d.end_time))
        self.organiser_edit.setText(d.organiser)
        self.place_edit.setText(d.place)
        self.online_check.setChecked(d.online)
        self.summary_edit.setPlainText(d.summary)
        self.attendees.set_attendees(detail.attendees)

    def draft(self) -> TrainingDraft:
        message = self.tr("Enter the time as HH:MM")
        return TrainingDraft(
            title=self.title_edit.text().strip(),
            held_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            ends_on=read_date(self.ends_edit, "ends_on", "終了日"),
            organiser=self.organiser_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            programme=self.programme_combo.value(),
            place=self.place_edit.text().strip(),
            online=self.online_check.isChecked(),
            start_time=read_clock(self.start_edit, "start_time", message),
            end_time=read_clock(self.end_edit, "end_time", message),
            attendees=self.attendees.value(),
            kind=self.kind_combo.value() or "training",
        )

    def store(self) -> int:
        return self._meetings.save_training(self.draft(), training_id=self._training_id,
                                            expected_version=self._version)  # fmt: skip


__all__ = ["TrainingDialog"]
