"""Money: integer yen only, formatted as sheets and summaries print it.

Rules
-----
* Amounts are ``int`` yen. Floats (and bools) are refused; no function here uses float.
* Yen: "12,345円"; negatives with ▲ ("▲18,000円"); zero "0円".
* 万円 (:func:`format_man`): the amount divided by 10,000, shown with ``decimals`` places
  (2 by default: "932.87万円") and thousands separators in the integer part
  ("12,345.68万円"). Rounding is 四捨五入 (round half up, away from zero on the absolute
  value): 9,328,750円 → 932.88万円, ▲123,456円 → ▲12.35万円. The sign is applied after
  rounding, so an amount that rounds to zero prints without ▲ ("0.00万円"). It is done in
  integer arithmetic. :func:`rounding_note` gives the line to print under such a table.
* Parsing (:func:`parse_yen`) folds full-width input (NFKC) and accepts "12345", "12,345",
  "12345円", "¥12,345", "1.2万", "1.2万円", "12万3456", "▲500" / "△500" / "-500" (negative).
  Thousands separators must be proper 3-digit groups. A result that is not a whole number of
  yen ("1.5", "1.23456万") and a magnitude above ``MAX_ABS_YEN`` are rejected with
  :class:`YenParseError` (a ``ValueError`` and a ``LedgerError``), message in Japanese.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.errors import LedgerError

MAX_ABS_YEN = 10**13
MAN = 10_000
NEGATIVE_MARK = "▲"
_ROUNDED_BELOW = {0: "万円", 1: "千円", 2: "百円", 3: "十円"}


class YenParseError(LedgerError, ValueError):
    """Text could not be read as an amount of yen; the message says why, in Japanese."""


def _check_int(amount: int) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"金額は整数（円）で指定してください: {amount!r}")


def _check_decimals(decimals: int) -> None:
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 4:
        raise ValueError(f"万円の小数点以下の桁数は0〜4です: {decimals!r}")


def rounding_note(decimals: int = 2) -> str:
    """The line printed under a 万円 table, e.g. "単位：万円（百円未満四捨五入）"."""
    _check_decimals(decimals)
    if decimals == 4:
        return "単位：万円"
    return f"単位：万円（{_ROUNDED_BELOW[decimals]}未満四捨五入）"


ROUNDING_NOTE = rounding_note(2)


def format_yen(amount: int, *, unit: bool = True) -> str:
    """12345 → "12,345円", -18000 → "▲18,000円"; ``unit=False`` leaves out 円."""
    _check_int(amount)
    sign = NEGATIVE_MARK if amount < 0 else ""
    return f"{sign}{abs(amount):,}{'円' if unit else ''}"


def format_man(amount: int, *, decimals: int = 2, unit: bool = True) -> str:
    """Yen as 万円 with ``decimals`` places, 四捨五入 on the absolute value (half up).

    9328700 → "932.87万円", 9328750 → "932.88万円", -123456 → "▲12.35万円",
    ``decimals=0`` → "933万円". An amount that rounds to zero has no ▲.
    """
    _check_int(amount)
    _check_decimals(decimals)
    scale = 10**decimals
    rounded = (abs(amount) * scale + MAN // 2) // MAN
    whole, fraction = divmod(rounded, scale)
    text = f"{whole:,}" + (f".{fraction:0{decimals}d}" if decimals else "")
    sign = NEGATIVE_MARK if amount < 0 and rounded else ""
    return f"{sign}{text}{'万円' if unit else ''}"


# ----------------------------------------------------------------------------------- parsing

_MINUS = str.maketrans(dict.fromkeys("−‐‑–—▲△", "-"))
_INT = r"(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)"
_AMOUNT = re.compile(
    rf"(?P<neg>-)?[¥\\]?(?:(?P<man>{_INT})(?:\.(?P<frac>\d+))?万(?P<rest>{_INT})?|(?P<yen>{_INT}))円?",
    re.ASCII,  # \d means 0-9 only (NFKC has already folded full-width digits)
)


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip()
    if re.search(r"\d\s+\d", folded):
        raise YenParseError(f"数字の間に空白があります: {text.strip()}")
    folded = re.sub(r"\s+", "", folded).translate(_MINUS)
    return re.sub(r"^([¥\\])-", r"-\1", folded)  # "¥-500" reads as "-¥500"


_MAX_DIGITS = len(str(MAX_ABS_YEN))


def _digits(group: str, text: str) -> int:
    # more digits than any allowed amount: refused before int(), which raises a plain
    # ValueError past 4,300 digits (and would spend quadratic time below that)
    digits = group.replace(",", "").lstrip("0")
    if len(digits) > _MAX_DIGITS:
        raise YenParseError(f"金額が大きすぎます（上限 {MAX_ABS_YEN:,}円）: {text}")
    return int(digits or "0")


def _man_amount(match: re.Match[str], text: str) -> int:
    fraction = match["frac"] or ""
    if fraction and match["rest"]:
        raise YenParseError(f"小数と万の後の数は一緒に使えません: {text}")
    rest = _digits(match["rest"], text) if match["rest"] else 0
    if rest >= MAN:
        raise YenParseError(f"万の後の数は9999以下です: {text}")
    if fraction.rstrip("0")[4:]:
        raise YenParseError(f"1円未満の端数になります: {text}")
    fraction_yen = int((fraction + "0000")[:4])
    return _digits(match["man"], text) * MAN + fraction_yen + rest


def _explain(cleaned: str, text: str) -> YenParseError:
    if re.fullmatch(r"-?[¥\\]?[0-9]+\.[0-9]+円?", cleaned):
        return YenParseError(f"1円未満の端数は入力できません（円単位の整数で入力）: {text}")
    if "," in cleaned:
        return YenParseError(f"桁区切りのカンマの位置が正しくありません: {text}")
    return YenParseError(f"金額として読めません: {text}")


def parse_yen(text: str) -> int:
    """Read an amount of yen (see the module docstring for the accepted forms)."""
    shown = text.strip()
    cleaned = _normalise(text)
    if not cleaned:
        raise YenParseError("金額が入力されていません")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise _explain(cleaned, shown)
    value = _man_amount(match, shown) if match["man"] else _digits(match["yen"], shown)
    if value > MAX_ABS_YEN:
        raise YenParseError(f"金額が大きすぎます（上限 {MAX_ABS_YEN:,}円）: {shown}")
    return -value if match["neg"] else value
