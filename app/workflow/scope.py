"""Who sees what: a semansara manager sees only their own semansara (R-3.4), on every path.

One place says which rows a person may see, for the services (`show`, documents, reports) and
for the window's lists, searches and detail panes alike: `condition(who, model)` is the filter
to add to a query of `model` (None: no limit), `check(who, row)` refuses a row outside it as
`NOT_FOUND` (another semansara's record does not exist for the manager, it is not merely hidden
in one page). `who` is a `Context` or a user; everyone else at HQ sees everything.

A manager's semansara holds its requests, contracts, rooms, staff, allocations and bookings;
a contract moving into it by an extension (requested or accepted) too, so that its manager can
confirm no damage at the end (R-5.4); an NGO with a request or such a contract there; the
notes, letters and extensions of those contracts.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import errors
from app.workflow import messages as msg
from app.workflow.roles import SEMANSARA_MANAGER

NOWHERE = 0  # a manager with no semansara set sees nothing (no row has id 0)


def semansara_of(who: Any) -> int | None:
    """The id of the semansara `who` is limited to, or None when not limited."""
    user = getattr(who, "user", who)
    if user is None or user.role != SEMANSARA_MANAGER:
        return None
    return user.semansara_id or NOWHERE


def _contract_ids(semansara: int) -> pw.Expression:
    moving_in = m.Extension.select(m.Extension.contract).where(
        (m.Extension.to_semansara == semansara) & m.Extension.state.in_(("requested", "accepted"))
    )
    return (m.Contract.semansara == semansara) | m.Contract.id.in_(moving_in)


def _contracts(semansara: int) -> pw.ModelSelect:
    return m.Contract.select(m.Contract.id).where(_contract_ids(semansara))


def _conditions(semansara: int) -> dict[type[m.BaseModel], pw.Expression]:
    requests_here = m.Request.select(m.Request.ngo).where(m.Request.semansara == semansara)
    contracted = m.Contract.select(m.Contract.ngo).where(_contract_ids(semansara))
    return {
        m.Semansara: m.Semansara.id == semansara,
        m.Room: m.Room.semansara == semansara,
        m.Staff: m.Staff.semansara == semansara,
        m.Request: m.Request.semansara == semansara,
        m.Contract: _contract_ids(semansara),
        m.Extension: (
            (m.Extension.from_semansara == semansara) | (m.Extension.to_semansara == semansara)
        ),
        m.PromissoryNote: m.PromissoryNote.contract.in_(_contracts(semansara)),
        m.IntroductionLetter: m.IntroductionLetter.contract.in_(_contracts(semansara)),
        m.Allocation: m.Allocation.semansara == semansara,
        m.BusinessCardOrder: m.BusinessCardOrder.contract.in_(_contracts(semansara)),
        m.Booking: m.Booking.semansara == semansara,
        m.Ngo: m.Ngo.id.in_(requests_here) | m.Ngo.id.in_(contracted),
    }


def condition(who: Any, model: type[m.BaseModel]) -> pw.Expression | None:
    """The filter a query of `model` needs for `who` (None: every row)."""
    semansara = semansara_of(who)
    if semansara is None:
        return None
    return _conditions(semansara).get(model)


def limit(who: Any, query: pw.ModelSelect, model: type[m.BaseModel]) -> pw.ModelSelect:
    """`query` (of `model`, perhaps joined to others) limited to what `who` may see."""
    where = condition(who, model)
    return query if where is None else query.where(where)


def visible(who: Any, row: m.BaseModel) -> bool:
    model = type(row)
    where = condition(who, model)
    if where is None:
        return True
    return (
        model.select(model._meta.primary_key)
        .where((model._meta.primary_key == row._pk) & where)
        .exists()
    )


def check(who: Any, row: m.BaseModel, label: str = "مورد", key: str = "") -> m.BaseModel:
    """`row`, if `who` may see it; else NOT_FOUND, as if it did not exist."""
    if not visible(who, row):
        raise errors.WorkflowError(errors.NOT_FOUND, msg.NOT_FOUND_ONE(what=label, key=key))
    return row
