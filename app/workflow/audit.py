"""The audit trail: one event per service call, chained by SHA-256 (R-3.5).

Each event's hash covers its own fields and the previous event's hash, so a later edit of
any row breaks the chain from that row on. The previous hash is read from the locked chain
head inside the service's own transaction, so concurrent writers cannot fork the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from app.db.database import is_postgres
from app.db.models import AuditEvent, AuditHead

GENESIS = "0" * 64
HASHED_FIELDS = (
    "at",
    "actor",
    "role",
    "action",
    "object_type",
    "object_ref",
    "step",
    "decision",
    "reason",
    "before_state",
    "after_state",
    "data",
)


@dataclass
class Trail:
    """What one service call did, collected while it runs and written once at its end."""

    object_type: str = ""
    object_ref: str = ""
    step: str = ""
    decision: str = ""
    reason: str = ""
    before_state: str = ""
    after_state: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def about(self, object_type: str, object_ref: str, **kwargs: Any) -> Trail:
        self.object_type, self.object_ref = object_type, object_ref
        for key, value in kwargs.items():
            setattr(self, key, value)
        return self


def _digest(prev_hash: str, values: dict[str, Any]) -> str:
    payload = json.dumps(
        [prev_hash] + [values[k] for k in HASHED_FIELDS],
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _fields(at: dt.datetime, actor: str, role: str, action: str, trail: Trail) -> dict[str, Any]:
    return {
        "at": at.isoformat(sep=" ", timespec="seconds"),
        "actor": actor,
        "role": role,
        "action": action,
        "object_type": trail.object_type,
        "object_ref": trail.object_ref,
        "step": trail.step,
        "decision": trail.decision,
        "reason": trail.reason,
        "before_state": trail.before_state,
        "after_state": trail.after_state,
        "data": json.dumps(trail.data, ensure_ascii=False, sort_keys=True, default=str),
    }


def _head() -> AuditHead:
    query = AuditHead.select().where(AuditHead.id == 1)
    if is_postgres():
        query = query.for_update()
    head = query.first()
    if head is None:
        AuditHead.insert(id=1, last_id=0, last_hash=GENESIS).execute()
        head = AuditHead.get_by_id(1)
    return head


def record(at: dt.datetime, actor: str, role: str, action: str, trail: Trail, *,
           call_id: str | None = None, result: str | None = None) -> AuditEvent:
    """Append one event. Must run inside the service's transaction. `call_id` and `result`
    (JSON) are the service call's, kept so that a retry of the call can answer it."""
    head = _head()
    values = _fields(at, actor, role, action, trail)
    values["at"] = dt.datetime.fromisoformat(values["at"])
    digest = _digest(head.last_hash, _fields(at, actor, role, action, trail))
    event = AuditEvent.create(prev_hash=head.last_hash, hash=digest, call_id=call_id,
                              result=result, **values)
    AuditHead.update(last_id=event.id, last_hash=digest).where(AuditHead.id == 1).execute()
    return event


@dataclass
class ChainReport:
    ok: bool
    events: int
    broken_at: int | None = None  # id of the first event whose link fails
    problem: str = ""


def verify_chain() -> ChainReport:
    """Walk the chain in order and name the first broken link."""
    prev = GENESIS
    count = 0
    for event in AuditEvent.select().order_by(AuditEvent.id).iterator():
        count += 1
        trail = Trail(
            event.object_type,
            event.object_ref,
            event.step,
            event.decision,
            event.reason,
            event.before_state,
            event.after_state,
        )
        values = _fields(event.at, event.actor, event.role, event.action, trail)
        values["data"] = event.data
        if event.prev_hash != prev:
            return ChainReport(False, count, event.id, "prev_hash does not match")
        if _digest(prev, values) != event.hash:
            return ChainReport(False, count, event.id, "hash does not match the row")
        prev = event.hash
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is not None and head.last_hash != prev:
        return ChainReport(False, count, None, "chain head does not match the last event")
    return ChainReport(True, count)
