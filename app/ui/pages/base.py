"""What every page offers the main window: a title, and optionally search and "new"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app.ui.session import Session


class Page(QWidget):
    """A page of the main window. Pages refresh themselves from `Session.changed`."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"page_{self.key}")

    def refresh(self) -> None:
        """Re-read what the page shows."""

    def activated(self) -> None:
        """The page was brought to the front: show what others may have changed meanwhile."""
        self.refresh()

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box (Ctrl+F); False when it has none."""
        return False

    def new_item(self) -> QDialog | None:
        """Open the page's "new" form (Ctrl+N); None when the page has none."""
        return None


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label
