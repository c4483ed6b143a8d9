"""The new-intake form (相談受付・申込票): quick enough to fill in during a phone call.

The counsellor types; every change is kept as a draft on disk (at most every 500 ms, and at
once when a field loses focus), so a crash or a power cut loses nothing. A person with the
same reading and birth date, or the same phone, is shown in a banner above the form (never a
modal dialog: the counsellor is on the phone) with 「この方で受付」 to take the intake for
that registered person. Ctrl+S saves through ``CaseService.open_case``; errors appear in red
under their fields, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.domain.errors import FieldError, LedgerError, ValidationError
from app.domain.rules import validate_intake
from app.domain.validation import Checker
from app.qt.drafts import DATE_KEYS, DraftStore, intake_draft
from app.qt.messages import MessagePresenter
from app.services.rows import DuplicateCandidate, IntakeResult
from app.views.intake.intake_sections import IntakeSections
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit, wareki_or_blank
from app.views.widgets.fields import change_signal

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.cases import CaseService
    from app.services.codes import CodeService
    from app.services.people import PersonService
    from app.services.staff import StaffService

DRAFT_INTERVAL_MS = 500
DRAFT_FORMAT = 1
# the fields the duplicate check looks at (same reading + birth date, or same phone)
PROBE_KEYS = tuple(f"person.{k}" for k in ("family_kana", "given_kana", "birth_date", "phone_home", "phone_mobile"))


class DuplicateBanner(QFrame):
    """「同じ方が登録されているかもしれません」: one line per candidate with 「この方で受付」
    (Alt+1, Alt+2 …). ``sig_chosen(person_id)`` when one is chosen."""

    sig_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.setStyleSheet(
            "QFrame#duplicateBanner { background: #fff4ce; border: 1px solid #e0b64c; border-radius: 4px; }"
        )
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 6, 8, 6)
        self._grid.setColumnStretch(0, 1)  # the description takes the room, the button its own width
        self.buttons: list[QPushButton] = []
        self.rows: list[QLabel] = []
        self.hide()

    def show_candidates(self, candidates: list[DuplicateCandidate], after: QWidget | None) -> None:
        """List ``candidates`` (hide when none); their buttons follow ``after`` in Tab order."""
        self.clear()
        if not candidates:
            return
        title = QLabel(self.tr("A person with the same details is already registered. Is this the same person?"))
        title.setStyleSheet("font-weight: bold;")
        self._grid.addWidget(title, 0, 0, 1, 2)
        for i, c in enumerate(candidates, start=1):
            row = QLabel(self._describe(c))
            button = QPushButton(self.tr("Take the intake for this person") + (f"(&{i})" if i < 10 else ""))
            button.clicked.connect(lambda _c=False, pid=c.person.id: self.sig_chosen.emit(pid))
            self._grid.addWidget(row, i, 0)
            self._grid.addWidget(button, i, 1)
            self.rows.append(row)
            self.buttons.append(button)
        previous = after
        for button in self.buttons:
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        self.show()

    def clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons, self.rows = [], []
        self.hide()

    def _describe(self, c: DuplicateCandidate) -> str:
        reason = self.tr("same reading and birth date") if c.reason == "reading_birth" else self.tr("same phone number")
        p = c.person
        born = self.tr("born %1").replace("%1", wareki_or_blank(p.birth_date)) if p.birth_date else ""
        return "　".join(
            x for x in (p.person_no, f"{p.name}（{p.kana}）" if p.kana else p.name, born, f"［{reason}］") if x
        )


class IntakeForm(QWidget):
    """The 相談受付 form. Public: :meth:`save`, :meth:`new_intake`, :meth:`set_person`,
    :meth:`state` / :meth:`restore`, :meth:`offer_draft`, :meth:`flush_draft`,
    :meth:`has_input`; ``sig_saved(IntakeResult)`` after a successful save (the form is then
    empty again for the next call). Runs on the GUI thread; each save is one transaction."""

    sig_saved = Signal(object)

    def __init__(
        self,
        *,
        cases: CaseService,
        people: PersonService,
        codes: CodeService,
        agencies: AgencyService,
        staff: StaffService,
        today: Callable[[], date],
        presenter: MessagePresenter,
        drafts: DraftStore,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases, self._people, self._today = cases, people, today
        self._presenter, self._drafts, self._staff_id = presenter, drafts, staff_id
        self._person_id: int | None = None
        self._typed_person: dict[str, Any] = {}  # what was typed before 「この方で受付」
        self._last_probe: tuple[Any, ...] | None = None
        self._quiet, self._dirty = True, False
        self._unplaced: list[str] = []  # errors of no field on screen, listed in the summary
        self.sections = IntakeSections(codes.codes, staff.list_staff(), agencies.search, today)
        self._build_ui()
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._connect()
        self.new_intake(clear_draft=False)

    # ---- building ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.summary = QLabel(objectName="errorSummary", wordWrap=True, visible=False)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.status = QLabel(objectName="intakeStatus", wordWrap=True)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.save_button)
        self.banner = DuplicateBanner()
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.sections)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        self.save_shortcut = QShortcut(
            QKeySequence("Ctrl+S"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.save_shortcut.activated.connect(self.save)
        for key, w in self.sections.fields.items():
            change_signal(w).connect(lambda *_a, k=key: self._on_field_changed(k))
        self.sections.sig_unlink_requested.connect(self._on_sections_unlink_requested)
        self.banner.sig_chosen.connect(self._on_banner_chosen)
        for key in PROBE_KEYS:
            w = self.sections.fields[key]
            w.editingFinished.connect(lambda w=w: self._check_duplicates(w))
        for key in DATE_KEYS:
            # DateEdit reads its text on editingFinished before this (it connected first)
            self.sections.fields[key].editingFinished.connect(lambda k=key: self._on_date_finished(k))
        for w in self.sections.chain:
            w.installEventFilter(self)

    # ---- public API ----------------------------------------------------------------------
    def new_intake(self, *, clear_draft: bool = True) -> None:
        """Empty the form for the next call (受付日 = today); the stored draft is removed
        unless ``clear_draft`` is False. Ask first if :meth:`has_input` is True."""
        self._quiet = True
        self._person_id, self._typed_person, self._last_probe = None, {}, None
        self.banner.clear()
        self.sections.reset(self._staff_id)
        self._show_summary()
        self._pristine = self.state()
        self._quiet, self._dirty = False, False
        self._draft_timer.stop()
        if clear_draft:
            self._clear_draft()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """Put the cursor where a call starts: 姓, or the companion for a registered person."""
        first = "companion_name" if self._person_id is not None else "person.family_name"
        self.sections.focus_widget_for(first).setFocus()

    def set_person(self, person_id: int) -> None:
        """Start a new intake for a registered person (from a case: 「この方の新しい受付」)."""
        self.new_intake()
        self._link_person(person_id)
        self.focus_first_field()

    def state(self) -> dict[str, Any]:
        """Every field's value (JSON-safe; dates as ISO text, a bad date as typed), the
        registered person chosen, and what was typed before choosing them."""
        return {
            "format": DRAFT_FORMAT,
            "fields": self.sections.values(),
            "person_id": self._person_id,
            "typed_person": dict(self._typed_person),
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put a :meth:`state` back; unknown or damaged entries are skipped."""
        self.new_intake(clear_draft=False)
        self._quiet = True
        fields = state.get("fields")
        self.sections.set_values(fields if isinstance(fields, dict) else {})
        typed = state.get("typed_person")
        person_id = state.get("person_id")
        if isinstance(person_id, int):
            self._link_person(person_id, typed if isinstance(typed, dict) else {})
        self._quiet, self._dirty = False, False

    def has_input(self) -> bool:
        """True when something was typed since the form was last emptied."""
        return self.state() != self._pristine

    def offer_draft(self) -> bool:
        """If an unsaved draft is on disk, ask whether to restore it: yes puts it back,
        no removes it. Returns True when restored."""
        data = self._drafts.load()
        if not data:
            return False
        title = self.tr("Unsaved intake")
        text = self.tr("There is an intake draft from last time that was not saved. Restore it?")
        if self._presenter.question(self, title, text):
            self.restore(data)
            return True
        self._clear_draft()
        return False

    def flush_draft(self) -> None:
        """Write the draft now if anything changed (called by the timer and on focus out)."""
        self._draft_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        state = self.state()
        try:
            if state == self._pristine:
                self._drafts.clear()
            else:
                self._drafts.save(state)
        except (OSError, TypeError, ValueError) as exc:
            self.status.setText(self.tr("The draft could not be written: %1").replace("%1", str(exc)))

    def save(self) -> IntakeResult | None:
        """Validate and save the intake (one transaction). On errors show them under their
        fields and return None; on success emit ``sig_saved`` and empty the form. An empty
        form (e.g. Ctrl+S pressed twice) is not saved and shows no errors."""
        if not self.has_input():
            return None
        self.flush_draft()
        errors = self._date_errors()
        draft = intake_draft(self.state())
        if errors:
            checker = Checker()
            validate_intake(checker, draft, self._today())
            errors += [e for e in checker.errors if e.field not in {x.field for x in errors}]
            self._show_errors(errors)
            return None
        try:
            result = self._cases.open_case(draft)
        except ValidationError as exc:
            self._show_errors(list(exc.errors))
            return None
        except LedgerError as exc:
            self._presenter.error(self, self.tr("The intake could not be saved"), str(exc))
            return None
        self.new_intake()
        self.status.setText(
            self.tr("Saved: case %1, person %2.").replace("%1", result.case_no).replace("%2", result.person_no)
        )
        self.sig_saved.emit(result)
        return result

    # ---- drafts --------------------------------------------------------------------------
    def _on_field_changed(self, key: str) -> None:
        if self._quiet:
            return
        self.sections.clear_error(key)
        self._show_summary()
        self._dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush_draft()
        return super().eventFilter(watched, event)

    def _clear_draft(self) -> None:
        try:
            self._drafts.clear()
        except OSError as exc:
            self.status.setText(self.tr("The draft could not be removed: %1").replace("%1", str(exc)))

    # ---- the person: duplicates and a registered person ----------------------------------
    def _check_duplicates(self, trigger: QWidget) -> None:
        if self._person_id is not None or self._quiet:
            return
        v = self.sections.value
        probe = tuple(v(k) for k in PROBE_KEYS)
        if probe == self._last_probe:
            return
        self._last_probe = probe
        try:
            candidates = self._people.find_duplicates(intake_draft(self.state()).person)
        except LedgerError as exc:
            self.status.setText(str(exc))
            return
        self.banner.show_candidates(candidates, after=trigger)

    def _on_banner_chosen(self, person_id: int) -> None:
        typed = {k: self.sections.value(k) for k in self.sections.person_keys()}
        self._link_person(person_id, typed)
        self._on_field_changed("person_id")
        self.focus_first_field()

    def _link_person(self, person_id: int, typed: dict[str, Any] | None = None) -> None:
        try:
            person = self._people.get_person(person_id)
        except LedgerError as exc:
            self.status.setText(str(exc))
            return
        self.banner.clear()
        self._person_id, self._typed_person = person.id, dict(typed or {})
        self.sections.fill_person(person)
        text = self.tr("Intake for the registered person %1 %2").replace("%1", person.person_no)
        self.sections.lock_person(text.replace("%2", f"{person.family_name} {person.given_name}".strip()))
        for key in self.sections.person_keys():
            self.sections.clear_error(key)

    def _on_sections_unlink_requested(self) -> None:
        self._person_id = None
        self.sections.lock_person(None)
        self.sections.clear_person()
        self.sections.set_values(self._typed_person)
        self._typed_person = {}
        self._last_probe = tuple(self.sections.value(k) for k in PROBE_KEYS)  # do not ask again
        self._on_field_changed("person_id")
        self.focus_first_field()

    # ---- saving --------------------------------------------------------------------------
    def _date_errors(self) -> list[FieldError]:
        """Dates typed that cannot be read, in fields in use (a disabled one does not count)."""
        out = []
        for key in DATE_KEYS:
            w: DateEdit = self.sections.fields[key]
            w.set_text(w.text())  # read what is typed even if the field still has focus
            if w.error() and w.isEnabled():
                out.append(FieldError(key, w.accessibleName(), "invalid_date", w.error()))
        return out

    # ---- errors --------------------------------------------------------------------------
    def _show_errors(self, errors: list[FieldError]) -> None:
        self.sections.clear_errors()
        unplaced = [e for e in errors if not self.sections.show_error(e.field, e.message)]
        self._show_summary(len(errors), [str(e) for e in unplaced])
        keys = self.sections.error_keys()
        if keys:
            first = self.sections.focus_widget_for(keys[0])
            self.scroll.ensureWidgetVisible(first, 50, 80)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_summary(self, count: int | None = None, extra: list[str] | None = None) -> None:
        """The red line at the top: "%1件の入力エラーがあります" (recounted as fields are fixed)."""
        if count is None:
            count = len(self.sections.error_keys()) + len(self._unplaced)
            extra = self._unplaced
        self._unplaced = list(extra or [])
        text = self.tr("%1 input errors: please correct the fields marked in red.").replace("%1", str(count))
        text = "\n".join([text, *self._unplaced]) if count else ""
        if text != self.summary.text():  # called on every keystroke: touch the label only on change
            self.summary.setText(text)
            self.summary.setVisible(bool(count))

    def _on_date_finished(self, key: str) -> None:
        """A date that cannot be read is reported under its field as soon as it is left."""
        message = self.sections.fields[key].error()
        if message:
            self.sections.show_error(key, message)
        else:
            self.sections.clear_error(key)
        self._show_summary()
