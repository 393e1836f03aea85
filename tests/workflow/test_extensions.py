"""R-5.5: one extension at a time, in the contract's current term; each term's end counted from
the contract's first day; R-3.7: the extension's channel is recorded."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import errors, jalali
from app.workflow.contracts import term_ends
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _refused(world: World, user: str, action: str, **args: object) -> errors.WorkflowError:
    with pytest.raises(errors.WorkflowError) as refused:
        world.do(user, action, **args)
    return refused.value


def _contract(ref: str = "C1") -> m.Contract:
    return m.Contract.get(m.Contract.ref == ref)


def test_terms_are_counted_from_the_first_day_not_from_the_last_clamped_end(world: World) -> None:
    """R-5.5: from 1405/06/31 (1405 is not leap) the first term ends (exclusive) on the clamped
    1405/12/29, and the second on 1406/06/31, not six months after 1405/12/29 (1406/06/29)."""
    world.ngo("N1")
    world.at("1405/06/25 10:00").request_to("R1", "N1", "se_invited")
    out = world.sign("R1", "C1", starts="1405/06/31")
    assert out["ends"] == "1405/12/29"
    world.at("1405/11/01 09:00").do("desk", "request_extension", contract="C1", ref="E1")
    out = world.do("deputy", "decide_extension", ref="E1", decision="accept")
    assert out["ends"] == "1406/06/31"
    assert [jalali.format_date_latin(d) for d in term_ends(_contract())] == [
        "1405/12/29",
        "1406/06/31",
    ]


def test_a_policy_that_changes_the_lease_months_between_terms_is_summed(world: World) -> None:
    """R-5.5: a first term of 6 months and, after a new policy version, an extension of 12:
    the contract ends 18 months after its first day."""
    world.ngo("N1")
    world.contract("R1", "N1", "C1")  # 1405/01/10 – 1405/07/10
    world.do(
        "admin",
        "add_policy_version",
        effective="1405/05/01",
        changes={"lease_months": 12},
        reason="قراردادهای یک‌ساله",
    )
    world.at("1405/05/20 09:00").do("desk", "request_extension", contract="C1", ref="E1")
    out = world.do("deputy", "decide_extension", ref="E1", decision="accept")
    assert out["ends"] == "1406/07/10"
    assert [jalali.format_date_latin(d) for d in term_ends(_contract())] == [
        "1405/07/10",
        "1406/07/10",
    ]


def test_one_extension_at_a_time(world: World) -> None:
    """R-5.5: not before the contract begins; not while one is pending; not while an accepted
    one has not begun; then again in the new term."""
    world.ngo("N1")
    world.request_to("R1", "N1", "se_invited")
    world.sign("R1", "C1", starts="1405/01/20")
    early = _refused(world, "desk", "request_extension", contract="C1", ref="E1")
    assert (early.code, early.rule) == (errors.EXTENSION_PENDING, "R-5.5")
    world.at("1405/06/01 09:00").do("desk", "request_extension", contract="C1", ref="E1")
    pending = _refused(world, "desk", "request_extension", contract="C1", ref="E2")
    assert (pending.code, pending.rule) == (errors.EXTENSION_PENDING, "R-5.5")
    assert "E1" in pending.message_fa
    world.do("deputy", "decide_extension", ref="E1", decision="accept")  # to 1406/01/20
    not_begun = _refused(world, "desk", "request_extension", contract="C1", ref="E2")
    assert not_begun.code == errors.EXTENSION_PENDING and "۱۴۰۵/۰۷/۲۰" in not_begun.message_fa
    assert not m.Extension.select().where(m.Extension.ref == "E2").exists()
    world.at("1405/07/20 09:00").do("desk", "request_extension", contract="C1", ref="E2")
    assert m.Extension.get(m.Extension.ref == "E2").state == "requested"


def test_a_rejected_extension_does_not_block_the_next(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.at("1405/05/01 09:00").do("desk", "request_extension", contract="C1", ref="E1")
    world.do("deputy", "decide_extension", ref="E1", decision="reject", reason="نقص مدارک")
    world.do("desk", "request_extension", contract="C1", ref="E2")
    assert m.Extension.get(m.Extension.ref == "E2").state == "requested"


def test_the_channel_of_an_extension_request_is_recorded(world: World) -> None:
    """R-3.7: in person (the default) or on the panel; not by phone."""
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.at("1405/05/01 09:00")
    phone = _refused(world, "desk", "request_extension", contract="C1", ref="E1", channel="phone")
    assert (phone.code, phone.field) == (errors.INVALID_INPUT, "channel")
    world.do("desk", "request_extension", contract="C1", ref="E1", channel="portal")
    assert m.Extension.get(m.Extension.ref == "E1").channel == "portal"
    world.do("deputy", "decide_extension", ref="E1", decision="reject", reason="نقص مدارک")
    world.do("desk", "request_extension", contract="C1", ref="E2")
    assert m.Extension.get(m.Extension.ref == "E2").channel == "in_person"
