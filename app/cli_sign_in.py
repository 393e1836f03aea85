"""Signing in at the command line: every acting command acts as a signed-in user.

The user is `--as`, else SEMANSARA_USER, else asked; the password SEMANSARA_PASSWORD (for
scripts), else asked without echo (`getpass`). Without a terminal to ask at, a missing one is
a refusal, never a skip. The check is the window's (`accounts.sign_in`: Argon2id, the same
lockout, every attempt in the trail); a one-time password is replaced here, the new one typed
twice. The role is then checked by the service the command calls.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable

USER_ENV = "SEMANSARA_USER"
PASSWORD_ENV = "SEMANSARA_PASSWORD"

TEXTS = {
    "username": "نام کاربری: ",
    "password": "گذرواژه: ",
    "new": "گذرواژهٔ تازه: ",
    "again": "گذرواژهٔ تازه، دوباره: ",
    "no_user": "نام کاربری داده نشد: --as یا SEMANSARA_USER را بدهید.",
    "no_password": "گذرواژه داده نشد: در پاسخ به پرسش یا در SEMANSARA_PASSWORD بدهید؛ "
    "این فرمان بی ورود کاری نمی‌کند.",
    "one_time": "گذرواژهٔ شما یک‌بار مصرف است؛ گذرواژهٔ تازه را در پنجرهٔ برنامه یا در "
    "همین فرمان از پایانه (دو بار) بدهید.",
    "differ": "دو گذرواژهٔ تازه یکی نیستند.",
}


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str, secret: bool) -> str:
    if secret:
        return getpass.getpass(prompt)
    print(prompt, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip()


def credentials(
    as_user: str | None, ask: Callable[[str, bool], str] | None = None
) -> tuple[str, str]:
    """(username, password) from --as, the environment or the terminal; refuses (ValueError
    with a Persian message) what it cannot get."""
    ask = ask or (_ask if _interactive() else None)
    username = as_user or os.environ.get(USER_ENV) or (ask(TEXTS["username"], False) if ask else "")
    if not username:
        raise ValueError(TEXTS["no_user"])
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if ask is None:
            raise ValueError(TEXTS["no_password"])
        password = ask(TEXTS["password"], True)
    if not password:
        raise ValueError(TEXTS["no_password"])
    return username, password


def sign_in(as_user: str | None, ask: Callable[[str, bool], str] | None = None):  # noqa: ANN201
    """The signed-in user (`m.User`), or None after printing why not (stderr)."""
    from app.workflow import accounts
    from app.workflow.clock import SystemClock
    from app.workflow.errors import WorkflowError

    ask = ask or (_ask if _interactive() else None)
    try:
        username, password = credentials(as_user, ask)
        try:
            return accounts.sign_in(username, password, SystemClock())
        except WorkflowError as exc:
            if exc.field != "new_password":
                raise
            if ask is None:
                raise ValueError(TEXTS["one_time"]) from exc
            print(exc.message_fa, file=sys.stderr)
        new, again = ask(TEXTS["new"], True), ask(TEXTS["again"], True)
        if new != again:
            raise ValueError(TEXTS["differ"])
        return accounts.sign_in(username, password, SystemClock(), new_password=new)
    except WorkflowError as exc:
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
    except ValueError as exc:
        print(exc, file=sys.stderr)
    return None


def allowed(user, action: str) -> bool:  # noqa: ANN001
    """Whether `user` may take `action` (machines.ACTION_ROLES); if not, say so (stderr)."""
    from app.workflow.errors import WorkflowError
    from app.workflow.service import check_role

    try:
        check_role(user, action)
    except WorkflowError as exc:
        print(f"{exc.message_fa} ({exc.code})", file=sys.stderr)
        return False
    return True
