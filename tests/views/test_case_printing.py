"""Printing from the case file as a counsellor does it: Ctrl+P, choose the sheet from the
menu with the arrow keys, and the PDF opens in the preview — with the centre's name from the
organisation profile in its header."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from app.domain.drafts import ContactDraft, IntakeDraft, PersonDraft, PlanDraft
from app.domain.fiscal import fiscal_year
from app.domain.org_drafts import OrganisationProfileDraft
from app.qt.messages import RecordingPresenter
from app.views.intake.case_print import CasePrinter
from tests.views.test_intake_tab import _window

CTRL = Qt.KeyboardModifier.ControlModifier


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _choose_from_print_menu(qtbot, downs: int) -> None:
    """When the print menu pops up, move down ``downs`` items and press Enter."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for _ in range(downs):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, pick)


def test_ctrl_p_prints_the_contact_history_and_the_plan(ja_app, qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "l.sqlite3")
    sv = window.services
    today = date.today()
    sv.organisation.save_profile(
        fiscal_year(today), OrganisationProfileDraft("社会福祉法人 架空会", centre_name="架空市くらしサポートセンター")
    )
    made = sv.cases.open_case(
        IntakeDraft(received_on=date(2024, 4, 1), method="phone", route="self", programmes=("self_reliance",),
                    person=PersonDraft("森川", "あおい", "もりかわ", "あおい"))
    )  # fmt: skip
    sv.cases.add_contact(ContactDraft(made.case_id, "self_reliance", date(2024, 4, 2), "phone", "家賃の滞納を相談"))
    tab = window.intake_tab
    printed: list[tuple[Path, str]] = []
    tab.printer = CasePrinter(sv.sheets, RecordingPresenter(), open_preview=lambda _p, path, title: printed.append(
        (path, title)))  # fmt: skip
    tab.open_case(made.case_id)
    tab.case_file.table.setFocus()

    _choose_from_print_menu(qtbot, 3)  # 相談受付・申込票, プラン, 経過一覧
    qtbot.keyClick(tab.case_file.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = _pdf_text(printed[0][0])
    assert "家賃の滞納を相談" in text and "森川" in text
    assert "架空市くらしサポートセンター" in text

    _choose_from_print_menu(qtbot, 2)  # a plan: there is none yet
    qtbot.keyClick(tab.case_file.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(window.intake_tab._presenter.messages))
    assert window.intake_tab._presenter.messages[-1][2] == "このケースにはまだプランがありません。"

    sv.cases.add_plan(PlanDraft(made.case_id, "self_reliance", date(2024, 4, 20), person_goal="家計を立て直す"))
    tab.case_file.reload()
    _choose_from_print_menu(qtbot, 2)
    qtbot.keyClick(tab.case_file.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(printed) == 2)
    assert "家計を立て直す" in _pdf_text(printed[1][0])
    tab.printer.cleanup()
    window.close()
