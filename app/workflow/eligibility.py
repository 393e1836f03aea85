"""Who may be served (R-1.1, R-1.2, R-4.4, R-4.5, R-5.3): asked at review, again at every
step that brings a request nearer a contract (R-3.2), and at each extension; and, during a
contract, whether its services may be given (R-1.1)."""

from __future__ import annotations

import datetime as dt

from app.db import models as m
from app.workflow import errors, jalali
from app.workflow import messages as msg
from app.workflow.national_code import is_valid
from app.workflow.policy import SERVICE_NAMES, Policy, policy_on


def eligibility_problem(ngo: m.Ngo, on: dt.date) -> errors.WorkflowError | None:
    """Why `ngo` may not be served on `on`, or None (R-1.1, R-4.4, R-4.5)."""
    bodies = policy_on(on)["licensing_bodies"]
    if ngo.licence_issuer not in bodies:
        return errors.WorkflowError(
            errors.NOT_ELIGIBLE, msg.ISSUER_NOT_ACCEPTED(issuer=ngo.licence_issuer), "R-1.1"
        )
    if ngo.licence_expires < on:
        return errors.WorkflowError(
            errors.LICENCE_EXPIRED, msg.LICENCE_ENDED(day=ngo.licence_expires), "R-1.1"
        )
    if not ngo.active:
        return errors.WorkflowError(errors.NOT_ELIGIBLE, msg.NGO_INACTIVE(), "R-1.2")
    if ngo.level is None:
        return errors.WorkflowError(errors.LEVEL_NOT_ASSESSED, msg.LEVEL_NOT_SET(), "R-4.5")
    if ngo.level == 1:
        return errors.WorkflowError(errors.LEVEL_HAS_NO_SERVICES, msg.LEVEL_ONE(), "R-4.4")
    return None


def licence_lapsed(
    ngo: m.Ngo, today: dt.date, day: dt.date | None = None
) -> errors.WorkflowError | None:
    """R-1.1 (sharpened): a contracted NGO's services (bookings, allocations, business cards)
    stop while its licence is expired, and no room is booked for a `day` after it expires.
    The contract stays; a renewed licence (a new expiry date) restores them."""
    expires = ngo.licence_expires
    if expires < today:
        return errors.WorkflowError(
            errors.LICENCE_EXPIRED, msg.LICENCE_LAPSED(ngo=ngo.name, day=expires), "R-1.1"
        )
    if day is not None and expires < day:
        return errors.WorkflowError(
            errors.LICENCE_EXPIRED,
            msg.LICENCE_ENDS_FIRST(ngo=ngo.name, expires=expires, day=day),
            "R-1.1",
            field="date",
        )
    return None


def check_licence(ngo: m.Ngo, today: dt.date, day: dt.date | None = None) -> None:
    """Refuse a service while the licence is expired (see `licence_lapsed`)."""
    problem = licence_lapsed(ngo, today, day)
    if problem is not None:
        raise problem


# --- five years in all the semansaras of the city -------------------------------------


def months_in(start: dt.date, end: dt.date) -> int:
    """Months from `start` to `end`, a started month counted whole."""
    months = jalali.months_between(start, end)
    return months + (1 if jalali.add_months(start, months) < end else 0)


def served_months(ngo: m.Ngo) -> int:
    """R-5.3: months of all the NGO's contracts in every semansara (a running contract counts
    its whole term; an ended one until it ended)."""
    total = 0
    for contract in ngo.contracts:
        end = contract.ends
        if contract.ended_at is not None:
            end = min(end, contract.ended_at.date())
        total += months_in(contract.starts, max(end, contract.starts))
    return total


def five_year_problem(ngo: m.Ngo, more_months: int, policy: Policy) -> errors.WorkflowError | None:
    """Why `more_months` more would take `ngo` past the cap of R-5.3, or None."""
    cap = policy["max_total_months"]
    served = served_months(ngo)
    if served + more_months <= cap:
        return None
    return errors.WorkflowError(
        errors.FIVE_YEAR_CAP,
        msg.FIVE_YEARS(cap=cap, served=served, left=max(cap - served, 0)),
        "R-5.3",
    )


def check_five_years(ngo: m.Ngo, more_months: int, policy: Policy) -> None:
    problem = five_year_problem(ngo, more_months, policy)
    if problem is not None:
        raise problem


# --- a request, at every step -----------------------------------------------------------


def request_problem(request: m.Request, on: dt.date) -> errors.WorkflowError | None:
    """Why `request` may not go on towards a contract on `on`, or None (R-3.2): the NGO is
    eligible that day and has at least one term left under the five-year cap."""
    ngo = request.ngo
    problem = eligibility_problem(ngo, on)
    if problem is None:
        policy = policy_on(on)
        problem = five_year_problem(ngo, policy["lease_months"], policy)
    return problem


def check_request(request: m.Request, on: dt.date) -> None:
    problem = request_problem(request, on)
    if problem is not None:
        raise problem


# --- the people a contract names --------------------------------------------------------


def people_problem(ngo: m.Ngo) -> errors.WorkflowError | None:
    """What of the chief executive and the official representative is not on record (a name and
    a valid national code each), or None (R-6.5)."""
    missing = [
        (field, what)
        for field, what, ok in (
            ("chief", "نام مدیرعامل", bool(ngo.chief.strip())),
            ("chief_national_code", "کد ملی معتبر مدیرعامل", is_valid(ngo.chief_national_code)),
            ("representative", "نام نمایندهٔ رسمی", bool(ngo.representative.strip())),
            (
                "representative_national_code",
                "کد ملی معتبر نمایندهٔ رسمی",
                is_valid(ngo.representative_national_code),
            ),
        )
        if not ok
    ]
    if not missing:
        return None
    return errors.WorkflowError(
        errors.NOT_ELIGIBLE,
        msg.PEOPLE_MISSING(missing=[what for _, what in missing]),
        "R-6.5",
        field=missing[0][0],
    )


# --- the services a request asks for --------------------------------------------------


def services_problem(ngo: m.Ngo, services: list[str], on: dt.date) -> errors.WorkflowError | None:
    """Which of `services` the NGO's level does not offer on `on`, or None; nothing is said
    while the level is not known (R-4.3)."""
    if ngo.level is None:
        return None
    policy = policy_on(on)
    outside = [s for s in services if policy.level_cap(ngo.level, s) is None]
    if not outside:
        return None
    names = [SERVICE_NAMES.get(s, s) for s in outside]
    return errors.WorkflowError(
        errors.SERVICE_NOT_IN_LEVEL,
        msg.NOT_IN_LEVEL(services=names, level=ngo.level),
        "R-4.3",
        field="services",
    )
