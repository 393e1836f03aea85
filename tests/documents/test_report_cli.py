"""`semansara report NAME`: the report as tab-separated text, and as .xlsx and PDF files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.db.database import close_database, open_database
from app.workflow import jalali
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from tests.factories import PASSWORD, World


@pytest.fixture
def db_file(tmp_path: Path, monkeypatch) -> str:  # noqa: ANN001
    path = str(tmp_path / "cli.sqlite")
    clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    initialise(open_database(path), clock.now(), starter_users=False)
    world = World(clock)
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.do(
        "admin",
        "add_semansara",
        code="S2",
        district=7,
        name="سمن‌سرای منطقه ۷",
        desks=1,
        meeting_rooms=1,
        workshop_rooms=0,
        halls=0,
        shelves=1,
        max_contracts=1,
    )
    world.give_passwords("fin", "mgr1")
    close_database()
    monkeypatch.setenv("SEMANSARA_PASSWORD", PASSWORD)  # `--as` names the user, never skips it
    return path


def test_report_prints_and_writes_excel_and_pdf(db_file: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    xlsx, pdf = tmp_path / "notes.xlsx", tmp_path / "notes.pdf"
    code = main(
        [
            "--db",
            db_file,
            "report",
            "notes_held",
            "--xlsx",
            str(xlsx),
            "--pdf",
            str(pdf),
            "--as",
            "fin",
        ]
    )
    close_database()
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == "سفته‌های بازگردانده‌نشده"
    row = next(line for line in out.splitlines() if line.startswith("SF-C1\t"))
    assert row.split("\t")[1:3] == ["در امانت مالی", "200000000"]  # with finance
    assert load_workbook(xlsx).worksheets[0].sheet_view.rightToLeft
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_manager_asking_for_another_semansara_is_refused(db_file: str, capsys) -> None:  # noqa: ANN001
    code = main(["--db", db_file, "report", "occupancy", "--semansara", "S1", "--as", "mgr1"])
    assert code == 0
    close_database()
    code = main(["--db", db_file, "report", "occupancy", "--semansara", "S2", "--as", "mgr1"])
    close_database()
    assert code == 1 and "FORBIDDEN_ROLE" in capsys.readouterr().err
