"""Migration 0002: the database itself refuses two bookings of one room at once.

PostgreSQL: an exclusion constraint over (room, time range), the documentation's own pattern
(needs btree_gist). SQLite: triggers that abort an overlapping insert or update (and a booking longer than a day,
which keeps the overlap check an index range); with every write transaction taken IMMEDIATE,
the check and the write cannot interleave.
Cancelled and refused bookings free their slot.
"""

from __future__ import annotations

import peewee as pw

VERSION = 2
NAME = "no two bookings of one room at once"

_LIVE = "('cancelled', 'refused')"

_PG = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    "ALTER TABLE booking ADD CONSTRAINT booking_room_no_overlap EXCLUDE USING gist "
    "(room_id WITH =, tsrange(start_at, end_at, '[)') WITH &&) "
    f"WHERE (state NOT IN {_LIVE})",
]

# A booking lasts at most a day (the trigger below refuses longer ones), so only bookings that
# start in the day before this one ends can overlap it: the index on (room, start) finds them.
_SQLITE_OVERLAP = (
    "EXISTS (SELECT 1 FROM booking b WHERE b.room_id = NEW.room_id "
    "AND b.start_at > datetime(NEW.start_at, '-1 day') AND b.start_at < NEW.end_at "
    f"AND NEW.start_at < b.end_at AND b.state NOT IN {_LIVE} AND b.id IS NOT NEW.id)"
)

_SQLITE = [
    "CREATE TRIGGER booking_at_most_a_day BEFORE INSERT ON booking "
    "WHEN NEW.end_at > datetime(NEW.start_at, '+1 day') "
    "BEGIN SELECT RAISE(ABORT, 'booking_longer_than_a_day'); END",
    "CREATE TRIGGER booking_no_overlap_insert BEFORE INSERT ON booking "
    f"WHEN NEW.state NOT IN {_LIVE} AND {_SQLITE_OVERLAP} "
    "BEGIN SELECT RAISE(ABORT, 'booking_room_no_overlap'); END",
    "CREATE TRIGGER booking_no_overlap_update BEFORE UPDATE OF room_id, start_at, end_at, state "
    f"ON booking WHEN NEW.state NOT IN {_LIVE} AND {_SQLITE_OVERLAP} "
    "BEGIN SELECT RAISE(ABORT, 'booking_room_no_overlap'); END",
]


def up(database: pw.Database) -> None:
    statements = _PG if isinstance(database, pw.PostgresqlDatabase) else _SQLITE
    for sql in statements:
        database.execute_sql(sql)
