"""The home page: a welcome, today's Jalali date and the register at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui import queries, texts
from app.ui.pages.base import Page, heading
from app.ui.session import Session
from app.workflow import jalali, persian


def today_long(session: Session) -> str:
    today = session.today()
    year, month, day = jalali.to_jalali(today)
    return texts.HOME_TODAY.format(
        weekday=jalali.weekday_name(today),
        day=persian.to_persian_digits(day),
        month=jalali.MONTH_NAMES[month - 1],
        year=persian.to_persian_digits(year),
    )


class HomePage(Page):
    key = "home"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.HOME_WELCOME))
        subtitle = QLabel(texts.APP_SUBTITLE)
        subtitle.setObjectName("homeSubtitle")
        layout.addWidget(subtitle)
        self.today = QLabel()
        self.today.setObjectName("homeToday")
        layout.addWidget(self.today)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.counts: dict[str, QLabel] = {}
        for position, (key, label) in enumerate(texts.HOME_COUNTS.items()):
            card = QFrame()
            card.setObjectName("countCard")
            box = QVBoxLayout(card)
            value = QLabel()
            value.setObjectName("countValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(value)
            box.addWidget(caption)
            grid.addWidget(card, 0, position)
            self.counts[key] = value
        layout.addLayout(grid)
        layout.addStretch(1)
        session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _kind: str, _ref: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.today.setText(today_long(self.session))
        for key, value in queries.home_counts().items():
            self.counts[key].setText(persian.format_number(value))
