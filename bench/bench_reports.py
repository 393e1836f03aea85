"""Reports benchmark: each report made on a database of many NGOs and bookings.

Builds the workflow benchmark's data (`bench_workflow.build`: NGOs, 22 semansaras, contracts
that run five years, bookings over five Jalali years), then adds what the reports read besides:
the bookings' step times (scheduled a day after the request, notified half a day later),
requests of the other NGOs at every step with their audit events (the waiting times), a
promissory note per contract in every state, and some extension requests. Then it makes each
report through `app.workflow.reports.make` (median and worst of --runs) and writes it once as
Excel and as PDF.

    python bench/bench_reports.py --db /tmp/reports.sqlite              # small and quick
    python bench/bench_reports.py --db /tmp/reports-large.sqlite --large # 10,000 NGOs, 1M bookings
    python bench/bench_reports.py --db postgresql://postgres@127.0.0.1:5432/bench --large
    python bench/bench_reports.py --db /tmp/reports-large.sqlite --reuse  # measure again
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_workflow import TODAY, build  # noqa: E402

from app.db import models as m  # noqa: E402
from app.db.database import db, is_postgres, open_database  # noqa: E402
from app.workflow import reports  # noqa: E402
from app.workflow.api import Context  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402

SMALL = {"ngos": 1_000, "bookings": 50_000, "contracts_per_house": 10}
LARGE = {"ngos": 10_000, "bookings": 1_000_000, "contracts_per_house": 100}
# A request's path through the steps (the order of Article 3) up to the state it stops in.
PATH = [
    "alef_registered",
    "be_reviewed",
    "pe_referred",
    "te_waitlisted",
    "te_capacity_ok",
    "se_invited",
]
NOTE_STATES = [
    "received",
    "in_custody",
    "in_custody",
    "in_custody",
    "return_confirmed",
    "damage_reported",
    "returned",
    "held",
]


def _batches(rows: list[dict], size: int = 2000):  # noqa: ANN202
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def add_report_data(seed: int = 11) -> None:
    rnd = random.Random(seed)
    t0 = time.perf_counter()
    with db.atomic():
        # the bookings' step times (خ → د → ذ)
        if is_postgres():
            db.execute_sql(
                "UPDATE booking SET scheduled_at = requested_at + interval '1 day', "
                "notified_at = requested_at + interval '36 hours' "
                "WHERE state <> 'cancelled'"
            )
        else:
            db.execute_sql(
                "UPDATE booking SET scheduled_at = datetime(requested_at, '+1 day'), "
                "notified_at = datetime(requested_at, '+36 hours') "
                "WHERE state <> 'cancelled'"
            )
    houses = [h.id for h in m.Semansara.select(m.Semansara.id)]
    busy = {c.ngo_id for c in m.Contract.select(m.Contract.ngo)}
    free = [n.id for n in m.Ngo.select(m.Ngo.id).order_by(m.Ngo.id) if n.id not in busy]
    requests, events = [], []
    for i, ngo_id in enumerate(free):
        stop = rnd.randrange(len(PATH))
        path = [s for s in PATH[: stop + 1] if not (s == "te_waitlisted" and rnd.random() < 0.6)]
        at = TODAY - dt.timedelta(days=rnd.randrange(30, 700), hours=rnd.randrange(0, 9))
        ref = f"BQ{i:06d}"
        before = ""
        for state in path:
            events.append(
                dict(
                    at=at,
                    actor="bench",
                    role="desk_expert",
                    action="bench",
                    object_type="request",
                    object_ref=ref,
                    before_state=before,
                    after_state=state,
                    prev_hash="0" * 64,
                    hash=uuid.uuid4().hex * 2,
                )
            )
            before = state
            at += dt.timedelta(hours=rnd.randrange(2, 24 * 20))
        requests.append(
            dict(
                ref=ref,
                ngo=ngo_id,
                semansara=rnd.choice(houses),
                channel="portal",
                state=path[-1],
                registered_at=events[-len(path)]["at"],
                registered_by="bench",
                updated_at=at,
            )
        )
    notes, extensions = [], []
    for k, contract in enumerate(m.Contract.select()):
        state = NOTE_STATES[k % len(NOTE_STATES)]
        notes.append(
            dict(
                contract=contract.id,
                serial=f"BN{k:06d}",
                amount=1_034_000_000,
                amount_due=1_034_000_000,
                state=state,
                received_at=dt.datetime.combine(contract.starts, dt.time(10)),
                received_by="bench",
            )
        )
        if k % 7 == 0:
            extensions.append(
                dict(
                    ref=f"BE{k:06d}",
                    contract=contract.id,
                    from_semansara=contract.semansara_id,
                    to_semansara=contract.semansara_id,
                    state="requested",
                    requested_at=TODAY,
                    requested_by="bench",
                )
            )
    # Some contracts end soon: the report of contracts ending has rows to show.
    soon = [c.id for c in m.Contract.select(m.Contract.id).order_by(m.Contract.id)][::5]
    with db.atomic():
        for batch in _batches(requests):
            m.Request.insert_many(batch).execute()
        for batch in _batches(events):
            m.AuditEvent.insert_many(batch).execute()
        for batch in _batches(notes):
            m.PromissoryNote.insert_many(batch).execute()
        for batch in _batches(extensions):
            m.Extension.insert_many(batch).execute()
        m.Contract.update(ends=TODAY.date() + dt.timedelta(days=40)).where(
            m.Contract.id.in_(soon)
        ).execute()
    print(
        f"report data: {len(requests)} requests with {len(events)} audit events, "
        f"{len(notes)} notes, {len(extensions)} extension requests in "
        f"{time.perf_counter() - t0:.1f} s"
    )


def _timed(fn, n: int) -> tuple[float, float]:  # noqa: ANN001
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def measure(runs: int, documents: bool) -> dict:
    desk = Context(m.User.get(m.User.username == "desk"), FixedClock(TODAY))
    out: dict = {}
    for name in reports.REPORTS:
        report = reports.make(desk, name)
        out[f"{name}: rows"] = sum(len(t.rows) for t in report.tables)
        out[f"{name}, ms"] = _timed(lambda name=name: reports.make(desk, name), runs)
        out[f"{name} (one semansara), ms"] = _timed(
            lambda name=name: reports.make(desk, name, semansara="S01"), runs
        )
        if documents:
            from app.documents.excel import to_bytes
            from app.documents.report_pdf import render_report

            out[f"{name} as Excel, ms"] = _timed(lambda r=report: to_bytes(r), 1)
            out[f"{name} as PDF, ms"] = _timed(lambda r=report: render_report(r), 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="SQLite path or postgresql:// DSN")
    parser.add_argument(
        "--large",
        action="store_true",
        help="10,000 NGOs and 1,000,000 bookings (the default is small)",
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-documents", action="store_true", help="skip Excel and PDF")
    parser.add_argument("--reuse", action="store_true", help="measure an already built database")
    args = parser.parse_args()
    database = open_database(args.db)
    initialise(database, TODAY)  # safe again on a built database: brings its schema up to date
    if not args.reuse:
        size = LARGE if args.large else SMALL
        build(size["ngos"], size["bookings"], size["contracts_per_house"])
        add_report_data()
    print(
        f"database: {'PostgreSQL' if is_postgres() else 'SQLite'}, "
        f"{m.Booking.select().count():,} bookings, {m.Ngo.select().count():,} NGOs, "
        f"{m.AuditEvent.select().count():,} audit events"
    )
    results = measure(args.runs, not args.no_documents)
    for name, value in results.items():
        if isinstance(value, tuple):
            print(f"{name:50s} median {value[0]:8.1f}  worst {value[1]:8.1f}")
        else:
            print(f"{name:50s} {value}")
    buffer = io.StringIO()
    json.dump(results, buffer, default=str)
    print(buffer.getvalue())


if __name__ == "__main__":
    main()
