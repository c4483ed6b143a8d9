"""Japanese public holidays and the centre's working days: moved to app.domain.holidays
(one calculation for the demo, the meeting calendar and recurring meetings); re-exported
here for the demo generator's modules."""

from __future__ import annotations

from app.domain.holidays import ONE_DAY, WorkCalendar, holidays, is_holiday, is_working_day

__all__ = ["ONE_DAY", "WorkCalendar", "holidays", "is_holiday", "is_working_day"]
