"""A list of semansaras to choose from, each with its free places and its queue, the suggestion
first and chosen (`app.workflow.read.capacity`): the new-request form and the move of a request.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.ui import local, texts
from app.workflow.read.capacity import Choice


def choice_text(choice: Choice) -> str:
    text = texts.CHOICE_TEXT.format(
        name=local.name(choice.name),
        free=local.number(choice.free),
        waiting=local.number(choice.waiting),
    )
    return texts.CHOICE_SUGGESTED.format(text=text) if choice.suggested else text


class SemansaraChoice(QComboBox):
    """The semansaras of `show`, the suggested one selected unless the user chose another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("semansaraChoice")
        self.setPlaceholderText(texts.CHOOSE)
        self.choices: list[Choice] = []
        self.by_hand = False
        self.activated.connect(self._chosen)  # the user's own choice, not the program's

    def show_choices(self, choices: list[Choice]) -> None:
        keep = self.currentData() if self.by_hand else None
        self.choices = choices
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            self.addItem(choice_text(choice), choice.code)
        self.blockSignals(False)
        suggested = next((c.code for c in choices if c.suggested), None)
        wanted = keep if keep is not None and self.findData(keep) >= 0 else suggested
        self.setCurrentIndex(self.findData(wanted) if wanted else -1)

    def suggested(self) -> Choice | None:
        return next((c for c in self.choices if c.suggested), None)

    def _chosen(self, _index: int) -> None:
        self.by_hand = True
