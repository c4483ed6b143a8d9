"""The 相談受付 case list, driven as a counsellor would: type (Japanese through the input
method), pick filters, click headers, use the keyboard; assert on what the screen shows."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from app.domain.drafts import DisasterDraft, IntakeDraft, PersonDraft, StaffDraft
from app.domain.kana import gojuon_key
from app.qt.case_table_model import COLUMN_OF
from app.qt.messages import RecordingPresenter
from app.qt.window_state import qsettings, restore_header_state
from app.views.intake.case_list import CaseListView
from tests.views.conftest import SCREEN_TODAY, commit_text

SETTINGS_KEY = "test/case_list"


@dataclass(frozen=True)
class Spec:
    """One fictional case: the person, when it was opened, what it uses, who holds it."""

    family: str
    given: str
    family_kana: str
    given_kana: str
    opened: date
    programme: str = "self_reliance"
    counsellor: int = 0  # index into STAFF
    phone: str = ""
    birth: date | None = None
    disaster: bool = False


STAFF = (
    ("川辺", "ひかる", "かわべ", "ひかる"),
    ("森田", "あおい", "もりた", "あおい"),
    ("大江", "ゆい", "おおえ", "ゆい"),
)
NAMED = (
    Spec("山野", "みどり", "やまの", "みどり", date(2022, 4, 1), phone="090-1111-2222", birth=date(1985, 7, 14)),
    Spec("山野辺", "ゆうこ", "やまのべ", "ゆうこ", date(2022, 5, 10), counsellor=1),
    Spec("森", "はるか", "もり", "はるか", date(2022, 6, 15), "household_budget", 1, "086-222-3333"),
    Spec("片山", "ゆうき", "かたやま", "ゆうき", date(2022, 7, 1), phone="080-4444-5555", birth=date(1988, 3, 21)),
    Spec("海原", "そら", "うなばら", "そら", date(2022, 7, 20), "disaster_recovery", 2, disaster=True),
)
FAMILIES = (
    ("青木", "あおき"), ("石川", "いしかわ"), ("上田", "うえだ"), ("遠藤", "えんどう"), ("大野", "おおの"),
    ("加藤", "かとう"), ("木村", "きむら"), ("工藤", "くどう"), ("小林", "こばやし"), ("斎藤", "さいとう"),
    ("清水", "しみず"), ("杉本", "すぎもと"), ("関口", "せきぐち"), ("高橋", "たかはし"), ("千葉", "ちば"),
    ("土屋", "つちや"), ("中村", "なかむら"), ("西田", "にしだ"), ("野口", "のぐち"), ("浜田", "はまだ"),
    ("藤井", "ふじい"), ("松本", "まつもと"), ("五味", "ごみ"), ("小山", "こやま"), ("馬場", "ばば"),
)  # fmt: skip
GIVEN = (("一郎", "いちろう"), ("恵子", "けいこ"), ("翔", "しょう"), ("直美", "なおみ"))
PROGRAMMES = ("self_reliance", "household_budget", "outreach", "self_reliance")


def generated(count: int) -> list[Spec]:
    """``count`` more fictional cases, opened between 2021年度 and 2023年度."""
    names = itertools.cycle(itertools.product(GIVEN, FAMILIES))
    specs = []
    for i in range(count):
        (given, given_kana), (family, family_kana) = next(names)
        opened = date(2021 + i % 3, 4 + i % 2, 1 + i % 28)
        disaster = i % 9 == 4
        programme = "disaster_recovery" if disaster else PROGRAMMES[i % 4]
        birth = date(1940 + i % 60, 1 + i % 12, 1 + i % 27)
        specs.append(Spec(family, given, family_kana, given_kana, opened, programme, i % 3, "", birth, disaster))
    return specs


SPECS = (*NAMED, *generated(25))


def open_cases(services, specs: tuple[Spec, ...] | list[Spec], staff: list[int] | None = None) -> dict[str, int]:
    """Open every case (adding STAFF unless their ids are given); returns {"family given": case
    id} and the staff ids as "staff0".."staff2"."""
    if staff is None:
        staff = [services.staff.add_staff(StaffDraft(f, "counsellor", g, fk, gk)) for f, g, fk, gk in STAFF]
    made = {f"staff{i}": sid for i, sid in enumerate(staff)}
    for s in specs:
        person = PersonDraft(s.family, s.given, s.family_kana, s.given_kana, birth_date=s.birth, phone_mobile=s.phone)
        draft = IntakeDraft(
            received_on=s.opened, method="office", route="self", programmes=(s.programme,), topics=("income",),
            person=person, counsellor_id=staff[s.counsellor],
            disaster=DisasterDraft("架空豪雨", disaster_on=date(2021, 7, 7)) if s.disaster else None,
        )  # fmt: skip
        made[f"{s.family} {s.given}"] = services.cases.open_case(draft).case_id
    return made


@pytest.fixture(autouse=True)
def no_saved_header() -> None:
    """QSettings' folder is fixed per process: forget columns saved by an earlier test."""
    qsettings().remove(SETTINGS_KEY)


@pytest.fixture
def cases(gui_services) -> dict[str, int]:
    made = open_cases(gui_services, SPECS)
    gui_services.cases.change_status(made["山野 みどり"], "self_reliance", "assessment", date(2022, 5, 1))
    gui_services.cases.change_status(made["森 はるか"], "household_budget", "info_only", date(2022, 7, 1))
    return made


def make_view(qtbot, services) -> tuple[CaseListView, RecordingPresenter]:
    presenter = RecordingPresenter()
    view = CaseListView(
        services.cases, services.codes, services.staff,
        today=lambda: SCREEN_TODAY, presenter=presenter, settings_key=SETTINGS_KEY,
    )  # fmt: skip
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, presenter


@pytest.fixture
def view(ja_app, qtbot, gui_services, cases) -> CaseListView:
    shown, presenter = make_view(qtbot, gui_services)
    yield shown
    assert presenter.messages == []


def column(view: CaseListView, key: str) -> list[str]:
    model = view.model
    return [model.index(r, COLUMN_OF[key]).data() for r in range(model.rowCount())]


def names(view: CaseListView) -> list[str]:
    return column(view, "name")


def wait_for_count(qtbot, view: CaseListView, n: int) -> None:
    qtbot.waitUntil(lambda: view.count_label.text() == f"{n:,}件", timeout=2000)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the item a counsellor reads as ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


# ---- what opens -----------------------------------------------------------------------------
def test_opens_with_every_case_newest_first(view, qtbot) -> None:
    assert view.count_label.text() == "30件"
    assert view.search_edit.placeholderText() == "氏名・ふりがな・電話・ケース番号で検索"
    header = view.table.horizontalHeader()
    titles = [view.model.headerData(header.logicalIndex(i), Qt.Orientation.Horizontal) for i in range(header.count())]
    assert titles == ["ケース番号", "氏名", "ふりがな", "年齢", "受付日", "事業", "状況", "担当", "被災"]
    opened = column(view, "opened")
    assert opened == sorted(opened, reverse=True) and opened[0] == max(s.opened for s in SPECS).isoformat()
    row = names(view).index("山野 みどり")
    assert [view.model.index(row, COLUMN_OF[k]).data() for k in ("reading", "age", "status", "counsellor")] == [
        "やまの みどり", "37", "アセスメント", "川辺 ひかる",
    ]  # fmt: skip
    assert view.model.index(row, COLUMN_OF["opened"]).data(Qt.ItemDataRole.ToolTipRole) == "令和4年4月1日"
    assert view.model.index(names(view).index("海原 そら"), COLUMN_OF["disaster"]).data() == "●"


def test_filter_choices(view) -> None:
    combo_texts = {
        c.objectName(): [c.itemText(i) for i in range(c.count())]
        for c in (view.programme_combo, view.status_combo, view.counsellor_combo, view.year_combo)
    }
    assert combo_texts["programmeFilter"] == ["すべて", "自立相談", "家計改善", "被災者支援", "アウトリーチ"]
    assert combo_texts["statusFilter"][:4] == ["すべて", "相談受付", "スクリーニング", "アセスメント"]
    assert combo_texts["counsellorFilter"] == ["すべて", "大江 ゆい", "川辺 ひかる", "森田 あおい"]
    years = combo_texts["yearFilter"]
    assert years[:3] == ["すべて", "2023年度（令和5年度）", "2022年度（令和4年度）"]
    assert years[-1] == "2013年度（平成25年度）" and len(years) == 12
    assert (view.disaster_check.text(), view.open_check.text()) == ("被災者のみ", "対応中のみ")


# ---- search as you type ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("カタヤマ", ["片山 ゆうき"]),  # katakana finds the reading stored in hiragana
        ("ｶﾀﾔﾏ", ["片山 ゆうき"]),  # half-width too
        ("かたやま　ゆうき", ["片山 ゆうき"]),  # with a full-width space
        ("山野", ["山野辺 ゆうこ", "山野 みどり"]),  # a two-character name
        ("森", ["森 はるか"]),  # one character
        ("該当なし", []),
    ],
)
def test_japanese_search(view, qtbot, typed: str, expected: list[str]) -> None:
    commit_text(view.search_edit, typed)
    wait_for_count(qtbot, view, len(expected))
    assert names(view) == expected


def test_phone_digits_find_the_person(view, qtbot) -> None:
    qtbot.keyClicks(view.search_edit, "0901111")
    wait_for_count(qtbot, view, 1)
    assert names(view) == ["山野 みどり"]


def test_case_number_finds_its_case(view, qtbot, cases, gui_services) -> None:
    case_no = gui_services.cases.get_case(cases["片山 ゆうき"]).case_no
    qtbot.keyClicks(view.search_edit, case_no)
    wait_for_count(qtbot, view, 1)
    assert column(view, "case_no") == [case_no] and names(view) == ["片山 ゆうき"]


def test_typing_searches_once_after_a_pause(view, qtbot) -> None:
    loads = []
    view.model.sig_total_changed.connect(loads.append)
    qtbot.keyClicks(view.search_edit, "086222")
    wait_for_count(qtbot, view, 1)
    qtbot.wait(200)
    assert loads == [1]
    assert names(view) == ["森 はるか"]


# ---- filters ---------------------------------------------------------------------------------
def expected_count(**match: object) -> int:
    return sum(all(getattr(s, k) == v for k, v in match.items()) for s in SPECS)


def test_programme_filter(view, qtbot) -> None:
    choose(view.programme_combo, "家計改善")
    wait_for_count(qtbot, view, expected_count(programme="household_budget"))
    assert "森 はるか" in names(view) and set(column(view, "programmes")) == {"家計改善"}
    choose(view.programme_combo, "すべて")
    wait_for_count(qtbot, view, 30)


def test_status_filter(view, qtbot) -> None:
    choose(view.status_combo, "アセスメント")
    wait_for_count(qtbot, view, 1)
    assert names(view) == ["山野 みどり"]


def test_counsellor_filter(view, qtbot) -> None:
    choose(view.counsellor_combo, "大江 ゆい")
    wait_for_count(qtbot, view, expected_count(counsellor=2))
    assert set(column(view, "counsellor")) == {"大江 ゆい"}


def test_fiscal_year_filter(view, qtbot) -> None:
    choose(view.year_combo, "2021年度（令和3年度）")
    in_2021 = sum(date(2021, 4, 1) <= s.opened <= date(2022, 3, 31) for s in SPECS)
    wait_for_count(qtbot, view, in_2021)
    assert all("2021-04-01" <= d <= "2022-03-31" for d in column(view, "opened"))


def test_disaster_and_open_only(view, qtbot) -> None:
    qtbot.mouseClick(view.disaster_check, Qt.MouseButton.LeftButton)
    wait_for_count(qtbot, view, expected_count(disaster=True))
    assert set(column(view, "disaster")) == {"●"} and "海原 そら" in names(view)
    qtbot.mouseClick(view.disaster_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.open_check, Qt.MouseButton.LeftButton)
    wait_for_count(qtbot, view, 29)
    assert "森 はるか" not in names(view)  # 情報提供のみで終了


def test_filters_and_search_combine(view, qtbot) -> None:
    choose(view.year_combo, "2022年度（令和4年度）")
    commit_text(view.search_edit, "山野")
    wait_for_count(qtbot, view, 2)
    choose(view.counsellor_combo, "森田 あおい")
    wait_for_count(qtbot, view, 1)
    assert names(view) == ["山野辺 ゆうこ"]


# ---- sorting ---------------------------------------------------------------------------------
def click_header(qtbot, view: CaseListView, key: str) -> None:
    header = view.table.horizontalHeader()
    section = COLUMN_OF[key]
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sorting_by_reading_is_gojuon(view, qtbot) -> None:
    click_header(qtbot, view, "reading")
    qtbot.waitUntil(lambda: view.model.current_filter().order == "reading_asc")
    readings = column(view, "reading")
    assert readings == sorted(readings, key=gojuon_key) and len(readings) == 30
    assert readings.index("ごみ いちろう") < readings.index("こやま いちろう")  # 五十音, not code points
    click_header(qtbot, view, "reading")
    qtbot.waitUntil(lambda: view.model.current_filter().order == "reading_desc")
    assert column(view, "reading") == readings[::-1]


def test_sorting_keeps_the_search(view, qtbot) -> None:
    commit_text(view.search_edit, "山野")
    wait_for_count(qtbot, view, 2)
    click_header(qtbot, view, "reading")
    qtbot.waitUntil(lambda: names(view) == ["山野 みどり", "山野辺 ゆうこ"])
    assert view.count_label.text() == "2件"


def test_a_column_without_an_order_does_not_sort(view, qtbot) -> None:
    before = names(view)
    click_header(qtbot, view, "counsellor")
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_OF["opened"]
    assert names(view) == before


def test_columns_and_sort_are_remembered(ja_app, qtbot, gui_services, cases) -> None:
    first, _ = make_view(qtbot, gui_services)
    click_header(qtbot, first, "case_no")
    first.table.horizontalHeader().resizeSection(COLUMN_OF["name"], 210)
    first.close()
    second, _ = make_view(qtbot, gui_services)
    assert second.model.current_filter().order == "case_no_asc"
    assert second.table.horizontalHeader().sectionSize(COLUMN_OF["name"]) == 210
    numbers = column(second, "case_no")
    assert numbers == sorted(numbers)


def test_saved_columns_of_another_shape_are_ignored(ja_app, qtbot, gui_services, cases) -> None:
    first, _ = make_view(qtbot, gui_services)
    first.save_state()
    qsettings().setValue(f"{SETTINGS_KEY}/columns", 12)  # saved by a version with other columns
    assert not restore_header_state(first.table, SETTINGS_KEY)


# ---- another PC changed the ledger ------------------------------------------------------------
def test_refresh_keeps_the_filter_and_the_selected_case(view, qtbot, gui_services, cases) -> None:
    choose(view.year_combo, "2022年度（令和4年度）")
    commit_text(view.search_edit, "山野")
    wait_for_count(qtbot, view, 2)
    view.table.selectRow(names(view).index("山野 みどり"))
    staff = [cases[f"staff{i}"] for i in range(len(STAFF))]
    open_cases(gui_services, [Spec("山野", "つばさ", "やまの", "つばさ", date(2023, 3, 1))], staff)  # another PC
    view.refresh()
    assert view.count_label.text() == "3件"
    assert view.year_combo.currentText() == "2022年度（令和4年度）" and view.search_edit.text() == "山野"
    assert view.current_case_id() == cases["山野 みどり"]


# ---- keyboard --------------------------------------------------------------------------------
def test_enter_opens_the_case(view, qtbot, cases) -> None:
    commit_text(view.search_edit, "カタヤマ")
    wait_for_count(qtbot, view, 1)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    with qtbot.waitSignal(view.sig_case_activated, timeout=1000) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [cases["片山 ゆうき"]]


def test_double_click_opens_the_case(view, qtbot, cases) -> None:
    row = names(view).index("海原 そら")
    rect = view.table.visualRect(view.model.index(row, COLUMN_OF["name"]))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.sig_case_activated, timeout=1000) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [cases["海原 そら"]]


def test_ctrl_f_returns_to_the_search_and_escape_clears_it(view, qtbot) -> None:
    view.activateWindow()
    qtbot.waitActive(view)
    qtbot.keyClicks(view.search_edit, "090")
    wait_for_count(qtbot, view, 1)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search_edit.hasFocus)
    assert view.search_edit.selectedText() == "090"
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == ""
    wait_for_count(qtbot, view, 30)


# ---- a long ledger pages -----------------------------------------------------------------------
def test_a_long_ledger_loads_a_page_at_a_time(ja_app, qtbot, gui_services) -> None:
    open_cases(gui_services, generated(250))
    view, presenter = make_view(qtbot, gui_services)
    assert view.count_label.text() == "250件"
    assert view.model.rowCount() == 100
    bar = view.table.verticalScrollBar()
    first_page_end = bar.maximum()
    bar.setValue(first_page_end)  # scrolled to the bottom: the next page comes
    qtbot.waitUntil(lambda: view.model.rowCount() == 200 and bar.maximum() > first_page_end)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the last row
    qtbot.waitUntil(lambda: view.model.rowCount() == 250)
    assert view.count_label.text() == "250件" and not view.model.canFetchMore()
    assert presenter.messages == []
