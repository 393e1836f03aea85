"""The demonstration data set (`semansara demo`): every state present, every rule kept, and
the same story for the same seed."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn

from app.db import models as m
from app.db.database import db, open_database
from app.demo import build_demo
from app.workflow import capacity, jalali, quotas, registry
from app.workflow.api import Context, run
from app.workflow.audit import verify_chain, verify_trail
from app.workflow.bootstrap import initialise
from app.workflow.machines import BookingFlow
from app.workflow.policy import ROOM_SERVICES, policy_on

pytestmark = pytest.mark.slow

# The states the demonstration must show (spelled out here, not taken from app.demo).
STATES = {
    m.Request: [
        "alef_registered",
        "be_reviewed",
        "be_rejected",
        "pe_referred",
        "te_waitlisted",
        "te_capacity_ok",
        "se_invited",
        "jim_contracted",
        "che_letter_to_representative",
        "he_letter_to_manager",
        "withdrawn",
    ],
    m.Contract: ["active", "extended", "ended", "settled"],
    m.PromissoryNote: [
        "received",
        "in_custody",
        "return_confirmed",
        "damage_reported",
        "returned",
        "held",
    ],
    m.Booking: [
        "khe_requested",
        "dal_scheduled",
        "zal_issued",
        "zal_notified",
        "cancelled",
        "refused",
        "expired",
    ],
    m.Extension: ["requested", "accepted", "rejected"],
    m.Allocation: ["active", "released"],
}


def _states(model: type[m.BaseModel]) -> set[str]:
    return {state for (state,) in model.select(model.state).distinct().tuples()}


def test_demo_has_every_state_and_keeps_the_rules(database) -> None:  # noqa: ANN001
    counts = build_demo(ngos=60, seed=11)

    houses = list(m.Semansara.select().order_by(m.Semansara.code))
    assert [h.code for h in houses] == [f"S{d:02d}" for d in range(1, 23)]
    assert sorted(h.district for h in houses) == list(range(1, 23))
    for house in houses:
        manager = m.User.get(m.User.username == f"mgr{house.district:02d}")
        assert (manager.role, manager.semansara_id) == ("semansara_manager", house.id)
    assert 1 <= len(registry.staff_shortfalls(dt.date.today())) < 22  # a few short
    assert {"admin", "desk", "district", "empowerment", "finance"} <= {
        u.username for u in m.User.select()
    }
    assert m.Ngo.select().count() == counts["ngos"] == 60

    for model, wanted in STATES.items():
        missing = set(wanted) - _states(model)
        assert not missing, f"{model.__name__}: {sorted(missing)}"
    assert (
        counts["requests.te_waitlisted"]
        == m.Request.select().where(m.Request.state == "te_waitlisted").count()
    )

    # rejections and withdrawals carry their reason: a full semansara's queue
    assert (
        not m.Request.select()
        .where(
            m.Request.state.in_(["be_rejected", "withdrawn"]) & (m.Request.decision_reason == "")
        )
        .exists()
    )
    full = [h for h in houses if capacity.queue(h) and capacity.places(h).free == 0]
    assert full
    line = capacity.queue(full[0])  # requests from step الف on, and moves in
    assert [capacity.queue_position(e.request) for e in line if e.request is not None] == [
        n for n, e in enumerate(line, start=1) if e.request is not None
    ]
    # a contract extended into another semansara: overridden levels say why
    assert (
        m.Extension.select()
        .where(
            (m.Extension.state == "accepted")
            & (m.Extension.from_semansara != m.Extension.to_semansara)
        )
        .exists()
    )
    assert (
        not m.Assessment.select()
        .where((m.Assessment.level != m.Assessment.suggested) & (m.Assessment.reason == ""))
        .exists()
    )
    assert m.Assessment.select().where(m.Assessment.level == 1).exists()
    assert m.Ngo.select().where(m.Ngo.licence_expires < dt.date.today()).exists()
    assert m.BusinessCardOrder.select().exists()

    # No room is booked twice at once.
    a, b = m.Booking.alias(), m.Booking.alias()
    clashes = (
        a.select()
        .join(
            b,
            on=(
                (a.room == b.room)
                & (a.id < b.id)
                & (a.start_at < b.end_at)
                & (b.start_at < a.end_at)
            ),
        )
        .where(a.state.in_(BookingFlow.live) & b.state.in_(BookingFlow.live))
    )
    assert clashes.count() == 0

    # no NGO past its yearly hours of any room: nor its business cards.
    used = (
        m.Booking.select(
            m.Booking.ngo, m.Booking.year, m.Booking.service, fn.SUM(m.Booking.minutes)
        )
        .where(m.Booking.state.in_(BookingFlow.live))
        .group_by(m.Booking.ngo, m.Booking.year, m.Booking.service)
        .tuples()
    )
    checked = 0
    for ngo_id, year, service, minutes in used:
        assert service in ROOM_SERVICES
        ngo = m.Ngo.get_by_id(ngo_id)
        cap = quotas.service_cap(ngo.level, service, policy_on(jalali.year_bounds(year)[0]))
        assert minutes <= cap * 60, (ngo.code, year, service, minutes, cap)
        checked += 1
    assert checked
    cards = (
        m.BusinessCardOrder.select(fn.SUM(m.BusinessCardOrder.count))
        .group_by(m.BusinessCardOrder.ngo, m.BusinessCardOrder.year)
        .tuples()
    )
    assert all(total <= 1000 for (total,) in cards)

    # The bookings of the weeks around today are on the calendar.
    today = jalali.at(dt.date.today())
    assert m.Booking.select().where(m.Booking.start_at >= today).exists()
    assert (
        m.Booking.select()
        .where((m.Booking.start_at < today) & (m.Booking.start_at >= today - dt.timedelta(days=7)))
        .exists()
    )

    # no booking whose slot has started still waits at خ or د, and contracts past
    # their last day were ended by the program, dated the day after the last day.
    waiting = m.Booking.state.in_(["khe_requested", "dal_scheduled"])
    assert (
        not m.Booking.select().where(waiting & (m.Booking.start_at <= dt.datetime.now())).exists()
    )
    by_time = list(
        m.AuditEvent.select().where(
            (m.AuditEvent.actor == "system") & (m.AuditEvent.decision == "ended_by_time")
        )
    )
    assert by_time
    for event in by_time:
        lease = m.Contract.get(m.Contract.ref == event.object_ref)
        assert event.at == lease.ended_at == jalali.at(lease.ends)
    assert (
        not m.Contract.select()
        .where(m.Contract.state.in_(["active", "extended"]) & (m.Contract.ends < dt.date.today()))
        .exists()
    )

    # The audit trail is real: one chained event per action, in time order, none tomorrow.
    report = verify_chain()
    assert report.ok, report
    # and every record it made is as its last event left it (no record without an event)
    trail = verify_trail()
    assert trail.ok and trail.rows > 1000, (trail.changed[:3], trail.unexplained, trail.missing[:3])
    assert report.events == counts["audit_events"] > 1000
    events = list(
        m.AuditEvent.select(m.AuditEvent.at, m.AuditEvent.action).order_by(m.AuditEvent.id).tuples()
    )
    # The first is the new database's own (its first rows anchored when it was made); the
    # story it then plays is dated in the fourteen months before today.
    assert events[0][1] == "anchor_trail"
    times = [at for at, _action in events[1:]]
    assert times == sorted(times)
    assert times[-1] < today


def _names() -> list[str]:
    return [name for (name,) in m.Ngo.select(m.Ngo.name).order_by(m.Ngo.code).tuples()]


def test_same_seed_same_story(database, tmp_path, now) -> None:  # noqa: ANN001
    """The same seed gives the same NGOs (and the same story) in two new databases, here on
    the fixture's database and on a second SQLite file, whether the build tells its progress
    or not; the progress told goes forward once per day of the story, from 0 to its end."""
    told: list[tuple[int, int]] = []
    first = build_demo(ngos=30, seed=3, progress=lambda done, total: told.append((done, total)))
    first_names = _names()
    totals = {total for _, total in told}
    assert len(totals) == 1
    total = totals.pop()
    assert 365 < total < 460  # fourteen months of the story, in days
    done = [d for d, _ in told]
    assert done == sorted(done) and len(set(done)) == len(done)  # forward, once per day
    assert done[0] == 0 and done[-1] == total
    assert len(done) > 200  # every working day of the story moves the bar
    other = open_database(str(tmp_path / "second.sqlite"))  # the proxy now points there
    try:
        initialise(other, now, starter_users=False)
        second = build_demo(ngos=30, seed=3)
        second_names = _names()
    finally:
        other.close()
        db.initialize(database)
    assert len(set(first_names)) == len(first_names) == 30
    assert second_names == first_names
    assert second == first


def test_demo_needs_an_empty_database(database, clock) -> None:  # noqa: ANN001
    with pytest.raises(ValueError):
        build_demo(ngos=5)
    run(
        Context(m.User.get(m.User.username == "admin"), clock),
        "add_semansara",
        code="S06",
        district=6,
        name="سمن‌سرای منطقهٔ ۶",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=4,
    )
    with pytest.raises(RuntimeError):
        build_demo(ngos=30)
    assert m.Ngo.select().count() == 0
