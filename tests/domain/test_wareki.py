"""和暦: era table, formatting, the forgiving parser and ages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import LedgerError
from app.domain.wareki import (
    EARLIEST_SUPPORTED,
    ERAS,
    DateParseError,
    Era,
    age_on,
    era_of,
    format_both,
    format_era_year,
    format_iso,
    format_wareki,
    format_western,
    parse_date,
)

SUPPORTED_DATES = st.dates(min_value=EARLIEST_SUPPORTED, max_value=date(2100, 12, 31))
FUTURE_ERA = Era("新元号", "X", date(2040, 1, 1))
WITH_FUTURE_ERA = (*ERAS, FUTURE_ERA)


def _to_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# ------------------------------------------------------------------------------- era table


def test_era_table_is_ordered_and_complete() -> None:
    assert [e.name for e in ERAS] == ["明治", "大正", "昭和", "平成", "令和"]
    assert [e.letter for e in ERAS] == ["M", "T", "S", "H", "R"]
    assert [e.start for e in ERAS] == sorted(e.start for e in ERAS)
    assert ERAS[-1].start == date(2019, 5, 1)


def test_era_is_frozen() -> None:
    with pytest.raises(AttributeError):
        ERAS[0].name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("d", "name", "year"),
    [
        (date(1873, 1, 1), "明治", 6),
        (date(1912, 7, 29), "明治", 45),
        (date(1912, 7, 30), "大正", 1),
        (date(1926, 12, 24), "大正", 15),
        (date(1926, 12, 25), "昭和", 1),
        (date(1989, 1, 7), "昭和", 64),
        (date(1989, 1, 8), "平成", 1),
        (date(2019, 4, 30), "平成", 31),
        (date(2019, 5, 1), "令和", 1),
        (date(2022, 4, 1), "令和", 4),
        (date(2100, 12, 31), "令和", 82),
    ],
)
def test_era_of_boundaries(d: date, name: str, year: int) -> None:
    era, era_year = era_of(d)
    assert (era.name, era_year) == (name, year)


def test_era_of_rejects_dates_before_gregorian_adoption() -> None:
    with pytest.raises(ValueError, match="1873年1月1日より前"):
        era_of(date(1872, 12, 31))


def test_era_of_uses_an_extra_era_row() -> None:
    assert era_of(date(2039, 12, 31), WITH_FUTURE_ERA) == (ERAS[-1], 21)
    assert era_of(date(2040, 1, 1), WITH_FUTURE_ERA) == (FUTURE_ERA, 1)
    assert era_of(date(2041, 6, 1), WITH_FUTURE_ERA) == (FUTURE_ERA, 2)


def test_era_of_accepts_an_unordered_table() -> None:
    assert era_of(date(2040, 1, 1), (FUTURE_ERA, *reversed(ERAS))) == (FUTURE_ERA, 1)


# ------------------------------------------------------------------------------ formatting


@pytest.mark.parametrize(
    ("d", "long", "short", "year"),
    [
        (date(2022, 4, 1), "令和4年4月1日", "R4.4.1", "令和4年"),
        (date(2019, 5, 1), "令和元年5月1日", "R1.5.1", "令和元年"),
        (date(2019, 4, 30), "平成31年4月30日", "H31.4.30", "平成31年"),
        (date(1989, 1, 8), "平成元年1月8日", "H1.1.8", "平成元年"),
        (date(1989, 1, 7), "昭和64年1月7日", "S64.1.7", "昭和64年"),
        (date(1926, 12, 25), "昭和元年12月25日", "S1.12.25", "昭和元年"),
        (date(1926, 12, 24), "大正15年12月24日", "T15.12.24", "大正15年"),
        (date(1912, 7, 30), "大正元年7月30日", "T1.7.30", "大正元年"),
        (date(1912, 7, 29), "明治45年7月29日", "M45.7.29", "明治45年"),
        (date(1980, 3, 1), "昭和55年3月1日", "S55.3.1", "昭和55年"),
        (date(2024, 2, 29), "令和6年2月29日", "R6.2.29", "令和6年"),
        (date(2022, 12, 31), "令和4年12月31日", "R4.12.31", "令和4年"),
    ],
)
def test_format_wareki_styles(d: date, long: str, short: str, year: str) -> None:
    assert format_wareki(d) == long
    assert format_wareki(d, style="long") == long
    assert format_wareki(d, style="short") == short
    assert format_wareki(d, style="year") == year


def test_format_wareki_rejects_unknown_style() -> None:
    with pytest.raises(ValueError, match="style"):
        format_wareki(date(2022, 4, 1), style="medium")


def test_format_wareki_rejects_dates_before_1873() -> None:
    with pytest.raises(ValueError):
        format_wareki(date(1872, 12, 31))


def test_format_wareki_with_future_era() -> None:
    d = date(2040, 1, 1)
    assert format_wareki(d, eras=WITH_FUTURE_ERA) == "新元号元年1月1日"
    assert format_wareki(d, style="short", eras=WITH_FUTURE_ERA) == "X1.1.1"
    assert format_wareki(d) == "令和22年1月1日"


def test_format_era_year() -> None:
    assert format_era_year(ERAS[-1], 1) == "令和元年"
    assert format_era_year(ERAS[-1], 4) == "令和4年"


def test_format_both_western_iso() -> None:
    d = date(2022, 4, 1)
    assert format_both(d) == "2022年4月1日（令和4年）"
    assert format_both(date(2019, 5, 1)) == "2019年5月1日（令和元年）"
    assert format_western(d) == "2022年4月1日"
    assert format_iso(d) == "2022-04-01"
    assert format_iso(date(1989, 1, 8)) == "1989-01-08"


def test_format_both_before_1873_shows_western_only() -> None:
    assert format_both(date(1872, 1, 1)) == "1872年1月1日"


# --------------------------------------------------------------------------- parsing: good

ACCEPTED = [
    ("令和4年4月1日", date(2022, 4, 1)),
    ("令和元年5月1日", date(2019, 5, 1)),
    ("令和1年5月1日", date(2019, 5, 1)),
    ("R4.4.1", date(2022, 4, 1)),
    ("r4.4.1", date(2022, 4, 1)),
    ("R04/04/01", date(2022, 4, 1)),
    ("R4-4-1", date(2022, 4, 1)),
    ("R4/4/1", date(2022, 4, 1)),
    ("S55.3.1", date(1980, 3, 1)),
    ("s55.3.1", date(1980, 3, 1)),
    ("H31.4.30", date(2019, 4, 30)),
    ("H01.01.08", date(1989, 1, 8)),
    ("T15.12.24", date(1926, 12, 24)),
    ("M45.7.29", date(1912, 7, 29)),
    ("M6.1.1", date(1873, 1, 1)),
    ("平成31年4月30日", date(2019, 4, 30)),
    ("平成元年1月8日", date(1989, 1, 8)),
    ("昭和64年1月7日", date(1989, 1, 7)),
    ("昭和元年12月25日", date(1926, 12, 25)),
    ("大正15年12月24日", date(1926, 12, 24)),
    ("大正元年7月30日", date(1912, 7, 30)),
    ("明治45年7月29日", date(1912, 7, 29)),
    ("令和6年2月29日", date(2024, 2, 29)),
    ("令和4年4月1", date(2022, 4, 1)),
    ("令和4.4.1", date(2022, 4, 1)),
    ("2022-04-01", date(2022, 4, 1)),
    ("2022/4/1", date(2022, 4, 1)),
    ("2022.4.1", date(2022, 4, 1)),
    ("2022年4月1日", date(2022, 4, 1)),
    ("2022年04月01日", date(2022, 4, 1)),
    ("20220401", date(2022, 4, 1)),
    ("2024-02-29", date(2024, 2, 29)),
    ("1873-01-01", date(1873, 1, 1)),
    ("Ｒ４．４．１", date(2022, 4, 1)),
    ("ｒ４．４．１", date(2022, 4, 1)),
    ("２０２２／４／１", date(2022, 4, 1)),
    ("２０２２－０４－０１", date(2022, 4, 1)),
    ("２０２２０４０１", date(2022, 4, 1)),
    ("令和４年４月１日", date(2022, 4, 1)),
    ("2022ー4ー1", date(2022, 4, 1)),
    ("2022−4−1", date(2022, 4, 1)),
    (" 2022-04-01 ", date(2022, 4, 1)),
    ("\u30002022/4/1\u3000", date(2022, 4, 1)),
    ("令和 4 年 4 月 1 日", date(2022, 4, 1)),
    ("令和\u30004年\u30004月\u30001日", date(2022, 4, 1)),
    ("R4. 4. 1", date(2022, 4, 1)),
    ("2022 / 4 / 1", date(2022, 4, 1)),
    ("令4.4.1", date(2022, 4, 1)),
    ("平31.4.30", date(2019, 4, 30)),
    ("昭55.3.1", date(1980, 3, 1)),
    ("大1.7.30", date(1912, 7, 30)),
    ("明45.7.29", date(1912, 7, 29)),
    ("令4年4月1日", date(2022, 4, 1)),
    ("R元.5.1", date(2019, 5, 1)),
    ("r元/5/1", date(2019, 5, 1)),
    ("令元.5.1", date(2019, 5, 1)),
    ("H元.1.8", date(1989, 1, 8)),
    ("2022年4月1日（令和4年）", date(2022, 4, 1)),
    ("2022年4月1日(令和4年)", date(2022, 4, 1)),
    ("2019年5月1日（令和元年）", date(2019, 5, 1)),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_parse_date_month_day_uses_today() -> None:
    today = date(2024, 6, 15)
    assert parse_date("4/1", today=today) == date(2024, 4, 1)
    assert parse_date("12月31日", today=today) == date(2024, 12, 31)
    assert parse_date("２／２９", today=today) == date(2024, 2, 29)
    assert parse_date("R4.4.1", today=today) == date(2022, 4, 1)


def test_parse_date_month_day_in_common_year_checks_the_day() -> None:
    with pytest.raises(DateParseError, match="2023年2月29日は存在しない日付です"):
        parse_date("2/29", today=date(2023, 1, 1))


# ---------------------------------------------------------------------------- parsing: bad

REJECTED = [
    ("", "日付が入力されていません"),
    ("   ", "日付が入力されていません"),
    ("abc", "日付として読めません: abc"),
    ("22/4/1", "年が2桁"),
    ("22-04-01", "年が2桁"),
    ("220401", "年が2桁"),
    ("22年4月1日", "年が2桁"),
    ("4/1", "年がありません"),
    ("4月1日", "年がありません"),
    ("令和4年2月30日", "令和4年2月30日は存在しない日付です"),
    ("令和5年2月29日", "令和5年2月29日は存在しない日付です"),
    ("R5.2.29", "令和5年2月29日は存在しない日付です"),
    ("2023-02-29", "2023年2月29日は存在しない日付です"),
    ("2022-13-01", "2022年13月1日は存在しない日付です"),
    ("2022-04-00", "2022年4月0日は存在しない日付です"),
    ("20221301", "存在しない日付です"),
    ("平成32年4月1日", "平成32年は存在しません（令和2年です）"),
    ("H32.1.1", "平成32年は存在しません（令和2年です）"),
    ("平成31年5月1日", "平成31年5月1日は存在しません（令和元年5月1日です）"),
    ("令和元年4月30日", "令和元年4月30日は存在しません（平成31年4月30日です）"),
    ("R1.4.30", "令和元年4月30日は存在しません（平成31年4月30日です）"),
    ("昭和64年1月8日", "昭和64年1月8日は存在しません（平成元年1月8日です）"),
    ("昭和65年1月1日", "昭和65年は存在しません（平成2年です）"),
    ("平成元年1月7日", "平成元年1月7日は存在しません（昭和64年1月7日です）"),
    ("大正15年12月25日", "存在しません（昭和元年12月25日です）"),
    ("昭和元年12月24日", "存在しません（大正15年12月24日です）"),
    ("明治45年7月30日", "存在しません（大正元年7月30日です）"),
    ("大正元年7月29日", "存在しません（明治45年7月29日です）"),
    ("R0.5.1", "令和0年は存在しません"),
    ("明治5年12月31日", "対応していません"),
    ("M1.1.1", "対応していません"),
    ("1872-12-31", "対応していません"),
    ("X4.4.1", "日付として読めません"),
    ("Q4.4.1", "日付として読めません"),
    ("R4.4/1", "日付として読めません"),
    ("2022/4-1", "日付として読めません"),
    ("2022-04-01-01", "日付として読めません"),
    ("R4.4.1.", "日付として読めません"),
    ("1e5", "日付として読めません"),
    ("2022 04 01", "数字の間に空白があります"),
    ("R4 4 1", "数字の間に空白があります"),
    ("2022年4月1日（令和5年）", "令和5年ではありません（令和4年です）"),
    ("2019年4月30日（令和元年）", "令和元年ではありません（平成31年です）"),
    ("2022年4月1日（あいう）", "日付として読めません"),
]


@pytest.mark.parametrize(("text", "message"), REJECTED)
def test_parse_date_rejects(text: str, message: str) -> None:
    with pytest.raises(DateParseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_date(text)


def test_parse_error_is_value_error_and_ledger_error() -> None:
    with pytest.raises(ValueError) as caught:
        parse_date("abc")
    assert isinstance(caught.value, DateParseError)
    assert isinstance(caught.value, LedgerError)


def test_ambiguous_kanji_abbreviation_is_not_accepted() -> None:
    # Two eras starting with 大: the single-kanji form 大 is ambiguous, the full names are not.
    eras = (*ERAS, Era("大和", "Y", date(2040, 1, 1)))
    assert parse_date("大和1.1.1", eras=eras) == date(2040, 1, 1)
    assert parse_date("大正元年8月1日", eras=eras) == date(1912, 8, 1)
    with pytest.raises(DateParseError):
        parse_date("大1.8.1", eras=eras)


# ---------------------------------------------------------------------- a future era (data)


@pytest.mark.parametrize(
    "text",
    ["新元号元年1月1日", "新元号1年1月1日", "X1.1.1", "x01/01/01", "新1.1.1", "Ｘ元．１．１"],
)
def test_parse_future_era_given_as_one_more_row(text: str) -> None:
    assert parse_date(text, eras=WITH_FUTURE_ERA) == date(2040, 1, 1)


def test_future_era_bounds_the_previous_one() -> None:
    assert parse_date("令和21年12月31日", eras=WITH_FUTURE_ERA) == date(2039, 12, 31)
    with pytest.raises(DateParseError, match="令和22年は存在しません（新元号元年です）"):
        parse_date("令和22年1月1日", eras=WITH_FUTURE_ERA)


def test_era_boundaries_come_from_the_table() -> None:
    moved = (*ERAS[:-1], Era("令和", "R", date(2020, 1, 1)))
    assert parse_date("H31.12.31", eras=moved) == date(2019, 12, 31)
    assert parse_date("R1.5.1", eras=moved) == date(2020, 5, 1)
    with pytest.raises(DateParseError, match="平成32年は存在しません（令和元年です）"):
        parse_date("H32.1.1", eras=moved)


def test_future_era_unknown_without_the_row() -> None:
    assert parse_date("令和22年1月1日") == date(2040, 1, 1)
    with pytest.raises(DateParseError):
        parse_date("X1.1.1")


@given(SUPPORTED_DATES)
def test_round_trip_with_future_era(d: date) -> None:
    for style in ("long", "short"):
        text = format_wareki(d, style=style, eras=WITH_FUTURE_ERA)
        assert parse_date(text, eras=WITH_FUTURE_ERA) == d


# ----------------------------------------------------------------------------- round trips


def _every_supported_date() -> list[date]:
    days = (date(2100, 12, 31) - EARLIEST_SUPPORTED).days + 1
    return [EARLIEST_SUPPORTED + timedelta(days=n) for n in range(days)]


def test_round_trip_every_date_1873_to_2100() -> None:
    for d in _every_supported_date():
        assert parse_date(format_wareki(d, style="long")) == d
        assert parse_date(format_wareki(d, style="short")) == d


@given(SUPPORTED_DATES)
def test_round_trip_long_and_short(d: date) -> None:
    assert parse_date(format_wareki(d)) == d
    assert parse_date(format_wareki(d, style="short")) == d


@given(SUPPORTED_DATES)
def test_round_trip_full_width_and_lower_case(d: date) -> None:
    assert parse_date(_to_full_width(format_wareki(d, style="short"))) == d
    assert parse_date(format_wareki(d, style="short").lower()) == d
    assert parse_date(_to_full_width(format_wareki(d))) == d


@given(SUPPORTED_DATES)
def test_round_trip_western_forms(d: date) -> None:
    assert parse_date(format_iso(d)) == d
    assert parse_date(format_western(d)) == d
    assert parse_date(format_both(d)) == d
    assert parse_date(d.strftime("%Y%m%d")) == d
    assert parse_date(f"{d.year}/{d.month}/{d.day}") == d


@given(SUPPORTED_DATES)
def test_zero_padded_short_form(d: date) -> None:
    era, year = era_of(d)
    assert parse_date(f"{era.letter}{year:02d}/{d.month:02d}/{d.day:02d}") == d


@given(SUPPORTED_DATES)
def test_era_year_matches_the_era_start(d: date) -> None:
    era, year = era_of(d)
    assert era.start <= d
    assert year == d.year - era.start.year + 1
    later = [e.start for e in ERAS if e.start > era.start]
    assert not later or d < min(later)


@given(st.text(max_size=20))
def test_parse_date_raises_only_date_parse_error(text: str) -> None:
    try:
        value = parse_date(text)
    except DateParseError:
        return
    assert value >= EARLIEST_SUPPORTED


# ---------------------------------------------------------------------------------- age_on


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1980, 3, 1), date(1980, 3, 1), 0),
        (date(1980, 3, 1), date(2022, 2, 28), 41),
        (date(1980, 3, 1), date(2022, 3, 1), 42),
        (date(1980, 3, 1), date(2022, 12, 31), 42),
        (date(2000, 12, 31), date(2001, 12, 30), 0),
        (date(2000, 12, 31), date(2001, 12, 31), 1),
        (date(2000, 1, 1), date(2000, 12, 31), 0),
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),
        (date(2000, 2, 29), date(2004, 2, 28), 3),
        (date(2000, 2, 29), date(2004, 2, 29), 4),
        (date(1989, 1, 7), date(2019, 5, 1), 30),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_age_on_rejects_date_before_birth() -> None:
    with pytest.raises(ValueError, match="生年月日"):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


@given(SUPPORTED_DATES, st.integers(min_value=0, max_value=120))
def test_age_on_birthday_and_day_before(birth: date, years: int) -> None:
    if birth.month == 2 and birth.day == 29:
        return
    try:
        birthday = birth.replace(year=birth.year + years)
    except ValueError:
        return
    assert age_on(birth, birthday) == years
    if years:
        assert age_on(birth, birthday - timedelta(days=1)) == years - 1


@given(SUPPORTED_DATES, SUPPORTED_DATES)
def test_age_on_is_monotonic(birth: date, on: date) -> None:
    if on < birth:
        birth, on = on, birth
    age = age_on(birth, on)
    assert age >= 0
    assert age_on(birth, on + timedelta(days=1)) in (age, age + 1)


@pytest.mark.parametrize("text", ["٢٠٢٢-٠٤-٠١", "R٤.٤.١"])
def test_parse_date_rejects_non_ascii_digits_nfkc_does_not_fold(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text)


def test_empty_era_table_reads_western_dates_only() -> None:
    assert parse_date("2022-04-01", eras=()) == date(2022, 4, 1)
    with pytest.raises(DateParseError):
        parse_date("R4.4.1", eras=())
    with pytest.raises(DateParseError):
        parse_date("4.4.1", eras=())
