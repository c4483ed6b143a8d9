"""A print preview for a PDF file: its pages in a scroll area, zoom, print, save a copy, or
open it in the system's PDF viewer.

Pages are rasterised with pypdfium2 (QtPdf is not available for the pinned Qt), only those
near the visible area, so a 500-page 経過一覧 opens at once. The whole file is read into
memory when the dialog opens: no file handle stays open, so the caller may delete the file
as soon as the dialog has closed.

Keyboard: Ctrl++ / Ctrl+- zoom, PgUp / PgDn go to the previous / next page, Esc closes.
Every dialog this one opens (printer, save-as, errors) goes through an injectable callable,
so tests never block in ``exec()``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSizeF, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.qt import audit_trail
from app.qt.messages import MessagePresenter, QtMessagePresenter

ZOOMS = (0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
SCREEN_DPI = 96  # zoom 100% = the page's real size on an ordinary monitor
PRINT_DPI_MAX = 300  # pages are rasterised for the printer at no more than this
PAGE_GAP = 12
_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}

AskPrinter = Callable[[QWidget, QPrinter], bool]  # shows a print dialog; True to print
ChooseSavePath = Callable[[QWidget, str], str | None]  # (parent, suggested path) → path or None
OpenUrl = Callable[[QUrl], bool]


def render_page(page: Any, scale: float) -> QImage:
    """One pypdfium2 page as a QImage (white background) at ``scale`` pixels per point.

    The image owns its pixels (copied out of pdfium's buffer)."""
    bitmap = page.render(scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255))
    try:
        fmt = _FORMATS[bitmap.mode]
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()
    finally:
        bitmap.close()


def _ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PdfPreviewDialog(QDialog):
    """Preview of the PDF at ``path``; ``title`` is the window title. ``suggested_name`` is
    offered by 保存…. ``sig_opened_externally`` tells the owner that the system viewer now
    uses the file (so it must outlive this dialog)."""

    sig_opened_externally = Signal()

    def __init__(
        self,
        path: str | Path,
        title: str = "",
        *,
        suggested_name: str = "",
        presenter: MessagePresenter | None = None,
        ask_printer: AskPrinter | None = None,
        choose_save_path: ChooseSavePath | None = None,
        open_url: OpenUrl | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        import pypdfium2  # here, not at import time: only printing pays for it

        self._path = Path(path)
        self._presenter = presenter or QtMessagePresenter()
        self._ask_printer = ask_printer or _ask_printer
        self._choose_save_path = choose_save_path or self._save_dialog
        self._open_url = open_url or QDesktopServices.openUrl
        self._suggested = suggested_name or self._path.name
        self._doc = pypdfium2.PdfDocument(self._path.read_bytes())
        self._sizes = [self._doc.get_page_size(i) for i in range(len(self._doc))]  # points
        self._zoom = 1.0
        self._rendered: dict[int, float] = {}  # page index → the zoom its pixmap was made at
        self._closed = False
        self._shown = False
        self.opened_externally = False
        self.setWindowTitle(title or self._path.name)
        self._build()
        self._connect()
        self._layout_pages()
        self.resize(900, 1000)

    # ---- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # the canvas is sized by hand
        self.scroll.viewport().setStyleSheet("background: #7f7f7f;")
        canvas = QWidget(self.scroll)
        self._pages_layout = QVBoxLayout(canvas)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for _ in self._sizes:
            label = QLabel(canvas)
            label.setFrameShape(QFrame.Shape.Box)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label.setStyleSheet("background: white; border: 1px solid #404040;")
            self._pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroll.setWidget(canvas)
        self.page_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.external_button = QPushButton(self.tr("Open in system &viewer"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.print_button.setDefault(True)
        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        buttons = QHBoxLayout()
        for w in (self.print_button, self.save_button, self.external_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.external_button.clicked.connect(self._on_external_button_clicked)
        self.close_button.clicked.connect(self.reject)
        keys: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),  # the "+" key without Shift: US layout
            (QKeySequence("Ctrl+;"), self.zoom_in),  # the "+" key without Shift: JIS layout
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to_page(self.current_page() + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to_page(self.current_page() - 1)),
            (QKeySequence("Ctrl+P"), self._on_print_button_clicked),
        ]
        for seq, slot in keys:
            shortcut = QShortcut(seq, self)
            shortcut.activated.connect(slot)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_visible)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    # ---- public API ------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self._sizes)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (1.0 = real size), keeping the current page in view."""
        zoom = max(ZOOMS[0], min(ZOOMS[-1], zoom))
        if abs(zoom - self._zoom) < 1e-6:
            return
        page = self.current_page()
        self._zoom = zoom
        self._layout_pages()
        self.go_to_page(page)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self._zoom + 1e-6), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self._zoom - 1e-6), ZOOMS[0]))

    def fit_width(self) -> None:
        if not self._sizes:
            return
        room = self.scroll.viewport().width() - 2 * PAGE_GAP - 4
        widest = max(w for w, _h in self._sizes)
        self.set_zoom(room / (widest * SCREEN_DPI / 72))

    def current_page(self) -> int:
        """The index of the page at the top of the view (0-based)."""
        top = self.scroll.verticalScrollBar().value()
        for i, label in enumerate(self.page_labels):
            if label.geometry().bottom() + PAGE_GAP / 2 > top:
                return i
        return max(0, len(self.page_labels) - 1)

    def go_to_page(self, index: int) -> None:
        if not self.page_labels:
            return
        index = max(0, min(index, len(self.page_labels) - 1))
        self.scroll.verticalScrollBar().setValue(self.page_labels[index].y() - PAGE_GAP // 2)
        self._update_page_label()
        self._render_timer.start()

    def page_image(self, index: int) -> QImage | None:
        """The image shown for page ``index`` (None until it has been rendered)."""
        pixmap = self.page_labels[index].pixmap()
        return None if pixmap is None or pixmap.isNull() else pixmap.toImage()

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page (or the printer's from–to range) onto ``printer``, each page
        rasterised at the printer's resolution (at most PRINT_DPI_MAX) and scaled to the
        paper. Raises OSError when the printer cannot be started."""
        first, last = printer.fromPage(), printer.toPage()
        pages = range(len(self._sizes)) if first == 0 else range(first - 1, min(last, len(self._sizes)))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        scale = min(printer.resolution(), PRINT_DPI_MAX) / 72
        # the painter's origin is the paper's corner in full-page mode, else the printable area's
        unit = QPrinter.Unit.DevicePixel
        area = printer.paperRect(unit) if printer.fullPage() else printer.pageRect(unit)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be started."))
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for n, index in enumerate(i for _copy in range(copies) for i in pages):
                if n:
                    printer.newPage()
                image = render_page(self._doc[index], scale)
                size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF((area.width() - size.width()) / 2, 0, size.width(), size.height())
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_copy(self, dest: str | Path) -> Path:
        """Copy the PDF to ``dest`` (".pdf" added when missing); OSError on failure."""
        target = Path(dest)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        shutil.copyfile(self._path, target)
        return target

    # ---- slots -----------------------------------------------------------------------------
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the sheets are A4; the dialog may change it
        printer.setFromTo(1, len(self._sizes))
        printer.setFullPage(True)
        if not self._ask_printer(self, printer):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.print_to(printer)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._presenter.error(self, self.tr("Print"), str(exc))
        else:
            QGuiApplication.restoreOverrideCursor()

    def _on_save_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self._choose_save_path(self, str(Path(folder) / self._suggested))
        if not chosen:
            return
        if not audit_trail.allowed(self, self._presenter, "export", "", None, f"PDF {self.windowTitle()}"):
            return
        try:
            self.save_copy(chosen)
        except OSError as exc:
            self._presenter.error(
                self, self.tr("Save PDF"), self.tr("Could not save the file: {error}").format(error=exc)
            )

    def _on_external_button_clicked(self) -> None:
        if not audit_trail.allowed(self, self._presenter, "export", "", None, f"PDF {self.windowTitle()}"):
            return
        self.opened_externally = True
        self.sig_opened_externally.emit()
        if not self._open_url(QUrl.fromLocalFile(str(self._path))):
            self._presenter.error(
                self, self.windowTitle(), self.tr("No program to open PDF files was found on this computer.")
            )

    def _on_scroll_value_changed(self, _value: int) -> None:
        self._update_page_label()
        self._render_timer.start()

    # ---- internals -------------------------------------------------------------------------
    def _save_dialog(self, parent: QWidget, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(parent, self.tr("Save PDF"), suggested, self.tr("PDF (*.pdf)"))
        return path or None

    def _pixels_per_point(self) -> float:
        return self._zoom * SCREEN_DPI / 72

    def _layout_pages(self) -> None:
        ppp = self._pixels_per_point()
        for label, (w, h) in zip(self.page_labels, self._sizes, strict=True):
            label.setFixedSize(round(w * ppp) + 2, round(h * ppp) + 2)  # + the 1 px border
            label.clear()
        self._rendered.clear()
        self._pages_layout.activate()
        self.scroll.widget().adjustSize()  # now, so the scroll range fits the new page sizes
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self._zoom * 100)))
        self.zoom_in_button.setEnabled(self._zoom < ZOOMS[-1] - 1e-6)
        self.zoom_out_button.setEnabled(self._zoom > ZOOMS[0] + 1e-6)
        self._update_page_label()
        self._render_timer.start()

    def _update_page_label(self) -> None:
        total = len(self._sizes)
        current = min(self.current_page() + 1, total)
        self.page_label.setText(self.tr("Page {current} / {total}").format(current=current, total=total))

    def _render_visible(self) -> None:
        """Render the pages in (or next to) the viewport; forget the pixmaps of far ones."""
        if self._closed or not self.page_labels:
            return
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        ratio = self.devicePixelRatioF()
        for i, label in enumerate(self.page_labels):
            geo = label.geometry()
            near = geo.bottom() >= top - geo.height() and geo.top() <= bottom + geo.height()
            if near and self._rendered.get(i) != self._zoom:
                image = render_page(self._doc[i], self._pixels_per_point() * ratio)
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                self._rendered[i] = self._zoom
            elif not near and i in self._rendered:
                label.clear()
                del self._rendered[i]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._shown:  # first time: shrink the pages to the window if they are wider
            self._shown = True
            self.layout().activate()
            if self.page_labels and self.page_labels[0].width() + 2 * PAGE_GAP > self.scroll.viewport().width():
                self.fit_width()
        self._render_timer.start()

    def done(self, result: int) -> None:
        """Close the dialog and release the document (the file may then be deleted)."""
        self._render_timer.stop()
        super().done(result)
        if not self._closed:
            self._closed = True
            self._doc.close()
