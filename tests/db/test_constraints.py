"""The database itself refuses what the rules refuse, whatever code writes to it."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from app.db import models as m
from app.db.database import db

NOW = dt.datetime(2026, 3, 30, 9, 0)


def _semansara(**over) -> m.Semansara:  # noqa: ANN003
    fields = dict(
        code="S1",
        name="سمن‌سرا",
        district=6,
        desks=1,
        meeting_rooms=1,
        workshop_rooms=0,
        halls=0,
        shelves=1,
        max_contracts=1,
        created_at=NOW,
    )
    fields.update(over)
    return m.Semansara.create(**fields)


def _ngo(**over) -> m.Ngo:  # noqa: ANN003
    fields = dict(
        code="N1",
        name="انجمن",
        name_key="انجمن",
        licence_issuer="وزارت کشور",
        licence_no="12345",
        licence_key="12345",
        licence_expires=dt.date(2027, 1, 1),
        founded=dt.date(2020, 1, 1),
        members=10,
        registered_at=NOW,
    )
    fields.update(over)
    return m.Ngo.create(**fields)


def _refused(make) -> None:  # noqa: ANN001
    with pytest.raises(pw.IntegrityError), db.atomic():
        make()


@pytest.mark.parametrize(
    "bad",
    [
        {"district": 23},
        {"district": 0},
        {"desks": -1},
        {"max_contracts": -2},
        {"opens": "18:00", "closes": "08:00"},
    ],
)
def test_semansara_checks(database, bad) -> None:  # noqa: ANN001
    _refused(lambda: _semansara(**bad))
    assert m.Semansara.select().count() == 0


@pytest.mark.parametrize("bad", [{"members": -5}, {"level": 5}, {"district": 23}])
def test_ngo_checks(database, bad) -> None:  # noqa: ANN001
    _refused(lambda: _ngo(**bad))


def test_unique_codes_and_licence_keys(database) -> None:  # noqa: ANN001
    _ngo()
    _refused(lambda: _ngo(code="N2"))  # same licence key
    _refused(lambda: _ngo(licence_key="999"))  # same code
    _semansara()
    _refused(lambda: _semansara(name="دیگر"))


def test_foreign_keys_enforced(database) -> None:  # noqa: ANN001
    _refused(lambda: m.Room.create(semansara=12345, kind="hall", number=1))


def _request(ref: str, ngo: m.Ngo, house: m.Semansara, state: str) -> m.Request:
    return m.Request.create(
        ref=ref,
        ngo=ngo,
        semansara=house,
        channel="phone",
        state=state,
        registered_at=NOW,
        registered_by="desk",
        updated_at=NOW,
    )


def _contract(ref: str, request: m.Request, **over) -> m.Contract:  # noqa: ANN003
    """A six-month contract of `request`'s NGO in its semansara, level 2, running."""
    values = {
        "starts": dt.date(2026, 3, 1),
        "ends": dt.date(2026, 9, 1),
        "state": "active",
        "level": 2,
        "signed_at": NOW,
        "signed_by": "d",
        **over,
    }
    return m.Contract.create(
        ref=ref, request=request, ngo=request.ngo, semansara=request.semansara, **values
    )


def _booking(
    room: m.Room, contract: m.Contract, ref: str, start: int, end: int, state: str = "khe_requested"
) -> m.Booking:
    return m.Booking.create(
        ref=ref,
        contract=contract,
        ngo=contract.ngo,
        semansara=room.semansara,
        room=room,
        service="meeting_room",
        start_at=NOW.replace(hour=start),
        end_at=NOW.replace(hour=end),
        year=1405,
        minutes=(end - start) * 60,
        people=3,
        channel="phone",
        state=state,
        requested_at=NOW,
        requested_by="desk",
    )


def test_one_room_never_holds_two_bookings_at_once(database) -> None:  # noqa: ANN001
    house = _semansara(meeting_rooms=2)
    room1 = m.Room.create(semansara=house, kind="meeting_room", number=1)
    room2 = m.Room.create(semansara=house, kind="meeting_room", number=2)
    ngo = _ngo()
    contract = _contract("C1", _request("R1", ngo, house, "he_letter_to_manager"))
    _booking(room1, contract, "B1", 10, 12)
    _refused(lambda: _booking(room1, contract, "B2", 11, 13))  # overlaps
    _booking(room2, contract, "B3", 11, 13)  # the other room is free
    _booking(room1, contract, "B4", 12, 13)  # touching end-to-start is no overlap
    cancelled = _booking(room1, contract, "B5", 8, 9, state="cancelled")
    _booking(room1, contract, "B6", 8, 10)  # a cancelled booking frees its slot
    # Reviving the cancelled one now would overlap B6.
    cancelled.state = "khe_requested"
    _refused(lambda: cancelled.save())
    _refused(lambda: _booking(room1, contract, "B7", 12, 11))  # ends before it starts
    assert (
        m.Booking.select().where(m.Booking.room == room1, m.Booking.state != "cancelled").count()
        == 3
    )
    # R-3.6 (migration 0010): an expired booking frees the rest of its slot, too
    expired = _booking(room1, contract, "B8", 14, 16)
    _refused(lambda: _booking(room1, contract, "B9", 15, 16))
    expired.state = "expired"
    expired.save()
    _booking(room1, contract, "B9", 15, 16)


def test_amounts_and_counts_checked(database) -> None:  # noqa: ANN001
    house = _semansara()
    ngo = _ngo()
    contract = _contract("C1", _request("R1", ngo, house, "jim_contracted"))
    _refused(
        lambda: m.PromissoryNote.create(
            contract=contract,
            serial="S",
            amount=0,
            amount_due=1,
            state="received",
            received_at=NOW,
            received_by="d",
        )
    )
    _refused(
        lambda: m.Allocation.create(
            contract=contract,
            semansara=house,
            service="shelf",
            count=0,
            state="active",
            allocated_at=NOW,
            allocated_by="d",
        )
    )
    other = _request("R2", ngo, house, "jim_contracted")
    _refused(lambda: _contract("C2", other, ends=dt.date(2026, 2, 1)))  # ends before it starts
