"""Signing in: the dialog, its Persian refusals (wrong password, lockout), a one-time password
replaced at the first sign-in, the first start of a new database, and the main window showing
who is signed in («خروج از حساب») and leaving nothing behind at sign-out."""

from __future__ import annotations

import threading

import peewee as pw
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.db import models as m
from app.ui import app as ui_app
from app.ui import database_thread
from app.ui.main_window import MainWindow
from app.ui.sign_in import SignInDialog
from app.workflow import accounts
from app.workflow.api import Context, run
from app.workflow.bootstrap import set_administrator
from app.workflow.clock import FixedClock
from tests.ui.conftest import user

PASSWORD = "گذرواژهٔ-درست-۱۲"
ONE_TIME = "yek-bar-1405"


@pytest.fixture
def dialog(qtbot, ui_db: str, clock: FixedClock) -> SignInDialog:  # noqa: ANN001
    box = SignInDialog(clock)
    qtbot.add_widget(box)
    box.open()
    return box


def type_in(qtbot, box: SignInDialog, username: str, password: str) -> None:  # noqa: ANN001
    box.username.clear()
    qtbot.keyClicks(box.username, username)
    box.password.clear()
    box.password.insert(password)  # keyClicks types ASCII only


def press_enter(qtbot, box: SignInDialog) -> None:  # noqa: ANN001
    qtbot.keyClick(box.password, Qt.Key.Key_Return)


def with_password(clock: FixedClock, username: str = "desk") -> None:
    """The account signs in with PASSWORD (its owner chose it)."""
    run(
        Context(user("admin"), clock),
        "set_password",
        username=username,
        password=PASSWORD,
        one_time=False,
    )


def test_enter_signs_in_with_the_right_password(qtbot, dialog, clock) -> None:  # noqa: ANN001
    with_password(clock)
    type_in(qtbot, dialog, "desk", PASSWORD)
    with qtbot.wait_signal(dialog.signed_in) as signed:
        press_enter(qtbot, dialog)
    assert signed.args[0].username == "desk"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role == "desk_expert"
    assert not dialog.message.isVisible()


def test_wrong_password_is_told_in_the_dialog_and_it_stays_open(qtbot, dialog, clock) -> None:  # noqa: ANN001
    with_password(clock)
    type_in(qtbot, dialog, "desk", "not-the-password")
    with qtbot.assert_not_emitted(dialog.signed_in):
        press_enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.user is None
    assert dialog.message.text() == "نام کاربری یا گذرواژه درست نیست."
    assert dialog.message.kind() == "error"
    assert dialog.password.property("invalid") is True
    assert dialog.password.text() == ""  # typed again, not kept
    assert m.User.get(m.User.username == "desk").failed_logins == 1


def test_unknown_user_gets_the_same_message(qtbot, dialog) -> None:  # noqa: ANN001
    type_in(qtbot, dialog, "nobody", "whatever-it-is")
    press_enter(qtbot, dialog)
    assert dialog.message.text() == "نام کاربری یا گذرواژه درست نیست."


def test_five_wrong_passwords_lock_the_account_until_a_persian_time(qtbot, dialog, clock) -> None:  # noqa: ANN001
    """Lockout after repeated failures; the time is said in Persian digits (09:00 + 15 min)."""
    with_password(clock)
    for _ in range(5):
        type_in(qtbot, dialog, "desk", "wrong-wrong")
        press_enter(qtbot, dialog)
    assert dialog.message.text() == "نام کاربری یا گذرواژه درست نیست."
    type_in(qtbot, dialog, "desk", PASSWORD)  # even the right one, while locked
    press_enter(qtbot, dialog)
    assert dialog.message.text() == "به‌علت چند ورود نادرست، این حساب تا ۰۹:۱۵ قفل است."
    assert dialog.username.property("invalid") is True
    assert dialog.user is None


def test_a_starter_account_without_password_is_not_taken_at_sign_in(qtbot, dialog) -> None:  # noqa: ANN001
    """R-3.5: the first password typed does not become the account's (as it did before)."""
    assert m.User.get(m.User.username == "district").password_hash is None
    type_in(qtbot, dialog, "district", "گذرواژهٔ نخست")
    press_enter(qtbot, dialog)
    assert dialog.user is None and dialog.message.text() == "نام کاربری یا گذرواژه درست نیست."
    assert m.User.get(m.User.username == "district").password_hash is None
    assert not dialog.new_password.isVisible()


def test_one_time_password_is_replaced_in_the_dialog_typed_twice(qtbot, dialog, clock) -> None:  # noqa: ANN001
    run(Context(user("admin"), clock), "set_password", username="district", password=ONE_TIME)
    assert not dialog.new_password.isVisible()
    type_in(qtbot, dialog, "district", ONE_TIME)
    press_enter(qtbot, dialog)
    assert dialog.user is None and dialog.new_password.isVisible() and dialog.new_again.isVisible()
    assert "یک‌بار مصرف" in dialog.hint.text() and "۸ نویسه" in dialog.hint.text()
    dialog.new_password.insert("first choice 1")
    dialog.new_again.insert("first choice 2")
    qtbot.keyClick(dialog.new_again, Qt.Key.Key_Return)
    assert dialog.message.text() == "دو گذرواژهٔ تازه یکی نیستند؛ هر دو را دوباره بنویسید."
    dialog.new_password.setText("qwerty123")
    dialog.new_again.setText("qwerty123")
    qtbot.keyClick(dialog.new_again, Qt.Key.Key_Return)
    assert "رایج" in dialog.message.text() and dialog.user is None
    dialog.new_password.insert(PASSWORD)
    dialog.new_again.insert(PASSWORD)
    with qtbot.wait_signal(dialog.signed_in):
        qtbot.keyClick(dialog.new_again, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "district"
    stored = m.User.get(m.User.username == "district")
    assert not stored.must_change_password and accounts.check_password(
        stored.password_hash, PASSWORD
    )


def test_the_dialog_says_when_no_administrator_can_sign_in(qtbot, dialog, clock) -> None:  # noqa: ANN001
    assert dialog.hint.isVisible() and "semansara init" in dialog.hint.text()
    set_administrator(PASSWORD, clock.now())
    again = SignInDialog(clock)
    qtbot.add_widget(again)
    again.open()
    type_in(qtbot, again, "desk", "")
    assert not again.hint.isVisible()


def test_enter_without_a_password_only_moves_on(qtbot, dialog, clock) -> None:  # noqa: ANN001
    with_password(clock)
    qtbot.keyClicks(dialog.username, "desk")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.message.isVisible()
    assert m.User.get(m.User.username == "desk").failed_logins == 0


def test_dialog_is_right_to_left(dialog) -> None:  # noqa: ANN001
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.sign_in_button.text() == "ورود"
    assert dialog.sign_in_button.isDefault()


# --- the main window ---------------------------------------------------------------------------


def test_main_window_shows_the_signed_in_user_and_role(window: MainWindow) -> None:
    assert window.user_name.text() == "کاربر: کارشناس میز خدمت (desk)"
    assert window.sign_out_action.text() == "خروج از حساب"
    assert not hasattr(window, "user_combo")


def test_sign_out_then_in_as_another_user(qtbot, window: MainWindow, clock) -> None:  # noqa: ANN001
    with_password(clock, "district")
    old_home = window.pages["home"]
    box = window.sign_out()
    qtbot.add_widget(box)
    assert not window.isVisible() and box.isVisible()
    type_in(qtbot, box, "district", PASSWORD)
    press_enter(qtbot, box)
    assert window.isVisible()
    assert window.session.user.username == "district"
    assert window.user_name.text() == "کاربر: معاون امور مناطق (معاونت امور مناطق)"
    assert window.current_key() == "home"
    assert "معاونت امور مناطق" in window.pages["home"].work_title.text()
    assert window.pages["home"] is not old_home  # the last person's pages are gone


def test_closing_the_sign_in_after_sign_out_closes_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    box = window.sign_out()
    qtbot.add_widget(box)
    box.reject()
    assert not window.isVisible()


def test_a_database_that_does_not_answer_is_told_not_traced(qtbot, dialog, monkeypatch) -> None:  # noqa: ANN001
    def lost(*_args: object, **_kwargs: object) -> None:
        raise pw.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(accounts, "sign_in", lost)
    type_in(qtbot, dialog, "desk", PASSWORD)
    press_enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.user is None
    assert dialog.message.text().startswith("ورود ممکن نشد: پایگاه داده پاسخ نداد")


def test_the_first_sign_in_reads_on_a_database_thread(qtbot, ui_db: str, clock: FixedClock) -> None:  # noqa: ANN001
    """Before the window exists, signing in reads off the interface's thread too; its thread
    ends with it."""
    set_administrator(PASSWORD, clock.now())
    where: list[int] = []
    real = accounts.sign_in

    def watched(*args: object, **kwargs: object) -> object:
        where.append(threading.get_ident())
        return real(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "sign_in", watched)
        signed_in = ui_app.sign_in_at_start(clock, PASSWORD)
    assert signed_in is not None and signed_in.username == "admin"
    assert where and threading.get_ident() not in where
    assert database_thread.current() is None  # gone with the sign-in


def test_before_the_window_a_lost_link_is_told_at_once(
    qtbot, ui_db: str, clock: FixedClock
) -> None:  # noqa: ANN001
    """No banner yet: the sign-in form gets the lost link to say, not a wait unseen."""
    thread = database_thread.DatabaseThread(retries=False)
    lost: list[int] = []
    thread.lost.connect(lost.append)
    tries: list[int] = []

    def away() -> None:
        tries.append(1)
        raise pw.OperationalError("server closed the connection unexpectedly")

    try:
        with pytest.raises(pw.OperationalError):
            thread.call(away)
    finally:
        database_thread.forget(thread)
    assert tries == [1] and lost == []
