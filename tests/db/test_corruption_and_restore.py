"""Corruption and restore, end to end through the services (issue #9 point 7).

A ledger with cases of fictional people is damaged in the middle of the file (not the header)
while closed: the start check catches it before any data is read and names the newest verified
backup; restoring that backup (or restoring after the main file was deleted) gives a ledger that
opens through ``Services.open`` with the people in it; both on a plain and on an encrypted
ledger (SQLCipher, #9 point 5). The raw bytes of an encrypted ledger, its -wal and its backups
contain none of the people's names, readings or addresses (UTF-8 or UTF-16).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest

from app.db import cipher
from app.db.backups import BackupInfo, BackupStore
from app.db.check import check_ledger
from app.db.storage import check_at_start
from app.domain.drafts import IntakeDraft, PersonDraft
from app.services.case_queries import CaseFilter
from app.services.container import Services

# Fictional people only: invented names, readings and addresses.
PEOPLE = (
    PersonDraft("架空野", "花子", "かくうの", "はなこ", birth_date=date(1979, 3, 3), address="岡山県架空市梅町4-5-6"),
    PersonDraft(
        "想定川", "太郎", "そうていがわ", "たろう", birth_date=date(1962, 11, 20), address="岡山県架空市桃町7-8"
    ),
    PersonDraft("仮名森", "ゆかり", "かなもり", "ゆかり", birth_date=date(1990, 6, 9), address="岡山県架空市柿町9"),
)
LATE_PERSON = PersonDraft("後入力", "次郎", "あとにゅうりょく", "じろう")  # saved after the last backup
FILLERS = 40  # more cases, so the middle of the file is case data rather than an empty index
OLDER = datetime(2024, 5, 1, 9, 0)
NEWER = datetime(2024, 5, 1, 17, 30)
PASSPHRASE = "架空センターの台帳パスフレーズ 2024"
KEYS = [pytest.param(None, id="plain"), pytest.param(PASSPHRASE, id="encrypted")]


def intake(person: PersonDraft) -> IntakeDraft:
    return IntakeDraft(
        received_on=date(2024, 4, 15),
        method="office",
        route="self",
        programmes=("self_reliance",),
        topics=("income",),
        person=person,
        wishes="家賃の相談",
    )


def add_cases(
    path: Path, people: tuple[PersonDraft, ...], *, create: bool = False, passphrase: str | None = None
) -> None:
    services = Services.open(path, program="restore test", create=create, passphrase=passphrase)
    try:
        for person in people:
            services.cases.open_case(intake(person))
    finally:
        services.close()


def make_ledger(path: Path, passphrase: str | None = None) -> None:
    fillers = tuple(PersonDraft("補充", f"{n}番", "ほじゅう", "ばん") for n in range(FILLERS))
    add_cases(path, PEOPLE + fillers, create=True, passphrase=passphrase)


def names_in(path: Path, passphrase: str | None = None) -> set[str]:
    """The people a ledger shows, read the way the program reads them (Services.open)."""
    services = Services.open(path, program="restore test", passphrase=passphrase)
    try:
        rows = services.cases.list_cases(CaseFilter(), limit=1000)
        report = check_ledger(services.ledger.engine)
    finally:
        services.close()
    assert report.ok, report.lines()
    return {row.person_name for row in rows}


def full_name(person: PersonDraft) -> str:
    return f"{person.family_name} {person.given_name}"


def corrupt_middle_page(path: Path, passphrase: str | None = None) -> int:
    """Overwrite the page in the middle of a closed ledger file with garbage; its number."""
    wal = path.with_name(path.name + "-wal")  # a backup's read-only connection leaves an empty one
    assert not wal.exists() or wal.stat().st_size == 0  # closed: everything is in the file
    raw = cipher.connect(path, passphrase, read_only=True)
    try:
        page_size = int(raw.execute("PRAGMA page_size").fetchone()[0])
        page_count = raw.execute("PRAGMA page_count").fetchone()[0]
        assert raw.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the page is in use
    finally:
        raw.close()
    assert page_size * page_count == path.stat().st_size  # an encrypted file has the same pages
    page = page_count // 2 + 1
    assert page > 1  # never the header page
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(bytes((i * 7 + 3) % 256 for i in range(page_size)))
    return page


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("passphrase", KEYS)
def test_a_corrupted_page_is_caught_at_start_and_the_named_backup_restores(
    tmp_path: Path, passphrase: str | None
) -> None:
    ledger = tmp_path / "centre" / "yorisoi.sqlite3"
    make_ledger(ledger, passphrase)
    store = BackupStore(ledger, passphrase)
    store.make("auto", now=OLDER)
    newest = store.make("close", now=NEWER)
    assert check_at_start(ledger, passphrase).ok
    header = ledger.read_bytes()[:100]

    page = corrupt_middle_page(ledger, passphrase)
    damaged = sha256(ledger)
    result = check_at_start(ledger, passphrase)

    assert ledger.read_bytes()[:100] == header and page > 1  # the damage is not in the header
    assert not result.ok
    assert "壊れています" in result.message and str(ledger) in result.message
    assert isinstance(result.newest_verified_backup, BackupInfo)
    assert result.newest_verified_backup.path == newest.path
    assert newest.name in result.message and "2024年05月01日 17:30" in result.message
    assert sha256(ledger) == damaged  # the check only read the file

    restored = store.restore(result.newest_verified_backup)

    assert restored.safety_backup is None  # the damaged file was not readable …
    assert restored.kept_aside and sha256(restored.kept_aside[0]) == damaged  # … and is kept aside
    assert check_at_start(ledger, passphrase).ok
    assert cipher.is_encrypted(ledger) == (passphrase is not None)
    assert {full_name(p) for p in PEOPLE} <= names_in(ledger, passphrase)


@pytest.mark.parametrize("passphrase", KEYS)
def test_restore_with_the_main_file_deleted(tmp_path: Path, passphrase: str | None) -> None:
    ledger = tmp_path / "centre" / "yorisoi.sqlite3"
    make_ledger(ledger, passphrase)
    store = BackupStore(ledger, passphrase)
    backup = store.make("close", now=NEWER)
    add_cases(ledger, (LATE_PERSON,), passphrase=passphrase)  # after the backup: the restore cannot bring it back
    for suffix in ("", "-wal", "-shm"):
        ledger.with_name(ledger.name + suffix).unlink(missing_ok=True)

    result = check_at_start(ledger, passphrase)
    assert not result.ok and "見つかりません" in result.message and backup.name in result.message
    assert result.newest_verified_backup is not None and result.newest_verified_backup.path == backup.path

    restored = store.restore(result.newest_verified_backup)

    assert restored.ledger == ledger and ledger.is_file()
    assert restored.kept_aside == () and restored.safety_backup is None  # nothing was there to keep
    assert store.verify(backup)  # the backup itself is untouched
    assert check_at_start(ledger, passphrase).ok
    names = names_in(ledger, passphrase)
    assert {full_name(p) for p in PEOPLE} <= names
    assert full_name(LATE_PERSON) not in names
    assert len(names) == len(PEOPLE) + FILLERS


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_the_raw_bytes_of_the_ledger_and_its_backups_contain_none_of_the_names(tmp_path: Path) -> None:
    """An encrypted ledger (as the GUI and ``yorisoi init`` create by default): the file, its
    -wal while a writer is open and every backup (and an external copy) are ciphertext."""
    ledger = tmp_path / "centre" / "yorisoi.sqlite3"
    make_ledger(ledger, PASSPHRASE)
    store = BackupStore(ledger, PASSPHRASE)
    store.make("auto", now=OLDER)
    services = Services.open(ledger, program="restore test", passphrase=PASSPHRASE)
    try:  # open, with a save in the -wal: the live -wal and a backup taken now are checked too
        services.cases.open_case(intake(LATE_PERSON))
        store.make("close", now=NEWER)
        wal = ledger.with_name(ledger.name + "-wal")
        live = [(wal.name, wal.read_bytes())] if wal.exists() else []
    finally:
        services.close()
    copies = store.copy_to(None, tmp_path / "drive")
    files = [ledger, *(info.path for info in store.list()), *copies]
    contents = [(path.name, path.read_bytes()) for path in files] + live
    secrets = [s for p in (*PEOPLE, LATE_PERSON) for s in (p.family_name, p.given_name, p.family_kana, p.address) if s]

    leaks = [
        f"{name}: {secret}" for name, raw in contents for secret in secrets if any(b in raw for b in _encodings(secret))
    ]

    assert len(files) >= 5 and live and len(live[0][1]) > 0
    assert all(cipher.is_encrypted(path) for path in files)
    assert leaks == []
    assert {full_name(p) for p in (*PEOPLE, LATE_PERSON)} <= names_in(ledger, PASSPHRASE)  # still all there


def test_the_same_ledger_unencrypted_does_leak_the_names(tmp_path: Path) -> None:
    """The control: the check above would see the names in a plain ledger."""
    ledger = tmp_path / "centre" / "yorisoi.sqlite3"
    make_ledger(ledger)
    raw = ledger.read_bytes()
    assert any(b in raw for b in _encodings(PEOPLE[0].family_name))
