"""An administrator changes a user's role, semansara or name, or turns the account off and on."""

from __future__ import annotations

import json

import pytest

from app.db import models as m
from app.workflow import errors
from app.workflow.accounts import MAX_FAILURES, sign_in
from app.workflow.errors import WorkflowError
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _refused(world: World, user: str, **args: object) -> WorkflowError:
    with pytest.raises(WorkflowError) as refused:
        world.do(user, "update_user", **args)
    return refused.value


def test_role_and_semansara_change_with_the_trail(world: World) -> None:
    out = world.do(
        "admin",
        "update_user",
        username="desk",
        role="semansara_manager",
        semansara="S1",
        full_name="زهرا احمدی",
    )
    assert out["changed"] == ["full_name", "role", "semansara"]
    user = m.User.get(m.User.username == "desk")
    assert (user.role, user.semansara.code, user.full_name) == (
        "semansara_manager",
        "S1",
        "زهرا احمدی",
    )
    event = m.AuditEvent.select().where(m.AuditEvent.action == "update_user").get()
    data = json.loads(event.data)
    assert data["before"] == {"role": "desk_expert", "semansara": "", "full_name": ""}
    assert data["after"]["semansara"] == "S1"
    # back to a headquarters role: the semansara goes with the manager's role
    world.do("admin", "update_user", username="desk", role="desk_expert")
    assert m.User.get(m.User.username == "desk").semansara is None
    assert world.do("admin", "update_user", username="desk", role="desk_expert")["changed"] == []


def test_turned_off_account_cannot_sign_in_and_turning_on_lifts_a_lockout(world: World) -> None:
    world.do("admin", "set_password", username="desk", password="one-time-1405")
    sign_in("desk", "one-time-1405", world.clock, new_password="correct horse")
    for _ in range(MAX_FAILURES):
        with pytest.raises(WorkflowError):
            sign_in("desk", "wrong password", world.clock)
    world.do("admin", "update_user", username="desk", active=False)
    with pytest.raises(WorkflowError) as off:
        sign_in("desk", "correct horse", world.clock)
    assert off.value.code == errors.SIGN_IN_FAILED
    world.do("admin", "update_user", username="desk", active=True)
    assert sign_in("desk", "correct horse", world.clock).username == "desk"
    assert m.User.select().where(m.User.username == "desk").count() == 1  # never deleted


def test_refusals_change_nothing(world: World) -> None:
    assert _refused(world, "desk", username="fin", active=False).code == errors.FORBIDDEN_ROLE
    assert _refused(world, "admin", username="nobody", active=False).code == errors.NOT_FOUND
    bad_role = _refused(world, "admin", username="desk", role="king")
    assert (bad_role.code, bad_role.field) == (errors.INVALID_INPUT, "role")
    no_house = _refused(world, "admin", username="desk", role="semansara_manager")
    assert (no_house.code, no_house.field) == (errors.INVALID_INPUT, "semansara")
    bad_flag = _refused(world, "admin", username="desk", active="شاید")
    assert (bad_flag.code, bad_flag.field) == (errors.INVALID_INPUT, "active")
    extra = _refused(world, "admin", username="desk", password="x")
    assert (extra.code, extra.field) == (errors.INVALID_INPUT, "password")
    assert m.User.get(m.User.username == "desk").role == "desk_expert"


def test_the_last_active_administrator_stays(world: World) -> None:
    alone = _refused(world, "admin", username="admin", active=False)
    assert (alone.code, alone.field) == (errors.INVALID_INPUT, "active")
    demoted = _refused(world, "admin", username="admin", role="desk_expert")
    assert (demoted.code, demoted.field) == (errors.INVALID_INPUT, "role")
    world.do("admin", "add_user", username="admin2", role="admin")
    world.do("admin", "update_user", username="admin", role="finance_deputy")
    assert m.User.get(m.User.username == "admin").role == "finance_deputy"
    assert _refused(world, "admin2", username="admin2", active=False).field == "active"


def test_e_mail_address_checked_and_kept(world: World) -> None:
    bad = _refused(world, "admin", username="mgr1", email="manager at example")
    assert (bad.code, bad.field) == (errors.INVALID_INPUT, "email")
    world.do("admin", "update_user", username="mgr1", email=" manager@s1.example.ir ")
    assert m.User.get(m.User.username == "mgr1").email == "manager@s1.example.ir"
    with pytest.raises(WorkflowError) as refused:
        world.do(
            "admin",
            "add_user",
            username="mgr2",
            role="semansara_manager",
            semansara="S1",
            email="mgr2@",
        )
    assert refused.value.field == "email"
    assert not m.User.select().where(m.User.username == "mgr2").exists()
