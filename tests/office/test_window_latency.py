"""The window never waits on the database: on PostgreSQL behind a link that adds 500 ms to
every chunk each way, the interface's event loop never stalls for 100 ms while the pages load
and an action runs, and the interface's thread runs no SQL; a server that is away or still
starting up shows the banner, and the window carries on when it answers again."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QTimer

from app.db import models as m
from app.db.database import close_database, db, open_database
from app.ui import database_thread
from app.ui.main_window import MainWindow
from app.ui.session import Session
from app.workflow import jalali
from app.workflow.clock import FixedClock
from tests.factories import people
from tests.office.delay_proxy import DelayProxy
from tests.office.slow_window import NOW, measure, office_database, run_steps
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

NGO = {
    "name": "انجمن دور از سرور",
    "licence_issuer": "وزارت کشور",
    "licence_no": "AWAY-1",
    "licence_expires": "1408/01/01",
    "founded": "1400/01/01",
    "members": 30,
    **people(),
}


@pytest.fixture(scope="module")
def office() -> str:
    with office_database() as url:
        yield url


@pytest.fixture(scope="module", autouse=True)
def _application(qapp):  # noqa: ANN001, ANN202
    from app.ui.app import setup_application

    setup_application(qapp)
    yield
    database_thread.stop_all()


def test_the_window_never_stalls_behind_a_slow_link(office: str) -> None:
    """The pages are built first with a quick link (building a page's widgets the first time
    is the window's own work, `first_visit_stall`), then visited again and an NGO registered
    with 500 ms added each way."""
    with DelayProxy(delay=0.5) as proxy:
        figures = measure(office, proxy)
    assert figures.gui_sql == 0
    assert figures.worker_sql > 20  # the pages did read, on the window's database thread
    assert figures.seconds > 5  # the link was slow indeed: the window waited, not froze
    assert figures.longest_stall < 0.1, figures.stalls


def window_through(qtbot, proxy: DelayProxy, office: str) -> MainWindow:  # noqa: ANN001
    """The desk's main window, shown, on `office` through `proxy`."""
    open_database(proxy.url(office))
    clock = FixedClock(jalali.parse_datetime(NOW))
    window = MainWindow(Session(db.obj, office, clock, m.User.get(username="desk")))
    qtbot.add_widget(window)
    window.show()
    return window


def test_a_server_starting_up_shows_the_banner_and_the_window_carries_on(
    qtbot,  # noqa: ANN001
    office: str,
) -> None:
    with DelayProxy(delay=0.0) as proxy:
        window = window_through(qtbot, proxy, office)
        window.switch_to("ngos")
        thread, banner = window.session.database_thread, window.connection_banner
        shown: list[tuple[int, bool]] = []

        def lost(seconds: int) -> None:
            shown.append((seconds, banner.isVisible()))
            if len(shown) == 2:
                proxy.forward()  # the server is up again
            QTimer.singleShot(0, banner.retry_button.click)

        thread.lost.connect(lost)
        proxy.starting_up()  # open links cut; new ones told "starting up"
        counted: list[int] = []
        try:
            run_steps([lambda: counted.append(window.session.call(m.User.select().count))])
        finally:
            close_database()
        assert shown == [(1, True), (2, True)]  # cut, then starting up, then answered
        assert banner.isHidden()
        with psycopg.connect(office) as conn:
            assert counted == [conn.execute('SELECT count(*) FROM "user"').fetchone()[0]]
        window.close()
        assert not thread.running()


def test_a_server_that_is_away_when_an_action_runs_gives_its_refusal(
    qtbot,  # noqa: ANN001
    office: str,
) -> None:
    """«لغو» on the banner: the action's caller gets the refusal it would have had, not a
    traceback."""
    from app.workflow.api import WorkflowError
    from app.workflow.errors import DB_UNAVAILABLE

    with DelayProxy(delay=0.0) as proxy:
        window = window_through(qtbot, proxy, office)
        banner = window.connection_banner
        window.session.database_thread.lost.connect(
            lambda _s: QTimer.singleShot(0, banner.give_up_button.click)
        )
        proxy.starting_up()
        refused: list[WorkflowError] = []

        def act() -> None:
            try:
                window.session.run("register_ngo", **NGO)
            except WorkflowError as err:
                refused.append(err)

        try:
            run_steps([act], timeout=60)
        finally:
            close_database()
        assert [err.code for err in refused] == [DB_UNAVAILABLE]
        assert banner.isHidden()
        with psycopg.connect(office) as conn:  # and nothing was saved
            assert conn.execute(
                "SELECT count(*) FROM ngo WHERE name = %s", (NGO["name"],)
            ).fetchone() == (0,)
        window.close()
