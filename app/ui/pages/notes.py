"""Promissory notes (Article 6): every note by its state, with its amount, serial, contract,
NGO and dates, and for the note chosen the steps of its custody and return that the signed-in
role may take now (a disabled one says why) and its receipts to print.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.contract_actions import (
    NOTE_ACTIONS,
    ContractActionsMixin,
    contract_possibles,
    for_role,
)
from app.ui.paged_model import PagedRowsModel
from app.ui.pages.base import ListPage
from app.ui.pages.contracts import (
    contract_state_text,
    jdatetime,
    note_state_text,
    show_possibles,
    value_label,
)
from app.ui.reads import accounts, contracts, notes
from app.ui.session import Session
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.week_calendar import shown_ref
from app.workflow.available import Possible
from app.workflow.machines import HELD_NOTE_STATES, NoteFlow
from app.workflow.read.notes import NoteListRow
from app.workflow.read.records import ContractRecord, NoteRecord

NOTE_STATES = tuple(state.id for state in NoteFlow.states)  # in the order of its life
STATE_COLOURS = {
    "received": QColor("#8a4b00"),
    "return_confirmed": QColor("#1d5e37"),
    "damage_reported": QColor("#b71c1c"),
    "returned": QColor("#6f7782"),
    "held": QColor("#6f7782"),
}


def jdate(at: Any) -> str:
    return local.date(at.date() if hasattr(at, "date") else at) if at else texts.NONE


class NoteTableModel(PagedRowsModel):
    """The notes, newest first, read page by page (`PagedRowsModel`), coloured by state."""

    COLUMNS = i18n.Text("NOTE_COLUMNS")  # read when shown: the language is set after import
    CENTRED = frozenset({0, 1, 2, 6, 7, 8})
    STATE = 2

    def __init__(self, parent: Any = None, *, who: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._who = who  # the signed-in user: a manager sees their semansara's notes
        self.search = ""
        self.states: tuple[str, ...] = ()

    def count_rows(self) -> int:
        return notes.count(self.search, self.states, who=self._who())

    def read_page(self, before_id: int | None) -> list[NoteListRow]:
        return notes.page(self.search, self.states, before_id, self.PAGE, who=self._who())

    def read_one(self, key: str) -> NoteListRow | None:
        return notes.list_row(key, who=self._who())

    def key_of(self, row: NoteListRow) -> str:
        return row.contract_ref

    def format_row(self, row: NoteListRow) -> tuple[str, ...]:
        return (
            local.identifier(row.serial),
            local.rials(row.amount),
            note_state_text(row.state),
            local.identifier(row.contract_ref),
            row.ngo_name,
            row.semansara_name,
            jdate(row.received_at),
            jdate(row.confirmed_at),
            jdate(row.returned_at),
        )

    def style(self, row: NoteListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.state in STATE_COLOURS:
            return QBrush(STATE_COLOURS[row.state])
        return None


class NoteDetail(ContractActionsMixin, QWidget):
    FACTS = (
        "serial",
        "amount",
        "due",
        "state",
        "contract",
        "ngo",
        "representative",
        "received",
        "custody",
        "confirmed",
        "damage",
        "returned",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contract: ContractRecord | None = None
        self.note: NoteRecord | None = None
        self.dialog: FormDialog | None = None
        self.possibles: list[Possible] = []

        self.title = QLabel(texts.NOTE_DETAIL_EMPTY)
        self.title.setObjectName("detailTitle")
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key in self.FACTS:
            value = value_label(f"fact_{key}")
            self.facts.addRow(texts.NOTE_FACTS[key], value)
            self.fact_labels[key] = value
        self.actions = ActionBar()
        self.actions.triggered.connect(self.open_action)
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        self.print_receipt = QPushButton(texts.CONTRACT_PRINTS["note-receipt"])
        self.print_receipt.clicked.connect(lambda: self.print_document("note-receipt"))
        self.print_return = QPushButton(texts.CONTRACT_PRINTS["note-return"])
        self.print_return.clicked.connect(lambda: self.print_document("note-return"))

        facts_side = QWidget()
        facts_layout = QVBoxLayout(facts_side)
        facts_layout.setContentsMargins(0, 0, 0, 0)
        facts_layout.addWidget(self.title)
        facts_layout.addLayout(self.facts)
        facts_layout.addStretch(1)
        acts_side = QWidget()
        acts_layout = QVBoxLayout(acts_side)
        acts_layout.setContentsMargins(0, 0, 0, 0)
        acts_layout.addWidget(QLabel(texts.CONTRACT_ACTIONS))
        acts_layout.addWidget(self.actions)
        acts_layout.addWidget(self.actions_note)
        acts_layout.addWidget(QLabel(texts.CONTRACT_PRINT))
        prints = QHBoxLayout()
        prints.addWidget(self.print_receipt)
        prints.addWidget(self.print_return)
        prints.addStretch(1)
        acts_layout.addLayout(prints)
        acts_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(facts_side, 1)
        layout.addWidget(acts_side, 1)
        self.show_note(None)

    def show_note(self, contract_ref: str | None) -> None:
        self.contract = (
            contracts.contract(contract_ref, who=self.session.user) if contract_ref else None
        )
        self.note = contracts.note(contract_ref, who=self.session.user) if contract_ref else None
        contract, note = self.contract, self.note
        if contract is None or note is None:
            self.title.setText(texts.NOTE_DETAIL_EMPTY)
            for label in self.fact_labels.values():
                label.clear()
            show_possibles(self.actions, [])
            self.actions_note.clear()
            self.possibles = []
            self.print_receipt.setEnabled(False)
            self.print_return.setEnabled(False)
            return
        self.title.setText(texts.NOTE_DETAIL_TITLE.format(serial=shown_ref(note.serial)))
        names = accounts.full_names()
        facts = {
            "serial": local.identifier(note.serial),
            "amount": local.rials(note.amount),
            "due": local.rials(note.amount_due),
            "state": note_state_text(note.state),
            "contract": texts.NOTE_CONTRACT_FACT.format(
                ref=shown_ref(contract.ref),
                semansara=local.name(contract.semansara.name),
                state=contract_state_text(contract.state),
            ),
            "ngo": local.name(contract.ngo.name),
            "representative": local.name(contract.ngo.representative or texts.NONE),
            "received": texts.NOTE_WHEN_BY.format(
                at=jdatetime(note.received_at), by=names.get(note.received_by, note.received_by)
            ),
            "custody": jdatetime(note.custody_at),
            "confirmed": texts.NOTE_WHEN_BY.format(
                at=jdatetime(note.confirmed_at), by=names.get(note.confirmed_by, note.confirmed_by)
            )
            if note.confirmed_at
            else texts.NONE,
            "damage": note.damage or texts.NONE,
            "returned": texts.NOTE_RETURNED_FACT.format(
                at=jdatetime(note.returned_at), to=note.returned_to
            )
            if note.returned_at
            else texts.NONE,
        }
        for key, label in self.fact_labels.items():
            label.setText(facts[key])
        if self.session.user is not None:
            self.possibles = [
                p
                for p in for_role(contract_possibles(self.session.context(), contract))
                if p.action in NOTE_ACTIONS
            ]
        else:
            self.possibles = []
        show_possibles(self.actions, self.possibles)
        self.actions_note.setText("" if self.possibles else texts.NOTE_NO_ACTIONS)
        self.print_receipt.setEnabled(note.state in HELD_NOTE_STATES)
        self.print_return.setEnabled(note.state == "returned")


class NotesPage(ListPage):
    key = "notes"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = NoteTableModel(self, who=lambda: session.user)
        self._search_box(texts.NOTE_SEARCH_PLACEHOLDER, self.apply_filter)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self._list_table("noteTable")
        self._row_count()
        self.detail = NoteDetail(session)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.count)
        self._lay_out(bar, self._table_and_detail((3, 2)))

        session.changed.connect(self._changed)
        session.user_changed.connect(self._selection_changed)
        self._fill_states()
        self.model.reload()
        self._size_columns(4)
        self.select(None)

    def show_detail(self, ref: str | None) -> None:
        self.detail.show_note(ref)

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_states()
        self._reload_keeping_selection()

    def activated(self) -> None:
        self._fill_states()
        self.show_detail(self.selected_ref())

    # --- actions -------------------------------------------------------------------------------

    def _fill_states(self) -> None:
        """«همه (۳۵)», then each state with its count; the choice is kept."""
        counts = notes.state_counts(who=self.session.user)
        chosen = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(
            texts.NOTE_FILTER_ALL.format(count=local.number(sum(counts.values()))), ""
        )
        self.state_filter.addItem(
            texts.NOTE_FILTER_HELD.format(
                count=local.number(sum(counts.get(s, 0) for s in HELD_NOTE_STATES))
            ),
            "*held",
        )
        for state in NOTE_STATES:
            self.state_filter.addItem(
                texts.NOTE_FILTER_STATE.format(
                    state=note_state_text(state),
                    count=local.number(counts.get(state, 0)),
                ),
                state,
            )
        index = self.state_filter.findData(chosen) if chosen is not None else 0
        self.state_filter.setCurrentIndex(max(index, 0))
        self.state_filter.blockSignals(False)

    def set_state_filter(self, key: str) -> None:
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(key), 0))

    def apply_filter(self, *_args: object) -> None:
        self._search_timer.stop()
        key = self.state_filter.currentData() or ""
        self.model.search = self.search.text()
        self.model.states = HELD_NOTE_STATES if key == "*held" else ((key,) if key else ())
        self._reload_keeping_selection()

    def show_record(self, kind: str, ref: str) -> bool:
        if kind not in ("note", "contract"):
            return False
        if self.model.row_of(ref) is None:
            self.search.clear()
            self.state_filter.setCurrentIndex(0)
            self.apply_filter()
        return self.select(ref)

    # --- slots ---------------------------------------------------------------------------------

    def _changed(self, kind: str, ref: str) -> None:
        if kind not in ("note", "contract", "request"):
            return
        self._fill_states()
        if kind == "request" or not self.model.refresh_row(ref):
            self._reload_keeping_selection()
            return
        self.show_detail(self.selected_ref())
