"""A booking's step-ذ notices, for the notices panel: the booking's state and how each notice
was delivered (`notifications.delivery_status`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.db import models as m
from app.workflow import notifications
from app.workflow.machines import BookingFlow


def live(state: str) -> bool:
    """A booking in `state` still holds its room (R-2.2): its notices may be sent."""
    return state in BookingFlow.live


@dataclass(frozen=True)
class NoticeBooking:
    ref: str
    state: str


def booking(ref: str) -> NoticeBooking | None:
    found = (
        m.Booking.select(m.Booking.ref, m.Booking.state)
        .where(m.Booking.ref == ref)
        .tuples()
        .first()
    )
    return NoticeBooking(*found) if found else None


def deliveries(ref: str) -> list[dict[str, Any]]:
    """Each notice of booking `ref`: recipient, channel, address, state, times, error."""
    return notifications.delivery_status(ref)
