"""Sign-in under concurrency: 8 processes at once, on SQLite and PostgreSQL,
each waiting at a barrier and then all together.

- An administrator's change to an account (turned off, another role, another name) made while
  that account signs in is never undone: sign-in writes only its own counters.
- 8 desks guessing one account's password together get exactly MAX_FAILURES guesses checked
  (R-3.5: every attempt in the trail says which); the rest are refused as locked unchecked.
"""

from __future__ import annotations

import collections
import multiprocessing
from typing import Any

from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import jalali
from app.workflow.accounts import MAX_FAILURES, sign_in
from app.workflow.api import Context, run
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from app.workflow.errors import WorkflowError

PROCESSES = 8
RACES = 40
GUESSES_EACH = 3
PASSWORD = "the right words 1405"
NOW = "1405/01/10 09:00"


def _clock() -> FixedClock:
    return FixedClock(jalali.parse_datetime(NOW))


def _prepare(url: str, usernames: list[str]) -> None:
    database = open_database(url)
    try:
        initialise(database, _clock().now(), starter_users=False)
        admin = Context(m.User.get(m.User.username == "admin"), _clock())
        for username in usernames:
            run(admin, "add_user", username=username, role="desk_expert")
            run(admin, "set_password", username=username, password=PASSWORD, one_time=False)
    finally:
        close_database()


def _spawn(target: Any, url: str, count: int, *args: Any) -> list[Any]:
    """`target(url, barrier, number, queue, *args)` in `count` processes; their reports."""
    context = multiprocessing.get_context("spawn")
    barrier, queue = context.Barrier(count), context.Queue()
    processes = [
        context.Process(target=target, args=(url, barrier, n, queue, *args)) for n in range(count)
    ]
    for process in processes:
        process.start()
    reports = [queue.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return reports


# --- an administrator's change during a sign-in --------------------------------------------------


def _racer(url: str, barrier: Any, number: int, queue: Any, names: list[str]) -> None:
    """The first half signs in, the second half (as the administrator) turns the same accounts
    off, gives them another role and name, in the same order."""
    open_database(url)
    outcome: collections.Counter = collections.Counter()
    try:
        half = PROCESSES // 2
        mine = names[number % half :: half]
        admin = Context(m.User.get(m.User.username == "admin"), _clock())
        barrier.wait()
        for username in mine:
            try:
                if number < half:
                    sign_in(username, PASSWORD, _clock())
                    outcome["signed_in"] += 1
                else:
                    run(
                        admin,
                        "update_user",
                        username=username,
                        active=False,
                        role="finance_deputy",
                        full_name="تغییر مدیر",
                    )
                    outcome["changed"] += 1
            except WorkflowError as exc:
                outcome[exc.code] += 1
    finally:
        close_database()
        queue.put(dict(outcome))


def test_an_administrators_change_during_sign_in_is_never_undone(db_url: str) -> None:
    """R-3.5: 40 accounts signing in while the administrator turns them off: 0 undone."""
    names = [f"u{i:02d}" for i in range(RACES)]
    _prepare(db_url, names)
    reports = _spawn(_racer, db_url, PROCESSES, names)
    total = sum((collections.Counter(r) for r in reports), collections.Counter())
    assert total["changed"] == RACES  # every change was made …
    assert total["signed_in"] + total["SIGN_IN_FAILED"] == RACES  # … and every sign-in tried
    open_database(db_url)
    try:
        users = list(m.User.select().where(m.User.username.in_(names)))
        undone = [
            u.username
            for u in users
            if u.active or u.role != "finance_deputy" or u.full_name != "تغییر مدیر"
        ]
        assert undone == []  # … and none of them undone by a sign-in
    finally:
        close_database()


# --- 8 desks guessing one password -----------------------------------------------------------------


def _guesser(url: str, barrier: Any, number: int, queue: Any) -> None:
    open_database(url)
    outcome: collections.Counter = collections.Counter()
    try:
        barrier.wait()
        for guess in range(GUESSES_EACH):
            try:
                sign_in("target", f"wrong guess {number}-{guess}", _clock())
                outcome["signed_in"] += 1
            except WorkflowError as exc:
                outcome[exc.code] += 1
    finally:
        close_database()
        queue.put(dict(outcome))


def test_eight_desks_guessing_together_get_exactly_five_guesses_checked(db_url: str) -> None:
    _prepare(db_url, ["target"])
    reports = _spawn(_guesser, db_url, PROCESSES)
    total = sum((collections.Counter(r) for r in reports), collections.Counter())
    guesses = PROCESSES * GUESSES_EACH
    assert total == {"SIGN_IN_FAILED": MAX_FAILURES, "ACCOUNT_LOCKED": guesses - MAX_FAILURES}
    open_database(db_url)
    try:
        decisions = collections.Counter(
            e.decision for e in m.AuditEvent.select().where(m.AuditEvent.action == "sign_in")
        )
        # checked against the hash: the wrong ones, the last of which locked the account
        assert decisions["wrong_password"] + decisions["locked"] == MAX_FAILURES
        assert decisions["locked"] == 1
        assert decisions["locked_out"] == guesses - MAX_FAILURES  # refused unchecked
        target = m.User.get(m.User.username == "target")
        assert target.locked_until is not None and target.failed_logins == MAX_FAILURES
        # the right password, while locked, is refused too
        try:
            sign_in("target", PASSWORD, _clock())
        except WorkflowError as exc:
            assert exc.code == "ACCOUNT_LOCKED"
        else:
            raise AssertionError("signed in while locked")
    finally:
        close_database()
