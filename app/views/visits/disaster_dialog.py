"""被災者支援の活動: record activities of the disaster programme — date, kind (電話 /
アウトリーチ / 来所 / 関係機関との連携 / 地域コミュニティーの再構築・広報), how many, the case
(optional), the agencies involved and a note. The annual report counts each activity, so
"3" records three. Ctrl+S saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from app.domain.errors import FieldError, ValidationError
from app.domain.visit_drafts import COUNT_MAX, DisasterActivityDraft
from app.views.visits.visit_dialog import AgencyListWidget, CaseChooserWidget
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.fields import ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class DisasterActivityDialog(RecordDialog):
    """``record_id`` after a save: the first of the activities recorded; ``recorded`` all."""

    FIELD_OF = {"staff_id": "other"}

    def __init__(
        self,
        services,
        today: Callable[[], date],
        *,
        kind: str | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outreach, self._staff_id = services.outreach, staff_id
        self.recorded: list[int] = []
        self.setWindowTitle(self.tr("Record disaster support activity"))
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        self.kind_combo = ValueCombo(self)
        self.kind_combo.set_items((c.label, c.code) for c in services.codes.codes("disaster_activity"))
        self.kind_combo.set_value(kind)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, COUNT_MAX)
        self.count_spin.setSuffix(self.tr(" times"))
        self.case_field = CaseChooserWidget(services.cases, self)
        self.agency_list = AgencyListWidget(services.agencies, self)
        self.content_edit = text_box(self, 3)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.date_edit.hint_label())
        when.addStretch(1)
        self.add_row("activity_on", self.tr("Date"), self.date_edit, when)
        self.add_row("kind", self.tr("Activity"), self.kind_combo, _left(self.kind_combo))
        self.add_row("count", self.tr("How many"), self.count_spin, _left(self.count_spin))
        self.add_row("case_id", self.tr("Case (optional)"), self.case_field, self.case_field)
        self.add_row("agency_ids", self.tr("Agencies"), self.agency_list.combo, self.agency_list)
        self.add_row("content", self.tr("Note"), self.content_edit, self.content_edit)
        self.finish_layout()
        self.resize(600, self.sizeHint().height())
        (self.count_spin if kind else self.kind_combo).setFocus()

    def draft(self) -> DisasterActivityDraft:
        if not self.agency_list.add_typed():
            message = self.tr("Choose the agency from the directory")
            raise ValidationError([FieldError("agency_ids", "関係機関", "unknown", message)])
        if self.case_field.edit.text().strip() and self.case_field.case_id() is None:
            message = self.tr("Choose the case from the list (Enter), or leave it empty")
            raise ValidationError([FieldError("case_id", "ケース", "unknown", message)])
        return DisasterActivityDraft(
            activity_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            kind=self.kind_combo.value() or "",
            count=self.count_spin.value(),
            case_id=self.case_field.case_id(),
            staff_id=self._staff_id,
            agency_ids=self.agency_list.value(),
            content=self.content_edit.toPlainText().strip(),
        )

    def store(self) -> int:
        self.recorded = self._outreach.record_disaster_activity(self.draft())
        return self.recorded[0]


__all__ = ["DisasterActivityDialog"]
