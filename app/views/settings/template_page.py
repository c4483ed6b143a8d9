"""家計表のひな形: the row templates the budget sheets are made from (household-budget.md §1–3).

Choose a template (家計表 or キャッシュフロー表; 標準 and 高齢者世帯 are seeded, marked 標準搭載),
see its rows in order, add a row, rename one, delete one. A template edit changes only the
sheets made afterwards: a sheet copies its rows when it is made, so sheets already made keep
theirs. The service validates; this page shows its answer under the field it names.

Keyboard: the template combo, then the row list; Enter or F2 renames the chosen row, Ins adds
one after it, Del deletes it (after a question).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.domain.budget import CASHFLOW_SECTIONS, SHEET_SECTIONS, percent_text
from app.domain.budget_drafts import RateParseError, parse_rate_percent
from app.qt.messages import MessagePresenter
from app.services.budget_rows import TemplateDetail, TemplateLineRow
from app.views.settings.form import EditorDialog, FormGrid, field_row, hint_label, plain_button
from app.views.settings.list_page import ListPage
from app.views.settings.table import RIGHT, Column

if TYPE_CHECKING:
    from app.services.budget_sheets import BudgetSheetService

SHEET_KINDS = ("household", "cashflow")
LOAN_COLUMN, RATE_COLUMN = 3, 4
CENTRE = Qt.AlignmentFlag.AlignCenter


def insert_position(rows: tuple[TemplateLineRow, ...], section: str, selected_id: int | None) -> int | None:
    """Where a new ``section`` row goes (0-based; None appends): after the selected row when
    it is of that section, else after the section's last row (the sheets group rows by
    section, so the order that counts is the order within a section)."""
    ids = [r.id for r in rows]
    chosen = next((r for r in rows if r.id == selected_id), None)
    if chosen is not None and chosen.section == section:
        return ids.index(chosen.id) + 1
    last = [i for i, r in enumerate(rows) if r.section == section]
    return last[-1] + 1 if last else None


def section_text(section: str) -> str:
    """区分 as the sheets name it."""
    texts = {
        "income": QCoreApplication.translate("TemplatePage", "Income"),
        "expense": QCoreApplication.translate("TemplatePage", "Expense"),
        "other": QCoreApplication.translate("TemplatePage", "Other"),
    }
    return texts.get(section, section)


class TemplateRowDialog(EditorDialog):
    """Add a row to ``template`` (``row`` None: section, name, and the loan flag for a 家計表
    or the yearly rate for a キャッシュフロー表) or rename ``row``. OK (Enter) saves;
    ``saved_id`` holds the row's id then."""

    def __init__(
        self,
        budget: BudgetSheetService,
        template: TemplateDetail,
        row: TemplateLineRow | None = None,
        *,
        selected_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._budget = budget
        self._template = template
        self._row = row
        self._selected_id = selected_id
        cashflow = template.sheet_kind == "cashflow"
        self.setWindowTitle(self.tr("Add row") if row is None else self.tr("Rename row"))
        self.section_combo = QComboBox(self)
        for key in CASHFLOW_SECTIONS if cashflow else SHEET_SECTIONS:
            self.section_combo.addItem(section_text(key), key)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData("expense")))
        self.label_edit = QLineEdit(self)
        self.loan_check = QCheckBox(self.tr("A &loan received (not income)"), self)
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setPlaceholderText(self.tr("e.g. 0.5 (empty: 0)"))
        self.form = FormGrid(self)
        if row is None:
            self.form.add("section", self.tr("&Section"), self.section_combo)
        self.form.add("label", self.tr("&Name"), self.label_edit)
        if row is None and cashflow:
            self.form.add("rate_bp", self.tr("Yearly &rate (%)"), self.rate_edit)
        if row is None and not cashflow:
            self.form.add("is_loan", "", self.loan_check)
        if row is not None:
            self.label_edit.setText(row.label)
            self.label_edit.selectAll()
        self.section_combo.setVisible(row is None)
        self.rate_edit.setVisible(row is None and cashflow)
        self.loan_check.setVisible(row is None and not cashflow)
        where = self.tr("The row goes after the chosen row, or at the end of its section.")
        self._finish(480, *([hint_label(where, self)] if row is None else []))

    def _write(self) -> int | None:
        """Add or rename the row."""
        if self._row is None:
            return self._add()
        self._budget.rename_template_row(self._row.id, self.label_edit.text())
        return self._row.id

    def _add(self) -> int | None:
        rate = 0
        if self._template.sheet_kind == "cashflow":
            try:
                rate = parse_rate_percent(self.rate_edit.text())
            except RateParseError as exc:
                self.form.set_error("rate_bp", str(exc))
                self.rate_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        section = self.section_combo.currentData()
        return self._budget.add_template_row(
            self._template.id,
            section,
            self.label_edit.text(),
            position=insert_position(self._template.rows, section, self._selected_id),
            is_loan=self.loan_check.isChecked() and self._template.sheet_kind == "household",
            rate_bp=rate,
        )


class TemplatePage(ListPage):
    """Choose a template, then act on its rows. ``sig_changed("templates")`` after every change."""

    AREA = "templates"

    def __init__(self, budget: BudgetSheetService, presenter: MessagePresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, parent)
        self._budget = budget
        self._templates: dict[int, TemplateDetail] = {}
        self.editor: TemplateRowDialog | None = None
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("templateCombo")
        self.note = hint_label(
            self.tr(
                "Changes apply to sheets made from now on; sheets already made keep their rows. "
                "The rows marked “From repayment plans” are filled from the case's instalment agreements."
            ),
            self,
        )
        self._make_table(
            "templateTable",
            (
                Column(self.tr("Section"), lambda r: section_text(r.section)),
                Column(self.tr("Item"), lambda r: r.label, stretch=True),
                Column(self.tr("From repayment plans"), self._feed_text),
                Column(self.tr("Loan (not income)"), lambda r: self.tr("yes") if r.is_loan else "", CENTRE),
                Column(self.tr("Yearly rate"), lambda r: f"{percent_text(r.rate_bp)}%", RIGHT),
            ),
        )
        self.add_button = plain_button(self.tr("&New row…"), self)
        self.rename_button = plain_button(self.tr("Rena&me…"), self)
        self.delete_button = plain_button(self.tr("&Delete"), self)
        self._assemble(
            (field_row(self.tr("&Template"), self.template_combo, self), self.note),
            ((self.add_button, self.add), (self.rename_button, self.rename), (self.delete_button, self.delete)),
            activate=self.rename,
            keys=((Qt.Key.Key_F2, self.rename), (Qt.Key.Key_Delete, self.delete), (Qt.Key.Key_Insert, self.add)),
        )
        self.template_combo.currentIndexChanged.connect(lambda _i: self._show_template())

    def _title(self) -> str:
        return self.tr("Budget sheet templates")

    def _feed_text(self, row: TemplateLineRow) -> str:
        return {"debt_repayment": self.tr("Debt repayment"), "arrears": self.tr("Arrears")}.get(row.feed or "", "")

    def _template_text(self, t: TemplateDetail) -> str:
        kind = self.tr("Household sheet") if t.sheet_kind == "household" else self.tr("Cash-flow table")
        text = self.tr("%1: %2").replace("%1", kind).replace("%2", t.name)
        return self.tr("%1 (built-in)").replace("%1", text) if t.builtin else text

    # ---- public API ------------------------------------------------------------------------
    def template(self) -> TemplateDetail | None:
        return self._templates.get(self.template_combo.currentData())

    def set_template(self, template_id: int) -> None:
        self.ensure_loaded()
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template_id)))

    def selected(self) -> TemplateLineRow | None:
        return super().selected()

    def add(self) -> TemplateRowDialog | None:
        template = self.template()
        if template is None:
            return None
        row = self.selected()

        def make() -> TemplateRowDialog:
            editor = TemplateRowDialog(self._budget, template, selected_id=row.id if row else None, parent=self)
            if row is not None:  # a new row is most often one more of the kind chosen
                editor.section_combo.setCurrentIndex(max(0, editor.section_combo.findData(row.section)))
            return editor

        return self._open_editor(make)

    def rename(self) -> TemplateRowDialog | None:
        template, row = self.template(), self.selected()
        if template is None or row is None:
            return None
        return self._open_editor(lambda: TemplateRowDialog(self._budget, template, row, parent=self))

    def delete(self) -> None:
        """Delete the chosen row after a question; sheets already made keep it."""
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete the row “%1” from the template? Sheets already made keep it.")
        if row.feed:
            question += "\n" + self.tr("New sheets will then have no row for the repayment plans to fill.")
        rows = self.model.rows()
        index = rows.index(row)
        after = rows[index + 1] if index + 1 < len(rows) else (rows[index - 1] if index else None)
        self._ask_and_act(
            self.tr("Delete row"),
            question.replace("%1", row.label),
            lambda: self._budget.delete_template_row(row.id),
            self.tr("Deleted “%1”.").replace("%1", row.label),
            after.id if after else None,
        )

    # ---- internals -------------------------------------------------------------------------
    def _read(self) -> None:
        """Read the templates again (both kinds, in use); keeps the chosen template."""
        self._loaded = True  # a failed read is not tried again on every page change
        chosen = self.template_combo.currentData()
        templates = [t for kind in SHEET_KINDS for t in self._budget.templates(kind)]
        self._templates = {t.id: t for t in templates}
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in templates:
            self.template_combo.addItem(self._template_text(t), t.id)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(chosen)))
        self.template_combo.blockSignals(False)
        self._set_template_rows()

    def _show_template(self) -> None:
        self._set_template_rows()
        self._show_rows(None)

    def _set_template_rows(self) -> None:
        template = self.template()
        self.model.set_rows(template.rows if template else ())
        cashflow = template is not None and template.sheet_kind == "cashflow"
        self.table.setColumnHidden(LOAN_COLUMN, cashflow)  # a キャッシュフロー表 has no loan rows
        self.table.setColumnHidden(RATE_COLUMN, not cashflow)  # nor a 家計表 a 変動率

    def _saved_text(self, editor: TemplateRowDialog) -> str:
        return self.tr("Saved “%1”.").replace("%1", editor.label_edit.text().strip())

    def _sync_buttons(self) -> None:
        has_row = self.selected() is not None
        self.add_button.setEnabled(self.template() is not None)
        self.rename_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
