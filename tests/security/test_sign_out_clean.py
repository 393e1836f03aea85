"""Sign-out leaves nothing behind: the next person starts with no selection, filter, search
text, status message, open form or error panel of the last one. Two screenshots, offscreen,
before the sign-out and after the next sign-in (saved for a person to look at)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from app.db import models as m  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.workflow.api import Context, run  # noqa: E402
from tests.ui.conftest import (  # noqa: E402, F401 - the window's fixtures
    OFFSCREEN_NOISE,
    clock,
    db_url,
    register,
    session,
    templates,
    ui_application,
    ui_db,
    user,
    window,
)

PASSWORD = "the next desk 1405"

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _shot(main: MainWindow, path: Path) -> QImage:
    assert main.grab().save(str(path))
    return QImage(str(path))


def test_the_next_person_starts_clean(qtbot, window: MainWindow, clock, tmp_path: Path) -> None:  # noqa: ANN001, F811
    first = register(clock, "انجمن نخست", "L-100")
    register(clock, "انجمن دوم", "L-200")
    run(
        Context(user("admin"), clock),
        "set_password",
        username="district",
        password=PASSWORD,
        one_time=False,
    )
    page = window.switch_to("ngos")
    page.search.setText("نخست")
    page.apply_search()
    assert page.model.rowCount() == 1
    assert page.show_record("ngo", first) and page.selected_code() == first
    form = page.new_item()  # a form left open, with a refusal shown in it
    form.submit()
    assert form.isVisible() and form.message.isVisible()
    window.statusBar().showMessage("پیام کاربر پیشین")
    before = _shot(window, tmp_path / "1-desk-before-sign-out.png")

    box = window.sign_out()  # deletes itself once signed in (the window reads meanwhile)
    qtbot.keyClicks(box.username, "district")
    box.password.insert(PASSWORD)
    qtbot.keyClick(box.password, Qt.Key.Key_Return)
    assert window.isVisible() and window.session.user.username == "district"
    fresh = window.switch_to("ngos")
    after = _shot(window, tmp_path / "2-district-after-sign-in.png")

    assert fresh is not page  # a new page, built for the new person
    assert fresh.search.text() == "" and fresh.selected_code() is None
    assert fresh.model.rowCount() == 2  # no filter left from the last one
    assert fresh.dialog is None and not window.findChildren(type(form))
    assert window.statusBar().currentMessage() == ""
    assert not before.isNull() and not after.isNull() and before != after
    assert m.User.get(m.User.username == "district").failed_logins == 0
