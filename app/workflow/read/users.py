"""The people of the office as the window names them, and who is at the desk when nobody has
signed in (a screenshot without `--as`)."""

from __future__ import annotations

from typing import Any

from app.db import models as m
from app.workflow import bootstrap, find
from app.workflow.roles import ADMIN, DESK_EXPERT


def full_names() -> dict[str, str]:
    """username → the person's name (or the username when no name is kept)."""
    query = m.User.select(m.User.username, m.User.full_name).tuples()
    return {username: name or username for username, name in query}


def user_by_username(username: str) -> Any:
    """The active account `username` (as typed: its key), or None."""
    key = find.username_key(username)
    return m.User.get_or_none((m.User.username_key == key) & (m.User.active == True))  # noqa: E712


def default_user() -> Any:
    """Until someone signs in: the first service-desk expert, else the administrator, else
    the first active account."""
    users = list(m.User.select().where(m.User.active == True).order_by(m.User.id))  # noqa: E712
    for role in (DESK_EXPERT, ADMIN):
        for user in users:
            if user.role == role:
                return user
    return users[0] if users else None


def is_demo() -> bool:
    """Whether the database is the demonstration data set (`semansara demo`)."""
    return bootstrap.is_demo()


def needs_administrator() -> bool:
    """No active administrator has a password (an upgraded database whose administrator never
    signed in): `semansara init` gives one."""
    return bootstrap.needs_administrator()
