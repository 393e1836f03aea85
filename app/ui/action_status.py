"""Every action says what it did: the status bar shows one sentence for the last action that
succeeded (`texts.ACTION_DONE`, by the workflow's action name), with its time; a refused action
or another person signing in clears it, so nobody reads what the previous action or person did.
`Session.run`, the one place the window's writes go through, reports each call (`acted`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStatusBar

from app.ui import local, texts
from app.ui.item_models import isolate
from app.ui.session import Session
from app.workflow import machines

READ_ONLY = frozenset({"show", "view_reports"})  # actions that change nothing to tell of
CHOICES = ("decision", "kind")  # the arguments whose value changes what was done
COUNTED = frozenset({"set_inflation", "declare_day"})  # their {ref} is a year or a day


def template(action: str, args: Mapping[str, Any]) -> str:
    for choice in CHOICES:
        if choice in args:
            found = texts.ACTION_DONE.get(f"{action}:{args[choice]}")
            if found:
                return found
    return texts.ACTION_DONE.get(action, "")


def reference(action: str, args: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    """The identifier of the record the call changed: what it returned, else its argument."""
    _, key = machines.CHANGES.get(action, ("", ""))
    for value in (
        result.get("code"),
        result.get("ref"),
        args.get(key) if key else None,
        result.get("username"),
        result.get("year"),
    ):
        if value not in (None, ""):
            return str(value)
    return ""


def done_text(action: str, args: Mapping[str, Any], result: Mapping[str, Any] | None) -> str:
    """The sentence for a call of `action` that succeeded ("" for a read or an unknown action)."""
    if action in READ_ONLY:
        return ""
    text = template(action, args)
    if not text:
        return ""
    ref = reference(action, args, result or {})
    # a year or a day is a count or a date (Persian digits); anything else is an identifier
    shown = local.digits(ref) if action in COUNTED and ref else isolate(ref)
    return text.replace("{ref}", shown or "").replace("  ", " ")


class ActionStatus(QObject):
    """Shows in `bar` what each of `session`'s actions did; clears it when another person signs
    in or an action is refused. Owned by the bar: gone (and disconnected) with it."""

    def __init__(self, bar: QStatusBar, session: Session) -> None:
        super().__init__(bar)
        self.bar = bar
        self.session = session
        session.acted.connect(self.show)
        session.user_changed.connect(bar.clearMessage)

    @Slot(str, object, object)
    def show(self, action: str, args: object, result: object) -> None:
        if result is None:  # refused: the form says why; the last success is no longer news
            self.bar.clearMessage()
            return
        text = done_text(
            action,
            args if isinstance(args, Mapping) else {},
            result if isinstance(result, Mapping) else {},
        )
        if text:
            moment = local.time(self.session.clock.now().time())
            self.bar.showMessage(texts.ACTION_DONE_AT.format(text=text, time=moment))
        else:
            self.bar.clearMessage()


def attach(bar: QStatusBar, session: Session) -> ActionStatus:
    status = ActionStatus(bar, session)
    bar.setProperty("actionStatus", True)
    return status
