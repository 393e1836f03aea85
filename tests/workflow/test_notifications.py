"""Notices of step ذ sent through a real SMTP server started by the test."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from app.db import models as m
from app.workflow import audit
from app.workflow.errors import WorkflowError
from app.workflow.notifications import (
    PASSWORD_ENV,
    Settings,
    delivery_status,
    mark_printed,
    send_pending,
    subject,
)
from tests.factories import World, signed_in_env

ROOT = Path(__file__).resolve().parents[2]
NGO_ADDRESS = "ngo1@example.org"


class Inbox:
    """An SMTP handler that keeps what it receives."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001, N802
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self) -> list[email.message.EmailMessage]:
        return [
            email.message_from_bytes(e.original_content or e.content, policy=email.policy.default)
            for e in self.envelopes
        ]


class Refusing(Inbox):
    """A server that knows no such mailbox."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: ANN001, N802
        return f"550 5.1.1 <{address}>: mailbox unavailable"


class Picky(Inbox):
    """A server that refuses one mailbox and takes the others."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: ANN001, N802
        if address.startswith("gone@"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, handler: Inbox, port: int | None = None) -> None:
        self.handler = handler
        self.port = port or free_port()
        self.controller = Controller(handler, hostname="127.0.0.1", port=self.port)

    def settings(self, **kw) -> Settings:  # noqa: ANN003
        return Settings(
            host="127.0.0.1",
            port=self.port,
            sender="ستاد سمن‌ها <desk@hq.example>",
            starttls=False,
            timeout=5,
            **kw,
        )


@pytest.fixture
def smtp_server() -> Iterator[Server]:
    server = Server(Inbox())
    server.controller.start()
    yield server
    server.controller.stop()


@pytest.fixture
def refusing_server() -> Iterator[Server]:
    server = Server(Refusing())
    server.controller.start()
    yield server
    server.controller.stop()


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


@pytest.fixture
def booking(world: World) -> str:
    """B1 notified at step ذ: an e-mail notice to the NGO, a print notice to the manager."""
    world.ngo("N1", email=NGO_ADDRESS)
    world.contract("R1", "N1", "C1")
    world.do(
        "desk",
        "request_booking",
        contract="C1",
        service="meeting_room",
        ref="B1",
        date="1405/01/15",
        start="10:00",
        end="12:00",
        people=6,
    )
    world.do("desk", "schedule_booking", ref="B1")
    world.do("desk", "notify_booking", ref="B1")
    return "B1"


def notice(recipient: str) -> m.Notification:
    return m.Notification.get(m.Notification.recipient == recipient)


def delivery_events() -> list[dict]:
    query = (
        m.AuditEvent.select()
        .where(m.AuditEvent.action.in_(("record_delivery", "mark_printed")))
        .order_by(m.AuditEvent.id)
    )
    return [
        {
            "actor": e.actor,
            "decision": e.decision,
            "ref": e.object_ref,
            "step": e.step,
            **json.loads(e.data),
        }
        for e in query
    ]


def test_pending_email_is_sent_in_persian_and_marked_sent(
    world: World, booking: str, smtp_server: Server
) -> None:
    counts = send_pending(smtp_server.settings(), world.clock)
    assert counts == {"sent": 1, "failed": 0, "skipped": 0}
    [envelope] = smtp_server.handler.envelopes
    assert envelope.rcpt_tos == [NGO_ADDRESS] and envelope.mail_from == "desk@hq.example"
    [message] = smtp_server.handler.messages()
    ngo_notice = notice("ngo")
    assert message["Subject"] == subject(ngo_notice.booking)
    assert message["Subject"].startswith("نوبت B1: اتاق جلسات در «سمن‌سرای منطقه ۶»")
    assert message["To"] == NGO_ADDRESS and "ستاد سمن‌ها" in message["From"]
    body = message.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().strip() == ngo_notice.body
    assert "سمن محترم «انجمن آزمایشی N1»" in body.get_content()
    assert (ngo_notice.state, ngo_notice.sent_at) == ("sent", world.clock.now())
    assert notice("manager").state == "pending"  # a print notice is never e-mailed
    [event] = delivery_events()
    assert (event["actor"], event["decision"], event["ref"], event["step"]) == (
        "system",
        "notice_sent",
        "B1",
        "ذ",
    )
    assert event["message_id"] == message["Message-ID"] and event["error"] == ""
    assert audit.verify_chain().ok
    status = {row["recipient"]: row for row in delivery_status(booking)}
    assert (status["ngo"]["state_fa"], status["ngo"]["attempts"]) == ("فرستاده شد", 1)
    assert (status["manager"]["channel_fa"], status["manager"]["state"]) == ("چاپی", "pending")
    # nothing left to send
    assert send_pending(smtp_server.settings(), world.clock) == {
        "sent": 0,
        "failed": 0,
        "skipped": 0,
    }


def test_refused_recipient_is_failed_with_the_reason_and_can_be_retried(
    world: World, booking: str, refusing_server: Server, smtp_server: Server
) -> None:
    counts = send_pending(refusing_server.settings(), world.clock, user=world.ctx("desk").user)
    assert counts == {"sent": 0, "failed": 1, "skipped": 0}
    assert notice("ngo").state == "failed" and notice("ngo").sent_at is None
    [event] = delivery_events()
    assert event["actor"] == "desk" and event["decision"] == "notice_failed"
    assert "550" in event["error"] and NGO_ADDRESS in event["error"]
    assert "نپذیرفت" in event["error"]
    [status] = [r for r in delivery_status(booking) if r["recipient"] == "ngo"]
    assert status["state_fa"] == "ناموفق" and "550" in status["error"]
    # a failed notice waits for an explicit retry
    assert send_pending(smtp_server.settings(), world.clock)["sent"] == 0
    assert send_pending(smtp_server.settings(), world.clock, retry_failed=True)["sent"] == 1
    [status] = [r for r in delivery_status(booking) if r["recipient"] == "ngo"]
    assert (status["state"], status["attempts"], status["error"]) == ("sent", 2, "")


def test_one_refused_address_does_not_stop_the_others(world: World, clock) -> None:  # noqa: ANN001
    server = Server(Picky())
    server.controller.start()
    try:
        for n, address in ((1, "gone@example.org"), (2, "ngo2@example.org")):
            world.ngo(f"N{n}", email=address)
            world.contract(f"R{n}", f"N{n}", f"C{n}")
            world.do(
                "desk",
                "request_booking",
                contract=f"C{n}",
                service="meeting_room",
                ref=f"B{n}",
                date="1405/01/15",
                start=f"{8 + 2 * n}:00",
                end=f"{9 + 2 * n}:00",
                people=4,
            )
            world.do("desk", "schedule_booking", ref=f"B{n}")
            world.do("desk", "notify_booking", ref=f"B{n}")
        assert send_pending(server.settings(), clock) == {"sent": 1, "failed": 1, "skipped": 0}
    finally:
        server.controller.stop()
    assert [e.rcpt_tos for e in server.handler.envelopes] == [["ngo2@example.org"]]
    states = {r["address"]: r["state"] for r in delivery_status("B1") + delivery_status("B2")}
    assert states == {"gone@example.org": "failed", "ngo2@example.org": "sent", "": "pending"}


def test_server_not_listening_loses_nothing(world: World, booking: str) -> None:
    settings = Settings(
        host="127.0.0.1", port=free_port(), sender="desk@hq.example", starttls=False, timeout=3
    )
    assert send_pending(settings, world.clock) == {"sent": 0, "failed": 1, "skipped": 0}
    ngo_notice = notice("ngo")
    assert ngo_notice.state == "failed" and ngo_notice.body  # kept, body intact
    [event] = delivery_events()
    assert "اتصال را نپذیرفت" in event["error"] and f":{settings.port}" in event["error"]
    inbox = Server(Inbox(), settings.port)  # the server comes back
    inbox.controller.start()
    try:
        assert send_pending(settings, world.clock, retry_failed=True)["sent"] == 1
    finally:
        inbox.controller.stop()
    assert [m_["To"] for m_ in inbox.handler.messages()] == [NGO_ADDRESS]


def test_notices_of_a_cancelled_booking_are_not_sent(
    world: World, booking: str, smtp_server: Server
) -> None:
    world.do("desk", "cancel_booking", ref=booking, reason="سمن انصراف داد")
    assert send_pending(smtp_server.settings(), world.clock)["sent"] == 0
    assert smtp_server.handler.envelopes == []


def test_print_notice_marked_printed(world: World, booking: str) -> None:
    manager_notice = notice("manager")
    world.at("1405/01/11 08:30")
    out = mark_printed(manager_notice.id, world.ctx("desk"))
    assert out == {
        "id": manager_notice.id,
        "state": "printed",
        "changed": True,
        "booking": booking,
        "booking_state": "zal_issued",
    }  # the NGO's is pending
    again = notice("manager")
    assert (again.state, again.sent_at) == ("printed", world.clock.now())
    assert mark_printed(manager_notice.id, world.ctx("desk"))["changed"] is False
    assert [(e["decision"], e["notification"]) for e in delivery_events()] == [
        ("notice_printed", manager_notice.id)
    ]
    with pytest.raises(WorkflowError) as refused:
        mark_printed(manager_notice.id, world.ctx("deputy"))
    assert refused.value.code == "FORBIDDEN_ROLE"
    with pytest.raises(WorkflowError) as missing:
        mark_printed(999_999, world.ctx("desk"))
    assert missing.value.code == "NOT_FOUND"
    status = {r["recipient"]: r["state_fa"] for r in delivery_status(booking)}
    assert status == {"ngo": "در انتظار", "manager": "چاپ و تحویل شد"}


def test_step_zal_is_done_when_each_notice_is_delivered(
    world: World, booking: str, refusing_server: Server, smtp_server: Server
) -> None:
    """ذ: the booking waits at zal_issued until the server accepts the NGO's e-mail and the
    manager's printed notice is handed over; the delivery that completes it moves it on."""

    def state() -> str:
        return m.Booking.get(m.Booking.ref == booking).state

    assert state() == "zal_issued"
    send_pending(refusing_server.settings(), world.clock)
    assert (notice("ngo").state, state()) == ("failed", "zal_issued")
    out = mark_printed(notice("manager").id, world.ctx("desk"))
    assert (out["booking_state"], state()) == ("zal_issued", "zal_issued")
    world.at("1405/01/11 08:30")
    assert send_pending(smtp_server.settings(), world.clock, retry_failed=True)["sent"] == 1
    assert state() == "zal_notified"
    last = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).get()
    assert (last.action, last.decision, last.step) == ("record_delivery", "notice_sent", "ذ")
    assert (last.before_state, last.after_state, last.at) == (
        "zal_issued",
        "zal_notified",
        world.clock.now(),
    )
    assert audit.verify_chain().ok


def test_incomplete_settings_refused_in_persian(world: World, booking: str) -> None:
    with pytest.raises(WorkflowError) as refused:
        send_pending(Settings(), world.clock)
    assert "SMTP" in refused.value.message_fa and "فرستنده" in refused.value.message_fa
    assert notice("ngo").state == "pending"


def test_settings_saved_without_the_password_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "conf" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"language": "fa"}), encoding="utf-8")
    settings = Settings(
        host="mail.hq.example",
        port=25,
        username="desk",
        password="راز",
        sender="desk@hq.example",
        starttls=False,
    )
    settings.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["language"] == "fa" and "password" not in data["smtp"]
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    assert Settings.load(path).password == ""
    monkeypatch.setenv(PASSWORD_ENV, "از محیط")
    assert Settings.load(path) == Settings(**{**vars(settings), "password": "از محیط"})
    settings.save(path, store_password=True)
    assert json.loads(path.read_text(encoding="utf-8"))["smtp"]["password"] == "راز"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Settings.load(path).password == "راز"
    assert Settings.load(tmp_path / "none.json") == Settings(password="از محیط")


def test_cli_notify_send(
    db_url: str, world: World, booking: str, smtp_server: Server, tmp_path: Path
) -> None:
    """`semansara notify send` sends and prints the counts; `notify status` shows them."""
    conf = tmp_path / "settings.json"
    smtp_server.settings().save(conf)
    world.give_passwords("desk")
    env = signed_in_env("desk", PYTHONPATH=str(ROOT))  # the command signs in, as the desk

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", "notify", *args, "--db", db_url],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    sent = cli("send", "--settings", str(conf))
    assert sent.returncode == 0, sent.stderr
    assert "فرستاده شد: 1، ناموفق: 0" in sent.stdout
    assert len(smtp_server.handler.envelopes) == 1
    status = cli("status", booking)
    assert status.returncode == 0 and "فرستاده شد" in status.stdout and NGO_ADDRESS in status.stdout
