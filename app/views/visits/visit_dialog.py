"""訪問記録: record a visit (made or planned), correct one, or record a planned visit as made.

Keyboard first: type part of a name, a reading or a case number in the case field and press
Enter (one match is taken at once; several open the list: ↓ and Enter), Tab through date, time
(HH:MM), place, method, purpose, result, the staff who went (Space ticks), the agencies that
came along (type, Enter adds; Del removes the chosen one), content and the next visit date;
Ctrl+S saves. A next visit date on a made visit plans that visit. For a hikikomori case the
state of the person and of the family is asked too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain.errors import FieldError, LedgerError, ValidationError
from app.domain.visit_drafts import HikikomoriStateDraft, VisitDraft
from app.services.case_queries import CaseFilter
from app.services.outreach_rows import VisitCase
from app.services.rows import CodeRow
from app.views.intake.contact_form import parse_clock
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.fields import AgencyCombo, CheckList, ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_DELAY_MS = 200
CASES_OFFERED = 20
SUBJECTS = ("person", "family")


def _display(case_no: str, name: str, kana: str) -> str:
    return f"{case_no}　{name}（{kana}）" if kana else f"{case_no}　{name}"


def case_display(c: VisitCase) -> str:
    return _display(c.case_no, c.person_name, c.person_kana)


def _is_enter(event: QEvent) -> bool:
    return event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS


class CaseChooserWidget(QWidget):
    """A search field over the case list (CaseService.list_cases with CaseFilter(text=…)):
    Enter takes the only match or opens the list of several; ``sig_case_chosen(case_id)``."""

    sig_case_chosen = Signal(int)

    def __init__(self, cases, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._found: dict[str, int] = {}
        self._case_id: int | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Name, reading or case number, then Enter"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._on_completer_activated)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.installEventFilter(self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def case_id(self) -> int | None:
        return self._case_id

    def show_case(self, case: VisitCase) -> None:
        """Show ``case`` as the chosen one (no signal)."""
        self._case_id = case.case_id
        self.edit.setText(case_display(case))

    def search(self) -> list[str]:
        """Look the typed text up now; the matches' display texts (also offered in the list)."""
        self._timer.stop()
        text = self.edit.text().strip()
        rows = self._cases.list_cases(CaseFilter(text=text), limit=CASES_OFFERED) if text else []
        self._found = {_display(r.case_no, r.person_name, r.person_kana): r.id for r in rows}
        self._names.setStringList(list(self._found))
        return list(self._found)

    def choose(self, case_id: int, text: str | None = None) -> None:
        self._case_id = case_id
        if text is not None:
            self.edit.setText(text)
        self.completer.popup().hide()
        self.sig_case_chosen.emit(case_id)

    def _on_edit_text_edited(self, _text: str) -> None:
        self._case_id = None
        self._timer.start()

    def _on_completer_activated(self, text: str) -> None:
        if text in self._found:
            self.choose(self._found[text], text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and _is_enter(event):
            popup = self.completer.popup()
            if popup.isVisible():
                popup.hide()
                index = popup.currentIndex()
                if index.isValid():
                    self._on_completer_activated(index.data())
                    return True
            if self._case_id is None:
                found = self.search()
                if len(found) == 1:
                    self.choose(self._found[found[0]], found[0])
                elif found:
                    self.completer.complete()
            return True  # never the dialog's OK
        return super().eventFilter(watched, event)


class AgencyListWidget(QWidget):
    """Several agencies: type in the combo and press Enter (or 追加) to add; Del removes."""

    def __init__(self, agencies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = lambda text: agencies.search(text, limit=30)
        self.combo = AgencyCombo(self._search, self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.list = QListWidget(self)  # the chosen agencies, side by side
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.setFixedHeight(self.list.fontMetrics().height() * 2 + 16)
        self.list.setToolTip(self.tr("Del removes the chosen agency"))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)  # a line of names, not an empty text field
        self.list.setStyleSheet("QListWidget { background: transparent; }")
        self.list.installEventFilter(self)
        self.combo.lineEdit().installEventFilter(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.combo, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.list, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def value(self) -> tuple[int, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))

    def add(self, agency_id: int, name: str) -> None:
        if agency_id not in self.value():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, agency_id)
            self.list.addItem(item)

    def add_typed(self) -> bool:
        """Add the agency the combo names; False when the text names none (or several)."""
        text = self.combo.currentText().strip()
        agency_id = self.combo.agency_id()
        if agency_id is None:
            return not text
        name = next((r.display_name for r in self._search(text) if r.id == agency_id), text)
        self.combo.setEditText("")
        self.add(agency_id, name)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.combo.lineEdit() and _is_enter(event) and self.combo.currentText().strip():
            self.add_typed()
            return True
        removing = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if watched is self.list and event.type() == QEvent.Type.KeyPress and removing and self.list.currentRow() >= 0:
            self.list.takeItem(self.list.currentRow())
            return True
        return super().eventFilter(watched, event)


def _code_rows(items: list[tuple[str, str]]) -> list[CodeRow]:
    """(key, label) pairs as CodeRows, so a CheckList can list staff."""
    return [CodeRow(0, "staff", key, label, "", i, None, False, None) for i, (key, label) in enumerate(items)]


class VisitDialog(RecordDialog):
    """One visit. ``visit_id`` None records a new one (for ``case_id`` if given); with
    ``mark_done`` the planned visit ``visit_id`` is recorded as made."""

    FIELD_OF = {
        "person_id": "case_id",
        "start_at": "visited_on",
        "end_at": "visited_on",
        "place_note": "place",
        "purpose": "method",
        "planned": "result",
    }

    def __init__(
        self,
        services,
        today: Callable[[], date],
        *,
        visit_id: int | None = None,
        case_id: int | None = None,
        staff_id: int | None = None,
        mark_done: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outreach, self._codes = services.outreach, services.codes
        self._today, self._visit_id, self._mark_done, self._version = today, visit_id, mark_done, 0
        self._case: VisitCase | None = None
        if mark_done:
            self.setWindowTitle(self.tr("Record the planned visit as made"))
        else:
            self.setWindowTitle(self.tr("Edit visit") if visit_id else self.tr("Record visit"))
        detail = self._outreach.visit(visit_id) if visit_id is not None else None
        self._build(services)
        self._build_staff(services.staff, detail.staff_names if detail else {}, staff_id if detail is None else None)
        self._build_rest(services)
        self._place_rows()
        if detail is not None:
            self._load(detail)
        elif case_id is not None:
            self._set_case(self._outreach.visit_case(case_id))
        self.resize(760, self.sizeHint().height())
        first = self.content_edit if visit_id is not None else self.case_field
        first.setFocus()

    # ---- building ----------------------------------------------------------------------------
    def _build(self, services) -> None:
        today = self._today
        self.case_field = CaseChooserWidget(services.cases, self)
        self.case_field.sig_case_chosen.connect(self._on_case_field_case_chosen)
        self.programme_combo = ValueCombo(self)
        self.programme_combo.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        hint = self.date_edit.hint_label()
        hint.setMinimumWidth(hint.fontMetrics().horizontalAdvance("令和10年12月31日") + 4)  # no jump as dates change
        self.start_edit, self.end_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText("HH:MM")
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") * 3)
        self.place_combo = self._codes_combo("visit_place", "home")
        self.place_note_edit = QLineEdit(self)
        self.place_note_edit.setPlaceholderText(self.tr("Where exactly (optional)"))
        self.method_combo = self._codes_combo("visit_method", "visit")
        self.purpose_combo = self._codes_combo("visit_purpose", None)
        self.result_combo = self._codes_combo("visit_result", None)
        self.planned_check = QCheckBox(self.tr("Planned (not made yet)"), self)
        self.planned_check.toggled.connect(self._on_planned_check_toggled)

    def _build_rest(self, services) -> None:
        today = self._today
        self.agency_list = AgencyListWidget(services.agencies, self)
        self.content_edit = text_box(self, 4)
        self.next_edit = DateEdit(self, today=today, hint_errors=False)
        self.states_group = QGroupBox(self.tr("State of the person and the family (hikikomori)"), self)
        self.state_fields: dict[str, tuple[QSpinBox, ValueCombo, QLineEdit]] = {}
        grid = QGridLayout(self.states_group)
        for col, text in enumerate(("", self.tr("Withdrawn for (months)"), self.tr("Going out"), self.tr("Notes")), 0):
            grid.addWidget(QLabel(text, self.states_group), 0, col)
        for row, (subject, text) in enumerate(zip(SUBJECTS, (self.tr("Person"), self.tr("Family")), strict=True), 1):
            months = QSpinBox(self.states_group)
            months.setRange(-1, 960)
            months.setSpecialValueText("—")  # -1: not recorded
            months.setValue(-1)
            going = self._codes_combo("going_out", None, self.states_group)
            note = QLineEdit(self.states_group)
            grid.addWidget(QLabel(text, self.states_group), row, 0)
            grid.addWidget(months, row, 1)
            grid.addWidget(going, row, 2)
            grid.addWidget(note, row, 3)
            self.state_fields[subject] = (months, going, note)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.error_label("states"), 3, 0, 1, 4)
        self.states_group.hide()

    def _codes_combo(self, kind: str, default: str | None, parent: QWidget | None = None) -> ValueCombo:
        combo = ValueCombo(parent or self)
        combo.set_items((c.label, c.code) for c in self._codes.codes(kind))
        combo.set_value(default)
        return combo

    def _place_rows(self) -> None:
        def row(*widgets: QWidget | str, stretch: bool = True) -> QHBoxLayout:
            box = QHBoxLayout()
            for w in widgets:
                if isinstance(w, str):  # a caption inside the row, apart from what precedes it
                    box.addSpacing(12 if w != "～" else 0)
                    w = QLabel(w, self)
                box.addWidget(w)
            if stretch:
                box.addStretch(1)
            return box

        self.add_row("case_id", self.tr("Case"), self.case_field, self.case_field)
        self.add_row("programme", self.tr("Programme"), self.programme_combo, row(self.programme_combo))
        when = row(self.date_edit, self.date_edit.hint_label(), self.tr("Time"), self.start_edit, "～", self.end_edit)
        self.add_row("visited_on", self.tr("Date"), self.date_edit, when)
        self.add_row("place", self.tr("Place"), self.place_combo, row(self.place_combo, self.place_note_edit,
                                                                         stretch=False))  # fmt: skip
        self.add_row("method", self.tr("Method"), self.method_combo,
                     row(self.method_combo, self.tr("Purpose"), self.purpose_combo))  # fmt: skip
        self.add_row("result", self.tr("Result"), self.result_combo, row(self.result_combo, self.planned_check))
        self.add_row("staff_ids", self.tr("Staff who went"), None, self.staff_list)
        self.add_row("agency_ids", self.tr("Agencies along"), self.agency_list.combo, self.agency_list)
        self.add_row("content", self.tr("Content"), self.content_edit, self.content_edit)
        self.add_row(
            "next_visit_on", self.tr("Next visit"), self.next_edit, row(self.next_edit, self.next_edit.hint_label())
        )
        self.finish_layout(self.grid, self.states_group)

    def _build_staff(self, staff_service, kept: dict[int, str], default: int | None) -> None:
        """The active staff (and former staff the visit names) as ticks, the user's ticked."""
        members = [(str(m.id), m.name) for m in staff_service.list_staff()]
        members += [(str(i), name) for i, name in kept.items() if str(i) not in dict(members)]
        self.staff_list = CheckList(_code_rows(members), 4)
        self.staff_list.setParent(self)
        if default is not None:
            self.staff_list.set_value([str(default)])

    # ---- the case ----------------------------------------------------------------------------
    def _on_case_field_case_chosen(self, case_id: int) -> None:
        try:
            self._set_case(self._outreach.visit_case(case_id), keep_text=True)
        except LedgerError as exc:
            self.show_error("case_id", str(exc))
            return
        self.show_error("case_id", "")
        self.date_edit.setFocus()

    def _set_case(self, case: VisitCase, *, keep_text: bool = False) -> None:
        self._case = case
        if not keep_text:
            self.case_field.show_case(case)
        chosen = self.programme_combo.value()
        self.programme_combo.set_items((label, code) for code, label in case.programmes)
        codes = [code for code, _label in case.programmes]
        self.programme_combo.set_value(chosen if chosen in codes else ("outreach" if "outreach" in codes else codes[0]))
        self.states_group.setVisible(case.hikikomori or self.states_group.isVisible())

    def _on_planned_check_toggled(self, planned: bool) -> None:
        if planned:
            self.result_combo.set_value(None)
        self.result_combo.setEnabled(not planned)

    # ---- reading and saving -------------------------------------------------------------------
    def _load(self, detail) -> None:
        d: VisitDraft = detail.draft
        self._version = detail.version
        if detail.case is not None:
            self._set_case(detail.case)
        self.case_field.setEnabled(False)  # a saved visit stays with its case
        if self.programme_combo.findData(d.programme) < 0:
            self.programme_combo.addItem(d.programme, d.programme)
        self.programme_combo.set_value(d.programme)
        self.planned_check.setChecked(d.planned and not self._mark_done)
        self.planned_check.setVisible(not self._mark_done)
        on = min(d.visited_on, self._today()) if self._mark_done else d.visited_on
        self.date_edit.setDate(on)
        self.start_edit.setText(f"{d.start_at:%H:%M}" if d.start_at else "")
        self.end_edit.setText(f"{d.end_at:%H:%M}" if d.end_at else "")
        for combo, value in ((self.place_combo, d.place), (self.method_combo, d.method),
                             (self.purpose_combo, d.purpose), (self.result_combo, d.result)):  # fmt: skip
            if value is not None and combo.findData(value) < 0:
                combo.addItem(value, value)  # a retired code the visit keeps
            combo.set_value(value)
        self.place_note_edit.setText(d.place_note)
        self.staff_list.set_value([str(i) for i in d.staff_ids])
        for agency_id in d.agency_ids:
            self.agency_list.add(agency_id, detail.agency_names.get(agency_id, str(agency_id)))
        self.content_edit.setPlainText(d.content)
        self.next_edit.setDate(None if self._mark_done else d.next_visit_on)
        for st in d.states:
            months, going, note = self.state_fields[st.subject]
            months.setValue(-1 if st.duration_months is None else st.duration_months)
            going.set_value(st.going_out)
            note.setText(st.note)
        if d.states:
            self.states_group.show()

    def _clock(self, edit: QLineEdit, field: str):
        try:
            return parse_clock(edit.text())
        except ValueError:
            raise ValidationError([FieldError(field, "時刻", "invalid", self.tr("Enter the time as HH:MM"))]) from None

    def draft(self) -> VisitDraft:
        """What the dialog holds; ValidationError for a time or agency that cannot be read."""
        start, end = self._clock(self.start_edit, "start_at"), self._clock(self.end_edit, "end_at")
        if not self.agency_list.add_typed():
            message = self.tr("Choose the agency from the directory")
            raise ValidationError([FieldError("agency_ids", "同行した関係機関", "unknown", message)])
        states = []
        if self.states_group.isVisible():
            for subject, (months, going, note) in self.state_fields.items():
                duration = None if months.value() < 0 else months.value()
                states.append(HikikomoriStateDraft(subject, duration, going.value(), note.text().strip()))
        return VisitDraft(
            visited_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            place=self.place_combo.value() or "",
            method=self.method_combo.value() or "",
            programme=self.programme_combo.value() or ("outreach" if self._case is None else ""),
            case_id=self._case.case_id if self._case is not None and self.case_field.case_id() is not None else None,
            planned=self.planned_check.isChecked() and not self._mark_done,
            start_at=start,
            end_at=end,
            place_note=self.place_note_edit.text().strip(),
            result=self.result_combo.value(),
            purpose=self.purpose_combo.value(),
            content=self.content_edit.toPlainText().strip(),
            next_visit_on=self.next_edit.date(),
            staff_ids=tuple(int(i) for i in self.staff_list.value()),
            agency_ids=self.agency_list.value(),
            states=tuple(s for s in states if not s.is_blank()),
        )

    def store(self) -> int:
        draft = self.draft()
        if self._visit_id is None:
            return self._outreach.record_visit(draft)
        if self._mark_done:
            self._outreach.mark_done(self._visit_id, draft, self._version)
        else:
            self._outreach.update_visit(self._visit_id, draft, self._version)
        return self._visit_id


__all__ = ["AgencyListWidget", "CaseChooserWidget", "VisitDialog", "case_display"]
