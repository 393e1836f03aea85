"""The `semansara` command: the GUI by default, and subcommands for the office's other jobs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app import config


def _open(url: str | None):  # noqa: ANN202
    """Open and initialise the database named by --db / SEMANSARA_DB / the data folder, and
    apply what has fallen due since it was last used (R-3.6)."""
    from app.db.database import open_database
    from app.workflow.bootstrap import initialise
    from app.workflow.clock import SystemClock
    from app.workflow.timeline import catch_up

    clock = SystemClock()
    database = open_database(config.database_url(url))
    initialise(database, clock.now())
    catch_up(clock)
    return database


def _workflow_before_qt() -> None:
    """Import the workflow the window opens its database and reads through before Qt. PySide's
    import hook reads the source of every module an `import` names once Qt is loaded (looking
    for its `__feature__` switch): 10 ms for these modules and the libraries under them, which
    loaded first are named only by the window's own imports."""
    import app.workflow.lifecycle
    import app.workflow.read.home
    import app.workflow.read.manager_week
    import app.workflow.read.ngos
    import app.workflow.read.semansaras
    import app.workflow.worklists  # noqa: F401


def cmd_gui(args: argparse.Namespace) -> int:
    from app.platform_check import ensure_platform

    refused = ensure_platform()  # before Qt is loaded: Qt's own abort names no package
    if refused:
        return refused
    _workflow_before_qt()
    from app.ui.app import run_gui

    return run_gui(config.database_url(args.db, checked=False), getattr(args, "lang", None))


def _signed_in(args: argparse.Namespace, action: str | None = None):  # noqa: ANN202
    """Sign in as --as (or SEMANSARA_USER, or asked) on the open database, and check that
    the role may take `action` when given; None (the reason printed) when not."""
    from app import cli_sign_in

    user = cli_sign_in.sign_in(getattr(args, "as_user", None))
    if user is None or (action and not cli_sign_in.allowed(user, action)):
        return None
    return user


def _administrator_password() -> tuple[str, bool]:
    """The new administrator's password: SEMANSARA_PASSWORD, else asked twice at the terminal,
    else (nothing typed, or no terminal) generated. (password, generated)."""
    import getpass
    import os

    from app import cli_sign_in
    from app.workflow.passwords import generate

    given = os.environ.get(cli_sign_in.PASSWORD_ENV)
    if given:
        return given, False
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("گذرواژهٔ مدیر سامانه (خالی: ساختن یکی): ")
        if first:
            if getpass.getpass("همان گذرواژه، دوباره: ") != first:
                raise ValueError("دو گذرواژه یکی نیستند.")
            return first, False
    return generate(), True


def cmd_init(args: argparse.Namespace) -> int:
    """Create or upgrade the database; a database whose administrator has no password gets one
    (asked, or generated and printed once: never the database server's own)."""
    from app.workflow.bootstrap import needs_administrator, set_administrator
    from app.workflow.clock import SystemClock
    from app.workflow.errors import WorkflowError

    _open(args.db)
    if needs_administrator():
        try:
            password, generated = _administrator_password()
            username = set_administrator(password, SystemClock().now())
        except (ValueError, WorkflowError) as exc:
            print(getattr(exc, "message_fa", exc), file=sys.stderr)
            return 1
        if generated:
            print(
                f"گذرواژهٔ مدیر سامانه («{username}»)، فقط همین یک بار نشان داده می‌شود: {password}"
            )
    # Never the password a PostgreSQL URL may carry: the screen and the logs keep this line.
    print(f"پایگاه داده آماده است: {config.without_password(config.database_url(args.db))}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.cli_progress import TerminalBar
    from app.demo import MIN_NGOS, build_demo

    if args.ngos < MIN_NGOS:
        print(f"دادهٔ نمایشی دست‌کم {MIN_NGOS} سمن لازم دارد.", file=sys.stderr)
        return 2
    _open(args.db)
    try:
        counts = build_demo(
            ngos=args.ngos, seed=args.seed, progress=TerminalBar("ساختن دادهٔ نمایشی")
        )
    except RuntimeError:  # the database already holds an office's records
        print(
            "پایگاه داده خالی نیست؛ دادهٔ نمایشی فقط در پایگاه دادهٔ تازه و خالی ساخته "
            "می‌شود و چیزی نوشته نشد.",
            file=sys.stderr,
        )
        return 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    _workflow_before_qt()
    from app.ui.app import save_screenshot

    return save_screenshot(
        config.database_url(args.db),
        args.page,
        Path(args.out),
        as_user=args.as_user,
        language=args.lang,
    )


def cmd_scenario(args: argparse.Namespace) -> int:
    from app.scenario import run_file
    from app.workflow.errors import WorkflowError

    try:
        return 0 if run_file(Path(args.file), args.db) else 1
    except WorkflowError as exc:  # not a scenario file, or not the runner's database
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
        return 2


def cmd_audit(args: argparse.Namespace) -> int:
    from app.workflow.api import Context, run
    from app.workflow.audit import office_key, verify_trail
    from app.workflow.audit_text import report_lines, summary
    from app.workflow.clock import SystemClock

    _open(args.db)
    user = _signed_in(args, "audit_verify")
    if user is None:
        return 1
    try:
        key = office_key()
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    report = verify_trail(key)
    print("\n".join(report_lines(report)))
    run(Context(user, SystemClock()), "audit_verify", ok=report.ok, summary=summary(report))
    return 0 if report.ok else 1


def cmd_process_map(args: argparse.Namespace) -> int:
    from app.ui.process_map_view import export_png

    _open(args.db) if args.request else None
    export_png(Path(args.out), request_ref=args.request)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, backup
    from app.workflow.api import Context, run
    from app.workflow.clock import SystemClock

    url = config.database_url(args.db)
    _open(args.db)
    user = _signed_in(args, "backup")
    if user is None:
        return 1
    try:
        out = backup(url, Path(args.out))
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    run(Context(user, SystemClock()), "backup", path=str(out))
    print(f"پشتیبان نوشته شد: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, restore
    from app.workflow.api import Context, run
    from app.workflow.clock import SystemClock

    url = config.database_url(args.db)
    try:
        restore(Path(args.file), url)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    _open(args.db)  # upgrade the restored schema if it came from an older program
    # Nothing to sign in to before: the restored database's own administrator signs in now,
    # and a refusal takes the restored database away again.
    user = _signed_in(args, "restore")
    if user is None:
        _discard(url)
        print("بازیابی پس گرفته شد: کسی با نقش مدیر سامانه وارد نشد.", file=sys.stderr)
        return 1
    run(Context(user, SystemClock()), "restore", path=str(args.file))
    print("بازیابی انجام شد.")
    return 0


def _discard(url: str) -> None:
    """Take away a database this command has just restored (its file, or its tables)."""
    from app.db.database import close_database, db, is_postgres

    if is_postgres():
        tables = [
            t
            for (t,) in db.execute_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            ).fetchall()
        ]
        with db.atomic():
            for table in tables:
                db.execute_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
            db.execute_sql("DROP FUNCTION IF EXISTS semansara_append_only()")
        close_database()
        return
    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(url + suffix).unlink(missing_ok=True)


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, copy_database
    from app.db.database import close_database, open_database
    from app.workflow.api import Context, run
    from app.workflow.audit import verify_chain
    from app.workflow.clock import SystemClock

    source = config.database_url(args.source)
    _open(args.source)  # the administrator of the data being moved signs in
    user = _signed_in(args, "migrate_to")
    close_database()
    if user is None:
        return 1
    try:
        report = copy_database(source, args.db)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    for table, (a, b) in report.counts.items():
        print(f"{table:24s} {a:>9} → {b:>9}" + ("" if a == b else "  ≠"))
    open_database(args.db)
    chain = verify_chain()
    print("زنجیرهٔ رویدادها: " + ("سالم" if chain.ok else f"گسسته در {chain.broken_at}"))
    run(
        Context(user, SystemClock()),
        "migrate_to",
        source=config.without_password(source),
        counts={table: list(pair) for table, pair in report.counts.items()},
    )
    if report.ok and chain.ok:
        print("جابه‌جایی کامل است: شمار ردیف‌های همهٔ جدول‌ها برابر است.")
        return 0
    unequal = "، ".join(report.differing)
    print(
        "جابه‌جایی کامل نیست"
        + (f": شمار ردیف‌های {unequal} برابر نیست." if unequal else "؛ زنجیرهٔ رویدادها سالم نیست."),
        file=sys.stderr,
    )
    return 1


def cmd_print(args: argparse.Namespace) -> int:
    from app.documents.printing import issue_pdf
    from app.documents.texts import KIND_NAMES, PRINTED
    from app.workflow.clock import SystemClock
    from app.workflow.errors import WorkflowError
    from app.workflow.paper_issue import show_code

    _open(args.db)
    user = _signed_in(args)
    if user is None:
        return 1
    try:
        issued = issue_pdf(args.kind, args.ref, user, SystemClock(), out=Path(args.out)).record
    except WorkflowError as exc:
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
        return 1
    print(
        PRINTED.format(
            kind=KIND_NAMES[issued.kind],
            serial=issued.serial,
            code=show_code(issued.code),
            path=args.out,
        )
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.documents.texts import KIND_NAMES, RECORD_NOUN_DEFAULT, RECORD_NOUNS
    from app.workflow.errors import WorkflowError
    from app.workflow.paper_issue import verification_text, verify

    _open(args.db)
    user = _signed_in(args, "verify_document")
    if user is None:
        return 1
    try:
        answer = verify(args.code, who=user)
    except WorkflowError as exc:
        print(exc.message_fa)
        return 1
    print(
        verification_text(
            answer,
            KIND_NAMES.get(answer["kind"], answer["kind"]),
            RECORD_NOUNS.get(answer["kind"], RECORD_NOUN_DEFAULT),
        )
    )
    return 0 if answer["valid"] else 1


def cmd_import(args: argparse.Namespace) -> int:
    from app.workflow.api import Context, WorkflowError
    from app.workflow.clock import SystemClock
    from app.workflow.importer import import_ngos, write_template

    if args.template:
        print(write_template(args.file))
        return 0
    _open(args.db)
    user = _signed_in(args)
    if user is None:
        return 1
    mapping = dict(item.partition("=")[::2] for item in args.map) or None
    try:
        report = import_ngos(
            Context(user, SystemClock()),
            args.file,
            dry_run=args.dry_run,
            mapping=mapping,
            update=args.update,
            skip_invalid=args.skip_invalid,
        )
    except WorkflowError as exc:
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
        return 1
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    """A report (app.workflow.reports) as tab-separated text, and as .xlsx and/or PDF."""
    from app.documents.excel import cell_value, write_xlsx
    from app.documents.report_pdf import render_report
    from app.workflow.api import Context, WorkflowError
    from app.workflow.clock import SystemClock
    from app.workflow.reports import make

    _open(args.db)
    user = _signed_in(args)
    if user is None:
        return 1
    try:
        report = make(
            Context(user, SystemClock()),
            args.name,
            year=args.year,
            semansara=args.semansara,
            days=args.days,
        )
    except WorkflowError as exc:
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
        return 1
    if args.xlsx:
        write_xlsx(report, args.xlsx)
    if args.pdf:
        render_report(report, args.pdf)
    print(report.title)
    for item in report.filters:
        print(f"{item.label}: {cell_value(item.value, item.kind)}")
    for table in report.tables:
        print(f"\n{table.title}")
        print("\t".join(c.title for c in table.columns))
        for row in table.rows:
            print(
                "\t".join(
                    "" if v is None else str(cell_value(v, c.kind))
                    for v, c in zip(row, table.columns, strict=True)
                )
            )
    return 0


def cmd_notify_send(args: argparse.Namespace) -> int:
    from app.workflow.api import WorkflowError
    from app.workflow.clock import SystemClock
    from app.workflow.notifications import Settings, send_pending

    _open(args.db)
    user = _signed_in(args)
    if user is None:
        return 1
    try:
        settings = Settings.load(Path(args.settings) if args.settings else None)
        counts = send_pending(
            settings, SystemClock(), limit=args.limit, retry_failed=args.retry_failed, user=user
        )
    except WorkflowError as exc:
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
        return 1
    print(
        f"فرستاده شد: {counts['sent']}، ناموفق: {counts['failed']}، "
        f"پیش‌تر رسیده: {counts['skipped']}"
    )
    return 0 if counts["failed"] == 0 else 1


def cmd_notify_status(args: argparse.Namespace) -> int:
    from app.workflow.api import WorkflowError
    from app.workflow.jalali import format_datetime
    from app.workflow.notifications import delivery_status

    _open(args.db)
    user = _signed_in(args, "show")
    if user is None:
        return 1
    try:
        rows = delivery_status(args.ref, who=user)
    except WorkflowError as exc:
        print(exc.message_fa, file=sys.stderr)
        return 1
    for row in rows:
        when = format_datetime(row["sent_at"]) if row["sent_at"] else ""
        print(
            " | ".join(
                x
                for x in (
                    row["recipient_fa"],
                    row["channel_fa"],
                    row["address"],
                    row["state_fa"],
                    when,
                    row["error"],
                )
                if x
            )
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="semansara",
        description="Semansara: the NGO houses of the Tehran NGO Support and Empowerment HQ. "
        "Without a subcommand, starts the program.",
    )
    parser.add_argument(
        "--db",
        help="SQLite file or postgresql:// DSN (default: SEMANSARA_DB, "
        "else the user's data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=["fa", "en"],
        default=None,
        help="interface language (default: SEMANSARA_LANG, else the setting, else fa)",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="subcommands", metavar="COMMAND")

    def add(name: str, func, help: str) -> argparse.ArgumentParser:  # noqa: A002, ANN001
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
        p.set_defaults(func=func)
        return p

    def signs_in(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--as",
            dest="as_user",
            default=None,
            help="who acts (default: SEMANSARA_USER, else asked); the password is "
            "asked without echo, or taken from SEMANSARA_PASSWORD",
        )
        return p

    gui = add("gui", cmd_gui, "start the program (the default)")
    gui.add_argument(
        "--lang",
        choices=["fa", "en"],
        default=argparse.SUPPRESS,
        help="interface language (fa or en)",
    )
    add("init", cmd_init, "create or upgrade the database")
    demo = add("demo", cmd_demo, "fill the database with a realistic demonstration data set")
    demo.add_argument("--ngos", type=int, default=300, help="how many NGOs (default 300)")
    demo.add_argument("--seed", type=int, default=1405, help="random seed")
    shot = add("screenshot", cmd_screenshot, "render a page offscreen to a PNG file")
    shot.add_argument(
        "page",
        help="home, ngos, semansaras, requests, bookings, contracts, notes, reports, settings",
    )
    shot.add_argument("--out", required=True, help="PNG file to write")
    shot.add_argument(
        "--lang",
        choices=["fa", "en"],
        default=argparse.SUPPRESS,
        help="interface language (fa or en)",
    )
    shot.add_argument(
        "--as",
        dest="as_user",
        default=None,
        help="show the page as this user sees it (default: the first desk expert)",
    )
    scenario = add("scenario", cmd_scenario, "policy scenarios (SCENARIOS.md)")
    scenario_sub = scenario.add_subparsers(
        title="scenario commands", metavar="COMMAND", required=True
    )
    run = scenario_sub.add_parser("run", help="run a scenario file and print one line per action")
    run.add_argument("file")
    run.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
    run.set_defaults(func=cmd_scenario)
    audit = add("audit", cmd_audit, "the audit trail")
    audit_sub = audit.add_subparsers(title="audit commands", metavar="COMMAND", required=True)
    verify = audit_sub.add_parser(
        "verify",
        help="walk the hash chain and check every record "
        "against its last event; name what is wrong",
    )
    verify.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
    verify.set_defaults(func=cmd_audit)
    signs_in(verify)
    back = signs_in(
        add("backup", cmd_backup, "back the database up (SQLite online backup, or pg_dump)")
    )
    back.add_argument("--out", required=True, help="backup file to write")
    rest = signs_in(
        add(
            "restore",
            cmd_restore,
            "restore a backup into a new database (--db); its administrator signs in",
        )
    )
    rest.add_argument("file", help="backup file")
    move = sub.add_parser(
        "migrate-to",
        help="copy everything into another database (--db), "
        "checking row counts and the audit chain",
    )
    move.add_argument("--db", required=True, help="the target, e.g. postgresql://…")
    move.add_argument("--from", dest="source", help="the source (default: the usual database)")
    move.set_defaults(func=cmd_migrate_to)
    signs_in(move)
    doc = signs_in(
        add("print", cmd_print, "issue a document as PDF (serial number, verification code)")
    )
    doc.add_argument(
        "kind",
        choices=[
            "request-form",
            "contract",
            "addendum",
            "letter-representative",
            "letter-manager",
            "note-receipt",
            "note-return",
            "notice-ngo",
            "notice-manager",
        ],
    )
    doc.add_argument(
        "ref",
        help="request ref (request-form), contract or request ref "
        "(contract, letters, notes), extension ref (addendum), "
        "booking ref (notices)",
    )
    doc.add_argument("--out", required=True, help="PDF file to write")
    check = add(
        "verify",
        cmd_verify,
        "say which document a verification code belongs to "
        "and whether it is still valid (exit 0 only if valid)",
    )
    check.add_argument("code", help="the code printed on the document, e.g. K7M2-QX9P")
    signs_in(check)
    imp = add(
        "import",
        cmd_import,
        "import NGOs from an Excel (.xlsx) or CSV file (exit 0 only when no row is bad)",
    )
    imp.add_argument(
        "file",
        help=".xlsx or .csv (UTF-8 or Windows Arabic); with --template, "
        "the .xlsx template to write",
    )
    imp.add_argument(
        "--template",
        action="store_true",
        help="write an .xlsx to fill in (the columns and one example row) to FILE",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    imp.add_argument(
        "--update",
        action="store_true",
        help="update NGOs already registered with the same licence number",
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows even when some rows are bad",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column to a field (name, licence_no, …); HEADER= leaves it out",
    )
    signs_in(imp)
    notify = add("notify", cmd_notify_send, "notices of step ذ (e-mail over SMTP)")
    notify_sub = notify.add_subparsers(title="notify commands", metavar="COMMAND", required=True)
    send = notify_sub.add_parser("send", help="send the pending e-mail notices, print counts")
    send.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
    send.add_argument("--settings", help="settings file (default: the user's config folder)")
    send.add_argument("--limit", type=int, help="send at most this many")
    send.add_argument("--retry-failed", action="store_true", help="try the failed ones again")
    signs_in(send)
    send.set_defaults(func=cmd_notify_send)
    status = notify_sub.add_parser("status", help="how a booking's notices were delivered")
    status.add_argument("ref", help="booking ref")
    status.add_argument("--db", default=argparse.SUPPRESS, help="SQLite file or postgresql:// DSN")
    signs_in(status)
    status.set_defaults(func=cmd_notify_status)
    rep = add("report", cmd_report, "a report as text, Excel (--xlsx) and PDF (--pdf)")
    rep.add_argument(
        "name",
        choices=["occupancy", "quota_use", "requests_by_step", "contracts_ending", "notes_held"],
    )
    rep.add_argument("--year", type=int, default=None, help="Jalali year (default: this one)")
    rep.add_argument("--semansara", default="", help="a semansara's code (default: all)")
    rep.add_argument("--days", type=int, default=None, help="contracts ending: days ahead (60)")
    rep.add_argument("--xlsx", help="Excel file to write")
    rep.add_argument("--pdf", help="PDF file to write")
    signs_in(rep)
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
    except Exception as exc:  # noqa: BLE001 - a database that cannot be named, opened or read
        problem = _database_problem(exc, getattr(args, "db", None))
        if problem is None:
            raise
        print(problem, file=sys.stderr)
        return 2


def _database_problem(exc: Exception, url: str | None) -> str | None:
    """A Persian sentence for a database that could not be used, or None for other errors."""
    import peewee

    from app.db.database import DatabaseUrlError, open_problem

    if isinstance(exc, DatabaseUrlError):
        return str(exc)
    if isinstance(exc, peewee.DatabaseError):
        try:
            url = config.database_url(url)
        except DatabaseUrlError:
            url = url or ""
        return open_problem(url, exc)
    return None


if __name__ == "__main__":
    sys.exit(main())
