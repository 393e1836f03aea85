"""The contracts (Articles 4–6) as the window reads them: a page of the list, one contract
with its NGO and semansara, its figures (the workflow's own), its extensions, allocations,
business-card orders, letters and note, and what the signed-in person may do with it now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import available, contracts, quotas, scope
from app.workflow.available import Possible
from app.workflow.errors import WorkflowError
from app.workflow.machines import ContractFlow
from app.workflow.policy import policy_on
from app.workflow.read.records import (
    AllocationRecord,
    CardOrderRecord,
    ContractRecord,
    ExtensionRecord,
    LetterRecord,
    NoteRecord,
    SemansaraRecord,
    copy,
    matching,
    newest_first,
    parties,
    select_with_parties,
)
from app.workflow.read.window import months_passed
from app.workflow.service import Context


@dataclass(frozen=True)
class ContractListRow:
    id: int
    ref: str
    ngo_name: str
    ngo_code: str
    semansara_name: str
    starts: dt.date
    ends: dt.date
    state: str
    note_state: str | None


@dataclass(frozen=True)
class ContractFigures:
    """A contract's key figures on a day, as the workflow counts them (`contract_figures`)."""

    extensions: int  # accepted so far
    extensions_left: int
    months_served: int  # by the NGO, in all its contracts
    months_left: int
    months_passed: int  # spent so far: «۰» on a contract's first day (`window.months_passed`)
    extension_deadline: dt.date
    note_state: str | None
    quota: dict[str, Any]  # service → its cap, use and what is left this Jalali year


@dataclass(frozen=True)
class Held:
    """R-4.2: how many of a service (shelves, desks) the contract holds, and its cap (a number
    or UNLIMITED); `refusal` instead when the NGO's level gives none."""

    held: int
    cap: int | str | None
    refusal: WorkflowError | None = None


LIST_FIELDS = (
    m.Contract.id,
    m.Contract.ref,
    m.Ngo.name,
    m.Ngo.code,
    m.Semansara.name,
    m.Contract.starts,
    m.Contract.ends,
    m.Contract.state,
    m.PromissoryNote.state,
)

# The contracts page's filter: key → the contract states it shows (empty: all).
FILTERS: dict[str, tuple[str, ...]] = {
    "": (),
    "running": ContractFlow.running,
    "ended": ("ended",),
    "settled": ("settled",),
}


def _query(search: str, states: tuple[str, ...], who: Any) -> pw.ModelSelect:
    query = (
        m.Contract.select(*LIST_FIELDS)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .switch(m.Contract)
        .join(m.PromissoryNote, pw.JOIN.LEFT_OUTER, on=(m.PromissoryNote.contract == m.Contract.id))
    )
    query = scope.limit(who, query, m.Contract)
    query = matching(query, search, keys=(m.Ngo.name_key,), codes=(m.Contract.ref, m.Ngo.code))
    if states:
        query = query.where(m.Contract.state.in_(states))
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
) -> list[ContractListRow]:
    """The next `limit` contracts before id `before_id`, newest first (keyset paging)."""
    return newest_first(
        _query(search, states, who), m.Contract.id, ContractListRow, before_id, limit
    )


def list_row(ref: str, *, who: Any) -> ContractListRow | None:
    row = _query("", (), who).where(m.Contract.ref == ref).tuples().first()
    return ContractListRow(*row) if row else None


def _row(ref: str, who: Any) -> m.Contract | None:
    query = select_with_parties(m.Contract).where(m.Contract.ref == ref)
    return scope.limit(who, query, m.Contract).first()


def record(row: m.Contract) -> ContractRecord:
    return copy(ContractRecord, row, **parties(row))


def contract(ref: str, *, who: Any) -> ContractRecord | None:
    row = _row(ref, who)
    return record(row) if row else None


def ending_soon_days(on: dt.date) -> int:
    """R-5.1: how many days before its end a contract is shown as ending soon."""
    return int(policy_on(on)["ending_soon_days"])


def is_ending_soon(state: str, ends: dt.date, on: dt.date, days: int | None = None) -> bool:
    """The workflow's own rule (`contracts.is_ending_soon`), for a row of the list."""
    return contracts.is_ending_soon(state, ends, on, days)


def figures(ref: str, on: dt.date, *, who: Any) -> ContractFigures | None:
    """The contract's key figures on `on` (`contracts.contract_figures`): extensions used and
    left, months served and left, the extension deadline, the note's state, the quotas."""
    row = _row(ref, who)
    if row is None:
        return None
    said = contracts.contract_figures(row, on)
    return ContractFigures(
        extensions=said["extensions"],
        extensions_left=said["extensions_left"],
        months_served=said["months_served"],
        months_left=said["months_left"],
        months_passed=months_passed(row.ngo, on),
        extension_deadline=contracts.extension_deadline(row, policy_on(on)),
        note_state=said["note"],
        quota=said["quota"],
    )


def extension_deadline(ref: str, on: dt.date, *, who: Any) -> dt.date | None:
    """R-5.1: the last day an extension of the contract may be asked for."""
    row = _row(ref, who)
    return contracts.extension_deadline(row, policy_on(on)) if row else None


def quota(ref: str, on: dt.date, *, who: Any) -> dict[str, Any]:
    """The contract's NGO's caps, use and what is left of each service in the year of `on`."""
    row = _row(ref, who)
    return quotas.summary(row.ngo, on, row) if row else {}


def held(ref: str, service: str, *, who: Any) -> Held | None:
    row = _row(ref, who)
    if row is None:
        return None
    count_held = quotas.allocated(row, service)
    try:
        cap = quotas.service_cap(row.ngo.level, service, policy_on(row.signed_at.date()))
    except WorkflowError as err:
        return Held(count_held, None, err)
    return Held(count_held, cap)


def note(ref: str, *, who: Any) -> NoteRecord | None:
    """The promissory note of contract `ref` (None before one was received)."""
    query = m.PromissoryNote.select(m.PromissoryNote).join(m.Contract).where(m.Contract.ref == ref)
    row = scope.limit(who, query, m.PromissoryNote).first()
    return copy(NoteRecord, row, contract_ref=ref) if row else None


def _extensions(ref: str, who: Any, states: tuple[str, ...] = ()) -> list[ExtensionRecord]:
    row = _row(ref, who)
    if row is None:
        return []
    query = row.extensions
    if states:
        query = query.where(m.Extension.state.in_(states))
    found = list(query.order_by(m.Extension.requested_at, m.Extension.id))
    ids = {e.from_semansara_id for e in found} | {e.to_semansara_id for e in found}
    houses = (
        {
            s.id: copy(SemansaraRecord, s)
            for s in m.Semansara.select().where(m.Semansara.id.in_(ids))
        }
        if ids
        else {}
    )
    return [
        copy(
            ExtensionRecord,
            e,
            contract_ref=ref,
            from_semansara=houses[e.from_semansara_id],
            to_semansara=houses[e.to_semansara_id],
        )
        for e in found
    ]


def extensions(ref: str, *, who: Any) -> list[ExtensionRecord]:
    """The contract's extensions, in the order they were asked for."""
    return _extensions(ref, who)


def pending_extensions(ref: str, *, who: Any) -> list[ExtensionRecord]:
    """Its extensions waiting for a decision."""
    return _extensions(ref, who, ("requested",))


@dataclass(frozen=True)
class AddendumRef:
    """An addendum of a contract: its number among them (the order they were accepted in),
    the extension it puts in writing, and where the NGO stays after it."""

    number: int
    ref: str
    to_semansara: str
    moved: bool


def addenda(ref: str, *, who: Any) -> list[AddendumRef]:
    """The contract's addenda (R-5.1, R-5.4): one per accepted extension or move, numbered as
    the papers number them."""
    row = _row(ref, who)
    if row is None:
        return []
    query = (
        row.extensions.select(m.Extension, m.Semansara)
        .join(m.Semansara, on=m.Extension.to_semansara == m.Semansara.id)
        .where(m.Extension.state == "accepted")
        .order_by(m.Extension.id)
    )
    return [
        AddendumRef(
            number=number,
            ref=e.ref,
            to_semansara=e.to_semansara.name,
            moved=e.to_semansara_id != e.from_semansara_id,
        )
        for number, e in enumerate(query, start=1)
    ]


def contract_of_extension(ref: str, *, who: Any) -> str | None:
    """The ref of the contract extension `ref` is about (None when not seen)."""
    query = m.Extension.select(m.Contract.ref).join(m.Contract).where(m.Extension.ref == ref)
    return scope.limit(who, query, m.Extension).scalar()


def allocations(ref: str, *, who: Any) -> list[AllocationRecord]:
    row = _row(ref, who)
    if row is None:
        return []
    query = row.allocations.order_by(m.Allocation.allocated_at, m.Allocation.id)
    return [copy(AllocationRecord, a) for a in query]


def card_orders(ref: str, *, who: Any) -> list[CardOrderRecord]:
    row = _row(ref, who)
    if row is None:
        return []
    query = row.card_orders.order_by(m.BusinessCardOrder.ordered_at, m.BusinessCardOrder.id)
    return [copy(CardOrderRecord, order) for order in query]


def letters(ref: str, *, who: Any) -> dict[str, LetterRecord]:
    """The contract's introduction letters by whom they are to (representative, manager)."""
    row = _row(ref, who)
    if row is None:
        return {}
    return {letter.to: copy(LetterRecord, letter) for letter in row.letters}


def other_semansaras(ref: str, *, who: Any) -> list[tuple[str, str]]:
    """(code, name) of the active semansaras other than the contract's own (R-5.4)."""
    row = _row(ref, who)
    query = (
        m.Semansara.select(m.Semansara.code, m.Semansara.name)
        .where(m.Semansara.active == True)  # noqa: E712
        .order_by(m.Semansara.district, m.Semansara.code)
        .tuples()
    )
    own = row.semansara.code if row else None
    return [(code, name) for code, name in query if code != own]


def possibles(ctx: Context, ref: str) -> list[Possible]:
    """Every action on the contract, its pending extension and its note, for `ctx.user`, now
    (the workflow's own `available.for_contract`)."""
    row = _row(ref, ctx)
    return available.for_contract(ctx, row) if row else []
