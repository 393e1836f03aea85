"""The semansaras as the window reads them: the list with free places and the staff warning,
one semansara with its rooms, staff and queue, and the choices of a semansara in a form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.db import models as m
from app.workflow import capacity, registry, scope
from app.workflow.read.records import RoomRecord, SemansaraRecord, StaffRecord, copy


@dataclass(frozen=True)
class SemansaraRow:
    code: str
    name: str
    district: int
    desks: int
    meeting_rooms: int
    workshop_rooms: int
    halls: int
    shelves: int
    max_contracts: int
    places: capacity.Places
    staff_short: dict[str, int]  # kind → how many missing; empty when none


@dataclass(frozen=True)
class QueueEntry:
    position: int
    ref: str
    ngo_name: str
    registered_at: dt.datetime


def _row(code: str, who: Any) -> m.Semansara | None:
    query = scope.limit(who, m.Semansara.select(), m.Semansara)
    return query.where(m.Semansara.code == code).first()


def _list_row(house: m.Semansara, today: dt.date) -> SemansaraRow:
    return copy(
        SemansaraRow,
        house,
        places=capacity.places(house),
        staff_short=registry.staff_shortfall(house, today),
    )


def rows(today: dt.date, *, who: Any) -> list[SemansaraRow]:
    """Every semansara `who` may see, by district, with its places and staff shortfall."""
    query = scope.limit(who, m.Semansara.select(), m.Semansara)
    return [
        _list_row(house, today) for house in query.order_by(m.Semansara.district, m.Semansara.code)
    ]


def row(code: str, today: dt.date, *, who: Any) -> SemansaraRow | None:
    house = _row(code, who)
    return _list_row(house, today) if house else None


def semansara(code: str, *, who: Any) -> SemansaraRecord | None:
    house = _row(code, who)
    return copy(SemansaraRecord, house) if house else None


def own(who: Any) -> SemansaraRecord | None:
    """The semansara a manager is limited to (None for everyone else, or when it is unset)."""
    semansara_id = scope.semansara_of(who)
    house = m.Semansara.get_or_none(m.Semansara.id == semansara_id) if semansara_id else None
    return copy(SemansaraRecord, house) if house else None


def rooms(code: str, *, who: Any) -> list[RoomRecord]:
    house = _row(code, who)
    if house is None:
        return []
    return [copy(RoomRecord, r) for r in house.rooms.order_by(m.Room.kind, m.Room.number)]


def staff(code: str, *, who: Any) -> list[StaffRecord]:
    """The semansara's staff in service, in the order they were added."""
    house = _row(code, who)
    if house is None:
        return []
    query = house.staff.where(m.Staff.active == True).order_by(m.Staff.id)  # noqa: E712
    return [copy(StaffRecord, s) for s in query]


def queue(code: str, *, who: Any) -> list[QueueEntry]:
    """Those waiting for a place in the semansara in their order (R-3.3), as the workflow keeps
    it: open requests without a place and extensions moving in."""
    house = _row(code, who)
    if house is None:
        return []
    return [
        QueueEntry(position, entry.ref, entry.ngo.name, entry.since)
        for position, entry in enumerate(capacity.queue(house), start=1)
    ]


def choices(who: Any = None) -> list[tuple[str, str]]:
    """(code, name) of the active semansaras, by district (`who`: those they may see; None: all,
    where a form chooses a semansara to act on and the service checks it)."""
    query = (
        scope.limit(who, m.Semansara.select(m.Semansara.code, m.Semansara.name), m.Semansara)
        .where(m.Semansara.active == True)  # noqa: E712
        .order_by(m.Semansara.district, m.Semansara.code)
        .tuples()
    )
    return list(query)
