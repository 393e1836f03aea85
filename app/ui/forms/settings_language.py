"""Settings, interface language: Persian (the default) or English, for every role.

Each person at a desk picks the language for themselves: the choice is kept in their own
settings file (`interface.language`, `app.config`) and read at the next start (`app.ui.i18n`
sets the language before any window is built). SEMANSARA_LANG and `--lang` win over it.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.ui import i18n, texts
from app.ui.forms.base import MessageArea
from app.ui.session import Session


class LanguageTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current = QLabel()
        self.current.setObjectName("detailTitle")
        explain = QLabel(texts.LANGUAGE_EXPLAIN)
        explain.setWordWrap(True)
        self.override = QLabel(texts.LANGUAGE_ENV_WINS)
        self.override.setObjectName("pageInfo")
        self.override.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            self.choice.addItem(name, code)
        self.save_button = QPushButton(texts.SAVE)
        self.save_button.setObjectName("languageSave")
        self.save_button.clicked.connect(self.save)
        self.message = MessageArea(self)

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.choice)
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(texts.LANGUAGE_LABEL, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(explain)
        layout.addWidget(self.override)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.current.setText(texts.LANGUAGE_CURRENT.format(language=i18n.LANGUAGES[i18n.current()]))
        self.override.setVisible(bool(os.environ.get(i18n.ENV_VAR)))
        saved = config.setting("interface.language")
        self.choice.setCurrentIndex(max(0, self.choice.findData(saved)))

    def chosen(self) -> str:
        return str(self.choice.currentData())

    def save(self) -> bool:
        """Keep the choice for the next start; says so, or why it was not kept."""
        language = self.chosen()
        try:
            config.save_settings({"interface.language": language})
        except OSError as exc:
            self.message.show_message(texts.DB_SAVE_FAILED.format(detail=exc.strerror or exc))
            return False
        if language == i18n.current():
            self.message.show_message(texts.LANGUAGE_UNCHANGED, "ok")
        else:
            self.message.show_message(texts.LANGUAGE_SAVED, "ok")
        return True
