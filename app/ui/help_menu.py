"""Help: the Persian manual (`docs/manual/index.md` beside the program, opened in the desk's
own viewer; a clear message when this copy has none) and the version for About
(`importlib.metadata`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app import config
from app.ui import texts

PACKAGE = "semansara"


def version() -> str:
    """The installed version, or "" when the program runs from a copy that is not installed."""
    from importlib import metadata  # 4 ms: when About is opened, not at start-up

    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return ""


def version_html() -> str:
    found = version()
    return texts.ABOUT_VERSION.format(version=found) if found else ""  # an identifier: Latin


def open_manual(parent: QWidget | None = None, path: Path | None = None) -> QMessageBox | None:
    """Open the manual; None when it opened, else the message box that says where it belongs."""
    path = path or config.manual_index()
    if path.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        texts.MANUAL_MISSING_TITLE,
        texts.MANUAL_MISSING.format(path=f"\u2066{path}\u2069"),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("manualMissing")
    box.open()
    return box


def manual_action(parent: QWidget) -> QAction:
    action = QAction(texts.ACTION_MANUAL, parent)
    action.setObjectName("actionManual")
    action.setShortcut("F1")
    action.triggered.connect(lambda: open_manual(parent))
    return action
