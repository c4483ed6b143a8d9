"""Money: integer yen, ▲ for negatives, 万円 with 四捨五入, and the yen parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import LedgerError
from app.domain.money import (
    MAX_ABS_YEN,
    ROUNDING_NOTE,
    YenParseError,
    format_man,
    format_yen,
    parse_yen,
    rounding_note,
)

AMOUNTS = st.integers(min_value=-MAX_ABS_YEN, max_value=MAX_ABS_YEN)
SMALL_AMOUNTS = st.integers(min_value=-(10**9), max_value=10**9)


def _to_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# ------------------------------------------------------------------------------- format_yen


@pytest.mark.parametrize(
    ("amount", "with_unit", "without_unit"),
    [
        (12345, "12,345円", "12,345"),
        (-18000, "▲18,000円", "▲18,000"),
        (0, "0円", "0"),
        (1, "1円", "1"),
        (-1, "▲1円", "▲1"),
        (999, "999円", "999"),
        (1000, "1,000円", "1,000"),
        (1234567, "1,234,567円", "1,234,567"),
        (-1000000, "▲1,000,000円", "▲1,000,000"),
    ],
)
def test_format_yen(amount: int, with_unit: str, without_unit: str) -> None:
    assert format_yen(amount) == with_unit
    assert format_yen(amount, unit=True) == with_unit
    assert format_yen(amount, unit=False) == without_unit


@pytest.mark.parametrize("bad", [1.0, 12345.6, True, "12345", None])
def test_format_functions_refuse_non_integers(bad: object) -> None:
    with pytest.raises(TypeError, match="整数"):
        format_yen(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="整数"):
        format_man(bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- format_man


@pytest.mark.parametrize(
    ("amount", "decimals", "expected"),
    [
        (9328700, 2, "932.87万円"),
        (9328750, 2, "932.88万円"),
        (9328749, 2, "932.87万円"),
        (-123456, 2, "▲12.35万円"),
        (-123449, 2, "▲12.34万円"),
        (-123450, 2, "▲12.35万円"),
        (0, 2, "0.00万円"),
        (10000, 2, "1.00万円"),
        (50, 2, "0.01万円"),
        (49, 2, "0.00万円"),
        (-49, 2, "0.00万円"),
        (-50, 2, "▲0.01万円"),
        (9328700, 0, "933万円"),
        (5000, 0, "1万円"),
        (4999, 0, "0万円"),
        (-5000, 0, "▲1万円"),
        (9328700, 1, "932.9万円"),
        (9328700, 3, "932.870万円"),
        (9328701, 4, "932.8701万円"),
        (123456789, 2, "12,345.68万円"),
        (-123456789, 2, "▲12,345.68万円"),
        (99995000, 0, "10,000万円"),
        (99994999, 0, "9,999万円"),
        (9999950, 2, "1,000.00万円"),
    ],
)
def test_format_man(amount: int, decimals: int, expected: str) -> None:
    assert format_man(amount, decimals=decimals) == expected
    assert format_man(amount, decimals=decimals, unit=False) == expected.removesuffix("万円")


def test_format_man_default_is_two_decimals() -> None:
    assert format_man(9328700) == "932.87万円"


@pytest.mark.parametrize("decimals", [-1, 5, True])
def test_format_man_rejects_bad_decimals(decimals: int) -> None:
    with pytest.raises(ValueError, match="0〜4"):
        format_man(1, decimals=decimals)


def test_rounding_notes() -> None:
    assert ROUNDING_NOTE == "単位：万円（百円未満四捨五入）"
    assert rounding_note(0) == "単位：万円（万円未満四捨五入）"
    assert rounding_note(1) == "単位：万円（千円未満四捨五入）"
    assert rounding_note(3) == "単位：万円（十円未満四捨五入）"
    assert rounding_note(4) == "単位：万円"


# -------------------------------------------------------------------------------- parse_yen

ACCEPTED = [
    ("12345", 12345),
    ("12,345", 12345),
    ("1,234,567", 1234567),
    ("１２３４５", 12345),
    ("１２，３４５", 12345),
    ("12345円", 12345),
    ("12,345円", 12345),
    ("¥12,345", 12345),
    ("￥12,345", 12345),
    ("\\12,345", 12345),
    ("¥ 12,345", 12345),
    ("1.2万", 12000),
    ("1.2万円", 12000),
    ("１．２万円", 12000),
    ("12万3456", 123456),
    ("12万3456円", 123456),
    ("12万3,456", 123456),
    ("12万", 120000),
    ("12万0", 120000),
    ("３万", 30000),
    ("1.2345万", 12345),
    ("1.23450万", 12345),
    ("1,234.5万", 12345000),
    ("12,345.68万円", 123456800),
    ("0.0001万", 1),
    ("-500", -500),
    ("－500", -500),
    ("−500", -500),
    ("▲500", -500),
    ("△500", -500),
    ("▲18,000円", -18000),
    ("▲12.35万円", -123500),
    ("-¥500", -500),
    ("¥-500", -500),
    ("▲ 500", -500),
    (" 500 ", 500),
    ("\u3000500\u3000", 500),
    ("0", 0),
    ("-0", 0),
    ("007", 7),
    ("10000000000000", MAX_ABS_YEN),
    ("-10,000,000,000,000", -MAX_ABS_YEN),
    ("1000000000万", MAX_ABS_YEN),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_parse_yen_accepts(text: str, expected: int) -> None:
    assert parse_yen(text) == expected


REJECTED = [
    ("", "金額が入力されていません"),
    ("   ", "金額が入力されていません"),
    ("abc", "金額として読めません"),
    ("1.5", "1円未満"),
    ("1.5円", "1円未満"),
    ("-1.5", "1円未満"),
    ("1.23456万", "1円未満の端数になります"),
    ("0.00001万", "1円未満の端数になります"),
    ("1,23,45", "カンマ"),
    ("12,34", "カンマ"),
    ("1234,567", "カンマ"),
    ("0,123", "カンマ"),
    (",123", "カンマ"),
    ("10000000000001", "大きすぎます"),
    ("-10000000000001", "大きすぎます"),
    ("99999999999999999999", "大きすぎます"),
    ("1e5", "金額として読めません"),
    ("1.2万3456", "小数と万の後の数"),
    ("12万12345", "9999以下"),
    ("万", "金額として読めません"),
    ("円", "金額として読めません"),
    ("--500", "金額として読めません"),
    ("+500", "金額として読めません"),
    ("12 345", "数字の間に空白"),
    ("12円34", "金額として読めません"),
    ("¥¥500", "金額として読めません"),
    ("1.2.3", "金額として読めません"),
    ("1億", "金額として読めません"),
]


@pytest.mark.parametrize(("text", "message"), REJECTED)
def test_parse_yen_rejects(text: str, message: str) -> None:
    with pytest.raises(YenParseError, match=message):
        parse_yen(text)


def test_yen_parse_error_is_value_error_and_ledger_error() -> None:
    with pytest.raises(ValueError) as caught:
        parse_yen("abc")
    assert isinstance(caught.value, YenParseError)
    assert isinstance(caught.value, LedgerError)


# ------------------------------------------------------------------------------- properties


@given(AMOUNTS, st.booleans())
def test_parse_yen_round_trips_format_yen(amount: int, unit: bool) -> None:
    assert parse_yen(format_yen(amount, unit=unit)) == amount


@given(AMOUNTS, st.booleans())
def test_full_width_parses_like_half_width(amount: int, unit: bool) -> None:
    text = format_yen(amount, unit=unit)
    assert parse_yen(_to_full_width(text)) == parse_yen(text)
    plain = str(amount)
    assert parse_yen(_to_full_width(plain)) == parse_yen(plain) == amount


@given(AMOUNTS)
def test_four_decimal_man_is_exact(amount: int) -> None:
    assert parse_yen(format_man(amount, decimals=4)) == amount


@given(AMOUNTS, st.integers(min_value=0, max_value=4))
def test_format_man_is_within_half_a_unit(amount: int, decimals: int) -> None:
    shown = parse_yen(format_man(amount, decimals=decimals))
    step = 10 ** (4 - decimals)
    assert shown % step == 0
    assert abs(shown - amount) * 2 <= step
    if abs(shown - amount) * 2 == step:  # a tie rounds away from zero
        assert abs(shown) > abs(amount)


@given(AMOUNTS, st.integers(min_value=0, max_value=4))
def test_format_man_is_symmetric(amount: int, decimals: int) -> None:
    positive = format_man(abs(amount), decimals=decimals)
    negative = format_man(-abs(amount), decimals=decimals)
    assert negative in (positive, "▲" + positive)
    assert (negative == positive) == (parse_yen(positive) == 0)


@given(SMALL_AMOUNTS, SMALL_AMOUNTS, st.integers(min_value=0, max_value=4))
def test_format_man_is_monotonic(a: int, b: int, decimals: int) -> None:
    low, high = sorted((a, b))
    assert parse_yen(format_man(low, decimals=decimals)) <= parse_yen(format_man(high, decimals=decimals))


@given(SMALL_AMOUNTS, SMALL_AMOUNTS)
def test_format_yen_is_monotonic(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert parse_yen(format_yen(low)) <= parse_yen(format_yen(high))


@given(st.integers(min_value=0, max_value=10**9 - 1), st.integers(min_value=0, max_value=9999))
def test_man_with_remainder(man: int, rest: int) -> None:
    assert parse_yen(f"{man}万{rest}") == man * 10000 + rest
    assert parse_yen(f"{man:,}万{rest}円") == man * 10000 + rest


@given(st.text(max_size=20))
def test_parse_yen_raises_only_yen_parse_error(text: str) -> None:
    try:
        value = parse_yen(text)
    except YenParseError:
        return
    assert isinstance(value, int)
    assert abs(value) <= MAX_ABS_YEN


@pytest.mark.parametrize("text", ["١٢٣", "१२३"])
def test_parse_yen_rejects_non_ascii_digits_nfkc_does_not_fold(text: str) -> None:
    with pytest.raises(YenParseError):
        parse_yen(text)
