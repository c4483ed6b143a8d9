"""Statistics as the command line prints them: an aligned Japanese table, the JSON document
of docs/statistics.md, and the drill-down list of one figure."""

from __future__ import annotations

import unicodedata
from typing import Any

from app.domain.fiscal import fiscal_year_label, fiscal_year_label_wareki, fiscal_year_range
from app.domain.money import format_man

JSON_FORMAT = "yorisoi-stats"
JSON_VERSION = 1
PROGRAMME_TITLES = {
    "division": "地域生活部門",
    "self_reliance": "生活困窮者自立相談支援事業",
    "household_budget": "生活困窮者家計改善支援事業",
    "disaster_recovery": "被災者生活困窮自立支援事業",
    "outreach": "アウトリーチ等の充実による自立相談支援機能強化事業",
}
RECORD_KIND_LABELS = {
    "intakes": "相談受付",
    "contacts": "支援経過",
    "plans": "プラン",
    "employment_outcomes": "就労の成果",
    "food_deliveries": "食糧支援",
    "kids_food_club_enrolments": "キッズクラブ",
    "sanitary_product_gifts": "生理用品配布",
    "housing_support_actions": "居住支援",
    "referrals": "関係機関からの繋ぎ",
    "job_seekers": "求職登録",
    "job_desk_uses": "無料職業紹介の利用",
    "job_postings": "求人",
    "employers": "企業開拓",
    "job_placements": "就職（無料職業紹介）",
    "service_uses": "他事業の利用",
    "learning_support_referrals": "学習支援の繋ぎ",
    "temporary_living_stays": "一時生活支援",
    "case_reviews": "会議での検討",
    "evaluations": "終結評価",
    "payments": "返済",
    "disaster_activities": "被災者支援の活動",
    "case_programmes": "事業の利用開始",
}


def width(text: str) -> int:
    """Display width in a terminal: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cells: int, *, right: bool = False) -> str:
    gap = " " * max(0, cells - width(text))
    return gap + text if right else text + gap


def format_value(value: int, unit: str) -> str:
    if unit == "円":
        return f"{value:,}円（{format_man(value)}）"
    return f"{value:,}{unit}"


def year_heading(fy: int) -> str:
    start, end = fiscal_year_range(fy)
    return f"{fiscal_year_label(fy)}（{fiscal_year_label_wareki(fy)}） {start:%Y-%m-%d} 〜 {end:%Y-%m-%d}"


def table_lines(year) -> list[str]:
    lines = [year_heading(year.fiscal_year)]
    label_w = max(width(f.label) for f in year.figures.values()) + 2
    current = None
    for f in year.figures.values():
        if f.programme != current:
            current = f.programme
            lines += ["", f"■ {PROGRAMME_TITLES.get(current, current)}"]
        target = f"目標 {f.target:,}{f.unit}" if f.target is not None else ""
        lines.append(
            "  " + pad(f.label, label_w) + pad(format_value(f.value, f.unit), 24, right=True)
            + "  " + pad(target, 16) + pad(f.achievement_label, 8) + f.key
        )  # fmt: skip
    if year.targets_without_figure:
        lines += ["", "目標があるが集計項目がないキー: " + ", ".join(year.targets_without_figure)]
    return lines


def _events_json(items) -> list[dict[str, Any]]:
    return [
        {"date": e.held_on.isoformat(), "theme": e.theme, "content": e.content, "participants": e.participants}
        for e in items
    ]


def year_json(year) -> dict[str, Any]:
    start, end = fiscal_year_range(year.fiscal_year)
    lists = year.lists
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "fiscal_year": year.fiscal_year,
        "label": fiscal_year_label(year.fiscal_year),
        "label_wareki": fiscal_year_label_wareki(year.fiscal_year),
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "figures": {
            f.key: {
                "label": f.label,
                "unit": f.unit,
                "value": f.value,
                "target": f.target,
                "achieved": f.achieved,
                "monthly": list(f.monthly),
            }
            for f in year.figures.values()
        },
        "lists": {
            **{key: _events_json(items) for key, items in lists.events.items()},
            "trainings": [
                {
                    "date": t.held_on.isoformat(),
                    "ends_on": t.ends_on.isoformat() if t.ends_on else None,
                    "title": t.title,
                    "organiser": t.organiser,
                    "summary": t.summary,
                }
                for t in lists.trainings
            ],
            "meetings_by_month": {
                programme: {
                    str(month): [
                        {"date": m.held_on.isoformat(), "title": m.title, "kind": m.kind, "days": m.days_label}
                        for m in items
                    ]
                    for month, items in sorted(months.items(), key=lambda mi: (mi[0] < 4, mi[0]))
                }
                for programme, months in lists.meetings_by_month.items()
            },
            "agencies": {programme: list(names) for programme, names in lists.agencies.items()},
        },
        "targets_without_figure": list(year.targets_without_figure),
    }


def explain_lines(fdef, value, records) -> list[str]:
    lines = [f"{fdef.label}（{fdef.key}）: {format_value(value.value, fdef.unit)} — 対象の記録 {len(records):,} 件", ""]
    for r in records:
        kind = RECORD_KIND_LABELS.get(r.kind, r.kind)
        amount = f"  {r.amount:,}円" if r.amount is not None else ""
        lines.append(f"{r.on:%Y-%m-%d}  {pad(kind, 20)} #{r.id:<8} {pad(r.person_no, 8)} {r.person_name}{amount}")
    return lines
