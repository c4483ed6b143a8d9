"""The ``yorisoi`` command line, built on the same core as the GUI.

``yorisoi`` alone opens the GUI on the default ledger. Commands: ``init``, ``check``,
``stats``, ``report``, ``demo``, ``export``, ``import``, ``backup``, ``restore``, ``encrypt``,
``passphrase``, ``gui``. A command that opens an encrypted ledger file asks for its passphrase
(or reads ``YORISOI_PASSPHRASE``); one that creates a ledger file encrypts it unless ``--plain``.
Heavy modules (SQLAlchemy ORM, alembic, PySide6) are imported inside the commands that
need them, so ``--version`` and ``--help`` answer at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the command ran and found problems (check)
EXIT_ERROR = 2  # the command could not run (locked, missing, newer ledger, bad input)


def _version() -> str:
    from app import __version__

    return f"yorisoi {__version__}"


def _add_ledger_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--ledger",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="台帳ファイル（省略時は YORISOI_LEDGER、設定、既定の場所の順）",
    )


def _add_plain_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--plain",
        action="store_true",
        help="新しい台帳ファイルを暗号化せずに作成する（非推奨: ファイルを手にした人は誰でも記録を読めます）",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yorisoi",
        description="寄り添い — 生活自立相談支援センターの相談台帳。コマンドなしで画面を開きます。",
    )
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument(
        "--self-test", action="store_true", help="インストールした寄り添いが動くかを確かめる（一時フォルダで）"
    )
    _add_ledger_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_init = sub.add_parser("init", help="新しい台帳を作成する（パスフレーズで暗号化。既存の台帳は最新の形式に更新）")
    _add_ledger_option(p_init, top=False)
    _add_plain_option(p_init)

    p_check = sub.add_parser("check", help="台帳の整合性を検査する")
    _add_ledger_option(p_check, top=False)

    p_stats = sub.add_parser("stats", help="年度の集計（事業報告書の全項目）を表示する")
    _add_ledger_option(p_stats, top=False)
    p_stats.add_argument("--fiscal-year", type=int, required=True, metavar="YEAR", help="年度（2022 = 令和4年度）")
    p_stats.add_argument("--json", action="store_true", help="JSON で出力する（docs/statistics.md）")
    p_stats.add_argument("--explain", metavar="KEY", help="その項目が数えた記録の一覧を表示する")

    p_demo = sub.add_parser("demo", help="架空のデモ台帳を作成する（空の台帳に）")
    _add_ledger_option(p_demo, top=False)
    p_demo.add_argument("--fiscal-year", type=int, default=2022, metavar="YEAR", help="最後の年度（既定 2022）")
    p_demo.add_argument("--years", type=int, default=1, metavar="N", help="年度の数（既定 1）")
    p_demo.add_argument("--scale", type=float, default=1.0, metavar="F", help="件数の倍率（1 = 2022年度報告書の規模）")
    p_demo.add_argument("--seed", type=int, default=1, metavar="S", help="乱数の種（同じ種なら同じ台帳）")
    _add_plain_option(p_demo)

    p_export = sub.add_parser("export", help="台帳のすべての記録をファイルに書き出す（docs/export-format.md）")
    _add_ledger_option(p_export, top=False)
    p_export.add_argument("file", metavar="FILE")

    p_import = sub.add_parser("import", help="書き出したファイルを空の台帳に取り込む（全部か、何もしないか）")
    _add_ledger_option(p_import, top=False)
    p_import.add_argument("file", metavar="FILE")
    _add_plain_option(p_import)

    p_report = sub.add_parser("report", help="年度の事業報告書を PDF（と Excel の表）で作成する")
    _add_ledger_option(p_report, top=False)
    p_report.add_argument("--fiscal-year", type=int, required=True, metavar="YEAR", help="年度（2022 = 令和4年度）")
    p_report.add_argument("--output", metavar="FILE", help="書き出す PDF ファイル")
    p_report.add_argument("--xlsx", metavar="DIR", help="報告書の表を1表1ファイルの .xlsx で書き出すフォルダ")
    p_report.add_argument("--quality", action="store_true", help="印刷前に確認すべきデータの問題を一覧表示する")

    p_backup = sub.add_parser("backup", help="台帳のバックアップを作成する（一覧・検査・整理・外部ドライブへのコピー）")
    _add_ledger_option(p_backup, top=False)
    mode = p_backup.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="バックアップの一覧（新しい順、チェックサムの照合つき）")
    mode.add_argument("--verify", action="store_true", help="すべてのバックアップをチェックサムと整合性検査で確かめる")
    mode.add_argument(
        "--prune", action="store_true", help="古い世代を整理する（日14・週8・月12世代と24時間以内は残す）"
    )
    mode.add_argument(
        "--copy-to", metavar="DIR", help="バックアップを作成し、外部ドライブのフォルダへ SHA256SUMS つきでコピーする"
    )
    p_backup.add_argument("--all", action="store_true", help="--copy-to で全世代をコピーする")

    p_restore = sub.add_parser("restore", help="バックアップから台帳を復元する（現在の台帳は別名で残す）")
    _add_ledger_option(p_restore, top=False)
    p_restore.add_argument(
        "--from", dest="source", required=True, metavar="NAME_OR_PATH", help="バックアップのファイル名かパス"
    )
    p_restore.add_argument("--yes", action="store_true", help="確認せずに復元する")

    p_encrypt = sub.add_parser(
        "encrypt", help="暗号化されていない台帳をパスフレーズで暗号化する（元のファイルは別名で残す）"
    )
    _add_ledger_option(p_encrypt, top=False)

    p_passphrase = sub.add_parser("passphrase", help="台帳のパスフレーズを変更する（台帳とバックアップを暗号化し直す）")
    _add_ledger_option(p_passphrase, top=False)

    p_gui = sub.add_parser("gui", help="画面を開く（コマンドなしと同じ）")
    _add_ledger_option(p_gui, top=False)
    return parser


def _err(message: str) -> None:
    print(f"yorisoi: {message}", file=sys.stderr)


def ask_password(location, message: str) -> str | None:
    """Ask for the server password on the terminal (never stored); None without one."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(f"{location.description} のパスワード: ")


def _ledger_passphrase(location, *, create: bool = False, plain: bool = False) -> str | None:
    """The passphrase to open the file ledger ``location`` with: asked (or read from
    YORISOI_PASSPHRASE) when the file is encrypted; a new one when ``create`` makes the file
    (unless ``plain``, which warns); None otherwise (a plain file, a server)."""
    if not isinstance(location, Path):
        return None
    from app.cli_passphrase import existing_passphrase, new_passphrase
    from app.db.cipher import is_encrypted, plain_by_its_backups

    if is_encrypted(location) and not plain_by_its_backups(location):
        return existing_passphrase(location)
    if create and (not location.exists() or location.stat().st_size == 0):
        if plain:
            _err(
                "警告: 台帳を暗号化せずに作成します。ファイルを手にした人は誰でも記録を読めます（後から「yorisoi encrypt」で暗号化できます）。"
            )
            return None
        return new_passphrase()
    return None


def _open(location, *, plain: bool = False, **kwargs):
    from app.db.ledger import Ledger

    passphrase = _ledger_passphrase(location, create=kwargs.get("create", False), plain=plain)
    return Ledger.open(location, password_provider=ask_password, passphrase=passphrase, **kwargs)


def cmd_init(location, plain: bool = False) -> int:
    from app.db.check import check_ledger

    with _open(location, program="yorisoi init", create=True, plain=plain) as ledger:
        report = check_ledger(ledger.engine)
        description, backup, created = ledger.description, ledger.last_backup, ledger.created
        encrypted, is_file = ledger.encrypted, not ledger.is_server
    if created:
        print(f"新しい台帳を作成しました: {description}（スキーマ {report.revision}）")
    else:
        print(f"台帳は最新の形式です: {description}（スキーマ {report.revision}）")
        if backup:
            print(f"更新前のバックアップ: {backup}")
    if encrypted and created:
        print("台帳はパスフレーズで暗号化されています。パスフレーズを忘れると台帳もバックアップも読めなくなります。")
    elif is_file and not encrypted:
        print("この台帳は暗号化されていません。「yorisoi encrypt」で暗号化できます。")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_check(ledger_path: Path) -> int:
    from app.db.check import check_ledger

    with _open(ledger_path, read_only=True) as ledger:
        report = check_ledger(ledger.engine)
        description = ledger.description
    print(f"台帳: {description}")
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_stats(ledger_path: Path, fiscal_year: int, as_json: bool, explain: str | None) -> int:
    import json

    from app import stats_output as out
    from app.services.statistics import StatisticsService

    with _open(ledger_path, read_only=True) as ledger:
        stats = StatisticsService(ledger)
        if explain:
            value = stats.figure(fiscal_year, explain)
            records = stats.explain(fiscal_year, explain)
            fdef = next(f for f in stats.definitions() if f.key == explain)
            if as_json:
                print(
                    json.dumps([r.__dict__ | {"on": r.on.isoformat()} for r in records], ensure_ascii=False, indent=1)
                )
            else:
                print("\n".join(out.explain_lines(fdef, value, records)))
            return EXIT_OK
        year = stats.year(fiscal_year)
    if as_json:
        print(json.dumps(out.year_json(year), ensure_ascii=False, indent=2))
    else:
        print("\n".join(out.table_lines(year)))
    return EXIT_OK


def cmd_demo(ledger_path: Path, fiscal_year: int, years: int, scale: float, seed: int, plain: bool = False) -> int:
    from app.cli_progress import ProgressBar
    from app.services.demo import build_demo

    if not 1 <= years <= 30 or not 0 < scale <= 10:
        _err("--years は 1〜30、--scale は 0 より大きく 10 以下で指定してください")
        return EXIT_ERROR
    bar = ProgressBar()
    with _open(ledger_path, program="yorisoi demo", create=True, plain=plain) as ledger:
        summary = build_demo(ledger, fiscal_year=fiscal_year, years=years, scale=scale, seed=seed, progress=bar)
    bar.finish()
    total = summary.total_rows
    print(
        f"デモ台帳を作成しました: {ledger.description}（{fiscal_year - years + 1}〜{fiscal_year}年度、{total:,} 件の記録）"
    )
    return EXIT_OK


def _quality_lines(issues) -> list[str]:
    lines = []
    for issue in issues:
        lines.append(f"・【{issue.title}】{issue.message}")
        refs = issue.records[:10]
        if refs:
            more = f" ほか{len(issue.records) - len(refs):,}件" if len(issue.records) > len(refs) else ""
            lines.append("    記録: " + "、".join(f"{r.label} #{r.id}" for r in refs) + more)
    return lines


def cmd_report(ledger_path: Path, fiscal_year: int, output: str | None, xlsx: str | None, quality: bool) -> int:
    """The annual report of ``fiscal_year`` as a PDF (``--output``) and/or its tables as
    .xlsx files (``--xlsx``); the data-quality warnings are counted (listed with --quality)."""
    from app.cli_progress import ProgressBar
    from app.services.annual_report import AnnualReportService

    if not output and not xlsx and not quality:
        _err("--output（PDF）か --xlsx（フォルダ）か --quality を指定してください")
        return EXIT_ERROR
    bar = ProgressBar()
    with _open(ledger_path, read_only=True) as ledger:
        service = AnnualReportService(ledger)
        bar("集計", 0, 100)
        data = service.report_data(fiscal_year)
        issues = service.data_quality(fiscal_year)
    bar("集計", 100, 100)
    try:
        if output:
            from app.report.annual import render_annual_report

            target = Path(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            pages = render_annual_report(data, target, progress=lambda f: bar("PDF の作成", round(f * 100), 100))
        if xlsx:
            from app.report.annual_xlsx import write_report_tables

            files = write_report_tables(data, xlsx)
    except OSError as exc:
        bar.finish()
        _err(f"ファイルを書き出せません: {exc}")
        return EXIT_ERROR
    bar.finish()
    if output:
        print(f"事業報告書を作成しました: {output}（{data.wareki_label}・{pages} ページ）")
    if xlsx:
        print(f"報告書の表を {len(files)} ファイル書き出しました: {xlsx}")
    for p in data.problems:
        _err(f"文章「{p.title or p.section_key}」の差し込み項目を印刷できません: {p.problem.message}")
    hint = "" if quality or not issues else "（--quality で一覧）"
    print(f"データの確認事項: {len(issues)} 件{hint}")
    if quality:
        for line in _quality_lines(issues):
            print(line)
    return EXIT_OK


def cmd_export(ledger_path: Path, file: str) -> int:
    from app.cli_progress import ProgressBar
    from app.services.transfer import export_ledger

    bar = ProgressBar()
    with _open(ledger_path) as ledger:  # writable: the export is recorded in the audit trail
        summary = export_ledger(ledger, Path(file), progress=bar.counts("書き出し"))
        _audit(ledger, "export", f"コマンド {summary.records}件")
    bar.finish()
    print(f"{summary.records:,} 件の記録を書き出しました: {summary.path}")
    return EXIT_OK


def cmd_import(ledger_path: Path, file: str, plain: bool = False) -> int:
    from app.cli_progress import ProgressBar
    from app.services.transfer import import_ledger

    bar = ProgressBar()
    with _open(ledger_path, program="yorisoi import", create=True, plain=plain) as ledger:
        summary = import_ledger(ledger, Path(file), progress=bar.counts("取り込み"))
        _audit(ledger, "import", f"コマンド {summary.records}件")
    bar.finish()
    print(f"{summary.records:,} 件の記録を取り込みました: {ledger.description}")
    return EXIT_OK


def _file_ledger(location, what: str) -> Path:
    from app.domain.errors import StorageError

    if not isinstance(location, Path):
        raise StorageError(
            f"{what}はファイルの台帳だけが対象です。サーバーの台帳は pg_dump でバックアップしてください。"
        )
    return location


def _backup_store(location, *, key: bool = True, against: Path | None = None):
    """The ledger's BackupStore; with ``key`` it carries the passphrase when the ledger (or,
    with no encrypted ledger, ``against`` or the newest backup) is encrypted."""
    from app.cli_passphrase import existing_passphrase
    from app.db.backups import BackupStore
    from app.db.cipher import is_encrypted, newest_encrypted_backup, plain_by_its_backups

    path = _file_ledger(location, "バックアップと復元")
    passphrase = None
    if key and is_encrypted(path) and not plain_by_its_backups(path):
        passphrase = existing_passphrase(path)
    elif key:
        other = against if against is not None and is_encrypted(against) else None
        other = other or (newest_encrypted_backup(path) if against is None else None)
        if other is not None:
            passphrase = existing_passphrase(path, against=other)
    return BackupStore(path, passphrase)


def _backup_line(info) -> str:
    state = {True: "検査済み", False: "不一致", None: "未照合" if info.has_checksum else "チェックサムなし"}[
        info.verified
    ]
    return f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.size / 1e6:8.1f} MB  {state:<6}  {info.reason}  {info.name}"


def cmd_backup(location, *, list_: bool, verify: bool, prune: bool, copy_to: str | None, copy_all: bool) -> int:
    """``yorisoi backup``: make one (works while the GUI has the ledger open); or list,
    verify every generation, prune the rotation, or make one and copy it to a drive."""
    store = _backup_store(location, key=not list_)
    if list_ or verify:
        backups = store.list(check=list_)
        if not backups:
            print(f"バックアップはまだありません（{store.folder}）")
            return EXIT_OK
        bad = 0
        for info in backups:
            if verify:
                problem = store.problem(info)
                bad += problem is not None
                print(f"{'OK' if problem is None else 'NG'}  {info.name}" + (f"  {problem}" if problem else ""))
            else:
                print(_backup_line(info))
        if verify:
            print(
                f"{len(backups)} 件中 {bad} 件が検査に合格しませんでした" if bad else f"{len(backups)} 件すべて合格です"
            )
        return EXIT_PROBLEMS if bad else EXIT_OK
    if prune:
        removed = store.prune()
        print(f"{len(removed)} 件の古いバックアップを削除しました（残り {len(store.list())} 件）")
        return EXIT_OK
    info = store.make("manual")
    print(f"バックアップを作成しました: {info.path}")
    if copy_to:
        copied = store.copy_to(None if copy_all else info, Path(copy_to))
        print(f"{len(copied)} 件を {copy_to} にコピーし、SHA256SUMS で照合しました")
    return EXIT_OK


def _audit(ledger, action: str, detail: str) -> None:
    """One audit entry for a command (nobody signs in on the command line: no staff)."""
    from app.db.audit import record

    with ledger.transaction() as s:
        record(s, action, "", None, detail, staff_id=None)


def _record_restore(path: Path, passphrase: str | None, name: str) -> None:
    """The restored ledger's audit trail gets the restore; this PC's anchor of the trail is
    forgotten (the trail was rewound to the backup's)."""
    from app.db import audit_anchor
    from app.db.ledger import Ledger
    from app.domain.errors import LedgerError

    audit_anchor.forget(path)
    try:
        ledger = Ledger.open(path, program="yorisoi restore", passphrase=passphrase)
    except LedgerError as exc:
        _err(f"復元を操作記録に書き込めませんでした: {exc}")
        return
    try:
        _audit(ledger, "restore", f"コマンド {name}")
    finally:
        ledger.close()


def cmd_restore(location, source: str, yes: bool) -> int:
    """``yorisoi restore --from``: never opens the ledger (it may be missing or damaged). An
    encrypted backup needs its passphrase (checked against the backup itself)."""
    from app.db.cipher import is_encrypted

    info = _backup_store(location, key=False).find(source)
    store = _backup_store(location, against=info.path)
    problem = store.problem(info)
    if problem is not None:
        _err(f"このバックアップは復元できません: {info.path}（{problem}）。別の世代を選んでください。")
        return EXIT_ERROR
    downgrade = not is_encrypted(info.path) and is_encrypted(store.ledger)
    if not yes:
        if not sys.stdin.isatty():
            _err("確認が必要です。内容を確かめてから --yes を付けて実行してください。")
            return EXIT_ERROR
        print(f"台帳 {store.ledger} を {info.taken_at:%Y-%m-%d %H:%M} のバックアップ {info.name} で置き換えます。")
        print("現在の台帳は削除せず、別名で残します。それ以降に入力した記録は入力し直す必要があります。")
        if downgrade:
            print("注意: このバックアップは暗号化されていません。復元した台帳も暗号化されません。")
        if input("復元しますか？ [y/N] ").strip().lower() not in ("y", "yes", "はい"):
            print("復元を取りやめました")
            return EXIT_OK
    result = store.restore(info)
    _record_restore(result.ledger, store.passphrase, info.name)
    print(f"復元しました: {result.ledger}（{info.name} から）")
    for kept in result.kept_aside:
        print(f"以前の台帳を残しました: {kept}")
    if result.safety_backup:
        print(f"復元前の台帳のバックアップ: {result.safety_backup}")
    if downgrade:
        _err("注意: 復元した台帳は暗号化されていません。「yorisoi encrypt」で暗号化し直してください。")
    return EXIT_OK


def cmd_encrypt(location) -> int:
    """``yorisoi encrypt``: the plain ledger becomes an encrypted one (the GUI must be closed);
    the plain file and plain backups are set aside, never deleted, for the user to delete."""
    from app.cli_passphrase import new_passphrase
    from app.db.cipher import convert_to_encrypted, is_encrypted
    from app.db.storage import check_at_start

    path = _file_ledger(location, "暗号化")
    if not path.is_file():
        _err(f"台帳ファイルがありません: {path}\n新しい台帳は「yorisoi init」で暗号化して作成されます。")
        return EXIT_ERROR
    if is_encrypted(path):
        print(f"この台帳は既に暗号化されています: {path}")
        return EXIT_OK
    start = check_at_start(path)
    if not start.ok:
        _err(f"{start.message}\n壊れた台帳は暗号化できません。先に復元してください。")
        return EXIT_ERROR
    result = convert_to_encrypted(path, new_passphrase(plain_hint=False))
    print(f"台帳を暗号化しました: {result.ledger}")
    print(f"暗号化したバックアップを作成しました: {result.first_backup}")
    print(f"暗号化する前の台帳を残しました: {result.plain_ledger}")
    if result.plain_backups_folder is not None:
        print(f"暗号化する前のバックアップ {len(result.plain_backups)} 件を移しました: {result.plain_backups_folder}")
    print(
        "重要: 暗号化する前のファイルには記録が読める形で残っています。暗号化した台帳が開けることを確かめたら、"
        "上のファイルとフォルダを安全に削除してください（ごみ箱に残さない。外部ドライブに取った控えも同じです）。\n"
        "パスフレーズを忘れると台帳もバックアップも読めなくなります。決まった安全な場所に保管してください。"
    )
    return EXIT_OK


def cmd_passphrase(location) -> int:
    """``yorisoi passphrase``: a new ledger passphrase for the ledger and its local backups
    (the GUI must be closed). Scripted: YORISOI_PASSPHRASE (current), YORISOI_NEW_PASSPHRASE."""
    from app.cli_passphrase import existing_passphrase, new_passphrase
    from app.db.backups import BackupStore
    from app.db.cipher import NEW_PASSPHRASE_ENV, change_passphrase, is_encrypted, normalize_passphrase

    path = _file_ledger(location, "パスフレーズの変更")
    if not is_encrypted(path):
        _err(f"この台帳は暗号化されていません: {path}\n「yorisoi encrypt」で暗号化してください。")
        return EXIT_ERROR
    old = existing_passphrase(path)
    new = new_passphrase(NEW_PASSPHRASE_ENV, plain_hint=False)
    if normalize_passphrase(new) == normalize_passphrase(old):
        _err("新しいパスフレーズが今のものと同じです。")
        return EXIT_ERROR
    result = change_passphrase(path, old, new)
    backup = BackupStore(path, new).make("after-passphrase")
    print(f"台帳のパスフレーズを変更しました: {path}")
    print(f"バックアップ {len(result.rekeyed_backups)} 件を新しいパスフレーズで暗号化し直しました")
    print(f"新しいパスフレーズのバックアップを作成しました: {backup.path}")
    for other in result.other_backups:
        print(f"以前のまま残したバックアップ（暗号化されていないか、以前のパスフレーズで開けないもの）: {other}")
    print(
        "外部ドライブにコピーした控え（backup --copy-to）は以前のパスフレーズのままです。"
        "新しい控えを取り、古い控えは安全に処分してください。"
    )
    return EXIT_OK


def cmd_gui(ledger_path: Path) -> int:
    from app.views.launch import run_gui

    return run_gui(ledger_path)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.domain.errors import LedgerError
    from app.paths import resolve_ledger_path

    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    command = args.command or "gui"
    try:
        ledger_path = resolve_ledger_path(args.ledger)
        if command == "init":
            return cmd_init(ledger_path, args.plain)
        if command == "check":
            return cmd_check(ledger_path)
        if command == "demo":
            return cmd_demo(ledger_path, args.fiscal_year, args.years, args.scale, args.seed, args.plain)
        if command == "export":
            return cmd_export(ledger_path, args.file)
        if command == "import":
            return cmd_import(ledger_path, args.file, args.plain)
        if command == "backup":
            return cmd_backup(
                ledger_path,
                list_=args.list,
                verify=args.verify,
                prune=args.prune,
                copy_to=args.copy_to,
                copy_all=args.all,
            )
        if command == "restore":
            return cmd_restore(ledger_path, args.source, args.yes)
        if command == "encrypt":
            return cmd_encrypt(ledger_path)
        if command == "passphrase":
            return cmd_passphrase(ledger_path)
        if command == "report":
            return cmd_report(ledger_path, args.fiscal_year, args.output, args.xlsx, args.quality)
        if command == "stats":
            return cmd_stats(ledger_path, args.fiscal_year, args.json, args.explain)
        return cmd_gui(ledger_path)
    except LedgerError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("中断しました")
        return 130


if __name__ == "__main__":
    sys.exit(main())
