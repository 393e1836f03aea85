"""The audit trail's cost on the hot path: one booking (request + schedule, two
service calls, two commits) with each event's row digests and the actor re-read in the call's
transaction, against the same calls without them (as before), interleaved on one database.

    python bench/bench_audit.py --db /tmp/bench-audit.sqlite
    python bench/bench_audit.py --db postgresql://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db import models as m  # noqa: E402
from app.db.database import is_postgres, open_database  # noqa: E402
from app.workflow import audit, service  # noqa: E402
from app.workflow.api import Context, WorkflowError, run  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from bench.bench_workflow import TODAY, build, fresh_contract  # noqa: E402


def _without_anchoring():  # noqa: ANN202
    """The calls as they were: no row digests, no re-read of the actor."""
    saved = audit._written_rows, service._still_allowed
    audit._written_rows = lambda: []
    service._still_allowed = lambda user, name: None
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--ngos", type=int, default=2_000)
    parser.add_argument("--bookings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    database = open_database(args.db)
    initialise(database, TODAY)
    if not m.Booking.select().exists():
        build(args.ngos, args.bookings, 40)
    clock = FixedClock(TODAY)
    admin = Context(m.User.get(m.User.username == "admin"), clock)
    if not m.User.get(m.User.username == "desk").active:
        run(admin, "set_password", username="desk", password="bench words 1405", one_time=False)
    desk = Context(m.User.get(m.User.username == "desk"), clock)
    tag = f"{time.time_ns() % 10**9:x}"
    contract = fresh_contract(f"A-R{tag}", f"A-C{tag}")
    times: dict[str, list[float]] = {"with digests": [], "without (as before)": []}
    refused = 0
    for i in range(args.runs):
        kind = "with digests" if i % 2 == 0 else "without (as before)"
        saved = _without_anchoring() if kind.startswith("without") else None
        day = TODAY.date() + dt.timedelta(days=1 + (i // 2) % 150)
        ref = f"A-B{tag}-{i}"
        start = time.perf_counter()
        try:
            run(
                desk,
                "request_booking",
                ref=ref,
                contract=contract.ref,
                service=("meeting_room", "workshop_room", "hall")[(i // 2) % 3],
                date=day,
                start="15:00" if i % 2 == 0 else "16:00",
                end="16:00" if i % 2 == 0 else "17:00",
                people=6,
            )
            run(desk, "schedule_booking", ref=ref)
        except WorkflowError:
            refused += 1
        times[kind].append((time.perf_counter() - start) * 1000)
        if saved is not None:
            audit._written_rows, service._still_allowed = saved
    print(
        f"database: {'PostgreSQL' if is_postgres() else 'SQLite'}, "
        f"{m.Booking.select().count():,} bookings; refused {refused}"
    )
    for kind, values in times.items():
        values.sort()
        print(
            f"booking (request + schedule) {kind:22s} median {statistics.median(values):6.2f} ms"
            f"  p95 {values[int(len(values) * 0.95) - 1]:6.2f} ms"
        )
    print(f"audit rows written: {m.AuditRow.select().count():,}")


if __name__ == "__main__":
    main()
