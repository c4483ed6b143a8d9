"""What the year's report says about the organisation and each programme, edited per fiscal
year: the organisation profile (法人・センター, the division's goals), and per programme its
事業概要 (name, facility, address, 事業責任者, 事業担当者, qualifications, weekly duty pattern,
evaluation criteria), its staffing table and its 目標値.

Save (Ctrl+S) writes the parts that changed, each in its own transaction (organisation,
profile, staffing, targets); a part the service refuses shows the message under it and stays
unsaved. 「前年度から写す」 starts the year from the previous one (AnnualReportService.copy_year:
what this year already has is kept). Leaving the programme or the year with unsaved changes
asks first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.org_drafts import OrganisationProfileDraft
from app.domain.report_drafts import PROGRAMMES, WEEKDAYS, DutyDayDraft, ProgrammeProfileDraft
from app.qt.messages import MessagePresenter
from app.services.report_rows import TARGET_KEYS, ProgrammeProfileRow
from app.views.report.profile_tables import StaffingTable, TargetsTable
from app.views.settings.form import FormGrid
from app.views.widgets.date_edit import ERROR_COLOUR
from app.views.widgets.record_dialog import text_box

ORG_FIELDS = ("corporation_name", "division_name", "centre_name", "address", "division_goals")
PROFILE_TEXTS = ("title", "facility_name", "address", "qualifications", "duty_note", "evaluation_criteria")
PARTS = ("organisation", "profile", "staffing", "targets")


def _text(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def _set_text(widget: QWidget, value: str) -> None:
    widget.blockSignals(True)
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    else:
        widget.setText(value)  # type: ignore[attr-defined]
    widget.blockSignals(False)


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.hide()
    return label


class ProfilePage(QWidget):
    sig_status = Signal(str)
    sig_saved = Signal(str)  # what changed: organisation / profile / staffing / targets / year

    def __init__(
        self,
        services: Any,
        report: Any,
        presenter: MessagePresenter,
        *,
        programme_titles: Mapping[str, str],
        figure_keys: Sequence[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._report, self._presenter = services, report, presenter
        self._titles = dict(programme_titles)
        self._figures = list(figure_keys)
        self._fy: int | None = None
        self._programme = PROGRAMMES[0]
        self._org_version = 0
        self._profile: ProgrammeProfileRow | None = None
        self._dirty: set[str] = set()
        self._build()
        self._connect()

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("profileProgramme")
        for p in PROGRAMMES:
            self.programme_combo.addItem(self._titles.get(p, p), p)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.copy_button = QPushButton(self.tr("Copy from the previous year"), self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("profileState")
        for b in (self.save_button, self.copy_button):
            b.setAutoDefault(False)
        self.org = {name: (text_box(self, 3) if name == "division_goals" else QLineEdit(self)) for name in ORG_FIELDS}
        self.fields = {name: (QLineEdit(self) if name in ("title", "facility_name", "address") else
                              text_box(self, 4 if name == "evaluation_criteria" else 2)) for name in PROFILE_TEXTS}  # fmt: skip
        self.responsible_combo = QComboBox(self)
        self.staff_list = QListWidget(self)
        self.staff_list.setObjectName("staffInCharge")
        self.staff_list.setMaximumHeight(self.fontMetrics().height() * 5 + 16)
        self.duty_combos = [QComboBox(self) for _ in WEEKDAYS]
        for combo in self.duty_combos:  # they share the form's width: no minimum from the longest name
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
        self.staffing = StaffingTable(self)
        self.add_row_button = QPushButton(self.tr("Add row"), self)
        self.remove_row_button = QPushButton(self.tr("Remove row"), self)
        self.targets = TargetsTable(self)
        self.errors = {part: _error_label(self, part) for part in ("staffing", "targets")}
        self._lay_out()

    def _lay_out(self) -> None:
        self.org_form = FormGrid(self)
        org_box = QGroupBox(self.tr("Corporation and centre (this fiscal year)"), self)
        for name, text in zip(ORG_FIELDS, (self.tr("Corporation"), self.tr("Division"), self.tr("Centre name"),
                                           self.tr("Address"), self.tr("Division goals")), strict=True):  # fmt: skip
            self.org_form.add(name, text, self.org[name])
        org_layout = QVBoxLayout(org_box)
        org_layout.addLayout(self.org_form.layout)
        org_layout.addWidget(self.org_form.other_label)
        self.profile_form = FormGrid(self)
        self.profile_box = QGroupBox(self.tr("Programme profile"), self)
        labels = {"title": self.tr("Programme name"), "facility_name": self.tr("Facility"),
                  "address": self.tr("Place"), "qualifications": self.tr("Qualifications"),
                  "duty_note": self.tr("Duty pattern"), "evaluation_criteria": self.tr("Evaluation criteria")}  # fmt: skip
        for name in ("title", "facility_name", "address"):
            self.profile_form.add(name, labels[name], self.fields[name])
        self.profile_form.add("responsible_staff_id", self.tr("Person responsible"), self.responsible_combo)
        self.profile_form.add("staff_in_charge_ids", self.tr("Staff in charge"), self.staff_list)
        for name in ("qualifications", "duty_note"):
            self.profile_form.add(name, labels[name], self.fields[name])
        days = QGridLayout()  # two rows: a programme's short name must fit its combo
        for weekday, (day, combo) in enumerate(zip(WEEKDAYS, self.duty_combos, strict=True)):
            row, col = divmod(weekday, 4)
            days.addWidget(QLabel(day, self), row, col * 2)
            days.addWidget(combo, row, col * 2 + 1)
            days.setColumnStretch(col * 2 + 1, 1)
        self.profile_form.add("duty_days", self.tr("Weekly duty"), self.duty_combos[0], days)
        self.profile_form.add("evaluation_criteria", labels["evaluation_criteria"], self.fields["evaluation_criteria"])
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.addLayout(self.profile_form.layout)
        profile_layout.addWidget(self.profile_form.other_label)
        staffing_box = QGroupBox(self.tr("Staffing (persons, full-time equivalent)"), self)
        rows = QHBoxLayout()
        rows.addWidget(self.add_row_button)
        rows.addWidget(self.remove_row_button)
        rows.addStretch(1)
        staffing_layout = QVBoxLayout(staffing_box)
        staffing_layout.addWidget(self.staffing, 1)
        staffing_layout.addLayout(rows)
        staffing_layout.addWidget(self.errors["staffing"])
        targets_box = QGroupBox(self.tr("Targets (blank: none)"), self)
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.addWidget(self.targets, 1)
        targets_layout.addWidget(self.errors["targets"])
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(org_box)
        left.addWidget(self.profile_box)
        left.addStretch(1)
        right.addWidget(staffing_box, 2)
        right.addWidget(targets_box, 3)
        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # the wrapping error lines (height-for-width) make Qt flicker a needless horizontal bar
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        caption = QLabel(self.tr("Pro&gramme"), self)
        caption.setBuddy(self.programme_combo)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.programme_combo)
        bar.addWidget(self.save_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def _connect(self) -> None:
        self.programme_combo.currentIndexChanged.connect(self._on_programme_combo_current_index_changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.copy_button.clicked.connect(lambda: self.copy_previous_year())
        self.add_row_button.clicked.connect(lambda: self.staffing.add_row())
        self.remove_row_button.clicked.connect(lambda: self.staffing.remove_current())
        for widget in self.org.values():
            self._on_edit(widget, "organisation")
        for widget in self.fields.values():
            self._on_edit(widget, "profile")
        for combo in (self.responsible_combo, *self.duty_combos):
            combo.currentIndexChanged.connect(lambda _i: self._mark("profile"))
        self.staff_list.itemChanged.connect(lambda _i: self._mark("profile"))
        self.staffing.sig_edited.connect(lambda: self._mark("staffing"))
        self.targets.sig_edited.connect(lambda: self._mark("targets"))
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: QTimer.singleShot(0, self.save))

    def _on_edit(self, widget: QWidget, part: str) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._mark(part))
        else:
            widget.textEdited.connect(lambda _t: self._mark(part))  # type: ignore[attr-defined]

    # ---- public API --------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)

    def set_year(self, fiscal_year: int) -> None:
        self._fy = fiscal_year
        self.reload()

    def set_programme(self, programme: str) -> bool:
        index = self.programme_combo.findData(programme)
        if index >= 0:
            self.programme_combo.setCurrentIndex(index)
        return self._programme == programme

    def programme(self) -> str:
        return self._programme

    def reload(self) -> None:
        """Read the year's organisation profile and the programme's profile, staffing and targets."""
        if self._fy is None:
            return
        fy, programme = self._fy, self._programme
        try:
            org = self._services.organisation.profile(fy)
            profile = self._report.programme_profile(fy, programme)
            targets = self._report.targets(fy)
            staff = self._services.staff.list_staff(include_inactive=True)
            roles = self._services.codes.codes("staff_role", include_retired=True)
            programmes = self._services.codes.codes("programme", include_retired=True)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Programme profile"), str(exc))
            return
        self._org_version = org.version if org else 0
        for name in ORG_FIELDS:
            _set_text(self.org[name], getattr(org, name) if org else "")
        self._show_profile(profile, staff, programmes)
        self.staffing.set_roles([(c.code, c.label) for c in roles if c.retired_on is None or c.code in
                                 {e.role for e in profile.staffing}])  # fmt: skip
        self.staffing.set_entries(profile.staffing)
        mine = [f for f in self._figures if f[0].split(".")[0] == programme]
        self.targets.set_figures(mine, targets, TARGET_KEYS.get(programme, ()))
        self._clear_errors()
        self._dirty.clear()
        self._show_state()

    def save(self) -> bool:
        """Write every part that changed; True when nothing is left unsaved."""
        if self._fy is None:
            return False
        self._clear_errors()
        saved = [part for part in PARTS if part in self._dirty and self._save_part(part)]
        for part in saved:
            self._dirty.discard(part)
            self.sig_saved.emit(part)
        if self._dirty:
            self.state_label.setText(self.tr("Not saved: correct the parts marked in red."))
            return False
        if saved:
            message = self.tr("Saved the profile of %1.").replace("%1", self._year_text())
            self.state_label.setText(message)
            self.sig_status.emit(message)
        return True

    def copy_previous_year(self) -> bool:
        if self._fy is None:
            return False
        title = self.tr("Copy from the previous year")
        if self._dirty and not self._presenter.question(self, title, self.tr("Discard the unsaved changes?")):
            return False
        try:
            s = self._report.copy_year(self._fy - 1, self._fy)
        except NotFoundError as exc:
            self._presenter.info(self, title, str(exc))
            return False
        except LedgerError as exc:
            self._presenter.error(self, title, str(exc))
            return False
        self.reload()
        text = self.tr("Copied from FY%1: organisation %2, programme profiles %3, targets %4, narratives %5; "
                       "kept what this year already had (%6).")  # fmt: skip
        for mark, value in (("%1", s.from_year), ("%2", self.tr("yes") if s.organisation else self.tr("no")),
                            ("%3", s.profiles), ("%4", s.targets), ("%5", s.narratives), ("%6", s.kept)):  # fmt: skip
            text = text.replace(mark, str(value))
        self.state_label.setText(text)
        self.sig_status.emit(text)
        self.sig_saved.emit("year")
        return True

    def error_text(self, part: str, field: str = "") -> str:
        if part == "organisation":
            return self.org_form.error_text(field or "other")
        if part == "profile":
            return self.profile_form.error_text(field or "other")
        label = self.errors[part]
        return label.text() if not label.isHidden() else ""

    # ---- showing -------------------------------------------------------------------------------
    def _show_profile(self, p: ProgrammeProfileRow, staff: Sequence[Any], programmes: Sequence[Any]) -> None:
        self._profile = p
        self.profile_box.setTitle(self.tr("Programme profile: %1").replace("%1", p.programme_label))
        for name in PROFILE_TEXTS:
            _set_text(self.fields[name], getattr(p, name))
        if not p.title:
            self.fields["title"].setPlaceholderText(p.programme_label)  # type: ignore[attr-defined]
        shown = [m for m in staff if m.active or m.id == p.responsible_staff_id or m.id in p.staff_in_charge_ids]
        self.responsible_combo.blockSignals(True)
        self.responsible_combo.clear()
        self.responsible_combo.addItem(self.tr("(none)"), None)
        for m in shown:
            self.responsible_combo.addItem(m.name, m.id)
        self.responsible_combo.setCurrentIndex(max(self.responsible_combo.findData(p.responsible_staff_id), 0))
        self.responsible_combo.blockSignals(False)
        self.staff_list.blockSignals(True)
        self.staff_list.clear()
        for m in shown:
            item = QListWidgetItem(m.name if m.active else self.tr("%1 (former)").replace("%1", m.name))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = m.id in p.staff_in_charge_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.staff_list.addItem(item)
        self.staff_list.blockSignals(False)
        by_day = {d.weekday: d.programme for d in p.duty_days}
        for weekday, combo in enumerate(self.duty_combos):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for c in programmes:
                combo.addItem(c.short_label or c.label, c.code)
            combo.setCurrentIndex(max(combo.findData(by_day.get(weekday)), 0))
            combo.blockSignals(False)

    def _show_state(self) -> None:
        if self._dirty:
            self.state_label.setText(self.tr("Unsaved changes"))
        elif self._profile is not None and self._profile.id is None:
            self.state_label.setText(self.tr("No profile saved for this programme in %1 yet.").replace(
                "%1", self._year_text()))  # fmt: skip
        else:
            self.state_label.setText("")

    def _mark(self, part: str) -> None:
        self._dirty.add(part)
        self._show_state()

    def _clear_errors(self) -> None:
        self.org_form.clear()
        self.profile_form.clear()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _year_text(self) -> str:
        return self.tr("FY%1").replace("%1", str(self._fy))

    # ---- saving --------------------------------------------------------------------------------
    def _save_part(self, part: str) -> bool:
        fy, programme = self._fy, self._programme
        assert fy is not None
        try:
            if part == "organisation":
                row = self._services.organisation.save_profile(fy, self._org_draft(), version=self._org_version)
                self._org_version = row.version
            elif part == "profile":
                version = self._profile.version if self._profile else 0
                self._profile = self._report.save_programme_profile(fy, programme, self._profile_draft(),
                                                                    expected_version=version)  # fmt: skip
            elif part == "staffing":
                drafts = self.staffing.drafts()
                version = self._profile.version if self._profile else 0
                self._profile = self._report.save_staffing(fy, programme, drafts, expected_version=version)
            else:
                self._report.save_targets(fy, programme, self.targets.values())
        except ValidationError as exc:
            self._show_validation(part, exc)
            return False
        except (LedgerError, ValueError) as exc:
            self._show_error(part, str(exc))
            return False
        return True

    def _show_validation(self, part: str, exc: ValidationError) -> None:
        if part == "organisation":
            self.org_form.show_validation(exc)
        elif part == "profile":
            self.profile_form.show_validation(exc)
        else:
            self._show_error(part, "\n".join(e.message for e in exc.errors))

    def _show_error(self, part: str, text: str) -> None:
        if part == "organisation":
            self.org_form.set_error("other", text)
        elif part == "profile":
            self.profile_form.set_error("other", text)
        else:
            self.errors[part].setText(text)
            self.errors[part].show()

    def _org_draft(self) -> OrganisationProfileDraft:
        return OrganisationProfileDraft(**{name: _text(self.org[name]) for name in ORG_FIELDS})

    def _profile_draft(self) -> ProgrammeProfileDraft:
        checked = tuple(
            self.staff_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.staff_list.count())
            if self.staff_list.item(i).checkState() == Qt.CheckState.Checked
        )
        days = tuple(DutyDayDraft(w, c.currentData()) for w, c in enumerate(self.duty_combos) if c.currentData())
        texts = {name: _text(self.fields[name]) for name in PROFILE_TEXTS}
        return ProgrammeProfileDraft(**texts, responsible_staff_id=self.responsible_combo.currentData(),
                                     staff_in_charge_ids=checked, duty_days=days)  # fmt: skip

    def _on_programme_combo_current_index_changed(self, index: int) -> None:
        programme = self.programme_combo.itemData(index)
        if programme is None or programme == self._programme:
            return
        unsaved = self._dirty - {"organisation"}
        if unsaved and not self._presenter.question(
            self, self.tr("Unsaved changes"), self.tr("Discard the unsaved changes of this programme?")
        ):
            self.programme_combo.blockSignals(True)
            self.programme_combo.setCurrentIndex(self.programme_combo.findData(self._programme))
            self.programme_combo.blockSignals(False)
            return
        self._programme = programme
        keep_org = "organisation" in self._dirty
        org_texts = {name: _text(self.org[name]) for name in ORG_FIELDS}
        self.reload()
        if keep_org:  # the organisation belongs to the year, not the programme: keep what was typed
            for name, value in org_texts.items():
                _set_text(self.org[name], value)
            self._mark("organisation")


__all__ = ["ProfilePage"]
