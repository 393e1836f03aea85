"""A program killed (SIGKILL) inside service calls leaves no half-done step: after every kill
the database passes its integrity check, the audit chain verifies, and every request's state is
the one its audit trail ends in. Each child dies just before a database call picked by a seeded
random number (a statement or a commit, in any step of a round), not after a sleep."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from app.db import models as m
from app.db.database import close_database, db, is_postgres, open_database
from app.workflow.audit import verify_chain
from app.workflow.bootstrap import initialise
from tests.factories import World

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6


def _check() -> None:
    if not is_postgres():
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert verify_chain().ok
    for request in m.Request.select():
        last = (
            m.AuditEvent.select()
            .where(
                (m.AuditEvent.object_type == "request") & (m.AuditEvent.object_ref == request.ref)
            )
            .order_by(m.AuditEvent.id.desc())
            .first()
        )
        assert last is not None and last.after_state == request.state, request.ref
    for ngo in m.Ngo.select():
        assert m.AuditEvent.select().where(m.AuditEvent.object_ref == ngo.code).exists()


def test_killed_desks_leave_no_half_done_step(db_url: str, clock) -> None:  # noqa: ANN001
    database = open_database(db_url)
    initialise(database, clock.now(), starter_users=False)
    world = World(clock)
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    close_database()
    rnd = random.Random(5)
    survived = 0
    for kill in range(KILLS):
        calls = rnd.randint(1, 400)  # a round of work makes about 130 calls
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_child", db_url, str(kill), str(calls)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ | {"PYTHONPATH": str(ROOT)},
        )
        try:
            assert child.stdout.readline()  # it has done at least one round of work
            child.wait(timeout=120)  # it dies before the call it was given (a few lines)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        open_database(db_url)
        try:
            _check()
            survived += 1
        finally:
            close_database()
    assert survived == KILLS
