"""The import dialog (the GUI of `semansara import`): choose a file, map its columns, a dry run
that reports row by row, the real import in a thread of its own with a progress bar, and a
cancel that keeps nothing. On SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.db import models as m
from app.ui import texts
from app.ui.forms.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.session import Session
from app.workflow import importer
from tests.ui.conftest import Templates, sign_in, ui_database_url

# «نفرات» is no header name the importer knows: the person maps it to «تعداد اعضا» by hand.
HEADER = ["نام سمن", "شماره مجوز", "مرجع صدور", "تاریخ انقضا", "تاریخ تاسیس", "نفرات", "ایمیل"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, templates: Templates) -> Iterator[str]:
    """These tests run on both databases (the UI's other tests on SQLite only)."""
    yield from ui_database_url(request.param, tmp_path, templates)


def row(n: int, **change: Any) -> list[Any]:
    values = {
        "name": f"انجمن آزمایشی شمارهٔ {n}",
        "licence_no": f"ت-{n:04d}",
        "licence_issuer": "وزارت کشور",
        "licence_expires": "1408/01/01",
        "founded": "1398/05/20",
        "members": 25,
        "email": f"ngo{n}@example.org",
    }
    values.update(change)
    return list(values.values())


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["فهرست سمن‌ها"])  # a title row above the header, as offices keep them
    sheet.append(HEADER)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """Rows 3–5 good, row 6 a duplicate of row 3's licence, row 7 bad (members −۵)."""
    return write_xlsx(
        tmp_path / "ngos.xlsx",
        [row(1), row(2), row(3), row(4, licence_no="ت-0001"), row(5, members=-5)],
    )


def dialog_for(qtbot, session: Session, path: Path) -> ImportDialog:  # noqa: ANN001
    dialog = ImportDialog(session)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.load_file(path)
    return dialog


def wait_done(qtbot, dialog: ImportDialog) -> None:  # noqa: ANN001
    qtbot.wait_until(lambda: not dialog.running(), timeout=30_000)


def counts(dialog: ImportDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.count_labels.items()}


def test_mapping_dry_run_then_import_with_progress(qtbot, session: Session, sheet: Path) -> None:  # noqa: ANN001
    dialog = dialog_for(qtbot, session, sheet)
    # the header row is found under the title row, and the known names are mapped
    assert dialog.columns.header_row == 2
    assert dialog.combos["name"].currentData() == "نام سمن"
    assert dialog.combos["licence_expires"].currentData() == "تاریخ انقضا"
    assert dialog.combos["members"].currentData() is None
    assert dialog.missing() == ["members"]
    assert not dialog.check_button.isEnabled()
    assert "«تعداد اعضا»" in dialog.message.text()

    dialog.set_column("members", "نفرات")
    assert dialog.missing() == [] and dialog.check_button.isEnabled()
    assert dialog.mapping()["نفرات"] == "members"
    assert dialog.mapping_table.item(5, 2).text() == "۲۵"  # the first row's value, shown

    ngos_before = m.Ngo.select().count()
    dialog.dry_run()
    wait_done(qtbot, dialog)
    assert counts(dialog) == {
        "added": "تازه: ۳",
        "updated": "به‌روزشده: ۰",
        "duplicates": "تکراری: ۱",
        "errors": "ردیف نادرست: ۱",
    }
    issues = dialog.shown_issues()
    assert issues[0][:3] == ("۶", "تکراری", "شمارهٔ مجوز")
    assert issues[1][:3] == ("۷", "خطا", "تعداد اعضا")
    assert "آزمایشی" in dialog.summary.text()
    assert m.Ngo.select().count() == ngos_before  # a dry run writes nothing
    assert not dialog.import_button.isEnabled()  # a bad row stops the import …
    assert texts.IMPORT_BLOCKED in dialog.message.text()

    dialog.skip_box.setChecked(True)  # … unless the good rows are to go in alone
    assert dialog.table is None and not dialog.import_button.isEnabled()
    dialog.dry_run()
    wait_done(qtbot, dialog)
    assert dialog.import_button.isEnabled()

    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.wait_signal(session.changed, timeout=30_000) as changed:
        dialog.run_import()
        wait_done(qtbot, dialog)
    assert changed.args == ["ngo", ""]
    assert dialog.progress.value() == 100 and dialog.progress.isVisible()
    assert dialog.progress.text() == "۱۰۰٪"
    assert texts.IMPORT_DONE in dialog.message.text()
    assert dialog.report.imported and counts(dialog)["added"] == "تازه: ۳"
    names = {n.name for n in m.Ngo.select()}
    assert {f"انجمن آزمایشی شمارهٔ {n}" for n in (1, 2, 3)} <= names
    assert m.Ngo.select().count() == ngos_before + 3
    member = m.Ngo.get(m.Ngo.licence_no == "ت-0002")
    assert member.members == 25 and member.email == "ngo2@example.org"
    assert seen and seen == sorted(seen) and seen[-1] == 100  # the bar only grows, ends full
    assert not dialog.import_button.isEnabled()  # the same file is not imported twice


def test_cancel_before_the_commit_keeps_nothing(
    qtbot,  # noqa: ANN001
    session: Session,
    sheet: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = dialog_for(qtbot, session, sheet)
    dialog.set_column("members", "نفرات")
    dialog.skip_box.setChecked(True)
    dialog.dry_run()
    wait_done(qtbot, dialog)
    before = (m.Ngo.select().count(), m.AuditEvent.select().count())

    # «لغو» pressed while the rows are being written (deterministically: from the progress
    # report that follows the first INSERT batch, in the import's own thread)
    real = importer.import_ngos
    inserted_when_cancelled: list[int] = []

    def cancelling(ctx, table, *, progress, cancelled, dry_run, **kw):  # noqa: ANN001, ANN003, ANN202
        job = progress.__self__

        def spy(done: int, total: int) -> None:
            progress(done, total)
            if done > len(table.rows) and not job.cancelled():
                inserted_when_cancelled.append(m.Ngo.select().count())  # inside the transaction
                job.cancel()

        return real(ctx, table, progress=spy, cancelled=cancelled, dry_run=dry_run, **kw)

    monkeypatch.setattr(importer, "import_ngos", cancelling)
    dialog.run_import()
    wait_done(qtbot, dialog)
    assert inserted_when_cancelled == [before[0] + 3]  # the rows were written, then …
    assert (m.Ngo.select().count(), m.AuditEvent.select().count()) == before  # … rolled back
    assert dialog.message.text() == texts.IMPORT_CANCELLED
    assert dialog.import_button.isEnabled()  # the person may still import

    monkeypatch.setattr(importer, "import_ngos", real)
    dialog.run_import()
    wait_done(qtbot, dialog)
    assert m.Ngo.select().count() == before[0] + 3


def test_closing_while_running_cancels_and_waits(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_xlsx(tmp_path / "many.xlsx", [row(n) for n in range(1, 301)])
    dialog = dialog_for(qtbot, session, path)
    dialog.set_column("members", "نفرات")
    dialog.dry_run()
    wait_done(qtbot, dialog)
    before = m.Ngo.select().count()
    job = dialog.run_import()
    dialog.reject()  # the window's close button while the rows are written
    assert dialog.isVisible() or job.isFinished()  # it waits for the thread, never kills it
    qtbot.wait_until(lambda: not dialog.isVisible(), timeout=30_000)
    assert not dialog.running()
    # either the cancel came in time (nothing kept) or the import had committed (all kept)
    assert m.Ngo.select().count() in (before, before + 300)


def test_a_file_changed_after_the_dry_run_is_not_imported(
    qtbot,  # noqa: ANN001
    session: Session,
    sheet: Path,
) -> None:
    dialog = dialog_for(qtbot, session, sheet)
    dialog.set_column("members", "نفرات")
    dialog.skip_box.setChecked(True)
    dialog.dry_run()
    wait_done(qtbot, dialog)
    before = m.Ngo.select().count()
    write_xlsx(sheet, [row(9)])
    dialog.run_import()
    wait_done(qtbot, dialog)
    assert dialog.message.text() == texts.IMPORT_FILE_CHANGED
    assert m.Ngo.select().count() == before and not dialog.import_button.isEnabled()


def test_unreadable_file_is_refused_in_persian(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    dialog = ImportDialog(session)
    qtbot.add_widget(dialog)
    assert not dialog.load_file(old)
    assert "xlsx" in dialog.message.text() and "قدیمی" in dialog.message.text()
    assert not dialog.check_button.isEnabled()


def test_the_template_is_saved_and_then_read_back(
    qtbot,  # noqa: ANN001
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«نمونهٔ پرونده…» saves the template where the person says (adding .xlsx), and the dialog
    maps every one of its columns by itself."""
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "نمونه"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    dialog = ImportDialog(session)
    qtbot.add_widget(dialog)
    saved = dialog.save_template()
    assert saved == tmp_path / "نمونه.xlsx" and saved.is_file()
    assert dialog.message.property("kind") == "ok" and "نمونه.xlsx" in dialog.message.text()
    assert dialog.load_file(saved)
    assert sorted(dialog.columns.guessed.values()) == sorted(importer.FIELDS)

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "t.xlsx"), "")
    )
    assert dialog.save_template() is None
    assert texts.IMPORT_TEMPLATE_FAILED.split("{")[0] in dialog.message.text()


def test_only_the_service_desk_sees_the_import_button(window: MainWindow) -> None:
    page = window.switch_to("ngos")
    assert page.import_button.isVisible()  # desk, the role `import_ngos` allows
    dialog = page.import_file()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.close()
    for username in ("admin", "district", "finance"):
        sign_in(window, username)
        assert page.import_button.isHidden()
        assert page.import_file() is None
    sign_in(window, "desk")
    assert not page.import_button.isHidden()


def test_ngo_list_shows_the_imported_ngos(qtbot, window: MainWindow, sheet: Path) -> None:  # noqa: ANN001
    page = window.switch_to("ngos")
    shown_before = page.model.total()
    dialog = page.import_file()
    dialog.load_file(sheet)
    dialog.set_column("members", "نفرات")
    dialog.skip_box.setChecked(True)
    dialog.dry_run()
    wait_done(qtbot, dialog)
    dialog.run_import()
    wait_done(qtbot, dialog)
    assert page.model.total() == shown_before + 3
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
