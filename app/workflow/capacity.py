"""R-3.3: places in a semansara and its first-come-first-served waiting queue."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import models as m
from app.workflow.machines import PLACE_HOLDING_STATES, RUNNING_CONTRACT_STATES


@dataclass(frozen=True)
class Places:
    total: int
    contracts: int  # running contracts
    held: int  # requests that were given a place and are not yet signed

    @property
    def free(self) -> int:
        return max(self.total - self.contracts - self.held, 0)


def places(semansara: m.Semansara) -> Places:
    contracts = (m.Contract.select()
                 .where((m.Contract.semansara == semansara)
                        & m.Contract.state.in_(RUNNING_CONTRACT_STATES)).count())
    held = (m.Request.select()
            .where((m.Request.semansara == semansara)
                   & m.Request.state.in_(PLACE_HOLDING_STATES)).count())
    # Extensions accepted into this house whose move has not happened yet.
    moving_in = (m.Extension.select().join(m.Contract)
                 .where((m.Extension.to_semansara == semansara)
                        & (m.Extension.state == "accepted") & m.Extension.starts.is_null(False)
                        & (m.Contract.semansara != semansara)
                        & m.Contract.state.in_(RUNNING_CONTRACT_STATES)).count())
    return Places(semansara.max_contracts, contracts, held + moving_in)


def queue(semansara: m.Semansara) -> list[m.Request]:
    """The waiting requests in order of registration (R-3.3)."""
    return list(m.Request.select()
                .where((m.Request.semansara == semansara)
                       & (m.Request.state == "te_waitlisted"))
                .order_by(m.Request.registered_at, m.Request.id))


def ahead_of(request: m.Request) -> list[m.Request]:
    """Waiting requests of the same semansara registered before `request`."""
    return [r for r in queue(request.semansara)
            if (r.registered_at, r.id) < (request.registered_at, request.id)]


def queue_position(request: m.Request) -> int | None:
    if request.state != "te_waitlisted":
        return None
    return len(ahead_of(request)) + 1
