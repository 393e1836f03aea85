"""Numbers for the references and serials the program makes (N-000123, CON-1405-000007), from
the database, never from counting rows.

Each counter has a key ("N", "CON-1405"). PostgreSQL keeps it in a SEQUENCE `ref_<key>`:
`nextval` never waits for another desk's transaction. SQLite keeps it in a row of
`ref_counter`, updated in the service's own transaction (SQLite has one writer at a time, so
the row serialises nothing that was not serialised already). A number already used by a
reference someone typed (a scenario's, an import's, an older program's) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import peewee as pw

from app.db.database import db, is_postgres, sqlstate

WIDTH = 6  # N-000123


def sequence_name(key: str) -> str:
    return "ref_" + re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")


def _undefined(exc: Exception) -> bool:
    return sqlstate(exc) == "42P01"


def _create_sequence(name: str) -> None:
    try:
        with db.atomic():  # a savepoint: another desk may create it at the same moment
            db.execute_sql(f'CREATE SEQUENCE IF NOT EXISTS "{name}"')
    except pw.IntegrityError:
        pass  # the other desk's sequence, committed meanwhile: use it


def take(key: str, count: int = 1) -> list[int]:
    """`count` new numbers of counter `key` (which starts at 1 on first use), in order."""
    if not is_postgres():
        cursor = db.execute_sql(
            "INSERT INTO ref_counter (name, value) VALUES (?, ?) ON CONFLICT (name) "
            "DO UPDATE SET value = value + excluded.value RETURNING value",
            (key, count),
        )
        last = cursor.fetchone()[0]
        return list(range(last - count + 1, last + 1))
    name = sequence_name(key)
    sql = "SELECT nextval(%s) FROM generate_series(1, %s)"
    try:
        with db.atomic():  # a savepoint: a counter not used before is created below
            rows = db.execute_sql(sql, (name, count)).fetchall()
    except pw.ProgrammingError as exc:
        if not _undefined(exc):
            raise
        _create_sequence(name)
        rows = db.execute_sql(sql, (name, count)).fetchall()
    return sorted(row[0] for row in rows)


def last_taken(key: str) -> int:
    """The counter's last number given out (0 when none), without taking one."""
    if not is_postgres():
        row = db.execute_sql("SELECT value FROM ref_counter WHERE name = ?", (key,)).fetchone()
        return row[0] if row else 0
    try:
        with db.atomic():
            row = db.execute_sql(
                "SELECT pg_sequence_last_value(%s::regclass)", (sequence_name(key),)
            ).fetchone()
    except pw.ProgrammingError as exc:
        if not _undefined(exc):
            raise
        return 0
    return row[0] or 0


def advance(key: str, at_least: int) -> None:
    """Let the counter's next number be above `at_least` (never move it back)."""
    if not is_postgres():
        db.execute_sql(
            "INSERT INTO ref_counter (name, value) VALUES (?, ?) ON CONFLICT (name) "
            "DO UPDATE SET value = MAX(value, excluded.value)",
            (key, at_least),
        )
        return
    if at_least < 1:
        return
    name = sequence_name(key)
    take(key, 0)  # creates it when new
    db.execute_sql(
        "SELECT setval(%s, %s) WHERE %s > COALESCE(pg_sequence_last_value(%s::regclass), 0)",
        (name, at_least, at_least, name),
    )


def highest(field: pw.Field, stem: str, also: Collection[str] = ()) -> int:
    """The highest number used after `stem` in `field` (and in `also`), 0 when none."""
    pattern = re.compile(re.escape(stem) + r"(\d+)")
    query = field.model.select(field).where(field.startswith(stem)).tuples()
    numbers = [
        int(found[1]) for (value,) in query.iterator() if (found := pattern.fullmatch(value))
    ]
    numbers += [int(found[1]) for value in also if (found := pattern.fullmatch(value))]
    return max(numbers, default=0)


def _in_table(field: pw.Field, refs: list[str], batch: int = 500) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(refs), batch):
        query = field.model.select(field).where(field.in_(refs[start : start + batch]))
        found.update(value for (value,) in query.tuples().iterator())
    return found


def free_refs(
    key: str,
    stem: str,
    field: pw.Field,
    count: int = 1,
    also_taken: Collection[str] = (),
    *,
    dry_run: bool = False,
) -> list[str]:
    """`count` new references `stem` + number from counter `key`, none of them already in
    `field` or in `also_taken`. On the first clash the counter jumps past the highest number
    in use, so a database whose references were typed or imported costs one scan, once.
    `dry_run`: the references it would give now, taking none."""
    last = last_taken(key) if dry_run else 0

    def draw(n: int) -> list[int]:
        nonlocal last
        if not dry_run:
            return take(key, n)
        last += n
        return list(range(last - n + 1, last + 1))

    out: list[str] = []
    jumped = False
    while len(out) < count:
        refs = [f"{stem}{n:0{WIDTH}d}" for n in draw(count - len(out))]
        used = _in_table(field, refs) | (set(refs) & set(also_taken))
        out += [ref for ref in refs if ref not in used]
        if used and not jumped:
            top = highest(field, stem, also_taken)
            if dry_run:
                last = max(last, top)
            else:
                advance(key, top)
            jumped = True
    return out
