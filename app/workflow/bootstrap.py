"""A new database: schema, policy version 1 (R-9.1), the administrator and the audit head."""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw

from app.db import models as m
from app.db.migrations import migrate
from app.workflow.audit import GENESIS
from app.workflow.policy import APPROVED_1399_04_25, VERSION_1
from app.workflow.roles import (
    ADMIN,
    DESK_EXPERT,
    DISTRICT_DEPUTY,
    EMPOWERMENT_DEPUTY,
    FINANCE_DEPUTY,
)

# Accounts a new office starts with, one per HQ role, until it adds its own people.
STARTER_USERS = {
    "admin": (ADMIN, "مدیر سامانه"),
    "desk": (DESK_EXPERT, "کارشناس میز خدمت"),
    "district": (DISTRICT_DEPUTY, "معاون امور مناطق"),
    "empowerment": (EMPOWERMENT_DEPUTY, "معاون توان‌افزایی"),
    "finance": (FINANCE_DEPUTY, "معاون مالی، اداری و پشتیبانی"),
}


def initialise(database: pw.Database, now: dt.datetime, *, starter_users: bool = True) -> None:
    """Bring `database` to the latest schema and give it what every database starts with.
    Safe to run again on a database that has it all."""
    migrate(database)
    with database.atomic():
        if not m.PolicyVersion.select().exists():
            m.PolicyVersion.create(
                number=1, effective=APPROVED_1399_04_25, approved=APPROVED_1399_04_25,
                values=json.dumps(VERSION_1, ensure_ascii=False, sort_keys=True),
                reason="شیوه‌نامهٔ مصوب شورای معاونین ستاد، ۱۳۹۹/۰۴/۲۵",
                created_by="system", created_at=now)
        if not m.AuditHead.select().exists():
            m.AuditHead.create(id=1, last_id=0, last_hash=GENESIS)
        users = STARTER_USERS if starter_users else {"admin": STARTER_USERS["admin"]}
        for username, (role, name) in users.items():
            if not m.User.select().where(m.User.username == username).exists():
                m.User.create(username=username, role=role, full_name=name, created_at=now)
