"""The home page: who is signed in, today's Jalali date, the register at a glance, the signed-in
person's worklist (`worklists.worklist`) and the reminders beside it.

A double click on a row asks the main window to show its record (`open_record`).

Signals:
    open_record(str kind, str ref): show record `ref` of `kind` ("request", "contract" …).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.item_models import WARNING, ListTableModel
from app.ui.pages.base import Page, heading
from app.ui.pages.manager_week import ManagerWeekPanel
from app.ui.reads import home, worklists
from app.ui.session import Session
from app.ui.widgets.tables import configure_table
from app.workflow import jalali
from app.workflow.roles import ADMIN

# The record each kind of work is about (worklists' `WorkItem.kind` → a record kind).
RECORD_OF_WORK = {
    "review_request": "request",
    "refer_request": "request",
    "check_capacity": "request",
    "invite": "request",
    "sign_contract": "request",
    "deliver_letter": "request",
    "schedule_booking": "booking",
    "notify_booking": "booking",
    "deliver_notice": "booking",
    "licence_expired": "ngo",
    "release_allocation": "contract",
    "contract_ending": "contract",
    "decide_extension": "extension",
    "take_note_custody": "note",
    "return_note": "note",
    "settle_damage": "note",
    "confirm_no_damage": "note",
    "staff_short": "semansara",
    "assess_level": "ngo",
    "set_inflation": "inflation",
    "review_policy": "policy",
}


# The values of a work item's subject that are identifiers (Latin digits, `local.identifier`).
IDENTIFIERS = frozenset({"serial", "ref", "contract", "code", "licence_no"})


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def today_long(session: Session) -> str:
    today = session.today()
    year, month, day = jalali.to_jalali(today)
    return texts.HOME_TODAY.format(
        weekday=local.weekday_name(today),
        day=local.digits(day),
        month=local.month_name(month),
        year=local.digits(year),
    )


def subject_text(item: worklists.WorkItem) -> str:
    """A work item's subject in the interface language: its pattern from the catalogue, its
    dates and numbers in the interface's digits, names as they were written."""

    def shown(key: str, value: object) -> str:
        if key in IDENTIFIERS:
            return local.identifier_in_text(str(value))
        if isinstance(value, dt.datetime):
            return local.datetime_text(value)
        if isinstance(value, dt.date):
            return local.date(value)
        if isinstance(value, tuple):  # names of recipients
            return texts.LIST_SEPARATOR.join(
                i18n.label("notifications.RECIPIENT_NAMES", name) for name in value
            )
        if isinstance(value, int):
            return local.digits(value)
        return local.name(str(value))

    pattern = i18n.tr("worklists.subjects", item.subject)
    return pattern.format(**{key: shown(key, value) for key, value in item.values.items()})


def when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return texts.NONE
    if isinstance(value, dt.datetime):
        return local.date(value.date())
    return local.date(value)


@dataclass(frozen=True)
class Row:
    kind: str  # the record kind to open
    ref: str
    cells: tuple[str, ...]


class RecordTable(QTableView):
    """A short list whose rows each lead to a record (a model, never a widget per row)."""

    def __init__(self, columns: tuple[str, ...], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        configure_table(self)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a subject keeps its end (S-…)
        self.model_ = ListTableModel(columns, self)
        self.model_.centred = frozenset({2, 3})  # the date and the rule
        self.setModel(self.model_)
        self.rows: list[Row] = []
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_rows(self, rows: list[Row], stretch: int = 1) -> None:
        self.rows = rows
        self.model_.set_rows([(f"{row.kind}:{row.ref}", row.cells) for row in rows])
        header = self.horizontalHeader()
        for column in range(self.model_.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )

    def shown(self) -> list[tuple[str, ...]]:
        return [row.cells for row in self.rows]


class HomePage(Page):
    key = "home"
    open_record = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        self.welcome = heading(texts.HOME_WELCOME)
        layout.addWidget(self.welcome)
        subtitle = QLabel(texts.APP_SUBTITLE)
        subtitle.setObjectName("homeSubtitle")
        layout.addWidget(subtitle)
        self.today = QLabel()
        self.today.setObjectName("homeToday")
        layout.addWidget(self.today)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.counts: dict[str, QLabel] = {}
        for position, (key, label) in enumerate(texts.HOME_COUNTS.items()):
            card = QFrame()
            card.setObjectName("countCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(6, 4, 6, 4)
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

        # A semansara manager's week (hidden for everyone else).
        self.manager_week = ManagerWeekPanel(session)
        self.manager_week.open_record.connect(self.open_record)
        self.manager_week.hide()
        layout.addWidget(self.manager_week, 1)

        self.work_title = QLabel()
        bold(self.work_title)
        self.work = RecordTable(texts.WORK_COLUMNS, "worklist")
        self.work.activated.connect(self._open_work)  # double click or Enter
        self.work_empty = QLabel(texts.WORK_EMPTY)
        self.work_empty.setObjectName("pageInfo")
        self.reminder_title = QLabel()
        bold(self.reminder_title)
        self.reminders = RecordTable(texts.REMINDER_COLUMNS, "reminders")
        self.reminders.activated.connect(self._open_reminder)
        self.reminders_empty = QLabel(texts.REMINDERS_EMPTY)
        self.reminders_empty.setObjectName("pageInfo")

        work_box = QVBoxLayout()
        work_box.addWidget(self.work_title)
        work_box.addWidget(self.work, 1)
        work_box.addWidget(self.work_empty)
        reminder_box = QVBoxLayout()
        reminder_box.addWidget(self.reminder_title)
        reminder_box.addWidget(self.reminders, 1)
        reminder_box.addWidget(self.reminders_empty)
        lists = QHBoxLayout()
        lists.addLayout(work_box, 3)  # first: on the right, right-to-left
        lists.addLayout(reminder_box, 2)
        layout.addLayout(lists, 1)
        hint = QLabel(texts.HOME_OPEN_HINT)
        hint.setObjectName("pageInfo")
        layout.addWidget(hint)

        session.changed.connect(self._changed)
        session.user_changed.connect(self.refresh)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.today.setText(today_long(self.session))
        for key, value in home.counts(self.session.user).items():
            self.counts[key].setText(local.number(value))
        user = self.session.user
        if user is not None:
            name = user.full_name or user.username
            self.welcome.setText(texts.HOME_WELCOME_USER.format(name=name))
        else:
            self.welcome.setText(texts.HOME_WELCOME)
        self.manager_week.refresh()
        self._show_work()
        self._show_reminders()

    def _show_work(self) -> None:
        user = self.session.user
        now = self.session.clock.now()
        items = worklists.worklist(user, now.date(), now) if user is not None else []
        rows = [
            Row(
                RECORD_OF_WORK.get(item.kind, item.kind),
                item.ref,
                (
                    texts.WORK_KINDS.get(item.kind, item.kind),
                    subject_text(item),
                    when(item.since),
                    item.rule,
                ),
            )
            for item in items
        ]
        self.work.set_rows(rows)
        for position, row in enumerate(rows):
            self.work.model_.tips[(position, 1)] = row.cells[1]
        for position, item in enumerate(items):
            if item.step:
                self.work.model_.tips[(position, 0)] = texts.WORK_STEP_TIP.format(step=item.step)
        role = i18n.role_name(user.role) if user is not None else ""
        self.work_title.setText(texts.WORK_TITLE.format(role=role, count=local.number(len(items))))
        self.work_empty.setVisible(not items)

    def _show_reminders(self) -> None:
        user = self.session.user
        today = self.session.today()
        rows: list[Row] = []
        if user is not None and user.role == ADMIN and home.policy_review_due(today):
            rows.append(
                Row(
                    "policy", "policy", (texts.REMIND_POLICY, texts.REMIND_POLICY_TEXT, "", "R-8.1")
                )
            )
        # What the worklist already shows (an ending contract, a note to act on) is not
        # repeated here.
        listed = {(row.kind, row.ref) for row in self.work.rows}
        for lease in home.contracts_ending(today, who=user):
            if ("contract", lease.ref) in listed:
                continue
            rows.append(
                Row(
                    "contract",
                    lease.ref,
                    (
                        texts.REMIND_ENDING,
                        texts.REMIND_ENDING_TEXT.format(
                            ngo=local.name(lease.ngo_name),
                            semansara=local.name(lease.semansara_name),
                        ),
                        local.date(lease.day),
                        "R-5.1",
                    ),
                )
            )
        for lease in home.extension_deadlines(today, who=user):
            rows.append(
                Row(
                    "contract",
                    lease.ref,
                    (
                        texts.REMIND_DEADLINE,
                        texts.REMIND_DEADLINE_TEXT.format(
                            ngo=local.name(lease.ngo_name),
                            semansara=local.name(lease.semansara_name),
                        ),
                        local.date(lease.day),
                        "R-5.1",
                    ),
                )
            )
        for note in home.notes_waiting(who=user):
            if ("note", note.contract_ref) in listed:
                continue
            rows.append(
                Row(
                    "note",
                    note.contract_ref,
                    (
                        texts.REMIND_NOTE,
                        texts.REMIND_NOTE_TEXT[note.state].format(
                            ngo=local.name(note.ngo_name),
                            serial=local.identifier_in_text(note.serial),
                        ),
                        when(note.since),
                        "R-6.3",
                    ),
                )
            )
        self.reminders.set_rows(rows)
        for position, row in enumerate(rows):
            self.reminders.model_.tips[(position, 1)] = row.cells[1]
        for position, row in enumerate(rows):
            if row.kind == "policy":
                self.reminders.model_.colours[(position, 0)] = WARNING
        self.reminder_title.setText(texts.REMINDERS_TITLE.format(count=local.number(len(rows))))
        self.reminders_empty.setVisible(not rows)

    # --- slots ---------------------------------------------------------------------------------

    def _changed(self, _kind: str, _ref: str) -> None:
        self.refresh()

    def _open_work(self, index: QModelIndex) -> None:
        self._open(self.work.rows, index)

    def _open_reminder(self, index: QModelIndex) -> None:
        self._open(self.reminders.rows, index)

    def _open(self, rows: list[Row], index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(rows):
            row = rows[index.row()]
            self.open_record.emit(row.kind, row.ref)
