"""Benchmark: what a counsellor waits for on the screens, on the demo ledger.

    .venv/bin/python bench/screens.py [--years 10] [--ledger PATH] [--fiscal-year 2022]

Uses bench/run.py's cached demo ledger (bench/cache/ledger-<N>y-x1.sqlite3), building it
when missing (``--years 1`` takes ~10 s, 10 years ~80 s). Works on a copy in a temporary
folder (the cache is never written): the setup tops the busiest case up to 300 contacts and
stretches one cash flow to 30 years, then each step runs in its own process so its peak
memory is its own: GUI start (offscreen), case search, opening a case file, the budget grid,
meetings, visits and the printouts. Prints a table of figures with a verdict: instant
(< 100 ms), acceptable (< 1 s) or slow. A script, not a test; docs/benchmarks.md records runs.

An encrypted ledger (``--ledger PATH`` of one) is opened with ``YORISOI_PASSPHRASE``; every
connection goes through ``app.db.cipher.connect`` (never the stdlib's sqlite3: two SQLite
libraries in one process do not see each other's locks).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "cache"
sys.path.insert(0, str(ROOT))

HEAVY = ("reportlab", "openpyxl", "pypdfium2", "alembic")  # must not be imported at GUI start
CONTACTS = 300
STEP_TIMEOUT = 900  # seconds; a hung child (a modal dialog offscreen) is killed


# ---- small helpers (also used inside the step processes) -----------------------------------
def clock(fn, repeat: int = 1) -> tuple[list[float], object]:
    """Run ``fn`` ``repeat`` times: (seconds of each run, the last result)."""
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return times, result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": p95(values), "worst": max(values), "n": len(values)}


def rss_mib() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def passphrase() -> str | None:
    return os.environ.get("YORISOI_PASSPHRASE") or None


def connect(path: Path, *, read_only: bool = False):
    """A DBAPI connection to the ledger (keyed when it is encrypted)."""
    from app.db import cipher

    return cipher.connect(path, passphrase() if cipher.is_encrypted(path) else None, read_only=read_only)


def open_services(path: Path, *, read_only: bool = True):
    from app.services.container import Services

    return Services.open(path, program="bench screens", read_only=read_only, passphrase=passphrase())


# ---- setup: pick the targets, top up the busiest case, stretch a cash flow ----------------
def _picks(db, fy: int) -> dict:
    one = lambda sql, *a: db.execute(sql, a).fetchone()  # noqa: E731
    start, end = date(fy, 4, 1).isoformat(), date(fy + 1, 3, 31).isoformat()
    case_id, n = one(
        "SELECT case_id, count(*) FROM contacts WHERE case_id IS NOT NULL GROUP BY case_id ORDER BY 2 DESC, 1"
    )
    names = [r[0] for r in db.execute(
        "SELECT family_name FROM persons WHERE length(family_name) = 2 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2")]  # fmt: skip
    fam, giv, fk, gk, home, mobile = one(
        "SELECT family_name, given_name, family_kana, given_kana, phone_home, phone_mobile FROM persons "
        "WHERE phone_home <> '' AND phone_mobile <> '' ORDER BY id LIMIT 1 OFFSET ?",
        one("SELECT count(*) FROM persons")[0] // 200,
    )
    (case_no,) = one(
        "SELECT case_no FROM cases WHERE opened_on BETWEEN ? AND ? ORDER BY id LIMIT 1 OFFSET 3", start, end
    )
    katakana = "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in fk)
    searches = [names[0], names[1], f"{fam} {giv}", fk, katakana, gk, mobile[:8], home, case_no, case_no[:8]]
    sheet = one("SELECT s.id FROM budget_sheets s WHERE s.kind = 'plan' AND EXISTS (SELECT 1 FROM budget_sheet_rows r "
                "JOIN budget_actuals a ON a.row_id = r.id WHERE r.sheet_id = s.id) ORDER BY s.made_on DESC, s.id DESC")  # fmt: skip
    cashflow = one("SELECT id FROM cashflow_plans ORDER BY made_on DESC, id DESC")
    meeting = one(
        "SELECT m.id FROM meetings m JOIN codes c ON c.id = m.kind_id WHERE c.code = 'regular_coordination' "
        "AND m.status <> 'cancelled' AND m.held_on BETWEEN ? AND ? ORDER BY m.held_on DESC", start, end)  # fmt: skip
    viewer = one("SELECT staff_id FROM meeting_attendees WHERE meeting_id = ? AND staff_id IS NOT NULL", meeting[0])
    return {
        "case_id": case_id, "had_contacts": n, "searches": searches, "sheet_id": sheet and sheet[0],
        "cashflow_id": cashflow and cashflow[0], "meeting_id": meeting[0],
        "viewer_id": viewer[0] if viewer else one("SELECT id FROM staff_members ORDER BY id")[0],
    }  # fmt: skip


def _top_up(sv, db, case_id: int, have: int) -> list[float]:
    """Add contacts (by CaseService.add_contact) until the case has CONTACTS; each content is
    five demo contents in one paragraph (~120 characters, as long as a real 経過記録 entry)."""
    from app.domain.drafts import ContactDraft

    opened, closed, counsellor = db.execute(
        "SELECT opened_on, closed_on, counsellor_id FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    programme = db.execute(
        "SELECT c.code FROM case_programmes cp JOIN codes c ON c.id = cp.programme_id WHERE cp.case_id = ? ORDER BY cp.id",
        (case_id,),
    ).fetchone()[0]
    texts = [r[0] for r in db.execute("SELECT content FROM contacts WHERE content <> '' ORDER BY id LIMIT 2000")]
    methods = ["office", "phone", "visit", "accompany", "mail_sns"]
    first = date.fromisoformat(opened)
    last = date.fromisoformat(closed) if closed else min(date.today(), first + timedelta(days=3 * 365))
    todo = max(0, CONTACTS - have)
    times = []
    for i in range(todo):
        on = first + timedelta(days=(last - first).days * i // max(1, todo))
        content = "".join(texts[(i * 5 + k) % len(texts)] for k in range(5))
        draft = ContactDraft(case_id, programme, on, methods[i % 5], content, staff_id=counsellor, minutes=30)
        t, _ = clock(lambda d=draft: sv.cases.add_contact(d))
        times += t
    return times


def step_setup(ledger: Path, fy: int, plan_file: Path) -> dict:
    db = connect(ledger)
    plan = _picks(db, fy)
    sv = open_services(ledger, read_only=False)
    try:
        add = _top_up(sv, db, plan["case_id"], plan["had_contacts"])
        if plan["cashflow_id"]:
            sv.budget.set_years(plan["cashflow_id"], 30)
    finally:
        sv.close()
    plan["busiest"] = [r[0] for r in db.execute(
        "SELECT case_id FROM contacts WHERE case_id IS NOT NULL GROUP BY case_id ORDER BY count(*) DESC, case_id LIMIT 20")]  # fmt: skip
    db.close()
    plan_file.write_text(json.dumps(plan, ensure_ascii=False))
    return {"add_contact": spread(add) if add else None, "added": len(add), "plan": plan}


# ---- the steps, each in its own process ------------------------------------------------------
def step_gui(ledger: Path) -> dict:
    """Build and show the main window as run_gui does (no staff picker), then report at the
    first turn of the event loop after show(); the phases are seconds within this process."""
    t0 = time.perf_counter()
    from PySide6.QtCore import QTimer

    from app.qt.application import make_application
    from app.qt.messages import QtMessagePresenter
    from app.views.launch import open_main_window

    t1 = time.perf_counter()
    app = make_application(language="ja")
    t2 = time.perf_counter()
    window = open_main_window(ledger, QtMessagePresenter())
    if window is None:
        raise SystemExit("the main window did not open")
    t3 = time.perf_counter()
    window.show()

    def shown() -> None:
        top = {m.split(".")[0] for m in list(sys.modules)}
        third = sorted(t for t in top if "site-packages" in (getattr(sys.modules.get(t), "__file__", "") or ""))
        phases = {"imports": t1 - t0, "application": t2 - t1, "window": t3 - t2, "show": time.perf_counter() - t3}
        heavy = [h for h in HEAVY if h in sys.modules]
        emit({"heavy": heavy, "third_party": third, "modules": len(sys.modules), "phases": phases})
        window.close()
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    return {}


def step_search(ledger: Path, plan: dict) -> dict:
    from app.services.case_queries import CaseFilter

    sv = open_services(ledger)
    first, _ = clock(lambda: sv.cases.list_cases(CaseFilter(text="あ")))  # cold: statement compilation
    lists, counts, hits = [], [], []
    for text in plan["searches"]:
        t, _ = clock(lambda text=text: sv.cases.list_cases(CaseFilter(text=text)), repeat=3)
        lists.append(statistics.median(t))
        t, n = clock(lambda text=text: sv.cases.count_cases(CaseFilter(text=text)))
        counts.append(t[0])
        hits.append(n)
    worst = plan["searches"][lists.index(max(lists))]
    return {"first": first[0], "list": spread(lists), "count": spread(counts), "hits": hits, "worst_text": worst}


def step_casefile(ledger: Path, plan: dict) -> dict:
    sv = open_services(ledger)
    sv.timeline.timeline(plan["busiest"][-1], limit=200)  # warm-up on another case
    times, sizes = [], []
    for case_id in plan["busiest"]:
        t, entries = clock(lambda c=case_id: (sv.cases.get_case(c), sv.timeline.timeline(c, limit=200))[1])
        times += t
        sizes.append(len(entries))
    return {"open": spread(times), "entries_min": min(sizes), "entries_max": max(sizes)}


def step_budget(ledger: Path, plan: dict) -> dict:
    sv = open_services(ledger, read_only=False)
    sheet_id = plan["sheet_id"]
    t_sheet, detail = clock(lambda: sv.budget.sheet(sheet_id), repeat=5)
    free = [r for r in detail.rows if r.feed is None]
    edits = [free[i % len(free)] for i in range(40)]
    t_cell = [clock(lambda r=r, i=i: sv.budget.set_amount(sheet_id, r.id, "current", 10_000 + i))[0][0]
              for i, r in enumerate(edits)]  # fmt: skip
    month = detail.actual_months[0].strftime("%Y-%m")
    block = detail.rows[:30]
    t_paste = []
    for k in range(5):
        cells = []
        for i, r in enumerate(block):
            plan_yen = r.plan if r.feed is not None else 20_000 + 100 * i + k
            cells += [(r.id, "current", 30_000 + i + k), (r.id, "plan", plan_yen), (r.id, f"actual:{month}", 5_000 + i)]
        t_paste += clock(lambda c=cells: sv.budget.set_amounts(sheet_id, c))[0]
    result = {"sheet": spread(t_sheet), "cell": spread(t_cell), "paste": spread(t_paste), "paste_cells": len(cells)}
    if plan["cashflow_id"]:
        cf_id = plan["cashflow_id"]
        t_cf, cf = clock(lambda: sv.budget.cashflow(cf_id), repeat=5)
        row = next(r for r in cf.rows if r.feed is None)
        t_cf_cell = [
            clock(lambda y=y: sv.budget.set_cashflow_cell(cf_id, row.id, y, 1_000_000 + y))[0][0] for y in range(20)
        ]
        result |= {"cashflow": spread(t_cf), "cashflow_years": cf.years, "cashflow_cell": spread(t_cf_cell)}
    sv.close()
    return result


def step_meetings(ledger: Path, plan: dict, fy: int) -> dict:
    sv = open_services(ledger)
    viewer = plan["viewer_id"]
    sv.meetings.month(fy, 3, viewer_staff_id=viewer)  # warm-up (codes, statements)
    months = [(fy, m) for m in range(4, 13)] + [(fy + 1, m) for m in range(1, 4)]
    t_month = [clock(lambda y=y, m=m: sv.meetings.month(y, m, viewer_staff_id=viewer))[0][0] for y, m in months]
    t_agenda, agenda = clock(lambda: sv.meetings.agenda(plan["meeting_id"], viewer_staff_id=viewer), repeat=3)
    sections = {}
    for item in agenda.items:
        sections[item.section] = sections.get(item.section, 0) + 1
    return {
        "month": spread(t_month),
        "agenda": spread(t_agenda),
        "agenda_items": len(agenda.items),
        "sections": sections,
    }


def step_visits(ledger: Path, fy: int) -> dict:
    from app.services.outreach_rows import VisitFilter

    sv = open_services(ledger)
    out = {}
    for name, f in (("year", VisitFilter(fiscal_year=fy)), ("all", VisitFilter())):
        t_list, rows = clock(lambda f=f: sv.outreach.list_visits(f, limit=100), repeat=3)
        t_count, n = clock(lambda f=f: sv.outreach.count_visits(f), repeat=3)
        out[name] = {"list": spread(t_list), "count": spread(t_count), "rows": len(rows), "total": n}
    return out


def _organisation(sv, on: date) -> str:
    from app.domain.fiscal import fiscal_year

    profile = sv.organisation.profile(fiscal_year(on)) or sv.organisation.latest_before(fiscal_year(on))
    return (profile.centre_name or profile.corporation_name) if profile else ""


def step_print(ledger: Path, plan: dict, fy: int, what: str, out: Path) -> dict:
    """Read the data (as the GUI does), then import reportlab and render: the time of a
    counsellor's first print in a session."""
    sv = open_services(ledger)
    base = rss_mib()
    org = _organisation(sv, date(fy + 1, 3, 31))
    t0 = time.perf_counter()
    if what == "intake":
        data = sv.sheets.intake_sheet(plan["case_id"])
    elif what == "history":
        data = sv.sheets.contact_history(plan["case_id"])
    elif what == "cashflow":
        data = sv.budget.cashflow(plan["cashflow_id"])
        case = sv.cases.get_case(data.case_id)
    else:
        data = sv.report.report_data(fy)
    t1 = time.perf_counter()
    if what == "intake":
        from app.report.case_sheets import render_intake_sheet

        pages = render_intake_sheet(data, out, organisation=org)
    elif what == "history":
        from app.report.case_sheets import render_contact_history

        pages = render_contact_history(data, out, organisation=org)
    elif what == "cashflow":
        from app.report.budget_sheets import render_cashflow

        pages = render_cashflow(data, out, person_name=case.person.name, case_no=case.case_no,
                                advisor=data.staff_name, organisation=org)  # fmt: skip
    else:
        from app.report.annual import render_annual_report

        pages = render_annual_report(data, out)
    t2 = time.perf_counter()
    size = len(data.contacts) if what == "history" else None
    return {"read": t1 - t0, "render": t2 - t1, "total": t2 - t0, "pages": pages, "base_mib": base, "items": size}


def emit(result: dict) -> None:
    print("RESULT " + json.dumps(result, ensure_ascii=False, default=str), flush=True)


def child(a: argparse.Namespace) -> None:
    ledger, plan_file = Path(a.ledger), Path(a.work) / "plan.json"
    plan = json.loads(plan_file.read_text()) if plan_file.exists() else {}
    fy, step = a.fiscal_year, a.step
    if step == "setup":
        emit(step_setup(ledger, fy, plan_file))
    elif step == "gui":
        step_gui(ledger)
    elif step in ("search", "casefile", "budget"):
        emit(globals()[f"step_{step}"](ledger, plan))
    elif step == "meetings":
        emit(step_meetings(ledger, plan, fy))
    elif step == "visits":
        emit(step_visits(ledger, fy))
    else:
        what = step.removeprefix("print-")
        emit(step_print(ledger, plan, fy, what, Path(a.work) / f"{what}.pdf"))


# ---- the parent: run each step in its own process, print the table ---------------------------
def run_step(step: str, ledger: Path, work: Path, fy: int) -> tuple[float, int, dict]:
    """Run one step in a child process: (seconds from spawn to its RESULT line, peak RSS in
    MiB from wait4, the result)."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "YORISOI_HOME": str(work / "home"),
                        "XDG_CONFIG_HOME": str(work / "xdg")}  # fmt: skip
    args = [sys.executable, str(Path(__file__).resolve()), "--step", step, "--ledger", str(ledger)]
    args += ["--work", str(work), "--fiscal-year", str(fy)]
    errors = (work / f"{step}.stderr").open("w+")
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
    killer = threading.Timer(STEP_TIMEOUT, proc.kill)
    killer.start()
    seconds, result = 0.0, None
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("RESULT ") and result is None:
            seconds, result = time.perf_counter() - started, json.loads(line[7:])
    _pid, status, usage = os.wait4(proc.pid, 0)
    killer.cancel()
    if os.waitstatus_to_exitcode(status) != 0 or result is None:
        errors.seek(0)
        raise SystemExit(f"step {step} failed:\n{errors.read()[-3000:]}")
    return seconds, usage.ru_maxrss // 1024, result


def verdict(seconds: float) -> str:
    return "instant" if seconds < 0.1 else "acceptable" if seconds < 1.0 else "SLOW"


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def ms(self, what: str, seconds: float, note: str = "") -> None:
        self.rows.append((what, f"{seconds * 1000:,.1f} ms", verdict(seconds), note))

    def s(self, what: str, seconds: float, note: str = "") -> None:
        self.rows.append((what, f"{seconds:,.2f} s", verdict(seconds), note))

    def print(self) -> None:
        w = max(len(r[0]) for r in self.rows)
        print(f"\n{'figure':<{w}}  {'value':>11}  {'verdict':<10}  note")
        print(f"{'-' * w}  {'-' * 11}  {'-' * 10}  ----")
        for what, value, v, note in self.rows:
            print(f"{what:<{w}}  {value:>11}  {v:<10}  {note}")


def copy_ledger(ledger: Path, target: Path) -> float:
    t = time.perf_counter()
    from app.db import cipher

    key = passphrase() if cipher.is_encrypted(ledger) else None
    src = connect(ledger, read_only=True)
    dst = cipher.connect(target, key, salt=cipher.file_salt(ledger))  # the same key: pages re-encrypted alike
    src.backup(dst)
    dst.close()
    src.close()
    return time.perf_counter() - t


def _gui(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
    ph = r["phases"]
    note = f"peak {peak} MiB; in-process: imports {ph['imports']:.2f} s, QApplication {ph['application']:.2f} s"
    tab.s("GUI start: process start -> main window shown", t, note)
    tab.s("  of which: open ledger + build the five tabs", ph["window"], f"show + first paint {ph['show']:.2f} s")
    print(f"GUI start imported {r['modules']} modules; heavy ({', '.join(HEAVY)}): {', '.join(r['heavy']) or 'none'}")
    print(f"  third-party packages at start: {', '.join(r['third_party'])}")


def _search(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
    tab.ms("case search: first of the session (cold)", r["first"])
    tab.ms("case search list_cases (10 texts), median", r["list"]["median"], f"peak {peak} MiB")
    tab.ms("case search list_cases, worst", r["list"]["worst"], f"text {r['worst_text']!r}")
    tab.ms("case search count_cases, median", r["count"]["median"], f"hits {r['hits']}")
    tab.ms("case search count_cases, worst", r["count"]["worst"])


def _casefile(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
    note = f"{r['entries_min']}-{r['entries_max']} entries"
    tab.ms("open case file (header + timeline 200), median", r["open"]["median"], note)
    tab.ms("open case file, worst of 20 busiest", r["open"]["worst"], f"peak {peak} MiB")


def _budget(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
    tab.ms("budget set_amount (one cell), median", r["cell"]["median"], f"n={r['cell']['n']}")
    tab.ms("budget set_amount, p95", r["cell"]["p95"])
    tab.ms("budget set_amounts (30x3 paste), median", r["paste"]["median"], f"{r['paste_cells']} cells")
    tab.ms("budget sheet() read, median", r["sheet"]["median"])
    if "cashflow" in r:
        tab.ms(f"cashflow() read ({r['cashflow_years']} years), median", r["cashflow"]["median"])
        tab.ms("set_cashflow_cell (one cell), median", r["cashflow_cell"]["median"], f"peak {peak} MiB")


def _meetings(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
    tab.ms(f"meetings month() x12 (FY{fy}), median", r["month"]["median"])
    tab.ms("meetings month(), worst", r["month"]["worst"])
    items = ", ".join(f"{k} {v:,}" for k, v in r["sections"].items())
    tab.ms(
        "agenda (regular coordination meeting), median", r["agenda"]["median"], f"{r['agenda_items']:,} items: {items}"
    )


def _visits(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
    for name, label in (("year", f"FY{fy}"), ("all", "all years")):
        v = r[name]
        tab.ms(f"visits list_visits first page ({label})", v["list"]["median"], f"{v['rows']} rows")
        tab.ms(f"visits count_visits ({label})", v["count"]["median"], f"{v['total']:,} visits")


def _printed(label: str):
    def report(tab: Table, t: float, peak: int, r: dict, fy: int) -> None:
        note = f"read {r['read']:.2f} s + render {r['render']:.2f} s, {r['pages']} pages, peak {peak} MiB"
        tab.s(f"print {label.format(fy=fy, n=CONTACTS)}", r["total"], note + f" (before: {r['base_mib']} MiB)")

    return report


STEPS = {
    "gui": _gui,
    "search": _search,
    "casefile": _casefile,
    "budget": _budget,
    "meetings": _meetings,
    "visits": _visits,
    "print-intake": _printed("intake sheet"),
    "print-history": _printed("contact history ({n} contacts)"),
    "print-cashflow": _printed("cash flow PDF (30 years)"),
    "print-annual": _printed("annual report FY{fy}"),
}


def run_all(ledger: Path, fy: int, *, keep: bool = False) -> None:
    """Copy ``ledger`` to a temporary folder, prepare it, run every step, print the table."""
    work = Path(tempfile.mkdtemp(prefix="yorisoi-screens-"))
    copy = work / "ledger.sqlite3"
    try:
        seconds = copy_ledger(ledger, copy)
        print(f"working copy of {ledger.name} ({ledger.stat().st_size / 2**20:.0f} MiB): {seconds:.1f} s")
        _, _, setup = run_step("setup", copy, work, fy)
        plan, tab = setup["plan"], Table()
        print(f"case {plan['case_id']}: {plan['had_contacts']} contacts, topped up by {setup['added']} to {CONTACTS}")
        print("searches: " + " / ".join(plan["searches"]))
        if setup["add_contact"]:
            tab.ms("save a contact (add_contact), median", setup["add_contact"]["median"], f"n={setup['added']}")
        for step, report in STEPS.items():
            t, peak, result = run_step(step, copy, work, fy)
            report(tab, t, peak, result, fy)
        tab.print()
    finally:
        if keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def sqlite_version() -> str:
    from app.db.cipher import dbapi

    return str(dbapi().sqlite_version)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--years", type=int, default=10, help="the cached demo ledger to use (built if missing)")
    ap.add_argument("--ledger", metavar="PATH", help="a ledger file instead of the cached demo ledger")
    ap.add_argument("--fiscal-year", type=int, default=2022)
    ap.add_argument("--keep", action="store_true", help="keep the working copy and the PDFs")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.step:
        child(a)
        return
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite_version()}"
    )
    if a.ledger:
        ledger = Path(a.ledger)
        if not ledger.exists():
            raise SystemExit(f"no ledger at {ledger}")
    else:
        ledger = CACHE / f"ledger-{a.years}y-x1.sqlite3"
        if not ledger.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            print(f"building a {a.years}-year demo ledger (about 8 s a year)...")
            subprocess.run([sys.executable, "-m", "app", "--ledger", str(ledger), "demo", "--fiscal-year",
                            str(a.fiscal_year), "--years", str(a.years), "--plain"], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)  # fmt: skip
    run_all(ledger, a.fiscal_year, keep=a.keep)


if __name__ == "__main__":
    main()
