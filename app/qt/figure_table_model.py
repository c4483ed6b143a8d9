"""The year's figures as a Qt table model, grouped by programme: a heading row per programme
(its title), then its figures — label, value, unit, 目標値, 達成 / 未達成 (green / red) and
the figure's key (last: the numbers come first on a narrow screen). Rows hold frozen
``FigureValue``s (StatisticsService.year); nothing is read in ``data()``.

``data(index, FIGURE_KEY_ROLE)`` is the figure's key on a figure row and None on a heading;
heading rows are enabled but not selectable (the view spans them over every column).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.money import format_man
from app.domain.placeholders import format_number
from app.services.statistics import FigureValue

AnyIndex = QModelIndex | QPersistentModelIndex
FIGURE_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("label", "value", "unit", "target", "achievement", "key")
COLUMN_OF = {key: i for i, key in enumerate(COLUMNS)}
ACHIEVED_COLOUR = QColor("#1b6e20")
NOT_ACHIEVED_COLOUR = QColor("#c62828")
ACHIEVED_BG = QColor("#e3f1e4")
NOT_ACHIEVED_BG = QColor("#fbe4e4")
HEADING_BG = QColor("#e6e9ef")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_MONTHS = ("4", "5", "6", "7", "8", "9", "10", "11", "12", "1", "2", "3")


@dataclass(frozen=True)
class _Heading:
    programme: str
    title: str


class FigureTableModel(QAbstractTableModel):
    """Read-only; ``set_figures`` replaces everything (one reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Heading | FigureValue] = []

    # ---- loading -----------------------------------------------------------------------------
    def set_figures(self, figures: Iterable[FigureValue], titles: Mapping[str, str], order: Iterable[str] = ()) -> None:
        """Show ``figures`` grouped by programme: the programmes in ``order`` first, then any
        other in the order met; ``titles`` maps a programme to its heading."""
        by_programme: dict[str, list[FigureValue]] = {p: [] for p in order}
        for f in figures:
            by_programme.setdefault(f.programme, []).append(f)
        rows: list[_Heading | FigureValue] = []
        for programme, items in by_programme.items():
            if items:
                rows.append(_Heading(programme, titles.get(programme, programme)))
                rows.extend(items)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    # ---- look-ups ----------------------------------------------------------------------------
    def figure_at(self, row: int) -> FigureValue | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, FigureValue) else None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], _Heading)

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, _Heading)]

    def row_of_key(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, FigureValue) and r.key == key), None)

    def figure_count(self) -> int:
        return sum(isinstance(r, FigureValue) for r in self._rows)

    # ---- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if COLUMNS[section] in ("value", "target") else _LEFT)
        return None

    def _titles(self) -> tuple[str, ...]:
        titles = {
            "label": self.tr("Figure"),
            "value": self.tr("Value"),
            "unit": self.tr("Unit"),
            "target": self.tr("Target"),
            "achievement": self.tr("Achievement"),
            "key": self.tr("Key"),
        }
        return tuple(titles[c] for c in COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, _Heading):
            return self._heading_data(item, index.column(), role)
        return self._figure_data(item, COLUMNS[index.column()], role)

    def _heading_data(self, item: _Heading, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title if column == 0 else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HEADING_BG)
        return None

    def _figure_data(self, f: FigureValue, column: str, role: int) -> Any:
        if role == FIGURE_KEY_ROLE:
            return f.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(f, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column in ("value", "target") else _LEFT)
        if column == "achievement" and f.achieved is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ACHIEVED_COLOUR if f.achieved else NOT_ACHIEVED_COLOUR)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ACHIEVED_BG if f.achieved else NOT_ACHIEVED_BG)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if column == "key" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#555555"))
        return None

    def _text(self, f: FigureValue, column: str) -> str:
        if column == "label":
            return f.label
        if column == "key":
            return f.key
        if column == "unit":
            return f.unit
        if column == "value":
            return format_number(f.value)
        if column == "target":
            return "" if f.target is None else format_number(f.target)
        if f.achieved is None:
            return ""
        return self.tr("Achieved") if f.achieved else self.tr("Not achieved")

    def _tooltip(self, f: FigureValue) -> str:
        months = "　".join(
            self.tr("%1: %2").replace("%1", self.tr("Month %1").replace("%1", m)).replace("%2", format_number(v))
            for m, v in zip(_MONTHS, f.monthly, strict=True)
        )
        lines = [f"{f.label}（{f.key}）"]
        if f.unit == "円":
            lines.append(format_man(f.value))
        lines.append(months)
        lines.append(self.tr("Enter or double click: the records behind this figure"))
        return "\n".join(lines)


__all__ = ["COLUMNS", "COLUMN_OF", "FIGURE_KEY_ROLE", "FigureTableModel"]
