"""A desk that works until it is killed: the child process of the SIGKILL test.

python -m tests.kill_child URL SEED
"""

from __future__ import annotations

import itertools
import sys

from app.db.database import open_database
from app.workflow import jalali
from app.workflow.api import WorkflowError
from app.workflow.clock import FixedClock
from tests.factories import World


def main(url: str, seed: str) -> None:
    open_database(url)
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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
