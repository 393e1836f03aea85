"""Two semansaras, each with its manager, an NGO and a running contract: what the read side
gives HQ, and what it gives a manager (their semansara's records only)."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import models as m
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do(
        "admin",
        "add_semansara",
        code="S2",
        district=7,
        name="سمن‌سرای منطقه ۷",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=2,
    )
    w.do("admin", "add_user", username="mgr2", role="semansara_manager", semansara="S2")
    for code, house, ref, contract in (("N1", "S1", "R1", "C1"), ("N2", "S2", "R2", "C2")):
        w.ngo(code)
        w.contract(ref, code, contract, semansara=house)
    return w


def user(username: str) -> Any:
    return m.User.get(m.User.username == username)


@pytest.fixture
def desk(world: World) -> Any:
    return user("desk")


@pytest.fixture
def mgr1(world: World) -> Any:
    return user("mgr1")
