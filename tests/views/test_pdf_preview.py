"""The PDF preview as staff use it: pages shown, zoom and page keys, print to a printer
(here a PDF file, no dialog), save a copy, open in the system viewer, Esc closes."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrinter

from app.qt.messages import RecordingPresenter
from app.report.case_sheets import render_contact_history
from app.services.case_sheets import ContactHistory, ContactLine
from app.views.pdf_preview import PdfPreviewDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(__file__).resolve().parents[2] / "shots"


def make_pdf(path: Path, contacts: int = 40) -> int:
    """A 経過一覧 of 山田 花子 (invented) over several pages; returns the page count."""
    lines = tuple(
        ContactLine(i, date(2022, 4, 1) + timedelta(days=i), time(10, 0), "来所", "自立相談", "本人", (),
                    "家計表を一緒に確認し、来月の支出を見直した。" * (1 + i % 3), "川辺 ひかる", 30, "")
        for i in range(contacts)
    )  # fmt: skip
    history = ContactHistory(
        1, "2022-00001", "山田 花子", "やまだ はなこ", ("自立相談",), "川辺 ひかる", None, None, lines
    )
    return render_contact_history(history, path, organisation="架空市生活自立相談支援センター")


class Recorder:
    """Stands in for the print dialog, the save-as dialog and the desktop's URL opener."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.printers: list[QPrinter] = []
        self.output = tmp_path / "printed.pdf"
        self.print_answer = True
        self.save_answer: str | None = str(tmp_path / "saved")
        self.suggested: list[str] = []
        self.urls: list[QUrl] = []
        self.open_answer = True

    def ask_printer(self, parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.output))
        self.printers.append(printer)
        return self.print_answer

    def choose_save_path(self, parent, suggested: str) -> str | None:
        self.suggested.append(suggested)
        return self.save_answer

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.open_answer


@pytest.fixture
def pdf(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "経過一覧_2022-00001.pdf"
    return path, make_pdf(path)


@pytest.fixture
def recorder(tmp_path: Path) -> Recorder:
    return Recorder(tmp_path)


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def dialog(ja_app, qtbot, pdf, recorder, presenter) -> PdfPreviewDialog:
    d = PdfPreviewDialog(
        pdf[0], "経過一覧", presenter=presenter, ask_printer=recorder.ask_printer,
        choose_save_path=recorder.choose_save_path, open_url=recorder.open_url,
    )  # fmt: skip
    qtbot.addWidget(d)
    d.resize(900, 960)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: d.page_image(0) is not None)
    return d


def test_pages_are_shown_with_their_count(dialog, pdf) -> None:
    _path, pages = pdf
    assert pages >= 3
    assert dialog.windowTitle() == "経過一覧"
    assert dialog.page_count() == pages
    assert dialog.page_label.text() == f"1 / {pages} ページ"
    assert dialog.zoom_label.text() == "100%"
    assert [
        b.text() for b in (dialog.print_button, dialog.save_button, dialog.external_button, dialog.close_button)
    ] == [
        "印刷(&P)…",
        "保存(&S)…",
        "システムのビューアで開く(&V)",
        "閉じる",
    ]
    image = dialog.page_image(0)
    assert image is not None and image.width() > 700  # A4 at 96 dpi is 794 px wide
    assert image.pixelColor(5, 5).name() == "#ffffff"  # a white page, not a black bitmap
    assert dialog.page_image(pages - 1) is None  # far pages wait until they are scrolled to
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "pdf_preview.png"))


def test_zoom_with_keys_and_buttons(dialog, qtbot) -> None:
    width = dialog.page_labels[0].width()
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, CTRL)
    assert dialog.zoom() == pytest.approx(1.1)
    assert dialog.zoom_label.text() == "110%"
    assert dialog.page_labels[0].width() > width
    qtbot.waitUntil(lambda: dialog.page_image(0) is not None and dialog.page_image(0).width() > width)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, CTRL)
    assert dialog.zoom_label.text() == "90%"
    assert dialog.page_labels[0].width() < width
    for _ in range(20):
        dialog.zoom_out_button.click() if dialog.zoom_out_button.isEnabled() else None
    assert dialog.zoom_label.text() == "50%" and not dialog.zoom_out_button.isEnabled()
    dialog.fit_button.click()
    room = dialog.scroll.viewport().width()
    assert room - 40 <= dialog.page_labels[0].width() <= room


def test_page_down_and_up_go_page_by_page(dialog, qtbot, pdf) -> None:
    _path, pages = pdf
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == f"2 / {pages} ページ"
    assert dialog.current_page() == 1
    qtbot.waitUntil(lambda: dialog.page_image(1) is not None)
    for _ in range(pages + 2):
        qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == f"{pages} / {pages} ページ"
    qtbot.waitUntil(lambda: dialog.page_image(pages - 1) is not None)
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.current_page() == pages - 2


def test_print_to_a_printer_without_a_dialog(dialog, pdf, tmp_path: Path) -> None:
    _path, pages = pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "direct.pdf"))
    printer.setFullPage(True)
    dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "direct.pdf").pages) == pages


def test_print_button_asks_for_a_printer_and_prints_the_chosen_pages(dialog, recorder, tmp_path: Path) -> None:
    recorder.print_answer = False
    dialog.print_button.click()
    assert len(recorder.printers) == 1 and not (tmp_path / "printed.pdf").exists()
    recorder.print_answer = True
    dialog.print_button.click()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count()
    printer = recorder.printers[-1]
    assert printer.pageLayout().pageSize().id().name == "A4"
    printer.setFromTo(2, 2)
    dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1


def test_save_copies_the_file(dialog, recorder, presenter, pdf, tmp_path: Path) -> None:
    path, _pages = pdf
    dialog.save_button.click()
    assert recorder.suggested[0].endswith("経過一覧_2022-00001.pdf")
    saved = tmp_path / "saved.pdf"  # the extension is added
    assert saved.read_bytes() == path.read_bytes()
    recorder.save_answer = None  # cancelled
    dialog.save_button.click()
    recorder.save_answer = str(tmp_path / "no such folder" / "x.pdf")
    dialog.save_button.click()
    assert [(kind, title) for kind, title, _text in presenter.messages] == [("error", "PDFを保存")]
    assert "ファイルを保存できませんでした" in presenter.messages[0][2]


def test_open_in_system_viewer(dialog, recorder, presenter, pdf, qtbot) -> None:
    path, _pages = pdf
    with qtbot.waitSignal(dialog.sig_opened_externally):
        dialog.external_button.click()
    assert [u.toLocalFile() for u in recorder.urls] == [str(path)]
    assert dialog.opened_externally and presenter.messages == []
    recorder.open_answer = False
    dialog.external_button.click()
    assert presenter.messages[0][0] == "error" and "PDF" in presenter.messages[0][2]


def test_escape_closes_and_releases_the_file(dialog, qtbot, pdf) -> None:
    path, _pages = pdf
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    path.unlink()  # nothing holds the file open any more
    dialog.close_button.click()  # closing twice is harmless


def test_a_narrow_window_starts_with_the_page_fitted(ja_app, qtbot, pdf) -> None:
    d = PdfPreviewDialog(pdf[0], "経過一覧", presenter=RecordingPresenter())
    qtbot.addWidget(d)
    d.resize(600, 700)
    d.show()
    qtbot.waitExposed(d)
    assert d.zoom() < 1.0
    assert d.page_labels[0].width() <= d.scroll.viewport().width()
    assert not d.scroll.horizontalScrollBar().isVisible()


def test_a_printer_that_cannot_start_is_reported(dialog, recorder, presenter, tmp_path: Path) -> None:
    recorder.output = tmp_path / "no such folder" / "printed.pdf"
    dialog.print_button.click()
    assert presenter.messages == [("error", "印刷", "プリンターを開始できませんでした。")]
