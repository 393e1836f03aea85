"""Tests for the injectable clocks."""

import datetime

import pytest

from app.workflow.clock import Clock, FixedClock, SystemClock

AT = datetime.datetime(2026, 3, 30, 9, 0)


def test_fixed_clock_returns_the_set_time() -> None:
    clock = FixedClock(AT)
    assert clock.now() == AT
    assert clock.now() == AT
    assert clock.today() == datetime.date(2026, 3, 30)


def test_fixed_clock_set_and_advance() -> None:
    clock = FixedClock(AT)
    clock.advance(datetime.timedelta(hours=15))
    assert clock.now() == datetime.datetime(2026, 3, 31, 0, 0)
    assert clock.today() == datetime.date(2026, 3, 31)
    clock.advance(datetime.timedelta(days=-2))
    assert clock.today() == datetime.date(2026, 3, 29)
    later = datetime.datetime(2027, 1, 1, 12, 30)
    clock.set(later)
    assert clock.now() == later


def test_fixed_clock_is_a_clock() -> None:
    assert isinstance(FixedClock(AT), Clock)
    assert isinstance(SystemClock(), Clock)


def test_fixed_clock_refuses_dates_and_aware_datetimes() -> None:
    with pytest.raises(TypeError):
        FixedClock(datetime.date(2026, 3, 30))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        FixedClock(AT.replace(tzinfo=datetime.UTC))
    clock = FixedClock(AT)
    with pytest.raises(ValueError):
        clock.set(AT.replace(tzinfo=datetime.UTC))
    assert clock.now() == AT


def test_system_clock_is_naive_local_time_to_the_second() -> None:
    before = datetime.datetime.now().replace(microsecond=0)
    now = SystemClock().now()
    after = datetime.datetime.now()
    assert now.tzinfo is None
    assert now.microsecond == 0
    assert before <= now <= after
    assert SystemClock().today() in {before.date(), after.date()}


def test_base_clock_has_no_time() -> None:
    with pytest.raises(NotImplementedError):
        Clock().now()
