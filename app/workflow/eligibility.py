"""Who may be served (R-1.1, R-1.2, R-4.4, R-4.5): asked at review, at signing and at
each extension; and, during a contract, whether its services may be given (R-1.1)."""

from __future__ import annotations

import datetime as dt

from app.db import models as m
from app.workflow import errors, jalali
from app.workflow.policy import policy_on


def eligibility_problem(ngo: m.Ngo, on: dt.date) -> errors.WorkflowError | None:
    """Why `ngo` may not be served on `on`, or None (R-1.1, R-4.4, R-4.5)."""
    bodies = policy_on(on)["licensing_bodies"]
    if ngo.licence_issuer not in bodies:
        return errors.WorkflowError(
            errors.NOT_ELIGIBLE, f"مرجع صدور مجوز «{ngo.licence_issuer}» در فهرست مراجع "
                                 "پذیرفته نیست.", "R-1.1")
    if ngo.licence_expires < on:
        return errors.WorkflowError(
            errors.LICENCE_EXPIRED, f"مجوز فعالیت این سمن در {jalali.format_date(ngo.licence_expires)}"
                                    " به پایان رسیده است.", "R-1.1")
    if not ngo.active:
        return errors.WorkflowError(errors.NOT_ELIGIBLE, "این سمن در سامانه غیرفعال است.",
                                    "R-1.2")
    if ngo.level is None:
        return errors.WorkflowError(
            errors.LEVEL_NOT_ASSESSED, "سطح توان‌افزایی این سمن هنوز توسط معاونت توان‌افزایی "
                                       "تعیین نشده است.", "R-4.5")
    if ngo.level == 1:
        return errors.WorkflowError(
            errors.LEVEL_HAS_NO_SERVICES, "سمن‌های سطح ۱ (در حال تأسیس) از خدمات سمن‌سرا "
                                          "بهره‌مند نمی‌شوند.", "R-4.4")
    return None


def licence_lapsed(ngo: m.Ngo, today: dt.date, day: dt.date | None = None
                   ) -> errors.WorkflowError | None:
    """R-1.1 (sharpened): a contracted NGO's services (bookings, allocations, business cards)
    stop while its licence is expired, and no room is booked for a `day` after it expires.
    The contract stays; a renewed licence (a new expiry date) restores them."""
    expires = ngo.licence_expires
    if expires < today:
        return errors.WorkflowError(
            errors.LICENCE_EXPIRED, f"مجوز فعالیت «{ngo.name}» در {jalali.format_date(expires)} "
                                    "به پایان رسیده است؛ تا مجوز تمدیدشده ثبت نشود، خدمات "
                                    "سمن‌سرا به این سمن داده نمی‌شود.", "R-1.1")
    if day is not None and expires < day:
        return errors.WorkflowError(
            errors.LICENCE_EXPIRED, f"مجوز فعالیت «{ngo.name}» در {jalali.format_date(expires)} "
                                    f"به پایان می‌رسد؛ نوبت {jalali.format_date(day)} پس از آن "
                                    "است.", "R-1.1", field="date")
    return None


def check_licence(ngo: m.Ngo, today: dt.date, day: dt.date | None = None) -> None:
    """Refuse a service while the licence is expired (see `licence_lapsed`)."""
    problem = licence_lapsed(ngo, today, day)
    if problem is not None:
        raise problem
