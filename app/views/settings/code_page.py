"""コード表: the categories of one code kind with how many records use each, adding a code,
renaming one, retiring and reinstating, and deleting a code no record uses. The service
decides what is allowed (a used or standard code is never deleted, the kinds the statistics
count by key take no new codes); this page shows its answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.domain.codebook import KINDS
from app.domain.drafts import CodeDraft
from app.domain.wareki import format_iso
from app.qt.messages import MessagePresenter
from app.services.rows import CodeRow
from app.views.settings.form import EditorDialog, FormGrid, field_row, hint_label, plain_button
from app.views.settings.list_page import Action, ListPage
from app.views.settings.table import RIGHT, Column
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


class CodeEditDialog(EditorDialog):
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
        self._finish(480)

    def _write(self) -> int:
        """Add or rename the code."""
        if self._code is None:
            draft = CodeDraft(
                self._kind, self.label_edit.text(), self.short_edit.text(), self.parent_combo.value() or None
            )
            return self._codes.add_code(draft).id
        self._codes.rename_code(self._code.id, self.label_edit.text())
        return self._code.id


class CodePage(ListPage):
    """Choose a kind, then act on its codes. ``sig_changed("codes")`` after every change."""

    AREA = "codes"

    def __init__(self, codes: CodeService, presenter: MessagePresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, parent)
        self._codes = codes
        self._extendable: dict[str, bool] = {}
        self.editor: CodeEditDialog | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.setMaxVisibleItems(20)
        self.kind_note = hint_label("", self)
        self._make_table(
            "codeTable",
            (
                Column(self.tr("Name"), lambda r: r.code.label, stretch=True),
                Column(self.tr("Short name"), lambda r: r.code.short_label),
                Column(self.tr("Records"), lambda r: str(r.usage), RIGHT),
                Column(self.tr("Origin"), self._origin_text),
                Column(self.tr("State"), self._state_text),
            ),
            greyed=lambda r: r.code.retired_on is not None,
        )
        self.add_button = plain_button(self.tr("&New…"), self)
        self.rename_button = plain_button(self.tr("Rena&me…"), self)
        self.retire_button = plain_button(self.tr("&Retire"), self)
        self.reinstate_button = plain_button(self.tr("Re&instate"), self)
        self.delete_button = plain_button(self.tr("&Delete"), self)
        self._assemble(
            (field_row(self.tr("&List"), self.kind_combo, self), self.kind_note),
            (
                (self.add_button, self.add),
                (self.rename_button, self.rename),
                (self.retire_button, self.retire),
                (self.reinstate_button, self.reinstate),
                (self.delete_button, self.delete),
            ),
            activate=self.rename,
            keys=((Qt.Key.Key_F2, self.rename),),
        )
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())

    def _title(self) -> str:
        return self.tr("Code tables")

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
        if self.kind() is not None:
            super().reload(select_id)

    def selected(self) -> CodeUsage | None:
        return super().selected()

    def add(self) -> CodeEditDialog | None:
        kind = self.kind()
        if kind is None or not self._extendable.get(kind, True):
            return None
        groups = [r.code for r in self.model.rows() if r.code.parent_code is None and r.code.retired_on is None]
        grouped = any(r.code.parent_code for r in self.model.rows())
        return self._open_editor(
            lambda: CodeEditDialog(self._codes, kind, groups=groups if grouped else None, parent=self)
        )

    def rename(self) -> CodeEditDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open_editor(lambda: CodeEditDialog(self._codes, row.code.kind, row.code, parent=self))

    def retire(self) -> None:
        row = self.selected()
        if row is not None and row.code.retired_on is None:
            self._change(row, lambda: self._codes.retire_code(row.id), self.tr("Retired “%1”."))

    def reinstate(self) -> None:
        row = self.selected()
        if row is not None and row.code.retired_on is not None:
            self._change(row, lambda: self._codes.reinstate_code(row.id), self.tr("Reinstated “%1”."))

    def delete(self) -> None:
        """Delete the chosen code after a question; the service refuses a used one."""
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete “%1”? This cannot be undone.").replace("%1", row.code.label)
        done = self.tr("Deleted “%1”.").replace("%1", row.code.label)
        self._ask_and_act(self.tr("Delete code"), question, lambda: self._codes.delete_code(row.id), done, row.id)

    # ---- internals -------------------------------------------------------------------------
    def _read(self) -> None:
        kind = self.kind()
        rows = [CodeUsage(c, self._codes.usage_count(c.id)) for c in self._codes.codes(kind, include_retired=True)]
        self.model.set_rows(rows)
        self.kind_note.setText(
            self.tr("The statistics count this list by its standard codes: codes can be renamed but not added.")
            if not self._extendable.get(kind, True)
            else self.tr("A code that records use cannot be deleted: retire it, and it is no longer offered.")
        )

    def _change(self, row: CodeUsage, action: Action, done: str) -> None:
        self._act(action, done.replace("%1", row.code.label), row.id, reread=True)

    def _saved_text(self, editor: CodeEditDialog) -> str:
        return self.tr("Saved “%1”.").replace("%1", editor.label_edit.text().strip())

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
