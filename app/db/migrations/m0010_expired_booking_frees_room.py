"""Migration 0010: an expired booking frees its room (R-3.6).

A booking whose slot started while still at خ or د becomes `expired`; like a cancelled or
refused one, it holds no room, so the database's guard against two bookings of one room at
once (migration 0002) leaves it out: the rest of its slot may be booked again.
"""

from __future__ import annotations

import peewee as pw

VERSION = 10
NAME = "an expired booking frees its room"

_FREE = "('cancelled', 'refused', 'expired')"

_PG = [
    "ALTER TABLE booking DROP CONSTRAINT booking_room_no_overlap",
    "ALTER TABLE booking ADD CONSTRAINT booking_room_no_overlap EXCLUDE USING gist "
    "(room_id WITH =, tsrange(start_at, end_at, '[)') WITH &&) "
    f"WHERE (state NOT IN {_FREE})",
]

# As in migration 0002, with the expired state among those that free the room.
_SQLITE_OVERLAP = (
    "EXISTS (SELECT 1 FROM booking b WHERE b.room_id = NEW.room_id "
    "AND b.start_at > datetime(NEW.start_at, '-1 day') AND b.start_at < NEW.end_at "
    f"AND NEW.start_at < b.end_at AND b.state NOT IN {_FREE} AND b.id IS NOT NEW.id)"
)

_SQLITE = [
    "DROP TRIGGER booking_no_overlap_insert",
    "DROP TRIGGER booking_no_overlap_update",
    "CREATE TRIGGER booking_no_overlap_insert BEFORE INSERT ON booking "
    f"WHEN NEW.state NOT IN {_FREE} AND {_SQLITE_OVERLAP} "
    "BEGIN SELECT RAISE(ABORT, 'booking_room_no_overlap'); END",
    "CREATE TRIGGER booking_no_overlap_update BEFORE UPDATE OF room_id, start_at, end_at, state "
    f"ON booking WHEN NEW.state NOT IN {_FREE} AND {_SQLITE_OVERLAP} "
    "BEGIN SELECT RAISE(ABORT, 'booking_room_no_overlap'); END",
]


def up(database: pw.Database) -> None:
    statements = _PG if isinstance(database, pw.PostgresqlDatabase) else _SQLITE
    for sql in statements:
        database.execute_sql(sql)
