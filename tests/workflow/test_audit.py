"""R-3.5: every step's actor, time and decision kept, in a chain a later edit cannot hide."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.db.database import db
from app.workflow import audit
from app.workflow.errors import WorkflowError
from tests.factories import World, audit_unguarded


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def test_each_action_writes_one_event_with_actor_role_time_step(world: World) -> None:
    world.ngo("N1")
    before = m.AuditEvent.select().count()
    world.at("1405/01/11 10:30").do(
        "desk", "submit_request", ref="R1", ngo="N1", semansara="S1", channel="portal"
    )
    events = list(m.AuditEvent.select().where(m.AuditEvent.id > before))
    assert len(events) == 1
    event = events[0]
    assert (event.actor, event.role, event.action) == ("desk", "desk_expert", "submit_request")
    assert event.at == world.clock.now()
    assert (event.step, event.object_ref, event.after_state) == ("الف", "R1", "alef_registered")
    world.do("desk", "review_request", ref="R1", decision="reject", reason="مدارک ناقص است")
    last = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).get()
    assert (last.step, last.decision, last.reason) == ("ب", "reject", "مدارک ناقص است")
    assert (last.before_state, last.after_state) == ("alef_registered", "be_rejected")


def test_refused_action_writes_nothing(world: World) -> None:
    before = m.AuditEvent.select().count()
    with pytest.raises(WorkflowError) as refused:
        world.do("deputy", "register_ngo", code="X", name="x")
    assert refused.value.code == "FORBIDDEN_ROLE"
    assert m.AuditEvent.select().count() == before


def test_chain_verifies_and_names_the_first_tampered_event(world: World) -> None:
    world.ngo("N1")
    world.request_to("R1", "N1", "pe_referred")
    assert audit.verify_chain().ok
    target = m.AuditEvent.select().order_by(m.AuditEvent.id).offset(3).first()
    with audit_unguarded():
        m.AuditEvent.update(reason="دستکاری").where(m.AuditEvent.id == target.id).execute()
    report = audit.verify_chain()
    assert not report.ok and report.broken_at == target.id


def test_deleted_event_breaks_the_chain(world: World) -> None:
    world.ngo("N1")
    world.request_to("R1", "N1", "be_reviewed")
    victim = m.AuditEvent.select().order_by(m.AuditEvent.id).offset(2).first()
    with audit_unguarded():
        m.AuditRow.delete().where(m.AuditRow.event == victim.id).execute()
        m.AuditEvent.delete().where(m.AuditEvent.id == victim.id).execute()
    report = audit.verify_chain()
    assert not report.ok and report.broken_at == victim.id + 1


def test_failing_audit_write_rolls_the_step_back(world: World, monkeypatch) -> None:  # noqa: ANN001
    world.ngo("N1")
    world.do("desk", "submit_request", ref="R1", ngo="N1", semansara="S1", channel="portal")

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        world.do("desk", "review_request", ref="R1", decision="accept")
    assert m.Request.get(m.Request.ref == "R1").state == "alef_registered"
    monkeypatch.undo()
    assert audit.verify_chain().ok
    assert db.obj is not None
