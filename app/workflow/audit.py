"""The audit trail: one event per service call, chained by SHA-256 (R-3.5), anchored to the data.

Each event's hash covers its own fields and the previous event's hash, so a later edit of
any row breaks the chain from that row on. The previous hash is read from the locked chain
head inside the service's own transaction, so concurrent writers cannot fork the chain.

Each event also keeps a digest of every business row the call wrote (`AuditRow`: table, id,
SHA-256 of the row's columns then), and its hash covers them. `verify_trail` recomputes every
current row's digest and names each row that no longer matches its last event (changed by hand,
with SQL), each row no event explains (a wiped or truncated trail) and each recorded row that
is gone. The database refuses UPDATE and DELETE of both tables (migration 0008).

With the office's secret key (`SEMANSARA_AUDIT_KEY_FILE`, or the setting `audit.key_file`: a
file kept outside the database) every event is also sealed with an HMAC of its hash: someone
who can write the database but has not the key cannot recompute a chain that still verifies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import hmac
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw

from app.db import models as m
from app.db.database import db, is_postgres
from app.db.models import AuditEvent, AuditHead, AuditRow
from app.db.statements import Statement
from app.timezone import wall_time

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

# Scheme 1 of the row digests: the columns of each business table that a digest covers (not
# the sign-in counters, which every sign-in changes). Frozen: a column added later joins a new
# scheme, so that the digests already kept stay true.
SCHEME = 1
DIGESTED: dict[str, tuple[str, ...]] = {
    "policy_version": (
        "number",
        "effective",
        "approved",
        "values",
        "reason",
        "created_by",
        "created_at",
    ),
    "inflation_rate": ("year", "rate", "entered_by", "entered_at"),
    "semansara": (
        "code",
        "name",
        "district",
        "address",
        "phone",
        "desks",
        "meeting_rooms",
        "workshop_rooms",
        "halls",
        "shelves",
        "max_contracts",
        "opens",
        "closes",
        "active",
        "created_at",
        "version",
    ),
    "room": ("semansara_id", "kind", "number", "active"),
    "staff": (
        "semansara_id",
        "name",
        "kind",
        "hours",
        "duties",
        "active",
        "added_at",
        "code",
        "employment",
        "retired_at",
        "retire_reason",
    ),
    "user": (
        "username",
        "username_key",
        "full_name",
        "email",
        "role",
        "semansara_id",
        "password_hash",
        "active",
        "created_at",
        "must_change_password",
    ),
    "ngo": (
        "code",
        "name",
        "name_key",
        "licence_issuer",
        "licence_no",
        "licence_key",
        "licence_expires",
        "founded",
        "members",
        "chief",
        "representative",
        "phone",
        "email",
        "district",
        "level",
        "registered_at",
        "active",
        "version",
        "national_id",
        "address",
        "chief_national_code",
        "representative_national_code",
    ),
    "program": ("ngo_id", "date", "participants", "title", "added_at"),
    "assessment": (
        "ngo_id",
        "assessed_at",
        "assessed_by",
        "years_level",
        "members_level",
        "activity_level",
        "suggested",
        "level",
        "reason",
        "evidence",
    ),
    "request": (
        "ref",
        "ngo_id",
        "semansara_id",
        "channel",
        "services",
        "state",
        "registered_at",
        "registered_by",
        "invited_for",
        "decision_reason",
        "pass_over_reason",
        "updated_at",
        "version",
    ),
    "contract": (
        "ref",
        "request_id",
        "ngo_id",
        "semansara_id",
        "starts",
        "ends",
        "state",
        "level",
        "signed_at",
        "signed_by",
        "ended_at",
        "version",
    ),
    "extension": (
        "ref",
        "contract_id",
        "from_semansara_id",
        "to_semansara_id",
        "state",
        "requested_at",
        "requested_by",
        "new_ends",
        "starts",
        "decided_at",
        "decided_by",
        "reason",
        "channel",
    ),
    "introduction_letter": (
        "contract_id",
        "to",
        "serial",
        "issued_at",
        "delivered_at",
        "delivered_by",
    ),
    "promissory_note": (
        "contract_id",
        "serial",
        "amount",
        "amount_due",
        "state",
        "received_at",
        "received_by",
        "custody_at",
        "custody_by",
        "confirmed_at",
        "confirmed_by",
        "damage",
        "returned_at",
        "returned_by",
        "returned_to",
    ),
    "allocation": (
        "contract_id",
        "semansara_id",
        "service",
        "count",
        "state",
        "allocated_at",
        "allocated_by",
        "released_at",
    ),
    "booking": (
        "ref",
        "contract_id",
        "ngo_id",
        "semansara_id",
        "room_id",
        "service",
        "start_at",
        "end_at",
        "year",
        "minutes",
        "people",
        "channel",
        "state",
        "requested_at",
        "requested_by",
        "scheduled_at",
        "notified_at",
        "cancelled_at",
        "cancel_reason",
    ),
    "business_card_order": ("contract_id", "ngo_id", "count", "year", "ordered_at", "ordered_by"),
    "notification": (
        "booking_id",
        "recipient",
        "channel",
        "address",
        "body",
        "state",
        "created_at",
        "sent_at",
    ),
    "issued_document": (
        "kind",
        "object_ref",
        "serial",
        "code",
        "issued_at",
        "issued_by",
        "content_hash",
    ),
    "declared_day": ("day", "semansara_id", "kind", "reason", "declared_by", "declared_at"),
}
# Columns no digest covers on purpose: every sign-in attempt changes the user's two; a
# paper's `hash_scheme` only says which recipe made its `content_hash` (which is digested),
# and digesting it would break the scheme-1 digests kept before it was added (m0011); its
# `record` is the text whose SHA-256 is that digested `content_hash` (m0012).
NOT_DIGESTED = {
    "user": ("failed_logins", "locked_until"),
    "issued_document": ("hash_scheme", "record"),
}
# Tables that are the trail itself or say what the database is, not business data.
TRAIL_TABLES = ("audit_event", "audit_head", "audit_row", "database_mark")

KEY_FILE_ENV = "SEMANSARA_AUDIT_KEY_FILE"


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


# --- which rows a call wrote ----------------------------------------------------------------------


@contextlib.contextmanager
def collecting() -> Iterator[None]:
    """Collect the rows saved inside the block for the audit events written in it."""
    token = m.WRITTEN.set(set())
    try:
        yield
    finally:
        m.WRITTEN.reset(token)


def wrote(model: type[m.BaseModel], ids: Iterable[int]) -> None:
    """Rows written by a query rather than a model's save (bulk updates and inserts)."""
    written = m.WRITTEN.get()
    if written is None:
        raise RuntimeError("rows written outside a service call")
    written.update((model, int(i)) for i in ids)


def pending() -> bool:
    """Whether rows were written in this call that no event has covered yet."""
    return any(model._meta.table_name in DIGESTED for model, _ in (m.WRITTEN.get() or ()))


def _drain() -> dict[str, set[int]]:
    written = m.WRITTEN.get()
    out: dict[str, set[int]] = {}
    if written:
        for model, row_id in written:
            if model._meta.table_name in DIGESTED:
                out.setdefault(model._meta.table_name, set()).add(row_id)
        written.clear()
    return out


# --- digests of rows ------------------------------------------------------------------------------

MODELS_BY_TABLE = {model._meta.table_name: model for model in m.MODELS}


def _canonical(value: Any) -> Any:
    """One text for one value, whichever database it was read from."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.datetime):  # as the database keeps it: Tehran's wall time
        return wall_time(value).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def row_digest(table: str, values: Iterable[Any]) -> str:
    payload = json.dumps(
        [table, [_canonical(v) for v in values]], ensure_ascii=False, separators=(",", ":")
    )
    return f"{SCHEME}:{hashlib.sha256(payload.encode('utf-8')).hexdigest()}"


def _select(table: str) -> pw.ModelSelect:
    model = MODELS_BY_TABLE[table]
    columns = [model._meta.columns[name] for name in DIGESTED[table]]
    return model.select(model._meta.primary_key, *columns)


# The SQL of `_select(table)` for a number of ids, per kind of database: every service call
# reads back the rows it wrote, and building the same statement each time cost more than
# running it.
_WRITTEN_SQL: dict[tuple[type, str, int], str] = {}


def _written_sql(table: str, count: int) -> str:
    key = (type(db.obj), table, count)
    if key not in _WRITTEN_SQL:
        model = MODELS_BY_TABLE[table]
        sample = list(range(1, count + 1))
        sql, params = (
            _select(table)
            .where(model._meta.primary_key.in_(sample))
            .order_by(model._meta.primary_key)
            .sql()
        )
        assert params == sample, table  # the ids are the statement's only parameters
        _WRITTEN_SQL[key] = sql
    return _WRITTEN_SQL[key]


def current_digests(table: str, ids: Iterable[int] | None = None) -> Iterator[tuple[int, str]]:
    """(id, digest) of the rows of `table` as they are now (`ids`: only those), by id."""
    model = MODELS_BY_TABLE[table]
    if ids is None:
        query = _select(table).order_by(model._meta.primary_key)
        for row_id, *values in query.tuples().iterator():
            yield row_id, row_digest(table, values)
        return
    wanted = sorted(ids)
    if not wanted:
        return
    # Read as the model's query would: each column through its field's python_value.
    fields = [model._meta.primary_key] + [model._meta.columns[n] for n in DIGESTED[table]]
    cursor = db.execute_sql(_written_sql(table, len(wanted)), wanted)
    for raw in cursor.fetchall():
        row_id, *values = (f.python_value(v) for f, v in zip(fields, raw, strict=True))
        yield row_id, row_digest(table, values)


def _rows_digest(entries: Iterable[tuple[str, int, str]]) -> str:
    lines = sorted(f"{table}:{row_id}:{digest}" for table, row_id, digest in entries)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest() if lines else ""


# --- the office's key -------------------------------------------------------------------------------


def office_key() -> bytes | None:
    """The secret the events are sealed with, read from the file named by the environment or
    the settings; None when the office keeps none."""
    path = os.environ.get(KEY_FILE_ENV)
    if path is None:
        from app import config  # the settings file, where an office names the key's file

        path = str(config.setting("audit.key_file") or "")
    if not path:
        return None
    try:
        key = Path(path).read_bytes().strip()
    except OSError as exc:
        raise RuntimeError(f"کلید دفتر برای مهر رویدادها خوانده نشد: {path} ({exc})") from exc
    return key or None


def _seal(key: bytes | None, digest: str) -> str:
    return hmac.new(key, digest.encode("ascii"), hashlib.sha256).hexdigest() if key else ""


# --- writing ----------------------------------------------------------------------------------------


def _digest(prev_hash: str, values: dict[str, Any], rows_digest: str = "") -> str:
    payload = json.dumps(
        [prev_hash] + [values[k] for k in HASHED_FIELDS] + ([rows_digest] if rows_digest else []),
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _fields(at: dt.datetime, actor: str, role: str, action: str, trail: Trail) -> dict[str, Any]:
    return {
        "at": wall_time(at).isoformat(sep=" ", timespec="seconds"),
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


def _head_query() -> pw.ModelSelect:
    query = AuditHead.select(AuditHead.last_hash).where(AuditHead.id == 1)
    return query.for_update() if is_postgres() else query


# The statements every event runs, built once (see `app.db.statements`).
_HEAD = Statement(_head_query, ())
_MOVE_HEAD = Statement(
    lambda last_id, last_hash: AuditHead.update(last_id=last_id, last_hash=last_hash).where(
        AuditHead.id == 1
    ),
    (AuditHead.last_id, AuditHead.last_hash),
)
_EVENT_COLUMNS = ("prev_hash", "hash", "rows_digest", "seal", "call_id", "result", *HASHED_FIELDS)
_INSERT_EVENT = Statement(
    lambda *values: AuditEvent.insert(dict(zip(_EVENT_COLUMNS, values, strict=True))),
    [getattr(AuditEvent, name) for name in _EVENT_COLUMNS],
    samples=tuple("x" if name != "at" else dt.datetime(2000, 1, 1) for name in _EVENT_COLUMNS),
)


_ROW_FIELDS = (AuditRow.event, AuditRow.table_name, AuditRow.row_id, AuditRow.digest)


@functools.lru_cache(maxsize=64)
def _insert_rows(count: int) -> Statement:
    """The INSERT of `count` rows' digests for one event."""
    return Statement(
        lambda *values: AuditRow.insert_many(
            [values[i : i + 4] for i in range(0, len(values), 4)], fields=list(_ROW_FIELDS)
        ),
        _ROW_FIELDS * count,
    )


def _head() -> str:
    """The chain's last hash, its head row locked (made at the first event)."""
    last_hash = _HEAD.scalar()
    if last_hash is None:
        AuditHead.insert(id=1, last_id=0, last_hash=GENESIS).execute()
        last_hash = GENESIS
    return last_hash


def _written_rows() -> list[tuple[str, int, str]]:
    entries = []
    for table, ids in sorted(_drain().items()):
        entries.extend((table, row_id, digest) for row_id, digest in current_digests(table, ids))
    return entries


def record(
    at: dt.datetime,
    actor: str,
    role: str,
    action: str,
    trail: Trail,
    *,
    call_id: str | None = None,
    result: str | None = None,
) -> AuditEvent:
    """Append one event, with the digests of the rows written since the last one. Must run
    inside the service's transaction. `call_id` and `result` (JSON) are the service call's,
    kept so that a retry of the call can answer it."""
    entries = _written_rows()
    rows_digest = _rows_digest(entries)
    prev_hash = _head()
    values = _fields(at, actor, role, action, trail)
    digest = _digest(prev_hash, values, rows_digest)
    values["at"] = dt.datetime.fromisoformat(values["at"])
    event = AuditEvent(
        prev_hash=prev_hash,
        hash=digest,
        rows_digest=rows_digest,
        seal=_seal(office_key(), digest),
        call_id=call_id,
        result=result,
        **values,
    )
    event.id = _INSERT_EVENT.insert(*(getattr(event, name) for name in _EVENT_COLUMNS))
    if entries:
        _insert_rows(len(entries)).execute(
            *(value for entry in entries for value in (event.id, *entry))
        )
    _MOVE_HEAD.execute(event.id, digest)
    return event


def anchor(at: dt.datetime, reason: str) -> AuditEvent | None:
    """One `system` event covering every business row no event covers yet (a database made by
    an older program, at its upgrade). None when there is none."""
    missing: dict[str, set[int]] = {}
    for table in DIGESTED:
        model = MODELS_BY_TABLE[table]
        covered = AuditRow.select(AuditRow.row_id).where(AuditRow.table_name == table)
        ids = {
            i
            for (i,) in model.select(model._meta.primary_key)
            .where(model._meta.primary_key.not_in(covered))
            .tuples()
        }
        if ids:
            missing[table] = ids
    if not missing:
        return None
    for table, ids in missing.items():
        wrote(MODELS_BY_TABLE[table], ids)
    trail = Trail().about(
        "database",
        "",
        decision="anchored",
        reason=reason,
        data={table: len(ids) for table, ids in missing.items()},
    )
    return record(at, "system", "system", "anchor_trail", trail)


# --- verifying --------------------------------------------------------------------------------------


@dataclass
class ChainReport:
    ok: bool
    events: int
    broken_at: int | None = None  # id of the first event whose link fails
    problem: str = ""
    unsealed: int = 0  # events without a seal after the first sealed one (with a key given)
    before_key: int = 0  # events written before the office had its key (the first unsealed)
    bad_seal_at: int | None = None  # the first event whose seal the key does not make


def _rows_by_event() -> Iterator[tuple[int, list[tuple[str, int, str]]]]:
    query = (
        AuditRow.select(AuditRow.event, AuditRow.table_name, AuditRow.row_id, AuditRow.digest)
        .order_by(AuditRow.event, AuditRow.id)
        .tuples()
    )
    current, group = None, []
    for event_id, table, row_id, digest in query.iterator():
        if event_id != current and current is not None:
            yield current, group
            group = []
        current = event_id
        group.append((table, row_id, digest))
    if current is not None:
        yield current, group


def verify_chain(key: bytes | None = None) -> ChainReport:
    """Walk the chain in order and name the first broken link; with `key`, check the seals."""
    prev = GENESIS
    count = 0
    rows = _rows_by_event()
    pending_rows = next(rows, None)
    report = ChainReport(True, 0)
    seen_sealed = False
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
        own: list[tuple[str, int, str]] = []
        while pending_rows is not None and pending_rows[0] <= event.id:
            if pending_rows[0] == event.id:
                own = pending_rows[1]
            pending_rows = next(rows, None)
        if event.prev_hash != prev:
            return ChainReport(False, count, event.id, "prev_hash does not match")
        if _rows_digest(own) != event.rows_digest:
            return ChainReport(False, count, event.id, "its rows do not match their digest")
        if _digest(prev, values, event.rows_digest) != event.hash:
            return ChainReport(False, count, event.id, "hash does not match the row")
        if key is not None:
            if event.seal:
                seen_sealed = True
                if not hmac.compare_digest(event.seal, _seal(key, event.hash)):
                    report.bad_seal_at = report.bad_seal_at or event.id
            elif seen_sealed:
                report.unsealed += 1
            else:
                report.before_key += 1
        prev = event.hash
    report.events = count
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is not None and head.last_hash != prev:
        return ChainReport(False, count, None, "chain head does not match the last event")
    if report.bad_seal_at is not None:
        report.ok, report.problem = False, "a seal does not match the office's key"
    elif key is not None and (report.unsealed or (count and report.before_key == count)):
        report.ok, report.problem = False, "events without a seal"
    return report


@dataclass
class RowProblem:
    table: str
    row_id: int
    name: str  # the code or ref people use, when the table has one
    event_id: int | None  # the last event that wrote the row (None: no event did)


@dataclass
class TrailReport:
    chain: ChainReport
    rows: int = 0  # business rows checked
    changed: list[RowProblem] = field(default_factory=list)  # not as their last event left them
    unexplained: dict[str, int] = field(default_factory=dict)  # table: rows no event wrote
    unexplained_examples: list[RowProblem] = field(default_factory=list)
    missing: list[RowProblem] = field(default_factory=list)  # written by an event, now gone
    sealed: bool = False  # checked with the office's key

    @property
    def ok(self) -> bool:
        return self.chain.ok and not (self.changed or self.unexplained or self.missing)


_NAMES = {
    "semansara": "code",
    "ngo": "code",
    "request": "ref",
    "contract": "ref",
    "extension": "ref",
    "booking": "ref",
    "user": "username",
    "promissory_note": "serial",
    "introduction_letter": "serial",
    "issued_document": "serial",
    "policy_version": "number",
    "inflation_rate": "year",
}


def _name(table: str, row_id: int) -> str:
    column = _NAMES.get(table)
    if column is None:
        return ""
    model = MODELS_BY_TABLE[table]
    value = (
        model.select(model._meta.columns[column]).where(model._meta.primary_key == row_id).scalar()
    )
    return "" if value is None else str(value)


def _recorded(table: str) -> Iterator[tuple[int, str, int]]:
    """(row id, digest, event id) of each row's last event in `table`, by row id."""
    last = (
        AuditRow.select(pw.fn.MAX(AuditRow.id))
        .where(AuditRow.table_name == table)
        .group_by(AuditRow.row_id)
    )
    query = (
        AuditRow.select(AuditRow.row_id, AuditRow.digest, AuditRow.event)
        .where(AuditRow.id.in_(last))
        .order_by(AuditRow.row_id)
        .tuples()
    )
    yield from query.iterator()


EXAMPLES = 20


def verify_trail(key: bytes | None = None) -> TrailReport:
    """The chain, and every business row against the last event that wrote it."""
    report = TrailReport(verify_chain(key), sealed=key is not None)
    for table in DIGESTED:
        recorded = _recorded(table)
        last = next(recorded, None)
        for row_id, digest in current_digests(table):
            report.rows += 1
            while last is not None and last[0] < row_id:
                report.missing.append(RowProblem(table, last[0], "", last[2]))
                last = next(recorded, None)
            if last is None or last[0] != row_id:
                report.unexplained[table] = report.unexplained.get(table, 0) + 1
                if len(report.unexplained_examples) < EXAMPLES:
                    report.unexplained_examples.append(
                        RowProblem(table, row_id, _name(table, row_id), None)
                    )
                continue
            if last[1] != digest:
                report.changed.append(RowProblem(table, row_id, _name(table, row_id), last[2]))
            last = next(recorded, None)
        while last is not None:
            report.missing.append(RowProblem(table, last[0], "", last[2]))
            last = next(recorded, None)
    return report
