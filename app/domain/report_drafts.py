"""What the 報告書 tab hands to AnnualReportService, and the rules those inputs follow: a
programme's 事業概要 (facility, address, staff, qualifications, weekly duty pattern), its
staffing table, the year's targets and the narrative sections' keys.

Field names in errors are the draft's attribute names; messages are Japanese.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from app.domain.rules import LINE_MAX, TEXT_MAX
from app.domain.validation import Checker

PROGRAMMES = ("self_reliance", "household_budget", "disaster_recovery", "outreach")
DIVISION = "division"
SCOPES = (DIVISION, *PROGRAMMES)
WEEKDAYS = "月火水木金土日"
TITLE_MAX = 300  # the columns are String(300)
ROW_LABEL_MAX = 200
FTE_MAX = 100_00  # 100 persons in one cell is a typing slip
TARGET_MAX = 10_000_000_000
SECTION_KEY_MAX = 120
_PART = r"[a-z0-9_]+(?:\.[a-z0-9_]+)*"
_SECTION_KEY = re.compile(rf"(?P<scope>[a-z_]+)\.(?P<part>{_PART})")

# the first part of a section key decides where the narrative prints in its chapter
SECTION_POLICY = "policy"  # 基本方針: before 事業概要
SECTION_GOALS = "goals"  # 事業目標（具体的取り組み）: after the other narratives
# anything else (activities, overview …): 具体的な内容

LABELS = {
    "title": "事業名",
    "facility_name": "施設の名称",
    "address": "実施場所",
    "responsible_staff_id": "事業責任者",
    "staff_in_charge_ids": "事業担当者",
    "qualifications": "資格",
    "duty_note": "勤務体制",
    "evaluation_criteria": "評価基準",
    "duty_days": "曜日ごとの担当",
    "period_from": "期間（開始）",
    "period_to": "期間（終了）",
    "row_label": "区分",
    "role": "職種",
    "fte_hundredths": "人数",
    "section_key": "項目",
    "text": "本文",
    "targets": "目標値",
}


@dataclass(frozen=True)
class DutyDayDraft:
    """On ``weekday`` (0 = 月曜日) the shared counsellor works for ``programme``."""

    weekday: int
    programme: str


@dataclass(frozen=True)
class ProgrammeProfileDraft:
    """A programme's 事業概要 for one fiscal year (the staffing table is saved apart)."""

    title: str = ""  # 倉敷市生活困窮者家計改善支援事業
    facility_name: str = ""
    address: str = ""
    responsible_staff_id: int | None = None  # 事業責任者
    staff_in_charge_ids: tuple[int, ...] = ()  # 事業担当者
    qualifications: str = ""
    duty_note: str = ""  # 1週5日とし、週2日（火・木）を家計支援業務に従事
    evaluation_criteria: str = ""
    duty_days: tuple[DutyDayDraft, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StaffingEntryDraft:
    """One cell of the staffing table: period × row × role → full-time equivalents in
    hundredths of a person (0.9人 → 90)."""

    period_from: date
    period_to: date
    row_label: str  # 主任相談員兼務
    role: str  # code of kind staff_role: the column (家計改善支援員)
    fte_hundredths: int


# ---- section keys --------------------------------------------------------------------------------
def section_scope(section_key: str) -> str | None:
    """ "household_budget.activities.1" → "household_budget"; None for a malformed key."""
    m = _SECTION_KEY.fullmatch(section_key)
    return m["scope"] if m and m["scope"] in SCOPES else None


def section_part(section_key: str) -> str:
    """The key's first part after the scope: "activities" for "outreach.activities.2"."""
    return section_key.split(".")[1] if "." in section_key else ""


def validate_section_key(c: Checker, section_key: object) -> None:
    if not isinstance(section_key, str) or section_scope(section_key) is None or len(section_key) > SECTION_KEY_MAX:
        c.add(
            "section_key",
            LABELS["section_key"],
            "invalid_section",
            "項目のキーは「division.overview」「household_budget.activities.1」のように、"
            "部門か事業の名前と英小文字・数字で指定してください",
        )


# ---- 人数 (full-time equivalents) -------------------------------------------------------------
def format_fte(hundredths: int) -> str:
    """90 → "0.9人", 400 → "4人", 125 → "1.25人"."""
    whole, frac = divmod(hundredths, 100)
    text = f"{whole}" if not frac else f"{whole}.{frac:02d}".rstrip("0")
    return f"{text}人"


def parse_fte(text: str) -> int:
    """ "0.9" / "０．９人" / "4" → hundredths (90 / 400); ValueError (Japanese) otherwise."""
    folded = unicodedata.normalize("NFKC", text).strip().removesuffix("人").strip()
    m = re.fullmatch(r"(\d{1,3})(?:\.(\d{1,2}))?", folded)
    if m is None:
        raise ValueError(f"人数は「0.9」「4」のように小数第2位までの数で入力してください: {text.strip()}")
    return int(m[1]) * 100 + int((m[2] or "0").ljust(2, "0"))


# ---- rules ---------------------------------------------------------------------------------------
def validate_programme_profile(c: Checker, d: ProgrammeProfileDraft) -> None:
    for name, limit in (("title", TITLE_MAX), ("facility_name", TITLE_MAX), ("address", LINE_MAX)):
        c.max_len(name, LABELS[name], getattr(d, name), limit)
    for name in ("qualifications", "duty_note", "evaluation_criteria"):
        c.max_len(name, LABELS[name], getattr(d, name), TEXT_MAX)
    if len(set(d.staff_in_charge_ids)) != len(d.staff_in_charge_ids):
        c.add("staff_in_charge_ids", LABELS["staff_in_charge_ids"], "duplicate", "同じ職員が二度選ばれています")
    days = [x.weekday for x in d.duty_days]
    if any(not isinstance(w, int) or not 0 <= w <= 6 for w in days):
        c.add("duty_days", LABELS["duty_days"], "invalid_weekday", "曜日は月曜日（0）〜日曜日（6）で指定してください")
    elif len(set(days)) != len(days):
        c.add("duty_days", LABELS["duty_days"], "duplicate", "同じ曜日が二度指定されています")
    elif any(x.programme not in PROGRAMMES for x in d.duty_days):
        c.add("duty_days", LABELS["duty_days"], "unknown_code", "曜日ごとの担当に不明な事業があります")


def validate_staffing(
    c: Checker, entries: tuple[StaffingEntryDraft, ...] | list[StaffingEntryDraft], fiscal_year: int
) -> None:
    """Each entry: a period inside the fiscal year (start ≤ end), a row label, a role, and a
    number of persons from 0 to 100; no two entries for the same period, row and role."""
    start, end = date(fiscal_year, 4, 1), date(fiscal_year + 1, 3, 31)
    seen: set[tuple[date, date, str, str]] = set()
    for i, e in enumerate(entries):
        p = f"staffing[{i}]."
        if not (isinstance(e.period_from, date) and isinstance(e.period_to, date)):
            c.add(f"{p}period_from", LABELS["period_from"], "required", "期間を入力してください")
        elif e.period_to < e.period_from:
            c.add(f"{p}period_to", LABELS["period_to"], "order", "期間の終了は開始より後の日付にしてください")
        elif e.period_from < start or e.period_to > end:
            c.add(f"{p}period_from", LABELS["period_from"], "outside_year",
                  f"期間は{fiscal_year}年度（{start:%Y-%m-%d}〜{end:%Y-%m-%d}）の中で指定してください")  # fmt: skip
        if c.required(f"{p}row_label", LABELS["row_label"], e.row_label):
            c.max_len(f"{p}row_label", LABELS["row_label"], e.row_label, ROW_LABEL_MAX)
        c.required(f"{p}role", LABELS["role"], e.role)
        if isinstance(e.fte_hundredths, bool) or not isinstance(e.fte_hundredths, int):
            c.add(f"{p}fte_hundredths", LABELS["fte_hundredths"], "invalid_number", "人数は数で入力してください")
        elif not 0 <= e.fte_hundredths <= FTE_MAX:
            c.add(f"{p}fte_hundredths", LABELS["fte_hundredths"], "out_of_range", "人数は0〜100人で入力してください")
        key = (e.period_from, e.period_to, e.row_label.strip(), e.role)
        if key in seen:
            c.add(f"{p}row_label", LABELS["row_label"], "duplicate", "同じ期間・区分・職種の行が二つあります")
        seen.add(key)


def validate_targets(c: Checker, targets: dict[str, int | None], known: set[str]) -> None:
    """Every key a figure key; every value a whole number from 0 (None removes the target)."""
    unknown = sorted(k for k in targets if k not in known)
    if unknown:
        c.add("targets", LABELS["targets"], "unknown_key", f"不明な集計項目の目標値です: {'、'.join(unknown)}")
    bad = sorted(
        k for k, v in targets.items()
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= TARGET_MAX)
    )  # fmt: skip
    if bad:
        c.add(
            "targets", LABELS["targets"], "invalid_number", f"目標値は0以上の整数で入力してください: {'、'.join(bad)}"
        )


__all__ = [
    "DIVISION",
    "LABELS",
    "PROGRAMMES",
    "SCOPES",
    "SECTION_GOALS",
    "SECTION_POLICY",
    "DutyDayDraft",
    "ProgrammeProfileDraft",
    "StaffingEntryDraft",
    "format_fte",
    "parse_fte",
    "section_part",
    "section_scope",
    "validate_programme_profile",
    "validate_section_key",
    "validate_staffing",
    "validate_targets",
]
