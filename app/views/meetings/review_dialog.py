"""検討ケース: the cases a coordination meeting reviewed, each with the kind of review
(新規検討 / プラン承認 / モニタリング / 終結評価 / 利用決定), the decision and the next
monitoring date.

The meeting's agenda comes prefilled, section by section (the new cases, the plans awaiting
approval, the monitoring due, the closure evaluations); cases already recorded are ticked.
Other cases are added by typing a name, reading or case number and Enter. A row counts when
ticked; typing a decision ticks it. Saving hands every ticked row to
MeetingService.set_reviews in one call (one transaction): rows left unticked are not
recorded (a review recorded before and now unticked is removed). People who did not consent
to sharing appear by case number only, as on the printed agenda.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FieldError, LedgerError, ValidationError
from app.domain.meeting_drafts import ReviewDraft
from app.services.meeting_rows import Agenda, AgendaItem, MeetingDetail, ReviewRow
from app.views.meetings.meeting_dialog import error_text
from app.views.visits.visit_dialog import CaseChooserWidget
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit
from app.views.widgets.fields import ValueCombo
from app.views.widgets.record_dialog import RecordDialog

NOTE_COLOUR = "#666666"


@dataclass
class ReviewLine:
    """The widgets of one case row and what the row carries besides them."""

    case_id: int
    plan_id: int | None
    evaluation_id: int | None
    minutes: str
    check: QCheckBox
    case_label: QLabel
    programme: QComboBox
    kind: ValueCombo
    decision: QLineEdit
    next_edit: DateEdit
    error: QLabel

    def draft(self) -> ReviewDraft:
        kind = self.kind.value() or ""
        return ReviewDraft(
            case_id=self.case_id,
            programme=self.programme.currentData() or "",
            kind=kind,
            decision=self.decision.text().strip(),
            next_monitoring_on=self.next_edit.date(),
            minutes=self.minutes,
            plan_id=self.plan_id if kind == "plan_approval" else None,
            evaluation_id=self.evaluation_id if kind in ("closure_evaluation", "monitoring") else None,
        )


class ReviewDialog(RecordDialog):
    """The reviews of coordination meeting ``meeting_id`` as ``staff_id`` may see them."""

    def __init__(
        self,
        services,
        today: Callable[[], date],
        meeting_id: int,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings, self._cases, self._today = services.meetings, services.cases, today
        self._meeting_id, self._staff_id = meeting_id, staff_id
        self.lines: list[ReviewLine] = []
        self.detail: MeetingDetail = self._meetings.meeting(meeting_id, viewer_staff_id=staff_id)
        self.agenda: Agenda = self._meetings.agenda(meeting_id, viewer_staff_id=staff_id)
        self._kinds = [(c.label, c.code) for c in services.codes.codes("review_kind")]
        self._programme_labels = {c.code: c.label for c in services.codes.codes("programme", include_retired=True)}
        m = self.detail.row
        self.setWindowTitle(self.tr("Cases reviewed"))
        self.header = QLabel(f"{m.held_on:%Y-%m-%d}（{'月火水木金土日'[m.held_on.weekday()]}）　{m.title}", self)
        self.header.setObjectName("reviewHeader")
        self._build_rows_area()
        self._build_add_line(services)
        self._fill()
        body = QVBoxLayout()
        body.addWidget(self.header)
        body.addWidget(self.scroll, 1)
        body.addLayout(self.add_box)
        body.addWidget(self.error_label("add"))
        self.finish_layout(body)
        self.resize(1000, 620)
        first = next((line.check for line in self.lines), None)
        (first or self.case_field).setFocus()

    # ---- building ----------------------------------------------------------------------------
    def _build_rows_area(self) -> None:
        self.rows_widget = QWidget(self)
        self.rows = QGridLayout()
        outer = QVBoxLayout(self.rows_widget)
        outer.addLayout(self.rows)
        outer.addStretch(1)  # rows stay at the top, however few
        self.rows.setVerticalSpacing(2)
        self.rows.setColumnStretch(4, 1)
        heads = ("", self.tr("Case"), self.tr("Programme"), self.tr("Review"), self.tr("Decision"),
                 self.tr("Next monitoring"))  # fmt: skip
        for col, text in enumerate(heads):
            label = QLabel(f"<b>{text}</b>", self.rows_widget)
            self.rows.addWidget(label, 0, col)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self.rows_widget)

    def _build_add_line(self, services) -> None:
        self.case_field = CaseChooserWidget(services.cases, self)
        self.case_field.setMinimumWidth(320)
        self.add_kind = ValueCombo(self)
        self.add_kind.set_items(self._kinds)
        self.add_kind.set_value("new_review")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.case_field.sig_case_chosen.connect(self._on_case_field_case_chosen)
        caption = QLabel(self.tr("Add a case:"), self)
        caption.setBuddy(self.case_field)
        kind_caption = QLabel(self.tr("Review"), self)
        kind_caption.setBuddy(self.add_kind)
        self.add_box = QHBoxLayout()
        for w in (caption, self.case_field, kind_caption, self.add_kind, self.add_button):
            self.add_box.addWidget(w)
        self.add_box.addStretch(1)

    def _section_heading(self, text: str) -> None:
        label = QLabel(text, self.rows_widget)
        label.setStyleSheet("font-weight: bold; color: #1f4e79; padding-top: 6px;")
        self.rows.addWidget(label, self.rows.rowCount(), 0, 1, 6)

    def _fill(self) -> None:
        recorded = {(r.case_id, r.programme, r.kind): r for r in self.detail.reviews}
        used: set[tuple[int, str, str]] = set()
        for _key, label, items in self.agenda.sections:
            self._section_heading(self.tr("%1 (%2)").replace("%1", label).replace("%2", str(len(items))))
            for item in items:
                key = (item.case_id, item.programme, item.section)
                self._add_agenda_line(item, recorded.get(key))
                used.add(key)
        others = [r for key, r in recorded.items() if key not in used]
        self._section_heading(self.tr("Other cases"))
        for r in others:
            self._add_line(r.case_id, f"{r.case_no}　{r.person_name}", [(r.programme, r.programme_label)], r.kind,
                           review=r)  # fmt: skip
        if not self.agenda.items and not others:
            self.empty_label = QLabel(self.tr("Nothing on the agenda: add the cases below."), self.rows_widget)
            self.rows.addWidget(self.empty_label, self.rows.rowCount(), 1, 1, 5)

    def _add_agenda_line(self, item: AgendaItem, review: ReviewRow | None) -> None:
        text = f"{item.case_no}　{item.person_name}"
        line = self._add_line(item.case_id, text, [(item.programme, item.programme_label)], item.section,
                              review=review, plan_id=item.plan_id)  # fmt: skip
        if item.note:
            line.case_label.setText(f"{text}<br><span style='color:{NOTE_COLOUR}'>{item.note}</span>")
        line.case_label.setToolTip(item.note)

    def _add_line(
        self,
        case_id: int,
        text: str,
        programmes: list[tuple[str, str]],
        kind: str,
        *,
        review: ReviewRow | None = None,
        plan_id: int | None = None,
    ) -> ReviewLine:
        parent = self.rows_widget
        row = self.rows.rowCount()
        check = QCheckBox(parent)
        check.setToolTip(self.tr("Recorded at this meeting"))
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        programme = QComboBox(parent)
        for code, name in programmes:
            programme.addItem(name, code)
        kind_box = ValueCombo(parent)
        kind_box.set_items(self._kinds)
        kind_box.set_value(kind)
        decision = QLineEdit(parent)
        decision.setPlaceholderText(self.tr("Decision"))
        next_edit = DateEdit(parent, today=self._today, hint_errors=False)
        next_edit.setPlaceholderText(self.tr("e.g. R5.9.26"))
        next_edit.setMinimumWidth(next_edit.fontMetrics().horizontalAdvance("2023-09-26") + 24)
        error = QLabel(parent)
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.hide()
        line = ReviewLine(case_id, plan_id, review.evaluation_id if review else None, review.minutes if review else "",
                          check, label, programme, kind_box, decision, next_edit, error)  # fmt: skip
        if review is not None:
            check.setChecked(True)
            decision.setText(review.decision)
            next_edit.setDate(review.next_monitoring_on)
            line.plan_id = review.plan_id or plan_id
        for col, w in enumerate((check, label, programme, kind_box, decision, next_edit)):
            self.rows.addWidget(w, row, col)
            if self.isVisible():  # added while the dialog is open: show it now, not after the next event
                w.show()
        self.rows.addWidget(error, row + 1, 1, 1, 5)
        decision.textEdited.connect(lambda _t, c=check: c.setChecked(True))
        next_edit.textEdited.connect(lambda _t, c=check: c.setChecked(True))
        next_edit.sig_error_changed.connect(lambda message, e=error: self._show_line_error(e, message))
        self.lines.append(line)
        return line

    # ---- adding a case -----------------------------------------------------------------------
    def _on_case_field_case_chosen(self, _case_id: int) -> None:
        self.add_kind.setFocus()

    def _on_add_button_clicked(self) -> None:
        self.add_case()

    def add_case(self, case_id: int | None = None, kind: str | None = None) -> ReviewLine | None:
        """Add a row for ``case_id`` (default: the case chosen in the field), ticked."""
        case_id = case_id if case_id is not None else self.case_field.case_id()
        if case_id is None:
            self.show_error("add", self.tr("Choose a case first: type a name or case number and press Enter"))
            return None
        try:
            case = self._cases.get_case(case_id)
        except LedgerError as exc:
            self.show_error("add", error_text(exc))
            return None
        open_programmes = [p for p in case.programmes if p.ended_on is None] or list(case.programmes)
        choices = [(p.programme, p.programme_label) for p in open_programmes]
        meeting_programme = self.detail.row.programme
        choices.sort(key=lambda c: c[0] != meeting_programme)  # the meeting's programme first
        line = self._add_line(
            case.id, f"{case.case_no}　{case.person.name}", choices, kind or self.add_kind.value() or ""
        )
        line.check.setChecked(True)
        self.show_error("add", "")
        self.case_field.edit.clear()
        line.decision.setFocus()
        self.scroll.ensureWidgetVisible(line.decision)
        return line

    # ---- saving ------------------------------------------------------------------------------
    def ticked(self) -> list[ReviewLine]:
        return [line for line in self.lines if line.check.isChecked()]

    def drafts(self) -> list[ReviewDraft]:
        return [line.draft() for line in self.ticked()]

    def store(self) -> int:
        bad = False
        for line in self.lines:
            line.next_edit.set_text(line.next_edit.text())  # read what was typed, even without leaving
            self._show_line_error(line.error, line.next_edit.error())
            bad = bad or (line.check.isChecked() and bool(line.next_edit.error()))
        if bad:
            message = self.tr("Correct the dates marked in red")
            raise ValidationError([FieldError("other", "次回モニタリング日", "invalid", message)])
        self._meetings.set_reviews(self._meeting_id, self.drafts(), editor_staff_id=self._staff_id,
                                   expected_version=self.detail.version)  # fmt: skip
        return self._meeting_id

    def add_error(self, field: str, message: str) -> None:
        parts = field.split(".")
        ticked = self.ticked()
        if len(parts) >= 2 and parts[0] == "reviews" and parts[1].isdigit() and int(parts[1]) < len(ticked):
            error = ticked[int(parts[1])].error
            current = error.text() if not error.isHidden() else ""
            self._show_line_error(error, f"{current}\n{message}" if current else message)
            return
        super().add_error(field, message)

    def _show_line_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))


__all__ = ["ReviewDialog", "ReviewLine"]
