"""A timestamp column that keeps Tehran's wall time and gives back aware moments in Tehran.

The column itself is the plain `timestamp` / text the first schema made: Tehran has kept one
offset (+03:30) since 2022, and earlier rows were written as Tehran's wall time, so nothing
stored changes; what changes is that Python never sees a naive moment from the database.
"""

from __future__ import annotations

import datetime as dt
import functools

import peewee as pw

from app.db.statements import Statement
from app.timezone import in_tehran, wall_time


class TehranDateTimeField(pw.DateTimeField):
    def db_value(self, value: object) -> object:
        if isinstance(value, dt.datetime):
            value = wall_time(value)
        return super().db_value(value)

    def python_value(self, value: object) -> object:
        value = super().python_value(value)
        return in_tehran(value) if isinstance(value, dt.datetime) else value


class _RelatedRow(pw.ForeignKeyAccessor):
    def get_rel_instance(self, instance: pw.Model) -> object:
        value = instance.__data__.get(self.name)
        if value is not None and self.name not in instance.__rel__ and self.field.lazy_load:
            rows = _lookup(self.field).rows(value)
            if not rows:
                raise self.rel_model.DoesNotExist(
                    f"{self.rel_model.__name__} {self.field.rel_field.name}={value!r}"
                )
            instance.__rel__[self.name] = rows[0]
        return super().get_rel_instance(instance)


@functools.cache
def _lookup(field: pw.ForeignKeyField) -> Statement:
    rel_model, rel_field = field.rel_model, field.rel_field
    return Statement(
        lambda value: rel_model.select().where(rel_field == value).limit(1), (rel_field,)
    )


class ForeignKeyField(pw.ForeignKeyField):
    """peewee's foreign key, whose row is read on first use by a statement built once
    (`app.db.statements`): rows read each other so on nearly every step."""

    accessor_class = _RelatedRow
