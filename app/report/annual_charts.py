"""The annual report's charts as reportlab Drawings: a programme's months (bars, 4月 → 3月,
each bar labelled with its count), the programmes' months side by side (lines), and the
closure evaluations by level (horizontal bars).

Set in the embedded IPAex Gothic (never reportlab's Helvetica, which is not embedded).
Qt-free; imports reportlab (the report package is imported only when printing).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.report.fonts import register_japanese_fonts

MONTHS = ("4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月")
BAR = colors.HexColor("#5b8cc6")
SERIES = (
    colors.HexColor("#1f4e8c"),
    colors.HexColor("#d9822b"),
    colors.HexColor("#3a9a5b"),
    colors.HexColor("#a23b72"),
)
LEVELS = (colors.HexColor("#2f6f3f"), colors.HexColor("#4f9a5f"), colors.HexColor("#a7c957"),
          colors.HexColor("#e9a23b"), colors.HexColor("#c0392b"))  # fmt: skip
GRID = colors.HexColor("#d4d4d4")
AXIS = colors.HexColor("#404040")
TEXT = colors.HexColor("#202020")
MUTED = colors.HexColor("#5a5a5a")
_STEPS = (1, 2, 2.5, 5, 10)


def nice_scale(high: int, intervals: int = 5) -> tuple[int, int]:
    """(step, top) of an axis from 0 that shows ``high`` in at most ``intervals`` whole steps of
    1 / 2 / 5 × 10^n (2.5 only from 10 up): 12 → (5, 15), 1,093 → (250, 1,250)."""
    if high <= 0:
        return 1, intervals
    raw = high / intervals
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for m in _STEPS:
        step = m * power
        if step >= raw and float(step).is_integer():
            step = max(1, int(step))
            return step, step * math.ceil(high / step)
    step = 10 * power
    return step, step * math.ceil(high / step)


def _drawing(width: float, height: float, size: float) -> tuple[Drawing, str]:
    gothic, _mincho = register_japanese_fonts()
    return Drawing(width, height, initialFontName=gothic, initialFontSize=size), gothic  # not Helvetica


def _axis(d: Drawing, font: str, size: float, x0: float, x1: float, y0: float, y1: float, step: int, top: int) -> None:
    for k in range(0, top // step + 1):
        value = k * step
        y = y0 + value / top * (y1 - y0)
        d.add(Line(x0, y, x1, y, strokeColor=AXIS if k == 0 else GRID, strokeWidth=0.8 if k == 0 else 0.4))
        d.add(String(x0 - 3, y - size / 3, f"{value:,}", fontName=font, fontSize=size, fillColor=MUTED,
                     textAnchor="end"))  # fmt: skip


def _left(font: str, size: float, top: int) -> float:
    return stringWidth(f"{top:,}", font, size) + 8


def monthly_bars(values: Sequence[int], width: float, height: float, *, unit: str = "件", size: float = 7) -> Drawing:
    """Twelve bars 4月 → 3月, each labelled with its count; ``unit`` at the top of the axis."""
    if len(values) != 12:
        raise ValueError("a fiscal year has twelve months")
    d, font = _drawing(width, height, size)
    step, top = nice_scale(max(values, default=0))
    x0, y0 = _left(font, size, top), size + 6
    x1, y1 = width - 4, height - size - 8
    _axis(d, font, size, x0, x1, y0, y1, step, top)
    d.add(String(x0 - 3, y1 + 5, unit, fontName=font, fontSize=size, fillColor=MUTED, textAnchor="end"))
    slot = (x1 - x0) / 12
    bar = min(slot * 0.62, 30)
    for i, v in enumerate(values):
        cx = x0 + (i + 0.5) * slot
        h = v / top * (y1 - y0)
        if v:
            d.add(Rect(cx - bar / 2, y0, bar, h, fillColor=BAR, strokeColor=None))
        d.add(String(cx, y0 + h + 2, f"{v:,}", fontName=font, fontSize=size - 0.5, fillColor=TEXT, textAnchor="middle"))
        d.add(String(cx, y0 - size - 2, MONTHS[i], fontName=font, fontSize=size, fillColor=TEXT, textAnchor="middle"))
    return d


def monthly_lines(
    series: Sequence[tuple[str, Sequence[int]]], width: float, height: float, *, unit: str = "件", size: float = 7
) -> Drawing:
    """One line per (label, twelve months) on a shared axis, with a legend above the plot."""
    d, font = _drawing(width, height, size)
    high = max((v for _label, values in series for v in values), default=0)
    step, top = nice_scale(high)
    x0, y0 = _left(font, size, top), size + 6
    x1, y1 = width - 6, height - 2 * size - 12
    _axis(d, font, size, x0, x1, y0, y1, step, top)
    d.add(String(x0 - 3, y1 + 5, unit, fontName=font, fontSize=size, fillColor=MUTED, textAnchor="end"))
    slot = (x1 - x0) / 12
    for i, month in enumerate(MONTHS):
        d.add(String(x0 + (i + 0.5) * slot, y0 - size - 2, month, fontName=font, fontSize=size, fillColor=TEXT,
                     textAnchor="middle"))  # fmt: skip
    lx = x0
    for k, (label, values) in enumerate(series):
        colour = SERIES[k % len(SERIES)]
        points = [c for i, v in enumerate(values) for c in (x0 + (i + 0.5) * slot, y0 + v / top * (y1 - y0))]
        d.add(PolyLine(points, strokeColor=colour, strokeWidth=1.3))
        for i in range(0, len(points), 2):
            d.add(Circle(points[i], points[i + 1], 1.8, fillColor=colour, strokeColor=colors.white, strokeWidth=0.3))
        text = f"{label}（年計 {sum(values):,}{unit}）"
        ly = height - size - 2
        d.add(Line(lx, ly + size / 3, lx + 12, ly + size / 3, strokeColor=colour, strokeWidth=1.3))
        d.add(Circle(lx + 6, ly + size / 3, 1.8, fillColor=colour, strokeColor=None))
        d.add(String(lx + 15, ly, text, fontName=font, fontSize=size, fillColor=TEXT))
        lx += 15 + stringWidth(text, font, size) + 12
    return d


def level_bars(
    items: Sequence[tuple[str, int]], width: float, height: float, *, unit: str = "件", size: float = 7.5
) -> Drawing:
    """Horizontal bars, one per (label, count), top to bottom, each with its count and share."""
    d, font = _drawing(width, height, size)
    label_w = max((stringWidth(label, font, size) for label, _v in items), default=0) + 6
    total = sum(v for _label, v in items)
    high = max((v for _label, v in items), default=0) or 1
    n = max(len(items), 1)
    row = height / n
    value_w = stringWidth(f"{high:,}{unit}（100%）", font, size) + 6
    x0, x1 = label_w, width - value_w
    d.add(Line(x0, 0, x0, height, strokeColor=AXIS, strokeWidth=0.6))
    for i, (label, v) in enumerate(items):
        y = height - (i + 1) * row
        bar_h = min(row * 0.62, 14)
        mid = y + row / 2
        d.add(String(x0 - 4, mid - size / 3, label, fontName=font, fontSize=size, fillColor=TEXT, textAnchor="end"))
        length = v / high * (x1 - x0)
        if v:
            d.add(Rect(x0, mid - bar_h / 2, length, bar_h, fillColor=LEVELS[i % len(LEVELS)], strokeColor=None))
        share = f"（{(v * 200 + total) // (2 * total)}%）" if total else ""  # 四捨五入
        d.add(String(x0 + length + 3, mid - size / 3, f"{v:,}{unit}{share}", fontName=font, fontSize=size,
                     fillColor=TEXT))  # fmt: skip
    return d


__all__ = ["MONTHS", "level_bars", "monthly_bars", "monthly_lines", "nice_scale"]
