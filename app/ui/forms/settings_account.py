"""Settings, my account: who is signed in, and changing one's own password (`set_password`
with the current one), for every role."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import i18n, texts
from app.ui.forms.base import FormDialog, MessageArea
from app.ui.forms.settings_users import _password_field
from app.ui.session import Session


class OwnPasswordDialog(FormDialog):
    """The signed-in person changes their own password: the current one, the new one twice."""

    action_name = "set_password"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.OWN_PASSWORD_DIALOG, parent)
        self.setObjectName("ownPasswordDialog")
        self.setMinimumWidth(440)
        self.old = self.add_field("old_password", texts.OWN_PASSWORD_OLD, _password_field())
        self.password = self.add_field("password", texts.ACCOUNT_NEW_PASSWORD, _password_field())
        self.again = self.add_field(
            "password_again", texts.ACCOUNT_PASSWORD_AGAIN, _password_field()
        )
        self.old.setFocus()

    def submit(self) -> bool:
        if self.password.text() != self.again.text():
            self.clear_errors()
            self.message.show_message(texts.ACCOUNT_PASSWORDS_DIFFER)
            self._mark("password_again", True)
            self.again.setFocus()
            return False
        return super().submit()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "set_password", {
            "username": self.session.user.username,
            "password": self.password.text(),
            "old_password": self.old.text(),
        }


class AccountTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: FormDialog | None = None
        self.who = QLabel()
        self.who.setObjectName("detailTitle")
        self.who.setWordWrap(True)
        self.change_button = QPushButton(texts.OWN_PASSWORD_BUTTON)
        self.change_button.setObjectName("ownPassword")
        self.change_button.clicked.connect(self.change_password)
        self.message = MessageArea(self)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        user = self.session.user
        self.who.setText(
            texts.OWN_ACCOUNT_TEXT.format(
                username=f"\u2066{user.username}\u2069", role=i18n.role_name(user.role)
            )
            if user
            else ""
        )

    def change_password(self) -> FormDialog:
        self.message.clear_message()
        dialog = OwnPasswordDialog(self.session, parent=self)
        self.dialog = dialog
        dialog.saved.connect(
            lambda _result: self.message.show_message(texts.OWN_PASSWORD_SAVED, "hint")
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
