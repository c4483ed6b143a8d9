"""プラン: a first plan or a re-plan of one programme of a case, or an edit of a saved one.

Top: programme, 作成日, which plan this is (初回 / 再プラン n). Page 1 目標と課題: 本人の目標,
短期目標, 課題 (tick all), 本人の取り組み. Page 2 支援と承認: the supporters' actions (one row
each: supporter or agency, action, due date), 利用する事業, 他の制度・機関, 就労支援対象, the
plan period, next monitoring, the coordination meeting that approved it and 市の支援決定日.
Alt+1 / Alt+2 switch pages (the tabs' mnemonics); Ctrl+S saves from anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import PlanDraft, SupporterActionDraft
from app.domain.errors import FieldError, ValidationError
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.fields import AgencyCombo, CheckList, ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box


def _dates(*edits: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in edits:
        row.addWidget(w)
    row.addStretch(1)
    return row


class SupporterActionsEditor(QWidget):
    """Rows of (supporter, agency, action, due date) with add / remove; keyboard reachable."""

    def __init__(self, search_agencies: Callable[[str], list], today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self._search, self._today = search_agencies, today
        self.rows: list[tuple[QLineEdit, AgencyCombo, QLineEdit, DateEdit, QPushButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        for column, text in enumerate((self.tr("Supporter"), self.tr("Agency"), self.tr("Action"), self.tr("By"))):
            self._grid.addWidget(QLabel(text, self), 0, column)
        self._grid.setColumnStretch(2, 1)
        self.add_button = QPushButton(self.tr("&Add a row"), self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self._grid)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, action: SupporterActionDraft | None = None, agency_name: str = "", focus: bool = False) -> None:
        supporter = QLineEdit(self)
        supporter.setPlaceholderText(self.tr("e.g. counsellor"))
        agency = AgencyCombo(self._search, self)
        text = QLineEdit(self)
        due = DateEdit(self, today=self._today, hint_errors=False)
        remove = QPushButton(self.tr("Remove"), self)
        if action is not None:
            supporter.setText(action.supporter)
            if action.agency_id is not None:
                agency.set_value({"id": action.agency_id, "text": agency_name})
            text.setText(action.action)
            due.setDate(action.due_on)
        supporter.setMaximumWidth(supporter.fontMetrics().horizontalAdvance("あ" * 9))
        due.setFixedWidth(due.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        due.setPlaceholderText("")
        row = len(self.rows) + 1
        for column, w in enumerate((supporter, agency, text, due, remove)):
            self._grid.addWidget(w, row, column)
        widgets = (supporter, agency, text, due, remove)
        self.rows.append(widgets)
        remove.clicked.connect(lambda: self.remove_row(widgets))
        if focus:
            supporter.setFocus()

    def remove_row(self, widgets: tuple) -> None:
        self.rows.remove(widgets)
        for w in widgets:
            self._grid.removeWidget(w)
            w.deleteLater()
        self.add_button.setFocus()

    def actions(self) -> tuple[SupporterActionDraft, ...]:
        """The filled rows (a completely empty row is left out)."""
        out = []
        for supporter, agency, action, due, _remove in self.rows:
            values = (supporter.text().strip(), agency.currentText().strip(), action.text().strip(), due.text())
            if not any(values):
                continue
            out.append(SupporterActionDraft(values[0], values[2], agency.agency_id(), due.date()))
        return tuple(out)


class PlanDialog(RecordDialog):
    """A new plan (``plan_id`` None) or an edit; ``programmes`` are the case's (code, label)."""

    FIELD_OF = {"case_id": "programme"}

    def __init__(
        self,
        cases,
        records,
        codes,
        agencies,
        today: Callable[[], date],
        *,
        case_id: int,
        programmes: list[tuple[str, str]],
        plan_id: int | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases, self._records = cases, records
        self._case_id, self._plan_id, self._staff_id, self._version = case_id, plan_id, staff_id, 0
        self._approved_id: int | None = None
        self.setWindowTitle(self.tr("Edit plan") if plan_id else self.tr("New plan"))
        self.programme_combo = ValueCombo(self)
        self.programme_combo.set_items((label, code) for code, label in programmes)
        self.programme_combo.set_value(programmes[0][0] if programmes else None)
        self.made_edit = DateEdit(self, today=today, hint_errors=False)
        self.made_edit.setDate(today())
        self.revision_label = QLabel(self)
        self.revision_label.setObjectName("planRevision")
        self.goal_edit = text_box(self, 3)
        self.short_goals_edit = text_box(self, 3)
        self.issues_list = CheckList(codes.codes("assessment_issue"), 4)
        self.person_actions_edit = text_box(self, 3)
        self.supporters = SupporterActionsEditor(lambda text: agencies.search(text, limit=30), today, self)
        self.menus_list = CheckList(codes.codes("support_menu"), 4)
        self.other_services_edit = text_box(self, 2)
        self.employment_check = QCheckBox(self.tr("Employment support target"), self)
        self.period_from_edit = DateEdit(self, today=today, hint_errors=False)
        self.period_to_edit = DateEdit(self, today=today, hint_errors=False)
        self.monitoring_edit = DateEdit(self, today=today, hint_errors=False)
        self.meeting_combo = ValueCombo(self)
        self.city_decision_edit = DateEdit(self, today=today, hint_errors=False)
        self._build()
        self.made_edit.sig_date_changed.connect(lambda _d: self._fill_meetings())
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._show_revision())
        if plan_id is not None:
            self._load(plan_id)
        else:
            self._show_revision()
            self._fill_meetings()

    # ---- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.made_edit)
        top.addWidget(self.made_edit.hint_label())
        top.addSpacing(12)
        top.addWidget(self.revision_label)
        top.addStretch(1)
        self.add_row("programme", self.tr("Programme"), self.programme_combo, self.programme_combo)
        self.add_row("made_on", self.tr("Date made"), self.made_edit, top)
        self.pages = QTabWidget(self)
        goals, goals_grid = QWidget(self.pages), QGridLayout()
        goals_grid.setColumnStretch(1, 1)
        self.add_row("person_goal", self.tr("The person's goal"), self.goal_edit, self.goal_edit, goals_grid)
        self.add_row("short_term_goals", self.tr("Short-term goals"), self.short_goals_edit, self.short_goals_edit,
                     goals_grid)  # fmt: skip
        self.add_row("issues", self.tr("Issues"), None, self.issues_list, goals_grid)
        self.add_row("person_actions", self.tr("What the person will do"), self.person_actions_edit,
                     self.person_actions_edit, goals_grid)  # fmt: skip
        goals_grid.setRowStretch(goals_grid.rowCount(), 1)
        goals.setLayout(goals_grid)
        support, grid = QWidget(self.pages), QGridLayout()
        grid.setColumnStretch(1, 1)
        self.add_row("supporter_actions", self.tr("Supporters' actions"), None, self.supporters, grid)
        self.add_row("menus", self.tr("Programmes used"), None, self.menus_list, grid)
        self.add_row("other_services", self.tr("Other services and agencies"), self.other_services_edit,
                     self.other_services_edit, grid)  # fmt: skip
        self.add_row("employment_support", "", self.employment_check, self.employment_check, grid)
        period = _dates(self.period_from_edit, QLabel("〜", self), self.period_to_edit)
        self.add_row("period_from", self.tr("Plan period"), self.period_from_edit, period, grid)
        self.errors["period_to"] = self.errors["period_from"]  # one error line under the period
        self.date_fields["period_to"] = self.period_to_edit
        self.add_row("next_monitoring_on", self.tr("Next monitoring"), self.monitoring_edit,
                     _dates(self.monitoring_edit, self.monitoring_edit.hint_label()), grid)  # fmt: skip
        self.add_row("approved_meeting_id", self.tr("Approved at"), self.meeting_combo, self.meeting_combo, grid)
        self.add_row("city_decision_on", self.tr("City's decision"), self.city_decision_edit,
                     _dates(self.city_decision_edit, self.city_decision_edit.hint_label()), grid)  # fmt: skip
        grid.setRowStretch(grid.rowCount(), 1)
        support.setLayout(grid)
        self.pages.addTab(goals, self.tr("&1 Goals and issues"))
        self.pages.addTab(support, self.tr("&2 Support and approval"))
        self.finish_layout(self.grid, self.pages)
        self.resize(760, 620)

    # ---- reading and showing ---------------------------------------------------------------
    def _load(self, plan_id: int) -> None:
        detail = self._records.plan(plan_id)
        d = detail.draft
        self._version, self._staff_id, self._approved_id = detail.version, d.staff_id, d.approved_meeting_id
        if self.programme_combo.findData(d.programme) < 0:
            self.programme_combo.addItem(d.programme, d.programme)
        self.programme_combo.set_value(d.programme)
        self.programme_combo.setEnabled(False)  # a saved plan stays with its programme
        self.made_edit.setDate(d.made_on)
        self._show_revision(detail.revision_no)
        self.goal_edit.setPlainText(d.person_goal)
        self.short_goals_edit.setPlainText(d.short_term_goals)
        self.issues_list.set_value(d.issues)
        self.person_actions_edit.setPlainText(d.person_actions)
        for a in d.supporter_actions:
            self.supporters.add_row(a, detail.agency_names.get(a.agency_id, "") if a.agency_id else "")
        self.menus_list.set_value(d.menus)
        self.other_services_edit.setPlainText(d.other_services)
        self.employment_check.setChecked(d.employment_support)
        self.period_from_edit.setDate(d.period_from)
        self.period_to_edit.setDate(d.period_to)
        self.monitoring_edit.setDate(d.next_monitoring_on)
        self.city_decision_edit.setDate(d.city_decision_on)
        self._fill_meetings()

    def _show_revision(self, revision: int | None = None) -> None:
        if revision is None:
            programme = self.programme_combo.value()
            revision = self._records.next_revision(self._case_id, programme) if programme else 0
        self.revision_label.setText(
            self.tr("First plan") if revision == 0 else self.tr("Re-plan %1").replace("%1", str(revision))
        )

    def _fill_meetings(self) -> None:
        """Offer the coordination meetings near the plan's date (keeping the one chosen)."""
        chosen = self.meeting_combo.value() if self.meeting_combo.count() > 1 else self._approved_id
        around = self.made_edit.date() or date.today()
        choices = self._records.approval_meetings(around)
        if chosen is not None and all(c.id != chosen for c in choices):
            kept = self._records.meeting_choice(chosen)
            choices = [kept, *choices] if kept else choices
        self.meeting_combo.set_items((c.display, c.id) for c in choices)
        self.meeting_combo.set_value(chosen)

    # ---- saving ----------------------------------------------------------------------------
    def draft(self) -> PlanDraft:
        return PlanDraft(
            case_id=self._case_id,
            programme=self.programme_combo.value() or "",
            made_on=self.made_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            person_goal=self.goal_edit.toPlainText().strip(),
            short_term_goals=self.short_goals_edit.toPlainText().strip(),
            person_actions=self.person_actions_edit.toPlainText().strip(),
            other_services=self.other_services_edit.toPlainText().strip(),
            issues=tuple(self.issues_list.value()),
            menus=tuple(self.menus_list.value()),
            supporter_actions=self.supporters.actions(),
            employment_support=self.employment_check.isChecked(),
            period_from=self.period_from_edit.date(),
            period_to=self.period_to_edit.date(),
            next_monitoring_on=self.monitoring_edit.date(),
            approved_meeting_id=self.meeting_combo.value(),
            city_decision_on=self.city_decision_edit.date(),
            staff_id=self._staff_id,
        )

    def store(self) -> int:
        for i, row in enumerate(self.supporters.rows):
            due = row[3]
            due.set_text(due.text())
            if due.error():
                raise ValidationError([FieldError(f"supporter_actions.{i}.due_on", "期限", "date", due.error())])
        if self._plan_id is None:
            return self._cases.add_plan(self.draft())
        self._records.update_plan(self._plan_id, self.draft(), self._version)
        return self._plan_id

    def add_error(self, field: str, message: str) -> None:
        if field.startswith("supporter_actions."):  # "supporter_actions.2.action" → row 3
            row = field.split(".")[1]
            if row.isdigit():
                message = self.tr("Row %1: %2").replace("%1", str(int(row) + 1)).replace("%2", message)
        super().add_error(field, message)
        page = 0 if self.row_of(field) in ("person_goal", "short_term_goals", "issues", "person_actions") else 1
        if self.row_of(field) not in ("programme", "made_on", "other"):
            self.pages.setCurrentIndex(page)
