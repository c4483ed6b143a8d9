"""Printing and exchange from the 会議予定 tab: a coordination meeting's agenda (consent
aware: the service names only people who agreed to sharing), the month calendar, the year's
年間活動計画 of a programme — each an A4 PDF in the preview — and the calendar as an .ics
file for other calendar programs.

The PDFs are drawn by app.report.meeting_sheets (imported on the first print); the preview and
its private temporary folder are CasePrinter's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.errors import LedgerError
from app.domain.fiscal import fiscal_year_label
from app.qt import audit_trail
from app.qt.messages import MessagePresenter
from app.services.meeting_rows import MeetingFilter
from app.views.intake.case_print import CasePrinter, centre_name


class MeetingOutput(QObject):
    """The tab's printouts and the .ics export for the signed-in ``staff_id``."""

    def __init__(
        self,
        services,
        today: Callable[[], date],
        presenter: MessagePresenter,
        printer: CasePrinter,
        staff_id: int | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._meetings, self._today = services, services.meetings, today
        self._presenter, self.printer, self._staff_id = presenter, printer, staff_id

    def _organisation(self) -> str:
        try:
            return centre_name(self._services.organisation, self._today())
        except LedgerError:
            return ""

    def next_coordination_meeting(self, on: date) -> int | None:
        """The first coordination (internal) meeting from ``on`` that is not cancelled."""
        f = MeetingFilter(date_from=on, categories=("internal",), statuses=("planned", "held"))
        rows = self._meetings.list_meetings(f, limit=1, viewer_staff_id=self._staff_id)
        return rows[0].id if rows else None

    def print_agenda(self, parent: QWidget | None, meeting_id: int) -> Path | None:
        """Preview the meeting's 会議次第・検討ケース一覧."""
        title = self.tr("Meeting agenda")
        agenda = self.printer.read(parent, title, lambda: self._meetings.agenda(meeting_id,
                                                                                viewer_staff_id=self._staff_id))  # fmt: skip
        if agenda is None:
            return None
        organisation = self._organisation()

        def render(path: Path) -> None:
            from app.report.meeting_sheets import render_agenda

            render_agenda(agenda, path, organisation=organisation, printed_on=self._today())

        m = agenda.meeting
        name = self.tr("Agenda %1 %2.pdf").replace("%1", f"{m.held_on:%Y-%m-%d}").replace("%2", m.kind_label)
        return self.printer.preview(parent, title, name, render, record=("meetings", meeting_id))

    def print_month(self, parent: QWidget | None, year: int, month: int) -> Path | None:
        """Preview the month calendar (A4 landscape)."""
        title = self.tr("Month calendar")
        view = self.printer.read(parent, title, lambda: self._meetings.month(year, month,
                                                                             viewer_staff_id=self._staff_id))  # fmt: skip
        if view is None:
            return None
        organisation = self._organisation()

        def render(path: Path) -> None:
            from app.report.meeting_sheets import render_month_calendar

            render_month_calendar(view, path, organisation=organisation, printed_on=self._today())

        name = self.tr("Meetings %1-%2.pdf").replace("%1", str(year)).replace("%2", f"{month:02d}")
        return self.printer.preview(parent, title, name, render)

    def print_activity(self, parent: QWidget | None, fiscal_year: int, programme: str | None) -> Path | None:
        """Preview the programme's 年間活動計画 and 研修一覧表 (every programme: None)."""
        title = self.tr("Annual activity plan")
        table = self.printer.read(parent, title, lambda: self._meetings.activity_table(fiscal_year, programme))
        if table is None:
            return None
        organisation = self._organisation()

        def render(path: Path) -> None:
            from app.report.meeting_sheets import render_activity_table

            render_activity_table(table, path, organisation=organisation, printed_on=self._today())

        name = self.tr("Activity plan %1 %2.pdf").replace("%1", fiscal_year_label(fiscal_year))
        return self.printer.preview(parent, title, name.replace("%2", table.programme_label), render)

    def export_ics(self, parent: QWidget | None, year: int, month_from: int, month_to: int, path: str) -> int | None:
        """Write the months' meetings to ``path``; the number of events, None after an error."""
        try:
            audit_trail.note("export", "meetings", None, f"iCalendar {year}-{month_from:02d}〜{month_to:02d}")
            return self._meetings.export_ics(year, month_from, month_to, path, viewer_staff_id=self._staff_id)
        except (LedgerError, OSError) as exc:
            self._presenter.error(parent, self.tr("Export calendar"), str(exc))
            return None


__all__ = ["MeetingOutput"]
