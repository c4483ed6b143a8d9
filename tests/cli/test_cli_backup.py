"""``yorisoi backup`` and ``yorisoi restore`` as the centre's administrator uses them."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from app.cli import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, main
from app.db.backups import BackupStore


def test_backup_list_verify_prune(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--ledger", str(ledger_path)]) == EXIT_OK
    assert "バックアップを作成しました" in capsys.readouterr().out
    assert main(["backup", "--ledger", str(ledger_path), "--list"]) == EXIT_OK
    listing = capsys.readouterr().out
    assert "manual" in listing and "検査済み" in listing
    assert main(["backup", "--ledger", str(ledger_path), "--verify"]) == EXIT_OK
    assert "すべて合格" in capsys.readouterr().out
    assert main(["backup", "--ledger", str(ledger_path), "--prune"]) == EXIT_OK
    assert "0 件の古いバックアップを削除しました（残り 1 件）" in capsys.readouterr().out

    info = BackupStore(ledger_path).list()[0]
    with open(info.path, "r+b") as fh:
        fh.seek(info.size // 2)
        fh.write(b"\x00\xff" * 16)
    assert main(["backup", "--ledger", str(ledger_path), "--verify"]) == EXIT_PROBLEMS
    assert "NG" in capsys.readouterr().out
    assert main(["backup", "--ledger", str(ledger_path), "--prune"]) == EXIT_ERROR
    assert "削除しませんでした" in capsys.readouterr().err


def test_backup_works_while_the_ledger_is_open(ledger, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--ledger", str(ledger.path)]) == EXIT_OK


def test_backup_copy_to_a_drive(ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drive = tmp_path / "usb"
    assert main(["backup", "--ledger", str(ledger_path), "--copy-to", str(drive)]) == EXIT_OK
    assert "SHA256SUMS" in capsys.readouterr().out
    (line,) = (drive / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    digest, name = line.split("  ")
    assert hashlib.sha256((drive / name).read_bytes()).hexdigest() == digest


def test_backup_of_a_missing_ledger_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--ledger", str(tmp_path / "none.sqlite3")]) == EXIT_ERROR
    assert "台帳ファイルがありません" in capsys.readouterr().err


def test_restore_with_the_ledger_missing(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    info = BackupStore(ledger_path).make("manual")
    ledger_path.unlink()
    assert main(["restore", "--ledger", str(ledger_path), "--from", info.name, "--yes"]) == EXIT_OK
    assert "復元しました" in capsys.readouterr().out
    with sqlite3.connect(ledger_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert main(["check", "--ledger", str(ledger_path)]) == EXIT_OK


def test_restore_over_a_corrupt_ledger_keeps_it(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    info = BackupStore(ledger_path).make("manual")
    with open(ledger_path, "r+b") as fh:
        fh.write(b"\x00" * 4096)
    assert main(["restore", "--ledger", str(ledger_path), "--from", str(info.path), "--yes"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "以前の台帳を残しました" in out
    assert list(ledger_path.parent.glob("ledger.sqlite3.before-restore-*"))


def test_restore_asks_on_a_terminal_and_refuses_without_one(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    info = BackupStore(ledger_path).make("manual")
    before = ledger_path.read_bytes()

    class Stdin(io.StringIO):
        tty = False

        def isatty(self) -> bool:
            return self.tty

    stdin = Stdin("n\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["restore", "--ledger", str(ledger_path), "--from", info.name]) == EXIT_ERROR
    assert "--yes" in capsys.readouterr().err

    stdin.tty = True
    assert main(["restore", "--ledger", str(ledger_path), "--from", info.name]) == EXIT_OK
    assert "取りやめました" in capsys.readouterr().out
    assert ledger_path.read_bytes() == before

    monkeypatch.setattr("sys.stdin", Stdin("y\n"))
    sys_stdin = __import__("sys").stdin
    sys_stdin.tty = True
    assert main(["restore", "--ledger", str(ledger_path), "--from", info.name]) == EXIT_OK
    assert "復元しました" in capsys.readouterr().out


def test_restore_of_an_unknown_backup(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "--ledger", str(ledger_path), "--from", "nothing.sqlite3", "--yes"]) == EXIT_ERROR
    assert "backup --list" in capsys.readouterr().err


def test_server_ledgers_are_not_backed_up_here(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--ledger", "postgresql://staff@db.example/yorisoi"]) == EXIT_ERROR
    assert "pg_dump" in capsys.readouterr().err
