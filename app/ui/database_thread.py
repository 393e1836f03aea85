"""The window never waits on the database: every read and write it makes runs on one thread of
its own, with its own connection (peewee keeps one per thread), while the interface's thread
goes on painting.

The interface's callers stay synchronous: `DatabaseThread.call(fn, *args)` hands the call to
the thread and waits for its answer in a local event loop, so that painting, timers and the
connection banner keep going, while the person's input (mouse, keyboard, wheel, closing a
window) is held back so that nothing starts a second time half-way through the first. After
`BUSY_AFTER_MS` of waiting the cursor says so and `busy(True)` is emitted. The answer, or the
very exception raised (a `WorkflowError` stays one), comes back to the caller.

When the link to the server is lost (or the server is still starting up), `lost(seconds)` is
emitted and the same call is made again after 1, 2, 4 … `MAX_BACKOFF` seconds, or at once on
`retry_now()`; `restored()` when it answers again; `give_up()` hands the caller the error it
would have had. An action is made again with the same call id (`Session.run`), so that a commit
that reached the server before the link broke is not made twice.

An in-memory SQLite database cannot be opened a second time: there (tests only) and outside
the interface's thread, calls run where they are made.
"""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.workflow import errors
from app.workflow.lifecycle import (
    DATABASE_ERRORS,
    connection_lost,
    drop_thread_connection,
    in_use,
    shared_only,
    thread_connect,
    thread_connected,
)

BUSY_AFTER_MS = 300
MAX_BACKOFF = 30  # seconds between two tries, at most

# What a person does that is held back while the window waits on the database.
HELD_BACK = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)
SHORTCUTS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut})


def backoff(attempt: int) -> int:
    """Seconds before try number `attempt` + 1 (0: the first retry): 1, 2, 4 … `MAX_BACKOFF`."""
    return min(MAX_BACKOFF, 2 ** min(attempt, 5))


def link_lost(exc: BaseException) -> bool:
    """Whether `exc` says the server cannot be reached now (worth trying again), rather than
    that it refused the call."""
    if isinstance(exc, errors.WorkflowError):
        return exc.code == errors.DB_UNAVAILABLE and not in_use(exc.__cause__)
    return isinstance(exc, DATABASE_ERRORS) and connection_lost(exc)


class _Call:
    """One call handed to the thread, and what became of it."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.unreachable = False  # the connection itself could not be opened


class _Mailbox(QObject):
    """Lives in the interface's thread: the worker's `answered` arrives there, queued."""

    answered = Signal(object)


class _InputGate(QObject):
    """Holds back the person's input while the window waits, except on the widgets that must
    stay usable then (the connection banner's buttons)."""

    def __init__(self, allowed: Callable[[QObject], bool]) -> None:
        super().__init__()
        self._allowed = allowed
        self.held = 0  # events held back so far

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in SHORTCUTS:  # whatever receives them (an action): no shortcut fires
            hold = not self._allowed(watched)
        elif kind == QEvent.Type.Close:  # the window system's close button, not the program's
            hold = event.spontaneous() and not self._allowed(watched)
        elif kind in HELD_BACK:
            # A window passes input on to its widgets: held back there, where the banner's
            # buttons can be told apart.
            hold = watched.isWidgetType() and not self._allowed(watched)
        else:
            return False
        if hold:
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # "the widget takes the key": the shortcut map lets it be
            elif kind == QEvent.Type.Close:
                event.ignore()  # the window stays open
            self.held += 1
        return hold


class DatabaseThread(QObject):
    """One thread, one connection, for one window's calls (see the module's note).

    Signals:
        busy(bool): the window has waited `BUSY_AFTER_MS` on a call (True), or no longer (False).
        lost(int seconds): the link is lost; the next try in `seconds`.
        restored(): the server answers again.
    """

    busy = Signal(bool)
    lost = Signal(int)
    restored = Signal()

    def __init__(self, parent: QObject | None = None, *, retries: bool = True) -> None:
        super().__init__(parent)
        # False before the window exists: no banner to say so, a lost link is the caller's to
        # tell at once (the sign-in form says it), not tried again unseen.
        self.retries = retries
        self._queue: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._mailbox = _Mailbox()
        self._mailbox.answered.connect(self._answered, Qt.ConnectionType.QueuedConnection)
        self._loops: dict[int, QEventLoop] = {}
        self._gate = _InputGate(self._may_receive)
        self._open_gates: list[QWidget] = []  # widgets usable while waiting
        self._waiting = 0  # nested waits in progress
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._is_busy = False
        self._retry_loop: QEventLoop | None = None
        self._gave_up = False
        self._is_lost = False

    # --- the interface's side ---------------------------------------------------------------------

    def allow_input(self, widget: QWidget) -> None:
        """Let `widget` (and what it holds) take input while the window waits."""
        self._open_gates.append(widget)

    def inline(self) -> bool:
        """Whether calls run where they are made (see the module's note)."""
        app = QCoreApplication.instance()
        return (
            app is None
            or QThread.currentThread() is not app.thread()
            or threading.current_thread() is self._thread
            or shared_only()
        )

    def call(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """`fn(*args, **kwargs)` on the thread; its result, or its exception raised here."""
        if self.inline():
            return fn(*args, **kwargs)
        attempt = 0
        while True:
            job = self._run(fn, args, kwargs)
            if job.error is None:
                if self._is_lost:
                    self._is_lost = False
                    self.restored.emit()
                return job.result
            lost = job.unreachable or link_lost(job.error)
            if not (lost and self.retries) or not self._wait_to_retry(attempt):
                raise job.error
            attempt += 1

    def retry_now(self) -> None:
        """Try the waiting call again now (the banner's «تلاش اکنون»)."""
        if self._retry_loop is not None:
            self._retry_loop.quit()

    def give_up(self) -> None:
        """Stop trying: the waiting call gets the error it had (the banner's «لغو»)."""
        self._gave_up = True
        self.retry_now()

    def stop(self) -> None:
        """End the thread, its connection closed (the window closes)."""
        thread, self._thread = self._thread, None
        _started.discard(self)
        if thread is not None:
            self._queue.put(None)
            thread.join()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- waiting ------------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the thread and open its connection now, without waiting: the window is
        built meanwhile, and its first read finds the connection open."""
        if not self.inline():
            self._start()
            self._queue.put(_Call(_nothing, (), {}))

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="database", daemon=True)
            self._thread.start()
            _started.add(self)
            make_current(self)

    def _run(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> _Call:
        self._start()
        job = _Call(fn, args, kwargs)
        self._enter()
        try:
            loop = QEventLoop()
            self._loops[id(job)] = loop
            self._queue.put(job)
            if not job.done.is_set():
                loop.exec()
            job.done.wait()  # answered: its signal may have reached another loop first
        finally:
            self._loops.pop(id(job), None)
            self._leave()
        return job

    def _answered(self, job: _Call) -> None:
        loop = self._loops.get(id(job))
        if loop is not None:
            loop.quit()

    def _wait_to_retry(self, attempt: int) -> bool:
        """Wait `backoff(attempt)` seconds (or until `retry_now`); False when given up."""
        seconds = backoff(attempt)
        self._is_lost = True
        self._gave_up = False
        self.lost.emit(seconds)
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(seconds * 1000)
        outer, self._retry_loop = self._retry_loop, loop
        self._enter()
        try:
            loop.exec()
        finally:
            timer.stop()
            self._retry_loop = outer
            self._leave()
        if self._gave_up:
            self._is_lost = False
            self.restored.emit()  # the banner goes: nobody waits any more
        return not self._gave_up

    def _enter(self) -> None:
        self._waiting += 1
        if self._waiting == 1:
            QCoreApplication.instance().installEventFilter(self._gate)
            self._busy_timer.start()

    def _leave(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            QCoreApplication.instance().removeEventFilter(self._gate)
            self._busy_timer.stop()
            if self._is_busy:
                self._is_busy = False
                QGuiApplication.restoreOverrideCursor()
                self.busy.emit(False)

    def _show_busy(self) -> None:
        if self._waiting and not self._is_busy:
            self._is_busy = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.busy.emit(True)

    def _may_receive(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and any(
            gate is watched or gate.isAncestorOf(watched)
            for gate in self._open_gates
            if _alive(gate)
        )

    # --- the thread's side ----------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                self._do(job)
        finally:
            drop_thread_connection()

    def _do(self, job: _Call) -> None:
        try:
            thread_connect()
        except DATABASE_ERRORS as exc:
            job.error, job.unreachable = exc, True
        else:
            try:
                job.result = job.fn(*job.args, **job.kwargs)
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller
                job.error = exc
                # A read whose reconnection failed (the server away, or starting up) leaves
                # the thread without a connection.
                job.unreachable = isinstance(exc, DATABASE_ERRORS) and not thread_connected()
                if job.unreachable or link_lost(exc):
                    drop_thread_connection()  # the next try opens a new one
        job.done.set()
        self._mailbox.answered.emit(job)


def _nothing() -> None:
    """A call that only opens the thread's connection (`warm_up`)."""


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # its C++ side is gone
        return False
    return True


# --- the current window's thread ----------------------------------------------------------------

_current: list[DatabaseThread] = []
_started: weakref.WeakSet[DatabaseThread] = weakref.WeakSet()


def current() -> DatabaseThread | None:
    """The thread of the window made last (`Session`), or None: calls run where they are made."""
    return _current[-1] if _current else None


def make_current(thread: DatabaseThread) -> None:
    if thread in _current:
        _current.remove(thread)
    _current.append(thread)


def forget(thread: DatabaseThread) -> None:
    """`thread` is stopped and no longer the window's."""
    if thread in _current:
        _current.remove(thread)
    thread.stop()


def stop_all() -> None:
    """Stop every database thread still running, none current (tests, between windows)."""
    for thread in list(_started):
        thread.stop()
    _current.clear()


def call(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` on the current window's database thread (or here, when none)."""
    thread = current()
    if thread is None:
        return fn(*args, **kwargs)
    return thread.call(fn, *args, **kwargs)
