"""The read side of the sign-in, the settings page and the notices panel (`app.workflow.read`:
accounts, settings, notices), on SQLite and PostgreSQL: frozen rows, never model rows."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from app.workflow.read import accounts, notices, settings
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def test_active_account_by_the_name_as_typed_and_not_when_turned_off(world: World) -> None:
    assert accounts.active_account("DESK").username == "desk"  # case folded
    assert accounts.active_account("ghost") is None
    world.do("admin", "update_user", username="desk", active=False)
    assert accounts.active_account("desk") is None


def test_default_account_is_the_first_desk_expert(world: World) -> None:
    assert accounts.default_account().username == "desk"
    world.do("admin", "update_user", username="desk", active=False)
    assert accounts.default_account().username == "admin"


def test_users_are_frozen_rows_with_the_manager_s_semansara(world: World) -> None:
    rows = {row.username: row for row in accounts.users()}
    manager = rows["mgr1"]
    assert (manager.role, manager.semansara_code, manager.semansara) == (
        "semansara_manager",
        "S1",
        "سمن‌سرای منطقه ۶",
    )
    assert rows["desk"].semansara == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        manager.role = "admin"  # type: ignore[misc]
    assert accounts.full_names()["mgr1"]  # a name, or the username when none is kept
    assert accounts.semansara_choices() == [("S1", "سمن‌سرای منطقه ۶")]
    assert accounts.needs_administrator()  # nobody gave `admin` a password in this world
    assert not accounts.is_demo()


def test_policy_versions_and_inflation_rows(world: World) -> None:
    [version] = settings.policy_versions()
    assert version.number == 1 == settings.version_in_force(world.clock.today())
    assert settings.latest_values() == version.values
    world.do("fin", "set_inflation", year=1404, rate="0.35")
    rows = {row.year: row for row in settings.inflation_rows(world.clock.today())}
    assert rows[1404].rate == Decimal("0.35")
    assert rows[1404].entered_by == "fin"
    assert rows[1405].rate is None
    assert rows[1405].amount_due > rows[1404].amount_due  # 1404's rate raised 1405's amount


def test_a_booking_s_notices(world: World) -> None:
    world.ngo("N1", email="ngo@example.org")
    world.contract("R1", "N1", "C1")
    world.do(
        "desk",
        "request_booking",
        contract="C1",
        service="meeting_room",
        ref="B1",
        date="1405/01/15",
        start="10:00",
        end="12:00",
        people=6,
    )
    assert notices.booking("B1") == notices.NoticeBooking("B1", "khe_requested")
    assert notices.deliveries("B1") == []  # none until step ذ
    world.do("desk", "schedule_booking", ref="B1")
    world.do("desk", "notify_booking", ref="B1")
    assert notices.live(notices.booking("B1").state)
    assert {row["recipient"] for row in notices.deliveries("B1")} >= {"ngo", "manager"}
    world.do("desk", "cancel_booking", ref="B1", reason="سمن انصراف داد")
    assert not notices.live(notices.booking("B1").state)
    assert notices.booking("B9") is None
