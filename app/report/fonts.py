"""Japanese fonts for reportlab: the bundled IPAex TrueType fonts, embedded (subset) in
every PDF so a printout looks the same on any PC. (reportlab's built-in CID fonts are not
embedded, and Noto CJK's CFF outlines cannot be embedded by reportlab.)"""

from __future__ import annotations

from app.domain.errors import StorageError
from app.paths import resource_path

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
_FILES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf"}


def register_japanese_fonts() -> tuple[str, str]:
    """Register both fonts once (idempotent); returns (gothic, mincho) font names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name in registered:
            continue
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise StorageError(f"日本語フォントが見つからないか読めません: {path}（{exc}）") from exc
    return GOTHIC, MINCHO
