"""The people of the office as the window names them."""

from __future__ import annotations

from app.db import models as m


def full_names() -> dict[str, str]:
    """username → the person's name (or the username when no name is kept)."""
    query = m.User.select(m.User.username, m.User.full_name).tuples()
    return {username: name or username for username, name in query}
