"""Start-up: direction, locale and font set once; the database opened or the person asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.db import models as m
from app.db.database import close_database
from app.db.migrations import SchemaTooNew
from app.ui import app as ui_app
from app.ui import texts


def test_application_is_persian_and_right_to_left(qapp) -> None:  # noqa: ANN001
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Persian
    assert QLocale().toString(1405) == "۱٬۴۰۵"
    assert qapp.font().family().startswith("Vazirmatn")
    assert ui_app._translators, "Qt's own qtbase_fa translator is installed and kept"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "انصراف"


def test_resources_are_found() -> None:
    folder = ui_app.resources_dir()
    assert (folder / "fonts" / "Vazirmatn-Regular.ttf").is_file()
    assert (folder / "style.qss").is_file()


def test_database_that_will_not_open_asks_and_opens_the_chosen_file(tmp_path: Path) -> None:
    broken = tmp_path / "a-folder.sqlite"
    broken.mkdir()  # a folder is no SQLite file: "unable to open database file"
    chosen = tmp_path / "other.sqlite"
    asked: list[tuple[str, str]] = []

    def ask(url: str, exc: BaseException) -> tuple[str, str | None]:
        asked.append((url, ui_app.problem_text(url, exc)))
        return (ui_app.RETRY, None) if len(asked) == 1 else (ui_app.CHOOSE, str(chosen))

    try:
        opened = ui_app.open_with_recovery(str(broken), ask)
        assert opened is not None
        _database, url = opened
        assert url == str(chosen)
        assert m.User.select().where(m.User.username == "admin").exists()
    finally:
        close_database()
    assert [url for url, _ in asked] == [str(broken), str(broken)]
    assert asked[0][1] == texts.DB_UNREADABLE


def test_R3_6_start_up_applies_what_fell_due(tmp_path: Path) -> None:
    """The GUI opens the database at its clock and first ends a contract past its last day."""
    from app.db.database import open_database
    from app.workflow import jalali
    from app.workflow.bootstrap import initialise
    from app.workflow.clock import FixedClock
    from tests.factories import World

    path = str(tmp_path / "office.sqlite")
    clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    try:
        initialise(open_database(path), clock.now(), starter_users=False)
        world = World(clock)
        world.ngo("N1")
        world.contract("R1", "N1", "C1")  # last day 1405/07/09
    finally:
        close_database()
    clock.set(jalali.parse_datetime("1405/07/10 07:30"))
    try:
        ui_app.open_and_initialise(path, clock)
        lease = m.Contract.get(m.Contract.ref == "C1")
        assert (lease.state, lease.ended_at) == ("ended", jalali.parse_datetime("1405/07/10 00:00"))
    finally:
        close_database()


def test_choosing_to_leave_returns_none(tmp_path: Path) -> None:
    def leave(url: str, exc: BaseException) -> tuple[str, str | None]:
        return ui_app.EXIT, None

    assert ui_app.open_with_recovery(str(tmp_path), leave) is None


def test_problem_texts_are_persian_without_traceback() -> None:
    unreachable = ui_app.problem_text("postgresql://u:secret@10.0.0.9/x", OSError("refused"))
    assert unreachable == texts.DB_UNREACHABLE
    too_new = ui_app.problem_text("x.sqlite", SchemaTooNew("پایگاه داده با نسخهٔ تازه‌تری ..."))
    assert texts.DB_TOO_NEW in too_new


def test_screenshot_of_a_page(ui_db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "shots" / "ngos.png"
    assert ui_app.save_screenshot(ui_db, "ngos", out) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == ui_app.WINDOW_SIZE
    assert str(out) in capsys.readouterr().out


def test_screenshot_of_an_unknown_page_lists_the_pages(ui_db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert ui_app.save_screenshot(ui_db, "nowhere", tmp_path / "x.png") == 2
    said = capsys.readouterr().out
    assert "«nowhere»" in said and "semansaras" in said
    assert not (tmp_path / "x.png").exists()


def test_database_problem_box_offers_retry_other_file_and_exit(qtbot) -> None:  # noqa: ANN001
    box = ui_app.database_problem_box(
        "postgresql://office:secret@db.office.local/semansara", OSError("timeout")
    )
    qtbot.add_widget(box)
    assert {button.text() for button in box.buttons()} == {
        "تلاش دوباره",
        "انتخاب پایگاه دادهٔ دیگر",
        "خروج",
    }
    assert "db.office.local" in box.text() and "secret" not in box.text()
    assert box.informativeText() == texts.DB_UNREACHABLE
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
