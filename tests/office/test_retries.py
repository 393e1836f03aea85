"""Retries are idempotent: a call whose commit reached the database but whose acknowledgment
was lost is answered, when retried, with its first result: one booking, one quota charge,
never two, and no false refusal of the caller's own booking (R-2.2, R-4.1)."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import pytest

from app.db import models as m
from app.db.database import close_database, db, open_database
from app.workflow import errors, quotas
from app.workflow.api import Context, run
from app.workflow.audit import verify_chain
from app.workflow.clock import FixedClock
from app.workflow.errors import WorkflowError
from tests.conftest import _pg_schema_url
from tests.office import desks
from tests.office.faults import CommitCutter, lose_commit_acknowledgments

SLOT = {"contract": "C1", "service": "meeting_room", "people": 5, **desks.slot(0)}


@pytest.fixture
def office(db_url: str):  # noqa: ANN201
    """S8's world (eight meeting rooms: a blind retry would take a second one), opened."""
    desks.prepare_bookings(db_url, desks=2)
    database = open_database(db_url)
    yield database
    close_database()


def _desk() -> Context:
    return Context(
        m.User.get(m.User.username == "desk"), FixedClock(desks.jalali.parse_datetime(desks.START))
    )


def _charged(contract: str = "C1") -> tuple[int, int, int]:
    """(bookings, minutes charged to the NGO's quota, audit events) of `contract`."""
    lease = m.Contract.get(m.Contract.ref == contract)
    bookings = m.Booking.select().where(m.Booking.contract == lease).count()
    minutes = quotas.minutes_used(lease.ngo, "meeting_room", 1405)
    events = m.AuditEvent.select().where(m.AuditEvent.action == "request_booking").count()
    return bookings, minutes, events


def test_lost_acknowledgment_books_once(office, monkeypatch) -> None:  # noqa: ANN001
    """The commit is done, the answer lost; the service's own retry finds the call's id and
    answers the first result instead of booking a second room."""
    lost = lose_commit_acknowledgments(office, {1})
    out = run(_desk(), "request_booking", **SLOT)
    assert lost == [1]
    assert out["state"] == "khe_requested" and out["room"] == 1
    assert _charged() == (1, 60, 1)
    event = m.AuditEvent.get(m.AuditEvent.action == "request_booking")
    assert uuid.UUID(event.call_id) and event.object_ref == out["ref"]
    assert verify_chain().ok


def test_caller_retry_with_its_call_id_gets_the_first_answer(office) -> None:  # noqa: ANN001
    """The link stays down through the service's own retry (DB_UNAVAILABLE); the caller presses
    again with the same call id and gets the first booking, not a second, not SLOT_TAKEN."""
    call_id = str(uuid.uuid4())
    real_connect = type(office).connect
    lose_commit_acknowledgments(office, {1})
    refused = []

    def still_away(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if not refused:
            refused.append(1)
            import peewee

            raise peewee.OperationalError("could not connect to server: connection refused")
        return real_connect(self, *args, **kwargs)

    type(office).connect = still_away
    try:
        with pytest.raises(WorkflowError) as first:
            run(_desk(), "request_booking", call_id=call_id, room=1, **SLOT)
    finally:
        type(office).connect = real_connect
    assert first.value.code == errors.DB_UNAVAILABLE
    office.connect(reuse_if_open=True)
    again = run(_desk(), "request_booking", call_id=call_id, room=1, **SLOT)
    assert again["room"] == 1 and again["ref"] == m.Booking.get().ref
    assert _charged() == (1, 60, 1)
    # Another press (another call id) is another booking: the room is taken now.
    with pytest.raises(WorkflowError) as other:
        run(_desk(), "request_booking", call_id=str(uuid.uuid4()), room=1, **SLOT)
    assert other.value.code == errors.SLOT_TAKEN


def test_a_call_id_is_one_call(office) -> None:  # noqa: ANN001
    """The same id given for another action is refused, never answered with another's result;
    an id that is not one is INVALID_INPUT."""
    call_id = str(uuid.uuid4())
    first = run(_desk(), "request_booking", call_id=call_id, **SLOT)
    assert run(_desk(), "request_booking", call_id=call_id, **SLOT) == first
    with pytest.raises(WorkflowError) as misused:
        run(_desk(), "cancel_booking", call_id=call_id, ref=first["ref"], reason="آزمون")
    assert misused.value.code == errors.INVALID_INPUT and misused.value.field == "call_id"
    with pytest.raises(WorkflowError) as bad:
        run(_desk(), "request_booking", call_id="نه\x00", **SLOT)
    assert bad.value.code == errors.INVALID_INPUT and bad.value.field == "call_id"
    assert _charged() == (1, 60, 1)


def test_answers_keep_their_types(office) -> None:  # noqa: ANN001
    """A kept answer reads back as it was given (an import's report, dates)."""
    import datetime as dt
    from decimal import Decimal

    from app.workflow import calls
    from app.workflow.importer import ImportReport, RowIssue

    report = ImportReport(
        "f.csv", 2, False, added=["N-000001"], errors=[RowIssue(3, "name", "نام خالی است")]
    )
    value = {
        "report": report,
        "day": dt.date(2026, 3, 30),
        "at": dt.datetime(2026, 3, 30, 9),
        "rate": Decimal("0.35"),
        "pair": ("a", 1),
    }
    back = calls.decode(calls.encode(value))
    assert back["report"].errors == report.errors and back["report"].added == ["N-000001"]
    assert back["day"] == value["day"] and back["at"] == value["at"]
    assert back["rate"] == Decimal("0.35") and back["pair"] == ["a", 1]


def test_eight_desks_each_losing_an_acknowledgment(db_url: str) -> None:
    """8 desks × 20 bookings of their own rooms, each desk losing the acknowledgment of its
    third and eleventh commits: 160 booked, 160 bookings, nothing refused."""
    desks.prepare_bookings(db_url)
    results = desks.together(
        desks.book_own_room, [(db_url, d, 20, frozenset({3, 11})) for d in range(1, 9)]
    )
    assert desks.total(results) == {"booked": 160, "acknowledgments_lost": 16}
    open_database(db_url)
    try:
        assert m.Booking.select().count() == 160
        assert m.AuditEvent.select().where(m.AuditEvent.action == "request_booking").count() == 160
        assert verify_chain().ok
    finally:
        close_database()


@pytest.fixture
def cutter():  # noqa: ANN201
    host, port = urlsplit(_pg_base()).hostname, urlsplit(_pg_base()).port or 5432
    proxy = CommitCutter((host, port))
    yield proxy
    proxy.close()


def _pg_base() -> str:
    from tests.conftest import PG_BASE

    return PG_BASE


def test_commit_acknowledgment_cut_on_the_wire(cutter: CommitCutter) -> None:
    """PostgreSQL, through a proxy that passes the COMMIT to the server, waits for the
    server's answer and then cuts the link: the booking is made once, and the desk hears
    that it was made."""
    for url in _pg_schema_url():
        desks.prepare_bookings(url, desks=2)
        open_database(cutter.url(url))
        try:
            cutter.arm()
            out = run(_desk(), "request_booking", **SLOT)
            assert cutter.cuts == 1  # the link was cut after the commit
            assert out["state"] == "khe_requested" and out["room"] == 1
            assert _charged() == (1, 60, 1)
            assert db.execute_sql("SELECT inet_server_port()").fetchone()[0] == 5432
        finally:
            close_database()
