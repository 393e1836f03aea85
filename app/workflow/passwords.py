"""Passwords: Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane), and what a new
password must be.

A new password (set by its owner, or a one-time password an administrator gives) is at least
MIN_LENGTH characters, not one of the 30,000 most common passwords (the list the zxcvbn package
ships, from Mark Burnett's ten million leaked passwords; compared case-insensitively, with
Persian digits read as Latin and a Latin password typed on the Persian keyboard layout read as
what was meant: «حشسسصخقی» is «password»), does not contain the username and is not a few
characters repeated.
"""

from __future__ import annotations

import functools
import secrets
from typing import TYPE_CHECKING

from app.workflow import messages as msg
from app.workflow import persian

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_LENGTH = 8
MAX_LENGTH = 256  # Argon2 takes any length; a megabyte "password" is not one
MIN_DISTINCT = 4


@functools.cache
def _hasher() -> PasswordHasher:
    """Argon2 (5 ms to import) at the first password, not when the program starts."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


# The Persian standard keyboard (ISIRI 9147) key by key over QWERTY.
_PERSIAN_KEYS = str.maketrans("ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو", "qwertyuiop[]asdfghjkl;'zxcvbnm,")
# A few the list cannot know: the program's and the office's own words.
_LOCAL = {
    "semansara",
    "semansara1",
    "semansara123",
    "samansara",
    "tehran123",
    "iran1234",
    "12345678",
    "1234567890",
    "09123456789",
    "admin123",
    "administrator",
}


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(password_hash: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if not password_hash:
        return False
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(24))


def check_nothing(password: str) -> bool:
    """Spend the time of one real check (an unknown, turned-off or locked account), so that
    how long a refusal takes does not tell whether the account exists. Always False."""
    check_password(_dummy_hash(), password or "")
    return False


@functools.cache
def _common() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"]) | _LOCAL


def _forms(password: str) -> set[str]:
    """The password as it may appear in a list of English passwords."""
    plain = persian.to_latin_digits(password).casefold()
    return {plain, plain.translate(_PERSIAN_KEYS), plain.strip()}


def why_not(password: str, username: str = "") -> msg.Message | None:
    """Why `password` may not be a new password, or None when it may."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return msg.PASSWORD_TOO_SHORT(length=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return msg.PASSWORD_TOO_LONG(length=MAX_LENGTH)
    if len(set(password)) < MIN_DISTINCT:
        return msg.PASSWORD_REPEATS()
    forms = _forms(password)
    if forms & _common():
        return msg.PASSWORD_COMMON()
    name = persian.identifier(username).casefold()
    if len(name) >= 3 and any(name in form for form in forms):
        return msg.PASSWORD_HAS_USERNAME()
    return None


def problem(password: str, username: str = "") -> str:
    """`why_not` in Persian, or "" (for the sign-in window's own check)."""
    reason = why_not(password, username)
    return reason.text() if reason is not None else ""


def generate() -> str:
    """A password for a person to type once: 12 characters from an alphabet without look-alikes."""
    alphabet = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        password = "".join(secrets.choice(alphabet) for _ in range(12))
        if not problem(password):
            return password
