"""R-3.3: an open request without a place changes semansara instead of being withdrawn and
entered again; it keeps its registration time, so it joins the new queue where that time puts
it, and the change is an audit event. The new-request form's list of semansaras: free places,
queue length, the nearest with room first."""

from __future__ import annotations

import json

import pytest

from app.db import models as m
from app.workflow import capacity, errors
from app.workflow.read.capacity import choices, for_ngo, suggestion
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    world = World(clock)
    # S2 in another district, with one place; S3 in S1's district (6), with three.
    world.do(
        "admin",
        "add_semansara",
        code="S2",
        district=11,
        name="سمن‌سرای منطقه ۱۱",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=1,
    )
    world.do(
        "admin",
        "add_semansara",
        code="S3",
        district=6,
        name="سمن‌سرای دوم منطقه ۶",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=3,
    )
    return world


def _request(ref: str) -> m.Request:
    return m.Request.get(m.Request.ref == ref)


def _refused(world: World, code: str, rule: str, **args: object) -> errors.WorkflowError:
    before = m.AuditEvent.select().count()
    with pytest.raises(errors.WorkflowError) as refused:
        world.do("desk", "move_request", **args)
    assert (refused.value.code, refused.value.rule) == (code, rule)
    assert m.AuditEvent.select().count() == before  # a refusal writes nothing
    return refused.value


def test_a_moved_request_keeps_its_registration_time_in_the_new_queue(world: World) -> None:
    """R-3.3: R1, registered first in S1, moves to S2 where R2 (registered later) waits: R1
    goes ahead of R2, and the move is one audit event naming both semansaras."""
    world.ngo("N1")
    world.ngo("N2")
    world.ngo("N3")
    world.contract("R0", "N3", "C0", semansara="S2")  # S2's one place taken
    world.at("1405/01/10 09:00").request_to("R1", "N1", "pe_referred")
    world.at("1405/01/10 10:00").request_to("R2", "N2", "pe_referred", semansara="S2")
    assert world.do("deputy", "check_capacity", ref="R2")["state"] == "te_waitlisted"
    registered = _request("R1").registered_at

    world.at("1405/01/12 11:00")
    out = world.do("desk", "move_request", ref="R1", semansara="S2")

    assert out == {"ref": "R1", "state": "pe_referred", "semansara": "S2", "queue_position": 1}
    moved = _request("R1")
    assert (moved.semansara.code, moved.state, moved.registered_at) == (
        "S2",
        "pe_referred",
        registered,
    )
    assert [e.ref for e in capacity.queue(moved.semansara)] == ["R1", "R2"]
    assert capacity.queue(m.Semansara.get(m.Semansara.code == "S1")) == []
    event = (
        m.AuditEvent.select()
        .where((m.AuditEvent.action == "move_request") & (m.AuditEvent.object_ref == "R1"))
        .get()
    )
    assert (event.actor, event.decision, event.before_state, event.after_state) == (
        "desk",
        "moved",
        "pe_referred",
        "pe_referred",
    )
    data = json.loads(event.data)
    assert (data["from"], data["to"]) == ("S1", "S2")


def test_a_waitlisted_request_may_move_and_the_call_once_is_the_call_twice(world: World) -> None:
    world.ngo("N1")
    world.ngo("N2")
    world.ngo("N3")
    world.contract("R0", "N3", "C0", semansara="S2")
    world.request_to("R1", "N1", "pe_referred", semansara="S2")
    assert world.do("deputy", "check_capacity", ref="R1")["state"] == "te_waitlisted"
    for _ in range(2):
        out = world.do("desk", "move_request", ref="R1", semansara="S3", call_id="move-R1")
        assert out["semansara"] == "S3"
    assert (m.AuditEvent.select().where(m.AuditEvent.action == "move_request").count()) == 1
    # In S3, with room, the deputy's next check gives it a place.
    assert world.do("deputy", "check_capacity", ref="R1")["state"] == "te_capacity_ok"


def test_a_request_with_a_place_keeps_its_semansara(world: World) -> None:
    """R-3.3: a place is given in one semansara; moving would carry or drop it. Withdraw."""
    world.ngo("N1")
    world.request_to("R1", "N1", "te_capacity_ok")
    refused = _refused(world, errors.PLACE_HELD, "R-3.3", ref="R1", semansara="S3")
    assert "R1" in refused.message_fa and "سمن‌سرای منطقه ۶" in refused.message_fa
    assert "withdrawal" in refused.text("en")
    world.do("deputy", "invite", ref="R1", date="1405/01/15")
    _refused(world, errors.PLACE_HELD, "R-3.3", ref="R1", semansara="S3")
    assert _request("R1").semansara.code == "S1"


def test_a_closed_request_does_not_move(world: World) -> None:
    world.ngo("N1")
    world.ngo("N2")
    world.request_to("R1", "N1", "be_reviewed")
    world.do("desk", "withdraw_request", ref="R1", reason="سمن منصرف شد")
    _refused(world, errors.OUT_OF_ORDER, "R-3.1", ref="R1", semansara="S3")
    world.contract("R2", "N2", "C2")
    _refused(world, errors.OUT_OF_ORDER, "R-3.1", ref="R2", semansara="S3")
    assert _request("R1").semansara.code == _request("R2").semansara.code == "S1"


def test_the_same_semansara_an_unknown_one_and_the_wrong_role_are_refused(world: World) -> None:
    world.ngo("N1")
    world.request_to("R1", "N1", "alef_registered")
    same = _refused(world, errors.INVALID_INPUT, "R-3.3", ref="R1", semansara="S1")
    assert same.field == "semansara" and "«سمن‌سرا»" in same.message_fa
    _refused(world, errors.NOT_FOUND, "", ref="R1", semansara="S9")
    _refused(world, errors.NOT_FOUND, "", ref="R9", semansara="S3")
    with pytest.raises(errors.WorkflowError) as refused:
        world.do("deputy", "move_request", ref="R1", semansara="S3")
    assert refused.value.code == errors.FORBIDDEN_ROLE
    assert _request("R1").semansara.code == "S1"


def test_the_choices_list_free_places_and_queues_the_nearest_with_room_first(world: World) -> None:
    """S1 (district 6, two places) full with one waiting; S2 (district 11) has one place;
    S3 (district 6) three: for an NGO of district 6, S3 is suggested, then S2, then S1."""
    for code in ("N1", "N2", "N3"):
        world.ngo(code)
    world.ngo("N6", district=6)
    world.contract("R1", "N1", "C1")
    world.contract("R2", "N2", "C2")
    world.request_to("R3", "N3", "pe_referred")
    assert world.do("deputy", "check_capacity", ref="R3")["state"] == "te_waitlisted"
    ngo = m.Ngo.get(m.Ngo.code == "N6")

    listed = choices(world.clock.today(), ngo)

    assert [(c.code, c.free, c.waiting, c.room, c.same_district, c.suggested) for c in listed] == [
        ("S3", 3, 0, 3, True, True),
        ("S2", 1, 0, 1, False, False),
        ("S1", 0, 1, 0, True, False),
    ]
    assert suggestion(world.clock.today(), ngo).code == "S3"
    # Another district's NGO: still the one with room; the request's own semansara left out.
    assert [c.code for c in choices(world.clock.today(), None, exclude="S3")] == ["S2", "S1"]
    # The forms name the NGO by its code; an unknown one counts as none chosen.
    assert for_ngo(world.clock.today(), "N6") == listed
    assert for_ngo(world.clock.today(), "N6", exclude="S3")[0].same_district is False
    assert for_ngo(world.clock.today(), "NX") == choices(world.clock.today(), None)


def test_no_suggestion_when_nowhere_has_room_and_a_manager_sees_only_their_own(
    world: World,
) -> None:
    for code in ("N1", "N2", "N3", "N4", "N5", "N6"):
        world.ngo(code)
    world.contract("R1", "N1", "C1")
    world.contract("R2", "N2", "C2")
    world.contract("R3", "N3", "C3", semansara="S2")
    for ref, ngo in (("R4", "N4"), ("R5", "N5"), ("R6", "N6")):
        world.request_to(ref, ngo, "alef_registered", semansara="S3")  # three owed places
    today = world.clock.today()
    assert [c.room for c in choices(today)] == [0, 0, 0]
    assert suggestion(today) is None and not any(c.suggested for c in choices(today))
    manager = m.User.get(m.User.username == "mgr1")
    assert [c.code for c in choices(today, who=manager)] == ["S1"]
