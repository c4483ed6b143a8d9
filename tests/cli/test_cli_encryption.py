"""The ledger passphrase on the command line: asked on the terminal (getpass, on standard
error) or read from YORISOI_PASSPHRASE; new ledgers encrypted by default; ``encrypt`` converts
a plain ledger and ``passphrase`` changes the passphrase."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.cli import EXIT_ERROR, EXIT_OK, main
from app.db.backups import BackupStore
from app.db.cipher import is_encrypted, passphrase_status
from app.domain.drafts import IntakeDraft, PersonDraft
from app.services.container import Services

PASSPHRASE = "海の見える丘の上の相談室 2024"
NEW = "山の上の小さな家のパスフレーズ"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Prompts:
    """A fake ``getpass.getpass``: answers in order, remembers the prompts and their stream."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def __call__(self, prompt: str = "Password: ", stream=None) -> str:
        assert stream is sys.stderr  # prompts never go to standard output (it may be piped)
        self.prompts.append(prompt)
        if not self.answers:
            raise AssertionError(f"unexpected prompt {prompt!r}")
        return self.answers.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Run on a (fake) terminal; returns a setter for the passphrases typed."""
    monkeypatch.delenv("YORISOI_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", Terminal(""))

    def typed(*answers: str) -> Prompts:
        prompts = Prompts(*answers)
        monkeypatch.setattr("getpass.getpass", prompts)
        return prompts

    yield typed


def add_person(path: Path, passphrase: str | None, name: str = "架空野") -> None:
    services = Services.open(path, program="cli test", passphrase=passphrase)
    try:
        services.cases.open_case(
            IntakeDraft(received_on=date(2022, 4, 1), method="phone", route="self", programmes=("self_reliance",),
                        person=PersonDraft(name, "花子", "かくうの", "はなこ"))
        )  # fmt: skip
    finally:
        services.close()


def stats(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["stats", "--ledger", str(path), "--fiscal-year", "2022", "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)["figures"]


def test_init_asks_for_a_new_passphrase_twice_on_the_terminal(
    tmp_path: Path, terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    prompts = terminal("short", PASSPHRASE, PASSPHRASE + "x", PASSPHRASE, PASSPHRASE)

    assert main(["init", "--ledger", str(path)]) == EXIT_OK

    assert prompts.answers == []  # too short, then a mismatch, then twice the same
    out = capsys.readouterr()
    assert "12 文字以上" in out.err and "一致しません" in out.err and "忘れると" in out.err
    assert "暗号化されています" in out.out
    assert PASSPHRASE not in out.out + out.err
    assert is_encrypted(path) and passphrase_status(path, PASSPHRASE) == "ok"


def test_commands_ask_for_the_passphrase_of_an_encrypted_ledger(
    tmp_path: Path, terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    terminal(PASSPHRASE, PASSPHRASE)
    assert main(["init", "--ledger", str(path)]) == EXIT_OK
    add_person(path, PASSPHRASE)
    capsys.readouterr()

    prompts = terminal("間違えたパスフレーズです", PASSPHRASE)  # one mistake, then right
    assert main(["check", "--ledger", str(path)]) == EXIT_OK
    out = capsys.readouterr()
    assert "結果: 問題はありません" in out.out and "パスフレーズが違います" in out.err
    assert all("パスフレーズ" in p and path.name in p for p in prompts.prompts)

    terminal("違う1", "違う2", "違う3")
    assert main(["check", "--ledger", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "パスフレーズが違います" in err and "壊れ" not in err


def test_yorisoi_passphrase_for_scripts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--ledger", str(path)]) == EXIT_OK
    add_person(path, PASSPHRASE)
    assert stats(path, capsys)["self_reliance.new_consultations"]["value"] == 1
    export = tmp_path / "out.jsonl"
    assert main(["export", "--ledger", str(path), str(export)]) == EXIT_OK
    assert "架空野" in export.read_text(encoding="utf-8")  # an export is plain on purpose (docs)

    monkeypatch.setenv("YORISOI_PASSPHRASE", "間違えたパスフレーズです")
    capsys.readouterr()
    assert main(["stats", "--ledger", str(path), "--fiscal-year", "2022"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "パスフレーズが違います" in err and "壊れ" not in err

    monkeypatch.delenv("YORISOI_PASSPHRASE")  # no terminal, no variable: say how to give it
    assert main(["check", "--ledger", str(path)]) == EXIT_ERROR
    assert "YORISOI_PASSPHRASE" in capsys.readouterr().err


def test_a_weak_passphrase_in_the_environment_is_refused_for_a_new_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("YORISOI_PASSPHRASE", "short")
    path = tmp_path / "ledger.sqlite3"
    assert main(["init", "--ledger", str(path)]) == EXIT_ERROR
    assert "12 文字以上" in capsys.readouterr().err and not path.exists()


def test_backup_verify_and_restore_of_an_encrypted_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--ledger", str(path)]) == EXIT_OK
    add_person(path, PASSPHRASE)
    assert main(["backup", "--ledger", str(path), "--copy-to", str(tmp_path / "usb")]) == EXIT_OK
    assert main(["backup", "--ledger", str(path), "--verify"]) == EXIT_OK
    assert "すべて合格" in capsys.readouterr().out
    info = BackupStore(path).list()[0]
    assert is_encrypted(info.path) and is_encrypted(tmp_path / "usb" / info.name)

    monkeypatch.delenv("YORISOI_PASSPHRASE")
    assert main(["backup", "--ledger", str(path), "--list"]) == EXIT_OK  # checksums only: no passphrase
    path.unlink()
    monkeypatch.setenv("YORISOI_PASSPHRASE", "間違えたパスフレーズです")
    assert main(["restore", "--ledger", str(path), "--from", info.name, "--yes"]) == EXIT_ERROR
    assert not path.exists()
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)
    assert main(["restore", "--ledger", str(path), "--from", info.name, "--yes"]) == EXIT_OK
    assert is_encrypted(path) and stats(path, capsys)["self_reliance.new_consultations"]["value"] == 1


def test_encrypt_converts_a_plain_ledger_and_keeps_every_record(
    tmp_path: Path, terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "centre" / "ledger.sqlite3"
    assert main(["init", "--ledger", str(path), "--plain"]) == EXIT_OK
    add_person(path, None)
    assert main(["backup", "--ledger", str(path)]) == EXIT_OK
    capsys.readouterr()
    before = stats(path, capsys)

    terminal(PASSPHRASE, PASSPHRASE)
    assert main(["encrypt", "--ledger", str(path)]) == EXIT_OK

    out = capsys.readouterr().out
    assert "暗号化しました" in out and "安全に削除" in out
    assert is_encrypted(path)
    aside = list(path.parent.glob("ledger.sqlite3.plain-*"))
    assert len(aside) == 1 and str(aside[0]) in out and not is_encrypted(aside[0])
    assert all(is_encrypted(i.path) for i in BackupStore(path).list())
    terminal(PASSPHRASE)
    assert stats(path, capsys) == before
    terminal(PASSPHRASE)
    assert main(["encrypt", "--ledger", str(path)]) == EXIT_OK  # already: says so, changes nothing
    assert "既に暗号化" in capsys.readouterr().out


def test_passphrase_changes_the_passphrase_of_the_ledger_and_its_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    monkeypatch.setenv("YORISOI_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--ledger", str(path)]) == EXIT_OK
    add_person(path, PASSPHRASE)
    assert main(["backup", "--ledger", str(path)]) == EXIT_OK
    assert main(["passphrase", "--ledger", str(path)]) == EXIT_ERROR  # no new one given
    assert "YORISOI_NEW_PASSPHRASE" in capsys.readouterr().err

    monkeypatch.setenv("YORISOI_NEW_PASSPHRASE", NEW)
    assert main(["passphrase", "--ledger", str(path)]) == EXIT_OK

    out = capsys.readouterr().out
    assert "変更しました" in out and "1 件" in out and "copy-to" in out
    assert passphrase_status(path, NEW) == "ok" and passphrase_status(path, PASSPHRASE) == "wrong"
    monkeypatch.setenv("YORISOI_PASSPHRASE", NEW)
    assert main(["backup", "--ledger", str(path), "--verify"]) == EXIT_OK
    assert "2 件すべて合格" in capsys.readouterr().out


def test_a_plain_ledger_needs_no_passphrase_and_init_suggests_encrypting_it(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", Prompts())  # any prompt fails the test
    assert main(["init", "--ledger", str(ledger_path)]) == EXIT_OK
    assert "yorisoi encrypt" in capsys.readouterr().out
    assert main(["check", "--ledger", str(ledger_path)]) == EXIT_OK
    assert main(["passphrase", "--ledger", str(ledger_path)]) == EXIT_ERROR
    assert "暗号化されていません" in capsys.readouterr().err
