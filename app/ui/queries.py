"""Read-only queries for display. Nothing here writes: every change goes through a workflow action.

Rules are not repeated here either: free places, the staff shortfall and the waiting queue come
from the workflow's own functions (`capacity`, `registry`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.db import models as m
from app.workflow import capacity, persian, registry
from app.workflow.machines import OPEN_REQUEST_STATES, RUNNING_CONTRACT_STATES
from app.workflow.policy import policy_on
from app.workflow.roles import ADMIN, DESK_EXPERT

# --- users -------------------------------------------------------------------------------------


def active_users() -> list[m.User]:
    return list(m.User.select().where(m.User.active == True).order_by(m.User.id))  # noqa: E712


def default_user(users: list[m.User]) -> m.User | None:
    """Until sign-in exists: the first service-desk expert, else the administrator."""
    for role in (DESK_EXPERT, ADMIN):
        for user in users:
            if user.role == role:
                return user
    return users[0] if users else None


# --- home --------------------------------------------------------------------------------------


def home_counts() -> dict[str, int]:
    return {
        "ngos": m.Ngo.select().where(m.Ngo.active == True).count(),  # noqa: E712
        "semansaras": m.Semansara.select().where(m.Semansara.active == True).count(),  # noqa: E712
        "open_requests": m.Request.select().where(m.Request.state.in_(OPEN_REQUEST_STATES)).count(),
        "running_contracts": m.Contract.select()
        .where(m.Contract.state.in_(RUNNING_CONTRACT_STATES))
        .count(),
    }


# --- NGOs --------------------------------------------------------------------------------------

NGO_LIST_FIELDS = (
    m.Ngo.id,
    m.Ngo.code,
    m.Ngo.name,
    m.Ngo.licence_issuer,
    m.Ngo.licence_no,
    m.Ngo.licence_expires,
    m.Ngo.founded,
    m.Ngo.members,
    m.Ngo.level,
    m.Ngo.district,
)


@dataclass(frozen=True)
class NgoListRow:
    id: int
    code: str
    name: str
    licence_issuer: str
    licence_no: str
    licence_expires: dt.date
    founded: dt.date
    members: int
    level: int | None
    district: int | None


def _ngo_search(text: str) -> pw.Expression | None:
    """Name and licence number by their normalised keys (ي = ی, ZWNJ ignored, any digits);
    the code as typed, with its digits made Latin."""
    key = persian.normalise(text)
    if not key:
        return None
    code = persian.to_latin_digits(text.strip())
    return (
        m.Ngo.name_key.contains(key) | m.Ngo.licence_key.contains(key) | m.Ngo.code.contains(code)
    )


def _ngo_query(search: str) -> pw.ModelSelect:
    query = m.Ngo.select(*NGO_LIST_FIELDS)
    condition = _ngo_search(search)
    return query if condition is None else query.where(condition)


def ngo_count(search: str = "") -> int:
    return _ngo_query(search).count()


def ngo_page(search: str = "", after_id: int = 0, limit: int = 200) -> list[NgoListRow]:
    """The next `limit` NGOs after id `after_id`, in registration order (keyset paging: as fast
    on the last page of 10,000 rows as on the first)."""
    query = _ngo_query(search).where(m.Ngo.id > after_id).order_by(m.Ngo.id).limit(limit).tuples()
    return [NgoListRow(*row) for row in query]


def ngo_list_row(code: str) -> NgoListRow | None:
    row = m.Ngo.select(*NGO_LIST_FIELDS).where(m.Ngo.code == code).tuples().first()
    return NgoListRow(*row) if row else None


def ngo_by_code(code: str) -> m.Ngo | None:
    return m.Ngo.get_or_none(m.Ngo.code == code)


def licensing_bodies(on: dt.date) -> list[str]:
    return list(policy_on(on)["licensing_bodies"])


# --- semansaras --------------------------------------------------------------------------------


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


def semansara_row(house: m.Semansara, today: dt.date) -> SemansaraRow:
    return SemansaraRow(
        code=house.code,
        name=house.name,
        district=house.district,
        desks=house.desks,
        meeting_rooms=house.meeting_rooms,
        workshop_rooms=house.workshop_rooms,
        halls=house.halls,
        shelves=house.shelves,
        max_contracts=house.max_contracts,
        places=capacity.places(house),
        staff_short=registry.staff_shortfall(house, today),
    )


def semansara_rows(today: dt.date) -> list[SemansaraRow]:
    houses = m.Semansara.select().order_by(m.Semansara.district, m.Semansara.code)
    return [semansara_row(house, today) for house in houses]


def semansara_by_code(code: str) -> m.Semansara | None:
    return m.Semansara.get_or_none(m.Semansara.code == code)


def rooms_of(house: m.Semansara) -> list[m.Room]:
    return list(house.rooms.order_by(m.Room.kind, m.Room.number))


def staff_of(house: m.Semansara) -> list[m.Staff]:
    return list(
        house.staff.where(m.Staff.active == True).order_by(m.Staff.id)  # noqa: E712
    )


@dataclass(frozen=True)
class QueueEntry:
    position: int
    ref: str
    ngo_name: str
    registered_at: dt.datetime


def queue_of(house: m.Semansara) -> list[QueueEntry]:
    """The waiting requests of `house` in their order (R-3.3), as the workflow keeps it."""
    return [
        QueueEntry(position, request.ref, request.ngo.name, request.registered_at)
        for position, request in enumerate(capacity.queue(house), start=1)
    ]
