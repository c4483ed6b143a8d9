"""File → Backups…: the generations of the ledger file — back up now, restore a chosen
generation, copy generations to an external drive (with a ``SHA256SUMS`` file).

Checking a generation hashes the whole file (about 0.6 s each for a one-year ledger), so the
list shows every generation at once as 確認中… and a background task (``TaskRunner``) fills in
the outcome. Making a backup, copying and restoring run in a second runner, one at a time;
the dialog cannot be closed while one runs (it would lose the outcome).

Restoring needs the ledger closed. After the question the dialog calls ``before_restore``
(the launcher stops the automatic backups and closes the ledger), restores in the
background, reports what happened, then calls ``after_restore`` — also when the restore
failed, because the ledger was closed for it (the launcher ends the program, so every screen
starts again on the restored ledger).

Keyboard: Enter on a row restores it (after asking), Ctrl+A selects every generation for a
copy, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.backups import MANIFEST_NAME, BackupInfo, BackupStore, RestoreResult
from app.domain.errors import LedgerError
from app.qt.messages import MessagePresenter
from app.qt.task_runner import TaskRunner

DirectoryChooser = Callable[[QWidget], "Path | None"]  # the dialog → a folder, None = cancelled

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COL_TAKEN, COL_REASON, COL_SIZE, COL_CHECK = range(4)


class BackupDialog(QDialog):
    """The generations of ``store``, newest first. What it does is reported through
    ``presenter`` and the line under the list (``status_label``). GUI thread only."""

    def __init__(
        self,
        store: BackupStore,
        presenter: MessagePresenter,
        *,
        before_restore: Callable[[], None],
        after_restore: Callable[[], None],
        choose_directory: DirectoryChooser | None = None,
        restore_refused: str = "",
        record_restore: Callable[[RestoreResult], None] = lambda _result: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BackupDialog")
        self._restore_refused = restore_refused  # why this member may not restore ("" = may)
        self._record_restore = record_restore  # writes the restore into the restored ledger's audit trail
        self._store, self._presenter = store, presenter
        self._before_restore, self._after_restore = before_restore, after_restore
        self.choose_directory: DirectoryChooser = choose_directory or self._ask_directory
        self._infos: list[BackupInfo] = []
        self._checking = False
        self._check_runner = TaskRunner(self)
        self._work_runner = TaskRunner(self)
        self._work_runner.sig_running_changed.connect(self._on_work_runner_running_changed)
        self.setWindowTitle(self.tr("Backups"))
        self._build()
        self.resize(720, 440)
        self.reload()

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.folder_label = QLabel(
            self.tr("Backups of %1 are kept in %2")
            .replace("%1", self._store.ledger.name)
            .replace("%2", str(self._store.folder)),
            self,
        )
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken at"), self.tr("Reason"), self.tr("Size"), self.tr("Check")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        self.make_button = self._button(self.tr("&Back up now"), self.make_backup)
        self.restore_button = self._button(self.tr("&Restore the chosen generation…"), self.restore_selected)
        self.restore_button.setToolTip(self._restore_refused or self.tr("Enter on a row"))
        self.restore_button.setEnabled(not self._restore_refused)
        self.copy_button = self._button(self.tr("&Copy to an external drive…"), self.copy_selected)
        self.copy_button.setToolTip(self.tr("Copies the selected generations (Ctrl+A: all) and their checksums"))
        self.close_button = self._button(self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.restore_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    def _button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter belongs to the list (restore), never to a button
        button.clicked.connect(lambda: action())
        return button

    # ---- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        """List the generations now (unchecked) and check them in the background."""
        self._infos = self._store.list()
        self._checking = bool(self._infos) and self._check_runner.run(
            lambda _progress, _cancelled: self._store.list(check=True),
            on_done=self._on_check_done,
            on_error=self._on_check_failed,
        )
        self._fill()
        self._show_count()

    def infos(self) -> list[BackupInfo]:
        """The generations as listed, newest first (with ``verified`` once checked)."""
        return list(self._infos)

    def selected_infos(self) -> list[BackupInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._infos[row] for row in rows if row < len(self._infos)]

    def _fill(self, select: BackupInfo | None = None) -> None:
        self.table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            texts = (
                info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                self._reason_text(info.reason),
                _size_text(info.size),
                self._check_text(info),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == COL_SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == COL_CHECK and info.verified is False:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        if self._infos:
            chosen = next((r for r, i in enumerate(self._infos) if select and i.path == select.path), 0)
            self.table.selectRow(chosen)
        self.table.setFocus()

    def _check_text(self, info: BackupInfo) -> str:
        if not info.has_checksum:
            return self.tr("No checksum recorded")
        if info.verified is None:
            return self.tr("Checking…") if self._checking else "—"
        return self.tr("OK") if info.verified else self.tr("Changed since it was made: not usable")

    def _reason_text(self, reason: str) -> str:
        known = {
            "auto": self.tr("Automatic"),
            "close": self.tr("On closing"),
            "manual": self.tr("By hand"),
            "before-restore": self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
        }
        if reason.startswith("before-migrate"):
            return self.tr("Before an update of the ledger")
        return known.get(reason, reason)

    def _show_count(self) -> None:
        if not self._infos:
            self.status_label.setText(self.tr("There are no backups yet."))
        elif self._checking:
            self.status_label.setText(self.tr("%1 generation(s). Checking…").replace("%1", str(len(self._infos))))
        else:
            bad = sum(1 for i in self._infos if i.verified is False or not i.has_checksum)
            count = str(len(self._infos))
            if bad:
                text = self.tr("%1 generation(s); %2 of them failed the check and cannot be restored.")
                text = text.replace("%1", count).replace("%2", str(bad))
            else:
                text = self.tr("%1 generation(s).").replace("%1", count)
            self.status_label.setText(text)

    def _on_check_done(self, checked: list[BackupInfo]) -> None:
        self._checking = False
        outcome = {i.path: i.verified for i in checked}
        selected = self.selected_infos()
        self._infos = [_with_verified(i, outcome.get(i.path, i.verified)) for i in self._infos]
        self._fill(selected[0] if selected else None)
        self._show_count()

    def _on_check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self._fill()
        self.status_label.setText(self.tr("The backups could not be checked: %1").replace("%1", str(exc)))

    # ---- back up now -------------------------------------------------------------------------
    def make_backup(self) -> None:
        store = self._store
        if self._work_runner.run(lambda _p, _c: store.make("manual"), on_done=self._on_made, on_error=self._on_failed):
            self.status_label.setText(self.tr("Backing up…"))

    def _on_made(self, info: BackupInfo) -> None:
        self._infos.insert(0, info)
        self._fill(info)
        self.status_label.setText(self.tr("Backed up: %1").replace("%1", info.name))

    def _on_failed(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, LedgerError) else f"{type(exc).__name__}: {exc}"
        self._show_count()
        self._presenter.error(self, self.tr("Backups"), text)

    # ---- restore -----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Ask, then restore the current generation (Enter on a row does the same)."""
        row = self.table.currentRow()
        if self._work_runner.is_running() or not 0 <= row < len(self._infos):
            return
        if self._restore_refused:
            self._presenter.error(self, self.tr("Restore"), self._restore_refused)
            return
        info = self._infos[row]
        if info.verified is False or not info.has_checksum:
            self._presenter.error(
                self,
                self.tr("Restore"),
                self.tr(
                    "The backup %1 failed its check (it changed after it was made) and cannot be restored. "
                    "Choose another generation."
                ).replace("%1", info.name),
            )
            return
        when = info.taken_at.strftime("%Y-%m-%d %H:%M")
        question = self.tr(
            "Restore the ledger from the backup of %1?\n\n"
            "The current ledger file is not deleted: it is kept aside beside the ledger. Records saved "
            "after %1 are not in this backup and must be entered again.\n"
            "The ledger is closed for the restore."
        ).replace("%1", when)
        if not self._presenter.question(self, self.tr("Restore"), question):
            return
        self._before_restore()
        store = self._store
        self._check_runner.cancel()
        self.status_label.setText(self.tr("Restoring…"))
        started = self._work_runner.run(
            lambda _p, _c: store.restore(info), on_done=self._on_restored, on_error=self._on_restore_failed
        )
        if not started:  # cannot happen (checked above); never leave the ledger closed silently
            self._on_restore_failed(RuntimeError(self.tr("Another task is running.")))

    def _on_restored(self, result: RestoreResult) -> None:
        text = self.tr("The ledger was restored from %1.").replace("%1", result.restored_from.name)
        try:
            self._record_restore(result)
        except LedgerError as exc:  # the restore stands; say that it is not in the audit trail
            text += "\n" + self.tr("The restore could not be recorded in the audit trail: %1").replace("%1", str(exc))
        if result.kept_aside:
            text += "\n" + self.tr("The previous ledger file was kept as %1").replace("%1", str(result.kept_aside[0]))
        self._presenter.info(self, self.tr("Restore"), text)
        self._finish_restore()

    def _on_restore_failed(self, exc: BaseException) -> None:
        detail = str(exc) if isinstance(exc, LedgerError) else f"{type(exc).__name__}: {exc}"
        self._presenter.error(
            self,
            self.tr("Restore"),
            self.tr("The ledger was not restored: %1\nThe ledger file was not changed.").replace("%1", detail),
        )
        self._finish_restore()

    def _finish_restore(self) -> None:
        self.accept()
        self._after_restore()

    # ---- copy to an external drive ----------------------------------------------------------
    def copy_selected(self) -> None:
        """Copy the selected generations (all when none is selected) to a chosen folder."""
        chosen = self.selected_infos() or list(self._infos)
        if not chosen or self._work_runner.is_running():
            return
        directory = self.choose_directory(self)
        if directory is None:
            return
        directory = Path(directory)
        if directory.resolve() == self._store.folder.resolve():
            self._presenter.error(
                self,
                self.tr("Copy to an external drive"),
                self.tr("Choose a folder on an external drive, not the backups folder itself."),
            )
            return
        store = self._store
        if self._work_runner.run(
            lambda _p, _c: store.copy_to(chosen, directory),
            on_done=lambda copied: self._on_copied(copied, directory),
            on_error=self._on_failed,
        ):
            self.status_label.setText(self.tr("Copying %1 generation(s)…").replace("%1", str(len(chosen))))

    def _on_copied(self, copied: list[Path], directory: Path) -> None:
        manifest = directory / MANIFEST_NAME
        text = (
            self.tr("Copied %1 backup(s) to %2.").replace("%1", str(len(copied))).replace("%2", str(directory))
            + "\n"
            + self.tr("Their checksums are in %1 (check them with: sha256sum -c %2).")
            .replace("%1", str(manifest))
            .replace("%2", MANIFEST_NAME)
        )
        self.status_label.setText(text)
        self._presenter.info(self, self.tr("Copy to an external drive"), text)

    def _ask_directory(self, parent: QWidget) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, self.tr("Copy the backups to"))
        return Path(chosen) if chosen else None

    # ---- keyboard and closing ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.restore_selected()
            return True
        return super().eventFilter(watched, event)

    def _on_work_runner_running_changed(self, running: bool) -> None:
        for button in (self.make_button, self.restore_button, self.copy_button, self.close_button):
            button.setEnabled(not running)
        if self._restore_refused:
            self.restore_button.setEnabled(False)

    def reject(self) -> None:
        if self._work_runner.is_running():  # a copy or backup in progress: its outcome must be seen
            self.status_label.setText(self.tr("Please wait until the task has finished."))
            return
        self._check_runner.cancel()
        super().reject()


def _with_verified(info: BackupInfo, verified: bool | None) -> BackupInfo:
    return BackupInfo(info.path, info.taken_at, info.reason, info.size, info.has_checksum, verified)


def _size_text(size: int) -> str:
    if size < 1 << 20:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1 << 20):.1f} MB"
