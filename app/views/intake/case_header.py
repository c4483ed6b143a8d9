"""The case file's header: who, how old, which programmes at which status, who counsels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.wareki import age_on, format_wareki


class CaseHeaderView(QFrame):
    """Shows one case (``show_case``); ``sig_new_intake_for_person(person_id)`` asks for a new
    intake for the same person (a returning person's new case sits on their history)."""

    sig_new_intake_for_person = Signal(int)

    def __init__(self, case_service, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = case_service
        self._today = today
        self._person_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("caseName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kana_label, self.age_label, self.case_no_label = QLabel(self), QLabel(self), QLabel(self)
        self.opened_label, self.counsellor_label = QLabel(self), QLabel(self)
        self.programmes_label, self.disaster_label = QLabel(self), QLabel(self)
        for label in (self.kana_label, self.age_label, self.case_no_label, self.opened_label,
                      self.counsellor_label, self.programmes_label, self.disaster_label):  # fmt: skip
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(300)
        form = QFormLayout()
        form.addRow(self.tr("Reading"), self.kana_label)
        form.addRow(self.tr("Age"), self.age_label)
        form.addRow(self.tr("Case number"), self.case_no_label)
        form.addRow(self.tr("Received"), self.opened_label)
        form.addRow(self.tr("Counsellor"), self.counsellor_label)
        form.addRow(self.tr("Programmes"), self.programmes_label)
        form.addRow(self.tr("Disaster"), self.disaster_label)
        self.new_intake_button = QPushButton(self.tr("New intake for this person"), self)
        self.new_intake_button.clicked.connect(self._on_new_intake_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(form)
        layout.addWidget(self.new_intake_button)
        layout.addStretch(1)
        self.clear()

    def clear(self) -> None:
        self._person_id = None
        self.name_label.setText(self.tr("No case selected"))
        for label in (self.kana_label, self.age_label, self.case_no_label, self.opened_label,
                      self.counsellor_label, self.programmes_label, self.disaster_label):  # fmt: skip
            label.clear()
        self.new_intake_button.setEnabled(False)

    def show_case(self, case_id: int) -> None:
        case = self._cases.get_case(case_id)
        person = case.person
        self._person_id = person.id
        self.name_label.setText(person.name)
        self.kana_label.setText(person.kana)
        if person.birth_date is not None:
            age = age_on(person.birth_date, self._today())
            born = format_wareki(person.birth_date)
            self.age_label.setText(self.tr("%1 (born %2)").replace("%1", str(age)).replace("%2", born))
        else:
            self.age_label.setText(self.tr("unknown"))
        self.case_no_label.setText(f"{case.case_no}（{person.person_no}）")
        self.opened_label.setText(f"{case.opened_on:%Y-%m-%d}（{format_wareki(case.opened_on)}）")
        self.counsellor_label.setText(case.counsellor or self.tr("not assigned"))
        self.programmes_label.setText("\n".join(f"{m.programme_label}: {m.status_label}" for m in case.programmes))
        self.disaster_label.setText(case.disaster_name or self.tr("no"))
        self.new_intake_button.setEnabled(True)

    def _on_new_intake_button_clicked(self) -> None:
        if self._person_id is not None:
            self.sig_new_intake_for_person.emit(self._person_id)
