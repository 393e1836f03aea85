"""Call ids: a service call retried after its commit reached the database answers with its
first result instead of acting twice.

Every call has an id (a UUID): the caller may give one (`call_id=`; the window gives one per
button press, so that pressing again after a lost link is the same call), else the service
makes one, the same across its own retries. The id is stored, unique, on the call's audit
event with the call's result as JSON; a retry finds it there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
import re
import uuid
from typing import Any

from app.db.models import AuditEvent
from app.workflow import errors
from app.workflow import messages as msg

_ID = re.compile(r"[A-Za-z0-9_.:\-]{1,64}")
_TAG = "$type"
# Result types other than plain JSON that an answer may hold (a dataclass such as the
# importer's report registers itself with `answer_type`).
_TYPES: dict[str, type] = {}


@dataclasses.dataclass
class Call:
    id: str
    look_back: bool  # whether this call may have been done before: look for its answer


def start(call_id: str | None) -> Call:
    """The call's id: the caller's (checked), else a new UUID."""
    if call_id is None:
        return Call(str(uuid.uuid4()), look_back=False)
    if not isinstance(call_id, str) or not _ID.fullmatch(call_id):
        raise errors.WorkflowError(
            errors.INVALID_INPUT, msg.CALL_ID_FORM(limit=64), field="call_id"
        )
    return Call(call_id, look_back=True)


def answer_type(cls: type) -> type:
    """Register a dataclass that a service call returns, so that its answer can be kept."""
    _TYPES[cls.__name__] = cls
    return cls


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return {_TAG: type(value).__name__, "value": value.isoformat()}
    if isinstance(value, decimal.Decimal):
        return {_TAG: "Decimal", "value": str(value)}
    if dataclasses.is_dataclass(value) and type(value).__name__ in _TYPES:
        fields = {
            f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init
        }
        return {_TAG: type(value).__name__, "value": fields}
    return str(value)  # not expected in an answer; kept readable rather than lost


def _typed(item: dict[str, Any]) -> Any:
    kind = item.get(_TAG)
    if kind is None:
        return item
    value = item["value"]
    readers = {
        "datetime": dt.datetime.fromisoformat,
        "date": dt.date.fromisoformat,
        "time": dt.time.fromisoformat,
        "Decimal": decimal.Decimal,
    }
    if kind in readers:
        return readers[kind](value)
    return _TYPES[kind](**value)


def encode(result: Any) -> str:
    return json.dumps(_plain(result), ensure_ascii=False, sort_keys=True)


def decode(text: str) -> Any:
    return json.loads(text, object_hook=_typed)


def answer(call: Call, action: str, actor: str) -> Any | None:
    """The first result of `call` when it was done before (None when not)."""
    event = (
        AuditEvent.select(AuditEvent.action, AuditEvent.actor, AuditEvent.result)
        .where(AuditEvent.call_id == call.id)
        .first()
    )
    if event is None:
        return None
    if (event.action, event.actor) != (action, actor):
        raise errors.WorkflowError(errors.INVALID_INPUT, msg.CALL_ID_REUSED(), field="call_id")
    return decode(event.result)
