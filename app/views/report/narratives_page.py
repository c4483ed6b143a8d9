"""The narrative texts of the year's report, section by section (annual-report.md): the
division's 事業展開, and per programme its 基本方針, the numbered 具体的な内容 and the
numbered 事業目標（具体的取り組み）.

Left: the sections (saved ones, and a "new" slot after each numbered kind). Middle: the
heading and the text, the service's message under it, and a live preview with the figures
filled in. Right: every figure of the year by programme, with its value; Enter or a double click
inserts ``{key}`` at the cursor (a yen figure as ``{key:万円}``), Shift+Enter its 目標値
``{key:目標}``.

Keyboard: Ctrl+S saves; 「この項目を削除」 deletes the section after asking (no key: Ctrl+Delete
deletes a word in the editor).
Leaving a section with unsaved changes asks first. A placeholder naming no figure is refused
by the service; its message shows under the editor and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConflictError, LedgerError, ValidationError
from app.domain.placeholders import SPEC_MAN, SPEC_TARGET, fill, format_figure
from app.domain.report_drafts import DIVISION, PROGRAMMES, section_part
from app.qt.messages import MessagePresenter
from app.services.report_rows import NarrativeRow
from app.views.widgets.date_edit import ERROR_COLOUR, HINT_COLOUR

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # tree: the section key (None on a scope line)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # figure tree: (key, unit) on a figure line
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NUMBERED = {DIVISION: ("activities",), **{p: ("activities", "goals") for p in PROGRAMMES}}


@dataclass(frozen=True)
class _Slot:
    key: str
    row: NarrativeRow | None


def _number(key: str) -> int:
    tail = key.rsplit(".", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class NarrativesPage(QWidget):
    sig_status = Signal(str)
    sig_saved = Signal(str)  # section key

    def __init__(
        self,
        report: object,
        presenter: MessagePresenter,
        *,
        staff_id: int | None,
        scope_titles: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._presenter = presenter
        self._staff_id = staff_id
        self._titles = dict(scope_titles)
        self._fy: int | None = None
        self._values: dict[str, int] = {}
        self._targets: dict[str, int] = {}
        self._slot: _Slot | None = None
        self._dirty = False
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._build()
        self._connect()

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.sections = QTreeWidget(self)
        self.sections.setObjectName("narrativeSections")
        self.sections.setHeaderHidden(True)
        self.section_label = QLabel(self)
        self.section_label.setObjectName("narrativeSection")
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Heading (printed above the text)"))
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("narrativeEditor")
        self.editor.setTabChangesFocus(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("narrativeError")
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.delete_button = QPushButton(self.tr("Delete section"), self)
        self.state_label = QLabel(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("narrativePreview")
        self.preview.setReadOnly(True)
        self.preview.setStyleSheet("QPlainTextEdit { background: #f7f7f2; }")
        self.preview_problems = QLabel(self)
        self.preview_problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.preview_problems.setWordWrap(True)
        self.preview_problems.hide()
        self.key_filter = QLineEdit(self)
        self.key_filter.setPlaceholderText(self.tr("Filter figures"))
        self.key_filter.setClearButtonEnabled(True)
        self.keys = QTreeWidget(self)
        self.keys.setObjectName("figureKeys")
        self.keys.setHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.keys.setColumnWidth(0, 270)
        self.keys.setUniformRowHeights(True)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("figureKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._figure_keys: list[tuple[str, str, str]] = []
        for button in (self.save_button, self.delete_button):
            button.setAutoDefault(False)
        self._lay_out()

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("Hea&ding"), self)
        heading.setBuddy(self.title_edit)
        text = QLabel(self.tr("&Text — {key} prints the figure"), self)
        text.setBuddy(self.editor)
        preview = QLabel(self.tr("Preview (as printed)"), self)
        keys = QLabel(self.tr("Fig&ures — Enter inserts, Shift+Enter inserts the target"), self)
        keys.setBuddy(self.keys)
        keys.setWordWrap(True)
        hint = QLabel(self.tr("Figures are filled in from the ledger when the report is printed."), self)
        hint.setStyleSheet(f"color: {HINT_COLOUR};")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.state_label, 1)
        middle = QWidget(self)
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.section_label)
        box.addWidget(heading)
        box.addWidget(self.title_edit)
        box.addWidget(text)
        box.addWidget(self.editor, 4)
        box.addWidget(self.error_label)
        box.addLayout(buttons)
        box.addWidget(preview)
        box.addWidget(self.preview, 1)
        box.addWidget(self.preview_problems)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(keys)
        side.addWidget(self.key_filter)
        side.addWidget(self.keys, 1)
        side.addWidget(self.key_label)
        side.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sections)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 610, 390])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.sections.currentItemChanged.connect(self._on_sections_current_item_changed)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.title_edit.textEdited.connect(lambda _t: (self._set_dirty(True), self._preview_timer.start()))
        self._preview_timer.timeout.connect(self.update_preview)
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.key_filter.textChanged.connect(self._filter_keys)
        self.keys.itemDoubleClicked.connect(self._on_keys_item_double_clicked)
        self.keys.currentItemChanged.connect(self._on_keys_current_item_changed)
        self.keys.installEventFilter(self)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: QTimer.singleShot(0, self.save))

    # ---- public API --------------------------------------------------------------------------
    def set_figure_keys(self, keys: Sequence[tuple[str, str, str]]) -> None:
        """The figures a text may quote: (key, label, unit) in the report's order."""
        self._figure_keys = list(keys)
        self._fill_keys()

    def select_key(self, key: str) -> bool:
        """Make ``key`` the current line of the figure list."""
        for top in (self.keys.topLevelItem(i) for i in range(self.keys.topLevelItemCount())):
            for child in (top.child(j) for j in range(top.childCount())):
                if child.data(0, KEY_ROLE)[0] == key:
                    self.keys.setCurrentItem(child)
                    return True
        return False

    def set_year(self, fiscal_year: int, values: Mapping[str, int], targets: Mapping[str, int]) -> None:
        """Show ``fiscal_year``'s sections; ``values`` and ``targets`` fill the preview."""
        self._fy = fiscal_year
        self._values, self._targets = dict(values), dict(targets)
        self._fill_keys()
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def reload(self, select: str | None = None) -> None:
        """Read the year's sections again and show ``select`` (default: the current one)."""
        if self._fy is None:
            return
        try:
            rows = self._report.narratives(self._fy)  # type: ignore[attr-defined]
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Narratives"), str(exc))
            rows = []
        chosen = select or (self._slot.key if self._slot else None)
        self._fill_tree(rows)
        self._dirty = False
        if not self.select_section(chosen or "") and self.sections.topLevelItemCount():
            first = self.sections.topLevelItem(0)
            self.sections.setCurrentItem(first.child(0) if first.childCount() else first)

    def section_keys(self) -> list[str]:
        """Every section line of the tree (saved and new slots), in order."""
        out = []
        for i in range(self.sections.topLevelItemCount()):
            top = self.sections.topLevelItem(i)
            out += [top.child(j).data(0, SECTION_ROLE) for j in range(top.childCount())]
        return out

    def select_section(self, section_key: str) -> bool:
        item = self._item_of(section_key)
        if item is None:
            return False
        self.sections.setCurrentItem(item)
        return self._slot is not None and self._slot.key == section_key

    def current_key(self) -> str | None:
        return self._slot.key if self._slot else None

    def insert_key(self, key: str, unit: str = "", spec: str | None = None) -> None:
        """Put ``{key}`` (or ``{key:spec}``) at the editor's cursor."""
        if spec is None:
            spec = SPEC_MAN if unit == "円" else ""
        self.editor.insertPlainText(f"{{{key}:{spec}}}" if spec else f"{{{key}}}")
        self.editor.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def save(self) -> NarrativeRow | None:
        """Save the current section (one transaction); the saved row, or None."""
        if self._fy is None or self._slot is None:
            return None
        self._show_error("")
        version = self._slot.row.version if self._slot.row else 0
        try:
            row = self._report.save_narrative(  # type: ignore[attr-defined]
                self._fy, self._slot.key, self.editor.toPlainText(), expected_version=version,
                title=self.title_edit.text(), author_staff_id=self._staff_id,
            )  # fmt: skip
        except ValidationError as exc:
            self._show_error("\n".join(e.message for e in exc.errors))
            self.state_label.setText(self.tr("Not saved."))
            self.editor.setFocus()
            return None
        except (ConflictError, LedgerError) as exc:
            self._show_error(str(exc))
            self.state_label.setText(self.tr("Not saved."))
            return None
        self._dirty = False
        self.reload(row.section_key)
        self.state_label.setText(self.tr("Saved."))
        self.sig_status.emit(self.tr("The section was saved."))
        self.sig_saved.emit(row.section_key)
        return row

    def delete_current(self) -> bool:
        slot = self._slot
        if self._fy is None or slot is None or slot.row is None:
            return False
        question = self.tr("Delete the section “%1”?").replace("%1", self._slot_label(slot))
        if not self._presenter.question(self, self.tr("Delete section"), question):
            return False
        try:
            self._report.delete_narrative(self._fy, slot.key, expected_version=slot.row.version)  # type: ignore[attr-defined]
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        self._dirty = False
        self._slot = None
        self.reload()
        self.sig_status.emit(self.tr("The section was deleted."))
        self.sig_saved.emit(slot.key)
        return True

    def update_preview(self) -> None:
        filled = fill(self.editor.toPlainText(), self._values, targets=self._targets)
        title = self.title_edit.text().strip()
        self.preview.setPlainText(f"{title}\n{filled.text}" if title else filled.text)
        problems = "\n".join(dict.fromkeys(p.message for p in filled.problems))
        self.preview_problems.setText(problems)
        self.preview_problems.setVisible(bool(problems))

    # ---- the tree ------------------------------------------------------------------------------
    def _fill_tree(self, rows: Sequence[NarrativeRow]) -> None:
        by_scope: dict[str, list[NarrativeRow]] = {}
        for r in rows:
            by_scope.setdefault(r.scope, []).append(r)
        self.sections.blockSignals(True)
        self.sections.clear()
        for scope in (DIVISION, *PROGRAMMES):
            top = QTreeWidgetItem([self._titles.get(scope, scope)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            saved = {r.section_key: r for r in by_scope.get(scope, [])}
            for slot in self._slots(scope, saved):
                child = QTreeWidgetItem(top, [self._slot_label(slot)])
                child.setData(0, SECTION_ROLE, slot.key)
                child.setData(0, Qt.ItemDataRole.UserRole, slot)
                if slot.row is None:
                    child.setForeground(0, QBrush(QColor(HINT_COLOUR)))
                if slot.row is not None and slot.row.problems:
                    child.setForeground(0, QBrush(QColor(ERROR_COLOUR)))
                    child.setToolTip(0, "\n".join(p.message for p in slot.row.problems))
            self.sections.addTopLevelItem(top)
            top.setExpanded(True)
        self.sections.blockSignals(False)
        self._slot = None

    def _slots(self, scope: str, saved: dict[str, NarrativeRow]) -> list[_Slot]:
        slots: list[_Slot] = []
        if scope != DIVISION:
            slots.append(_Slot(f"{scope}.policy", saved.pop(f"{scope}.policy", None)))
        for part in NUMBERED[scope]:
            prefix = f"{scope}.{part}."
            mine = sorted((k for k in saved if k.startswith(prefix)), key=lambda k: (_number(k), k))
            slots += [_Slot(k, saved.pop(k)) for k in mine]
            following = max([_number(k) for k in mine], default=0) + 1
            slots.append(_Slot(f"{prefix}{following}", None))
        slots += [_Slot(k, r) for k, r in saved.items()]  # any other part (written elsewhere)
        return slots

    def _slot_label(self, slot: _Slot) -> str:
        part, number = section_part(slot.key), _number(slot.key)
        names = {
            "policy": self.tr("Basic policy"),
            "activities": self.tr("Activities %1"),
            "goals": self.tr("Goals %1"),
        }
        if slot.key.startswith(f"{DIVISION}.activities."):
            names["activities"] = self.tr("Division's work %1")
        name = names.get(part, slot.key).replace("%1", str(number))
        if slot.row is None:
            return self.tr("+ New: %1").replace("%1", name) if part != "policy" else self.tr("%1 (not written)").replace(
                "%1", name)  # fmt: skip
        return f"{name}：{slot.row.title}" if slot.row.title else name

    def _item_of(self, section_key: str) -> QTreeWidgetItem | None:
        for i in range(self.sections.topLevelItemCount()):
            top = self.sections.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, SECTION_ROLE) == section_key:
                    return top.child(j)
        return None

    def _on_sections_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        slot = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if not isinstance(slot, _Slot) or (self._slot is not None and slot.key == self._slot.key):
            return
        if self._dirty and not self._presenter.question(
            self, self.tr("Unsaved changes"), self.tr("Discard the changes to this section?")
        ):
            self.sections.blockSignals(True)
            self.sections.setCurrentItem(previous)
            self.sections.blockSignals(False)
            return
        self._show_slot(slot)

    def _show_slot(self, slot: _Slot) -> None:
        self._slot = slot
        title = slot.row.title if slot.row else (self.tr("Basic policy") if section_part(slot.key) == "policy" else "")
        self.editor.blockSignals(True)
        self.editor.setPlainText(slot.row.body if slot.row else "")
        self.editor.blockSignals(False)
        self.title_edit.setText(title)
        scope = slot.key.split(".")[0]
        self.section_label.setText(f"{self._titles.get(scope, scope)}　／　{self._slot_label(slot)}")
        self.delete_button.setEnabled(slot.row is not None)
        self._show_error("")
        self._set_dirty(False)
        self.update_preview()

    # ---- editing ---------------------------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if dirty:
            self.state_label.setText(self.tr("Unsaved changes"))
        elif self._slot is not None and self._slot.row is None:
            self.state_label.setText(self.tr("Not written yet"))
        else:
            self.state_label.setText("")

    def _on_editor_text_changed(self) -> None:
        self._set_dirty(True)
        self._preview_timer.start()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _fill_keys(self) -> None:
        self.keys.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for key, label, unit in self._figure_keys:
            scope = key.split(".")[0]
            if scope not in groups:
                groups[scope] = QTreeWidgetItem(self.keys, [self._titles.get(scope, scope)])
                groups[scope].setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[scope].setExpanded(True)
            value = self._values.get(key)
            item = QTreeWidgetItem(groups[scope], [label, format_figure(value, unit) if value is not None else ""])
            item.setData(0, KEY_ROLE, (key, unit))
            item.setToolTip(0, f"{label}\n{{{key}}}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._filter_keys(self.key_filter.text())

    def _filter_keys(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.keys.topLevelItemCount()):
            top = self.keys.topLevelItem(i)
            shown = 0
            for j in range(top.childCount()):
                child = top.child(j)
                hit = not needle or needle in child.text(0).lower() or needle in child.data(0, KEY_ROLE)[0]
                child.setHidden(not hit)
                shown += hit
            top.setHidden(not shown)

    def _on_keys_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        data = current.data(0, KEY_ROLE) if current is not None else None
        self.key_label.setText(f"{{{data[0]}}}" if data else "")

    def _on_keys_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, KEY_ROLE)
        if data:
            self.insert_key(*data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.keys and is_key and event.key() in ENTER_KEYS:
            item = self.keys.currentItem()
            data = item.data(0, KEY_ROLE) if item is not None else None
            if data:
                key, unit = data
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.insert_key(key, unit, SPEC_TARGET if shift else None)
            return True
        return super().eventFilter(watched, event)


__all__ = ["NarrativesPage"]
