"""A semansara manager sees only their semansara (R-3.4) on every path: `show`, documents and
their verification, delivery status, reports and the window's lists, searches and detail
look-ups. The attack: a manager could `show` another semansara's NGOs and contracts; now
another semansara's record is NOT_FOUND for them, as if it did not exist."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.documents import printing
from app.workflow import errors, paper_issue, reports
from app.workflow.errors import WorkflowError
from app.workflow.notifications import delivery_status
from app.workflow.read import contracts, home, ngos, notes, requests, semansaras
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
        w.ngo(
            code,
            chief="مریم احمدی",
            chief_national_code="0013542419",
            representative_national_code="0013542419",
        )
        w.contract(ref, code, contract, semansara=house)
    return w


def _refused(call) -> WorkflowError:  # noqa: ANN001
    with pytest.raises(WorkflowError) as refused:
        call()
    return refused.value


@pytest.mark.parametrize("args", [{"code": "N2"}, {"code": "S2"}, {"ref": "R2"}, {"ref": "C2"}])
def test_show_of_another_semansaras_record_is_not_found(world: World, args: dict) -> None:
    refused = _refused(lambda: world.do("mgr1", "show", **args))
    assert refused.code == errors.NOT_FOUND
    assert world.do("mgr2", "show", **args)["ref"]  # its own manager sees it
    assert world.do("desk", "show", **args)["ref"]  # and HQ sees everything


def test_own_records_are_shown_to_their_manager(world: World) -> None:
    assert world.do("mgr1", "show", ref="C1")["ref"] == "C1"
    assert world.do("mgr1", "show", code="N1")["ref"] == "N1"


def test_documents_of_another_semansara_are_not_found(world: World) -> None:
    for username in ("mgr1", "deputy", "fin"):  # a paper names who issues and signs it
        world.do("admin", "update_user", username=username, full_name=f"نام {username}")
    refused = _refused(lambda: printing.issue_pdf("contract", "C2", "mgr1", world.clock))
    assert refused.code == errors.NOT_FOUND
    paper = printing.issue_pdf("contract", "C2", "deputy", world.clock).record
    refused = _refused(
        lambda: paper_issue.verify(paper.code, who=m.User.get(m.User.username == "mgr1"))
    )
    assert refused.code == errors.NOT_FOUND
    assert paper_issue.verify(paper.code, who=m.User.get(m.User.username == "mgr2"))["valid"]


def test_delivery_status_of_another_semansaras_booking_is_not_found(world: World) -> None:
    world.do(
        "desk",
        "request_booking",
        ref="B2",
        contract="C2",
        service="meeting_room",
        date="1405/01/15",
        start="10:00",
        end="12:00",
        people=10,
        channel="phone",
    )
    mgr1 = m.User.get(m.User.username == "mgr1")
    assert _refused(lambda: delivery_status("B2", who=mgr1)).code == errors.NOT_FOUND
    assert delivery_status("B2", who=m.User.get(m.User.username == "mgr2")) == []


def test_reports_are_their_semansaras_only(world: World) -> None:
    report = reports.make(world.ctx("mgr1"), "notes_held")
    assert {row[0] for row in report.rows} == {"SF-C1"}
    refused = _refused(lambda: reports.make(world.ctx("mgr1"), "notes_held", semansara="S2"))
    assert refused.code == errors.FORBIDDEN_ROLE


def test_the_windows_lists_and_look_ups_are_their_semansaras_only(world: World) -> None:
    mgr1, desk = (m.User.get(m.User.username == u) for u in ("mgr1", "desk"))
    assert [r.code for r in ngos.page(who=mgr1)] == ["N1"]
    assert ngos.count("N2", who=mgr1) == 0 and ngos.count("N2", who=desk) == 1
    assert ngos.ngo("N2", who=mgr1) is None
    assert [r.ref for r in contracts.page(who=mgr1)] == ["C1"]
    assert contracts.contract("C2", who=mgr1) is None
    assert contracts.contract("C2", who=desk) is not None
    assert [r.ref for r in requests.page(requests.RequestFilter(), who=mgr1)] == ["R1"]
    assert requests.request("R2", who=mgr1) is None
    assert [r.contract_ref for r in notes.page(who=mgr1)] == ["C1"]
    assert [r.code for r in semansaras.rows(world.clock.today(), who=mgr1)] == ["S1"]
    assert semansaras.semansara("S2", who=mgr1) is None
    assert home.counts(mgr1)["running_contracts"] == 1
    assert home.counts(desk)["running_contracts"] == 2
