"""Settings, users and roles: the list, adding a user (`add_user`), changing one's role, name
or semansara or turning the account off and on (`update_user`; accounts are never deleted),
and setting a password (`set_password`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.item_models import WARNING, ListTableModel
from app.ui.reads import accounts
from app.ui.session import Session
from app.ui.widgets.fields import align_leading
from app.ui.widgets.tables import fitted_table, select_row
from app.workflow.roles import ROLE_NAMES, SEMANSARA_MANAGER


def _ltr_field(placeholder: str = "") -> QLineEdit:
    """A user name or a password: typed left to right, kept at the form's leading edge."""
    edit = QLineEdit()
    align_leading(edit)  # the form's leading edge, taken before the direction changes
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setPlaceholderText(placeholder)
    return edit


def _password_field() -> QLineEdit:
    edit = _ltr_field()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AddUserDialog(FormDialog):
    action_name = "add_user"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.ACCOUNT_DIALOG_NEW, parent)
        self.setObjectName("addUserDialog")
        self.setMinimumWidth(480)
        self.username = self.add_field("username", texts.ACCOUNT_USERNAME, _ltr_field())
        self.full_name = self.add_field("full_name", texts.ACCOUNT_FULL_NAME, QLineEdit())
        self.email = self.add_field("email", texts.ACCOUNT_EMAIL, _ltr_field(texts.EMAIL_EXAMPLE))
        self.role = QComboBox()
        for role in ROLE_NAMES:
            self.role.addItem(i18n.role_name(role), role)
        self.role.setCurrentIndex(-1)
        self.role.setPlaceholderText(texts.CHOOSE)
        self.add_field("role", texts.ACCOUNT_ROLE, self.role)
        self.semansara = _semansara_box(texts.ACCOUNT_SEMANSARA_HINT)
        self.add_field("semansara", texts.ACCOUNT_SEMANSARA, self.semansara)
        self.password = self.add_field("password", texts.ACCOUNT_PASSWORD, _password_field())
        self.password.setPlaceholderText(texts.ACCOUNT_PASSWORD_HINT)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._role_chosen()
        self.hint_role()
        self.username.setFocus()

    def _role_chosen(self, *_args: object) -> None:
        manager = self.role.currentData() == SEMANSARA_MANAGER
        self.semansara.setEnabled(manager)
        if not manager:
            self.semansara.setCurrentIndex(-1)

    def arguments(self) -> tuple[str, dict[str, Any]]:
        args: dict[str, Any] = {
            "username": self.username.text().strip(),
            "full_name": self.full_name.text(),
            "email": self.email.text(),
            "role": self.role.currentData() or "",
            "semansara": self.semansara.currentData() or "",
        }
        if self.password.text():
            args["password"] = self.password.text()
        return "add_user", args


def _semansara_box(hint: str) -> QComboBox:
    box = QComboBox()
    for code, name in accounts.semansara_choices():
        box.addItem(name, code)
    box.setCurrentIndex(-1)
    box.setPlaceholderText(hint)
    return box


class EditUserDialog(FormDialog):
    """The administrator changes a user's name, role or semansara, or turns the account off."""

    action_name = "update_user"

    def __init__(
        self, session: Session, row: accounts.UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, texts.ACCOUNT_EDIT_DIALOG.format(user=row.username), parent)
        self.setObjectName("editUserDialog")
        self.setMinimumWidth(480)
        self.user = row.username
        self.form.addRow(texts.ACCOUNT_USERNAME, QLabel(f"\u2066{row.username}\u2069"))
        self.full_name = self.add_field("full_name", texts.ACCOUNT_FULL_NAME, QLineEdit())
        self.full_name.setText(row.full_name)
        self.email = self.add_field("email", texts.ACCOUNT_EMAIL, _ltr_field(texts.EMAIL_EXAMPLE))
        self.email.setText(row.email)
        self.role = QComboBox()
        for role in ROLE_NAMES:
            self.role.addItem(i18n.role_name(role), role)
        self.role.setCurrentIndex(self.role.findData(row.role))
        self.add_field("role", texts.ACCOUNT_ROLE, self.role)
        self.semansara = _semansara_box(texts.ACCOUNT_SEMANSARA_HINT)
        self.semansara.setCurrentIndex(self.semansara.findData(row.semansara_code))
        self.add_field("semansara", texts.ACCOUNT_SEMANSARA, self.semansara)
        self.active = self.add_field("active", "", QCheckBox(texts.ACCOUNT_ACTIVE_BOX))
        self.active.setChecked(row.active)
        self.active.setToolTip(texts.ACCOUNT_ACTIVE_TIP)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._role_chosen()
        self.hint_role()
        self.full_name.setFocus()

    def _role_chosen(self, *_args: object) -> None:
        self.semansara.setEnabled(self.role.currentData() == SEMANSARA_MANAGER)

    def arguments(self) -> tuple[str, dict[str, Any]]:
        manager = self.role.currentData() == SEMANSARA_MANAGER
        return "update_user", {
            "username": self.user,
            "full_name": self.full_name.text(),
            "email": self.email.text(),
            "role": self.role.currentData() or "",
            "semansara": (self.semansara.currentData() or "") if manager else "",
            "active": self.active.isChecked(),
        }


class PasswordDialog(FormDialog):
    """The administrator sets a user's one-time password: they choose their own at the first
    sign-in."""

    action_name = "set_password"

    def __init__(self, session: Session, username: str, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.ACCOUNT_PASSWORD_DIALOG.format(user=username), parent)
        self.setObjectName("passwordDialog")
        self.setMinimumWidth(440)
        self.user = username
        shown = QLabel(f"\u2066{username}\u2069")
        self.form.addRow(texts.ACCOUNT_USERNAME, shown)
        self.password = self.add_field("password", texts.ACCOUNT_NEW_PASSWORD, _password_field())
        self.again = self.add_field(
            "password_again", texts.ACCOUNT_PASSWORD_AGAIN, _password_field()
        )
        self.hint_role()
        self.password.setFocus()

    def submit(self) -> bool:
        if self.password.text() != self.again.text():
            self.clear_errors()
            self.message.show_message(texts.ACCOUNT_PASSWORDS_DIFFER)
            self._mark("password_again", True)
            self.again.setFocus()
            return False
        return super().submit()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "set_password", {"username": self.user, "password": self.password.text()}


class UsersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: FormDialog | None = None
        self.rows: dict[str, accounts.UserRow] = {}
        self.model = ListTableModel(texts.ACCOUNT_COLUMNS, self)
        self.table = fitted_table(self.model, "userTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.set_password())

        self.info = QLabel()
        self.info.setObjectName("pageInfo")
        self.add_button = QPushButton(texts.ACCOUNT_NEW)
        self.add_button.setObjectName("userNew")
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(texts.ACCOUNT_EDIT)
        self.edit_button.setObjectName("userEdit")
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button = QPushButton(texts.ACCOUNT_SET_PASSWORD)
        self.password_button.setObjectName("userPassword")
        self.password_button.clicked.connect(self.set_password)
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        selected = self.selected_username()
        rows = accounts.users()
        self.rows = {row.username: row for row in rows}
        self.model.set_rows(
            [
                (
                    row.username,
                    (
                        f"\u2066{row.username}\u2069",
                        row.full_name or texts.NONE,
                        i18n.role_name(row.role),
                        row.semansara or texts.NONE,
                        texts.ACCOUNT_ONE_TIME
                        if row.one_time
                        else texts.ACCOUNT_HAS_PASSWORD
                        if row.has_password
                        else texts.ACCOUNT_NO_PASSWORD,
                        self._state(row),
                    ),
                )
                for row in rows
            ]
        )
        for position, row in enumerate(rows):
            if not row.has_password:
                self.model.tips[(position, 4)] = texts.ACCOUNT_NO_PASSWORD_TIP
            elif row.one_time:
                self.model.tips[(position, 4)] = texts.ACCOUNT_ONE_TIME_TIP
            if row.locked_until is not None or not row.active:
                self.model.colours[(position, 5)] = WARNING
        refusal = self.session.refusal("add_user")
        self.add_button.setEnabled(not refusal)
        self.add_button.setToolTip(refusal)
        if selected in self.model.keys:
            select_row(self.table, self.model.keys.index(selected))
        self._selection_changed()

    def _state(self, row: accounts.UserRow) -> str:
        if not row.active:
            return texts.ACCOUNT_INACTIVE
        if row.locked_until is not None and row.locked_until > self.session.clock.now():
            return texts.ACCOUNT_LOCKED.format(until=local.datetime_text(row.locked_until))
        return texts.ACCOUNT_ACTIVE

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.keys[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_username() is not None
        self.password_button.setEnabled(chosen)
        refusal = self.session.refusal("update_user")
        self.edit_button.setEnabled(chosen and not refusal)
        self.edit_button.setToolTip(refusal)

    def edit_user(self) -> FormDialog | None:
        username = self.selected_username()
        if username is None:
            self.info.setText(texts.ACCOUNT_SELECT_FIRST)
            return None
        return self._open(EditUserDialog(self.session, self.rows[username], parent=self))

    def add_user(self) -> FormDialog:
        return self._open(AddUserDialog(self.session, parent=self))

    def set_password(self) -> FormDialog | None:
        username = self.selected_username()
        if username is None:
            self.info.setText(texts.ACCOUNT_SELECT_FIRST)
            return None
        if self.session.user is not None and username == self.session.user.username:
            from app.ui.forms.settings_account import OwnPasswordDialog  # one's own: the old too

            return self._open(OwnPasswordDialog(self.session, parent=self))
        return self._open(PasswordDialog(self.session, username, parent=self))

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, result: dict) -> None:
        username = str(result.get("ref", ""))
        if "changed" in result:
            self.info.setText(texts.ACCOUNT_UPDATED.format(user=username))
        elif "role" in result:
            self.info.setText(
                texts.ACCOUNT_SAVED.format(user=username, role=i18n.role_name(result["role"]))
            )
        elif result.get("one_time"):
            self.info.setText(texts.ACCOUNT_PASSWORD_ONE_TIME_SAVED.format(user=username))
        else:
            self.info.setText(texts.ACCOUNT_PASSWORD_SAVED.format(user=username))
        self.refresh()
        if username in self.model.keys:
            select_row(self.table, self.model.keys.index(username))
