"""The procedure's numbers and lists as data (R-8.1, R-9.1).

Version 1 holds every value of POLICY.md as approved on 1399/04/25. Rules ask for the
version in force on the action's date (`policy_on`); an administrator adds a version with an
effective date and only the values that change (`add_policy_version` in `policy_admin`).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app.db.models import PolicyVersion
from app.db.statements import Statement
from app.workflow import jalali

UNLIMITED = "unlimited"

# Services of Article 2. Rooms are booked by the hour; shelves and desks are allocations;
# business cards are ordered; the phone secretary needs no booking.
ROOM_SERVICES = ("meeting_room", "workshop_room", "hall")
ALLOCATED_SERVICES = ("shelf", "desk")
SERVICES = (
    "desk",
    "meeting_room",
    "workshop_room",
    "hall",
    "shelf",
    "phone_secretary",
    "business_cards",
)

SERVICE_NAMES = {
    "desk": "میز فعالیت سمن",
    "meeting_room": "اتاق جلسات",
    "workshop_room": "اتاق برگزاری کارگاه",
    "hall": "سالن برگزاری نشست‌ها",
    "shelf": "قفسه اختصاصی سمن",
    "phone_secretary": "منشی تلفنی",
    "business_cards": "کارت ویزیت",
}

APPROVED_1399_04_25 = jalali.parse_date("1399/04/25")

VERSION_1: dict[str, Any] = {
    #
    "licensing_bodies": [
        "وزارت کشور",
        "استانداری تهران",
        "وزارت ورزش و جوانان",
        "اداره کل ورزش و جوانان استان تهران",
        "سازمان بهزیستی کشور",
        "بهزیستی استان تهران",
        "نیروی انتظامی جمهوری اسلامی ایران",
        "نیروی انتظامی تهران بزرگ",
    ],
    # people per use
    "people_caps": {"desk": 5, "meeting_room": 10, "workshop_room": 25, "hall": 40},
    # Article 2: per-NGO caps whatever the level
    "service_caps": {"shelf": 3, "business_cards": 1000},
    # Article 4: hours per Jalali year for rooms, counts for the rest.
    # A service missing from a level is not offered to it.
    "level_caps": {
        "1": {},
        "2": {
            "business_cards": 1000,
            "phone_secretary": UNLIMITED,
            "shelf": 1,
            "meeting_room": 100,
            "workshop_room": 40,
            "hall": 24,
        },
        "3": {
            "business_cards": 1000,
            "phone_secretary": UNLIMITED,
            "shelf": 3,
            "meeting_room": 200,
            "workshop_room": 100,
            "hall": 72,
            "desk": 1,
        },
        "4": {"desk": 1},
    },
    # the three criteria of the level assessment
    "level_years": [2, 5],
    "level_members": [50, 120],
    "level3_activity": {
        "window_years": 2,
        "programs": 3,
        "people": 30,
        "big_programs": 1,
        "big_people": 50,
    },
    "level4_activity": {
        "window_years": 3,
        "programs_over": 5,
        "people": 50,
        "big_programs": 2,
        "big_people": 120,
    },
    # Article 5
    "lease_months": 6,
    "max_extensions": 9,
    "max_total_months": 60,
    "extension_deadline_months": 1,
    # Article 6
    "note_base_amount": 200_000_000,
    "note_base_year": 1399,
    "note_rounding": 1_000_000,
    # Article 7: at least this many staff of each kind
    "staff_minimum": {"service": 1, "admin": 1},
    # Article 8
    "review_months": 3,
    # reminders (product decision): contracts ending within this many days
    "ending_soon_days": 30,
}

POLICY_KEYS = frozenset(VERSION_1)

#: HQ's letterhead on every paper, and where a reader verifies one (a policy version may
#: carry its own "letterhead", key by key over these).
LETTERHEAD = {
    "name": "ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران",
    "address": "",
    "phone": "",
}


@dataclass(frozen=True)
class Policy:
    number: int
    effective: dt.date
    values: dict[str, Any]
    approved: dt.date | None = None  # the review is due three months after this

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def level_cap(self, level: int, service: str) -> int | str | None:
        """The cap of `service` for `level`: a number, UNLIMITED, or None (not offered)."""
        return self.values["level_caps"].get(str(level), {}).get(service)


_cache: dict[tuple[int, str], Policy] = {}
_COLUMNS = (
    PolicyVersion.number,
    PolicyVersion.effective,
    PolicyVersion.values,
    PolicyVersion.approved,
)
# Asked by nearly every rule: built once (see `app.db.statements`).
_IN_FORCE = Statement(
    lambda day: (
        PolicyVersion.select(*_COLUMNS)
        .where(PolicyVersion.effective <= day)
        .order_by(PolicyVersion.effective.desc(), PolicyVersion.number.desc())
        .limit(1)
    ),
    (PolicyVersion.effective,),
)
_FIRST = Statement(
    lambda: PolicyVersion.select(*_COLUMNS).order_by(PolicyVersion.number).limit(1), ()
)


def _from_row(row: tuple) -> Policy:
    number, effective, values, approved = (
        f.python_value(v) for f, v in zip(_COLUMNS, row, strict=True)
    )
    key = (number, values, approved)
    if key not in _cache:
        _cache[key] = Policy(number, effective, json.loads(values), approved)
    return _cache[key]


def policy_on(day: dt.date) -> Policy:
    """The policy version in force on `day` (the latest effective on or before it)."""
    row = _IN_FORCE.execute(day).fetchone()
    if row is None:  # before version 1 took effect: version 1 is the first rule book
        row = _FIRST.execute().fetchone()
    if row is None:
        raise RuntimeError("no policy version: the database was not initialised")
    return _from_row(row)


def merged(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`base` with `changes` applied; nested dicts (level caps) are merged key by key."""
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def letterhead_on(day: dt.date) -> dict[str, str]:
    """HQ's letterhead in force on ``day``."""
    return merged(LETTERHEAD, policy_on(day).values.get("letterhead", {}))


def contract_template_on(day: dt.date) -> dict[str, Any]:
    """The contract's wording in force on ``day`` (``papers_template``)."""
    from app.workflow.papers_template import CONTRACT_TEMPLATE_1

    return policy_on(day).values.get("contract_template") or CONTRACT_TEMPLATE_1


def monthly_rent_on(day: dt.date) -> int:
    """The contract's consideration in rials a month (0: none is charged)."""
    return int(policy_on(day).values.get("monthly_rent", 0))
