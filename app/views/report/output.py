"""Making the annual report's files in the background: the PDF (then its preview, to print or
save) and every table as an .xlsx workbook.

The report's data is read on the GUI thread first (``AnnualReportService.report_data``: a
few queries on this thread's ledger session); only the Qt-free rendering (reportlab,
openpyxl) runs in the TaskRunner's thread, so no SQLite connection crosses threads. One
file job at a time; ``cancel()`` stops a render at its next page (nothing is written).

The PDF goes into a private temporary folder (owner-only) and is deleted when its preview
closes, unless it was opened in the system viewer; the folder goes when the program quits.
``open_preview(parent, path, title)`` and ``choose_directory(parent, start)`` are
injectable, so tests never block in a dialog.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.errors import LedgerError
from app.files import safe_file_name as _safe_file_name
from app.qt import audit_trail
from app.qt.messages import MessagePresenter
from app.qt.task_runner import Cancelled, Progress, TaskRunner

OpenPreview = Callable[[QWidget | None, Path, str], Any]  # (parent, pdf path, window title)
ChooseDirectory = Callable[[QWidget, str], str | None]  # (parent, start folder) → folder or None


class ReportOutput(QObject):
    """``sig_busy(True/False)`` around each job; ``sig_progress(percent)`` (-1: no measure);
    ``sig_status(message)`` when a job ends."""

    sig_busy = Signal(bool)
    sig_progress = Signal(int)
    sig_status = Signal(str)

    def __init__(
        self,
        report: Any,
        presenter: MessagePresenter,
        parent: QWidget,
        *,
        today: Callable[[], date],
        open_preview: OpenPreview | None = None,
        choose_directory: ChooseDirectory | None = None,
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._presenter = presenter
        self._parent = parent
        self._today = today
        self.open_preview: OpenPreview = open_preview or self._show_preview
        self.choose_directory: ChooseDirectory = choose_directory or self._ask_directory
        self.runner = TaskRunner(self)
        self.runner.sig_running_changed.connect(self.sig_busy)
        self._root: Path | None = None
        self._dialogs: list[QObject] = []
        self.last_pdf: Path | None = None
        self.last_pages = 0
        self.last_tables: list[Path] = []

    # ---- public API --------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.runner.is_running()

    def cancel(self) -> None:
        if self.runner.is_running():
            self.runner.cancel()
            self.sig_status.emit(self.tr("Cancelling…"))

    def make_pdf(self, fiscal_year: int) -> bool:
        """Read the year's report and render it in the background, then open the preview.
        False when nothing was started (busy, or the ledger could not be read)."""
        if self.is_busy():
            return False
        title = self.tr("Annual report")
        data = self._read(fiscal_year, title)
        if data is None:
            return False
        if not audit_trail.allowed(self._parent, self._presenter, "print", "", None, f"{title} {fiscal_year}"):
            return False
        name = self.tr("Annual report FY%1.pdf").replace("%1", str(fiscal_year))
        try:
            folder = Path(tempfile.mkdtemp(prefix="report-", dir=self._private_root()))
        except OSError as exc:
            self._presenter.error(self._parent, title, self.tr("The PDF could not be made: %1").replace("%1", str(exc)))
            return False
        path = folder / _safe_file_name(name)
        printed_on = self._today()

        def render(progress: Progress, cancelled: Cancelled) -> int:
            from app.report.annual import render_annual_report  # reportlab: only when printing

            pages = render_annual_report(data, path, printed_on=printed_on, progress=progress, cancelled=cancelled)
            os.chmod(path, 0o600)
            return pages

        def done(pages: int) -> None:
            self.last_pdf, self.last_pages = path, pages
            self.sig_progress.emit(100)
            self.sig_status.emit(self.tr("The annual report was made: %1 pages.").replace("%1", str(pages)))
            self.open_preview(self._parent, path, title)

        def cancelled() -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.sig_status.emit(self.tr("Making the PDF was cancelled."))

        def failed(exc: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._error(title, self.tr("The PDF could not be made: %1"), exc)

        self.sig_progress.emit(0)
        return self.runner.run(
            render, done, on_error=failed, on_progress=lambda f: self.sig_progress.emit(round(f * 100)),
            on_cancelled=cancelled,
        )  # fmt: skip

    def save_tables(self, fiscal_year: int, directory: str | Path | None = None) -> bool:
        """Write every table of the year's report as .xlsx into a folder
        「<year> 事業報告書の表」 under ``directory`` (default: ask for one)."""
        if self.is_busy():
            return False
        title = self.tr("Save tables as Excel")
        if directory is None:
            start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            directory = self.choose_directory(self._parent, start)
            if not directory:
                return False
        data = self._read(fiscal_year, title)
        if data is None:
            return False
        if not audit_trail.allowed(self._parent, self._presenter, "export", "", None, f"Excel {fiscal_year}"):
            return False
        target = Path(directory) / _safe_file_name(self.tr("Annual report tables FY%1").replace("%1", str(fiscal_year)))

        def write(_progress: Progress, _cancelled: Cancelled) -> list[Path]:
            from app.report.annual_xlsx import write_report_tables  # openpyxl: only when saving

            return write_report_tables(data, target)

        def done(paths: list[Path]) -> None:
            self.last_tables = list(paths)
            message = self.tr("Saved %1 tables in %2.").replace("%1", str(len(paths))).replace("%2", str(target))
            self.sig_status.emit(message)

        self.sig_progress.emit(-1)
        return self.runner.run(
            write, done, on_error=lambda exc: self._error(title, self.tr("The tables could not be saved: %1"), exc),
            on_cancelled=lambda: self.sig_status.emit(self.tr("Saving the tables was cancelled.")),
        )  # fmt: skip

    def cleanup(self) -> None:
        """Delete every PDF this object made (idempotent)."""
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None

    # ---- internals -----------------------------------------------------------------------------
    def _read(self, fiscal_year: int, title: str) -> Any:
        try:
            return self._report.report_data(fiscal_year)
        except LedgerError as exc:
            self._presenter.error(self._parent, title, str(exc))
            return None

    def _error(self, title: str, template: str, exc: BaseException) -> None:
        known = isinstance(exc, (LedgerError, OSError))
        detail = str(exc) if known else f"{type(exc).__name__}: {exc}"
        self.sig_status.emit("")
        self._presenter.error(self._parent, title, template.replace("%1", detail))

    def _private_root(self) -> Path:
        if self._root is None or not self._root.is_dir():
            self._root = Path(tempfile.mkdtemp(prefix="yorisoi-report-"))  # mode 0700
            atexit.register(shutil.rmtree, self._root, True)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.cleanup)
        return self._root

    def _ask_directory(self, parent: QWidget, start: str) -> str | None:
        chosen = QFileDialog.getExistingDirectory(parent, self.tr("Folder for the tables"), start)
        return chosen or None

    def _show_preview(self, parent: QWidget | None, path: Path, title: str) -> None:
        from app.views.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, title, suggested_name=path.name, presenter=self._presenter, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)

        def finished(_result: int) -> None:
            if not dialog.opened_externally:  # the system viewer may still be reading it
                shutil.rmtree(path.parent, ignore_errors=True)
            if dialog in self._dialogs:
                self._dialogs.remove(dialog)

        dialog.finished.connect(finished)
        dialog.show()


__all__ = ["ChooseDirectory", "OpenPreview", "ReportOutput"]
