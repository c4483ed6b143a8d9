"""The month calendar of the 会議予定 tab: a painted grid of whole weeks from Sunday.

Sundays and public holidays are red with the holiday's name, Saturdays blue, days of the
neighbouring months grey. Each meeting is a chip in its kind's colour with its start time
and title; a cancelled one is struck through, a 支援会議 the viewer is not a member of shows
only 「支援会議（構成員のみ）」. What does not fit in a day says 「ほかN件」.

Keyboard: the arrows move the selected day (a day in another month turns the page), PgUp /
PgDn the month, Home goes to today, Enter (or a double-click) activates the day
(``sig_day_activated``); a double-click on a chip activates that meeting
(``sig_meeting_activated``). The view reads months through ``load(year, month)`` (the tab
asks the service); it never writes.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.wareki import format_wareki
from app.services.meeting_rows import CalendarDay, MeetingRow, MonthView

RED = QColor("#c62828")
BLUE = QColor("#1f5fa8")
GREY = QColor("#9a9a9a")
TEXT = QColor("#222222")
LINE = QColor("#c8c8c8")
OUTSIDE_BG = QColor("#f3f3f3")
HOLIDAY_BG = QColor("#fdecea")
SELECTED_BG = QColor("#e3efff")
SELECTED_LINE = QColor("#1565c0")
TODAY_BG = QColor("#1565c0")
CANCELLED_TEXT = QColor("#8a8a8a")
WEEKDAYS = "月火水木金土日"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}

Load = Callable[[int, int], MonthView | None]  # (year, month) → the month, or None after an error


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (or earlier), the month's last day when it is shorter."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def wareki(d: date) -> str:
    try:
        return format_wareki(d)
    except ValueError:
        return d.isoformat()


def split_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` broken anywhere (Japanese has no spaces to wait for) into at most ``lines``
    lines of ``width``, the last one elided."""
    out: list[str] = []
    rest = text
    while rest and len(out) < lines - 1 and fm.horizontalAdvance(rest) > width:
        cut = len(rest)
        while cut > 1 and fm.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        out.append(rest[:cut])
        rest = rest[cut:].lstrip()
    if rest:
        out.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return out


@dataclass(frozen=True)
class Chip:
    """One meeting as a day of the grid shows it."""

    meeting: MeetingRow
    text: str
    struck: bool  # cancelled
    restricted: bool  # a 支援会議 shown without detail


class MonthCalendarView(QWidget):
    """A month of whole weeks starting on Sunday. ``load`` reads a month; ``today`` says
    which day is today (Home, the marked day)."""

    sig_month_changed = Signal(int, int)  # (year, month) now shown
    sig_selection_changed = Signal(object)  # the selected date
    sig_day_activated = Signal(object)  # Enter or a double-click on a day: its date
    sig_meeting_activated = Signal(int)  # a double-click on a meeting chip: its id

    def __init__(self, load: Load, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load, self._today = load, today
        self._view: MonthView | None = None
        self._selected = today()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Month calendar"))
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7.0))

    # ---- public API ------------------------------------------------------------------------
    def month_view(self) -> MonthView | None:
        return self._view

    def selected_date(self) -> date:
        return self._selected

    def reload(self) -> None:
        """Read the shown month again (after a change)."""
        self._show_month(self._selected.year, self._selected.month, force=True)

    def select_date(self, d: date) -> None:
        """Select ``d``, turning to its month when it is another."""
        month_changes = self._view is None or (d.year, d.month) != (self._view.year, self._view.month)
        self._selected = d
        if month_changes:
            self._show_month(d.year, d.month)
        self._announce()
        self.update()
        self.sig_selection_changed.emit(d)

    def go_months(self, months: int) -> None:
        self.select_date(add_months(self._selected, months))

    def go_today(self) -> None:
        self.select_date(self._today())

    def day(self, d: date) -> CalendarDay | None:
        """The day of the shown grid, if it is in it."""
        if self._view is None:
            return None
        try:
            return self._view.day(d)
        except KeyError:
            return None

    def chips(self, d: date) -> list[Chip]:
        """What the day shows, in order (all of them, also those that do not fit)."""
        day = self.day(d)
        return [self.chip(m, d) for m in day.meetings] if day is not None else []

    def chip(self, m: MeetingRow, on: date) -> Chip:
        title = self.tr("Support council (members only)") if m.restricted else m.title
        starts_here = m.held_on == on
        at = f"{m.start_time:%H:%M} " if m.start_time is not None and starts_here else ("" if starts_here else "… ")
        return Chip(m, at + title, m.status == "cancelled", m.restricted)

    def day_rect(self, d: date) -> QRect | None:
        """Where the day is drawn (for tests and the mouse)."""
        if self._view is None:
            return None
        for r, week in enumerate(self._view.weeks):
            for c, day in enumerate(week):
                if day.on == d:
                    return self._cell(r, c)
        return None

    def chip_rects(self, d: date) -> list[tuple[QRect, Chip]]:
        """The chips drawn in the day (those that fit), with their rectangles: two lines each
        when the day has room for all of them so, else one."""
        rect = self.day_rect(d)
        if rect is None:
            return []
        chips = self.chips(d)
        top = rect.top() + self._head_height() + 1
        room = rect.bottom() - top + 1
        height = self._chip_height(2)
        if len(chips) * (height + 1) > room:
            height = self._chip_height(1)
        fits = max(room // (height + 1), 0)
        if len(chips) > fits:
            fits = max(fits - 1, 0)  # room for 「ほかN件」
        return [
            (QRect(rect.left() + 2, top + i * (height + 1), rect.width() - 4, height), chip)
            for i, chip in enumerate(chips[:fits])
        ]

    # ---- loading ---------------------------------------------------------------------------
    def _show_month(self, year: int, month: int, *, force: bool = False) -> None:
        if not force and self._view is not None and (self._view.year, self._view.month) == (year, month):
            return
        view = self._load(year, month)
        if view is None:
            return
        self._view = view
        self.update()
        self.sig_month_changed.emit(year, month)

    def _announce(self) -> None:
        d = self._selected
        day = self.day(d)
        parts = [wareki(d), f"{WEEKDAYS[d.weekday()]}曜日"]
        if day is not None and day.holiday:
            parts.append(day.holiday)
        if day is not None:
            parts.append(self.tr("%1 meetings").replace("%1", str(len(day.meetings))))
        self.setAccessibleDescription(" ".join(parts))

    # ---- geometry --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 300)

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _head_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _chip_height(self, lines: int = 1) -> int:
        return QFontMetrics(self._small).lineSpacing() * lines + 4

    def _cell(self, row: int, col: int) -> QRect:
        weeks = len(self._view.weeks) if self._view else 6
        top = self._header_height()
        width, height = self.width() - 1, self.height() - 1 - top
        x0, x1 = col * width // 7, (col + 1) * width // 7
        y0, y1 = top + row * height // weeks, top + (row + 1) * height // weeks
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def _at(self, pos: QPoint) -> tuple[date | None, Chip | None]:
        if self._view is None:
            return None, None
        for week in self._view.weeks:
            for day in week:
                rect = self.day_rect(day.on)
                if rect is not None and rect.contains(pos):
                    chip = next((c for r, c in self.chip_rects(day.on) if r.contains(pos)), None)
                    return day.on, chip
        return None, None

    # ---- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if self._view is None:
            return
        self._paint_header(p)
        for r, week in enumerate(self._view.weeks):
            for c, day in enumerate(week):
                self._paint_day(p, self._cell(r, c), day)
        rect = self.day_rect(self._selected)
        if rect is not None:
            p.setPen(QPen(SELECTED_LINE, 2 if not self.hasFocus() else 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        p.end()

    def _paint_header(self, p: QPainter) -> None:
        height = self._header_height()
        p.fillRect(QRect(0, 0, self.width(), height), QColor("#eef1f5"))
        for c, label in enumerate(self._view.weekday_labels if self._view else ()):
            rect = self._cell(0, c)
            rect = QRect(rect.left(), 0, rect.width(), height)
            p.setPen(RED if label == "日" else (BLUE if label == "土" else TEXT))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(LINE)
        p.drawLine(0, height, self.width(), height)

    def _paint_day(self, p: QPainter, rect: QRect, day: CalendarDay) -> None:
        if not day.in_month:
            p.fillRect(rect, OUTSIDE_BG)
        elif day.on == self._selected:
            p.fillRect(rect, SELECTED_BG)
        elif day.holiday:
            p.fillRect(rect, HOLIDAY_BG)
        p.setPen(LINE)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
        colour = GREY if not day.in_month else (RED if day.red else (BLUE if day.weekday == 5 else TEXT))
        head = QRect(rect.left() + 4, rect.top() + 1, rect.width() - 8, self._head_height())
        number = str(day.on.day)
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(number)
        if day.on == self._today():
            p.setBrush(TODAY_BG)
            p.setPen(Qt.PenStyle.NoPen)
            side = max(width + 8, fm.height() + 2)
            p.drawEllipse(QRect(head.left() - 3, head.top() + 1, side, fm.height() + 2))
            colour = QColor("white")
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(colour)
        p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        if day.holiday:
            p.setFont(self._small)
            p.setPen(RED if day.in_month else GREY)
            rest = head.adjusted(max(width, fm.height()) + 8, 0, 0, 0)
            name = QFontMetrics(self._small).elidedText(day.holiday, Qt.TextElideMode.ElideRight, rest.width())
            p.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        p.setFont(self.font())
        drawn = self.chip_rects(day.on)
        for chip_rect, chip in drawn:
            self._paint_chip(p, chip_rect, chip, day.in_month)
        hidden = len(day.meetings) - len(drawn)
        if hidden > 0:
            p.setFont(self._small)
            p.setPen(TEXT)
            top = drawn[-1][0].bottom() + 1 if drawn else rect.top() + self._head_height()
            more = QRect(rect.left() + 4, top, rect.width() - 8, self._chip_height(1))
            p.drawText(more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.tr("%1 more").replace("%1", str(hidden)))  # fmt: skip
            p.setFont(self.font())

    def _paint_chip(self, p: QPainter, rect: QRect, chip: Chip, in_month: bool) -> None:
        base = QColor(chip.meeting.colour) if QColor.isValidColorName(chip.meeting.colour) else GREY
        fill = QColor(base)
        fill.setAlpha(40 if chip.struck or not in_month else 70)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        bar = QColor(base)
        if chip.struck:
            bar.setAlpha(110)
        p.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), bar)
        if chip.restricted:
            p.setPen(QPen(base.darker(130), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        font = QFont(self._small)
        font.setStrikeOut(chip.struck)
        font.setItalic(chip.restricted)
        p.setFont(font)
        p.setPen(CANCELLED_TEXT if chip.struck or not in_month else TEXT)
        text_rect = rect.adjusted(7, 2, -2, -2)
        fm = QFontMetrics(font)
        lines = split_lines(chip.text, fm, text_rect.width(), max(text_rect.height() // fm.lineSpacing(), 1))
        for i, line in enumerate(lines):
            line_rect = QRect(text_rect.left(), text_rect.top() + i * fm.lineSpacing(), text_rect.width(),
                              fm.lineSpacing())  # fmt: skip
            p.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        p.setFont(self.font())

    # ---- the user --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if key in MOVES and plain:
            self.select_date(self._selected + timedelta(days=MOVES[Qt.Key(key)]))
        elif key == Qt.Key.Key_PageUp and plain:
            self.go_months(-1)
        elif key == Qt.Key.Key_PageDown and plain:
            self.go_months(1)
        elif key == Qt.Key.Key_Home and plain:
            self.go_today()
        elif key in ENTER_KEYS and plain:
            self.sig_day_activated.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on, _chip = self._at(event.position().toPoint())
        if on is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_date(on)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        on, chip = self._at(event.position().toPoint())
        if on is not None and on != self._selected:
            self.select_date(on)
        if chip is not None:
            self.sig_meeting_activated.emit(chip.meeting.id)
        elif on is not None:
            self.sig_day_activated.emit(on)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            on, chip = self._at(event.pos())
            text = self._tooltip(on, chip)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip(self, on: date | None, chip: Chip | None) -> str:
        if chip is not None:
            m = chip.meeting
            lines = [chip.text if m.start_time is None else f"{m.time_label} {chip.text.split(' ', 1)[-1]}"]
            lines.append(m.kind_label)
            if m.place_label:
                lines.append(m.place_label)
            if m.status == "cancelled":
                lines.append(self.tr("Cancelled"))
            if m.moved and m.occurrence_on is not None:
                lines.append(self.tr("Moved from %1").replace("%1", f"{m.occurrence_on.month}/{m.occurrence_on.day}"))
            return "\n".join(lines)
        if on is None:
            return ""
        day = self.day(on)
        return wareki(on) + (f"　{day.holiday}" if day is not None and day.holiday else "")


__all__ = ["Chip", "MonthCalendarView", "add_months", "split_lines"]
