"""Sample narrative sections of the annual report, written for the demo.

Figures are never typed: ``{figure.key}`` placeholders print as the ledger's own values.
"""

from __future__ import annotations

CORPORATION = "社会福祉法人 ひだまり福祉会"
DIVISION = "地域生活部門"
CENTRE = "倉敷市生活自立相談支援センター"
CENTRE_ADDRESS = "岡山県倉敷市中央二丁目8番15号 ひだまり会館2階"

DIVISION_GOALS = (
    "・相談者一人ひとりの話に耳を傾け、必要な支援を早く届ける\n"
    "・関係機関と顔の見える関係をつくり、困りごとを地域で早く見つける\n"
    "・本人の意思を大切にし、生活が落ち着くまで伴走する"
)

PROGRAMME_TITLES = {
    "self_reliance": "倉敷市生活困窮者自立相談支援事業",
    "household_budget": "倉敷市生活困窮者家計改善支援事業",
    "disaster_recovery": "倉敷市被災者生活困窮自立支援事業",
    "outreach": "倉敷市アウトリーチ等の充実による自立相談支援機能強化事業",
}

EVALUATION_CRITERIA = (
    "・自分の家計の状況を把握し、改善に向けて取り組めている\n"
    "・収入に見合った支出で暮らせるようになった\n"
    "・滞納や債務の返済に見通しが立った\n"
    "・困ったときに自分から相談できるようになった"
)

# (programme or None, section key, title, body)
SECTIONS: tuple[tuple[str | None, str, str, str], ...] = (
    (
        None,
        "division.overview",
        "部門の取り組み",
        "今年度、センターが受け付けた新規相談は{division.consultations}件でした。"
        "物価の上昇が続くなか、収入の減少や滞納をきっかけとした相談が目立ちました。"
        "関係機関との連携をさらに深め、早い段階で支援につなげることに力を入れました。",
    ),
    (
        "self_reliance",
        "self_reliance.activities.1",
        "新規相談者への支援",
        "新規相談件数は{self_reliance.new_consultations}件、支援計画の策定は"
        "{self_reliance.plans}件（うち再プラン{self_reliance.plans_revised}件）でした。"
        "相談者の話を丁寧に聞き取り、使える制度をわかりやすく説明することを心がけました。",
    ),
    (
        "self_reliance",
        "self_reliance.activities.2",
        "関係機関との連携",
        "関係機関からのつなぎは延べ{self_reliance.referrals_in}件でした。"
        "支援調整会議を毎月開き、役割分担を確認しながら支援を進めました。",
    ),
    (
        "self_reliance",
        "self_reliance.activities.3",
        "就労支援",
        "就職した方は{self_reliance.employed}人、就労による増収は{self_reliance.income_increased}人でした。"
        "無料職業紹介の利用は{self_reliance.job_placement.uses}回、紹介による就職は"
        "{self_reliance.job_placement.placements}件です。企業開拓は{self_reliance.job_placement.employers_developed}社に行いました。",
    ),
    (
        "self_reliance",
        "self_reliance.activities.4",
        "任意事業との連携",
        "就労準備支援の利用は{self_reliance.employment_preparation.users}人、学習支援教室へのつなぎは"
        "{self_reliance.learning_support.referrals}件、小学生訪問型学習・生活支援へのつなぎは"
        "{self_reliance.home_visit_learning.referrals}件、一時生活支援の利用は"
        "{self_reliance.temporary_living_support.users}人でした。",
    ),
    (
        "self_reliance",
        "self_reliance.activities.5",
        "食糧支援とひとり親世帯への支援",
        "食糧支援の新規利用者は{self_reliance.food_support.new_users}人、延べ"
        "{self_reliance.food_support.deliveries}回お届けしました。デリシャスフードキッズクラブの新規利用は"
        "{self_reliance.kids_food_club.new_users}件、生理用品の配布は{self_reliance.sanitary_products.recipients}人でした。",
    ),
    (
        "self_reliance",
        "self_reliance.activities.6",
        "ひきこもり状態にある方への支援",
        "ひきこもり支援調整会議で新たに{self_reliance.hikikomori_meeting.new_reviews}件を検討し、"
        "{self_reliance.hikikomori_meeting.monitoring_reviews}件のモニタリングを行いました。",
    ),
    (
        "household_budget",
        "household_budget.activities.1",
        "家計改善支援の実施状況",
        "新規相談は{household_budget.new_consultations}件、利用決定は{household_budget.use_decisions}件でした。"
        "相談者と一緒に家計表とキャッシュフロー表をつくり、分納の相談に同行しました。"
        "利用者が返済した金額は{household_budget.repayments_yen}円です。",
    ),
    (
        "household_budget",
        "household_budget.activities.2",
        "支援調整会議",
        "家計改善支援事業支援調整会議では新規{household_budget.coordination_meeting.new_reviews}名、"
        "モニタリング{household_budget.coordination_meeting.monitoring_reviews}名を検討しました。"
        "終結評価は{household_budget.closure_reviews}件でした。",
    ),
    (
        "disaster_recovery",
        "disaster_recovery.activities.1",
        "被災者への支援",
        "電話対応{disaster_recovery.activities.phone}件、訪問{disaster_recovery.activities.outreach}件、"
        "来所{disaster_recovery.activities.office_visit}件、関係機関との連携"
        "{disaster_recovery.activities.agency_liaison}件、地域・広報活動"
        "{disaster_recovery.activities.community_and_publicity}件を行いました。"
        "センターでの支援開始につないだ方は{disaster_recovery.referred_to_centre}人です。",
    ),
    (
        "outreach",
        "outreach.activities.1",
        "訪問による相談支援",
        "新規相談は{outreach.new_consultations}件、支援計画の作成は{outreach.plans}件でした。"
        "関係機関からのつなぎは延べ{outreach.referrals_in}件あり、保健師やスクールソーシャルワーカーと"
        "同行訪問を重ねました。",
    ),
    (
        "outreach",
        "outreach.activities.2",
        "ひきこもり支援調整会議",
        "毎月の会議で{outreach.hikikomori_meeting.new_reviews}件の新規検討と"
        "{outreach.hikikomori_meeting.monitoring_reviews}件のモニタリングを行いました。",
    ),
)
