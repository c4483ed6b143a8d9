"""Encryption at rest (issue #9 point 5): SQLCipher ledgers and backups.

An encrypted ledger has no SQLite header and none of the names written through the services
in its bytes, its -wal or its backups; a wrong or missing passphrase is reported as such (never
as damage); a right passphrase on a file whose first page is damaged is damage; backups,
restores, copies, migrations, full-text search, conversion of a plain ledger and a change of
passphrase all work on encrypted files; a staff password change rewrites a few pages only.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import cipher
from app.db.backups import BackupStore, integrity_problem
from app.db.check import check_ledger
from app.db.cipher import WrongPassphraseError, is_encrypted, passphrase_problems, passphrase_status
from app.db.engine import make_engine
from app.db.ledger import Ledger
from app.db.storage import check_at_start
from app.domain.drafts import IntakeDraft, PersonDraft, StaffDraft
from app.domain.errors import StorageError
from app.services.container import Services
from tests.db.test_ledger import migrations_with_a_newer_revision  # noqa: F401 - a fixture

PASSPHRASE = "海の見える丘の上の相談室 2024"
OTHER = "まったく別の長いパスフレーズ"
PEOPLE = (
    PersonDraft("架空野", "花子", "かくうの", "はなこ", birth_date=date(1979, 3, 3), address="岡山県架空市梅町4-5-6"),
    PersonDraft("想定川", "太郎", "そうていがわ", "たろう", address="岡山県架空市桃町7-8"),
)


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


def secrets_of(people: tuple[PersonDraft, ...]) -> list[str]:
    return [s for p in people for s in (p.family_name, p.given_name, p.family_kana, p.address) if s]


def leaks(raw: bytes, secrets: list[str]) -> list[str]:
    encodings = ("utf-8", "utf-16-le", "utf-16-be")
    return [s for s in secrets if any(s.encode(e) in raw for e in encodings)]


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """A closed, encrypted ledger with two cases and a backup."""
    path = tmp_path / "centre" / "ledger.sqlite3"
    services = Services.open(path, program="encryption test", create=True, passphrase=PASSPHRASE)
    try:
        for person in PEOPLE:
            services.cases.open_case(intake(person))
        services.ledger.backup_store().make("auto")
    finally:
        services.close()
    return path


def page_hashes(path: Path, page_size: int = 4096) -> list[str]:
    data = path.read_bytes()
    return [hashlib.sha256(data[i : i + page_size]).hexdigest() for i in range(0, len(data), page_size)]


# ---- creating and opening ----------------------------------------------------------------------
def test_a_ledger_created_with_a_passphrase_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with Ledger.open(path, create=True, passphrase=PASSPHRASE) as ledger:
        assert ledger.encrypted and ledger.created
        with ledger.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -cipher.ENCRYPTED_CACHE_KIB
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            assert conn.execute(text("SELECT count(*) FROM codes")).scalar() > 250
    head = path.read_bytes()[:16]
    assert head != cipher.PLAIN_HEADER and is_encrypted(path)
    assert check_ledger(make_engine(path, read_only=True, passphrase=PASSPHRASE)).ok


def test_without_a_passphrase_a_new_ledger_stays_plain_and_a_plain_one_ignores_one(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with Ledger.open(path, create=True) as ledger:
        assert not ledger.encrypted
    assert path.read_bytes()[:16] == cipher.PLAIN_HEADER and not is_encrypted(path)
    with Ledger.open(path, passphrase=PASSPHRASE) as ledger:  # a plain file opens plain
        assert not ledger.encrypted and ledger.backup_store().passphrase is None
    assert not is_encrypted(path)


def test_is_encrypted_only_for_whole_pages_without_the_sqlite_header(tmp_path: Path) -> None:
    for name, content, expected in (
        ("empty", b"", False),
        ("text", b"not a ledger at all\n" * 100, False),  # 2,000 bytes: not whole pages
        ("zeros", bytes(4096), False),  # a wiped header is damage, not a salt
        ("random", os.urandom(8192), True),
    ):
        (tmp_path / name).write_bytes(content)
        assert is_encrypted(tmp_path / name) is expected, name
    assert not is_encrypted(tmp_path / "missing")


def test_the_files_are_standard_sqlcipher_4_opened_by_the_passphrase_itself(encrypted: Path) -> None:
    """No key of our own making: the sqlcipher shell opens the ledger and its backups with
    ``PRAGMA key = 'passphrase'`` (so a ledger can be recovered without Yorisoi)."""
    db = cipher.dbapi()
    backup = BackupStore(encrypted).list()[0].path
    for path in (encrypted, backup):
        conn = db.connect(str(path))
        try:
            conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
            names = {r[0] for r in conn.execute("SELECT family_name FROM persons")}
        finally:
            conn.close()
        assert names == {p.family_name for p in PEOPLE}


def test_full_width_and_half_width_passphrases_are_the_same(encrypted: Path) -> None:
    full_width = PASSPHRASE.replace("2024", "２０２４")
    assert full_width != PASSPHRASE
    with Ledger.open(encrypted, read_only=True, passphrase=full_width) as ledger:
        assert ledger.encrypted


# ---- nothing readable in the files ---------------------------------------------------------------
def test_the_ledger_its_wal_and_backups_hold_none_of_the_names(encrypted: Path, tmp_path: Path) -> None:
    late = PersonDraft("後入力", "次郎", "あとにゅうりょく", "じろう", address="岡山県架空市柿町9")
    services = Services.open(encrypted, program="encryption test", passphrase=PASSPHRASE)
    try:
        services.cases.open_case(intake(late))
        wal = encrypted.with_name(encrypted.name + "-wal")
        wal_bytes = wal.read_bytes()
        services.ledger.backup_store().make("open")
    finally:
        services.close()
    store = BackupStore(encrypted, PASSPHRASE)
    copies = store.copy_to(None, tmp_path / "usb")
    files = [encrypted, *(i.path for i in store.list()), *copies]
    secrets = secrets_of((*PEOPLE, late))
    assert wal_bytes and leaks(wal_bytes, secrets) == []
    assert len(files) >= 4
    for path in files:
        assert is_encrypted(path), path.name
        assert leaks(path.read_bytes(), secrets) == [], path.name


# ---- wrong, missing, damaged ---------------------------------------------------------------------
@pytest.mark.parametrize("given", [None, OTHER, ""])
def test_a_wrong_or_missing_passphrase_says_so_and_never_damage(encrypted: Path, given: str | None) -> None:
    before = encrypted.read_bytes()
    for read_only in (False, True):
        with pytest.raises(WrongPassphraseError) as info:
            Ledger.open(encrypted, read_only=read_only, passphrase=given)
        message = str(info.value)
        assert "パスフレーズ" in message and "壊れ" not in message
    with pytest.raises(WrongPassphraseError):
        Services.open(encrypted, passphrase=given)
    with pytest.raises(WrongPassphraseError):
        check_at_start(encrypted, given)
    assert encrypted.read_bytes() == before  # nothing written, nothing "repaired"
    if given is not None:
        assert passphrase_status(encrypted, given) == "wrong"


def test_the_wrong_passphrase_message() -> None:
    assert str(WrongPassphraseError()).startswith("台帳のパスフレーズが違います")
    assert isinstance(WrongPassphraseError(), StorageError)
    assert "暗号化されています" in str(WrongPassphraseError(missing=True))


def damage_first_page(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.seek(200)  # past the salt: the first page's content and its HMAC no longer agree
        fh.write(os.urandom(1000))


def test_passphrase_status_ok_wrong_and_damaged(encrypted: Path) -> None:
    assert passphrase_status(encrypted, PASSPHRASE) == "ok"
    assert passphrase_status(encrypted, OTHER) == "wrong"
    damage_first_page(encrypted)
    assert passphrase_status(encrypted, PASSPHRASE) == "damaged"  # the backup opens: the key is right
    assert passphrase_status(encrypted, OTHER) == "wrong"


def test_a_damaged_first_page_without_a_backup_cannot_be_told_from_a_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "lonely.sqlite3"
    Ledger.open(path, create=True, passphrase=PASSPHRASE).close()
    damage_first_page(path)
    assert passphrase_status(path, PASSPHRASE) == "wrong"


def test_a_damaged_first_page_with_the_right_passphrase_is_damage_and_the_backup_restores(encrypted: Path) -> None:
    backup = BackupStore(encrypted, PASSPHRASE).list()[0]
    damage_first_page(encrypted)

    with pytest.raises(StorageError) as info:
        Ledger.open(encrypted, passphrase=PASSPHRASE)
    assert not isinstance(info.value, WrongPassphraseError) and "壊れて" in str(info.value)
    result = check_at_start(encrypted, PASSPHRASE)
    assert not result.ok and "壊れて" in result.message
    assert result.newest_verified_backup is not None and result.newest_verified_backup.path == backup.path

    restored = BackupStore(encrypted, PASSPHRASE).restore(result.newest_verified_backup)

    assert restored.kept_aside and restored.safety_backup is None
    assert check_at_start(encrypted, PASSPHRASE).ok and is_encrypted(encrypted)
    with Services.open(encrypted, passphrase=PASSPHRASE).ledger as ledger, ledger.reading() as s:
        assert s.execute(text("SELECT count(*) FROM persons")).scalar() == len(PEOPLE)


def test_a_plain_ledger_with_a_wiped_first_page_is_damage_not_encryption(ledger_path: Path) -> None:
    BackupStore(ledger_path).make("auto")
    with open(ledger_path, "r+b") as fh:
        fh.write(os.urandom(4096))  # looks like ciphertext …
    assert is_encrypted(ledger_path)
    result = check_at_start(ledger_path)  # … but its newest backup is plain: it was a plain ledger
    assert not result.ok and "読めません" in result.message
    with pytest.raises(StorageError, match="読めません"):
        Ledger.open(ledger_path)
    assert passphrase_status(ledger_path, PASSPHRASE) == "damaged"


def test_a_missing_ledger_is_judged_by_its_newest_encrypted_backup(encrypted: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        encrypted.with_name(encrypted.name + suffix).unlink(missing_ok=True)
    assert passphrase_status(encrypted, PASSPHRASE) == "ok"
    assert passphrase_status(encrypted, OTHER) == "wrong"
    with pytest.raises(WrongPassphraseError):
        check_at_start(encrypted, OTHER)
    with pytest.raises(WrongPassphraseError):
        check_at_start(encrypted)
    result = check_at_start(encrypted, PASSPHRASE)
    assert not result.ok and "見つかりません" in result.message and result.newest_verified_backup is not None


# ---- backups -----------------------------------------------------------------------------------
def test_backups_of_an_encrypted_ledger_verify_restore_and_copy(encrypted: Path, tmp_path: Path) -> None:
    store = BackupStore(encrypted, PASSPHRASE)
    info = store.make("manual")
    assert is_encrypted(info.path) and store.verify(info)
    assert integrity_problem(info.path, passphrase=PASSPHRASE) is None
    assert [b.verified for b in store.list(check=True)] == [True, True]
    copied = store.copy_to(info, tmp_path / "usb")
    assert copied[0].read_bytes() == info.path.read_bytes()
    assert store.verify(store.find(copied[0]))  # the copy on the drive checks out too
    assert store.prune() == []

    result = store.restore(info)

    assert result.safety_backup is not None and is_encrypted(result.safety_backup)
    assert is_encrypted(encrypted) and check_at_start(encrypted, PASSPHRASE).ok


def test_checking_encrypted_backups_needs_the_right_passphrase(encrypted: Path) -> None:
    info = BackupStore(encrypted).list()[0]
    without = BackupStore(encrypted).problem(info)
    wrong = BackupStore(encrypted, OTHER).problem(info)
    assert without is not None and "パスフレーズが必要" in without
    assert wrong is not None and "パスフレーズが違います" in wrong and "壊れ" not in wrong
    assert "not a database" in integrity_problem(info.path)
    with pytest.raises(WrongPassphraseError):
        BackupStore(encrypted).make("manual")
    with pytest.raises(WrongPassphraseError):
        BackupStore(encrypted, OTHER).make("manual")
    with pytest.raises(StorageError, match="復元できません"):
        BackupStore(encrypted, OTHER).restore(info)
    assert BackupStore(encrypted).list(check=True)[0].verified  # checksums need no key


def test_a_backup_shares_the_ledgers_salt_so_one_key_derivation_serves_both(encrypted: Path) -> None:
    backup = BackupStore(encrypted).list()[0].path
    assert cipher.file_salt(backup) == cipher.file_salt(encrypted)


# ---- migrations, search ------------------------------------------------------------------------
def test_an_encrypted_ledger_is_backed_up_encrypted_then_migrated(
    encrypted: Path,
    migrations_with_a_newer_revision: str,  # noqa: F811
) -> None:
    with Ledger.open(encrypted, passphrase=PASSPHRASE) as ledger:
        backup = ledger.last_backup
        with ledger.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                migrations_with_a_newer_revision
            )
            assert conn.execute(text("SELECT count(*) FROM persons WHERE test_extra = 'x'")).scalar() == 2
    assert backup is not None and "before-migrate" in backup.name
    assert is_encrypted(backup) and BackupStore(encrypted, PASSPHRASE).verify(BackupStore(encrypted).info(backup))
    assert is_encrypted(encrypted)


def test_search_works_on_an_encrypted_ledger(encrypted: Path) -> None:
    services = Services.open(encrypted, passphrase=PASSPHRASE)
    try:
        for query in ("かくうの", "架空野", "架空", "そうてい", "花子"):
            found = [p.name for p in services.people.search_people(query)]
            assert found, query
        assert [p.name for p in services.people.search_people("想定")] == ["想定川 太郎"]
    finally:
        services.close()


# ---- converting, changing the passphrase, staff passwords -------------------------------------------
def test_encrypt_ledger_copies_everything_and_verifies(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    services = Services.open(plain, create=True)
    try:
        for person in PEOPLE:
            services.cases.open_case(intake(person))
    finally:
        services.close()
    target = tmp_path / "encrypted.sqlite3"

    cipher.encrypt_ledger(plain, target, PASSPHRASE)

    assert is_encrypted(target) and not is_encrypted(plain)
    assert leaks(target.read_bytes(), secrets_of(PEOPLE)) == []
    a, b = cipher.connect(plain, read_only=True), cipher.connect(target, PASSPHRASE, read_only=True)
    try:
        assert cipher._table_counts(a) == cipher._table_counts(b)
        for pragma in ("user_version", "application_id"):
            assert a.execute(f"PRAGMA {pragma}").fetchone() == b.execute(f"PRAGMA {pragma}").fetchone()
    finally:
        a.close()
        b.close()
    services = Services.open(target, passphrase=PASSPHRASE)
    try:
        assert check_ledger(services.ledger.engine).ok
        assert [p.name for p in services.people.search_people("架空野")] == ["架空野 花子"]
        services.cases.open_case(intake(PersonDraft("後入力", "次郎", "あとにゅうりょく", "じろう")))
    finally:
        services.close()
    with pytest.raises(StorageError, match="既に"):
        cipher.encrypt_ledger(target, tmp_path / "again.sqlite3", PASSPHRASE)


def test_convert_to_encrypted_sets_the_plain_files_aside(tmp_path: Path) -> None:
    ledger = tmp_path / "centre" / "ledger.sqlite3"
    services = Services.open(ledger, create=True)
    try:
        services.cases.open_case(intake(PEOPLE[0]))
        services.ledger.backup_store().make("auto")
    finally:
        services.close()
    plain_bytes = ledger.read_bytes()

    result = cipher.convert_to_encrypted(ledger, PASSPHRASE)

    assert is_encrypted(ledger) and result.plain_ledger.read_bytes() == plain_bytes
    assert result.plain_ledger.name.startswith("ledger.sqlite3.plain-")
    assert result.plain_backups_folder is not None and len(result.plain_backups) == 1
    assert all(not is_encrypted(p) and p.parent == result.plain_backups_folder for p in result.plain_backups)
    store = BackupStore(ledger, PASSPHRASE)
    assert [i.path for i in store.list()] == [result.first_backup]  # no plain backup is offered
    assert store.verify(store.list()[0])
    with pytest.raises(StorageError):
        cipher.convert_to_encrypted(ledger, PASSPHRASE)  # already encrypted
    with pytest.raises(StorageError, match="12 文字以上"):
        cipher.convert_to_encrypted(result.plain_ledger, "short")


def test_change_passphrase_rekeys_the_ledger_and_its_backups(encrypted: Path) -> None:
    salt = cipher.file_salt(encrypted)
    with pytest.raises(WrongPassphraseError):
        cipher.change_passphrase(encrypted, OTHER, "新しいパスフレーズ二〇二五年")
    with pytest.raises(StorageError, match="12 文字以上"):
        cipher.change_passphrase(encrypted, PASSPHRASE, "short")

    result = cipher.change_passphrase(encrypted, PASSPHRASE, OTHER)

    assert passphrase_status(encrypted, OTHER) == "ok" and passphrase_status(encrypted, PASSPHRASE) == "wrong"
    assert cipher.file_salt(encrypted) == salt
    assert len(result.rekeyed_backups) == 1 and result.other_backups == ()
    store = BackupStore(encrypted, OTHER)
    assert all(store.verify(i) for i in store.list())
    assert BackupStore(encrypted, PASSPHRASE).problem(store.list()[0]) is not None
    with Ledger.open(encrypted, read_only=True, passphrase=OTHER) as ledger, ledger.reading() as s:
        assert s.execute(text("SELECT count(*) FROM persons")).scalar() == len(PEOPLE)


def test_changing_a_staff_password_does_not_re_encrypt_the_file(encrypted: Path) -> None:
    """Staff passwords are Argon2id hashes inside the ledger: changing one rewrites the few
    pages it touches (the row, the audit log), never the whole file, and the key is unchanged."""
    services = Services.open(encrypted, passphrase=PASSPHRASE)
    try:
        admin = services.auth.create_first_admin(StaffDraft("大森", "head", "さとし"), "oomori", "umi-no-mieru-oka-7")
    finally:
        services.close()
    before = page_hashes(encrypted)
    services = Services.open(encrypted, passphrase=PASSPHRASE)
    try:
        services.auth.change_password(admin, "umi-no-mieru-oka-7", "yama-no-ue-no-ie-8")
    finally:
        services.close()
    after = page_hashes(encrypted)
    changed = sum(a != b for a, b in zip(before, after, strict=False)) + abs(len(after) - len(before))
    assert changed <= max(12, len(before) // 10), f"{changed} of {len(before)} pages rewritten"
    assert passphrase_status(encrypted, PASSPHRASE) == "ok"


# ---- rules, versions ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        (PASSPHRASE, []),
        ("correct horse battery", []),
        ("", ["入力してください"]),
        ("short", ["12 文字以上"]),
        ("ａａａａａａａａａａａａａａ", ["同じ文字"]),  # full-width: NFKC first
        (" leading space here", ["空白"]),
        ("line\nbreak inside it", ["制御文字"]),
    ],
)
def test_passphrase_rules(candidate: str, expected: list[str]) -> None:
    problems = passphrase_problems(candidate)
    assert len(problems) == len(expected)
    for problem, fragment in zip(problems, expected, strict=True):
        assert fragment in problem


def test_sqlcipher_is_present() -> None:
    assert cipher.cipher_version().startswith("4.")
