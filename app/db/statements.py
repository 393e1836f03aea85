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

    def _convert(self, i: int, value: Any) -> Any:
        field = self.fields[i]
        return value if field is None else field.db_value(value)

    def _learn(self, args: tuple) -> tuple[str, list[Any], list[int]]:
        sql, params = self.build(*args).sql()
        where = [-1] * len(params)  # which argument each parameter carries; -1: a constant
        for i, value in enumerate(args):
            other = list(args)
            other[i] = _other(value)
            sql_other, params_other = self.build(*other).sql()
            assert sql_other == sql and len(params_other) == len(params), "SQL depends on values"
            for j, (a, b) in enumerate(zip(params, params_other, strict=True)):
                if a != b:
                    assert where[j] == -1 and a == self._convert(i, value), (j, a)
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

    def insert(self, *args: Any) -> int:
        """Run an INSERT statement; the new row's id."""
        cursor = self.execute(*args)
        if db.obj.returning_clause:  # PostgreSQL: the statement says RETURNING the id
            return cursor.fetchone()[0]
        return cursor.lastrowid

    def scalar(self, *args: Any) -> Any:
        row = self.execute(*args).fetchone()
        return None if row is None else row[0]

