"""File → Settings (Ctrl+,) opens the administrator's settings on the open ledger, once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.views.settings.settings_dialog import SettingsDialog
from tests.views.test_intake_tab import _window


def test_ctrl_comma_opens_the_settings_once(ja_app, qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "l.sqlite3")
    assert window.action_settings.text() == "設定(&S)…"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    window.action_settings.trigger()
    assert window.settings_dialog is dialog, "a second request shows the same dialog"
    dialog.close()
    window.close()
