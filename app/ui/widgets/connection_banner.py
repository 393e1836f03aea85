"""The banner across the top of the main window while the link to the database is lost: it
counts down to the next try, offers «تلاش اکنون» and «لغو», and goes when the database
answers again (`DatabaseThread`'s `lost` and `restored`)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui import local, texts
from app.ui.database_thread import DatabaseThread


class ConnectionBanner(QFrame):
    def __init__(self, thread: DatabaseThread, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.thread = thread
        self.text = QLabel()
        self.text.setObjectName("connectionText")
        self.retry_button = QPushButton(texts.CONNECTION_RETRY_NOW)
        self.retry_button.setObjectName("connectionRetry")
        self.give_up_button = QPushButton(texts.CONNECTION_GIVE_UP)
        self.give_up_button.setObjectName("connectionGiveUp")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.give_up_button)
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.retry_button.clicked.connect(self._retry)
        self.give_up_button.clicked.connect(thread.give_up)
        thread.lost.connect(self.show_lost)
        thread.restored.connect(self.hide_banner)
        thread.allow_input(self)  # its buttons work while the window waits
        self.hide()

    def show_lost(self, seconds: int) -> None:
        self._left = seconds
        self._show_left()
        self._tick.start()
        self.show()

    def hide_banner(self) -> None:
        self._tick.stop()
        self.hide()

    def _retry(self) -> None:
        self._tick.stop()
        self.text.setText(texts.CONNECTION_TRYING)
        self.thread.retry_now()

    def _count_down(self) -> None:
        self._left = max(0, self._left - 1)
        self._show_left()

    def _show_left(self) -> None:
        if self._left:
            self.text.setText(texts.CONNECTION_LOST.format(seconds=local.number(self._left)))
        else:
            self.text.setText(texts.CONNECTION_TRYING)
