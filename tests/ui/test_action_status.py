"""Every action says what it did in the status bar and clears the previous person's or action's
message; a button the signed-in role can never use is hidden, not enabled and then refused; a
contract signed today has passed «۰ ماه» of its months."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QStatusBar

from app.db import models as m
from app.ui import action_status, role_buttons, texts
from app.ui.main_window import MainWindow
from app.ui.widgets.action_bar import ActionBar
from app.workflow import errors, machines
from app.workflow.available import Possible
from app.workflow.clock import FixedClock
from app.workflow.read.window import months_passed
from tests.factories import people
from tests.ui.conftest import sign_in
from tests.ui.test_bookings import add_house, contract_for

NGO = {
    "name": "انجمن نگاه نو",
    "licence_issuer": "وزارت کشور",
    "licence_no": "L-77",
    "licence_expires": "1408/01/01",
    "founded": "1400/01/01",
    "members": 30,
}


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_every_action_that_changes_something_has_its_sentence() -> None:
    for action in machines.ACTION_ROLES:
        if action in action_status.READ_ONLY:
            continue
        keys = [k for k in texts.ACTION_DONE if k == action or k.startswith(f"{action}:")]
        assert keys, f"{action}: no sentence in texts.ACTION_DONE"
    unknown = {k.split(":")[0] for k in texts.ACTION_DONE} - set(machines.ACTION_ROLES)
    assert not unknown  # no sentence for an action that is gone


def test_the_sentence_names_the_record_and_the_choice() -> None:
    assert action_status.done_text("register_ngo", {}, {"code": "N-000007"}) == (
        "سمن \u2066N-000007\u2069 ثبت شد."
    )
    assert action_status.done_text(
        "review_request", {"ref": "R-000003", "decision": "reject"}, {}
    ) == ("درخواست \u2066R-000003\u2069 رد شد.")
    assert action_status.done_text("set_inflation", {"year": 1404}, {}) == (
        "نرخ تورم سال ۱۴۰۴ ثبت شد."
    )
    assert action_status.done_text("show", {}, {"ref": "N-1"}) == ""  # a read tells nothing


def test_an_action_says_what_it_did_and_the_next_person_does_not_read_it(
    window: MainWindow,
) -> None:
    session = window.session
    result = session.run("register_ngo", **NGO, **people())
    assert message(window) == f"سمن \u2066{result['code']}\u2069 ثبت شد. (۰۹:۰۰)"
    with pytest.raises(errors.WorkflowError):  # refused: the last success is no longer news
        session.run("register_ngo", **{**NGO, "name": ""}, **people())
    assert message(window) == ""
    session.run("update_ngo", code=result["code"], members=31)
    assert message(window).startswith(f"اطلاعات سمن \u2066{result['code']}\u2069 ذخیره شد.")
    sign_in(window, "finance")
    assert message(window) == ""


def test_the_status_bar_is_the_windows_own(window: MainWindow) -> None:
    assert isinstance(window.statusBar(), QStatusBar)
    assert window.statusBar().property("actionStatus") is True


@pytest.mark.parametrize(
    ("username", "page", "button", "shown"),
    [
        ("desk", "ngos", "new_button", True),
        ("admin", "ngos", "new_button", False),  # the administrator registers no NGO
        ("admin", "ngos", "import_button", False),
        ("district", "ngos", "edit_button", False),
        ("desk", "semansaras", "new_button", False),  # only the administrator adds one
        ("admin", "semansaras", "new_button", True),
        ("district", "requests", "new_button", False),  # only the desk registers requests
        ("desk", "requests", "new_button", True),
    ],
)
def test_a_button_the_role_can_never_use_is_hidden(
    window: MainWindow, username: str, page: str, button: str, shown: bool
) -> None:
    sign_in(window, username)
    widget = getattr(window.switch_to(page), button)
    assert widget.isVisible() is shown
    assert (
        role_buttons.may_ever(
            m.User.get(m.User.username == username).role, role_buttons.BUTTONS[page][button]
        )
        is shown
    )


def test_the_empowerment_deputy_sees_the_assess_button_but_not_the_desks(
    window: MainWindow,
) -> None:
    sign_in(window, "empowerment")
    detail = window.switch_to("ngos").detail
    assert detail.assess_button.isVisible()
    assert not detail.add_program_button.isVisible()


def test_an_action_bar_leaves_out_what_the_role_may_never_do(qtbot) -> None:  # noqa: ANN001
    bar = ActionBar()
    qtbot.add_widget(bar)
    forbidden = errors.WorkflowError(errors.FORBIDDEN_ROLE, "نقش شما اجازه ندارد", "R-3.5")
    ruled = errors.WorkflowError(errors.QUOTA_EXCEEDED, "سهمیه تمام شده", "R-6.2")
    bar.set_possibles(
        [
            Possible("schedule_booking", "", "تنظیم وقت (د)", forbidden),
            Possible("cancel_booking", "", "لغو نوبت", ruled),
            Possible("notify_booking", "", "اطلاع‌رسانی (ذ)"),
        ]
    )
    assert set(bar.buttons) == {("cancel_booking", ""), ("notify_booking", "")}
    assert not bar.buttons[("cancel_booking", "")].isEnabled()  # a rule's refusal stays


def test_a_contract_signed_today_has_passed_no_month(clock: FixedClock, ui_db: str) -> None:
    add_house(clock)
    ngo, _ = contract_for(clock, "انجمن یاوران سلامت", 100)
    row = m.Ngo.get(m.Ngo.code == ngo)
    today = clock.today()
    assert months_passed(row, today) == 0
    assert months_passed(row, today + dt.timedelta(days=1)) == 1  # a started month counts
    assert months_passed(row, today + dt.timedelta(days=63)) == 3  # 1405/03/11
    assert months_passed(row, today + dt.timedelta(days=400)) == 6  # its whole term, no more
