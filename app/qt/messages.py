"""Dialogs go through a presenter, so tests can record them instead of blocking in exec()."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget


class MessagePresenter(Protocol):
    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...


class QtMessagePresenter:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


class RecordingPresenter:
    """For tests: remembers every message instead of showing it."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("info", title, text))
