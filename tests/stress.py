"""Several desks at once: processes booking the same rooms against the same NGOs' quotas and
taking the last places of one semansara. Used by the bounded test and by the longer benchmark.
"""

from __future__ import annotations

import collections
import datetime as dt
import multiprocessing
import random
from typing import Any

from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import jalali, quotas
from app.workflow.api import Context, WorkflowError, run
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from app.workflow.machines import BookingFlow
from app.workflow.policy import policy_on
from app.workflow.service import STATS
from tests.factories import World

START = "1405/01/10 09:00"
CONTRACTS = ("C1", "C2", "C3", "C4")
WAITING = ("W1", "W2", "W3", "W4", "W5", "W6")


def prepare(url: str) -> None:
    """S3: two meeting rooms and a hall, four NGOs under contract; S4: full, six waiting."""
    database = open_database(url)
    try:
        clock = FixedClock(jalali.parse_datetime(START))
        initialise(database, clock.now(), starter_users=False)
        world = World(clock)
        # Small yearly caps, so that the desks also race for the last hours of each NGO.
        world.do(
            "admin",
            "add_policy_version",
            effective="1405/01/10",
            reason="آزمون فشار",
            changes={"level_caps": {"2": {"meeting_room": 8, "hall": 6}}},
        )
        for code, rooms, places in (("S3", 2, 8), ("S4", 1, 2)):
            world.do(
                "admin",
                "add_semansara",
                code=code,
                district=9,
                name=f"سمن‌سرای {code}",
                desks=1,
                meeting_rooms=rooms,
                workshop_rooms=0,
                halls=1,
                shelves=2,
                max_contracts=places,
            )
        for i, contract in enumerate(CONTRACTS, start=1):
            world.ngo(f"N{i}")
            world.contract(f"R{i}", f"N{i}", contract, semansara="S3")
        for i in (5, 6):
            world.ngo(f"N{i}")
            world.contract(f"R{i}", f"N{i}", f"C{i}", semansara="S4")
        for minute, ref in enumerate(WAITING):
            world.at(f"1405/01/10 10:{minute:02d}")
            world.ngo(f"Q{ref}")
            world.request_to(ref, f"Q{ref}", "pe_referred", semansara="S4")
            assert world.do("deputy", "check_capacity", ref=ref)["state"] == "te_waitlisted"
        # Two places open in S4: they must go to W1 and W2, in that order.
        world.do("deputy", "end_contract", contract="C5")
        world.do("deputy", "end_contract", contract="C6")
    finally:
        close_database()


def worker(url: str, seed: int, attempts: int) -> dict[str, Any]:
    """One desk: books random slots for random NGOs, and tries to give places in S4."""
    rnd = random.Random(seed)
    open_database(url)
    outcome: collections.Counter = collections.Counter()
    try:
        clock = FixedClock(jalali.parse_datetime(START))
        desk = Context(m.User.get(m.User.username == "desk"), clock)
        deputy = Context(m.User.get(m.User.username == "deputy"), clock)
        for i in range(attempts):
            try:
                if i % 5 == 4:
                    out = run(deputy, "check_capacity", ref=rnd.choice(WAITING))
                    outcome[
                        "place_given" if out["state"] == "te_capacity_ok" else "still_waiting"
                    ] += 1
                else:
                    day = clock.today() + dt.timedelta(days=1 + rnd.randrange(6))
                    start = 8 + rnd.randrange(8)
                    run(
                        desk,
                        "request_booking",
                        ref=f"B{seed}-{i}",
                        contract=rnd.choice(CONTRACTS),
                        service=rnd.choice(("meeting_room", "hall")),
                        date=jalali.format_date_latin(day),
                        start=f"{start:02d}:00",
                        end=f"{min(start + 1 + rnd.randrange(3), 18):02d}:00",
                        people=5,
                    )
                    outcome["booked"] += 1
            except WorkflowError as exc:
                outcome[exc.code] += 1
        outcome["retries"] = STATS["retries"]
        return dict(outcome)
    finally:
        close_database()


def run_desks(url: str, processes: int, attempts: int) -> dict[str, int]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes) as pool:
        results = pool.starmap(worker, [(url, seed, attempts) for seed in range(processes)])
    total: collections.Counter = collections.Counter()
    for result in results:
        total.update(result)
    total["attempts"] = processes * attempts
    return dict(total)


def violations(url: str) -> dict[str, int]:
    """What must never happen, counted (all must be 0)."""
    open_database(url)
    try:
        other = m.Booking.alias()
        overlaps = (
            m.Booking.select()
            .join(
                other,
                on=(
                    (other.room == m.Booking.room)
                    & (other.id < m.Booking.id)
                    & (other.start_at < m.Booking.end_at)
                    & (m.Booking.start_at < other.end_at)
                ),
            )
            .where(m.Booking.state.in_(BookingFlow.live) & other.state.in_(BookingFlow.live))
            .count()
        )
        policy = policy_on(jalali.parse_datetime(START).date())
        over_cap = 0
        for ngo in m.Ngo.select().where(m.Ngo.code.in_([f"N{i}" for i in range(1, 5)])):
            for service in ("meeting_room", "hall"):
                cap = policy.level_cap(ngo.level, service) * 60
                over_cap += quotas.minutes_used(ngo, service, 1405) > cap
        given = [
            r.ref
            for r in m.Request.select()
            .where(m.Request.ref.in_(WAITING) & (m.Request.state == "te_capacity_ok"))
            .order_by(m.Request.registered_at)
        ]
        out_of_order = int(given != list(WAITING[: len(given)]))
        too_many = max(0, len(given) - 2)
        return {
            "overlaps": overlaps,
            "over_cap": over_cap,
            "places_out_of_order": out_of_order,
            "places_over_capacity": too_many,
        }
    finally:
        close_database()
