"""The command line as the centre's administrator uses it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, main
from app.db.cipher import is_encrypted
from app.db.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"yorisoi {__version__}"


def test_python_dash_m_app_is_the_same_command() -> None:
    out = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"yorisoi {__version__}"


def test_init_creates_a_migrated_ledger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "centre" / "ledger.sqlite3"
    assert main(["init", "--ledger", str(path), "--plain"]) == EXIT_OK  # plain: read below with sqlite3
    out = capsys.readouterr()
    assert "新しい台帳を作成しました" in out.out and "暗号化せずに作成します" in out.err
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT count(*) FROM codes").fetchone()[0] > 250
    # a second init keeps the ledger and says it is current
    assert main(["--ledger", str(path), "init"]) == EXIT_OK
    assert "最新の形式" in capsys.readouterr().out


def test_ledger_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("YORISOI_LEDGER", str(path))
    monkeypatch.setenv("YORISOI_PASSPHRASE", "環境変数から読む長いパスフレーズ")
    assert main(["init"]) == EXIT_OK
    assert is_encrypted(path)


def test_default_ledger_lives_in_the_data_folder(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YORISOI_PASSPHRASE", "環境変数から読む長いパスフレーズ")
    assert main(["init"]) == EXIT_OK
    assert is_encrypted(isolated_home / "yorisoi.sqlite3")


def test_init_without_a_terminal_or_passphrase_asks_for_one_or_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    assert main(["init", "--ledger", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "YORISOI_PASSPHRASE" in err and "--plain" in err
    assert not path.exists()


def test_check_reports_a_sound_ledger(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--ledger", str(ledger_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "整合性検査 (integrity_check): OK" in out
    assert "外部キー検査 (foreign_key_check): OK" in out
    assert "結果: 問題はありません" in out


def test_check_finds_a_broken_reference_and_a_wrong_code_kind(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(ledger_path) as raw:  # written behind Yorisoi's back, FKs off
        raw.execute("PRAGMA foreign_keys=OFF")
        gov = raw.execute("SELECT id FROM codes WHERE kind='agency_kind' AND code='government'").fetchone()[0]
        wrong = raw.execute("SELECT id FROM codes WHERE kind='gender' AND code='male'").fetchone()[0]
        raw.execute(
            "INSERT INTO agencies (name, name_kana, kind_id, department, phone, contact_person, address,"
            " note, search_key, reading_key, created_at, updated_at, version) VALUES"
            " ('A', '', ?, '', '', '', '', '', '', '', '2023-01-01', '2023-01-01', 1)",
            (wrong,),
        )
        raw.execute(
            "INSERT INTO household_members (person_id, position, name, name_kana, relationship_id,"
            " lives_together, employment, health, note, created_at, updated_at, version) VALUES"
            " (999, 1, '', '', ?, 1, '', '', '', '2023-01-01', '2023-01-01', 1)",
            (gov,),
        )
    assert main(["check", "--ledger", str(ledger_path)]) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "外部キー検査 (foreign_key_check): 1 件の問題" in out
    assert "household_members" in out
    assert "agencies.kind_id" in out and "agency_kind" in out
    assert "結果: 問題があります" in out


def test_check_of_a_missing_ledger_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--ledger", str(tmp_path / "none.sqlite3")]) == EXIT_ERROR
    assert "台帳ファイルがありません" in capsys.readouterr().err


def test_init_refused_while_another_program_writes(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Ledger.open(ledger_path, program="yorisoi GUI"):
        assert main(["init", "--ledger", str(ledger_path)]) == EXIT_ERROR
        err = capsys.readouterr().err
        assert "使用中" in err and "yorisoi GUI" in err
        # reading is still allowed while the GUI writes
        assert main(["check", "--ledger", str(ledger_path)]) == EXIT_OK


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
