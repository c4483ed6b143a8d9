"""The consistency warnings to read before printing (AnnualReportService.data_quality): one
line per problem — what kind, this instance, how many records — with the records under it.

Enter (or a double click) on a problem opens the case of its first record, on a record that
record's case (``sig_open_case``); a problem with no case (a missing 目標値 or 事業概要) asks
for the profile page instead (``sig_edit_profile``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.domain.wareki import format_iso
from app.services.report_rows import QualityIssue, RecordRef

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1  # on column 0: the QualityIssue (problem lines)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # on column 0: the RecordRef (record lines)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SETTINGS_CODES = ("missing_target", "orphan_target", "missing_profile")  # fixed on the profile page
WARNING_COLOUR = QColor("#9a5b00")


class QualityView(QWidget):
    sig_open_case = Signal(int)
    sig_edit_profile = Signal()
    sig_status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("qualitySummary")
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("qualityTree")
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Details"), self.tr("Records")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 720)
        self._row_height = self.tree.fontMetrics().height() + 8
        self.hint_label = QLabel(
            self.tr(
                "Enter opens the case of the record (on a problem: of its first record); "
                "a missing target or programme profile opens the profile page."
            ),
            self,
        )
        self.hint_label.setStyleSheet("color: #666666;")
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint_label)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.open_item(item))
        self.tree.installEventFilter(self)
        self._issues: list[QualityIssue] = []

    # ---- public API --------------------------------------------------------------------------
    def set_issues(self, issues: Sequence[QualityIssue], year_text: str) -> None:
        self._issues = list(issues)
        self.tree.clear()
        for issue in issues:
            top = QTreeWidgetItem([issue.title, issue.message, str(len(issue.records)) if issue.records else ""])
            top.setData(0, ISSUE_ROLE, issue)
            top.setToolTip(1, issue.message)
            top.setForeground(0, QBrush(WARNING_COLOUR))
            top.setSizeHint(0, QSize(0, self._row_height))
            for ref in issue.records:
                line = [ref.label, self._record_text(ref), ""]
                child = QTreeWidgetItem(top, line)
                child.setData(0, RECORD_ROLE, ref)
            self.tree.addTopLevelItem(top)
        if issues:
            text = self.tr("%1: %2 problems to check before printing.").replace("%1", year_text)
            self.summary_label.setText(text.replace("%2", str(len(issues))))
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.summary_label.setText(self.tr("%1: no problems found.").replace("%1", year_text))

    def issues(self) -> list[QualityIssue]:
        return list(self._issues)

    def problem_texts(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(1) for i in range(self.tree.topLevelItemCount())]

    def open_item(self, item: QTreeWidgetItem | None = None) -> int | None:
        """Open the case ``item`` (default: the current line) leads to; its id, or None."""
        item = item or self.tree.currentItem()
        if item is None:
            return None
        ref: RecordRef | None = item.data(0, RECORD_ROLE)
        issue: QualityIssue | None = item.data(0, ISSUE_ROLE)
        if ref is None and issue is not None:
            if issue.code in SETTINGS_CODES:
                self.sig_edit_profile.emit()
                return None
            ref = next((r for r in issue.records if r.case_id is not None), None)
        if ref is None or ref.case_id is None:
            self.sig_status.emit(self.tr("This record belongs to no case."))
            return None
        self.sig_open_case.emit(ref.case_id)
        return ref.case_id

    # ---- internals ---------------------------------------------------------------------------
    def _record_text(self, ref: RecordRef) -> str:
        on = format_iso(ref.on) if ref.on is not None else ""
        text = self.tr("%1 (record #%2)").replace("%1", on).replace("%2", str(ref.id)) if on else f"#{ref.id}"
        return text if ref.case_id is not None else self.tr("%1, no case").replace("%1", text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.tree and is_key and event.key() in ENTER_KEYS:
            QTimer.singleShot(0, self.open_item)
            return True
        return super().eventFilter(watched, event)


__all__ = ["QualityView"]
