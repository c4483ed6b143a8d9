"""Dialogs go through a presenter, so tests can record them instead of blocking in exec()."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


class MessagePresenter(Protocol):
    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None: ...

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        ...


class QtMessagePresenter:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes


class RecordingPresenter:
    """For tests: remembers every message instead of showing it. ``secrets`` and ``answers``
    are the replies to ``ask_secret`` and ``question``, in order (then None / False)."""

    def __init__(self, secrets: list[str | None] | None = None, answers: list[bool] | None = None) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.secrets = list(secrets or [])
        self.answers = list(answers or [])

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.messages.append(("ask_secret", title, label))
        return self.secrets.pop(0) if self.secrets else None

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append(("question", title, text))
        return self.answers.pop(0) if self.answers else False
