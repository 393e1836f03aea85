"""Eight desks of one office at once: processes that wait at a barrier, then all act together.

Each desk is a process of its own with its own connection (spawned, so nothing is shared but
the database). `together(target, per_desk_args)` starts them, lets them pass the barrier at the
same moment and returns what each returned. The worlds they act in are prepared here too.
"""

from __future__ import annotations

import collections
import datetime as dt
import multiprocessing
import queue
import traceback
from collections.abc import Callable
from typing import Any

from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import closed_days, jalali
from app.workflow.api import Context, WorkflowError, run
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from tests.factories import World
from tests.office.faults import lose_commit_acknowledgments

START = "1405/01/10 09:00"
DESKS = 8
HOUSE = "S8"


def _desk(target: Callable[..., Any], args: tuple, barrier: Any, results: Any, number: int) -> None:
    try:
        ready = target(*args, barrier=barrier)
        results.put((number, "ok", ready))
    except BaseException:  # noqa: BLE001 - the parent shows what went wrong in the desk
        barrier.abort()
        results.put((number, "crash", traceback.format_exc()))


def together(target: Callable[..., Any], per_desk: list[tuple], timeout: float = 600) -> list:
    """Run `target(*args, barrier=…)` in one process per entry of `per_desk`; `target` calls
    `barrier.wait()` when it is ready to act. Returns the desks' results in order."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(per_desk))
    results = context.Queue()
    desks = [
        context.Process(target=_desk, args=(target, args, barrier, results, n))
        for n, args in enumerate(per_desk)
    ]
    for desk in desks:
        desk.start()
    out: dict[int, Any] = {}
    try:
        for _ in desks:
            number, status, value = results.get(timeout=timeout)
            if status == "crash":
                raise AssertionError(f"desk {number} crashed:\n{value}")
            out[number] = value
    except queue.Empty:
        raise AssertionError("the desks did not finish in time") from None
    finally:
        for desk in desks:
            desk.join(timeout=30)
            if desk.is_alive():
                desk.kill()
                desk.join()
    return [out[n] for n in range(len(per_desk))]


# --- bookings ---------------------------------------------------------------------------------


def prepare_bookings(url: str, desks: int = DESKS) -> None:
    """S8 with a meeting room per desk and a contract per desk (C1…C8), yearly caps high enough
    for every booking the desks will make."""
    database = open_database(url)
    try:
        clock = FixedClock(jalali.parse_datetime(START))
        initialise(database, clock.now(), starter_users=False)
        world = World(clock).give_passwords("admin")
        world.do(
            "admin",
            "add_policy_version",
            effective="1405/01/10",
            reason="دفتر چند میزی",
            changes={"level_caps": {"2": {"meeting_room": 1000}}},
        )
        world.do(
            "admin",
            "add_semansara",
            code=HOUSE,
            district=8,
            name="سمن‌سرای منطقه ۸",
            desks=1,
            meeting_rooms=desks,
            workshop_rooms=0,
            halls=0,
            shelves=1,
            max_contracts=desks,
        )
        for n in range(1, desks + 1):
            world.ngo(f"N{n}")
            world.contract(f"R{n}", f"N{n}", f"C{n}", semansara=HOUSE)
    finally:
        close_database()


def _open_day(nth: int) -> dt.date:
    """The `nth` day after START (from 0) on which the semansaras are open (R-2.3: not a
    Friday or an official holiday; the tests declare no closures)."""
    day = jalali.parse_datetime(START).date()
    while nth >= 0:
        day += dt.timedelta(days=1)
        if day.weekday() != closed_days.FRIDAY and closed_days.official_holiday(day) is None:
            nth -= 1
    return day


def slot(number: int) -> dict[str, str]:
    """The `number`th slot of a desk's own room: ten one-hour slots an open day from
    tomorrow."""
    day = _open_day(number // 10)
    hour = 8 + number % 10
    return {
        "date": jalali.format_date_latin(day),
        "start": f"{hour:02d}:00",
        "end": f"{hour + 1:02d}:00",
    }


def book_own_room(
    url: str, desk: int, bookings: int, lose_acks: frozenset[int] = frozenset(), *, barrier: Any
) -> dict[str, int]:
    """Desk `desk` books `bookings` slots of room `desk` for contract C`desk`: nothing it asks
    for conflicts with another desk. The references are the program's own. The commits
    numbered in `lose_acks` (counted from the first booking) lose their acknowledgment."""
    database = open_database(url)
    outcome: collections.Counter = collections.Counter()
    try:
        ctx = Context(
            m.User.get(m.User.username == "desk"), FixedClock(jalali.parse_datetime(START))
        )
        lost = lose_commit_acknowledgments(database, set(lose_acks))
        barrier.wait()
        for number in range(bookings):
            try:
                run(
                    ctx,
                    "request_booking",
                    contract=f"C{desk}",
                    service="meeting_room",
                    room=desk,
                    people=5,
                    **slot(number),
                )
                outcome["booked"] += 1
            except WorkflowError as exc:
                outcome[exc.code] += 1
            except Exception as exc:  # noqa: BLE001 - counted: a traceback is a failure too
                outcome[f"traceback {type(exc).__name__}"] += 1
        outcome["acknowledgments_lost"] += len(lost)
        return dict(outcome)
    finally:
        close_database()


def book_until(url: str, desk: int, started: Any, stop: Any) -> int:
    """Desk `desk` books one slot after another of its own room until `stop` is set (or the
    slots run out); sets `started` after its first booking. Returns how many it booked."""
    open_database(url)
    try:
        ctx = Context(
            m.User.get(m.User.username == "desk"), FixedClock(jalali.parse_datetime(START))
        )
        number = 0
        while not stop.is_set() and number < 300:
            run(
                ctx,
                "request_booking",
                contract=f"C{desk}",
                service="meeting_room",
                room=desk,
                people=5,
                **slot(number),
            )
            number += 1
            started.set()
        return number
    finally:
        close_database()


# --- registrations ----------------------------------------------------------------------------


def prepare_registry(url: str) -> None:
    database = open_database(url)
    try:
        clock = FixedClock(jalali.parse_datetime(START))
        initialise(database, clock.now(), starter_users=False)
        World(clock)
    finally:
        close_database()


def register_ngos(url: str, desk: int, count: int, *, barrier: Any) -> dict[str, int]:
    """Desk `desk` registers `count` NGOs of its own (licence numbers no other desk uses);
    the codes are the program's own."""
    open_database(url)
    outcome: collections.Counter = collections.Counter()
    try:
        ctx = Context(
            m.User.get(m.User.username == "desk"), FixedClock(jalali.parse_datetime(START))
        )
        barrier.wait()
        for number in range(count):
            try:
                run(
                    ctx,
                    "register_ngo",
                    name=f"انجمن میز {desk} شمارهٔ {number}",
                    licence_issuer="وزارت کشور",
                    licence_no=f"L-{desk}-{number}",
                    licence_expires="1408/01/01",
                    founded="1400/01/01",
                    members=12,
                )
                outcome["registered"] += 1
            except WorkflowError as exc:
                outcome[exc.code] += 1
            except Exception as exc:  # noqa: BLE001 - counted: a traceback is a failure too
                outcome[f"traceback {type(exc).__name__}"] += 1
        return dict(outcome)
    finally:
        close_database()


def total(results: list[dict[str, int]]) -> dict[str, int]:
    out: collections.Counter = collections.Counter()
    for result in results:
        out.update(result)
    return dict(out)
