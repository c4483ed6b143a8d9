"""The 報告書 tab: the annual report (事業報告書) of a fiscal year — every figure with its 目標値
and 達成, the records behind each figure, the checks to read before printing, the PDF (made
in the background, then previewed to print or save), every table as .xlsx, and what staff
write and set for the year (narratives, organisation and programme profiles, staffing,
targets).

Keyboard: Alt+Y chooses the fiscal year; Alt+1 … Alt+4 switch pages; Ctrl+P makes the PDF,
Ctrl+Shift+E saves the tables as Excel, Alt+C cancels a file being made. In the figures,
Enter (or a double click) lists the records behind the figure; in that list Enter opens the
record's case (``sig_open_case``), Esc goes back to the figures. In the checks, Enter opens
the case of the problem. Ctrl+S saves on the narrative and profile pages.

The year chooser offers the current fiscal year and the earlier ones since the first case
(and any year with a saved organisation profile); it starts on the last finished year, the
one whose report is due. Everything is read on the GUI thread; only the PDF and the .xlsx
files are rendered in the background (app.views.report.output).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.domain.fiscal import fiscal_year, fiscal_year_label_wareki
from app.domain.report_drafts import DIVISION
from app.qt.figure_table_model import COLUMN_OF, FigureTableModel
from app.qt.messages import MessagePresenter
from app.services.case_queries import CaseFilter
from app.services.report_assembly import DEFAULT_DIVISION, PROGRAMME_LABELS
from app.services.report_rows import PROGRAMME_ORDER
from app.services.statistics import YearFigures
from app.views.report.narratives_page import NarrativesPage
from app.views.report.output import ChooseDirectory, OpenPreview, ReportOutput
from app.views.report.profile_page import ProfilePage
from app.views.report.quality_view import QualityView
from app.views.report.records_view import CaseLocator, FigureRecordsView

YEARS_BACK_MAX = 30
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PAGE_FIGURES, PAGE_CHECKS, PAGE_NARRATIVES, PAGE_PROFILE = range(4)
COLUMN_WIDTHS = {"label": 300, "value": 90, "unit": 40, "target": 90, "achievement": 70, "key": 300}


def _services_of(services: Any, today: Callable[[], date]) -> tuple[Any, Any]:
    """The AnnualReportService and StatisticsService (the container's, else made here)."""
    report = getattr(services, "report", None)
    stats = getattr(services, "statistics", None)
    if report is None:
        from app.services.annual_report import AnnualReportService

        report = AnnualReportService(services.ledger, today)
    if stats is None:
        from app.services.statistics import StatisticsService

        stats = StatisticsService(services.ledger, today)
    return report, stats


class ReportTab(QWidget):
    sig_status = Signal(str)
    sig_open_case = Signal(int)

    def __init__(
        self,
        services: Any,
        *,
        today: Callable[[], date],
        presenter: MessagePresenter,
        staff_id: int | None,
        open_preview: OpenPreview | None = None,
        choose_directory: ChooseDirectory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._today, self._presenter = services, today, presenter
        self._report, self._stats = _services_of(services, today)
        self._fy: int | None = None
        self._year: YearFigures | None = None
        self._stale: set[int] = set()  # pages to read again when shown
        self.titles = {DIVISION: DEFAULT_DIVISION, **{p: t[0] for p, t in PROGRAMME_LABELS.items()}}
        self.output = ReportOutput(self._report, presenter, self, today=today, open_preview=open_preview,
                                   choose_directory=choose_directory)  # fmt: skip
        self.model = FigureTableModel(self)
        self._build(staff_id)
        self._lay_out()
        self._connect()
        self._refresh_pending = True  # read when first shown: a year's figures take a second
        self._fill_years_or_report()

    # ---- building ----------------------------------------------------------------------------
    def _build(self, staff_id: int | None) -> None:
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("reportYear")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pdf_button = QPushButton(self.tr("Make &PDF (Ctrl+P)"), self)
        self.excel_button = QPushButton(self.tr("Save tab&les as Excel… (Ctrl+Shift+E)"), self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.hide()
        self.busy_label = QLabel(self)
        for b in (self.pdf_button, self.excel_button, self.cancel_button):
            b.setAutoDefault(False)
        self.table = QTableView(self)
        self.table.setObjectName("figureTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(COLUMN_OF[key], width)
        header.setStretchLastSection(True)
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("figuresSummary")
        self.figures_label.setWordWrap(True)
        self.records = FigureRecordsView(self._explain, CaseLocator(self._services.cases), self)
        self.quality = QualityView(self)
        short = {DIVISION: DEFAULT_DIVISION, **{p: t[1] for p, t in PROGRAMME_LABELS.items()}}
        self.narratives = NarrativesPage(self._report, self._presenter, staff_id=staff_id, scope_titles=short,
                                         parent=self)  # fmt: skip
        try:
            figure_keys = self._report.figure_keys()
        except LedgerError:
            figure_keys = []
        self.narratives.set_figure_keys(figure_keys)
        self.profile = ProfilePage(self._services, self._report, self._presenter, programme_titles=self.titles,
                                   figure_keys=figure_keys, parent=self)  # fmt: skip

    def _lay_out(self) -> None:
        figures = QWidget(self)
        left = QWidget(figures)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.figures_label)
        box.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, figures)
        splitter.addWidget(left)
        splitter.addWidget(self.records)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 500])
        page = QVBoxLayout(figures)
        page.setContentsMargins(0, 4, 0, 0)
        page.addWidget(splitter)
        self.pages = QTabWidget(self)
        self.pages.addTab(figures, self.tr("&1 Figures"))
        self.pages.addTab(self.quality, self.tr("&2 Checks"))
        self.pages.addTab(self.narratives, self.tr("&3 Narratives"))
        self.pages.addTab(self.profile, self.tr("&4 Profile and targets"))
        caption = QLabel(self.tr("Fiscal &year"), self)
        caption.setBuddy(self.year_combo)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.busy_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_current_index_changed)
        self.pages.currentChanged.connect(lambda _i: self._load_stale_page())
        self.pdf_button.clicked.connect(lambda: self.make_pdf())
        self.excel_button.clicked.connect(lambda: self.save_tables())
        self.cancel_button.clicked.connect(self.output.cancel)
        self.output.sig_busy.connect(self._on_output_busy)
        self.output.sig_progress.connect(self._on_output_progress)
        self.output.sig_status.connect(self._on_output_status)
        self.table.doubleClicked.connect(lambda _i: self.show_records())
        self.table.installEventFilter(self)
        self.records.sig_back.connect(self.table.setFocus)
        for child in (self.records, self.quality):
            child.sig_open_case.connect(self.sig_open_case)
        for child in (self.records, self.quality, self.narratives, self.profile):
            child.sig_status.connect(self.sig_status)
        self.quality.sig_edit_profile.connect(lambda: self.pages.setCurrentIndex(PAGE_PROFILE))
        self.profile.sig_saved.connect(self._on_profile_saved)
        for keys, action in (("Ctrl+P", self.make_pdf), ("Ctrl+Shift+E", self.save_tables)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda a=action: QTimer.singleShot(0, a))

    # ---- years ---------------------------------------------------------------------------------
    def _years(self) -> list[int]:
        """The current fiscal year and the earlier ones that have records, newest first."""
        current = fiscal_year(self._today())
        first_case = self._services.cases.list_cases(CaseFilter(order="opened_asc"), limit=1)
        first = fiscal_year(first_case[0].opened_on) if first_case else current
        years = set(range(max(first, current - YEARS_BACK_MAX), current + 1))
        years |= {y for y in self._services.organisation.years() if current - YEARS_BACK_MAX <= y <= current}
        return sorted(years, reverse=True)

    def _fill_years(self) -> None:
        years = self._years()
        chosen = self._fy
        if chosen not in years:
            last_finished = fiscal_year(self._today()) - 1
            chosen = last_finished if last_finished in years else years[0]
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for fy in years:
            label = self.tr("FY%1 (%2)").replace("%1", str(fy)).replace("%2", fiscal_year_label_wareki(fy))
            self.year_combo.addItem(label, fy)
        self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))
        self.year_combo.blockSignals(False)

    def fiscal_year(self) -> int | None:
        return self._fy

    def set_fiscal_year(self, fy: int) -> bool:
        """Show ``fy`` (False if it is not offered, or the user kept unsaved changes)."""
        index = self.year_combo.findData(fy)
        if index < 0:
            return False
        if index == self.year_combo.currentIndex() and self._fy != fy:
            self._refresh_pending = False
            self._load_year(fy)  # the year shown but not read yet (the tab was hidden)
        self.year_combo.setCurrentIndex(index)
        return self._fy == fy

    def _on_year_combo_current_index_changed(self, index: int) -> None:
        fy = self.year_combo.itemData(index)
        if fy is None or fy == self._fy:
            return
        if self.has_unsaved_changes() and not self._presenter.question(
            self, self.tr("Unsaved changes"), self.tr("Discard the unsaved narrative and profile changes?")
        ):
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(self._fy))
            self.year_combo.blockSignals(False)
            return
        self._load_year(fy)

    # ---- loading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._refresh_pending:
            self.refresh()

    def _fill_years_or_report(self) -> bool:
        try:
            self._fill_years()
        except LedgerError as exc:
            self._show_error(str(exc))
            return False
        return True

    def refresh(self) -> None:
        """Read everything again (a save elsewhere, another PC); unsaved narrative or profile
        edits are kept. While the tab is hidden this only notes that it must re-read when
        shown (the window opens without computing a year of figures for a hidden tab)."""
        if not self.isVisible():
            self._refresh_pending = True
            return
        self._refresh_pending = False
        if not self._fill_years_or_report():
            return
        fy = self.year_combo.currentData()
        if fy is not None:
            self._load_year(fy, keep_edits=True)

    def _load_year(self, fy: int, *, keep_edits: bool = False) -> None:
        changed = fy != self._fy
        self._fy = fy
        self._load_figures()
        self._load_quality()
        if changed:
            self.records.clear()
        for page, editor in ((PAGE_NARRATIVES, self.narratives), (PAGE_PROFILE, self.profile)):
            if not (keep_edits and editor.has_unsaved_changes()):
                self._stale.add(page)
        self._load_stale_page()

    def _load_stale_page(self) -> None:
        """The editing pages read the year when first shown (each reads the figures again)."""
        index = self.pages.currentIndex()
        if index not in self._stale or self._fy is None:
            return
        self._stale.discard(index)
        if index == PAGE_NARRATIVES:
            figures = self._year.figures.values() if self._year else ()
            values = {f.key: f.value for f in figures}
            targets = {f.key: f.target for f in figures if f.target is not None}
            self.narratives.set_year(self._fy, values, targets)
        elif index == PAGE_PROFILE:
            self.profile.set_year(self._fy)

    def _load_figures(self) -> None:
        if self._fy is None:
            return
        try:
            year = self._stats.year(self._fy)
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        self._year = year
        chosen = self.current_key()
        self.model.set_figures(year.figures.values(), self.titles, order=(*PROGRAMME_ORDER, DIVISION))
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        row = self.model.row_of_key(chosen) if chosen else None
        self.table.selectRow(row if row is not None else 1)
        achieved = [f for f in year.figures.values() if f.achieved is not None]
        text = self.tr("%1: %2 figures; %3 of %4 targets achieved. Enter on a figure lists the records behind it.")
        for mark, value in (("%1", self._year_text()), ("%2", self.model.figure_count()),
                            ("%3", sum(bool(f.achieved) for f in achieved)), ("%4", len(achieved))):  # fmt: skip
            text = text.replace(mark, str(value))
        self.figures_label.setText(text)

    def _load_quality(self) -> None:
        if self._fy is None:
            return
        try:
            issues = self._report.data_quality(self._fy)
        except LedgerError as exc:
            self._show_error(str(exc))
            return
        self.quality.set_issues(issues, self._year_text())
        title = self.tr("&2 Checks (%1)").replace("%1", str(len(issues))) if issues else self.tr("&2 Checks")
        self.pages.setTabText(PAGE_CHECKS, title)

    def _on_profile_saved(self, what: str) -> None:
        if what in ("targets", "year"):
            self._load_figures()
            if not self.narratives.has_unsaved_changes():  # the preview's targets; copy_year's narratives
                self._stale.add(PAGE_NARRATIVES)
        self._load_quality()

    # ---- figures and records -------------------------------------------------------------------
    def _explain(self, fy: int, key: str, limit: int, offset: int) -> list[Any]:
        return self._stats.explain(fy, key, limit=limit, offset=offset)

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        f = self.model.figure_at(index.row()) if index.isValid() else None
        return f.key if f else None

    def select_figure(self, key: str) -> bool:
        row = self.model.row_of_key(key)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def show_records(self) -> bool:
        """List the records behind the current figure; the focus goes to the list."""
        index = self.table.currentIndex()
        f = self.model.figure_at(index.row()) if index.isValid() else None
        if f is None or self._fy is None:
            return False
        if not self.records.show_figure(self._fy, f.key, f.label):
            return False
        self.records.table.setFocus()
        return True

    # ---- files ---------------------------------------------------------------------------------
    def make_pdf(self) -> bool:
        """Make the year's report as PDF in the background, then preview it (Ctrl+P)."""
        if self._fy is None:
            return False
        started = self.output.make_pdf(self._fy)
        if started:
            self.busy_label.setText(self.tr("Making the PDF of %1…").replace("%1", self._year_text()))
        return started

    def save_tables(self, directory: str | None = None) -> bool:
        """Save every table of the year's report as .xlsx (Ctrl+Shift+E)."""
        if self._fy is None:
            return False
        started = self.output.save_tables(self._fy, directory)
        if started:
            self.busy_label.setText(self.tr("Saving the tables of %1…").replace("%1", self._year_text()))
        return started

    def _on_output_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for button in (self.pdf_button, self.excel_button):
            button.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()

    def _on_output_progress(self, percent: int) -> None:
        if percent < 0:
            self.progress.setRange(0, 0)  # busy, no measure
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def _on_output_status(self, message: str) -> None:
        self.busy_label.setText(message)
        if message:
            self.sig_status.emit(message)

    # ---- misc ------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.narratives.has_unsaved_changes() or self.profile.has_unsaved_changes()

    def _year_text(self) -> str:
        fy = self._fy or fiscal_year(self._today())
        return self.tr("FY%1 (%2)").replace("%1", str(fy)).replace("%2", fiscal_year_label_wareki(fy))

    def _show_error(self, message: str) -> None:
        self._presenter.error(self, self.tr("Report"), message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.table and is_key and event.key() in ENTER_KEYS:
            QTimer.singleShot(0, self.show_records)
            return True
        return super().eventFilter(watched, event)


__all__ = ["ReportTab"]
