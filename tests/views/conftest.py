"""Fixtures for screen tests: a Japanese application and services on a fresh ledger, plus
typing Japanese the way an input method does (qtbot.keyClicks with Japanese aborts Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.qt.application import make_application

SCREEN_TODAY = date(2023, 6, 1)


@pytest.fixture
def ja_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application with Yorisoi's fonts and Japanese translations installed."""
    make_application(language="ja")
    yield qapp
    for tr in getattr(qapp, "_yorisoi_translators", []):
        qapp.removeTranslator(tr)


@pytest.fixture
def gui_services(ledger):
    from app.services.container import Services

    return Services.for_ledger(ledger, today=lambda: SCREEN_TODAY)


def commit_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as an IME commit (how Japanese arrives from Mozc/MS-IME)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
