"""Demonstration benchmark: `semansara demo` on a new SQLite file, timed.

Prints the build's wall and CPU time, the number of workflow actions the story took (refusals
included) and what one action cost on average, and the counts of the data set (which must not
change with a speed-up: same seed, same day, same story).

    python bench/bench_demo.py                 # 300 NGOs, seed 1405, a file under /tmp
    python bench/bench_demo.py --ngos 60 --db /tmp/demo.sqlite
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import demo  # noqa: E402
from app.db.database import open_database  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import SystemClock  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ngos", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1405)
    parser.add_argument("--db", help="SQLite file to create (default: a new file under /tmp)")
    parser.add_argument("--counts", action="store_true", help="print the data set's counts")
    args = parser.parse_args()

    path = Path(args.db or tempfile.mkstemp(prefix="bench_demo_", suffix=".sqlite")[1])
    path.unlink(missing_ok=True)
    initialise(open_database(str(path)), SystemClock().now())

    actions = 0
    real_run = demo.run

    def counted(*a, **k):  # noqa: ANN002, ANN003, ANN202
        nonlocal actions
        actions += 1
        return real_run(*a, **k)

    demo.run = counted
    wall, cpu = time.perf_counter(), time.process_time()
    counts = demo.build_demo(ngos=args.ngos, seed=args.seed)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    demo.run = real_run

    print(f"demo ngos={args.ngos} seed={args.seed} sqlite={path}")
    print(f"wall {wall:.2f} s   cpu {cpu:.2f} s")
    print(
        f"actions {actions}   audit events {counts['audit_events']}   refusals {counts['refusals']}"
    )
    print(f"per action: wall {1000 * wall / actions:.2f} ms   cpu {1000 * cpu / actions:.2f} ms")
    if args.counts:
        print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
