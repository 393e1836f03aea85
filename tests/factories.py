"""Building blocks for tests: act as a user, and a small world to act in."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterator
from typing import Any

from app.db import models as m
from app.workflow import jalali, national_code
from app.workflow.api import Context, run
from app.workflow.clock import FixedClock
from app.workflow.notes import amount_due, missing_rates

# The password the tests give accounts that sign in (at the command line, in the window).
PASSWORD = "test words 1405"

USERS = {
    "desk": "desk_expert",
    "deputy": "district_deputy",
    "emp": "empowerment_deputy",
    "fin": "finance_deputy",
}


_serials = itertools.count(1)


def a_national_code() -> str:
    """A new valid national code (R-6.5): nine digits and their check digit."""
    while True:
        nine = f"{next(_serials) * 7919 % 10**9:09d}"
        remainder = sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
        code = nine + str(remainder if remainder < 2 else 11 - remainder)
        if national_code.is_valid(code):
            return code


def people() -> dict[str, str]:
    """The chief executive and the official representative a contract needs (R-6.5)."""
    return {
        "chief": "مریم احمدی",
        "chief_national_code": a_national_code(),
        "representative": "علی رضایی",
        "representative_national_code": a_national_code(),
    }


def enter_rates(finance: Callable[..., Any], today: Any, rate: str = "0") -> None:
    """Enter every missing inflation rate up to the last completed year (R-6.4), as finance.
    A zero rate keeps the note at the policy's base amount, the figure the tests' expectations
    use; the arithmetic of the rates has tests and scenarios of its own."""
    for year in missing_rates(today):
        finance("set_inflation", year=year, rate=rate)


def due_today(today: Any) -> int:
    return amount_due(jalali.jalali_year(today), today)[0]


class World:
    """A semansara S1 with its manager, one user of each HQ role, helpers to act as them."""

    def __init__(self, clock: FixedClock):
        self.clock = clock
        self.do(
            "admin",
            "add_semansara",
            code="S1",
            district=6,
            name="سمن‌سرای منطقه ۶",
            desks=2,
            meeting_rooms=1,
            workshop_rooms=1,
            halls=1,
            shelves=4,
            max_contracts=2,
        )
        for username, role in USERS.items():
            self.do("admin", "add_user", username=username, role=role)
        self.do("admin", "add_user", username="mgr1", role="semansara_manager", semansara="S1")

    def give_passwords(self, *usernames: str, password: str = PASSWORD) -> World:
        """Accounts that sign in with `password` (the administrator's set as at `init`)."""
        from app.workflow.bootstrap import needs_administrator, set_administrator

        if needs_administrator():
            set_administrator(password, self.clock.now())
        for username in usernames:
            if username != "admin":
                self.do(
                    "admin", "set_password", username=username, password=password, one_time=False
                )
        return self

    def at(self, when: str) -> World:
        self.clock.set(jalali.parse_datetime(when))
        return self

    def ctx(self, username: str) -> Context:
        return Context(m.User.get(m.User.username == username), self.clock)

    def do(self, username: str, action: str, /, **args: Any) -> dict[str, Any]:
        return run(self.ctx(username), action, **args)

    def book_hall(
        self,
        ref: str,
        date: str,
        start: str,
        end: str,
        *,
        people: int,
        contract: str = "C1",
        by: str = "desk",
    ) -> dict[str, Any]:
        """Step خ: the hall requested for `contract` on `date` from `start` to `end`."""
        return self.do(
            by,
            "request_booking",
            ref=ref,
            contract=contract,
            service="hall",
            date=date,
            start=start,
            end=end,
            people=people,
        )

    def ngo(
        self,
        code: str,
        *,
        level: int | None = 2,
        members: int = 30,
        founded: str = "1403/01/01",
        expires: str = "1408/01/01",
        **extra: Any,
    ) -> str:
        self.do(
            "desk",
            "register_ngo",
            code=code,
            name=f"انجمن آزمایشی {code}",
            licence_issuer="وزارت کشور",
            licence_no=f"L-{code}",
            licence_expires=expires,
            founded=founded,
            members=members,
            **{**people(), **extra},
        )
        if level is not None:
            self.do(
                "emp",
                "assess_level",
                ngo=code,
                level=level,
                reason="" if level == 2 else "تعیین سطح برای آزمون",
            )
        return code

    def request_to(self, ref: str, ngo: str, state: str, semansara: str = "S1") -> dict:
        """Take a new request from الف up to `state` (a request state name)."""
        order = ["alef_registered", "be_reviewed", "pe_referred", "te_capacity_ok", "se_invited"]
        out = self.do(
            "desk", "submit_request", ref=ref, ngo=ngo, semansara=semansara, channel="in_person"
        )
        steps = [
            ("desk", "review_request", {"decision": "accept"}),
            ("desk", "refer_request", {}),
            ("deputy", "check_capacity", {}),
            ("deputy", "invite", {"date": jalali.format_date_latin(self.clock.today())}),
        ]
        for target, (user, action, args) in zip(order[1:], steps, strict=True):
            if out["state"] == state:
                break
            out = self.do(user, action, ref=ref, **args)
            assert out["state"] == target, out
        return out

    def sign(self, ref: str, contract: str, starts: str | None = None) -> dict:
        """Sign an invited request: the year's rates entered, the note worth the amount due."""
        today = self.clock.today()
        enter_rates(lambda action, **args: self.do("fin", action, **args), today)
        return self.do(
            "deputy",
            "sign_contract",
            ref=ref,
            contract=contract,
            note_serial=f"SF-{contract}",
            note_amount=due_today(today),
            starts=starts or jalali.format_date_latin(today),
        )

    def contract(
        self, ref: str, ngo: str, contract: str, semansara: str = "S1", starts: str | None = None
    ) -> dict:
        """A signed contract, its note with finance and both letters delivered."""
        self.request_to(ref, ngo, "se_invited", semansara)
        out = self.sign(ref, contract, starts)
        self.do("fin", "take_note_custody", contract=contract)
        self.do("deputy", "deliver_letter", contract=contract, to="representative")
        self.do("deputy", "deliver_letter", contract=contract, to="manager")
        return out


@contextlib.contextmanager
def audit_unguarded() -> Iterator[None]:
    """Act as the database's owner would: lift the append-only guard of the audit tables
    (SQLite: drop its triggers; PostgreSQL: disable them), to show what `audit verify` says of
    a trail edited by someone who could."""
    from app.db.database import db, is_postgres
    from app.db.migrations import m0008_who_may_act as guard

    if is_postgres():
        for table in guard.APPEND_ONLY:
            db.execute_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    else:
        for table in guard.APPEND_ONLY:
            for operation in ("update", "delete"):
                db.execute_sql(f"DROP TRIGGER {table}_no_{operation}")
    try:
        yield
    finally:
        if is_postgres():
            for table in guard.APPEND_ONLY:
                db.execute_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        else:
            guard._append_only_sqlite(db.obj)


def signed_in_env(username: str, password: str = PASSWORD, **extra: str) -> dict[str, str]:
    """The environment of a command-line run signed in as `username` (SEMANSARA_USER and
    SEMANSARA_PASSWORD, as a script gives them)."""
    import os

    return {
        **os.environ,
        "SEMANSARA_USER": username,
        "SEMANSARA_PASSWORD": password,
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }
