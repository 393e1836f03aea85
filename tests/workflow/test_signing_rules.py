"""What signing (ج) and the letters (چ, ح) wait for: every year's inflation rate (R-6.4), the
NGO's chief executive and representative on record (R-6.5), the note with finance (R-6.1); and
what a request may ask for at الف and ب (R-4.3), and how (R-3.7)."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import errors
from app.workflow.worklists import worklist
from tests.factories import World, a_national_code, due_today


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _refused(world: World, user: str, action: str, **args: object) -> errors.WorkflowError:
    with pytest.raises(errors.WorkflowError) as refused:
        world.do(user, action, **args)
    return refused.value


def _sign(world: World, ref: str = "R1") -> dict:
    return world.do(
        "deputy",
        "sign_contract",
        ref=ref,
        contract="C1",
        note_serial="SF-1",
        note_amount=due_today(world.clock.today()),
    )


def _inflation_items(world: World) -> list[str]:
    finance = m.User.get(m.User.username == "fin")
    return [i.ref for i in worklist(finance, world.clock.today()) if i.kind == "set_inflation"]


def test_signing_waits_for_every_years_rate_and_finance_is_told_which(world: World) -> None:
    """R-6.4: on 1405/01/10 the years 1399 … 1404 are needed; the refusal and finance's
    worklist name the missing ones."""
    world.ngo("N1")
    world.request_to("R1", "N1", "se_invited")
    assert _inflation_items(world) == [str(y) for y in range(1399, 1405)]
    for year in range(1399, 1403):
        world.do("fin", "set_inflation", year=year, rate="0.3")
    refusal = _refused(
        world,
        "deputy",
        "sign_contract",
        ref="R1",
        contract="C1",
        note_serial="SF-1",
        note_amount=10**12,
    )
    assert (refusal.code, refusal.rule) == (errors.INFLATION_MISSING, "R-6.4")
    assert "۱۴۰۳، ۱۴۰۴" in refusal.message_fa and "۱۴۰۲" not in refusal.message_fa
    assert _inflation_items(world) == ["1403", "1404"]
    assert not m.Contract.select().exists()
    for year in (1403, 1404):
        world.do("fin", "set_inflation", year=year, rate="0.3")
    assert _inflation_items(world) == []
    assert _sign(world)["state"] == "jim_contracted"


@pytest.mark.parametrize(
    ("missing", "field"),
    [
        ({"chief": ""}, "chief"),
        ({"chief_national_code": ""}, "chief_national_code"),
        ({"representative": ""}, "representative"),
        ({"representative_national_code": ""}, "representative_national_code"),
    ],
)
def test_a_contract_names_its_chief_executive_and_representative(
    world: World, missing: dict, field: str
) -> None:
    """R-6.5: each a name and a valid national code; the refusal names what is missing."""
    world.ngo("N1", **missing)
    world.request_to("R1", "N1", "se_invited")
    refusal = _refused(
        world,
        "deputy",
        "sign_contract",
        ref="R1",
        contract="C1",
        note_serial="SF-1",
        note_amount=10**12,
    )
    assert (refusal.code, refusal.rule, refusal.field) == (errors.NOT_ELIGIBLE, "R-6.5", field)
    world.do(
        "desk",
        "update_ngo",
        code="N1",
        **{field: "مریم احمدی" if field in ("chief", "representative") else a_national_code()},
    )
    assert world.sign("R1", "C1")["state"] == "jim_contracted"


def _letters_due(world: World) -> list[str]:
    deputy = m.User.get(m.User.username == "deputy")
    return [i.ref for i in worklist(deputy, world.clock.today()) if i.kind == "deliver_letter"]


def test_the_letters_wait_until_finance_has_the_note(world: World) -> None:
    """R-6.1: the note is in finance's name (custody_by) before a letter can go; until then the
    deputy's worklist does not ask for it."""
    world.ngo("N1")
    world.request_to("R1", "N1", "se_invited")
    world.sign("R1", "C1")
    refusal = _refused(world, "deputy", "deliver_letter", contract="C1", to="representative")
    assert (refusal.code, refusal.rule) == (errors.NOTE_NOT_RECEIVED, "R-6.1")
    assert m.Request.get(m.Request.ref == "R1").state == "jim_contracted"
    assert _letters_due(world) == []
    out = world.do("fin", "take_note_custody", contract="C1")
    assert _letters_due(world) == ["R1"]
    assert out["custody_by"] == "fin"
    note = m.PromissoryNote.get()
    assert (note.state, note.custody_by) == ("in_custody", "fin") and note.custody_at
    out = world.do("deputy", "deliver_letter", contract="C1", to="representative")
    assert out["state"] == "che_letter_to_representative"


def test_a_request_asks_only_for_what_its_level_offers(world: World) -> None:
    """R-4.3: refused at الف when the level is known, and at ب once it is."""
    world.ngo("N2")
    refusal = _refused(
        world,
        "desk",
        "submit_request",
        ref="R1",
        ngo="N2",
        semansara="S1",
        channel="portal",
        services=["meeting_room", "desk"],
    )
    assert (refusal.code, refusal.rule, refusal.field) == (
        errors.SERVICE_NOT_IN_LEVEL,
        "R-4.3",
        "services",
    )
    assert "میز فعالیت سمن" in refusal.message_fa and "اتاق جلسات" not in refusal.message_fa
    assert not m.Request.select().exists()
    world.ngo("NU", level=None)
    world.do(
        "desk",
        "submit_request",
        ref="R2",
        ngo="NU",
        semansara="S1",
        channel="portal",
        services=["desk"],
    )
    world.do("emp", "assess_level", ngo="NU")  # level 2
    refusal = _refused(world, "desk", "review_request", ref="R2", decision="accept")
    assert refusal.code == errors.SERVICE_NOT_IN_LEVEL
    assert m.Request.get(m.Request.ref == "R2").state == "alef_registered"


@pytest.mark.parametrize(
    ("action", "channel"), [("submit_request", "phone"), ("request_booking", "in_person")]
)
def test_channels_of_each_step(world: World, action: str, channel: str) -> None:
    """R-3.7: الف in person or on the panel; خ by phone or on the panel."""
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.ngo("N2")
    args = (
        {"ref": "R2", "ngo": "N2", "semansara": "S1"}
        if action == "submit_request"
        else {
            "ref": "B1",
            "contract": "C1",
            "service": "meeting_room",
            "date": "1405/01/20",
            "start": "10:00",
            "end": "11:00",
            "people": 3,
        }
    )
    refusal = _refused(world, "desk", action, channel=channel, **args)
    assert (refusal.code, refusal.field) == (errors.INVALID_INPUT, "channel")
    assert world.do("desk", action, channel="portal", **args)["ref"] == args["ref"]
