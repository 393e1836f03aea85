"""The promissory notes (Article 6) as the window reads them: a page of the list under a search
and states, one note by its contract, and how many notes are in each state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import scope
from app.workflow.read.records import matching, newest_first


@dataclass(frozen=True)
class NoteListRow:
    id: int
    serial: str
    amount: int
    state: str
    contract_ref: str
    ngo_name: str
    semansara_name: str
    received_at: dt.datetime
    custody_at: dt.datetime | None
    confirmed_at: dt.datetime | None
    returned_at: dt.datetime | None


LIST_FIELDS = (
    m.PromissoryNote.id,
    m.PromissoryNote.serial,
    m.PromissoryNote.amount,
    m.PromissoryNote.state,
    m.Contract.ref,
    m.Ngo.name,
    m.Semansara.name,
    m.PromissoryNote.received_at,
    m.PromissoryNote.custody_at,
    m.PromissoryNote.confirmed_at,
    m.PromissoryNote.returned_at,
)


def _query(search: str, states: tuple[str, ...], who: Any) -> pw.ModelSelect:
    query = (
        m.PromissoryNote.select(*LIST_FIELDS)
        .join(m.Contract)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
    )
    query = scope.limit(who, query, m.PromissoryNote)
    query = matching(
        query,
        search,
        keys=(m.Ngo.name_key,),
        codes=(m.Contract.ref, m.PromissoryNote.serial),
    )
    if states:
        query = query.where(m.PromissoryNote.state.in_(states))
    return query


def count(search: str = "", states: tuple[str, ...] = (), *, who: Any) -> int:
    return _query(search, states, who).count()


def page(
    search: str = "",
    states: tuple[str, ...] = (),
    before_id: int | None = None,
    limit: int = 200,
    *,
    who: Any,
) -> list[NoteListRow]:
    """The next `limit` notes before id `before_id`, newest first (keyset paging)."""
    return newest_first(
        _query(search, states, who), m.PromissoryNote.id, NoteListRow, before_id, limit
    )


def list_row(contract_ref: str, *, who: Any) -> NoteListRow | None:
    row = _query("", (), who).where(m.Contract.ref == contract_ref).tuples().first()
    return NoteListRow(*row) if row else None


def state_counts(*, who: Any) -> dict[str, int]:
    """state → how many notes `who` may see are in it."""
    number = pw.fn.COUNT(m.PromissoryNote.id)
    query = scope.limit(
        who, m.PromissoryNote.select(m.PromissoryNote.state, number), m.PromissoryNote
    ).group_by(m.PromissoryNote.state)
    return dict(query.tuples())
