"""関係機関: the agency directory with search-as-you-type (kana and width folded by the
service), retired agencies on request (greyed), adding, editing, retiring and reinstating.
A retired agency stays in every record; it is only no longer offered for new ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import AgencyDraft
from app.domain.errors import LedgerError, ValidationError
from app.domain.wareki import format_iso
from app.qt.messages import MessagePresenter
from app.services.rows import AgencyRow
from app.views.settings.form import FormGrid, plain_button
from app.views.settings.table import Column, RowsTableModel, fit_columns, make_table, select_row
from app.views.widgets.fields import ValueCombo

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.codes import CodeService

SEARCH_DELAY_MS = 200


def kind_items(codes: CodeService, current: str | None, retired_mark: str) -> list[tuple[str, str]]:
    """(label, code) of the agency kinds: the active ones and the agency's own (if retired)."""
    items = []
    for c in codes.codes("agency_kind", include_retired=True):
        if c.retired_on is None:
            items.append((c.label, c.code))
        elif c.code == current:
            items.append((f"{c.label} {retired_mark}", c.code))
    return items


class AgencyEditDialog(QDialog):
    """Add an agency (``agency_id`` None) or edit one; OK (Enter) saves, a rejected field
    shows the message under it. ``saved_id`` holds the agency's id once saved."""

    def __init__(
        self, agencies: AgencyService, codes: CodeService, agency_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._agencies = agencies
        self._agency_id = agency_id
        self._version = 0
        self.saved_id: int | None = None
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(self.form.layout)
        box.addWidget(self.form.other_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self._load(codes)
        self.setMinimumWidth(560)

    def _load(self, codes: CodeService) -> None:
        retired = self.tr("(retired)")
        if self._agency_id is None:
            self.kind.set_items(kind_items(codes, None, retired))
            return
        d = self._agencies.get_agency(self._agency_id)
        self._version = d.version
        self.kind.set_items(kind_items(codes, d.kind, retired))
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

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def save(self) -> int | None:
        """Save; the agency's id (and accept()), or None when something was rejected."""
        self.form.clear()
        try:
            if self._agency_id is None:
                self.saved_id = self._agencies.add_agency(self.draft())
            else:
                self.saved_id = self._agencies.update_agency(self._agency_id, self.draft(), version=self._version).id
        except ValidationError as exc:
            self.form.show_validation(exc)
            return None
        except LedgerError as exc:
            self.form.set_error("other", str(exc))
            return None
        self.accept()
        return self.saved_id


class _SearchEdit(QLineEdit):
    """The search field: Down or Enter moves to the list."""

    sig_to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_to_list.emit()
            return
        super().keyPressEvent(event)


class AgencyPage(QWidget):
    """The directory, searched as you type; Enter in the search moves to the list, Enter
    on an agency edits it. ``sig_changed("agencies")`` after every change."""

    sig_changed = Signal(str)

    def __init__(
        self, agencies: AgencyService, codes: CodeService, presenter: MessagePresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._agencies = agencies
        self._codes = codes
        self._presenter = presenter
        self._loaded = False
        self.editor: AgencyEditDialog | None = None
        self.search_edit = _SearchEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, department or reading"))
        self.retired_check = QCheckBox(self.tr("Show re&tired agencies"), self)
        self.model = RowsTableModel(
            (
                Column(self.tr("Name and department"), lambda r: r.display_name, stretch=True),
                Column(self.tr("Kind"), lambda r: r.kind_label),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Contact person"), lambda r: r.contact_person),
                Column(self.tr("State"), self._state_text),
            ),
            greyed=lambda r: r.retired_on is not None,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("agencyTable")
        self.add_button = plain_button(self.tr("&New…"), self)
        self.edit_button = plain_button(self.tr("&Edit…"), self)
        self.retire_button = plain_button(self.tr("&Retire"), self)
        self.reinstate_button = plain_button(self.tr("Re&instate"), self)
        self.count_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._layout()
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.sig_to_list.connect(self._on_search_edit_sig_to_list)
        self.retired_check.toggled.connect(lambda _on: self.reload())
        self.model.sig_fetch_failed.connect(lambda text: self._presenter.error(self, self.tr("Agencies"), text))
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.retire)
        self.reinstate_button.clicked.connect(self.reinstate)

    def _layout(self) -> None:
        title = QLabel(self.tr("Agencies"), self)
        title.setObjectName("pageTitle")
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search_edit)
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.retired_check)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button, self.reinstate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addLayout(search)
        box.addLayout(body, 1)
        box.addWidget(self.count_label)
        box.addWidget(self.status_label)

    def _state_text(self, row: AgencyRow) -> str:
        if row.retired_on is None:
            return self.tr("Active")
        return self.tr("Retired %1").replace("%1", format_iso(row.retired_on))

    # ---- public API ------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Search again with the current text and toggle (the first page; more on scroll)."""
        self._timer.stop()
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        text, retired = self.search_edit.text(), self.retired_check.isChecked()
        try:
            total = self._agencies.count_agencies(text, include_retired=retired)
            self.model.set_paged(
                lambda offset, limit: self._agencies.list_agencies(
                    text, include_retired=retired, offset=offset, limit=limit
                ),
                total,
            )
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Agencies"), str(exc))
            return
        self._loaded = True
        self.count_label.setText(self.tr("%1 agencies").replace("%1", str(total)))
        fit_columns(self.table)
        select_row(self.table, self.model.row_of(keep) if keep is not None else None)
        self._sync_buttons()

    def selected(self) -> AgencyRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> AgencyEditDialog:
        return self._open_editor(None)

    def edit(self) -> AgencyEditDialog | None:
        row = self.selected()
        return self._open_editor(row.id) if row is not None else None

    def retire(self) -> None:
        row = self.selected()
        if row is None or row.retired_on is not None:
            return
        if self._act(lambda: self._agencies.retire_agency(row.id)):
            shown = self.retired_check.isChecked()
            message = (
                self.tr("Retired %1.") if shown else self.tr("Retired %1. Tick “Show retired agencies” to see it.")
            )
            self.status_label.setText(message.replace("%1", row.display_name))

    def reinstate(self) -> None:
        row = self.selected()
        if row is None or row.retired_on is None:
            return
        if self._act(lambda: self._agencies.reinstate_agency(row.id)):
            self.status_label.setText(self.tr("Reinstated %1.").replace("%1", row.display_name))

    # ---- internals -------------------------------------------------------------------------
    def _act(self, action: Callable[[], None]) -> bool:
        row = self.selected()
        try:
            action()
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Agencies"), str(exc))
            return False
        self.reload(row.id if row else None)
        self.sig_changed.emit("agencies")
        return True

    def _open_editor(self, agency_id: int | None) -> AgencyEditDialog | None:
        if self.editor is not None:  # the previous editor, closed by now
            self.editor.deleteLater()
            self.editor = None
        try:
            self.editor = AgencyEditDialog(self._agencies, self._codes, agency_id, self)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Agencies"), str(exc))
            self.reload()
            return None
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.finished.connect(lambda _r: self.table.setFocus())
        self.editor.open()
        return self.editor

    def _on_editor_accepted(self) -> None:
        editor = self.editor
        if editor is None or editor.saved_id is None:
            return
        self.reload(editor.saved_id)
        if self.model.row_of(editor.saved_id) is None and self.search_edit.text():
            self.search_edit.clear()  # the search hid the agency just saved: show it
            self.reload(editor.saved_id)
        name = editor.draft().name.strip()
        self.status_label.setText(self.tr("Saved %1.").replace("%1", name))
        self.sig_changed.emit("agencies")

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
