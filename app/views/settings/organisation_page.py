"""法人・センター: per fiscal year, who runs the centre and the division's goals (the annual
report's first page). The year defaults to the current 年度; Ctrl+S (or Enter in a one-line
field) saves; "copy from the previous year" fills the form from the latest earlier year for
the user to check and save. Nothing is written until Save, and unsaved input is never
dropped without a question."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.errors import ConflictError, LedgerError, ValidationError
from app.domain.fiscal import fiscal_year, fiscal_year_label_wareki
from app.domain.org_drafts import OrganisationProfileDraft
from app.qt.messages import MessagePresenter
from app.services.org_rows import OrganisationProfileRow
from app.views.settings.form import FormGrid, hint_label, page_title, plain_button, status_line

if TYPE_CHECKING:
    from app.services.organisation import OrganisationService

YEARS_BACK = 3  # the chooser offers these many years before the current one (and any saved)
FIELDS = ("corporation_name", "division_name", "centre_name", "address", "division_goals")


class OrganisationPage(QWidget):
    """The profile of the chosen 年度. ``sig_changed("organisation")`` after a save."""

    sig_changed = Signal(str)

    def __init__(
        self,
        organisation: OrganisationService,
        today: Callable[[], date],
        presenter: MessagePresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._organisation = organisation
        self._today = today
        self._presenter = presenter
        self._loaded = False
        self._year: int | None = None
        self._version = 0  # of the loaded profile; 0: none saved for the year yet
        self._dirty = False
        self.year_combo = QComboBox(self)
        self.year_state = hint_label("", self)
        self.corporation_name = QLineEdit(self)
        self.division_name = QLineEdit(self)
        self.centre_name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.division_goals = QPlainTextEdit(self)
        self.division_goals.setTabChangesFocus(True)
        line = self.division_goals.fontMetrics().lineSpacing()
        self.division_goals.setMinimumHeight(line * 5 + 14)
        self.division_goals.setMaximumHeight(line * 12 + 14)
        self.save_button = plain_button(self.tr("&Save"), self)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.NativeText))
        self.copy_button = plain_button(self.tr("&Copy from the previous year…"), self)
        self.status_label = status_line(self)
        self.form = FormGrid(self)
        self._layout()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WindowShortcut)
        for edit in self._line_edits():
            edit.textEdited.connect(lambda _t: self._set_dirty(True))
            edit.returnPressed.connect(self.save)
        self.division_goals.textChanged.connect(self._on_division_goals_text_changed)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_current_index_changed)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy_previous)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.corporation_name, self.division_name, self.centre_name, self.address)

    def _layout(self) -> None:
        title = page_title(self.tr("Corporation and centre"), self)
        hint = hint_label(self.tr("Printed on the first page of the annual report of the fiscal year."), self)
        year_label = QLabel(self.tr("Fiscal &year"), self)
        year_label.setBuddy(self.year_combo)
        year = QHBoxLayout()
        year.addWidget(year_label)
        year.addWidget(self.year_combo)
        year.addWidget(self.year_state, 1)
        self.form.add("corporation_name", self.tr("Co&rporation"), self.corporation_name)
        self.form.add("division_name", self.tr("&Division"), self.division_name)
        self.form.add("centre_name", self.tr("Ce&ntre name"), self.centre_name)
        self.form.add("address", self.tr("&Address"), self.address)
        self.form.add("division_goals", self.tr("Division &goals"), self.division_goals)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addWidget(hint)
        box.addLayout(year)
        box.addLayout(self.form.layout)
        box.addWidget(self.form.other_label)
        box.addLayout(buttons)
        box.addWidget(self.status_label)
        box.addStretch(1)

    # ---- public API ------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        current = fiscal_year(self._today())
        try:
            saved = self._organisation.years()
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Corporation and centre"), str(exc))
            saved = []
        self.year_combo.blockSignals(True)
        for fy in range(min([current - YEARS_BACK, *saved]), max([current + 1, *saved]) + 1):
            label = self.tr("FY%1 (%2)").replace("%1", str(fy)).replace("%2", fiscal_year_label_wareki(fy))
            self.year_combo.addItem(label, fy)
        self.year_combo.setCurrentIndex(self.year_combo.findData(current))
        self.year_combo.blockSignals(False)
        self.load(current)

    def fiscal_year(self) -> int | None:
        return self._year

    def set_fiscal_year(self, fy: int) -> bool:
        """Show ``fy`` (False if the user kept unsaved changes of the current year)."""
        self.ensure_loaded()
        index = self.year_combo.findData(fy)
        if index < 0:
            return False
        self.year_combo.setCurrentIndex(index)
        return self._year == fy

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def load(self, fy: int) -> None:
        """Show the saved profile of ``fy`` (an empty form when there is none)."""
        try:
            row = self._organisation.profile(fy)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Corporation and centre"), str(exc))
            return
        self._year = fy
        self._show(row)
        self._version = row.version if row else 0
        self._set_dirty(False)
        self.form.clear()
        self.status_label.clear()

    def draft(self) -> OrganisationProfileDraft:
        return OrganisationProfileDraft(
            corporation_name=self.corporation_name.text(),
            division_name=self.division_name.text(),
            centre_name=self.centre_name.text(),
            address=self.address.text(),
            division_goals=self.division_goals.toPlainText(),
        )

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def save(self) -> OrganisationProfileRow | None:
        """Save the form for the chosen year; the saved row, or None if it was rejected."""
        if self._year is None:
            return None
        self.form.clear()
        try:
            row = self._organisation.save_profile(self._year, self.draft(), version=self._version)
        except ValidationError as exc:
            self.form.show_validation(exc)
            self.status_label.setText(self.tr("Not saved: correct the fields marked in red."))
            return None
        except ConflictError as exc:
            self.form.set_error("other", str(exc))
            self.status_label.setText(self.tr("Not saved."))
            question = self.tr("%1\n\nShow the saved profile instead? What you entered is discarded.")
            if self._presenter.question(self, self.tr("Saved elsewhere"), question.replace("%1", str(exc))):
                self.load(self._year)
            return None
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Corporation and centre"), str(exc))
            return None
        self._show(row)
        self._version = row.version
        self._set_dirty(False)
        self.status_label.setText(self.tr("Saved the profile of %1.").replace("%1", self._year_text(row.fiscal_year)))
        self.sig_changed.emit("organisation")
        return row

    def copy_previous(self) -> bool:
        """Fill the form from the latest earlier year's profile (not saved yet)."""
        if self._year is None:
            return False
        try:
            source = self._organisation.latest_before(self._year)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Corporation and centre"), str(exc))
            return False
        title = self.tr("Copy from the previous year")
        if source is None:
            self._presenter.info(self, title, self.tr("No earlier fiscal year has a saved profile."))
            return False
        if any(getattr(self.draft(), f).strip() for f in FIELDS):
            question = self.tr("Replace what the form shows with the profile of %1?")
            if not self._presenter.question(self, title, question.replace("%1", self._year_text(source.fiscal_year))):
                return False
        self._show(source)
        self._set_dirty(True)
        self.form.clear()
        message = self.tr("Copied from %1. Check it and save with Ctrl+S.")
        self.status_label.setText(message.replace("%1", self._year_text(source.fiscal_year)))
        self.corporation_name.setFocus()
        return True

    # ---- internals -------------------------------------------------------------------------
    def _year_text(self, fy: int) -> str:
        return self.tr("FY%1").replace("%1", str(fy))

    def _show(self, row: OrganisationProfileRow | None) -> None:
        self.division_goals.blockSignals(True)
        for name in FIELDS:
            value = getattr(row, name) if row is not None else ""
            widget = getattr(self, name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.division_goals.blockSignals(False)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if dirty:
            self.year_state.setText(self.tr("Unsaved changes"))
        elif self._version:
            self.year_state.setText(self.tr("Saved"))
        else:
            self.year_state.setText(self.tr("Nothing saved for this year yet"))

    def _on_division_goals_text_changed(self) -> None:
        self._set_dirty(True)

    def _on_year_combo_current_index_changed(self, index: int) -> None:
        fy = self.year_combo.itemData(index)
        if fy is None or fy == self._year:
            return
        if self._dirty and not self._presenter.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the unsaved changes of %1?").replace("%1", self._year_text(self._year)),
        ):
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(self._year))
            self.year_combo.blockSignals(False)
            return
        self.load(fy)
