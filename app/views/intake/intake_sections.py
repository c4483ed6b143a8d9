"""The fields of the 相談受付 form, laid out in sections (QGroupBox), with their values as a
JSON-safe dict and their error messages shown directly under each field.

Field keys are the draft attribute names the domain validation uses (``person.family_name``,
``received_on``, ``disaster.disaster_name`` …), so a ``FieldError`` finds its widget by name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.wareki import age_on
from app.qt.drafts import AGENCY_ROUTE, OTHER
from app.services.rows import AgencyRow, CodeRow, PersonDetail, StaffRow
from app.views.widgets.date_edit import ERROR_COLOUR, DateEdit
from app.views.widgets.fields import (
    AgencyCombo,
    CheckList,
    ValueCombo,
    blank_value,
    change_signal,
    set_widget_value,
    widget_value,
)

DEFAULT_PROGRAMME = "self_reliance"
STYLE = f"""
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QFrame#checkList[invalid="true"] {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}
QLabel#fieldError {{ color: {ERROR_COLOUR}; }}
QLineEdit[readOnly="true"] {{ background: #f2f2f2; color: #333333; }}
QFrame#personLink {{ background: #e8f0fe; border: 1px solid #9ab4e6; border-radius: 4px; }}
"""


class IntakeSections(QWidget):
    """Every field of the intake, in sections; the scroll area's content.

    ``fields[key]`` is the widget of each field (watch it with :func:`change_signal`);
    ``sig_unlink_requested`` fires when 「別の人として入力」 is pressed."""

    sig_unlink_requested = Signal()

    def __init__(
        self,
        codes: Callable[[str], list[CodeRow]],
        staff: list[StaffRow],
        search_agencies: Callable[[str], list[AgencyRow]],
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self._codes, self._today = codes, today
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.chain: list[QWidget] = []  # the Tab order, top to bottom, left to right
        self._primary_auto = False  # 最も困っていること was filled in because one topic is ticked
        self.setStyleSheet(STYLE)
        boxes = [
            self._person_box(),
            self._companion_box(),
            self._reception_box(staff, search_agencies),
            self._topics_box(),
            self._programmes_box(),
            self._consent_box(),
            self._wishes_box(),
            self._interview_box(),
            self._disaster_box(),
        ]
        self._layout_boxes(boxes)
        for a, b in zip(self.chain, self.chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self._connect_rules()
        self.apply_rules()

    # ---- building ------------------------------------------------------------------------
    def _box(self, title: str) -> tuple[QGroupBox, QGridLayout]:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        for column in (1, 3):  # the field columns take the width, the label columns their text's
            grid.setColumnStretch(column, 1)
        return box, grid

    def _add(self, grid: QGridLayout, pos: tuple[int, int], key: str, label: str | None, w: QWidget,
             *extras: QWidget, span: int = 1) -> QWidget:  # fmt: skip
        """Field ``w`` (``extras`` and a date's 和暦 beside it) at (row, pair) ``pos``, ``span`` pairs wide, its
        label to the left (``""``: none; None: no label column, the field starts at the left edge) and its
        error line in the grid row below (reaching under the next label)."""
        pair, top = pos[1], pos[0] * 2
        self.fields[key], self.errors[key] = w, QLabel(objectName="fieldError", wordWrap=True, visible=False)
        self.chain.append(w)
        cell = QWidget()
        line = QHBoxLayout(cell)
        line.setContentsMargins(0, 0, 0, 0)
        is_date = isinstance(w, DateEdit)  # a date keeps its width, its 和暦 beside it
        for part in (w, w.hint_label(), *extras) if is_date else (w, *extras):
            line.addWidget(part, int(part is w and not is_date))
        line.addStretch(int(is_date))
        if label:
            text = QLabel(label, alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text.setBuddy(w)
            grid.addWidget(text, top, pair * 2)
        first = pair * 2 + (label is not None)
        width = pair * 2 + span * 2 - first
        grid.addWidget(cell, top, first, 1, width)
        grid.addWidget(self.errors[key], top + 1, first, 1, min(width + 1, 4 - first))
        w.setAccessibleName(label or (w.text() if isinstance(w, QCheckBox) else key))
        return w

    def _date(self, *, today: bool = False) -> DateEdit:
        return DateEdit(today=self._today if today else None, hint_errors=False)

    def _combo(self, kind: str) -> ValueCombo:
        combo = ValueCombo()
        combo.set_items((c.label, c.code) for c in self._codes(kind))
        return combo

    def _person_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Person"))
        self.person_link = QFrame(objectName="personLink", visible=False)
        link = QHBoxLayout(self.person_link)
        self.person_link_label = QLabel(wordWrap=True)
        self.unlink_button = QPushButton(self.tr("Enter as a different person (&N)"))
        self.unlink_button.clicked.connect(self.sig_unlink_requested)
        link.addWidget(self.person_link_label, 1)
        link.addWidget(self.unlink_button)
        g.addWidget(self.person_link, 0, 0, 1, 4)  # grid rows 0-1: fields start at row 1
        self._add(g, (1, 0), "person.family_name", self.tr("Family name"), QLineEdit())
        self._add(g, (1, 1), "person.given_name", self.tr("Given name"), QLineEdit())
        self._add(g, (2, 0), "person.family_kana", self.tr("Reading (family)"), QLineEdit())
        self._add(g, (2, 1), "person.given_kana", self.tr("Reading (given)"), QLineEdit())
        self._add(g, (3, 0), "person.gender", self.tr("Gender"), self._combo("gender"))
        self._add(g, (3, 1), "person.gender_note", self.tr("Gender (details)"), QLineEdit())
        self.age_label = QLabel()
        self._add(g, (4, 0), "person.birth_date", self.tr("Birth date"), self._date(), self.age_label, span=2)
        self._add(g, (5, 0), "person.postal_code", self.tr("Postal code"), QLineEdit(maxLength=10))
        self._add(g, (6, 0), "person.address", self.tr("Address"), QLineEdit(), span=2)
        self._add(g, (7, 0), "person.phone_home", self.tr("Home phone"), QLineEdit())
        self._add(g, (7, 1), "person.phone_mobile", self.tr("Mobile phone"), QLineEdit())
        self._add(g, (8, 0), "person.email", self.tr("Email"), QLineEdit(), span=2)
        self._add(g, (9, 0), "person.foreign_national", "", QCheckBox(self.tr("Foreign national")))
        self._add(g, (9, 1), "person.preferred_language", self.tr("Preferred language"), QLineEdit())
        return box

    def _companion_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Companion (came instead of or with the person)"))
        self._add(g, (0, 0), "companion_name", self.tr("Name"), QLineEdit())
        self._add(g, (0, 1), "companion_phone", self.tr("Phone"), QLineEdit())
        self._add(g, (1, 0), "companion_relationship", self.tr("Relationship"), self._combo("relationship"))
        return box

    def _reception_box(self, staff: list[StaffRow], search: Callable[[str], list[AgencyRow]]) -> QGroupBox:
        box, g = self._box(self.tr("Intake"))
        self._add(g, (0, 0), "received_on", self.tr("Received on"), self._date(today=True))
        by = ValueCombo()
        by.set_items((s.name, s.id) for s in staff)
        self._add(g, (0, 1), "received_by_id", self.tr("Received by"), by)
        self._add(g, (1, 0), "method", self.tr("Method"), self._combo("intake_method"))
        self._add(g, (1, 1), "route", self.tr("Route"), self._combo("consult_route"))
        self._add(g, (2, 0), "referring_agency_id", self.tr("Referring agency"), AgencyCombo(search), span=2)
        return box

    def _topics_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Consultation topics (tick all that apply)"))
        topics = CheckList(self._codes("consult_topic"), 3)
        self._add(g, (0, 0), "topics", None, topics, span=2)
        self.chain[-1:] = list(topics.boxes.values())
        self._add(g, (1, 0), "other_topic_text", self.tr("Other (details)"), QLineEdit(), span=2)
        self._add(g, (2, 0), "primary_topic", self.tr("Most pressing"), ValueCombo(), span=2)
        return box

    def _programmes_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Programmes"))
        programmes = CheckList(self._codes("programme"), 4, short=True)
        self._add(g, (0, 0), "programmes", None, programmes, span=2)
        self.chain[-1:] = list(programmes.boxes.values())
        return box

    def _consent_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Consent"))
        self._add(g, (0, 0), "consent_given", "", QCheckBox(self.tr("Consents to sharing information")))
        self._add(g, (0, 1), "consent_on", self.tr("Consent date"), self._date(today=True))
        return box

    def _wishes_box(self) -> QGroupBox:
        box, g = self._box(self.tr("What the person wants"))
        wishes = QPlainTextEdit(tabChangesFocus=True)
        wishes.setFixedHeight(wishes.fontMetrics().lineSpacing() * 4 + 12)
        self._add(g, (0, 0), "wishes", None, wishes, span=2)
        return box

    def _interview_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Staff interview (sheet B)"))
        self._add(g, (0, 0), "work_status", self.tr("Work"), self._combo("work_status"))
        self._add(g, (0, 1), "housing_status", self.tr("Housing"), self._combo("housing_status"))
        self._add(g, (1, 0), "health_insurance", self.tr("Health insurance"), self._combo("health_insurance"))
        self._add(g, (1, 1), "pension", self.tr("Pension"), self._combo("pension_status"))
        self._add(g, (2, 0), "certificate", self.tr("Disability certificate / care level"), self._combo("certificate"))
        self._add(g, (2, 1), "certificate_note", self.tr("Details"), QLineEdit())
        self._add(g, (3, 0), "welfare_history", self.tr("Public assistance history"), self._combo("welfare_history"))
        return box

    def _disaster_box(self) -> QGroupBox:
        box, g = self._box(self.tr("Disaster victim"))
        box.setCheckable(True)
        box.setChecked(False)
        self.fields["disaster"] = box
        self.chain.append(box)
        self._add(g, (0, 0), "disaster.disaster_name", self.tr("Disaster"), QLineEdit())
        self._add(g, (0, 1), "disaster.disaster_on", self.tr("Date hit"), self._date())
        self._add(g, (1, 0), "disaster.damage_level", self.tr("Damage certificate"), self._combo("disaster_damage"))
        self._add(g, (1, 1), "disaster.housing", self.tr("Housing now"), self._combo("disaster_housing"))
        self._add(g, (2, 0), "disaster.recovery_centre_contact", self.tr("Recovery support centre contact"),
                  QLineEdit(), span=2)  # fmt: skip
        return box

    def _layout_boxes(self, boxes: list[QGroupBox]) -> None:
        """Two columns (person, companion | intake, topics, programmes, consent), then
        wishes | interview, then the disaster section across; Tab follows the same order."""
        person, companion, reception, topics, programmes, consent, wishes, interview, disaster = boxes
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        for col, column_boxes in enumerate(((person, companion), (reception, topics, programmes, consent))):
            column = QVBoxLayout()
            for b in column_boxes:
                column.addWidget(b)
            column.addStretch(1)
            grid.addLayout(column, 0, col)
        grid.addWidget(wishes, 1, 0)
        grid.addWidget(interview, 1, 1)
        grid.addWidget(disaster, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

    # ---- rules between fields ------------------------------------------------------------
    def _connect_rules(self) -> None:
        f = self.fields
        for key in ("person.gender", "person.foreign_national", "route", "topics", "consent_given"):
            change_signal(f[key]).connect(self.apply_rules)
        f["consent_given"].toggled.connect(self._on_consent_toggled)
        f["person.birth_date"].sig_date_changed.connect(self._update_age)
        f["received_on"].sig_date_changed.connect(self._update_age)

    def apply_rules(self) -> None:
        """Enable the dependent fields and keep 最も困っていること to the ticked topics."""
        f, v = self.fields, self.value
        locked = not self.person_link.isHidden()  # a registered person: their fields stay as read
        f["person.gender_note"].setEnabled(v("person.gender") == OTHER and not locked)
        f["person.preferred_language"].setEnabled(bool(v("person.foreign_national")) and not locked)
        f["referring_agency_id"].setEnabled(v("route") == AGENCY_ROUTE)
        f["other_topic_text"].setEnabled(OTHER in v("topics"))
        f["consent_on"].setEnabled(bool(v("consent_given")))
        self._refresh_primary()

    def _refresh_primary(self) -> None:
        combo: ValueCombo = self.fields["primary_topic"]
        ticked = self.value("topics")
        chosen = combo.value()
        labels = {code: box.text() for code, box in self.fields["topics"].boxes.items()}
        if [combo.itemData(i) for i in range(1, combo.count())] != ticked:
            combo.blockSignals(True)
            combo.set_items((labels[c], c) for c in ticked)
            combo.set_value(chosen if chosen in ticked else None)
            combo.blockSignals(False)
        if len(ticked) == 1 and combo.value() is None:
            combo.set_value(ticked[0])  # the only topic is the most pressing one
            self._primary_auto = True
        elif len(ticked) != 1 and self._primary_auto:
            combo.set_value(None)  # more topics now: the counsellor chooses
        self._primary_auto = self._primary_auto and len(ticked) == 1
        combo.setEnabled(bool(ticked))

    def _on_consent_toggled(self, on: bool) -> None:
        consent_on: DateEdit = self.fields["consent_on"]
        if on and not consent_on.text().strip():
            consent_on.setDate(self.fields["received_on"].date())

    def _update_age(self, _value: object = None) -> None:
        birth = self.fields["person.birth_date"].date()
        on = self.fields["received_on"].date() or self._today()
        ok = birth is not None and birth <= on
        self.age_label.setText(self.tr("(age %1)").replace("%1", str(age_on(birth, on))) if ok else "")

    # ---- values --------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        return widget_value(self.fields[key])

    def values(self) -> dict[str, Any]:
        return {key: widget_value(w) for key, w in self.fields.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Put values back (unknown keys and values of the wrong type are skipped); 最も困っていること
        goes last, once the topics it lists are ticked."""
        for key, value in sorted(values.items(), key=lambda item: item[0] == "primary_topic"):
            if key in self.fields:
                with contextlib.suppress(TypeError, ValueError, AttributeError):
                    set_widget_value(self.fields[key], value)
        self.apply_rules()

    def reset(self, received_by: int | None) -> None:
        """Empty every field; 受付日 = today, 自立相談 ticked, 受付者 = ``received_by``."""
        self.lock_person(None)
        for w in self.fields.values():
            set_widget_value(w, blank_value(w))
        self.fields["received_on"].setDate(self._today())
        self.fields["received_by_id"].set_value(received_by)
        self.fields["programmes"].set_value([DEFAULT_PROGRAMME])
        self.clear_errors()
        self.apply_rules()

    # ---- the person: new or registered ---------------------------------------------------
    def person_keys(self) -> list[str]:
        return [k for k in self.fields if k.startswith("person.")]

    def fill_person(self, p: PersonDetail) -> None:
        """Show a registered person's details in the person fields."""
        for key in self.person_keys():
            value = getattr(p, key.removeprefix("person."))
            set_widget_value(self.fields[key], value.isoformat() if isinstance(value, date) else value)

    def clear_person(self) -> None:
        self.set_values(dict.fromkeys(self.person_keys()))  # None: each field's blank value

    def lock_person(self, text: str | None) -> None:
        """``text`` set: the person fields show a registered person, read-only, with the link
        banner; None: they are editable again."""
        locked = text is not None
        self.person_link_label.setText(text or "")
        self.person_link.setVisible(locked)
        for key in self.person_keys():
            w = self.fields[key]
            if isinstance(w, QLineEdit):
                w.setReadOnly(locked)
                _repolish(w)  # the style sheet greys read-only fields
            else:
                w.setEnabled(not locked)
        self.apply_rules()

    # ---- errors --------------------------------------------------------------------------
    def show_error(self, key: str, message: str) -> bool:
        """Show ``message`` under field ``key`` and mark the field; False if no such field."""
        if key not in self.errors:
            return False
        self.errors[key].setText(message)
        self.errors[key].setVisible(True)
        self._mark(self.fields[key], True)
        return True

    def clear_error(self, key: str) -> None:
        if key in self.errors and self.errors[key].isVisibleTo(self):
            self.errors[key].setVisible(False)
            self._mark(self.fields[key], False)

    def clear_errors(self) -> None:
        for key in self.errors:
            self.clear_error(key)

    def error_keys(self) -> list[str]:
        """The fields showing an error, in Tab order."""
        return [k for k in self.errors if self.errors[k].isVisibleTo(self)]

    def focus_widget_for(self, key: str) -> QWidget:
        """The widget to focus for field ``key`` (the first checkbox of a checklist)."""
        w = self.fields[key]
        return next(iter(w.boxes.values())) if isinstance(w, CheckList) else w

    @staticmethod
    def _mark(w: QWidget, invalid: bool) -> None:
        if isinstance(w, DateEdit) and not invalid and w.error():
            return  # the date itself is still unreadable
        w.setProperty("invalid", invalid)
        _repolish(w)


def _repolish(w: QWidget) -> None:
    """Apply the style sheet again after a property it selects on has changed."""
    w.style().unpolish(w)
    w.style().polish(w)
