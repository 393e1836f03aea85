"""The `semansara` command: the GUI by default, and subcommands for the office's other jobs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app import config


def _open(url: str | None):  # noqa: ANN202
    """Open and initialise the database named by --db / SEMANSARA_DB / the data folder."""
    from app.db.database import open_database
    from app.workflow.bootstrap import initialise
    from app.workflow.clock import SystemClock

    database = open_database(config.database_url(url))
    initialise(database, SystemClock().now())
    return database


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run_gui

    return run_gui(config.database_url(args.db))


def cmd_init(args: argparse.Namespace) -> int:
    _open(args.db)
    print(f"پایگاه داده آماده است: {config.database_url(args.db)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo

    _open(args.db)
    counts = build_demo(ngos=args.ngos, seed=args.seed)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from app.ui.app import save_screenshot

    return save_screenshot(config.database_url(args.db), args.page, Path(args.out))


def cmd_scenario(args: argparse.Namespace) -> int:
    from app.scenario import run_file

    return 0 if run_file(Path(args.file), args.db) else 1


def cmd_audit(args: argparse.Namespace) -> int:
    from app.workflow.audit import verify_chain

    _open(args.db)
    report = verify_chain()
    if report.ok:
        print(f"زنجیرهٔ رویدادها سالم است ({report.events} رویداد).")
        return 0
    print(f"زنجیره در رویداد {report.broken_at} گسسته است: {report.problem}")
    return 1


def cmd_process_map(args: argparse.Namespace) -> int:
    from app.ui.process_map_view import export_png

    _open(args.db) if args.request else None
    export_png(Path(args.out), request_ref=args.request)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db.backup import backup

    url = config.database_url(args.db)
    out = backup(url, Path(args.out))
    print(f"پشتیبان نوشته شد: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, restore

    try:
        restore(Path(args.file), config.database_url(args.db))
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    _open(args.db)  # upgrade the restored schema if it came from an older program
    print("بازیابی انجام شد.")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, copy_database
    from app.db.database import open_database
    from app.workflow.audit import verify_chain

    source = config.database_url(args.source)
    try:
        report = copy_database(source, args.db)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    for table, (a, b) in report.counts.items():
        print(f"{table:24s} {a:>9} → {b:>9}")
    open_database(args.db)
    chain = verify_chain()
    print("زنجیرهٔ رویدادها: " + ("سالم" if chain.ok else f"گسسته در {chain.broken_at}"))
    return 0 if report.ok and chain.ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="semansara",
        description="Semansara: the NGO houses of the Tehran NGO Support and Empowerment HQ. "
                    "Without a subcommand, starts the program.")
    parser.add_argument("--db", help="SQLite file or postgresql:// DSN (default: SEMANSARA_DB, "
                                     "else the user's data folder)")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="subcommands", metavar="COMMAND")

    def add(name: str, func, help: str) -> argparse.ArgumentParser:  # noqa: A002, ANN001
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
        p.set_defaults(func=func)
        return p

    add("gui", cmd_gui, "start the program (the default)")
    add("init", cmd_init, "create or upgrade the database")
    demo = add("demo", cmd_demo, "fill the database with a realistic demonstration data set")
    demo.add_argument("--ngos", type=int, default=300, help="how many NGOs (default 300)")
    demo.add_argument("--seed", type=int, default=1405, help="random seed")
    shot = add("screenshot", cmd_screenshot, "render a page offscreen to a PNG file")
    shot.add_argument("page", help="home, ngos, semansaras, requests, bookings, contracts, notes, "
                                   "reports, settings")
    shot.add_argument("--out", required=True, help="PNG file to write")
    scenario = add("scenario", cmd_scenario, "policy scenarios (SCENARIOS.md)")
    scenario_sub = scenario.add_subparsers(title="scenario commands", metavar="COMMAND",
                                           required=True)
    run = scenario_sub.add_parser("run", help="run a scenario file and print one line per action")
    run.add_argument("file")
    run.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
    run.set_defaults(func=cmd_scenario)
    audit = add("audit", cmd_audit, "the audit trail")
    audit_sub = audit.add_subparsers(title="audit commands", metavar="COMMAND", required=True)
    verify = audit_sub.add_parser("verify", help="walk the hash chain, name the first broken link")
    verify.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
    verify.set_defaults(func=cmd_audit)
    back = add("backup", cmd_backup, "back the database up (SQLite online backup, or pg_dump)")
    back.add_argument("--out", required=True, help="backup file to write")
    rest = add("restore", cmd_restore, "restore a backup into a new database (--db)")
    rest.add_argument("file", help="backup file")
    move = sub.add_parser("migrate-to", help="copy everything into another database (--db), "
                                             "checking row counts and the audit chain")
    move.add_argument("--db", required=True, help="the target, e.g. postgresql://…")
    move.add_argument("--from", dest="source", help="the source (default: the usual database)")
    move.set_defaults(func=cmd_migrate_to)
    pmap = add("process-map", cmd_process_map, "export the eleven steps as a PNG picture")
    pmap.add_argument("--out", required=True)
    pmap.add_argument("--request", help="mark this request's current step and history")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
