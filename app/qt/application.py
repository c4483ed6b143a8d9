"""The QApplication with Yorisoi's fonts, translators and names."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.paths import resource_path
from app.qt.fonts import apply_ui_font, register_fonts
from app.qt.i18n import install_translators
from app.qt.window_state import APPLICATION, ORGANISATION


def make_application(argv: list[str] | None = None, language: str = "ja") -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(resource_path("icons", "yorisoi.png"))))
    register_fonts()
    apply_ui_font(app)
    app._yorisoi_translators = install_translators(app, language)  # type: ignore[attr-defined]
    return app  # type: ignore[return-value]
