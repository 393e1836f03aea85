"""Workflow benchmark: a large database and the hot service calls on it.

Builds 10,000 NGOs, 22 semansaras and 1,000,000 bookings over five Jalali years (bulk
inserts, valid data: no room double-booked, no NGO over its hours), then measures through the
real services: checking and scheduling one booking, a role's worklist, an NGO's quota summary;
and the same questions asked as one raw SQL statement, for comparison.

    python bench/bench_workflow.py --db /tmp/bench.sqlite
    python bench/bench_workflow.py --db postgresql://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db import models as m  # noqa: E402
from app.db.database import db, is_postgres, open_database  # noqa: E402
from app.workflow import jalali, persian, quotas  # noqa: E402
from app.workflow.api import Context, WorkflowError, run  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from app.workflow.worklists import worklist  # noqa: E402

FIRST_DAY = jalali.parse_date("1401/01/01")
TODAY = jalali.parse_datetime("1405/06/01 08:00")
YEARS = 5
HOURS = range(8, 18)
PER_DAY = 7  # bookings per room per day, 08:00–15:00: 15:00–18:00 stay free for the measurements


def _batches(rows: list[dict], size: int = 2000):  # noqa: ANN202
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def fresh_contract(request_ref: str, contract_ref: str) -> m.Contract:
    """A running contract in S01, made straight in the tables, for an NGO whose year's hours
    are unused (the last one built): what a benchmark books against."""
    house = m.Semansara.get(m.Semansara.code == "S01")
    ngo = m.Ngo.select().order_by(m.Ngo.id.desc()).first()
    request = m.Request.create(
        ref=request_ref,
        ngo=ngo,
        semansara=house,
        channel="portal",
        state="he_letter_to_manager",
        registered_at=TODAY,
        registered_by="bench",
        updated_at=TODAY,
    )
    return m.Contract.create(
        ref=contract_ref,
        request=request,
        ngo=ngo,
        semansara=house,
        starts=TODAY.date(),
        ends=jalali.add_months(TODAY.date(), 6),
        state="active",
        level=3,
        signed_at=TODAY,
        signed_by="bench",
    )


def build(ngos: int, bookings: int, contracts_per_house: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    now = TODAY
    t0 = time.perf_counter()
    with db.atomic():
        for d in range(1, 23):
            m.Semansara.create(
                code=f"S{d:02d}",
                name=f"سمن‌سرای منطقهٔ {d}",
                district=d,
                desks=4,
                meeting_rooms=2,
                workshop_rooms=1,
                halls=1,
                shelves=20,
                max_contracts=contracts_per_house + 1,
                created_at=now,
            )
        for house in m.Semansara.select():
            for kind, count in (("meeting_room", 2), ("workshop_room", 1), ("hall", 1)):
                for n in range(1, count + 1):
                    m.Room.create(semansara=house, kind=kind, number=n)
            m.Staff.create(semansara=house, name="نگهبان", kind="service", added_at=now)
            m.Staff.create(semansara=house, name="کارمند", kind="admin", added_at=now)
    rows = []
    for i in range(ngos):
        name = f"انجمن آزمایشی شمارهٔ {i}"
        rows.append(
            dict(
                code=f"N{i:05d}",
                name=name,
                name_key=persian.normalise(name),
                licence_issuer="وزارت کشور",
                licence_no=f"L{i}",
                licence_key=f"l{i}",
                licence_expires=dt.date(2030, 1, 1),
                founded=dt.date(2015, 1, 1),
                members=60,
                level=3,
                registered_at=now,
            )
        )
    with db.atomic():
        for batch in _batches(rows):
            m.Ngo.insert_many(batch).execute()
    houses = list(m.Semansara.select().order_by(m.Semansara.id))
    ngo_ids = [n.id for n in m.Ngo.select(m.Ngo.id).order_by(m.Ngo.id)]
    # Contracts that run the whole five years (nine extensions): the NGOs that book rooms.
    contract_of: dict[int, list[tuple[int, int]]] = {}
    requests, contracts = [], []
    for h, house in enumerate(houses):
        for k in range(contracts_per_house):
            ngo_id = ngo_ids[h * contracts_per_house + k]
            ref = f"BR{h:02d}{k:03d}"
            requests.append(
                dict(
                    ref=ref,
                    ngo=ngo_id,
                    semansara=house.id,
                    channel="portal",
                    state="he_letter_to_manager",
                    registered_at=now,
                    registered_by="bench",
                    updated_at=now,
                )
            )
    with db.atomic():
        for batch in _batches(requests):
            m.Request.insert_many(batch).execute()
    for request in m.Request.select():
        contracts.append(
            dict(
                ref=f"C{request.ref}",
                request=request.id,
                ngo=request.ngo_id,
                semansara=request.semansara_id,
                starts=FIRST_DAY,
                ends=jalali.add_months(FIRST_DAY, 60),
                state="extended",
                level=3,
                signed_at=now,
                signed_by="bench",
            )
        )
    with db.atomic():
        for batch in _batches(contracts):
            m.Contract.insert_many(batch).execute()
    for c in m.Contract.select():
        contract_of.setdefault(c.semansara_id, []).append((c.id, c.ngo_id))
    # Bookings: rooms filled day by day, one hour each, NGOs of the house in turn.
    rooms = list(m.Room.select().order_by(m.Room.id))
    days = (jalali.add_months(FIRST_DAY, 12 * YEARS) - FIRST_DAY).days
    per_room_day = max(1, min(PER_DAY, -(-bookings // (len(rooms) * days))))
    made, batch = 0, []
    t1 = time.perf_counter()
    service_cap = {"meeting_room": 200, "workshop_room": 100, "hall": 72}
    used: dict[tuple[int, int, str], int] = {}
    with db.atomic():
        for day_no in range(days):
            day = FIRST_DAY + dt.timedelta(days=day_no)
            year = jalali.jalali_year(day)
            for room in rooms:
                pool = contract_of[room.semansara_id]
                for hour in rnd.sample(list(HOURS)[:-3], per_room_day):
                    if made >= bookings:
                        break
                    contract_id, ngo_id = pool[(made * 7 + hour) % len(pool)]
                    key = (ngo_id, year, room.kind)
                    if used.get(key, 0) + 60 > service_cap[room.kind] * 60:
                        continue
                    used[key] = used.get(key, 0) + 60
                    start = dt.datetime.combine(day, dt.time(hour))
                    batch.append(
                        dict(
                            ref=f"X{made:07d}",
                            contract=contract_id,
                            ngo=ngo_id,
                            semansara=room.semansara_id,
                            room=room.id,
                            service=room.kind,
                            start_at=start,
                            end_at=start + dt.timedelta(hours=1),
                            year=year,
                            minutes=60,
                            people=5,
                            channel="phone",
                            state="cancelled" if made % 20 == 0 else "zal_notified",
                            requested_at=start - dt.timedelta(days=3),
                            requested_by="bench",
                        )
                    )
                    made += 1
                    if len(batch) >= 2000:  # PostgreSQL takes at most 65,535 parameters
                        m.Booking.insert_many(batch).execute()
                        batch = []
        if batch:
            m.Booking.insert_many(batch).execute()
    print(
        f"built: {ngos} NGOs, {len(contracts)} contracts, {made} bookings in "
        f"{time.perf_counter() - t0:.1f} s (bookings {time.perf_counter() - t1:.1f} s)"
    )


def _median_ms(fn, n: int) -> tuple[float, float]:  # noqa: ANN001
    times = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def measure(n: int) -> dict:
    clock = FixedClock(TODAY)
    admin = Context(m.User.get(m.User.username == "admin"), clock)
    for username in ("desk", "district"):  # starter accounts start turned off: give them one
        if not m.User.get(m.User.username == username).active:
            run(
                admin,
                "set_password",
                username=username,
                password="bench words 1405",
                one_time=False,
            )
    users = {u.username: u for u in m.User.select()}
    desk = Context(users["desk"], clock)
    # A fresh contract in S01 for the measured bookings (an NGO with its year's hours unused).
    run_id = f"{time.time_ns() % 10**9:x}"  # measurements can be repeated on one database
    contract = fresh_contract(f"BENCH-R{run_id}", f"BENCH-C{run_id}")
    refused = []

    def book(i: int) -> None:
        day = TODAY.date() + dt.timedelta(days=1 + i % 150)
        ref = f"BENCH-B{run_id}-{i}"
        try:
            run(
                desk,
                "request_booking",
                ref=ref,
                contract=contract.ref,
                service=("meeting_room", "workshop_room", "hall")[i % 3],
                date=day,
                start="15:00",
                end="16:00",
                people=6,
            )
            run(desk, "schedule_booking", ref=ref)
        except WorkflowError as exc:
            refused.append(exc.code)

    out = {"booking (request + schedule), ms": _median_ms(book, n)}
    out["bookings refused"] = len(refused)
    out["worklist desk_expert, ms"] = _median_ms(lambda i: worklist(users["desk"], TODAY.date()), n)
    out["worklist district_deputy, ms"] = _median_ms(
        lambda i: worklist(users["district"], TODAY.date()), n
    )
    busy = m.Contract.select().where(~m.Contract.ref.startswith("BENCH")).first()
    out["quota summary, ms"] = _median_ms(lambda i: quotas.summary(busy.ngo, TODAY.date(), busy), n)

    # The same questions as one raw SQL statement each.
    p = db.obj.param

    def raw_booking(i: int) -> None:
        start = dt.datetime.combine(TODAY.date() + dt.timedelta(days=400 + i), dt.time(15))
        end = start + dt.timedelta(hours=1)
        db.execute_sql(
            "INSERT INTO booking (ref, contract_id, ngo_id, semansara_id, room_id, service, "
            "start_at, end_at, year, minutes, people, channel, state, requested_at, requested_by, "
            "cancel_reason) "
            f"SELECT {p}, {p}, {p}, {p}, r.id, 'meeting_room', {p}, {p}, 1406, 60, 6, 'phone', "
            f"'dal_scheduled', {p}, 'raw', '' FROM room r WHERE r.semansara_id = {p} "
            "AND r.kind = 'meeting_room' AND NOT EXISTS (SELECT 1 FROM booking b WHERE "
            f"b.room_id = r.id AND b.start_at > {p} AND b.start_at < {p} AND b.end_at > {p} "
            "AND b.state <> 'cancelled')"
            f" AND (SELECT COALESCE(SUM(minutes), 0) FROM booking q WHERE q.ngo_id = {p} AND "
            "q.year = 1406 AND q.service = 'meeting_room' AND q.state <> 'cancelled') + 60 <= "
            "12000 ORDER BY r.number LIMIT 1",
            (
                f"RAW-{run_id}-{i}",
                contract.id,
                contract.ngo_id,
                contract.semansara_id,
                start,
                end,
                TODAY,
                contract.semansara_id,
                start - dt.timedelta(days=1),
                end,
                start,
                contract.ngo_id,
            ),
        )

    with db.atomic():
        out["booking as one raw SQL statement, ms"] = _median_ms(raw_booking, n)
    out["worklist as one raw SQL statement, ms"] = _median_ms(
        lambda i: db.execute_sql(
            "SELECT 'review', ref, registered_at FROM request WHERE state = 'alef_registered' UNION ALL "
            "SELECT 'refer', ref, registered_at FROM request WHERE state = 'be_reviewed' UNION ALL "
            "SELECT 'schedule', ref, requested_at FROM booking WHERE state = 'khe_requested' UNION ALL "
            "SELECT 'notify', ref, requested_at FROM booking WHERE state = 'dal_scheduled' UNION ALL "
            f"SELECT 'ending', ref, signed_at FROM contract WHERE state IN ('active', 'extended') "
            f"AND ends <= {p}",
            (TODAY.date() + dt.timedelta(days=30),),
        ).fetchall(),
        n,
    )
    out["quota summary as one raw SQL statement, ms"] = _median_ms(
        lambda i: db.execute_sql(
            f"SELECT service, SUM(minutes) FROM booking WHERE ngo_id = {p} AND year = 1405 "
            "AND state <> 'cancelled' GROUP BY service",
            (busy.ngo_id,),
        ).fetchall(),
        n,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="SQLite path or postgresql:// DSN")
    parser.add_argument("--ngos", type=int, default=10_000)
    parser.add_argument("--bookings", type=int, default=1_000_000)
    parser.add_argument("--contracts-per-house", type=int, default=100)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--reuse", action="store_true", help="measure an already built database")
    args = parser.parse_args()
    database = open_database(args.db)
    if not args.reuse:
        initialise(database, TODAY)
        build(args.ngos, args.bookings, args.contracts_per_house)
    print(
        f"database: {'PostgreSQL' if is_postgres() else 'SQLite'}, "
        f"{m.Booking.select().count():,} bookings, {m.Ngo.select().count():,} NGOs"
    )
    results = measure(args.runs)
    for name, value in results.items():
        if isinstance(value, tuple):
            print(f"{name:45s} median {value[0]:7.2f}  p95 {value[1]:7.2f}")
        else:
            print(f"{name:45s} {value}")
    print(json.dumps({k: v for k, v in results.items()}, default=str))


if __name__ == "__main__":
    main()
