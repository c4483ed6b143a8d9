"""The ``yorisoi`` command line, built on the same core as the GUI.

``yorisoi`` alone opens the GUI on the default ledger. Commands: ``init``, ``check``,
``stats``, ``report``, ``demo``, ``export``, ``import``, ``backup``, ``restore``, ``gui``.
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

    p_init = sub.add_parser("init", help="新しい台帳を作成する（既存の台帳は最新の形式に更新）")
    _add_ledger_option(p_init, top=False)

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

    p_export = sub.add_parser("export", help="台帳のすべての記録をファイルに書き出す（docs/export-format.md）")
    _add_ledger_option(p_export, top=False)
    p_export.add_argument("file", metavar="FILE")

    p_import = sub.add_parser("import", help="書き出したファイルを空の台帳に取り込む（全部か、何もしないか）")
    _add_ledger_option(p_import, top=False)
    p_import.add_argument("file", metavar="FILE")

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


def _open(location, **kwargs):
    from app.db.ledger import Ledger

    return Ledger.open(location, password_provider=ask_password, **kwargs)


def cmd_init(location) -> int:
    from app.db.check import check_ledger

    with _open(location, program="yorisoi init", create=True) as ledger:
        report = check_ledger(ledger.engine)
        description, backup, created = ledger.description, ledger.last_backup, ledger.created
    if created:
        print(f"新しい台帳を作成しました: {description}（スキーマ {report.revision}）")
    else:
        print(f"台帳は最新の形式です: {description}（スキーマ {report.revision}）")
        if backup:
            print(f"更新前のバックアップ: {backup}")
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


def cmd_demo(ledger_path: Path, fiscal_year: int, years: int, scale: float, seed: int) -> int:
    from app.cli_progress import ProgressBar
    from app.services.demo import build_demo

    if not 1 <= years <= 30 or not 0 < scale <= 10:
        _err("--years は 1〜30、--scale は 0 より大きく 10 以下で指定してください")
        return EXIT_ERROR
    bar = ProgressBar()
    with _open(ledger_path, program="yorisoi demo", create=True) as ledger:
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
    with _open(ledger_path, read_only=True) as ledger:
        summary = export_ledger(ledger, Path(file), progress=bar.counts("書き出し"))
    bar.finish()
    print(f"{summary.records:,} 件の記録を書き出しました: {summary.path}")
    return EXIT_OK


def cmd_import(ledger_path: Path, file: str) -> int:
    from app.cli_progress import ProgressBar
    from app.services.transfer import import_ledger

    bar = ProgressBar()
    with _open(ledger_path, program="yorisoi import", create=True) as ledger:
        summary = import_ledger(ledger, Path(file), progress=bar.counts("取り込み"))
    bar.finish()
    print(f"{summary.records:,} 件の記録を取り込みました: {ledger.description}")
    return EXIT_OK


def _backup_store(location):
    from app.db.backups import BackupStore
    from app.domain.errors import StorageError

    if not isinstance(location, Path):
        raise StorageError(
            "バックアップと復元はファイルの台帳だけが対象です。サーバーの台帳は pg_dump でバックアップしてください。"
        )
    return BackupStore(location)


def _backup_line(info) -> str:
    state = {True: "検査済み", False: "不一致", None: "未照合" if info.has_checksum else "チェックサムなし"}[
        info.verified
    ]
    return f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.size / 1e6:8.1f} MB  {state:<6}  {info.reason}  {info.name}"


def cmd_backup(location, *, list_: bool, verify: bool, prune: bool, copy_to: str | None, copy_all: bool) -> int:
    """``yorisoi backup``: make one (works while the GUI has the ledger open); or list,
    verify every generation, prune the rotation, or make one and copy it to a drive."""
    store = _backup_store(location)
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


def cmd_restore(location, source: str, yes: bool) -> int:
    """``yorisoi restore --from``: never opens the ledger (it may be missing or damaged)."""
    store = _backup_store(location)
    info = store.find(source)
    problem = store.problem(info)
    if problem is not None:
        _err(f"このバックアップは復元できません: {info.path}（{problem}）。別の世代を選んでください。")
        return EXIT_ERROR
    if not yes:
        if not sys.stdin.isatty():
            _err("確認が必要です。内容を確かめてから --yes を付けて実行してください。")
            return EXIT_ERROR
        print(f"台帳 {store.ledger} を {info.taken_at:%Y-%m-%d %H:%M} のバックアップ {info.name} で置き換えます。")
        print("現在の台帳は削除せず、別名で残します。それ以降に入力した記録は入力し直す必要があります。")
        if input("復元しますか？ [y/N] ").strip().lower() not in ("y", "yes", "はい"):
            print("復元を取りやめました")
            return EXIT_OK
    result = store.restore(info)
    print(f"復元しました: {result.ledger}（{info.name} から）")
    for kept in result.kept_aside:
        print(f"以前の台帳を残しました: {kept}")
    if result.safety_backup:
        print(f"復元前の台帳のバックアップ: {result.safety_backup}")
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
            return cmd_init(ledger_path)
        if command == "check":
            return cmd_check(ledger_path)
        if command == "demo":
            return cmd_demo(ledger_path, args.fiscal_year, args.years, args.scale, args.seed)
        if command == "export":
            return cmd_export(ledger_path, args.file)
        if command == "import":
            return cmd_import(ledger_path, args.file)
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
