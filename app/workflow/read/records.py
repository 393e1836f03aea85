"""Frozen copies of the records the window shows, named as the models name their columns.

`copy(cls, row, **given)` fills a record from a model row column by column (a foreign key as
its `*_id`, which reads no other table); related records are given already read."""

from __future__ import annotations

import datetime as dt
import functools
import operator
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from app.workflow import persian

T = TypeVar("T")


def newest_first(query: Any, key: Any, row: type[T], before_id: int | None, limit: int) -> list[T]:
    """The next `limit` rows of `query` whose `key` (an id field) is below `before_id`, newest
    first: keyset paging, as fast on the last page as on the first."""
    if before_id is not None:
        query = query.where(key < before_id)
    return [row(*values) for values in query.order_by(key.desc()).limit(limit).tuples()]


def matching(query: Any, text: str, *, keys: tuple = (), codes: tuple = ()) -> Any:
    """`query` narrowed to the rows a search box's `text` finds: a normalised field (`keys`:
    ي = ی, ZWNJ ignored, any digits) holding the normalised text, or a code (`codes`) holding
    it as typed with its digits made Latin. Empty text finds every row."""
    key = persian.normalise(text)
    if not key:
        return query
    code = persian.to_latin_digits(text.strip())
    found = [field.contains(key) for field in keys] + [field.contains(code) for field in codes]
    return query.where(functools.reduce(operator.or_, found))


def select_with_parties(model: Any) -> Any:
    """`model`'s rows with their NGO and semansara read in the same query (for `parties`)."""
    return (
        model.select(model, model.ngo.rel_model, model.semansara.rel_model)
        .join(model.ngo.rel_model)
        .switch(model)
        .join(model.semansara.rel_model)
    )


def parties(row: Any) -> dict[str, Any]:
    """The NGO and the semansara of `row` as records: `copy(cls, row, **parties(row))`."""
    return {"ngo": copy(NgoRecord, row.ngo), "semansara": copy(SemansaraRecord, row.semansara)}


def copy(cls: type[T], row: Any, **given: Any) -> T:
    values = {
        f.name: given[f.name] if f.name in given else getattr(row, f.name)
        for f in fields(cls)  # type: ignore[arg-type]
    }
    return cls(**values)


@dataclass(frozen=True)
class NgoRecord:
    id: int
    code: str
    name: str
    licence_issuer: str
    licence_no: str
    licence_expires: dt.date
    founded: dt.date
    members: int
    chief: str
    representative: str
    phone: str
    email: str
    district: int | None
    level: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class SemansaraRecord:
    id: int
    code: str
    name: str
    district: int
    address: str
    phone: str
    desks: int
    meeting_rooms: int
    workshop_rooms: int
    halls: int
    shelves: int
    max_contracts: int
    opens: str
    closes: str
    active: bool
    version: int


@dataclass(frozen=True)
class RoomRecord:
    id: int
    kind: str
    number: int
    active: bool


@dataclass(frozen=True)
class StaffRecord:
    id: int
    name: str
    kind: str
    hours: str
    duties: str


@dataclass(frozen=True)
class ProgramRecord:
    id: int
    date: dt.date
    title: str
    participants: int


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    assessed_at: dt.datetime
    assessed_by: str
    years_level: int
    members_level: int
    activity_level: int
    suggested: int
    level: int
    reason: str
    evidence: str  # JSON


@dataclass(frozen=True)
class RequestRecord:
    id: int
    ref: str
    ngo: NgoRecord
    semansara: SemansaraRecord
    channel: str
    services: str  # JSON list of service codes
    state: str
    registered_at: dt.datetime
    registered_by: str
    invited_for: dt.date | None
    decision_reason: str
    pass_over_reason: str
    version: int


@dataclass(frozen=True)
class ContractRecord:
    id: int
    ref: str
    request_id: int
    ngo: NgoRecord
    semansara: SemansaraRecord
    starts: dt.date
    ends: dt.date  # exclusive
    state: str
    level: int
    signed_at: dt.datetime
    signed_by: str
    ended_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class ExtensionRecord:
    id: int
    ref: str
    contract_ref: str
    from_semansara: SemansaraRecord
    to_semansara: SemansaraRecord
    state: str
    requested_at: dt.datetime
    requested_by: str
    new_ends: dt.date | None
    starts: dt.date | None
    decided_at: dt.datetime | None
    reason: str
    channel: str


@dataclass(frozen=True)
class AllocationRecord:
    id: int
    service: str
    count: int
    state: str
    allocated_at: dt.datetime
    allocated_by: str
    released_at: dt.datetime | None


@dataclass(frozen=True)
class CardOrderRecord:
    id: int
    count: int
    year: int
    ordered_at: dt.datetime
    ordered_by: str


@dataclass(frozen=True)
class LetterRecord:
    id: int
    to: str
    serial: str
    issued_at: dt.datetime
    delivered_at: dt.datetime | None
    delivered_by: str


@dataclass(frozen=True)
class NoteRecord:
    id: int
    contract_ref: str
    serial: str
    amount: int
    amount_due: int
    state: str
    received_at: dt.datetime
    received_by: str
    custody_at: dt.datetime | None
    custody_by: str
    confirmed_at: dt.datetime | None
    confirmed_by: str
    damage: str
    returned_at: dt.datetime | None
    returned_by: str
    returned_to: str


@dataclass(frozen=True)
class BookingRecord:
    id: int
    ref: str
    contract_ref: str
    ngo: NgoRecord
    semansara: SemansaraRecord
    room: RoomRecord
    service: str
    start_at: dt.datetime
    end_at: dt.datetime
    minutes: int
    people: int
    channel: str
    state: str
    requested_at: dt.datetime
    requested_by: str
    scheduled_at: dt.datetime | None
    notified_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    cancel_reason: str


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor: str
    role: str
    action: str
    object_type: str
    object_ref: str
    step: str
    decision: str
    reason: str
    before_state: str
    after_state: str
