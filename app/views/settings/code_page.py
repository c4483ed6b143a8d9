"""コード表: the categories of one code kind with how many records use each, adding a code,
renaming one, retiring and reinstating, and deleting a code no record uses. The service
decides what is allowed (a used or standard code is never deleted, the kinds the statistics
count by key take no new codes); this page shows its answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.codebook import KINDS
from app.domain.drafts import CodeDraft
from app.domain.errors import LedgerError, ValidationError
from app.domain.wareki import format_iso
from app.qt.messages import MessagePresenter
from app.services.rows import CodeRow
from app.views.settings.form import FormGrid, hint_label, plain_button
from app.views.settings.table import RIGHT, Column, RowsTableModel, fit_columns, make_table, select_row
from app.views.widgets.fields import ValueCombo

if TYPE_CHECKING:
    from app.services.codes import CodeService

SEED_ORDER = {k.kind: i for i, k in enumerate(KINDS)}  # kinds listed as the codebook has them


@dataclass(frozen=True)
class CodeUsage:
    """A code and how many records use it (read when the list was loaded)."""

    code: CodeRow
    usage: int

    @property
    def id(self) -> int:
        return self.code.id


class CodeEditDialog(QDialog):
    """Add a code to ``kind`` (``code`` None: name, short name and, for a grouped kind, the
    group) or rename ``code``. OK (Enter) saves; ``saved_id`` holds the code's id then."""

    def __init__(
        self,
        codes: CodeService,
        kind: str,
        code: CodeRow | None = None,
        *,
        groups: list[CodeRow] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._codes = codes
        self._kind = kind
        self._code = code
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add code") if code is None else self.tr("Rename code"))
        self.label_edit = QLineEdit(self)
        self.short_edit = QLineEdit(self)
        self.short_edit.setPlaceholderText(self.tr("optional, for narrow tables"))
        self.parent_combo = ValueCombo(self)
        self.parent_combo.set_items((g.label, g.code) for g in groups or ())
        self.form = FormGrid(self)
        self.form.add("label", self.tr("&Name"), self.label_edit)
        if code is None:
            self.form.add("short_label", self.tr("&Short name"), self.short_edit)
            if groups:
                self.form.add("parent_code", self.tr("&Group"), self.parent_combo)
        else:
            self.label_edit.setText(code.label)
            self.label_edit.selectAll()
        self.short_edit.setVisible(code is None)
        self.parent_combo.setVisible(code is None and bool(groups))
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
        self.setMinimumWidth(480)

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def save(self) -> int | None:
        """Add or rename; the code's id (and accept()), or None when it was rejected."""
        self.form.clear()
        try:
            if self._code is None:
                draft = CodeDraft(
                    self._kind, self.label_edit.text(), self.short_edit.text(), self.parent_combo.value() or None
                )
                self.saved_id = self._codes.add_code(draft).id
            else:
                self._codes.rename_code(self._code.id, self.label_edit.text())
                self.saved_id = self._code.id
        except ValidationError as exc:
            self.form.show_validation(exc)
            return None
        except LedgerError as exc:
            self.form.set_error("other", str(exc))
            return None
        self.accept()
        return self.saved_id


class CodePage(QWidget):
    """Choose a kind, then act on its codes. ``sig_changed("codes")`` after every change."""

    sig_changed = Signal(str)

    def __init__(self, codes: CodeService, presenter: MessagePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes = codes
        self._presenter = presenter
        self._loaded = False
        self._extendable: dict[str, bool] = {}
        self.editor: CodeEditDialog | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.setMaxVisibleItems(20)
        self.kind_note = hint_label("", self)
        self.model = RowsTableModel(
            (
                Column(self.tr("Name"), lambda r: r.code.label, stretch=True),
                Column(self.tr("Short name"), lambda r: r.code.short_label),
                Column(self.tr("Records"), lambda r: str(r.usage), RIGHT),
                Column(self.tr("Origin"), self._origin_text),
                Column(self.tr("State"), self._state_text),
            ),
            greyed=lambda r: r.code.retired_on is not None,
            parent=self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("codeTable")
        self.add_button = plain_button(self.tr("&New…"), self)
        self.rename_button = plain_button(self.tr("Rena&me…"), self)
        self.retire_button = plain_button(self.tr("&Retire"), self)
        self.reinstate_button = plain_button(self.tr("Re&instate"), self)
        self.delete_button = plain_button(self.tr("&Delete"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self._layout()
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, self.rename, context=Qt.ShortcutContext.WidgetShortcut)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(lambda _index: self.rename())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        self.reinstate_button.clicked.connect(self.reinstate)
        self.delete_button.clicked.connect(self.delete)

    def _layout(self) -> None:
        title = QLabel(self.tr("Code tables"), self)
        title.setObjectName("pageTitle")
        kind_label = QLabel(self.tr("&List"), self)
        kind_label.setBuddy(self.kind_combo)
        kinds = QHBoxLayout()
        kinds.addWidget(kind_label)
        kinds.addWidget(self.kind_combo, 1)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.retire_button, self.reinstate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addLayout(kinds)
        box.addWidget(self.kind_note)
        box.addLayout(body, 1)
        box.addWidget(self.status_label)

    def _origin_text(self, row: CodeUsage) -> str:
        return self.tr("Standard") if row.code.builtin else self.tr("Added")

    def _state_text(self, row: CodeUsage) -> str:
        if row.code.retired_on is None:
            return self.tr("In use")
        return self.tr("Retired %1").replace("%1", format_iso(row.code.retired_on))

    # ---- public API ------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        kinds = sorted(self._codes.kinds(), key=lambda k: (SEED_ORDER.get(k[0], len(SEED_ORDER)), k[0]))
        self._extendable = {kind: extendable for kind, _label, extendable in kinds}
        self._loaded = True
        self.kind_combo.blockSignals(True)
        for kind, label, _extendable in kinds:
            self.kind_combo.addItem(label, kind)
        self.kind_combo.blockSignals(False)
        self.reload()

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.ensure_loaded()
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def reload(self, select_id: int | None = None) -> None:
        """Read the codes of the chosen kind again, with their usage counts."""
        kind = self.kind()
        if kind is None:
            return
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            rows = [CodeUsage(c, self._codes.usage_count(c.id)) for c in self._codes.codes(kind, include_retired=True)]
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Code tables"), str(exc))
            return
        self.model.set_rows(rows)
        extendable = self._extendable.get(kind, True)
        self.kind_note.setText(
            self.tr("The statistics count this list by its standard codes: codes can be renamed but not added.")
            if not extendable
            else self.tr("A code that records use cannot be deleted: retire it, and it is no longer offered.")
        )
        fit_columns(self.table)
        select_row(self.table, self.model.row_of(keep) if keep is not None else None)
        self._sync_buttons()

    def selected(self) -> CodeUsage | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> CodeEditDialog | None:
        kind = self.kind()
        if kind is None or not self._extendable.get(kind, True):
            return None
        groups = [r.code for r in self.model.rows() if r.code.parent_code is None and r.code.retired_on is None]
        grouped = any(r.code.parent_code for r in self.model.rows())
        return self._open_editor(CodeEditDialog(self._codes, kind, groups=groups if grouped else None, parent=self))

    def rename(self) -> CodeEditDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open_editor(CodeEditDialog(self._codes, row.code.kind, row.code, parent=self))

    def retire(self) -> None:
        row = self.selected()
        if row is not None and row.code.retired_on is None:
            self._act(row, lambda: self._codes.retire_code(row.id), self.tr("Retired “%1”."))

    def reinstate(self) -> None:
        row = self.selected()
        if row is not None and row.code.retired_on is not None:
            self._act(row, lambda: self._codes.reinstate_code(row.id), self.tr("Reinstated “%1”."))

    def delete(self) -> None:
        """Delete the chosen code after a question; the service refuses a used one."""
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete “%1”? This cannot be undone.").replace("%1", row.code.label)
        if not self._presenter.question(self, self.tr("Delete code"), question):
            return
        self._act(row, lambda: self._codes.delete_code(row.id), self.tr("Deleted “%1”."), title=self.tr("Delete code"))

    # ---- internals -------------------------------------------------------------------------
    def _act(self, row: CodeUsage, action: Callable[[], None], done: str, *, title: str = "") -> None:
        try:
            action()
        except LedgerError as exc:
            self._presenter.error(self, title or self.tr("Code tables"), str(exc))
            self.reload(row.id)
            return
        self.status_label.setText(done.replace("%1", row.code.label))
        self.reload(row.id)
        self.sig_changed.emit("codes")

    def _open_editor(self, editor: CodeEditDialog) -> CodeEditDialog:
        if self.editor is not None:  # the previous editor, closed by now
            self.editor.deleteLater()
        self.editor = editor
        editor.accepted.connect(self._on_editor_accepted)
        editor.finished.connect(lambda _r: self.table.setFocus())
        editor.open()
        return editor

    def _on_editor_accepted(self) -> None:
        editor = self.editor
        if editor is None or editor.saved_id is None:
            return
        self.reload(editor.saved_id)
        self.status_label.setText(self.tr("Saved “%1”.").replace("%1", editor.label_edit.text().strip()))
        self.sig_changed.emit("codes")

    def _sync_buttons(self) -> None:
        kind = self.kind()
        extendable = self._extendable.get(kind, True) if kind else False
        row = self.selected()
        code = row.code if row else None
        self.add_button.setEnabled(kind is not None and extendable)
        self.rename_button.setEnabled(code is not None)
        self.retire_button.setEnabled(code is not None and code.retired_on is None and (extendable or not code.builtin))
        self.reinstate_button.setEnabled(code is not None and code.retired_on is not None)
        self.delete_button.setEnabled(code is not None and not code.builtin)
