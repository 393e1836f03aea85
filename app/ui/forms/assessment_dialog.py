"""The level assessment (R-4.5, `assess_level`) and the documented programs it rests on
(`add_program`).

The assessment form shows what the workflow suggests (`levels.suggest`): the level each of the
three criteria supports, with its evidence, and the lowest of them. The empowerment deputy
confirms it, or sets another level with a written reason (the workflow insists on it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.request_actions import reason_edit
from app.ui.reads import ngos
from app.ui.session import Session
from app.ui.widgets.fields import count_spin
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.workflow.read.records import NgoRecord


def decimal_fa(value: float) -> str:
    """5.25 → «۵٫۳» (one decimal, the Persian decimal separator)."""
    return local.decimal(f"{value:.1f}")


def digits(value: Any) -> str:
    return local.digits(value)


def activity_text(programs: dict[str, int], thresholds: dict) -> str:
    """The programs counted for the activity criterion, in words."""
    l3, l4 = thresholds["level3"], thresholds["level4"]
    return texts.ASSESS_ACTIVITY.format(
        years3=digits(l3["window_years"]),
        n3=digits(programs.get("l3_programs", 0)),
        p3=digits(l3["people"]),
        b3=digits(programs.get("l3_big", 0)),
        bp3=digits(l3["big_people"]),
        years4=digits(l4["window_years"]),
        n4=digits(programs.get("l4_programs", 0)),
        p4=digits(l4["people"]),
        b4=digits(programs.get("l4_big", 0)),
        bp4=digits(l4["big_people"]),
    )


def evidence_text(evidence: dict, on: dt.date) -> str:
    """An assessment's kept evidence (its JSON) in one Persian line."""
    if not evidence:
        return texts.NONE
    thresholds = ngos.level_policy(on)
    return texts.ASSESS_EVIDENCE.format(
        years=decimal_fa(float(evidence.get("years", 0))),
        members=local.number(int(evidence.get("members", 0))),
        activity=activity_text(evidence.get("programs", {}), thresholds),
    )


def level_name(level: int) -> str:
    return texts.LEVEL_NAMES.get(level, digits(level))


class AssessmentDialog(FormDialog):
    action_name = "assess_level"

    def __init__(self, session: Session, ngo: NgoRecord, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.ASSESS_TITLE.format(name=ngo.name), parent)
        self.ngo = ngo
        self.setMinimumWidth(600)
        today = session.today()
        suggestion = ngos.level_suggestion(ngo.code, today, who=session.user)
        assert suggestion is not None  # the dialog opens on an NGO the page showed
        self.suggestion = suggestion
        thresholds = ngos.level_policy(today)
        s = self.suggestion

        criteria = QWidget()
        criteria.setObjectName("criteria")
        grid = QGridLayout(criteria)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        for column, title in enumerate(texts.ASSESS_CRITERIA_COLUMNS):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, column)
        rows = [
            (
                texts.ASSESS_YEARS,
                texts.ASSESS_YEARS_VALUE.format(
                    years=decimal_fa(s.years), founded=local.date(ngo.founded)
                ),
                s.years_level,
            ),
            (
                texts.ASSESS_MEMBERS,
                texts.ASSESS_MEMBERS_VALUE.format(members=local.number(s.members)),
                s.members_level,
            ),
            (texts.ASSESS_ACTIVITY_TITLE, activity_text(s.programs, thresholds), s.activity_level),
        ]
        self.criteria_levels: list[QLabel] = []
        for row, (name, value, level) in enumerate(rows, start=1):
            grid.addWidget(QLabel(name), row, 0)
            shown = QLabel(value)
            shown.setWordWrap(True)
            grid.addWidget(shown, row, 1)
            level_label = QLabel(digits(level))
            level_label.setObjectName(f"criterionLevel{row}")
            grid.addWidget(level_label, row, 2)
            self.criteria_levels.append(level_label)
        grid.setColumnStretch(1, 1)
        self.form.addRow(criteria)
        self.suggested = QLabel(texts.ASSESS_SUGGESTED.format(level=level_name(s.level)))
        self.suggested.setObjectName("amountDue")
        self.form.addRow(self.suggested)
        if ngo.level:
            self.form.addRow(QLabel(texts.ASSESS_CURRENT.format(level=level_name(ngo.level))))

        self.level = QComboBox()
        for level in range(1, 5):
            self.level.addItem(level_name(level), level)
        self.level.setCurrentIndex(self.level.findData(s.level))
        self.add_field("level", i18n.field_name("level"), self.level)
        self.reason = self.add_field("reason", texts.ASSESS_REASON, reason_edit())
        self.level.currentIndexChanged.connect(self._level_changed)
        self._level_changed()
        self.hint_role()
        self.level.setFocus()

    def _level_changed(self, *_args: object) -> None:
        differs = self.level.currentData() != self.suggestion.level
        self.save_text(texts.ASSESS_SET_OTHER if differs else texts.ASSESS_CONFIRM)

    def save_text(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)

    def save_button_text(self) -> str:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save).text()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "assess_level", {
            "ngo": self.ngo.code,
            "level": self.level.currentData(),
            "reason": self.reason.toPlainText(),
        }


class ProgramDialog(FormDialog):
    """A documented program of the NGO: evidence for its level (R-4.5)."""

    action_name = "add_program"

    def __init__(self, session: Session, ngo: NgoRecord, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.PROGRAM_TITLE.format(name=ngo.name), parent)
        self.ngo = ngo
        self.setMinimumWidth(460)
        self.title = self.add_field("title", i18n.field_name("title"), QLineEdit())
        self.date = self.add_field("date", i18n.field_name("date"), JalaliDateEdit())
        self.participants = self.add_field(
            "participants", i18n.field_name("participants"), count_spin(1_000_000)
        )
        self.hint_role()
        self.title.setFocus()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "add_program", {
            "ngo": self.ngo.code,
            "title": self.title.text(),
            "date": self.date.value(),
            "participants": self.participants.value(),
        }
