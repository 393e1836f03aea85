"""Contracts after signing: extensions (Article 5), ending, allocations and business cards."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.db import models as m
from app.db.statements import Statement
from app.workflow import audit, capacity, errors, find, jalali, quotas, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.eligibility import (
    check_five_years,
    check_licence,
    eligibility_problem,
    months_in,
    served_months,
)
from app.workflow.machines import BookingFlow, ContractFlow, ExtensionFlow
from app.workflow.policy import ALLOCATED_SERVICES, SERVICE_NAMES, UNLIMITED, Policy, policy_on
from app.workflow.service import Context, Result, action

# an extension is requested in person or on HQ's panel.
EXTENSION_CHANNELS = {"in_person": "حضوری", "portal": "سامانه پنل کاربری"}


def running_contract(ngo: m.Ngo) -> m.Contract | None:
    return ngo.contracts.where(m.Contract.state.in_(ContractFlow.running)).first()


def last_day(ends: dt.date) -> dt.date:
    """A contract's `ends` is kept exclusive (the first day after the contract, so that a day is
    covered when starts <= day < ends); people read, and documents print, the last day."""
    return ends - dt.timedelta(days=1)


def running(contract: m.Contract, on: dt.date | None = None) -> None:
    """Refuse unless `contract` runs (and, when `on` is given, covers that day)."""
    if contract.state not in ContractFlow.running:
        raise errors.WorkflowError(
            errors.NO_ACTIVE_CONTRACT, msg.CONTRACT_NOT_RUNNING(contract=contract.ref), "R-2.2"
        )
    if on is not None and not contract.starts <= on < contract.ends:
        raise errors.WorkflowError(
            errors.NO_ACTIVE_CONTRACT,
            msg.DAY_OUTSIDE_CONTRACT(
                day=on, contract=contract.ref, starts=contract.starts, last=last_day(contract.ends)
            ),
            "R-2.2",
        )


def accepted_extensions(contract: m.Contract) -> int:
    return contract.extensions.where(m.Extension.state == "accepted").count()


def extension_deadline(contract: m.Contract, policy: Policy) -> dt.date:
    """R-5.1: the last day an extension may be asked for: the end less the policy's months."""
    return jalali.add_months(contract.ends, -policy["extension_deadline_months"])


def extension_too_late(contract: m.Contract, on: dt.date) -> bool:
    """R-5.1: whether the extension deadline of `contract` has passed on day `on`."""
    return on > extension_deadline(contract, policy_on(on))


def deadlines_near(
    on: dt.date, semansara_id: int | None = None, limit: int = 200
) -> list[tuple[m.Contract, dt.date]]:
    """R-5.1 reminder: running contracts (with their NGO and semansara) whose extension deadline
    falls within the policy's reminder days from `on` and that have no extension request
    waiting, soonest first, each with its deadline."""
    policy = policy_on(on)
    days = dt.timedelta(days=policy["ending_soon_days"])
    latest_end = jalali.add_months(on + days, policy["extension_deadline_months"])
    waiting = m.Extension.select(m.Extension.contract).where(m.Extension.state == "requested")
    query = (
        m.Contract.select(m.Contract, m.Ngo, m.Semansara)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .where(
            m.Contract.state.in_(ContractFlow.running)
            & (m.Contract.ends > on)
            & (m.Contract.ends <= latest_end)
            & m.Contract.id.not_in(waiting)
        )
        .order_by(m.Contract.ends)
    )
    if semansara_id is not None:
        query = query.where(m.Contract.semansara == semansara_id)
    near = [(c, extension_deadline(c, policy)) for c in query]
    return [(c, deadline) for c, deadline in near if on <= deadline <= on + days][:limit]


def ending_by(on: dt.date, days: int | None = None) -> dt.date:
    """R-5.1 reminder: a running contract is ending soon on `on` when its last day is at most
    `days` days away (the policy's `ending_soon_days` unless given), or has passed without the
    contract being closed: when its `ends` (exclusive) is on or before the day returned."""
    if days is None:
        days = policy_on(on)["ending_soon_days"]
    return on + dt.timedelta(days=days + 1)


def ending_soon(on: dt.date, days: int | None = None) -> Any:
    """The condition (on `m.Contract`) of the contracts ending soon on `on` (`ending_by`)."""
    return m.Contract.state.in_(ContractFlow.running) & (m.Contract.ends <= ending_by(on, days))


def is_ending_soon(state: str, ends: dt.date, on: dt.date, days: int | None = None) -> bool:
    """Whether a contract in `state` that ends (exclusive) on `ends` is ending soon on `on`."""
    return state in ContractFlow.running and ends <= ending_by(on, days)


def term_ends(contract: m.Contract) -> list[dt.date]:
    """R-5.5: where each of the contract's terms so far ends (exclusive): the first as signed,
    then the end each accepted extension gave, all counted from the contract's first day."""
    first = jalali.add_months(contract.starts, policy_on(contract.signed_at.date())["lease_months"])
    accepted = contract.extensions.where(m.Extension.state == "accepted").order_by(m.Extension.id)
    return [first] + [e.new_ends for e in accepted]


def extended_ends(contract: m.Contract, months: int) -> dt.date:
    """The end after `months` more, counted from the first day and never from the last clamped
    end (R-5.5): the months of the terms so far are summed, so that a policy version that
    changed the contract months between terms is followed too."""
    return jalali.add_months(contract.starts, months_in(contract.starts, contract.ends) + months)


def _check_one_at_a_time(contract: m.Contract, today: dt.date) -> None:
    """R-5.5: an extension is asked for in the contract's current term, one at a time."""
    if today < contract.starts:
        raise errors.WorkflowError(
            errors.EXTENSION_PENDING,
            msg.EXTENSION_BEFORE_START(contract=contract.ref, starts=contract.starts),
            "R-5.5",
        )
    pending = contract.extensions.where(m.Extension.state == "requested").first()
    if pending is not None:
        raise errors.WorkflowError(
            errors.EXTENSION_PENDING, msg.EXTENSION_UNDECIDED(extension=pending.ref), "R-5.5"
        )
    ends = term_ends(contract)
    if len(ends) > 1 and today < ends[-2]:
        latest = (
            contract.extensions.where(m.Extension.state == "accepted")
            .order_by(m.Extension.id.desc())
            .first()
        )
        raise errors.WorkflowError(
            errors.EXTENSION_PENDING,
            msg.EXTENSION_NOT_STARTED(extension=latest.ref, starts=ends[-2]),
            "R-5.5",
        )


def _check_extension_limits(contract: m.Contract, target: m.Semansara, policy: Policy) -> None:
    used = accepted_extensions(contract)
    if used >= policy["max_extensions"]:
        raise errors.WorkflowError(errors.EXTENSION_LIMIT, msg.EXTENSIONS_USED(count=used), "R-5.2")
    check_five_years(contract.ngo, policy["lease_months"], policy)


def _check_room_in(target: m.Semansara, ahead: list[capacity.InLine]) -> None:
    """R-5.4, R-3.3: a move into `target` needs a free place beyond those owed to the requests
    and extensions before it."""
    free = capacity.places(target).free
    if free <= len(ahead):
        raise errors.WorkflowError(
            errors.NO_CAPACITY,
            msg.NO_ROOM_TO_MOVE(semansara=target.name, free=free, waiting=len(ahead)),
            "R-5.4",
        )


def check_extension_request(
    contract: m.Contract, today: dt.date, target: m.Semansara | None = None
) -> None:
    """R-5.1 – R-5.4: refuse an extension request that may not be made today; the NGO must
    still be eligible (R-1.1: a licence that ran out ends the right to be served)."""
    running(contract)
    problem = eligibility_problem(contract.ngo, today)
    if problem is not None:
        raise problem
    _check_one_at_a_time(contract, today)
    policy = policy_on(today)
    if extension_too_late(contract, today):
        raise errors.WorkflowError(
            errors.LATE_EXTENSION,
            msg.EXTENSION_LATE(deadline=extension_deadline(contract, policy)),
            "R-5.1",
        )
    target = target or contract.semansara
    _check_extension_limits(contract, target, policy)
    if target.id != contract.semansara_id:
        _check_room_in(target, capacity.ahead(target, today))


@action("request_extension")
def request_extension(
    ctx: Context,
    trail: Trail,
    *,
    contract: str,
    ref: str = "",
    semansara: str = "",
    channel: str = "in_person",
) -> Result:
    contract_row = find.one(m.Contract, contract, lock=True)
    target = find.one(m.Semansara, semansara) if semansara else contract_row.semansara
    channel = validate.choice(channel, "channel", EXTENSION_CHANNELS, EXTENSION_CHANNELS)
    check_extension_request(contract_row, ctx.today, target)
    deadline = extension_deadline(contract_row, policy_on(ctx.today))
    ref = find.new_ref(m.Extension, ref, "ref", "E")
    extension = m.Extension(
        ref=ref,
        contract=contract_row,
        from_semansara=contract_row.semansara,
        to_semansara=target,
        requested_at=ctx.now,
        requested_by=ctx.user.username,
        channel=channel,
    )
    ExtensionFlow(extension)
    extension.save(force_insert=True)
    trail.about(
        "contract",
        contract_row.ref,
        decision="extension_requested",
        data={"extension": ref, "to": target.code, "deadline": deadline, "channel": channel},
    )
    return {
        "ref": ref,
        "state": extension.state,
        "deadline": jalali.format_date_latin(deadline),
        "channel": channel,
    }


def check_extension_acceptable(
    contract: m.Contract, extension: m.Extension, today: dt.date
) -> None:
    """R-5.2 – R-5.4: refuse accepting `extension` today (contract ended, limits, no place)."""
    running(contract)
    target = extension.to_semansara
    _check_extension_limits(contract, target, policy_on(today))
    if target.id != contract.semansara_id:
        _check_room_in(target, capacity.ahead_of_extension(extension, today))


@action("decide_extension")
def decide_extension(
    ctx: Context, trail: Trail, *, ref: str, decision: str, reason: str = ""
) -> Result:
    extension = find.one(m.Extension, ref, lock=True)
    decision = validate.choice(decision, "decision", validate.DECISIONS, validate.DECISIONS)
    reason = validate.text(reason, "reason", required=decision == "reject", max_len=4000)
    ExtensionFlow(extension).ensure(decision)
    contract = find.one(m.Contract, extension.contract.ref, lock=True)
    trail.about(
        "contract",
        contract.ref,
        decision=f"extension_{decision}",
        reason=reason,
        data={"extension": ref},
    )
    if decision == "accept":
        check_extension_acceptable(contract, extension, ctx.today)
        policy = policy_on(ctx.today)
        target = extension.to_semansara
        if target.id != contract.semansara_id:
            # The NGO moves when its present term ends; until then it keeps its semansara,
            # and the new semansara holds a place for it (capacity.places).
            extension.starts = contract.ends
            trail.data["moves_on"] = contract.ends
        contract.ends = extended_ends(contract, policy["lease_months"])
        ContractFlow(contract, trail).fire("extend", ctx=ctx)
        contract.version += 1
        contract.save()
        extension.new_ends = contract.ends
        trail.data.update(new_ends=contract.ends, semansara=target.code)
    ExtensionFlow(extension).fire(decision, ctx=ctx)
    extension.decided_at, extension.decided_by, extension.reason = (
        ctx.now,
        ctx.user.username,
        reason,
    )
    extension.save()
    out = {
        "ref": ref,
        "state": extension.state,
        "contract_state": contract.state,
        "extensions": accepted_extensions(contract),
    }
    if extension.new_ends:
        out["ends"] = jalali.format_date_latin(extension.new_ends)
    return out


def due_moves(on: dt.date) -> list[m.Extension]:
    """Accepted moves to another semansara whose day has come but are not applied yet."""
    latest: dict[int, m.Extension] = {}
    for extension in (
        m.Extension.select(m.Extension, m.Contract)
        .join(m.Contract)
        .where(
            (m.Extension.state == "accepted")
            & m.Extension.starts.is_null(False)
            & (m.Extension.starts <= on)
            & m.Contract.state.in_(ContractFlow.running)
        )
        .order_by(m.Extension.starts, m.Extension.id)
    ):
        latest[extension.contract_id] = extension
    return [e for e in latest.values() if e.contract.semansara_id != e.to_semansara_id]


def move_contract(extension: m.Extension, at: dt.datetime) -> bool:
    """R-5.4: the contract's extension into another semansara has begun (`at`, the first
    day of the new term): the old semansara's shelves and desks are released and the contract
    counts in the new semansara, with its own audit event. False when it is done already."""
    contract = find.locked(m.Contract, extension.contract_id)
    if (
        contract.state not in ContractFlow.running
        or contract.semansara_id == extension.to_semansara_id
    ):
        return False
    released = _release_allocations(contract, at)
    contract.semansara = extension.to_semansara
    contract.version += 1
    contract.save()
    audit.record(
        at,
        "system",
        "system",
        "move_contract",
        Trail(step="").about(
            "contract",
            contract.ref,
            decision="moved",
            before_state=contract.state,
            after_state=contract.state,
            data={
                "extension": extension.ref,
                "from": extension.from_semansara.code,
                "to": extension.to_semansara.code,
                "released_allocations": released,
            },
        ),
    )
    return True


def semansara_on(contract: m.Contract, day: dt.date) -> m.Semansara:
    """The semansara whose services the contract gives on `day` (R-3.4, R-5.4)."""
    moves = _LATEST_MOVE.rows(contract.id, day)
    return moves[0].to_semansara if moves else contract.semansara


# Asked for every booking: built once.
_LATEST_MOVE = Statement(
    lambda contract_id, day: (
        m.Extension.select()
        .where(
            (m.Extension.contract == contract_id)
            & (m.Extension.state == "accepted")
            & m.Extension.starts.is_null(False)
            & (m.Extension.starts <= day)
        )
        .order_by(m.Extension.starts.desc(), m.Extension.id.desc())
        .limit(1)
    ),
    (m.Extension.contract, m.Extension.starts),
)


def _release_allocations(contract: m.Contract, now: dt.datetime) -> int:
    held = [
        a.id
        for a in m.Allocation.select(m.Allocation.id).where(
            (m.Allocation.contract == contract) & (m.Allocation.state == "active")
        )
    ]
    audit.wrote(m.Allocation, held)
    return (
        (
            m.Allocation.update(state="released", released_at=now)
            .where(m.Allocation.id.in_(held))
            .execute()
        )
        if held
        else 0
    )


@action("end_contract")
def end_contract(ctx: Context, trail: Trail, *, contract: str, reason: str = "") -> Result:
    contract_row = find.one(m.Contract, contract, lock=True)
    trail.about(
        "contract",
        contract_row.ref,
        decision="ended",
        reason=validate.text(reason, "reason", required=False, max_len=4000),
    )
    cancelled = close(ctx, contract_row, trail, "پایان قرارداد")
    return {
        "ref": contract_row.ref,
        "state": contract_row.state,
        "cancelled_bookings": len(cancelled),
    }


def close(ctx: Context, contract: m.Contract, trail: Trail, reason: str) -> list[str]:
    """End `contract` at `ctx.now` (by hand, or by time: R-3.6): its place is freed, its shelves
    and desks released, its bookings still to come cancelled with notices. Returns the refs
    of the cancelled bookings."""
    ContractFlow(contract, trail).fire("end", ctx=ctx)
    contract.ended_at = ctx.now
    contract.version += 1
    contract.save()
    released = _release_allocations(contract, ctx.now)
    cancelled = []
    for booking in contract.bookings.where(
        m.Booking.state.in_(BookingFlow.live) & (m.Booking.start_at > ctx.now)
    ):
        cancel_with_notice(ctx, booking, reason)
        cancelled.append(booking.ref)
    trail.data.update(released_allocations=released, cancelled_bookings=cancelled)
    return cancelled


def cancel_with_notice(ctx: Context, booking: m.Booking, reason: str) -> None:
    """Cancel a booking on the desk's behalf (the contract ended): its own audit event, and
    the NGO and the manager whose notices of step ذ were issued are told it is cancelled."""
    trail = Trail().about(
        "booking",
        booking.ref,
        decision="cancelled",
        reason=reason,
        data={"minutes_returned": booking.minutes},
    )
    told = booking.state in BookingFlow.noticed
    BookingFlow(booking, trail).fire("cancel", ctx=ctx)
    booking.cancelled_at, booking.cancel_reason = ctx.now, reason
    booking.save()
    audit.record(ctx.now, ctx.user.username, ctx.user.role, "cancel_booking", trail)
    if told:
        for recipient, address in (("ngo", booking.ngo.email), ("manager", "")):
            m.Notification.create(
                booking=booking,
                recipient=recipient,
                address=address,
                channel="email" if address else "print",
                state="pending",
                created_at=ctx.now,
                body=f"نوبت {booking.ref} سمن «{booking.ngo.name}» در "
                f"{jalali.format_datetime(booking.start_at)} لغو شد: {reason}.",
            )


@action("allocate")
def allocate(ctx: Context, trail: Trail, *, contract: str, service: str, count: Any) -> Result:
    """R-4.2: shelves and desks held for the contract, within the level's cap and the
    semansara's own stock."""
    contract_row = find.one(m.Contract, contract, lock=True)
    service = validate.choice(service, "service", ALLOCATED_SERVICES, SERVICE_NAMES)
    count = validate.integer(count, "count", low=1, high=1000)
    running(contract_row)
    check_licence(contract_row.ngo, ctx.today)
    cap = quotas.service_cap(contract_row.ngo.level, service, policy_on(ctx.today))
    held = quotas.allocated(contract_row, service)
    if held + count > cap:
        raise errors.WorkflowError(
            errors.QUOTA_EXCEEDED,
            msg.ALLOCATION_CAP(service=SERVICE_NAMES[service], cap=cap, left=max(cap - held, 0)),
            "R-4.2",
        )
    semansara = find.one(m.Semansara, contract_row.semansara.code, lock=True)
    stock = semansara.shelves if service == "shelf" else semansara.desks
    taken = sum(
        a.count
        for a in semansara.allocations.where(
            (m.Allocation.service == service) & (m.Allocation.state == "active")
        )
    )
    if taken + count > stock:
        raise errors.WorkflowError(
            errors.NO_CAPACITY,
            msg.STOCK_LEFT(
                semansara=semansara.name, free=max(stock - taken, 0), service=SERVICE_NAMES[service]
            ),
            "R-4.2",
        )
    m.Allocation.create(
        contract=contract_row,
        semansara=semansara,
        service=service,
        count=count,
        state="active",
        allocated_at=ctx.now,
        allocated_by=ctx.user.username,
    )
    trail.about(
        "contract",
        contract_row.ref,
        decision="allocated",
        data={"service": service, "count": count},
    )
    return {
        "ref": contract_row.ref,
        "service": service,
        "allocated": held + count,
        "left": cap - held - count,
    }


def over_cap(
    allocations: list[m.Allocation], level: int | None, policy: Policy
) -> list[m.Allocation]:
    """R-4.6: of one contract's active `allocations`, those above the caps of `level` (its
    level lowered): the newest first, until what is left fits."""
    out = []
    for service in ALLOCATED_SERVICES:
        try:
            cap = quotas.service_cap(level, service, policy)
        except errors.WorkflowError:  # the level has no such service (any more)
            cap = 0
        if cap == UNLIMITED:
            continue
        rows = sorted(
            (a for a in allocations if a.service == service),
            key=lambda a: (a.allocated_at, a.id),
            reverse=True,
        )
        held = sum(a.count for a in rows)
        for row in rows:
            if held <= cap:
                break
            out.append(row)
            held -= row.count
    return out


@action("release_allocation")
def release_allocation(
    ctx: Context,
    trail: Trail,
    *,
    contract: str,
    service: str = "",
    allocation: Any = None,
    reason: str = "",
) -> Result:
    """Give back shelves or desks (R-4.2, R-4.6): allocation `allocation` (its number), or
    else the contract's newest active allocation of `service`. Nothing is released by
    itself, not even when the NGO's level was lowered."""
    contract_row = find.one(m.Contract, contract, lock=True)
    reason = validate.text(reason, "reason", required=False, max_len=4000)
    query = m.Allocation.select().where(
        (m.Allocation.contract == contract_row) & (m.Allocation.state == "active")
    )
    if allocation not in (None, ""):
        number = str(allocation).strip()
        known = number.isdigit() and len(number) < 10
        query = query.where(m.Allocation.id == (int(number) if known else 0))
    else:
        service = validate.choice(service, "service", ALLOCATED_SERVICES, SERVICE_NAMES)
        query = query.where(m.Allocation.service == service)
    row = query.order_by(m.Allocation.allocated_at.desc(), m.Allocation.id.desc()).first()
    if row is None:
        raise errors.WorkflowError(
            errors.NOT_FOUND, msg.NO_SUCH_ALLOCATION(contract=contract_row.ref)
        )
    row.state, row.released_at = "released", ctx.now
    row.save()
    trail.about(
        "contract",
        contract_row.ref,
        decision="allocation_released",
        reason=reason,
        data={"allocation": row.id, "service": row.service, "count": row.count},
    )
    return {
        "ref": contract_row.ref,
        "service": row.service,
        "released": row.count,
        "allocated": quotas.allocated(contract_row, row.service),
    }


@action("order_business_cards")
def order_business_cards(ctx: Context, trail: Trail, *, contract: str, count: Any) -> Result:
    contract_row = find.one(m.Contract, contract, lock=True)
    count = validate.integer(count, "count", low=1, high=100_000)
    running(contract_row, ctx.today)
    ngo = find.one(m.Ngo, contract_row.ngo.code, lock=True)
    check_licence(ngo, ctx.today)
    cap = quotas.service_cap(ngo.level, "business_cards", policy_on(ctx.today))
    year = jalali.jalali_year(ctx.today)
    used = quotas.cards_used(ngo, year)
    if used + count > cap:
        raise errors.WorkflowError(
            errors.QUOTA_EXCEEDED, msg.CARDS_CAP(cap=cap, left=max(cap - used, 0)), "R-4.2"
        )
    m.BusinessCardOrder.create(
        contract=contract_row,
        ngo=ngo,
        count=count,
        year=year,
        ordered_at=ctx.now,
        ordered_by=ctx.user.username,
    )
    trail.about("contract", contract_row.ref, decision="cards_ordered", data={"count": count})
    return {"ref": contract_row.ref, "used": used + count, "left": cap - used - count}


def contract_figures(contract: m.Contract, on: dt.date) -> dict[str, Any]:
    """Key figures of a contract for `show` and the contract page."""
    policy = policy_on(on)
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    served = served_months(contract.ngo)
    return {
        "state": contract.state,
        "semansara": contract.semansara.code,
        "starts": jalali.format_date_latin(contract.starts),
        "ends": jalali.format_date_latin(contract.ends),
        "extensions": accepted_extensions(contract),
        "extensions_left": policy["max_extensions"] - accepted_extensions(contract),
        "months_served": served,
        "months_left": max(policy["max_total_months"] - served, 0),
        "extension_deadline": jalali.format_date_latin(extension_deadline(contract, policy)),
        "note": note.state if note else None,
        "quota": quotas.summary(contract.ngo, on, contract),
    }
