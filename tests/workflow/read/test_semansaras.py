"""The semansaras' reads: the list with its places and staff shortfall (the workflow's own
rules), one semansara with its rooms, staff and queue, and a manager's only theirs."""

from __future__ import annotations

from app.workflow.read import semansaras
from tests.factories import World


def test_the_list_gives_places_and_the_staff_shortfall(world: World, desk) -> None:  # noqa: ANN001
    rows = semansaras.rows(world.clock.today(), who=desk)
    assert [r.code for r in rows] == ["S1", "S2"]
    s1 = rows[0]
    assert (s1.places.contracts, s1.places.free) == (1, 1)
    assert s1.staff_short  # no staff yet: short of the policy's minimum
    world.do("admin", "add_staff", semansara="S1", name="علی رضایی", kind="admin")
    after = semansaras.row("S1", world.clock.today(), who=desk)
    assert after is not None and after.staff_short != s1.staff_short


def test_one_semansara_its_rooms_staff_and_queue(world: World, desk) -> None:  # noqa: ANN001
    world.ngo("N3")
    world.do("desk", "submit_request", ref="R3", ngo="N3", semansara="S1", channel="portal")
    house = semansaras.semansara("S1", who=desk)
    assert house is not None and house.meeting_rooms == 1 and house.opens == "08:00"
    assert sorted(r.kind for r in semansaras.rooms("S1", who=desk)) == [
        "hall",
        "meeting_room",
        "workshop_room",
    ]
    world.do("admin", "add_staff", semansara="S1", name="علی رضایی", kind="admin")
    assert [s.name for s in semansaras.staff("S1", who=desk)] == ["علی رضایی"]
    (entry,) = semansaras.queue("S1", who=desk)
    assert (entry.position, entry.ref) == (1, "R3")
    assert ("S1", "سمن‌سرای منطقه ۶") in semansaras.choices()


def test_a_manager_reads_only_their_semansara(world: World, mgr1) -> None:  # noqa: ANN001
    assert [r.code for r in semansaras.rows(world.clock.today(), who=mgr1)] == ["S1"]
    assert semansaras.semansara("S2", who=mgr1) is None
    assert semansaras.row("S2", world.clock.today(), who=mgr1) is None
    assert semansaras.rooms("S2", who=mgr1) == [] and semansaras.queue("S2", who=mgr1) == []
    assert [code for code, _ in semansaras.choices(mgr1)] == ["S1"]
    own = semansaras.own(mgr1)
    assert own is not None and own.code == "S1"
