"""The first start on a new database asks for the administrator's password (typed twice) and
makes the database with it; nothing is made when the person cancels; an existing database is
not asked again. Screenshots write nothing. Everyone changes their own password in Settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.db import models as m
from app.db.database import close_database, open_database
from app.ui import app as ui_app
from app.ui import texts
from app.ui.forms.settings_account import AccountTab, OwnPasswordDialog
from app.ui.main_window import MainWindow
from app.ui.sign_in import FirstStartDialog
from app.workflow import accounts, bootstrap
from app.workflow.clock import FixedClock
from app.workflow.passwords import check_password
from tests.ui.conftest import act

PASSWORD = "office words 1405"


def test_the_first_start_dialog_wants_a_good_password_twice(qtbot) -> None:  # noqa: ANN001
    dialog = FirstStartDialog("admin")
    qtbot.add_widget(dialog)
    dialog.open()
    dialog.password.setText("12345678")
    dialog.again.setText("12345678")
    assert not dialog.try_accept() and "رایج" in dialog.message.text()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "!")
    assert not dialog.try_accept() and dialog.message.text() == texts.SIGN_IN_NEW_DIFFER
    dialog.again.setText(PASSWORD)
    assert dialog.try_accept() and dialog.password_text == PASSWORD


def test_a_new_database_is_made_with_the_password_chosen(tmp_path: Path, clock: FixedClock) -> None:
    url = str(tmp_path / "new.sqlite")
    asked: list[bool] = []
    ui_app.open_and_initialise(url, clock, lambda: asked.append(True) or PASSWORD)
    try:
        assert asked == [True] and not bootstrap.needs_administrator()
        assert accounts.sign_in("admin", PASSWORD, clock).role == "admin"
        assert not m.User.get(m.User.username == "desk").active  # the rest wait
    finally:
        close_database()
    again: list[bool] = []
    ui_app.open_and_initialise(url, clock, lambda: again.append(True) or "x")
    close_database()
    assert again == []  # an existing database is not asked for a password


def test_cancelling_the_first_start_makes_nothing(tmp_path: Path, clock: FixedClock) -> None:
    url = str(tmp_path / "new.sqlite")
    try:
        ui_app.open_and_initialise(url, clock, lambda: None)
    except ui_app.FirstStartCancelled:
        pass
    else:
        raise AssertionError("the first start went on without a password")
    with sqlite3.connect(url) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_screenshot_writes_nothing(ui_db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    close_database()
    with sqlite3.connect(ui_db) as conn:
        before = conn.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0]
        conn.execute("DELETE FROM user WHERE username = 'finance'")  # a starter account missing
    assert ui_app.save_screenshot(ui_db, "home", tmp_path / "home.png") == 0
    with sqlite3.connect(ui_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0] == before
        assert not conn.execute("SELECT 1 FROM user WHERE username = 'finance'").fetchone()
    new = tmp_path / "new.sqlite"
    assert ui_app.save_screenshot(str(new), "home", tmp_path / "x.png") == 1
    assert "semansara init" in capsys.readouterr().out
    assert not (tmp_path / "x.png").exists()
    open_database(ui_db)  # for the fixture's own closing


def test_everyone_changes_their_own_password_in_settings(
    qtbot,
    window: MainWindow,  # noqa: ANN001
    clock: FixedClock,
) -> None:
    act(clock, "admin", "set_password", username="desk", password=PASSWORD, one_time=False)
    page = window.switch_to("settings")
    tab = page.show_tab("account")
    assert isinstance(tab, AccountTab) and "desk" in tab.who.text()
    dialog = tab.change_password()
    assert isinstance(dialog, OwnPasswordDialog)
    dialog.old.setText("not my password")
    dialog.password.setText("my brand new words")
    dialog.again.setText("my brand new words")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.marked_fields() == ["old_password"]
    dialog.old.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible() and tab.message.text() == texts.OWN_PASSWORD_SAVED
    desk = m.User.get(m.User.username == "desk")
    assert check_password(desk.password_hash, "my brand new words")
    assert not desk.must_change_password
