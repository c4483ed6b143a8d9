"""Kana folding for readings (ふりがな), name search, phone search and 五十音順 sorting.

Rules
-----
* Every function first applies NFKC, so half-width katakana (ﾔﾏﾀﾞ) and full-width Latin
  letters and digits (ＡＢＣ, ０８６) become their ordinary forms.
* Katakana → hiragana maps U+30A1..U+30F6 (ァ..ヶ, including ヴ → ゔ) and the iteration marks
  ヽヾ → ゝゞ by the fixed code-point offset; ー (long vowel mark) is kept.
* Readings are stored in hiragana with single ASCII spaces (:func:`normalize_reading`); a valid
  reading holds only hiragana, ー, ・ and spaces, and at least one hiragana.
* Search keys (:func:`search_key`) are NFKC + casefold + hiragana, with all whitespace
  (including U+3000), NUL and the name separators ・ · ＝ = - ‐ removed, and the small ヵ/ヶ read as
  か/け (霞ヶ関 = 霞ケ関). Kanji, letters, digits and ー are kept.
* Phone keys (:func:`phone_key`) are the ASCII digits left after NFKC.
* 五十音順 (:func:`gojuon_key`) compares readings level by level, as dictionaries do: first the
  base letters (small kana read as large, 濁音/半濁音 as 清音: が→か, ぱ→は, ゃ→や), then the
  voicing (清音 < 濁音 < 半濁音), then size (small before large: きっさ < きつさ), then ー.
  ー sorts as the vowel of the kana before it (らーめん between らあめ.. and らいむ, just
  after らあめん); a ー with no vowel before it keeps its own code point. Characters that are
  not kana keep their code point (a space sorts before every kana, so a shorter surname
  comes first).
"""

from __future__ import annotations

import re
import unicodedata

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)} | {
    0x30FD: 0x309D,
    0x30FE: 0x309E,
}
_SEARCH_DROPPED = re.compile(r"[\s・·＝=\-‐\x00]+")  # NUL too: never stored, and PostgreSQL refuses it
_SMALL_KA_KE = str.maketrans("ゕゖ", "かけ")
_SMALL_TO_LARGE = dict(zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ", strict=True))
_VOICING = {"\u3099": 1, "\u309a": 2}
_VOWEL_ROWS = {
    "あ": "あかさたなはまやらわ",
    "い": "いきしちにひみりゐ",
    "う": "うくすつぬふむゆる",
    "え": "えけせてねへめれゑ",
    "お": "おこそとのほもよろを",
}
_VOWEL_OF = {kana: vowel for vowel, row in _VOWEL_ROWS.items() for kana in row}
_LONG_MARK = "ー"

GojuonKey = tuple[str, tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def to_hiragana(text: str) -> str:
    """NFKC, then katakana → hiragana (ｶﾀｶﾅ → かたかな, ヴ → ゔ); ー and kanji unchanged."""
    return _nfkc(text).translate(_KATAKANA_TO_HIRAGANA)


def normalize_reading(text: str) -> str:
    """A ふりがな as stored: hiragana, whitespace runs (U+3000 too) as one space, stripped."""
    return " ".join(to_hiragana(text).split())


def _is_hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u3096" or char in "ゝゞ"


def is_valid_reading(text: str) -> bool:
    """True when ``text`` (already normalised) is hiragana, ー, ・ and spaces only."""
    if not any(_is_hiragana(c) for c in text):
        return False
    return all(_is_hiragana(c) or c in "ー・ " for c in text)


def search_key(text: str) -> str:
    """The folded form names are searched by: "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ　タロウ" → "やまだたろう"."""
    folded = _nfkc(_nfkc(text).casefold())
    folded = _nfkc(_SEARCH_DROPPED.sub("", folded))  # a dropped ・ may let a mark recombine
    return folded.translate(_KATAKANA_TO_HIRAGANA).translate(_SMALL_KA_KE)


def phone_key(text: str) -> str:
    """Digits only: "０８６-１２３-４５６７" → "0861234567"."""
    return re.sub(r"[^0-9]", "", _nfkc(text))


def _split_kana(char: str) -> tuple[str, int, int]:
    """(base letter, voicing 0/1/2, size 0 small / 1 large) of one character."""
    decomposed = unicodedata.normalize("NFD", char)
    base, voicing = char, 0
    if len(decomposed) == 2 and decomposed[1] in _VOICING:  # が = か + ゛, ぱ = は + ゜
        base, voicing = decomposed[0], _VOICING[decomposed[1]]
    if base in _SMALL_TO_LARGE:
        return _SMALL_TO_LARGE[base], voicing, 0
    return base, voicing, 1


def gojuon_key(reading: str) -> GojuonKey:
    """A key that sorts readings in 五十音順 with ``sorted(..., key=gojuon_key)``."""
    text = normalize_reading(reading)
    bases: list[str] = []
    voicings: list[int] = []
    sizes: list[int] = []
    longs: list[int] = []
    for char in text:
        is_long = char == _LONG_MARK and bool(bases) and bases[-1] in _VOWEL_OF
        base, voicing, size = (_VOWEL_OF[bases[-1]], 0, 1) if is_long else _split_kana(char)
        bases.append(base)
        voicings.append(voicing)
        sizes.append(size)
        longs.append(int(is_long))
    return "".join(bases), tuple(voicings), tuple(sizes), tuple(longs), text


def gojuon_sort_string(reading: str) -> str:
    """:func:`gojuon_key` as one string that sorts the same way (for SQL ``ORDER BY``).

    The levels are joined by a tab, which sorts below every character a level can hold, so a
    shorter base string still comes first.
    """
    bases, voicings, sizes, longs, _text = gojuon_key(reading)
    levels = [bases] + ["".join(map(str, level)) for level in (voicings, sizes, longs)]
    return "\t".join(levels)


_PHONE_QUERY = re.compile(r"[0-9\s\-()+]+")


def phone_query_digits(text: str) -> str | None:
    """The digits to search phones by, when ``text`` looks like (part of) a phone number:
    digits with spaces, hyphens, brackets or + ("(086)123-4567", "０９０－１２"), at least three
    digits. None for anything else (a name, a case number with letters)."""
    folded = _nfkc(text).strip()
    if not folded or not _PHONE_QUERY.fullmatch(folded):
        return None
    digits = phone_key(folded)
    return digits if len(digits) >= 3 else None
