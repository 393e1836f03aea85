"""Settings, e-mail: the SMTP server that sends the notices of step ذ (issue 7, item 3).

The values are `notifications.Settings`, kept in the ``smtp`` section of settings.json through
`Settings.save`; the password is written only when «ذخیرهٔ گذرواژه» is ticked (otherwise it is
read from SEMANSARA_SMTP_PASSWORD when notices are sent), as the database tab does for its
password. «آزمایش» connects to the server as set (TLS and sign-in included) and, when an
address is given, sends it a test message: in a thread of its own (`Job`), so that a server
that does not answer leaves the window responsive until the timeout says so in Persian.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, texts
from app.ui.forms.base import MessageArea
from app.ui.item_models import isolate
from app.ui.session import Session
from app.ui.widgets.fields import align_leading, number_spin
from app.ui.worker import Job
from app.workflow import notifications
from app.workflow.errors import WorkflowError
from app.workflow.notifications import PASSWORD_ENV, SECURITY, Settings

#: the usual port of each kind of link, offered when the kind changes
USUAL_PORT = {"none": 25, "starttls": 587, "ssl": 465}


def _ltr(placeholder: str = "") -> QLineEdit:
    """A host, a user name or an address: typed left to right, at the form's leading edge."""
    edit = QLineEdit()
    align_leading(edit)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(420)
    return edit


class MailTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded = Settings()
        self.job: Job | None = None
        self.last_result: tuple[bool, str] | None = None

        intro = QLabel(texts.MAIL_INTRO)
        intro.setWordWrap(True)
        intro.setObjectName("pageInfo")
        self.host = _ltr("mail.office.local")
        self.port: QSpinBox = number_spin(1, 65535)
        self.port.setMaximumWidth(120)
        self.security = QComboBox()
        for key in SECURITY:
            self.security.addItem(texts.MAIL_SECURITY_NAMES[key], key)
        self.security.setMaximumWidth(420)
        self.security.currentIndexChanged.connect(self._security_chosen)
        self.user = _ltr()
        self.password = _ltr()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QCheckBox(texts.MAIL_SAVE_PASSWORD)
        self.save_password.setObjectName("mailSavePassword")
        self.save_password.setToolTip(texts.MAIL_SAVE_PASSWORD_TIP)
        self.sender = _ltr("desk@ngo-hq.example")
        self.test_to = _ltr(texts.MAIL_TEST_TO_HINT)
        self.fields: dict[str, QWidget] = {}
        box = QGroupBox(texts.MAIL_BOX)
        form = QFormLayout(box)
        for name, label, widget in (
            ("host", texts.MAIL_HOST, self.host),
            ("port", texts.MAIL_PORT, self.port),
            ("security", texts.MAIL_SECURITY, self.security),
            ("username", texts.MAIL_USER, self.user),
            ("password", texts.MAIL_PASSWORD, self.password),
        ):
            widget.setObjectName(f"mail_{name}")
            form.addRow(label, widget)
            self.fields[name] = widget
        form.addRow("", self.save_password)
        self.sender.setObjectName("mail_sender")
        form.addRow(texts.MAIL_SENDER, self.sender)
        self.fields["sender"] = self.sender
        self.test_to.setObjectName("mail_test_to")
        form.addRow(texts.MAIL_TEST_TO, self.test_to)

        self.test_button = QPushButton(texts.MAIL_TEST)
        self.test_button.setObjectName("mailTest")
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(texts.MAIL_SAVE)
        self.save_button.setObjectName("mailSave")
        self.save_button.clicked.connect(self.save)
        self.message = MessageArea(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    # --- values --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fill the form from the saved settings (the defaults when none were saved)."""
        if self.running():
            return
        try:
            saved = Settings.load()
        except WorkflowError as err:
            self.message.show_message(
                texts.MAIL_LOAD_FAILED.format(detail=i18n.refusal(err, with_rule=False))
            )
            saved = Settings()
        self.load(saved)

    def load(self, settings: Settings) -> None:
        self.loaded = settings
        self.host.setText(settings.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(self.security.findData(settings.security), 0))
        self.security.blockSignals(False)
        self.port.setValue(int(settings.port) if str(settings.port).isdigit() else 587)
        self.user.setText(settings.username)
        from_file = bool(settings.password) and settings.password != os.environ.get(
            PASSWORD_ENV, ""
        )
        self.password.setText(settings.password if from_file else "")
        self.save_password.setChecked(from_file)
        self.sender.setText(settings.sender)

    def settings(self) -> Settings:
        """What the form says, as the sending code takes it."""
        chosen = Settings(
            host=self.host.text().strip(),
            port=self.port.value(),
            username=self.user.text().strip(),
            password=self.password.text()
            or (os.environ.get(PASSWORD_ENV, "") if not self.save_password.isChecked() else ""),
            sender=self.sender.text().strip(),
            timeout=self.loaded.timeout,
        )
        return chosen.with_security(self.security.currentData())

    # --- actions -------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.job is not None

    def test(self) -> Job | None:
        """«آزمایش»: connect (and send the test message, if an address is given); say how it
        went in the message area."""
        if self.running():
            return None
        settings, send_to = self.settings(), self.test_to.text().strip()
        problems = settings.problems()
        if problems:
            self._said(False, " ".join(problems))
            return None
        clock = self.session.clock
        job = Job(
            lambda _job: notifications.check_server(settings, clock, send_to),
            uses_database=False,
            parent=self,
        )
        self.job = job
        job.succeeded.connect(lambda result: self._said(*result))
        job.failed.connect(lambda exc: self._said(False, isolate(f"{type(exc).__name__}: {exc}")))
        job.finished.connect(self._tested)
        self.message.show_message(texts.MAIL_TESTING.format(server=settings.server), "hint")
        self.test_button.setEnabled(False)
        job.begin()
        return job

    def save(self) -> bool:
        """«ذخیره»: write the settings (the password only when asked) after checking them."""
        settings = self.settings()
        problems = settings.problems()
        if problems:
            self._said(False, " ".join(problems))
            return False
        store = self.save_password.isChecked()
        if not store:
            settings.password = ""
        try:
            path = settings.save(store_password=store)
        except (OSError, WorkflowError) as exc:
            detail = (
                i18n.refusal(exc, with_rule=False)
                if isinstance(exc, WorkflowError)
                else exc.strerror or exc
            )
            self._said(False, texts.MAIL_SAVE_FAILED.format(detail=detail))
            return False
        self.loaded = settings
        said = texts.MAIL_SAVED.format(path=isolate(str(path)))
        if self.password.text() and not store:
            said += "\n" + texts.MAIL_SAVED_NO_PASSWORD
        self._said(True, said)
        return True

    # --- slots ---------------------------------------------------------------------------------

    def _said(self, ok: bool, text: str) -> None:
        self.last_result = (ok, text)
        self.message.show_message(text, "ok" if ok else "error")

    def _tested(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self.test_button.setEnabled(True)

    def _security_chosen(self, _index: int) -> None:
        """A usual port follows the kind of link; a port typed by hand stays."""
        if self.port.value() in USUAL_PORT.values():
            self.port.setValue(USUAL_PORT[self.security.currentData()])
