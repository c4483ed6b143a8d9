"""Printing from the case file: the 相談受付・申込票, a プラン and the 経過一覧 as PDFs in a
preview (print, save a copy, or open in the system viewer).

Each PDF is written into a private temporary folder (owner-only), one subfolder per
printout. A printout is deleted when its preview closes, unless it was opened in the system
viewer (which still reads it); ``cleanup()`` removes the whole folder and runs when the
application quits. The sheets hold 要配慮個人情報, so nothing is left in a shared place.

reportlab and pypdfium2 are imported on the first print, never when the case file opens.
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

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.domain.errors import LedgerError
from app.files import safe_file_name as _safe_file_name
from app.qt import audit_trail
from app.qt.messages import MessagePresenter

OpenPreview = Callable[[QWidget | None, Path, str], Any]  # (parent, pdf path, window title)
Render = Callable[[Path], None]  # writes the PDF at the given path


def centre_name(organisation, on: date) -> str:
    """The name a printout's header carries: the centre (or, without one, the corporation)
    of the fiscal year's organisation profile, else of the latest earlier year; "" if none."""
    from app.domain.fiscal import fiscal_year

    year = fiscal_year(on)
    profile = organisation.profile(year) or organisation.latest_before(year)
    if profile is None:
        return ""
    return profile.centre_name or profile.corporation_name


class CasePrinter(QObject):
    """Turns a case's records into PDFs and shows them. ``sheets_service`` is a
    CaseSheetService; ``open_preview(parent, path, title)`` replaces the preview dialog
    (tests record the call; the file then lives until ``cleanup()``)."""

    def __init__(
        self,
        sheets_service: Any,
        presenter: MessagePresenter,
        organisation_name: str = "",
        *,
        open_preview: OpenPreview | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sheets = sheets_service
        self._presenter = presenter
        self._organisation = organisation_name
        self._open_preview = open_preview or self._show_preview
        self._root: Path | None = None
        self._dialogs: list[QObject] = []  # previews without a parent, kept alive while open

    # ---- public API ------------------------------------------------------------------------
    def set_organisation_name(self, name: str) -> None:
        """The organisation/centre printed in each sheet's header (the profile may change)."""
        self._organisation = name

    def print_intake(self, parent: QWidget | None, case_id: int) -> Path | None:
        """Preview the case's 相談受付・申込票; the PDF's path, or None after an error."""

        def render(path: Path) -> None:
            from app.report.case_sheets import render_intake_sheet

            render_intake_sheet(sheet, path, organisation=self._organisation)

        title = self.tr("Intake form")
        sheet = self.read(parent, title, lambda: self._sheets.intake_sheet(case_id))
        if sheet is None:
            return None
        name = self.tr("Intake form {case_no}.pdf").format(case_no=sheet.case_no)
        return self.preview(parent, title, name, render, record=("cases", case_id))

    def print_plan(self, parent: QWidget | None, plan_id: int) -> Path | None:
        """Preview one plan (プラン兼事業等利用申込書); the PDF's path, or None after an error."""

        def render(path: Path) -> None:
            from app.report.case_sheets import render_plan_sheet

            render_plan_sheet(sheet, path, organisation=self._organisation)

        title = self.tr("Support plan")
        sheet = self.read(parent, title, lambda: self._sheets.plan_sheet(plan_id))
        if sheet is None:
            return None
        if sheet.revision_no == 0:
            name = self.tr("Plan {case_no} first.pdf").format(case_no=sheet.case_no)
        else:
            name = self.tr("Plan {case_no} revision {n}.pdf").format(case_no=sheet.case_no, n=sheet.revision_no)
        return self.preview(parent, title, name, render, record=("plans", plan_id))

    def print_contact_history(
        self, parent: QWidget | None, case_id: int, date_from: date | None = None, date_to: date | None = None
    ) -> Path | None:
        """Preview the case's 経過一覧 (every contact, or those in the period); the PDF's
        path, or None after an error."""

        def render(path: Path) -> None:
            from app.report.case_sheets import render_contact_history

            render_contact_history(history, path, organisation=self._organisation)

        title = self.tr("Contact history")
        history = self.read(parent, title, lambda: self._sheets.contact_history(case_id, date_from, date_to))
        if history is None:
            return None
        name = self.tr("Contact history {case_no}.pdf").format(case_no=history.case_no)
        return self.preview(parent, title, name, render, record=("cases", case_id))

    def cleanup(self) -> None:
        """Delete every printout this printer made (idempotent)."""
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None

    # ---- internals -------------------------------------------------------------------------
    def read(self, parent: QWidget | None, title: str, read: Callable[[], Any]) -> Any:
        try:
            return read()
        except LedgerError as exc:
            self._presenter.error(parent, title, str(exc))
            return None

    def preview(
        self,
        parent: QWidget | None,
        title: str,
        name: str,
        render: Render,
        *,
        record: tuple[str, int | None] = ("", None),
    ) -> Path | None:
        """Render into a fresh private folder and open the preview; errors go to the presenter.
        The printout is recorded in the audit trail first (``record``: the table and id it
        prints, the title as detail); when that fails nothing is made."""
        if not audit_trail.allowed(parent, self._presenter, "print", record[0], record[1], title):
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            folder = Path(tempfile.mkdtemp(prefix="print-", dir=self._private_root()))
            path = folder / _safe_file_name(name)
            render(path)
            os.chmod(path, 0o600)
        except (LedgerError, OSError) as exc:
            self._presenter.error(parent, title, self.tr("The PDF could not be made: {error}").format(error=exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._open_preview(parent, path, title)
        return path

    def _private_root(self) -> Path:
        """The owner-only folder for this session's printouts, made on first use."""
        if self._root is None or not self._root.is_dir():
            self._root = Path(tempfile.mkdtemp(prefix="yorisoi-print-"))  # mode 0700
            atexit.register(shutil.rmtree, self._root, True)  # also if Qt never says aboutToQuit
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.cleanup)
        return self._root

    def _show_preview(self, parent: QWidget | None, path: Path, title: str) -> None:
        from app.views.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, title, presenter=self._presenter, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)

        def finished(_result: int) -> None:
            if not dialog.opened_externally:  # the system viewer may still be reading it
                shutil.rmtree(path.parent, ignore_errors=True)
            if dialog in self._dialogs:
                self._dialogs.remove(dialog)

        dialog.finished.connect(finished)
        dialog.show()
