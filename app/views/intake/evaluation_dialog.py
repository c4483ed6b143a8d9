"""評価の記録: a monitoring or a closure evaluation of one programme of a case.

種類 (モニタリング / 終結評価), 評価日, for a closure the result on the centre's five levels
(① 上回って達成 … ⑤ 達成できなかった) or 事業延長 and the 終結理由, 本人の変化 (tick all) and
所見. OK (or Ctrl+S) records it through ``CaseService.record_evaluation``; a rejected field shows the
service's Japanese message under it and the dialog stays open; it is accepted once stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QRadioButton, QWidget

from app.domain.drafts import EvaluationDraft
from app.views.widgets.date_edit import DateEdit
from app.views.widgets.fields import CheckList, ValueCombo
from app.views.widgets.record_dialog import RecordDialog, text_box

EXTENDED = 6  # the button id of 事業延長 in the level group (1..5 are the levels)


class EvaluationDialog(RecordDialog):
    """Record an evaluation. ``evaluation_id`` holds the new id once accepted."""

    FIELD_OF = {"extended": "level"}

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
        self.comment_edit = text_box(self, 4)
        self._layout()
        self.kind_group.buttonToggled.connect(lambda *_: self._sync_kind())
        self._sync_kind()

    @property
    def evaluation_id(self) -> int | None:
        return self.record_id

    def _layout(self) -> None:
        kinds = QHBoxLayout()
        kinds.addWidget(self.monitoring_radio)
        kinds.addWidget(self.closure_radio)
        kinds.addStretch(1)
        self.add_row("kind", self.tr("Kind"), self.monitoring_radio, kinds)
        dates = QHBoxLayout()
        dates.addWidget(self.date_edit)
        dates.addWidget(self.date_edit.hint_label())
        dates.addStretch(1)
        self.add_row("evaluated_on", self.tr("Date of evaluation"), self.date_edit, dates)
        levels = QGridLayout()
        levels.setVerticalSpacing(2)
        for i, radio in self.level_radios.items():
            levels.addWidget(radio, (i - 1) // 3, (i - 1) % 3)
        self.add_row("level", self.tr("Result"), self.level_radios[1], levels)
        self.add_row("closure_reason", self.tr("Reason for closure"), self.reason_combo, self.reason_combo)
        self.add_row("changes", self.tr("Changes in the person"), None, self.changes_list)
        self.add_row("comment", self.tr("Findings"), self.comment_edit, self.comment_edit)
        self.finish_layout()

    # ---- public API ------------------------------------------------------------------------
    def kind(self) -> str:
        return "closure" if self.closure_radio.isChecked() else "monitoring"

    def set_kind(self, kind: str) -> None:
        (self.closure_radio if kind == "closure" else self.monitoring_radio).setChecked(True)

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

    def store(self) -> int:
        return self._cases.record_evaluation(self.draft())

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
