"""UI benchmark: cold start, page switches, the calendar week, memory.

Two data sets: the demo (`semansara demo`, 300 NGOs) and a large one (10,000 NGOs, 22
semansaras, 2,200 contracts, 100,000 bookings, built with `bench_workflow.build`: bulk inserts of
valid data, the bookings ending around today so that the calendar's current week is full).
Both are SQLite files in --work, built once and reused (--rebuild to build them again).

Every figure comes from a fresh process, to be honest about cold start:

* start: from just before the parent spawns the process (interpreter start-up and every import
  included) to the main window being interactive: shown, first painted, and the event loop idle
  (a `QTimer.singleShot(0)` after `show()` fires). Signed in as the service-desk expert without
  the password step (as `semansara screenshot` does). Median of --runs processes.
* sign-in: the same, to the sign-in dialog (what `semansara` shows first).
* floor: a bare PySide6 `QMainWindow` of the same size started the same way.
* page switches: in one process per data set, every page of the navigation in turn, 1 + --runs
  rounds: the first round (a page's first showing) and the median of the others, each switch
  measured to the end of its repaint.
* calendar week: the bookings page showing a week of its busiest semansara (the current one,
  then the ones before it), median of --runs weeks, with how many bookings a week held.
* memory: the peak resident set (`ru_maxrss`) of the process, at interactive start and after
  all the page switches and weeks.
* screenshot: `semansara screenshot home` on the demo, the whole process from spawn to exit,
  against a bare PySide6 `QMainWindow` started the same way (a process that shows the window,
  grabs it into a PNG and leaves), the two taking turns in one run; median of --runs each, and
  the ratio (aim: at most 3×). Python's bytecode is cached (in --work) and each is run once
  before it is measured, as an installed program starts. `--screenshot-only` measures just
  this; `--root` another checkout (the figures before a change); `--suite` also times the
  whole test suite as `tools/test` runs it (`pytest -n auto`, one worker per core).

Qt runs on the offscreen platform unless --platform says otherwise (no display here).

    python bench/bench_ui.py
    python bench/bench_ui.py --work /tmp/bench_ui --runs 5 --rebuild
    python bench/bench_ui.py --screenshot-only [--root /path/to/other/checkout] [--suite]
"""

from __future__ import annotations

# Only the standard library at the top: a child process's imports are part of what it measures.
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AIM = {"start_s": 1.5, "switch_ms": 100.0, "memory_mb": 300.0}
ADMIN_TABS = ("policy", "inflation", "users", "database", "backup")


# --- the data sets ------------------------------------------------------------------------------


def build_demo(path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(path)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def build_large(path: Path, ngos: int, bookings: int) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import datetime as dt

    import bench_workflow

    from app.db.database import close_database, open_database
    from app.workflow.bootstrap import initialise

    # The bookings fill one per room per day from FIRST_DAY: start them so that they end a
    # few weeks after today, as an office's would.
    rooms = 22 * 4
    days = -(-bookings // rooms)
    bench_workflow.FIRST_DAY = dt.date.today() - dt.timedelta(days=days - 35)
    database = open_database(str(path))
    initialise(database, bench_workflow.TODAY)
    bench_workflow.build(ngos, bookings, contracts_per_house=100)
    close_database()


def ensure(path: Path, build, rebuild: bool) -> Path:  # noqa: ANN001
    if rebuild and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        started = time.perf_counter()
        print(f"building {path.name} …", flush=True)
        build(path)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


# --- the parent: spawn and collect ---------------------------------------------------------------


def spawn(mode: str, url: str | None, platform: str, runs: int = 5, timeout: float = 600) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--runs", str(runs)]
    if url:
        command += ["--db", url]
    env["BENCH_T0"] = repr(time.time())  # as late as possible before the process starts
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise RuntimeError(f"{mode} gave no result (exit {done.returncode}):\n{done.stderr[-3000:]}")


def starts(mode: str, url: str | None, runs: int, platform: str) -> dict:
    results = [spawn(mode, url, platform) for _ in range(runs)]
    return {
        "median_s": statistics.median(r["interactive_s"] for r in results),
        "min_s": min(r["interactive_s"] for r in results),
        "max_s": max(r["interactive_s"] for r in results),
        "first_paint_s": statistics.median(r["first_paint_s"] or 0.0 for r in results),
        "imports_s": statistics.median(r.get("imports_s", 0.0) for r in results),
        "memory_mb": statistics.median(r["memory_mb"] for r in results),
    }


# --- the child: one measured process --------------------------------------------------------------


def child(mode: str, url: str | None, runs: int) -> None:
    t0 = float(os.environ.get("BENCH_T0", time.time()))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    imported_qt = time.time() - t0
    app = QApplication([sys.argv[0]])
    result: dict = {}

    class FirstPaint(QObject):
        """Notes the window's first paint, then waits for the event loop to be idle."""

        def eventFilter(self, watched, event):  # noqa: ANN001, ANN201, N802
            if event.type() == QEvent.Type.Paint and "first_paint_s" not in result:
                result["first_paint_s"] = time.time() - t0
                QTimer.singleShot(0, interactive)
            return False

    watcher = FirstPaint()

    if mode == "floor":
        window = QMainWindow()
        result["imports_s"] = imported_qt
    else:
        from app.ui.app import open_with_recovery, setup_application
        from app.workflow.clock import SystemClock

        result["imports_s"] = time.time() - t0
        setup_application(app)
        opened = open_with_recovery(url, ask=_give_up)
        database, url = opened
        if mode == "signin":
            from app.ui.sign_in import SignInDialog

            window = SignInDialog(SystemClock())
        else:
            from app.db import models as m
            from app.ui.app import build_window

            user = m.User.get(m.User.username == ("admin" if mode == "pages-admin" else "desk"))
            window = build_window(database, url, SystemClock(), user)
    if mode != "signin":
        window.resize(1280, 800)
    window.installEventFilter(watcher)

    def interactive() -> None:
        if "interactive_s" in result:
            return
        result["interactive_s"] = time.time() - t0
        result.setdefault("first_paint_s", None)  # never painted (the fallback fired)
        result["memory_mb"] = peak_mb()
        if mode.startswith("pages"):
            result.update(measure_pages(app, window, runs, admin=mode == "pages-admin"))
            result["memory_after_mb"] = peak_mb()
        print("RESULT " + json.dumps(result), flush=True)
        app.quit()

    window.show()
    QTimer.singleShot(20_000, interactive)  # should the window never paint
    app.exec()


def _give_up(_url: str, exc: BaseException) -> tuple[str, str | None]:
    raise exc  # a benchmark has no one to ask


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _timed(app, action) -> float:  # noqa: ANN001
    """Milliseconds for `action` and the repaint it causes (one processEvents: every PySide6
    6.12 void call costs a reference to None, so the bench keeps them few)."""
    started = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def measure_pages(app, window, runs: int, *, admin: bool) -> dict:  # noqa: ANN001
    from app.ui.main_window import PAGE_CLASSES, PAGE_KEYS

    out: dict = {}
    if admin:  # the settings tabs, each shown for the first time, then again
        page = window.switch_to("settings")
        app.processEvents()
        for tab in ADMIN_TABS:
            first = _timed(app, lambda t=tab: page.show_tab(t))
            again = []
            for _ in range(runs):
                page.show_tab("users" if tab == "policy" else "policy")
                again.append(_timed(app, lambda t=tab: page.show_tab(t)))
            out[f"settings:{tab}"] = {"first_ms": first, "median_ms": statistics.median(again)}
        return {"tabs": out}
    keys = [k for k in PAGE_KEYS if k != "home"] + ["home"]
    samples: dict[str, list[float]] = {k: [] for k in keys}
    for _round in range(runs + 1):
        for key in keys:
            samples[key].append(_timed(app, lambda k=key: window.switch_to(k)))
    for key in keys:
        out[key] = {
            "first_ms": samples[key][0],
            "median_ms": statistics.median(samples[key][1:]),
            "built": key in PAGE_CLASSES,
        }
    return {"pages": out, "calendar": measure_calendar(app, window, runs)}


def measure_calendar(app, window, runs: int) -> dict:  # noqa: ANN001
    import datetime as dt

    from app.ui.main_window import PAGE_CLASSES

    if "bookings" not in PAGE_CLASSES:
        return {"measured": False}
    page = window.switch_to("bookings")
    app.processEvents()
    if not hasattr(page, "show_week"):
        return {"measured": False}
    from app.db import models as m

    if not page.week:  # the current week is empty (the demo's bookings are older): the latest
        latest = (  # week with bookings, in the semansara that has them
            m.Booking.select(m.Booking.start_at, m.Semansara.code)
            .join(m.Semansara)
            .where(m.Booking.start_at <= dt.datetime.combine(page.session.today(), dt.time()))
            .order_by(m.Booking.start_at.desc())
            .tuples()
            .first()
        )
        if latest is not None:
            page.first = latest[0].date()
            page.show_house(latest[1])
            app.processEvents()
    weeks, counts = [], []
    first = page.first
    for k in range(runs):
        weeks.append(_timed(app, lambda k=k: page.show_week(first - dt.timedelta(days=7 * k))))
        counts.append(len(page.week))
    house = page.house.code if page.house is not None else ""
    return {
        "measured": True,
        "semansara": house,
        "median_ms": statistics.median(weeks),
        "max_ms": max(weeks),
        "bookings_per_week": statistics.median(counts),
        "load_ms": getattr(page, "last_load_ms", None),
    }


# --- the screenshot against a bare window ---------------------------------------------------------

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def _timed_process(command: list[str], env: dict, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def screenshot_ratio(demo: Path, work: Path, runs: int, platform: str, root: Path = ROOT) -> dict:
    """`semansara screenshot home` on `demo` and a bare window, each from a fresh process."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=platform,
        PYTHONPATH=str(root),
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = work / "shot.png"
    app = [sys.executable, "-m", "app", "screenshot", "home", "--db", str(demo), "--out", str(out)]
    bare = [sys.executable, "-c", BARE_WINDOW, str(out)]
    _timed_process(app, env, root)  # the bytecode written, the files in the page cache
    _timed_process(bare, env, root)
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(runs):
        times["bare"].append(_timed_process(bare, env, root))
        times["app"].append(_timed_process(app, env, root))
    app_s, bare_s = statistics.median(times["app"]), statistics.median(times["bare"])
    return {"app_s": app_s, "bare_s": bare_s, "ratio": app_s / bare_s, "times": times}


def suite_time(root: Path) -> float | None:
    """Seconds for the whole test suite, run as `tools/test` runs it (without its installs);
    None when it did not pass: a time is no figure for a suite that failed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "auto", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        print(f"the test suite failed (exit {done.returncode}) after {took:.0f} s", file=sys.stderr)
        return None
    return took


def report_screenshot(shot: dict, suite_s: float | None = None, suite_asked: bool = False) -> None:
    print(f"semansara screenshot home (demo), median   {shot['app_s']:.2f} s")
    print(f"bare PySide6 window started the same way  {shot['bare_s']:.2f} s")
    print(f"ratio                                     {shot['ratio']:.1f}× (aim: at most 3×)")
    if suite_s is not None:
        print(f"whole test suite (pytest -n auto)         {suite_s:.0f} s")
    elif suite_asked:
        print("whole test suite (pytest -n auto)         did not pass: no time")


# --- the report -----------------------------------------------------------------------------------


def report(results: dict) -> None:
    floor = results["floor"]
    print()
    print(f"{'':34s}{'demo (300 NGOs)':>20s}{'large (10k/100k)':>20s}")

    def row(label: str, values: list[str]) -> None:
        print(f"{label:34s}" + "".join(f"{v:>20s}" for v in values))

    sets = [results[name] for name in ("demo", "large")]
    row("start → main window, median", [f"{s['start']['median_s']:.2f} s" for s in sets])
    row("  min – max", [f"{s['start']['min_s']:.2f}–{s['start']['max_s']:.2f} s" for s in sets])
    row("  first paint", [f"{s['start']['first_paint_s']:.2f} s" for s in sets])
    row("  imports done", [f"{s['start']['imports_s']:.2f} s" for s in sets])
    row("start → sign-in dialog, median", [f"{s['signin']['median_s']:.2f} s" for s in sets])
    row("floor: bare QMainWindow, median", [f"{floor['median_s']:.2f} s"] * 2)
    row("memory at start (peak RSS)", [f"{s['start']['memory_mb']:.0f} MB" for s in sets])
    row("memory after all pages + weeks", [f"{s['pages']['memory_after_mb']:.0f} MB" for s in sets])
    row("floor memory", [f"{floor['memory_mb']:.0f} MB"] * 2)
    print()
    print("page switch (ms): first showing / median of the next rounds")
    for key in sets[0]["pages"]["pages"]:
        values = []
        for s in sets:
            page = s["pages"]["pages"][key]
            mark = "" if page["built"] else " (placeholder)"
            values.append(f"{page['first_ms']:.0f} / {page['median_ms']:.0f}{mark}")
        row(f"  {key}", values)
    for tab in ADMIN_TABS:
        key = f"settings:{tab}"
        row(
            f"  {key} (admin)",
            [
                f"{s['admin']['tabs'][key]['first_ms']:.0f} / {s['admin']['tabs'][key]['median_ms']:.0f}"
                for s in sets
            ],
        )
    print()
    cal = [s["pages"]["calendar"] for s in sets]
    if all(c["measured"] for c in cal):
        row("calendar week, median ms", [f"{c['median_ms']:.0f} ms" for c in cal])
        row("  slowest week", [f"{c['max_ms']:.0f} ms" for c in cal])
        row(
            "  bookings in the week",
            [f"{c['bookings_per_week']:.0f} ({c['semansara']})" for c in cal],
        )
    else:
        print("calendar week: not measured (no bookings page)")
    print()
    worst_switch = max(p["median_ms"] for s in sets for p in s["pages"]["pages"].values())
    print(
        f"aim: start < {AIM['start_s']} s median, page switch < {AIM['switch_ms']:.0f} ms, "
        f"memory < {AIM['memory_mb']:.0f} MB; worst median switch {worst_switch:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--work", default="/tmp/bench_ui", help="folder for the databases")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the data sets again")
    parser.add_argument("--ngos", type=int, default=10_000)
    parser.add_argument("--bookings", type=int, default=100_000)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument(
        "--screenshot-only",
        action="store_true",
        help="measure only the screenshot against a bare window",
    )
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout whose program the screenshot runs"
    )
    parser.add_argument("--suite", action="store_true", help="also time the whole test suite")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.runs)
        return
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    demo = ensure(work / "demo.sqlite", build_demo, args.rebuild)
    if args.screenshot_only:
        shot = screenshot_ratio(demo, work, args.runs, args.platform, args.root.resolve())
        suite_s = suite_time(args.root.resolve()) if args.suite else None
        report_screenshot(shot, suite_s, args.suite)
        print(json.dumps(shot))
        return
    large = ensure(
        work / "large.sqlite", lambda p: build_large(p, args.ngos, args.bookings), args.rebuild
    )
    results: dict = {"floor": starts("floor", None, args.runs, args.platform)}
    for name, path in (("demo", demo), ("large", large)):
        url = str(path)
        print(f"measuring {name} …", flush=True)
        results[name] = {
            "start": starts("app", url, args.runs, args.platform),
            "signin": starts("signin", url, args.runs, args.platform),
            "pages": spawn("pages", url, args.platform, args.runs),
            "admin": spawn("pages-admin", url, args.platform, args.runs),
        }
    report(results)
    print()
    shot = screenshot_ratio(demo, work, args.runs, args.platform)
    report_screenshot(shot, suite_time(ROOT) if args.suite else None, args.suite)
    results["screenshot"] = shot
    print()
    print(json.dumps(results, default=str))


if __name__ == "__main__":
    main()
