"""Article 4: what each level may use, and how much an NGO has used (R-4.1 – R-4.4).

Hours are charged to the NGO whoever books on its behalf, counted per Jalali year by the
booking's date; a cancelled or refused booking gives its hours back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from app.db import models as m
from app.db.statements import Statement
from app.workflow import errors, jalali
from app.workflow import messages as msg
from app.workflow.machines import BookingFlow
from app.workflow.policy import ROOM_SERVICES, SERVICE_NAMES, SERVICES, UNLIMITED, Policy, policy_on


def service_cap(level: int | None, service: str, policy: Policy) -> int | str:
    """The NGO's cap for `service` (hours a year for rooms): a number or UNLIMITED.
    Refuses a level without services (R-4.4) and a service outside the level (R-4.3)."""
    if level is None:
        raise errors.WorkflowError(errors.LEVEL_NOT_ASSESSED, msg.LEVEL_UNKNOWN(), "R-4.5")
    if level == 1:
        raise errors.WorkflowError(
            errors.LEVEL_HAS_NO_SERVICES, msg.LEVEL_ONE_NO_SERVICES(), "R-4.4"
        )
    cap = policy.level_cap(level, service)
    if cap in (None, 0):
        raise errors.WorkflowError(
            errors.SERVICE_NOT_IN_LEVEL,
            msg.NOT_IN_LEVEL(services=[SERVICE_NAMES[service]], level=level),
            "R-4.3",
        )
    per_ngo = policy["service_caps"].get(service)
    if per_ngo is not None and cap != UNLIMITED:
        cap = min(cap, per_ngo)
    return cap


# Asked for every booking requested: built once.
_MINUTES_USED = Statement(
    lambda ngo_id, service, year: m.Booking.select(fn.COALESCE(fn.SUM(m.Booking.minutes), 0)).where(
        (m.Booking.ngo == ngo_id)
        & (m.Booking.year == year)
        & (m.Booking.service == service)
        & m.Booking.state.in_(BookingFlow.live)
    ),
    (m.Booking.ngo, m.Booking.service, m.Booking.year),
)


def minutes_used(ngo: m.Ngo, service: str, year: int) -> int:
    ngo_id = ngo.id if isinstance(ngo, m.Ngo) else ngo
    return int(_MINUTES_USED.scalar(ngo_id, service, year) or 0)


def cards_used(ngo: m.Ngo, year: int) -> int:
    total = (
        m.BusinessCardOrder.select(fn.COALESCE(fn.SUM(m.BusinessCardOrder.count), 0))
        .where((m.BusinessCardOrder.ngo == ngo) & (m.BusinessCardOrder.year == year))
        .scalar()
    )
    return int(total or 0)


def allocated(contract: m.Contract, service: str) -> int:
    total = (
        m.Allocation.select(fn.COALESCE(fn.SUM(m.Allocation.count), 0))
        .where(
            (m.Allocation.contract == contract)
            & (m.Allocation.service == service)
            & (m.Allocation.state == "active")
        )
        .scalar()
    )
    return int(total or 0)


def hours_text(minutes: int, language: str = msg.FA) -> str:
    """«۱۲ ساعت و ۳۰ دقیقه»: minutes as hours and minutes, in `language`."""
    return msg.write(minutes, "hours", language)


def summary(ngo: m.Ngo, on: dt.date, contract: m.Contract | None = None) -> dict[str, Any]:
    """Caps, use and what is left for each service, for the Jalali year of `on`."""
    policy = policy_on(on)
    year = jalali.jalali_year(on)
    out: dict[str, Any] = {}
    for service in SERVICES:
        try:
            cap = service_cap(ngo.level, service, policy)
        except errors.WorkflowError:
            continue
        if service in ROOM_SERVICES:
            used = minutes_used(ngo, service, year) / 60
        elif service == "business_cards":
            used = cards_used(ngo, year)
        elif contract is not None and service in ("shelf", "desk"):
            used = allocated(contract, service)
        else:
            used = 0
        left = UNLIMITED if cap == UNLIMITED else max(cap - used, 0)
        out[service] = {"cap": cap, "used": used, "left": left}
    return out
