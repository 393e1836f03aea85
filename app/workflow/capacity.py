"""R-3.3: places in a semansara and the order in which they are given: first come, first
served from step الف, for requests and for extensions moving in (R-5.4) alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw
from peewee import fn

from app.db import models as m
from app.db.statements import Statement
from app.workflow.eligibility import request_problem
from app.workflow.machines import ContractFlow, RequestFlow

# Open requests that have no place yet, whatever step they have reached.
WITHOUT_PLACE_STATES = tuple(s for s in RequestFlow.open if s not in RequestFlow.place_holding)


@dataclass(frozen=True)
class Places:
    total: int
    contracts: int  # running contracts
    held: int  # requests that were given a place and are not yet signed

    @property
    def free(self) -> int:
        return max(self.total - self.contracts - self.held, 0)


def _places_query(semansara_id: int) -> pw.Select:
    contracts = m.Contract.select(fn.COUNT(m.Contract.id)).where(
        (m.Contract.semansara == semansara_id) & m.Contract.state.in_(ContractFlow.running)
    )
    held = m.Request.select(fn.COUNT(m.Request.id)).where(
        (m.Request.semansara == semansara_id) & m.Request.state.in_(RequestFlow.place_holding)
    )
    # Extensions accepted into this semansara whose move has not happened yet.
    moving_in = (
        m.Extension.select(fn.COUNT(m.Extension.id))
        .join(m.Contract)
        .where(
            (m.Extension.to_semansara == semansara_id)
            & (m.Extension.state == "accepted")
            & m.Extension.starts.is_null(False)
            & (m.Contract.semansara != semansara_id)
            & m.Contract.state.in_(ContractFlow.running)
        )
    )
    return pw.Select(columns=[contracts, held, moving_in]).bind(m.Contract._meta.database)


# The questions of the queue, asked at every step of a request: built once.
_PLACES = Statement(_places_query, (m.Contract.semansara,))


def places(semansara: m.Semansara) -> Places:
    contracts, held, moving_in = _PLACES.execute(semansara.id).fetchone()
    return Places(semansara.max_contracts, contracts, held + moving_in)


@dataclass(frozen=True)
class InLine:
    """One waiting for a place in a semansara: an open request without a place (since its
    registration at الف) or an undecided extension into it from another semansara (since it
    was requested)."""

    ref: str
    ngo: m.Ngo
    since: dt.datetime
    request: m.Request | None = None
    extension: m.Extension | None = None

    @property
    def order(self) -> tuple[dt.datetime, int, int]:
        row = self.request or self.extension
        return self.since, 0 if self.request is not None else 1, row.id

    def eligible(self, on: dt.date) -> bool:
        """Whether it counts ahead of later ones on `on`: a request whose NGO may no longer be
        served does not hold the line up (R-3.2); an extension counts until it is decided."""
        return self.request is None or request_problem(self.request, on) is None


_WAITING_REQUESTS = Statement(
    lambda semansara_id: (
        m.Request.select(m.Request, m.Ngo)
        .join(m.Ngo)
        .where((m.Request.semansara == semansara_id) & m.Request.state.in_(WITHOUT_PLACE_STATES))
    ),
    (m.Request.semansara,),
)
_WAITING_EXTENSIONS = Statement(
    lambda semansara_id: (
        m.Extension.select(m.Extension, m.Contract, m.Ngo)
        .join(m.Contract)
        .join(m.Ngo)
        .where(
            (m.Extension.to_semansara == semansara_id)
            & (m.Extension.state == "requested")
            & (m.Contract.semansara != semansara_id)
            & m.Contract.state.in_(ContractFlow.running)
        )
    ),
    (m.Extension.to_semansara,),
)


def queue(semansara: m.Semansara) -> list[InLine]:
    """Everyone waiting for a place in `semansara`, first come first (R-3.3)."""
    requests = _WAITING_REQUESTS.rows(semansara.id)
    extensions = _WAITING_EXTENSIONS.rows(semansara.id)
    line = [InLine(r.ref, r.ngo, r.registered_at, request=r) for r in requests]
    line += [InLine(e.ref, e.contract.ngo, e.requested_at, extension=e) for e in extensions]
    return sorted(line, key=lambda entry: entry.order)


def ahead(
    semansara: m.Semansara, on: dt.date, before: tuple[dt.datetime, int, int] | None = None
) -> list[InLine]:
    """Those of the queue earlier than the order `before` (all of it when None: a newcomer)
    that still count on `on`."""
    return [
        entry
        for entry in queue(semansara)
        if (before is None or entry.order < before) and entry.eligible(on)
    ]


def ahead_of(request: m.Request, on: dt.date) -> list[InLine]:
    """Eligible requests and extensions of the same semansara, earlier than `request`."""
    return ahead(request.semansara, on, (request.registered_at, 0, request.id))


def ahead_of_extension(extension: m.Extension, on: dt.date) -> list[InLine]:
    """Eligible requests and extensions of the extension's target, earlier than it (R-5.4)."""
    return ahead(extension.to_semansara, on, (extension.requested_at, 1, extension.id))


def queue_position(request: m.Request) -> int | None:
    """The request's place in its semansara's queue, or None when it has a place or is closed."""
    for position, entry in enumerate(queue(request.semansara), start=1):
        if entry.request is not None and entry.request.id == request.id:
            return position
    return None


def offer(semansara: m.Semansara, on: dt.date) -> m.Request | None:
    """The waiting request (step ت) a free place is offered to without passing anyone over: the
    first eligible one, when the free places outnumber the eligible ones before it."""
    free = places(semansara).free
    counted = 0
    for entry in queue(semansara):
        if not entry.eligible(on):
            continue
        if entry.request is not None and entry.request.state == "te_waitlisted":
            return entry.request if counted < free else None
        counted += 1
    return None
