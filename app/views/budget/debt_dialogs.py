"""Dialogs of the debts screen (滞納・債務一覧): a debt (new or edited), an instalment agreement
(分納) whose schedule is previewed as it is typed, and a repayment. Each one saves through one
DebtService call (one transaction), so a refused save writes nothing and stays open.

Amounts are typed the way staff write them (12345 / 12,345 / １２３４５ / 1.2万, see
:func:`app.domain.money.parse_yen`); text that is not an amount is shown under its field as
soon as the field is left, and again on saving, like the service's own refusals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain import repayment
from app.domain.debt_drafts import MONTHS_MAX, AgreementDraft, DebtDraft, PaymentDraft
from app.domain.errors import FieldError, ValidationError
from app.domain.money import YenParseError, format_yen, parse_yen
from app.domain.wareki import DateParseError, parse_date
from app.views.widgets.date_edit import HINT_COLOUR, INVALID_STYLE, DateEdit
from app.views.widgets.fields import AgencyCombo, ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box

if TYPE_CHECKING:
    from app.services.agencies import AgencyService
    from app.services.codes import CodeService
    from app.services.debt_rows import DebtRow
    from app.services.debts import DebtService
    from app.services.rows import CodeRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INDENT = "\u3000"  # a full-width space: the kinds under a group heading


# ---- fields ----------------------------------------------------------------------------------
def parse_month(text: str, today: date | None = None) -> date | None:
    """The 1st of the month ``text`` names — a month alone ("2023/5", "R5.5", "令和5年5月",
    "202305") or any date in it; None when blank; DateParseError (the parser's Japanese
    message for what was typed) otherwise."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None
    try:
        return repayment.month_start(parse_date(folded, today=today))
    except DateParseError as exc:
        error = exc
    separator = next((c for c in reversed(folded) if c in "/.-"), "")
    if folded.endswith("月"):
        candidate = f"{folded}1日"
    elif re.fullmatch(r"\d{6}", folded):
        candidate = f"{folded}01"
    elif separator:
        candidate = f"{folded}{separator}1"
    else:
        raise error
    try:
        return repayment.month_start(parse_date(candidate, today=today))
    except DateParseError:
        raise error from None


class MonthEdit(DateEdit):
    """A DateEdit for a month: takes "2023/5", "R5.5", "令和5年5月" (or a date), holds the
    1st of that month and shows it as "2023-05"."""

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent, today=today, hint_errors=False)
        self._month_today = today
        self.setPlaceholderText(self.tr("e.g. R5.5 / 2023/5"))

    def set_month(self, value: date | None) -> None:
        self.setDate(None if value is None else repayment.month_start(value))
        if value is not None:
            self.setText(f"{value:%Y-%m}")

    def _on_self_editing_finished(self) -> None:
        try:
            value = parse_month(self.text(), self._month_today() if self._month_today else None)
        except DateParseError:
            super()._on_self_editing_finished()  # the date parser's message for what was typed
            return
        self.set_month(value)


class YenEdit(QLineEdit):
    """An amount of yen, right-aligned, tidied to "120,000" when the field is left.
    ``sig_error_changed(str)``: why the text is not an amount ("" once it is)."""

    sig_error_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self.setAlignment(RIGHT)
        self.setStyleSheet(INVALID_STYLE)
        self.setPlaceholderText(self.tr("e.g. 120000 / 12万"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.editingFinished.connect(self._on_self_editing_finished)

    def sizeHint(self) -> QSize:  # the example fits, in the font the field ends up with
        hint = super().sizeHint()
        return QSize(
            max(hint.width(), self.fontMetrics().horizontalAdvance(self.placeholderText()) + 40), hint.height()
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def value(self) -> int | None:
        """The amount typed; None when blank; YenParseError when it is not an amount."""
        text = self.text().strip()
        return parse_yen(text) if text else None

    def set_value(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_yen(amount, unit=False))
        self._set_error("")

    def error(self) -> str:
        return self._error

    def _on_self_editing_finished(self) -> None:
        try:
            self.set_value(self.value())
        except YenParseError as exc:
            self._set_error(str(exc))

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.setProperty("invalid", bool(message))
        self.style().unpolish(self)
        self.style().polish(self)
        self.sig_error_changed.emit(message)


INDENT_ROLE = Qt.ItemDataRole.UserRole + 1  # a kind listed under a group heading


def kind_items(codes: list[CodeRow]) -> list[tuple[str, str, str]]:
    """(label, code, place) for the debt-kind combo, place being "heading" (a code others
    name as parent: it cannot be chosen), "child" (a kind under the heading before it) or
    "kind" (a kind in no group)."""
    known = {c.code for c in codes}
    children: dict[str, list[CodeRow]] = {}
    for c in codes:
        if c.parent_code in known:
            children.setdefault(c.parent_code, []).append(c)
    items: list[tuple[str, str, str]] = []
    for c in codes:
        if c.parent_code in known:
            continue  # listed under its heading
        if c.code in children:
            items.append((c.label, c.code, "heading"))
            items += [(k.label, k.code, "child") for k in children[c.code]]
        else:
            items.append((c.label, c.code, "kind"))
    return items


class KindDelegate(QStyledItemDelegate):
    """Indents the kinds under a group heading in the combo's list (the closed combo shows
    the plain label)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(INDENT_ROLE):
            option.text = INDENT * 2 + option.text


def fill_kind_combo(combo: ValueCombo, codes: list[CodeRow]) -> None:
    """The kinds, each group heading a bold item that cannot be chosen (the arrow keys and
    the mouse pass over it) followed by its kinds, indented."""
    items = kind_items(codes)
    combo.set_items((label, code) for label, code, _place in items)
    combo.setItemDelegate(KindDelegate(combo))
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for i, (_label, _code, place) in enumerate(items, start=1):  # after the blank item
        item = model.item(i)
        item.setData(place == "child", INDENT_ROLE)
        if place == "heading":
            item.setEnabled(False)
            font = item.font()
            font.setBold(True)
            item.setFont(font)


def _line(*parts: QWidget | str | int, parent: QWidget) -> QHBoxLayout:
    """Fields and labels (a str) left to right, an int being a gap in pixels."""
    row = QHBoxLayout()
    for part in parts:
        if isinstance(part, int):
            row.addSpacing(part)
        else:
            row.addWidget(QLabel(part, parent) if isinstance(part, str) else part)
    row.addStretch(1)
    return row


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    label.setWordWrap(True)
    return label


class _AmountDialog(RecordDialog):
    """A RecordDialog with yen fields whose reading errors show under their rows."""

    def yen_field(self, name: str) -> YenEdit:
        edit = YenEdit(self)
        edit.sig_error_changed.connect(lambda message, name=name: self.show_error(name, message))
        return edit

    def read_yen(self, fields: dict[str, tuple[YenEdit, str, bool]]) -> dict[str, int | None]:
        """{field: amount} for ``{field: (edit, Japanese label, required)}``; ValidationError
        naming every field whose text is not an amount (or is blank but required)."""
        values: dict[str, int | None] = {}
        errors = []
        for field, (edit, label, required) in fields.items():
            try:
                values[field] = edit.value()
            except YenParseError as exc:
                errors.append(FieldError(field, label, "invalid", str(exc)))
                continue
            if required and values[field] is None:
                errors.append(FieldError(field, label, "required", self.tr("Enter the amount")))
        if errors:
            raise ValidationError(errors)
        return values

    def heading(self, debt: DebtRow) -> QLabel:
        text = self.tr("%1 %2 — balance %3").replace("%1", debt.kind_label).replace("%2", debt.creditor)
        label = QLabel(text.replace("%3", format_yen(debt.balance_yen)), self)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def finish(self, width: int, *top: QWidget | QLayout) -> None:
        self.finish_layout(*top, self.grid)
        self.resize(width, self.sizeHint().height())


# ---- a debt ----------------------------------------------------------------------------------
class DebtDialog(_AmountDialog):
    """A debt or arrear of a case: new, or edited when given ``debt_id`` (the version read is
    sent back, so a debt saved elsewhere in the meantime — a payment lowers its balance — is
    not overwritten). ``record_id`` is the debt's id once saved."""

    FIELD_OF = {"arrears_months": "arrears_yen", "case_id": "other"}

    def __init__(
        self,
        debts: DebtService,
        codes: CodeService,
        agencies: AgencyService,
        today: Callable[[], date],
        *,
        case_id: int,
        debt_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debts, self._case_id, self._debt_id, self._version = debts, case_id, debt_id, 0
        self.setWindowTitle(self.tr("Edit debt") if debt_id else self.tr("Add debt"))
        self.kind_combo = ValueCombo(self)
        fill_kind_combo(self.kind_combo, codes.codes("debt_kind"))
        self.creditor_edit = QLineEdit(self)
        self.creditor_edit.setPlaceholderText(self.tr("e.g. city tax office, card company"))
        self.original_edit = self.yen_field("original_yen")
        self.balance_edit = self.yen_field("balance_yen")
        self.arrears_edit = self.yen_field("arrears_yen")
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, MONTHS_MAX)
        self.months_spin.setSpecialValueText("—")
        self.months_spin.setSuffix(self.tr(" months"))
        self.status_combo = ValueCombo(self)
        self.status_combo.set_items((c.label, c.code) for c in codes.codes("collection_status"))
        self.course_combo = ValueCombo(self)
        self.course_combo.set_items((c.label, c.code) for c in codes.codes("debt_course"))
        self.agency_combo = AgencyCombo(lambda text: agencies.search(text, limit=30))
        self.agency_combo.setParent(self)  # now, so Tab reaches it in the order of the rows
        self.office_edit = QLineEdit(self)
        self.recorded_edit = DateEdit(self, today=today, hint_errors=False)
        self.recorded_edit.setDate(today())
        self.note_edit = text_box(self, 2)
        self._place_rows()
        self.finish(560)
        if debt_id is not None:
            self._load(debt_id)
        self.kind_combo.setFocus()

    def _place_rows(self) -> None:
        months_label = QLabel(self.tr("for"), self)
        months_label.setBuddy(self.months_spin)
        self.add_row("kind", self.tr("Kind"), self.kind_combo, self.kind_combo)
        self.add_row("creditor", self.tr("Creditor"), self.creditor_edit, self.creditor_edit)
        self.add_row("original_yen", self.tr("Original amount"), self.original_edit,
                     _line(self.original_edit, self.tr("yen"), parent=self))  # fmt: skip
        self.add_row("balance_yen", self.tr("Balance"), self.balance_edit,
                     _line(self.balance_edit, self.tr("yen"), parent=self))  # fmt: skip
        self.add_row("arrears_yen", self.tr("Arrears"), self.arrears_edit,
                     _line(self.arrears_edit, self.tr("yen"), 16, months_label, self.months_spin, parent=self))  # fmt: skip
        self.add_row("collection_status", self.tr("Reminders / seizure"), self.status_combo, self.status_combo)
        self.add_row("course", self.tr("Course taken"), self.course_combo, self.course_combo)
        self.add_row("handling_agency_id", self.tr("Handling agency"), self.agency_combo, self.agency_combo)
        self.add_row("handling_office", self.tr("Office / contact"), self.office_edit, self.office_edit)
        self.add_row("recorded_on", self.tr("Recorded on"), self.recorded_edit,
                     _line(self.recorded_edit, self.recorded_edit.hint_label(), parent=self))  # fmt: skip
        self.add_row("note", self.tr("Note"), self.note_edit, self.note_edit)

    def _load(self, debt_id: int) -> None:
        row = self._debts.debt(debt_id)
        self._version = row.version
        if self.kind_combo.findData(row.kind) < 0:  # a kind retired since it was recorded
            self.kind_combo.addItem(row.kind_label, row.kind)
        self.kind_combo.set_value(row.kind)
        self.creditor_edit.setText(row.creditor)
        self.original_edit.set_value(row.original_yen)
        self.balance_edit.set_value(row.balance_yen)
        self.arrears_edit.set_value(row.arrears_yen)
        self.months_spin.setValue(row.arrears_months or 0)
        for combo, code, label in ((self.status_combo, row.collection_status, row.collection_status_label),
                                   (self.course_combo, row.course, row.course_label)):  # fmt: skip
            if code is not None and combo.findData(code) < 0:
                combo.addItem(label, code)
            combo.set_value(code)
        if row.handling_agency_id is not None:
            self.agency_combo.set_value({"id": row.handling_agency_id, "text": row.handling_agency_name})
        self.office_edit.setText(row.handling_office)
        self.recorded_edit.setDate(row.recorded_on)
        self.note_edit.setPlainText(row.note)

    def store(self) -> int:
        amounts = self.read_yen({
            "original_yen": (self.original_edit, "当初の金額", False),
            "balance_yen": (self.balance_edit, "残高", True),
            "arrears_yen": (self.arrears_edit, "滞納額", False),
        })  # fmt: skip
        agency_id = self.agency_combo.agency_id()
        if agency_id is None and self.agency_combo.currentText().strip():
            message = self.tr("Choose the agency from the directory, or leave it blank")
            raise ValidationError([FieldError("handling_agency_id", "対応機関", "unknown", message)])
        draft = DebtDraft(
            case_id=self._case_id,
            kind=self.kind_combo.value() or "",
            recorded_on=self.recorded_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            creditor=self.creditor_edit.text().strip(),
            original_yen=amounts["original_yen"],
            balance_yen=amounts["balance_yen"],  # type: ignore[arg-type]  # required above
            arrears_yen=amounts["arrears_yen"] or 0,
            arrears_months=self.months_spin.value() or None,
            collection_status=self.status_combo.value(),
            course=self.course_combo.value(),
            handling_agency_id=agency_id,
            handling_office=self.office_edit.text().strip(),
            note=self.note_edit.toPlainText().strip(),
        )
        if self._debt_id is None:
            return self._debts.add_debt(draft).id
        return self._debts.update_debt(self._debt_id, draft, self._version).id


# ---- an instalment agreement -----------------------------------------------------------------
class AgreementDialog(_AmountDialog):
    """分納: agreed on, total (the debt's balance to start with), monthly amount, first month
    and due day; the number of payments and the last payment are shown as they are typed.
    A new agreement replaces the one in force (the service cancels it on the new date)."""

    def __init__(
        self, debts: DebtService, today: Callable[[], date], *, debt_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._debts, self._today, self._debt_id = debts, today, debt_id
        debt = debts.debt(debt_id)
        self.setWindowTitle(self.tr("Instalment agreement"))
        self.agreed_edit = DateEdit(self, today=today, hint_errors=False)
        self.agreed_edit.setDate(today())
        self.total_edit = self.yen_field("total_yen")
        self.total_edit.set_value(debt.balance_yen or None)
        self.monthly_edit = self.yen_field("monthly_yen")
        self.first_edit = MonthEdit(self, today=today)
        self.first_edit.set_month(repayment.add_months(repayment.month_start(today()), 1))
        self.due_spin = QSpinBox(self)
        self.due_spin.setRange(1, 31)
        self.due_spin.setValue(31)
        self.due_spin.setSuffix(self.tr(" (day)"))
        self.note_edit = text_box(self, 2)
        self.count_label = QLabel(self)
        self.last_label = QLabel(self)
        for label in (self.count_label, self.last_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        top: list[QWidget] = [self.heading(debt)]
        if debt.agreement is not None:
            replaced = self.tr("The agreement in force (agreed on %1) is replaced by this one.")
            top.append(_hint(replaced.replace("%1", f"{debt.agreement.agreed_on:%Y-%m-%d}"), self))
        self.add_row("agreed_on", self.tr("Agreed on"), self.agreed_edit,
                     _line(self.agreed_edit, self.agreed_edit.hint_label(), parent=self))  # fmt: skip
        self.add_row(
            "total_yen", self.tr("Total"), self.total_edit, _line(self.total_edit, self.tr("yen"), parent=self)
        )
        self.add_row("monthly_yen", self.tr("Monthly"), self.monthly_edit,
                     _line(self.monthly_edit, self.tr("yen"), parent=self))  # fmt: skip
        self.add_row("first_month", self.tr("First month"), self.first_edit, _line(self.first_edit, parent=self))
        self.add_row("due_day", self.tr("Due day"), self.due_spin,
                     _line(self.due_spin, QLabel(self.tr("31 = the last day of the month"), self), parent=self))  # fmt: skip
        self.add_row("note", self.tr("Note"), self.note_edit, self.note_edit)
        self.add_row("preview", self.tr("Payments"), None,
                     _line(self.count_label, 24, self.tr("Last payment:"), self.last_label, parent=self))  # fmt: skip
        self.finish(520, *top)
        for signal in (self.total_edit.textChanged, self.monthly_edit.textChanged, self.first_edit.textChanged):
            signal.connect(self._update_preview)
        self.due_spin.valueChanged.connect(self._update_preview)
        self._update_preview()
        self.monthly_edit.setFocus()

    def preview(self) -> list[repayment.Instalment]:
        """The schedule the fields give as typed so far ([] while they do not give one)."""
        try:
            total, monthly = parse_yen(self.total_edit.text()), parse_yen(self.monthly_edit.text())
            first = parse_month(self.first_edit.text(), self._today())
            if first is None or monthly > total:
                return []
            return repayment.schedule(total, monthly, first, self.due_spin.value())
        except ValueError:  # YenParseError, DateParseError, or amounts the schedule refuses
            return []

    def _update_preview(self) -> None:
        plan = self.preview()
        if not plan:
            self.count_label.setText("—")
            self.last_label.setText("—")
            return
        self.count_label.setText(self.tr("%1 payments").replace("%1", str(len(plan))))
        last = plan[-1]
        text = self.tr("%1 (due %2)").replace("%1", format_yen(last.amount_yen))
        self.last_label.setText(text.replace("%2", f"{last.due_on:%Y-%m-%d}"))

    def store(self) -> int:
        amounts = self.read_yen({
            "total_yen": (self.total_edit, "分納総額", True),
            "monthly_yen": (self.monthly_edit, "月額", True),
        })  # fmt: skip
        draft = AgreementDraft(
            agreed_on=self.agreed_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            total_yen=amounts["total_yen"],  # type: ignore[arg-type]  # required above
            monthly_yen=amounts["monthly_yen"],  # type: ignore[arg-type]
            first_month=self.first_edit.date(),  # type: ignore[arg-type]
            due_day=self.due_spin.value(),
            note=self.note_edit.toPlainText().strip(),
        )
        return self._debts.add_agreement(self._debt_id, draft).id


# ---- a repayment -----------------------------------------------------------------------------
def next_instalment_yen(debt: DebtRow) -> int | None:
    """What is still owed on the first instalment not yet covered in full (at most the
    balance); None without an agreement in force or when it is paid off."""
    if debt.agreement is None:
        return None
    for i in debt.agreement.status.instalments:
        if i.covered_yen < i.amount_yen:
            return min(i.amount_yen - i.covered_yen, debt.balance_yen) or None
    return None


class PaymentDialog(_AmountDialog):
    """A repayment: paid on (today to start with), amount (the next instalment's to start
    with) and a note; paid under the agreement in force unless that box is cleared."""

    FIELD_OF = {"agreement_id": "agreement", "debt_id": "other", "staff_id": "other"}

    def __init__(
        self,
        debts: DebtService,
        today: Callable[[], date],
        *,
        debt_id: int,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._debts, self._debt_id, self._staff_id = debts, debt_id, staff_id
        debt = debts.debt(debt_id)
        self._agreement_id = debt.agreement.id if debt.agreement is not None else None
        self.setWindowTitle(self.tr("Record payment"))
        self.paid_edit = DateEdit(self, today=today, hint_errors=False)
        self.paid_edit.setDate(today())
        self.amount_edit = self.yen_field("amount_yen")
        self.amount_edit.set_value(next_instalment_yen(debt))
        self.agreement_check = QCheckBox(self.tr("Paid under the instalment agreement"), self)
        self.agreement_check.setChecked(self._agreement_id is not None)
        self.agreement_check.setEnabled(self._agreement_id is not None)
        if debt.agreement is not None:
            text = self.tr("Paid under the instalment agreement of %1")
            self.agreement_check.setText(text.replace("%1", f"{debt.agreement.agreed_on:%Y-%m-%d}"))
        self.note_edit = QLineEdit(self)
        self.add_row("paid_on", self.tr("Paid on"), self.paid_edit,
                     _line(self.paid_edit, self.paid_edit.hint_label(), parent=self))  # fmt: skip
        self.add_row("amount_yen", self.tr("Amount"), self.amount_edit,
                     _line(self.amount_edit, self.tr("yen"), parent=self))  # fmt: skip
        self.add_row("agreement", self.tr("Agreement"), self.agreement_check, self.agreement_check)
        self.add_row("note", self.tr("Note"), self.note_edit, self.note_edit)
        self.finish(460, self.heading(debt))
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def store(self) -> int:
        amounts = self.read_yen({"amount_yen": (self.amount_edit, "返済額", True)})
        draft = PaymentDraft(
            debt_id=self._debt_id,
            paid_on=self.paid_edit.date(),  # type: ignore[arg-type]  # None is reported by the service
            amount_yen=amounts["amount_yen"],  # type: ignore[arg-type]  # required above
            agreement_id=self._agreement_id if self.agreement_check.isChecked() else None,
            staff_id=self._staff_id,
            note=self.note_edit.text().strip(),
        )
        return self._debts.record_payment(draft).id
