"""The meeting printouts as PDFs: the agenda prints a person without consent by case number
only, the month calendar shows holidays and meetings, the activity table prints the month
lines and trainings as the report writes them; fonts travel inside every file."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.drafts import AgencyDraft, PlanDraft, StaffDraft
from app.domain.meeting_drafts import AttendeeDraft, MeetingDraft, ReviewDraft, TrainingDraft
from app.report.meeting_sheets import render_activity_table, render_agenda, render_month_calendar
from app.services.meetings import MeetingService
from tests.conftest import TODAY
from tests.report.test_case_sheets import assert_fonts_embedded, assert_no_markup, assert_numbered, pages_text, squeeze
from tests.services.conftest import intake_draft, person_draft

ORG = "社会福祉法人 架空福祉会　架空市生活自立相談支援センター"
PRINTED = date(2023, 6, 1)


@pytest.fixture
def meetings(ledger) -> MeetingService:
    return MeetingService(ledger, lambda: TODAY)


@pytest.fixture
def counsellor(services) -> int:
    return services.staff.add_staff(
        StaffDraft("川辺", "counsellor", "ひかる", family_kana="かわべ", given_kana="ひかる")
    )


@pytest.fixture
def agency(services) -> int:
    return services.agencies.add_agency(AgencyDraft("架空市役所", "government", department="生活福祉課"))


def _case(services, family: str, kana: str, phone: str, consent: bool):
    person = person_draft(family_name=family, family_kana=kana, phone_home=phone, phone_mobile="", email="")
    result = services.cases.open_case(
        intake_draft(
            person=person,
            programmes=("household_budget",),
            consent_given=consent,
            consent_on=date(2022, 4, 1) if consent else None,
        )
    )
    services.cases.change_status(result.case_id, "household_budget", "plan_draft", date(2022, 5, 1))
    return result


@pytest.fixture
def agenda_meeting(services, meetings, counsellor, agency):
    agreed = _case(services, "海野", "うみの", "086-300-0001", consent=True)
    refused = _case(services, "空井", "そらい", "086-300-0002", consent=False)
    services.cases.add_plan(PlanDraft(refused.case_id, "household_budget", date(2022, 5, 20),
                                      next_monitoring_on=date(2022, 5, 25)))  # fmt: skip
    mid = meetings.create_meeting(
        MeetingDraft(kind="budget_coordination", held_on=date(2022, 5, 30), title="家計改善支援事業 支援調整会議",
                     programme="household_budget", start_time=time(13, 0), end_time=time(15, 0),
                     place="センター相談室 <2F> & 会議室",
                     attendees=(AttendeeDraft(staff_id=counsellor), AttendeeDraft(agency_id=agency))))  # fmt: skip
    return mid, agreed, refused


def test_agenda_prints_a_person_without_consent_by_case_number_only(meetings, agenda_meeting) -> None:
    mid, agreed, refused = agenda_meeting
    agenda = meetings.agenda(mid, viewer_staff_id=None)
    out = io.BytesIO()
    pages = render_agenda(agenda, out, organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages == len(texts) >= 1
    whole = squeeze("".join(texts))
    assert "会議次第・検討ケース一覧" in whole and ORG.replace(" ", "").replace("\u3000", "") in whole
    assert agreed.case_no in whole and "海野みどり" in whole
    assert refused.case_no in whole and "空井" not in whole and "（同意なし）" in whole
    for heading in ("新規検討2件", "プラン承認1件", "モニタリング1件"):
        assert heading in whole, heading
    assert "センター相談室<2F>&会議室" in whole and "川辺ひかる" in whole and "架空市役所生活福祉課" in whole
    assert "同意のない方は、ケース番号のみを記載" in whole
    assert_fonts_embedded(out)
    assert_no_markup(texts)
    assert_numbered(texts)


def test_restricted_agenda_prints_no_cases(services, meetings, counsellor, tmp_path: Path) -> None:
    c = _case(services, "海野", "うみの", "086-300-0001", consent=True)
    mid = meetings.create_meeting(MeetingDraft(kind="support_council", held_on=date(2022, 7, 7), title="海野さんの件",
                                               programme="household_budget",
                                               attendees=(AttendeeDraft(staff_id=counsellor),)))  # fmt: skip
    meetings.set_reviews(mid, [ReviewDraft(c.case_id, "household_budget", "new_review", "秘密")],
                         editor_staff_id=counsellor)  # fmt: skip
    out = tmp_path / "agenda.pdf"
    render_agenda(meetings.agenda(mid, viewer_staff_id=None), out, organisation=ORG, printed_on=PRINTED)
    whole = squeeze("".join(pages_text(out)))
    assert "支援会議（内容は構成員のみ）" in whole and "海野" not in whole and c.case_no not in whole


def test_month_calendar(meetings, tmp_path: Path) -> None:
    meetings.create_meeting(MeetingDraft(kind="hikikomori_coordination", held_on=date(2023, 3, 21),
                                         title="ひきこもり支援調整会議", start_time=time(14, 0)))  # fmt: skip
    cancelled = meetings.create_meeting(MeetingDraft(kind="budget_coordination", held_on=date(2023, 3, 28),
                                                     title="家計改善 調整会議"))  # fmt: skip
    meetings.cancel_meeting(cancelled)
    meetings.save_training(TrainingDraft("アウトリーチ研修", date(2023, 3, 9), date(2023, 3, 10)))
    out = tmp_path / "march.pdf"
    pages = render_month_calendar(meetings.month(2023, 3, viewer_staff_id=None), out, organisation=ORG,
                                  printed_on=PRINTED)  # fmt: skip
    reader = PdfReader(out)
    assert pages == len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    whole = squeeze(reader.pages[0].extract_text())
    assert "会議予定2023年3月（令和5年3月）" in whole
    assert "春分の日" in whole and "14:00ひきこもり支援調整会議" in whole
    assert "家計改善調整会議（中止）" in whole and whole.count("アウトリーチ研修") == 2
    assert "ひきこもり支援調整会議" in whole and "研修" in whole  # the legend
    assert_fonts_embedded(out)
    assert_numbered(pages_text(out))


def test_activity_table(meetings, tmp_path: Path) -> None:
    for day in (5, 19):
        meetings.create_meeting(MeetingDraft(kind="recovery_centre", held_on=date(2022, 4, day),
                                             title="真備支え合いセンター ケース検討会議",
                                             programme="disaster_recovery"))  # fmt: skip
    meetings.save_training(TrainingDraft("被災者生活支援従事者研修", date(2022, 6, 14), organiser="架空県社協",
                                         summary="災害時のソーシャルワーク機能の強化", programme="disaster_recovery"))  # fmt: skip
    out = tmp_path / "activity.pdf"
    pages = render_activity_table(meetings.activity_table(2022, "disaster_recovery"), out, organisation=ORG,
                                  printed_on=PRINTED)  # fmt: skip
    texts = pages_text(out)
    assert pages == len(texts)
    whole = squeeze("".join(texts))
    assert "令和4年度（2022年度）" in whole and "被災者生活困窮自立支援事業" in whole
    assert "年間活動計画" in whole and "研修一覧表" in whole
    assert "・真備支え合いセンターケース検討会議（5日、19日）" in whole
    assert "・被災者生活支援従事者研修（14日）" in whole and "災害時のソーシャルワーク機能の強化" in whole
    assert "主催：架空県社協" in whole
    assert_fonts_embedded(out)
    assert_no_markup(texts)
