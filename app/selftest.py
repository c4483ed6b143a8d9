"""``yorisoi --self-test``: proves an installed copy works, with nothing but itself.

Creates a ledger in a temporary folder (migrations from the bundle), writes and reads
records through the services, computes statistics, creates an encrypted ledger (SQLCipher)
and checks its bytes hold no name and a wrong passphrase is refused, renders a sample PDF with the bundled
Japanese font embedded and renders it back for the preview, writes and reads an .xlsx, checks the translations and Qt can load, and prints versions.
Exit 0 when every step passed; each step prints one line, OK or the reason it failed.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

Step = Callable[[Path], str]


def _versions(_tmp: Path) -> str:
    import alembic
    import reportlab
    import sqlalchemy

    from app import __version__

    qt = "?"
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "なし"
    return (
        f"yorisoi {__version__}, Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, "
        f"SQLite {_sqlite_version()}, "
        f"alembic {alembic.__version__}, reportlab {reportlab.Version}, PySide6 {qt}, {platform.platform()}"
    )


def _sqlite_version() -> str:
    try:
        from app.db.cipher import dbapi

        return str(dbapi().sqlite_version)
    except ImportError:
        return "なし（sqlcipher3 がありません）"


def _ledger(tmp: Path) -> str:
    from app.domain.drafts import IntakeDraft, PersonDraft, PlanDraft
    from app.services.container import Services
    from app.services.statistics import StatisticsService

    services = Services.open(tmp / "selftest.sqlite3", program="yorisoi self-test", create=True)
    try:
        made = services.cases.open_case(
            IntakeDraft(received_on=date(2022, 4, 1), method="phone", route="self", programmes=("self_reliance",),
                        topics=("income",), person=PersonDraft("試験", "花子", "しけん", "はなこ", birth_date=date(1980, 1, 1)))
        )  # fmt: skip
        services.cases.add_plan(PlanDraft(made.case_id, "self_reliance", date(2022, 5, 1), employment_support=True))
        found = services.people.search_people("しけん")
        value = StatisticsService(services.ledger).figure(2022, "self_reliance.plans").value
        with services.ledger.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        services.close()
    if [p.person_no for p in found] != [made.person_no] or value != 1:
        raise AssertionError(f"read back {found!r}, plans {value}")
    return f"ledger created and migrated (schema {revision}), case {made.case_no} written and read back"


def _cipher(tmp: Path) -> str:
    """SQLCipher (sqlcipher3's bundled SQLite): an encrypted ledger and its backup round-trip,
    hold no readable name, and refuse a wrong passphrase."""
    from app.db.cipher import WrongPassphraseError, cipher_version, dbapi, is_encrypted
    from app.domain.drafts import IntakeDraft, PersonDraft
    from app.services.container import Services

    passphrase, name = "自己診断用の長いパスフレーズ", "暗号化"
    path = tmp / "selftest-encrypted.sqlite3"
    services = Services.open(path, program="yorisoi self-test", create=True, passphrase=passphrase)
    try:
        services.cases.open_case(
            IntakeDraft(received_on=date(2022, 4, 1), method="phone", route="self", programmes=("self_reliance",),
                        person=PersonDraft(name, "試験", "あんごうか", "しけん"))
        )  # fmt: skip
        backup = services.ledger.backup_store().make("selftest")
    finally:
        services.close()
    files = (path, backup.path)
    if not all(is_encrypted(p) for p in files) or any(name.encode() in p.read_bytes() for p in files):
        raise AssertionError("the ledger or its backup is readable without the passphrase")
    try:
        Services.open(path, passphrase="違うパスフレーズです").close()
        raise AssertionError("a wrong passphrase opened the ledger")
    except WrongPassphraseError:
        pass
    services = Services.open(path, read_only=True, passphrase=passphrase)
    try:
        found = services.people.search_people("あんごうか")
    finally:
        services.close()
    if len(found) != 1:
        raise AssertionError(f"read back {found!r}")
    return f"SQLCipher {cipher_version()} (SQLite {dbapi().sqlite_version}): encrypted ledger and backup round-trip"


def _pdf(tmp: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.report.fonts import register_japanese_fonts

    gothic, mincho = register_japanese_fonts()
    out = tmp / "selftest.pdf"
    c = Canvas(str(out), pagesize=A4)
    c.setFont(gothic, 14)
    c.drawString(72, 760, "寄り添い 自己診断 令和4年度 ▲18,000円 932.87万円")
    c.setFont(mincho, 12)
    c.drawString(72, 730, "家計改善支援計画書")
    c.save()
    data = out.read_bytes()
    if b"FontFile2" not in data or gothic.encode() not in data:
        raise AssertionError("the Japanese font is not embedded in the PDF")
    return f"sample PDF rendered with {gothic} and {mincho} embedded ({len(data):,} bytes)"


def _preview(tmp: Path) -> str:
    """The print preview's renderer (pypdfium2 and its bundled PDFium library)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(tmp / "selftest.pdf"))
    try:
        bitmap = pdf[0].render(scale=0.5, rev_byteorder=True)
        width, height = bitmap.width, bitmap.height
    finally:
        pdf.close()
    if not (width > 0 and height > width):
        raise AssertionError(f"an A4 page rendered as {width}×{height}")
    return f"PDF page rendered for the preview ({width}×{height} pixels)"


def _xlsx(tmp: Path) -> str:
    """Budget sheets to and from Excel (openpyxl): a formula-looking text stays text."""
    import openpyxl

    path = tmp / "selftest.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "=1+1", 12345
    ws["A1"].data_type = "s"
    wb.save(path)
    back = openpyxl.load_workbook(path).active
    if (back["A1"].value, back["A1"].data_type, back["B1"].value) != ("=1+1", "s", 12345):
        raise AssertionError("the .xlsx did not read back as written")
    return f"Excel file written and read back (openpyxl {openpyxl.__version__})"


def _passwords(_tmp: Path) -> str:
    """Sign-in hashing (argon2-cffi's compiled Argon2id)."""
    from app.services.auth import hash_password, verify_password

    stored = hash_password("寄り添い自己診断パスワード")
    if not (verify_password(stored, "寄り添い自己診断パスワード") and not verify_password(stored, "違う")):
        raise AssertionError("Argon2id did not verify its own hash")
    return f"Argon2id password hashing ({stored.split('$')[1]})"


def _qt(_tmp: Path) -> str:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from app.qt.application import make_application
    from app.qt.fonts import UI_FAMILY

    app = make_application(language="ja")
    if UI_FAMILY not in QFontDatabase.families():
        raise AssertionError(f"{UI_FAMILY} was not registered")
    japanese = QApplication.translate("MainWindow", "Intake")
    if japanese != "相談受付":
        raise AssertionError(f"Japanese translation not loaded (got {japanese!r})")
    return f"Qt {app.platformName()} platform, font {UI_FAMILY}, Japanese translation loaded"


STEPS: tuple[tuple[str, Step], ...] = (
    ("versions", _versions),
    ("ledger", _ledger),
    ("cipher", _cipher),
    ("pdf", _pdf),
    ("preview", _preview),
    ("xlsx", _xlsx),
    ("passwords", _passwords),
    ("qt", _qt),
)


def run_self_test(out=sys.stdout) -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="yorisoi-selftest-") as tmp:
        for name, step in STEPS:
            try:
                print(f"[OK]   {name}: {step(Path(tmp))}", file=out)
            except Exception as exc:
                failed += 1
                print(f"[FAIL] {name}: {exc}", file=out)
                traceback.print_exc(file=out)
    print("self-test passed" if not failed else f"self-test FAILED ({failed} step(s))", file=out)
    return 0 if not failed else 1
