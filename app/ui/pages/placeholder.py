"""Pages not built yet say so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui import texts
from app.ui.pages.base import Page, heading
from app.ui.session import Session


class PlaceholderPage(Page):
    def __init__(self, session: Session, key: str, parent: QWidget | None = None) -> None:
        self.key = key
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.PAGES[key]))
        note = QLabel(texts.NOT_READY)
        note.setObjectName("notReady")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note, 1)
