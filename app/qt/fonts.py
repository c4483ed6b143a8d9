"""Register the bundled IPAex fonts so Japanese never shows as tofu, whatever the PC has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

UI_FAMILY = "IPAexGothic"
FONT_FILES = ("ipaexg.ttf", "ipaexm.ttf")


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; returns the families registered."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_ui_font(app: QApplication, point_size: int = 10) -> QFont:
    """Use IPAexGothic for the whole UI (the system font may lack Japanese glyphs)."""
    font = QFont(UI_FAMILY, point_size)
    app.setFont(font)
    return font
