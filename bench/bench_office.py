"""An office of many desks on one PostgreSQL server: bookings per second for 8 desks at once,
next to `pgbench` run on the same server in the same run (the ratio is the figure).

Each desk is a process with its own connection booking its own room (nothing they ask for
conflicts), all released together by a barrier; the rate is the bookings made over the time
from the barrier to the last desk's end. pgbench runs its default TPC-B-like transaction with
as many clients, in a scratch database it creates and drops.

The window's figure: the main window on PostgreSQL behind a TCP proxy that adds `--delay`
seconds to every chunk each way; the longest gap of a 10 ms timer while it visits its pages
and registers an NGO (`tests/office/slow_window.py`).

    python bench/bench_office.py [--desks 8] [--bookings 50] [--seconds 10] [--sqlite]
                                 [--delay 0.5] [--no-window]
"""

from __future__ import annotations

import argparse
import glob
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402

from app.db import models as m  # noqa: E402
from app.db.database import close_database, open_database  # noqa: E402
from app.workflow import jalali  # noqa: E402
from app.workflow.api import Context, run  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from tests.conftest import PG_BASE, _pg_schema_url  # noqa: E402
from tests.office import desks  # noqa: E402


def book(url: str, desk: int, count: int, *, barrier: Any) -> tuple[int, float, float]:
    """Desk `desk` makes `count` bookings of its own room; (booked, start, end) in seconds."""
    open_database(url)
    try:
        ctx = Context(
            m.User.get(m.User.username == "desk"), FixedClock(jalali.parse_datetime(desks.START))
        )
        barrier.wait()
        start = time.time()
        for number in range(count):
            run(
                ctx,
                "request_booking",
                contract=f"C{desk}",
                service="meeting_room",
                room=desk,
                people=5,
                **desks.slot(number),
            )
        return count, start, time.time()
    finally:
        close_database()


def bookings_per_second(url: str, desk_count: int, count: int) -> tuple[float, int]:
    desks.prepare_bookings(url, desks=desk_count)
    results = desks.together(book, [(url, d, count) for d in range(1, desk_count + 1)])
    booked = sum(r[0] for r in results)
    seconds = max(r[2] for r in results) - min(r[1] for r in results)
    return booked / seconds, booked


def pgbench(clients: int, seconds: int) -> float:
    """TPS of pgbench's default transaction on the same server, in a scratch database."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pgbench"))
    binary = found[-1] if found else "pgbench"
    name = f"bench_{uuid.uuid4().hex[:10]}"
    server = PG_BASE.rsplit("/", 1)[0]
    with psycopg.connect(PG_BASE, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        url = f"{server}/{name}"
        subprocess.run([binary, "-i", "-q", "-s", "1", url], check=True, capture_output=True)
        done = subprocess.run(
            [binary, "-c", str(clients), "-j", str(clients), "-T", str(seconds), url],
            check=True,
            capture_output=True,
            text=True,
        )
        tps = re.search(r"tps = ([\d.]+)", done.stdout)
        return float(tps[1]) if tps else float("nan")
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def window_stall(delay: float) -> Any:
    """The main window behind a TCP proxy adding `delay` seconds each way
    (`tests/office/slow_window.py`): its longest event-loop stall."""
    from PySide6.QtWidgets import QApplication

    from app.ui.app import setup_application
    from tests.office.delay_proxy import DelayProxy
    from tests.office.slow_window import measure, office_database

    app = QApplication.instance() or QApplication([sys.argv[0]])
    setup_application(app)
    with office_database() as url, DelayProxy(delay=delay) as proxy:
        return measure(url, proxy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--bookings", type=int, default=50, help="bookings per desk")
    parser.add_argument("--seconds", type=int, default=10, help="pgbench's run")
    parser.add_argument("--sqlite", action="store_true", help="also the same on SQLite")
    parser.add_argument("--delay", type=float, default=0.5, help="the window's link, each way")
    parser.add_argument("--no-window", action="store_true", help="skip the window's stall")
    args = parser.parse_args()
    for url in _pg_schema_url():
        rate, booked = bookings_per_second(url, args.desks, args.bookings)
    tps = pgbench(args.desks, args.seconds)
    print(f"PostgreSQL, {args.desks} desks: {booked} bookings, {rate:.1f} bookings/s")
    print(f"pgbench (TPC-B-like, {args.desks} clients, same server): {tps:.1f} tps")
    print(f"ratio bookings/s ÷ pgbench tps: {rate / tps:.3f}")
    if args.sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            rate, booked = bookings_per_second(
                str(Path(tmp) / "office.sqlite"), args.desks, args.bookings
            )
        print(f"SQLite, {args.desks} desks: {booked} bookings, {rate:.1f} bookings/s")
    if not args.no_window:
        stall = window_stall(args.delay)
        print(
            f"longest GUI stall under the {args.delay * 1000:.0f} ms proxy: "
            f"{stall.longest_stall * 1000:.0f} ms (pages visited again and an NGO registered, "
            f"{stall.seconds:.0f} s; first visits, building each page's widgets: "
            f"{stall.first_visit_stall * 1000:.0f} ms; SQL statements on the interface's "
            f"thread: {stall.gui_sql}, on the window's database thread: {stall.worker_sql})"
        )


if __name__ == "__main__":
    main()
