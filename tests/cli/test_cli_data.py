"""stats, export and import from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import EXIT_ERROR, EXIT_OK, main
from app.db.cipher import is_encrypted
from app.domain.drafts import IntakeDraft, PersonDraft, PlanDraft
from app.services.stats_figures import FIGURES

PASSPHRASE = "試験用の長いパスフレーズ 2024"  # new ledgers made by these commands are encrypted


@pytest.fixture
def small_ledger(services, ledger) -> Path:
    """Two intakes in FY2022 (one on its first day), one in FY2021, a plan with employment support."""
    for received, name in ((date(2022, 4, 1), "山野"), (date(2023, 3, 31), "川辺"), (date(2022, 3, 31), "森本")):
        result = services.cases.open_case(
            IntakeDraft(received_on=received, method="phone", route="self", programmes=("self_reliance",),
                        person=PersonDraft(name, "はな", "やまの", "はな"))
        )  # fmt: skip
        if name == "山野":
            services.cases.add_plan(
                PlanDraft(result.case_id, "self_reliance", date(2022, 5, 1), employment_support=True)
            )
    path = ledger.path
    ledger.close()
    return path


def test_stats_json_has_every_key(small_ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--ledger", str(small_ledger), "--fiscal-year", "2022", "--json"]) == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "yorisoi-stats" and doc["label_wareki"] == "令和4年度"
    assert set(doc["figures"]) == {f.key for f in FIGURES}
    figure = doc["figures"]["self_reliance.new_consultations"]
    assert figure["value"] == 2 and figure["monthly"][0] == 1 and figure["monthly"][11] == 1
    assert doc["figures"]["self_reliance.employment_support_targets"]["value"] == 1
    assert doc["figures"]["self_reliance.new_consultations"]["target"] is None


def test_stats_table_is_readable(small_ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--ledger", str(small_ledger), "--fiscal-year", "2021"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("2021年度（令和3年度） 2021-04-01 〜 2022-03-31")
    assert "■ 生活困窮者自立相談支援事業" in out
    line = next(x for x in out.splitlines() if x.strip().startswith("新規相談件数") and "self_reliance." in x)
    assert " 1件 " in line


def test_stats_explain_lists_the_records(small_ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "stats",
        "--ledger",
        str(small_ledger),
        "--fiscal-year",
        "2022",
        "--explain",
        "self_reliance.new_consultations",
    ]
    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert "新規相談件数（self_reliance.new_consultations）: 2件 — 対象の記録 2 件" in out
    assert "2022-04-01  相談受付" in out and "2023-03-31  相談受付" in out and "2022-03-31" not in out
    assert main([*args, "--json"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    assert [r["on"] for r in rows] == ["2022-04-01", "2023-03-31"]


def test_stats_unknown_key(small_ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--ledger", str(small_ledger), "--fiscal-year", "2022", "--explain", "nope"]) == EXIT_ERROR
    assert "集計項目「nope」はありません" in capsys.readouterr().err


def test_export_import_round_trip_gives_identical_stats(
    small_ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a plain ledger into a new, encrypted one (import creates it with YORISOI_PASSPHRASE)."""
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)
    export, target = tmp_path / "out.jsonl", tmp_path / "moved.sqlite3"
    assert main(["export", "--ledger", str(small_ledger), str(export)]) == EXIT_OK
    assert main(["import", "--ledger", str(target), str(export)]) == EXIT_OK
    capsys.readouterr()
    outputs = []
    for ledger in (small_ledger, target):
        for fy in ("2021", "2022"):
            assert main(["stats", "--ledger", str(ledger), "--fiscal-year", fy, "--json"]) == EXIT_OK
            outputs.append(capsys.readouterr().out)
    assert outputs[:2] == outputs[2:]
    assert is_encrypted(target) and not is_encrypted(small_ledger)


def test_import_of_a_bad_file_reports_line_and_changes_nothing(
    small_ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)
    export, target = tmp_path / "out.jsonl", tmp_path / "moved.sqlite3"
    assert main(["export", "--ledger", str(small_ledger), str(export)]) == EXIT_OK
    lines = export.read_text(encoding="utf-8").splitlines()
    export.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")  # truncated
    assert main(["init", "--ledger", str(target)]) == EXIT_OK
    capsys.readouterr()
    assert main(["import", "--ledger", str(target), str(export)]) == EXIT_ERROR
    assert "台帳は変更していません" in capsys.readouterr().err
    assert main(["stats", "--ledger", str(target), "--fiscal-year", "2022", "--json"]) == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert all(f["value"] == 0 for f in doc["figures"].values())


def test_demo_then_stats_prints_every_key_with_plausible_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)  # the demo ledger is encrypted
    ledger = tmp_path / "demo.sqlite3"
    assert main(["demo", "--ledger", str(ledger), "--fiscal-year", "2022", "--scale", "0.05", "--seed", "7"]) == EXIT_OK
    out = capsys.readouterr()
    assert "デモ台帳を作成しました" in out.out and "2022〜2022年度" in out.out
    assert "100%" in out.err  # the progress bar ran to the end
    assert main(["stats", "--ledger", str(ledger), "--fiscal-year", "2022", "--json"]) == EXIT_OK
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert set(figures) == {f.key for f in FIGURES}
    new = figures["self_reliance.new_consultations"]["value"]
    assert 0.8 * 640 <= new <= 1.2 * 640  # 12,800 a year at scale 1
    assert figures["self_reliance.plans"]["value"] < new
    assert figures["household_budget.repayments_yen"]["value"] > 0
    assert figures["self_reliance.new_consultations"]["target"] is not None
    assert sum(figures["self_reliance.new_consultations"]["monthly"]) == new
    assert is_encrypted(ledger)
    # a second demo into the same (now full) ledger is refused
    assert main(["demo", "--ledger", str(ledger), "--scale", "0.05"]) == EXIT_ERROR


def test_demo_rejects_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--ledger", str(tmp_path / "x.sqlite3"), "--years", "0"]) == EXIT_ERROR
    assert "--years" in capsys.readouterr().err
