"""The buttons of one object's possible actions. A disabled one says why, with its rule.

The buttons come from `app.workflow.available` (the services' own checks), so a button is
enabled exactly when its action would be accepted now, apart from what the form asks for.

Signals:
    triggered(str action, str variant): the person pressed an enabled action.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import i18n, texts
from app.workflow import errors
from app.workflow.available import Possible


def never_for_role(possible: Possible) -> bool:
    """The signed-in role may never take this action (`machines.ACTION_ROLES`, checked by the
    workflow's role check): no button, rather than one that is always refused."""
    return possible.error is not None and possible.error.code == errors.FORBIDDEN_ROLE


def why_not(possible: Possible) -> str:
    """«message (R-x.y)» for a disabled action, empty for an allowed one."""
    if possible.allowed:
        return ""
    return i18n.refusal(possible.error)


class ActionBar(QWidget):
    triggered = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, show_reasons: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._buttons_row = QHBoxLayout()
        self._layout.addLayout(self._buttons_row)
        self._reasons = QLabel()
        self._reasons.setObjectName("actionReasons")
        self._reasons.setWordWrap(True)
        self._reasons.setVisible(show_reasons)
        self._layout.addWidget(self._reasons)
        self.buttons: dict[tuple[str, str], QPushButton] = {}

    def set_possibles(self, possibles: list[Possible], *, hide_out_of_order: bool = True) -> None:
        """Show one button per action. Steps the object's state does not allow at all are
        left out (they would only clutter), and so are those the signed-in role may never take;
        refusals by a rule stay, disabled, with why."""
        while self._buttons_row.count():
            item = self._buttons_row.takeAt(0)
            if item.widget():
                item.widget().hide()  # deleteLater alone leaves it drawn until the loop runs
                item.widget().deleteLater()
        self.buttons.clear()
        reasons = []
        for possible in possibles:
            if hide_out_of_order and not possible.allowed and possible.error.code == "OUT_OF_ORDER":
                continue
            if never_for_role(possible):
                continue
            button = QPushButton(i18n.action_label(possible.label))
            button.setEnabled(possible.allowed)
            button.setToolTip(why_not(possible))
            button.clicked.connect(
                lambda _=False, a=possible.action, v=possible.variant: self.triggered.emit(a, v)
            )
            self._buttons_row.addWidget(button)
            self.buttons[(possible.action, possible.variant)] = button
            if not possible.allowed:
                reasons.append(
                    texts.ACTION_REFUSED.format(
                        label=i18n.action_label(possible.label), why=why_not(possible)
                    )
                )
        self._buttons_row.addStretch(1)
        self._reasons.setText("\n".join(reasons))
