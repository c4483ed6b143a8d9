"""和暦 (Japanese era) dates: the era table, formatting and a forgiving parser.

Rules
-----
* Eras are data. ``ERAS`` is a tuple of :class:`Era` rows; a new era is one new row. Every
  function takes ``eras=`` (default ``ERAS``), so a caller or a test can pass an extended table.
* An era runs from its ``start`` (inclusive) to the next era's ``start`` (exclusive). Era year
  ``n`` is the Gregorian year ``start.year + n - 1``; the first year is written 元年 in the long
  style ("令和元年5月1日") and ``1`` in the short style ("R1.5.1").
* 明治 is listed from 1868-01-25, the Gregorian date of 明治元年1月1日 (the 改元 of 1868-10-23
  was made retroactive to the start of that year). Japan kept the lunisolar calendar until
  明治5年12月2日, so no date before 1873-01-01 (明治6年1月1日, the adoption of the Gregorian
  calendar) can be converted: ``EARLIEST_SUPPORTED`` bounds every function here.
* Formats: long "令和4年4月1日", short "R4.4.1", year "令和4年", both
  "2022年4月1日（令和4年）", ISO "2022-04-01".
* Parsing (:func:`parse_date`) first folds full-width input (NFKC) and drops spaces. It
  accepts an era as its name (令和), letter (R, r) or first kanji (令) followed by the era year
  (1–3 digits or 元) and either 年/月/日 or one separator used twice (``.`` ``/`` ``-``);
  western dates as 2022-04-01, 2022/4/1, 2022.4.1, 2022年4月1日 or 20220401; the text
  :func:`format_both` prints. A year of two digits without an era (22/4/1) is ambiguous and
  rejected. Month and day alone (4/1, 4月1日) take the year of ``today`` when one is given and
  are rejected otherwise. An era date must lie inside its era: 平成31年4月30日 is valid,
  平成31年5月1日, 平成32年 and 令和元年4月30日 are not.
* Errors are :class:`DateParseError` (a ``ValueError`` and a ``LedgerError``) with a Japanese
  message that, where it can, names the correct form.
* Age (:func:`age_on`) is completed years in the everyday sense: the birthday is reached when
  (month, day) >= the birth (month, day). Someone born on 2月29日 therefore turns a year older
  on 3月1日 in common years. (The legal rule, 年齢計算ニ関スル法律, adds the year at the end of
  the day before the birthday — 2月28日 — which matters only for legal deadlines, not for the
  age shown in the ledger.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app.domain.errors import LedgerError


@dataclass(frozen=True)
class Era:
    """One row of the era table: 元号 ``name``, romaji ``letter`` and first day ``start``."""

    name: str
    letter: str
    start: date


ERAS: tuple[Era, ...] = (
    Era("明治", "M", date(1868, 1, 25)),
    Era("大正", "T", date(1912, 7, 30)),
    Era("昭和", "S", date(1926, 12, 25)),
    Era("平成", "H", date(1989, 1, 8)),
    Era("令和", "R", date(2019, 5, 1)),
)

EARLIEST_SUPPORTED = date(1873, 1, 1)

STYLES = ("long", "short", "year")


class DateParseError(LedgerError, ValueError):
    """Text could not be read as a date; the message says why, in Japanese."""


# ---------------------------------------------------------------------------- era arithmetic


def _ordered(eras: Sequence[Era]) -> tuple[Era, ...]:
    return tuple(sorted(eras, key=lambda e: e.start))


def _check_supported(d: date) -> None:
    if d < EARLIEST_SUPPORTED:
        raise ValueError(f"1873年1月1日より前の日付には対応していません: {d.isoformat()}")


def era_of(d: date, eras: Sequence[Era] = ERAS) -> tuple[Era, int]:
    """The era in force on ``d`` and the era year (1-based). ``ValueError`` before 1873."""
    _check_supported(d)
    found = [e for e in _ordered(eras) if e.start <= d]
    if not found:
        raise ValueError(f"{d.isoformat()} はどの元号にも属しません")
    era = found[-1]
    return era, d.year - era.start.year + 1


def _year_number(year: int, *, gannen: bool) -> str:
    return "元" if gannen and year == 1 else str(year)


def format_era_year(era: Era, year: int) -> str:
    """Era and year, e.g. "令和4年", with 元年 for the first year ("令和元年")."""
    return f"{era.name}{_year_number(year, gannen=True)}年"


# -------------------------------------------------------------------------------- formatting


def format_wareki(d: date, *, style: str = "long", eras: Sequence[Era] = ERAS) -> str:
    """``d`` in 和暦: long "令和4年4月1日" (元年 for year 1), short "R4.4.1", year "令和4年"."""
    era, year = era_of(d, eras)
    if style == "long":
        return f"{format_era_year(era, year)}{d.month}月{d.day}日"
    if style == "short":
        return f"{era.letter}{year}.{d.month}.{d.day}"
    if style == "year":
        return format_era_year(era, year)
    raise ValueError(f"style は {', '.join(STYLES)} のいずれかです: {style!r}")


def format_western(d: date) -> str:
    """The western date in kanji, e.g. "2022年4月1日"."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_both(d: date, *, eras: Sequence[Era] = ERAS) -> str:
    """Both calendars, e.g. "2022年4月1日（令和4年）"; before 1873 only the western date."""
    try:
        return f"{format_western(d)}（{format_wareki(d, style='year', eras=eras)}）"
    except ValueError:
        return format_western(d)


def format_iso(d: date) -> str:
    """ISO form, e.g. "2022-04-01" (how dates are stored)."""
    return d.isoformat()


# ----------------------------------------------------------------------------------- parsing

# re.ASCII: \d means 0-9 only (NFKC has already folded full-width digits).
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))
_WESTERN_PATTERNS = (
    re.compile(r"(?P<y>\d{4})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})", re.ASCII),
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日?", re.ASCII),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})", re.ASCII),
)
_MONTH_DAY_PATTERNS = (
    re.compile(r"(?P<m>\d{1,2})(?P<sep>[./-])(?P<d>\d{1,2})", re.ASCII),
    re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日?", re.ASCII),
)
_TWO_DIGIT_YEAR = re.compile(r"\d{2}([./-])\d{1,2}\1\d{1,2}|\d{6}|\d{2}年\d{1,2}月\d{1,2}日?", re.ASCII)
_WITH_PAREN = re.compile(r"(?P<body>.+)\((?P<note>[^()]+)\)")


@dataclass(frozen=True)
class _EraSyntax:
    pattern: re.Pattern[str]
    year_pattern: re.Pattern[str]
    tokens: dict[str, Era]


@lru_cache(maxsize=16)
def _era_syntax(eras: tuple[Era, ...]) -> _EraSyntax:
    """Regexes for one era table: each era by name, letter and (if unambiguous) first kanji."""
    tokens: dict[str, Era] = {}
    firsts = [e.name[:1] for e in eras]
    for era in eras:
        tokens[era.name] = era
        tokens[era.letter.upper()] = era
        if firsts.count(era.name[:1]) == 1:
            tokens.setdefault(era.name[:1], era)
    alternatives = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True)) or "(?!)"
    era_year = rf"(?P<era>{alternatives})(?P<y>\d{{1,3}}|元)"
    body = (
        r"(?:年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日?"
        r"|(?P<sep>[./-])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))"
    )
    return _EraSyntax(
        pattern=re.compile(era_year + body, re.IGNORECASE | re.ASCII),
        year_pattern=re.compile(era_year + "年", re.IGNORECASE | re.ASCII),
        tokens=tokens,
    )


def _fail(text: str) -> DateParseError:
    return DateParseError(f"日付として読めません: {text}")


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip()
    if re.search(r"\d\s+\d", folded):
        raise DateParseError(f"数字の間に空白があります: {text.strip()}")
    return re.sub(r"\s+", "", folded).translate(_DASHES)


def _make_date(year: int, month: int, day: int, label: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(f"{label}{month}月{day}日は存在しない日付です") from None


def _supported(d: date, label: str) -> date:
    if d < EARLIEST_SUPPORTED:
        raise DateParseError(f"{label}は対応していません（1873年1月1日より前の日付です）")
    return d


def _era_end(era: Era, eras: tuple[Era, ...]) -> date | None:
    later = [e.start for e in eras if e.start > era.start]
    return min(later) if later else None


def _check_in_era(d: date, era: Era, year: int, eras: tuple[Era, ...]) -> date:
    end = _era_end(era, eras)
    if d >= era.start and (end is None or d < end):
        return d
    actual = format_wareki(d, eras=eras)
    written = f"{format_era_year(era, year)}{d.month}月{d.day}日"
    era_has_year = era.start.year <= d.year and (end is None or date(d.year, 1, 1) < end)
    if era_has_year:
        raise DateParseError(f"{written}は存在しません（{actual}です）")
    actual_year = format_wareki(d, style="year", eras=eras)
    raise DateParseError(f"{format_era_year(era, year)}は存在しません（{actual_year}です）")


def _era_year(match: re.Match[str], syntax: _EraSyntax) -> tuple[Era, int]:
    token = match["era"]
    era = syntax.tokens.get(token) or syntax.tokens[token.upper()]
    year = 1 if match["y"] == "元" else int(match["y"])
    if year < 1:
        raise DateParseError(f"{era.name}{year}年は存在しません（元年は1年です）")
    return era, year


def _parse_era(text: str, eras: tuple[Era, ...]) -> date | None:
    syntax = _era_syntax(eras)
    match = syntax.pattern.fullmatch(text)
    if match is None:
        return None
    era, year = _era_year(match, syntax)
    month = int(match["m1"] or match["m2"])
    day = int(match["d1"] or match["d2"])
    label = format_era_year(era, year)
    d = _make_date(era.start.year + year - 1, month, day, label)
    _supported(d, label)
    return _check_in_era(d, era, year, eras)


def _parse_western(text: str) -> date | None:
    for pattern in _WESTERN_PATTERNS:
        if match := pattern.fullmatch(text):
            year = int(match["y"])
            d = _make_date(year, int(match["m"]), int(match["d"]), f"{year}年")
            return _supported(d, format_western(d))
    return None


def _parse_month_day(text: str, today: date | None) -> date | None:
    for pattern in _MONTH_DAY_PATTERNS:
        if match := pattern.fullmatch(text):
            if today is None:
                raise DateParseError(f"年がありません: {text}（例: R4.4.1 / 2022/4/1）")
            return _make_date(today.year, int(match["m"]), int(match["d"]), f"{today.year}年")
    return None


def _parse_plain(text: str, eras: tuple[Era, ...], today: date | None) -> date:
    if not text:
        raise DateParseError("日付が入力されていません")
    found = _parse_era(text, eras) or _parse_western(text) or _parse_month_day(text, today)
    if found is not None:
        return found
    if _TWO_DIGIT_YEAR.fullmatch(text):
        raise DateParseError(
            f"年が2桁では西暦か和暦か分かりません: {text}（R4.4.1 または 2022/4/1 の形で入力してください）"
        )
    raise _fail(text)


def _parse_with_note(body: str, note: str, eras: tuple[Era, ...], today: date | None) -> date:
    """Read "2022年4月1日（令和4年）": the date, checked against the era year in brackets."""
    d = _parse_plain(body, eras, today)
    syntax = _era_syntax(eras)
    match = syntax.year_pattern.fullmatch(note)
    if match is None:
        raise _fail(f"{body}（{note}）")
    era, year = _era_year(match, syntax)
    if format_wareki(d, style="year", eras=eras) != format_era_year(era, year):
        raise DateParseError(
            f"{format_western(d)}は{format_era_year(era, year)}ではありません"
            f"（{format_wareki(d, style='year', eras=eras)}です）"
        )
    return d


def parse_date(text: str, *, eras: Sequence[Era] = ERAS, today: date | None = None) -> date:
    """Read a date typed in 和暦 or 西暦 (see the module docstring for every accepted form).

    ``today`` is used only for month/day input without a year ("4/1"): pass it where the
    current year is the natural default (visit dates), leave it out for birth dates.
    Raises :class:`DateParseError` with a Japanese message.
    """
    table = _ordered(eras)
    cleaned = _normalise(text)
    if match := _WITH_PAREN.fullmatch(cleaned):
        return _parse_with_note(match["body"], match["note"], table, today)
    return _parse_plain(cleaned, table, today)


# ----------------------------------------------------------------------------------------- age


def age_on(birth: date, on: date) -> int:
    """Completed years on ``on``; a 2月29日 birthday counts as reached on 3月1日 in common years."""
    if on < birth:
        raise ValueError(f"基準日（{on.isoformat()}）が生年月日（{birth.isoformat()}）より前です")
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - int(before_birthday)
