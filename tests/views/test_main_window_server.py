"""The main window on a server ledger: named as such, asks for a password when the server
wants one, and hears other PCs' changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from app.db.ledger import Ledger
from app.domain.drafts import IntakeDraft, PersonDraft
from app.qt.messages import RecordingPresenter
from app.services.container import Services
from app.views.launch import open_main_window

pytestmark = pytest.mark.postgresql


def test_server_ledger_is_named_and_changes_elsewhere_are_heard(ja_app, qtbot, pg_location) -> None:
    window = open_main_window(pg_location, RecordingPresenter())
    assert window is not None
    qtbot.addWidget(window)
    assert window.ledger_label.text() == f"台帳（サーバー）: サーバー {pg_location.description}"
    other_pc = Services.for_ledger(Ledger.open(pg_location), today=lambda: date(2023, 6, 1))
    try:
        with qtbot.waitSignal(window.sig_ledger_changed, timeout=5000):
            other_pc.cases.open_case(
                IntakeDraft(received_on=date(2022, 6, 1), method="phone", route="self", programmes=("self_reliance",),
                            person=PersonDraft("秋山", "はな", "あきやま", "はな"))
            )  # fmt: skip
        assert "他の端末で台帳が更新されました" in window.statusBar().currentMessage()
    finally:
        other_pc.close()
        window.close()


def test_password_dialog_for_a_staff_login(ja_app, qtbot, pg_location, tmp_path, monkeypatch) -> None:
    with Ledger.open(pg_location) as admin, admin.engine.connect() as c:
        c.execute(text("CREATE ROLE yorisoi_gui_pw LOGIN PASSWORD 'a long enough secret'"))
        c.execute(text("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO yorisoi_gui_pw"))
        c.commit()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    staff = replace(pg_location, user="yorisoi_gui_pw", password=None)
    try:
        presenter = RecordingPresenter(secrets=["a long enough secret"])
        window = open_main_window(staff, presenter)
        assert window is not None
        qtbot.addWidget(window)
        assert presenter.messages[0][:2] == ("ask_secret", "パスワード")
        assert staff.description in presenter.messages[0][2]
        window.close()
        cancelled = RecordingPresenter(secrets=[None])
        assert open_main_window(staff, cancelled) is None
        assert cancelled.messages[-1][:2] == ("error", "台帳を開けません")
    finally:
        with Ledger.open(pg_location) as admin, admin.engine.connect() as c:
            c.execute(text("DROP OWNED BY yorisoi_gui_pw"))
            c.execute(text("DROP ROLE yorisoi_gui_pw"))
            c.commit()
