"""The window's database thread: calls run there and come back unchanged, the person's input
is held back while the window waits, the busy bar shows only after a while, and a lost link
shows the banner, is tried again under the same call id and resumes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import peewee as pw
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.db import models as m
from app.db.database import db
from app.ui import database_thread, texts
from app.ui.database_thread import BUSY_AFTER_MS, DatabaseThread, backoff
from app.ui.main_window import MainWindow
from app.ui.pages.settings import TAB_KEYS
from app.ui.reads import ngos
from app.ui.session import Session
from app.workflow import errors
from app.workflow.api import WorkflowError
from tests.factories import people
from tests.office.faults import lose_commit_acknowledgments
from tests.ui.conftest import sign_in


def later(qtbot, call: Callable[[], Any]) -> list[Any]:  # noqa: ANN001
    """Make `call` from the event loop (as a click would) and wait until it returns; what it
    returned or raised, in a list."""
    outcome: list[Any] = []

    def make() -> None:
        try:
            outcome.append(call())
        except Exception as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    QTimer.singleShot(0, make)
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    return outcome


def ngo_args(name: str, licence_no: str) -> dict[str, Any]:
    return {
        "name": name,
        "licence_issuer": "وزارت کشور",
        "licence_no": licence_no,
        "licence_expires": "1408/01/01",
        "founded": "1400/01/01",
        "members": 30,
        **people(),
    }


def test_a_call_runs_on_the_thread_and_its_answer_comes_back(session: Session) -> None:
    where: list[int] = []

    def work(a: int, *, b: int) -> tuple[int, int]:
        where.append(threading.get_ident())
        return a, b

    assert session.call(work, 1, b=2) == (1, 2)
    assert where and where[0] != threading.get_ident()
    assert session.database_thread.running()


def test_a_refusal_comes_back_unchanged(session: Session) -> None:
    with pytest.raises(WorkflowError) as refused:
        session.run("register_ngo", **ngo_args("", "A-1"))
    assert refused.value.code == errors.INVALID_INPUT
    assert refused.value.field == "name"


class SqlThreads(list):
    """The threads that run SQL on the open database inside the block."""

    def __enter__(self) -> SqlThreads:
        real = db.obj.execute_sql

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.append(threading.get_ident())
            return real(*args, **kwargs)

        db.obj.execute_sql = counted
        return self

    def __exit__(self, *_exc: object) -> None:
        del db.obj.execute_sql


def test_reads_and_actions_run_off_the_interface_thread(window: MainWindow) -> None:
    """No SQL on the interface's thread while the window shows pages and acts."""
    with SqlThreads() as threads:
        for key in ("ngos", "semansaras", "requests", "bookings", "contracts", "notes", "reports"):
            window.switch_to(key)
        code = window.session.run("register_ngo", **ngo_args("انجمن نو", "A-9"))["code"]
        found = ngos.ngo(code, who=window.session.user)
    assert found is not None and found.name == "انجمن نو"
    assert len(threads) > 20  # the pages did read
    assert threading.get_ident() not in threads


def test_the_settings_read_off_the_interface_thread(window: MainWindow) -> None:
    sign_in(window, "admin")
    page = window.switch_to("settings")
    with SqlThreads() as threads:
        for key in TAB_KEYS:
            page.show_tab(key)
        window.switch_to("home")
    assert threads and threading.get_ident() not in threads


def test_input_is_held_back_while_the_window_waits(qtbot, session: Session) -> None:  # noqa: ANN001
    button, field = QPushButton("؟"), QLineEdit()
    for widget in (button, field):
        qtbot.add_widget(widget)
        widget.show()
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    answered = threading.Event()
    seen: dict[str, Any] = {}

    def person() -> None:  # the person clicks and types while the call waits
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(field, "abc")
        seen["clicks"], seen["text"] = len(clicks), field.text()
        answered.set()

    def work() -> str:
        answered.wait(10)
        return "done"

    def ask() -> str:
        QTimer.singleShot(0, person)  # comes while the call waits
        return session.call(work)

    assert later(qtbot, ask) == ["done"]
    assert seen == {"clicks": 0, "text": ""}
    assert session.database_thread._gate.held > 0
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # and afterwards, as ever
    assert clicks == [True]


def test_shortcuts_wait_too(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    found: list[bool] = []
    window.find_action.triggered.connect(lambda: found.append(True))
    answered = threading.Event()
    seen: dict[str, Any] = {}

    def person() -> None:
        QTest.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        seen["found"] = len(found)
        answered.set()

    def ask() -> None:
        QTimer.singleShot(0, person)
        window.session.call(answered.wait, 10)

    later(qtbot, ask)
    assert seen == {"found": 0}
    QTest.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert found == [True]


def test_the_busy_bar_shows_only_after_a_while(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    thread = window.session.database_thread
    shown: list[bool] = []
    thread.busy.connect(shown.append)
    window.session.call(lambda: None)  # answered at once: nothing shown
    assert shown == [] and window.busy_bar.isHidden()

    release = threading.Event()
    visible: list[bool] = []
    thread.busy.connect(
        lambda on: on and (visible.append(window.busy_bar.isVisible()), release.set())
    )
    started = time.monotonic()
    waited: list[float] = []
    later(qtbot, lambda: window.session.call(release.wait, 10) and waited.append(time.monotonic()))
    assert shown == [True, False]
    assert visible == [True]
    assert waited[0] - started >= BUSY_AFTER_MS / 1000 * 0.95  # never before its time
    assert window.busy_bar.isHidden()


def test_backoff_doubles_up_to_half_a_minute() -> None:
    assert [backoff(n) for n in range(7)] == [1, 2, 4, 8, 16, 30, 30]


class Flaky:
    """A read that finds the link lost `times` times, then answers."""

    def __init__(self, times: int) -> None:
        self.left = times
        self.tries = 0

    def __call__(self) -> str:
        self.tries += 1
        if self.left:
            self.left -= 1
            raise pw.OperationalError("server closed the connection unexpectedly")
        return "answer"


def test_a_lost_link_shows_the_banner_and_the_call_resumes(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    thread, banner = window.session.database_thread, window.connection_banner
    shown: list[tuple[int, bool, str]] = []

    def lost(seconds: int) -> None:
        shown.append((seconds, banner.isVisible(), banner.text.text()))
        QTimer.singleShot(0, banner.retry_button.click)  # «تلاش اکنون», through the gate

    thread.lost.connect(lost)
    flaky = Flaky(2)
    assert later(qtbot, lambda: window.session.call(flaky)) == ["answer"]
    assert flaky.tries == 3
    assert [(s, v) for s, v, _ in shown] == [(1, True), (2, True)]
    assert shown[0][2] == texts.CONNECTION_LOST.format(seconds="۱")
    assert banner.isHidden()


def test_giving_up_hands_the_caller_its_error(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    thread, banner = window.session.database_thread, window.connection_banner
    thread.lost.connect(lambda _s: QTimer.singleShot(0, banner.give_up_button.click))
    outcome = later(qtbot, lambda: window.session.call(Flaky(5)))
    assert isinstance(outcome[0], pw.OperationalError)
    assert banner.isHidden()


def test_an_action_tried_again_after_a_lost_commit_is_done_once(
    qtbot,  # noqa: ANN001
    window: MainWindow,
) -> None:
    """The commit reached the database, its acknowledgment did not, twice (the workflow's own
    reconnection loses it too): the window tries again under the same call id and gets the
    first answer; one NGO, not two."""
    thread = window.session.database_thread
    lost_links: list[int] = []
    thread.lost.connect(lambda s: (lost_links.append(s), QTimer.singleShot(0, thread.retry_now)))
    before = m.Ngo.select().count()
    lost = lose_commit_acknowledgments(db.obj, {1, 2})
    try:
        outcome = later(
            qtbot, lambda: window.session.run("register_ngo", **ngo_args("انجمن یک‌بار", "A-7"))
        )
    finally:
        del db.obj.commit
    assert lost == [1, 2] and lost_links == [1]
    assert isinstance(outcome[0], dict), outcome
    assert m.Ngo.select().count() == before + 1
    assert m.Ngo.get(m.Ngo.code == outcome[0]["code"]).name == "انجمن یک‌بار"


def test_the_window_closing_ends_its_thread(qtbot, session: Session) -> None:  # noqa: ANN001
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.show()
    assert session.database_thread.running()
    window.close()
    assert not session.database_thread.running()


def test_calls_run_where_they_are_made_on_an_in_memory_database() -> None:
    """It cannot be opened a second time (tests only)."""
    thread = DatabaseThread()
    opened = db.obj
    db.initialize(pw.SqliteDatabase(":memory:"))
    try:
        assert thread.call(threading.get_ident) == threading.get_ident()
        assert not thread.running()
    finally:
        db.initialize(opened)
        database_thread.forget(thread)


def test_outside_the_interface_thread_calls_run_where_they_are_made(session: Session) -> None:
    where: list[int] = []
    other = threading.Thread(target=lambda: where.append(session.call(threading.get_ident)))
    other.start()
    other.join()
    assert where == [other.ident]
