"""The case file: the header, a quick-add for contacts and one timeline of everything done
on the case, newest first, filterable by kind.

Keyboard: Ctrl+Shift+N or Alt+C goes to the quick-add's content, Ctrl+Enter / Ctrl+S there
records the contact, Escape goes back (``sig_back``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LedgerError
from app.qt.messages import MessagePresenter
from app.services.case_timeline import TimelineEntry
from app.views.intake.case_header import CaseHeaderView
from app.views.intake.contact_form import ContactQuickAdd

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ENTRY_ROLE) → the TimelineEntry
Fetch = Callable[[frozenset[str] | None, int, int], list[TimelineEntry]]  # (kinds, limit, offset)


class TimelineTableModel(QAbstractTableModel):
    """Frozen ``TimelineEntry`` rows, newest first, fetched a page at a time.

    Columns: date (and time), kind, title and detail, staff. ``kind_labels`` and ``headers``
    are the translated texts the view hands in."""

    def __init__(self, fetch: Fetch, kind_labels: dict[str, str], headers: list[str]) -> None:
        super().__init__()
        self._fetch = fetch
        self._kind_labels = kind_labels
        self._headers = headers
        self._kinds: frozenset[str] | None = None
        self._rows: list[TimelineEntry] = []
        self._more = False

    def load(self, kinds: frozenset[str] | None) -> None:
        self.beginResetModel()
        self._kinds = kinds
        self._rows = self._fetch(kinds, PAGE_SIZE, 0)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self._kinds, PAGE_SIZE, len(self._rows))
        self._more = len(page) == PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return f"{e.title}\n{e.detail}".strip()
        return None

    def _text(self, e: TimelineEntry, column: int) -> str:
        if column == 0:
            return f"{e.on:%Y-%m-%d}" + (f" {e.at:%H:%M}" if e.at else "")
        if column == 1:
            return self._kind_labels.get(e.kind, e.kind)
        if column == 2:
            detail = " ".join(e.detail.split())
            return f"{e.title}　{detail}" if detail else e.title
        return e.staff


class CaseFileView(QWidget):
    """One case's file. ``show_case(case_id)``; ``sig_back`` when the user leaves (Escape);
    ``sig_contact_saved(contact_id)`` after a quick-add."""

    sig_back = Signal()
    sig_contact_saved = Signal(int)
    sig_change_status = Signal(int)  # case id: move a programme along the case path
    sig_evaluate = Signal(int)  # case id: record a monitoring or closure evaluation
    sig_new_record = Signal(str)  # "plan" / "referral" / "outcome" / "service": a new one on this case
    sig_open_entry = Signal(str, int)  # (kind, id): a timeline entry opened with Enter or a double click
    sig_print = Signal(str)  # "intake" / "plan" / "contacts": print from this case

    def __init__(
        self,
        cases,
        timeline,
        codes,
        today: Callable[[], date],
        presenter: MessagePresenter,
        *,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._timeline = timeline
        self._presenter = presenter
        self._short = {c.code: c.short_label or c.label for c in codes.codes("programme", include_retired=True)}
        self._case_id: int | None = None
        self.header = CaseHeaderView(cases, today, self)
        self.quick_add = ContactQuickAdd(cases, codes, today, staff_id=staff_id, parent=self)
        self.model = TimelineTableModel(self._fetch, self._kind_labels(), self._headers())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._build_filter()
        self._build_layout()
        self._connect()

    # ---- construction ----------------------------------------------------------------------
    def _kind_labels(self) -> dict[str, str]:
        return {
            "contact": self.tr("Contact"),
            "referral": self.tr("Referral"),
            "plan": self.tr("Plan"),
            "evaluation": self.tr("Evaluation"),
            "review": self.tr("Meeting"),
            "outcome": self.tr("Outcome"),
            "service": self.tr("Service"),
            "visit": self.tr("Visit"),
            "food": self.tr("Food support"),
            "housing": self.tr("Housing support"),
        }

    def _headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Content"), self.tr("Staff")]

    def _build_filter(self) -> None:
        self.filters: list[tuple[QPushButton, frozenset[str] | None]] = []
        groups = (
            (self.tr("All"), None),
            (self.tr("Contacts"), frozenset({"contact"})),
            (self.tr("Referrals"), frozenset({"referral"})),
            (self.tr("Plans"), frozenset({"plan", "evaluation"})),
            (self.tr("Outcomes"), frozenset({"outcome"})),
            (self.tr("Services"), frozenset({"service", "food", "housing"})),
            (self.tr("Visits"), frozenset({"visit"})),
            (self.tr("Meetings"), frozenset({"review"})),
        )
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        for i, (text, kinds) in enumerate(groups):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setChecked(i == 0)
            self.filter_group.addButton(button, i)
            self.filters.append((button, kinds))
        self.filter_group.idClicked.connect(self._on_filter_group_id_clicked)

    def _build_layout(self) -> None:
        add_box = QFrame(self)
        add_box.setFrameShape(QFrame.Shape.StyledPanel)
        add_layout = QVBoxLayout(add_box)
        title = QLabel(self.tr("New contact (Ctrl+Shift+N)"), add_box)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        add_layout.addWidget(title)
        add_layout.addWidget(self.quick_add)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        bar.addWidget(QLabel(self.tr("Show:"), self))
        for button, _kinds in self.filters:
            bar.addWidget(button)
        bar.addStretch(1)
        self.back_button = QPushButton(self.tr("Back (Esc)"), self)
        self.back_button.clicked.connect(self.sig_back)
        bar.addWidget(self.back_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(add_box)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.table, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        self.status_button = self._action_button(left_layout, self.tr("Change &status…"), self.sig_change_status)
        self.evaluate_button = self._action_button(left_layout, self.tr("Record e&valuation…"), self.sig_evaluate)
        self.record_buttons: dict[str, QPushButton] = {}
        for kind, text in (
            ("plan", self.tr("New &plan… (Ctrl+Shift+P)")),
            ("referral", self.tr("Record &referral… (Ctrl+Shift+R)")),
            ("outcome", self.tr("Employment &outcome… (Ctrl+Shift+O)")),
            ("service", self.tr("&Use of another programme… (Ctrl+Shift+U)")),
        ):
            button = QPushButton(text, left)
            button.clicked.connect(lambda _checked=False, kind=kind: self._new_record(kind))
            left_layout.addWidget(button)
            self.record_buttons[kind] = button
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"), left)
        print_menu = QMenu(self.print_button)
        self.print_actions: dict[str, QAction] = {}
        for what, text in (
            ("intake", self.tr("Intake and application form")),
            ("plan", self.tr("Plan (the selected or the newest)")),
            ("contacts", self.tr("Contact history")),
        ):
            action = print_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, what=what: self._print(what))
            self.print_actions[what] = action
        self.print_button.setMenu(print_menu)
        left_layout.addWidget(self.print_button)
        left_layout.addStretch(1)  # the actions stay next to the case they act on
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        for keys in ("Ctrl+Shift+N", "Alt+C"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.quick_add.focus_content)
        for keys, kind in (("Ctrl+Shift+P", "plan"), ("Ctrl+Shift+R", "referral"), ("Ctrl+Shift+O", "outcome"),
                           ("Ctrl+Shift+U", "service")):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda kind=kind: self._new_record(kind))
        printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        printing.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing.activated.connect(self._on_print_shortcut_activated)
        self.table.activated.connect(self._on_table_activated)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.sig_back)
        self.quick_add.sig_saved.connect(self._on_quick_add_sig_saved)

    # ---- public API ------------------------------------------------------------------------
    def show_case(self, case_id: int) -> None:
        """Show the case's header and timeline; a case that cannot be read is reported."""
        try:
            case = self._cases.get_case(case_id)
            self.header.show_case(case_id)
        except LedgerError as exc:
            self._presenter.error(self, self.tr("Case file"), str(exc))
            return
        self._case_id = case_id
        members = [m for m in case.programmes if m.ended_on is None] or list(case.programmes)
        self.quick_add.set_case(
            case_id, [(m.programme, self._short.get(m.programme, m.programme_label)) for m in members]
        )
        self.reload()

    def case_id(self) -> int | None:
        return self._case_id

    def current_kinds(self) -> frozenset[str] | None:
        return self.filters[max(self.filter_group.checkedId(), 0)][1]

    def reload(self) -> None:
        """Read the timeline again with the current filter (first page)."""
        if self._case_id is None:
            self.model.clear()
            return
        try:
            self.model.load(self.current_kinds())
        except LedgerError as exc:
            self.model.clear()
            self._presenter.error(self, self.tr("Case file"), str(exc))

    def selected_entry(self) -> TimelineEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # ---- slots -----------------------------------------------------------------------------
    def _action_button(self, layout: QVBoxLayout, text: str, signal) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: self._case_id is not None and signal.emit(self._case_id))
        layout.addWidget(button)
        return button

    def _new_record(self, kind: str) -> None:
        # opened once the key press is done, not inside the shortcut's dispatch (a modal dialog
        # opened there would run its own shortcuts inside it)
        if self._case_id is not None:
            QTimer.singleShot(0, lambda: self.sig_new_record.emit(kind))

    def _print(self, what: str) -> None:
        if self._case_id is not None:
            self.sig_print.emit(what)

    def _on_print_shortcut_activated(self) -> None:
        self.print_button.showMenu()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            entry = self.model.entry(index.row())
            self.sig_open_entry.emit(entry.kind, entry.id)

    def _fetch(self, kinds: frozenset[str] | None, limit: int, offset: int) -> list[TimelineEntry]:
        assert self._case_id is not None
        return self._timeline.timeline(self._case_id, kinds, limit=limit, offset=offset)

    def _on_filter_group_id_clicked(self, _id: int) -> None:
        self.reload()

    def _on_quick_add_sig_saved(self, contact_id: int) -> None:
        kinds = self.current_kinds()
        if kinds is not None and "contact" not in kinds:
            self.filters[0][0].setChecked(True)  # show where the new contact went
        self.reload()
        for row in range(self.model.rowCount()):
            e = self.model.entry(row)
            if e.kind == "contact" and e.id == contact_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                break
        self.quick_add.focus_content()
        self.sig_contact_saved.emit(contact_id)
