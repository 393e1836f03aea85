"""Settings, users and roles: the list, adding a user (`add_user`) and setting a password
(`set_password`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms import settings_queries as sq
from app.ui.forms.base import FormDialog
from app.ui.item_models import WARNING, ListTableModel
from app.ui.session import Session
from app.ui.widgets.fields import align_leading
from app.ui.widgets.tables import configure_table, select_row
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
        self.role = QComboBox()
        for role in ROLE_NAMES:
            self.role.addItem(i18n.role_name(role), role)
        self.role.setCurrentIndex(-1)
        self.role.setPlaceholderText(texts.CHOOSE)
        self.add_field("role", texts.ACCOUNT_ROLE, self.role)
        self.semansara = QComboBox()
        for code, name in sq.semansaras():
            self.semansara.addItem(name, code)
        self.semansara.setCurrentIndex(-1)
        self.semansara.setPlaceholderText(texts.ACCOUNT_SEMANSARA_HINT)
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
            "role": self.role.currentData() or "",
            "semansara": self.semansara.currentData() or "",
        }
        if self.password.text():
            args["password"] = self.password.text()
        return "add_user", args


class PasswordDialog(FormDialog):
    """The administrator sets a user's password (the person may change it later)."""

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
        self.model = ListTableModel(texts.ACCOUNT_COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("userTable")
        configure_table(self.table)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.set_password())

        self.info = QLabel()
        self.info.setObjectName("pageInfo")
        self.add_button = QPushButton(texts.ACCOUNT_NEW)
        self.add_button.setObjectName("userNew")
        self.add_button.clicked.connect(self.add_user)
        self.password_button = QPushButton(texts.ACCOUNT_SET_PASSWORD)
        self.password_button.setObjectName("userPassword")
        self.password_button.clicked.connect(self.set_password)
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        selected = self.selected_username()
        rows = sq.users()
        self.model.set_rows(
            [
                (
                    row.username,
                    (
                        f"\u2066{row.username}\u2069",
                        row.full_name or texts.NONE,
                        i18n.role_name(row.role),
                        row.semansara or texts.NONE,
                        texts.ACCOUNT_HAS_PASSWORD
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
            if row.locked_until is not None or not row.active:
                self.model.colours[(position, 5)] = WARNING
        refusal = self.session.refusal("add_user")
        self.add_button.setEnabled(not refusal)
        self.add_button.setToolTip(refusal)
        if selected in self.model.keys:
            select_row(self.table, self.model.keys.index(selected))
        self._selection_changed()

    def _state(self, row: sq.UserRow) -> str:
        if not row.active:
            return texts.ACCOUNT_INACTIVE
        if row.locked_until is not None and row.locked_until > self.session.clock.now():
            return texts.ACCOUNT_LOCKED.format(until=local.datetime_text(row.locked_until))
        return texts.ACCOUNT_ACTIVE

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.keys[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.password_button.setEnabled(self.selected_username() is not None)

    def add_user(self) -> FormDialog:
        return self._open(AddUserDialog(self.session, parent=self))

    def set_password(self) -> FormDialog | None:
        username = self.selected_username()
        if username is None:
            self.info.setText(texts.ACCOUNT_SELECT_FIRST)
            return None
        return self._open(PasswordDialog(self.session, username, parent=self))

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, result: dict) -> None:
        username = str(result.get("ref", ""))
        if "role" in result:
            self.info.setText(
                texts.ACCOUNT_SAVED.format(user=username, role=i18n.role_name(result["role"]))
            )
        else:
            self.info.setText(texts.ACCOUNT_PASSWORD_SAVED.format(user=username))
        self.refresh()
        if username in self.model.keys:
            select_row(self.table, self.model.keys.index(username))
