"""Signing in from the screens: the first administrator, a member's sign-in with the growing
delay, the forced change of an initial password, logins given under 設定, roles limiting
what the screens change, the idle lock, and the screens' audit entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import text

from app.domain.drafts import StaffDraft
from app.qt.messages import RecordingPresenter
from app.services.container import Services
from app.views.intake.tab import CASE_PAGE
from app.views.launch import open_main_window
from app.views.sign_in import (
    ChangePasswordDialog,
    FirstAdminDialog,
    LoginDialog,
    SignInDialog,
    sign_in_at_start,
)
from tests.services.conftest import intake_draft
from tests.views.conftest import commit_text

ADMIN_PW = "kanrisha-no-pass-1"
AIDA_PW = "umi-no-mieru-machi-2"


def _ledger(path: Path, *, counsellor: bool = True, viewer: bool = False) -> dict[str, int]:
    """A ledger with the administrator 大森 (oomori) and, when asked, 相田 (aida, 相談員)
    and 森 (mori, 閲覧) with their own passwords already chosen."""
    services = Services.open(path, create=True)
    try:
        auth = services.auth
        ids = {"admin": auth.create_first_admin(StaffDraft("大森", "head", "さとし"), "oomori", ADMIN_PW)}
        if counsellor:
            ids["aida"] = services.staff.add_staff(StaffDraft("相田", "counsellor", "花子", "あいだ", "はなこ"))
            auth.set_login(ids["aida"], "aida", "counsellor", "syoki-no-pass-1", by_staff_id=ids["admin"])
            auth.change_password(ids["aida"], "syoki-no-pass-1", AIDA_PW)
        if viewer:
            ids["mori"] = services.staff.add_staff(StaffDraft("森", "counsellor", "ゆう"))
            auth.set_login(ids["mori"], "mori", "viewer", "syoki-no-pass-1", by_staff_id=ids["admin"])
            auth.change_password(ids["mori"], "syoki-no-pass-1", "yomu-dake-no-pass-3")
    finally:
        services.close()
    return ids


def _kawabe_with_an_initial_password(path: Path) -> int:
    """A ledger where the administrator has just given 川辺 (kawabe) a login."""
    ids = _ledger(path, counsellor=False)
    services = Services.open(path)
    kawabe = services.staff.add_staff(StaffDraft("川辺", "counsellor", "ひかる"))
    services.auth.set_login(kawabe, "kawabe", "counsellor", "syoki-no-pass-1", by_staff_id=ids["admin"])
    services.close()
    return kawabe


def _window(qtbot, path: Path, login: str, password: str, presenter: RecordingPresenter | None = None):
    window = open_main_window(path, presenter or RecordingPresenter(), lambda s: s.auth.sign_in(login, password))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    return window


def _audit(path: Path, where: str = "1=1") -> list:
    services = Services.open(path, read_only=True)
    try:
        with services.ledger.engine.connect() as c:
            return c.execute(
                text(f"SELECT action, table_name, record_id, staff_id, detail FROM audit_log WHERE {where} ORDER BY id")
            ).all()
    finally:
        services.close()


def _type(qtbot, edit: QLineEdit, value: str) -> None:
    edit.setFocus()
    edit.clear()
    if value.isascii():
        qtbot.keyClicks(edit, value)
    else:
        commit_text(edit, value)


def _when_modal(qtbot, act) -> None:
    """Run ``act(dialog)`` on the next modal dialog once it shows (dialogs run by exec())."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


# ---- the first start ---------------------------------------------------------------------------
def test_the_first_start_registers_the_administrator_and_signs_them_in(ja_app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"

    def fill(dialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        commit_text(dialog.family_name, "大森")
        commit_text(dialog.given_name, "さとし")
        _type(qtbot, dialog.login_id, "oomori")
        _type(qtbot, dialog.password, ADMIN_PW)
        _type(qtbot, dialog.confirm, "something-else-entirely")
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
        assert dialog.isVisible() and "一致しません" in dialog.error_text("confirm")
        _type(qtbot, dialog.confirm, ADMIN_PW)
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)

    _when_modal(qtbot, fill)
    window = open_main_window(path, RecordingPresenter(), lambda s: sign_in_at_start(s))
    assert window is not None
    qtbot.addWidget(window)
    assert window.signed_in.role == "admin" and window.signed_in.name == "大森 さとし"
    assert window.staff_label.text() == "職員: 大森 さとし（管理者）"
    assert window.action_audit_log.isVisible() and window.action_lock.isVisible()
    window.close()
    actions = [r.action for r in _audit(path)]
    assert actions[-4:] == ["sign_in", "verify", "sign_out"][-3:] or "sign_in" in actions
    assert {"create", "sign_in", "verify", "sign_out"} <= set(actions)


def test_the_first_administrator_can_be_a_member_already_in_the_ledger(ja_app, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    services = Services.open(path, create=True)
    head = services.staff.add_staff(StaffDraft("大森", "head", "さとし"))
    dialog = FirstAdminDialog(services.auth, services.staff, services.codes)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.who.setCurrentIndex(dialog.who.findData(head))
    assert not dialog.family_name.isEnabled()
    _type(qtbot, dialog.login_id, "oomori")
    _type(qtbot, dialog.password, ADMIN_PW)
    _type(qtbot, dialog.confirm, ADMIN_PW)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.signed_in is not None and dialog.signed_in.staff_id == head
    assert services.auth.role_of(head) == "admin"
    services.close()


# ---- signing in --------------------------------------------------------------------------------
def test_a_wrong_password_is_refused_and_cleared_then_the_right_one_signs_in(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    _ledger(path)
    services = Services.open(path)
    dialog = SignInDialog(services.auth, "aida")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.password  # the login id is remembered: the password is next
    _type(qtbot, dialog.password, "not-her-password-0")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.signed_in is None
    assert dialog.error_text("password") == "ログインIDまたはパスワードが違います"
    assert dialog.password.text() == ""
    _type(qtbot, dialog.password, AIDA_PW)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.signed_in is not None and dialog.signed_in.role == "counsellor"
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    services.close()


def test_five_wrong_passwords_disable_the_button_for_the_delay(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    _ledger(path)
    services = Services.open(path)
    dialog = SignInDialog(services.auth, "aida")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        _type(qtbot, dialog.password, "not-her-password-0")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "5回続けて間違えた" in dialog.error_text("password")
    assert not dialog.ok_button.isEnabled() and "秒" in dialog.ok_button.text()
    _type(qtbot, dialog.password, AIDA_PW)  # even the right password waits: Enter does nothing now
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.signed_in is None
    services.close()


def test_an_initial_password_must_be_changed_before_the_window_opens(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    kawabe = _kawabe_with_an_initial_password(path)

    def sign_in(dialog) -> None:
        assert isinstance(dialog, SignInDialog)
        _type(qtbot, dialog.login_id, "kawabe")
        _type(qtbot, dialog.password, "syoki-no-pass-1")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        _when_modal(qtbot, change)

    def change(dialog) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        _type(qtbot, dialog.old_password, "syoki-no-pass-1")
        _type(qtbot, dialog.new_password, "short")
        _type(qtbot, dialog.confirm, "short")
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
        assert "13文字以上" in dialog.error_text("new_password")
        _type(qtbot, dialog.new_password, "kawabe-no-atarashii-3")
        _type(qtbot, dialog.confirm, "kawabe-no-atarashii-3")
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)

    _when_modal(qtbot, sign_in)
    window = open_main_window(path, RecordingPresenter(), lambda s: sign_in_at_start(s, ""))
    assert window is not None
    qtbot.addWidget(window)
    assert window.signed_in.staff_id == kawabe and not window.signed_in.must_change
    window.close()
    services = Services.open(path)
    assert not services.auth.sign_in("kawabe", "kawabe-no-atarashii-3").must_change
    services.close()


def test_cancelling_the_password_change_signs_out_and_opens_nothing(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    kawabe = _kawabe_with_an_initial_password(path)

    def sign_in(dialog) -> None:
        _type(qtbot, dialog.password, "syoki-no-pass-1")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        _when_modal(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))

    _when_modal(qtbot, sign_in)
    assert open_main_window(path, RecordingPresenter(), lambda s: sign_in_at_start(s, "kawabe")) is None
    assert [r.action for r in _audit(path, f"staff_id = {kawabe}")][-2:] == ["sign_in", "sign_out"]


# ---- logins and roles --------------------------------------------------------------------------
def test_the_administrator_gives_a_login_under_settings(ja_app, qtbot, tmp_path) -> None:
    from app.views.launch import open_settings

    path = tmp_path / "l.sqlite3"
    _ledger(path, counsellor=False)
    window = _window(qtbot, path, "oomori", ADMIN_PW)
    services = window.services
    kawabe = services.staff.add_staff(StaffDraft("川辺", "counsellor", "ひかる"))
    settings = open_settings(window, services, RecordingPresenter())
    page = settings.staff_page
    page.reload(kawabe)
    assert page.login_button.isVisible() and page.login_button.isEnabled()
    dialog = page.set_login()
    assert isinstance(dialog, LoginDialog)
    _type(qtbot, dialog.login_id, "kawabe")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    dialog.generate_button.click()
    initial = dialog.initial_password.text()
    assert len(initial) == 16
    qtbot.keyClick(dialog.login_id, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    info = services.auth.logins()[kawabe]
    assert (info.login_id, info.role, info.must_change) == ("kawabe", "viewer", True)
    assert "kawabe（閲覧）" in page.model.data(page.model.index(page.model.row_of(kawabe), 4))
    assert services.auth.sign_in("kawabe", initial).must_change
    settings.close()
    window.close()


def test_a_counsellor_sees_staff_and_codes_but_cannot_change_them(ja_app, qtbot, tmp_path) -> None:
    from app.views.launch import open_settings

    path = tmp_path / "l.sqlite3"
    _ledger(path)
    window = _window(qtbot, path, "aida", AIDA_PW)
    assert not window.action_audit_log.isVisible()
    settings = open_settings(window, window.services, RecordingPresenter())
    settings.staff_page.ensure_loaded()
    settings.code_page.ensure_loaded()
    for page in (settings.staff_page, settings.code_page):
        assert page.read_only_reason == "管理者だけが変更できます。"
        assert not any(b.isEnabled() for b in page._buttons)
    settings.agency_page.ensure_loaded()
    assert settings.agency_page.add_button.isEnabled()
    settings.close()
    window.close()


def test_a_viewer_reads_cases_but_saving_is_refused_with_a_message(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    ids = _ledger(path, viewer=True)
    services = Services.open(path)
    case_id = services.cases.open_case(intake_draft()).case_id
    services.close()
    presenter = RecordingPresenter()
    window = _window(qtbot, path, "mori", "yomu-dake-no-pass-3", presenter)
    tab = window.intake_tab
    tab.open_case(case_id)
    assert tab.stack.currentIndex() == CASE_PAGE
    quick = tab.case_file.quick_add
    commit_text(quick.content_edit, "電話で様子を確認した")
    assert quick.save() is None
    assert "閲覧の権限では記録を変更できません" in quick.error_text("content")
    assert quick.content_edit.toPlainText() == "電話で様子を確認した"  # nothing typed is lost
    window.close()
    views = _audit(path, "action = 'view'")
    assert [(r.table_name, r.record_id, r.staff_id) for r in views] == [("cases", case_id, ids["mori"])]


# ---- the screens' audit entries ----------------------------------------------------------------
def test_opening_and_printing_a_case_are_recorded_before_the_data_shows(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    ids = _ledger(path)
    services = Services.open(path)
    case_id = services.cases.open_case(intake_draft()).case_id
    services.close()
    window = _window(qtbot, path, "aida", AIDA_PW)
    tab = window.intake_tab
    opened = []
    tab.printer._open_preview = lambda parent, path_, title: opened.append(path_)
    tab.open_case(case_id)
    tab.printer.print_intake(tab, case_id)
    assert opened
    window.close()
    rows = _audit(path, "action IN ('view', 'print')")
    assert [(r.action, r.table_name, r.record_id, r.staff_id) for r in rows] == [
        ("view", "cases", case_id, ids["aida"]),
        ("print", "cases", case_id, ids["aida"]),
    ]
    assert rows[1].detail == "相談受付・申込票"


def test_a_failing_audit_write_keeps_the_case_hidden(ja_app, qtbot, tmp_path) -> None:
    from app.domain.errors import StorageError
    from app.qt import audit_trail

    path = tmp_path / "l.sqlite3"
    _ledger(path)
    services = Services.open(path)
    case_id = services.cases.open_case(intake_draft()).case_id
    services.close()
    presenter = RecordingPresenter()
    window = _window(qtbot, path, "aida", AIDA_PW, presenter)

    class Broken:
        def record_event(self, *args) -> None:
            raise StorageError("ディスクがいっぱいです")

    audit_trail.install(Broken())
    window.intake_tab.open_case(case_id)
    assert window.intake_tab.stack.currentIndex() != CASE_PAGE
    assert any("ディスクがいっぱいです" in m for _k, _t, m in presenter.messages)
    audit_trail.install(window.services.audit)
    window.close()


# ---- the idle lock -----------------------------------------------------------------------------
def test_the_idle_lock_covers_every_window_and_keeps_what_was_typed(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    _ledger(path)
    services = Services.open(path)
    case_id = services.cases.open_case(intake_draft()).case_id
    services.close()
    window = _window(qtbot, path, "aida", AIDA_PW)
    session = window.session
    tab = window.intake_tab
    tab.open_case(case_id)
    commit_text(tab.case_file.quick_add.content_edit, "書きかけの記録")
    session.watcher.set_interval_ms(50)
    qtbot.waitUntil(lambda: session.locked, timeout=3000)
    unlock = session.unlock_dialog
    assert unlock.isVisible() and unlock.login_id.text() == "aida" and unlock.login_id.isReadOnly()
    assert window.windowTitle() == "寄り添い（ロック中）"
    (cover,) = [c for c in session.cover.covers() if c.parent() is window]
    assert cover.isVisible() and cover.geometry() == window.rect()
    qtbot.keyClick(unlock, Qt.Key.Key_Escape)  # Esc does not leave the lock screen
    assert session.locked and unlock.isVisible()
    _type(qtbot, unlock.password, "not-her-password-0")
    qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    assert session.locked
    _type(qtbot, unlock.password, AIDA_PW)
    qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not session.locked)
    assert not session.cover.active and not cover.isVisible()
    assert window.windowTitle().startswith("寄り添い — ")
    assert tab.case_file.quick_add.content_edit.toPlainText() == "書きかけの記録"
    session.watcher.set_minutes(5)
    window.close()


def test_ctrl_l_locks_and_quit_closes_every_window(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    _ledger(path)
    window = _window(qtbot, path, "aida", AIDA_PW)
    session = window.session
    closed = []
    session.quit_all = lambda: (closed.append(True), window.close())
    window.action_lock.trigger()
    assert session.locked
    session.unlock_dialog.quit_button.click()
    assert closed and not window.isVisible()
    assert [r.action for r in _audit(path)][-1] == "sign_out"


def test_the_lock_delay_is_a_setting_of_one_to_fifteen_minutes(ja_app, qtbot, tmp_path) -> None:
    path = tmp_path / "l.sqlite3"
    _ledger(path)
    saved = []
    window = open_main_window(
        path, RecordingPresenter(), lambda s: s.auth.sign_in("aida", AIDA_PW),
        idle_minutes=40, save_idle_minutes=saved.append,
    )  # fmt: skip
    qtbot.addWidget(window)
    session = window.session
    assert session.minutes == 15 and session.watcher.timer.interval() == 15 * 60_000
    session.ask_minutes = lambda _parent, current: 3
    window.action_idle.trigger()
    assert saved == [3] and session.watcher.timer.interval() == 3 * 60_000
    window.close()


def test_a_rewritten_audit_trail_is_reported_at_the_next_start(ja_app, qtbot, tmp_path) -> None:
    from tests.services.test_audit import _drop_triggers, _rechain_from

    path = tmp_path / "l.sqlite3"
    _ledger(path)
    window = _window(qtbot, path, "aida", AIDA_PW)
    window.close()  # this PC now remembers the newest entry it verified
    services = Services.open(path)
    _drop_triggers(services.ledger)
    with services.ledger.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET detail = 'login=someone' WHERE action = 'sign_in'"))
    _rechain_from(services.ledger, 1)
    services.close()
    presenter = RecordingPresenter()
    again = _window(qtbot, path, "aida", AIDA_PW, presenter)
    assert ("error", "操作記録の改ざんを検知しました") in [(k, t) for k, t, _m in presenter.messages]
    again.close()


# ---- the ledger's passphrase -------------------------------------------------------------------
def test_a_new_ledger_is_encrypted_and_opens_only_with_its_passphrase(ja_app, qtbot, tmp_path) -> None:
    from app.db import cipher
    from app.views.sign_in import PassphraseDialog

    path = tmp_path / "new.sqlite3"
    asked = []

    def choose(p, new, check):  # the dialog a user sees, driven from the keyboard
        asked.append(new)
        dialog = PassphraseDialog(str(p), new=new, check=check, problems=cipher.passphrase_problems)
        qtbot.addWidget(dialog)
        dialog.show()
        if new:
            _type(qtbot, dialog.field, "short")
            _type(qtbot, dialog.confirm, "short")
            qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
            assert dialog.isVisible() and "12 文字以上" in dialog.error_text("passphrase")
            _type(qtbot, dialog.field, "kinko-no-naka-no-kagi")
            _type(qtbot, dialog.confirm, "kinko-no-naka-no-kagi")
            qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
        else:
            _type(qtbot, dialog.field, "kinko-no-soto-no-kagi")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            assert dialog.isVisible() and "パスフレーズが違います" in dialog.error_text("passphrase")
            assert dialog.field.text() == ""
            _type(qtbot, dialog.field, "kinko-no-naka-no-kagi")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        return dialog.passphrase

    def first_admin(services):
        services.auth.create_first_admin(StaffDraft("大森", "head", "さとし"), "oomori", ADMIN_PW)
        return services.auth.sign_in("oomori", ADMIN_PW)

    window = open_main_window(path, RecordingPresenter(), first_admin, ask_passphrase=choose)
    assert window is not None and asked == [True]
    qtbot.addWidget(window)
    window.services.cases.open_case(intake_draft())
    window.close()
    assert cipher.is_encrypted(path)
    assert "山野".encode() not in path.read_bytes()

    window = open_main_window(path, RecordingPresenter(), lambda s: s.auth.sign_in("oomori", ADMIN_PW),
                              ask_passphrase=choose)  # fmt: skip
    assert window is not None and asked == [True, False]
    qtbot.addWidget(window)
    from app.services.case_queries import CaseFilter

    assert window.services.cases.count_cases(CaseFilter()) == 1
    window.close()
    assert open_main_window(path, RecordingPresenter(), lambda s: None, ask_passphrase=lambda *_: None) is None
