"""Article 6: the promissory note — its inflation-adjusted amount and its custody and return."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, Decimal
from typing import Any

from app.db import models as m
from app.workflow import errors, find, jalali, persian, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.machines import ContractFlow, NoteFlow
from app.workflow.policy import policy_on
from app.workflow.service import Context, Result, action

# How finance closes a damage case: the note goes back (damage made good) or is kept.
OUTCOMES = {"return": "بازگرداندن", "keep": "ضبط"}


def amount_due(year: int, on: dt.date) -> tuple[int, list[int]]:
    """R-6.2: the note amount for Jalali `year`, rounded up to the policy's rounding, and the
    years whose inflation rate is not entered yet (counted as 0 in the figure; no contract is
    signed until they are entered, R-6.4)."""
    policy = policy_on(on)
    base_year = policy["note_base_year"]
    rates = {
        r.year: Decimal(r.rate)
        for r in m.InflationRate.select().where(m.InflationRate.year.between(base_year, year - 1))
    }
    amount = Decimal(policy["note_base_amount"])
    missing = []
    for y in range(base_year, year):
        if y not in rates:
            missing.append(y)
        amount *= 1 + rates.get(y, Decimal(0))
    step = Decimal(policy["note_rounding"])
    rounded = (amount / step).to_integral_value(rounding=ROUND_CEILING) * step
    return int(rounded), missing


def missing_rates(on: dt.date) -> list[int]:
    """R-6.4: the years from the base year to the last completed one with no rate entered."""
    return amount_due(jalali.jalali_year(on), on)[1]


def inflation_problem(on: dt.date) -> errors.WorkflowError | None:
    """Why the note's amount is not known on `on` (R-6.4), or None."""
    missing = missing_rates(on)
    if not missing:
        return None
    said = msg.INFLATION_YEARS_MISSING if len(missing) > 1 else msg.INFLATION_YEAR_MISSING
    return errors.WorkflowError(errors.INFLATION_MISSING, said(years=missing), "R-6.4")


def note_received_problem(contract: m.Contract) -> errors.WorkflowError | None:
    """Why the introduction letters must still wait for finance to take the note (R-6.1)."""
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    if note is not None and note.custody_at is not None:
        return None
    waits = (
        msg.NOTE_NOT_WITH_FINANCE(serial=note.serial)
        if note is not None
        else msg.NO_NOTE_WITH_FINANCE()
    )
    return errors.WorkflowError(errors.NOTE_NOT_RECEIVED, waits, "R-6.1")


@action("set_inflation")
def set_inflation(ctx: Context, trail: Trail, *, year: Any, rate: Any) -> Result:
    year = validate.integer(year, "year", low=1300, high=1600)
    try:
        # «٫» (U+066B) is the Persian decimal separator, as in the message's own «۰٫۳۵»
        value = Decimal(persian.to_latin_digits(str(rate)).strip().replace("\u066b", "."))
    except ArithmeticError:
        raise validate.invalid("rate", msg.BAD_RATE(value=str(rate))) from None
    if not value.is_finite() or not Decimal("-0.5") < value < Decimal(10):
        raise validate.invalid("rate", msg.RATE_FORM(), "R-6.2")
    row = m.InflationRate.get_or_none(m.InflationRate.year == year)
    before = str(row.rate) if row else ""
    if row is None:
        m.InflationRate.create(
            year=year, rate=value, entered_by=ctx.user.username, entered_at=ctx.now
        )
    else:
        row.rate, row.entered_by, row.entered_at = value, ctx.user.username, ctx.now
        row.save()
    trail.about("inflation", str(year), decision="set", before_state=before, after_state=str(value))
    due, _ = amount_due(jalali.jalali_year(ctx.today), ctx.today)
    return {"year": year, "rate": float(value), "amount_due": due}


def _note(contract_ref: str) -> tuple[m.Contract, m.PromissoryNote]:
    contract = find.one(m.Contract, contract_ref, lock=True)
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    if note is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.NO_NOTE(contract=contract.ref), "R-6.1")
    return contract, note


def own_manager(ctx: Context, contract: m.Contract) -> None:
    """R-6.3: only the manager of the contract's own semansara speaks for its rooms."""
    if ctx.user.semansara_id != contract.semansara_id:
        raise errors.WorkflowError(
            errors.FORBIDDEN_ROLE, msg.OWN_MANAGER_ONLY(semansara=contract.semansara.name), "R-6.3"
        )


def after_end(contract: m.Contract) -> None:
    if contract.state not in ("ended", "settled"):
        raise errors.WorkflowError(errors.OUT_OF_ORDER, msg.AFTER_END_ONLY(), "R-6.3")


def _step(
    ctx: Context,
    trail: Trail,
    contract: m.Contract,
    note: m.PromissoryNote,
    event: str,
    **kwargs: Any,
) -> None:
    """Take step `event` of the note's machine, its guards first."""
    trail.about("note", contract.ref, **kwargs)
    NoteFlow(note, trail).fire(event, ctx=ctx)


@action("take_note_custody")
def take_note_custody(ctx: Context, trail: Trail, *, contract: str) -> Result:
    contract_row, note = _note(contract)
    _step(ctx, trail, contract_row, note, "take_custody", decision="custody")
    note.custody_at, note.custody_by = ctx.now, ctx.user.username
    note.save()
    return {"ref": contract_row.ref, "state": note.state, "custody_by": note.custody_by}


@action("confirm_no_damage")
def confirm_no_damage(ctx: Context, trail: Trail, *, contract: str) -> Result:
    contract_row, note = _note(contract)
    _step(ctx, trail, contract_row, note, "confirm_no_damage", decision="no_damage")
    note.confirmed_at, note.confirmed_by = ctx.now, ctx.user.username
    note.save()
    return {"ref": contract_row.ref, "state": note.state}


@action("report_damage")
def report_damage(ctx: Context, trail: Trail, *, contract: str, description: str) -> Result:
    contract_row, note = _note(contract)
    NoteFlow(note).check("report_damage", ctx=ctx)  # before the description is read
    description = validate.text(description, "description", max_len=4000)
    _step(ctx, trail, contract_row, note, "report_damage", decision="damage", reason=description)
    note.confirmed_at, note.confirmed_by, note.damage = ctx.now, ctx.user.username, description
    note.save()
    return {"ref": contract_row.ref, "state": note.state}


def returnable(contract: m.Contract, note: m.PromissoryNote) -> errors.WorkflowError | None:
    """R-6.3: why the note may not be returned now, or None."""
    if contract.state not in ("ended", "settled"):
        why = msg.STILL_RUNNING
    elif note.state == "damage_reported":
        why = msg.DAMAGE_CASE_OPEN
    elif note.state in ("received", "in_custody"):
        why = msg.NO_DAMAGE_NOT_CONFIRMED
    elif note.state != "return_confirmed":
        why = msg.NOTE_DEALT_WITH
    else:
        return None
    return errors.WorkflowError(
        errors.NOTE_NOT_RETURNABLE, msg.NOTE_NOT_RETURNABLE(why=why()), "R-6.3"
    )


def damage_open(note: m.PromissoryNote) -> None:
    """Refuse settling damage unless the manager reported damage and it is not settled yet."""
    if note.state != "damage_reported":
        raise errors.WorkflowError(errors.OUT_OF_ORDER, msg.NO_DAMAGE_CASE(), "R-6.3")


def _settle_contract(ctx: Context, trail: Trail, contract: m.Contract) -> None:
    if contract.state == "ended":
        ContractFlow(contract).fire("settle", ctx=ctx)
        contract.save()
        trail.data["contract_state"] = contract.state


@action("return_note")
def return_note(ctx: Context, trail: Trail, *, contract: str) -> Result:
    contract_row, note = _note(contract)
    errors.raise_if(returnable(contract_row, note))  # also a note dealt with already
    _step(ctx, trail, contract_row, note, "return_note", decision="returned")
    note.returned_at, note.returned_by = ctx.now, ctx.user.username
    note.returned_to = contract_row.ngo.representative or contract_row.ngo.name
    note.save()
    _settle_contract(ctx, trail, contract_row)
    return {"ref": contract_row.ref, "state": note.state, "returned_to": note.returned_to}


@action("settle_damage")
def settle_damage(
    ctx: Context, trail: Trail, *, contract: str, outcome: str, reason: str
) -> Result:
    """Finance closes a damage case: the note goes back (damage made good) or is kept."""
    contract_row, note = _note(contract)
    outcome = validate.choice(outcome, "outcome", OUTCOMES, OUTCOMES)
    reason = validate.text(reason, "reason", max_len=4000)
    _step(
        ctx,
        trail,
        contract_row,
        note,
        "make_good" if outcome == "return" else "hold",
        decision=outcome,
        reason=reason,
    )
    if outcome == "return":
        note.returned_at, note.returned_by = ctx.now, ctx.user.username
        note.returned_to = contract_row.ngo.representative or contract_row.ngo.name
    note.save()
    _settle_contract(ctx, trail, contract_row)
    return {"ref": contract_row.ref, "state": note.state}
