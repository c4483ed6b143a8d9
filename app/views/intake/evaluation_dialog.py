"""評価の記録: a monitoring or a closure evaluation of one programme of a case.

種類 (モニタリング / 終結評価), 評価日, for a closure the result on the centre's five levels
(① 上回って達成 … ⑤ 達成できなかった) or 事業延長 and the 終結理由, 本人の変化 (tick all) and
所見. OK records it through ``CaseService.record_evaluation``; a rejected field shows the
service's Japanese message under it and the dialog stays open; it is accepted once stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import EvaluationDraft
from app.domain.errors import LedgerError, ValidationError
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit
from app.views.widgets.fields import CheckList, ValueCombo

EXTENDED = 6  # the button id of 事業延長 in the level group (1..5 are the levels)
FIELD_OF = {"extended": "level"}  # service field → the field whose error label shows it


class EvaluationDialog(QDialog):
    """Record an evaluation. ``evaluation_id`` holds the new id once accepted."""

    def __init__(
        self,
        cases,
        codes,
        today: Callable[[], date],
        case_id: int,
        programme: str,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._case_id = case_id
        self._programme = programme
        self._staff_id = staff_id
        self.evaluation_id: int | None = None
        self.setWindowTitle(self.tr("Record evaluation"))
        self.monitoring_radio = QRadioButton(self.tr("Monitoring"), self)
        self.closure_radio = QRadioButton(self.tr("Closure evaluation"), self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.monitoring_radio)
        self.kind_group.addButton(self.closure_radio)
        self.monitoring_radio.setChecked(True)
        self.date_edit = DateEdit(self, today=today, hint_errors=False)
        self.date_edit.setDate(today())
        level_texts = (
            self.tr("① Exceeded the goals"),
            self.tr("② Achieved"),
            self.tr("③ Almost achieved"),
            self.tr("④ Partly achieved"),
            self.tr("⑤ Not achieved"),
            self.tr("Programme extended"),
        )
        self.level_group = QButtonGroup(self)
        self.level_radios: dict[int, QRadioButton] = {}
        for i, text in enumerate(level_texts, start=1):
            radio = QRadioButton(text, self)
            self.level_group.addButton(radio, i)
            self.level_radios[i] = radio
        self.reason_combo = ValueCombo(self)
        self.reason_combo.set_items((c.label, c.code) for c in codes.codes("closure_reason"))
        self.changes_list = CheckList(codes.codes("personal_change"), 3)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(self.comment_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.errors: dict[str, QLabel] = {}
        self._layout()
        self.kind_group.buttonToggled.connect(lambda *_: self._sync_kind())
        self.date_edit.sig_error_changed.connect(lambda text: self._show_error("evaluated_on", text))
        self._sync_kind()

    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        return error

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        row = 0

        def place(name: str, text: str, field: QWidget | None, content) -> None:
            nonlocal row
            label = QLabel(text, self)
            if field is not None:
                label.setBuddy(field)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(content, QWidget):
                grid.addWidget(content, row, 1)
            else:
                grid.addLayout(content, row, 1)
            grid.addWidget(self._error_label(name), row + 1, 1)
            row += 2

        kinds = QHBoxLayout()
        kinds.addWidget(self.monitoring_radio)
        kinds.addWidget(self.closure_radio)
        kinds.addStretch(1)
        place("kind", self.tr("Kind"), self.monitoring_radio, kinds)
        dates = QHBoxLayout()
        dates.addWidget(self.date_edit)
        dates.addWidget(self.date_edit.hint_label())
        dates.addStretch(1)
        place("evaluated_on", self.tr("Date of evaluation"), self.date_edit, dates)
        levels = QGridLayout()
        levels.setVerticalSpacing(2)
        for i, radio in self.level_radios.items():
            levels.addWidget(radio, (i - 1) // 3, (i - 1) % 3)
        place("level", self.tr("Result"), self.level_radios[1], levels)
        place("closure_reason", self.tr("Reason for closure"), self.reason_combo, self.reason_combo)
        place("changes", self.tr("Changes in the person"), None, self.changes_list)
        place("comment", self.tr("Findings"), self.comment_edit, self.comment_edit)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self._error_label("other"))
        box.addWidget(self.buttons)

    # ---- public API ------------------------------------------------------------------------
    def kind(self) -> str:
        return "closure" if self.closure_radio.isChecked() else "monitoring"

    def set_kind(self, kind: str) -> None:
        (self.closure_radio if kind == "closure" else self.monitoring_radio).setChecked(True)

    def error_text(self, field: str) -> str:
        label = self.errors[FIELD_OF.get(field, field)]
        return label.text() if not label.isHidden() else ""

    def draft(self) -> EvaluationDraft:
        closure = self.kind() == "closure"
        chosen = self.level_group.checkedId() if closure else -1
        return EvaluationDraft(
            case_id=self._case_id,
            programme=self._programme,
            kind=self.kind(),
            evaluated_on=self.date_edit.date(),
            level=chosen if 1 <= chosen <= 5 else None,
            extended=chosen == EXTENDED,
            closure_reason=self.reason_combo.value() if closure else None,
            changes=tuple(self.changes_list.value()),
            comment=self.comment_edit.toPlainText().strip(),
            staff_id=self._staff_id,
        )

    def save(self) -> int | None:
        """Record the evaluation; its id (and accept()), or None when something was rejected."""
        for name in self.errors:
            self._show_error(name, "")
        self.date_edit.set_text(self.date_edit.text())  # read what was typed
        if self.date_edit.error():
            self._show_error("evaluated_on", self.date_edit.error())
            return None
        try:
            self.evaluation_id = self._cases.record_evaluation(self.draft())
        except ValidationError as exc:
            for e in exc.errors:
                name = FIELD_OF.get(e.field, e.field)
                name = name if name in self.errors else "other"
                current = self.error_text(name)
                self._show_error(name, f"{current}\n{e.message}" if current else e.message)
            return None
        except LedgerError as exc:
            self._show_error("other", str(exc))
            return None
        self.accept()
        return self.evaluation_id

    # ---- internals -------------------------------------------------------------------------
    def _sync_kind(self) -> None:
        closure = self.kind() == "closure"
        for radio in self.level_radios.values():
            radio.setEnabled(closure)
        self.reason_combo.setEnabled(closure)
        if not closure:
            self.level_group.setExclusive(False)
            for radio in self.level_radios.values():
                radio.setChecked(False)
            self.level_group.setExclusive(True)
            self.reason_combo.set_value(None)

    def _show_error(self, name: str, text: str) -> None:
        self.errors[name].setText(text)
        self.errors[name].setVisible(bool(text))
