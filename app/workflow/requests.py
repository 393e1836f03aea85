"""Steps الف to ح of Article 3: one request from registration to the introduction letters."""

from __future__ import annotations

import json
from typing import Any

from app.db import models as m
from app.workflow import capacity, errors, find, jalali, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.contracts import last_day, running_contract
from app.workflow.eligibility import services_problem
from app.workflow.machines import RequestFlow
from app.workflow.notes import amount_due
from app.workflow.policy import SERVICE_NAMES, policy_on
from app.workflow.service import Context, Result, action

# a request is made in person or on HQ's panel.
CHANNELS = {"in_person": "حضوری", "portal": "سامانه پنل کاربری"}
# Whom the introduction letters of steps چ and ح are given to.
LETTER_TO = {"representative": "نمایندهٔ رسمی سمن", "manager": "مسئول سمن‌سرا"}


def _request(ref: str) -> m.Request:
    return find.one(m.Request, ref, lock=True)


def asked_services(request: m.Request) -> list[str]:
    return json.loads(request.services or "[]")


def _advance(trail: Trail, request: m.Request, event: str, ctx: Context, **audit: Any) -> None:
    """Take step `event` of the request's machine (its guards first) and save it, noting the
    step in the trail."""
    trail.about("request", request.ref, **audit)
    RequestFlow(request, trail).fire(event, ctx=ctx)
    request.updated_at = ctx.now
    request.version += 1
    request.save()


# --- الف ---------------------------------------------------------------------------------------


@action("submit_request")
def submit_request(
    ctx: Context,
    trail: Trail,
    *,
    ngo: str,
    semansara: str,
    channel: str,
    ref: str = "",
    services: Any = None,
) -> Result:
    owner = find.one(m.Ngo, ngo, lock=True)
    semansara_row = find.one(m.Semansara, semansara)
    channel = validate.choice(channel, "channel", CHANNELS, CHANNELS)
    asked = list(services or [])
    for service in asked:
        validate.choice(service, "services", SERVICE_NAMES, SERVICE_NAMES)
    errors.raise_if(services_problem(owner, asked, ctx.today))
    ref = find.new_ref(m.Request, ref, "ref", "R")
    contract = running_contract(owner)
    if contract is not None and contract.semansara_id != semansara_row.id:
        raise errors.WorkflowError(
            errors.OTHER_SEMANSARA,
            msg.CONTRACTED_ELSEWHERE(
                until=last_day(contract.ends), semansara=contract.semansara.name
            ),
            "R-3.4",
        )
    if contract is not None:
        raise errors.WorkflowError(
            errors.DUPLICATE, msg.HAS_RUNNING_CONTRACT(contract=contract.ref), "R-5.1"
        )
    open_request = owner.requests.where(m.Request.state.in_(RequestFlow.open)).first()
    if open_request is not None:
        raise errors.WorkflowError(
            errors.DUPLICATE, msg.HAS_OPEN_REQUEST(request=open_request.ref), "R-3.1"
        )
    request = m.Request(
        ref=ref,
        ngo=owner,
        semansara=semansara_row,
        channel=channel,
        services=json.dumps(asked),
        registered_at=ctx.now,
        registered_by=ctx.user.username,
        updated_at=ctx.now,
    )
    RequestFlow(request)  # sets the initial state
    request.save(force_insert=True)
    trail.about(
        "request",
        ref,
        before_state="",
        after_state=request.state,
        decision="registered",
        data={
            "ngo": owner.code,
            "semansara": semansara_row.code,
            "channel": channel,
            "services": asked,
        },
    )
    return {"ref": ref, "state": request.state}


# --- ب پ ---------------------------------------------------------------------------------------


@action("review_request")
def review_request(
    ctx: Context, trail: Trail, *, ref: str, decision: str, reason: str = ""
) -> Result:
    request = _request(ref)
    decision = validate.choice(decision, "decision", validate.DECISIONS, validate.DECISIONS)
    reason = validate.text(reason, "reason", required=decision == "reject", max_len=4000)
    if decision == "accept":  # the step's guard
        _advance(trail, request, "accept", ctx, decision="accept", reason=reason)
    else:
        request.decision_reason = reason
        _advance(trail, request, "reject", ctx, decision="reject", reason=reason)
    return {"ref": request.ref, "state": request.state, "reason": reason}


@action("refer_request")
def refer_request(ctx: Context, trail: Trail, *, ref: str) -> Result:
    request = _request(ref)
    _advance(trail, request, "refer", ctx, decision="referred")  # the step's guard
    return {"ref": request.ref, "state": request.state}


# --- ت: capacity and the queue (R-3.3) ----------------------------------------------------------


@action("check_capacity")
def check_capacity(ctx: Context, trail: Trail, *, ref: str, pass_over_reason: str = "") -> Result:
    request = _request(ref)
    # Lock the semansara row so that two deputies cannot hand out its last place twice.
    find.one(m.Semansara, request.semansara.code, lock=True)
    flow = RequestFlow(request)
    flow.ensure("grant_place")
    pass_over_reason = validate.text(
        pass_over_reason, "pass_over_reason", required=False, max_len=4000
    )
    flow.check("grant_place", ctx=ctx)  # an ineligible request is given no place
    free = capacity.places(request.semansara).free
    # every earlier, still eligible open request without a place, and every earlier
    # extension moving in, comes first.
    ahead = capacity.ahead_of(request, ctx.today)
    if free > len(ahead) or (free > 0 and pass_over_reason):
        if ahead and free <= len(ahead):
            request.pass_over_reason = pass_over_reason
            trail.data["passed_over"] = [r.ref for r in ahead]
        _advance(
            trail,
            request,
            "grant_place",
            ctx,
            decision="capacity_ok",
            reason=request.pass_over_reason,
        )
        return {"ref": request.ref, "state": request.state, "free_places": free - 1}
    if free > 0 and request.state == "te_waitlisted":
        first = ahead[0]
        waits = (
            msg.EARLIER_REQUEST_WAITS if first.request is not None else msg.EARLIER_EXTENSION_WAITS
        )
        raise errors.WorkflowError(
            errors.QUEUE_ORDER, waits(ref=first.ref, ngo=first.ngo.name), "R-3.3"
        )
    if request.state == "pe_referred":
        _advance(trail, request, "waitlist", ctx, decision="waitlisted")
    else:
        trail.about(
            "request",
            request.ref,
            decision="still_waiting",
            before_state=request.state,
            after_state=request.state,
        )
    position = capacity.queue_position(request)
    trail.data["queue_position"] = position
    return {"ref": request.ref, "state": request.state, "queue_position": position}


# --- ث ج --------------------------------------------------------------------------------------


@action("invite")
def invite(ctx: Context, trail: Trail, *, ref: str, date: Any) -> Result:
    request = _request(ref)
    RequestFlow(request).ensure("invite")
    day = validate.date(date, "date")
    if day < ctx.today:
        raise validate.invalid("date", msg.INVITED_IN_PAST())
    request.invited_for = day  # the step's guard, when it is taken
    _advance(trail, request, "invite", ctx, decision="invited", data={"date": day})
    return {"ref": request.ref, "state": request.state, "date": jalali.format_date_latin(day)}


@action("sign_contract")
def sign_contract(
    ctx: Context,
    trail: Trail,
    *,
    ref: str,
    contract: str = "",
    note_serial: str,
    note_amount: Any,
    starts: Any = None,
) -> Result:
    request = _request(ref)
    flow = RequestFlow(request)
    flow.ensure("sign")
    ngo = request.ngo
    starts = validate.date(starts, "starts") if starts else ctx.today
    if starts < ctx.today:
        raise validate.invalid("starts", msg.STARTS_IN_PAST())
    # eligible on the first day with a term left, R-6.5 the people, R-6.4 the rates
    flow.check("sign", ctx=ctx, on=starts)
    policy = policy_on(ctx.today)
    ends = jalali.add_months(starts, policy["lease_months"])
    amount = validate.integer(note_amount, "note_amount", low=1)
    due, _ = amount_due(jalali.jalali_year(ctx.today), ctx.today)
    if amount < due:
        raise errors.WorkflowError(
            errors.NOTE_AMOUNT_LOW,
            msg.NOTE_BELOW_DUE(year=jalali.jalali_year(ctx.today), due=due, amount=amount),
            "R-6.2",
        )
    note_serial = validate.identifier(note_serial, "note_serial", max_len=60)
    if m.PromissoryNote.select().where(m.PromissoryNote.serial == note_serial).exists():
        raise errors.WorkflowError(
            errors.DUPLICATE,
            msg.NOTE_SERIAL_TAKEN(serial=note_serial),
            "R-6.1",
            field="note_serial",
        )
    contract = find.new_ref(m.Contract, contract, "contract", "C")
    contract_row = m.Contract.create(
        ref=contract,
        request=request,
        ngo=ngo,
        semansara=request.semansara,
        starts=starts,
        ends=ends,
        state="active",
        level=ngo.level,
        signed_at=ctx.now,
        signed_by=ctx.user.username,
    )
    m.PromissoryNote.create(
        contract=contract_row,
        serial=note_serial,
        amount=amount,
        amount_due=due,
        state="received",
        received_at=ctx.now,
        received_by=ctx.user.username,
    )
    letters = []
    for number, to in enumerate(("representative", "manager"), start=1):
        serial = f"{contract}-L{number}"
        m.IntroductionLetter.create(contract=contract_row, to=to, serial=serial, issued_at=ctx.now)
        letters.append(serial)
    _advance(
        trail,
        request,
        "sign",
        ctx,
        decision="signed",
        data={
            "contract": contract,
            "starts": starts,
            "ends": ends,
            "note": note_serial,
            "amount": amount,
            "amount_due": due,
        },
    )
    return {
        "ref": request.ref,
        "state": request.state,
        "contract": contract,
        "ends": jalali.format_date_latin(ends),
        "letters": letters,
        "amount_due": due,
    }


# --- چ ح --------------------------------------------------------------------------------------


@action("deliver_letter")
def deliver_letter(ctx: Context, trail: Trail, *, contract: str, to: str) -> Result:
    contract_row = find.one(m.Contract, contract, lock=True)
    to = validate.choice(to, "to", LETTER_TO, LETTER_TO)
    letter = contract_row.letters.where(m.IntroductionLetter.to == to).get()
    request = contract_row.request
    trail.step = "چ" if to == "representative" else "ح"
    event = "deliver_to_representative" if to == "representative" else "deliver_to_manager"
    RequestFlow(request).ensure(event)
    # the letters wait for finance (the step's guard)
    _advance(trail, request, event, ctx, decision="delivered", data={"letter": letter.serial})
    letter.delivered_at, letter.delivered_by = ctx.now, ctx.user.username
    letter.save()
    return {"ref": request.ref, "state": request.state, "letter": letter.serial}


@action("move_request")
def move_request(ctx: Context, trail: Trail, *, ref: str, semansara: str) -> Result:
    """An open request without a place changes semansara; it keeps its registration time, so
    it joins the new semansara's queue where that time puts it (R-3.3)."""
    request = _request(ref)
    RequestFlow(request).check("move", ctx=ctx)
    target = find.one(m.Semansara, semansara)
    source = request.semansara
    if target.id == source.id:
        raise validate.invalid(
            "semansara", msg.MOVE_TO_SAME(ref=request.ref, semansara=target.name), "R-3.3"
        )
    request.semansara = target
    request.updated_at = ctx.now
    request.version += 1
    request.save()
    trail.about(
        "request",
        request.ref,
        before_state=request.state,
        after_state=request.state,
        decision="moved",
        data={"from": source.code, "to": target.code, "registered_at": request.registered_at},
    )
    return {
        "ref": request.ref,
        "state": request.state,
        "semansara": target.code,
        "queue_position": capacity.queue_position(request),
    }


@action("withdraw_request")
def withdraw_request(ctx: Context, trail: Trail, *, ref: str, reason: str) -> Result:
    request = _request(ref)
    request.decision_reason = validate.text(reason, "reason", max_len=4000)
    _advance(trail, request, "withdraw", ctx, decision="withdrawn", reason=request.decision_reason)
    return {"ref": request.ref, "state": request.state}
