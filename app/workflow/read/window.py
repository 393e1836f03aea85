"""Small reads the window needs beside the procedure's own (no Qt here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.db import models as m
from app.workflow.eligibility import months_in


def months_passed(ngo: m.Ngo, today: dt.date) -> int:
    """The months an NGO has spent in the semansaras up to `today`, a started month counted
    whole: a contract that starts today has none yet. (R-5.3's cap counts a running contract's
    whole term instead: `eligibility.served_months`.)"""
    total = 0
    for contract in ngo.contracts:
        end = min(contract.ends, today)
        if contract.ended_at is not None:
            end = min(end, contract.ended_at.date())
        if end > contract.starts:
            total += months_in(contract.starts, end)
    return total


@dataclass(frozen=True)
class DeclaredRow:
    """One of HQ's declarations of a day (R-2.3)."""

    day: dt.date
    semansara: str  # the semansara's name; "" for every semansara
    kind: str  # "closed" | "open"
    reason: str
    declared_by: str


def declarations(since: dt.date) -> list[DeclaredRow]:
    """HQ's declarations of the days from `since` on, by day (a day declared twice: both, the
    later one last, as it is the one that holds)."""
    query = (
        m.DeclaredDay.select(m.DeclaredDay, m.Semansara)
        .join(m.Semansara, pw.JOIN.LEFT_OUTER)
        .where(m.DeclaredDay.day >= since)
        .order_by(m.DeclaredDay.day, m.DeclaredDay.id)
    )
    return [
        DeclaredRow(
            row.day,
            row.semansara.name if row.semansara_id else "",
            row.kind,
            row.reason,
            row.declared_by,
        )
        for row in query
    ]


def official_holidays(first: dt.date, days: int) -> dict[dt.date, str]:
    """Iran's official holidays (Persian names) among `days` days from `first`, Fridays aside."""
    from app.workflow.closed_days import official_holiday

    out = {}
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        name = official_holiday(day)
        if name is not None:
            out[day] = name
    return out


def semansara_choices() -> list[tuple[str, str]]:
    """(code, name) of the semansaras, by code."""
    return [(s.code, s.name) for s in m.Semansara.select().order_by(m.Semansara.code)]


def needs_setup() -> bool:
    """A first start: the database holds no semansara yet (the guided set-up is offered)."""
    return not m.Semansara.select().exists()


@dataclass(frozen=True)
class WaitingAccount:
    username: str
    role: str
    full_name: str


def waiting_accounts() -> list[WaitingAccount]:
    """The starter accounts still turned off without a password, waiting for their people."""
    query = (
        m.User.select().where(~m.User.active & m.User.password_hash.is_null()).order_by(m.User.id)
    )
    return [WaitingAccount(u.username, u.role, u.full_name) for u in query]


def account_details(username: str) -> tuple[str, str]:
    """(full name, email) of an account."""
    user = m.User.get_or_none(m.User.username == username)
    return (user.full_name, user.email) if user else ("", "")
