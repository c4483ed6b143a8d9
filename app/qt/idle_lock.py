"""The idle lock: after some minutes without keyboard or mouse input the program covers every
window it has open, so no case data shows on an unattended PC; signing in again uncovers them.

``IdleWatcher`` watches the application's input events and emits ``sig_idle`` after the
interval. ``ScreenCover`` hides the content of all visible top-level windows (the main
window, open dialogs, print previews) behind an opaque panel and replaces their titles —
without closing or hiding them, so a dialog's typed text and its ``exec()`` survive the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """``sig_idle`` once ``minutes`` pass without input to any window of the program. Input
    restarts the count; ``pause()`` stops it (while locked) and ``resume()`` starts it anew."""

    sig_idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sig_idle)
        self._paused = False
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(int(minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(max(1, ms))
        if not self._paused:
            self.timer.start()

    def pause(self) -> None:
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        self._paused = False
        self.timer.start()

    def stop(self) -> None:
        """For good (the window closed)."""
        self.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False


class _Cover(QWidget):
    """An opaque panel over one window's whole client area, following its size."""

    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(window)
        self.setObjectName("idleLockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#idleLockCover { background: #3c4650; } QLabel { color: white; font-size: 16pt; }")
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self.raise_)
        return False


class ScreenCover(QObject):
    """Covers every visible top-level window (``cover``) and uncovers them (``uncover``).
    ``keep`` is left alone: the sign-in dialog that unlocks."""

    def __init__(self, text: str, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._title = title
        self._covered: list[tuple[QWidget, _Cover, str]] = []

    @property
    def active(self) -> bool:
        return bool(self._covered)

    def covers(self) -> list[QWidget]:
        return [cover for _w, cover, _t in self._covered]

    def windows(self) -> list[QWidget]:
        return [w for w, _c, _t in self._covered]

    def cover(self, keep: QWidget | None = None) -> None:
        if self._covered:
            return
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or a combo's list would show above the cover
            popup.close()
            popup = QApplication.activePopupWidget()
        for window in QApplication.topLevelWidgets():
            if window is keep or not window.isVisible() or window.isHidden() or not window.isWindow():
                continue
            if window.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                window.hide()
                continue
            self._covered.append((window, _Cover(window, self._text), window.windowTitle()))
            window.setWindowTitle(self._title)

    def uncover(self) -> None:
        for window, cover, title in self._covered:
            try:
                window.removeEventFilter(cover)
                cover.hide()
                cover.deleteLater()
                window.setWindowTitle(title)
            except RuntimeError:  # the window was deleted meanwhile
                continue
        self._covered.clear()
