"""Window geometry and state in QSettings, behind two helpers."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

ORGANISATION = "Yorisoi"
APPLICATION = "Yorisoi"


def qsettings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def save_window_state(window: QMainWindow, key: str) -> None:
    s = qsettings()
    s.setValue(f"{key}/geometry", window.saveGeometry())
    s.setValue(f"{key}/state", window.saveState())


def restore_window_state(window: QMainWindow, key: str) -> bool:
    s = qsettings()
    geometry = s.value(f"{key}/geometry")
    state = s.value(f"{key}/state")
    restored = False
    if geometry is not None:
        restored = window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    return restored
