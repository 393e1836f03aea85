"""R-8.1: a new policy version keeps the shape of the rule book, or is refused naming the value."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import errors, jalali
from app.workflow.policy import UNLIMITED, policy_on
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _add(world: World, changes: object) -> dict:
    return world.do(
        "admin", "add_policy_version", effective="1405/03/01", changes=changes, reason="مصوبهٔ شورا"
    )


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"lease_months": "شش"}, "lease_months"),
        ({"lease_months": 0}, "lease_months"),
        ({"note_base_amount": -5}, "note_base_amount"),
        ({"max_extensions": True}, "max_extensions"),
        ({"level_caps": {"5": {"hall": 10}}}, "level_caps.5"),
        ({"level_caps": {"2": {"sauna": 10}}}, "level_caps.2.sauna"),
        ({"level_caps": {"2": {"hall": -1}}}, "level_caps.2.hall"),
        ({"level_caps": {"2": 100}}, "level_caps.2"),
        ({"people_caps": {"hall": "چهل"}}, "people_caps.hall"),
        ({"people_caps": {"roof": 10}}, "people_caps.roof"),
        ({"people_caps": 40}, "people_caps"),
        ({"level_years": [5, 2]}, "level_years"),
        ({"level_years": [2, 5, 9]}, "level_years"),
        ({"licensing_bodies": []}, "licensing_bodies"),
        ({"licensing_bodies": ["وزارت کشور", ""]}, "licensing_bodies"),
        ({"level4_activity": {"window_years": "سه"}}, "level4_activity.window_years"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_by_name(world: World, changes, where) -> None:  # noqa: ANN001
    with pytest.raises(errors.WorkflowError) as refused:
        _add(world, changes)
    assert refused.value.code == errors.INVALID_INPUT
    assert refused.value.field == "changes" and refused.value.rule == "R-8.1"
    assert f"«{where}»" in refused.value.message_fa
    assert m.PolicyVersion.select().count() == 1  # nothing added


def test_nested_changes_of_the_right_shape_are_merged(world: World) -> None:
    _add(
        world,
        {
            "level_caps": {"2": {"hall": 30, "desk": 1}, "4": {"phone_secretary": UNLIMITED}},
            "level_years": [3, 6],
            "staff_minimum": {"service": 2},
        },
    )
    after = policy_on(jalali.parse_date("1405/03/01"))
    assert after.number == 2
    assert after.level_cap(2, "hall") == 30 and after.level_cap(2, "desk") == 1
    assert after.level_cap(2, "meeting_room") == 100  # unchanged values are kept
    assert after.level_cap(4, "phone_secretary") == UNLIMITED
    assert after["level_years"] == [3, 6]
    assert after["staff_minimum"] == {"service": 2, "admin": 1}


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"review_months": 10**12}, "review_months"),
        ({"review_months": 0}, "review_months"),
        ({"ending_soon_days": 5000}, "ending_soon_days"),
        ({"note_base_year": 99}, "note_base_year"),
        ({"people_caps": {"hall": 10**9}}, "people_caps.hall"),
        ({"level_caps": {"3": {"meeting_room": 9000}}}, "level_caps.3.meeting_room"),
        ({"level_caps": {"2": {"business_cards": 10**6}}}, "level_caps.2.business_cards"),
        ({"level3_activity": {"people": 10**7}}, "level3_activity.people"),
    ],
)
def test_r8_1_policy_values_have_bounds(world: World, changes: dict, where: str) -> None:
    with pytest.raises(errors.WorkflowError) as caught:
        _add(world, changes)
    assert caught.value.code == errors.INVALID_INPUT and caught.value.field == "changes"
    assert f"«{where}»" in caught.value.message_fa and "بین" in caught.value.message_fa
    assert m.PolicyVersion.select().count() == 1


def test_r8_1_every_number_of_the_policy_has_bounds() -> None:
    from app.workflow.policy import VERSION_1
    from app.workflow.policy_admin import _BOUNDS

    numeric = {key for key, value in VERSION_1.items() if not _all_text(value)}
    assert numeric == set(_BOUNDS)


def _all_text(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)
