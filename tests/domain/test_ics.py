"""iCalendar text: escaping, folding at 75 octets without splitting a character, CRLF line
ends, time-zoned and all-day events."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.domain.ics import IcsEvent, calendar_text, escape_text, fold

STAMP = datetime(2023, 6, 1, 0, 0, tzinfo=UTC)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=400))
def test_fold_keeps_every_character_within_75_octets(text: str) -> None:
    line = f"SUMMARY:{text}"
    parts = fold(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line


def test_escape_text() -> None:
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"


def test_calendar_text() -> None:
    timed = IcsEvent(
        "meeting-1@yorisoi", "定例支援調整会議", datetime(2023, 6, 13, 14), datetime(2023, 6, 13, 16), STAMP
    )
    all_day = IcsEvent("meeting-2@yorisoi", "研修", date(2023, 6, 14), date(2023, 6, 15), STAMP)
    text = calendar_text([timed, all_day], prodid="-//Yorisoi//JA")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yorisoi//JA"]
    assert "DTSTART;TZID=Asia/Tokyo:20230613T140000" in lines and "DTEND;TZID=Asia/Tokyo:20230613T160000" in lines
    assert "DTSTART;VALUE=DATE:20230614" in lines and "DTEND;VALUE=DATE:20230616" in lines
    assert "DTSTAMP:20230601T000000Z" in lines and lines.count("BEGIN:VTIMEZONE") == 1
    only_all_day = calendar_text([all_day], prodid="-//Yorisoi//JA")
    assert "BEGIN:VTIMEZONE" not in only_all_day
