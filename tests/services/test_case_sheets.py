"""What the case file prints: the intake sheet, a plan and the contact history, as plain rows
with every label resolved (fictional people only)."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from sqlalchemy import delete, event, select

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    DisasterDraft,
    HouseholdMemberDraft,
    PersonDraft,
    PlanDraft,
    StaffDraft,
    SupporterActionDraft,
)
from app.domain.errors import NotFoundError
from app.models import Code, Intake, Meeting
from app.services.case_sheets import CaseSheetService, ContactHistory, IntakeSheet, PlanSheet
from tests.services.conftest import intake_draft

TOPIC_LABELS = [
    "病気や健康、障害", "住まい", "収入・生活費", "家賃やローンの支払い", "税金や公共料金等の支払い", "債務",
    "仕事探し、就職", "仕事上の不安やトラブル", "地域との関係", "家族との関係", "子育て", "介護",
    "ひきこもり・不登校", "DV・虐待", "食べるものがない", "その他",
]  # fmt: skip

HANAKO = PersonDraft(
    "山田", "花子", "やまだ", "はなこ", gender="female", birth_date=date(1978, 11, 23), postal_code="7100001",
    address="岡山県架空市緑町3-4-5", phone_home="086-123-4567", phone_mobile="090-9876-5432",
    email="hanako@example.jp",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Made:
    case_id: int
    case_no: str
    person_id: int
    plan_id: int
    replan_id: int
    staff: int
    agency: int
    contacts: tuple[int, ...]  # in the order they were added


def make_case(services, ledger) -> Made:
    """山田 花子 (invented): intake 2022-04-12 into 自立相談 and 家計改善 via 架空市役所, two
    household members, a disaster, a first plan approved at a meeting, a re-plan and four
    contacts (added out of order)."""
    staff = services.staff.add_staff(StaffDraft("川辺", "counsellor", "ひかる", "かわべ", "ひかる"))
    budget = services.staff.add_staff(StaffDraft("森田", "budget_advisor", "さとし", "もりた", "さとし"))
    city = services.agencies.add_agency(
        AgencyDraft("架空市役所", "government", name_kana="かくうしやくしょ", department="生活福祉課")
    )
    hw = services.agencies.add_agency(AgencyDraft("架空公共職業安定所", "employment", name_kana="かくうこうきょう"))
    case = services.cases.open_case(
        intake_draft(
            person=HANAKO, received_on=date(2022, 4, 12), received_at=time(10, 30), received_by_id=staff,
            counsellor_id=staff, method="with_agency", route="agency", referring_agency_id=city,
            programmes=("self_reliance", "household_budget"), topics=("income", "rent_loan", "debt", "other"),
            primary_topic="rent_loan", other_topic_text="子どもの進学費用", wishes="家賃の滞納を解消したい。\n仕事も探したい。",
            consent_given=True, consent_on=date(2022, 4, 12), companion_name="佐藤 一郎", companion_phone="086-000-1111",
            companion_relationship="acquaintance", work_status="part_time", housing_status="rented",
            health_insurance="national", pension="exempt", certificate="applying", certificate_note="精神保健福祉手帳",
            welfare_history="past", notes="午後の面談を希望",
            disaster=DisasterDraft("平成30年7月豪雨", date(2018, 7, 7), "large_half", "deemed_temporary", "復興支援センター"),
        )
    )  # fmt: skip
    services.people.add_household_member(
        case.person_id, HouseholdMemberDraft("child", "山田 翔太", "やまだ しょうた", date(2006, 5, 3), True, "高校生")
    )
    services.people.add_household_member(
        case.person_id,
        HouseholdMemberDraft("mother", "鈴木 和子", "すずき かずこ", date(1950, 2, 1), False, "年金生活"),
    )
    with ledger.transaction() as s:
        kind = s.scalar(select(Code.id).where(Code.kind == "meeting_kind", Code.code == "regular_coordination"))
        meeting = Meeting(kind_id=kind, title="定例支援調整会議（5月）", held_on=date(2022, 5, 17), status="held")
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    plan = services.cases.add_plan(
        PlanDraft(
            case.case_id, "self_reliance", date(2022, 5, 10), person_goal="今の家で暮らし続ける",
            short_term_goals="① 分割納付の合意", person_actions="家計表をつける", other_services="民生委員",
            issues=("economic", "debt"), menus=("self_reliance", "housing_benefit"),
            supporter_actions=(
                SupporterActionDraft("川辺（相談支援員）", "家主との協議に同行", None, date(2022, 6, 30)),
                SupporterActionDraft("就職支援ナビゲーター", "求人の紹介", hw),
            ),
            employment_support=True, period_from=date(2022, 5, 10), period_to=date(2022, 10, 31),
            next_monitoring_on=date(2022, 8, 10), approved_meeting_id=meeting_id, city_decision_on=date(2022, 5, 20),
            staff_id=staff,
        )
    )  # fmt: skip
    replan = services.cases.add_plan(PlanDraft(case.case_id, "self_reliance", date(2022, 11, 1), person_goal="就職"))
    contacts = (
        _contact(services, case.case_id, date(2022, 4, 20), time(14, 0), "家主へ電話", staff_id=staff, method="phone"),
        _contact(
            services,
            case.case_id,
            date(2022, 4, 13),
            None,
            "家計表を確認",
            staff_id=budget,
            programme="household_budget",
            participants="本人、長男",
            agency_ids=(city,),
            minutes=45,
            next_action="来週も家計表を持参",
        ),
        _contact(
            services,
            case.case_id,
            date(2022, 4, 20),
            time(9, 30),
            "ハローワークへ同行",
            method="accompany",
            agency_ids=(hw, city),
        ),
        _contact(services, case.case_id, date(2022, 4, 20), None, "長い記録：" + "眠れない日が続く。" * 40),
    )
    return Made(case.case_id, case.case_no, case.person_id, plan, replan, staff, city, contacts)


def _contact(services, case_id: int, on: date, at: time | None, content: str, **kw) -> int:
    return services.cases.add_contact(
        ContactDraft(case_id, kw.pop("programme", "self_reliance"), on, kw.pop("method", "office"), content,
                     contact_at=at, **kw)
    )  # fmt: skip


@pytest.fixture
def sheets(ledger) -> CaseSheetService:
    return CaseSheetService(ledger, lambda: date(2023, 6, 1))


@pytest.fixture
def made(services, ledger) -> Made:
    return make_case(services, ledger)


def test_intake_sheet_has_the_person_household_and_every_intake_item(sheets, made) -> None:
    sheet = sheets.intake_sheet(made.case_id)
    assert isinstance(sheet, IntakeSheet)
    assert (sheet.case_no, sheet.counsellor, sheet.has_intake) == (made.case_no, "川辺 ひかる", True)
    p = sheet.person
    assert (p.name, p.kana, p.gender, p.birth_date) == ("山田 花子", "やまだ はなこ", "女性", date(1978, 11, 23))
    assert p.age == 43  # on the intake date, not today
    assert (p.postal_code, p.phone_home, p.phone_mobile) == ("7100001", "086-123-4567", "090-9876-5432")
    assert [(m.relationship, m.name, m.age, m.lives_together) for m in sheet.household] == [
        ("子", "山田 翔太", 15, True),
        ("母", "鈴木 和子", 72, False),
    ]
    assert (sheet.received_on, sheet.received_at, sheet.received_by) == (date(2022, 4, 12), time(10, 30), "川辺 ひかる")
    assert (sheet.method, sheet.route, sheet.referring_agency) == (
        "関係機関同行",
        "関係機関からの紹介",
        "架空市役所 生活福祉課",
    )
    assert sheet.programmes == ("生活困窮者自立相談支援事業", "生活困窮者家計改善支援事業")
    assert [t.label for t in sheet.topics] == TOPIC_LABELS
    assert [t.label for t in sheet.topics if t.ticked] == ["収入・生活費", "家賃やローンの支払い", "債務", "その他"]
    assert [t.label for t in sheet.topics if t.primary] == ["家賃やローンの支払い"]
    assert (sheet.other_topic_text, sheet.wishes) == ("子どもの進学費用", "家賃の滞納を解消したい。\n仕事も探したい。")
    assert (sheet.consent_given, sheet.consent_on) == (True, date(2022, 4, 12))
    assert (sheet.companion_name, sheet.companion_relationship) == ("佐藤 一郎", "知人・友人")
    assert (sheet.work_status, sheet.housing_status, sheet.health_insurance, sheet.pension) == (
        "パート・派遣等",
        "借家",
        "国民健康保険",
        "免除・猶予",
    )
    assert (sheet.certificate, sheet.certificate_note, sheet.welfare_history) == (
        "申請中",
        "精神保健福祉手帳",
        "過去に受給",
    )
    assert sheet.notes == "午後の面談を希望"
    assert sheet.disaster is not None
    assert (sheet.disaster.name, sheet.disaster.damage_level, sheet.disaster.housing) == (
        "平成30年7月豪雨",
        "大規模半壊",
        "みなし仮設",
    )


def test_intake_sheet_rows_are_frozen_plain_data(sheets, made) -> None:
    sheet = sheets.intake_sheet(made.case_id)
    with pytest.raises(dataclasses.FrozenInstanceError):
        sheet.case_no = "x"  # type: ignore[misc]
    for value in (sheet, sheet.person, *sheet.household, *sheet.topics, sheet.disaster):
        assert dataclasses.is_dataclass(value)


def test_intake_sheet_of_a_plain_case_and_of_a_case_without_intake(services, ledger, sheets) -> None:
    case = services.cases.open_case(
        intake_draft(person=PersonDraft("架空", "たろう", gender="other", gender_note="回答しない"))
    )
    sheet = sheets.intake_sheet(case.case_id)
    assert (sheet.disaster, sheet.household, sheet.person.birth_date, sheet.person.age) == (None, (), None, None)
    assert sheet.person.gender == "その他（回答しない）"
    assert [t.label for t in sheet.topics if t.ticked] == ["収入・生活費"]
    assert [t.label for t in sheet.topics if t.primary] == ["収入・生活費"]  # the only topic is the most pressing
    with ledger.transaction() as s:
        s.execute(delete(Intake).where(Intake.case_id == case.case_id))
    bare = sheets.intake_sheet(case.case_id)
    assert (bare.has_intake, bare.received_on, bare.method) == (False, date(2022, 4, 1), "")
    assert len(bare.topics) == 16 and not any(t.ticked for t in bare.topics)


def test_retired_topic_prints_only_where_it_was_ticked(services, sheets, code_id) -> None:
    ticked = services.cases.open_case(intake_draft(topics=("income", "care"), primary_topic="care"))
    plain = services.cases.open_case(intake_draft(topics=("income",), person=PersonDraft("架空", "じろう")))
    services.codes.retire_code(code_id("consult_topic", "care"), date(2023, 1, 1))
    assert "介護" in [t.label for t in sheets.intake_sheet(ticked.case_id).topics if t.ticked]
    assert "介護" not in [t.label for t in sheets.intake_sheet(plain.case_id).topics]


def test_plan_sheet(sheets, made) -> None:
    sheet = sheets.plan_sheet(made.plan_id)
    assert isinstance(sheet, PlanSheet)
    assert (sheet.case_no, sheet.person_name, sheet.person_kana) == (made.case_no, "山田 花子", "やまだ はなこ")
    assert (sheet.programme, sheet.revision_no, sheet.revision_label) == ("生活困窮者自立相談支援事業", 0, "初回")
    assert (sheet.made_on, sheet.staff, sheet.period_from, sheet.period_to) == (
        date(2022, 5, 10),
        "川辺 ひかる",
        date(2022, 5, 10),
        date(2022, 10, 31),
    )
    assert (sheet.person_goal, sheet.short_term_goals, sheet.person_actions, sheet.other_services) == (
        "今の家で暮らし続ける",
        "① 分割納付の合意",
        "家計表をつける",
        "民生委員",
    )
    assert [t.label for t in sheet.issues if t.ticked] == ["経済的困窮", "債務"]
    assert len(sheet.issues) == 20
    assert [t.label for t in sheet.menus if t.ticked] == ["自立相談支援", "住居確保給付金"]
    assert len(sheet.menus) == 7
    assert [(a.supporter, a.agency, a.action, a.due_on) for a in sheet.supporter_actions] == [
        ("川辺（相談支援員）", "", "家主との協議に同行", date(2022, 6, 30)),
        ("就職支援ナビゲーター", "架空公共職業安定所", "求人の紹介", None),
    ]
    assert sheet.employment_support is True
    assert (sheet.next_monitoring_on, sheet.meeting_on, sheet.meeting_kind, sheet.city_decision_on) == (
        date(2022, 8, 10),
        date(2022, 5, 17),
        "定例支援調整会議",
        date(2022, 5, 20),
    )


def test_replan_sheet_is_numbered_and_may_be_nearly_empty(sheets, made) -> None:
    sheet = sheets.plan_sheet(made.replan_id)
    assert (sheet.revision_no, sheet.revision_label, sheet.person_goal) == (1, "再プラン 1", "就職")
    assert (sheet.staff, sheet.meeting_on, sheet.meeting_kind, sheet.supporter_actions) == ("", None, "", ())
    assert not any(t.ticked for t in sheet.issues)


def test_contact_history_oldest_first_in_full(sheets, made) -> None:
    history = sheets.contact_history(made.case_id)
    assert isinstance(history, ContactHistory)
    assert (history.case_no, history.person_name, history.counsellor) == (made.case_no, "山田 花子", "川辺 ひかる")
    assert history.programmes == ("自立相談", "家計改善")
    assert (history.date_from, history.date_to) == (None, None)
    c = made.contacts
    # by date, then time with "no time" first, then id
    assert [line.id for line in history.contacts] == [c[1], c[3], c[2], c[0]]
    first = history.contacts[0]
    assert (first.on, first.at, first.method, first.programme) == (date(2022, 4, 13), None, "来所", "家計改善")
    assert (first.participants, first.agencies, first.staff, first.minutes, first.next_action) == (
        "本人、長男",
        ("架空市役所 生活福祉課",),
        "森田 さとし",
        45,
        "来週も家計表を持参",
    )
    assert history.contacts[1].content == "長い記録：" + "眠れない日が続く。" * 40  # never cut
    assert history.contacts[2].agencies == ("架空公共職業安定所", "架空市役所 生活福祉課")  # 五十音
    assert (history.contacts[3].method, history.contacts[3].at) == ("電話", time(14, 0))


def test_contact_history_period_and_other_cases(services, sheets, made) -> None:
    other = services.cases.open_case(intake_draft(person=PersonDraft("架空", "さぶろう")))
    _contact(services, other.case_id, date(2022, 4, 20), None, "別の人の記録")
    only_20th = sheets.contact_history(made.case_id, date(2022, 4, 20), date(2022, 4, 20))
    assert {line.on for line in only_20th.contacts} == {date(2022, 4, 20)}
    assert len(only_20th.contacts) == 3
    assert (only_20th.date_from, only_20th.date_to) == (date(2022, 4, 20), date(2022, 4, 20))
    assert [line.on for line in sheets.contact_history(made.case_id, date_to=date(2022, 4, 19)).contacts] == [
        date(2022, 4, 13)
    ]
    assert [line.content for line in sheets.contact_history(other.case_id).contacts] == ["別の人の記録"]
    assert sheets.contact_history(made.case_id, date(2023, 1, 1)).contacts == ()


def test_contact_history_reads_a_fixed_number_of_queries(services, ledger, sheets, made) -> None:
    def selects_for_history() -> int:
        statements: list[str] = []

        def record(*args) -> None:
            statements.append(args[2])

        event.listen(ledger.engine, "before_cursor_execute", record)
        try:
            sheets.contact_history(made.case_id)
        finally:
            event.remove(ledger.engine, "before_cursor_execute", record)
        return sum(1 for st in statements if st.lstrip().upper().startswith("SELECT"))

    few = selects_for_history()
    for d in range(1, 31):
        _contact(services, made.case_id, date(2022, 6, d), time(10, 0), f"{d}日の記録", staff_id=made.staff,
                 agency_ids=(made.agency,))  # fmt: skip
    assert selects_for_history() == few <= 8
    assert len(sheets.contact_history(made.case_id).contacts) == 34


def test_unknown_ids_are_not_found(sheets) -> None:
    with pytest.raises(NotFoundError):
        sheets.intake_sheet(999_999)
    with pytest.raises(NotFoundError):
        sheets.plan_sheet(999_999)
    with pytest.raises(NotFoundError):
        sheets.contact_history(999_999)
