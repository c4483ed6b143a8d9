"""関係機関: the agency directory with search-as-you-type (kana and width folded by the
service), retired agencies on request (greyed), adding, editing, retiring and reinstating.
A retired agency stays in every record; it is only no longer offered for new ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.domain.drafts import AgencyDraft
from app.domain.wareki import format_iso
from app.qt.messages import MessagePresenter
from app.services.rows import AgencyRow
from app.views.settings.form import EditorDialog, FormGrid, code_items, field_row, plain_button
from app.views.settings.list_page import ListPage
from app.views.settings.table import Column, select_row
from app.views.widgets.fields import ValueCombo

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.codes import CodeService

SEARCH_DELAY_MS = 200


class AgencyEditDialog(EditorDialog):
    """Add an agency (``agency_id`` None) or edit one; OK (Enter) saves, a rejected field
    shows the message under it. ``saved_id`` holds the agency's id once saved."""

    def __init__(
        self, agencies: AgencyService, codes: CodeService, agency_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._agencies = agencies
        self._agency_id = agency_id
        self._version = 0
        self.setWindowTitle(self.tr("Add agency") if agency_id is None else self.tr("Edit agency"))
        self.name = QLineEdit(self)
        self.name_kana = QLineEdit(self)
        self.name_kana.setPlaceholderText(self.tr("hiragana or katakana"))
        self.kind = ValueCombo(self)
        self.department = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("086-000-0000")
        self.contact_person = QLineEdit(self)
        self.address = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.form = FormGrid(self)
        self.form.add("name", self.tr("&Name"), self.name)
        self.form.add("name_kana", self.tr("&Reading"), self.name_kana)
        self.form.add("kind", self.tr("&Kind"), self.kind)
        self.form.add("department", self.tr("&Department"), self.department)
        self.form.add("phone", self.tr("&Phone"), self.phone)
        self.form.add("contact_person", self.tr("&Contact person"), self.contact_person)
        self.form.add("address", self.tr("&Address"), self.address)
        self.form.add("note", self.tr("No&te"), self.note)
        self._finish(560)
        self._load(codes)

    def _load(self, codes: CodeService) -> None:
        retired = self.tr("(retired)")
        if self._agency_id is None:
            self.kind.set_items(code_items(codes, "agency_kind", None, retired))
            return
        d = self._agencies.get_agency(self._agency_id)
        self._version = d.version
        self.kind.set_items(code_items(codes, "agency_kind", d.kind, retired))
        self.kind.set_value(d.kind)
        for edit, value in (
            (self.name, d.name),
            (self.name_kana, d.name_kana),
            (self.department, d.department),
            (self.phone, d.phone),
            (self.contact_person, d.contact_person),
            (self.address, d.address),
        ):
            edit.setText(value)
        self.note.setPlainText(d.note)

    def draft(self) -> AgencyDraft:
        return AgencyDraft(
            name=self.name.text(),
            kind=self.kind.value() or "",
            name_kana=self.name_kana.text(),
            department=self.department.text(),
            phone=self.phone.text(),
            contact_person=self.contact_person.text(),
            address=self.address.text(),
            note=self.note.toPlainText().strip(),
        )

    def _write(self) -> int:
        if self._agency_id is None:
            return self._agencies.add_agency(self.draft())
        return self._agencies.update_agency(self._agency_id, self.draft(), version=self._version).id


class _SearchEdit(QLineEdit):
    """The search field: Down or Enter moves to the list."""

    sig_to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_to_list.emit()
            return
        super().keyPressEvent(event)


class AgencyPage(ListPage):
    """The directory, searched as you type; Enter in the search moves to the list, Enter
    on an agency edits it. ``sig_changed("agencies")`` after every change."""

    AREA = "agencies"

    def __init__(
        self, agencies: AgencyService, codes: CodeService, presenter: MessagePresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(presenter, parent)
        self._agencies = agencies
        self._codes = codes
        self.editor: AgencyEditDialog | None = None
        self.search_edit = _SearchEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, department or reading"))
        self.retired_check = QCheckBox(self.tr("Show re&tired agencies"), self)
        self._make_table(
            "agencyTable",
            (
                Column(self.tr("Name and department"), lambda r: r.display_name, stretch=True),
                Column(self.tr("Kind"), lambda r: r.kind_label),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Contact person"), lambda r: r.contact_person),
                Column(self.tr("State"), self._state_text),
            ),
            greyed=lambda r: r.retired_on is not None,
        )
        self.add_button = plain_button(self.tr("&New…"), self)
        self.edit_button = plain_button(self.tr("&Edit…"), self)
        self.retire_button = plain_button(self.tr("&Retire"), self)
        self.reinstate_button = plain_button(self.tr("Re&instate"), self)
        self.count_label = QLabel(self)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._assemble(
            (field_row(self.tr("&Search"), self.search_edit, self, self.retired_check),),
            (
                (self.add_button, self.add),
                (self.edit_button, self.edit),
                (self.retire_button, self.retire),
                (self.reinstate_button, self.reinstate),
            ),
            activate=self.edit,
            footer=(self.count_label,),
        )
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.sig_to_list.connect(self._on_search_edit_sig_to_list)
        self.retired_check.toggled.connect(lambda _on: self.reload())
        self.model.sig_fetch_failed.connect(lambda text: self._error(text))

    def _title(self) -> str:
        return self.tr("Agencies")

    def _state_text(self, row: AgencyRow) -> str:
        if row.retired_on is None:
            return self.tr("Active")
        return self.tr("Retired %1").replace("%1", format_iso(row.retired_on))

    # ---- public API ------------------------------------------------------------------------
    def selected(self) -> AgencyRow | None:
        return super().selected()

    def add(self) -> AgencyEditDialog:
        return self._open_editor(lambda: AgencyEditDialog(self._agencies, self._codes, None, self))

    def edit(self) -> AgencyEditDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open_editor(lambda: AgencyEditDialog(self._agencies, self._codes, row.id, self))

    def retire(self) -> None:
        row = self.selected()
        if row is None or row.retired_on is not None:
            return
        shown = self.retired_check.isChecked()
        message = self.tr("Retired %1.") if shown else self.tr("Retired %1. Tick “Show retired agencies” to see it.")
        self._act(lambda: self._agencies.retire_agency(row.id), message.replace("%1", row.display_name), row.id)

    def reinstate(self) -> None:
        row = self.selected()
        if row is None or row.retired_on is None:
            return
        done = self.tr("Reinstated %1.").replace("%1", row.display_name)
        self._act(lambda: self._agencies.reinstate_agency(row.id), done, row.id)

    # ---- internals -------------------------------------------------------------------------
    def _read(self) -> None:
        """Search again with the current text and toggle (the first page; more on scroll)."""
        self._timer.stop()
        text, retired = self.search_edit.text(), self.retired_check.isChecked()
        total = self._agencies.count_agencies(text, include_retired=retired)
        self.model.set_paged(
            lambda offset, limit: self._agencies.list_agencies(
                text, include_retired=retired, offset=offset, limit=limit
            ),
            total,
        )
        self.count_label.setText(self.tr("%1 agencies").replace("%1", str(total)))

    def _show_saved(self, record_id: int) -> None:
        self.reload(record_id)
        if self.model.row_of(record_id) is None and self.search_edit.text():
            self.search_edit.clear()  # the search hid the agency just saved: show it
            self.reload(record_id)

    def _saved_text(self, editor: AgencyEditDialog) -> str:
        return self.tr("Saved %1.").replace("%1", editor.draft().name.strip())

    def _on_search_edit_sig_to_list(self) -> None:
        if self._timer.isActive():
            self.reload()
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            select_row(self.table, 0)

    def _sync_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None and row.retired_on is None)
        self.reinstate_button.setEnabled(row is not None and row.retired_on is not None)
