"""The home page's reads: the register at a glance and the reminders beside the worklist —
contracts ending soon and extension deadlines near (R-5.1, the workflow's one definition of
each, `contracts.ending_soon` and `contracts.deadlines_near`), notes waiting for someone
(R-6.3) and the policy's yearly review (R-8.1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import contracts, scope
from app.workflow.machines import ContractFlow, RequestFlow
from app.workflow.policy_admin import review_due
from app.workflow.read.records import select_with_parties

NOTE_WAITING_STATES = ("received", "return_confirmed", "damage_reported")


@dataclass(frozen=True)
class ContractReminder:
    ref: str
    ngo_name: str
    semansara_name: str
    day: dt.date  # the last day, or the extension deadline


@dataclass(frozen=True)
class NoteReminder:
    contract_ref: str
    ngo_name: str
    serial: str
    state: str
    since: dt.datetime


def counts(who: Any) -> dict[str, int]:
    """How many active NGOs and semansaras, open requests and running contracts `who` sees."""

    def seen(model: type[m.BaseModel], where: pw.Expression) -> pw.ModelSelect:
        return scope.limit(who, model.select(pw.fn.COUNT(pw.SQL("*"))).where(where), model)

    figures = {
        "ngos": seen(m.Ngo, m.Ngo.active == True),  # noqa: E712
        "semansaras": seen(m.Semansara, m.Semansara.active == True),  # noqa: E712
        "open_requests": seen(m.Request, m.Request.state.in_(RequestFlow.open)),
        "running_contracts": seen(m.Contract, m.Contract.state.in_(ContractFlow.running)),
    }
    # One statement of four counts: the home page is the first thing the window reads.
    query = pw.Select(columns=list(figures.values())).bind(m.Ngo._meta.database)
    return dict(zip(figures, next(iter(query.tuples())), strict=True))


def contracts_ending(on: dt.date, *, who: Any, limit: int = 200) -> list[ContractReminder]:
    """Running contracts ending soon on `on` (`contracts.ending_soon`), soonest first."""
    query = select_with_parties(m.Contract).where(contracts.ending_soon(on))
    semansara = scope.semansara_of(who)
    if semansara is not None:
        query = query.where(m.Contract.semansara == semansara)
    return [
        ContractReminder(c.ref, c.ngo.name, c.semansara.name, contracts.last_day(c.ends))
        for c in query.order_by(m.Contract.ends, m.Contract.id).limit(limit)
    ]


def extension_deadlines(on: dt.date, *, who: Any, limit: int = 200) -> list[ContractReminder]:
    """Running contracts whose extension deadline is near (`contracts.deadlines_near`)."""
    return [
        ContractReminder(c.ref, c.ngo.name, c.semansara.name, deadline)
        for c, deadline in contracts.deadlines_near(on, scope.semansara_of(who), limit)
    ]


def notes_waiting(*, who: Any, limit: int = 200) -> list[NoteReminder]:
    """Notes waiting for someone: to be taken into custody, returned, or settled (R-6.3)."""
    query = (
        m.PromissoryNote.select(m.PromissoryNote, m.Contract, m.Ngo)
        .join(m.Contract)
        .join(m.Ngo)
        .where(m.PromissoryNote.state.in_(NOTE_WAITING_STATES))
        .order_by(m.PromissoryNote.received_at)
        .limit(limit)
    )
    semansara = scope.semansara_of(who)
    if semansara is not None:
        query = query.where(m.Contract.semansara == semansara)
    return [
        NoteReminder(
            n.contract.ref, n.contract.ngo.name, n.serial, n.state, n.confirmed_at or n.received_at
        )
        for n in query
    ]


def policy_review_due(on: dt.date) -> bool:
    """R-8.1: the policy is due for its yearly review."""
    return review_due(on)
