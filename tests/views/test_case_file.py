"""The case file as a counsellor uses it: read the timeline, add a contact from the keyboard,
narrow the timeline by kind, and see a rejected date under its field."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.drafts import (
    AgencyDraft,
    ContactDraft,
    IntakeDraft,
    PersonDraft,
    PlanDraft,
    ReferralDraft,
    StaffDraft,
)
from app.qt.messages import RecordingPresenter
from app.services.case_timeline import CaseTimelineService
from app.views.intake.case_file import CaseFileView
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture
def made(gui_services):
    """A case of 森川 さくら (invented) opened 2023-04-03, with a referral in on the same day,
    a phone contact on 04-10 and a first plan on 05-01."""
    s = gui_services
    staff = s.staff.add_staff(StaffDraft("相田", "counsellor", "花子", "あいだ", "はなこ"))
    agency = s.agencies.add_agency(AgencyDraft("架空市役所", "government", department="納税課"))
    case = s.cases.open_case(
        IntakeDraft(
            received_on=date(2023, 4, 3), method="phone", route="self", programmes=("self_reliance",),
            counsellor_id=staff, person=PersonDraft("森川", "さくら", "もりかわ", "さくら", birth_date=date(1988, 2, 9)),
        )
    )  # fmt: skip
    s.cases.record_referral(
        ReferralDraft(case.person_id, "self_reliance", "in", date(2023, 4, 3), agency, purpose="滞納の相談で紹介")
    )
    s.cases.add_contact(
        ContactDraft(case.case_id, "self_reliance", date(2023, 4, 10), "phone", "家計の状況を聞き取り",
                     contact_at=time(14, 0), staff_id=staff, minutes=30)
    )  # fmt: skip
    s.cases.add_plan(PlanDraft(case.case_id, "self_reliance", date(2023, 5, 1), person_goal="滞納を解消する"))
    return case, staff


@pytest.fixture
def view(ja_app, qtbot, gui_services, made):
    timeline = CaseTimelineService(gui_services.ledger, lambda: SCREEN_TODAY)
    v = CaseFileView(
        gui_services.cases, timeline, gui_services.codes, lambda: SCREEN_TODAY, RecordingPresenter(), staff_id=made[1]
    )
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show_case(made[0].case_id)
    return v


def cells(v: CaseFileView) -> list[list[str]]:
    m = v.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_timeline_shows_the_case_newest_first(view) -> None:
    assert view.header.name_label.text() == "森川 さくら"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["日付", "種類", "内容", "担当"]
    assert cells(view) == [
        ["2023-05-01", "プラン", "プラン（初回）　【自立相談】滞納を解消する", ""],
        ["2023-04-10 14:00", "経過", "電話（自立相談）　家計の状況を聞き取り", "相田 花子"],
        ["2023-04-03", "つなぎ", "関係機関から: 架空市役所 納税課　滞納の相談で紹介", ""],
    ]


def test_quick_add_from_the_keyboard(view, qtbot, gui_services, made) -> None:
    form = view.quick_add
    assert form.date_edit.text() == "2023-06-01"
    assert form.method_combo.currentText() == "電話"
    assert form.programme_combo.currentText() == "自立相談"
    qtbot.keyClicks(form.time_edit, "9:30")
    commit_text(form.content_edit, "ハローワークへの同行を調整")
    with qtbot.waitSignal(form.sig_saved):
        qtbot.keyClick(form.content_edit, Qt.Key.Key_Return, CTRL)
    stored = CaseTimelineService(gui_services.ledger).timeline(made[0].case_id, frozenset({"contact"}))
    assert (stored[0].on, stored[0].at, stored[0].detail, stored[0].staff) == (
        date(2023, 6, 1), time(9, 30), "ハローワークへの同行を調整", "相田 花子"
    )  # fmt: skip
    assert cells(view)[0] == ["2023-06-01 09:30", "経過", "電話（自立相談）　ハローワークへの同行を調整", "相田 花子"]
    assert view.table.currentIndex().row() == 0
    # ready for the next one: content cleared, date and method kept
    assert form.content_edit.toPlainText() == ""
    assert form.date_edit.text() == "2023-06-01"
    assert form.method_combo.currentText() == "電話"


def test_kind_filter_narrows_the_rows(view, qtbot) -> None:
    buttons = {b.text(): b for b, _k in view.filters}
    assert list(buttons) == ["すべて", "経過", "つなぎ", "プラン", "成果", "サービス", "訪問", "会議"]
    qtbot.mouseClick(buttons["経過"], Qt.MouseButton.LeftButton)
    assert [row[1] for row in cells(view)] == ["経過"]
    qtbot.mouseClick(buttons["会議"], Qt.MouseButton.LeftButton)
    assert cells(view) == []
    qtbot.mouseClick(buttons["すべて"], Qt.MouseButton.LeftButton)
    assert len(cells(view)) == 3


def test_a_future_date_is_refused_under_the_field(view, qtbot, gui_services, made) -> None:
    form = view.quick_add
    form.date_edit.clear()
    qtbot.keyClicks(form.date_edit, "2099-01-01")
    commit_text(form.content_edit, "未来の記録")
    qtbot.keyClick(form.content_edit, Qt.Key.Key_Return, CTRL)
    assert form.error_text("contact_on") == "日付に未来の日付は入力できません"
    assert form.content_edit.toPlainText() == "未来の記録"  # kept for correcting
    stored = CaseTimelineService(gui_services.ledger).timeline(made[0].case_id, frozenset({"contact"}))
    assert len(stored) == 1
    assert len(cells(view)) == 3


def test_a_bad_time_is_refused(view, qtbot) -> None:
    qtbot.keyClicks(view.quick_add.time_edit, "25")
    qtbot.keyClick(view.quick_add.time_edit, Qt.Key.Key_S, CTRL)
    assert view.quick_add.error_text("contact_at") == "時刻は HH:MM で入力してください"
    assert len(cells(view)) == 3


def test_keyboard_focus_and_back(view, qtbot) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.quick_add.content_edit.hasFocus()
    with qtbot.waitSignal(view.sig_back):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)


def test_screenshot(view, qtbot) -> None:
    view.show()
    qtbot.waitExposed(view)
    commit_text(view.quick_add.content_edit, "家賃の分納について納税課と協議する予定を伝えた")
    qtbot.keyClick(view.quick_add.content_edit, Qt.Key.Key_Return, CTRL)
    SHOTS.mkdir(exist_ok=True)
    assert view.grab().save(str(SHOTS / "case_file.png"))
