"""The people the window names: full names, an account by its name as typed, and who is at
the desk before anyone signs in."""

from __future__ import annotations

from app.workflow.read import users
from tests.factories import World


def test_names_and_accounts(world: World) -> None:
    world.do("admin", "update_user", username="desk", full_name="مریم احمدی")
    names = users.full_names()
    assert names["desk"] == "مریم احمدی" and names["deputy"] == "deputy"  # no name kept
    found = users.user_by_username("DESK")  # compared case folded
    assert found is not None and found.username == "desk"
    world.do("admin", "update_user", username="fin", active=False)
    assert users.user_by_username("fin") is None  # an account turned off is nobody


def test_before_anyone_signs_in_the_desk_expert_is_at_the_desk(world: World) -> None:
    assert users.default_user().username == "desk"
    world.do("admin", "update_user", username="desk", active=False)
    assert users.default_user().username == "admin"
    assert users.is_demo() is False
