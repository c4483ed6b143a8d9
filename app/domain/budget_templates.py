"""Seeded row templates for the budget sheets (household-budget.md §1–3).

Templates are copied into the ledger's ``budget_templates`` tables by the first migration;
advisors may edit them there or add their own. ``feed`` marks the rows filled from the
repayment plans (債務返済 / 滞納分), ``is_loan`` the loans received that are not income.
Cash-flow rows carry a default 変動率 in basis points (1 % = 100).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TemplateRow:
    section: str  # income / expense / other
    label: str
    feed: str | None = None
    is_loan: bool = False
    rate_bp: int = 0


@dataclass(frozen=True)
class TemplateSeed:
    name: str
    sheet_kind: str  # household / cashflow
    for_older_person: bool
    rows: tuple[TemplateRow, ...]


def _rows(section: str, *labels: str) -> tuple[TemplateRow, ...]:
    return tuple(TemplateRow(section, label) for label in labels)


_FEEDS = (
    TemplateRow("expense", "債務返済", feed="debt_repayment"),
    TemplateRow("expense", "滞納分の支払い", feed="arrears"),
)

STANDARD_HOUSEHOLD = TemplateSeed(
    "標準",
    "household",
    False,
    _rows(
        "income",
        "本人就労収入",
        "配偶者・家族就労収入",
        "年金（老齢・障害・遺族）",
        "児童手当",
        "児童扶養手当",
        "その他手当",
        "失業給付",
        "仕送り・援助",
        "生活保護費",
        "その他収入",
    )
    + (TemplateRow("other", "借入金（収入ではない）", is_loan=True),)
    + _rows(
        "expense",
        "住居費",
        "水道光熱費",
        "通信費",
        "食費",
        "日用品費",
        "被服費",
        "医療費",
        "保険料",
        "社会保険料（国保・年金・介護）",
        "税金（住民税等）",
        "教育費・子ども費",
        "交通費・車両費",
        "交際費",
        "嗜好品",
        "娯楽・趣味",
        "こづかい",
        "仕送り",
    )
    + _FEEDS
    + _rows("expense", "その他"),
)

OLDER_PERSON_HOUSEHOLD = TemplateSeed(
    "高齢者世帯",
    "household",
    True,
    _rows(
        "income",
        "老齢基礎年金",
        "老齢厚生年金",
        "遺族年金",
        "障害年金",
        "企業年金・個人年金",
        "本人就労収入",
        "配偶者の年金・収入",
        "仕送り・援助",
        "生活保護費",
        "その他収入",
    )
    + (TemplateRow("other", "借入金（収入ではない）", is_loan=True),)
    + _rows(
        "expense",
        "住居費",
        "水道光熱費",
        "通信費",
        "食費",
        "日用品費",
        "医療費",
        "介護サービス利用料",
        "介護保険料",
        "後期高齢者医療保険料・国保",
        "税金（住民税・固定資産税等）",
        "保険料",
        "交通費・車両費",
        "交際費・冠婚葬祭",
        "嗜好品・趣味",
        "仕送り",
    )
    + _FEEDS
    + _rows("expense", "その他"),
)

STANDARD_CASHFLOW = TemplateSeed(
    "標準キャッシュフロー",
    "cashflow",
    False,
    (
        TemplateRow("income", "本人収入", rate_bp=50),
        TemplateRow("income", "配偶者収入", rate_bp=50),
        TemplateRow("income", "年金"),
        TemplateRow("income", "手当"),
        TemplateRow("income", "一時的収入"),
        TemplateRow("expense", "基本生活費", rate_bp=100),
        TemplateRow("expense", "住居費"),
        TemplateRow("expense", "教育費", rate_bp=100),
        TemplateRow("expense", "保険料"),
        TemplateRow("expense", "債務返済", feed="debt_repayment"),
        TemplateRow("expense", "一時的支出"),
    ),
)

OLDER_PERSON_CASHFLOW = TemplateSeed(
    "高齢者世帯キャッシュフロー",
    "cashflow",
    True,
    (
        TemplateRow("income", "年金"),
        TemplateRow("income", "就労収入"),
        TemplateRow("income", "一時的収入"),
        TemplateRow("expense", "基本生活費", rate_bp=100),
        TemplateRow("expense", "住居費"),
        TemplateRow("expense", "医療・介護費", rate_bp=200),
        TemplateRow("expense", "保険料"),
        TemplateRow("expense", "債務返済", feed="debt_repayment"),
        TemplateRow("expense", "一時的支出"),
    ),
)

TEMPLATES: tuple[TemplateSeed, ...] = (
    STANDARD_HOUSEHOLD,
    OLDER_PERSON_HOUSEHOLD,
    STANDARD_CASHFLOW,
    OLDER_PERSON_CASHFLOW,
)
