"""Which actions a user may take on an object now, and for the others, why not.

The UI enables its buttons from this and shows the refusal (rule and message) on the disabled
ones. The options are the steps with a label in the machines' tables (`machines.py`), checked
as their services check them: the role, then the step's own guards and state (`Flow.check`),
so a button and its action can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.db import models as m
from app.workflow import errors, machines
from app.workflow.machines import (
    BookingFlow,
    ContractFlow,
    ExtensionFlow,
    Flow,
    NoteFlow,
    RequestFlow,
)
from app.workflow.service import Context, check_role


@dataclass(frozen=True)
class Possible:
    action: str
    variant: str  # e.g. "accept" / "reject" for review_request; "" when there is one
    label: str
    error: errors.WorkflowError | None = None
    # The record's state machine has left this step behind or not reached it: not a
    # rule's refusal to show beside a button, a step that is not this moment's.
    out_of_step: bool = False

    @property
    def allowed(self) -> bool:
        return self.error is None


def options(ctx: Context, flow: Flow, **context: Any) -> list[Possible]:
    """Every step of `flow`'s table that has a button, in the table's order, and whether
    `ctx.user` may take it now (`context`: what the guards read besides `ctx`): its role, its
    early guard, its state (a step not this moment's is `out_of_step`), its guard."""
    out = []
    for name, declared in flow.procedure():
        if not declared.label:
            continue
        possible = Possible(declared.action, declared.variant, declared.label)
        try:
            check_role(ctx.user, declared.action)
            if declared.early:
                getattr(flow, declared.early)(ctx=ctx, **context)
            if name in flow.steps and not flow.can(name):
                try:
                    flow.ensure(name)
                except errors.WorkflowError as exc:
                    possible = replace(possible, error=exc, out_of_step=True)
            elif declared.guard:
                getattr(flow, declared.guard)(ctx=ctx, **context)
        except errors.WorkflowError as exc:
            # An early guard that says «not now» of a step the state does not allow either
            # (no damage case open to settle) is a step not this moment's, like the state's.
            late = exc.code == errors.OUT_OF_ORDER and name in flow.steps and not flow.can(name)
            possible = replace(possible, error=exc, out_of_step=late)
        out.append(possible)
    return out


def labels() -> list[str]:
    """Every action's label (for the interface's translations)."""
    return list(dict.fromkeys(s.label for _, _, s in machines.all_steps() if s.label))


def for_request(ctx: Context, request: m.Request) -> list[Possible]:
    return options(ctx, RequestFlow(request))


def for_booking(ctx: Context, booking: m.Booking) -> list[Possible]:
    return options(ctx, BookingFlow(booking))


def for_contract(ctx: Context, contract: m.Contract) -> list[Possible]:
    """Actions on the contract, on its extension waiting for a decision and on its note."""
    out = options(ctx, ContractFlow(contract))
    pending = (
        contract.extensions.where(m.Extension.state == "requested").order_by(m.Extension.id).first()
    )
    if pending is not None:
        out += options(ctx, ExtensionFlow(pending))
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    if note is not None:
        out += options(ctx, NoteFlow(note))
    return out
