"""Where a request can go: each semansara with its free places and its queue (R-3.3), the
suggested one first — the nearest with room, a semansara of the NGO's own district before
the others.

A semansara «has room» for a newcomer when its free places outnumber the still-eligible
requests and extensions already waiting there: the newcomer, registered last, comes after
them all. Nearness is known only by district, so after the NGO's district come the others
with room, the most room first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.db import models as m
from app.workflow import capacity, scope


@dataclass(frozen=True)
class Choice:
    """One semansara as the new-request form and the move of a request offer it."""

    code: str
    name: str
    district: int
    free: int  # places not taken by a contract, a request given a place or a move in
    waiting: int  # requests and extensions in its queue
    ahead: int  # of those, the ones still eligible on the day asked: a newcomer's wait
    same_district: bool
    suggested: bool = False

    @property
    def room(self) -> int:
        """Places left for a newcomer after everyone already waiting."""
        return max(self.free - self.ahead, 0)


def _order(choice: Choice) -> tuple:
    return (
        choice.room == 0,
        not choice.same_district,
        -choice.room,
        choice.waiting,
        choice.district,
        choice.code,
    )


def choices(
    on: dt.date, ngo: m.Ngo | None = None, who: object = None, exclude: str = ""
) -> list[Choice]:
    """Every active semansara `who` may see (all, when None) but `exclude` (a code: the one a
    request is in), the suggestion first (`suggested`; none when no semansara has room)."""
    query = m.Semansara.select().where(m.Semansara.active == True)  # noqa: E712
    query = scope.limit(who, query, m.Semansara)
    district = ngo.district if ngo is not None else None
    out = []
    for semansara in query:
        if exclude and semansara.code == exclude:
            continue
        out.append(
            Choice(
                code=semansara.code,
                name=semansara.name,
                district=semansara.district,
                free=capacity.places(semansara).free,
                waiting=len(capacity.queue(semansara)),
                ahead=len(capacity.ahead(semansara, on)),
                same_district=district is not None and semansara.district == district,
            )
        )
    out.sort(key=_order)
    if out and out[0].room:
        out[0] = Choice(**{**out[0].__dict__, "suggested": True})
    return out


def suggestion(
    on: dt.date, ngo: m.Ngo | None = None, who: object = None, exclude: str = ""
) -> Choice | None:
    """The nearest semansara with room, or None."""
    listed = choices(on, ngo, who, exclude)
    return listed[0] if listed and listed[0].suggested else None


def for_ngo(on: dt.date, ngo: str = "", *, who: object = None, exclude: str = "") -> list[Choice]:
    """`choices` for the NGO of code `ngo` (none chosen yet: "")."""
    row = None
    if ngo:
        row = scope.limit(who, m.Ngo.select(), m.Ngo).where(m.Ngo.code == ngo).first()
    return choices(on, row, who, exclude)
