"""`show`: an object's current state and key figures, for people and scenarios alike."""

from __future__ import annotations

from typing import Any

from app.db import models as m
from app.workflow import capacity, errors, find, jalali, quotas, registry, scope
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.contracts import contract_figures, running_contract, served_months
from app.workflow.policy import policy_on
from app.workflow.policy_admin import review_due
from app.workflow.service import Context, Result, action


def _ngo(ctx: Context, ngo: m.Ngo) -> dict[str, Any]:
    contract = running_contract(ngo)
    return {
        "name": ngo.name,
        "state": "active" if ngo.active else "inactive",
        "level": ngo.level,
        "contract": contract.ref if contract else None,
        "months_served": served_months(ngo),
        "quota": quotas.summary(ngo, ctx.today, contract),
    }


def _semansara(ctx: Context, semansara: m.Semansara) -> dict[str, Any]:
    places = capacity.places(semansara)
    return {
        "state": "active" if semansara.active else "inactive",
        "district": semansara.district,
        "max_contracts": places.total,
        "contracts": places.contracts,
        "held": places.held,
        "free_places": places.free,
        "queue": [r.ref for r in capacity.queue(semansara)],
        "staff_short": registry.staff_shortfall(semansara, ctx.today),
    }


def _request(ctx: Context, request: m.Request) -> dict[str, Any]:
    return {
        "state": request.state,
        "ngo": request.ngo.code,
        "semansara": request.semansara.code,
        "queue_position": capacity.queue_position(request),
        "reason": request.decision_reason,
        "pass_over_reason": request.pass_over_reason,
    }


def _booking(ctx: Context, booking: m.Booking) -> dict[str, Any]:
    return {
        "state": booking.state,
        "contract": booking.contract.ref,
        "room": booking.room.number,
        "service": booking.service,
        "start": jalali.format_date_latin(booking.start_at.date())
        + booking.start_at.strftime(" %H:%M"),
        "hours": booking.minutes / 60,
    }


def _extension(ctx: Context, extension: m.Extension) -> dict[str, Any]:
    return {
        "state": extension.state,
        "contract": extension.contract.ref,
        "to": extension.to_semansara.code,
        "channel": extension.channel,
        "ends": jalali.format_date_latin(extension.new_ends) if extension.new_ends else None,
    }


_BY_CODE = ((m.Ngo, _ngo), (m.Semansara, _semansara))
_BY_REF = (
    (m.Request, _request),
    (m.Contract, lambda ctx, c: contract_figures(c, ctx.today)),
    (m.Booking, _booking),
    (m.Extension, _extension),
)


def _policy(ctx: Context) -> dict[str, Any]:
    """R-8.1: the version in force, and whether its three-monthly review is due."""
    policy = policy_on(ctx.today)
    return {
        "version": policy.number,
        "effective": jalali.format_date_latin(policy.effective),
        "review_due": review_due(ctx.today),
    }


@action("show")
def show(ctx: Context, trail: Trail, *, ref: str = "", code: str = "") -> Result:
    if code == "policy":
        return {"code": code, **_policy(ctx)}
    kinds = _BY_REF if ref else _BY_CODE
    key = ref or code
    for model, describe in kinds:
        if find.exists(model, key):
            row = find.one(model, key)
            if scope.visible(ctx, row):  # another semansara's record is not found
                return {"ref": find.key_of(row), **describe(ctx, row)}
    raise errors.WorkflowError(errors.NOT_FOUND, msg.NOT_FOUND_KEY(key=key))
