"""What the GUI's notices panel and mail settings ask of `notifications`:
sending one booking's notices only, the server test, the kind of TLS. Through a real SMTP
server started by the test; on SQLite and PostgreSQL where a database is used."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow.clock import FixedClock
from app.workflow.notifications import Settings, check_server, send_pending
from tests.factories import World
from tests.workflow.test_notifications import Inbox, Server, free_port


@pytest.fixture
def smtp_server() -> Server:
    server = Server(Inbox())
    server.controller.start()
    yield server
    server.controller.stop()


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def notified(world: World, ref: str, start: str, ngo: str, contract: str) -> str:
    world.ngo(ngo, email=f"{ngo.lower()}@example.org")
    world.contract(f"R-{ngo}", ngo, contract)
    world.do(
        "desk",
        "request_booking",
        contract=contract,
        service="meeting_room",
        ref=ref,
        date="1405/01/15",
        start=start,
        end=f"{int(start[:2]) + 1}:00",
        people=5,
    )
    world.do("desk", "schedule_booking", ref=ref)
    world.do("desk", "notify_booking", ref=ref)
    return ref


def test_send_pending_for_one_booking_leaves_the_others(world: World, smtp_server: Server) -> None:
    notified(world, "B1", "10:00", "N1", "C1")
    notified(world, "B2", "12:00", "N2", "C2")
    counts = send_pending(
        smtp_server.settings(),
        world.clock,
        user=m.User.get(m.User.username == "desk"),
        booking_ref="B2",
    )
    assert counts == {"sent": 1, "failed": 0, "skipped": 0}
    assert [msg["To"] for msg in smtp_server.handler.messages()] == ["n2@example.org"]
    states = {
        (n.booking.ref, n.recipient): n.state
        for n in m.Notification.select(m.Notification, m.Booking).join(m.Booking)
    }
    assert states == {
        ("B1", "ngo"): "pending",
        ("B1", "manager"): "pending",
        ("B2", "ngo"): "sent",
        ("B2", "manager"): "pending",  # on paper: not sent by e-mail
    }
    event = m.AuditEvent.select().where(m.AuditEvent.action == "record_delivery").get()
    assert (event.actor, event.object_ref) == ("desk", "B2")


def test_check_server_connects_and_sends_a_test_message(
    clock: FixedClock, smtp_server: Server
) -> None:
    ok, said = check_server(smtp_server.settings(), clock)
    assert ok and "برقرار شد" in said and smtp_server.handler.envelopes == []
    ok, said = check_server(smtp_server.settings(), clock, "مدیر <admin@hq.example>")
    assert ok and "admin@hq.example" in said
    [message] = smtp_server.handler.messages()
    assert message["To"] == "مدیر <admin@hq.example>" or "admin@hq.example" in message["To"]
    assert message["Subject"] == "پیام آزمایشی سامانهٔ سمن‌سرا"


def test_check_server_says_why_in_persian(clock: FixedClock, smtp_server: Server) -> None:
    away = Settings(host="127.0.0.1", port=free_port(), sender="a@b.example", starttls=False)
    ok, said = check_server(away, clock)
    assert not ok and "اتصال را نپذیرفت" in said
    ok, said = check_server(Settings(), clock)
    assert not ok and "SMTP" in said and "فرستنده" in said
    ok, said = check_server(smtp_server.settings(), clock, "not an address")
    assert not ok and "درست نیست" in said
    tls = smtp_server.settings().with_security("ssl")  # TLS asked of a plain server
    ok, said = check_server(tls, clock)
    assert not ok and ("TLS" in said or "قطع کرد" in said)


def test_security_is_one_of_three() -> None:
    assert Settings().security == "starttls"
    ssl = Settings().with_security("ssl")
    assert (ssl.use_ssl, ssl.starttls, ssl.security) == (True, False, "ssl")
    plain = ssl.with_security("none")
    assert (plain.use_ssl, plain.starttls, plain.security) == (False, False, "none")
    assert Settings(starttls=True, use_ssl=True).security == "ssl"  # SSL wins
    with pytest.raises(ValueError):
        Settings().with_security("tls1.0")
