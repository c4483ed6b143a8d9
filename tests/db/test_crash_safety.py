"""Crash safety with figures (issue #9 point 7): a writer saving records through the real
services (``tests/db/crash_writer.py``) is killed with SIGKILL at random moments, over and over,
on one ledger that grows from round to round; after every kill the ledger is checked the way the
next start would find it.

After every kill: the killed writer's lock does not block (``LedgerLock`` can be taken at once),
the start check (``check_at_start``) passes, ``check_ledger`` is ok (``PRAGMA integrity_check``
and ``PRAGMA foreign_key_check`` on a fresh connection, code kinds, schema revision), every
acknowledged save is there as a complete record set, no record set is half there, the number
counters agree with the rows, and at most one save per kill committed without its
acknowledgement (the kill fell between the commit and the fsync of the acknowledgement).

``YORISOI_CRASH_KILLS`` sets the number of kills; otherwise 200 when ``CI`` is set, 30 locally.
The backup variant makes a backup every few saves and runs min(40, kills) rounds; it also checks
that every backup under its final name passes ``BackupStore.verify`` and that no ``.part`` file
is taken for a backup. The encrypted variant runs min(20, kills) rounds of the backup variant on
an encrypted ledger (SQLCipher; the writer gets ``YORISOI_PASSPHRASE``). Run with ``pytest -s``
to see the figures.

How a round is timed: the writer is started with ``--wait`` two rounds ahead (its Python
start-up, about a second, overlaps the rounds before), told to go, and killed a seeded-random
0.2–1.5 s later; one round in ten is killed within 30 ms of "go" instead, i.e. while it acquires
the lock and opens the ledger (which takes about 20 ms). Where each kill landed (opening,
saving, backing up) is counted from the writer's output.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from app.db import cipher
from app.db.backups import BackupStore, integrity_problem
from app.db.check import check_ledger
from app.db.engine import make_engine
from app.db.ledger import Ledger
from app.db.lock import LedgerLock
from app.db.storage import check_at_start
from app.domain.errors import LedgerLockedError

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows"),
]

ROOT = Path(__file__).resolve().parents[2]
WRITER_SCRIPT = Path(__file__).resolve().with_name("crash_writer.py")
SEED = 2026
BACKUP_ROUNDS = 40
ENCRYPTED_ROUNDS = 20
PASSPHRASE = "耐久試験用の長いパスフレーズ"
EARLY_SHARE = 0.1  # share of kills aimed at the writer's opening of the ledger
AHEAD = 2  # writers started ahead (Python start-up takes about as long as a round)
KEEP_BACKUPS = 2  # verified backups kept between rounds (older ones are deleted to save disk)


def _load_writer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_writer", WRITER_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


writer = _load_writer()


def crash_kills() -> int:
    configured = os.environ.get("YORISOI_CRASH_KILLS", "").strip()
    if configured:
        return int(configured)
    return 200 if os.environ.get("CI", "").strip().lower() not in ("", "0", "false") else 30


# ---- the writer process ------------------------------------------------------------------------
class WriterProcess:
    """One ``crash_writer.py --wait``: started ahead, told to go, killed."""

    def __init__(self, ledger: Path, ack_file: Path, *, backup: bool, passphrase: str | None = None) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        env.pop(cipher.PASSPHRASE_ENV, None)
        if passphrase is not None:
            env[cipher.PASSPHRASE_ENV] = passphrase
        args = [sys.executable, str(WRITER_SCRIPT), str(ledger), str(ack_file), "--wait"]
        self.proc = subprocess.Popen(
            [*args, "--backup"] if backup else args,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def go(self) -> None:
        """Wait until it has imported everything, then let it open the ledger and write."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line != "loaded\n":
            out, err = self.proc.communicate(timeout=30)
            pytest.fail(f"the writer did not start (exit {self.proc.returncode}): {line}{out}\n{err}")
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def kill(self) -> tuple[int, list[str], str]:
        """SIGKILL it (if it is still running); its exit code, stdout lines and stderr."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        out, err = self.proc.communicate(timeout=60)
        return self.proc.returncode, out.splitlines(), err

    def discard(self) -> None:
        """A writer that was never told to go: closing its stdin makes it exit untouched."""
        if self.proc.poll() is None:
            try:
                self.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.communicate()


def where_it_landed(lines: list[str]) -> str:
    if not any(line.startswith("ready") for line in lines):
        return "opening"
    return "backing up" if lines[-1] == "backup" else "saving"


# ---- what is in the ledger -------------------------------------------------------------------
@dataclass
class Inspection:
    complete: set[int] = field(default_factory=set)  # sequence numbers saved whole
    corrupt: list[str] = field(default_factory=list)  # integrity problems
    half_saved: list[str] = field(default_factory=list)  # record sets or rows not whole
    other: list[str] = field(default_factory=list)  # foreign keys, start check, check_ledger


def _counts(conn, sql: str) -> dict[int, int]:
    return dict(conn.execute(sql).fetchall())


def record_sets(path: Path, found: Inspection, passphrase: str | None = None) -> None:
    """Which saves are there whole, and what is there only in part (read-only connection)."""
    conn = cipher.connect(path, passphrase, read_only=True)
    try:
        persons = conn.execute("SELECT id, note FROM persons").fetchall()
        cases = conn.execute("SELECT id, person_id FROM cases").fetchall()
        intakes = conn.execute("SELECT id, case_id, notes FROM intakes").fetchall()
        members = _counts(conn, "SELECT case_id, count(*) FROM case_programmes GROUP BY case_id")
        changes = _counts(conn, "SELECT case_id, count(*) FROM case_status_changes GROUP BY case_id")
        topics = _counts(conn, "SELECT owner_id, count(*) FROM intake_topics GROUP BY owner_id")
        progs = _counts(conn, "SELECT owner_id, count(*) FROM intake_programmes GROUP BY owner_id")
        counters = dict(conn.execute("SELECT name, next_value FROM number_sequences").fetchall())
    finally:
        conn.close()
    cases_of: dict[int, list[int]] = {}
    for case_id, person_id in cases:
        cases_of.setdefault(person_id, []).append(case_id)
    intakes_of: dict[int, list[tuple[int, str]]] = {}
    for intake_id, case_id, notes in intakes:
        intakes_of.setdefault(case_id, []).append((intake_id, notes))
    want = len(writer.PROGRAMMES)
    seen: Counter[int] = Counter()
    for person_id, note in persons:
        seq = writer.parse_mark(note)
        if seq is None:
            found.half_saved.append(f"person {person_id} without a sequence mark: {note!r}")
            continue
        seen[seq] += 1
        problems = []
        person_cases = cases_of.get(person_id, [])
        if len(person_cases) != 1:
            problems.append(f"{len(person_cases)} cases")
        for case_id in person_cases:
            case_intakes = intakes_of.get(case_id, [])
            if [notes for _i, notes in case_intakes] != [note]:
                problems.append(f"case {case_id} has intakes {case_intakes}")
            if members.get(case_id, 0) != want or changes.get(case_id, 0) != want:
                problems.append(
                    f"case {case_id}: {members.get(case_id, 0)} memberships, {changes.get(case_id, 0)} changes"
                )
            for intake_id, _notes in case_intakes:
                if topics.get(intake_id, 0) != len(writer.TOPICS) or progs.get(intake_id, 0) != want:
                    problems.append(
                        f"intake {intake_id}: {topics.get(intake_id, 0)} topics, {progs.get(intake_id, 0)} programmes"
                    )
        if problems:
            found.half_saved.append(f"save {seq} (person {person_id}) is not whole: {'; '.join(problems)}")
        else:
            found.complete.add(seq)
    found.half_saved.extend(f"save {seq} is there {n} times" for seq, n in seen.items() if n > 1)
    person_ids = {p for p, _n in persons}
    found.half_saved.extend(f"case {c} without its person" for c, p in cases if p not in person_ids)
    case_ids = {c for c, _p in cases}
    found.half_saved.extend(f"intake {i} without its case" for i, c, _n in intakes if c not in case_ids)
    found.half_saved.extend(f"memberships of a missing case {c}" for c in members.keys() - case_ids)
    # the counters advance in the same transaction as the rows they number
    if counters.get("person", 1) - 1 != len(persons):
        found.half_saved.append(f"person counter at {counters.get('person')} for {len(persons)} persons")
    case_counter = counters.get(f"case:{writer.RECEIVED_ON.year}", 1)  # April: the fiscal year is the year
    if case_counter - 1 != len(cases):
        found.half_saved.append(f"case counter at {case_counter} for {len(cases)} cases")


def inspect_ledger(path: Path, passphrase: str | None = None) -> Inspection:
    """The ledger as the next start finds it: start check, check_ledger, record sets."""
    found = Inspection()
    start = check_at_start(path, passphrase)
    if not start.ok:
        found.corrupt.append(f"start check: {start.message}")
    engine = make_engine(path, read_only=True, passphrase=passphrase)  # a fresh connection that writes nothing
    try:
        report = check_ledger(engine)
    finally:
        engine.dispose()
    found.corrupt.extend(f"integrity_check: {p}" for p in report.integrity)
    found.other.extend(f"foreign_key_check: {p}" for p in report.foreign_keys)
    if not report.ok:
        found.other.append("check_ledger: " + " / ".join(report.lines()))
    if not found.corrupt:
        record_sets(path, found, passphrase)
    return found


def lock_clears(path: Path) -> bool:
    try:
        with LedgerLock(path, "crash test check"):
            return True
    except LedgerLockedError:
        return False


# ---- backups ---------------------------------------------------------------------------------
@dataclass
class BackupFigures:
    made: int = 0  # distinct backup files seen under their final name
    verified: int = 0
    failed: list[str] = field(default_factory=list)
    litter: set[str] = field(default_factory=set)  # other files a kill left behind (.part, temp sidecars)
    failed_makes: list[str] = field(default_factory=list)  # "backup-failed" lines of the writer


def _identity(path: Path) -> tuple[str, int, int]:
    """A backup file's identity across rounds: the store reuses a name once the test deleted
    the file that had it (names are timestamps bumped past the ones in use)."""
    stat = path.stat()
    return path.name, stat.st_ino, stat.st_mtime_ns


def check_backups(
    number: int, store: BackupStore, figures: BackupFigures, seen: set[tuple[str, int, int]]
) -> list[str]:
    """Verify the backups not seen before; every one under its final name must pass. Then keep
    the newest few verified ones (disk space) and the failed ones (evidence)."""
    problems = []
    if not store.folder.is_dir():
        return problems
    listed = store.list()
    for info in listed:
        if not info.name.endswith(".sqlite3") or ".part" in info.name:
            problems.append(f"round {number}: {info.name} is listed as a backup")
    names = {info.name for info in listed}
    for path in store.folder.iterdir():
        if path.name in names or path.name.removesuffix(".sha256") in names:
            continue
        figures.litter.add(path.name)
        if ".part" in path.name and store.info(path) is not None:
            problems.append(f"round {number}: {path.name} is taken for a backup")
    newest = store.newest_verified()
    if newest is not None and not newest.name.endswith(".sqlite3"):
        problems.append(f"round {number}: the newest verified backup is {newest.name}")
    for info in listed:
        key = _identity(info.path)
        if key in seen:
            continue
        seen.add(key)
        figures.made += 1
        problem = store.problem(info)
        if problem is None:
            figures.verified += 1
        else:
            sound = integrity_problem(info.path, passphrase=store.passphrase) or "ok"
            has_sidecar = info.path.with_name(info.name + ".sha256").exists()
            figures.failed.append(
                f"{info.name}: {problem} (round {number}; sidecar file present: {has_sidecar};"
                f" integrity_check of the backup: {sound})"
            )
            problems.append(f"round {number}: backup {info.name} fails verification: {problem}")
    good = [i for i in listed if all(not f.startswith(i.name + ":") for f in figures.failed)]
    for info in good[KEEP_BACKUPS:]:
        info.path.unlink()
        info.path.with_name(info.name + ".sha256").unlink(missing_ok=True)
    return problems


# ---- the rounds ------------------------------------------------------------------------------
@dataclass
class Figures:
    rounds: int = 0
    landed: Counter[str] = field(default_factory=Counter)
    acknowledged: int = 0
    records_found: int = 0
    committed_unacknowledged: int = 0
    corrupt_files: int = 0
    half_saved: int = 0
    missing_acknowledged: int = 0
    other_problems: int = 0
    lock_blocked: int = 0
    seconds: float = 0.0

    def lines(self, title: str) -> list[str]:
        where = ", ".join(f"{k} {v}" for k, v in sorted(self.landed.items()))
        return [
            f"{title}: {self.rounds} rounds killed with SIGKILL in {self.seconds:.0f} s (kills landed: {where})",
            f"  acknowledged saves {self.acknowledged}, record sets found {self.records_found}"
            f" (committed but killed before the acknowledgement: {self.committed_unacknowledged})",
            f"  corrupt files {self.corrupt_files}, half-saved {self.half_saved},"
            f" missing acknowledged {self.missing_acknowledged}, other problems {self.other_problems},"
            f" lock left blocking {self.lock_blocked}",
        ]


def run_rounds(
    tmp_path: Path, rounds: int, *, backup: bool, passphrase: str | None = None
) -> tuple[Figures, BackupFigures, list[str]]:
    """Kill ``rounds`` writers on one ledger (encrypted with ``passphrase`` when given); the
    figures and the problems found. The run stops at the first round that finds a problem in
    the ledger (after it the ledger is no longer a fair test); a backup problem is recorded
    and the rounds go on."""
    ledger = tmp_path / "crash" / "ledger.sqlite3"
    ack_file = tmp_path / "crash" / "acknowledged.txt"
    Ledger.open(ledger, create=True, passphrase=passphrase).close()
    assert cipher.is_encrypted(ledger) == (passphrase is not None)
    rng = random.Random(SEED)
    figures, backups = Figures(), BackupFigures()
    store, seen_backups = BackupStore(ledger, passphrase), set()
    problems: list[str] = []
    backup_problems: list[str] = []
    started = time.monotonic()
    pending = deque(
        WriterProcess(ledger, ack_file, backup=backup, passphrase=passphrase) for _ in range(min(AHEAD, rounds))
    )
    try:
        for number in range(1, rounds + 1):
            current = pending.popleft()
            current.go()
            gone = time.monotonic()
            delay = rng.uniform(0.0, 0.03) if rng.random() < EARLY_SHARE else rng.uniform(0.2, 1.5)
            if number + len(pending) < rounds:  # the writers of the next rounds start up meanwhile
                pending.append(WriterProcess(ledger, ack_file, backup=backup, passphrase=passphrase))
            time.sleep(max(0.0, delay - (time.monotonic() - gone)))
            code, lines, err = current.kill()
            figures.rounds = number
            problems = check_round(number, ledger, ack_file, figures, code, lines, err, passphrase)
            backups.failed_makes.extend(line for line in err.splitlines() if line.startswith("backup-failed"))
            if backup:
                backup_problems += check_backups(number, store, backups, seen_backups)
            if problems:
                break
    finally:
        for waiting in pending:
            waiting.discard()
        figures.seconds = time.monotonic() - started
    return figures, backups, problems + backup_problems


def check_round(
    number: int,
    ledger: Path,
    ack_file: Path,
    figures: Figures,
    code: int,
    lines: list[str],
    err: str,
    passphrase: str | None = None,
) -> list[str]:
    problems = []
    if code != -signal.SIGKILL:
        problems.append(f"round {number}: the writer ended by itself (exit {code}): {err[-3000:]}")
    figures.landed[where_it_landed(lines)] += 1
    if not lock_clears(ledger):
        figures.lock_blocked += 1
        problems.append(f"round {number}: the killed writer's lock still blocks the ledger")
    found = inspect_ledger(ledger, passphrase)
    acked = set(writer.acknowledged(ack_file))
    missing = acked - found.complete
    unacked_before = figures.committed_unacknowledged
    figures.acknowledged, figures.records_found = len(acked), len(found.complete)
    figures.committed_unacknowledged = len(found.complete - acked)
    figures.corrupt_files += bool(found.corrupt)
    figures.half_saved += len(found.half_saved)
    figures.missing_acknowledged = len(missing)
    figures.other_problems += len(found.other)
    for kind, items in (("corrupt", found.corrupt), ("half-saved", found.half_saved), ("problem", found.other)):
        problems.extend(f"round {number}: {kind}: {item}" for item in items[:20])
    if missing:
        problems.append(f"round {number}: acknowledged saves missing: {sorted(missing)[:50]}")
    if figures.committed_unacknowledged > unacked_before + 1:
        problems.append(f"round {number}: more than one save committed without its acknowledgement in one kill")
    return problems


def report(title: str, figures: Figures, backups: BackupFigures | None, problems: list[str]) -> None:
    out = figures.lines(title)
    if backups is not None:
        out.append(
            f"  backups under their final name {backups.made}, verified {backups.verified},"
            f" failing verification {len(backups.failed)}, failed to make {len(backups.failed_makes)},"
            f" other files left in the backups folder by kills {len(backups.litter)}"
            f" ({', '.join(sorted({n.rsplit('.', 1)[-1] for n in backups.litter}))})"
        )
        out.extend(f"    failing: {f}" for f in backups.failed[:10])
        out.extend(f"    failed to make: {f}" for f in backups.failed_makes[:10])
    out.extend(f"  PROBLEM {p}" for p in problems[:40])
    print("\n" + "\n".join(out))


def assert_clean(figures: Figures, rounds: int, problems: list[str]) -> None:
    assert problems == []
    assert figures.rounds == rounds
    assert figures.corrupt_files == 0
    assert figures.half_saved == 0
    assert figures.missing_acknowledged == 0
    assert figures.other_problems == 0
    assert figures.lock_blocked == 0
    assert figures.records_found >= figures.acknowledged
    assert figures.committed_unacknowledged <= figures.rounds
    # the kills landed while saving, not only before it, and the writers did save
    assert figures.landed["saving"] + figures.landed["backing up"] >= rounds // 2
    assert figures.acknowledged >= rounds


def test_killing_a_saving_writer_never_corrupts_or_loses_an_acknowledged_save(tmp_path: Path) -> None:
    rounds = crash_kills()
    figures, _backups, problems = run_rounds(tmp_path, rounds, backup=False)
    report("crash test (saving)", figures, None, problems)
    assert_clean(figures, rounds, problems)


def test_killing_a_writer_during_backups_leaves_only_good_backups(tmp_path: Path) -> None:
    rounds = min(BACKUP_ROUNDS, crash_kills())
    figures, backups, problems = run_rounds(tmp_path, rounds, backup=True)
    report("crash test (saving and backing up)", figures, backups, problems)
    assert_clean(figures, rounds, problems)
    assert backups.failed == []
    assert backups.failed_makes == []
    assert backups.verified == backups.made > 0
    if rounds >= 20:  # about half the writer's time goes to backups: some kills must land in one
        assert figures.landed["backing up"] > 0


def test_killing_a_writer_of_an_encrypted_ledger_during_saves_and_backups(tmp_path: Path) -> None:
    rounds = min(ENCRYPTED_ROUNDS, crash_kills())
    figures, backups, problems = run_rounds(tmp_path, rounds, backup=True, passphrase=PASSPHRASE)
    report("crash test (encrypted ledger, saving and backing up)", figures, backups, problems)
    assert_clean(figures, rounds, problems)
    assert backups.failed == [] and backups.failed_makes == []
    assert backups.verified == backups.made > 0
    ledger = tmp_path / "crash" / "ledger.sqlite3"
    assert cipher.is_encrypted(ledger)
    assert all(cipher.is_encrypted(i.path) for i in BackupStore(ledger).list())


def test_the_checks_catch_a_half_saved_record_set_and_a_missing_acknowledged_save(tmp_path: Path) -> None:
    """The checks above would see the failures they count (a control: damage made by hand)."""
    from app.services.container import Services

    ledger = tmp_path / "control" / "ledger.sqlite3"
    services = Services.open(ledger, program="crash test", create=True)
    try:
        for seq in (1, 2, 3):
            services.cases.open_case(writer.intake(seq))
    finally:
        services.close()
    ack_file = tmp_path / "control" / "acknowledged.txt"
    ack_file.write_text("1\n2\n3\n4", encoding="ascii")  # "4" was cut short by a kill: not acknowledged
    assert writer.acknowledged(ack_file) == [1, 2, 3]
    found = inspect_ledger(ledger)
    assert (found.complete, found.corrupt, found.half_saved, found.other) == ({1, 2, 3}, [], [], [])

    with sqlite3.connect(ledger) as raw:  # foreign keys are off on a plain connection
        raw.execute("DELETE FROM intakes WHERE notes = ?", (writer.mark(2),))
        person = raw.execute("SELECT id FROM persons WHERE note = ?", (writer.mark(3),)).fetchone()[0]
        raw.execute("DELETE FROM persons WHERE id = ?", (person,))
    raw.close()
    found = inspect_ledger(ledger)
    assert found.complete == {1}
    assert set(writer.acknowledged(ack_file)) - found.complete == {2, 3}
    assert any(p.startswith("save 2 ") for p in found.half_saved)
    assert any("without its person" in p for p in found.half_saved)
    assert any("person counter" in p for p in found.half_saved)
    assert any(p.startswith("foreign_key_check") for p in found.other)  # case 3 points at no person
