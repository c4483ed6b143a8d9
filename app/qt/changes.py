"""Turns a server ledger's change notices into a Qt signal (no polling loop: the listener's
socket wakes the event loop)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, Signal


class LedgerChangeWatcher(QObject):
    """Emits ``sig_changed(n)`` when other PCs committed ``n`` changes to the ledger."""

    sig_changed = Signal(int)

    def __init__(self, listener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        count = self._listener.poll()
        if count:
            self.sig_changed.emit(count)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._listener.close()
