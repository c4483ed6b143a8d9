"""The main window as a counsellor first sees it: Japanese, five tabs, the ledger named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.qt.application import make_application
from app.qt.messages import RecordingPresenter
from app.views.launch import open_main_window

JA_TABS = ["相談受付", "家計", "訪問記録", "会議予定", "報告書"]


def _tab_texts(window) -> list[str]:
    tabs = window.tab_widget
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_opens_on_a_new_ledger_in_japanese(ja_app, qtbot, tmp_path: Path) -> None:
    presenter = RecordingPresenter()
    ledger = tmp_path / "new" / "ledger.sqlite3"
    window = open_main_window(ledger, presenter)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert ledger.exists(), "the default ledger is created on first start"
    assert _tab_texts(window) == JA_TABS
    assert window.windowTitle().startswith("寄り添い — ")
    assert str(ledger) in window.ledger_label.text()
    assert window.ledger_label.text().startswith("台帳（ファイル）: ")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["ファイル(&F)", "編集(&E)", "ヘルプ(&H)"]
    assert presenter.messages == []
    window.close()


def test_tabs_switch_from_the_keyboard(ja_app, qtbot, tmp_path: Path) -> None:
    window = open_main_window(tmp_path / "l.sqlite3", RecordingPresenter())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tab_widget.setFocus()
    qtbot.keyClick(window.tab_widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tab_widget.currentIndex() == 1
    window.close()


def test_second_window_on_the_same_ledger_is_refused(ja_app, qtbot, tmp_path: Path) -> None:
    ledger = tmp_path / "l.sqlite3"
    first = open_main_window(ledger, RecordingPresenter())
    qtbot.addWidget(first)
    presenter = RecordingPresenter()
    assert open_main_window(ledger, presenter) is None
    [(kind, title, text)] = presenter.messages
    assert kind == "error"
    assert title == "台帳を開けません"
    assert "使用中" in text and "yorisoi GUI" in text
    first.close()
    # closing the first window releases the ledger
    again = open_main_window(ledger, RecordingPresenter())
    assert again is not None
    qtbot.addWidget(again)
    again.close()


def test_about_names_version_and_font_licence(ja_app, qtbot, tmp_path: Path) -> None:
    presenter = RecordingPresenter()
    window = open_main_window(tmp_path / "l.sqlite3", presenter)
    qtbot.addWidget(window)
    window.action_about.trigger()
    [(kind, title, text)] = presenter.messages
    assert (kind, title) == ("info", "寄り添いについて")
    assert "バージョン" in text and "IPAフォントライセンス" in text
    window.close()


def test_english_is_selectable(qapp, qtbot, tmp_path: Path) -> None:
    make_application(language="en")
    window = open_main_window(tmp_path / "l.sqlite3", RecordingPresenter())
    qtbot.addWidget(window)
    assert _tab_texts(window) == ["Intake", "Household budget", "Visits", "Meetings", "Report"]
    window.close()


def test_window_geometry_is_remembered(ja_app, qtbot, tmp_path: Path) -> None:
    window = open_main_window(tmp_path / "l.sqlite3", RecordingPresenter())
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800×600: the width may clamp
    remembered = (window.width(), window.height())
    assert remembered[1] == 500
    window.close()
    again = open_main_window(tmp_path / "l.sqlite3", RecordingPresenter())
    qtbot.addWidget(again)
    assert again.height() == remembered[1] == 500  # widths clamp differently on the 800-wide offscreen screen
    again.close()


def test_ui_font_is_the_bundled_japanese_font(ja_app) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics

    assert "IPAexGothic" in QFontDatabase.families()
    assert QFontInfo(ja_app.font()).family() == "IPAexGothic"
    # a real glyph, not a tofu box: 相 and 談 have their own (different) advance data
    assert QFontMetrics(ja_app.font()).inFontUcs4(ord("相"))


def test_every_tab_has_its_page_and_the_report_opens_a_case(ja_app, qtbot, tmp_path) -> None:
    from datetime import date

    from app.domain.drafts import IntakeDraft, PersonDraft
    from app.views.intake.tab import CASE_PAGE
    from tests.views.test_intake_tab import _window

    window = _window(qtbot, tmp_path / "tabs.sqlite3")
    pages = [window.tab_widget.widget(i) for i in range(window.tab_widget.count())]
    assert pages == [window.intake_tab, window.budget_tab, window.visits_tab, window.meetings_tab, window.report_tab]
    made = window.services.cases.open_case(
        IntakeDraft(received_on=date(2023, 4, 3), method="phone", route="self", programmes=("self_reliance",),
                    person=PersonDraft("架空", "はるか", "かくう", "はるか"))
    )  # fmt: skip
    window.tab_widget.setCurrentWidget(window.report_tab)
    window.report_tab.sig_open_case.emit(made.case_id)
    assert window.tab_widget.currentWidget() is window.intake_tab
    assert window.intake_tab.stack.currentIndex() == CASE_PAGE
    assert window.intake_tab.case_file.header.name_label.text() == "架空 はるか"
    window.close()


def test_the_report_tab_reads_its_year_only_when_shown(ja_app, qtbot, tmp_path) -> None:
    from tests.views.test_intake_tab import _window

    window = _window(qtbot, tmp_path / "lazy.sqlite3")
    report = window.report_tab
    assert report.fiscal_year() is None, "a hidden tab computes no figures at start"
    window.tab_widget.setCurrentWidget(report)
    qtbot.waitUntil(lambda: report.fiscal_year() is not None)
    assert report.model.rowCount() > 0
    window.close()
