"""The import's progress report (for the GUI's progress bar) and its cancel:
the report only grows and ends full; a cancel, or any failure, between two INSERT batches
rolls back the batches already written, the audit event with them (one transaction). Also
`importer.columns`, what the mapping step shows. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.db import models as m
from app.workflow import audit, importer
from app.workflow.importer import ImportCancelled, columns, import_ngos, read_table
from tests.factories import World
from tests.workflow.test_importer import HEADER, ngo_row, write_csv, write_xlsx


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def state() -> tuple[int, int]:
    return m.Ngo.select().count(), m.AuditEvent.select().count()


def test_progress_of_a_real_import_grows_and_ends_full(world: World, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [ngo_row(n) for n in range(2, 302)])
    calls: list[tuple[int, int]] = []
    report = import_ngos(
        world.ctx("desk"), path, dry_run=False, progress=lambda *a: calls.append(a)
    )
    assert report.imported and len(report.added) == 300
    assert calls[0] == (0, 600)  # every row counted twice (checked, written) until known
    assert calls[-1] == (600, 600)  # 300 checks + 300 rows written
    fractions = [done / total for done, total in calls]
    assert fractions == sorted(fractions)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(calls) <= 100 + 2 + 300 // importer.BATCH + 3  # about one call per 1 %


def test_progress_counts_only_what_is_written(world: World, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [ngo_row(1), ngo_row(2), ngo_row(1)])  # row 4: duplicate
    calls: list[tuple[int, int]] = []
    import_ngos(world.ctx("desk"), path, dry_run=False, progress=lambda *a: calls.append(a))
    assert calls[0] == (0, 6) and calls[-1] == (5, 5)  # 3 checks + 2 writes


def test_cancel_during_the_writes_rolls_everything_back(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 4)  # several INSERT batches for 10 rows
    path = write_xlsx(tmp_path / "c.xlsx", [ngo_row(n) for n in range(1, 11)])
    before = state()
    written: list[int] = []
    stop = False

    def progress(done: int, total: int) -> None:
        nonlocal stop
        if done > 10:  # a batch is in: count it inside the transaction, then «لغو»
            written.append(m.Ngo.select().count() - before[0])
            stop = True

    with pytest.raises(ImportCancelled):
        import_ngos(
            world.ctx("desk"), path, dry_run=False, progress=progress, cancelled=lambda: stop
        )
    assert written == [4]  # the first batch had been written …
    assert state() == before  # … and is gone, with the audit event
    assert audit.verify_chain().ok
    # nothing is left half done: the same file imports whole afterwards
    report = import_ngos(world.ctx("desk"), path, dry_run=False)
    assert report.imported and m.Ngo.select().count() == before[0] + 10


def test_a_failure_between_two_batches_rolls_back_the_first(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 3)
    path = write_csv(tmp_path / "f.csv", [ngo_row(n) for n in range(1, 10)])
    before = state()
    real_insert = importer._insert_ngos

    def insert_then_fail(rows, steps=None):  # noqa: ANN001, ANN202
        real_insert(rows[:3], steps)  # the first batch goes in …
        raise OSError("disk unplugged")  # … then the machine fails

    monkeypatch.setattr(importer, "_insert_ngos", insert_then_fail)
    with pytest.raises(OSError):
        import_ngos(world.ctx("desk"), path, dry_run=False)
    assert state() == before
    assert audit.verify_chain().ok


def test_cancel_during_a_dry_run_stops_it(world: World, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [ngo_row(n) for n in range(1, 201)])
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ImportCancelled):
        import_ngos(world.ctx("desk"), path, dry_run=True, cancelled=cancelled)
    assert len(asked) == 4  # asked at each report, not once per row


def test_a_table_read_once_is_imported_as_read(world: World, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [ngo_row(1), ngo_row(2)])
    table = read_table(path)
    dry = import_ngos(world.ctx("desk"), table, dry_run=True)
    real = import_ngos(world.ctx("desk"), table, dry_run=False)
    assert dry.added == real.added and real.imported


# --- what the mapping step shows (no database) -----------------------------------------------


def test_columns_finds_the_header_under_a_title_and_guesses(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["فهرست سمن‌های منطقهٔ ۶"])
    sheet.append(["ردیف", *HEADER[:5], "نفرات"])
    sheet.append([1, *ngo_row(1)[:5], 40])
    book.save(path)
    found = columns(path)
    assert found.header_row == 2
    assert found.headers == ["ردیف", *HEADER[:5], "نفرات"]
    assert found.guessed == {
        "نام سمن": "name",
        "شماره مجوز": "licence_no",
        "مرجع صدور": "licence_issuer",
        "تاریخ انقضا": "licence_expires",
        "تاریخ تاسیس": "founded",
    }
    assert found.samples["نفرات"] == 40 and found.samples["نام سمن"] == "انجمن نمونهٔ شمارهٔ 1"
    # read_table refuses it until «نفرات» is mapped to members; then it reads
    with pytest.raises(importer.errors.WorkflowError):
        read_table(path)
    table = read_table(path, mapping={"نفرات": "members", "ردیف": None})
    assert table.rows[0][1]["members"] == 40 and table.header_row == 2


def test_columns_of_a_file_with_unknown_headers_takes_the_fullest_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", [["a", "b", "c"]], header=["ستون ۱", "ستون ۲", "ستون ۳"])
    found = columns(path)
    assert found.header_row == 1 and found.guessed == {}
    assert found.headers == ["ستون ۱", "ستون ۲", "ستون ۳"] and found.samples["ستون ۲"] == "b"
