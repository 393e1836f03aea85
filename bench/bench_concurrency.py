"""Several desks at once, longer than the test: attempts, refusals, retries and violations.

    python bench/bench_concurrency.py --processes 8 --attempts 200
Runs on a new SQLite file and on a new PostgreSQL schema (SEMANSARA_TEST_PG or the local server).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import stress  # noqa: E402
from tests.conftest import _pg_schema_url  # noqa: E402


def one(name: str, url: str, processes: int, attempts: int) -> None:
    stress.prepare(url)
    start = time.perf_counter()
    outcome = stress.run_desks(url, processes, attempts)
    seconds = time.perf_counter() - start
    bad = stress.violations(url)
    refused = {
        k: v
        for k, v in outcome.items()
        if k not in ("attempts", "booked", "place_given", "still_waiting", "retries")
    }
    print(
        f"{name}: {outcome['attempts']} attempts by {processes} processes in {seconds:.1f} s; "
        f"booked {outcome.get('booked', 0)}, places given {outcome.get('place_given', 0)}, "
        f"refused {refused}, retries {outcome.get('retries', 0)}, violations {bad}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--attempts", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one("SQLite", str(Path(tmp) / "stress.sqlite"), args.processes, args.attempts)
    for url in _pg_schema_url():
        one("PostgreSQL", url, args.processes, args.attempts)


if __name__ == "__main__":
    main()
