"""Settings, the database connection: an SQLite file (one desk) or a PostgreSQL server (an
office of several desks), tested before it is saved, used from the next start.

`check_connection(url)` (the workflow's `lifecycle.probe`, told in Persian) connects without touching the running session's connection and reads
the schema version: an empty database is fine (the program builds it at start-up), an older
one is upgraded at start-up, a newer one is refused (as `migrate` would refuse it). Nothing is
written to the database being tested.

The choice is saved with `app.config.save_database`: the PostgreSQL password only when
«ذخیرهٔ گذرواژه» is ticked (otherwise libpq finds it in PGPASSWORD or ~/.pgpass). `--db` and
SEMANSARA_DB still win over the saved choice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.ui import database_thread, local, texts
from app.ui.forms.base import MessageArea, repolish
from app.ui.item_models import isolate
from app.ui.session import Session, describe_database
from app.ui.widgets.fields import align_leading, number_spin
from app.workflow.lifecycle import (
    CONNECT_TIMEOUT,
    LATEST,
    Probe,
    connection_parts,
    is_postgres_url,
    probe,
)


@dataclass(frozen=True)
class Check:
    """The outcome of a connection test: whether the program could use it, and what to say."""

    ok: bool
    message: str
    detail: str = ""  # the driver's own words, for whoever keeps the server
    field: str = ""  # the form field at fault, if one is


def _digits(n: int) -> str:
    return local.digits(n)


def _schema_state(version: int | None, extra: str = "") -> Check:
    if version is None:
        return Check(True, " ".join(filter(None, (texts.DB_CHECK_EMPTY, extra))))
    if version > LATEST:
        return Check(
            False, texts.DB_CHECK_TOO_NEW.format(version=_digits(version), latest=_digits(LATEST))
        )
    if version < LATEST:
        return Check(
            True, texts.DB_CHECK_UPGRADE.format(version=_digits(version), latest=_digits(LATEST))
        )
    return Check(True, texts.DB_CHECK_READY.format(version=_digits(version)))


def check_connection(url: str) -> Check:
    """Can the program use the database at `url`? Connects (at most CONNECT_TIMEOUT seconds)
    and reads the schema version; writes nothing."""
    found = database_thread.call(probe, url)
    if found.problem:
        return _problem(found)
    if found.new_file:
        return Check(True, texts.DB_CHECK_NEW_FILE)
    return _schema_state(found.version, texts.DB_CHECK_NO_GIST if found.no_gist else "")


def _problem(found: Probe) -> Check:
    where, detail = isolate(found.where), found.detail
    said = {
        "no_file": texts.DB_CHECK_NO_FILE,
        "suffix": texts.DB_CHECK_SUFFIX.format(path=where),
        "is_folder": texts.DB_CHECK_IS_FOLDER.format(path=where),
        "cannot_create": texts.DB_CHECK_CANNOT_CREATE.format(folder=where),
        "not_sqlite": texts.DB_CHECK_NOT_SQLITE.format(path=where),
        "bad_url": texts.DB_CHECK_BAD_URL,
        "refused": texts.DB_CHECK_REFUSED.format(server=found.where),
        "timeout": texts.DB_CHECK_TIMEOUT.format(
            server=found.where, seconds=_digits(CONNECT_TIMEOUT)
        ),
        "no_host": texts.DB_CHECK_NO_HOST.format(host=found.host),
        "auth": texts.DB_CHECK_AUTH.format(user=found.user),
        "no_database": texts.DB_CHECK_NO_DATABASE.format(name=found.dbname),
        "denied": texts.DB_CHECK_DENIED,
    }.get(found.problem) or texts.DB_CHECK_OTHER.format(server=found.where)
    return Check(False, said, detail, found.field)


# --- the tab -----------------------------------------------------------------------------------


def _ltr(placeholder: str = "") -> QLineEdit:
    """A path, host or name: typed left to right, sitting at the form's leading edge (the
    alignment is taken before the direction changes)."""
    edit = QLineEdit()
    align_leading(edit)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setPlaceholderText(placeholder)
    return edit


def where(url: str) -> str:
    """The database for a sentence: an SQLite path kept in one left-to-right run."""
    shown = describe_database(url, full_path=True)
    return shown if is_postgres_url(url) else isolate(shown)


class DatabaseTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.extra_params: dict[str, str] = {}
        self.last_check: Check | None = None

        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setObjectName("detailTitle")
        self.override = QLabel()
        self.override.setWordWrap(True)
        self.override.setObjectName("staffWarning")
        self.override.hide()

        self.sqlite_choice = QRadioButton(texts.DB_KIND_SQLITE)
        self.sqlite_choice.setObjectName("dbSqlite")
        self.postgres_choice = QRadioButton(texts.DB_KIND_POSTGRES)
        self.postgres_choice.setObjectName("dbPostgres")
        kinds = QButtonGroup(self)
        kinds.addButton(self.sqlite_choice)
        kinds.addButton(self.postgres_choice)
        self.sqlite_choice.toggled.connect(self._kind_chosen)

        self.path = _ltr(str(config.default_sqlite_path()))
        self.path.setObjectName("field_path")
        self.browse_button = QPushButton(texts.DB_BROWSE)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        self.sqlite_box = QGroupBox(texts.DB_SQLITE_BOX)
        sqlite_form = QFormLayout(self.sqlite_box)
        sqlite_form.addRow(texts.DB_FILE, path_row)
        self.sqlite_form = sqlite_form

        self.host = _ltr("db.office.local")
        self.port: QSpinBox = number_spin(1, 65535)
        self.port.setValue(5432)
        self.database = _ltr("semansara")
        self.user = _ltr("semansara")
        self.password = _ltr()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QCheckBox(texts.DB_SAVE_PASSWORD)
        self.save_password.setObjectName("dbSavePassword")
        self.save_password.setToolTip(texts.DB_SAVE_PASSWORD_TIP)
        self.postgres_box = QGroupBox(texts.DB_POSTGRES_BOX)
        pg_form = QFormLayout(self.postgres_box)
        self.fields: dict[str, QWidget] = {"path": self.path}
        for name, label, widget in (
            ("host", texts.DB_HOST, self.host),
            ("port", texts.DB_PORT, self.port),
            ("database", texts.DB_NAME, self.database),
            ("user", texts.DB_USER, self.user),
            ("password", texts.DB_PASSWORD, self.password),
        ):
            widget.setObjectName(f"field_{name}")
            pg_form.addRow(label, widget)
            self.fields[name] = widget
        pg_form.addRow("", self.save_password)
        for widget in (self.host, self.database, self.user, self.password):
            widget.setMaximumWidth(420)
        self.port.setMaximumWidth(120)
        self.pg_form = pg_form

        self.test_button = QPushButton(texts.DB_TEST)
        self.test_button.setObjectName("dbTest")
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(texts.DB_SAVE)
        self.save_button.setObjectName("dbSave")
        self.save_button.clicked.connect(self.save)
        self.message = MessageArea(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        note = QLabel(texts.DB_NEXT_START)
        note.setWordWrap(True)
        note.setObjectName("pageInfo")

        kinds_row = QHBoxLayout()
        kinds_row.addWidget(self.sqlite_choice)
        kinds_row.addWidget(self.postgres_choice)
        kinds_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.override)
        layout.addLayout(kinds_row)
        layout.addWidget(self.sqlite_box)
        layout.addWidget(self.postgres_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addStretch(1)
        self.load(config.setting("database.url") or session.url)
        self.save_password.setChecked(bool(config.setting("database.save_password")))

    # --- values --------------------------------------------------------------------------------

    def load(self, url: str) -> None:
        """Fill the form from `url` (a saved one, or the database in use)."""
        if is_postgres_url(url):
            parts = connection_parts(url) or {}
            self.host.setText(parts.pop("host", ""))
            self.port.setValue(int(parts.pop("port", 5432) or 5432))
            self.database.setText(parts.pop("dbname", ""))
            self.user.setText(parts.pop("user", ""))
            self.password.setText(parts.pop("password", ""))
            self.extra_params = parts
            self.postgres_choice.setChecked(True)
        else:
            self.path.setText(url)
            self.sqlite_choice.setChecked(True)
        self._kind_chosen()

    def url(self) -> str:
        if self.sqlite_choice.isChecked():
            return self.path.text().strip()
        return config.postgres_url(
            self.host.text().strip() or "localhost",
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            **self.extra_params,
        )

    def refresh(self) -> None:
        self.current.setText(texts.DB_CURRENT.format(where=where(self.session.url)))
        if os.environ.get("SEMANSARA_DB"):
            self.override.setText(texts.DB_ENV_WINS)
            self.override.show()
        else:
            self.override.hide()

    # --- actions -------------------------------------------------------------------------------

    def browse(self) -> None:
        start = self.path.text().strip() or str(config.default_sqlite_path())
        path, _ = QFileDialog.getSaveFileName(
            self,
            texts.DB_CHOOSE_TITLE,
            start,
            texts.DB_CHOOSE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)

    def test(self) -> Check:
        """«آزمودن اتصال»: connect and read the schema version; say what was found."""
        self._clear_marks()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check = check_connection(self.url())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_check = check
        self._show(check)
        return check

    def save(self) -> bool:
        """«ذخیره»: test, and only when the test passes write the settings file."""
        check = self.test()
        if not check.ok:
            return False
        try:
            config.save_database(
                self.url(),
                save_password=self.postgres_choice.isChecked() and self.save_password.isChecked(),
            )
        except OSError as exc:
            self.message.show_message(texts.DB_SAVE_FAILED.format(detail=exc.strerror or exc))
            return False
        said = [check.message, texts.DB_SAVED]
        if os.environ.get("SEMANSARA_DB"):
            said.append(texts.DB_ENV_WINS)
        self.message.show_message("\n".join(said), "ok")
        return True

    def _show(self, check: Check) -> None:
        text = check.message
        if check.detail:
            text += "\n" + texts.DB_CHECK_DETAIL.format(detail=isolate(check.detail))
        self.message.show_message(text, "ok" if check.ok else "error")
        if not check.ok and check.field in self.fields and self.fields[check.field].isEnabled():
            self._mark(check.field, True)

    def _mark(self, name: str, on: bool) -> None:
        widget = self.fields[name]
        widget.setProperty("invalid", on)
        repolish(widget)
        form = self.sqlite_form if name == "path" else self.pg_form
        label = form.labelForField(widget)
        if label is None and name == "path":
            label = form.labelForField(form.itemAt(0, QFormLayout.ItemRole.FieldRole).layout())
        if label is not None:
            label.setProperty("invalid", on)
            repolish(label)

    def _clear_marks(self) -> None:
        for name, widget in self.fields.items():
            if widget.property("invalid"):
                self._mark(name, False)
        self.message.clear_message()

    def _kind_chosen(self, *_args: object) -> None:
        sqlite = self.sqlite_choice.isChecked()
        self.sqlite_box.setEnabled(sqlite)
        self.postgres_box.setEnabled(not sqlite)
