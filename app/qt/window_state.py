"""Window geometry and state, and table header state, in QSettings, behind helpers."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QTableView, QTreeView

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


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    raise TypeError(f"no header to save on {type(view).__name__}")


def save_header_state(view: QAbstractItemView, key: str) -> None:
    """Remember the column widths, order, hidden columns and sort indicator of ``view``."""
    s = qsettings()
    header = _header(view)
    s.setValue(f"{key}/header", header.saveState())
    s.setValue(f"{key}/columns", header.count())


def restore_header_state(view: QAbstractItemView, key: str) -> bool:
    """Restore what :func:`save_header_state` saved; False (and nothing changed) when there
    is nothing saved or it no longer fits the view (e.g. its column count changed)."""
    s = qsettings()
    state = s.value(f"{key}/header")
    header = _header(view)
    if state is None or str(s.value(f"{key}/columns")) != str(header.count()):
        return False
    return header.restoreState(state)
