"""The date field as staff type into it: 和暦 or 西暦, half- or full-width, then Enter or Tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.views.widgets.date_edit import DateEdit
from tests.views.conftest import SCREEN_TODAY, commit_text


@pytest.fixture
def edit(ja_app, qtbot) -> DateEdit:
    host = QWidget()
    qtbot.addWidget(host)
    field = DateEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(field)
    layout.addWidget(field.hint_label())
    host.show()
    qtbot.waitExposed(host)
    field.setFocus()
    field.host = host  # keep the window alive as long as the field (qtbot holds a weak reference)
    return field


def _finish(qtbot, edit: DateEdit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("R4.4.1", date(2022, 4, 1)),
        ("r4/4/1", date(2022, 4, 1)),
        ("R04/04/01", date(2022, 4, 1)),
        ("S45.5.3", date(1970, 5, 3)),
        ("H31.4.30", date(2019, 4, 30)),
        ("2022/4/1", date(2022, 4, 1)),
        ("2022-04-01", date(2022, 4, 1)),
        ("2022.4.1", date(2022, 4, 1)),
        ("20220401", date(2022, 4, 1)),
    ],
)
def test_ascii_input_is_normalised_and_shown_in_wareki(qtbot, edit: DateEdit, typed: str, expected: date) -> None:
    with qtbot.waitSignal(edit.sig_date_changed) as changed:
        qtbot.keyClicks(edit, typed)
        _finish(qtbot, edit)
    assert changed.args == [expected]
    assert edit.date() == expected
    assert edit.text() == expected.isoformat()
    assert edit.error() == ""
    assert edit.property("invalid") is False
    from app.domain.wareki import format_wareki

    assert edit.toolTip() == format_wareki(expected)
    assert edit.hint_label().text() == format_wareki(expected)


@pytest.mark.parametrize(
    ("typed", "expected", "wareki"),
    [
        ("令和4年4月1日", date(2022, 4, 1), "令和4年4月1日"),
        ("令和元年5月1日", date(2019, 5, 1), "令和元年5月1日"),
        ("昭和45年5月3日", date(1970, 5, 3), "昭和45年5月3日"),
        ("２０２２／４／１", date(2022, 4, 1), "令和4年4月1日"),
        ("Ｒ４．４．１", date(2022, 4, 1), "令和4年4月1日"),
        ("2022年4月1日", date(2022, 4, 1), "令和4年4月1日"),
        ("2022年4月1日（令和4年）", date(2022, 4, 1), "令和4年4月1日"),
    ],
)
def test_japanese_and_full_width_input(qtbot, edit: DateEdit, typed: str, expected: date, wareki: str) -> None:
    commit_text(edit, typed)
    _finish(qtbot, edit)
    assert edit.date() == expected
    assert edit.text() == expected.isoformat()
    assert edit.hint_label().text() == wareki


@pytest.mark.parametrize(
    ("typed", "message_part"),
    [
        ("R4.13.1", "存在しない日付"),
        ("22/4/1", "年が2桁"),
        ("4/1", "年がありません"),
        ("abc", "日付として読めません"),
    ],
)
def test_unreadable_input_stays_as_typed_with_a_red_border(
    qtbot, edit: DateEdit, typed: str, message_part: str
) -> None:
    with qtbot.waitSignal(edit.sig_error_changed) as error:
        qtbot.keyClicks(edit, typed)
        _finish(qtbot, edit)
    assert message_part in error.args[0]
    assert edit.date() is None
    assert edit.text() == typed, "what was typed is kept, so it can be corrected"
    assert message_part in edit.error()
    assert edit.property("invalid") is True
    assert edit.toolTip() == edit.error()
    assert edit.hint_label().text() == edit.error()


def test_a_date_outside_its_era_is_refused_in_japanese(qtbot, edit: DateEdit) -> None:
    commit_text(edit, "平成31年5月1日")
    _finish(qtbot, edit)
    assert edit.date() is None
    assert edit.error() == "平成31年5月1日は存在しません（令和元年5月1日です）"


def test_correcting_a_bad_date_clears_the_error(qtbot, edit: DateEdit) -> None:
    qtbot.keyClicks(edit, "R4.13.1")
    _finish(qtbot, edit)
    assert edit.error()
    edit.selectAll()
    qtbot.keyClicks(edit, "R4.12.1")
    _finish(qtbot, edit)
    assert edit.error() == ""
    assert edit.property("invalid") is False
    assert edit.date() == date(2022, 12, 1)


def test_emptying_the_field_gives_no_date_and_no_error(qtbot, edit: DateEdit) -> None:
    edit.setDate(date(2022, 4, 1))
    with qtbot.waitSignal(edit.sig_date_changed) as changed:
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        _finish(qtbot, edit)
    assert changed.args == [None]
    assert edit.date() is None
    assert edit.error() == ""
    assert edit.hint_label().text() == ""


def test_tab_out_reads_the_date_too(qtbot, ja_app) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    first, second = DateEdit(host), DateEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(first)
    layout.addWidget(second)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    first.setFocus()
    qtbot.keyClicks(first, "R5.6.1")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    assert first.text() == "2023-06-01"


def test_set_date_shows_iso_and_wareki(edit: DateEdit) -> None:
    edit.setDate(date(1989, 1, 8))
    assert edit.text() == "1989-01-08"
    assert edit.hint_label().text() == "平成元年1月8日"
    edit.setDate(None)
    assert edit.text() == ""
    assert edit.date() is None


def test_month_and_day_take_the_current_year_when_today_is_given(qtbot, ja_app) -> None:
    field = DateEdit(today=lambda: SCREEN_TODAY)
    qtbot.addWidget(field)
    field.set_text("4/1")
    assert field.date() == date(SCREEN_TODAY.year, 4, 1)


def test_placeholder_and_error_colour_in_japanese(edit: DateEdit) -> None:
    assert edit.placeholderText() == "例: R5.4.1 / 2023/4/1"
    edit.set_text("R4.2.30")
    assert "存在しない日付" in edit.error()
    assert "#c62828" in edit.hint_label().styleSheet()


def test_hint_without_errors_when_the_form_shows_them_elsewhere(ja_app, qtbot) -> None:
    field = DateEdit(hint_errors=False)
    qtbot.addWidget(field)
    field.set_text("R4.2.30")
    assert field.error()
    assert field.hint_label().text() == ""
