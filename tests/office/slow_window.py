"""The main window on PostgreSQL behind a slow link (`DelayProxy`): how long the interface's
event loop was ever kept from turning, and which threads ran SQL, while the window opens,
shows its pages and acts. Used by `test_window_latency.py` and `bench/bench_office.py`.

The steps run from the event loop itself (each one called by a zero-delay timer once the last
has returned), as clicks would: a 10 ms timer's longest gap between two ticks is then the
longest time the window could not paint or answer.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

import psycopg  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db import models as m  # noqa: E402
from app.db.database import close_database, db, open_database  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.session import Session  # noqa: E402
from app.workflow import jalali  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from tests.conftest import PG_BASE  # noqa: E402
from tests.factories import people  # noqa: E402
from tests.office.delay_proxy import DelayProxy  # noqa: E402

NOW = "1405/01/10 09:00"
# The pages visited, in this order (home is shown when the window opens).
PAGES = ("ngos", "semansaras", "requests", "bookings", "contracts", "notes", "home")


@contextlib.contextmanager
def office_database() -> Iterator[str]:
    """A PostgreSQL database of its own with the starter users (dropped afterwards)."""
    from tests.ui.conftest import fill_template

    server = PG_BASE.rsplit("/", 1)[0]
    name = f"slow_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        fill_template(f"{server}/{name}")
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class StallMeter:
    """A 10 ms timer; `longest` is the longest gap between its ticks (seconds) since `reset`."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.reset()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


class SqlThreads:
    """The threads that run SQL on the open database while installed."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self._real = db.obj.execute_sql

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            return self._real(*args, **kwargs)

        db.obj.execute_sql = counted

    def remove(self) -> None:
        del db.obj.execute_sql


def run_steps(steps: list[Callable[[], Any]], timeout: float = 600) -> None:
    """Call each step from the event loop, one after the other; raise what a step raised."""
    loop = QEventLoop()
    failed: list[BaseException] = []
    queue = list(steps)

    def next_step() -> None:
        if not queue or failed:
            loop.quit()
            return
        try:
            queue.pop(0)()
        except BaseException as exc:  # noqa: BLE001 - raised again below
            failed.append(exc)
        QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout * 1000))
    loop.exec()
    if failed:
        raise failed[0]
    if queue:
        raise TimeoutError("the steps did not end in time")


@dataclass
class Figures:
    longest_stall: float = 0.0  # seconds: the pages visited again and the action
    first_visit_stall: float = 0.0  # seconds: opening the window and building each page
    gui_sql: int = 0  # statements run on the interface's thread
    worker_sql: int = 0  # statements run elsewhere (the window's database thread)
    seconds: float = 0.0  # the measured part, end to end
    stalls: dict[str, float] = field(default_factory=dict)  # by step


def measure(url: str, proxy: DelayProxy, build_delay: float = 0.05) -> Figures:
    """Open the main window on `url` through `proxy`, build every page, then visit them again
    and register an NGO, measuring (see the module's note). The window opens and builds its
    pages with the link at `build_delay` (the build's own stalls are the widgets', not the
    link's: `first_visit_stall`), then the visits and the action with the proxy's delay."""
    QApplication.instance() or QApplication([])
    delay, proxy.delay = proxy.delay, build_delay
    open_database(proxy.url(url))
    clock = FixedClock(jalali.parse_datetime(NOW))
    desk = m.User.get(m.User.username == "desk")
    db.close()  # the interface's thread keeps no connection: it would show in `gui_sql`
    sql, meter, figures = SqlThreads(), StallMeter(), Figures()
    window: list[MainWindow] = []
    gui = threading.get_ident()

    def step(name: str, work: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            meter.reset()
            work()
            figures.stalls[name] = meter.longest

        return run

    def open_window() -> None:
        win = MainWindow(Session(db.obj, url, clock, desk))
        win.resize(1280, 800)
        win.show()
        window.append(win)

    def register() -> None:
        window[0].session.run(
            "register_ngo",
            name="انجمن پیوند کند",
            licence_issuer="وزارت کشور",
            licence_no="SLOW-1",
            licence_expires="1408/01/01",
            founded="1400/01/01",
            members=30,
            **people(),
        )

    try:
        meter.start()
        build = [step("open", open_window)]
        build += [step(f"build {key}", lambda k=key: window[0].switch_to(k)) for key in PAGES]
        run_steps(build)
        figures.first_visit_stall = max(figures.stalls.values())
        proxy.delay = delay
        started = time.perf_counter()
        visits = [step(key, lambda k=key: window[0].switch_to(k)) for key in PAGES]
        run_steps([*visits, step("register_ngo", register)])
        figures.seconds = time.perf_counter() - started
        figures.longest_stall = max(figures.stalls[key] for key in [*PAGES, "register_ngo"])
    finally:
        proxy.delay = delay
        meter.stop()
        sql.remove()
        for win in window:
            win.close()
            win.deleteLater()
        close_database()
    figures.gui_sql = sum(1 for t in sql.threads if t == gui)
    figures.worker_sql = len(sql.threads) - figures.gui_sql
    return figures
