"""Field validation that collects every problem before anything is written.

A ``Checker`` gathers ``FieldError``s (Japanese messages naming the field) and raises one
``ValidationError`` at the end, so a form can mark every bad field at once.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from app.domain.errors import FieldError, ValidationError
from app.domain.kana import is_valid_reading, normalize_reading, phone_key

EARLIEST_DATE = date(1900, 1, 1)
# a typed year 9999 parses (wareki.parse_date), but date arithmetic a year or a month past it
# overflows (a series' next 12 months, an all-day event's DTEND, fiscal_year_range)
LATEST_DATE = date(2200, 12, 31)
EMAIL_MAX = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Checker:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, label: str, code: str, message: str) -> None:
        if not any(e.field == field for e in self.errors):  # first problem per field
            self.errors.append(FieldError(field, label, code, message))

    def required(self, field: str, label: str, value: object) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, label, "required", f"{label}を入力してください")
            return False
        self.no_nul(field, label, value)
        return True

    def max_len(self, field: str, label: str, value: str, limit: int) -> None:
        if value and len(value) > limit:
            self.add(field, label, "too_long", f"{label}は{limit}文字以内で入力してください")
        self.no_nul(field, label, value)

    def no_nul(self, field: str, label: str, value: object) -> None:
        """NUL (U+0000) is refused in any text: PostgreSQL cannot store it and the ledger's
        export format refuses it, so a ledger holding one could not move to the server."""
        if isinstance(value, str) and "\x00" in value:
            self.add(field, label, "invalid_char", f"{label}に使えない文字（NUL）が含まれています")

    def date_range(
        self,
        field: str,
        label: str,
        value: date | None,
        *,
        today: date,
        allow_future: bool = False,
    ) -> None:
        if value is None:
            return
        if value < EARLIEST_DATE:
            self.add(field, label, "too_early", f"{label}が古すぎます（1900年以降）")
        elif value > LATEST_DATE:
            self.add(field, label, "too_late", f"{label}が先すぎます（{LATEST_DATE.year}年まで）")
        elif not allow_future and value > today:
            self.add(field, label, "future", f"{label}に未来の日付は入力できません")

    def order(self, field: str, label: str, start: date | None, end: date | None, start_label: str) -> None:
        if start is not None and end is not None and end < start:
            self.add(field, label, "order", f"{label}は{start_label}より後の日付にしてください")

    def reading(self, field: str, label: str, value: str) -> None:
        if value and not is_valid_reading(normalize_reading(value)):
            self.add(field, label, "not_kana", f"{label}はひらがな・カタカナで入力してください")

    def phone(self, field: str, label: str, value: str) -> None:
        if not value:
            return
        allowed = set("0123456789-()+ ")
        folded = unicodedata.normalize("NFKC", value)
        digits = phone_key(value)
        if any(ch not in allowed for ch in folded) or not 10 <= len(digits) <= 11:
            self.add(field, label, "invalid_phone", f"{label}は10〜11桁の番号で入力してください")

    def email(self, field: str, label: str, value: str) -> None:
        if len(value) > EMAIL_MAX:  # before the pattern, which backtracks quadratically on long input
            self.max_len(field, label, value, EMAIL_MAX)
        elif value and (not _EMAIL.match(value) or "\x00" in value):
            self.add(field, label, "invalid_email", f"{label}の形式が正しくありません")

    def postal_code(self, field: str, label: str, value: str) -> None:
        if value and not re.fullmatch(r"\d{7}", normalize_postal_code(value)):
            self.add(field, label, "invalid_postal", f"{label}は7桁の数字で入力してください")

    def non_negative(self, field: str, label: str, value: int | None) -> None:
        if value is not None and value < 0:
            self.add(field, label, "negative", f"{label}に負の値は入力できません")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def normalize_postal_code(value: str) -> str:
    """〒700-0001 / ７００－０００１ / 7000001 → 7000001."""
    folded = unicodedata.normalize("NFKC", value).replace("〒", "")
    return re.sub(r"[\s\-‐－ー]", "", folded)


def clean_text(value: str) -> str:
    """Strip surrounding spaces (ASCII and ideographic); keep the inside as typed."""
    return value.strip().strip("\u3000").strip()
