"""What the settings page shows: policy versions and inflation rates (its accounts are in
`accounts`).

Nothing here writes, and no rule is repeated: the note amount is the workflow's `amount_due`,
the version in force its `policy_on`, the review reminder its `review_due`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.db import models as m
from app.workflow import jalali
from app.workflow.notes import amount_due
from app.workflow.policy import policy_on
from app.workflow.policy_admin import review_due

# --- policy versions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionRow:
    number: int
    effective: dt.date
    approved: dt.date
    created_by: str
    created_at: dt.datetime
    reason: str
    values: dict[str, Any]


def policy_versions() -> list[VersionRow]:
    """Every policy version, newest first."""
    rows = m.PolicyVersion.select().order_by(m.PolicyVersion.number.desc())
    return [
        VersionRow(
            row.number,
            row.effective,
            row.approved,
            row.created_by,
            row.created_at,
            row.reason,
            json.loads(row.values),
        )
        for row in rows
    ]


def version_in_force(on: dt.date) -> int:
    """The number of the version in force on `on`."""
    return policy_on(on).number


def latest_values() -> dict[str, Any]:
    """The values of the newest version: what a new version starts from (a new version takes
    effect no earlier than the newest one, so these are the values it changes)."""
    row = m.PolicyVersion.select().order_by(m.PolicyVersion.number.desc()).first()
    return json.loads(row.values)


def policy_review_due(on: dt.date) -> bool:
    return review_due(on)


# --- inflation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InflationRow:
    year: int
    rate: Decimal | None  # a fraction (0.35), None when not entered
    entered_by: str
    amount_due: int  # the note amount for a contract signed in `year`
    missing: tuple[int, ...]  # earlier years without a rate, counted as 0


def inflation_rows(on: dt.date) -> list[InflationRow]:
    """The years from the policy's base year to this Jalali year (and any later year with a
    rate), each with its rate and the note amount due for it, computed by the workflow."""
    base_year = policy_on(on)["note_base_year"]
    rates = {row.year: row for row in m.InflationRate.select()}
    last = max([jalali.jalali_year(on), *rates])
    out = []
    for year in range(base_year, last + 1):
        row = rates.get(year)
        due, missing = amount_due(year, on)
        out.append(
            InflationRow(
                year,
                Decimal(row.rate) if row else None,
                row.entered_by if row else "",
                due,
                tuple(missing),
            )
        )
    return out
