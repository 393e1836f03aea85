"""A desk that works until it is killed: the child process of the SIGKILL test.

python -m tests.kill_child URL SEED CALLS

After its first round of work the child kills itself (SIGKILL, as a kill from outside: no
clean-up runs) just before its CALLS-th database call from then on (a statement or a commit),
so that the test chooses the moment by a seeded number, not by the clock.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys

import peewee as pw

from app.db.database import open_database
from app.workflow import jalali
from app.workflow.api import WorkflowError
from app.workflow.clock import FixedClock
from tests.factories import World


def die_before_call(database: pw.Database, calls: int) -> None:
    """SIGKILL this process just before its `calls`-th database call from now."""
    counted = itertools.count(1)

    def deadly(call):  # noqa: ANN001, ANN202
        def checked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if next(counted) == calls:
                os.kill(os.getpid(), signal.SIGKILL)
            return call(*args, **kwargs)

        return checked

    database.execute_sql = deadly(database.execute_sql)
    database.commit = deadly(database.commit)


def main(url: str, seed: str, calls: str) -> None:
    database = open_database(url)
    world = World.__new__(World)  # the world exists already: act in it
    world.clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    for n in itertools.count():
        code = f"K{seed}-{n}"
        try:
            world.ngo(code)
            world.request_to(f"R{code}", code, "pe_referred")
            world.do("deputy", "check_capacity", ref=f"R{code}")
            world.do(
                "desk",
                "request_booking",
                ref=f"B{code}",
                contract="C1",
                service="hall",
                date="1405/02/01",
                start=f"{8 + n % 9:02d}:00",
                end=f"{9 + n % 9:02d}:00",
                people=10,
            )
            world.do("desk", "cancel_booking", ref=f"B{code}", reason="آزمون")
        except WorkflowError:
            pass
        print(n, flush=True)
        if n == 0:
            die_before_call(database, int(calls))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
