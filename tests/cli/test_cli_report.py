"""``yorisoi report``: the annual report as a PDF and its tables as .xlsx from the command
line, with the data-quality count (and list), progress on stderr and the usual exit codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import EXIT_ERROR, EXIT_OK, main
from app.domain.drafts import IntakeDraft, PersonDraft
from app.models import ReportNarrative


@pytest.fixture
def small_ledger(services, ledger) -> Path:
    """Two intakes in FY2022, and a narrative quoting a figure key that does not exist."""
    for received, name in ((date(2022, 4, 1), "山野"), (date(2023, 3, 31), "川辺")):
        services.cases.open_case(
            IntakeDraft(received_on=received, method="phone", route="self", programmes=("self_reliance",),
                        person=PersonDraft(name, "はな", "やまの", "はな"))
        )  # fmt: skip
    with ledger.transaction() as s:
        s.add(ReportNarrative(fiscal_year=2022, section_key="division.overview", title="部門の取り組み",
                              body="相談は{division.consultations}件、{division.gone}件。"))  # fmt: skip
    path = ledger.path
    ledger.close()
    return path


def test_report_writes_the_pdf_and_tables(small_ledger: Path, tmp_path: Path, capsys) -> None:
    pdf, tables = tmp_path / "out" / "r.pdf", tmp_path / "tables"
    args = [
        "report",
        "--ledger",
        str(small_ledger),
        "--fiscal-year",
        "2022",
        "--output",
        str(pdf),
        "--xlsx",
        str(tables),
    ]
    assert main(args) == EXIT_OK
    out = capsys.readouterr()
    pages = len(PdfReader(pdf).pages)
    assert f"事業報告書を作成しました: {pdf}（令和4年度・{pages} ページ）" in out.out
    assert "報告書の表を" in out.out and any(tables.glob("2022_01_*_自立相談_事業実績.xlsx"))
    assert "データの確認事項:" in out.out and "--quality" in out.out
    assert "100%" in out.err  # the progress bar ran to the end
    assert "部門の取り組み" in out.err and "division.gone" in out.err  # the placeholder that cannot print
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "相談は2件" in text and "{division.gone}" not in text


def test_quality_lists_the_issues(small_ledger: Path, capsys) -> None:
    assert main(["report", "--ledger", str(small_ledger), "--fiscal-year", "2022", "--quality"]) == EXIT_OK
    out = capsys.readouterr().out
    count = int(out.split("データの確認事項: ")[1].split(" 件")[0])
    assert count >= 3
    assert "・【目標値の未設定】" in out and "・【法人・センター情報の未登録】" in out
    assert "・【必要な項目の未入力】受付者が入力されていない相談受付: 2件" in out
    assert "記録: 相談受付 #" in out


def test_report_needs_something_to_write(small_ledger: Path, capsys) -> None:
    assert main(["report", "--ledger", str(small_ledger), "--fiscal-year", "2022"]) == EXIT_ERROR
    assert "--output" in capsys.readouterr().err


def test_report_rejects_a_bad_year_and_an_unwritable_file(small_ledger: Path, tmp_path: Path, capsys) -> None:
    assert (
        main(["report", "--ledger", str(small_ledger), "--fiscal-year", "1800", "--output", str(tmp_path / "x.pdf")])
        == EXIT_ERROR
    )
    assert "年度" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert (
        main(["report", "--ledger", str(small_ledger), "--fiscal-year", "2022", "--output", str(folder)]) == EXIT_ERROR
    )
    assert "書き出せません" in capsys.readouterr().err


def test_report_of_a_missing_ledger(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "none.sqlite3"
    assert (
        main(["report", "--ledger", str(missing), "--fiscal-year", "2022", "--output", str(tmp_path / "r.pdf")])
        == EXIT_ERROR
    )
    assert capsys.readouterr().err.startswith("yorisoi: ")


def test_demo_then_report(tmp_path: Path, capsys) -> None:
    """A plain demo ledger (--plain: warned about)."""
    ledger = tmp_path / "demo.sqlite3"
    args = ["demo", "--ledger", str(ledger), "--fiscal-year", "2022", "--scale", "0.05", "--seed", "3", "--plain"]
    assert main(args) == EXIT_OK
    assert "暗号化せずに作成します" in capsys.readouterr().err
    capsys.readouterr()
    pdf = tmp_path / "r.pdf"
    assert main(["--ledger", str(ledger), "report", "--fiscal-year", "2022", "--output", str(pdf)]) == EXIT_OK
    out = capsys.readouterr()
    assert "データの確認事項: 0 件" in out.out
    assert "差し込み項目" not in out.err
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    for chapter in ("自立相談支援事業", "家計改善支援事業", "被災者生活困窮自立支援事業", "アウトリーチ等の充実"):
        assert chapter in text
