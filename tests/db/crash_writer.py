"""A writer for the crash tests: saves records through the real services until it is killed.

Run as ``python tests/db/crash_writer.py LEDGER ACKFILE [--backup] [--backup-every N] [--wait]``
(the repository root on ``PYTHONPATH``). It opens the existing ledger through
``Services.open(path, program="crash test")`` and loops forever: each round is one
``services.cases.open_case`` (one transaction writing a person, a case, two programme
memberships, two status changes, an intake and its topic and programme links, and advancing two
number counters), marked with a sequence number (``crash-seq:<n>`` in the person's note and in
the intake's notes, ``<n>`` in the given name). Only after ``open_case`` returned, i.e. after the
commit was acknowledged, the number is appended to ACKFILE as one line with flush + fsync: a
number in ACKFILE promises the whole record set is in the ledger.

With ``--backup`` it also makes ``BackupStore(ledger).make("crash")`` every N saves (default 4)
so the killer's SIGKILL lands inside backups too. A backup that fails is reported on stderr as
one ``backup-failed: …`` line and the loop goes on, like the program, which keeps working when
an automatic backup fails.

With ``YORISOI_PASSPHRASE`` set the ledger is an encrypted one, opened with that passphrase (its
key is derived before ``loaded``, so the kill timings are those of a plain ledger); its backups are
encrypted too.

With ``--wait`` it imports everything, prints ``loaded`` and waits for a line on stdin before it
opens the ledger: the test starts the next writer while the current one is still writing, so
the second of Python start-up is not spent 200 times in a row. It prints ``ready <first
sequence number>`` on stdout once the ledger is open, and ``backup`` / ``backed-up`` around each
backup, so the test can tell where its kill landed. Sequence numbers
continue after the highest one in the ledger or in ACKFILE, so a save that committed but was
killed before its acknowledgement is never reused (and a lost acknowledged save stays missing).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db import cipher
from app.domain.drafts import IntakeDraft, PersonDraft
from app.domain.errors import StorageError
from app.models import Person
from app.services.container import Services

MARK = "crash-seq:"
FAMILY_NAME = "耐久"
RECEIVED_ON = date(2024, 4, 1)
PROGRAMMES = ("self_reliance", "household_budget")
TOPICS = ("income", "debt")
# enough text that one save spans several pages of the ledger and of the WAL
WISHES = "家賃の滞納を解消し、生活を立て直したい。" * 10


def mark(seq: int) -> str:
    return f"{MARK}{seq:07d}"


def parse_mark(text: str) -> int | None:
    found = re.search(rf"{re.escape(MARK)}(\d+)", text or "")
    return int(found.group(1)) if found else None


def acknowledged(ack_file: Path) -> list[int]:
    """The acknowledged sequence numbers: complete lines only (a line cut short by the kill,
    without its newline, was never acknowledged)."""
    if not ack_file.exists():
        return []
    text = ack_file.read_text(encoding="ascii")
    lines = text.split("\n")[:-1]  # the part after the last newline is not a complete line
    return [int(line) for line in lines if line.strip()]


def intake(seq: int) -> IntakeDraft:
    person = PersonDraft(
        family_name=FAMILY_NAME,
        given_name=f"試験{seq}",
        family_kana="たいきゅう",
        given_kana="しけん",
        birth_date=date(1970, 1, 1),
        address="岡山県架空市耐久町1-2-3",
        note=mark(seq),
    )
    return IntakeDraft(
        received_on=RECEIVED_ON,
        method="office",
        route="self",
        programmes=PROGRAMMES,
        topics=TOPICS,
        primary_topic=TOPICS[0],
        person=person,
        wishes=WISHES,
        notes=mark(seq),
    )


def first_sequence(services: Services, ack_file: Path) -> int:
    with services.ledger.reading() as s:
        notes = s.scalars(select(Person.note).where(Person.note.like(f"{MARK}%"))).all()
    highest = max([n for n in map(parse_mark, notes) if n is not None] + acknowledged(ack_file) + [0])
    return highest + 1


def acknowledge(fd: int, seq: int) -> None:
    os.write(fd, f"{seq}\n".encode("ascii"))  # one write: the line is there whole or not at all
    os.fsync(fd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("ack_file", type=Path)
    parser.add_argument("--backup", action="store_true", help="also make a backup every few saves")
    parser.add_argument("--backup-every", type=int, default=4)
    parser.add_argument("--wait", action="store_true", help="print 'loaded', wait for a line on stdin, then start")
    args = parser.parse_args(argv)
    passphrase = os.environ.get(cipher.PASSPHRASE_ENV) or None
    if passphrase is not None:
        cipher.derive_key(passphrase, cipher.file_salt(args.ledger))  # cached for Services.open

    if args.wait:
        print("loaded", flush=True)
        if not sys.stdin.readline():  # the test closed our stdin without starting us
            return 0

    services = Services.open(args.ledger, program="crash test", passphrase=passphrase)
    store = services.ledger.backup_store() if args.backup else None
    seq = first_sequence(services, args.ack_file)
    fd = os.open(args.ack_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    print(f"ready {seq}", flush=True)
    saves = 0
    while True:
        services.cases.open_case(intake(seq))
        acknowledge(fd, seq)  # only now is the save acknowledged
        seq += 1
        saves += 1
        if store is not None and saves % args.backup_every == 0:
            print("backup", flush=True)
            try:
                store.make("crash")
                print("backed-up", flush=True)
            except StorageError as exc:
                print(f"backup-failed: {exc}".replace("\n", " "), file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
