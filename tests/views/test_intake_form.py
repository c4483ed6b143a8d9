"""The new-intake form as a counsellor uses it on the phone: typed from the keyboard, checked
on the screen and in the ledger (read back through the services)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.domain.drafts import AgencyDraft, IntakeDraft, PersonDraft, StaffDraft
from app.models import Code, Intake
from app.qt.drafts import DraftStore
from app.qt.messages import RecordingPresenter
from app.services.case_queries import CaseFilter
from app.views.intake.intake_form import IntakeForm
from tests.views.conftest import SCREEN_TODAY, commit_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
RESTORE_QUESTION = ("question", "保存されていない受付", "前回保存されていない受付の下書きがあります。復元しますか？")


@pytest.fixture
def staff_id(gui_services) -> int:
    return gui_services.staff.add_staff(
        StaffDraft(family_name="相田", given_name="花子", role="counsellor", family_kana="あいだ", given_kana="はなこ")
    )


@pytest.fixture
def draft_path(tmp_path: Path) -> Path:
    return tmp_path / "drafts" / "intake.json"


@pytest.fixture
def make_form(ja_app, qtbot, gui_services, staff_id, draft_path) -> Callable[..., IntakeForm]:
    """A shown, active form; ``presenter`` answers questions in tests of the draft."""

    def make(presenter: RecordingPresenter | None = None) -> IntakeForm:
        form = IntakeForm(
            cases=gui_services.cases,
            people=gui_services.people,
            codes=gui_services.codes,
            agencies=gui_services.agencies,
            staff=gui_services.staff,
            today=lambda: SCREEN_TODAY,
            presenter=presenter or RecordingPresenter(),
            drafts=DraftStore(draft_path),
            staff_id=staff_id,
        )
        qtbot.addWidget(form)
        form.resize(1280, 800)
        with qtbot.waitActive(form):
            form.show()
            form.activateWindow()
        return form

    return make


def _f(form: IntakeForm, key: str) -> QWidget:
    return form.sections.fields[key]


def _type(qtbot, form: IntakeForm, key: str, text: str, *, tab: bool = True) -> None:
    """Type into a field (Japanese as an IME commit, ASCII as keys), then Tab out of it."""
    w = _f(form, key)
    w.setFocus()
    if text.isascii():
        qtbot.keyClicks(w, text)
    else:
        commit_text(w, text)
    if tab:
        qtbot.keyClick(w, Qt.Key.Key_Tab)


def _choose(qtbot, form: IntakeForm, key: str, label: str) -> None:
    """Pick an item of a combo with the arrow keys."""
    combo = _f(form, key)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{label} not in {key}")


def _tick(qtbot, form: IntakeForm, key: str, *codes: str) -> None:
    for code in codes:
        box = _f(form, key).boxes[code]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)


def _save_with_ctrl_s(qtbot, form: IntakeForm) -> None:
    qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_S, CTRL)


def _type_yamano(qtbot, form: IntakeForm) -> None:
    _type(qtbot, form, "person.family_name", "山野")
    _type(qtbot, form, "person.given_name", "みどり")
    _type(qtbot, form, "person.family_kana", "ヤマノ")
    _type(qtbot, form, "person.given_kana", "ミドリ")
    _type(qtbot, form, "person.birth_date", "S45.5.3")


def _intake_topics(services) -> list[tuple[list[str], str | None]]:
    with services.ledger.reading() as s:
        out = []
        for intake in s.scalars(select(Intake).order_by(Intake.id)):
            primary = s.get(Code, intake.primary_topic_id).code if intake.primary_topic_id else None
            out.append(([c.code for c in intake.topics], primary))
        return out


def _open_case_for_yamano(services) -> str:
    person = PersonDraft(
        "山野", "みどり", "やまの", "みどり", birth_date=date(1970, 5, 3), phone_mobile="090-1111-2222"
    )
    draft = IntakeDraft(date(2020, 7, 1), "office", "self", ("self_reliance",), person=person)
    return services.cases.open_case(draft).person_no


# ---- scene 1: the phone call ---------------------------------------------------------------
def test_phone_call_intake_is_saved_with_ctrl_s(qtbot, make_form, gui_services, draft_path) -> None:
    form = make_form()
    assert _f(form, "received_on").text() == "2023-06-01"
    assert _f(form, "received_by_id").currentText() == "相田 花子"
    assert _f(form, "programmes").boxes["self_reliance"].isChecked()
    _type_yamano(qtbot, form)
    assert _f(form, "person.birth_date").text() == "1970-05-03"
    assert _f(form, "person.birth_date").hint_label().text() == "昭和45年5月3日"
    assert form.sections.age_label.text() == "（53歳）"
    _type(qtbot, form, "person.phone_mobile", "090-1234-5678")
    assert form.banner.isHidden(), "nobody like her is registered"
    _choose(qtbot, form, "method", "電話")
    _choose(qtbot, form, "route", "本人")
    _tick(qtbot, form, "topics", "income", "tax_utilities", "no_food")
    primary = _f(form, "primary_topic")
    assert [primary.itemText(i) for i in range(primary.count())] == [
        "",
        "収入・生活費",
        "税金や公共料金等の支払い",
        "食べるものがない",
    ]
    primary.setFocus()
    qtbot.keyClick(primary, Qt.Key.Key_End)
    assert primary.currentText() == "食べるものがない"

    with qtbot.waitSignal(form.sig_saved) as saved:
        _save_with_ctrl_s(qtbot, form)

    result = saved.args[0]
    [row] = gui_services.cases.list_cases(CaseFilter())
    assert (row.case_no, row.person_name, row.opened_on) == (result.case_no, "山野 みどり", SCREEN_TODAY)
    person = gui_services.people.get_person(row.person_id)
    assert (person.family_kana, person.given_kana) == ("やまの", "みどり"), "katakana stored as hiragana"
    assert person.birth_date == date(1970, 5, 3)
    assert person.phone_mobile == "090-1234-5678"
    assert _intake_topics(gui_services) == [(["income", "tax_utilities", "no_food"], "no_food")]
    # ready for the next call
    assert _f(form, "person.family_name").text() == ""
    assert _f(form, "received_on").text() == "2023-06-01"
    assert _f(form, "topics").value() == []
    assert result.case_no in form.status.text()
    assert not draft_path.exists(), "the draft is gone once the intake is saved"


def test_save_button_saves_too(qtbot, make_form, gui_services) -> None:
    form = make_form()
    _type(qtbot, form, "person.family_name", "海野")
    _choose(qtbot, form, "method", "来所")
    _choose(qtbot, form, "route", "本人")
    with qtbot.waitSignal(form.sig_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert gui_services.cases.count_cases(CaseFilter()) == 1


# ---- duplicates ----------------------------------------------------------------------------
def test_same_reading_and_birth_date_offers_the_registered_person(qtbot, make_form, gui_services) -> None:
    person_no = _open_case_for_yamano(gui_services)
    form = make_form()
    _type_yamano(qtbot, form)
    assert form.banner.isVisible(), "a banner, not a dialog: the counsellor is on the phone"
    [row] = form.banner.rows
    assert person_no in row.text() and "山野 みどり" in row.text() and "昭和45年5月3日生" in row.text()
    assert "ふりがなと生年月日が同じ" in row.text()
    assert form.banner.buttons[0].text() == "この方で受付(&1)"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)  # the button's mnemonic

    qtbot.waitUntil(form.banner.isHidden)  # a mnemonic "animates" the click for 100 ms
    assert form.sections.person_link.isVisible()
    assert person_no in form.sections.person_link_label.text()
    assert _f(form, "person.family_name").isReadOnly()
    assert _f(form, "person.phone_mobile").text() == "090-1111-2222", "her registered details are shown"
    assert form.state()["person_id"] is not None
    _choose(qtbot, form, "method", "電話")
    _choose(qtbot, form, "route", "本人")
    with qtbot.waitSignal(form.sig_saved) as saved:
        _save_with_ctrl_s(qtbot, form)
    assert saved.args[0].person_no == person_no
    rows = gui_services.cases.list_cases(CaseFilter())
    assert len(rows) == 2
    assert len({r.person_id for r in rows}) == 1, "the new case sits on her history"


def test_same_phone_is_a_duplicate_too_and_can_be_undone(qtbot, make_form, gui_services) -> None:
    _open_case_for_yamano(gui_services)
    form = make_form()
    _type(qtbot, form, "person.family_name", "山野")
    _type(qtbot, form, "person.phone_mobile", "09011112222")
    assert form.banner.isVisible()
    assert "電話番号が同じ" in form.banner.rows[0].text()
    button = form.banner.buttons[0]
    assert _f(form, "person.phone_mobile").nextInFocusChain() is button, "in the Tab order after the phone"
    assert QApplication.focusWidget() is _f(form, "person.email"), "typing goes on undisturbed"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert _f(form, "person.given_name").text() == "みどり"

    qtbot.mouseClick(form.sections.unlink_button, Qt.MouseButton.LeftButton)

    assert form.sections.person_link.isHidden()
    assert form.state()["person_id"] is None
    assert not _f(form, "person.family_name").isReadOnly()
    assert _f(form, "person.given_name").text() == "", "back to what was typed"
    assert _f(form, "person.phone_mobile").text() == "09011112222"
    assert form.banner.isHidden(), "not asked again for the same details"


def test_set_person_starts_an_intake_for_a_registered_person(qtbot, make_form, gui_services) -> None:
    person_no = _open_case_for_yamano(gui_services)
    [row] = gui_services.cases.list_cases(CaseFilter())
    form = make_form()
    form.set_person(row.person_id)
    assert _f(form, "person.family_kana").text() == "やまの"
    assert _f(form, "person.family_kana").isReadOnly()
    _choose(qtbot, form, "method", "来所")
    _choose(qtbot, form, "route", "本人")
    assert form.save().person_no == person_no


# ---- validation ----------------------------------------------------------------------------
def test_errors_appear_under_their_fields_and_nothing_is_written(qtbot, make_form, gui_services) -> None:
    form = make_form()
    _type(qtbot, form, "person.given_name", "みどり")
    received = _f(form, "received_on")
    received.setFocus()
    received.selectAll()
    qtbot.keyClicks(received, "2023/7/1")
    qtbot.keyClick(received, Qt.Key.Key_Tab)
    _choose(qtbot, form, "method", "電話")
    _choose(qtbot, form, "route", "関係機関からの紹介")
    assert _f(form, "referring_agency_id").isEnabled()
    before = gui_services.cases.count_cases(CaseFilter())

    _save_with_ctrl_s(qtbot, form)

    assert gui_services.cases.count_cases(CaseFilter()) == before
    errors = {k: form.sections.errors[k].text() for k in form.sections.error_keys()}
    assert errors == {
        "person.family_name": "氏名（姓）を入力してください",
        "received_on": "受付日に未来の日付は入力できません",
        "referring_agency_id": "紹介元の関係機関を選んでください",
    }
    assert all(form.sections.errors[k].isVisible() for k in errors)
    assert all(_f(form, k).property("invalid") is True for k in errors)
    assert form.summary.text().startswith("3件の入力エラーがあります")
    assert QApplication.focusWidget() is _f(form, "person.family_name"), "the first bad field"
    # everything typed is still there
    assert _f(form, "person.given_name").text() == "みどり"
    assert received.text() == "2023-07-01"
    assert _f(form, "route").currentText() == "関係機関からの紹介"
    # fixing a field takes its message away
    _type(qtbot, form, "person.family_name", "山野")
    assert "person.family_name" not in form.sections.error_keys()
    assert _f(form, "person.family_name").property("invalid") is False
    assert form.summary.text().startswith("2件の入力エラーがあります")


def test_an_unreadable_date_is_reported_before_the_service_is_called(qtbot, make_form, gui_services) -> None:
    form = make_form()
    _type(qtbot, form, "person.family_name", "山野")
    _type(qtbot, form, "person.birth_date", "R4.13.1")
    assert form.sections.errors["person.birth_date"].text() == "令和4年13月1日は存在しない日付です"
    assert form.sections.errors["person.birth_date"].isVisible(), "shown as soon as the field is left"
    birth = _f(form, "person.birth_date")
    birth.setFocus()
    birth.selectAll()
    _type(qtbot, form, "person.birth_date", "R4.13.1")  # typed the same again
    assert form.sections.errors["person.birth_date"].isVisible()
    _choose(qtbot, form, "method", "電話")
    _choose(qtbot, form, "route", "本人")
    assert form.save() is None
    assert gui_services.cases.count_cases(CaseFilter()) == 0
    assert form.sections.error_keys() == ["person.birth_date"]
    assert form.summary.text().startswith("1件の入力エラーがあります")
    assert _f(form, "person.birth_date").text() == "R4.13.1"


def test_agency_referral_and_consent_are_saved(qtbot, make_form, gui_services) -> None:
    agency_id = gui_services.agencies.add_agency(AgencyDraft("岡山市", "government", department="納税課"))
    form = make_form()
    _type(qtbot, form, "person.family_name", "川上")
    _choose(qtbot, form, "method", "来所")
    _choose(qtbot, form, "route", "関係機関からの紹介")
    _choose(qtbot, form, "referring_agency_id", "岡山市 納税課")
    consent = _f(form, "consent_given")
    assert not _f(form, "consent_on").isEnabled()
    consent.setFocus()
    qtbot.keyClick(consent, Qt.Key.Key_Space)
    assert _f(form, "consent_on").isEnabled()
    assert _f(form, "consent_on").text() == "2023-06-01", "defaults to the day of the intake"
    assert form.save() is not None
    with gui_services.ledger.reading() as s:
        intake = s.scalars(select(Intake)).one()
        assert (intake.referring_agency_id, intake.consent_given, intake.consent_on) == (
            agency_id,
            True,
            SCREEN_TODAY,
        )


# ---- drafts --------------------------------------------------------------------------------
def _type_some(qtbot, form: IntakeForm) -> None:
    _type(qtbot, form, "person.family_name", "山野", tab=False)
    _type(qtbot, form, "person.phone_home", "086-123-4567", tab=False)
    _tick(qtbot, form, "topics", "no_food")


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, make_form, draft_path) -> None:
    form = make_form()
    _type_some(qtbot, form)
    qtbot.waitUntil(draft_path.exists, timeout=2000)
    qtbot.wait(600)  # the last change is written too
    form.deleteLater()  # a crash: never saved, never closed properly
    del form

    presenter = RecordingPresenter(answers=[True])
    again = make_form(presenter)
    assert _f(again, "person.family_name").text() == "", "nothing is restored without asking"
    assert again.offer_draft() is True
    assert presenter.messages == [RESTORE_QUESTION]
    assert _f(again, "person.family_name").text() == "山野"
    assert _f(again, "person.phone_home").text() == "086-123-4567"
    assert _f(again, "topics").value() == ["no_food"]
    assert _f(again, "primary_topic").currentText() == "食べるものがない"
    assert draft_path.exists(), "still a draft until it is saved"


def test_declining_the_draft_removes_it(qtbot, make_form, draft_path) -> None:
    form = make_form()
    _type_some(qtbot, form)
    form.flush_draft()
    assert draft_path.exists()
    presenter = RecordingPresenter(answers=[False])
    again = make_form(presenter)
    assert again.offer_draft() is False
    assert presenter.messages == [RESTORE_QUESTION]
    assert not draft_path.exists()
    assert _f(again, "person.family_name").text() == ""


def test_leaving_a_field_writes_the_draft_at_once(qtbot, make_form, draft_path) -> None:
    form = make_form()
    _type(qtbot, form, "person.family_name", "山野")  # then Tab
    assert draft_path.exists(), "no waiting for the timer when focus moves on"
    assert DraftStore(draft_path).load()["fields"]["person.family_name"] == "山野"


def test_a_corrupt_draft_is_ignored(make_form, draft_path) -> None:
    draft_path.parent.mkdir(parents=True)
    draft_path.write_text('{"fields": {"person.fam', encoding="utf-8")
    presenter = RecordingPresenter(answers=[True])
    form = make_form(presenter)
    assert form.offer_draft() is False
    assert presenter.messages == [], "nothing to ask about"
    assert _f(form, "person.family_name").text() == ""


def test_no_draft_no_question(make_form) -> None:
    presenter = RecordingPresenter(answers=[True])
    assert make_form(presenter).offer_draft() is False
    assert presenter.messages == []


def test_state_is_json_safe_and_restores_exactly(qtbot, make_form) -> None:
    import json

    form = make_form()
    _type_yamano(qtbot, form)
    _f(form, "disaster").setChecked(True)
    _type(qtbot, form, "disaster.disaster_on", "H30.7.7")
    state = form.state()
    assert json.loads(json.dumps(state)) == state
    assert state["fields"]["person.birth_date"] == "1970-05-03"
    assert state["fields"]["disaster.disaster_on"] == "2018-07-07"
    other = make_form()
    other.restore(state)
    assert other.state() == state


# ---- keyboard ------------------------------------------------------------------------------
def test_tab_walks_the_person_fields_in_screen_order(qtbot, make_form) -> None:
    form = make_form()
    start = _f(form, "person.family_name")
    start.setFocus()
    visited = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    keys = ["person.given_name", "person.family_kana", "person.given_kana", "person.gender", "person.birth_date"]
    expected = [_f(form, k) for k in keys] + [_f(form, "person.postal_code")]
    assert visited == expected, "その他の内容 is skipped: it is disabled unless 性別 is その他"


def test_the_referring_agency_is_found_by_typing_part_of_its_name(qtbot, make_form, gui_services) -> None:
    gui_services.agencies.add_agency(AgencyDraft("岡山市", "government", department="市民税課", name_kana="おかやまし"))
    tax_id = gui_services.agencies.add_agency(
        AgencyDraft("岡山市", "government", department="納税課", name_kana="おかやまし")
    )
    form = make_form()
    agency = _f(form, "referring_agency_id")
    assert not agency.isEnabled(), "only for 関係機関からの紹介"
    _choose(qtbot, form, "route", "関係機関からの紹介")
    assert agency.isEnabled()
    agency.lineEdit().setFocus()
    commit_text(agency.lineEdit(), "納税")
    qtbot.waitUntil(lambda: agency.completer().model().rowCount() == 1)
    assert agency.completer().model().index(0, 0).data() == "岡山市 納税課"
    assert agency.value() == {"id": tax_id, "text": "納税"}, "the one agency the text finds"
    qtbot.keyClick(QApplication.activePopupWidget() or agency.lineEdit(), Qt.Key.Key_Tab)  # the list is open
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert agency.currentText() == "岡山市 納税課", "its full name is shown once the field is left"
