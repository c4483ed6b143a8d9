"""The キャッシュフロー表's chart as a reportlab Drawing: 年間収支 as bars, 貯蓄残高 as a line,
the zero line, and the first year the 貯蓄残高 goes below zero marked (household-budget.md §3).

Both series share the zero line. When one is far larger than the other (a 貯蓄残高 of
several hundred 万円 against a 年間収支 of a few 万円), the bars get their own scale on the
right so they stay readable; the legend says which scale each series reads on. Tick labels
are in 万円 (▲ for negatives), as in the table above the chart.

Qt-free; imports reportlab (the report package is imported only when printing).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.money import format_man
from app.report.fonts import register_japanese_fonts

BAR_UP = colors.HexColor("#6f9fd8")
BAR_DOWN = colors.HexColor("#e39a4f")
BAR_AXIS = colors.HexColor("#2f5f98")  # the right-hand scale's labels, in the bars' hue
SAVINGS = colors.HexColor("#1f3f73")
ALERT = colors.HexColor("#c0392b")
ALERT_BG = colors.HexColor("#fbe3e0")
GRID = colors.HexColor("#d0d0d0")
AXIS = colors.HexColor("#404040")
TEXT = colors.HexColor("#202020")
DUAL_RATIO = 3  # one series this many times larger than the other: the bars get their own scale
_STEPS = (1, 2, 2.5, 5, 10)


@dataclass(frozen=True)
class Scale:
    """An axis: ``below`` intervals under zero, ``above`` over it, each ``step`` yen."""

    step: int
    below: int
    above: int

    @property
    def low(self) -> int:
        return -self.step * self.below

    @property
    def high(self) -> int:
        return self.step * self.above


def nice_step(raw: float) -> int:
    """The smallest 1 / 2 / 2.5 / 5 × 10^n yen (at least 1,000円) not below ``raw``."""
    if raw <= 1000:
        return 1000
    power = 10 ** math.floor(math.log10(raw))
    for m in _STEPS:
        step = m * power
        if step >= raw and float(step).is_integer():
            return int(step)
    return 10 * power


def _step_for(lo: int, hi: int, below: int, above: int) -> int | None:
    if (hi > 0 and above == 0) or (lo < 0 and below == 0):
        return None
    need = max(hi / above if above else 0, -lo / below if below else 0)
    return nice_step(need) if need else 10_000


def scales(series: Sequence[Sequence[int]]) -> list[Scale]:
    """One scale per series, all with the zero line at the same height and the same number of
    intervals (4–6, five preferred), chosen so that the least of each axis is left empty."""
    bounds = [(min(0, *s), max(0, *s)) if s else (0, 0) for s in series]
    best: tuple[float, list[Scale]] | None = None
    for total in (5, 4, 6):
        for below in range(total + 1):
            above = total - below
            steps = [_step_for(lo, hi, below, above) for lo, hi in bounds]
            if any(s is None for s in steps):
                continue
            waste = sum(1 - (hi - lo) / (s * total) for (lo, hi), s in zip(bounds, steps, strict=True))
            score = waste + (0 if total == 5 else 0.15)
            if best is None or score < best[0] - 1e-9:
                best = (score, [Scale(s, below, above) for s in steps])
    assert best is not None  # below = total - above always admits some split
    return best[1]


def tick_label(value: int, step: int) -> str:
    """A tick in 万円 with as many decimals as the step needs: 500,000 → "50", 5,000 → "0.5"."""
    decimals = 0 if step % 10_000 == 0 else (1 if step % 1_000 == 0 else 2)
    return format_man(value, decimals=decimals, unit=False)


def first_negative(savings: Sequence[int]) -> int | None:
    return next((i for i, v in enumerate(savings) if v < 0), None)


class _Plot:
    """Coordinates of the plot area and the axes' value → y mappings."""

    def __init__(self, x0: float, y0: float, x1: float, y1: float, left: Scale, right: Scale, n: int) -> None:
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.left, self.right, self.n = left, right, n
        self.slot = (x1 - x0) / max(n, 1)

    def y(self, value: float, scale: Scale) -> float:
        return self.y0 + (value - scale.low) / (scale.high - scale.low) * (self.y1 - self.y0)

    def x(self, index: int) -> float:
        return self.x0 + (index + 0.5) * self.slot


def cashflow_chart(
    years: list[str],
    balance: list[int],
    savings: list[int],
    width: float,
    height: float,
    *,
    font_size: float = 7,
) -> Drawing:
    """The chart of ``balance`` (年間収支, bars) and ``savings`` (貯蓄残高, line) over ``years``
    (one label per year; a "\\n" in a label starts a second line, e.g. "2023\\n令和5年");
    ``width`` × ``height`` in points. The first year whose savings is below zero is shaded
    and named in the legend."""
    if not len(years) == len(balance) == len(savings):
        raise ValueError("years, balance and savings must have the same length")
    gothic, _mincho = register_japanese_fonts()
    d = Drawing(width, height, initialFontName=gothic, initialFontSize=font_size)  # not Helvetica (not embedded)
    n = len(years)
    a, b = max(map(abs, balance), default=0), max(map(abs, savings), default=0)
    dual = a > 0 and b > 0 and max(a, b) / min(a, b) > DUAL_RATIO
    if dual:
        left, right = scales([savings, balance])
    else:
        left = right = scales([list(savings) + list(balance)])[0]
    label_lines = max((y.count("\n") + 1 for y in years), default=1)
    axis_w = _axis_width(gothic, font_size, left, right if dual else None)
    plot = _Plot(
        axis_w,
        label_lines * (font_size + 1.5) + 4,
        width - (axis_w if dual else 8),
        height - 3.2 * max(font_size, 7.5) - 6,
        left,
        right,
        n,
    )
    negative = first_negative(savings)
    if negative is not None:
        d.add(Rect(plot.x0 + negative * plot.slot, plot.y0, plot.slot, plot.y1 - plot.y0,
                   fillColor=ALERT_BG, strokeColor=None))  # fmt: skip
    _grid(d, plot, gothic, font_size, dual)
    _bars(d, plot, balance)
    _line(d, plot, savings)
    _year_labels(d, plot, years, gothic, font_size)
    _legend(d, plot, gothic, font_size, dual, years[negative] if negative is not None else None, height)
    return d


def _axis_width(font: str, size: float, left: Scale, right: Scale | None) -> float:
    texts = [tick_label(left.low, left.step), tick_label(left.high, left.step)]
    if right is not None:
        texts += [tick_label(right.low, right.step), tick_label(right.high, right.step)]
    return max(stringWidth(t, font, size) for t in texts) + 8


def _grid(d: Drawing, p: _Plot, font: str, size: float, dual: bool) -> None:
    for k in range(-p.left.below, p.left.above + 1):
        y = p.y(k * p.left.step, p.left)
        zero = k == 0
        d.add(Line(p.x0, y, p.x1, y, strokeColor=AXIS if zero else GRID, strokeWidth=0.9 if zero else 0.4))
        d.add(String(p.x0 - 3, y - size / 3, tick_label(k * p.left.step, p.left.step), fontName=font,
                     fontSize=size, fillColor=SAVINGS if dual else TEXT, textAnchor="end"))  # fmt: skip
        if dual:
            d.add(String(p.x1 + 3, y - size / 3, tick_label(k * p.right.step, p.right.step), fontName=font,
                         fontSize=size, fillColor=BAR_AXIS, textAnchor="start"))  # fmt: skip
    d.add(Line(p.x0, p.y0, p.x0, p.y1, strokeColor=AXIS, strokeWidth=0.6))
    if dual:
        d.add(Line(p.x1, p.y0, p.x1, p.y1, strokeColor=AXIS, strokeWidth=0.6))
    d.add(String(p.x0 - 3, p.y1 + size * 0.6, "万円", fontName=font, fontSize=size, fillColor=TEXT, textAnchor="end"))
    if dual:
        d.add(String(p.x1 + 3, p.y1 + size * 0.6, "万円", fontName=font, fontSize=size, fillColor=TEXT))


def _bars(d: Drawing, p: _Plot, balance: Sequence[int]) -> None:
    zero = p.y(0, p.right)
    width = min(p.slot * 0.55, 28)
    for i, v in enumerate(balance):
        if v == 0:
            continue
        top = p.y(v, p.right)
        d.add(Rect(p.x(i) - width / 2, min(zero, top), width, abs(top - zero),
                   fillColor=BAR_UP if v > 0 else BAR_DOWN, strokeColor=None))  # fmt: skip


def _line(d: Drawing, p: _Plot, savings: Sequence[int]) -> None:
    points = [c for i, v in enumerate(savings) for c in (p.x(i), p.y(v, p.left))]
    if len(points) >= 4:
        d.add(PolyLine(points, strokeColor=SAVINGS, strokeWidth=1.4))
    radius = 2.2 if p.slot >= 12 else 1.5
    for i, v in enumerate(savings):
        d.add(Circle(p.x(i), p.y(v, p.left), radius, fillColor=ALERT if v < 0 else SAVINGS, strokeColor=colors.white,
                     strokeWidth=0.4))  # fmt: skip


def _year_labels(d: Drawing, p: _Plot, years: Sequence[str], font: str, size: float) -> None:
    widest = max((stringWidth(line, font, size) for y in years for line in y.split("\n")), default=0)
    every = max(1, math.ceil((widest + 2) / p.slot)) if p.slot else 1
    for i, label in enumerate(years):
        if i % every and i != len(years) - 1:
            continue
        for k, line in enumerate(label.split("\n")):
            d.add(String(p.x(i), p.y0 - (k + 1) * (size + 1.5), line, fontName=font, fontSize=size,
                         fillColor=TEXT, textAnchor="middle"))  # fmt: skip


def _legend(d: Drawing, p: _Plot, font: str, size: float, dual: bool, negative: str | None, height: float) -> None:
    size = max(size, 7.5)  # the legend stays legible when the year labels are small
    y = height - size - 2
    x = p.x0
    items = [
        ("bar", "年間収支（棒" + ("・右目盛）" if dual else "）")),
        ("line", "貯蓄残高（線" + ("・左目盛）" if dual else "）")),
    ]
    for kind, text in items:
        if kind == "bar":
            d.add(Rect(x, y - 1, 5, size, fillColor=BAR_UP, strokeColor=None))
            d.add(Rect(x + 5, y - 1, 5, size, fillColor=BAR_DOWN, strokeColor=None))
        else:
            d.add(Line(x, y + size / 2 - 1, x + 10, y + size / 2 - 1, strokeColor=SAVINGS, strokeWidth=1.4))
            d.add(Circle(x + 5, y + size / 2 - 1, 2, fillColor=SAVINGS, strokeColor=None))
        d.add(String(x + 13, y, text, fontName=font, fontSize=size, fillColor=TEXT))
        x += 13 + stringWidth(text, font, size) + 12
    if negative is not None:
        text = f"貯蓄残高がマイナスになる年：{negative.split(chr(10))[0]}"
        d.add(Rect(x, y - 1, 10, size, fillColor=ALERT_BG, strokeColor=ALERT, strokeWidth=0.5))
        d.add(String(x + 13, y, text, fontName=font, fontSize=size, fillColor=ALERT))


__all__ = ["Scale", "cashflow_chart", "first_negative", "nice_step", "scales", "tick_label"]
