"""References come from the database, not from counting rows (8 desks at once), and a write
the database refuses is never reported as something else."""

from __future__ import annotations

import peewee as pw
import pytest

from app.db import models as m
from app.db.database import close_database, db, is_postgres, open_database
from app.workflow import errors, find
from app.workflow.audit import verify_chain
from app.workflow.errors import WorkflowError
from tests.factories import World
from tests.office import desks


def _check_trail(url: str, bookings: int = 0, ngos: int = 0) -> None:
    open_database(url)
    try:
        assert verify_chain().ok
        if bookings:
            assert m.Booking.select().count() == bookings
            assert m.Booking.select(m.Booking.ref).distinct().count() == bookings
            booked = m.AuditEvent.select().where(m.AuditEvent.action == "request_booking")
            assert booked.count() == bookings
        if ngos:
            assert m.Ngo.select().count() == ngos
            assert all(code.startswith("N-") for (code,) in m.Ngo.select(m.Ngo.code).tuples())
    finally:
        close_database()


def test_eight_desks_book_different_rooms_all_160(db_url: str) -> None:
    """R-2.2: bookings that do not clash are never refused as SLOT_TAKEN or DUPLICATE, however
    many desks book at once (each new booking's reference comes from the database)."""
    desks.prepare_bookings(db_url)
    results = desks.together(desks.book_own_room, [(db_url, d, 20) for d in range(1, 9)])
    assert desks.total(results) == {"booked": 160, "acknowledgments_lost": 0}
    _check_trail(db_url, bookings=160)


def test_eight_desks_register_80_ngos(db_url: str) -> None:
    """R-1.2: eight desks registering NGOs at once: every registration goes through, each with
    a code of its own, and no traceback."""
    desks.prepare_registry(db_url)
    results = desks.together(desks.register_ngos, [(db_url, d, 10) for d in range(1, 9)])
    assert desks.total(results) == {"registered": 80}
    _check_trail(db_url, ngos=80)


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def test_references_skip_numbers_already_used(world: World) -> None:
    """A reference a scenario or an import typed (N-000002) is skipped, not reported as a
    duplicate; a program-made reference is never reused."""
    world.ngo("N-000002", level=None)
    world.ngo("N-000003", level=None)
    made = [
        world.do(
            "desk",
            "register_ngo",
            name=f"انجمن {i}",
            licence_issuer="وزارت کشور",
            licence_no=f"X-{i}",
            licence_expires="1408/01/01",
            founded="1400/01/01",
            members=5,
        )["code"]
        for i in range(3)
    ]
    assert made == ["N-000001", "N-000004", "N-000005"]


def test_counting_rows_is_not_the_reference(world: World) -> None:
    """Rows made with refs of their own do not move the program's counter (the old
    count-plus-one would give N-000003 here)."""
    world.ngo("A", level=None)
    world.ngo("B", level=None)
    out = world.do(
        "desk",
        "register_ngo",
        name="انجمن تازه",
        licence_issuer="وزارت کشور",
        licence_no="X-9",
        licence_expires="1408/01/01",
        founded="1400/01/01",
        members=5,
    )
    assert out["code"] == "N-000001"
    assert find.next_ref(m.Ngo, "N") == "N-000002" and find.next_ref(m.Ngo, "N") == "N-000003"


def _booking_world(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")


def test_a_reference_clash_is_not_slot_taken(world: World, monkeypatch) -> None:  # noqa: ANN001
    """R-2.2: when the reference of a new booking is taken by another desk between the check
    and the insert (B-000002 typed there), the call runs again with a new reference instead of
    refusing the free room as SLOT_TAKEN."""
    _booking_world(world)
    world.book_hall("B-000002", "1405/01/20", "08:00", "09:00", people=5)
    real_next, real_exists = find.next_ref, find.exists
    raced: list[str] = []

    def taken_meanwhile(model, prefix):  # noqa: ANN001, ANN202
        if model is m.Booking and not raced:
            raced.append(f"{prefix}-000002")
            return raced[0]
        return real_next(model, prefix)

    def not_yet_committed(model, key):  # noqa: ANN001, ANN202
        return False if key in raced[:1] and len(raced) == 1 else real_exists(model, key)

    monkeypatch.setattr(find, "next_ref", taken_meanwhile)
    monkeypatch.setattr(find, "exists", not_yet_committed)
    out = world.do(
        "desk",
        "request_booking",
        contract="C1",
        service="hall",
        date="1405/01/20",
        start="10:00",
        end="12:00",
        people=5,
    )
    assert raced == ["B-000002"]  # the first attempt's reference clashed in the database
    assert out["state"] == "khe_requested" and out["ref"] == "B-000001"
    assert m.Booking.select().count() == 2
    assert m.AuditEvent.select().where(m.AuditEvent.action == "request_booking").count() == 2


def test_a_real_room_clash_is_slot_taken(world: World) -> None:
    """R-2.2: the room booked by another is still SLOT_TAKEN, whatever the reference."""
    _booking_world(world)
    world.do(
        "desk",
        "request_booking",
        contract="C1",
        service="hall",
        date="1405/01/20",
        start="10:00",
        end="12:00",
        people=5,
    )
    with pytest.raises(WorkflowError) as refused:
        world.do(
            "desk",
            "request_booking",
            contract="C1",
            service="hall",
            date="1405/01/20",
            start="11:00",
            end="13:00",
            people=5,
        )
    assert refused.value.code == errors.SLOT_TAKEN


def test_a_duplicate_typed_reference_is_duplicate(world: World) -> None:
    """A reference the person typed that is taken is DUPLICATE: that is the truth."""
    _booking_world(world)
    world.book_hall("B1", "1405/01/20", "10:00", "12:00", people=5)
    with pytest.raises(WorkflowError) as refused:
        world.book_hall("B1", "1405/01/22", "10:00", "12:00", people=5)
    assert refused.value.code == errors.DUPLICATE


def test_any_other_refused_write_is_a_persian_conflict(world: World, monkeypatch) -> None:  # noqa: ANN001
    """A write the database refuses for a rule the checks did not foresee (here a CHECK
    constraint) is a Persian CONFLICT with nothing saved, never a traceback."""
    from app.workflow import registry

    real = registry._ngo_fields

    def negative_members(ctx, args, partial=False):  # noqa: ANN001, ANN202
        fields = real(ctx, args, partial=partial)
        fields["members"] = -1  # past the validator: the database's own CHECK refuses it
        return fields

    monkeypatch.setattr(registry, "_ngo_fields", negative_members)
    events = m.AuditEvent.select().count()
    with pytest.raises(WorkflowError) as refused:
        world.ngo("N1", level=None)
    assert refused.value.code == errors.CONFLICT
    assert "پایگاه داده" in refused.value.message_fa and "members" in refused.value.message_fa
    assert m.Ngo.select().count() == 0 and m.AuditEvent.select().count() == events
    assert db.obj is not None and (is_postgres() or not db.in_transaction())


def test_unique_clash_the_rules_cannot_see_is_conflict(world: World, monkeypatch) -> None:  # noqa: ANN001
    """A unique clash that running the call again does not explain (no rule sees it) ends as
    CONFLICT after the retries, in Persian."""
    from app.workflow import registry

    world.ngo("N1", level=None)
    monkeypatch.setattr(registry, "_unique_licence", lambda *a, **k: None)
    with pytest.raises(WorkflowError) as refused:
        world.do(
            "desk",
            "register_ngo",
            code="N2",
            name="انجمن دوم",
            licence_issuer="وزارت کشور",
            licence_no="L-N1",
            licence_expires="1408/01/01",
            founded="1400/01/01",
            members=5,
        )
    assert refused.value.code == errors.CONFLICT and "هم‌زمان" in refused.value.message_fa
    assert m.Ngo.select().count() == 1


def test_the_database_says_which_rule_it_enforced(world: World) -> None:
    """R-2.2: a unique clash, the room overlap (PostgreSQL's exclusion constraint, SQLite's
    trigger) and a CHECK are told apart; only the overlap means the room is taken."""
    from app.db.database import integrity_kind

    _booking_world(world)
    world.book_hall("B1", "1405/01/20", "10:00", "12:00", people=5)
    first = m.Booking.get(m.Booking.ref == "B1")
    row = {f.name: getattr(first, f.name) for f in m.Booking._meta.sorted_fields if f.name != "id"}
    clashes = {
        "unique": dict(
            row, start_at=first.start_at.replace(day=21), end_at=first.end_at.replace(day=21)
        ),
        "overlap": dict(row, ref="B2"),
        "check": dict(
            row,
            ref="B3",
            minutes=0,
            start_at=first.start_at.replace(day=22),
            end_at=first.end_at.replace(day=22),
        ),
    }
    for kind, values in clashes.items():
        with pytest.raises(pw.IntegrityError) as refused, db.atomic():
            m.Booking.create(**values)
        assert integrity_kind(refused.value) == kind
