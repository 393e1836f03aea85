"""Step ذ's notices delivered: by e-mail over SMTP when an address is known,
otherwise printed; the delivery status kept and shown.

`notify_booking` leaves two `Notification` rows in state ``pending`` (channel ``email`` when
the NGO's address is known, else ``print``). `send_pending` sends the e-mails; each outcome is
its own service call (`record_delivery`: one transaction, one audit event on the booking, the
failure reason in the event's data), so a crash between two messages loses nothing. A printed
notice is recorded by `mark_printed`. No network I/O ever happens inside a transaction.
Step ذ is done when each notice is delivered (sent or printed): the booking then moves from
``zal_issued`` to ``zal_notified`` in the same transaction as the delivery that completes it.

SMTP settings live in the user's configuration folder (`settings.json`, section ``smtp``);
the password is written there only when the caller asks (`store_password`), otherwise it is
given at run time or read from the environment variable SEMANSARA_SMTP_PASSWORD.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import settings_path, write_settings_file
from app.db import models as m
from app.workflow import errors, find, jalali, persian, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.clock import Clock
from app.workflow.machines import BookingFlow
from app.workflow.policy import SERVICE_NAMES
from app.workflow.roles import DESK_EXPERT
from app.workflow.service import Context, Result, action, check_role, run

# The mail libraries (smtplib, ssl, email: 8 ms) are imported where mail is made or sent, not
# when the window starts.
if TYPE_CHECKING:
    import smtplib
    from email.message import EmailMessage

PASSWORD_ENV = "SEMANSARA_SMTP_PASSWORD"
SECTION = "smtp"

# --- what people see (Persian), in one place ---------------------------------------------------

RECIPIENT_NAMES = {"ngo": "سمن", "manager": "مسئول سمن‌سرا"}
CHANNEL_NAMES = {"email": "پست الکترونیک", "print": "چاپی"}
STATE_NAMES = {
    "pending": "در انتظار",
    "sent": "فرستاده شد",
    "printed": "چاپ و تحویل شد",
    "failed": "ناموفق",
}
TEXTS = {
    "subject": "نوبت {ref}: {service} در «{semansara}»، {date}",
    "refused_conn": "کارساز پست الکترونیک {server} اتصال را نپذیرفت (در دسترس نیست).",
    "timeout": "کارساز پست الکترونیک {server} در {seconds} ثانیه پاسخ نداد.",
    "no_such_host": "نشانی کارساز پست الکترونیک «{host}» پیدا نشد.",
    "network": "ارتباط با کارساز پست الکترونیک {server} برقرار نشد: {detail}",
    "disconnected": "کارساز پست الکترونیک {server} ارتباط را قطع کرد: {detail}",
    "auth": "کارساز پست الکترونیک نام کاربری یا گذرواژه را نپذیرفت: {detail}",
    "no_tls": "کارساز پست الکترونیک {server} از STARTTLS پشتیبانی نمی‌کند: {detail}",
    "tls": "اتصال امن (TLS) با کارساز پست الکترونیک {server} برقرار نشد: {detail}",
    "recipient": "کارساز نشانی گیرنده «{address}» را نپذیرفت: {detail}",
    "sender": "کارساز نشانی فرستنده «{address}» را نپذیرفت: {detail}",
    "data": "کارساز پیام را نپذیرفت: {detail}",
    "bad_address": "نشانی گیرنده «{address}» درست نیست.",
    "other": "فرستادن پیام ناموفق بود: {detail}",
    "test_subject": "پیام آزمایشی سامانهٔ سمن‌سرا",
    "test_body": (
        "این پیام برای آزمودن تنظیمات پست الکترونیک سامانهٔ سمن‌سرا فرستاده شد "
        "(کارساز {server}، {security}). اگر آن را می‌خوانید، اعلان‌های نوبت هم می‌رسند."
    ),
    "test_connected": "اتصال به کارساز پست الکترونیک {server} ({security}) برقرار شد.",
    "test_signed_in": "ورود با نام کاربری «{user}» پذیرفته شد.",
    "test_sent": "پیام آزمایشی به «{address}» فرستاده شد.",
}
SECURITY_NAMES = {
    "none": "بدون رمزنگاری",
    "starttls": "STARTTLS",
    "ssl": "SSL/TLS",
}


# --- settings ----------------------------------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise errors.WorkflowError(
            errors.INVALID_INPUT,
            msg.MAIL_SETTINGS_UNREADABLE(path=str(path), detail=str(exc)),
            field="settings",
        ) from None
    return data if isinstance(data, dict) else {}


@dataclass
class Settings:
    """How to reach the office's SMTP server."""

    host: str = ""
    port: int = 587
    username: str = ""
    password: str = ""  # written to the file only with store_password=True
    sender: str = ""  # "name@example.org" or "ستاد سمن‌ها <name@example.org>"
    starttls: bool = True
    timeout: float = 20.0  # seconds, for connecting and for each reply
    use_ssl: bool = False  # TLS from the first byte (SMTPS, port 465); wins over starttls

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings (defaults when none were saved); the password, when not saved,
        from SEMANSARA_SMTP_PASSWORD."""
        data = _read_json(path or settings_path()).get(SECTION, {})
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in data.items() if k in known})
        if not settings.password:
            settings.password = os.environ.get(PASSWORD_ENV, "")
        return settings

    def save(self, path: Path | None = None, *, store_password: bool = False) -> Path:
        """Write the settings, keeping the file's other sections; the password only when
        `store_password` (the file is then readable by its owner alone)."""
        path = path or settings_path()
        data = _read_json(path)
        section = asdict(self)
        if not store_password:
            section.pop("password")
        data[SECTION] = section
        return write_settings_file(data, path)

    def what_is_missing(self) -> list[msg.Message]:
        from email.utils import parseaddr

        out = []
        if not self.host.strip():
            out.append(msg.MAIL_NO_HOST())
        if "@" not in parseaddr(self.sender)[1]:
            out.append(msg.MAIL_NO_SENDER())
        if not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            out.append(msg.MAIL_BAD_PORT())
        return out

    def problems(self) -> list[str]:
        """`what_is_missing` in Persian (the settings window's own check)."""
        return [problem.text() for problem in self.what_is_missing()]

    def check(self) -> None:
        problems = self.what_is_missing()
        if problems:
            raise errors.WorkflowError(
                errors.INVALID_INPUT, msg.MAIL_PROBLEMS(problems=problems), field="smtp"
            )

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def security(self) -> str:
        """How the link to the server is protected: "ssl", "starttls" or "none"."""
        return "ssl" if self.use_ssl else "starttls" if self.starttls else "none"

    def with_security(self, security: str) -> Settings:
        """A copy protected by `security` ("none", "starttls" or "ssl")."""
        if security not in SECURITY:
            raise ValueError(security)
        return replace(self, use_ssl=security == "ssl", starttls=security == "starttls")


SECURITY = ("none", "starttls", "ssl")


# --- the message -------------------------------------------------------------------------------


def subject(booking: m.Booking) -> str:
    return TEXTS["subject"].format(
        ref=booking.ref,
        service=SERVICE_NAMES[booking.service],
        semansara=booking.semansara.name,
        date=jalali.format_date(booking.start_at.date()),
    )


def build_message(note: m.Notification, settings: Settings, clock: Clock) -> EmailMessage:
    """The notice as a UTF-8 e-mail: Persian subject, the Notification's body as the text."""
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid, parseaddr

    sender = parseaddr(settings.sender)[1]
    message = EmailMessage()
    message["Subject"] = subject(note.booking)
    message["From"] = settings.sender
    message["To"] = note.address
    message["Date"] = format_datetime(clock.now().astimezone())
    message["Message-ID"] = make_msgid(
        idstring=f"notice-{note.id}", domain=sender.rpartition("@")[2] or "semansara.local"
    )
    message["Content-Language"] = "fa"
    message.set_content(note.body, charset="utf-8")
    return message


def _text(text: bytes | str) -> str:
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else text


def _detail(exc: BaseException) -> str:
    code = getattr(exc, "smtp_code", None)
    if code:
        return f"{code} {_text(getattr(exc, 'smtp_error', b''))}".strip()
    return str(exc) or type(exc).__name__


def failure_reason(exc: BaseException, settings: Settings, address: str = "") -> str:
    """A failed delivery in Persian, with the server's own words kept for support."""
    import smtplib
    import ssl

    server, detail = settings.server, _detail(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        detail = "; ".join(f"{code} {_text(text)}" for code, text in exc.recipients.values())
        return TEXTS["recipient"].format(address=address, detail=detail)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return TEXTS["sender"].format(address=exc.sender, detail=detail)
    if isinstance(exc, smtplib.SMTPDataError):
        return TEXTS["data"].format(detail=detail)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return TEXTS["auth"].format(detail=detail)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return TEXTS["no_tls"].format(server=server, detail=detail)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return TEXTS["disconnected"].format(server=server, detail=detail)
    if isinstance(exc, ssl.SSLError):
        return TEXTS["tls"].format(server=server, detail=detail)
    if isinstance(exc, ConnectionRefusedError):
        return TEXTS["refused_conn"].format(server=server)
    if isinstance(exc, TimeoutError | socket.timeout):
        return TEXTS["timeout"].format(
            server=server, seconds=persian.to_persian_digits(f"{settings.timeout:g}")
        )
    if isinstance(exc, socket.gaierror):
        return TEXTS["no_such_host"].format(host=settings.host)
    if isinstance(exc, OSError):
        return TEXTS["network"].format(server=server, detail=detail)
    return TEXTS["other"].format(detail=detail)


def _connect(settings: Settings) -> smtplib.SMTP:
    import smtplib
    import ssl

    if settings.use_ssl:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            timeout=settings.timeout,
            context=ssl.create_default_context(),
        )
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        smtp.ehlo()
        if settings.starttls and not settings.use_ssl:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.username:
            smtp.login(settings.username, settings.password)
    except BaseException:
        _close(smtp)
        raise
    return smtp


def _close(smtp: smtplib.SMTP | None) -> None:
    import smtplib

    if smtp is None:
        return
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


# --- the state changes (service calls) --------------------------------------------------------


def _notification(notification: Any = None, ref: str = "", to: str = "") -> m.Notification:
    """The notice `notification` (its number), or else booking `ref`'s latest notice to `to`
    (``ngo`` or ``manager``), locked for this transaction."""
    if notification in (None, "") and ref:
        to = validate.choice(to, "to", RECIPIENT_NAMES, RECIPIENT_NAMES)
        booking = find.one(m.Booking, ref)
        notification = (
            booking.notifications.select(m.Notification.id)
            .where(m.Notification.recipient == to)
            .order_by(m.Notification.id.desc())
            .scalar()
        )
    try:
        return find.locked(m.Notification, int(notification))
    except (m.Notification.DoesNotExist, ValueError, TypeError):
        raise errors.WorkflowError(
            errors.NOT_FOUND, msg.NOTICE_NOT_FOUND(id=notification or f"{ref} {to}")
        ) from None


def _booking_ref(note: m.Notification) -> str:
    return m.Booking.select(m.Booking.ref).where(m.Booking.id == note.booking_id).scalar()


DELIVERED = ("sent", "printed")


def _complete_step(note: m.Notification, trail: Trail) -> m.Booking:
    """Step ذ is done when each notice of the booking is delivered: the delivery that
    completes it moves the booking on, in the same transaction. The booking is locked before
    its notices are read, so two deliveries at once cannot both miss the other."""
    booking = find.locked(m.Booking, note.booking_id)
    if (
        booking.state == "zal_issued"
        and not booking.notifications.where(m.Notification.state.not_in(DELIVERED)).exists()
    ):
        BookingFlow(booking, trail).fire("deliver")
        booking.save()
    return booking


def _outcome(note: m.Notification, booking: m.Booking, changed: bool) -> Result:
    return {
        "id": note.id,
        "state": note.state,
        "changed": changed,
        "booking": booking.ref,
        "booking_state": booking.state,
    }


@action("record_delivery")
def record_delivery(
    ctx: Context,
    trail: Trail,
    *,
    notification: Any = None,
    sent: bool,
    error: str = "",
    message_id: str = "",
    ref: str = "",
    to: str = "",
) -> Result:
    """An e-mail notice went out (`sent`: the SMTP server accepted it) or failed with
    `error`; a notice already delivered (by another desk, or printed meanwhile) is left as it
    is. The notice is `notification`, or booking `ref`'s notice `to` ngo or manager."""
    note = _notification(notification, ref, to)
    if note.state in DELIVERED:
        return _outcome(note, note.booking, False)
    if note.channel != "email":
        raise errors.WorkflowError(errors.OUT_OF_ORDER, msg.NOTICE_ON_PAPER(id=note.id))
    before = note.state
    note.state = "sent" if sent else "failed"
    if sent:
        note.sent_at = ctx.now
    note.save()
    trail.about(
        "booking",
        _booking_ref(note),
        decision="notice_sent" if sent else "notice_failed",
        data={
            "notification": note.id,
            "recipient": note.recipient,
            "channel": "email",
            "address": note.address,
            "from": before,
            "to": note.state,
            "error": error,
            "message_id": message_id,
        },
    )
    return _outcome(note, _complete_step(note, trail), True)


@action("mark_printed")
def _mark_printed(
    ctx: Context, trail: Trail, *, notification: Any = None, ref: str = "", to: str = ""
) -> Result:
    note = _notification(notification, ref, to)
    if note.state in DELIVERED:
        return _outcome(note, note.booking, False)
    before = note.state
    note.state, note.sent_at = "printed", ctx.now
    note.save()
    trail.about(
        "booking",
        _booking_ref(note),
        decision="notice_printed",
        data={
            "notification": note.id,
            "recipient": note.recipient,
            "channel": note.channel,
            "from": before,
            "to": note.state,
        },
    )
    return _outcome(note, _complete_step(note, trail), True)


def mark_printed(notification_id: int, ctx: Context) -> Result:
    """The notice was printed and handed over (a print notice, or an e-mail that failed)."""
    return run(ctx, "mark_printed", notification=notification_id)


# --- sending -----------------------------------------------------------------------------------


class _Mailer:
    """One SMTP connection for a run of notices, opened on the first one. A server that could
    not be reached is not tried again in the same run; a dropped link is opened again once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None
        self.down = ""  # why the server cannot be reached

    def send(self, message: EmailMessage, address: str) -> str:
        """Send `message` to `address`; "" when the server took it, else the reason."""
        import smtplib
        from email.utils import parseaddr

        if self.smtp is None:
            if self.down:
                return self.down
            try:
                self.smtp = _connect(self.settings)
            except (OSError, smtplib.SMTPException) as exc:
                self.down = failure_reason(exc, self.settings)
                return self.down
        try:
            self.smtp.send_message(
                message, from_addr=parseaddr(self.settings.sender)[1], to_addrs=[address]
            )
        except (
            smtplib.SMTPRecipientsRefused,
            smtplib.SMTPSenderRefused,
            smtplib.SMTPDataError,
        ) as exc:
            return failure_reason(exc, self.settings, address)  # this message only
        except (OSError, smtplib.SMTPException) as exc:
            self.close()  # the link is gone: the next notice connects again
            return failure_reason(exc, self.settings, address)
        return ""

    def close(self) -> None:
        _close(self.smtp)
        self.smtp = None


def system_user() -> m.User:
    """The actor of unattended sending (`semansara notify send` without --as): not a stored
    account, it acts as the service desk, whose step ذ is."""
    return m.User(username="system", role=DESK_EXPERT, full_name="ارسال خودکار", active=True)


def send_pending(
    settings: Settings,
    clock: Clock,
    *,
    limit: int | None = None,
    retry_failed: bool = False,
    user: m.User | None = None,
    booking_ref: str | None = None,
) -> dict[str, int]:
    """Send every pending e-mail notice (oldest first; with `retry_failed` the failed ones
    too), or only booking `booking_ref`'s, and record each outcome. Notices of cancelled or
    refused bookings are not sent. Returns {"sent", "failed", "skipped"} (skipped: delivered
    meanwhile by someone else)."""
    ctx = Context(user or system_user(), clock)
    check_role(ctx.user, "record_delivery")
    settings.check()
    states = ["pending", "failed"] if retry_failed else ["pending"]
    query = (
        m.Notification.select(m.Notification, m.Booking, m.Semansara)
        .join(m.Booking)
        .join(m.Semansara)
        .where(
            (m.Notification.channel == "email")
            & m.Notification.state.in_(states)
            & m.Booking.state.not_in(("cancelled", "refused"))
        )
        .order_by(m.Notification.id)
    )
    if booking_ref is not None:
        query = query.where(m.Booking.ref == booking_ref)
    if limit is not None:
        query = query.limit(limit)
    counts = {"sent": 0, "failed": 0, "skipped": 0}
    with contextlib.closing(_Mailer(settings)) as mailer:
        for note in list(query):
            try:
                message = build_message(note, settings, clock)
            except (ValueError, TypeError) as exc:
                message, error = (
                    None,
                    f"{TEXTS['bad_address'].format(address=note.address)} ({exc})",
                )
            else:
                error = mailer.send(message, note.address)
            out = run(
                ctx,
                "record_delivery",
                notification=note.id,
                sent=not error,
                error=error,
                message_id=message["Message-ID"] if message else "",
            )
            counts["skipped" if not out["changed"] else "failed" if error else "sent"] += 1
    return counts


def trial_message(settings: Settings, address: str, clock: Clock) -> EmailMessage:
    """A short message that says the settings work."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    message = EmailMessage()
    message["Subject"] = TEXTS["test_subject"]
    message["From"] = settings.sender
    message["To"] = address
    message["Date"] = format_datetime(clock.now().astimezone())
    message["Content-Language"] = "fa"
    message.set_content(
        TEXTS["test_body"].format(
            server=settings.server, security=SECURITY_NAMES[settings.security]
        ),
        charset="utf-8",
    )
    return message


def check_server(settings: Settings, clock: Clock, send_to: str = "") -> tuple[bool, str]:
    """Connect (TLS and sign-in as set) and, when `send_to` is given, send it a test message.
    Returns whether it worked and what to tell the person, in Persian. No database."""
    import smtplib
    from email.utils import parseaddr

    problems = settings.problems()
    if problems:
        return False, " ".join(problems)
    address = parseaddr(send_to)[1] if send_to.strip() else ""
    if send_to.strip() and "@" not in address:
        return False, TEXTS["bad_address"].format(address=send_to.strip())
    try:
        smtp = _connect(settings)
    except (OSError, smtplib.SMTPException) as exc:
        return False, failure_reason(exc, settings)
    try:
        if address:
            try:
                message = trial_message(settings, address, clock)
                smtp.send_message(
                    message, from_addr=parseaddr(settings.sender)[1], to_addrs=[address]
                )
            except (OSError, smtplib.SMTPException) as exc:
                return False, failure_reason(exc, settings, address)
            except (ValueError, TypeError):
                return False, TEXTS["bad_address"].format(address=send_to.strip())
    finally:
        _close(smtp)
    said = TEXTS["test_connected"].format(
        server=settings.server, security=SECURITY_NAMES[settings.security]
    )
    if settings.username:
        said += " " + TEXTS["test_signed_in"].format(user=settings.username)
    if address:
        said += " " + TEXTS["test_sent"].format(address=address)
    return True, said


# --- what the UI shows -------------------------------------------------------------------------


def delivery_status(booking_ref: str, who: Any = None) -> list[dict[str, Any]]:
    """The notices of one booking and how each was delivered, for the UI (`who`: a person
    who sees only their semansara's bookings, R-3.4)."""
    booking = find.seen(who, m.Booking, booking_ref)
    events: dict[int, list[tuple[m.AuditEvent, dict[str, Any]]]] = {}
    query = (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.object_type == "booking")
            & (m.AuditEvent.object_ref == booking.ref)
            & m.AuditEvent.action.in_(("record_delivery", "mark_printed"))
        )
        .order_by(m.AuditEvent.id)
    )
    for event in query:
        data = json.loads(event.data)
        events.setdefault(data.get("notification"), []).append((event, data))
    out = []
    for note in booking.notifications.order_by(m.Notification.id):
        history = events.get(note.id, [])
        attempts = [(e, d) for e, d in history if e.action == "record_delivery"]
        failures = [(e, d) for e, d in attempts if d.get("error")]
        out.append(
            {
                "id": note.id,
                "recipient": note.recipient,
                "recipient_fa": RECIPIENT_NAMES.get(note.recipient, note.recipient),
                "channel": note.channel,
                "channel_fa": CHANNEL_NAMES.get(note.channel, note.channel),
                "address": note.address,
                "state": note.state,
                "state_fa": STATE_NAMES.get(note.state, note.state),
                "created_at": note.created_at,
                "sent_at": note.sent_at,
                "attempts": len(attempts),
                "last_attempt_at": attempts[-1][0].at if attempts else None,
                "error": failures[-1][1]["error"] if failures and note.state == "failed" else "",
                "body": note.body,
            }
        )
    return out


__all__ = [
    "SECURITY",
    "Settings",
    "build_message",
    "check_server",
    "delivery_status",
    "failure_reason",
    "mark_printed",
    "record_delivery",
    "send_pending",
    "settings_path",
    "subject",
    "system_user",
]
