"""Booking notices name where to go and whom to call: the semansara's address and phone and HQ's
service desk (settings); a notice whose booking has passed is «منقضی» in verify. Both databases."""

from __future__ import annotations

import pytest

from app.documents import printing, texts
from app.workflow import paper_issue, policy
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World


@pytest.fixture
def world(database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> World:  # noqa: ANN001
    monkeypatch.setitem(policy.LETTERHEAD, "phone", "021-88001234")
    monkeypatch.setitem(policy.LETTERHEAD, "address", "خیابان بهشت، ساختمان ستاد")
    w = World(clock)
    w.do(
        "admin",
        "update_semansara",
        code="S1",
        phone="021-66554433",
        address="خیابان آزادی، کوچهٔ ۱۲",
    )
    rw.name_users(w)
    rw.register(w, "N1")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    rw.book(w, "B1", "C1", "zal_notified", date="1405/01/20", start="10:00", end="12:00")
    return w


@pytest.mark.parametrize("recipient", ["ngo", "manager"])
def test_a_notice_names_the_semansara_and_the_desk(world: World, recipient: str) -> None:
    text = printing.build(f"notice-{recipient}", "B1").content()
    assert "خیابان آزادی، کوچهٔ ۱۲" in text
    assert f"{texts.FIELD_SEMANSARA_PHONE}\t\u202a021-66554433\u202c" in text
    assert f"{texts.FIELD_DESK_CONTACT}\tتلفن \u202a021-88001234\u202c، نشانی: خیابان بهشت" in text


def test_a_passed_booking_makes_its_notice_lapse(world: World) -> None:
    notice = printing.issue_pdf("notice-ngo", "B1", "desk", world.clock).record
    assert paper_issue.verify(notice.code, clock=world.clock)["valid"]
    world.at("1405/01/20 11:59")  # not yet over
    assert paper_issue.verify(notice.code, clock=world.clock)["valid"]
    world.at("1405/01/20 12:00")
    answer = paper_issue.verify(notice.code, clock=world.clock)
    assert answer["status"] == "lapsed" and answer["status_name"] == "منقضی"
    assert not answer["valid"] and "گذشته" in answer["reason"]
