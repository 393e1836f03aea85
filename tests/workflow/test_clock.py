"""The injectable clocks: every moment is aware, in Tehran, whatever the desk's own zone; on
PostgreSQL the office's clock is the server's."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.database import close_database, open_database
from app.timezone import TEHRAN
from app.workflow.clock import Clock, FixedClock, SystemClock

AT = datetime.datetime(2026, 3, 30, 9, 0, tzinfo=TEHRAN)
ROOT = Path(__file__).resolve().parents[2]


def test_fixed_clock_returns_the_set_time() -> None:
    clock = FixedClock(AT)
    assert clock.now() == AT and clock.now().tzinfo is TEHRAN
    assert clock.today() == datetime.date(2026, 3, 30)


def test_fixed_clock_reads_a_naive_moment_as_tehran_and_converts_an_aware_one() -> None:
    assert FixedClock(AT.replace(tzinfo=None)).now() == AT
    utc = FixedClock(datetime.datetime(2026, 3, 30, 5, 30, tzinfo=datetime.UTC)).now()
    assert utc == AT and (utc.hour, utc.minute, utc.tzinfo) == (9, 0, TEHRAN)


def test_fixed_clock_set_and_advance() -> None:
    clock = FixedClock(AT)
    clock.advance(datetime.timedelta(hours=15))
    assert clock.now() == datetime.datetime(2026, 3, 31, 0, 0, tzinfo=TEHRAN)
    assert clock.today() == datetime.date(2026, 3, 31)
    clock.advance(datetime.timedelta(days=-2))
    assert clock.today() == datetime.date(2026, 3, 29)
    later = datetime.datetime(2027, 1, 1, 12, 30, tzinfo=TEHRAN)
    clock.set(later)
    assert clock.now() == later


def test_fixed_clock_is_a_clock() -> None:
    assert isinstance(FixedClock(AT), Clock)
    assert isinstance(SystemClock(), Clock)


def test_fixed_clock_refuses_dates() -> None:
    with pytest.raises(TypeError):
        FixedClock(datetime.date(2026, 3, 30))  # type: ignore[arg-type]


def test_system_clock_is_tehran_to_the_second() -> None:
    before = datetime.datetime.now(TEHRAN).replace(microsecond=0)
    now = SystemClock().now()
    after = datetime.datetime.now(TEHRAN)
    assert now.tzinfo is TEHRAN and now.microsecond == 0
    assert before <= now <= after


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Asia/Tokyo"])
def test_the_desk_zone_does_not_move_the_office_clock(zone: str) -> None:
    """A desk set to another zone still reads Tehran's time (here: its UTC offset)."""
    code = (
        "from app.workflow.clock import SystemClock; "
        "now = SystemClock().now(); print(now.utcoffset().total_seconds(), now.tzname())"
    )
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    assert float(out[0]) == 3.5 * 3600


def test_on_postgresql_the_office_clock_is_the_server_s(database) -> None:  # noqa: ANN001
    """Two desks whose own clocks disagree read one clock: the server's (inside a transaction,
    the moment it began, for the whole service call)."""
    from app.db.database import db, is_postgres

    if not is_postgres():
        now = SystemClock().now()
        assert abs((datetime.datetime.now(TEHRAN) - now).total_seconds()) < 2
        return
    with db.atomic():
        server = db.execute_sql("SELECT now()").fetchone()[0]
        assert SystemClock().now() == server.astimezone(TEHRAN).replace(microsecond=0)
        assert SystemClock().now().tzinfo is TEHRAN


def test_moments_come_back_from_the_database_aware_in_tehran(db_url: str) -> None:
    from app.db import models as m
    from app.workflow.bootstrap import initialise

    database = open_database(db_url)
    try:
        initialise(database, AT, starter_users=False)
        back = m.PolicyVersion.get(m.PolicyVersion.number == 1).created_at
        assert back == AT and back.tzinfo is TEHRAN
        utc = datetime.datetime(2026, 3, 30, 5, 30, tzinfo=datetime.UTC)
        assert m.PolicyVersion.select().where(m.PolicyVersion.created_at == utc).count() == 1
    finally:
        close_database()


def test_base_clock_has_no_time() -> None:
    with pytest.raises(NotImplementedError):
        Clock().now()
