"""A first start on an empty database (no semansara yet) opens the guided set-up for the
administrator: HQ's details, the first semansara with its rooms, the first users, each step
through the workflow's actions, a refusal keeping the person on the step; Help opens the manual
or says where it belongs; About shows the version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.db import models as m
from app.db.database import close_database, db, open_database
from app.ui import help_menu, texts
from app.ui.main_window import MainWindow
from app.ui.session import Session
from app.ui.setup_wizard import SetupWizard, offer_setup
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from app.workflow.passwords import check_password
from app.workflow.read.window import needs_setup
from tests.ui.test_bookings import add_house

PASSWORD = "office words 1405"


@pytest.fixture
def empty(tmp_path: Path, clock: FixedClock) -> Iterator[Session]:
    """A new office's database: the administrator and the starter accounts, turned off."""
    database = open_database(str(tmp_path / "new.sqlite"))
    initialise(database, clock.now(), starter_users=True)
    admin = m.User.get(m.User.username == "admin")
    yield Session(db.obj, str(tmp_path / "new.sqlite"), clock, admin)
    close_database()


@pytest.fixture
def wizard(qtbot, empty: Session) -> SetupWizard:  # noqa: ANN001
    opened = offer_setup(empty)
    assert isinstance(opened, SetupWizard)
    qtbot.add_widget(opened)
    return opened


def test_only_the_administrator_on_an_empty_database_is_offered_the_set_up(
    empty: Session, clock: FixedClock
) -> None:
    assert needs_setup()
    desk = Session(empty.database, empty.url, clock, m.User.get(m.User.username == "desk"))
    assert offer_setup(desk) is None
    add_house(clock)
    assert not needs_setup() and offer_setup(empty) is None


def test_the_three_steps_go_through_the_workflow(qtbot, wizard: SetupWizard) -> None:  # noqa: ANN001
    hq = wizard.hq
    hq.full_name.setText("زهرا کریمی")
    hq.email.setText("not an address")
    wizard.next()
    assert wizard.currentPage() is hq  # refused: stays, says why, marks the field
    assert hq.message.isVisibleTo(hq) and hq.email.property("invalid") is True
    assert not wizard.grab().isNull()  # it paints
    hq.email.setText("admin@ngo-hq.ir")
    wizard.next()
    admin = m.User.get(m.User.username == "admin")
    assert (admin.full_name, admin.email) == ("زهرا کریمی", "admin@ngo-hq.ir")

    page = wizard.semansara
    assert wizard.currentPage() is page
    page.name.setText("")
    wizard.next()
    assert wizard.currentPage() is page and page.name.property("invalid") is True
    page.name.setText("سمن‌سرای مرکزی")
    page.counts["meeting_rooms"].setValue(2)
    assert not wizard.grab().isNull()  # it paints
    wizard.next()
    house = m.Semansara.get(m.Semansara.code == "S1")
    assert house.name == "سمن‌سرای مرکزی" and house.meeting_rooms == 2
    assert m.Room.select().where(m.Room.semansara == house).count() >= 3

    users = wizard.users
    assert wizard.currentPage() is users
    assert set(users.rows) == {"desk", "district", "empowerment", "finance"}
    name, password = users.rows["desk"]
    name.setText("علی رضایی")
    password.setText(PASSWORD)
    assert not wizard.grab().isNull()  # it paints
    assert users.validatePage()
    desk = m.User.get(m.User.username == "desk")
    assert desk.active and desk.full_name == "علی رضایی" and desk.must_change_password
    assert check_password(desk.password_hash, PASSWORD)  # changed at the first sign-in
    assert not m.User.get(m.User.username == "finance").active  # left empty: waits


def test_a_weak_one_time_password_is_refused(wizard: SetupWizard) -> None:
    wizard.hq.full_name.setText("مدیر")
    wizard.next()
    wizard.semansara.name.setText("سمن‌سرای مرکزی")
    wizard.next()
    _, password = wizard.users.rows["district"]
    password.setText("12345678")
    assert not wizard.users.validatePage()
    assert wizard.users.message.kind() == "error"
    assert not m.User.get(m.User.username == "district").active


def test_help_says_where_the_manual_belongs_when_it_is_missing(
    qtbot,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    box = help_menu.open_manual(None, tmp_path / "docs" / "manual" / "index.md")
    assert isinstance(box, QMessageBox)
    qtbot.add_widget(box)
    assert "راهنمای فارسی" in box.text() and "index.md" in box.text()


def test_help_and_about_are_in_the_window(window: MainWindow) -> None:
    actions = {a.objectName(): a for a in window.menuBar().actions()[-1].menu().actions()}
    assert actions["actionManual"].text() == texts.ACTION_MANUAL
    box = window.show_about()
    assert f"نسخهٔ {help_menu.version()}" in box.text() and help_menu.version()
    box.close()
