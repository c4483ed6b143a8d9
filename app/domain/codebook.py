"""The seeded code tables: every category list of ledger.md and household-budget.md.

This is data, not behaviour. ``code`` is a stable ASCII key that statistics, reports and
the status path refer to; ``label`` is the Japanese text the staff see (national forms'
wording where one exists). An administrator may add codes or retire them in the ledger; a
later version that needs new seeded codes adds them in a migration (see app/db/seed.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SeedCode:
    code: str
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    parent: str | None = None  # code of the parent within the same kind (debt groups)


@dataclass(frozen=True)
class SeedKind:
    kind: str
    label: str
    codes: tuple[SeedCode, ...]
    multiple: bool = False
    extendable: bool = True


def _codes(*pairs: tuple[str, str] | tuple[str, str, dict[str, Any]]) -> tuple[SeedCode, ...]:
    return tuple(SeedCode(p[0], p[1], p[2] if len(p) > 2 else {}) for p in pairs)  # type: ignore[misc]


PROGRAMMES = SeedKind(
    "programme",
    "事業",
    _codes(
        ("self_reliance", "生活困窮者自立相談支援事業", {"short": "自立相談"}),
        ("household_budget", "生活困窮者家計改善支援事業", {"short": "家計改善"}),
        ("disaster_recovery", "被災者生活困窮自立支援事業", {"short": "被災者支援"}),
        (
            "outreach",
            "アウトリーチ等の充実による自立相談支援機能強化事業",
            {"short": "アウトリーチ"},
        ),
    ),
    extendable=False,
)

# The path of ledger.md; ``step`` orders the path, ``closed`` marks statuses that end it.
CASE_STATUS = SeedKind(
    "case_status",
    "支援状況",
    _codes(
        ("intake", "相談受付", {"step": 1}),
        ("screening", "スクリーニング", {"step": 2}),
        ("assessment", "アセスメント", {"step": 3}),
        ("emergency", "緊急支援", {"step": 4}),
        ("plan_draft", "プラン案作成", {"step": 5}),
        ("coordination", "支援調整会議", {"step": 6}),
        ("decided", "支援決定", {"step": 7}),
        ("support", "支援中", {"step": 8}),
        ("monitoring", "モニタリング", {"step": 9}),
        ("evaluation", "評価", {"step": 10}),
        ("closed", "終結", {"step": 11, "closed": True}),
        ("follow_up", "フォローアップ", {"step": 12}),
        ("referred_out", "他機関へつなぎ", {"step": 3, "closed": True}),
        ("info_only", "情報提供のみで終了", {"step": 3, "closed": True}),
    ),
    extendable=False,
)

SCREENING_RESULT = SeedKind(
    "screening_result",
    "スクリーニング結果",
    _codes(
        ("continue", "継続支援"),
        ("refer", "他機関へつなぎ"),
        ("info_only", "情報提供のみで終了"),
    ),
    extendable=False,
)

KINDS: tuple[SeedKind, ...] = (
    PROGRAMMES,
    CASE_STATUS,
    SCREENING_RESULT,
    SeedKind(
        "staff_role",
        "職種",
        _codes(
            ("head", "センター長"),
            ("chief_counsellor", "主任相談支援員"),
            ("counsellor", "相談支援員"),
            ("employment_counsellor", "就労支援員"),
            ("budget_advisor", "家計改善支援員"),
            ("outreach_worker", "アウトリーチ支援員"),
            ("clerk", "事務員"),
        ),
    ),
    SeedKind(
        "gender",
        "性別",
        _codes(("male", "男性"), ("female", "女性"), ("other", "その他")),
    ),
    SeedKind(
        "relationship",
        "続柄",
        _codes(
            ("spouse", "配偶者"),
            ("child", "子"),
            ("father", "父"),
            ("mother", "母"),
            ("sibling", "兄弟姉妹"),
            ("grandparent", "祖父母"),
            ("grandchild", "孫"),
            ("relative", "その他の親族"),
            ("partner", "内縁・パートナー"),
            ("acquaintance", "知人・友人"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "intake_method",
        "受付方法",
        _codes(
            ("office", "来所"),
            ("phone", "電話"),
            ("visit", "訪問"),
            ("mail", "メール"),
            ("with_agency", "関係機関同行"),
        ),
    ),
    SeedKind(
        "consult_route",
        "相談経路",
        _codes(
            ("self", "本人"),
            ("family", "家族・知人"),
            ("agency", "関係機関からの紹介", {"needs_agency": True}),
            ("publicity", "広報・チラシ"),
            ("outreach", "アウトリーチで把握"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "consult_topic",
        "相談内容",
        _codes(
            ("health", "病気や健康、障害"),
            ("housing", "住まい"),
            ("income", "収入・生活費"),
            ("rent_loan", "家賃やローンの支払い"),
            ("tax_utilities", "税金や公共料金等の支払い"),
            ("debt", "債務"),
            ("job_search", "仕事探し、就職"),
            ("work_trouble", "仕事上の不安やトラブル"),
            ("community", "地域との関係"),
            ("family", "家族との関係"),
            ("childcare", "子育て"),
            ("care", "介護"),
            ("hikikomori", "ひきこもり・不登校"),
            ("dv_abuse", "DV・虐待"),
            ("no_food", "食べるものがない"),
            ("other", "その他", {"free_text": True}),
        ),
        multiple=True,
    ),
    SeedKind(
        "work_status",
        "仕事",
        _codes(
            ("regular", "正社員・公務員"),
            ("part_time", "パート・派遣等"),
            ("self_employed", "自営"),
            ("pension", "年金生活"),
            ("unemployed", "失業・休職中"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "housing_status",
        "住居",
        _codes(
            ("owned", "持家"),
            ("rented", "借家"),
            ("public", "公営住宅"),
            ("company", "社宅・寮"),
            ("homeless", "野宿"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "health_insurance",
        "健康保険",
        _codes(
            ("national", "国民健康保険"),
            ("employee", "社会保険（被用者保険）"),
            ("late_elderly", "後期高齢者医療"),
            ("welfare", "生活保護（医療扶助）"),
            ("none", "無保険"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "pension_status",
        "年金",
        _codes(
            ("national", "国民年金加入"),
            ("employee", "厚生年金加入"),
            ("receiving", "年金受給中"),
            ("unpaid", "未納・未加入"),
            ("exempt", "免除・猶予"),
            ("unknown", "不明"),
        ),
    ),
    SeedKind(
        "certificate",
        "障害者手帳・介護認定",
        _codes(
            ("none", "なし"),
            ("physical", "身体障害者手帳"),
            ("intellectual", "療育手帳"),
            ("mental", "精神障害者保健福祉手帳"),
            ("care", "要介護認定"),
            ("support", "要支援認定"),
            ("applying", "申請中"),
        ),
    ),
    SeedKind(
        "welfare_history",
        "生活保護受給歴",
        _codes(
            ("none", "なし"),
            ("past", "過去に受給"),
            ("current", "受給中"),
            ("applying", "申請中"),
        ),
    ),
    SeedKind(
        "assessment_issue",
        "課題",
        _codes(
            ("economic", "経済的困窮", {"national": True}),
            ("job_hunting", "就職活動困難", {"national": True}),
            ("family", "家族関係・家族の問題", {"national": True}),
            ("mental_health", "メンタルヘルス", {"national": True}),
            ("budgeting", "家計管理の課題", {"national": True}),
            ("illness", "病気", {"national": True}),
            ("communication", "コミュニケーションが苦手", {"national": True}),
            ("unstable_housing", "住まい不安定", {"national": True}),
            ("single_parent", "ひとり親", {"national": True}),
            ("disability", "障害（手帳有）"),
            ("disability_suspected", "障害（疑い）"),
            ("debt", "債務"),
            ("isolation", "社会的孤立（ひきこもり等）"),
            ("non_attendance", "不登校"),
            ("childcare", "子育て"),
            ("care", "介護"),
            ("dv_abuse", "DV・虐待"),
            ("foreign", "外国籍"),
            ("disaster", "被災"),
            ("other", "その他", {"free_text": True}),
        ),
        multiple=True,
    ),
    SeedKind(
        "support_menu",
        "利用する事業",
        _codes(
            ("self_reliance", "自立相談支援"),
            ("employment_preparation", "就労準備支援"),
            ("household_budget", "家計改善支援"),
            ("temporary_living", "一時生活支援"),
            ("children_learning", "子どもの学習・生活支援"),
            ("housing_benefit", "住居確保給付金"),
            ("certified_training", "認定就労訓練"),
        ),
        multiple=True,
    ),
    SeedKind(
        "contact_method",
        "支援方法",
        _codes(
            ("office", "来所", {"consultation": True}),
            ("phone", "電話", {"consultation": True}),
            ("visit", "訪問", {"consultation": True}),
            ("accompany", "同行", {"consultation": True}),
            ("mail_sns", "メール・SNS", {"consultation": True}),
            ("agency_talk", "関係機関協議"),
            ("meeting", "会議"),
        ),
    ),
    SeedKind(
        "agency_kind",
        "関係機関の種別",
        _codes(
            ("government", "行政"),
            ("medical", "医療"),
            ("welfare", "福祉"),
            ("employment", "就労"),
            ("legal", "司法"),
            ("education", "教育"),
            ("real_estate", "不動産"),
            ("private", "民間"),
            ("community", "地域"),
        ),
    ),
    SeedKind(
        "outcome_kind",
        "就労の成果",
        _codes(("employed", "就職"), ("income_increase", "増収")),
        extendable=False,
    ),
    SeedKind(
        "employment_type",
        "雇用形態",
        _codes(
            ("regular", "正社員"),
            ("contract", "契約社員"),
            ("part_time", "パート・アルバイト"),
            ("dispatch", "派遣"),
            ("self_employed", "自営"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "employment_via",
        "就職の経路",
        _codes(
            ("job_desk", "無料職業紹介"),
            ("hello_work", "ハローワーク"),
            ("welfare_programme", "生活保護受給者等就労自立促進事業"),
            ("self", "本人"),
        ),
        extendable=False,
    ),
    SeedKind(
        "external_service",
        "他事業の利用",
        _codes(
            ("welfare_employment_programme", "生活保護受給者等就労自立促進事業"),
            ("employment_preparation", "就労準備支援"),
            ("certified_training", "認定就労訓練"),
        ),
    ),
    SeedKind(
        "food_source",
        "食糧の提供元",
        _codes(
            ("food_bank", "フードバンク"),
            ("donation", "寄付"),
            ("food_drive", "フードドライブ"),
            ("stock", "備蓄"),
        ),
    ),
    SeedKind(
        "housing_support",
        "居住支援の内容",
        _codes(
            ("search", "物件探し"),
            ("guarantor", "保証人・保証会社"),
            ("initial_costs", "初期費用"),
            ("moving", "転居同行"),
        ),
    ),
    SeedKind(
        "learning_support",
        "学習支援",
        _codes(
            ("classroom", "学習支援教室"),
            ("home_visit", "小学生訪問型学習・生活支援"),
        ),
        extendable=False,
    ),
    SeedKind(
        "event_kind",
        "セミナー等",
        _codes(("seminar", "就労セミナー"), ("workshop", "ワークショップ")),
        extendable=False,
    ),
    SeedKind(
        "personal_change",
        "本人の変化",
        _codes(
            ("motivation", "自立意欲の向上・改善"),
            ("goal", "目標ができた"),
            ("housing", "住まいの確保・安定化"),
            ("health", "健康状態の改善"),
            ("habits", "生活習慣の改善"),
            ("relations", "対人関係・家族関係の改善"),
            ("budget", "家計の改善（債務の整理等）"),
            ("sos", "SOSを出せるようになった"),
            ("self_esteem", "自己肯定感"),
            ("security", "安心感"),
            ("certificate", "障害手帳取得"),
            ("work_income", "就労収入増"),
            ("other_income", "その他収入増"),
            ("welfare", "生活保護適用"),
            ("other", "その他"),
        ),
        multiple=True,
    ),
    SeedKind(
        "closure_reason",
        "終結理由",
        _codes(
            ("goal_achieved", "目標達成"),
            ("transferred", "他制度・他機関へ移行（生活保護を含む）"),
            ("moved", "転居"),
            ("lost_contact", "連絡途絶"),
            ("own_wish", "本人の意思"),
            ("death", "死亡"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "meeting_kind",
        "会議の種類",
        _codes(
            (
                "regular_coordination",
                "定例支援調整会議",
                {"colour": "#1f77b4", "category": "internal"},
            ),
            (
                "employment_coordination",
                "就労支援対象者支援調整会議",
                {"colour": "#2ca02c", "category": "internal"},
            ),
            (
                "employment_prep_coordination",
                "就労準備支援調整会議",
                {"colour": "#98df8a", "category": "internal"},
            ),
            (
                "hikikomori_coordination",
                "ひきこもり支援調整会議",
                {"colour": "#9467bd", "category": "internal"},
            ),
            (
                "budget_coordination",
                "家計改善支援事業支援調整会議",
                {"colour": "#ff7f0e", "category": "internal"},
            ),
            (
                "emergency_coordination",
                "緊急・随時支援調整会議",
                {"colour": "#d62728", "category": "internal"},
            ),
            (
                "case_conference",
                "ケース会議（個別）",
                {"colour": "#8c564b", "category": "internal"},
            ),
            (
                "support_council",
                "支援会議（法第9条）",
                {"colour": "#7f7f7f", "category": "internal", "confidential": True},
            ),
            (
                "child_protection_council",
                "要保護児童対策地域協議会",
                {"colour": "#17becf", "category": "external"},
            ),
            (
                "independence_council",
                "自立支援協議会",
                {"colour": "#bcbd22", "category": "external"},
            ),
            (
                "recovery_centre",
                "復興支援センター会議",
                {"colour": "#e377c2", "category": "external"},
            ),
            ("external_other", "その他の外部会議", {"colour": "#c7c7c7", "category": "external"}),
            ("training", "研修", {"colour": "#aec7e8", "category": "training"}),
            ("event", "行事・イベント", {"colour": "#ffbb78", "category": "event"}),
        ),
    ),
    SeedKind(
        "review_kind",
        "検討の種類",
        _codes(
            ("new_review", "新規検討"),
            ("plan_approval", "プラン承認"),
            ("monitoring", "モニタリング"),
            ("closure_evaluation", "終結評価"),
            ("use_decision", "利用決定"),
        ),
        extendable=False,
    ),
    SeedKind(
        "visit_place",
        "訪問場所",
        _codes(
            ("home", "自宅"),
            ("government", "行政機関"),
            ("medical", "医療機関"),
            ("school", "学校"),
            ("workplace", "事業所"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "visit_method",
        "訪問の方法",
        _codes(
            ("visit", "訪問"),
            ("letter", "手紙"),
            ("phone", "電話"),
            ("sns_mail", "SNS・メール"),
            ("family_interview", "家族面談"),
        ),
    ),
    SeedKind(
        "visit_result",
        "訪問の結果",
        _codes(
            ("met", "本人と面会"),
            ("family_only", "家族のみ"),
            ("absent", "不在"),
            ("refused", "拒否"),
            ("through_door", "ドア越し"),
        ),
    ),
    SeedKind(
        "visit_purpose",
        "訪問の目的",
        _codes(
            ("safety", "安否確認"),
            ("assessment", "アセスメント"),
            ("accompany", "同行支援"),
            ("rapport", "関係づくり"),
            ("procedures", "手続支援"),
        ),
    ),
    SeedKind(
        "going_out",
        "外出の状況",
        _codes(
            ("often", "よく外出する"),
            ("hobby_only", "趣味の用事のときだけ外出する"),
            ("nearby_only", "近所のコンビニなどには出かける"),
            ("room_only", "自室からは出るが家からは出ない"),
            ("never", "自室からほとんど出ない"),
        ),
    ),
    SeedKind(
        "disaster_damage",
        "罹災証明",
        _codes(
            ("total", "全壊"),
            ("large_half", "大規模半壊"),
            ("medium_half", "中規模半壊"),
            ("half", "半壊"),
            ("quasi_half", "準半壊"),
            ("partial", "一部損壊"),
            ("none", "なし・未取得"),
        ),
    ),
    SeedKind(
        "disaster_housing",
        "被災後の住まい",
        _codes(
            ("temporary", "仮設"),
            ("deemed_temporary", "みなし仮設"),
            ("at_home", "在宅"),
            ("rebuilt", "再建済み"),
        ),
    ),
    SeedKind(
        "disaster_activity",
        "被災者支援の活動",
        _codes(
            ("phone", "電話"),
            ("outreach", "アウトリーチ"),
            ("office_visit", "来所"),
            ("agency_liaison", "関係機関との連携"),
            ("community_and_publicity", "地域コミュニティーの再構築・広報"),
        ),
        extendable=False,
    ),
    SeedKind(
        "job_desk_use",
        "無料職業紹介の利用内容",
        _codes(
            ("consultation", "職業相談"),
            ("introduction", "求人紹介"),
            ("application", "応募書類作成"),
            ("interview", "面接同行"),
            ("other", "その他"),
        ),
    ),
    SeedKind(
        "debt_kind",
        "債務・滞納の種類",
        (
            SeedCode("tax", "税", {"group": True}),
            SeedCode("resident_tax", "住民税（市県民税）", parent="tax"),
            SeedCode("property_tax", "固定資産税", parent="tax"),
            SeedCode("light_vehicle_tax", "軽自動車税", parent="tax"),
            SeedCode("social_insurance", "社会保険料", {"group": True}),
            SeedCode("national_health_insurance", "国民健康保険料（税）", parent="social_insurance"),
            SeedCode("national_pension", "国民年金", parent="social_insurance"),
            SeedCode("care_insurance", "介護保険料", parent="social_insurance"),
            SeedCode("late_elderly_insurance", "後期高齢者医療保険料", parent="social_insurance"),
            SeedCode("utilities", "公共料金", {"group": True}),
            SeedCode("electricity", "電気", parent="utilities"),
            SeedCode("gas", "ガス", parent="utilities"),
            SeedCode("water", "水道", parent="utilities"),
            SeedCode("telecom", "通信"),
            SeedCode("rent", "家賃"),
            SeedCode("school_fees", "学費・保育料"),
            SeedCode("loans", "借入", {"group": True}),
            SeedCode("consumer_finance", "消費者金融", parent="loans"),
            SeedCode("credit_card", "クレジット", parent="loans"),
            SeedCode("bank", "銀行", parent="loans"),
            SeedCode("scholarship", "奨学金", parent="loans"),
            SeedCode("housing_car_loan", "住宅・自動車ローン", parent="loans"),
            SeedCode("private_loan", "個人間", parent="loans"),
            SeedCode("council_loan", "社協の貸付（緊急小口資金・総合支援資金）"),
            SeedCode("other", "その他"),
        ),
    ),
    SeedKind(
        "collection_status",
        "督促・差押",
        _codes(
            ("none", "なし"),
            ("reminder", "督促"),
            ("demand", "催告"),
            ("seizure_notice", "差押予告"),
            ("seized", "差押"),
        ),
    ),
    SeedKind(
        "debt_course",
        "対応方針",
        _codes(
            ("instalments", "分納"),
            ("reduction", "減免申請"),
            ("deferral", "返済猶予"),
            ("voluntary", "債務整理（任意整理）"),
            ("rehabilitation", "債務整理（個人再生）"),
            ("bankruptcy", "債務整理（自己破産）"),
            ("mediation", "債務整理（特定調停）"),
            ("paid_off", "完済"),
        ),
    ),
    SeedKind(
        "budget_support",
        "家計改善の支援内容",
        _codes(
            ("management", "家計管理支援"),
            ("arrears", "滞納解消支援"),
            ("debt_settlement", "債務整理支援"),
            ("loan_mediation", "貸付あっせん"),
            ("benefits", "給付制度の利用"),
        ),
        multiple=True,
    ),
)


def kind(name: str) -> SeedKind:
    """The seed of one kind (KeyError if there is none)."""
    for k in KINDS:
        if k.kind == name:
            return k
    raise KeyError(name)
