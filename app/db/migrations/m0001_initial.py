"""Migration 0001: the first schema, as frozen model definitions.

A frozen copy of the models as they were when this migration was written: later changes to
`app/db/models.py` never change what this migration creates (peewee's migration habit).
"""

from __future__ import annotations

import peewee as pw

from app.db.database import db

VERSION = 1
NAME = "initial schema"


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


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
    created_at = pw.DateTimeField()


class InflationRate(BaseModel):
    """The yearly inflation rate the finance deputy enters (R-6.2)."""

    year = pw.IntegerField(unique=True, constraints=[_check("year >= 1300")])
    rate = pw.DecimalField(max_digits=8, decimal_places=4, constraints=[_check("rate > -1")])
    entered_by = pw.CharField(max_length=64)
    entered_at = pw.DateTimeField()


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
    created_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)  # optimistic lock for two people editing one record

    class Meta:
        constraints = [pw.Check("closes > opens")]


class Room(BaseModel):
    """One bookable room of a semansara: its meeting rooms, workshop rooms and halls."""

    semansara = pw.ForeignKeyField(Semansara, backref="rooms", on_delete="RESTRICT")
    kind = pw.CharField(max_length=20)  # meeting_room | workshop_room | hall
    number = pw.IntegerField(constraints=[_check("number >= 1")])
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("semansara", "kind", "number"), True),)


class Staff(BaseModel):
    """Staff introduced by the district municipality (R-7.1, R-7.2)."""

    semansara = pw.ForeignKeyField(Semansara, backref="staff", on_delete="RESTRICT")
    name = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=10)  # service | admin
    hours = pw.CharField(max_length=200, default="")
    duties = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    added_at = pw.DateTimeField()


class User(BaseModel):
    username = pw.CharField(max_length=64, unique=True)
    full_name = pw.CharField(max_length=200, default="")
    role = pw.CharField(max_length=32)
    semansara = pw.ForeignKeyField(Semansara, null=True, backref="managers", on_delete="RESTRICT")
    password_hash = pw.TextField(null=True)
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()


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
    registered_at = pw.DateTimeField()
    active = pw.BooleanField(default=True)
    version = pw.IntegerField(default=1)


class Program(BaseModel):
    """A documented program of an NGO: evidence for the level assessment (R-4.5)."""

    ngo = pw.ForeignKeyField(Ngo, backref="programs", on_delete="RESTRICT")
    date = pw.DateField()
    participants = pw.IntegerField(constraints=[_check("participants >= 1")])
    title = pw.CharField(max_length=300)
    added_at = pw.DateTimeField()

    class Meta:
        indexes = ((("ngo", "date"), False),)


class Assessment(BaseModel):
    """One level assessment by the empowerment deputy, with the evidence it used (R-4.5)."""

    ngo = pw.ForeignKeyField(Ngo, backref="assessments", on_delete="RESTRICT")
    assessed_at = pw.DateTimeField()
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
    ngo = pw.ForeignKeyField(Ngo, backref="requests", on_delete="RESTRICT")
    semansara = pw.ForeignKeyField(Semansara, backref="requests", on_delete="RESTRICT")
    channel = pw.CharField(max_length=12)  # in_person | portal | phone
    services = pw.TextField(default="[]")  # JSON list of service codes asked for
    state = pw.CharField(max_length=32, index=True)
    registered_at = pw.DateTimeField()
    registered_by = pw.CharField(max_length=64)
    invited_for = pw.DateField(null=True)
    decision_reason = pw.TextField(default="")  # rejection or withdrawal reason
    pass_over_reason = pw.TextField(default="")
    updated_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("semansara", "registered_at"), False),)


class Contract(BaseModel):
    """The six-month lease (ج) and its extensions (Article 5)."""

    ref = pw.CharField(max_length=40, unique=True)
    request = pw.ForeignKeyField(Request, unique=True, backref="contracts", on_delete="RESTRICT")
    ngo = pw.ForeignKeyField(Ngo, backref="contracts", on_delete="RESTRICT")
    semansara = pw.ForeignKeyField(Semansara, backref="contracts", on_delete="RESTRICT")
    starts = pw.DateField()
    ends = pw.DateField()  # exclusive: the first day after the lease
    state = pw.CharField(max_length=16, index=True)  # active | extended | ended | settled
    level = pw.IntegerField(constraints=[_check("level BETWEEN 1 AND 4")])
    signed_at = pw.DateTimeField()
    signed_by = pw.CharField(max_length=64)
    ended_at = pw.DateTimeField(null=True)
    version = pw.IntegerField(default=1)

    class Meta:
        constraints = [pw.Check("ends > starts")]
        indexes = ((("ngo", "state"), False), (("semansara", "state"), False))


class Extension(BaseModel):
    """A request to extend a contract by six months (R-5.x)."""

    ref = pw.CharField(max_length=40, unique=True)
    contract = pw.ForeignKeyField(Contract, backref="extensions", on_delete="RESTRICT")
    from_semansara = pw.ForeignKeyField(Semansara, on_delete="RESTRICT")
    to_semansara = pw.ForeignKeyField(Semansara, on_delete="RESTRICT")
    state = pw.CharField(max_length=16)  # requested | accepted | rejected
    requested_at = pw.DateTimeField()
    requested_by = pw.CharField(max_length=64)
    new_ends = pw.DateField(null=True)
    decided_at = pw.DateTimeField(null=True)
    decided_by = pw.CharField(max_length=64, default="")
    reason = pw.TextField(default="")


class IntroductionLetter(BaseModel):
    """One of the two copies of the introduction letter (ج, چ, ح)."""

    contract = pw.ForeignKeyField(Contract, backref="letters", on_delete="RESTRICT")
    to = pw.CharField(max_length=16)  # representative | manager
    serial = pw.CharField(max_length=40, unique=True)
    issued_at = pw.DateTimeField()
    delivered_at = pw.DateTimeField(null=True)
    delivered_by = pw.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("contract", "to"), True),)


class PromissoryNote(BaseModel):
    """The collateral (Article 6)."""

    contract = pw.ForeignKeyField(Contract, unique=True, backref="notes", on_delete="RESTRICT")
    serial = pw.CharField(max_length=60, unique=True)
    amount = pw.BigIntegerField(constraints=[_check("amount > 0")])
    amount_due = pw.BigIntegerField(constraints=[_check("amount_due > 0")])
    state = pw.CharField(max_length=20, index=True)
    received_at = pw.DateTimeField()
    received_by = pw.CharField(max_length=64)
    custody_at = pw.DateTimeField(null=True)
    confirmed_at = pw.DateTimeField(null=True)
    confirmed_by = pw.CharField(max_length=64, default="")
    damage = pw.TextField(default="")
    returned_at = pw.DateTimeField(null=True)
    returned_by = pw.CharField(max_length=64, default="")
    returned_to = pw.CharField(max_length=200, default="")


class Allocation(BaseModel):
    """Shelves and desks held for a contract (R-4.2)."""

    contract = pw.ForeignKeyField(Contract, backref="allocations", on_delete="RESTRICT")
    semansara = pw.ForeignKeyField(Semansara, backref="allocations", on_delete="RESTRICT")
    service = pw.CharField(max_length=10)  # shelf | desk
    count = pw.IntegerField(constraints=[_check("count >= 1")])
    state = pw.CharField(max_length=10)  # active | released
    allocated_at = pw.DateTimeField()
    allocated_by = pw.CharField(max_length=64)
    released_at = pw.DateTimeField(null=True)


class Booking(BaseModel):
    """One use of a room: steps خ, د, ذ (R-2.x, R-4.1)."""

    ref = pw.CharField(max_length=40, unique=True)
    contract = pw.ForeignKeyField(Contract, backref="bookings", on_delete="RESTRICT")
    ngo = pw.ForeignKeyField(Ngo, backref="bookings", on_delete="RESTRICT")  # quota owner
    semansara = pw.ForeignKeyField(Semansara, backref="bookings", on_delete="RESTRICT")
    room = pw.ForeignKeyField(Room, backref="bookings", on_delete="RESTRICT")
    service = pw.CharField(max_length=20)
    start_at = pw.DateTimeField()
    end_at = pw.DateTimeField()
    year = pw.IntegerField()  # Jalali year of the booking's date: quotas are per Jalali year
    minutes = pw.IntegerField(constraints=[_check("minutes > 0")])
    people = pw.IntegerField(constraints=[_check("people >= 1")])
    channel = pw.CharField(max_length=12)
    state = pw.CharField(max_length=16)  # khe_requested | dal_scheduled | zal_notified | cancelled
    requested_at = pw.DateTimeField()
    requested_by = pw.CharField(max_length=64)
    scheduled_at = pw.DateTimeField(null=True)
    notified_at = pw.DateTimeField(null=True)
    cancelled_at = pw.DateTimeField(null=True)
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

    contract = pw.ForeignKeyField(Contract, backref="card_orders", on_delete="RESTRICT")
    ngo = pw.ForeignKeyField(Ngo, backref="card_orders", on_delete="RESTRICT")
    count = pw.IntegerField(constraints=[_check("count >= 1")])
    year = pw.IntegerField()
    ordered_at = pw.DateTimeField()
    ordered_by = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("ngo", "year"), False),)


class Notification(BaseModel):
    """A message of step ذ to the NGO or the semansara manager."""

    booking = pw.ForeignKeyField(Booking, backref="notifications", on_delete="RESTRICT")
    recipient = pw.CharField(max_length=10)  # ngo | manager
    channel = pw.CharField(max_length=10)  # email | print
    address = pw.CharField(max_length=200, default="")
    body = pw.TextField()
    state = pw.CharField(max_length=10)  # pending | sent | printed | failed
    created_at = pw.DateTimeField()
    sent_at = pw.DateTimeField(null=True)


class AuditEvent(BaseModel):
    """One row per service call, chained by hashes so that a later edit shows (R-3.5)."""

    at = pw.DateTimeField()
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

    class Meta:
        indexes = ((("object_type", "object_ref"), False),)


class AuditHead(BaseModel):
    """The chain's head, one row: locking it serialises audit writers on PostgreSQL."""

    id = pw.IntegerField(primary_key=True)
    last_id = pw.IntegerField(default=0)
    last_hash = pw.CharField(max_length=64)


MODELS = [
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
    AuditEvent,
    AuditHead,
]


def up(database: pw.Database) -> None:
    with database.bind_ctx(MODELS):
        database.create_tables(MODELS)
