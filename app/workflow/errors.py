"""The refusals people see: a stable code for programs, a message for people, the rule."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import peewee as pw

from app.workflow import messages

FORBIDDEN_ROLE = "FORBIDDEN_ROLE"
NOT_FOUND = "NOT_FOUND"
DUPLICATE = "DUPLICATE"
INVALID_INPUT = "INVALID_INPUT"
OUT_OF_ORDER = "OUT_OF_ORDER"
NOT_ELIGIBLE = "NOT_ELIGIBLE"
LICENCE_EXPIRED = "LICENCE_EXPIRED"
LEVEL_NOT_ASSESSED = "LEVEL_NOT_ASSESSED"  # added: needs the level known at step ب
LEVEL_HAS_NO_SERVICES = "LEVEL_HAS_NO_SERVICES"
SERVICE_NOT_IN_LEVEL = "SERVICE_NOT_IN_LEVEL"
QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
HEADCOUNT_EXCEEDED = "HEADCOUNT_EXCEEDED"
SLOT_TAKEN = "SLOT_TAKEN"
OUTSIDE_OPENING_HOURS = "OUTSIDE_OPENING_HOURS"
NO_ACTIVE_CONTRACT = "NO_ACTIVE_CONTRACT"
OTHER_SEMANSARA = "OTHER_SEMANSARA"
QUEUE_ORDER = "QUEUE_ORDER"
LATE_EXTENSION = "LATE_EXTENSION"
EXTENSION_LIMIT = "EXTENSION_LIMIT"
FIVE_YEAR_CAP = "FIVE_YEAR_CAP"
NO_CAPACITY = "NO_CAPACITY"
NOTE_AMOUNT_LOW = "NOTE_AMOUNT_LOW"
NOTE_NOT_RETURNABLE = "NOTE_NOT_RETURNABLE"
STALE_RECORD = "STALE_RECORD"  # added: the record changed since it was opened
SIGN_IN_FAILED = "SIGN_IN_FAILED"  # added: wrong user name or password
ACCOUNT_LOCKED = "ACCOUNT_LOCKED"  # added: too many failed sign-ins
DB_UNAVAILABLE = "DB_UNAVAILABLE"  # added: the database server cannot be reached
STORAGE_ERROR = "STORAGE_ERROR"  # added: the disk is full or read-only
# The procedure over time and an office of many desks (SCENARIOS.md, 2026-12).
BOOKING_PAST = "BOOKING_PAST"  # the slot's start has passed
EXTENSION_PENDING = "EXTENSION_PENDING"  # another extension is pending or not started
INFLATION_MISSING = "INFLATION_MISSING"  # a year's inflation rate is not entered
NOTE_NOT_RECEIVED = "NOTE_NOT_RECEIVED"  # the letters wait for finance to take the note
CLOSED_DAY = "CLOSED_DAY"  # Friday, an official holiday or a declared closure
NOT_A_SCENARIO_DATABASE = "NOT_A_SCENARIO_DATABASE"  # the runner on a database it did not make
PLACE_HELD = "PLACE_HELD"  # a request given a place keeps its semansara
CONFLICT = "CONFLICT"  # added: the database refused the write (a record saved meanwhile, a rule)

# The database failing, not a rule refusing (a link lost, a lock held too long): what a form
# catches besides `WorkflowError` to say so without a traceback.
DATABASE_ERRORS: tuple[type[Exception], ...] = (pw.DatabaseError, pw.InterfaceError)

CODES = frozenset(
    value for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str)
)


class WorkflowError(Exception):
    """A refused action: its code, the rule it applies, the input at fault (`field`, for
    INVALID_INPUT) and what it says — a catalogue message with its values (`messages.py`),
    rendered in either language by `text`."""

    def __init__(
        self, code: str, message: messages.Message | str, rule: str = "", field: str | None = None
    ):
        assert code in CODES, code
        self.message = (
            message if isinstance(message, messages.Message) else messages.literal(message)
        )
        super().__init__(self.message)
        self.code = code
        self.rule = rule
        self.field = field

    @property
    def key(self) -> str:
        """The message's key in the catalogue ("" for a text made elsewhere)."""
        return self.message.key

    @property
    def params(self) -> Mapping[str, Any]:
        """The raw values the message names."""
        return self.message.params

    @property
    def message_fa(self) -> str:
        return self.message.text(messages.FA)

    def text(self, language: str = messages.FA) -> str:
        return self.message.text(language)

    def __str__(self) -> str:
        return self.message_fa

    def as_dict(self) -> dict:
        out = {"error": self.code, "message": self.message_fa, "rule": self.rule}
        if self.field:
            out["field"] = self.field
        return out

    def __repr__(self) -> str:
        return f"WorkflowError({self.code!r}, {self.message_fa!r}, {self.rule!r})"


def raise_if(problem: WorkflowError | None) -> None:
    """Raise `problem`, a refusal found by a `…_problem` function, unless there is none."""
    if problem is not None:
        raise problem
