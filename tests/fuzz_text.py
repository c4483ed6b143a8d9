"""Hypothesis strategies for what a person can type or paste into a field (issue #9 point 7).

Shared by the fuzz tests of the parsers and validators (tests/domain/test_fuzz_inputs.py),
of the service verbs (tests/services/test_fuzz_forms.py) and of export file names
(tests/test_safe_file_names.py). Every strategy mixes:

* arbitrary unicode (Python ``str`` never holds a lone surrogate from ``st.text``),
* Japanese: hiragana, katakana (full and half width), kanji, full-width digits and the marks
  amounts and dates are typed with (▲ △ 万 円 ， 、 ・ ー 〒 ￥ 年 月 日 令和 …),
* SQL meta-characters (``'`` ``"`` ``;`` ``--`` ``%`` ``_`` ``\\`` ``/*`` NUL …),
* control characters and invisible marks (RTL override, zero-width space, BOM, U+2028),
* and, through :data:`LONG_TEXT`, strings of exactly 10,000 characters built from the above.
"""

from __future__ import annotations

from hypothesis import strategies as st

LONG = 10_000

SQL_META = (
    "'",
    '"',
    ";",
    "--",
    "%",
    "_",
    "\\",
    "/*",
    "*/",
    "\x00",
    "`",
    "?",
    ":name",
    "$1",
    "%s",
    "\\%",
    "%_%",
    "' OR '1'='1",
    "'; DROP TABLE people; --",
    '"); DELETE FROM cases; /*',
)
JAPANESE_MARKS = "▲△万円，,、。．.・ー－-〒¥￥−：:／/（）()「」｛｝{}年月日元令和平成昭和大正明治RrHhSs　 "
CONTROL_MARKS = "\x7f\x85\u200b\u200e\u200f\u202a\u202e\u2028\u2029\u3000\ufeff\ufffe\uffff"

hiragana = st.characters(min_codepoint=0x3041, max_codepoint=0x3096)
katakana = st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA)
half_katakana = st.characters(min_codepoint=0xFF66, max_codepoint=0xFF9F)
kanji = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
full_digits = st.characters(min_codepoint=0xFF10, max_codepoint=0xFF19)
ascii_digits = st.characters(min_codepoint=0x30, max_codepoint=0x39)
controls = st.characters(max_codepoint=0x1F) | st.sampled_from(CONTROL_MARKS)

japanese_text = st.text(
    st.one_of(hiragana, katakana, half_katakana, kanji, full_digits, ascii_digits, st.sampled_from(JAPANESE_MARKS)),
    max_size=24,
)
# text shaped like an amount, a date, a rate or a phone number, often almost right
numberish = st.from_regex(
    r"[▲△\-−+]?[¥￥\\]?[0-9０-９,，]{0,18}(?:[.．][0-9０-９]{0,6})?(?:万[0-9０-９,]{0,6})?[円%％人]?",
    fullmatch=True,
) | st.from_regex(
    r"(?:[RHSTMrhstm令平昭大明]|令和|平成|昭和)?[0-9０-９元]{0,4}[年./\-ー－]?[0-9０-９]{0,3}[月./\-ー－]?[0-9０-９]{0,3}日?",
    fullmatch=True,
)

piece = st.one_of(
    st.text(max_size=16),
    japanese_text,
    numberish,
    st.sampled_from(SQL_META),
    st.text(controls, max_size=4),
)

SHORT_TEXT = st.lists(piece, max_size=6).map("".join)
"""Anything up to a few dozen characters, mixing every kind above."""

_UNITS = st.sampled_from(["1", "１", "0", "9,999,", "'", '"', "\x00", "(", "（", "{", "｛", ".", "a@", "万", "あ",
                          "山田 ", "\t", "\r\n", "%_", "\\", "‮", "ー"]) | piece.filter(bool)  # fmt: skip


def _long(head: str, unit: str, tail: str) -> str:
    body = unit * (LONG // len(unit) + 1)
    head, tail = head[:100], tail[:100]
    return (head + body)[: LONG - len(tail)] + tail


LONG_TEXT = st.builds(_long, SHORT_TEXT, _UNITS, SHORT_TEXT)
"""Exactly 10,000 characters: a short head, one unit repeated, a short tail."""

TEXT = st.one_of(SHORT_TEXT, SHORT_TEXT, SHORT_TEXT, LONG_TEXT)
"""What the fuzz tests feed a field: mostly short, sometimes 10,000 characters."""

# values a draft's non-text fields may hold when a form (or a caller) gets them wrong
ANY_INT = st.one_of(st.integers(-3, 40), st.integers(), st.sampled_from([0, -1, 2**31, 2**63, 10**13, 10**400]))
OPT_INT = st.none() | ANY_INT
DATES = st.dates()
OPT_DATE = st.none() | DATES
OPT_TEXT = st.none() | TEXT

# A fixed pool of the nastiest values, cheap to draw: for drafts with many text fields (where
# the validators mostly count characters) and for the per-column export readers.
NASTY = (
    "",
    " ",
    "\u3000",
    "山田 花子",
    "やまだ はなこ",
    "ﾔﾏﾀﾞ ﾊﾅｺ",
    "１２，３４５円",
    "▲1.2万",
    "R5.4.1",
    "令和元年5月1日",
    "2023/4/1",
    "086-123-4567",
    "a@example.jp",
    "{self_reliance.new_consultations}",
    *SQL_META,
    "\t\r\n\x0b\x0c\x1c\x85\u2028",
    "\u202e\u200f",
    "\ufeff",
    "あ" * LONG,
    "'" * LONG,
    "\x00" * LONG,
    "1" * LONG,
    "9" * 4301,
    "%_\\" * (LONG // 3),
    "a@" + "." * (LONG - 2),
    "{" * LONG,
)
DRAFT_TEXT = st.sampled_from(NASTY) | st.text(max_size=12)
