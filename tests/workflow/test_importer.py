"""Importing NGOs from Excel and CSV: R-1.1 and R-1.2 hold for every row."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.db import models as m
from app.workflow import audit, jalali
from app.workflow.errors import WorkflowError
from app.workflow.importer import (
    FIELDS,
    import_event,
    import_ngos,
    read_table,
    write_template,
)
from tests.factories import World, signed_in_env

ROOT = Path(__file__).resolve().parents[2]
HEADER = [
    "نام سمن",
    "شماره مجوز",
    "مرجع صدور",
    "تاریخ انقضا",
    "تاریخ تاسیس",
    "تعداد اعضا",
    "مدیرعامل",
    "نماینده",
    "تلفن",
    "ایمیل",
    "منطقه",
]


def ngo_row(n: int, **change: Any) -> list[Any]:
    values = {
        "name": f"انجمن نمونهٔ شمارهٔ {n}",
        "licence_no": f"م-{n:04d}",
        "licence_issuer": "وزارت کشور",
        "licence_expires": "1408/01/01",
        "founded": "1398/05/20",
        "members": 40,
        "chief": "مریم احمدی",
        "representative": "علی رضایی",
        "phone": "021-88887777",
        "email": f"ngo{n}@example.org",
        "district": 6,
    }
    values.update(change)
    return list(values.values())


def write_xlsx(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(
    path: Path, rows: list[list[Any]], header: list[str] = HEADER, encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


WRITERS = {"xlsx": write_xlsx, "csv": write_csv}


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def imported(world: World, path: Path, **kwargs: Any):  # noqa: ANN201
    kwargs.setdefault("dry_run", False)
    return import_ngos(world.ctx("desk"), path, **kwargs)


def events(action: str = "import_ngos") -> list[m.AuditEvent]:
    return list(m.AuditEvent.select().where(m.AuditEvent.action == action))


# --- column mapping (no database) --------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        [
            "نام تشكل",
            "شمارهٔ مجوز",
            "مرجع صدور مجوز",
            "تاریخ انقضای مجوز",
            "تاریخ تأسیس",
            "تعداد اعضاء",
        ],
        ["نام‌سمن", "شماره‌مجوز", "مرجع‌ صدور", "تاريخ انقضا", "تاریخ  تاسیس", "تعداد اعضا *"],
        ["Name", "License No.", "licence_issuer", "Expiry Date", "founded", "MEMBERS"],
        ["ngo name", "licence number", "Issued by", "expires", "Foundation date", "member count"],
    ],
)
def test_header_variants_are_matched_after_normalisation(tmp_path: Path, header: list[str]) -> None:
    path = write_csv(tmp_path / "h.csv", [ngo_row(1)[:6]], header=header)
    table = read_table(path)
    assert sorted(table.mapping.values()) == sorted(
        ["name", "licence_no", "licence_issuer", "licence_expires", "founded", "members"]
    )
    assert table.rows[0] == (
        2,
        dict(zip(table.mapping.values(), ngo_row(1)[:5] + ["40"], strict=True)),
    )


def test_header_row_under_a_title_and_unknown_columns_listed(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["فهرست سمن‌های شهر تهران، ۱۴۰۵"])
    sheet.append([])
    sheet.append([*HEADER, "توضیحات", "کد"])
    sheet.append([*ngo_row(1), "یادداشت", "N-77"])
    book.save(tmp_path / "t.xlsx")
    table = read_table(tmp_path / "t.xlsx")
    assert table.header_row == 3
    assert table.ignored == ["توضیحات"]
    assert table.rows[0][0] == 4 and table.rows[0][1]["code"] == "N-77"


def test_explicit_mapping_overrides_the_guess(tmp_path: Path) -> None:
    header = ["ستون ۱", "ستون ۲", "مرجع", "پایان اعتبار", "تاسیس", "اعضا", "تلفن"]
    path = write_csv(tmp_path / "m.csv", [ngo_row(1)[:6] + ["021"]], header=header)
    with pytest.raises(WorkflowError) as missing:
        read_table(path)
    assert "«نام»" in missing.value.message_fa and "«شمارهٔ مجوز»" in missing.value.message_fa
    table = read_table(
        path,
        mapping={
            "ستون ۱": "name",
            "ستون ۲": "licence_no",
            "مرجع": "licence_issuer",
            "پایان اعتبار": "licence_expires",
            "تلفن": None,
        },
    )
    assert table.mapping == {
        "ستون ۱": "name",
        "ستون ۲": "licence_no",
        "مرجع": "licence_issuer",
        "پایان اعتبار": "licence_expires",
        "تاسیس": "founded",
        "اعضا": "members",
    }
    with pytest.raises(WorkflowError, match="نادرست"):
        read_table(path, mapping={"ستون ۱": "nom"})


def test_missing_required_columns_are_named_in_persian(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "x.xlsx", [["انجمن", "وزارت کشور"]], header=["نام سمن", "مرجع صدور"]
    )
    with pytest.raises(WorkflowError) as refused:
        read_table(path)
    message = refused.value.message_fa
    for name in ("«شمارهٔ مجوز»", "«تاریخ انقضای مجوز»", "«تاریخ تأسیس»", "«تعداد اعضا»"):
        assert name in message
    assert "«نام سمن»" in message  # the headers the file does have
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(WorkflowError, match="خوانده نشد"):
        read_table(tmp_path / "broken.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(WorkflowError, match="xlsx"):
        read_table(tmp_path / "old.xls")


def test_csv_in_windows_arabic_with_semicolons(tmp_path: Path) -> None:
    """Excel in Iran saves CSV as cp1256, with the Arabic ي and ك."""
    path = tmp_path / "old.csv"
    row = ["انجمن ياران كودك", "1234", "وزارت كشور", "1408/01/01", "1398/01/01", "25"]
    text = ";".join(HEADER[:6]) + "\r\n" + ";".join(row) + "\r\n"
    path.write_bytes(text.translate(str.maketrans("یک", "يك")).encode("cp1256"))
    table = read_table(path)
    assert table.rows == [
        (
            2,
            {
                "name": "انجمن یاران کودک",
                "licence_no": "1234",
                "licence_issuer": "وزارت كشور",
                "licence_expires": "1408/01/01",
                "founded": "1398/01/01",
                "members": "25",
            },
        )
    ]


# --- importing ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_import_adds_every_row_with_register_ngos_rules(
    world: World, tmp_path: Path, kind: str
) -> None:
    """R-1.1, R-1.2: issuer matched against the policy list, dates Jalali, digits any form."""
    rows = [
        ngo_row(1, licence_issuer="وزارت كشور"),
        ngo_row(
            2,
            licence_no="م-۰۰۰۲",
            members="۱۲۰",
            founded="۱۳۹۵/۰۲/۱۰",
            licence_issuer="بهزيستي استان تهران",
        ),
        ngo_row(3, district="", email="", phone=""),
    ]
    report = imported(world, WRITERS[kind](tmp_path / f"n.{kind}", rows))
    assert report.ok and report.imported, report.lines()
    assert report.counts() == {
        "rows": 3,
        "added": 3,
        "updated": 0,
        "unchanged": 0,
        "duplicates": 0,
        "errors": 0,
    }
    assert report.added == ["N-000001", "N-000002", "N-000003"]
    first, second, third = m.Ngo.select().order_by(m.Ngo.code)
    assert first.licence_issuer == "وزارت کشور"  # the policy's spelling
    assert second.licence_issuer == "بهزیستی استان تهران"
    assert (second.members, second.founded) == (120, jalali.parse_date("1395/02/10"))
    assert second.licence_key == "م0002"
    assert (third.district, third.email, third.level) == (None, "", None)
    assert first.registered_at == world.clock.now() and first.version == 1


def test_excel_date_cells_are_gregorian_and_text_dates_jalali(world: World, tmp_path: Path) -> None:
    rows = [
        ngo_row(1, founded=dt.datetime(2019, 3, 21), licence_expires="۱۴۰۸/۱/۱"),
        ngo_row(2, founded="2019/03/21"),
    ]
    report = imported(world, write_xlsx(tmp_path / "d.xlsx", rows), dry_run=True)
    assert [(e.row, e.field) for e in report.errors] == [(3, "founded")]
    assert "میلادی" in report.errors[0].message
    report = imported(world, write_xlsx(tmp_path / "d.xlsx", rows[:1]))
    ngo = m.Ngo.get()
    assert ngo.founded == dt.date(2019, 3, 21) == jalali.parse_date("1398/01/01")
    assert ngo.licence_expires == jalali.parse_date("1408/01/01")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_bad_row_in_the_middle_imports_nothing(world: World, tmp_path: Path, kind: str) -> None:
    """Nothing half-imported: one bad row and no NGO is added; each problem names its row."""
    rows = [
        ngo_row(1),
        ngo_row(2),
        ngo_row(3, licence_expires="1408/13/01", members="بسیار"),
        ngo_row(4),
        ngo_row(5, licence_issuer="شهرداری تهران"),
    ]
    ngos, audit_events = m.Ngo.select().count(), m.AuditEvent.select().count()
    report = imported(world, WRITERS[kind](tmp_path / f"bad.{kind}", rows))
    assert not report.ok and not report.imported
    assert [(e.row, e.field, e.field_fa) for e in report.errors] == [
        (4, "licence_expires", "تاریخ انقضای مجوز"),
        (4, "members", "تعداد اعضا"),
        (6, "licence_issuer", "مرجع صدور مجوز"),
    ]
    assert report.errors[0].line().startswith("ردیف ۴: «تاریخ انقضای مجوز»: تاریخ ۱۴۰۸/۱۳/۰۱")
    assert "«شهرداری تهران» در فهرست مراجع صدور مجوز نیست" in report.errors[2].message
    assert report.counts()["errors"] == 2  # bad rows
    assert "هیچ سمنی وارد نشد" in report.summary()
    assert m.Ngo.select().count() == ngos and m.AuditEvent.select().count() == audit_events


def test_skip_invalid_imports_the_good_rows(world: World, tmp_path: Path) -> None:
    rows = [ngo_row(1), ngo_row(2, members=-1), ngo_row(3)]
    report = imported(world, write_csv(tmp_path / "s.csv", rows), skip_invalid=True)
    assert report.imported and not report.ok
    assert [n.licence_no for n in m.Ngo.select().order_by(m.Ngo.id)] == ["م-0001", "م-0003"]
    assert json.loads(events()[0].data)["errors"] == 1


def test_dry_run_changes_nothing_and_says_what_would(world: World, tmp_path: Path) -> None:
    world.ngo("N-000001")
    path = write_xlsx(tmp_path / "d.xlsx", [ngo_row(1), ngo_row(2), ngo_row(3)])
    before = (m.Ngo.select().count(), m.AuditEvent.select().count())
    calls: list[tuple[int, int]] = []
    report = imported(world, path, dry_run=True, progress=lambda *a: calls.append(a))
    assert report.ok and not report.imported and report.dry_run
    assert report.added == ["N-000002", "N-000003", "N-000004"]  # find.next_ref's way
    assert "آزمایشی" in report.summary() and "۳ سمن افزوده می‌شود" in report.summary()
    assert (m.Ngo.select().count(), m.AuditEvent.select().count()) == before
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_the_template_maps_every_column_and_its_example_imports(
    world: World, tmp_path: Path
) -> None:
    """The template to fill in: each column is one the importer finds by itself, the sheet
    reads right to left, and its example row passes a dry run."""
    path = write_template(tmp_path / "template.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.sheet_view.rightToLeft
    header = [c.value for c in sheet[1]]
    table = read_table(path)
    assert sorted(table.mapping.values()) == sorted(FIELDS) and not table.ignored
    assert len(header) == len(FIELDS)
    report = imported(world, path, dry_run=True)
    assert report.ok and len(report.added) == 1 and not report.errors


def test_duplicate_licence_persian_and_latin_digits(world: World, tmp_path: Path) -> None:
    """R-1.2: a licence number is one NGO, however its digits are written."""
    world.do(
        "desk",
        "register_ngo",
        code="OLD",
        name="انجمن قدیمی",
        licence_no="ب-۱۲۳۴",
        licence_issuer="وزارت کشور",
        licence_expires="1408/01/01",
        founded="1398/01/01",
        members=10,
    )
    rows = [
        ngo_row(1, licence_no="ب-1234"),  # the database's NGO
        ngo_row(2, licence_no="۵۵۵"),
        ngo_row(3, licence_no="555"),  # twice in the file
        ngo_row(4, licence_no="٥٥٥ "),
    ]  # Arabic-Indic digits
    report = imported(world, write_csv(tmp_path / "l.csv", rows))
    assert report.ok and report.imported
    assert [(d.row, d.field, d.kind) for d in report.duplicates] == [
        (2, "licence_no", "duplicate"),
        (4, "licence_no", "duplicate"),
        (5, "licence_no", "duplicate"),
    ]
    assert "«انجمن قدیمی» (OLD)" in report.duplicates[0].message
    assert "ردیف ۳" in report.duplicates[1].message
    assert [n.licence_no for n in m.Ngo.select().order_by(m.Ngo.id)] == ["ب-۱۲۳۴", "۵۵۵"]


def test_duplicate_name_zwnj_and_arabic_letters(world: World, tmp_path: Path) -> None:
    world.do(
        "desk",
        "register_ngo",
        code="OLD",
        name="خانهٔ مهر کودکان",
        licence_no="X-1",
        licence_issuer="وزارت کشور",
        licence_expires="1408/01/01",
        founded="1398/01/01",
        members=10,
    )
    rows = [
        ngo_row(1, name="خانه مهر كودكان"),  # ۀ/ه, ك: the database's NGO
        ngo_row(2, name="انجمن‌ همیاری"),
        ngo_row(3, name="انجمن همياري"),
        ngo_row(4, name="انجمنهمیاری"),
    ]
    report = imported(world, write_xlsx(tmp_path / "n.xlsx", rows))
    assert [(d.row, d.field) for d in report.duplicates] == [(2, "name"), (4, "name"), (5, "name")]
    assert "OLD" in report.duplicates[0].message and "ردیف ۳" in report.duplicates[2].message
    assert report.added == ["N-000001"]  # the counter's first number: OLD took none


def test_codes_from_the_file_and_their_conflicts(world: World, tmp_path: Path) -> None:
    world.ngo("N-000001")
    header = [*HEADER, "کد سمن"]
    rows = [
        [*ngo_row(1), "ک-۱"],
        [*ngo_row(2), ""],
        [*ngo_row(3), "N-000001"],
        [*ngo_row(4), "ک-۱"],
    ]
    report = imported(world, write_csv(tmp_path / "c.csv", rows, header=header), dry_run=True)
    assert [(e.row, e.field, e.code) for e in report.errors] == [
        (4, "code", "DUPLICATE"),
        (5, "code", "DUPLICATE"),
    ]
    report = imported(world, write_csv(tmp_path / "c.csv", rows[:2], header=header))
    assert report.added == ["ک-۱", "N-000002"]


def test_update_option_updates_by_licence_through_update_ngos_rules(
    world: World, tmp_path: Path
) -> None:
    world.ngo("N1", email="old@example.org")
    ngo = m.Ngo.get(m.Ngo.code == "N1")
    row = [
        ngo.name,
        "L-N1",
        "وزارت کشور",
        "1409/01/01",
        "1403/01/01",
        75,
        "",
        "",
        "",
        "",
        "",
    ]  # empty cells leave values as they are
    path = write_xlsx(tmp_path / "u.xlsx", [row, ngo_row(9)])
    plain = imported(world, path, dry_run=True)
    assert [(d.row, d.field) for d in plain.duplicates] == [(2, "licence_no")]
    report = imported(world, path, update=True)
    assert report.updated == ["N1"] and report.added == ["N-000001"]  # N1 took no number
    again = m.Ngo.get(m.Ngo.code == "N1")
    assert (again.members, again.version, again.email) == (75, ngo.version + 1, "old@example.org")
    assert again.licence_expires == jalali.parse_date("1409/01/01")
    data = json.loads(events()[-1].data)
    assert data["updated"]["N1"]["before"]["members"] == 30
    assert data["updated"]["N1"]["after"]["members"] == 75
    assert imported(world, path, update=True, dry_run=True).unchanged == ["N1", "N-000001"]
    bad = write_xlsx(tmp_path / "b.xlsx", [[*row[:5], -4, *row[6:]]])
    assert [(e.row, e.field) for e in imported(world, bad, update=True).errors] == [(2, "members")]


def test_one_audit_event_keeps_every_imported_code(world: World, tmp_path: Path) -> None:
    """R-3.5: the import is one step with its actor; each NGO can be traced to it."""
    before = m.AuditEvent.select().count()
    report = imported(world, write_xlsx(tmp_path / "a.xlsx", [ngo_row(n) for n in range(1, 6)]))
    assert m.AuditEvent.select().count() == before + 1
    event = events()[0]
    assert (event.actor, event.role, event.object_type, event.object_ref) == (
        "desk",
        "desk_expert",
        "ngo_import",
        "a.xlsx",
    )
    data = json.loads(event.data)
    assert data["added"] == report.added and (data["rows"], data["errors"]) == (5, 0)
    assert len(data["sha256"]) == 64
    assert import_event("N-000003").id == event.id and import_event("N-999999") is None
    assert audit.verify_chain().ok
    # a second import of the same file adds nothing and records nothing
    again = imported(world, tmp_path / "a.xlsx")
    assert again.ok and len(again.duplicates) == 5 and not again.imported
    assert m.AuditEvent.select().count() == before + 1


def test_only_the_service_desk_imports(world: World, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [ngo_row(1)])
    with pytest.raises(WorkflowError) as refused:
        import_ngos(world.ctx("deputy"), path, dry_run=True)
    assert refused.value.code == "FORBIDDEN_ROLE"


def test_cli_import_dry_run_then_real(tmp_path: Path) -> None:
    """`semansara import FILE [--dry-run]`: Persian report, exit 1 on a bad row."""
    from app.db.database import close_database, open_database
    from app.workflow.bootstrap import initialise
    from app.workflow.clock import FixedClock

    db_path = tmp_path / "cli.sqlite"
    clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    initialise(open_database(str(db_path)), clock.now(), starter_users=False)
    try:
        World(clock).give_passwords("desk")
    finally:
        close_database()
    good = write_csv(tmp_path / "good.csv", [ngo_row(1), ngo_row(2)])
    bad = write_xlsx(tmp_path / "bad.xlsx", [ngo_row(3), ngo_row(4, founded="1399/02/40")])
    env = signed_in_env("desk", PYTHONPATH=str(ROOT))

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", "import", *args, "--db", str(db_path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    dry = cli(str(good), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "آزمایشی" in dry.stdout and "۲ سمن افزوده می‌شود" in dry.stdout
    done = cli(str(good))
    assert done.returncode == 0 and "۲ سمن افزوده شد" in done.stdout
    refused = cli(str(bad))
    assert refused.returncode == 1
    assert "ردیف ۳: «تاریخ تأسیس»" in refused.stdout
    missing = cli(str(tmp_path / "nothing.csv"))
    assert missing.returncode == 1 and "پیدا نشد" in missing.stderr


def test_the_action_reads_a_path_for_the_scenario_runner(world: World, tmp_path: Path) -> None:
    from app.scenario import play_step

    path = write_csv(tmp_path / "s.csv", [ngo_row(1), ngo_row(2, members="x")])
    line = play_step(
        world.clock,
        1,
        {"do": "import_ngos", "as": "desk", "args": {"path": str(path), "dry_run": True}},
    )
    assert line["ok"] is True and line["counts"]["errors"] == 1
    assert line["errors"][0] | {"message": ""} == {
        "row": 3,
        "field": "members",
        "field_fa": "تعداد اعضا",
        "message": "",
        "kind": "error",
        "code": "INVALID_INPUT",
    }
    json.dumps(line, ensure_ascii=False)  # a plain result, as every action's
    assert m.Ngo.select().count() == 0
