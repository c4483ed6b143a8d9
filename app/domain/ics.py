"""iCalendar (RFC 5545) text for exporting the meeting calendar: pure formatting, no I/O.

What it writes: a VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN) with one VTIMEZONE
for Asia/Tokyo (JST, +09:00, no daylight saving since 1951) when any event has a time, and
a VEVENT per event: UID, DTSTAMP (UTC), DTSTART/DTEND either with ``TZID=Asia/Tokyo`` or as
all-day DATE values (DTEND the day after the last day, as the RFC wants), SUMMARY, LOCATION,
DESCRIPTION, CATEGORIES, STATUS, CLASS, SEQUENCE. Text values are escaped (\\ ; , newline);
every line ends in CRLF and is folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

TZID = "Asia/Tokyo"
CRLF = "\r\n"
LINE_OCTETS = 75
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0900",
    "TZOFFSETTO:+0900",
    "TZNAME:JST",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class IcsEvent:
    """One VEVENT. ``start``/``end`` are both ``date`` (all day; ``end`` is the last day,
    inclusive) or both naive ``datetime`` in Japan time (``end`` exclusive, as usual)."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime
    stamp: datetime  # when the record was last changed (timezone-aware)
    location: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    status: str = "CONFIRMED"  # TENTATIVE / CONFIRMED / CANCELLED
    classification: str = "PUBLIC"  # PUBLIC / PRIVATE / CONFIDENTIAL
    sequence: int = 0

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """One content line cut into physical lines of at most 75 octets (UTF-8); every line
    after the first starts with a space, which counts toward its 75."""
    out: list[str] = []
    current, size, limit = [], 0, LINE_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, LINE_OCTETS
        current.append(ch)
        size += n
    out.append("".join(current))
    return out


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _when(name: str, value: date | datetime, *, end_of_all_day: bool = False) -> str:
    if isinstance(value, datetime):
        return f"{name};TZID={TZID}:{value:%Y%m%dT%H%M%S}"
    if end_of_all_day:
        value = date.fromordinal(value.toordinal() + 1)
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def event_lines(e: IcsEvent) -> list[str]:
    """The unfolded content lines of one VEVENT."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{e.uid}",
        f"DTSTAMP:{_utc(e.stamp)}",
        f"LAST-MODIFIED:{_utc(e.stamp)}",
        _when("DTSTART", e.start),
        _when("DTEND", e.end, end_of_all_day=e.all_day),
        f"SUMMARY:{escape_text(e.summary)}",
    ]
    if e.location:
        lines.append(f"LOCATION:{escape_text(e.location)}")
    if e.description:
        lines.append(f"DESCRIPTION:{escape_text(e.description)}")
    if e.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in e.categories))
    lines += [f"STATUS:{e.status}", f"CLASS:{e.classification}", f"SEQUENCE:{e.sequence}", "END:VEVENT"]
    return lines


def calendar_text(events: Iterable[IcsEvent], *, prodid: str, name: str = "") -> str:
    """The whole VCALENDAR as text: CRLF line ends, folded lines, a final CRLF."""
    events = list(events)
    # no METHOD: a file to import, so each DTSTAMP is when its record was last changed (RFC 5545 3.8.7.2)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
        lines.append(f"X-WR-TIMEZONE:{TZID}")
    if any(not e.all_day for e in events):
        lines += VTIMEZONE
    for e in events:
        lines += event_lines(e)
    lines.append("END:VCALENDAR")
    return "".join(part + CRLF for line in lines for part in fold(line))


__all__ = ["CRLF", "TZID", "IcsEvent", "calendar_text", "escape_text", "event_lines", "fold"]
