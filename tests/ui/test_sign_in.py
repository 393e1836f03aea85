"""Signing in: the dialog, its Persian refusals (wrong password, lockout), the first password of a
starter account, and the main window showing who is signed in («خروج از حساب»)."""

from __future__ import annotations

import peewee as pw
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.db import models as m
from app.ui.main_window import MainWindow
from app.ui.sign_in import SignInDialog
from app.workflow import accounts
from app.workflow.api import Context, run
from app.workflow.clock import FixedClock
from tests.ui.conftest import user

PASSWORD = "گذرواژهٔ-درست-۱۲"


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
    run(Context(user("admin"), clock), "set_password", username=username, password=PASSWORD)


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


def test_first_password_of_a_starter_account_is_set_at_sign_in(qtbot, dialog) -> None:  # noqa: ANN001
    assert m.User.get(m.User.username == "district").password_hash is None
    type_in(qtbot, dialog, "district", "")
    assert dialog.hint.isVisible()
    assert "هنوز گذرواژه ندارد" in dialog.hint.text() and "۸ نویسه" in dialog.hint.text()
    dialog.password.insert("کوتاه")
    press_enter(qtbot, dialog)
    assert dialog.message.text() == "«گذرواژه»: دست‌کم ۸ نویسه لازم است."
    assert m.User.get(m.User.username == "district").password_hash is None
    dialog.password.insert("گذرواژهٔ نخست")
    press_enter(qtbot, dialog)
    assert dialog.user is not None and dialog.user.username == "district"
    assert m.User.get(m.User.username == "district").password_hash is not None


def test_no_hint_for_an_account_with_a_password(qtbot, dialog, clock) -> None:  # noqa: ANN001
    with_password(clock)
    type_in(qtbot, dialog, "desk", "")
    assert not dialog.hint.isVisible()


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


def test_closing_the_sign_in_after_sign_out_closes_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    box = window.sign_out()
    qtbot.add_widget(box)
    box.reject()
    assert not window.isVisible()


def test_a_database_that_does_not_answer_is_told_not_traced(qtbot, dialog, monkeypatch) -> None:  # noqa: ANN001
    def lost(*_args: object) -> None:
        raise pw.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(accounts, "sign_in", lost)
    type_in(qtbot, dialog, "desk", PASSWORD)
    press_enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.user is None
    assert dialog.message.text().startswith("ورود ممکن نشد: پایگاه داده پاسخ نداد")
