"""UI tests: offscreen, on a database of their own with the starter users, at a fixed time
(1405/01/10 09:00, a Monday).

Each test's database is a copy of a template made once a session for each kind (an SQLite file
copied; a PostgreSQL database made `CREATE DATABASE … TEMPLATE`), not initialised again; and
the windows a test opened are deleted when it ends (closed, `deleteLater`, the deferred
deletions delivered), so that widgets do not pile up from test to test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.db import models as m  # noqa: E402
from app.db.database import close_database, db, open_database  # noqa: E402
from app.ui import database_thread  # noqa: E402
from app.ui.app import setup_application  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.session import Session  # noqa: E402
from app.workflow import jalali  # noqa: E402
from app.workflow.api import Context, run  # noqa: E402
from app.workflow.bootstrap import initialise  # noqa: E402
from app.workflow.clock import FixedClock  # noqa: E402
from tests.conftest import PG_BASE  # noqa: E402
from tests.factories import due_today, enter_rates, people  # noqa: E402

NOW = "1405/01/10 09:00"

# What the offscreen platform cannot do (size hints, raising a window, grabbing the keyboard
# for a pop-up) it says as a warning; harmless here.
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item):  # noqa: ANN201
    item.windows_before = windows_now()  # type: ignore[attr-defined]
    return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # noqa: ANN201
    """The windows (and dialogs) the test opened are deleted before its fixtures end (the
    database is still open). A sign-out destroys the pages with the dialogs they opened:
    pytest-qt closes only the widgets registered with `qtbot.add_widget` that still exist."""
    before = getattr(item, "windows_before", None)
    if before is not None:
        delete_new_windows(before)
    database_thread.stop_all()  # a session without a window keeps its thread: ended here
    widgets = getattr(item, "qt_widgets", None)
    if widgets:
        item.qt_widgets = [
            (ref, close) for ref, close in widgets if ref() is None or shiboken6.isValid(ref())
        ]
    return (yield)


@pytest.fixture(scope="session", autouse=True)
def ui_application(qapp):  # noqa: ANN001, ANN201
    """Right-to-left, Persian locale, Vazirmatn: once, as the program does at start-up."""
    setup_application(qapp)
    return qapp


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(jalali.parse_datetime(NOW))


@pytest.fixture
def db_url(tmp_path) -> str:  # noqa: ANN001
    return str(tmp_path / "ui.sqlite")


def fill_template(url: str) -> None:
    """What every UI test starts from: one user per HQ role (admin, desk, district, …).

    The week the tests live in (1405/01/08 – 14) holds two official holidays, 12 and 13
    Farvardin; HQ declares them open (R-2.3) so that the week has days to book besides today."""
    clock = FixedClock(jalali.parse_datetime(NOW))
    database = open_database(url)
    try:
        initialise(database, clock.now(), starter_users=True)
        # The starter accounts wait, turned off, for the administrator's one-time passwords;
        # the pages' tests act as them without signing in (the dialog's tests give real ones).
        m.User.update(active=True).where(m.User.username != "admin").execute()
        for day in ("1405/01/12", "1405/01/13"):
            act(clock, "admin", "declare_day", date=day, kind="open", reason="روز کاری آزمون‌ها")
    finally:
        close_database()


class Templates:
    """The template databases of this session, each made when first asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sqlite: Path | None = None
        self.postgres: str | None = None  # the template database's name

    def sqlite_copy(self, path: str) -> None:
        if self.sqlite is None:
            template = self.folder / "template.sqlite"
            fill_template(str(template))  # closed: the WAL is checkpointed into the file
            self.sqlite = template
        shutil.copyfile(self.sqlite, path)
        os.chmod(path, 0o600)

    def postgres_database(self) -> Iterator[str]:
        """A new database made from the template (dropped after the test), as a URL."""
        server = PG_BASE.rsplit("/", 1)[0]
        if self.postgres is None:
            name = f"ui_template_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(PG_BASE, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE {name}")
            fill_template(f"{server}/{name}")
            self.postgres = name
        name = f"ui_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {self.postgres}")
        try:
            yield f"{server}/{name}"
        finally:
            with psycopg.connect(PG_BASE, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def drop(self) -> None:
        if self.postgres is not None:
            with psycopg.connect(PG_BASE, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {self.postgres} WITH (FORCE)")


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    made = Templates(tmp_path_factory.mktemp("ui_templates"))
    yield made
    made.drop()


def ui_database_url(kind: str, tmp_path: Path, templates: Templates) -> Iterator[str]:
    """For a module's own `db_url` on both kinds: an SQLite path, or a PostgreSQL database
    copied from the template."""
    if kind == "sqlite":
        yield str(tmp_path / "ui.sqlite")
    else:
        yield from templates.postgres_database()


@pytest.fixture
def ui_db(db_url: str, templates: Templates) -> Iterator[str]:
    """The template's copy at `db_url`, opened (an SQLite path is filled with a copy here; a
    PostgreSQL URL from `ui_database_url` is one already)."""
    if not db_url.startswith("postgresql://"):
        templates.sqlite_copy(db_url)
    open_database(db_url)
    yield db_url
    close_database()


def delete_new_windows(before: set[int]) -> None:
    """Close and delete every window without a parent that is not in `before` (their
    `shiboken6.getCppPointer` addresses), and deliver the deferred deletions now (outside an
    event loop `deleteLater` waits for ever)."""
    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None and _address(widget) not in before:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _address(widget: QWidget) -> int:
    return shiboken6.getCppPointer(widget)[0]


def windows_now() -> set[int]:
    return {_address(w) for w in QApplication.topLevelWidgets() if w.parent() is None}


def user(username: str) -> m.User:
    return m.User.get(m.User.username == username)


def act(clock: FixedClock, username: str, action: str, /, **args: Any) -> dict[str, Any]:
    """Set up data through the workflow, as `username`."""
    return run(Context(user(username), clock), action, **args)


def register(clock: FixedClock, name: str, licence_no: str, **extra: Any) -> str:
    args = {
        "name": name,
        "licence_issuer": "وزارت کشور",
        "licence_no": licence_no,
        "licence_expires": "1408/01/01",
        "founded": "1400/01/01",
        "members": 30,
        **people(),  # a contract names them
        **extra,
    }
    return act(clock, "desk", "register_ngo", **args)["code"]


def rates(clock: FixedClock) -> None:
    """Finance enters every missing year's inflation rate (R-6.4), as zero."""
    enter_rates(lambda action, **rate: act(clock, "finance", action, **rate), clock.today())


def sign(clock: FixedClock, ref: str, contract: str = "", **args: Any) -> dict[str, Any]:
    """Sign an invited request: finance has entered the rates (R-6.4), the note is worth the
    amount due."""
    today = clock.today()
    rates(clock)
    args.setdefault("note_serial", f"SF-{contract or ref}")
    if contract:
        args["contract"] = contract
    return act(clock, "district", "sign_contract", ref=ref, note_amount=due_today(today), **args)


def deliver_letters(clock: FixedClock, contract: str, *, to_manager: bool = True) -> None:
    """Finance takes the note (R-6.1), then the letters of چ (and ح) are delivered."""
    act(clock, "finance", "take_note_custody", contract=contract)
    act(clock, "district", "deliver_letter", contract=contract, to="representative")
    if to_manager:
        act(clock, "district", "deliver_letter", contract=contract, to="manager")


@pytest.fixture
def session(ui_db: str, clock: FixedClock) -> Session:
    return Session(db.obj, ui_db, clock, user("desk"))


@pytest.fixture
def window(qtbot, session: Session) -> MainWindow:  # noqa: ANN001
    win = MainWindow(session)
    qtbot.add_widget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.wait_exposed(win)
    return win


def sign_in(window: MainWindow, username: str) -> None:
    """Act as `username` from now on, as after signing in (no password asked here; the
    sign-in dialog itself is tested in test_sign_in.py)."""
    window.sign_in_as(user(username))
