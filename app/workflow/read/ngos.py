"""The NGO register as the window reads it: a page of the list, one NGO, its programs and
level assessments, and what the assessment form shows (R-4.5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import levels, scope
from app.workflow.policy import policy_on
from app.workflow.read.records import AssessmentRecord, NgoRecord, ProgramRecord, copy, matching

LIST_FIELDS = (
    m.Ngo.id,
    m.Ngo.code,
    m.Ngo.name,
    m.Ngo.licence_issuer,
    m.Ngo.licence_no,
    m.Ngo.licence_expires,
    m.Ngo.founded,
    m.Ngo.members,
    m.Ngo.level,
    m.Ngo.district,
)


@dataclass(frozen=True)
class NgoListRow:
    id: int
    code: str
    name: str
    licence_issuer: str
    licence_no: str
    licence_expires: dt.date
    founded: dt.date
    members: int
    level: int | None
    district: int | None


def _query(search: str, who: Any) -> pw.ModelSelect:
    """Name and licence number found by their normalised keys; the code as typed."""
    query = scope.limit(who, m.Ngo.select(*LIST_FIELDS), m.Ngo)
    return matching(query, search, keys=(m.Ngo.name_key, m.Ngo.licence_key), codes=(m.Ngo.code,))


def count(search: str = "", *, who: Any) -> int:
    return _query(search, who).count()


def page(
    search: str = "", after_id: int | None = None, limit: int = 200, *, who: Any
) -> list[NgoListRow]:
    """The next `limit` NGOs after id `after_id`, in registration order (keyset paging: as fast
    on the last page of 10,000 rows as on the first)."""
    query = _query(search, who).where(m.Ngo.id > (after_id or 0)).order_by(m.Ngo.id).limit(limit)
    return [NgoListRow(*row) for row in query.tuples()]


def list_row(code: str, *, who: Any) -> NgoListRow | None:
    row = _query("", who).where(m.Ngo.code == code).tuples().first()
    return NgoListRow(*row) if row else None


def _row(code: str, who: Any) -> m.Ngo | None:
    return scope.limit(who, m.Ngo.select(), m.Ngo).where(m.Ngo.code == code).first()


def ngo(code: str, *, who: Any) -> NgoRecord | None:
    row = _row(code, who)
    return copy(NgoRecord, row) if row else None


def programs(code: str, *, who: Any) -> list[ProgramRecord]:
    """The NGO's documented programs, latest first."""
    query = (
        m.Program.select()
        .join(m.Ngo)
        .where(m.Ngo.id.in_(scope.limit(who, m.Ngo.select(m.Ngo.id), m.Ngo)) & (m.Ngo.code == code))
        .order_by(m.Program.date.desc(), m.Program.id.desc())
    )
    return [copy(ProgramRecord, p) for p in query]


def assessments(code: str, *, who: Any) -> list[AssessmentRecord]:
    """The NGO's level assessments, latest first."""
    query = (
        m.Assessment.select()
        .join(m.Ngo)
        .where(m.Ngo.id.in_(scope.limit(who, m.Ngo.select(m.Ngo.id), m.Ngo)) & (m.Ngo.code == code))
        .order_by(m.Assessment.assessed_at.desc(), m.Assessment.id.desc())
    )
    return [copy(AssessmentRecord, a) for a in query]


def level_suggestion(code: str, on: dt.date, *, who: Any) -> levels.Suggestion | None:
    """What the workflow suggests for the NGO's level on `on` (R-4.5), None when not seen."""
    row = _row(code, who)
    return levels.suggest(row, on) if row else None


def level_policy(on: dt.date) -> dict:
    """The thresholds of R-4.5 in force on `on` (to explain a suggestion)."""
    policy = policy_on(on)
    return {
        "years": policy["level_years"],
        "members": policy["level_members"],
        "level3": policy["level3_activity"],
        "level4": policy["level4_activity"],
    }


def licensing_bodies(on: dt.date) -> list[str]:
    return list(policy_on(on)["licensing_bodies"])
