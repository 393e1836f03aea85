"""Signing in: user name and password, Enter signs in, the refusal shown in the dialog.

The checking is the workflow's (`accounts.sign_in`: Argon2id, lockout after repeated failures,
every attempt in the audit trail). A one-time password (set by the administrator) is replaced
here: the dialog then asks for a new password, typed twice, and signs in with both.

`FirstStartDialog` asks, on the first start of a new database, for the administrator's
password (typed twice): whoever creates the database claims it, nobody else.

Signals:
    signed_in(object): the account (`read.accounts.Account`) whose password was right. The
        dialog is accepted right after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import database_thread, i18n, local, texts
from app.ui.forms.base import MessageArea, mark_invalid
from app.ui.widgets.fields import align_leading
from app.workflow import accounts, passwords
from app.workflow.clock import Clock
from app.workflow.errors import WorkflowError
from app.workflow.lifecycle import DATABASE_ERRORS
from app.workflow.read.accounts import Account, needs_administrator


class SignInDialog(QDialog):
    signed_in = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.clock = clock
        self.user: Account | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(texts.SIGN_IN_TITLE)
        self.setModal(True)

        title = QLabel(texts.SIGN_IN_HEADING)
        title.setObjectName("detailTitle")
        self.username = QLineEdit(username)
        self.username.setMinimumWidth(260)
        self.username.setObjectName("field_username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # user names are Latin
        align_leading(self.username)
        self.password = QLineEdit()
        self.password.setObjectName("field_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        align_leading(self.password)
        self.new_password = _secret("field_new_password")
        self.new_again = _secret("field_new_again")
        self.hint = MessageArea(self)
        self.hint.setObjectName("signInHint")
        self.message = MessageArea(self)

        form = QFormLayout()
        form.addRow(texts.SIGN_IN_USERNAME, self.username)
        form.addRow(texts.SIGN_IN_PASSWORD, self.password)
        form.addRow(texts.SIGN_IN_NEW_PASSWORD, self.new_password)
        form.addRow(texts.SIGN_IN_NEW_AGAIN, self.new_again)
        self.form = form
        self._show_new_password(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(texts.SIGN_IN_BUTTON)
        self.sign_in_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(texts.CANCEL)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Always as tall as what it says: the hint and the refusal come and go.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)

        # Enter anywhere presses the default button («ورود»): a line edit passes the key on.
        self.username.textChanged.connect(lambda _text: self._show_new_password(False))
        if database_thread.call(needs_administrator):
            self.hint.show_message(texts.SIGN_IN_NO_ADMIN, "hint")
        (self.password if username else self.username).setFocus()

    # --- signing in ----------------------------------------------------------------------------

    def try_sign_in(self) -> bool:
        """Ask the workflow; accept on success, else say why and stay open. Enter with no
        password yet only moves on to the password (it is not a failed attempt)."""
        self._clear_marks()
        self.message.clear_message()
        if not self.password.text():
            (self.password if self.username.text().strip() else self.username).setFocus()
            return False
        new = None
        if self.new_password.isVisible():
            new = self.new_password.text()
            if new != self.new_again.text():
                self.message.show_message(texts.SIGN_IN_NEW_DIFFER, "error")
                self._mark(self.new_again, True)
                self.new_again.setFocus()
                return False
        try:
            user = database_thread.call(
                accounts.sign_in,
                self.username.text(),
                self.password.text(),
                self.clock,
                new_password=new or None,
            )
        except WorkflowError as err:
            if err.field == "new_password":
                self.ask_new_password(err, asked=new is not None)
            else:
                self.show_refusal(err)
            return False
        except DATABASE_ERRORS as exc:  # link lost, locked too long…
            self.message.show_message(
                texts.SIGN_IN_DATABASE_TROUBLE.format(detail=type(exc).__name__)
            )
            return False
        self.user = user
        self.signed_in.emit(user)
        self.accept()
        return True

    def show_refusal(self, err: WorkflowError) -> None:
        # The workflow writes clock times and counts in Latin digits (e.g. «تا 09:15 قفل است»).
        self.message.show_message(local.digits(i18n.refusal(err, with_rule=False)), "error")
        field = self.username if err.field == "username" else self.password
        if err.code == "ACCOUNT_LOCKED":
            field = self.username
        self._mark(field, True)
        self.password.clear()
        self._show_new_password(False)
        field.setFocus()

    def ask_new_password(self, err: WorkflowError, *, asked: bool) -> None:
        """The password was a one-time password: ask for a new one, twice (the one-time
        password stays typed). A new one the workflow refused says why."""
        self._show_new_password(True)
        self.hint.show_message(
            texts.SIGN_IN_NEW_HINT.format(length=local.digits(passwords.MIN_LENGTH)), "hint"
        )
        if asked:
            self.message.show_message(local.digits(i18n.refusal(err, with_rule=False)), "error")
            self._mark(self.new_password, True)
        self.new_password.clear()
        self.new_again.clear()
        self.new_password.setFocus()

    # --- helpers -------------------------------------------------------------------------------

    def _mark(self, field: QLineEdit, on: bool) -> None:
        mark_invalid(self.form, field, on)

    def _clear_marks(self) -> None:
        for field in (self.username, self.password, self.new_password, self.new_again):
            self._mark(field, False)

    def _show_new_password(self, on: bool) -> None:
        for field in (self.new_password, self.new_again):
            self.form.setRowVisible(field, on)
        if not on and self.hint.kind() == "hint" and self.hint.text() != texts.SIGN_IN_NO_ADMIN:
            self.hint.clear_message()


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    align_leading(edit)
    return edit


class FirstStartDialog(QDialog):
    """The first start on a new database: the administrator's password, typed twice.
    `password` holds it once accepted (the caller creates the database with it)."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(texts.FIRST_START_TITLE)
        self.setModal(True)
        self.username = username
        self.password_text = ""
        title = QLabel(texts.FIRST_START_HEADING)
        title.setObjectName("detailTitle")
        text = QLabel(texts.FIRST_START_TEXT.format(username=username))
        text.setWordWrap(True)
        self.password = _secret("field_password")
        self.again = _secret("field_password_again")
        self.form = QFormLayout()
        self.form.addRow(texts.SIGN_IN_NEW_PASSWORD, self.password)
        self.form.addRow(texts.SIGN_IN_NEW_AGAIN, self.again)
        self.message = MessageArea(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(texts.FIRST_START_BUTTON)
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(texts.CANCEL)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        text.setMinimumWidth(380)
        self.password.setFocus()

    def try_accept(self) -> bool:
        for field in (self.password, self.again):
            mark_invalid(self.form, field, False)
        problem = passwords.problem(self.password.text(), self.username)
        field = self.password
        if not problem and self.password.text() != self.again.text():
            problem, field = texts.SIGN_IN_NEW_DIFFER, self.again
        if problem:
            self.message.show_message(local.digits(problem), "error")
            mark_invalid(self.form, field, True)
            field.setFocus()
            return False
        self.password_text = self.password.text()
        self.accept()
        return True
