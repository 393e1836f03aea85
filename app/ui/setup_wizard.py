"""The guided set-up of a first start: on a database with no semansara yet, the administrator
is led through HQ's details (their own name and email, for the papers and the notices), the
first semansara with its rooms, and the first users (the starter accounts' people and their
one-time passwords), instead of pages of zeros. Each step is the workflow's own action
(`update_user`, `add_semansara`, `update_user` + `set_password`), run as the administrator
when the person presses «next»; a refusal stays on the step, says why and marks the field.
A step can be left for later (Settings holds the same forms).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.ui import i18n, texts
from app.ui.forms.base import MessageArea
from app.ui.reads import window
from app.ui.session import Session
from app.ui.widgets.fields import align_leading, number_spin
from app.workflow.errors import WorkflowError
from app.workflow.roles import ADMIN

#: the first semansara's counts: (field, lowest, highest, default)
ROOMS = (
    ("district", 1, 22, 1),
    ("desks", 0, 200, 4),
    ("meeting_rooms", 0, 50, 1),
    ("workshop_rooms", 0, 50, 1),
    ("halls", 0, 20, 1),
    ("shelves", 0, 500, 10),
    ("max_contracts", 1, 500, 10),
)


class StepPage(QWizardPage):
    """A step whose «next» runs workflow actions (`act`); a refusal keeps the person here."""

    def __init__(self, session: Session, title: str, subtitle: str) -> None:
        super().__init__()
        self.session = session
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.fields: dict[str, QWidget] = {}
        self.message = MessageArea(self)
        self.done = False

    def act(self) -> None:
        """Run this step's actions; raises `WorkflowError`."""
        raise NotImplementedError

    def validatePage(self) -> bool:  # noqa: N802 - Qt naming
        for widget in self.fields.values():
            widget.setProperty("invalid", False)
            widget.style().polish(widget)
        try:
            self.act()
        except WorkflowError as err:
            self.message.show_message(i18n.refusal(err, with_rule=False), "error")
            field = self.fields.get(err.field or "")
            if field is not None:
                field.setProperty("invalid", True)
                field.style().polish(field)
                field.setFocus()
            return False
        self.message.clear_message()
        self.done = True
        return True


class HeadquartersPage(StepPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, texts.SETUP_HQ_TITLE, texts.SETUP_HQ_SUBTITLE)
        name, email = window.account_details(session.user.username if session.user else "")
        self.full_name = QLineEdit(name)
        self.email = QLineEdit(email)
        align_leading(self.email)
        self.fields = {"full_name": self.full_name, "email": self.email}
        form = QFormLayout(self)
        hq = QLabel(texts.SETUP_HQ_NAME)
        hq.setWordWrap(True)
        hq.setObjectName("detailTitle")
        form.addRow(hq)
        form.addRow(texts.SETUP_ADMIN_NAME, self.full_name)
        form.addRow(texts.SETUP_ADMIN_EMAIL, self.email)
        form.addRow(self.message)

    def act(self) -> None:
        user = self.session.user
        assert user is not None
        self.session.run(
            "update_user",
            username=user.username,
            full_name=self.full_name.text(),
            email=self.email.text(),
        )


class SemansaraPage(StepPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, texts.SETUP_SEMANSARA_TITLE, texts.SETUP_SEMANSARA_SUBTITLE)
        self.code = QLineEdit("S1")
        align_leading(self.code)
        self.name = QLineEdit()
        self.counts: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        form.addRow(texts.SETUP_SEMANSARA_CODE, self.code)
        form.addRow(texts.SETUP_SEMANSARA_NAME, self.name)
        grid = QGridLayout()
        for position, (field, low, high, default) in enumerate(ROOMS):
            spin = number_spin(low, high)
            spin.setValue(default)
            spin.setObjectName(f"field_{field}")
            self.counts[field] = spin
            grid.addWidget(
                QLabel(texts.SETUP_ROOM_LABELS[field]), position // 2, (position % 2) * 2
            )
            grid.addWidget(spin, position // 2, (position % 2) * 2 + 1)
        form.addRow(grid)
        form.addRow(self.message)
        self.fields = {"code": self.code, "name": self.name, **self.counts}

    def act(self) -> None:
        if self.done:  # back and next again: the semansara is there (Settings edits it)
            return
        self.session.run(
            "add_semansara",
            code=self.code.text(),
            name=self.name.text(),
            **{field: spin.value() for field, spin in self.counts.items()},
        )


class UsersPage(StepPage):
    """The starter accounts (one per HQ role) get their people: a name and a one-time password
    that each changes at the first sign-in; an account left empty waits, turned off."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, texts.SETUP_USERS_TITLE, texts.SETUP_USERS_SUBTITLE)
        self.rows: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        for column, heading in enumerate(texts.SETUP_USERS_COLUMNS):
            label = QLabel(heading)
            label.setObjectName("detailTitle")
            grid.addWidget(label, 0, column)
        for row, account in enumerate(window.waiting_accounts(), start=1):
            name = QLineEdit(account.full_name)
            password = QLineEdit()
            password.setEchoMode(QLineEdit.EchoMode.Password)
            password.setObjectName(f"password_{account.username}")
            align_leading(password)
            grid.addWidget(QLabel(f"{i18n.role_name(account.role)} ({account.username})"), row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(password, row, 2)
            self.rows[account.username] = (name, password)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def act(self) -> None:
        for username, (name, password) in self.rows.items():
            if not password.text():
                continue
            self.fields = {"full_name": name, "password": password}
            self.session.run("set_password", username=username, password=password.text())
            self.session.run("update_user", username=username, full_name=name.text())
            password.clear()
            password.setEnabled(False)
            password.setPlaceholderText(texts.SETUP_USERS_DONE)


class SetupWizard(QWizard):
    """HQ's details, the first semansara, the first users."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(texts.SETUP_TITLE)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.hq = HeadquartersPage(session)
        self.semansara = SemansaraPage(session)
        self.users = UsersPage(session)
        for page in (self.hq, self.semansara, self.users):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, texts.SETUP_NEXT)
        self.setButtonText(QWizard.WizardButton.BackButton, texts.SETUP_BACK)
        self.setButtonText(QWizard.WizardButton.FinishButton, texts.SETUP_FINISH)
        self.setButtonText(QWizard.WizardButton.CancelButton, texts.SETUP_LATER)
        self.resize(640, 460)


def offer_setup(session: Session, parent: QWidget | None = None) -> SetupWizard | None:
    """The guided set-up, opened (not blocking) when the administrator starts on a database
    with no semansara yet; None otherwise."""
    user = session.user
    if user is None or user.role != ADMIN or not window.needs_setup():
        return None
    wizard = SetupWizard(session, parent)
    wizard.open()
    return wizard
