"""The case header shows who the case is about, at a glance."""

from __future__ import annotations

from datetime import date

from app.domain.drafts import DisasterDraft, IntakeDraft, PersonDraft, StaffDraft
from app.views.intake.case_header import CaseHeaderView
from tests.views.conftest import SCREEN_TODAY


def test_header_shows_the_case(ja_app, qtbot, gui_services) -> None:
    staff = gui_services.staff.add_staff(StaffDraft("相田", "counsellor", "花子", "あいだ", "はなこ"))
    made = gui_services.cases.open_case(
        IntakeDraft(
            received_on=date(2022, 4, 1), method="phone", route="self",
            programmes=("self_reliance", "household_budget"), counsellor_id=staff,
            person=PersonDraft("山野", "みどり", "ヤマノ", "ミドリ", birth_date=date(1970, 5, 3)),
            disaster=DisasterDraft("平成30年7月豪雨", date(2018, 7, 6)),
        )
    )  # fmt: skip
    header = CaseHeaderView(gui_services.cases, lambda: SCREEN_TODAY)
    qtbot.addWidget(header)
    assert header.name_label.text() == "ケースが選ばれていません"
    assert not header.new_intake_button.isEnabled()
    header.show_case(made.case_id)
    assert header.name_label.text() == "山野 みどり"
    assert header.kana_label.text() == "やまの みどり"
    assert header.age_label.text() == "53歳（昭和45年5月3日生）"
    assert header.case_no_label.text() == f"2022-00001（{made.person_no}）"
    assert header.opened_label.text() == "2022-04-01（令和4年4月1日）"
    assert header.counsellor_label.text() == "相田 花子"
    assert (
        header.programmes_label.text() == "生活困窮者自立相談支援事業: 相談受付\n生活困窮者家計改善支援事業: 相談受付"
    )
    assert header.disaster_label.text() == "平成30年7月豪雨"
    with qtbot.waitSignal(header.sig_new_intake_for_person) as sig:
        header.new_intake_button.click()
    assert sig.args == [made.person_id]
