"""Benchmark: statistics, export and import on a 10-year ledger at the centre's real volume.

    .venv/bin/python bench/run.py [--years 10] [--scale 1.0] [--fiscal-year 2022] [--rebuild] [--screens]
                                  [--encrypted]

Builds the demo ledger once (cached in bench/cache/), then prints figures: the demo build
time, the statistics for one fiscal year (every figure, and the same figures by the plain
hand-written SQL of bench/hand_sql.py, as a ratio; the values must agree), export and import
times and rates, file sizes, and peak memory of each step (measured in its own process).
With ``--screens``, then the screens and printouts on the same ledger (bench/screens.py).
With ``--encrypted`` the ledgers are encrypted (SQLCipher; passphrase BENCH_PASSPHRASE, passed to
the commands as YORISOI_PASSPHRASE) and cached under their own name, plus the time to open the
ledger is printed. A script, not a test: numbers vary by machine; docs/benchmarks.md records them.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "cache"
BENCH_PASSPHRASE = "bench passphrase, not a secret"
sys.path.insert(0, str(ROOT))


def passphrase() -> str | None:
    return os.environ.get("YORISOI_PASSPHRASE") or None


def new_ledger_option() -> list[str]:
    """Commands that create a ledger: encrypted with YORISOI_PASSPHRASE when set, else --plain."""
    return [] if passphrase() else ["--plain"]


def run_measured(args: list[str]) -> tuple[float, int, str]:
    """Run ``python -m app ARGS`` in its own process: (seconds, peak RSS in MiB, stdout)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: yorisoi {' '.join(args)}\n{out}")
    return seconds, usage.ru_maxrss // 1024, out


def build(ledger: Path, years: int, scale: float, fy: int, rebuild: bool) -> float | None:
    if ledger.exists() and not rebuild:
        return None
    for p in ledger.parent.glob(ledger.name + "*"):
        p.unlink()
    seconds, peak, _ = run_measured(
        ["demo", "--ledger", str(ledger), "--fiscal-year", str(fy), "--years", str(years), "--scale", str(scale)]
        + new_ledger_option()
    )
    print(f"demo build: {seconds:.1f} s, peak {peak} MiB")
    return seconds


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def bench_statistics(ledger_path: Path, fy: int) -> None:
    from sqlalchemy import text

    from app.db.ledger import Ledger
    from app.domain.fiscal import fiscal_year_range
    from app.services.statistics import StatisticsService
    from bench.hand_sql import QUERIES

    start, end = fiscal_year_range(fy)
    started = time.perf_counter()
    with Ledger.open(ledger_path, read_only=True, passphrase=passphrase()) as ledger:
        print(f"open the ledger (read-only, in-process): {(time.perf_counter() - started) * 1000:.0f} ms")
        stats = StatisticsService(ledger)
        t_full, year = timed(lambda: stats.year(fy))
        t_values, values = timed(lambda: stats.values(fy))

        def hand() -> dict[str, int]:
            with ledger.engine.connect() as conn:
                return {k: int(conn.execute(text(q), {"s": start, "e": end}).scalar() or 0) for k, q in QUERIES.items()}

        t_hand, hand_values = timed(hand)
    bad = {k: (values[k], hand_values[k]) for k in QUERIES if values[k] != hand_values[k]}
    print(f"statistics FY{fy}: {len(values)} figures")
    print(f"  values only (service):        {t_values * 1000:8.0f} ms")
    print(f"  values only (hand-written):   {t_hand * 1000:8.0f} ms   ratio service/hand = {t_values / t_hand:.2f}")
    print(f"  full year (values + months + targets + lists): {t_full * 1000:.0f} ms")
    print(
        f"  e.g. new_consultations = {values['self_reliance.new_consultations']:,}, repayments = {values['household_budget.repayments_yen']:,} 円"
    )
    if bad:
        print(f"  MISMATCH service vs hand SQL: {bad}")
        raise SystemExit(1)
    print("  service and hand-written SQL agree on every figure")
    _ = year


def bench_transfer(ledger: Path) -> None:
    export = CACHE / "export.jsonl"
    target = CACHE / "imported.sqlite3"
    for p in [export, *CACHE.glob("imported.sqlite3*")]:
        p.unlink(missing_ok=True)
    t_exp, peak_exp, _ = run_measured(["export", "--ledger", str(ledger), str(export)])
    lines = sum(1 for _ in export.open("rb")) - 2
    print(
        f"export: {t_exp:.1f} s, {lines:,} records ({lines / t_exp:,.0f}/s), {export.stat().st_size / 2**20:.0f} MiB, peak {peak_exp} MiB"
    )
    subprocess.run(
        [sys.executable, "-m", "app", "init", "--ledger", str(target), *new_ledger_option()],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    t_imp, peak_imp, _ = run_measured(["import", "--ledger", str(target), str(export)])
    print(
        f"import: {t_imp:.1f} s ({lines / t_imp:,.0f}/s), peak {peak_imp} MiB, ledger {target.stat().st_size / 2**20:.0f} MiB"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--fiscal-year", type=int, default=2022)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--skip-transfer", action="store_true")
    ap.add_argument("--screens", action="store_true", help="also time the screens and printouts (bench/screens.py)")
    ap.add_argument("--encrypted", action="store_true", help="encrypted ledgers (SQLCipher)")
    a = ap.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    if a.encrypted:
        os.environ["YORISOI_PASSPHRASE"] = BENCH_PASSPHRASE
    ledger = CACHE / f"ledger-{a.years}y-x{a.scale:g}{'-encrypted' if a.encrypted else ''}.sqlite3"
    from app.db.cipher import cipher_version, dbapi

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, SQLite {dbapi().sqlite_version} (SQLCipher {cipher_version()})"
    )
    build(ledger, a.years, a.scale, a.fiscal_year, a.rebuild)
    print(f"ledger: {ledger.name}, {ledger.stat().st_size / 2**20:.0f} MiB")
    bench_statistics(ledger, a.fiscal_year)
    if not a.skip_transfer:
        bench_transfer(ledger)
    if a.screens:
        from bench.screens import run_all

        run_all(ledger, a.fiscal_year)
    shutil.rmtree(CACHE / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
