"""Who may sign in, and the accounts the administrator keeps.

`Account` is the signed-in person as the workflow's `Context` takes them; the window keeps it
to act as them and reads only its plain fields (username, full_name, role, semansara_id).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.db import models as m
from app.workflow import bootstrap, find
from app.workflow.roles import ADMIN, DESK_EXPERT

Account = m.User


def active_account(username: str) -> Account | None:
    """The active account `username` (spelt as the person may type it), or None."""
    key = find.username_key(username)
    return m.User.get_or_none((m.User.username_key == key) & (m.User.active == True))  # noqa: E712


def default_account() -> Account | None:
    """Who acts when nobody signed in (a screenshot, the first window before sign-in): the
    first service-desk expert, else the administrator, else the first active account."""
    accounts = list(m.User.select().where(m.User.active == True).order_by(m.User.id))  # noqa: E712
    for role in (DESK_EXPERT, ADMIN):
        for account in accounts:
            if account.role == role:
                return account
    return accounts[0] if accounts else None


def needs_administrator() -> bool:
    """No active administrator has a password (an upgraded database whose administrator
    never signed in): `semansara init` gives one."""
    return bootstrap.needs_administrator()


def is_demo() -> bool:
    """Whether the database is the demonstration data set (`semansara demo`)."""
    return bootstrap.is_demo()


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: str
    semansara: str  # its name, for a manager
    has_password: bool
    active: bool
    locked_until: dt.datetime | None
    semansara_code: str = ""
    email: str = ""
    one_time: bool = False  # the password is a one-time password, to change at sign-in


def users() -> list[UserRow]:
    query = (
        m.User.select(m.User, m.Semansara).join(m.Semansara, pw.JOIN.LEFT_OUTER).order_by(m.User.id)
    )
    return [
        UserRow(
            user.username,
            user.full_name,
            user.role,
            user.semansara.name if user.semansara_id else "",
            user.password_hash is not None,
            user.active,
            user.locked_until,
            user.semansara.code if user.semansara_id else "",
            user.email,
            user.must_change_password,
        )
        for user in query
    ]


def full_names() -> dict[str, str]:
    """username → the person's name (the username when no name is kept)."""
    query = m.User.select(m.User.username, m.User.full_name).tuples()
    return {username: name or username for username, name in query}


def semansara_choices() -> list[tuple[str, str]]:
    """(code, name) of the active semansaras, by district: the one a manager's account is
    for (the service checks the choice)."""
    query = (
        m.Semansara.select(m.Semansara.code, m.Semansara.name)
        .where(m.Semansara.active == True)  # noqa: E712
        .order_by(m.Semansara.district, m.Semansara.code)
        .tuples()
    )
    return list(query)
