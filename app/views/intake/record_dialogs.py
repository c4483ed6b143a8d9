"""Dialogs for one record of the case file: a correction of a contact (支援経過), a referral
(つなぎ), an employment outcome (就職 / 増収) and a use of another programme (他事業の利用). Each one records a new record, or edits a
saved one when given its id (the version read is sent back, so a record someone else saved in
the meantime is not overwritten).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QSpinBox, QWidget

from app.domain.drafts import ContactDraft, OutcomeDraft, ReferralDraft, ServiceUseDraft
from app.domain.errors import FieldError, ValidationError
from app.domain.money import YenParseError, format_yen, parse_yen
from app.views.intake.contact_form import parse_clock
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.fields import AgencyCombo, ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box


def _date_row(edit: DateEdit) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(edit.hint_label())
    row.addStretch(1)
    return row


def _radios(parent: QWidget, texts: list[str]) -> tuple[QButtonGroup, list[QRadioButton], QHBoxLayout]:
    group = QButtonGroup(parent)
    buttons, row = [], QHBoxLayout()
    for i, text in enumerate(texts):
        button = QRadioButton(text, parent)
        group.addButton(button, i)
        buttons.append(button)
        row.addWidget(button)
    row.addStretch(1)
    buttons[0].setChecked(True)
    return group, buttons, row


class ContactDialog(RecordDialog):
    """Correct a recorded contact: date, time, method, programme, minutes, content, next action."""

    def __init__(
        self,
        records,
        codes,
        today: Callable[[], date],
        *,
        contact_id: int,
        programmes: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records, self._contact_id = records, contact_id
        self.setWindowTitle(self.tr("Edit contact"))
        detail = records.contact(contact_id)
        self._version, self._saved = detail.version, detail.draft
        d = detail.draft
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(d.contact_on)
        self.time_edit = QLineEdit(f"{d.contact_at:%H:%M}" if d.contact_at else "", self)
        self.time_edit.setPlaceholderText("HH:MM")
        self.method_combo = ValueCombo(self)
        self.method_combo.set_items((c.label, c.code) for c in codes.codes("contact_method", include_retired=True))
        self.method_combo.set_value(d.method)
        self.programme_combo = ValueCombo(self)
        self.programme_combo.set_items((label, code) for code, label in programmes)
        self.programme_combo.set_value(d.programme)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 1440)
        self.minutes_spin.setSpecialValueText("—")
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setValue(d.minutes or 0)
        self.content_edit = text_box(self, 6)
        self.content_edit.setPlainText(d.content)
        self.next_action_edit = QLineEdit(d.next_action, self)
        self.add_row("contact_on", self.tr("Date"), self.date_edit, _date_row(self.date_edit))
        self.add_row("contact_at", self.tr("Time"), self.time_edit, self.time_edit)
        self.add_row("method", self.tr("Method"), self.method_combo, self.method_combo)
        self.add_row("programme", self.tr("Programme"), self.programme_combo, self.programme_combo)
        self.add_row("minutes", self.tr("Minutes"), self.minutes_spin, self.minutes_spin)
        self.add_row("content", self.tr("Content"), self.content_edit, self.content_edit)
        self.add_row("next_action", self.tr("Next action"), self.next_action_edit, self.next_action_edit)
        self.finish_layout()
        self.resize(560, self.sizeHint().height())
        self.content_edit.setFocus()

    def store(self) -> int:
        try:
            at = parse_clock(self.time_edit.text())
        except ValueError:
            message = self.tr("Enter the time as HH:MM")
            raise ValidationError([FieldError("contact_at", "時刻", "invalid", message)]) from None
        draft = ContactDraft(
            case_id=self._saved.case_id,
            programme=self.programme_combo.value() or "",
            contact_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            method=self.method_combo.value() or "",
            content=self.content_edit.toPlainText().strip(),
            contact_at=at,
            participants=self._saved.participants,
            agency_ids=self._saved.agency_ids,
            staff_id=self._saved.staff_id,
            minutes=self.minutes_spin.value() or None,
            next_action=self.next_action_edit.text().strip(),
        )
        self._records.update_contact(self._contact_id, draft, self._version)
        return self._contact_id


class ReferralDialog(RecordDialog):
    """つなぎ: from an agency (受) or to one (送), date, agency, programme, purpose, result.

    ``programmes``: the case's (code, label) pairs; ``referral_id`` edits a saved referral."""

    def __init__(
        self,
        cases,
        records,
        agencies,
        today: Callable[[], date],
        *,
        case_id: int,
        person_id: int,
        programmes: list[tuple[str, str]],
        referral_id: int | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases, self._records = cases, records
        self._case_id, self._person_id, self._staff_id = case_id, person_id, staff_id
        self._referral_id, self._version = referral_id, 0
        self.setWindowTitle(self.tr("Edit referral") if referral_id else self.tr("Record referral"))
        self.direction_group, self.direction_radios, directions = _radios(
            self, [self.tr("From an agency (received)"), self.tr("To an agency (sent)")]
        )
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        self.agency_combo = AgencyCombo(lambda text: agencies.search(text, limit=30), self)
        self.programme_combo = ValueCombo(self)
        self.programme_combo.set_items((label, code) for code, label in programmes)
        self.programme_combo.set_value(programmes[0][0] if programmes else None)
        self.purpose_edit = text_box(self)
        self.result_edit = text_box(self)
        self.add_row("direction", self.tr("Direction"), self.direction_radios[0], directions)
        self.add_row("referred_on", self.tr("Date"), self.date_edit, _date_row(self.date_edit))
        self.add_row("agency_id", self.tr("Agency"), self.agency_combo, self.agency_combo)
        self.add_row("programme", self.tr("Programme"), self.programme_combo, self.programme_combo)
        self.add_row("purpose", self.tr("Purpose"), self.purpose_edit, self.purpose_edit)
        self.add_row("result", self.tr("Result"), self.result_edit, self.result_edit)
        self.finish_layout()
        self.resize(560, self.sizeHint().height())
        if referral_id is not None:
            self._load(referral_id)

    def _load(self, referral_id: int) -> None:
        detail = self._records.referral(referral_id)
        d = detail.draft
        self._version, self._staff_id = detail.version, d.staff_id
        self.direction_radios[0 if d.direction == "in" else 1].setChecked(True)
        self.date_edit.setDate(d.referred_on)
        self.agency_combo.set_value({"id": d.agency_id, "text": detail.agency_name})
        if self.programme_combo.findData(d.programme) < 0:
            self.programme_combo.addItem(d.programme, d.programme)
        self.programme_combo.set_value(d.programme)
        self.purpose_edit.setPlainText(d.purpose)
        self.result_edit.setPlainText(d.result)

    def direction(self) -> str:
        return "in" if self.direction_radios[0].isChecked() else "out"

    def store(self) -> int:
        agency_id = self.agency_combo.agency_id()
        if agency_id is None:
            message = self.tr("Choose the agency from the directory")
            raise ValidationError([FieldError("agency_id", "関係機関", "required", message)])
        draft = ReferralDraft(
            person_id=self._person_id,
            programme=self.programme_combo.value() or "",
            direction=self.direction(),
            referred_on=self.date_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            agency_id=agency_id,
            case_id=self._case_id,
            purpose=self.purpose_edit.toPlainText().strip(),
            result=self.result_edit.toPlainText().strip(),
            staff_id=self._staff_id,
        )
        if self._referral_id is None:
            return self._cases.record_referral(draft)
        self._records.update_referral(self._referral_id, draft, self._version)
        return self._referral_id


class OutcomeDialog(RecordDialog):
    """就労の成果: 就職 (employer, 雇用形態, 経路) or 増収 (monthly increase in yen)."""

    def __init__(
        self,
        records,
        codes,
        today: Callable[[], date],
        *,
        case_id: int,
        outcome_id: int | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records, self._case_id, self._staff_id = records, case_id, staff_id
        self._outcome_id, self._version = outcome_id, 0
        self.setWindowTitle(self.tr("Edit employment outcome") if outcome_id else self.tr("Record employment outcome"))
        self.kind_group, self.kind_radios, kinds = _radios(self, [self.tr("Employed"), self.tr("Income increased")])
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        self.employer_edit = QLineEdit(self)
        self.type_combo = ValueCombo(self)
        self.type_combo.set_items((c.label, c.code) for c in codes.codes("employment_type"))
        self.via_combo = ValueCombo(self)
        self.via_combo.set_items((c.label, c.code) for c in codes.codes("employment_via"))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("e.g. 30000 / 3万"))
        self.note_edit = text_box(self)
        self.add_row("kind", self.tr("Outcome"), self.kind_radios[0], kinds)
        self.add_row("occurred_on", self.tr("Date"), self.date_edit, _date_row(self.date_edit))
        self.add_row("employer_name", self.tr("Employer"), self.employer_edit, self.employer_edit)
        self.add_row("employment_type", self.tr("Type of employment"), self.type_combo, self.type_combo)
        self.add_row("via", self.tr("Found through"), self.via_combo, self.via_combo)
        self.add_row("increase_yen", self.tr("Monthly increase (yen)"), self.amount_edit, self.amount_edit)
        self.add_row("note", self.tr("Note"), self.note_edit, self.note_edit)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())
        self.kind_group.idToggled.connect(lambda *_: self._sync_kind())
        if outcome_id is not None:
            self._load(outcome_id)
        self._sync_kind()

    def _load(self, outcome_id: int) -> None:
        detail = self._records.outcome(outcome_id)
        d = detail.draft
        self._version, self._staff_id = detail.version, d.staff_id
        self.kind_radios[1 if d.kind == "income_increase" else 0].setChecked(True)
        self.date_edit.setDate(d.occurred_on)
        self.employer_edit.setText(d.employer_name)
        self.type_combo.set_value(d.employment_type)
        self.via_combo.set_value(d.via)
        self.amount_edit.setText(format_yen(d.increase_yen, unit=False) if d.increase_yen else "")
        self.note_edit.setPlainText(d.note)

    def kind(self) -> str:
        return "income_increase" if self.kind_radios[1].isChecked() else "employed"

    def _sync_kind(self) -> None:
        employed = self.kind() == "employed"
        for w in (self.employer_edit, self.type_combo, self.via_combo):
            w.setEnabled(employed)
        self.amount_edit.setEnabled(not employed)

    def store(self) -> int:
        employed = self.kind() == "employed"
        amount = None
        if not employed and self.amount_edit.text().strip():
            try:
                amount = parse_yen(self.amount_edit.text())
            except YenParseError as exc:
                raise ValidationError([FieldError("increase_yen", "増収額（月額）", "invalid", str(exc))]) from exc
        draft = OutcomeDraft(
            case_id=self._case_id,
            kind=self.kind(),
            occurred_on=self.date_edit.date(),  # type: ignore[arg-type]
            employer_name=self.employer_edit.text().strip() if employed else "",
            employment_type=self.type_combo.value() if employed else None,
            via=self.via_combo.value() if employed else None,
            increase_yen=amount,
            note=self.note_edit.toPlainText().strip(),
            staff_id=self._staff_id,
        )
        if self._outcome_id is None:
            return self._records.record_outcome(draft)
        self._records.update_outcome(self._outcome_id, draft, self._version)
        return self._outcome_id


class ServiceUseDialog(RecordDialog):
    """他事業の利用: which programme, from when (and until when), at which agency, result."""

    def __init__(
        self,
        records,
        codes,
        agencies,
        today: Callable[[], date],
        *,
        case_id: int,
        use_id: int | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records, self._case_id, self._staff_id = records, case_id, staff_id
        self._use_id, self._version = use_id, 0
        self.setWindowTitle(
            self.tr("Edit use of another programme") if use_id else self.tr("Record use of another programme")
        )
        self.service_combo = ValueCombo(self)
        self.service_combo.set_items((c.label, c.code) for c in codes.codes("external_service"))
        self.start_edit = DateEdit(self, today=today, hint_errors=False)
        self.start_edit.setDate(today())
        self.end_edit = DateEdit(self, today=today, hint_errors=False)
        self.agency_combo = AgencyCombo(lambda text: agencies.search(text, limit=30), self)
        self.result_edit = text_box(self)
        self.add_row("service", self.tr("Programme used"), self.service_combo, self.service_combo)
        self.add_row("started_on", self.tr("Started"), self.start_edit, _date_row(self.start_edit))
        self.add_row("ended_on", self.tr("Ended"), self.end_edit, _date_row(self.end_edit))
        self.add_row("agency_id", self.tr("Agency"), self.agency_combo, self.agency_combo)
        self.add_row("result", self.tr("Result"), self.result_edit, self.result_edit)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())
        if use_id is not None:
            self._load(use_id)

    def _load(self, use_id: int) -> None:
        detail = self._records.service_use(use_id)
        d = detail.draft
        self._version, self._staff_id = detail.version, d.staff_id
        if self.service_combo.findData(d.service) < 0:  # a retired programme it already names
            self.service_combo.addItem(d.service, d.service)
        self.service_combo.set_value(d.service)
        self.start_edit.setDate(d.started_on)
        self.end_edit.setDate(d.ended_on)
        if d.agency_id is not None:
            self.agency_combo.set_value({"id": d.agency_id, "text": detail.agency_name})
        self.result_edit.setPlainText(d.result)

    def store(self) -> int:
        agency_id = self.agency_combo.agency_id()
        if agency_id is None and self.agency_combo.currentText().strip():
            message = self.tr("Choose the agency from the directory, or leave it blank")
            raise ValidationError([FieldError("agency_id", "関係機関", "unknown", message)])
        draft = ServiceUseDraft(
            case_id=self._case_id,
            service=self.service_combo.value() or "",
            started_on=self.start_edit.date(),  # type: ignore[arg-type]
            ended_on=self.end_edit.date(),
            agency_id=agency_id,
            result=self.result_edit.toPlainText().strip(),
            staff_id=self._staff_id,
        )
        if self._use_id is None:
            return self._records.record_service_use(draft)
        self._records.update_service_use(self._use_id, draft, self._version)
        return self._use_id
