"""Signing in: user name and password, Enter signs in, the refusal shown in the dialog.

The checking is the workflow's (`accounts.sign_in`: Argon2id, lockout after repeated failures,
every attempt in the audit trail). An account made without a password takes the first
password given here; the dialog says so as soon as such a user name is typed.

Signals:
    signed_in(object): the user (`m.User`) whose password was right. The dialog is accepted
        right after.
"""

from __future__ import annotations

import peewee as pw
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

from app.db import models as m
from app.ui import i18n, local, queries, texts
from app.ui.forms.base import MessageArea, mark_invalid
from app.ui.widgets.fields import align_leading
from app.workflow import accounts
from app.workflow.clock import Clock
from app.workflow.errors import WorkflowError


class SignInDialog(QDialog):
    signed_in = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.clock = clock
        self.user: m.User | None = None
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
        self.hint = MessageArea(self)
        self.hint.setObjectName("signInHint")
        self.message = MessageArea(self)

        form = QFormLayout()
        form.addRow(texts.SIGN_IN_USERNAME, self.username)
        form.addRow(texts.SIGN_IN_PASSWORD, self.password)
        self.form = form

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
        self.username.textChanged.connect(self._username_changed)
        self._username_changed(self.username.text())
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
        try:
            user = accounts.sign_in(self.username.text(), self.password.text(), self.clock)
        except WorkflowError as err:
            self.show_refusal(err)
            return False
        except (pw.DatabaseError, pw.InterfaceError) as exc:  # link lost, locked too long…
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
        field.setFocus()

    # --- helpers -------------------------------------------------------------------------------

    def _mark(self, field: QLineEdit, on: bool) -> None:
        mark_invalid(self.form, field, on)

    def _clear_marks(self) -> None:
        for field in (self.username, self.password):
            self._mark(field, False)

    def _username_changed(self, text: str) -> None:
        first = bool(text.strip()) and queries.has_password(text) is False
        if first:
            self.hint.show_message(
                texts.SIGN_IN_FIRST_PASSWORD.format(length=local.digits(accounts.MIN_LENGTH)),
                "hint",
            )
        else:
            self.hint.clear_message()
