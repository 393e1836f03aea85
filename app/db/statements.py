"""Statements built once and run many times with new values.

Peewee builds a query's SQL anew each time it runs, and on the workflow's hot paths (every
service call's checks and audit event) building cost far more than SQLite took to run it.
`Statement` builds its query once per kind of database, learns which parameters carry which
of its arguments, and afterwards only converts the arguments and runs the stored SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import peewee as pw

from app.db.database import db


def _other(value: Any) -> Any:
    """A value of the same kind that differs from `value` (to see where it lands)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, dt.date | dt.datetime):
        return value + dt.timedelta(days=1)
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "~"
    raise TypeError(f"no other value for {value!r}")


class Statement:
    """The query `build(*args)`, whose arguments are converted as `fields` convert them
    (`field.db_value`; None: passed as they are). `samples` are arguments to learn the SQL
    with, where an argument may be None (a NULL written, whose SQL is the same)."""

    def __init__(
        self,
        build: Callable[..., pw.Query],
        fields: Sequence[pw.Field | None],
        samples: tuple | None = None,
    ) -> None:
        self.build = build
        self.fields = tuple(fields)
        self.samples = samples
        self._by_database: dict[type, tuple[str, list[Any], list[int]]] = {}
        self._templates: dict[type, pw.Query] = {}  # reads rows as the query's own results

    def _convert(self, i: int, value: Any) -> Any:
        field = self.fields[i]
        return value if field is None else field.db_value(value)

    def _learn(self, args: tuple) -> tuple[str, list[Any], list[int]]:
        template = self.build(*args)
        self._templates[type(db.obj)] = template
        sql, params = template.sql()
        where = [-1] * len(params)  # which argument each parameter carries; -1: a constant
        for i, value in enumerate(args):
            other = list(args)
            other[i] = _other(value)
            sql_other, params_other = self.build(*other).sql()
            if sql_other != sql or len(params_other) != len(params):
                raise ValueError("a statement whose SQL depends on its values cannot be reused")
            for j, (a, b) in enumerate(zip(params, params_other, strict=True)):
                if a != b:
                    if where[j] != -1 or a != self._convert(i, value):
                        raise ValueError(f"parameter {j} ({a!r}) carries no single argument")
                    where[j] = i
        return sql, params, where

    def sql(self, *args: Any) -> tuple[str, list[Any]]:
        key = type(db.obj)
        if key not in self._by_database:
            self._by_database[key] = self._learn(self.samples or args)
        sql, constants, where = self._by_database[key]
        params = [
            c if i < 0 else self._convert(i, args[i]) for c, i in zip(constants, where, strict=True)
        ]
        return sql, params

    def execute(self, *args: Any) -> Any:
        """Run the statement; the database cursor."""
        return db.execute_sql(*self.sql(*args))

    def rows(self, *args: Any) -> list[Any]:
        """Run a SELECT; its rows as the query itself gives them (models with the rows they
        were joined to, tuples, dicts)."""
        cursor = self.execute(*args)
        return list(self._templates[type(db.obj)]._get_cursor_wrapper(cursor))

    def insert(self, *args: Any) -> int:
        """Run an INSERT statement; the new row's id."""
        cursor = self.execute(*args)
        if db.obj.returning_clause:  # PostgreSQL: the statement says RETURNING the id
            return cursor.fetchone()[0]
        return cursor.lastrowid

    def scalar(self, *args: Any) -> Any:
        row = self.execute(*args).fetchone()
        return None if row is None else row[0]


# --- saving a model's row ------------------------------------------------------------------------

# Per kind of database, model, statement and columns (and which of them are NULL): the SQL
# that saves such a row, or None where peewee's own statement did not come out as expected.
_SAVES: dict[tuple, str | None] = {}


def _save_sql(row: pw.Model, insert: bool, names: tuple[str, ...], values: list[Any]) -> str | None:
    key = (type(db.obj), type(row), insert, names, tuple(v is None for v in values))
    if key not in _SAVES:
        data = {name: row.__data__[name] for name in names}
        if insert:
            sql, params = type(row).insert(**data).sql()
            expected = values
        else:
            sql, params = type(row).update(**data).where(row._pk_expr()).sql()
            expected = [*values, row._meta.primary_key.db_value(row._pk)]
        _SAVES[key] = sql if params == expected else None
    return _SAVES[key]


def save_row(row: pw.Model) -> int | None:
    """Save `row` as peewee's `Model.save()` does (every column; an INSERT when it has no id
    yet), with its statement built once; None when it cannot, and nothing was done."""
    meta = row._meta
    pk_field = meta.primary_key
    if meta.only_save_dirty or meta.composite_key or not meta.auto_increment:
        return None
    data = row.__data__
    if any(isinstance(v, pw.Node | pw.Model) for v in data.values()):
        return None  # an expression or a row not saved yet: peewee knows what to do
    if any(data.get(fk.name) is None and row.__rel__.get(fk.name) is not None for fk in meta.refs):
        return None  # a row it points to was saved after being set: peewee reads its id
    insert = row._pk is None
    names = tuple(
        sorted((n for n in data if n != pk_field.name), key=lambda n: meta.fields[n]._sort_key)
    )
    if not names:
        return None
    values = [meta.fields[n].db_value(data[n]) for n in names]
    sql = _save_sql(row, insert, names, values)
    if sql is None:
        return None
    if insert:
        cursor = db.execute_sql(sql, values)
        row._pk = cursor.fetchone()[0] if db.obj.returning_clause else cursor.lastrowid
        row._dirty.discard(pk_field.name)
        rows = 1
    else:
        rows = db.execute_sql(sql, [*values, pk_field.db_value(row._pk)]).rowcount
    row._dirty -= set(names)
    return rows
