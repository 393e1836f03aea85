"""The requests (steps الف to ح) as the window reads them: a page of the list under a filter,
one request with its NGO, semansara and contract, its place in the queue, what the signed-in
person may do with it now and who else may, its timeline, and the capacity check's figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import available, capacity, scope
from app.workflow.available import Possible
from app.workflow.clock import Clock
from app.workflow.errors import FORBIDDEN_ROLE, OUT_OF_ORDER
from app.workflow.read import contracts
from app.workflow.read.records import (
    AuditRecord,
    ContractRecord,
    RequestRecord,
    copy,
    matching,
    newest_first,
    parties,
    select_with_parties,
)
from app.workflow.roles import ROLES
from app.workflow.service import Context


@dataclass(frozen=True)
class RequestListRow:
    id: int
    ref: str
    ngo_name: str
    ngo_code: str
    semansara_name: str
    channel: str
    registered_at: dt.datetime
    state: str


LIST_FIELDS = (
    m.Request.id,
    m.Request.ref,
    m.Ngo.name,
    m.Ngo.code,
    m.Semansara.name,
    m.Request.channel,
    m.Request.registered_at,
    m.Request.state,
)


@dataclass(frozen=True)
class RequestFilter:
    """What the requests page shows: a search (ref, NGO code or normalised NGO name), the
    states of one step (empty: all) and one semansara's code (empty: all)."""

    search: str = ""
    states: tuple[str, ...] = ()
    semansara: str = ""


@dataclass(frozen=True)
class CapacityFigures:
    """What the capacity check (step ت) shows: the semansara's places and how many eligible
    requests and extensions wait before this one (R-3.3)."""

    free: int
    total: int
    ahead: int


def _query(wanted: RequestFilter, who: Any) -> pw.ModelSelect:
    query = m.Request.select(*LIST_FIELDS).join(m.Ngo).switch(m.Request).join(m.Semansara)
    query = scope.limit(who, query, m.Request)
    query = matching(
        query, wanted.search, keys=(m.Ngo.name_key,), codes=(m.Request.ref, m.Ngo.code)
    )
    if wanted.states:
        query = query.where(m.Request.state.in_(wanted.states))
    if wanted.semansara:
        query = query.where(m.Semansara.code == wanted.semansara)
    return query


def count(wanted: RequestFilter, *, who: Any) -> int:
    return _query(wanted, who).count()


def page(
    wanted: RequestFilter, before_id: int | None = None, limit: int = 200, *, who: Any
) -> list[RequestListRow]:
    """The next `limit` requests before id `before_id`, newest first (keyset paging)."""
    return newest_first(_query(wanted, who), m.Request.id, RequestListRow, before_id, limit)


def list_row(ref: str, *, who: Any) -> RequestListRow | None:
    row = _query(RequestFilter(), who).where(m.Request.ref == ref).tuples().first()
    return RequestListRow(*row) if row else None


def _row(ref: str, who: Any) -> m.Request | None:
    query = select_with_parties(m.Request).where(m.Request.ref == ref)
    return scope.limit(who, query, m.Request).first()


def record(row: m.Request) -> RequestRecord:
    return copy(RequestRecord, row, **parties(row))


def request(ref: str, *, who: Any) -> RequestRecord | None:
    row = _row(ref, who)
    return record(row) if row else None


def contract_of(ref: str, *, who: Any) -> ContractRecord | None:
    """The contract signed on request `ref` (None before step ج)."""
    query = m.Contract.select(m.Contract.ref).join(m.Request).where(m.Request.ref == ref)
    signed = scope.limit(who, query, m.Contract).scalar()
    return contracts.contract(signed, who=who) if signed else None


def queue_position(ref: str, *, who: Any) -> int | None:
    """The request's place in its semansara's queue (R-3.3); None when it has a place, is
    closed, or is not seen."""
    row = _row(ref, who)
    return capacity.queue_position(row) if row else None


def capacity_figures(ref: str, on: dt.date, *, who: Any) -> CapacityFigures | None:
    row = _row(ref, who)
    if row is None:
        return None
    places = capacity.places(row.semansara)
    return CapacityFigures(places.free, places.total, len(capacity.ahead_of(row, on)))


def possibles(ctx: Context, ref: str) -> list[Possible]:
    """The request's steps and whether `ctx.user` may take each now (`available`)."""
    row = _row(ref, ctx)
    return available.for_request(ctx, row) if row else []


def roles_to_act(ref: str, clock: Clock) -> list[str]:
    """The roles that may take the request's next step now (withdrawal aside), asked of the
    workflow's own `available.for_request` for a stand-in user of each role."""
    row = _row(ref, None)
    if row is None:
        return []
    out = []
    for role in ROLES:
        stand_in = m.User(username="", role=role, active=True)
        for possible in available.for_request(Context(stand_in, clock), row):
            if possible.action == "withdraw_request":
                continue
            if possible.allowed or possible.error.code not in (FORBIDDEN_ROLE, OUT_OF_ORDER):
                out.append(role)
                break
    return out


def timeline(ref: str, *, who: Any) -> list[AuditRecord]:
    """The audit events of request `ref` and of the contract and note it led to, in order."""
    row = _row(ref, who)
    if row is None:
        return []
    about = (m.AuditEvent.object_type == "request") & (m.AuditEvent.object_ref == row.ref)
    signed = m.Contract.select(m.Contract.ref).where(m.Contract.request == row).scalar()
    if signed is not None:
        about |= m.AuditEvent.object_type.in_(("contract", "note")) & (
            m.AuditEvent.object_ref == signed
        )
    query = m.AuditEvent.select().where(about).order_by(m.AuditEvent.id)
    return [copy(AuditRecord, event) for event in query]
