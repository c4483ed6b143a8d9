"""Backups from the GUI (issue 9, points 4 and 6): a save makes the automatic backup due,
closing the window backs up, a damaged ledger is caught at start and the newest verified
backup offered, and File → Backups lists, copies (with SHA256SUMS) and restores."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from app.db.backups import MANIFEST_NAME, BackupStore
from app.domain.drafts import IntakeDraft, PersonDraft, StaffDraft
from app.qt.messages import RecordingPresenter
from app.services.container import Services
from app.views.backup_dialog import COL_CHECK, COL_REASON, BackupDialog
from app.views.intake.tab import LIST_PAGE
from app.views.launch import open_main_window
from tests.views.test_intake_form import _choose, _f, _save_with_ctrl_s, _type_yamano
from tests.views.test_intake_form import _tick as _tick_box
from tests.views.test_intake_tab import _window, sign_in_admin

CTRL = Qt.KeyboardModifier.ControlModifier


def _run_due_check(qtbot, window) -> None:
    """What the scheduler's 1-minute timer does, now (no waiting for the clock)."""
    scheduler = window.backup_scheduler
    scheduler.timer.timeout.emit()
    qtbot.waitUntil(lambda: not scheduler.is_busy(), timeout=10_000)


def _save_a_case_in_the_intake_tab(qtbot, window) -> None:
    tab = window.intake_tab
    tab.case_list.focus_search()
    qtbot.keyClick(tab.case_list.search_edit, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: _f(tab.form, "person.family_name").hasFocus())
    _type_yamano(qtbot, tab.form)
    _choose(qtbot, tab.form, "method", "電話")
    _choose(qtbot, tab.form, "route", "本人")
    _tick_box(qtbot, tab.form, "topics", "no_food")
    _save_with_ctrl_s(qtbot, tab.form)
    qtbot.waitUntil(lambda: tab.stack.currentIndex() == LIST_PAGE)
    assert window.statusBar().currentMessage().startswith("保存しました")


def _open_case(window, family: str) -> None:
    window.services.cases.open_case(
        IntakeDraft(received_on=date(2023, 4, 3), method="phone", route="self", programmes=("self_reliance",),
                    person=PersonDraft(family, "はるか", "かくう", "はるか"))
    )  # fmt: skip


def _case_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


def _backed_up_two_hours_ago(path: Path) -> Path:
    """A ledger with a staff member whose newest backup is two hours old and newer than its
    last write: nothing to back up until something changes."""
    services = Services.open(path, create=True)
    services.staff.add_staff(StaffDraft("相田", "counsellor", "花子", "あいだ", "はなこ"))
    services.close()
    info = BackupStore(path).make("auto", now=datetime.now() - timedelta(hours=2))
    old = info.path.stat().st_mtime - 60
    os.utime(path, (old, old))
    return path


def _corrupt(path: Path) -> None:
    """Overwrite bytes 100..4096: the schema page of the closed ledger."""
    with open(path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\xa5" * (4096 - 100))


def test_a_save_in_a_tab_makes_the_backup_due(ja_app, qtbot, tmp_path: Path) -> None:
    path = _backed_up_two_hours_ago(tmp_path / "l.sqlite3")
    store = BackupStore(path)
    window = _window(qtbot, path, sign_in=None)  # a sign-in is a change (the audit trail records it)
    scheduler = window.backup_scheduler
    assert not scheduler.changed, "opening the ledger is no change"
    _run_due_check(qtbot, window)
    assert len(store.list()) == 1, "nothing changed: no backup"

    _save_a_case_in_the_intake_tab(qtbot, window)
    assert scheduler.changed
    _run_due_check(qtbot, window)  # the last backup is two hours old: due
    [newest, _old] = store.list()
    assert newest.reason == "auto" and store.verify(newest) and _case_count(newest.path) == 1
    assert not scheduler.changed
    assert window.statusBar().currentMessage().startswith("バックアップしました")

    window.budget_tab.debts.sig_changed.emit()  # a budget grid's write counts as well
    assert scheduler.changed
    window.close()


def test_closing_the_window_backs_up(ja_app, qtbot, tmp_path: Path) -> None:
    path = _backed_up_two_hours_ago(tmp_path / "l.sqlite3")
    window = _window(qtbot, path)
    _open_case(window, "架空")  # written through the services: no tab reported it
    window.close()
    newest = BackupStore(path).newest()
    assert newest is not None and newest.reason == "close"
    assert BackupStore(path).verify(newest) and _case_count(newest.path) == 1


def test_a_damaged_ledger_is_caught_at_start_and_restored(ja_app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    window = _window(qtbot, path)
    _open_case(window, "架空")
    window.close()  # the closing backup holds the case
    _corrupt(path)

    presenter = RecordingPresenter(answers=[True])
    again = _window(qtbot, path, presenter)
    kinds = [kind for kind, _title, _text in presenter.messages]
    assert kinds == ["question", "info"]
    _kind, title, text = presenter.messages[0]
    assert title == "台帳が壊れています"
    assert "台帳ファイル" in text and "今すぐ復元しますか" in text
    assert "復元しました" in presenter.messages[1][2]
    qtbot.waitUntil(lambda: again.intake_tab.case_list.count_label.text() == "1件")
    [aside] = [p for p in tmp_path.glob("l.sqlite3.before-restore-*") if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes()[100:200] == b"\xa5" * 100, "the damaged file is kept, not overwritten"
    again.close()


def test_answering_no_opens_nothing(ja_app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    window = _window(qtbot, path)
    window.close()
    _corrupt(path)
    damaged = path.read_bytes()

    presenter = RecordingPresenter(answers=[False])
    assert open_main_window(path, presenter) is None
    assert [kind for kind, _t, _x in presenter.messages] == ["question"]
    assert path.read_bytes() == damaged and not list(tmp_path.glob("*.before-restore-*"))


def test_a_damaged_ledger_without_backups_is_refused(ja_app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    window = _window(qtbot, path)
    window.close()
    for backup in BackupStore(path).list():
        backup.path.unlink()
    _corrupt(path)
    presenter = RecordingPresenter()
    assert open_main_window(path, presenter) is None
    [(kind, title, text)] = presenter.messages
    assert (kind, title) == ("error", "台帳を開けません") and "検査に合格したバックアップがありません" in text


def _open_dialog(qtbot, window) -> BackupDialog:
    window.action_backups.trigger()
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: "確認中" not in dialog.status_label.text(), timeout=10_000)
    return dialog


def test_the_dialog_lists_backs_up_and_copies_with_checksums(ja_app, qtbot, tmp_path: Path) -> None:
    presenter = RecordingPresenter()
    window = _window(qtbot, tmp_path / "l.sqlite3", presenter)
    assert window.action_backups.text() == "バックアップ(&B)…"
    dialog = _open_dialog(qtbot, window)
    assert dialog.windowTitle() == "バックアップ"
    assert dialog.table.rowCount() == 0 and dialog.status_label.text() == "バックアップはまだありません。"

    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.table.item(0, COL_REASON).text() == "手動"
    assert dialog.table.item(0, COL_CHECK).text() == "正常"
    dialog.close()

    dialog = _open_dialog(qtbot, window)  # a fresh list, checked in the background
    assert [dialog.table.item(r, COL_CHECK).text() for r in range(2)] == ["正常", "正常"]
    assert dialog.status_label.text() == "2 世代。"
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, CTRL)
    usb = tmp_path / "usb"
    dialog.choose_directory = lambda _parent: usb
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _t, _x in presenter.messages), timeout=10_000)
    [(_kind, title, text)] = presenter.messages
    assert title == "外部ドライブにコピー" and str(usb / MANIFEST_NAME) in text
    manifest = (usb / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 2
    for line in manifest:
        digest, name = line.split("  ")
        assert hashlib.sha256((usb / name).read_bytes()).hexdigest() == digest
    dialog.close()
    window.close()


def test_enter_on_a_generation_restores_it_and_the_program_ends(ja_app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    presenter = RecordingPresenter(answers=[True])
    window = _window(qtbot, path, presenter, sign_in=sign_in_admin)  # restoring is the administrator's
    _open_case(window, "架空")
    dialog = _open_dialog(qtbot, window)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.close()
    _open_case(window, "後入")  # saved after the backup: the restore takes it back out
    assert _case_count(path) == 2

    dialog = _open_dialog(qtbot, window)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    titles = [(kind, title) for kind, title, _text in presenter.messages]
    assert titles == [("question", "復元"), ("info", "復元"), ("info", "寄り添いをもう一度起動してください")]
    assert "横に残します" in presenter.messages[0][2]
    assert _case_count(path) == 1
    assert list(tmp_path.glob("l.sqlite3.before-restore-*")), "the replaced ledger is kept aside"
    reasons = [i.reason for i in BackupStore(path).list()]
    assert "close" not in reasons, "no closing backup of the restored ledger"
    reopened = open_main_window(path, RecordingPresenter())
    assert reopened is not None, "the restored ledger opens (the lock was released)"
    qtbot.addWidget(reopened)
    reopened.close()


def test_a_ledger_in_a_cloud_folder_is_refused_unless_allowed(ja_app, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "OneDrive" / "l.sqlite3"
    presenter = RecordingPresenter()
    assert open_main_window(path, presenter) is None
    [(kind, title, text)] = presenter.messages
    assert (kind, title) == ("error", "台帳を開けません") and "クラウド同期フォルダ（OneDrive）" in text
    assert not path.exists()

    monkeypatch.setenv("YORISOI_ALLOW_NETWORK_LEDGER", "1")
    window = open_main_window(path, RecordingPresenter())
    assert window is not None and window.backup_scheduler is not None
    qtbot.addWidget(window)
    window.close()
