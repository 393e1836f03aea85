"""How long the printed documents take.

Builds an SQLite database of its own through the workflow's actions (the test
factory ``tests.factories.World`` and ``tests/documents/records_world.py``):
semansara S1, four level-3 NGOs with signed contracts, and 1,000 scheduled
bookings. Then measures:

* one contract: ``printing.preview("contract", …)`` — read the records, build
  the story, lay it out (shaping, bidi per line, justification) and write the
  PDF — median of 30 runs, with the layout caches emptied before each run
  (cold) and kept (warm); and ``printing.issue_pdf("contract", …)``, which also
  picks the serial and code and commits the ``IssuedDocument`` row;
* 1,000 booking notices issued one after the other (``issue("notice-ngo", …)``,
  each its own transaction and PDF), total seconds; and the same notices only
  generated (no rows written);
* the same contract laid out and written from its records read once (``papers.read`` then
  ``printing.pdf``): what the floor below is compared with, as the floor reads nothing;
* the floor: the contract's own text (the same paragraphs and table rows) laid
  out with ReportLab's ``simpleSplit`` and drawn with plain ``drawString``: no
  shaping, no bidi, no tables (unreadable Persian, but the least any PDF of this
  text can cost), median of 30.

* the quota report's size: 6,603 rows (one per NGO and service, as on the benchmark's
  10,000 NGOs) laid out as a PDF by ``report_pdf.render_report`` (185 pages), once.

Aims: a contract under 100 ms median and within 3× the floor, 1,000 notices under 30 s.

    python bench/bench_documents.py [--runs 30] [--notices 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.db import models as m  # noqa: E402
from app.db.database import close_database, db, open_database  # noqa: E402
from app.documents import printing  # noqa: E402
from app.documents.document import BODY  # noqa: E402
from app.documents.fonts import font_name  # noqa: E402
from app.documents.pdf import MARGIN  # noqa: E402
from app.documents.persian_text import clear_caches  # noqa: E402
from app.workflow import closed_days, jalali, papers  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from tests.documents import records_world as rw  # noqa: E402
from tests.factories import World  # noqa: E402

ROOMS = (("meeting_room", 3), ("workshop_room", 2), ("hall", 2))
HOURS = range(8, 18)
NGOS = 4


def build(path: Path, notices: int) -> tuple[FixedClock, list[str]]:
    """The database: S1, four level-3 NGOs under contract, `notices` scheduled bookings."""
    clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    initialise(open_database(str(path)), clock.now(), starter_users=False)
    w = World(clock)
    with db.atomic():  # one commit for the whole build: every action is a savepoint
        w.do(
            "admin",
            "update_semansara",
            code="S1",
            max_contracts=10,
            meeting_rooms=3,
            workshop_rooms=2,
            halls=2,
            address="خیابان آزادی، کوچهٔ ۱۲ (پلاک ۳)",
        )
        rw.name_users(w)
        contracts = []
        for n in range(1, NGOS + 1):
            rw.register(w, f"N{n}")
            rw.request_to(
                w, f"R{n}", f"N{n}", "he_letter_to_manager", contract=f"C{n}", starts="1405/01/10"
            )
            contracts.append(f"C{n}")
        left = {
            (c, kind): cap
            for c in contracts
            for kind, cap in (("meeting_room", 200), ("workshop_room", 100), ("hall", 72))
        }
        refs: list[str] = []
        day = jalali.parse_date("1405/01/11")
        house = m.Semansara.get(m.Semansara.code == "S1")
        while len(refs) < notices:
            if closed_days.closed_reason(house, day) is not None:  # Fridays and holidays
                day += dt.timedelta(days=1)
                continue
            date = jalali.format_date_latin(day)
            for hour in HOURS:
                for kind, rooms in ROOMS:
                    for _room in range(rooms):
                        owner = next((c for c in contracts if left[(c, kind)] > 0), None)
                        if owner is None or len(refs) == notices:
                            continue
                        ref = f"B{len(refs) + 1:05d}"
                        w.do(
                            "desk",
                            "request_booking",
                            ref=ref,
                            contract=owner,
                            service=kind,
                            date=date,
                            start=f"{hour:02d}:00",
                            end=f"{hour + 1:02d}:00",
                            people=8,
                        )
                        w.do("desk", "schedule_booking", ref=ref)
                        left[(owner, kind)] -= 1
                        refs.append(ref)
            day += dt.timedelta(days=1)
    return clock, refs


def median_ms(job: Callable[[], object], runs: int) -> float:
    job()  # warm up imports and font loading
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def floor_pdf(paragraphs: list[str]) -> bytes:
    """The contract's text, plain ``simpleSplit`` + ``drawString``: no shaping, no bidi."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    font, size = font_name(), BODY.font_size
    width = A4[0] - 2 * MARGIN
    top = A4[1] - MARGIN
    y = top
    for text in paragraphs:
        for line in simpleSplit(text, font, size, width):
            if y < MARGIN:
                canvas.showPage()
                y = top
            canvas.setFont(font, size)
            canvas.drawString(MARGIN, y, line)
            y -= BODY.line_height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def quota_report_pdf(folder: Path) -> tuple[float, int]:
    """Seconds to lay out the 6,603-row quota report as a PDF, and its pages."""
    import subprocess

    from app.documents.report_pdf import render_report
    from tests.documents.test_report_pdf import sample

    start = time.perf_counter()
    render_report(sample(6603), folder / "quota.pdf")
    seconds = time.perf_counter() - start
    info = subprocess.run(["pdfinfo", str(folder / "quota.pdf")], capture_output=True, text=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    return seconds, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--keep", help="keep the database and sample PDFs in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_docs_"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        start = time.perf_counter()
        clock, refs = build(folder / "bench.sqlite", args.notices)
        print(
            f"database: {len(refs)} scheduled bookings, 4 contracts "
            f"(built through the workflow in {time.perf_counter() - start:.1f} s)"
        )

        def contract_cold() -> bytes:
            clear_caches()
            return printing.preview("contract", "C1")

        pdf = printing.preview("contract", "C1", out=folder / "contract.pdf")
        pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
        content = printing.build("contract", "C1").content().split("\n")
        print(
            f"contract: {len(content)} paragraphs and table rows, {len(pdf) // 1024} KiB, "
            f"{pages} pages"
        )
        cold = median_ms(contract_cold, args.runs)
        warm = median_ms(lambda: printing.preview("contract", "C1"), args.runs)
        issued = median_ms(lambda: printing.issue_pdf("contract", "C1", "deputy", clock), args.runs)
        floor = median_ms(lambda: floor_pdf(content), args.runs)
        paper = papers.read("contract", "C1")
        laid_out = median_ms(lambda: printing.pdf(paper), args.runs)
        print(f"contract, generate (cold caches): {cold:8.1f} ms median of {args.runs}")
        print(f"contract, generate (warm caches): {warm:8.1f} ms")
        print(f"contract, issue (row + commit):   {issued:8.1f} ms")
        print(f"floor (simpleSplit + drawString): {floor:8.1f} ms")
        print(f"contract, records read once:      {laid_out:8.1f} ms (layout and PDF only)")
        print(f"contract (warm) / floor:          {warm / floor:8.1f} ×")
        print(f"contract (records read) / floor:  {laid_out / floor:8.1f} ×")

        clear_caches()
        start = time.perf_counter()
        for ref in refs:
            printing.preview("notice-ngo", ref)
        generated = time.perf_counter() - start
        clear_caches()
        start = time.perf_counter()
        for ref in refs:
            printing.issue_pdf("notice-ngo", ref, "desk", clock)
        total = time.perf_counter() - start
        printing.preview("notice-ngo", refs[-1], out=folder / "notice.pdf")
        print(
            f"{len(refs)} booking notices, generate only: {generated:6.1f} s "
            f"({generated / len(refs) * 1000:.1f} ms each)"
        )
        print(
            f"{len(refs)} booking notices, issued:        {total:6.1f} s "
            f"({total / len(refs) * 1000:.1f} ms each)"
        )
        seconds, pages = quota_report_pdf(folder)
        print(f"quota report, 6,603 rows to PDF:  {seconds:6.1f} s ({pages} pages)")
    finally:
        close_database()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
