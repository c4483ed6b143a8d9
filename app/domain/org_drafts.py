"""The organisation profile (法人・センター) a form hands to OrganisationService, and its rule.

Kept apart from drafts.py/rules.py so the settings screens can grow without touching the
drafts every other form uses. Field names in errors are the draft's attribute names.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.rules import LINE_MAX, TEXT_MAX
from app.domain.validation import Checker

NAME_MAX = 200  # the columns are String(200)
FIRST_FISCAL_YEAR = 1900
LAST_FISCAL_YEAR = 2200

LABELS = {
    "fiscal_year": "年度",
    "corporation_name": "法人名",
    "division_name": "部署名",
    "centre_name": "センター名",
    "address": "所在地",
    "division_goals": "部署の目標",
}


@dataclass(frozen=True)
class OrganisationProfileDraft:
    corporation_name: str
    division_name: str = ""
    centre_name: str = ""
    address: str = ""
    division_goals: str = ""


def validate_fiscal_year(c: Checker, fiscal_year: object) -> None:
    if type(fiscal_year) is not int or not FIRST_FISCAL_YEAR <= fiscal_year <= LAST_FISCAL_YEAR:
        c.add(
            "fiscal_year",
            LABELS["fiscal_year"],
            "invalid_year",
            f"年度は{FIRST_FISCAL_YEAR}〜{LAST_FISCAL_YEAR}の西暦で指定してください",
        )


def validate_organisation_profile(c: Checker, d: OrganisationProfileDraft, fiscal_year: object = None) -> None:
    """法人名 is required; every text has the length its column holds. With ``fiscal_year``,
    the year is checked too."""
    if fiscal_year is not None:
        validate_fiscal_year(c, fiscal_year)
    c.required("corporation_name", LABELS["corporation_name"], d.corporation_name)
    for name in ("corporation_name", "division_name", "centre_name"):
        c.max_len(name, LABELS[name], getattr(d, name), NAME_MAX)
    c.max_len("address", LABELS["address"], d.address, LINE_MAX)
    c.max_len("division_goals", LABELS["division_goals"], d.division_goals, TEXT_MAX)
