"""The audit trail is append-only and anchored to the data (R-3.5), each attack that passed
`audit verify` on the release before this one: a wiped trail, a truncated one, a contract's end
date, a note's amount and an NGO's level changed by hand with SQL, and a chain recomputed
after an edit (seen only with the office's key; without it, the limit is said)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw
import pytest

from app.db import models as m
from app.db.database import db, is_postgres
from app.workflow import audit, audit_text
from app.workflow.audit import verify_trail
from tests.factories import World, audit_unguarded


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    w = World(clock)
    w.ngo("N1")
    w.contract("R1", "N1", "C1")
    return w


def _names(problems: list[audit.RowProblem]) -> set[tuple[str, str]]:
    return {(p.table, p.name) for p in problems}


def test_a_whole_trail_verifies(world: World) -> None:
    report = verify_trail()
    assert report.ok and report.rows > 10 and not report.sealed
    assert audit_text.LIMIT_WITHOUT_KEY in audit_text.report_lines(report)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET reason = 'x'",
        "DELETE FROM audit_event",
        "UPDATE audit_row SET digest = 'x'",
        "DELETE FROM audit_row",
    ],
)
def test_the_database_refuses_to_change_the_trail(world: World, statement: str) -> None:
    before = m.AuditEvent.select().count()
    with pytest.raises(pw.DatabaseError) as refused, db.atomic():
        db.execute_sql(statement)
    assert "append-only" in str(refused.value)
    assert m.AuditEvent.select().count() == before


def test_emptying_the_trail_at_once_is_refused(world: World) -> None:
    """PostgreSQL's TRUNCATE skips row triggers: a statement trigger refuses it. (SQLite has no
    TRUNCATE; its DELETE without WHERE runs the row triggers.)"""
    statement = "TRUNCATE audit_row, audit_event" if is_postgres() else "DELETE FROM audit_row"
    with pytest.raises(pw.DatabaseError) as refused, db.atomic():
        db.execute_sql(statement)
    assert "append-only" in str(refused.value)
    assert m.AuditRow.select().exists()


def test_a_wiped_trail_is_named(world: World) -> None:
    """300 NGOs with no registration events is a broken trail; here every row is named."""
    rows = verify_trail().rows
    with audit_unguarded():
        m.AuditRow.delete().execute()
        m.AuditEvent.delete().execute()
        m.AuditHead.update(last_id=0, last_hash=audit.GENESIS).execute()
    report = verify_trail()
    assert not report.ok and report.chain.ok and report.chain.events == 0
    assert sum(report.unexplained.values()) == rows
    lines = "\n".join(audit_text.report_lines(report))
    assert "ردپای رویدادها خالی است" in lines and "ردپا کوتاه‌تر از داده‌هاست" in lines


def test_a_truncated_trail_is_named(world: World) -> None:
    """The last events cut off (and the chain head put back): the rows they wrote are either
    without an event or not as their last remaining event left them."""
    world.do("deputy", "end_contract", contract="C1")
    last = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    with audit_unguarded():
        m.AuditRow.delete().where(m.AuditRow.event == last.id).execute()
        m.AuditEvent.delete().where(m.AuditEvent.id == last.id).execute()
        m.AuditHead.update(last_id=last.id - 1, last_hash=last.prev_hash).execute()
    report = verify_trail()
    assert report.chain.ok  # the chain itself still links: only the data tells
    assert not report.ok and ("contract", "C1") in _names(report.changed)


def test_rows_changed_by_hand_are_named(world: World) -> None:
    """A contract's end date, a note's amount, an NGO's level, changed with SQL."""
    world.ngo("N2")
    contract = m.Contract.get(m.Contract.ref == "C1")
    m.Contract.update(ends=contract.ends + dt.timedelta(days=90)).where(
        m.Contract.id == contract.id
    ).execute()
    m.PromissoryNote.update(amount=1_000).where(m.PromissoryNote.contract == contract).execute()
    m.Ngo.update(level=4).where(m.Ngo.code == "N2").execute()
    report = verify_trail()
    assert not report.ok and report.chain.ok
    note = m.PromissoryNote.get(m.PromissoryNote.contract == contract)
    assert _names(report.changed) == {
        ("contract", "C1"),
        ("promissory_note", note.serial),
        ("ngo", "N2"),
    }
    lines = "\n".join(audit_text.report_lines(report))
    assert "قرارداد «C1»" in lines and "سمن «N2»" in lines


def test_a_row_deleted_by_hand_is_named(world: World) -> None:
    world.do("deputy", "allocate", contract="C1", service="shelf", count=1)
    allocation = m.Allocation.get()
    m.Allocation.delete().where(m.Allocation.id == allocation.id).execute()
    report = verify_trail()
    assert [(p.table, p.row_id) for p in report.missing] == [("allocation", allocation.id)]


def _forge_chain() -> None:
    """What someone who owns the database could do after an edit: record the edited rows'
    digests anew and recompute every hash from there on (there is no secret in the chain)."""
    with audit_unguarded():
        for table in audit.DIGESTED:
            for row_id, digest in audit.current_digests(table):
                last = (
                    m.AuditRow.select()
                    .where((m.AuditRow.table_name == table) & (m.AuditRow.row_id == row_id))
                    .order_by(m.AuditRow.id.desc())
                    .first()
                )
                if last is not None and last.digest != digest:
                    m.AuditRow.update(digest=digest).where(m.AuditRow.id == last.id).execute()
        prev = audit.GENESIS
        for event in m.AuditEvent.select().order_by(m.AuditEvent.id):
            entries = [(r.table_name, r.row_id, r.digest) for r in event.rows]
            rows_digest = audit._rows_digest(entries)
            trail = audit.Trail(
                event.object_type,
                event.object_ref,
                event.step,
                event.decision,
                event.reason,
                event.before_state,
                event.after_state,
            )
            values = audit._fields(event.at, event.actor, event.role, event.action, trail)
            values["data"] = event.data
            digest = audit._digest(prev, values, rows_digest)
            m.AuditEvent.update(prev_hash=prev, hash=digest, rows_digest=rows_digest).where(
                m.AuditEvent.id == event.id
            ).execute()
            prev = digest
        m.AuditHead.update(last_hash=prev).execute()


def test_a_recomputed_chain_is_seen_only_with_the_office_key(
    database, clock, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    key = tmp_path / "office.key"
    key.write_bytes(b"a secret kept on the desks, not in the database")
    monkeypatch.setenv(audit.KEY_FILE_ENV, str(key))
    world = World(clock)
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    assert verify_trail(audit.office_key()).ok
    lease = m.Contract.get(m.Contract.ref == "C1")
    m.Contract.update(ends=lease.ends + dt.timedelta(days=3650)).where(
        m.Contract.id == lease.id
    ).execute()
    _forge_chain()
    blind = verify_trail()  # without the key, the forged chain passes: the limit is said
    assert blind.ok and audit_text.LIMIT_WITHOUT_KEY in audit_text.report_lines(blind)
    sealed = verify_trail(audit.office_key())
    assert not sealed.ok and sealed.chain.bad_seal_at is not None
    assert "با کلید دفتر نمی‌خواند" in "\n".join(audit_text.report_lines(sealed))


def test_a_trail_with_no_seal_at_all_fails_when_the_office_has_a_key(world: World) -> None:
    report = verify_trail(b"secret")
    assert not report.ok and report.chain.before_key == report.chain.events > 0
    assert "هیچ رویدادی مهر ندارد" in "\n".join(audit_text.report_lines(report))


def test_an_unsealed_event_after_a_sealed_one_fails(
    world: World, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    key = tmp_path / "office.key"
    key.write_bytes(b"secret")
    monkeypatch.setenv(audit.KEY_FILE_ENV, str(key))
    world.ngo("N2")
    assert verify_trail(b"secret").ok  # the events before the key are told, not failed
    monkeypatch.setenv(audit.KEY_FILE_ENV, "")  # a desk without the key writes one
    world.ngo("N3")
    report = verify_trail(b"secret")
    assert not report.ok and report.chain.unsealed == 2  # N3's registration and its level


def test_rows_of_a_bulk_import_are_covered(world: World, tmp_path: Path) -> None:
    from tests.workflow.test_importer import imported, ngo_row, write_csv

    path = write_csv(tmp_path / "ngos.csv", [ngo_row(n) for n in range(1, 41)])
    imported(world, path, dry_run=False)
    event = m.AuditEvent.select().where(m.AuditEvent.action == "import_ngos").get()
    assert m.AuditRow.select().where(m.AuditRow.event == event.id).count() == 40
    assert verify_trail().ok


def test_every_business_column_is_in_the_digest_scheme() -> None:
    """A column added to a business table must join a new digest scheme (audit.DIGESTED is
    frozen for the digests already kept) or be named as not digested on purpose."""
    for model in m.MODELS:
        table = model._meta.table_name
        if table in audit.TRAIL_TABLES:
            continue
        columns = {f.column_name for f in model._meta.sorted_fields} - {"id"}
        covered = set(audit.DIGESTED.get(table, ())) | set(audit.NOT_DIGESTED.get(table, ()))
        assert columns == covered, (table, columns ^ covered)
