"""The 相談受付 tab: find a case (list + header) or take a new consultation (the form).

Keyboard: Ctrl+N starts a new intake from anywhere in the tab, Escape on the form goes back to
the list (the draft is kept), Ctrl+F searches the list, Enter on a case shows it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.paths import data_dir
from app.qt import audit_trail
from app.qt.drafts import DraftStore
from app.qt.messages import MessagePresenter
from app.views.intake.case_actions import CaseActions
from app.views.intake.case_file import CaseFileView
from app.views.intake.case_header import CaseHeaderView
from app.views.intake.case_list import CaseListView
from app.views.intake.case_print import CasePrinter, centre_name
from app.views.intake.intake_form import IntakeForm

LIST_PAGE, FORM_PAGE, CASE_PAGE = 0, 1, 2


def draft_store_for(ledger_description: str) -> DraftStore:
    """Drafts are kept per ledger, so a draft is never offered on another ledger."""
    digest = hashlib.sha256(ledger_description.encode("utf-8")).hexdigest()[:16]
    return DraftStore(data_dir() / "drafts" / f"intake-{digest}.json")


class IntakeTab(QWidget):
    sig_status = Signal(str)  # a message for the status bar

    def __init__(
        self,
        services,
        *,
        today: Callable[[], date],
        presenter: MessagePresenter,
        staff_id: int | None,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._today, self._staff_id = services, today, staff_id
        self.case_list = CaseListView(services.cases, services.codes, services.staff, today=today, presenter=presenter)
        self.header = CaseHeaderView(services.cases, today)
        self.form = IntakeForm(
            cases=services.cases, people=services.people, codes=services.codes, agencies=services.agencies,
            staff=services.staff, today=today, presenter=presenter,
            drafts=drafts or draft_store_for(services.ledger_description), staff_id=staff_id,
        )  # fmt: skip
        self.case_file = CaseFileView(
            services.cases, services.timeline, services.codes, today, presenter, staff_id=staff_id
        )
        self.printer = CasePrinter(services.sheets, presenter, parent=self)
        self._presenter = presenter
        self.actions = CaseActions(
            services, today, presenter, self, staff_id=staff_id, timeline_entry=self._timeline_entry
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self.case_file)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect()

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        self.new_button = QPushButton(self.tr("&New intake (Ctrl+N)"), page)
        self.new_button.clicked.connect(self.start_new_intake)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.header)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        return page

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        self.back_button = QPushButton(self.tr("Back to the list (Esc)"), page)
        self.back_button.clicked.connect(self.show_list)
        title = QLabel(self.tr("New intake"), page)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.back_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.form)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.show_list)
        return page

    def _connect(self) -> None:
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.start_new_intake)
        self.case_list.sig_case_activated.connect(self.open_case)
        self.header.sig_new_intake_for_person.connect(self._on_header_sig_new_intake_for_person)
        self.case_file.header.sig_new_intake_for_person.connect(self._on_header_sig_new_intake_for_person)
        self.case_file.sig_back.connect(self.show_list)
        self.case_file.sig_contact_saved.connect(lambda _id: self.case_list.refresh())
        self.case_file.sig_change_status.connect(self.actions.change_status)
        self.case_file.sig_evaluate.connect(self.actions.record_evaluation)
        self.case_file.sig_new_record.connect(self._on_case_file_sig_new_record)
        self.case_file.sig_open_entry.connect(self._on_case_file_sig_open_entry)
        self.case_file.sig_print.connect(self._on_case_file_sig_print)
        self.actions.sig_changed.connect(self._case_changed)
        self.form.sig_saved.connect(self._on_form_sig_saved)

    def start(self) -> None:
        """After the window shows: offer back a draft left by a crash or a power cut."""
        if self.form.offer_draft():
            self.stack.setCurrentIndex(FORM_PAGE)

    def start_new_intake(self) -> None:
        if self.stack.currentIndex() != FORM_PAGE:
            if not self.form.has_input():
                self.form.new_intake()
            self.stack.setCurrentIndex(FORM_PAGE)
        self.form.focus_first_field()

    def open_case(self, case_id: int) -> None:
        """The case file: header, timeline, quick-add contact (Esc returns to the list).
        The view is recorded in the audit trail first; if that fails nothing shows."""
        if not audit_trail.allowed(self, self._presenter, "view", "cases", case_id):
            return
        self.header.show_case(case_id)
        self.case_file.show_case(case_id)
        self.stack.setCurrentIndex(CASE_PAGE)

    @property
    def run_dialog(self) -> Callable[[QDialog], bool]:
        """Runs a dialog modally; tests replace it to answer without blocking."""
        return self.actions.run_dialog

    @run_dialog.setter
    def run_dialog(self, runner: Callable[[QDialog], bool]) -> None:
        self.actions.run_dialog = runner

    def _on_case_file_sig_new_record(self, kind: str) -> None:
        case_id = self.case_file.case_id()
        if case_id is not None:
            self.actions.new_record(case_id, kind)

    def _on_case_file_sig_open_entry(self, kind: str, record_id: int) -> None:
        case_id = self.case_file.case_id()
        if case_id is not None:
            self.actions.open_entry(case_id, kind, record_id)

    def _on_case_file_sig_print(self, what: str) -> None:
        """Print from the open case: the intake form, a plan (the one selected in the
        timeline, else the newest) or the contact history, into a preview."""
        case_id = self.case_file.case_id()
        if case_id is None:
            return
        self.printer.set_organisation_name(centre_name(self._services.organisation, self._today()))
        if what == "intake":
            self.printer.print_intake(self, case_id)
        elif what == "contacts":
            self.printer.print_contact_history(self, case_id)
        elif what == "plan":
            entry = self.case_file.selected_entry()
            if entry is None or entry.kind != "plan":
                newest = self._services.timeline.timeline(case_id, frozenset({"plan"}), limit=1)
                entry = newest[0] if newest else None
            if entry is None:
                self._presenter.info(self, self.tr("Print"), self.tr("This case has no plan yet."))
                return
            self.printer.print_plan(self, entry.id)

    def _timeline_entry(self, kind: str, record_id: int):
        entry = self.case_file.selected_entry()
        return entry if entry is not None and (entry.kind, entry.id) == (kind, record_id) else None

    def _case_changed(self, case_id: int, message: str) -> None:
        self.case_file.show_case(case_id)
        self.header.show_case(case_id)
        self.case_list.refresh()
        self.sig_status.emit(message)
        self.case_file.table.setFocus()

    def show_list(self) -> None:
        self.form.flush_draft()
        self.stack.setCurrentIndex(LIST_PAGE)
        self.case_list.focus_search()

    def refresh(self) -> None:
        """Another PC changed the ledger: reload the list, and the case file when it is open."""
        self.case_list.refresh()
        if self.stack.currentIndex() == CASE_PAGE:
            self.case_file.reload()

    def _on_header_sig_new_intake_for_person(self, person_id: int) -> None:
        self.form.set_person(person_id)  # resets the form around that person
        self.stack.setCurrentIndex(FORM_PAGE)
        self.form.focus_first_field()

    def _on_form_sig_saved(self, result) -> None:
        self.stack.setCurrentIndex(LIST_PAGE)
        self.case_list.refresh()
        self.header.show_case(result.case_id)
        self.sig_status.emit(
            self.tr("Saved: case %1 (%2)").replace("%1", result.case_no).replace("%2", result.person_no)
        )
