"""Fields the meeting, series and training dialogs share: who attends (staff ticks, agencies
from the directory, other people by name), a time field, and the kind / programme combos.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from app.domain.errors import FieldError, LedgerError, ValidationError
from app.domain.meeting_drafts import AttendeeDraft
from app.services.meeting_rows import AttendeeRow, MeetingKind
from app.services.rows import CodeRow
from app.views.intake.contact_form import parse_clock
from app.views.visits.visit_dialog import AgencyListWidget
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.fields import CheckList, ValueCombo

NAME_SEPARATORS = str.maketrans({",": "、", "，": "、", "､": "、", "；": "、", ";": "、"})
# the programme a new meeting of a kind usually belongs to (only offered while none is chosen)
KIND_PROGRAMME = {
    "regular_coordination": "self_reliance",
    "employment_coordination": "self_reliance",
    "employment_prep_coordination": "self_reliance",
    "budget_coordination": "household_budget",
    "hikikomori_coordination": "outreach",
    "recovery_centre": "disaster_recovery",
}


def code_rows(items: Iterable[tuple[str, str]]) -> list[CodeRow]:
    """(key, label) pairs as CodeRows, so a CheckList can list staff."""
    return [CodeRow(0, "staff", key, label, "", i, None, False, None) for i, (key, label) in enumerate(items)]


def time_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText("HH:MM")
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") * 3)
    return edit


def read_clock(edit: QLineEdit, field: str, message: str) -> time | None:
    """The time typed (HH:MM, full width too), None when blank; ValidationError otherwise."""
    try:
        return parse_clock(edit.text())
    except ValueError:
        raise ValidationError([FieldError(field, "時刻", "invalid", message)]) from None


def read_date(edit: DateEdit, field: str, label: str) -> date | None:
    """The date a secondary date field holds, read from what was typed even if the user has
    not left the field; ValidationError (the parser's message) for text that is no date."""
    edit.set_text(edit.text())
    if edit.error():
        raise ValidationError([FieldError(field, label, "invalid", edit.error())])
    return edit.date()


def clock_text(t: time | None) -> str:
    return f"{t:%H:%M}" if t is not None else ""


def kind_combo(parent: QWidget, kinds: Iterable[MeetingKind]) -> ValueCombo:
    combo = ValueCombo(parent)
    combo.set_items((k.label, k.code) for k in kinds)
    return combo


def programme_combo(parent: QWidget, codes) -> ValueCombo:
    combo = ValueCombo(parent)
    combo.set_items((c.label, c.code) for c in codes.codes("programme"))
    return combo


def keep_value(combo: ValueCombo, value: str | None, label: str | None = None) -> None:
    """Select ``value``, adding it first when the combo lacks it (a retired code kept)."""
    if value is not None and combo.findData(value) < 0:
        combo.addItem(label or value, value)
    combo.set_value(value)


def follow_kind(combo: ValueCombo, auto: str | None, suggested: str | None) -> str | None:
    """Set the programme a kind suggests while the combo is blank or holds the previous
    suggestion (the user's own choice stays); returns the suggestion now in force."""
    if combo.value() is not None and combo.value() != auto:
        return None
    combo.set_value(suggested)
    return suggested


class AttendeesWidget(QWidget):
    """Who attends: the active staff as ticks (Space), agencies from the directory (type,
    Enter adds; Del removes) and other people by name, separated by 「、」. An agency
    attendee's contact name and anyone's ``attended`` flag are kept as loaded."""

    def __init__(self, services, parent: QWidget | None = None, *, columns: int = 5) -> None:
        super().__init__(parent)
        self._agencies = services.agencies
        self._kept: dict[tuple[str, object], AttendeeDraft] = {}
        members = [(str(m.id), m.name) for m in services.staff.list_staff()]
        self._staff_rows = members
        self.staff_list = CheckList(code_rows(members), columns)
        self.staff_list.setParent(self)
        self.agency_list = AgencyListWidget(services.agencies, self)
        self.others_edit = QLineEdit(self)
        self.others_edit.setPlaceholderText(self.tr("Other people, separated by 、"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.staff_caption = QLabel(self.tr("Staff"), self)
        self.agency_caption = QLabel(self.tr("Agencies"), self)
        self.agency_caption.setBuddy(self.agency_list.combo)
        self.others_caption = QLabel(self.tr("Others"), self)
        self.others_caption.setBuddy(self.others_edit)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.staff_caption, 0, 0, top)
        grid.addWidget(self.staff_list, 0, 1)
        grid.addWidget(self.agency_caption, 1, 0, top)
        grid.addWidget(self.agency_list, 1, 1)
        grid.addWidget(self.others_caption, 2, 0)
        grid.addWidget(self.others_edit, 2, 1)
        grid.setColumnStretch(1, 1)

    def tick_staff(self, staff_id: int | None) -> None:
        if staff_id is not None and str(staff_id) in self.staff_list.boxes:
            self.staff_list.boxes[str(staff_id)].setChecked(True)

    def set_attendees(self, attendees: Iterable[AttendeeDraft | AttendeeRow]) -> None:
        """Show ``attendees`` (drafts, or the service's rows, whose display names spare a
        look-up per agency and name former staff)."""
        ticked, others = [], []
        self._kept.clear()
        for a in attendees:
            display = getattr(a, "display", "")
            draft = AttendeeDraft(a.staff_id, a.agency_id, a.name, a.attended)
            if a.staff_id is not None:
                self._kept[("staff", a.staff_id)] = draft
                if str(a.staff_id) not in self.staff_list.boxes:  # a former member the meeting keeps
                    self._add_former(a.staff_id, display or str(a.staff_id))
                ticked.append(str(a.staff_id))
            elif a.agency_id is not None:
                self._kept[("agency", a.agency_id)] = draft
                name = display or self._agency_name(a.agency_id) + (f"（{a.name}）" if a.name else "")
                self.agency_list.add(a.agency_id, name)
            elif a.name:
                self._kept[("name", a.name)] = draft
                others.append(a.name)
        self.staff_list.set_value(ticked)
        self.others_edit.setText("、".join(others))

    def _add_former(self, staff_id: int, name: str) -> None:
        box = CheckList(code_rows([(str(staff_id), name)]), 1).boxes[str(staff_id)]
        box.setParent(self.staff_list)
        self.staff_list.layout().addWidget(box, self.staff_list.layout().rowCount(), 0)
        box.toggled.connect(self.staff_list.sig_changed)
        self.staff_list.boxes[str(staff_id)] = box

    def _agency_name(self, agency_id: int) -> str:
        try:
            a = self._agencies.get_agency(agency_id)
        except LedgerError:  # a name is only for show; the id is what is saved
            return str(agency_id)
        return f"{a.name} {a.department}".strip()

    def value(self) -> tuple[AttendeeDraft, ...]:
        """The attendees as drafts; ValidationError when an agency typed is not found."""
        if not self.agency_list.add_typed():
            message = self.tr("Choose the agency from the directory")
            raise ValidationError([FieldError("attendees", "出席機関", "unknown", message)])
        out = []
        for staff_id in self.staff_list.value():
            kept = self._kept.get(("staff", int(staff_id)))
            out.append(AttendeeDraft(staff_id=int(staff_id), attended=kept.attended if kept else True))
        for agency_id in self.agency_list.value():
            kept = self._kept.get(("agency", agency_id))
            out.append(AttendeeDraft(agency_id=agency_id, name=kept.name if kept else "",
                                     attended=kept.attended if kept else True))  # fmt: skip
        for name in self.others_edit.text().translate(NAME_SEPARATORS).split("、"):
            if name.strip():
                kept = self._kept.get(("name", name.strip()))
                out.append(AttendeeDraft(name=name.strip(), attended=kept.attended if kept else True))
        return tuple(out)

    def staff_ids(self) -> set[int]:
        return {int(i) for i in self.staff_list.value()}


__all__ = [
    "KIND_PROGRAMME",
    "AttendeesWidget",
    "clock_text",
    "code_rows",
    "follow_kind",
    "keep_value",
    "kind_combo",
    "programme_combo",
    "read_clock",
    "read_date",
    "time_edit",
]
