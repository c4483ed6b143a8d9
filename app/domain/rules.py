"""Per-draft validation rules: every check a form's input must pass before a service
writes it. Each ``validate_*`` adds to a ``Checker``; services call ``raise_if_any()``.

Field names in errors are the draft's attribute names (nested: ``person.birth_date``), so a
form can put each message next to its field.
"""

from __future__ import annotations

from datetime import date

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    EvaluationDraft,
    HouseholdMemberDraft,
    IntakeDraft,
    OutcomeDraft,
    PersonDraft,
    PlanDraft,
    ReferralDraft,
    ServiceUseDraft,
    StaffDraft,
)
from app.domain.validation import Checker

NAME_MAX = 100
TEXT_MAX = 20_000  # a long free text, still far below anything that could hurt the ledger
LINE_MAX = 300
MINUTES_MAX = 24 * 60


def validate_person(c: Checker, d: PersonDraft, today: date, prefix: str = "") -> None:
    p = prefix
    c.required(f"{p}family_name", "氏名（姓）", d.family_name)
    c.max_len(f"{p}family_name", "氏名（姓）", d.family_name, NAME_MAX)
    c.max_len(f"{p}given_name", "氏名（名）", d.given_name, NAME_MAX)
    c.reading(f"{p}family_kana", "ふりがな（姓）", d.family_kana)
    c.reading(f"{p}given_kana", "ふりがな（名）", d.given_kana)
    c.max_len(f"{p}family_kana", "ふりがな（姓）", d.family_kana, NAME_MAX)
    c.max_len(f"{p}given_kana", "ふりがな（名）", d.given_kana, NAME_MAX)
    c.date_range(f"{p}birth_date", "生年月日", d.birth_date, today=today)
    c.postal_code(f"{p}postal_code", "郵便番号", d.postal_code)
    c.max_len(f"{p}address", "住所", d.address, LINE_MAX)
    c.phone(f"{p}phone_home", "自宅電話", d.phone_home)
    c.phone(f"{p}phone_mobile", "携帯電話", d.phone_mobile)
    c.email(f"{p}email", "メール", d.email)
    c.max_len(f"{p}email", "メール", d.email, 254)
    c.max_len(f"{p}gender_note", "性別（その他）", d.gender_note, NAME_MAX)
    c.max_len(f"{p}preferred_language", "希望する言語", d.preferred_language, 60)
    c.max_len(f"{p}note", "備考", d.note, TEXT_MAX)


def validate_household_member(c: Checker, d: HouseholdMemberDraft, today: date) -> None:
    c.required("relationship", "続柄", d.relationship)
    c.max_len("name", "氏名", d.name, NAME_MAX)
    c.reading("name_kana", "ふりがな", d.name_kana)
    c.date_range("birth_date", "生年月日", d.birth_date, today=today)
    c.max_len("employment", "就労", d.employment, 200)
    c.max_len("health", "健康", d.health, 200)
    c.max_len("note", "備考", d.note, TEXT_MAX)


def validate_intake(c: Checker, d: IntakeDraft, today: date) -> None:
    c.required("received_on", "受付日", d.received_on)
    c.date_range("received_on", "受付日", d.received_on, today=today)
    c.required("method", "受付方法", d.method)
    c.required("route", "相談経路", d.route)
    if not d.programmes:
        c.add("programmes", "事業", "required", "事業を一つ以上選んでください")
    if len(set(d.programmes)) != len(d.programmes):
        c.add("programmes", "事業", "duplicate", "同じ事業が重複しています")
    if (d.person_id is None) == (d.person is None):
        c.add("person", "相談者", "required", "相談者を選ぶか、新しい相談者を入力してください")
    if d.person is not None:
        validate_person(c, d.person, today, prefix="person.")
    if d.route == "agency" and d.referring_agency_id is None:
        c.add(
            "referring_agency_id",
            "紹介元の関係機関",
            "required",
            "紹介元の関係機関を選んでください",
        )
    if d.primary_topic is not None and d.primary_topic not in d.topics:
        c.add(
            "primary_topic",
            "最も困っていること",
            "not_ticked",
            "最も困っていることは、チェックした相談内容から選んでください",
        )
    if d.topics and d.primary_topic is None and len(d.topics) > 1:
        c.add(
            "primary_topic",
            "最も困っていること",
            "required",
            "最も困っていることを一つ選んでください",
        )
    if "other" in d.topics:
        c.required("other_topic_text", "相談内容（その他）", d.other_topic_text)
    c.max_len("other_topic_text", "相談内容（その他）", d.other_topic_text, LINE_MAX)
    if d.consent_given:
        c.required("consent_on", "同意日", d.consent_on)
        c.date_range("consent_on", "同意日", d.consent_on, today=today)
    elif d.consent_on is not None:
        c.add("consent_on", "同意日", "no_consent", "同意がない場合は同意日を空欄にしてください")
    c.max_len("companion_name", "同伴者の氏名", d.companion_name, NAME_MAX)
    c.phone("companion_phone", "同伴者の電話", d.companion_phone)
    c.max_len("wishes", "本人の希望", d.wishes, TEXT_MAX)
    c.max_len("notes", "備考", d.notes, TEXT_MAX)
    c.max_len("certificate_note", "手帳・認定の内容", d.certificate_note, LINE_MAX)
    if d.disaster is not None:
        c.required("disaster.disaster_name", "災害名", d.disaster.disaster_name)
        c.max_len("disaster.disaster_name", "災害名", d.disaster.disaster_name, 200)
        c.date_range("disaster.disaster_on", "被災日", d.disaster.disaster_on, today=today)
        contact = d.disaster.recovery_centre_contact
        c.max_len("disaster.recovery_centre_contact", "復興支援センターの連絡先", contact, LINE_MAX)
        c.max_len("disaster.note", "被災状況の備考", d.disaster.note, TEXT_MAX)


def validate_contact(c: Checker, d: ContactDraft, today: date) -> None:
    c.required("contact_on", "日付", d.contact_on)
    c.date_range("contact_on", "日付", d.contact_on, today=today)
    c.required("method", "支援方法", d.method)
    c.required("programme", "事業", d.programme)
    if d.minutes is not None and not 0 <= d.minutes <= MINUTES_MAX:
        c.add("minutes", "所要時間", "range", "所要時間は0〜1440分で入力してください")
    c.max_len("content", "内容", d.content, TEXT_MAX)
    c.max_len("participants", "参加者", d.participants, LINE_MAX)
    c.max_len("next_action", "次回の対応", d.next_action, TEXT_MAX)


def validate_plan(c: Checker, d: PlanDraft, today: date) -> None:
    c.required("made_on", "作成日", d.made_on)
    c.date_range("made_on", "作成日", d.made_on, today=today)
    c.required("programme", "事業", d.programme)
    c.order("period_to", "プラン期間（終了）", d.period_from, d.period_to, "開始日")
    c.order("next_monitoring_on", "次回モニタリング日", d.made_on, d.next_monitoring_on, "作成日")
    c.date_range("city_decision_on", "市の支援決定日", d.city_decision_on, today=today)
    for name, label in (
        ("person_goal", "本人の目標"),
        ("short_term_goals", "短期目標"),
        ("person_actions", "本人の取り組み"),
        ("other_services", "他の制度・機関"),
    ):
        c.max_len(name, label, getattr(d, name), TEXT_MAX)
    for i, a in enumerate(d.supporter_actions):
        if not a.supporter.strip() and a.agency_id is None:
            c.add(f"supporter_actions.{i}.supporter", "支援者", "required", "支援者を入力してください")
        c.max_len(f"supporter_actions.{i}.supporter", "支援者", a.supporter, 200)
        c.required(f"supporter_actions.{i}.action", "支援内容", a.action)
        c.max_len(f"supporter_actions.{i}.action", "支援内容", a.action, TEXT_MAX)


def validate_referral(c: Checker, d: ReferralDraft, today: date) -> None:
    if d.direction not in ("in", "out"):
        c.add("direction", "つなぎの方向", "invalid", "つなぎの方向は「受」か「送」です")
    c.required("referred_on", "つなぎ日", d.referred_on)
    c.date_range("referred_on", "つなぎ日", d.referred_on, today=today)
    c.max_len("purpose", "目的", d.purpose, TEXT_MAX)
    c.max_len("result", "結果", d.result, TEXT_MAX)


def validate_outcome(c: Checker, d: OutcomeDraft, today: date) -> None:
    c.required("occurred_on", "日付", d.occurred_on)
    c.date_range("occurred_on", "日付", d.occurred_on, today=today)
    if d.kind not in ("employed", "income_increase"):
        c.add("kind", "成果の種類", "invalid", "成果の種類は「就職」か「増収」です")
    if d.kind == "income_increase":
        if d.increase_yen is None or d.increase_yen <= 0:
            c.add("increase_yen", "増収額（月額）", "required", "増収額（月額）を1円以上で入力してください")
        elif d.increase_yen > 10_000_000:
            c.add("increase_yen", "増収額（月額）", "range", "増収額（月額）が大きすぎます（1,000万円まで）")
    elif d.increase_yen is not None:
        c.add("increase_yen", "増収額（月額）", "not_income", "増収額は「増収」のときだけ入力します")
    c.max_len("employer_name", "就職先", d.employer_name, 200)
    c.max_len("note", "備考", d.note, TEXT_MAX)


def validate_service_use(c: Checker, d: ServiceUseDraft, today: date) -> None:
    c.required("service", "利用する事業", d.service)
    c.required("started_on", "利用開始日", d.started_on)
    c.date_range("started_on", "利用開始日", d.started_on, today=today)
    c.date_range("ended_on", "利用終了日", d.ended_on, today=today)
    c.order("ended_on", "利用終了日", d.started_on, d.ended_on, "利用開始日")
    c.max_len("result", "結果", d.result, TEXT_MAX)


def validate_evaluation(c: Checker, d: EvaluationDraft, today: date) -> None:
    c.required("evaluated_on", "評価日", d.evaluated_on)
    c.date_range("evaluated_on", "評価日", d.evaluated_on, today=today)
    if d.kind not in ("monitoring", "closure"):
        c.add("kind", "評価の種類", "invalid", "評価の種類はモニタリングか終結評価です")
    if d.level is not None and not 1 <= d.level <= 5:
        c.add("level", "評価", "range", "評価は①〜⑤から選んでください")
    if d.level is not None and d.extended:
        c.add("extended", "事業延長", "conflict", "事業延長の場合は①〜⑤の評価を付けません")
    if d.kind == "closure" and d.level is None and not d.extended:
        c.add("level", "評価", "required", "終結評価は①〜⑤か事業延長を選んでください")
    if d.kind == "monitoring" and (d.level is not None or d.extended):
        c.add("level", "評価", "monitoring", "モニタリングでは①〜⑤の評価や事業延長を付けません")
    c.max_len("comment", "所見", d.comment, TEXT_MAX)


def validate_agency(c: Checker, d: AgencyDraft) -> None:
    c.required("name", "機関名", d.name)
    c.max_len("name", "機関名", d.name, 200)
    c.required("kind", "種別", d.kind)
    c.reading("name_kana", "ふりがな", d.name_kana)
    c.max_len("department", "部署", d.department, 200)
    c.phone("phone", "電話", d.phone)
    c.max_len("contact_person", "担当者", d.contact_person, 200)
    c.max_len("address", "住所", d.address, LINE_MAX)
    c.max_len("note", "備考", d.note, TEXT_MAX)


def validate_staff(c: Checker, d: StaffDraft) -> None:
    c.required("family_name", "氏名（姓）", d.family_name)
    c.max_len("family_name", "氏名（姓）", d.family_name, NAME_MAX)
    c.max_len("given_name", "氏名（名）", d.given_name, NAME_MAX)
    c.reading("family_kana", "ふりがな（姓）", d.family_kana)
    c.reading("given_kana", "ふりがな（名）", d.given_kana)
    c.required("role", "職種", d.role)
    c.max_len("qualifications", "資格", d.qualifications, TEXT_MAX)
