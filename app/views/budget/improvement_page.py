"""The 家計改善支援計画書 (家計再生プラン) page of the 家計 tab (household-budget.md §5).

The case's plans in a list (newest first) and 「新規」; the form: 作成日, 家計の課題, 目標, 本人の
取り組み, 支援内容 (budget_support codes), 関係機関 (several), 計画期間, モニタリング (予定日 / 実施日 /
メモ per row), the coordination meeting that approved it, and — read only — the closure
evaluation linked to it (recorded in the case file, not here).

Keyboard: Ctrl+S saves from any field; Ctrl+Shift+N starts a new plan; Alt+P goes to the list.
Saving is one ``BudgetSheetService.save_improvement_plan`` call: a refused field shows the
service's Japanese message under it and nothing is written; a plan someone else saved in the
meantime (ConflictError) shows the service's message at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.budget_drafts import ImprovementPlanDraft, MonitoringDraft
from app.domain.errors import FieldError, LedgerError, ValidationError
from app.qt.messages import MessagePresenter
from app.views.widgets.date_edit import ERROR_COLOUR, HINT_COLOUR, DateEdit
from app.views.widgets.fields import AgencyCombo, CheckList, ValueCombo, change_signal
from app.views.widgets.record_dialog import text_box

FIELD_OF = {
    "period_from": "period",
    "period_to": "period",
    "case_id": "other",
    "staff_id": "other",
}


def _dates(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class AgencyListEditor(QWidget):
    """関係機関: the agencies chosen, and an AgencyCombo with 追加 / 削除."""

    sig_changed = Signal()
    sig_error = Signal(str)

    def __init__(self, search: Callable[[str], list], parent: QWidget) -> None:
        super().__init__(parent)
        self._search = search
        self.list = QListWidget(self)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 4 + 10)
        self.combo = AgencyCombo(search)
        self.combo.setParent(self)
        self.combo.lineEdit().setPlaceholderText(self.tr("Type to search the agencies"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_current)
        self.combo.lineEdit().returnPressed.connect(lambda: QTimer.singleShot(0, self.add_current))
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.list)
        box.addLayout(row)

    def set_agencies(self, ids: tuple[int, ...], names: tuple[str, ...]) -> None:
        self.list.clear()
        for agency_id, name in zip(ids, names, strict=True):
            self._append(agency_id, name)
        self.combo.setEditText("")

    def _append(self, agency_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, agency_id)
        self.list.addItem(item)

    def agency_ids(self) -> tuple[int, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_current(self) -> bool:
        """Add the agency named in the combo; False (and ``sig_error``) if it names none."""
        text = self.combo.currentText().strip()
        if not text:
            return False
        agency_id = self.combo.agency_id()
        if agency_id is None:
            self.sig_error.emit(self.tr("No single agency matches “%1”.").replace("%1", text))
            return False
        if agency_id not in self.agency_ids():
            name = next((r.display_name for r in self._search(text) if r.id == agency_id), text)
            self._append(agency_id, name)
            self.sig_changed.emit()
        self.sig_error.emit("")
        self.combo.setEditText("")
        return True

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.sig_changed.emit()


class MonitoringEditor(QWidget):
    """モニタリング: rows of (予定日, 実施日, メモ) with add / remove."""

    sig_changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self._today = today
        self.rows: list[tuple[DateEdit, DateEdit, QLineEdit, QPushButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        for column, text in enumerate((self.tr("Planned"), self.tr("Done"), self.tr("Note"))):
            self._grid.addWidget(QLabel(text, self), 0, column)
        self._grid.setColumnStretch(2, 1)
        self.add_button = QPushButton(self.tr("Add a date"), self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(self._grid)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._kept: list[int] = []  # the displayed row of each draft (blank rows are left out)

    def add_row(
        self, planned: date | None = None, done: date | None = None, note: str = "", *, focus: bool = False
    ) -> None:
        planned_edit = DateEdit(self, today=self._today, hint_errors=False)
        done_edit = DateEdit(self, today=self._today, hint_errors=False)
        note_edit = QLineEdit(note, self)
        remove = QPushButton(self.tr("Remove"), self)
        for edit, value in ((planned_edit, planned), (done_edit, done)):
            edit.setDate(value)
            edit.setPlaceholderText("")
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        widgets = (planned_edit, done_edit, note_edit, remove)
        row = len(self.rows) + 1
        for column, w in enumerate(widgets):
            self._grid.addWidget(w, row, column)
        self.rows.append(widgets)
        remove.clicked.connect(lambda: self.remove_row(widgets))
        for w in widgets[:3]:
            change_signal(w).connect(self.sig_changed)
        if focus:
            planned_edit.setFocus()
            self.sig_changed.emit()

    def remove_row(self, widgets: tuple) -> None:
        self.rows.remove(widgets)
        for w in widgets:
            self._grid.removeWidget(w)
            w.deleteLater()
        # close the gap: the remaining rows move up one grid row each
        for r, row in enumerate(self.rows, start=1):
            for column, w in enumerate(row):
                self._grid.addWidget(w, r, column)
        self.add_button.setFocus()
        self.sig_changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            for w in row:
                self._grid.removeWidget(w)
                w.deleteLater()

    def drafts(self) -> tuple[MonitoringDraft, ...]:
        """The filled rows; ValidationError (``monitorings.<i>.…``) for a date that is not one."""
        out, errors, self._kept = [], [], []
        for r, (planned, done, note, _remove) in enumerate(self.rows):
            for edit in (planned, done):
                edit.set_text(edit.text())  # read what was typed, even without leaving the field
            if not (planned.text().strip() or done.text().strip() or note.text().strip()):
                continue
            self._kept.append(r)
            for edit, name, label in ((planned, "planned_on", "予定日"), (done, "done_on", "実施日")):
                if edit.error():
                    errors.append(FieldError(f"monitorings.{len(out)}.{name}", label, "date", edit.error()))
            out.append(MonitoringDraft(planned.date(), done.date(), note.text().strip()))  # type: ignore[arg-type]
        if errors:
            raise ValidationError(errors)
        return tuple(out)

    def row_of_draft(self, index: int) -> int:
        """The displayed row (0-based) of draft ``index`` from the last :meth:`drafts`."""
        return self._kept[index] if 0 <= index < len(self._kept) else index


class ImprovementPlanPage(QWidget):
    """The 家計改善支援計画書 of the chosen case. ``sig_changed()`` after a save.

    ``timeline_service`` (optional, CaseTimelineService) lets the page show the linked closure
    evaluation's result; without it the page says one is linked.
    """

    sig_changed = Signal()

    def __init__(
        self,
        budget_service,
        records_service,
        codes_service,
        agencies_service,
        today: Callable[[], date],
        presenter: MessagePresenter,
        *,
        staff_id: int | None = None,
        timeline_service=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._budget, self._records, self._timeline = budget_service, records_service, timeline_service
        self._today, self._presenter, self._staff_id = today, presenter, staff_id
        self._case_id: int | None = None
        self._plan_id: int | None = None
        self._version: int | None = None
        self._plan_staff_id: int | None = staff_id
        self._evaluation_id: int | None = None
        self._approved_id: int | None = None
        self._dirty = False
        self._loading = False
        self.errors: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.plan_combo = QComboBox(self)
        self.plan_combo.setMinimumContentsLength(20)
        self.plan_combo.setPlaceholderText(self.tr("(a new plan, not saved yet)"))
        self.new_button = QPushButton(self.tr("&New (Ctrl+Shift+N)"), self)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.toolbar = QHBoxLayout()  # the tab adds print buttons here
        self.status_label = QLabel(self)
        self.status_label.setObjectName("improvementStatus")
        self.status_label.setStyleSheet(f"color: {HINT_COLOUR};")
        self.made_edit = DateEdit(self, today=today, hint_errors=False)
        self.issues_edit = text_box(self, 4)
        self.goals_edit = text_box(self, 4)
        self.actions_edit = text_box(self, 4)
        self.supports_list = CheckList(codes_service.codes("budget_support"), 2)
        self.agencies = AgencyListEditor(lambda text: agencies_service.search(text, limit=30), self)
        self.period_from_edit = DateEdit(self, today=today, hint_errors=False)
        self.period_to_edit = DateEdit(self, today=today, hint_errors=False)
        self.monitoring = MonitoringEditor(today, self)
        self.meeting_combo = ValueCombo(self)
        self.evaluation_label = QLabel(self)
        self.evaluation_label.setObjectName("improvementEvaluation")
        self.evaluation_label.setWordWrap(True)
        self.evaluation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        self._connect()
        self._set_enabled(False)

    # ---- construction ----------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        return error

    def _add_row(
        self, grid: QGridLayout, name: str, text: str, buddy: QWidget | None, content: QWidget | QLayout
    ) -> None:
        row = grid.rowCount()
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self.row_labels[name] = label
        if isinstance(content, QWidget):
            grid.addWidget(content, row, 1)
        else:
            grid.addLayout(content, row, 1)
        grid.addWidget(self._error_label(name), row + 1, 1)

    def _build(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Plan"), self)
        label.setBuddy(self.plan_combo)
        top.addWidget(label)
        top.addWidget(self.plan_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        top.addWidget(self.status_label)
        top.addLayout(self.toolbar)
        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setVerticalSpacing(3)
            grid.setColumnStretch(1, 1)
        self._add_row(left, "made_on", self.tr("Date made"), self.made_edit,
                      _dates(self.made_edit, self.made_edit.hint_label()))  # fmt: skip
        self._add_row(left, "issues", self.tr("Household budget issues"), self.issues_edit, self.issues_edit)
        self._add_row(left, "goals", self.tr("Goals"), self.goals_edit, self.goals_edit)
        self._add_row(left, "person_actions", self.tr("What the person will do"), self.actions_edit,
                      self.actions_edit)  # fmt: skip
        self._add_row(left, "supports", self.tr("Support given"), None, self.supports_list)
        left.setRowStretch(left.rowCount(), 1)
        self._add_row(right, "agency_ids", self.tr("Agencies"), self.agencies.combo, self.agencies)
        period = _dates(self.period_from_edit, QLabel("〜", self), self.period_to_edit)
        self._add_row(right, "period", self.tr("Period"), self.period_from_edit, period)
        self._add_row(right, "monitorings", self.tr("Monitoring"), None, self.monitoring)
        self._add_row(right, "approved_meeting_id", self.tr("Approved at"), self.meeting_combo, self.meeting_combo)
        self._add_row(right, "evaluation_id", self.tr("Closure evaluation"), None, self.evaluation_label)
        right.setRowStretch(right.rowCount(), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.form = QWidget(self)
        self.form.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._error_label("other"))

    def _connect(self) -> None:
        self.plan_combo.currentIndexChanged.connect(self._on_plan_combo_current_index_changed)
        self.new_button.clicked.connect(self.new_plan)
        self.save_button.clicked.connect(self.save)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+N", self.new_plan)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda slot=slot: QTimer.singleShot(0, slot))
        self.made_edit.sig_date_changed.connect(lambda _d: self._fill_meetings())
        for name, edit in (("made_on", self.made_edit), ("period", self.period_from_edit),
                           ("period", self.period_to_edit)):  # fmt: skip
            edit.sig_error_changed.connect(lambda message, name=name: self.show_error(name, message))
        self.agencies.sig_error.connect(lambda message: self.show_error("agency_ids", message))
        fields = (self.made_edit, self.issues_edit, self.goals_edit, self.actions_edit, self.supports_list,
                  self.period_from_edit, self.period_to_edit, self.meeting_combo)  # fmt: skip
        for w in fields:
            change_signal(w).connect(self._on_field_changed)
        self.agencies.sig_changed.connect(self._on_field_changed)
        self.monitoring.sig_changed.connect(self._on_field_changed)

    def _set_enabled(self, enabled: bool) -> None:
        self.form.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.new_button.setEnabled(self._case_id is not None)
        self.plan_combo.setEnabled(self.plan_combo.count() > 0)

    def _on_field_changed(self, *_: object) -> None:
        if not self._loading:
            self._dirty = True
            self.status_label.clear()

    # ---- public API ------------------------------------------------------------------------
    def show_case(self, case_id: int | None, select: int | None = None) -> None:
        """List the case's plans (newest first) and show ``select`` or the newest; a blank new
        plan when the case has none."""
        self._case_id = case_id
        plans = []
        if case_id is not None:
            try:
                plans = self._budget.improvement_plans(case_id)
            except LedgerError as exc:
                self._presenter.error(self, self.tr("Improvement plan"), str(exc))
        self._plans = {p.id: p for p in plans}
        self._loading = True
        self.plan_combo.clear()
        for p in plans:
            text = self.tr("%1 made").replace("%1", f"{p.made_on:%Y-%m-%d}")
            self.plan_combo.addItem(f"{text}　{p.staff_name}".rstrip(), p.id)
        index = self.plan_combo.findData(select) if select is not None else 0
        self.plan_combo.setCurrentIndex(max(index, 0) if plans else -1)
        self._loading = False
        if plans:
            self._load(self._plans[self.plan_combo.currentData()])
        else:
            self._blank()
        self._set_enabled(case_id is not None)

    def current_plan_id(self) -> int | None:
        """The plan shown (None for a new one not yet saved)."""
        return self._plan_id

    def new_plan(self) -> None:
        """A blank form for a new plan, dated today."""
        if self._case_id is None or not self._may_discard():
            return
        self._loading = True
        self.plan_combo.setCurrentIndex(-1)
        self._loading = False
        self._blank()
        self.status_label.setText(self.tr("New plan: fill in and save with Ctrl+S."))
        self.issues_edit.setFocus()

    # ---- showing ---------------------------------------------------------------------------
    def _on_plan_combo_current_index_changed(self, _index: int) -> None:
        if self._loading or self.plan_combo.currentData() is None:
            return
        if not self._may_discard():
            self._loading = True
            self.plan_combo.setCurrentIndex(self.plan_combo.findData(self._plan_id))
            self._loading = False
            return
        self._load(self._plans[self.plan_combo.currentData()])

    def _may_discard(self) -> bool:
        if not self._dirty:
            return True
        return self._presenter.question(
            self, self.tr("Improvement plan"), self.tr("The plan has unsaved changes. Discard them?")
        )

    def _blank(self) -> None:
        self._fill(None)

    def _load(self, p) -> None:
        self._fill(p)

    def _fill(self, p) -> None:
        """Show plan ``p`` (an ImprovementPlanDetail), or a blank form for None."""
        self._loading = True
        self.clear_errors()
        self._plan_id = p.id if p else None
        self._version = p.version if p else None
        self._plan_staff_id = p.staff_id if p else self._staff_id
        self._evaluation_id = p.evaluation_id if p else None
        self._approved_id = p.approved_meeting_id if p else None
        self.made_edit.setDate(p.made_on if p else self._today())
        self.issues_edit.setPlainText(p.issues if p else "")
        self.goals_edit.setPlainText(p.goals if p else "")
        self.actions_edit.setPlainText(p.person_actions if p else "")
        self.supports_list.set_value(p.supports if p else ())
        self.agencies.set_agencies(p.agency_ids if p else (), p.agency_names if p else ())
        self.period_from_edit.setDate(p.period_from if p else None)
        self.period_to_edit.setDate(p.period_to if p else None)
        self.monitoring.clear()
        for m in p.monitorings if p else ():
            self.monitoring.add_row(m.planned_on, m.done_on, m.note)
        if not self.monitoring.rows:
            self.monitoring.add_row()
        self.meeting_combo.clear()
        self._fill_meetings()
        self._show_evaluation()
        self.status_label.clear()
        self._loading = False
        self._dirty = False

    def _fill_meetings(self) -> None:
        """Offer the coordination meetings near the plan's date, keeping the one chosen."""
        chosen = self.meeting_combo.value() if self.meeting_combo.count() > 1 else self._approved_id
        around = self.made_edit.date() or self._today()
        try:
            choices = self._records.approval_meetings(around)
            if chosen is not None and all(c.id != chosen for c in choices):
                kept = self._records.meeting_choice(chosen)
                choices = [kept, *choices] if kept else choices
        except LedgerError as exc:
            self.show_error("approved_meeting_id", str(exc))
            return
        self.meeting_combo.set_items((c.display, c.id) for c in choices)
        self.meeting_combo.set_value(chosen)

    def _show_evaluation(self) -> None:
        ev = self._evaluation_id
        self.evaluation_label.setText(self._evaluation_text(ev) if ev is not None else "")
        self.evaluation_label.setVisible(ev is not None)
        self.row_labels["evaluation_id"].setVisible(ev is not None)

    def _evaluation_text(self, evaluation_id: int) -> str:
        if self._timeline is not None and self._case_id is not None:
            try:
                entries = self._timeline.timeline(self._case_id, kinds=frozenset({"evaluation"}), limit=100)
            except LedgerError:
                entries = []
            for e in entries:
                if e.id == evaluation_id:
                    return f"{e.on:%Y-%m-%d}　{e.title}" + (f"\n{e.detail}" if e.detail else "")
        return self.tr("A closure evaluation is linked (No. %1); see the case file.").replace("%1", str(evaluation_id))

    # ---- saving ----------------------------------------------------------------------------
    def draft(self, monitorings: tuple[MonitoringDraft, ...] = ()) -> ImprovementPlanDraft:
        return ImprovementPlanDraft(
            made_on=self.made_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            issues=self.issues_edit.toPlainText().strip(),
            goals=self.goals_edit.toPlainText().strip(),
            person_actions=self.actions_edit.toPlainText().strip(),
            supports=tuple(self.supports_list.value()),
            agency_ids=self.agencies.agency_ids(),
            period_from=self.period_from_edit.date(),
            period_to=self.period_to_edit.date(),
            monitorings=monitorings,
            approved_meeting_id=self.meeting_combo.value(),
            evaluation_id=self._evaluation_id,
            staff_id=self._plan_staff_id,
        )

    def save(self) -> int | None:
        """Store the form; the plan's id, or None when something was refused (shown under its
        field, nothing written)."""
        if self._case_id is None or not self.save_button.isEnabled():
            return None
        self.clear_errors()
        bad = False
        for name, edit in (("made_on", self.made_edit), ("period", self.period_from_edit),
                           ("period", self.period_to_edit)):  # fmt: skip
            edit.set_text(edit.text())  # read what was typed, even without leaving the field
            if edit.error():
                self.add_error(name, edit.error())
                bad = True
        try:
            monitorings = self.monitoring.drafts()
        except ValidationError as exc:
            for e in exc.errors:
                self.add_error(e.field, e.message)
            return None
        if bad:
            return None
        try:
            plan_id = self._budget.save_improvement_plan(self._case_id, self.draft(monitorings), self._plan_id,
                                                         self._version)  # fmt: skip
        except ValidationError as exc:
            for e in exc.errors:
                self.add_error(e.field, e.message)
            return None
        except LedgerError as exc:  # ConflictError: someone saved it first; NotFoundError …
            self.show_error("other", str(exc))
            return None
        self._dirty = False
        self.show_case(self._case_id, select=plan_id)
        self.status_label.setText(self.tr("Saved."))
        self.sig_changed.emit()
        return plan_id

    # ---- errors ----------------------------------------------------------------------------
    def row_of(self, field: str) -> str:
        name = FIELD_OF.get(field, field)
        if name not in self.errors:
            name = next((row for row in self.errors if field.startswith(f"{row}.")), "other")
        return name

    def add_error(self, field: str, message: str) -> None:
        if field.startswith("monitorings."):  # "monitorings.1.note" → the row it is shown on
            index = field.split(".")[1]
            if index.isdigit():
                row = self.monitoring.row_of_draft(int(index)) + 1
                message = self.tr("Row %1: %2").replace("%1", str(row)).replace("%2", message)
        name = self.row_of(field)
        if name == "evaluation_id" and self._evaluation_id is None:
            name = "other"
        current = self.error_text(name)
        self.show_error(name, f"{current}\n{message}" if current else message)

    def error_text(self, name: str) -> str:
        label = self.errors[self.row_of(name)]
        return label.text() if not label.isHidden() else ""

    def show_error(self, name: str, text: str) -> None:
        self.errors[name].setText(text)
        self.errors[name].setVisible(bool(text))

    def clear_errors(self) -> None:
        for name in self.errors:
            self.show_error(name, "")
