"""File → 操作記録… (管理者 only): the audit trail, filtered, exported and verified.

The log is read a page at a time (``PAGE_SIZE`` entries, newest first) and the table fetches
the next page as it scrolls, so a ledger with years of entries opens at once. The service
has no count, so the list only knows it is complete once a short page came back.

Filters (職員, 操作, 対象, 期間) apply a moment after they change, or at once with Enter.
「検証」 recomputes the hash chain (the check is itself recorded); 「CSVに書き出す…」 writes
the entries matching the filter (the export is itself recorded). Both read and write the
ledger on the GUI thread (SQLite connections must not cross threads) under a wait cursor:
about a second for 100,000 entries. The opener checks the 管理者 role; the export checks it
again in the service.

Keyboard: Alt+S / A / T jump to the filters, Alt+F / U switch the period's ends on and off
(Alt+↓ opens a date's calendar), Enter applies the filters, F5 reads the log again, Alt+V
verifies, Ctrl+E (or Alt+E) exports, Esc closes. The table has the focus at the start.
``choose_save_path(parent, suggested_name) -> str | None`` is injectable (tests never block in
a file dialog).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.files import safe_file_name
from app.models import Base
from app.qt.messages import MessagePresenter
from app.services.audit_log import ACTION_LABELS, JST, AuditFilter, AuditRow, AuditService
from app.services.staff import StaffService
from app.views.settings.table import RIGHT, Column, RowsTableModel, make_table

ChooseSavePath = Callable[[QWidget, str], "str | None"]  # (parent, suggested file name) → path or None

PAGE_SIZE = 200
DEBOUNCE_MS = 300
UNKNOWN_TOTAL = 1 << 62  # "more than loaded": the table fetches until a page comes back empty
OK_COLOUR, BAD_COLOUR = "#2e7d32", "#c62828"
MAX_COLUMN_WIDTH = 160  # a longer label is cut short (the whole in the tooltip)
NOT_LOGGED = frozenset({"number_sequences"})  # counters: never in the log (app.db.audit.NOT_AUDITED)
COL_ID, COL_AT, COL_STAFF, COL_ACTION, COL_TABLE, COL_RECORD, COL_FIELDS, COL_DETAIL = range(8)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def logged_tables() -> list[str]:
    """The tables an entry can name: every mapped table (the log's own entries name
    ``audit_log``). The 対象 filter lists them in the order of the labels (related tables
    together), unlabelled ones last."""
    names = {m.local_table.name for m in Base.registry.mappers}
    return [t for t in Base.metadata.tables if t in names and t not in NOT_LOGGED]


class AuditLogDialog(QDialog):
    """The audit trail for the 管理者 ``staff_id``. ``audit_service`` is an ``AuditService``,
    ``staff_service`` a ``StaffService`` (the 職員 filter). Messages go through
    ``presenter``; the lines under the table say what the last action did
    (``status_label``) and how the last check came out (``verify_label``). GUI thread only."""

    def __init__(
        self,
        audit_service: AuditService,
        staff_service: StaffService,
        presenter: MessagePresenter,
        staff_id: int,
        parent: QWidget | None = None,
        choose_save_path: ChooseSavePath | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AuditLogDialog")
        self._audit, self._staff, self._presenter, self._staff_id = audit_service, staff_service, presenter, staff_id
        self.choose_save_path: ChooseSavePath = choose_save_path or self._ask_save_path
        self._labels: dict[str, str] | None = None
        self._pager: _Pager | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.setWindowTitle(self.tr("Audit log"))
        self._build()
        self.resize(1120, 620)
        self.apply_filter()
        self.table.setFocus()

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_filters()
        self._build_table()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("auditStatus")
        self.status_label.setWordWrap(True)
        self.verify_label = QLabel(self.tr("Verify checks that no entry was changed, removed or inserted."), self)
        self.verify_label.setObjectName("auditVerify")
        self.verify_label.setWordWrap(True)
        self.verify_button = self._button(self.tr("&Verify"), self.verify, self.tr("Recompute the hash chain (Alt+V)"))
        self.export_button = self._button(
            self.tr("&Export to CSV…"), self.export, self.tr("The entries matching the filters (Ctrl+E)")
        )
        self.refresh_button = self._button(self.tr("&Refresh (F5)"), self.refresh)
        self.close_button = self._button(self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.verify_button, self.export_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.verify_label)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        chain = [self.staff_combo, self.action_combo, self.table_combo, self.from_check, self.from_edit]
        chain += [self.to_check, self.to_edit, self.table, self.verify_button, self.export_button]
        chain += [self.refresh_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_filters(self) -> None:
        self.staff_combo = self._combo("auditStaff", self._staff_items())
        self.action_combo = self._combo("auditAction", [(self.action_label(a), a) for a in ACTION_LABELS])
        logged = logged_tables()
        tables = [t for t in self._table_labels() if t in logged] + [t for t in logged if t not in self._table_labels()]
        self.table_combo = self._combo("auditTable", [(self.table_label(t), t) for t in tables])
        today = _qdate(jst_today())
        self.from_check, self.from_edit = self._period_end(self.tr("&From"), "auditFrom", today.addDays(-30))
        self.to_check, self.to_edit = self._period_end(self.tr("&Until"), "auditUntil", today)
        grid = QGridLayout()
        for column, (text, combo) in enumerate(
            ((self.tr("&Staff"), self.staff_combo), (self.tr("&Action"), self.action_combo),
             (self.tr("&Target"), self.table_combo))
        ):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(combo)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(combo, 0, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        period = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, QLabel("〜", self), self.to_check, self.to_edit):
            period.addWidget(widget)
        period.addStretch(1)
        grid.addWidget(QLabel(self.tr("Period"), self), 1, 0)
        grid.addLayout(period, 1, 1, 1, 5)
        self._filter_grid = grid

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("All"), None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    def _period_end(self, text: str, name: str, start: QDate) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text, self)
        check.setObjectName(name + "On")
        edit = QDateEdit(start, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.setAccessibleName(text.replace("&", ""))
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._on_filter_changed)
        edit.dateChanged.connect(self._on_filter_changed)
        return check, edit

    def _staff_items(self) -> list[tuple[str, int]]:
        try:
            members = self._staff.list_staff(include_inactive=True)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Audit log"), str(exc))
            return []
        inactive = self.tr("(inactive)")
        return [(m.name if m.active else f"{m.name} {inactive}", m.id) for m in members]

    def _build_table(self) -> None:
        columns = (
            Column(self.tr("No."), lambda r: str(r.id), RIGHT),
            Column(self.tr("Date and time"), lambda r: r.at.astimezone(JST).strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("Staff"), self._staff_text),
            Column(self.tr("Action"), lambda r: self.action_label(r.action)),
            Column(self.tr("Target"), lambda r: self.table_label(r.table_name) if r.table_name else ""),
            Column(self.tr("Record ID"), lambda r: "" if r.record_id is None else str(r.record_id), RIGHT),
            Column(self.tr("Fields"), lambda r: ", ".join(r.fields)),
            Column(self.tr("Detail"), lambda r: r.detail, stretch=True),
        )
        self.model = RowsTableModel(columns, page_size=PAGE_SIZE, parent=self)
        self.model.sig_fetch_failed.connect(self._on_model_fetch_failed)
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.table = make_table(self.model, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from the font and the labels (not from the loaded rows: they change as pages
        load); the user can still drag them."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        samples = {
            COL_ID: ["0000000"], COL_AT: ["2026-11-27 23:59:59"], COL_STAFF: ["大森 さとしこ"],
            COL_ACTION: [self.action_label(a) for a in ACTION_LABELS], COL_TABLE: list(self._table_labels().values()),
            COL_RECORD: ["0000000"],
        }  # fmt: skip
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(max(metrics.horizontalAdvance(t) for t in texts), header.fontMetrics().horizontalAdvance(title))
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH) + 20)
        for column in (COL_FIELDS, COL_DETAIL):  # the long texts share the rest (whole in the tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _button(self, text: str, action: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter applies the filters, never presses a button
        button.setToolTip(tip)
        button.clicked.connect(lambda: action())
        return button

    # ---- labels --------------------------------------------------------------------------------
    def action_label(self, action: str) -> str:
        """The action in the user's language (the service's ACTION_LABELS are the Japanese)."""
        labels = {
            "view": self.tr("View"), "create": self.tr("Create"), "update": self.tr("Change"),
            "delete": self.tr("Delete"), "print": self.tr("Print"), "export": self.tr("Export"),
            "import": self.tr("Import"), "restore": self.tr("Restore"), "sign_in": self.tr("Sign-in"),
            "sign_out": self.tr("Sign-out"), "sign_in_failed": self.tr("Failed sign-in"), "verify": self.tr("Verify"),
        }  # fmt: skip
        return labels.get(action) or ACTION_LABELS.get(action, action)

    def table_label(self, table: str) -> str:
        """What a table holds, for people; an unknown table shows its own name."""
        return self._table_labels().get(table, table)

    def _table_labels(self) -> dict[str, str]:
        if self._labels is None:
            self._labels = {
                "persons": self.tr("Persons"), "household_members": self.tr("Household members"),
                "cases": self.tr("Cases"), "case_programmes": self.tr("Programmes of a case"),
                "case_status_changes": self.tr("Status changes"), "intakes": self.tr("Intake forms"),
                "disaster_details": self.tr("Disaster details"), "assessments": self.tr("Assessments"),
                "plans": self.tr("Plans"), "plan_supporter_actions": self.tr("Supporters' roles"),
                "contacts": self.tr("Support records"), "referrals": self.tr("Referrals"),
                "evaluations": self.tr("Evaluations"), "employment_outcomes": self.tr("Employment outcomes"),
                "service_uses": self.tr("Use of other programmes"), "food_deliveries": self.tr("Food support"),
                "kids_food_club_enrolments": self.tr("Kids food club"),
                "sanitary_product_gifts": self.tr("Sanitary products"),
                "housing_support_actions": self.tr("Housing support"),
                "temporary_living_stays": self.tr("Temporary living support"),
                "housing_benefit_applications": self.tr("Housing security benefit"),
                "learning_support_referrals": self.tr("Learning support"), "events": self.tr("Seminars"),
                "budget_sheets": self.tr("Budget sheets"), "budget_sheet_rows": self.tr("Budget sheet rows"),
                "budget_actuals": self.tr("Budget actuals"), "special_expenses": self.tr("Special expenses"),
                "cashflow_plans": self.tr("Cash-flow tables"), "cashflow_rows": self.tr("Cash-flow rows"),
                "cashflow_cells": self.tr("Cash-flow amounts"), "life_events": self.tr("Life events"),
                "debts": self.tr("Debts"), "instalment_agreements": self.tr("Instalment agreements"),
                "scheduled_payments": self.tr("Scheduled payments"), "payments": self.tr("Repayments"),
                "budget_improvement_plans": self.tr("Budget improvement plans"),
                "budget_plan_monitorings": self.tr("Budget plan monitoring"),
                "budget_templates": self.tr("Budget templates"),
                "budget_template_rows": self.tr("Budget template rows"),
                "outreach_visits": self.tr("Outreach visits"), "hikikomori_states": self.tr("Hikikomori states"),
                "disaster_activities": self.tr("Disaster activities"), "job_seekers": self.tr("Job seekers"),
                "job_desk_uses": self.tr("Job desk uses"), "employers": self.tr("Employers"),
                "job_postings": self.tr("Job postings"), "job_placements": self.tr("Job placements"),
                "meeting_series": self.tr("Recurring meetings"), "meetings": self.tr("Meetings"),
                "meeting_attendees": self.tr("Meeting attendees"), "case_reviews": self.tr("Case reviews"),
                "staff_members": self.tr("Staff"), "staff_credentials": self.tr("Logins"),
                "agencies": self.tr("Agencies"), "code_kinds": self.tr("Code lists"), "codes": self.tr("Codes"),
                "organisation_profiles": self.tr("Organisation"), "programme_profiles": self.tr("Programme profiles"),
                "programme_duty_days": self.tr("Duty days"), "programme_staffing": self.tr("Staffing"),
                "year_targets": self.tr("Targets"), "report_narratives": self.tr("Report narratives"),
                "ledger_meta": self.tr("Ledger information"), "audit_log": self.tr("Audit log"),
            }  # fmt: skip
        return self._labels

    def _staff_text(self, row: AuditRow) -> str:
        if row.staff_id is None:
            return "—"
        return row.staff_name or f"#{row.staff_id}"

    # ---- the list ------------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        """The filter the controls describe (the period in JST days, ends included)."""
        return AuditFilter(
            staff_id=self.staff_combo.currentData(),
            action=self.action_combo.currentData(),
            table_name=self.table_combo.currentData(),
            date_from=_day(self.from_edit) if self.from_check.isChecked() else None,
            date_to=_day(self.to_edit) if self.to_check.isChecked() else None,
            limit=PAGE_SIZE,
        )

    def _on_filter_changed(self, *_args: object) -> None:
        self._timer.start()  # restarted by every change: one read after the user pauses

    def apply_filter(self) -> None:
        """Read the first page for the current filters now (and stop a pending delayed read)."""
        self._timer.stop()
        self._pager = None
        f = self.current_filter()
        try:
            first = self._audit.list_entries(f)
        except LedgerError as exc:
            self.model.set_rows([])
            self._presenter.error(self, self.tr("Audit log"), str(exc))
            return
        if len(first) < PAGE_SIZE:
            self.model.set_rows(first)
        else:
            self._pager = _Pager(self._audit.list_entries, f, first, self._on_pager_ended)
            self.model.set_paged(self._pager, UNKNOWN_TOTAL)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_count()

    def _on_pager_ended(self, pager: _Pager) -> None:
        # the model learns of the end from an empty page: give it one (no query), after the
        # fetch that found the end has finished
        def finish() -> None:
            if self._pager is pager:
                self.model.fetchMore()
                self._show_count()

        QTimer.singleShot(0, self, finish)

    def refresh(self) -> None:
        """Read the log again with the same filters (F5)."""
        self.apply_filter()
        self.table.setFocus()

    def rows(self) -> list[AuditRow]:
        """The entries loaded so far, newest first."""
        return self.model.rows()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        f = self.current_filter()
        if f.date_from and f.date_to and f.date_from > f.date_to:
            text = self.tr("The period starts after it ends: no entries.")
        elif count == 0:
            text = self.tr("No entries match the filters.")
        elif self.model.canFetchMore():
            text = self.tr("The newest %1 entries; scroll down for more.").replace("%1", f"{count:,}")
        else:
            text = self.tr("%1 entries.").replace("%1", f"{count:,}")
        self.status_label.setText(text)

    def _on_model_fetch_failed(self, message: str) -> None:
        self._show_count()
        self._presenter.error(self, self.tr("Audit log"), message)

    # ---- verify and export ---------------------------------------------------------------------
    def verify(self) -> None:
        """Recompute the hash chain and say how it came out (Alt+V)."""
        self.verify_label.setText(self.tr("Verifying…"))
        self.verify_label.repaint()  # seen before the check holds the GUI thread
        try:
            with _busy():
                report = self._audit.verify(by_staff_id=self._staff_id)
        except LedgerError as exc:
            self.verify_label.setText("")
            self._presenter.error(self, self.tr("Verify"), str(exc))
            return
        if report.ok:
            text, colour = self.tr("OK: %1 entries").replace("%1", f"{report.entries:,}"), OK_COLOUR
        else:
            text, colour = self.tr("Inconsistent: from No. %1").replace("%1", str(report.first_bad_id)), BAD_COLOUR
        self.verify_label.setText(text)
        self.verify_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.apply_filter()  # the check is an entry of its own
        if not report.ok:
            bad_row = self.model.row_of(report.first_bad_id)
            if bad_row is not None:  # the first entry that fails, when it is loaded
                self.table.selectRow(bad_row)
                self.table.scrollTo(self.model.index(bad_row, COL_ID))
            message = self.tr(
                "The audit log does not verify from entry No. %1: an entry was changed, removed or inserted "
                "outside Yorisoi. The %2 entries before it are intact.\n\n"
                "Keep the ledger file as it is and tell the person in charge of the system."
            )
            self._presenter.error(
                self,
                self.tr("Verify"),
                message.replace("%1", str(report.first_bad_id)).replace("%2", str(report.entries)),
            )

    def export(self) -> None:
        """Ask where, then write the entries matching the filters to a CSV file (Ctrl+E)."""
        suggested = safe_file_name(self.tr("Audit log_%1.csv").replace("%1", jst_today().isoformat()))
        chosen = self.choose_save_path(self, suggested)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + ".csv")
        self.status_label.setText(self.tr("Exporting…"))
        self.status_label.repaint()
        try:
            with _busy():
                count = self._audit.export_csv(path, self.current_filter(), by_staff_id=self._staff_id)
        except LedgerError as exc:
            self._show_count()
            self._presenter.error(self, self.tr("Export to CSV"), str(exc))
            return
        self.apply_filter()  # the export is an entry of its own
        self.status_label.setText(
            self.tr("%1 entries exported to %2.").replace("%1", f"{count:,}").replace("%2", str(path))
        )

    def _ask_save_path(self, parent: QWidget, suggested: str) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Export the audit log"), str(Path(folder) / suggested), self.tr("CSV files (*.csv)")
        )
        return chosen or None

    # ---- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter reaches the dialog from the filters (the table keeps its own): apply them now
        if event.key() in _ENTER_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            event.accept()
            self.apply_filter()
            return
        super().keyPressEvent(event)


class _Pager:
    """The pages after ``first`` (newest first), for ``RowsTableModel.set_paged``. Entries
    written since the first page push the older ones to higher offsets: those already shown
    are skipped and counted, so the next page starts right. A short page is the end:
    ``on_end(pager)`` is called and later pages are empty without a query."""

    def __init__(
        self,
        read: Callable[[AuditFilter], list[AuditRow]],
        f: AuditFilter,
        first: list[AuditRow],
        on_end: Callable[[_Pager], None],
    ) -> None:
        self._read, self._filter, self._first, self._on_end = read, f, first, on_end
        self._oldest = first[-1].id if first else 0
        self._skipped = 0
        self.ended = False

    def __call__(self, offset: int, limit: int) -> list[AuditRow]:
        if offset == 0:
            return self._first
        while not self.ended:
            page = self._read(replace(self._filter, limit=limit, offset=offset + self._skipped))
            fresh = [r for r in page if r.id < self._oldest]
            self._skipped += len(page) - len(fresh)
            if fresh:
                self._oldest = fresh[-1].id
            if len(page) < limit:
                self.ended = True
                self._on_end(self)
            if fresh or self.ended:
                return fresh
        return []


def jst_today() -> date:
    """Today at the centre (the filters' days are JST days, whatever the PC's zone)."""
    return datetime.now(JST).date()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
