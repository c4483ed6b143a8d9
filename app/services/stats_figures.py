"""The catalogue of annual-report figures: key, label, unit, how to aggregate, and which
SQL source (app/services/stats_sources.py) selects the records it counts. docs/statistics.md
is the prose version of this file; the keys are those of shared/domain/annual-report.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import (
    FoodDelivery,
    HousingSupportAction,
    KidsFoodClubEnrolment,
    SanitaryProductGift,
    TemporaryLivingStay,
)
from app.services.stats_lists import EVENT_LISTS
from app.services.stats_sources import (
    Ctx,
    Source,
    closure_evaluations,
    consultation_contacts,
    desk_uses,
    disaster_activities,
    employers_developed,
    employers_posting,
    food_first_ever,
    intakes_of,
    job_seekers,
    learning,
    outcomes,
    placements,
    plans_of,
    referrals_in,
    repayments,
    reviews,
    service_started,
    simple,
    victims_to_centre,
)

__all__ = ["FIGURES", "FIGURES_BY_KEY", "Ctx", "FigureDef"]


@dataclass(frozen=True)
class FigureDef:
    key: str
    label: str
    unit: str  # 件 / 人 / 円
    aggregate: str  # count / distinct / sum
    source: Source
    programme: str


S, H, D, OR = "self_reliance", "household_budget", "disaster_recovery", "outreach"
_LEVELS = ("exceeded", "achieved", "mostly_achieved", "partly_achieved", "not_achieved")
_LEVEL_LABELS = ("①上回って達成", "②達成", "③ほぼ達成", "④一部達成", "⑤達成できなかった")
WEP, HIKI = "welfare_employment_programme", "hikikomori_coordination"


def _hikikomori_rows(new_label: str) -> list[tuple[str, str, str, str, Source]]:
    """The hikikomori coordination meeting's reviews: the same meetings in two chapters."""
    return [
        ("hikikomori_meeting.new_reviews", new_label, "件", "count", reviews(HIKI, "new_review")),
        (
            "hikikomori_meeting.monitoring_reviews",
            "引きこもり支援調整会議 モニタリング",
            "件",
            "count",
            reviews(HIKI, "monitoring"),
        ),
    ]


# (key within the programme, label, unit, aggregate, source)
_ROWS: dict[str, list[tuple[str, str, str, str, Source]]] = {
    S: [
        ("new_consultations", "新規相談件数", "件", "count", intakes_of(S)),
        ("consultations_total", "延べ相談件数", "件", "count", consultation_contacts),
        ("plans", "支援計画策定件数", "件", "count", plans_of(S)),
        ("plans_new", "新規プラン", "件", "count", plans_of(S, "first")),
        ("plans_revised", "再プラン", "件", "count", plans_of(S, "re")),
        ("employment_support_targets", "就労支援対象者件数", "人", "distinct", plans_of(S, employment_only=True)),
        ("employed", "就職成功者数", "人", "distinct", outcomes("employed")),
        ("income_increased", "就労増収者", "人", "distinct", outcomes("income_increase")),
        ("employed_or_income_increased", "就労・増収者数", "人", "distinct", outcomes("employed", "income_increase")),
        ("food_support.new_users", "食糧支援 新規利用者", "人", "distinct", food_first_ever),
        (
            "food_support.deliveries",
            "食糧支援 延べ実施件数",
            "件",
            "count",
            simple(FoodDelivery, "food_deliveries", "delivered_on"),
        ),
        (
            "kids_food_club.new_users",
            "デリシャスフードキッズクラブ 新規利用者",
            "人",
            "count",
            simple(KidsFoodClubEnrolment, "kids_food_club_enrolments", "enrolled_on"),
        ),
        (
            "sanitary_products.recipients",
            "生理用品配布",
            "人",
            "distinct",
            simple(SanitaryProductGift, "sanitary_product_gifts", "given_on"),
        ),
        (
            "housing_support",
            "居住支援実施件数",
            "件",
            "count",
            simple(HousingSupportAction, "housing_support_actions", "action_on"),
        ),
        ("referrals_in", "関係機関からの繋ぎ", "件", "count", referrals_in(S)),
        ("job_placement.uses", "無料職業紹介 利用実施回数", "回", "count", desk_uses),
        ("job_placement.job_seekers", "無料職業紹介 求職者数", "人", "distinct", job_seekers),
        ("job_placement.employers_posting", "無料職業紹介 求人掲載企業", "社", "distinct", employers_posting),
        ("job_placement.employers_developed", "無料職業紹介 企業開拓数", "社", "count", employers_developed),
        ("job_placement.placements", "無料職業紹介 就職者数", "人", "count", placements),
        (f"{WEP}.users", "生活保護受給者等就労自立促進事業 利用者", "人", "distinct", service_started(WEP)),
        (
            f"{WEP}.employed",
            "生活保護受給者等就労自立促進事業 就職数",
            "件",
            "count",
            outcomes("employed", via="welfare_programme"),
        ),
        (
            "employment_preparation.users",
            "就労準備支援 利用者",
            "人",
            "distinct",
            service_started("employment_preparation"),
        ),
        ("learning_support.referrals", "学習支援 繋ぎ", "人", "count", learning("classroom")),
        ("home_visit_learning.referrals", "小学生訪問型学習・生活支援 繋ぎ", "人", "count", learning("home_visit")),
        (
            "temporary_living_support.users",
            "一時生活支援 利用者",
            "人",
            "distinct",
            simple(TemporaryLivingStay, "temporary_living_stays", "start_on"),
        ),
        *_hikikomori_rows("引きこもり支援調整会議 新規検討"),
    ],
    H: [
        ("new_consultations", "新規相談件数", "件", "count", intakes_of(H)),
        (
            "use_decisions",
            "家計改善支援事業利用決定件数",
            "件",
            "distinct",
            reviews("", "use_decision", H, distinct_cases=True),
        ),
        ("closure_reviews", "家計再生が達成（終結評価件数）", "件", "count", closure_evaluations()),
        *(
            (f"evaluation.{n}", lab, "件", "count", closure_evaluations(level=i + 1))
            for i, (n, lab) in enumerate(zip(_LEVELS, _LEVEL_LABELS, strict=True))
        ),
        ("evaluation.extended", "事業延長", "件", "count", closure_evaluations(extended=True)),
        ("repayments_yen", "家計改善利用者返済金額", "円", "sum", repayments),
        (
            "coordination_meeting.new_reviews",
            "支援調整会議 新規検討者",
            "人",
            "count",
            reviews("budget_coordination", "new_review"),
        ),
        (
            "coordination_meeting.monitoring_reviews",
            "支援調整会議 モニタリング検討者",
            "人",
            "count",
            reviews("budget_coordination", "monitoring"),
        ),
    ],
    D: [
        ("activities.phone", "電話対応", "件", "count", disaster_activities("phone")),
        ("activities.outreach", "アウトリーチ対応", "件", "count", disaster_activities("outreach")),
        ("activities.office_visit", "来所対応", "件", "count", disaster_activities("office_visit")),
        ("activities.agency_liaison", "関係機関との連携", "件", "count", disaster_activities("agency_liaison")),
        (
            "activities.community_and_publicity",
            "地域コミュニティーの再構築及び広報活動",
            "件",
            "count",
            disaster_activities("community_and_publicity"),
        ),
        ("referred_to_centre", "生活自立相談支援センターへの支援開始件数", "人", "distinct", victims_to_centre),
    ],
    OR: [
        ("new_consultations", "新規相談件数", "件", "count", intakes_of(OR)),
        ("plans", "支援計画作成件数", "件", "count", plans_of(OR)),
        ("referrals_in", "関係機関からの支援の繋ぎ", "件", "count", referrals_in(OR)),
        *_hikikomori_rows("引きこもり支援調整会議 ケース検討"),
    ],
    "division": [("consultations", "今年度の相談件数", "件", "count", intakes_of(S))],
}


def _defs() -> tuple[FigureDef, ...]:
    return tuple(
        FigureDef(f"{programme}.{key}", label, unit, agg, source, programme)
        for programme, rows in _ROWS.items()
        for key, label, unit, agg, source in rows
    )


FIGURES: tuple[FigureDef, ...] = _defs()
FIGURES_BY_KEY: dict[str, FigureDef] = {f.key: f for f in FIGURES}
LIST_KEYS = tuple(EVENT_LISTS)
