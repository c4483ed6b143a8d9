"""Menus the main window carries besides File/Help: Edit (acts on the focused field) and
the display language (saved in the settings, used from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from app.qt.i18n import LANGUAGES
from app.qt.messages import MessagePresenter

EDIT_ACTIONS = (  # (slot on the focused widget, standard key, English text)
    ("undo", QKeySequence.StandardKey.Undo, QT_TRANSLATE_NOOP("menus", "&Undo")),
    ("redo", QKeySequence.StandardKey.Redo, QT_TRANSLATE_NOOP("menus", "&Redo")),
    ("cut", QKeySequence.StandardKey.Cut, QT_TRANSLATE_NOOP("menus", "Cu&t")),
    ("copy", QKeySequence.StandardKey.Copy, QT_TRANSLATE_NOOP("menus", "&Copy")),
    ("paste", QKeySequence.StandardKey.Paste, QT_TRANSLATE_NOOP("menus", "&Paste")),
    ("selectAll", QKeySequence.StandardKey.SelectAll, QT_TRANSLATE_NOOP("menus", "Select &all")),
)


def _on_edit_action(slot: str) -> None:
    """Run ``slot`` on the focused text field (line edits, text edits, spin boxes…)."""
    widget = QApplication.focusWidget()
    method = getattr(widget, slot, None)
    if callable(method):
        method()


def build_edit_menu(window: QMainWindow) -> QMenu:
    menu = window.menuBar().addMenu(QApplication.translate("menus", "&Edit"))
    for slot, key, text in EDIT_ACTIONS:
        action = QAction(QApplication.translate("menus", text), window)
        action.setObjectName(f"action_{slot}")
        action.setShortcut(QKeySequence(key))  # shown in the menu; the focused field handles the key itself
        action.triggered.connect(lambda _checked=False, s=slot: _on_edit_action(s))
        menu.addAction(action)
    return menu


def build_language_menu(parent_menu: QMenu, window: QMainWindow, presenter: MessagePresenter) -> QMenu:
    from app.settings import load_settings

    menu = parent_menu.addMenu(QApplication.translate("menus", "Display &language"))
    group = QActionGroup(window)
    current = load_settings().language
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: _on_language_chosen(window, presenter, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _on_language_chosen(window: QMainWindow, presenter: MessagePresenter, code: str) -> None:
    from app.settings import load_settings, save_settings

    settings = load_settings()
    if settings.language == code:
        return
    save_settings(settings.with_changes(language=code))
    presenter.info(
        window,
        QApplication.translate("menus", "Display language"),
        QApplication.translate("menus", "The display language changes from the next start."),
    )
