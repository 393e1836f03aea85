"""The records of the procedure, as peewee models (names from POLICY.md's glossary).

Nothing is ever deleted: rejected, cancelled and ended things keep their rows with a state.
Counts and amounts are checked by the database as well as by the workflow rules.
The schema itself is made by the migrations in `app.db.migrations`; a test checks that these
models and the migrated schema agree.
"""

from __future__ import annotations

from contextvars import ContextVar

import peewee as pw

from app.db.database import db
from app.db.fields import ForeignKeyField, TehranDateTimeField
from app.db.statements import save_row

# The rows saved during the running service call, for its audit event (`app.workflow.audit`
# keeps a digest of each): (model, id). None when nothing collects them.
WRITTEN: ContextVar[set[tuple[type[pw.Model], int]] | None] = ContextVar("written", default=None)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        saved = None if args or kwargs else save_row(self)
        if saved is None:
            saved = super().save(*args, **kwargs)
        written = WRITTEN.get()
        if written is not None and self._pk is not None:
            written.add((type(self), self._pk))
        return saved


def _check(expr: str) -> pw.Check:
    return pw.Check(expr)


class PolicyVersion(BaseModel):
    """A version of the procedure's numbers and lists (R-8.1, R-9.1)."""

    number = pw.IntegerField(unique=True, constraints=[_check("number >= 1")])
    effective = pw.DateField(index=True)
    approved = pw.DateField()
    values = pw.TextField()  # JSON: every policy value, complete (not a diff)
    reason = pw.TextField(default="")
    created_by = pw.CharField(max_length=64)
    created_at = TehranDateTimeField()


class InflationRate(BaseModel):
    """The yearly inflation rate the finance deputy enters (R-6.2)."""

    year = pw.IntegerField(unique=True, constraints=[_check("year >= 1300")])
    rate = pw.DecimalField(max_digits=8, decimal_places=4, constraints=[_check("rate > -1")])
    entered_by = pw.CharField(max_length=64)
    entered_at = TehranDateTimeField()


class Semansara(BaseModel):
    """An NGO house in one of Tehran's 22 municipal districts (R-1.4)."""

    code = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=200)
    district = pw.IntegerField(constraints=[_check("district BETWEEN 1 AND 22")])
    address = pw.TextField(default="")
    phone = pw.CharField(max_length=40, default="")
    desks = pw.IntegerField(constraints=[_check("desks >= 0")])
    meeting_rooms = pw.IntegerField(constraints=[_check("meeting_rooms >= 0")])
    workshop_rooms = pw.IntegerField(constraints=[_check("workshop_rooms >= 0")])
    halls = pw.IntegerField(constraints=[_check("halls >= 0")])
    shelves = pw.IntegerField(constraints=[_check("shelves >= 0")])
    max_contracts = pw.IntegerField(constraints=[_check("max_contracts >= 0")])
    opens = pw.CharField(max_length=5, default="08:00")  # HH:MM
    closes = pw.CharField(max_length=5, default="18:00")
    active = pw.BooleanField(default=True)
    created_at = TehranDateTimeField()
    version = pw.IntegerField(default=1)  # optimistic lock for two people editing one record

    class Meta:
        constraints = [pw.Check("closes > opens")]


class Room(BaseModel):
    """One bookable room of a semansara: its meeting rooms, workshop rooms and halls."""

    semansara = ForeignKeyField(Semansara, backref="rooms", on_delete="RESTRICT")
    kind = pw.CharField(max_length=20)  # meeting_room | workshop_room | hall
    number = pw.IntegerField(constraints=[_check("number >= 1")])
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("semansara", "kind", "number"), True),)


class Staff(BaseModel):
    """Staff introduced by the district municipality (R-7.1, R-7.2)."""

    semansara = ForeignKeyField(Semansara, backref="staff", on_delete="RESTRICT")
    name = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=10)  # service | admin
    hours = pw.CharField(max_length=200, default="")
    duties = pw.TextField(default="")
    active = pw.BooleanField(default=True)  # False once retired
    added_at = TehranDateTimeField()
    code = pw.CharField(max_length=32, null=True, unique=True)  # to refer to the person later
    employment = pw.CharField(max_length=10, default="")  # official | contract
    retired_at = TehranDateTimeField(null=True)
    retire_reason = pw.TextField(default="")


class User(BaseModel):
    username = pw.CharField(max_length=64, unique=True)
    # How the name is compared (R-9.2, case folded): «ADMIN» and «admin» are one account.
    username_key = pw.CharField(max_length=64, unique=True)
    full_name = pw.CharField(max_length=200, default="")
    email = pw.CharField(max_length=200, default="")  # a manager's notices (ذ) go here
    role = pw.CharField(max_length=32)
    semansara = ForeignKeyField(Semansara, null=True, backref="managers", on_delete="RESTRICT")
    password_hash = pw.TextField(null=True)
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = TehranDateTimeField(null=True)
    created_at = TehranDateTimeField()
    must_change_password = pw.BooleanField(default=False)  # a one-time password was set


class Ngo(BaseModel):
    """A registered NGO (R-1.1, R-1.2)."""

    code = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=300)
    name_key = pw.CharField(max_length=300, index=True)  # persian.normalise(name), for search
    licence_issuer = pw.CharField(max_length=120)
    licence_no = pw.CharField(max_length=60)
    licence_key = pw.CharField(max_length=60, unique=True)  # normalised licence number
    licence_expires = pw.DateField()
    founded = pw.DateField()
    members = pw.IntegerField(constraints=[_check("members >= 0")])
    chief = pw.CharField(max_length=200, default="")
    representative = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=40, default="")
    email = pw.CharField(max_length=200, default="")
    district = pw.IntegerField(null=True, constraints=[_check("district BETWEEN 1 AND 22")])
    level = pw.IntegerField(null=True, constraints=[_check("level BETWEEN 1 AND 4")])
    registered_at = TehranDateTimeField()
    active = pw.BooleanField(default=True)
    version = pw.IntegerField(default=1)
    national_id = pw.CharField(max_length=20, default="")  # شناسهٔ ملی / شمارهٔ ثبت
    address = pw.TextField(default="")
    chief_national_code = pw.CharField(max_length=10, default="")
    representative_national_code = pw.CharField(max_length=10, default="")


class Program(BaseModel):
    """A documented program of an NGO: evidence for the level assessment (R-4.5)."""

    ngo = ForeignKeyField(Ngo, backref="programs", on_delete="RESTRICT")
    date = pw.DateField()
    participants = pw.IntegerField(constraints=[_check("participants >= 1")])
    title = pw.CharField(max_length=300)
    added_at = TehranDateTimeField()

    class Meta:
        indexes = ((("ngo", "date"), False),)


class Assessment(BaseModel):
    """One level assessment by the empowerment deputy, with the evidence it used (R-4.5)."""

    ngo = ForeignKeyField(Ngo, backref="assessments", on_delete="RESTRICT")
    assessed_at = TehranDateTimeField()
    assessed_by = pw.CharField(max_length=64)
    years_level = pw.IntegerField()
    members_level = pw.IntegerField()
    activity_level = pw.IntegerField()
    suggested = pw.IntegerField(constraints=[_check("suggested BETWEEN 1 AND 4")])
    level = pw.IntegerField(constraints=[_check("level BETWEEN 1 AND 4")])
    reason = pw.TextField(default="")
    evidence = pw.TextField(default="{}")  # JSON


class Request(BaseModel):
    """An NGO's request for a semansara: steps الف to ح of Article 3."""

    ref = pw.CharField(max_length=40, unique=True)
    ngo = ForeignKeyField(Ngo, backref="requests", on_delete="RESTRICT")
    semansara = ForeignKeyField(Semansara, backref="requests", on_delete="RESTRICT")
    channel = pw.CharField(max_length=12)  # in_person | portal | phone
    services = pw.TextField(default="[]")  # JSON list of service codes asked for
    state = pw.CharField(max_length=32, index=True)
    registered_at = TehranDateTimeField()
    registered_by = pw.CharField(max_length=64)
    invited_for = pw.DateField(null=True)
    decision_reason = pw.TextField(default="")  # rejection or withdrawal reason
    pass_over_reason = pw.TextField(default="")
    updated_at = TehranDateTimeField()
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("semansara", "registered_at"), False),)


class Contract(BaseModel):
    """The six-month lease (ج) and its extensions (Article 5)."""

    ref = pw.CharField(max_length=40, unique=True)
    request = ForeignKeyField(Request, unique=True, backref="contracts", on_delete="RESTRICT")
    ngo = ForeignKeyField(Ngo, backref="contracts", on_delete="RESTRICT")
    semansara = ForeignKeyField(Semansara, backref="contracts", on_delete="RESTRICT")
    starts = pw.DateField()
    ends = pw.DateField()  # exclusive: the first day after the lease
    state = pw.CharField(max_length=16, index=True)  # active | extended | ended | settled
    level = pw.IntegerField(constraints=[_check("level BETWEEN 1 AND 4")])
    signed_at = TehranDateTimeField()
    signed_by = pw.CharField(max_length=64)
    ended_at = TehranDateTimeField(null=True)
    version = pw.IntegerField(default=1)

    class Meta:
        constraints = [pw.Check("ends > starts")]
        indexes = ((("ngo", "state"), False), (("semansara", "state"), False))


class Extension(BaseModel):
    """A request to extend a contract by six months (R-5.x)."""

    ref = pw.CharField(max_length=40, unique=True)
    contract = ForeignKeyField(Contract, backref="extensions", on_delete="RESTRICT")
    from_semansara = ForeignKeyField(Semansara, on_delete="RESTRICT")
    to_semansara = ForeignKeyField(Semansara, on_delete="RESTRICT")
    state = pw.CharField(max_length=16, index=True)  # requested | accepted | rejected
    requested_at = TehranDateTimeField()
    requested_by = pw.CharField(max_length=64)
    new_ends = pw.DateField(null=True)
    starts = pw.DateField(null=True)  # a move to another semansara takes effect on this day
    decided_at = TehranDateTimeField(null=True)
    decided_by = pw.CharField(max_length=64, default="")
    reason = pw.TextField(default="")
    channel = pw.CharField(max_length=12, default="in_person")  # in_person | portal


class IntroductionLetter(BaseModel):
    """One of the two copies of the introduction letter (ج, چ, ح)."""

    contract = ForeignKeyField(Contract, backref="letters", on_delete="RESTRICT")
    to = pw.CharField(max_length=16)  # representative | manager
    serial = pw.CharField(max_length=40, unique=True)
    issued_at = TehranDateTimeField()
    delivered_at = TehranDateTimeField(null=True)
    delivered_by = pw.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("contract", "to"), True),)


class PromissoryNote(BaseModel):
    """The collateral (Article 6)."""

    contract = ForeignKeyField(Contract, unique=True, backref="notes", on_delete="RESTRICT")
    serial = pw.CharField(max_length=60, unique=True)
    amount = pw.BigIntegerField(constraints=[_check("amount > 0")])
    amount_due = pw.BigIntegerField(constraints=[_check("amount_due > 0")])
    state = pw.CharField(max_length=20, index=True)
    received_at = TehranDateTimeField()
    received_by = pw.CharField(max_length=64)
    custody_at = TehranDateTimeField(null=True)
    custody_by = pw.CharField(max_length=64, default="")  # the finance deputy
    confirmed_at = TehranDateTimeField(null=True)
    confirmed_by = pw.CharField(max_length=64, default="")
    damage = pw.TextField(default="")
    returned_at = TehranDateTimeField(null=True)
    returned_by = pw.CharField(max_length=64, default="")
    returned_to = pw.CharField(max_length=200, default="")


class Allocation(BaseModel):
    """Shelves and desks held for a contract (R-4.2)."""

    contract = ForeignKeyField(Contract, backref="allocations", on_delete="RESTRICT")
    semansara = ForeignKeyField(Semansara, backref="allocations", on_delete="RESTRICT")
    service = pw.CharField(max_length=10)  # shelf | desk
    count = pw.IntegerField(constraints=[_check("count >= 1")])
    state = pw.CharField(max_length=10)  # active | released
    allocated_at = TehranDateTimeField()
    allocated_by = pw.CharField(max_length=64)
    released_at = TehranDateTimeField(null=True)


class Booking(BaseModel):
    """One use of a room: steps خ, د, ذ (R-2.x, R-4.1)."""

    ref = pw.CharField(max_length=40, unique=True)
    contract = ForeignKeyField(Contract, backref="bookings", on_delete="RESTRICT")
    ngo = ForeignKeyField(Ngo, backref="bookings", on_delete="RESTRICT")  # quota owner
    semansara = ForeignKeyField(Semansara, backref="bookings", on_delete="RESTRICT")
    room = ForeignKeyField(Room, backref="bookings", on_delete="RESTRICT")
    service = pw.CharField(max_length=20)
    start_at = TehranDateTimeField()
    end_at = TehranDateTimeField()
    year = pw.IntegerField()  # Jalali year of the booking's date: quotas are per Jalali year
    minutes = pw.IntegerField(constraints=[_check("minutes > 0")])
    people = pw.IntegerField(constraints=[_check("people >= 1")])
    channel = pw.CharField(max_length=12)
    state = pw.CharField(
        max_length=16
    )  # khe_requested … zal_notified | cancelled | refused | expired
    requested_at = TehranDateTimeField()
    requested_by = pw.CharField(max_length=64)
    scheduled_at = TehranDateTimeField(null=True)
    notified_at = TehranDateTimeField(null=True)
    cancelled_at = TehranDateTimeField(null=True)
    cancel_reason = pw.TextField(default="")

    class Meta:
        constraints = [pw.Check("end_at > start_at")]
        indexes = (
            (("room", "start_at"), False),
            (("semansara", "start_at"), False),
            (("ngo", "year", "service"), False),
            (("state",), False),
        )


class BusinessCardOrder(BaseModel):
    """Business cards, counted per Jalali year (R-4.2)."""

    contract = ForeignKeyField(Contract, backref="card_orders", on_delete="RESTRICT")
    ngo = ForeignKeyField(Ngo, backref="card_orders", on_delete="RESTRICT")
    count = pw.IntegerField(constraints=[_check("count >= 1")])
    year = pw.IntegerField()
    ordered_at = TehranDateTimeField()
    ordered_by = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("ngo", "year"), False),)


class Notification(BaseModel):
    """A message of step ذ to the NGO or the semansara manager."""

    booking = ForeignKeyField(Booking, backref="notifications", on_delete="RESTRICT")
    recipient = pw.CharField(max_length=10)  # ngo | manager
    channel = pw.CharField(max_length=10)  # email | print
    address = pw.CharField(max_length=200, default="")
    body = pw.TextField()
    state = pw.CharField(max_length=10)  # pending | sent | printed | failed
    created_at = TehranDateTimeField()
    sent_at = TehranDateTimeField(null=True)


class IssuedDocument(BaseModel):
    """A printed document: its serial number and short verification code (`semansara verify`)."""

    kind = pw.CharField(max_length=32)
    object_ref = pw.CharField(max_length=60)
    # Unique but for a letter, whose every version keeps its number (migration 0011).
    serial = pw.CharField(max_length=40, index=True)
    code = pw.CharField(max_length=16, unique=True)
    issued_at = TehranDateTimeField()
    issued_by = pw.CharField(max_length=64)
    content_hash = pw.CharField(max_length=64)
    hash_scheme = pw.SmallIntegerField(default=2)  # 1: the printed text's digest (older rows)
    # What the paper said: the JSON whose SHA-256 is `content_hash` (empty before m0012).
    record = pw.TextField(default="")

    class Meta:
        indexes = ((("kind", "object_ref"), False),)


class DeclaredDay(BaseModel):
    """A day HQ declares closed or open, for every semansara or one (R-2.3)."""

    day = pw.DateField(index=True)
    semansara = ForeignKeyField(Semansara, null=True, on_delete="RESTRICT")
    kind = pw.CharField(max_length=8)  # closed | open
    reason = pw.TextField()
    declared_by = pw.CharField(max_length=64)
    declared_at = TehranDateTimeField()

    class Meta:
        constraints = [pw.Check("kind IN ('closed', 'open')")]


class AuditEvent(BaseModel):
    """One row per service call, chained by hashes so that a later edit shows (R-3.5)."""

    at = TehranDateTimeField()
    actor = pw.CharField(max_length=64)
    role = pw.CharField(max_length=32)
    action = pw.CharField(max_length=40)
    object_type = pw.CharField(max_length=32)
    object_ref = pw.CharField(max_length=60)
    step = pw.CharField(max_length=4, default="")
    decision = pw.CharField(max_length=40, default="")
    reason = pw.TextField(default="")
    before_state = pw.CharField(max_length=32, default="")
    after_state = pw.CharField(max_length=32, default="")
    data = pw.TextField(default="{}")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64, unique=True)
    # The service call that wrote the event, and what it answered: a retry of the same call
    # finds it and answers the same instead of acting twice.
    call_id = pw.CharField(max_length=64, null=True, unique=True)
    result = pw.TextField(null=True)  # JSON
    rows_digest = pw.CharField(max_length=64, default="")  # over its AuditRow entries
    seal = pw.CharField(max_length=64, default="")  # HMAC of `hash` with the office's key

    class Meta:
        indexes = ((("object_type", "object_ref"), False),)


class AuditRow(BaseModel):
    """A business row an audit event wrote, and the digest of its columns then: `audit
    verify` compares every row as it is now with its last event. Append-only, like the
    events."""

    event = ForeignKeyField(AuditEvent, backref="rows", on_delete="RESTRICT")
    table_name = pw.CharField(max_length=40)
    row_id = pw.IntegerField()
    digest = pw.CharField(max_length=70)  # "<scheme>:<sha-256 hex>"

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


class AuditHead(BaseModel):
    """The chain's head, one row: locking it serialises audit writers on PostgreSQL."""

    id = pw.IntegerField(primary_key=True)
    last_id = pw.IntegerField(default=0)
    last_hash = pw.CharField(max_length=64)


class DatabaseMark(BaseModel):
    """What a database is marked as, by the program that made it: the scenario runner marks
    its own databases (so that it never acts on an office's), the demo its data set (the
    window's title says so)."""

    name = pw.CharField(max_length=40, primary_key=True)
    value = pw.TextField()
    written_at = TehranDateTimeField()


MODELS: list[type[BaseModel]] = [
    PolicyVersion,
    InflationRate,
    Semansara,
    Room,
    Staff,
    User,
    Ngo,
    Program,
    Assessment,
    Request,
    Contract,
    Extension,
    IntroductionLetter,
    PromissoryNote,
    Allocation,
    Booking,
    BusinessCardOrder,
    Notification,
    IssuedDocument,
    DeclaredDay,
    AuditEvent,
    AuditHead,
    AuditRow,
    DatabaseMark,
]
