"""A timestamp column that keeps Tehran's wall time and gives back aware moments in Tehran.

The column itself is the plain `timestamp` / text the first schema made: Tehran has kept one
offset (+03:30) since 2022, and earlier rows were written as Tehran's wall time, so nothing
stored changes; what changes is that Python never sees a naive moment from the database.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from app.timezone import in_tehran, wall_time


class TehranDateTimeField(pw.DateTimeField):
    def db_value(self, value: object) -> object:
        if isinstance(value, dt.datetime):
            value = wall_time(value)
        return super().db_value(value)

    def python_value(self, value: object) -> object:
        value = super().python_value(value)
        return in_tehran(value) if isinstance(value, dt.datetime) else value
