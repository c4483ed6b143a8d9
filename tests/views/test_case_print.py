"""Printing from the case file: each sheet becomes a private temporary PDF shown in the
preview; errors reach the presenter; printouts do not outlive their preview or the app."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWidget

from app.qt.messages import RecordingPresenter
from app.services.case_sheets import CaseSheetService
from app.views.intake.case_print import CasePrinter
from app.views.pdf_preview import PdfPreviewDialog
from tests.services.test_case_sheets import make_case
from tests.views.conftest import SCREEN_TODAY

ORG = "架空市生活自立相談支援センター"


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "").replace("\n", "")


class PreviewRecorder:
    def __init__(self) -> None:
        self.calls: list[tuple[QWidget | None, Path, str]] = []

    def __call__(self, parent: QWidget | None, path: Path, title: str) -> None:
        assert path.is_file()  # written before the preview opens
        self.calls.append((parent, path, title))


@pytest.fixture
def made(gui_services):
    return make_case(gui_services, gui_services.ledger)


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def recorder() -> PreviewRecorder:
    return PreviewRecorder()


@pytest.fixture
def printer(ja_app, gui_services, presenter, recorder):
    p = CasePrinter(CaseSheetService(gui_services.ledger, lambda: SCREEN_TODAY), presenter, ORG, open_preview=recorder)
    yield p
    p.cleanup()


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_intake_sheet_opens_in_the_preview(printer, recorder, presenter, made, parent) -> None:
    path = printer.print_intake(parent, made.case_id)
    assert path is not None
    assert recorder.calls == [(parent, path, "相談受付・申込票")]
    assert path.name == f"相談受付・申込票_{made.case_no}.pdf"
    text = text_of(path)
    assert "相談受付・申込票" in text and "山田花子" in text and ORG in text
    assert presenter.messages == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_printouts_are_private_and_removed_by_cleanup(printer, made) -> None:
    path = printer.print_contact_history(None, made.case_id)
    assert path is not None
    root = path.parent.parent
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    printer.cleanup()
    assert not root.exists()
    printer.cleanup()  # idempotent
    again = printer.print_contact_history(None, made.case_id)  # a new private folder
    assert again is not None and again.is_file()


def test_plans_and_contact_history(printer, recorder, made) -> None:
    first = printer.print_plan(None, made.plan_id)
    replan = printer.print_plan(None, made.replan_id)
    history = printer.print_contact_history(None, made.case_id, date(2022, 4, 20), date(2022, 4, 30))
    assert [(p.name, title) for _parent, p, title in recorder.calls] == [
        (f"プラン_{made.case_no}_初回.pdf", "プラン"),
        (f"プラン_{made.case_no}_再プラン1.pdf", "プラン"),
        (f"経過一覧_{made.case_no}.pdf", "経過一覧"),
    ]
    assert first is not None and "プラン兼事業等利用申込書（初回）" in text_of(first)
    assert replan is not None and "（再プラン1）" in text_of(replan)
    assert history is not None
    text = text_of(history)
    assert "家主へ電話" in text and "3件" in text and "家計表を確認" not in text  # 4/13 is outside the period


def test_unknown_record_shows_the_error_and_no_preview(printer, recorder, presenter) -> None:
    assert printer.print_intake(None, 999_999) is None
    assert printer.print_plan(None, 999_999) is None
    assert printer.print_contact_history(None, 999_999) is None
    assert recorder.calls == []
    assert [(kind, title) for kind, title, _text in presenter.messages] == [
        ("error", "相談受付・申込票"),
        ("error", "プラン"),
        ("error", "経過一覧"),
    ]
    assert "見つかりません" in presenter.messages[0][2]


def test_a_pdf_that_cannot_be_written_is_reported(printer, recorder, presenter, made, monkeypatch) -> None:
    import app.report.case_sheets as report

    def broken(*args, **kwargs) -> int:
        raise OSError("ディスクがいっぱいです")

    monkeypatch.setattr(report, "render_intake_sheet", broken)
    assert printer.print_intake(None, made.case_id) is None
    assert recorder.calls == []
    assert presenter.messages == [("error", "相談受付・申込票", "PDFを作成できませんでした: ディスクがいっぱいです")]


def test_default_preview_deletes_the_printout_when_closed(ja_app, qtbot, gui_services, presenter, made) -> None:
    printer = CasePrinter(CaseSheetService(gui_services.ledger, lambda: SCREEN_TODAY), presenter, ORG)
    try:
        path = printer.print_intake(None, made.case_id)
        assert path is not None
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible())
        assert dialog.windowTitle() == "相談受付・申込票"
        assert dialog.page_count() == len(PdfReader(path).pages)
        dialog.close()
        assert not path.exists() and not path.parent.exists()
        kept = printer.print_plan(None, made.plan_id)  # opened in the system viewer: kept until the app quits
        assert kept is not None
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible())
        dialog.opened_externally = True
        dialog.close()
        assert kept.exists()
        printer.cleanup()
        assert not kept.exists()
    finally:
        printer.cleanup()
