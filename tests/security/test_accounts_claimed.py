"""Accounts are claimed safely (the attack: the five starter accounts and every demo manager
went to whoever first typed any eight characters)."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.db.database import db
from app.db.migrations import migrate
from app.workflow import errors
from app.workflow.accounts import sign_in
from app.workflow.bootstrap import STARTER_USERS, initialise, needs_administrator, set_administrator
from app.workflow.errors import WorkflowError
from tests.factories import World


def test_starter_accounts_start_turned_off_without_a_password(db_url: str, clock) -> None:  # noqa: ANN001
    from app.db.database import close_database, open_database

    initialise(open_database(db_url), clock.now(), admin_password="first admin words")
    try:
        for username in STARTER_USERS:
            user = m.User.get(m.User.username == username)
            if username == "admin":
                assert user.active and user.password_hash
                continue
            assert not user.active and user.password_hash is None
            for attempt in ("any eight chars", "12345678", "گذرواژهٔ من"):
                with pytest.raises(WorkflowError) as refused:
                    sign_in(username, attempt, clock)
                assert refused.value.code == errors.SIGN_IN_FAILED
            assert m.User.get(m.User.username == username).password_hash is None
        assert sign_in("admin", "first admin words", clock).role == "admin"
    finally:
        close_database()


def test_the_administrator_is_claimed_once(database, clock) -> None:  # noqa: ANN001
    assert needs_administrator()
    with pytest.raises(WorkflowError) as weak:
        set_administrator("password", clock.now())
    assert weak.value.field == "password"
    set_administrator("office words 1405", clock.now())
    with pytest.raises(WorkflowError) as again:  # a second claim is refused
        set_administrator("someone else's 99", clock.now())
    assert again.value.code == errors.DUPLICATE
    assert sign_in("admin", "office words 1405", clock).username == "admin"


def test_the_administrator_turns_a_starter_account_on_with_a_one_time_password(
    db_url: str, clock
) -> None:  # noqa: ANN001
    from app.db.database import close_database, open_database

    initialise(open_database(db_url), clock.now(), admin_password="first admin words")
    try:
        world = World.__new__(World)
        world.clock = clock
        world.do("admin", "set_password", username="finance", password="yek-bar-1405")
        finance = m.User.get(m.User.username == "finance")
        assert finance.active and finance.must_change_password
        with pytest.raises(WorkflowError) as asked:
            sign_in("finance", "yek-bar-1405", clock)
        assert asked.value.field == "new_password"
        assert sign_in("finance", "yek-bar-1405", clock, new_password="my own words 7").active
    finally:
        close_database()


def test_look_alike_usernames_cannot_sit_beside_each_other(database, clock) -> None:  # noqa: ANN001
    """R-9.2: «ADMIN» and «admin» with a zero-width joiner are «admin»."""
    world = World(clock)
    for name in ("ADMIN", "ad\u200dmin", "Ａｄｍｉｎ", "admin\u2063"):
        with pytest.raises(WorkflowError) as refused:
            world.do("admin", "add_user", username=name, role="admin", password="x-long-words-9")
        assert refused.value.code == errors.DUPLICATE
    assert m.User.select().where(m.User.role == "admin").count() == 1


def test_an_upgraded_database_keeps_its_accounts_and_anchors_its_rows(db_url: str, clock) -> None:  # noqa: ANN001
    """An older database (schema 0006, accounts made without passwords): after the upgrade
    nobody takes an account at sign-in, look-alike names are kept apart, and every row it held
    is covered by one system event."""
    from app.db.database import close_database, open_database
    from app.workflow.audit import verify_trail

    database = open_database(db_url)
    try:
        migrate(database, target=6)
        for name in ("admin", "desk", "Desk"):
            db.execute_sql(
                'INSERT INTO "user" (username, full_name, email, role, active, '
                f"failed_logins, created_at) VALUES ('{name}', '', '', "
                f"'{'admin' if name == 'admin' else 'desk_expert'}', {db.obj.param}, 0, "
                f"'2025-01-01 09:00:00')",
                (True,),
            )
        later = db.execute_sql("SELECT id FROM \"user\" WHERE username = 'Desk'").fetchone()[0]
        initialise(database, clock.now())
        keys = dict(m.User.select(m.User.username, m.User.username_key).tuples())
        assert keys["admin"] == "admin" and keys["desk"] == "desk"
        assert keys["Desk"] == f"desk~{later}"  # kept, but no name reaches it
        with pytest.raises(WorkflowError):
            sign_in("desk", "whatever words", clock)
        assert needs_administrator()  # `semansara init` gives the administrator a password
        anchor = m.AuditEvent.get(m.AuditEvent.action == "anchor_trail")
        assert anchor.actor == "system" and verify_trail().ok
    finally:
        close_database()


def test_the_demo_accounts_share_one_documented_password(database) -> None:  # noqa: ANN001
    from app.demo import DEMO_PASSWORD, build_demo
    from app.workflow.bootstrap import is_demo
    from app.workflow.clock import SystemClock

    assert not is_demo()
    build_demo(ngos=30)
    assert is_demo()
    for username in ("admin", "desk", "district", "finance", "mgr06"):
        user = sign_in(username, DEMO_PASSWORD, SystemClock())
        assert user.username == username and not user.must_change_password
