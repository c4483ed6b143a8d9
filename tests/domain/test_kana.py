"""Kana folding: readings, search keys, phone keys and 五十音順."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.kana import (
    gojuon_key,
    is_valid_reading,
    normalize_reading,
    phone_key,
    search_key,
    to_hiragana,
)

# Hiragana whose katakana and half-width katakana forms all exist and fold back to them.
BASIC_HIRAGANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉっゃゅょゔー"
)
_HALF_WIDTH = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF66, 0xFF9E) if c != 0xFF70}
_HALF_WIDTH["ー"] = "ｰ"
_MARKS = {"\u3099": "ﾞ", "\u309a": "ﾟ"}


def _katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def _half_width(text: str) -> str:
    out = []
    for char in _katakana(text):
        base, *marks = unicodedata.normalize("NFD", char)
        out.append(_HALF_WIDTH[base] + "".join(_MARKS[m] for m in marks))
    return "".join(out)


GOJUON = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
KANA = st.text(alphabet=BASIC_HIRAGANA, min_size=1, max_size=12)
SPACES = st.sampled_from([" ", "\u3000", "  ", "\t"])


# ------------------------------------------------------------------------------ to_hiragana


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("カタカナ", "かたかな"),
        ("ｶﾀｶﾅ", "かたかな"),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "やまだ たろう"),
        ("パピプペポ", "ぱぴぷぺぽ"),
        ("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "ぱぴぷぺぽ"),
        ("ヴァイオリン", "ゔぁいおりん"),
        ("ｳﾞｧｲｵﾘﾝ", "ゔぁいおりん"),
        ("ラーメン", "らーめん"),
        ("ﾗｰﾒﾝ", "らーめん"),
        ("ァィゥェォッャュョヮヵヶ", "ぁぃぅぇぉっゃゅょゎゕゖ"),
        ("ヰヱヲン", "ゐゑをん"),
        ("ヽヾ", "ゝゞ"),
        ("ひらがな", "ひらがな"),
        ("山田タロウ", "山田たろう"),
        ("ＡＢＣ１２３", "ABC123"),
        ("", ""),
    ],
)
def test_to_hiragana(text: str, expected: str) -> None:
    assert to_hiragana(text) == expected


def test_to_hiragana_keeps_katakana_outside_the_range() -> None:
    assert to_hiragana("ヷ・ー") == "ヷ・ー"


# ------------------------------------------------------------------------ normalize_reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ヤマダ　タロウ", "やまだ たろう"),
        ("  やまだ   たろう  ", "やまだ たろう"),
        ("ﾔﾏﾀﾞ\u3000\u3000ﾀﾛｳ", "やまだ たろう"),
        ("やまだ\tたろう\n", "やまだ たろう"),
        ("スミス・ジョン", "すみす・じょん"),
        ("\u3000", ""),
    ],
)
def test_normalize_reading(text: str, expected: str) -> None:
    assert normalize_reading(text) == expected


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("やまだ たろう", True),
        ("やまだたろう", True),
        ("すみす・じょん", True),
        ("らーめん", True),
        ("ゔぁいおりん", True),
        ("みすゞ", True),
        ("ヤマダ", False),
        ("山田", False),
        ("yamada", False),
        ("やまだ1", False),
        ("", False),
        (" ", False),
        ("ー", False),
        ("・", False),
        ("やまだ\u3000たろう", False),
    ],
)
def test_is_valid_reading(text: str, valid: bool) -> None:
    assert is_valid_reading(text) is valid


@given(KANA, SPACES, KANA)
def test_normalized_katakana_reading_is_valid(family: str, space: str, given_name: str) -> None:
    reading = normalize_reading(_katakana(family) + space + _katakana(given_name))
    assert reading == f"{family} {given_name}"
    assert is_valid_reading(reading) == any(c not in "ー" for c in reading.replace(" ", ""))


@given(st.text(max_size=20))
def test_normalize_reading_is_idempotent(text: str) -> None:
    once = normalize_reading(text)
    assert normalize_reading(once) == once


# ------------------------------------------------------------------------------ search_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ヤマダ　タロウ", "やまだたろう"),
        ("やまだたろう", "やまだたろう"),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "やまだたろう"),
        ("やまだ たろう", "やまだたろう"),
        ("山田 太郎", "山田太郎"),
        ("山田\u3000太郎", "山田太郎"),
        ("ＡＢＣ", "abc"),
        ("Abc", "abc"),
        ("スミス・ジョン", "すみすじょん"),
        ("ｽﾐｽ･ｼﾞｮﾝ", "すみすじょん"),
        ("ジョン＝スミス", "じょんすみす"),
        ("Jean-Luc", "jeanluc"),
        ("ラーメン", "らーめん"),
        ("霞ヶ関", "霞け関"),
        ("霞ケ関", "霞け関"),
        ("", ""),
    ],
)
def test_search_key(text: str, expected: str) -> None:
    assert search_key(text) == expected


@given(KANA, SPACES, KANA)
def test_search_key_folds_kana_variants(family: str, space: str, given_name: str) -> None:
    hiragana = family + given_name
    expected = search_key(hiragana)
    assert search_key(_katakana(family) + space + _katakana(given_name)) == expected
    assert search_key(_half_width(family) + space + _half_width(given_name)) == expected
    assert search_key(f"{family}{space}{given_name}") == expected
    assert expected == hiragana


@given(st.text(max_size=30))
def test_search_key_is_idempotent(text: str) -> None:
    once = search_key(text)
    assert search_key(once) == once


@given(st.text(max_size=30))
def test_search_key_has_no_whitespace(text: str) -> None:
    assert not any(c.isspace() for c in search_key(text))


# ------------------------------------------------------------------------------- phone_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("０８６-１２３-４５６７", "0861234567"),
        ("086-123-4567", "0861234567"),
        ("(086) 123 4567", "0861234567"),
        ("０９０ー１２３４ー５６７８", "09012345678"),
        ("tel: 086.123.4567", "0861234567"),
        ("", ""),
        ("なし", ""),
    ],
)
def test_phone_key(text: str, expected: str) -> None:
    assert phone_key(text) == expected


@given(st.text(alphabet="0123456789", max_size=12))
def test_phone_key_full_width_equals_half_width(digits: str) -> None:
    full = "".join(chr(ord(c) + 0xFEE0) for c in digits)
    assert phone_key(full) == phone_key(digits) == digits


# ------------------------------------------------------------------------------ gojuon_key


def _sorted(words: list[str]) -> list[str]:
    return sorted(words, key=gojuon_key)


def test_gojuon_order_of_surnames() -> None:
    words = ["わたなべ", "あべ", "いとう", "かとう", "がとう", "うえの", "おおた"]
    assert _sorted(words) == ["あべ", "いとう", "うえの", "おおた", "かとう", "がとう", "わたなべ"]


def test_gojuon_order_ignores_script_and_width() -> None:
    words = ["ワタナベ", "ｱﾍﾞ", "いとう", "カトウ", "ｶﾞﾄｳ"]
    assert _sorted(words) == ["ｱﾍﾞ", "いとう", "カトウ", "ｶﾞﾄｳ", "ワタナベ"]


def test_voicing_breaks_ties_after_the_base_letters() -> None:
    # は < ば < ぱ on the same base; but base letters decide first: ばん < はんだ.
    assert _sorted(["ぱん", "はん", "ばん"]) == ["はん", "ばん", "ぱん"]
    assert _sorted(["はんだ", "ばん"]) == ["ばん", "はんだ"]
    assert _sorted(["ごとう", "こんどう"]) == ["ごとう", "こんどう"]


def test_small_kana_before_large_after_base_letters() -> None:
    assert _sorted(["きつさ", "きっさ", "きさ"]) == ["きさ", "きっさ", "きつさ"]
    assert _sorted(["びよういん", "びょういん"]) == ["びょういん", "びよういん"]
    assert _sorted(["しよう", "しょう", "じょう", "しょうじ"]) == [
        "しょう",
        "しよう",
        "じょう",
        "しょうじ",
    ]


def test_long_vowel_mark_sorts_as_the_preceding_vowel() -> None:
    words = ["らいむ", "らーめん", "らあめん", "らあめ", "らめん"]
    assert _sorted(words) == ["らあめ", "らあめん", "らーめん", "らいむ", "らめん"]
    assert gojuon_key("こーひー")[0] == "こおひい"
    assert gojuon_key("ルー")[0] == "るう"


def test_long_vowel_mark_without_a_vowel_keeps_its_code_point() -> None:
    assert gojuon_key("ー")[0] == "ー"
    assert gojuon_key("んー")[0] == "んー"


def test_space_separates_family_and_given_names() -> None:
    words = ["やまだい はなこ", "やまだ たろう", "やまだ じろう", "やま いちろう"]
    assert _sorted(words) == ["やま いちろう", "やまだ じろう", "やまだ たろう", "やまだい はなこ"]


def test_gojuon_key_is_deterministic_for_equal_readings() -> None:
    assert gojuon_key("ヤマダ") == gojuon_key("ﾔﾏﾀﾞ") == gojuon_key("やまだ")
    assert gojuon_key("きっさ") != gojuon_key("きつさ")


def test_gojuon_full_row_order() -> None:
    row = list(GOJUON)
    assert _sorted(list(reversed(row))) == row


@given(st.lists(KANA, max_size=10))
def test_gojuon_sort_agrees_with_katakana(words: list[str]) -> None:
    by_hiragana = _sorted(words)
    by_katakana = sorted((_katakana(w) for w in words), key=gojuon_key)
    assert [to_hiragana(w) for w in by_katakana] == by_hiragana


@given(KANA, KANA)
def test_gojuon_primary_key_decides_first(a: str, b: str) -> None:
    key_a, key_b = gojuon_key(a), gojuon_key(b)
    if key_a[0] != key_b[0]:
        assert (key_a < key_b) == (key_a[0] < key_b[0])
    assert (key_a == key_b) == (a == b)


@given(KANA)
def test_gojuon_primary_key_has_only_large_plain_kana(word: str) -> None:
    primary = gojuon_key(word)[0]
    assert len(primary) == len(word)
    assert all(c in GOJUON + "ー" for c in primary)


@given(
    st.lists(
        st.text(alphabet="あいうえおかがきぎくぐけげこごさざぱぴはばひびっゃゅょつやゆよわんー ", max_size=8),
        min_size=2,
        max_size=12,
    )
)
def test_gojuon_sort_string_orders_like_gojuon_key(readings: list[str]) -> None:
    from app.domain.kana import gojuon_sort_string

    assert sorted(readings, key=gojuon_sort_string) == sorted(readings, key=gojuon_key) or [
        gojuon_key(r) for r in sorted(readings, key=gojuon_sort_string)
    ] == sorted(gojuon_key(r) for r in readings)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("(086)123-4567", "0861234567"),
        ("０９０－１２３４", "0901234"),
        ("090 1234", "0901234"),
        ("+81 90", "8190"),
        ("12", None),
        ("山野", None),
        ("2022-00001", "202200001"),
        ("", None),
    ],
)
def test_phone_query_digits(text: str, digits: str | None) -> None:
    from app.domain.kana import phone_query_digits

    assert phone_query_digits(text) == digits
