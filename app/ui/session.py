"""Who is acting, and the one door through which the interface changes anything.

`Session.run(action, **args)` calls the workflow action as the signed-in user and, when it
succeeds, tells every page what changed (Anki's `operation_did_execute`): a page refreshes only
what concerns it. A refusal is raised to the caller as `WorkflowError` unchanged, so that the
form that asked can show its Persian message beside the field at fault.

The action, and every read the window makes (`call`, `app.ui.reads`), runs on the session's
database thread (`app.ui.database_thread`): the window waits without freezing.

Signals:
    changed(str kind, str ref): the action changed the record `kind` (e.g. "ngo") `ref`.
    user_changed(): another person signed in (`set_user`).
    acted(str action, dict args, dict | None result): a call of `run` ended (None: refused).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ui import database_thread, i18n, local, texts
from app.workflow import errors
from app.workflow import messages as msg
from app.workflow.clock import Clock, SystemClock
from app.workflow.errors import WorkflowError
from app.workflow.lifecycle import Database, connection_parts, is_postgres_url
from app.workflow.machines import CHANGES
from app.workflow.read.accounts import Account
from app.workflow.service import Context, Result, check_role


def describe_database(url: str, *, full_path: bool = False) -> str:
    """The SQLite file (its name, or its whole path), or «PostgreSQL روی host», never a
    password."""
    if is_postgres_url(url):
        parts = connection_parts(url)
        host = "?" if parts is None else parts.get("host") or "localhost"  # "?": unreadable
        return texts.POSTGRES_ON.format(host=host)
    return url if full_path else Path(url).name


class Session(QObject):
    changed = Signal(str, str)
    user_changed = Signal()
    acted = Signal(str, object, object)  # action, its arguments, its result (None: refused)

    def __init__(
        self,
        database: Database,
        url: str,
        clock: Clock | None = None,
        user: Account | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.url = url
        self.clock = clock or SystemClock()
        self._user = user
        # The window's reads and writes run on this thread (`call`), never on the window's.
        # Not the session's child: it outlives the session's Qt side while calls still wait.
        self.database_thread = database_thread.DatabaseThread()
        database_thread.make_current(self.database_thread)
        self.database_thread.warm_up()

    def call(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Any:
        """`fn(*args, **kwargs)` on the window's database thread; its result or its error."""
        return self.database_thread.call(fn, *args, **kwargs)

    def close(self) -> None:
        """The window closes: its database thread ends, its connection closed."""
        database_thread.forget(self.database_thread)

    # --- who and when --------------------------------------------------------------------------

    @property
    def user(self) -> Account | None:
        return self._user

    def set_user(self, user: Account) -> None:
        """The person signed in (`app.ui.sign_in`) acts from now on."""
        self._user = user
        self.user_changed.emit()

    def clear_user(self) -> None:
        """Nobody is signed in (after «خروج از حساب»): nothing acts until the next sign-in."""
        self._user = None

    def today(self) -> dt.date:
        return self.clock.now().date()

    def today_text(self) -> str:
        today = self.today()
        return f"{local.weekday_name(today)} {local.date(today)}"

    def context(self) -> Context:
        if self._user is None:
            raise RuntimeError("no user chosen")
        return Context(self._user, self.clock)

    # --- acting --------------------------------------------------------------------------------

    def refusal(self, action: str, /) -> str:
        """The workflow's own Persian refusal for a role that may not take `action`, or ""."""
        if self._user is None:
            return ""
        try:
            check_role(self._user, action)
        except WorkflowError as err:
            return i18n.refusal(err, with_rule=False)
        return ""

    def run(self, action: str, /, **args: Any) -> Result:
        """Run workflow `action` as the signed-in user; raises `WorkflowError`.

        It runs on the database thread under one call id, the same for every try after a
        lost link: an action whose commit reached the server is not done twice."""
        from app.workflow import api  # every action registered: at the first, not at start-up

        call_id = str(uuid.uuid4())
        try:
            result = self.call(api.run, self.context(), action, call_id=call_id, **args)
        except WorkflowError:
            self.acted.emit(action, args, None)
            raise
        except database_thread.DATABASE_ERRORS as exc:  # the server never answered
            self.acted.emit(action, args, None)
            raise WorkflowError(errors.DB_UNAVAILABLE, msg.DB_UNREACHABLE()) from exc
        kind, key = CHANGES.get(action, ("", ""))
        if kind:
            self.changed.emit(kind, str(result.get("code") or args.get(key) or ""))
        self.acted.emit(action, args, result)
        return result
