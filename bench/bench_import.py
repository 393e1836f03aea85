"""Import benchmark: 10,000 NGOs from an Excel file, dry run and real import.

Writes a realistic .xlsx (Persian names, some typed with the Arabic ي/ك, Persian and Latin
digits, Excel date cells and Jalali text dates) into a temporary folder, then times through
the real service (`importer.import_ngos`): reading the file, a dry run, and the real import
into a fresh database (SQLite by default).

    python bench/bench_import.py
    python bench/bench_import.py --rows 10000 --db postgresql://postgres@127.0.0.1:5432/bench
    python bench/bench_import.py --gui   # the import dialog's path instead (offscreen)

`--gui` times the service with and without a progress callback (dry runs), then the import
dialog itself (`ImportDialog`: its `Job` thread, the progress bar fed by queued signals): its
dry run and its real import, and how long the interface thread was ever kept from running
(the longest gap between the ticks of a 10 ms timer while the work ran).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402

from app.db import models as m  # noqa: E402
from app.db.database import close_database, open_database  # noqa: E402
from app.workflow import jalali, persian  # noqa: E402
from app.workflow.api import Context  # noqa: E402
from app.workflow.audit import verify_chain  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from app.workflow.importer import import_ngos, read_table  # noqa: E402
from app.workflow.policy import VERSION_1  # noqa: E402

NOW = jalali.parse_datetime("1405/03/01 09:00")
KINDS = (
    "انجمن",
    "مؤسسهٔ",
    "کانون",
    "جمعیت",
    "خانهٔ",
    "گروه مردم‌نهاد",
    "سازمان مردم‌نهاد",
    "بنیاد",
    "شبکهٔ",
)
TOPICS = (
    "حمایت از کودکان کار",
    "دوستداران محیط زیست",
    "توانبخشی معلولان",
    "زنان سرپرست خانوار",
    "سالمندان",
    "دوستداران کتاب",
    "نیکوکاری",
    "جوانان",
    "هنرمندان",
    "بیماران خاص",
    "پیشگیری از اعتیاد",
    "میراث فرهنگی",
    "حقوق شهروندی",
    "امداد و نجات",
    "کارآفرینی بانوان",
    "ورزش همگانی",
    "سلامت روان",
    "حمایت از حیوانات",
)
PLACES = (
    "نارمک",
    "تجریش",
    "شهرری",
    "پونک",
    "ونک",
    "سعادت‌آباد",
    "یوسف‌آباد",
    "تهرانپارس",
    "جنت‌آباد",
    "خاک سفید",
    "نازی‌آباد",
    "دولت‌آباد",
    "شهرک غرب",
    "جوادیه",
    "یافت‌آباد",
    "اکباتان",
    "مجیدیه",
    "امیرآباد",
    "هفت حوض",
    "پیروزی",
    "کن",
    "اوین",
)
FIRST = (
    "مریم",
    "علی",
    "زهرا",
    "محمد",
    "فاطمه",
    "حسین",
    "نرگس",
    "رضا",
    "سارا",
    "مهدی",
    "لیلا",
    "امیر",
    "کیانا",
    "یاسر",
    "شیرین",
    "کاوه",
)
LAST = (
    "احمدی",
    "رضایی",
    "کریمی",
    "موسوی",
    "حسینی",
    "جعفری",
    "یزدانی",
    "کاظمی",
    "نیک‌نام",
    "صادقی",
    "رحیمی",
    "قاسمی",
    "طاهری",
    "فرهادی",
)
HEADER = (
    "ردیف",
    "نام تشکل",
    "شمارهٔ مجوز",
    "مرجع صدور",
    "تاریخ انقضا",
    "تاریخ تأسیس",
    "تعداد اعضاء",
    "مدیر عامل",
    "نماینده",
    "تلفن",
    "ایمیل",
    "منطقه",
)
ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})


def _jalali(rnd: random.Random, first_year: int, last_year: int) -> str:
    text = f"{rnd.randint(first_year, last_year)}/{rnd.randint(1, 12):02d}/{rnd.randint(1, 29):02d}"
    return persian.to_persian_digits(text) if rnd.random() < 0.5 else text


def write_file(path: Path, rows: int, seed: int = 1405) -> None:
    rnd = random.Random(seed)
    bodies = VERSION_1["licensing_bodies"]
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("سمن‌ها")
    sheet.append(["فهرست سمن‌های شهر تهران (پایگاه دادهٔ ستاد)"])
    sheet.append(HEADER)
    for n in range(1, rows + 1):
        name = (
            f"{rnd.choice(KINDS)} {rnd.choice(TOPICS)} {rnd.choice(PLACES)} "
            f"{persian.to_persian_digits(n)}"
        )
        issuer = rnd.choice(bodies)
        licence = f"{rnd.randint(10, 99)}/{n:06d}"
        if rnd.random() < 0.12:  # typed on an Arabic keyboard / an old system
            name, issuer = name.translate(ARABIC), issuer.translate(ARABIC)
        if rnd.random() < 0.4:
            licence = persian.to_persian_digits(licence)
        founded: object = _jalali(rnd, 1375, 1403)
        if rnd.random() < 0.2:  # an Excel date cell: a Gregorian date
            founded = dt.datetime(rnd.randint(1997, 2023), rnd.randint(1, 12), rnd.randint(1, 28))
        members = rnd.randint(7, 400)
        sheet.append(
            [
                n,
                name,
                licence,
                issuer,
                _jalali(rnd, 1406, 1410),
                founded,
                persian.to_persian_digits(members) if rnd.random() < 0.3 else members,
                f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                f"021-{rnd.randint(22000000, 88999999)}",
                f"ngo{n}@example.org" if rnd.random() < 0.6 else "",
                rnd.randint(1, 22),
            ]
        )
    book.save(path)


def gui_figures(path: Path, url: str, ctx: Context) -> bool:
    """The dialog's path; returns whether the import went in whole."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.db.database import db
    from app.ui.app import setup_application
    from app.ui.forms.import_dialog import ImportDialog
    from app.ui.session import Session

    table = read_table(path)
    rows = len(table.rows)
    for label, progress in (("without progress", None), ("with progress", lambda d, t: None)):
        t0 = time.perf_counter()
        import_ngos(ctx, table, dry_run=True, progress=progress)
        took = time.perf_counter() - t0
        print(
            f"service dry run, table read, {label + ':':18} {took:6.2f} s  {rows / took:8.0f} rows/s"
        )

    app = QApplication.instance() or QApplication([])
    setup_application(app)
    session = Session(db.obj, url, ctx.clock, ctx.user)
    dialog = ImportDialog(session)
    dialog.show()
    dialog.load_file(path)
    ticks = QElapsedTimer()
    gaps: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: gaps.append(ticks.restart()))
    signals: list[int] = []

    def timed(start) -> tuple[float, int, int]:  # noqa: ANN001
        gaps.clear()
        signals.clear()
        t0 = time.perf_counter()
        ticks.start()
        timer.start()
        job = start()
        job.progress.connect(lambda done, total: signals.append(done))
        while dialog.running():
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        return time.perf_counter() - t0, max(gaps or [0]), len(signals)

    dry_s, dry_gap, dry_n = timed(dialog.dry_run)
    real_s, real_gap, real_n = timed(dialog.run_import)
    report = dialog.report
    print(
        f"dialog dry run (read + check in its thread): {dry_s:5.2f} s  {rows / dry_s:8.0f} rows/s  "
        f"progress signals {dry_n}, longest stall of the interface {dry_gap} ms"
    )
    print(
        f"dialog import (check + write in its thread): {real_s:5.2f} s  {rows / real_s:8.0f} rows/s"
        f"  progress signals {real_n}, longest stall of the interface {real_gap} ms, "
        f"bar at {dialog.progress.value()} %"
    )
    ok = bool(report and report.imported and len(report.added) == rows)
    dialog.close()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--db", help="a new, empty database (default: a fresh SQLite file)")
    parser.add_argument("--gui", action="store_true", help="time the import dialog's path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="semansara-bench-") as tmp:
        path = Path(tmp) / "ngos.xlsx"
        t0 = time.perf_counter()
        write_file(path, args.rows)
        wrote = time.perf_counter() - t0
        url = args.db or str(Path(tmp) / "bench.sqlite")
        clock = FixedClock(NOW)
        database = open_database(url)
        initialise(database, NOW)
        ctx = Context(m.User.get(m.User.username == "desk"), clock)
        if args.gui:
            ok = gui_figures(path, url, ctx)
            count = m.Ngo.select().count()
            chain = verify_chain().ok
            close_database()
            print(f"NGOs in database {count}, audit chain {'intact' if chain else 'BROKEN'}")
            return 0 if ok and chain and count == args.rows else 1

        t0 = time.perf_counter()
        table = read_table(path)
        read = time.perf_counter() - t0
        t0 = time.perf_counter()
        dry = import_ngos(ctx, path, dry_run=True)
        dry_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = import_ngos(ctx, path, dry_run=False)
        real_s = time.perf_counter() - t0
        count = m.Ngo.select().count()
        chain = verify_chain().ok
        close_database()

    rows = len(table.rows)
    print(
        f"file: {rows} rows, {path.name} written in {wrote:.2f} s "
        f"({'PostgreSQL' if url.startswith('postgres') else 'SQLite'})"
    )
    print(f"read + map columns:        {read:6.2f} s  {rows / read:8.0f} rows/s")
    print(
        f"dry run (read + check):    {dry_s:6.2f} s  {rows / dry_s:8.0f} rows/s  "
        f"would add {len(dry.added)}, errors {len(dry.errors)}"
    )
    print(
        f"real import (read + write): {real_s:5.2f} s  {rows / real_s:8.0f} rows/s  "
        f"added {len(report.added)}, NGOs in database {count}, audit chain "
        f"{'intact' if chain else 'BROKEN'}"
    )
    ok = report.ok and report.imported and count == rows and chain and not dry.errors
    if not ok:
        print("\n".join(report.lines()[:20]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
