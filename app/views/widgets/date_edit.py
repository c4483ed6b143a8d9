"""A date field that takes 和暦 or 西暦 the way staff type them.

Every form :func:`app.domain.wareki.parse_date` accepts is accepted (令和4年4月1日, R4.4.1,
2022/4/1, 20220401, full-width digits …). When editing finishes the text is normalised to
the stored ISO form ("2022-04-01") and the 和暦 is shown in the tooltip and, if the caller
placed it, in the companion :meth:`DateEdit.hint_label`. Text that is not a date stays as
typed and puts the field in an error state: a red border and the parser's Japanese message
(:meth:`DateEdit.error`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.wareki import DateParseError, format_wareki, parse_date

ERROR_COLOUR = "#c62828"
HINT_COLOUR = "#555555"
INVALID_STYLE = f'QLineEdit[invalid="true"] {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}'


def wareki_or_blank(d: date | None) -> str:
    """The long 和暦 of ``d`` ("令和4年4月1日"), or "" for none or a date before 1873."""
    if d is None:
        return ""
    try:
        return format_wareki(d)
    except ValueError:
        return ""


class DateEdit(QLineEdit):
    """A line edit for one date (or none).

    ``today`` (optional) lets month/day input without a year ("4/1") take the current year;
    leave it out for birth dates. ``hint_errors``: whether the companion label also shows
    the error message (a form that shows errors under its fields passes False).
    ``sig_date_changed(date | None)`` fires when the date the field holds changes.
    ``sig_error_changed(str)`` fires when the error message changes ("" = no error).
    """

    sig_date_changed = Signal(object)
    sig_error_changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        hint_errors: bool = True,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._hint_errors = hint_errors
        self._date: date | None = None
        self._error = ""
        self._hint: QLabel | None = None
        self.setPlaceholderText(self.tr("e.g. R5.4.1 / 2023/4/1"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 16)
        self.editingFinished.connect(self._on_self_editing_finished)

    # ---- public API ------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date the field holds: None when empty or when the text is not a date."""
        return self._date

    def error(self) -> str:
        """The parser's Japanese message for the text typed, or "" when it is fine."""
        return self._error

    def setDate(self, value: date | None) -> None:
        """Show ``value`` (ISO text; None clears the field) and drop any error."""
        self.setText("" if value is None else value.isoformat())
        self._apply(value, "")

    def set_text(self, text: str) -> None:
        """Put ``text`` in the field and read it at once, as if the user had typed it."""
        self.setText(text)
        self._on_self_editing_finished()

    def hint_label(self) -> QLabel:
        """A label showing the 和暦 of the date (and the error, unless ``hint_errors`` is
        False); created on first call, for the caller to place beside or below the field."""
        if self._hint is None:
            self._hint = QLabel()
            self._hint.setObjectName("dateHint")
            self._update_hint()
        return self._hint

    # ---- reading the text ------------------------------------------------------------------
    def _on_self_editing_finished(self) -> None:
        text = self.text().strip()
        if not text:
            self._apply(None, "")
            return
        try:
            value = parse_date(text, today=self._today() if self._today else None)
        except DateParseError as exc:
            self._apply(None, str(exc))
            return
        self.setText(value.isoformat())
        self._apply(value, "")

    def _apply(self, value: date | None, error: str) -> None:
        changed, error_changed = value != self._date, error != self._error
        self._date, self._error = value, error
        self.setProperty("invalid", bool(error))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(error or wareki_or_blank(value))
        self._update_hint()
        if changed:
            self.sig_date_changed.emit(value)
        if error_changed:
            self.sig_error_changed.emit(error)

    def _update_hint(self) -> None:
        if self._hint is None:
            return
        if self._error and self._hint_errors:
            self._hint.setText(self._error)
            self._hint.setStyleSheet(f"color: {ERROR_COLOUR};")
        else:
            self._hint.setText(wareki_or_blank(self._date))
            self._hint.setStyleSheet(f"color: {HINT_COLOUR};")
