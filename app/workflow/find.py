"""Looking records up by the codes people and scenarios use; a miss is `NOT_FOUND`.

Codes are compared in their identifier form (`persian.identifier`, R-9.2): «T۱», «T1» with a
zero-width joiner and fullwidth «Ｔ１» are one code."""

from __future__ import annotations

import functools
from typing import TypeVar

import peewee as pw

from app.db import models as m
from app.db import sequences
from app.db.database import db, is_postgres
from app.db.statements import Statement
from app.workflow import errors, persian, validate
from app.workflow import messages as msg

T = TypeVar("T", bound=m.BaseModel)

_KINDS = {
    m.Semansara: ("code", "سمن‌سرا"),
    m.Ngo: ("code", "سمن"),
    m.Request: ("ref", "درخواست"),
    m.Contract: ("ref", "قرارداد"),
    m.Booking: ("ref", "نوبت"),
    m.Extension: ("ref", "درخواست تمدید"),
    m.User: ("username_key", "کاربر"),
}


def username_key(username: object) -> str:
    """How usernames are compared (R-9.2, case folded): «ADMIN» and «admin» with a zero-width
    joiner are one name."""
    return persian.identifier(str(username or "")).casefold()[:64]


def _key(model: type[m.BaseModel], key: object) -> str:
    return username_key(key) if model is m.User else persian.identifier(str(key))


# The statement that reads one row of a model by one column, per kind of database and lock:
# nearly every service call looks rows up so, and building the statement cost more than
# running it.
_BY_COLUMN_SQL: dict[tuple[type, type, str, bool], str] = {}


def _by_column(model: type[T], field: pw.Field, value: object, lock: bool) -> T | None:
    """The row of `model` whose `field` is `value` (read as `model.select()` reads it)."""
    postgres = lock and is_postgres()
    key = (type(db.obj), model, field.name, postgres)
    if key not in _BY_COLUMN_SQL:
        marker = field.db_value(value)
        query = model.select().where(field == value)
        if postgres:
            query = query.for_update(of=model)
        sql, params = query.sql()
        assert params == [marker], model  # the value is the statement's only parameter
        _BY_COLUMN_SQL[key] = sql
    rows = list(model.raw(_BY_COLUMN_SQL[key], field.db_value(value)))
    return rows[0] if rows else None


@functools.cache
def _joined(model: type[T], joined: tuple[type[m.BaseModel], ...], lock: bool) -> Statement:
    """The statement that reads one row of `model` by its code/ref with the rows `joined`."""
    field = getattr(model, _KINDS[model][0])

    def build(key: str) -> pw.ModelSelect:
        query = model.select(model, *joined)
        for related in joined:
            query = query.switch(model).join(related)
        query = query.where(field == key).limit(1)
        if lock:
            query = query.for_update(of=model)  # this row only, not the rows joined to it
        return query

    return Statement(build, (field,))


def one(
    model: type[T], key: object, *, lock: bool = False, joined: tuple[type[m.BaseModel], ...] = ()
) -> T:
    """The row of `model` whose code/ref is `key`; `lock` takes a row lock on PostgreSQL;
    `joined` are rows it points to, read in the same query (a hot path saves round trips)."""
    column, label = _KINDS[model]
    if not joined:
        row = _by_column(model, getattr(model, column), _key(model, key), lock)
        if row is None:
            raise errors.WorkflowError(errors.NOT_FOUND, msg.NOT_FOUND_ONE(what=label, key=key))
        return row
    rows = _joined(model, joined, lock and is_postgres()).rows(_key(model, key))
    row = rows[0] if rows else None
    if row is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.NOT_FOUND_ONE(what=label, key=key))
    return row


def seen(who: object, model: type[T], key: object, *, lock: bool = False) -> T:
    """`one`, for a person who may see it: another semansara's record is NOT_FOUND for its
    manager (`scope`), in the same words as a record that does not exist."""
    from app.workflow import scope

    row = one(model, key, lock=lock)
    return scope.check(who, row, _KINDS[model][1], str(key))


def key_of(row: m.BaseModel) -> str:
    """The code or ref by which people name `row`, as it is kept."""
    column, _ = _KINDS[type(row)]
    return row.username if isinstance(row, m.User) else getattr(row, column)


def locked(model: type[T], row_id: int) -> T:
    """The row `row_id` of `model`, locked for this transaction on PostgreSQL (SQLite's
    IMMEDIATE transaction already holds the database's one write lock)."""
    row = _by_column(model, model._meta.primary_key, row_id, True)
    if row is None:
        raise model.DoesNotExist(f"{model.__name__} {row_id}")
    return row


def exists(model: type[m.BaseModel], key: object) -> bool:
    column, _ = _KINDS[model]
    return model.select().where(getattr(model, column) == _key(model, key)).exists()


def new_ref(model: type[m.BaseModel], typed: object, field: str, prefix: str) -> str:
    """The reference of a new record: the one a person or a scenario typed, in its identifier
    form (R-9.2), refused `DUPLICATE` when taken; else the next of the database's counter, which
    is never taken (so no check that another desk could race)."""
    if not typed:
        return next_ref(model, prefix)
    column, label = _KINDS[model]
    key = validate.identifier(typed, field, max_len=getattr(model, column).max_length)
    if exists(model, key):
        raise errors.WorkflowError(
            errors.DUPLICATE, msg.ALREADY_RECORDED(what=label, key=key), field=field
        )
    return key


def next_ref(model: type[m.BaseModel], prefix: str) -> str:
    """A new reference such as R-000123, for records made in the program (not scenarios): the
    next number of the database's counter `prefix`, past any reference already used."""
    column, _ = _KINDS[model]
    return sequences.free_refs(prefix, f"{prefix}-", getattr(model, column))[0]
