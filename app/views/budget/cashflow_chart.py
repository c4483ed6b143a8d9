"""The chart under the キャッシュフロー表 (household-budget.md §3): 年間収支 as bars (up when the
year ends in surplus, down in a warning colour when it ends short) and 貯蓄残高 as a line with
a point per year, over a zero line and a y axis in 万円.

Painted with QPainter (QtCharts is not shipped). The first year whose 貯蓄残高 falls below 0 is
shaded and labelled 「貯蓄が尽きる年」. Hovering a year shows both values in 円. The widget holds
plain lists; :meth:`CashflowChart.values` returns them for tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.domain.money import MAN, format_man, format_yen

SURPLUS_COLOUR = QColor("#4f81bd")
DEFICIT_COLOUR = QColor("#c62828")
SAVINGS_COLOUR = QColor("#e07b00")
RUN_OUT_SHADE = QColor(198, 40, 40, 38)
GRID_COLOUR = QColor("#dddddd")
AXIS_COLOUR = QColor("#555555")
TEXT_COLOUR = QColor("#333333")
STEPS = (1, 2, 2.5, 5, 10)  # "nice" tick steps within a power of ten
PAD = 6


@dataclass(frozen=True)
class _Layout:
    plot: QRectF
    low: int  # yen at the bottom of the plot
    high: int  # yen at the top
    step: int  # yen between ticks

    def y(self, yen: int) -> float:
        span = self.high - self.low
        return self.plot.bottom() - (yen - self.low) / span * self.plot.height()

    def slot(self, n: int) -> float:
        return self.plot.width() / max(n, 1)

    def x(self, i: int, n: int) -> float:
        return self.plot.left() + (i + 0.5) * self.slot(n)


def nice_ticks(low: int, high: int, count: int = 5) -> tuple[int, int, int]:
    """(bottom, top, step) in yen: a round step (1, 2, 2.5, 5 × 10^n yen, at least 1万円) and
    the range widened to whole steps so it covers ``low``..``high`` and 0."""
    low, high = min(low, 0), max(high, 0)
    if low == high:
        high = 100 * MAN
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(int(s * power) for s in STEPS if s * power >= raw)
    step = max(step, MAN)
    bottom = (low // step) * step
    top = -(-high // step) * step
    return bottom, max(top, bottom + step), step


class CashflowChart(QWidget):
    """年間収支 (bars) and 貯蓄残高 (line) per year; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._years: list[str] = []
        self._balance: list[int] = []
        self._savings: list[int] = []
        self._first_negative: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(520, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ---- public API ------------------------------------------------------------------------
    def set_projection(
        self, years: list[str], balance: list[int], savings: list[int], first_negative_index: int | None
    ) -> None:
        """Show a projection: ``years`` are the x labels (lines split by "\\n", e.g.
        "2023\\nR5"), ``balance`` 年間収支 and ``savings`` 貯蓄残高 in yen, one per year;
        ``first_negative_index`` the year to highlight (None: savings never run out)."""
        if not len(years) == len(balance) == len(savings):
            raise ValueError("years, balance and savings must have the same length")
        if first_negative_index is not None and not 0 <= first_negative_index < len(years):
            raise ValueError(f"first_negative_index {first_negative_index} is outside the years")
        self._years, self._balance, self._savings = list(years), list(balance), list(savings)
        self._first_negative = first_negative_index
        self.update()

    def clear(self) -> None:
        self.set_projection([], [], [], None)

    def values(self) -> dict[str, object]:
        """What the chart shows (for tests): years, balance, savings, first_negative_index."""
        return {
            "years": list(self._years),
            "balance": list(self._balance),
            "savings": list(self._savings),
            "first_negative_index": self._first_negative,
        }

    def sizeHint(self) -> QSize:
        return QSize(800, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(520, 180)

    def index_at(self, x: float) -> int | None:
        """The year under the x coordinate ``x`` (None outside the plot)."""
        n = len(self._years)
        if not n:
            return None
        plot = self._layout().plot
        if not plot.left() <= x < plot.right():
            return None
        return min(int((x - plot.left()) / plot.width() * n), n - 1)

    def tooltip_text(self, index: int) -> str:
        """The hover text of year ``index``: the year, then both values in 円."""
        lines = self._years[index].split("\n")
        head = lines[0] + (self.tr(" (%1)").replace("%1", " ".join(lines[1:])) if len(lines) > 1 else "")
        text = [
            head,
            self.tr("Balance of the year: %1").replace("%1", format_yen(self._balance[index])),
            self.tr("Savings at year end: %1").replace("%1", format_yen(self._savings[index])),
        ]
        if index == self._first_negative:
            text.append(self.tr("Savings run out this year"))
        return "\n".join(text)

    # ---- events ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    # ---- layout ----------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def _layout(self) -> _Layout:
        small, _bold = self._fonts()
        fm = QFontMetrics(small)
        values = self._balance + self._savings
        low, high, step = nice_ticks(min(values, default=0), max(values, default=0))
        labels = [self._tick_text(v, step) for v in range(low, high + 1, step)]
        left = max(fm.horizontalAdvance(t) for t in labels) + 2 * PAD
        lines = max((len(y.split("\n")) for y in self._years), default=1)
        top = fm.height() * 3 // 2 + 2 * PAD  # the legend, and half a line for the top tick's label
        bottom = lines * fm.height() + PAD
        plot = QRectF(left, top, max(self.width() - left - 2 * PAD, 10), max(self.height() - top - bottom, 10))
        return _Layout(plot, low, high, step)

    @staticmethod
    def _tick_text(yen: int, step: int) -> str:
        decimals = 0 if step % MAN == 0 else 1
        return format_man(yen, decimals=decimals, unit=False)

    # ---- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        small, bold = self._fonts()
        p.setFont(small)
        if not self._years:
            p.setPen(AXIS_COLOUR)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No cash-flow table to chart."))
            p.end()
            return
        lay = self._layout()
        self._paint_run_out(p, lay, bold)
        self._paint_axis(p, lay)
        self._paint_bars(p, lay)
        self._paint_savings(p, lay)
        self._paint_years(p, lay)
        self._paint_legend(p, lay)
        p.end()

    def _paint_run_out(self, p: QPainter, lay: _Layout, bold: QFont) -> None:
        i = self._first_negative
        if i is None:
            return
        n, slot = len(self._years), lay.slot(len(self._years))
        column = QRectF(lay.plot.left() + i * slot, lay.plot.top(), slot, lay.plot.height())
        p.fillRect(column, RUN_OUT_SHADE)
        text = self.tr("Savings run out")
        fm = QFontMetrics(bold)
        width = fm.horizontalAdvance(text) + 8
        x = min(max(lay.x(i, n) - width / 2, lay.plot.left()), lay.plot.right() - width)
        box = QRectF(x, lay.plot.top() + 2, width, fm.height() + 2)
        p.fillRect(box, QColor(255, 255, 255, 220))
        p.setPen(DEFICIT_COLOUR)
        p.setFont(bold)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self._fonts()[0])

    def _paint_axis(self, p: QPainter, lay: _Layout) -> None:
        fm = p.fontMetrics()
        for yen in range(lay.low, lay.high + 1, lay.step):
            y = lay.y(yen)
            p.setPen(QPen(GRID_COLOUR, 1))
            p.drawLine(QPointF(lay.plot.left(), y), QPointF(lay.plot.right(), y))
            p.setPen(TEXT_COLOUR)
            box = QRectF(0, y - fm.height() / 2, lay.plot.left() - PAD, fm.height())
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._tick_text(yen, lay.step))
        p.setPen(QPen(AXIS_COLOUR, 1.5))
        p.drawLine(QPointF(lay.plot.left(), lay.y(0)), QPointF(lay.plot.right(), lay.y(0)))
        p.drawLine(lay.plot.topLeft(), lay.plot.bottomLeft())

    def _paint_bars(self, p: QPainter, lay: _Layout) -> None:
        n = len(self._years)
        width = max(min(lay.slot(n) * 0.55, 48), 2)
        zero = lay.y(0)
        p.setPen(Qt.PenStyle.NoPen)
        for i, yen in enumerate(self._balance):
            top = lay.y(yen)
            p.setBrush(DEFICIT_COLOUR if yen < 0 else SURPLUS_COLOUR)
            p.drawRect(QRectF(lay.x(i, n) - width / 2, min(top, zero), width, max(abs(zero - top), 1)))

    def _paint_savings(self, p: QPainter, lay: _Layout) -> None:
        n = len(self._years)
        points = [QPointF(lay.x(i, n), lay.y(yen)) for i, yen in enumerate(self._savings)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(SAVINGS_COLOUR, 2.2))
        p.drawPath(path)
        radius = 3.5 if n <= 15 else 2.5
        p.setPen(QPen(SAVINGS_COLOUR, 1.5))
        for i, point in enumerate(points):
            p.setBrush(DEFICIT_COLOUR if self._savings[i] < 0 else QColor("white"))
            p.drawEllipse(point, radius, radius)

    def _paint_years(self, p: QPainter, lay: _Layout) -> None:
        n, fm = len(self._years), p.fontMetrics()
        widest = max(fm.horizontalAdvance(line) for y in self._years for line in y.split("\n"))
        every = max(1, math.ceil((widest + 6) / lay.slot(n)))
        for i, label in enumerate(self._years):
            if i % every and i != self._first_negative:
                continue
            if i != self._first_negative and self._first_negative is not None and abs(i - self._first_negative) < every:
                continue  # keep the highlighted year's label clear of its neighbours
            p.setPen(DEFICIT_COLOUR if i == self._first_negative else TEXT_COLOUR)
            for k, line in enumerate(label.split("\n")):
                box = QRectF(lay.x(i, n) - widest, lay.plot.bottom() + 2 + k * fm.height(), 2 * widest, fm.height())
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, line)

    def _paint_legend(self, p: QPainter, lay: _Layout) -> None:
        fm = p.fontMetrics()
        h = fm.height()
        y = PAD + h / 2
        p.setPen(TEXT_COLOUR)
        p.drawText(QRectF(PAD, PAD, lay.plot.left() + 80, h), Qt.AlignmentFlag.AlignLeft, self.tr("(10,000 yen)"))
        items = (
            ("bar", SURPLUS_COLOUR, self.tr("Balance of the year")),
            ("bar", DEFICIT_COLOUR, self.tr("Balance (short)")),
            ("line", SAVINGS_COLOUR, self.tr("Savings at year end")),
        )
        widths = [22 + fm.horizontalAdvance(text) + 14 for _kind, _colour, text in items]
        x = self.width() - PAD - sum(widths)
        for (kind, colour, text), width in zip(items, widths, strict=True):
            if kind == "bar":
                p.fillRect(QRectF(x, y - 5, 16, 10), colour)
            else:
                p.setPen(QPen(colour, 2.2))
                p.drawLine(QPointF(x, y), QPointF(x + 16, y))
                p.setBrush(QColor("white"))
                p.drawEllipse(QPointF(x + 8, y), 3, 3)
            p.setPen(TEXT_COLOUR)
            p.drawText(QRectF(x + 20, PAD, width - 20, h), Qt.AlignmentFlag.AlignLeft, text)
            x += width
