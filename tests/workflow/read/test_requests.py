"""The requests' reads: the filtered list newest first, one request with its NGO, semansara
and contract, its queue place, the steps open to a person (the workflow's `available`), the
roles that act next, its timeline, and a manager's only their semansara's."""

from __future__ import annotations

from app.workflow.read import requests
from app.workflow.read.requests import RequestFilter
from tests.factories import World


def test_the_list_is_newest_first_and_filtered(world: World, desk) -> None:  # noqa: ANN001
    world.ngo("N3")
    world.do("desk", "submit_request", ref="R3", ngo="N3", semansara="S1", channel="portal")
    everything = RequestFilter()
    assert [r.ref for r in requests.page(everything, who=desk)] == ["R3", "R2", "R1"]
    newest, *_ = requests.page(everything, limit=1, who=desk)
    assert [r.ref for r in requests.page(everything, newest.id, who=desk)] == ["R2", "R1"]
    assert requests.count(RequestFilter(states=("alef_registered",)), who=desk) == 1
    assert requests.count(RequestFilter(semansara="S2"), who=desk) == 1
    assert requests.count(RequestFilter(search="N3"), who=desk) == 1
    assert requests.list_row("R3", who=desk).ngo_code == "N3"


def test_one_request_with_its_contract_queue_and_timeline(world: World, desk) -> None:  # noqa: ANN001
    request = requests.request("R1", who=desk)
    assert request is not None and request.ngo.code == "N1" and request.semansara.code == "S1"
    contract = requests.contract_of("R1", who=desk)
    assert contract is not None and contract.ref == "C1" and contract.ngo.code == "N1"
    steps = [event.action for event in requests.timeline("R1", who=desk)]
    assert steps[0] == "submit_request" and "sign_contract" in steps
    assert "take_note_custody" in steps  # the note's events, under its contract
    world.ngo("N3")
    world.ngo("N4")
    for ref, ngo in (("R3", "N3"), ("R4", "N4")):
        world.do("desk", "submit_request", ref=ref, ngo=ngo, semansara="S1", channel="portal")
    assert requests.queue_position("R4", who=desk) == 2
    assert requests.queue_position("R1", who=desk) is None  # it has its place
    assert requests.contract_of("R3", who=desk) is None


def test_the_steps_open_now_are_the_workflows(world: World) -> None:
    world.ngo("N3")
    world.do("desk", "submit_request", ref="R3", ngo="N3", semansara="S1", channel="portal")
    mine = {p.action: p.allowed for p in requests.possibles(world.ctx("desk"), "R3")}
    assert mine["review_request"] is True
    assert requests.roles_to_act("R3", world.clock) == ["desk_expert"]
    world.do("desk", "review_request", ref="R3", decision="accept")
    world.do("desk", "refer_request", ref="R3")
    figures = requests.capacity_figures("R3", world.clock.today(), who=world.ctx("deputy"))
    assert figures is not None and (figures.free, figures.total, figures.ahead) == (1, 2, 0)


def test_a_manager_reads_only_their_semansaras_requests(world: World, mgr1) -> None:  # noqa: ANN001
    assert [r.ref for r in requests.page(RequestFilter(), who=mgr1)] == ["R1"]
    assert requests.request("R2", who=mgr1) is None
    assert requests.list_row("R2", who=mgr1) is None
    assert requests.contract_of("R2", who=mgr1) is None
    assert requests.timeline("R2", who=mgr1) == []
    assert requests.possibles(world.ctx("mgr1"), "R2") == []
