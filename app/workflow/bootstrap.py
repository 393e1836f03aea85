"""A new database: schema, policy version 1 (R-9.1), the administrator and the audit head.

The administrator's password is given by whoever makes the database (`semansara init` asks for
it, or the window's first start); no account takes the first password typed at sign-in. The
other starter accounts, one per HQ role, start turned off and without a password until the
administrator gives each a one-time password.

The rows a new database starts with, and on the upgrade of a database made by an older program
every row it already holds, are covered by one `system` event of the trail (`audit.anchor`),
once: a trail wiped later is not anchored again.
"""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw

from app.db import models as m
from app.db.database import is_postgres
from app.db.migrations import LATEST, NAMES, migrate
from app.workflow import audit, errors, find
from app.workflow import messages as msg
from app.workflow.accounts import checked_new
from app.workflow.audit import GENESIS
from app.workflow.passwords import hash_password
from app.workflow.policy import APPROVED_1399_04_25, VERSION_1
from app.workflow.roles import (
    ADMIN,
    DESK_EXPERT,
    DISTRICT_DEPUTY,
    EMPOWERMENT_DEPUTY,
    FINANCE_DEPUTY,
)

ADMIN_USERNAME = "admin"
# Accounts a new office starts with, one per HQ role, until it adds its own people.
STARTER_USERS = {
    ADMIN_USERNAME: (ADMIN, "مدیر سامانه"),
    "desk": (DESK_EXPERT, "کارشناس میز خدمت"),
    "district": (DISTRICT_DEPUTY, "معاون امور مناطق"),
    "empowerment": (EMPOWERMENT_DEPUTY, "معاون توان‌افزایی"),
    "finance": (FINANCE_DEPUTY, "معاون مالی، اداری و پشتیبانی"),
}
# What `DatabaseMark` says of a demonstration data set (`app.demo`).
DEMO_MARK = "demo"
# The migration that gave the audit trail its digests and seals (m0008, who may act): the
# upgrade that applies it anchors the trail.
DIGESTS_SINCE = NAMES.index("m0008_who_may_act") + 1


def is_demo() -> bool:
    """Whether the open database is a demonstration data set (the window's title says so)."""
    return m.DatabaseMark.select().where(m.DatabaseMark.name == DEMO_MARK).exists()


def is_new(database: pw.Database) -> bool:
    """Whether `database` holds no schema yet (nothing to upgrade, nobody to sign in)."""
    if is_postgres(database):  # in the schema search_path names, as every query
        return database.execute_sql("SELECT to_regclass('\"user\"')").fetchone()[0] is None
    return (
        database.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'user'"
        ).fetchone()
        is None
    )


class SchemaNotCurrent(RuntimeError):
    """A database that is not at this program's schema, where nothing may be written."""


def is_current(database: pw.Database) -> bool:
    """Whether `database` has every migration of this program applied (read only)."""
    if is_new(database):
        return False
    done = database.execute_sql("SELECT MAX(version) FROM schema_migration").fetchone()[0]
    return done == LATEST


def initialise(
    database: pw.Database,
    now: dt.datetime,
    *,
    starter_users: bool = True,
    admin_password: str | None = None,
) -> None:
    """Bring `database` to the latest schema and give it what every database starts with.
    Safe to run again on a database that has it all. `admin_password` is the administrator's
    when this call creates the account (else the account waits for `set_administrator`)."""
    new = is_new(database)
    applied = migrate(database)
    with database.atomic(), audit.collecting():
        if not m.PolicyVersion.select().exists():
            m.PolicyVersion.create(
                number=1,
                effective=APPROVED_1399_04_25,
                approved=APPROVED_1399_04_25,
                values=json.dumps(VERSION_1, ensure_ascii=False, sort_keys=True),
                reason="شیوه‌نامهٔ مصوب شورای معاونین ستاد، ۱۳۹۹/۰۴/۲۵",
                created_by="system",
                created_at=now,
            )
        if not m.AuditHead.select().exists():
            m.AuditHead.create(id=1, last_id=0, last_hash=GENESIS)
        users = STARTER_USERS if starter_users else {ADMIN_USERNAME: STARTER_USERS[ADMIN_USERNAME]}
        for username, (role, name) in users.items():
            if not find.exists(m.User, username):
                admin = username == ADMIN_USERNAME
                m.User.create(
                    username=username,
                    username_key=find.username_key(username),
                    role=role,
                    full_name=name,
                    created_at=now,
                    active=admin,
                    password_hash=hash_password(admin_password)
                    if admin and admin_password
                    else None,
                )
        if new or DIGESTS_SINCE in applied:
            audit.anchor(now, "پایگاه دادهٔ تازه" if new else "ارتقای پایگاه داده از نسخهٔ پیشین")
        elif audit.pending():  # what an existing database was missing (a starter account)
            audit.record(
                now,
                "system",
                "system",
                "initialise",
                audit.Trail().about("database", "", decision="completed"),
            )


def needs_administrator() -> bool:
    """No active administrator has a password: nobody can sign in to run the office."""
    return not (
        m.User.select()
        .where(
            (m.User.role == ADMIN)
            & (m.User.active == True)  # noqa: E712
            & m.User.password_hash.is_null(False)
        )
        .exists()
    )


def set_administrator(password: str, now: dt.datetime) -> str:
    """Give the administrator account its first password (`semansara init`, or the window's
    first start on the database it has just made); refused once an active administrator has
    one. Returns the account's username."""
    checked_new(password, ADMIN_USERNAME)
    with m.User._meta.database.atomic(), audit.collecting():
        if not needs_administrator():
            raise errors.WorkflowError(errors.DUPLICATE, msg.ADMINISTRATOR_HAS_PASSWORD())
        user = find.one(m.User, ADMIN_USERNAME, lock=True)
        user.password_hash, user.must_change_password = hash_password(password), False
        user.active, user.role, user.failed_logins, user.locked_until = True, ADMIN, 0, None
        user.save()
        audit.record(
            now,
            "system",
            "system",
            "set_administrator",
            audit.Trail().about("user", user.username, decision="password_set"),
        )
    return user.username
