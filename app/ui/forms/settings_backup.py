"""Settings, backup: a copy of the database in use written to a chosen file (`lifecycle.backup`:
SQLite's online backup API, or pg_dump), with the time it took; and a restore, which never
touches the database in use: into a new SQLite file, or by the command line.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import local, texts
from app.ui.forms.base import MessageArea
from app.ui.forms.settings_database import where
from app.ui.item_models import isolate
from app.ui.session import Session
from app.workflow import jalali
from app.workflow.lifecycle import DATABASE_ERRORS, BackupError, backup, is_postgres_url, restore


def seconds_text(seconds: float) -> str:
    shown = f"{seconds:.2f}" if seconds < 10 else f"{seconds:.0f}"
    return local.decimal(shown)


def size_text(size: int) -> str:
    megabytes = size / 1_000_000
    shown = f"{megabytes:.1f}" if megabytes < 100 else f"{megabytes:.0f}"
    return local.decimal(shown)


def _problem(exc: BaseException) -> str:
    if isinstance(exc, BackupError):
        return str(exc)
    if isinstance(exc, subprocess.CalledProcessError):
        said = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        return said[-1] if said else str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class BackupTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_file: Path | None = None
        self.last_seconds: float | None = None

        self.where = QLabel()
        self.where.setObjectName("detailTitle")
        self.where.setWordWrap(True)
        explain = QLabel()
        explain.setWordWrap(True)
        self.explain = explain
        self.backup_button = QPushButton(texts.BACKUP_NOW)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.choose_and_back_up)
        self.message = MessageArea(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        restore_title = QLabel(texts.RESTORE_TITLE)
        restore_title.setObjectName("detailTitle")
        self.restore_explain = QLabel()
        self.restore_explain.setWordWrap(True)
        self.restore_explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(texts.RESTORE_NOW)
        self.restore_button.setObjectName("restoreNew")
        self.restore_button.clicked.connect(self.choose_and_restore)

        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addSpacing(18)
        layout.addWidget(restore_title)
        layout.addWidget(self.restore_explain)
        layout.addLayout(restore_row)
        layout.addStretch(1)

    def refresh(self) -> None:
        postgres = is_postgres_url(self.session.url)
        self.where.setText(texts.BACKUP_OF.format(where=where(self.session.url)))
        self.explain.setText(texts.BACKUP_EXPLAIN_PG if postgres else texts.BACKUP_EXPLAIN_SQLITE)
        self.restore_explain.setText(
            texts.RESTORE_EXPLAIN_PG if postgres else texts.RESTORE_EXPLAIN_SQLITE
        )
        self.restore_button.setVisible(not postgres)

    def suggested_name(self) -> str:
        day = jalali.format_date_latin(self.session.today()).replace("/", "-")
        suffix = ".dump" if is_postgres_url(self.session.url) else ".sqlite"
        return f"semansara-backup-{day}{suffix}"

    # --- backing up ----------------------------------------------------------------------------

    def choose_and_back_up(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            texts.BACKUP_CHOOSE_TITLE,
            str(Path.home() / self.suggested_name()),
            texts.BACKUP_FILTER_PG if is_postgres_url(self.session.url) else texts.BACKUP_FILTER,
        )
        return self.back_up_to(Path(path)) if path else None

    def back_up_to(self, out: Path) -> Path | None:
        """Write the backup to `out`; say where, how big and how long it took."""
        if (
            not is_postgres_url(self.session.url)
            and out.resolve() == Path(self.session.url).resolve()
        ):
            self.message.show_message(texts.BACKUP_SAME_FILE)
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            self.session.call(backup, self.session.url, out)
        except (BackupError, OSError, *DATABASE_ERRORS, subprocess.CalledProcessError) as exc:
            self.message.show_message(texts.BACKUP_FAILED.format(detail=_problem(exc)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_seconds = time.perf_counter() - started
        self.last_file = out
        self.message.show_message(
            texts.BACKUP_DONE.format(
                path=isolate(str(out)),
                size=size_text(out.stat().st_size),
                seconds=seconds_text(self.last_seconds),
            ),
            "ok",
        )
        return out

    # --- restoring -----------------------------------------------------------------------------

    def choose_and_restore(self) -> Path | None:
        source, _ = QFileDialog.getOpenFileName(
            self, texts.RESTORE_CHOOSE_BACKUP, str(Path.home()), texts.BACKUP_FILTER
        )
        if not source:
            return None
        target, _ = QFileDialog.getSaveFileName(
            self,
            texts.RESTORE_CHOOSE_TARGET,
            str(Path.home() / "semansara-restored.sqlite"),
            texts.DB_CHOOSE_FILTER,
        )
        return self.restore_into(Path(source), Path(target)) if target else None

    def restore_into(self, source: Path, target: Path) -> Path | None:
        """Restore the backup `source` into the new SQLite file `target` (never the database in
        use, never a file that has data)."""
        if target.resolve() == Path(self.session.url).resolve() or (
            target.exists() and target.stat().st_size > 0
        ):
            self.message.show_message(texts.RESTORE_NOT_EMPTY.format(path=isolate(str(target))))
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            self.session.call(restore, source, str(target))
        except (BackupError, OSError, *DATABASE_ERRORS) as exc:
            self.message.show_message(texts.RESTORE_FAILED.format(detail=_problem(exc)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.show_message(
            texts.RESTORE_DONE.format(
                path=isolate(str(target)), seconds=seconds_text(time.perf_counter() - started)
            ),
            "ok",
        )
        return target
