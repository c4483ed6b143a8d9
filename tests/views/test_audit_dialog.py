"""File → 操作記録… (issue 9, point 2): the administrator reads the audit trail, filters it,
exports it (the export is itself recorded) and verifies its hash chain — from the keyboard,
in Japanese, on a real ledger with audited changes."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from app.db.audit import acting_as, record
from app.domain.drafts import StaffDraft
from app.qt.messages import RecordingPresenter
from app.services.audit_log import JST
from app.views.audit_dialog import (
    COL_ACTION,
    COL_AT,
    COL_DETAIL,
    COL_ID,
    COL_RECORD,
    COL_STAFF,
    COL_TABLE,
    OK_COLOUR,
    PAGE_SIZE,
    AuditLogDialog,
    jst_today,
)
from tests.services.conftest import intake_draft

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
ADMIN = StaffDraft("大森", "head", "さとし", family_kana="おおもり", given_kana="さとし")
COUNSELLOR = StaffDraft("川辺", "counsellor", "ひかる", family_kana="かわべ", given_kana="ひかる")


@pytest.fixture
def admin(gui_services) -> int:
    return gui_services.auth.create_first_admin(ADMIN, "admin", "a-long-enough-password")


@pytest.fixture
def counsellor(gui_services) -> int:
    return gui_services.staff.add_staff(COUNSELLOR)


@pytest.fixture
def case_id(gui_services, admin, counsellor) -> int:
    """The counsellor takes an intake (persons, cases, intakes … created), then the
    administrator opens the case (a ``view`` entry)."""
    with acting_as(counsellor):
        case = gui_services.cases.open_case(intake_draft())
    gui_services.audit.record_view(admin, "cases", case.case_id)
    return case.case_id


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def saved() -> list[str]:
    """The names the dialog suggested for its CSV files (the chooser answers tmp_path/name)."""
    return []


@pytest.fixture
def make_dialog(ja_app, qtbot, gui_services, presenter, saved, tmp_path):
    def chooser(_parent: QWidget, suggested: str) -> str:
        saved.append(suggested)
        return str(tmp_path / suggested)

    def make(staff_id: int) -> AuditLogDialog:
        s = gui_services
        dialog = AuditLogDialog(s.audit, s.staff, presenter, staff_id, choose_save_path=chooser)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog, admin, case_id) -> AuditLogDialog:
    return make_dialog(admin)


def entries(gui_services, where: str = "1=1") -> list:
    with gui_services.ledger.engine.connect() as c:
        return c.execute(text(f"SELECT * FROM audit_log WHERE {where} ORDER BY id DESC")).all()


def column(dialog: AuditLogDialog, col: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def cells(dialog: AuditLogDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def press(qtbot, dialog: AuditLogDialog, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key where the user is (shortcuts and mnemonics go to the focused widget)."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


# ---- reading the log ---------------------------------------------------------------------


def test_the_log_is_listed_newest_first_in_japanese(dialog, qtbot, gui_services, counsellor, case_id) -> None:
    assert dialog.windowTitle() == "操作記録"
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers == ["番号", "日時", "職員", "操作", "対象", "記録ID", "項目", "詳細"]
    stored = entries(gui_services)
    assert column(dialog, COL_ID) == [str(e.id) for e in stored]
    assert dialog.status_label.text() == f"{len(stored)}件"

    top = cells(dialog, 0)
    assert top[COL_STAFF : COL_RECORD + 1] == ["大森 さとし", "閲覧", "ケース", str(case_id)]
    created = next(cells(dialog, r) for r, e in enumerate(stored) if (e.action, e.table_name) == ("create", "cases"))
    assert created[COL_STAFF : COL_RECORD + 1] == ["川辺 ひかる", "作成", "ケース", str(case_id)]
    shown = datetime.strptime(top[COL_AT], "%Y-%m-%d %H:%M:%S").replace(tzinfo=JST)  # JST, to the second
    assert abs(shown - datetime.now(UTC)) < timedelta(minutes=5)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", top[COL_AT])
    fields = next(r for r in dialog.rows() if (r.action, r.table_name) == ("create", "persons")).fields
    person_row = next(i for i, r in enumerate(dialog.rows()) if (r.action, r.table_name) == ("create", "persons"))
    assert cells(dialog, person_row)[6] == ", ".join(fields) and "family_name" in fields
    qtbot.waitUntil(dialog.table.hasFocus)
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0


def test_the_filters_narrow_the_rows(dialog, qtbot, gui_services, counsellor, case_id) -> None:
    press(qtbot, dialog, Qt.Key.Key_S, ALT)  # 職員(&S)
    assert dialog.staff_combo.hasFocus()
    assert [dialog.staff_combo.itemText(i) for i in range(dialog.staff_combo.count())] == [
        "すべて",
        "大森 さとし",
        "川辺 ひかる",
    ]
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter: at once, without the pause
    mine = entries(gui_services, f"staff_id = {counsellor}")
    assert column(dialog, COL_ID) == [str(e.id) for e in mine]
    assert set(column(dialog, COL_STAFF)) == {"川辺 ひかる"}

    press(qtbot, dialog, Qt.Key.Key_A, ALT)  # 操作(&A): すべて → 閲覧 → 作成, applied after a pause
    assert dialog.action_combo.hasFocus()
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert dialog.action_combo.currentText() == "作成"
    created = entries(gui_services, f"staff_id = {counsellor} AND action = 'create'")
    qtbot.waitUntil(lambda: column(dialog, COL_ID) == [str(e.id) for e in created])
    assert set(column(dialog, COL_ACTION)) == {"作成"}

    dialog.table_combo.setCurrentIndex(dialog.table_combo.findText("ケース"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert cells(dialog, 0)[COL_TABLE : COL_RECORD + 1] == ["ケース", str(case_id)]
    assert dialog.table_combo.findText("相談受付・申込票") > 0 and dialog.table_combo.findText("訪問記録") > 0


def test_the_period_filter(dialog, qtbot, gui_services) -> None:
    everything = column(dialog, COL_ID)
    press(qtbot, dialog, Qt.Key.Key_U, ALT)  # 終了日(&U): the check box switches the date on
    qtbot.waitUntil(dialog.to_check.isChecked)  # a mnemonic "animates" the click
    assert dialog.to_edit.isEnabled()
    dialog.to_edit.setDate(QDate(jst_today() - timedelta(days=1)))
    dialog.to_edit.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0
    assert dialog.status_label.text() == "条件に合う記録はありません。"

    dialog.to_edit.setDate(QDate(jst_today()))
    press(qtbot, dialog, Qt.Key.Key_F, ALT)  # 開始日(&F)
    qtbot.waitUntil(dialog.from_check.isChecked)
    dialog.from_edit.setDate(QDate(jst_today()))
    qtbot.waitUntil(lambda: column(dialog, COL_ID) == everything)
    dialog.from_edit.setDate(QDate(jst_today() + timedelta(days=1)))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert dialog.status_label.text() == "期間の開始が終了より後です。該当する記録はありません。"
    press(qtbot, dialog, Qt.Key.Key_F, ALT)  # off again: no lower bound
    qtbot.waitUntil(lambda: not dialog.from_edit.isEnabled())
    qtbot.waitUntil(lambda: column(dialog, COL_ID) == everything)


def test_a_long_log_loads_a_page_at_a_time(make_dialog, qtbot, gui_services, admin) -> None:
    with gui_services.ledger.transaction() as s:
        for n in range(2 * PAGE_SIZE + 50):
            record(s, "view", "cases", n + 1, staff_id=admin)
    total = len(entries(gui_services))
    dialog = make_dialog(admin)
    assert dialog.model.rowCount() == PAGE_SIZE
    assert (
        dialog.status_label.text() == f"最新の{PAGE_SIZE}件を表示しています。下へスクロールすると続きを読み込みます。"
    )

    gui_services.audit.record_view(admin, "cases", 9999)  # written while the list is open
    qtbot.waitUntil(dialog.table.hasFocus)
    press(qtbot, dialog, Qt.Key.Key_End, CTRL)  # to the last loaded row: the table fetches on
    qtbot.waitUntil(lambda: dialog.model.rowCount() > PAGE_SIZE)
    while dialog.model.canFetchMore():
        press(qtbot, dialog, Qt.Key.Key_End, CTRL)
        qtbot.wait(10)
    ids = [int(i) for i in column(dialog, COL_ID)]
    assert ids == list(range(total, 0, -1))  # every entry once, the newer one not repeated
    assert dialog.status_label.text() == f"{total:,}件"
    press(qtbot, dialog, Qt.Key.Key_F5)
    assert column(dialog, COL_ID)[0] == str(total + 1)


# ---- export --------------------------------------------------------------------------------


def test_export_writes_the_filtered_rows_and_is_itself_audited(dialog, qtbot, gui_services, saved, tmp_path) -> None:
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("create"))
    dialog.apply_filter()
    shown = column(dialog, COL_ID)
    press(qtbot, dialog, Qt.Key.Key_E, CTRL)
    assert saved == [f"操作記録_{jst_today().isoformat()}.csv"]
    out = tmp_path / saved[0]
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0][:5] == ["番号", "日時", "職員ID", "職員", "操作"]
    assert [line[0] for line in lines[1:]] == sorted(shown, key=int)  # the CSV is oldest first
    assert {line[4] for line in lines[1:]} == {"作成"}
    assert dialog.status_label.text() == f"{len(shown)}件を {out} に書き出しました。"

    dialog.action_combo.setCurrentIndex(0)  # すべて
    dialog.apply_filter()
    assert cells(dialog, 0)[COL_STAFF : COL_TABLE + 1] == ["大森 さとし", "書き出し", "操作記録"]
    assert cells(dialog, 0)[COL_DETAIL] == f"{len(shown)}件 CSV"
    assert entries(gui_services)[0].action == "export"


def test_export_can_be_cancelled_and_is_refused_to_non_administrators(
    make_dialog, qtbot, gui_services, presenter, counsellor, case_id, tmp_path
) -> None:
    dialog = make_dialog(counsellor)
    before = len(entries(gui_services))
    dialog.choose_save_path = lambda _parent, _name: None
    press(qtbot, dialog, Qt.Key.Key_E, CTRL)
    assert presenter.messages == [] and len(entries(gui_services)) == before

    dialog.choose_save_path = lambda _parent, name: str(tmp_path / name)
    press(qtbot, dialog, Qt.Key.Key_E, CTRL)
    ((kind, title, message),) = presenter.messages
    assert (kind, title) == ("error", "CSVに書き出す") and "権限がありません" in message
    assert list(tmp_path.glob("*.csv*")) == [] and len(entries(gui_services)) == before


# ---- verify --------------------------------------------------------------------------------


def _drop_triggers(gui_services) -> None:
    with gui_services.ledger.engine.begin() as c:
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            c.execute(text(f"DROP TRIGGER {name}"))


def test_verify_shows_ok_and_then_the_first_tampered_entry(dialog, qtbot, gui_services, presenter) -> None:
    count = len(entries(gui_services))
    press(qtbot, dialog, Qt.Key.Key_V, ALT)  # 検証(&V)
    qtbot.waitUntil(lambda: dialog.verify_label.text() == f"正常: {count}件")
    assert OK_COLOUR in dialog.verify_label.styleSheet()
    assert cells(dialog, 0)[COL_ACTION : COL_TABLE + 1] == ["検証", "操作記録"]  # the check is recorded
    assert presenter.messages == []

    _drop_triggers(gui_services)
    with gui_services.ledger.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET fields = 'note' WHERE id = 3"))
    press(qtbot, dialog, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: dialog.verify_label.text() == "不整合: 番号 3 から")
    assert OK_COLOUR not in dialog.verify_label.styleSheet()
    (selected,) = dialog.table.selectionModel().selectedRows()
    assert cells(dialog, selected.row())[COL_ID] == "3"  # the first entry that fails is shown
    ((kind, title, message),) = presenter.messages
    assert (kind, title) == ("error", "検証") and "番号 3" in message
    assert cells(dialog, 0)[COL_ACTION] == "検証" and cells(dialog, 0)[COL_DETAIL] == "不整合 番号3"


# ---- keyboard and opening ------------------------------------------------------------------


def test_tab_order_f5_and_escape(dialog, qtbot, gui_services, admin) -> None:
    dialog.staff_combo.setFocus()
    expected = [dialog.action_combo, dialog.table_combo, dialog.from_check, dialog.to_check, dialog.table]
    expected += [dialog.verify_button, dialog.export_button, dialog.refresh_button, dialog.close_button]
    seen = []
    for _ in expected:
        dialog.focusNextChild()
        seen.append(dialog.focusWidget())
    assert seen == expected  # the date fields join the order once their check box is on

    newest = int(column(dialog, COL_ID)[0])
    gui_services.audit.record_view(admin, "persons", 1)
    press(qtbot, dialog, Qt.Key.Key_F5)
    assert column(dialog, COL_ID)[0] == str(newest + 1) and cells(dialog, 0)[COL_TABLE] == "相談者"
    assert dialog.table.hasFocus()
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_opened_from_the_main_window_the_way_the_menu_does(ja_app, qtbot, gui_services, presenter, admin) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = AuditLogDialog(gui_services.audit, gui_services.staff, presenter, admin, parent=window)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal() and dialog.parent() is window
    assert dialog.model.rowCount() == len(entries(gui_services)) > 0  # the first administrator's creation
