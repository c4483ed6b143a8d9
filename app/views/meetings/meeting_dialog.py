"""会議: plan a meeting (or an external meeting, an event), change it, move it, cancel it,
record it as held.

Keyboard first: the kind (↑↓), the title, the programme, the date (和暦 or 西暦) and, for
several days, the last day, the times (HH:MM), the place and オンライン, then the attendees:
staff ticks (Space), agencies (type, Enter adds, Del removes) and other people by name;
Ctrl+S saves. A 支援会議 kind is always confidential (法第9条: its content is for its
members, the staff who attend). A saved meeting also shows its status with 開催済にする,
中止…, 予定に戻す and 削除, its minutes, and for a coordination meeting the cases reviewed
(検討ケース… saves and hands over to the review dialog: ``next_action == "reviews"``).

A 支援会議 whose member the user is not opens *restricted*: only its date and time can be
changed (a move), and it can be cancelled or recorded as held; nothing of its content is
shown or sent back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.errors import LedgerError, ValidationError
from app.domain.meeting_drafts import MeetingDraft
from app.qt.messages import MessagePresenter
from app.services.meeting_rows import MeetingDetail, MeetingKind
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
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.record_dialog import RecordDialog, text_box

AskReason = Callable[[QWidget], "str | None"]  # the cancellation reason, None = not cancelled


def _ask_reason(parent: QWidget) -> str | None:
    title = QCoreApplication.translate("MeetingDialog", "Cancel meeting")
    label = QCoreApplication.translate("MeetingDialog", "Reason for the cancellation (optional):")
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def error_text(exc: LedgerError) -> str:
    """The service's Japanese message(s)."""
    if isinstance(exc, ValidationError):
        return "\n".join(e.message for e in exc.errors)
    return str(exc)


def row_of(*widgets: QWidget | str, parent: QWidget, stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side; a string is a caption inside the row."""
    box = QHBoxLayout()
    for w in widgets:
        if isinstance(w, str):
            box.addSpacing(12 if w != "～" else 0)
            w = QLabel(w, parent)
        box.addWidget(w)
    if stretch:
        box.addStretch(1)
    return box


class MeetingDialog(RecordDialog):
    """One meeting. ``meeting_id`` None plans a new one on ``on``; ``staff_id`` is the
    signed-in staff member (ticked as attendee of a new meeting; the 支援会議 viewer)."""

    FIELD_OF = {
        "ends_on": "held_on",
        "start_time": "time",
        "end_time": "time",
        "online": "place",
        "confidential": "kind",
        "editor_staff_id": "other",
        "meeting_id": "other",
    }

    def __init__(
        self,
        services,
        today: Callable[[], date],
        presenter: MessagePresenter,
        *,
        meeting_id: int | None = None,
        on: date | None = None,
        staff_id: int | None = None,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings, self._today, self._presenter = services.meetings, today, presenter
        self._meeting_id, self._staff_id = meeting_id, staff_id
        self.ask_reason: AskReason = _ask_reason
        self.next_action = ""  # "reviews": open the review dialog next
        self.done_message = ""
        self.detail: MeetingDetail | None = None
        self._auto_programme: str | None = None
        self._kinds: dict[str, MeetingKind] = {k.code: k for k in self._meetings.kinds()}
        if meeting_id is not None:
            self.detail = self._meetings.meeting(meeting_id, viewer_staff_id=staff_id)
        self.setWindowTitle(self.tr("Edit meeting") if meeting_id else self.tr("New meeting"))
        self._build(services)
        self._place_rows()
        if self.detail is not None:
            self._load(self.detail)
        else:
            self.date_edit.setDate(on or today())
            keep_value(self.kind_combo, kind)
            self.attendees.tick_staff(staff_id)
        self._on_kind_changed()
        self.resize(820, self.sizeHint().height())
        (self.date_edit if self.restricted else self.kind_combo).setFocus()

    @property
    def restricted(self) -> bool:
        return self.detail is not None and self.detail.restricted

    # ---- building ----------------------------------------------------------------------------
    def _build(self, services) -> None:
        self.kind_combo = kind_combo(self, self._kinds.values())
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Blank: the kind's name"))
        self.programme_combo = programme_combo(self, services.codes)
        self.date_edit = DateEdit(self, today=self._today, hint_errors=False)
        self.ends_edit = DateEdit(self, today=self._today, hint_errors=False)
        self.ends_edit.setPlaceholderText(self.tr("Last day (several days)"))
        self.start_edit, self.end_edit = time_edit(self), time_edit(self)
        self.place_edit = QLineEdit(self)
        self.online_check = QCheckBox(self.tr("Online"), self)
        self.confidential_check = QCheckBox(self.tr("Confidential (members only, art. 9)"), self)
        self.organiser_edit = QLineEdit(self)
        self.attendees = AttendeesWidget(services, self)
        self.minutes_edit = text_box(self, 3)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("meetingStatus")
        self.status_label.setMinimumWidth(self.status_label.fontMetrics().horizontalAdvance("開催済") + 16)
        self.held_button = QPushButton(self.tr("Record as &held"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel meeting…"), self)
        self.reopen_button = QPushButton(self.tr("Back to &planned"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.reviews_button = QPushButton(self.tr("Cases &reviewed…"), self)
        for b in (self.held_button, self.cancel_button, self.reopen_button, self.delete_button, self.reviews_button):
            b.setAutoDefault(False)
        self.held_button.clicked.connect(lambda: self.mark_held())
        self.cancel_button.clicked.connect(lambda: self.cancel_meeting())
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.reviews_button.clicked.connect(lambda: self.open_reviews())
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("meetingNote")
        self.reviews_label = QLabel(self)
        self.reviews_label.setWordWrap(True)
        self.reviews_label.setObjectName("meetingReviews")

    def _place_rows(self) -> None:
        p = self
        self.add_row("kind", self.tr("Kind"), self.kind_combo,
                     row_of(self.kind_combo, self.confidential_check, parent=p))  # fmt: skip
        self.add_row("title", self.tr("Title"), self.title_edit, self.title_edit)
        self.add_row("programme", self.tr("Programme"), self.programme_combo, row_of(self.programme_combo, parent=p))
        when = row_of(self.date_edit, self.date_edit.hint_label(), "～", self.ends_edit, parent=p)
        self.add_row("held_on", self.tr("Date"), self.date_edit, when)
        self.add_row("time", self.tr("Time"), self.start_edit, row_of(self.start_edit, "～", self.end_edit, parent=p))
        self.add_row("place", self.tr("Place"), self.place_edit, row_of(self.place_edit, self.online_check,
                                                                        parent=p, stretch=False))  # fmt: skip
        self.add_row("organiser", self.tr("Organiser"), self.organiser_edit, self.organiser_edit)
        self.add_row("attendees", self.tr("Attendees"), self.attendees.staff_list, self.attendees)
        self.add_row("minutes", self.tr("Minutes"), self.minutes_edit, self.minutes_edit)
        status = row_of(self.status_label, self.held_button, self.cancel_button, self.reopen_button,
                        self.delete_button, parent=p)  # fmt: skip
        self.add_row("status", self.tr("Status"), None, status)
        reviews = QHBoxLayout()
        reviews.addWidget(self.reviews_label, 1)
        reviews.addWidget(self.reviews_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_row("reviews", self.tr("Cases"), None, reviews)
        self.finish_layout(self.grid, self.note_label)

    def _row_widgets(self, name: str) -> list[QWidget]:
        """The label and field widgets of a grid row (to show or hide it)."""
        for r in range(self.grid.rowCount()):
            item = self.grid.itemAtPosition(r, 1)
            error = self.grid.itemAtPosition(r + 1, 1)
            if error is not None and error.widget() is self.errors.get(name):
                out = [self.grid.itemAtPosition(r, 0).widget()]
                field = item.widget() if item is not None else None
                if field is not None:
                    out.append(field)
                elif item is not None and item.layout() is not None:
                    lay = item.layout()
                    out += [lay.itemAt(i).widget() for i in range(lay.count()) if lay.itemAt(i).widget()]
                return out
        return []

    def _show_row(self, name: str, visible: bool) -> None:
        for w in self._row_widgets(name):
            w.setVisible(visible)

    # ---- state -------------------------------------------------------------------------------
    def kind(self) -> MeetingKind | None:
        return self._kinds.get(self.kind_combo.value() or "")

    def _on_kind_changed(self) -> None:
        kind = self.kind()
        forced = kind is not None and kind.confidential
        if forced:
            self.confidential_check.setChecked(True)
        self.confidential_check.setEnabled(not forced and not self.restricted)
        category = kind.category if kind else "internal"
        self._show_row("organiser", category != "internal")
        if self.detail is None:  # a new meeting: offer the kind's programme until one is chosen
            suggested = KIND_PROGRAMME.get(kind.code) if kind else None
            self._auto_programme = follow_kind(self.programme_combo, self._auto_programme, suggested)
        self._update_status()

    def _update_status(self) -> None:
        saved = self.detail is not None
        self._show_row("minutes", saved and not self.restricted)
        self._show_row("status", saved)
        kind = self.kind()
        reviewable = saved and not self.restricted and kind is not None and kind.category == "internal"
        self._show_row("reviews", reviewable)
        if not saved:
            return
        status = self.detail.status
        labels = {"planned": self.tr("Planned"), "held": self.tr("Held"), "cancelled": self.tr("Cancelled")}
        self.status_label.setText(labels.get(status, status))
        self.held_button.setEnabled(status == "planned")
        self.cancel_button.setEnabled(status != "cancelled")
        self.reopen_button.setEnabled(status != "planned")
        deletable = self.detail.row.series_id is None and status == "planned" and not self.restricted
        self.delete_button.setVisible(deletable)
        self.reviews_button.setEnabled(status != "cancelled")

    def _load(self, d: MeetingDetail) -> None:
        draft = d.draft
        keep_value(self.kind_combo, draft.kind, d.row.kind_label)
        self.title_edit.setText("" if d.restricted else draft.title)
        keep_value(self.programme_combo, draft.programme, d.row.programme_label)
        self.date_edit.setDate(draft.held_on)
        self.ends_edit.setDate(draft.ends_on)
        self.start_edit.setText(clock_text(draft.start_time))
        self.end_edit.setText(clock_text(draft.end_time))
        self.place_edit.setText(draft.place)
        self.online_check.setChecked(draft.online)
        self.confidential_check.setChecked(draft.confidential)
        self.organiser_edit.setText(draft.organiser)
        self.attendees.set_attendees(d.attendees)
        self.minutes_edit.setPlainText(d.minutes)
        notes = []
        if d.series is not None:
            notes.append(self.tr("Recurring: %1").replace("%1", d.series.rule_label))
            if d.row.moved and d.row.occurrence_on is not None:
                moved = self.tr("(moved from %1)").replace("%1", d.row.occurrence_on.isoformat())
                notes[-1] += " " + moved
        if d.restricted:
            notes.append(self.tr("Support council (art. 9): only its members see its content. "
                                 "You can change the date and time, cancel it or record it as held."))  # fmt: skip
            for w in (self.kind_combo, self.title_edit, self.programme_combo, self.ends_edit, self.place_edit,
                      self.online_check, self.organiser_edit, self.attendees):  # fmt: skip
                w.setEnabled(False)
            self.title_edit.setPlaceholderText(self.tr("Support council (members only)"))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        self.reviews_label.setText(
            "\n".join(f"{r.case_no}　{r.kind_label}　{r.decision}".rstrip() for r in d.reviews)
            or self.tr("No cases recorded yet")
        )

    # ---- saving ------------------------------------------------------------------------------
    def draft(self) -> MeetingDraft:
        """What the dialog holds; ValidationError for a time or agency that cannot be read."""
        message = self.tr("Enter the time as HH:MM")
        start = read_clock(self.start_edit, "start_time", message)
        end = read_clock(self.end_edit, "end_time", message)
        kind = self.kind()
        return MeetingDraft(
            kind=kind.code if kind else "",
            held_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            title=self.title_edit.text().strip(),
            programme=self.programme_combo.value(),
            ends_on=read_date(self.ends_edit, "ends_on", "終了日"),
            start_time=start,
            end_time=end,
            place=self.place_edit.text().strip(),
            online=self.online_check.isChecked(),
            confidential=self.confidential_check.isChecked(),
            organiser=self.organiser_edit.text().strip() if kind and kind.category != "internal" else "",
            summary=self.detail.draft.summary if self.detail else "",
            attendees=self.attendees.value(),
        )

    def store(self) -> int:
        if self.detail is None:
            self.done_message = self.tr("The meeting was added.")
            return self._meetings.create_meeting(self.draft())
        d = self.detail
        if d.restricted:
            message = self.tr("Enter the time as HH:MM")
            start = read_clock(self.start_edit, "start_time", message)
            on = self.date_edit.date() or d.row.held_on
            if on != d.row.held_on or start != d.row.start_time:
                self._meetings.move_meeting(d.id, on, start, expected_version=d.version)
            self.done_message = self.tr("The meeting was saved.")
            return d.id
        self._meetings.update_meeting(d.id, self.draft(), d.version, editor_staff_id=self._staff_id)
        minutes = self.minutes_edit.toPlainText().strip()
        if minutes != d.minutes.strip():
            self._meetings.set_minutes(d.id, minutes, editor_staff_id=self._staff_id)
        moved = self.date_edit.date() != d.row.held_on
        self.done_message = self.tr("The meeting was moved.") if moved else self.tr("The meeting was saved.")
        return d.id

    # ---- status ------------------------------------------------------------------------------
    def _act(self, action: Callable[[], None], message: str) -> bool:
        try:
            action()
        except LedgerError as exc:
            self.show_error("status", error_text(exc))
            return False
        self.record_id = self._meeting_id
        self.done_message = message
        self.accept()
        return True

    def mark_held(self) -> bool:
        d = self.detail
        if d is None:
            return False
        return self._act(lambda: self._meetings.mark_held(d.id, expected_version=d.version),
                         self.tr("The meeting was recorded as held."))  # fmt: skip

    def cancel_meeting(self, reason: str | None = None) -> bool:
        """中止: ask the reason (unless given), then cancel at once."""
        d = self.detail
        if d is None:
            return False
        if reason is None:
            reason = self.ask_reason(self)
            if reason is None:
                return False
        return self._act(lambda: self._meetings.cancel_meeting(d.id, reason, expected_version=d.version),
                         self.tr("The meeting was cancelled."))  # fmt: skip

    def reopen(self) -> bool:
        d = self.detail
        if d is None:
            return False
        return self._act(lambda: self._meetings.reopen_meeting(d.id, expected_version=d.version),
                         self.tr("The meeting is planned again."))  # fmt: skip

    def delete(self) -> bool:
        d = self.detail
        if d is None or not self._presenter.question(self, self.tr("Delete meeting"),
                                                     self.tr("Delete this meeting?")):  # fmt: skip
            return False
        return self._act(lambda: self._meetings.delete_meeting(d.id, d.version), self.tr("The meeting was deleted."))

    def open_reviews(self) -> bool:
        """Save what was changed, then hand over to the review dialog."""
        if self.save() is None:
            return False
        self.next_action = "reviews"
        return True


__all__ = ["MeetingDialog", "error_text", "row_of"]
