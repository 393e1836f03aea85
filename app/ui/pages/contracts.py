"""Contracts (Articles 4–6): a lazily loaded list with search and a state filter (those ending
within the reminder days highlighted), and for the contract chosen its term, extensions,
months served and left of the five years, extension deadline, allocations, business cards,
the note's custody, the actions the signed-in role may take now (a disabled one says why) and
its documents to print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.contract_actions import (
    ContractActionsMixin,
    contract_possibles,
    for_role,
)
from app.ui.item_models import ListTableModel
from app.ui.paged_model import PagedRowsModel
from app.ui.pages.base import ListPage
from app.ui.reads import contracts
from app.ui.session import Session
from app.ui.widgets.action_bar import ActionBar, why_not
from app.ui.widgets.tables import fitted_table
from app.ui.widgets.week_calendar import shown_ref
from app.workflow.available import Possible
from app.workflow.contracts import last_day
from app.workflow.machines import (
    HELD_NOTE_STATES,
    RUNNING_CONTRACT_STATES,
    ContractFlow,
    ExtensionFlow,
    NoteFlow,
)
from app.workflow.policy import ROOM_SERVICES, SERVICES, UNLIMITED
from app.workflow.read.contracts import ContractFigures, ContractListRow
from app.workflow.read.records import ContractRecord, NoteRecord

ENDING_FILL = QColor("#fff1d6")
ENDING_TEXT = QColor("#8a4b00")
FINISHED_TEXT = QColor("#6f7782")
# The actions shown in the tabs of what they add to, not in the action bar.
TAB_ACTIONS = ("allocate", "order_business_cards")


def contract_state_text(state: str) -> str:
    return i18n.state_name(ContractFlow, state)


def note_state_text(state: str | None) -> str:
    return i18n.state_name(NoteFlow, state) if state else texts.NONE


def jdate(day: dt.date | None) -> str:
    return local.date(day) if day else texts.NONE


def jdatetime(at: dt.datetime | None) -> str:
    return local.datetime_text(at) if at else texts.NONE


RLM = "\u200f"
LRM = "\u200e"


class ValueLabel(QLabel):
    """A fact's value, read right to left whatever it starts with: a value that starts with a
    code (C-000035، …) or has digits alone would otherwise be laid out left to right, the
    code first on the left and the value at the far left of the form. (A right-to-left mark
    starts the text; `text()` gives it back without it.)"""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        mark = RLM if self.isRightToLeft() else LRM  # LRM: English starting with a Persian name
        super().setText(mark + text if text else text)

    def text(self) -> str:
        return super().text().removeprefix(RLM).removeprefix(LRM)


def value_label(name: str = "") -> QLabel:
    """A fact's value (`ValueLabel`) at the leading edge, wrapped, selectable."""
    label = ValueLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    edge = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
    return label


def show_possibles(bar: ActionBar, possibles: list[Possible]) -> None:
    """`ActionBar.set_possibles`, and the buttons it let go hidden at once: it only
    `deleteLater`s them, and until the event loop runs they sit, unlaid, over the page."""
    bar.set_possibles(possibles, hide_out_of_order=False)  # `for_role` chose already
    shown = set(bar.buttons.values())
    for button in bar.findChildren(QPushButton):
        if button not in shown:
            button.hide()


class ContractTableModel(PagedRowsModel):
    """The contracts, newest first, read page by page (`PagedRowsModel`); those ending within the
    reminder days highlighted, the finished ones greyed."""

    COLUMNS = i18n.Text("CONTRACT_COLUMNS")  # read when shown: the language is set after import
    CENTRED = frozenset({0, 3, 4, 5, 6})

    def __init__(
        self, today: Callable[[], dt.date], parent: Any = None, *, who: Callable[[], Any]
    ) -> None:
        super().__init__(parent)
        self._who = who  # the signed-in user: a manager sees their semansara's contracts
        self._today = today
        self.search = ""
        self.states: tuple[str, ...] = ()
        self.soon_days = 30

    def reload(self) -> None:
        self.soon_days = contracts.ending_soon_days(self._today())
        super().reload()

    def count_rows(self) -> int:
        return contracts.count(self.search, self.states, who=self._who())

    def read_page(self, before_id: int | None) -> list[ContractListRow]:
        return contracts.page(self.search, self.states, before_id, self.PAGE, who=self._who())

    def read_one(self, key: str) -> ContractListRow | None:
        return contracts.list_row(key, who=self._who())

    def key_of(self, row: ContractListRow) -> str:
        return row.ref

    def format_row(self, row: ContractListRow) -> tuple[str, ...]:
        return (
            local.identifier(row.ref),
            row.ngo_name,
            row.semansara_name,
            jdate(row.starts),
            jdate(last_day(row.ends)),
            contract_state_text(row.state),
            note_state_text(row.note_state),
        )

    def ending_soon(self, row: ContractListRow) -> bool:
        return contracts.is_ending_soon(row.state, row.ends, self._today(), self.soon_days)

    def style(self, row: ContractListRow, column: int, role: int) -> Any:
        if self.ending_soon(row):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ENDING_FILL)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ENDING_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                last = last_day(row.ends)
                if last < self._today():  # its last day passed and it is not closed yet
                    return texts.CONTRACT_OVERDUE_TIP.format(date=jdate(last))
                return texts.CONTRACT_ENDING_TIP.format(
                    date=jdate(last), days=local.digits((last - self._today()).days)
                )
        elif row.state not in RUNNING_CONTRACT_STATES and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(FINISHED_TEXT)
        return None


def hours_or_count(service: str, value: Any) -> str:
    if value == UNLIMITED:
        return texts.UNLIMITED_TEXT
    if service in ROOM_SERVICES:
        return local.hours(round(float(value) * 60))
    return local.number(int(value))


# --- one contract ------------------------------------------------------------------------------


class ContractDetail(ContractActionsMixin, QWidget):
    """One contract: facts on the leading side with its actions and prints, lists beside."""

    FACTS = (
        "ngo",
        "semansara",
        "term",
        "state",
        "extensions",
        "months",
        "deadline",
        "note",
        "ended",
    )
    PRINTS = ("contract", "letter-representative", "letter-manager", "note-receipt", "note-return")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contract: ContractRecord | None = None
        self.dialog: FormDialog | None = None
        self.possibles: list[Possible] = []

        self.title = QLabel(texts.CONTRACT_DETAIL_EMPTY)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.fact_labels: dict[str, QLabel] = {}
        for position, key in enumerate(self.FACTS):
            name = QLabel(texts.CONTRACT_FACTS[key])
            name.setStyleSheet("color: #5f6b7a;")
            value = value_label(f"fact_{key}")
            grid.addWidget(name, position, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, position, 1)
            self.fact_labels[key] = value
        grid.setColumnStretch(1, 1)

        self.actions = ActionBar()
        self.actions.triggered.connect(self.open_action)
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        self.print_buttons: dict[str, QPushButton] = {}
        prints = QGridLayout()
        for position, kind in enumerate(self.PRINTS):
            button = QPushButton(texts.CONTRACT_PRINTS[kind])
            button.clicked.connect(lambda _=False, k=kind: self.print_document(k))
            prints.addWidget(button, position // 3, position % 3)
            self.print_buttons[kind] = button
        # One addendum per accepted extension or move, each printed on its own.
        self.addenda_button = QPushButton(texts.CONTRACT_ADDENDA)
        self.addenda_button.setObjectName("addendaButton")
        self.addenda_button.setMenu(QMenu(self.addenda_button))
        prints.addWidget(self.addenda_button, len(self.PRINTS) // 3, len(self.PRINTS) % 3)

        leading = QWidget()
        leading_layout = QVBoxLayout(leading)
        leading_layout.setContentsMargins(0, 0, 0, 0)
        leading_layout.addWidget(self.title)
        leading_layout.addLayout(grid)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        leading_layout.addWidget(line)
        leading_layout.addWidget(QLabel(texts.CONTRACT_ACTIONS))
        leading_layout.addWidget(self.actions)
        leading_layout.addWidget(self.actions_note)
        leading_layout.addWidget(QLabel(texts.CONTRACT_PRINT))
        leading_layout.addLayout(prints)
        leading_layout.addStretch(1)
        leading_scroll = QScrollArea()
        leading_scroll.setWidgetResizable(True)
        leading_scroll.setFrameShape(QFrame.Shape.NoFrame)
        leading_scroll.setWidget(leading)

        self.extensions = ListTableModel(texts.EXTENSION_COLUMNS, self)
        self.extensions.centred = frozenset({0, 2, 3, 4})
        self.allocations = ListTableModel(texts.ALLOCATION_COLUMNS, self)
        self.allocations.centred = frozenset({1, 2, 3, 4})
        self.cards = ListTableModel(texts.CARDS_COLUMNS, self)
        self.cards.centred = frozenset({0, 1, 2})
        self.quota = ListTableModel(texts.QUOTA_COLUMNS, self)
        self.quota.centred = frozenset({1, 2, 3})
        self.allocate_button = QPushButton(texts.CONTRACT_ALLOCATE)
        self.allocate_button.clicked.connect(lambda: self.open_action("allocate"))
        self.cards_button = QPushButton(texts.CONTRACT_ORDER_CARDS)
        self.cards_button.clicked.connect(lambda: self.open_action("order_business_cards"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("contractTabs")
        self.tabs.addTab(
            fitted_table(self.extensions, "extensionTable", sort=True), texts.TAB_EXTENSIONS
        )
        self.tabs.addTab(
            self._with_button(
                fitted_table(self.allocations, "allocationTable", sort=True), self.allocate_button
            ),
            texts.TAB_ALLOCATIONS,
        )
        self.tabs.addTab(
            self._with_button(fitted_table(self.cards, "cardTable", sort=True), self.cards_button),
            texts.TAB_CARDS,
        )
        self.tabs.addTab(fitted_table(self.quota, "quotaTable", sort=True), texts.TAB_QUOTA)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(leading_scroll)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.show_contract(None)

    @staticmethod
    def _with_button(table: QTableView, button: QPushButton) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        bar = QHBoxLayout()
        bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(table)
        return holder

    # --- showing -------------------------------------------------------------------------------

    def show_contract(self, ref: str | None) -> None:
        self.contract = contracts.contract(ref, who=self.session.user) if ref else None
        contract = self.contract
        enabled = contract is not None
        self.tabs.setEnabled(enabled)
        for button in self.print_buttons.values():
            button.setEnabled(False)
        self._show_addenda(contract.ref if contract else None)
        if contract is None:
            self.title.setText(texts.CONTRACT_DETAIL_EMPTY)
            for label in self.fact_labels.values():
                label.clear()
            for model in (self.extensions, self.allocations, self.cards, self.quota):
                model.set_rows([])
            show_possibles(self.actions, [])
            self.actions_note.clear()
            for button in (self.allocate_button, self.cards_button):
                button.setEnabled(False)
            return
        today = self.session.today()
        figures = contracts.figures(contract.ref, today, who=self.session.user)
        if figures is None:  # gone from what this person may see since the list was read
            self.show_contract(None)
            return
        note = contracts.note(contract.ref, who=self.session.user)
        self.title.setText(
            texts.CONTRACT_DETAIL_TITLE.format(
                ref=shown_ref(contract.ref), ngo=local.name(contract.ngo.name)
            )
        )
        deadline = figures.extension_deadline
        facts = {
            "ngo": texts.CONTRACT_NGO_FACT.format(
                name=local.name(contract.ngo.name),
                code=shown_ref(contract.ngo.code),
                level=local.digits(contract.ngo.level or 0),
                representative=local.name(contract.ngo.representative or texts.NONE),
            ),
            "semansara": local.name(contract.semansara.name),
            "term": texts.CONTRACT_TERM_FACT.format(
                starts=jdate(contract.starts), ends=jdate(last_day(contract.ends))
            ),
            "state": contract_state_text(contract.state),
            "extensions": texts.CONTRACT_EXTENSIONS_FACT.format(
                count=local.digits(figures.extensions),
                left=local.digits(max(figures.extensions_left, 0)),
            ),
            "months": texts.CONTRACT_MONTHS_FACT.format(
                served=local.digits(figures.months_passed),
                left=local.digits(figures.months_left),
                total=local.digits(figures.months_served + figures.months_left),
            ),
            "deadline": (
                texts.CONTRACT_DEADLINE_PASSED if today > deadline else texts.CONTRACT_DEADLINE_FACT
            ).format(date=jdate(deadline))
            if contract.state in RUNNING_CONTRACT_STATES
            else texts.NONE,
            "note": texts.CONTRACT_NOTE_FACT.format(
                state=note_state_text(note.state),
                serial=shown_ref(note.serial),
                amount=local.rials(note.amount),
            )
            if note
            else texts.CONTRACT_NO_NOTE,
            "ended": jdatetime(contract.ended_at) if contract.ended_at else texts.NONE,
        }
        for key, label in self.fact_labels.items():
            label.setText(facts[key])
        self._show_lists(contract, figures)
        self._show_actions(contract)
        self._enable_prints(contract, note)

    def _show_lists(self, contract: ContractRecord, figures: ContractFigures) -> None:
        self.extensions.set_rows(
            [
                (
                    e.ref,
                    (
                        local.identifier(e.ref),
                        e.to_semansara.name,
                        i18n.state_name(ExtensionFlow, e.state),
                        jdatetime(e.requested_at),
                        jdate(last_day(e.new_ends)) if e.new_ends else texts.NONE,
                        e.reason,
                    ),
                )
                for e in contracts.extensions(contract.ref, who=self.session.user)
            ]
        )
        self.allocations.set_rows(
            [
                (
                    str(a.id),
                    (
                        i18n.service_name(a.service),
                        local.number(a.count),
                        texts.ALLOCATION_STATES.get(a.state, a.state),
                        jdatetime(a.allocated_at),
                        jdatetime(a.released_at) if a.released_at else texts.NONE,
                    ),
                )
                for a in contracts.allocations(contract.ref, who=self.session.user)
            ]
        )
        self.cards.set_rows(
            [
                (
                    str(order.id),
                    (
                        local.number(order.count),
                        local.digits(order.year),
                        jdatetime(order.ordered_at),
                        order.ordered_by,
                    ),
                )
                for order in contracts.card_orders(contract.ref, who=self.session.user)
            ]
        )
        quota = figures.quota
        self.quota.set_rows(
            [
                (
                    service,
                    (
                        i18n.service_name(service),
                        hours_or_count(service, quota[service]["cap"]),
                        hours_or_count(service, quota[service]["used"]),
                        hours_or_count(service, quota[service]["left"]),
                    ),
                )
                for service in SERVICES
                if service in quota
            ]
        )

    def _show_actions(self, contract: ContractRecord) -> None:
        if self.session.user is None:
            self.possibles = []
            show_possibles(self.actions, [])
            return
        self.possibles = for_role(contract_possibles(self.session.context(), contract))
        show_possibles(self.actions, [p for p in self.possibles if p.action not in TAB_ACTIONS])
        for action, button in (
            ("allocate", self.allocate_button),
            ("order_business_cards", self.cards_button),
        ):
            possible = next((p for p in self.possibles if p.action == action), None)
            button.setVisible(possible is not None)
            button.setEnabled(possible is not None and possible.allowed)
            button.setToolTip(why_not(possible) if possible is not None else "")
        shown = [p for p in self.possibles if p.action not in TAB_ACTIONS]
        self.actions_note.setText("" if shown else texts.CONTRACT_NO_ACTIONS)

    def _enable_prints(self, contract: ContractRecord, note: NoteRecord | None) -> None:
        """Each document when it applies (see app.documents.records)."""
        running = contract.state in RUNNING_CONTRACT_STATES
        allowed = {
            "contract": True,
            "letter-representative": running,
            "letter-manager": running,
            "note-receipt": note is not None and note.state in HELD_NOTE_STATES,
            "note-return": note is not None and note.state == "returned",
        }
        for kind, button in self.print_buttons.items():
            button.setEnabled(allowed[kind])
            button.setToolTip("" if allowed[kind] else texts.CONTRACT_PRINT_WHEN[kind])

    def _show_addenda(self, ref: str | None) -> None:
        addenda = contracts.addenda(ref, who=self.session.user) if ref else []
        menu = self.addenda_button.menu()
        menu.clear()
        for addendum in addenda:
            label = (
                texts.CONTRACT_ADDENDUM_MOVE if addendum.moved else texts.CONTRACT_ADDENDUM_ITEM
            ).format(
                number=local.digits(addendum.number),
                ref=shown_ref(addendum.ref),
                semansara=addendum.to_semansara,
            )
            menu.addAction(label, lambda r=addendum.ref: self.print_addendum(r))
        self.addenda_button.setEnabled(bool(addenda))
        self.addenda_button.setToolTip("" if addenda else texts.CONTRACT_NO_ADDENDA)

    def print_addendum(self, ref: str) -> object:
        """Preview (then print or save) the addendum of the accepted extension `ref`."""
        from app.ui.print_preview import preview_document  # imports reportlab: only when asked

        return preview_document(self, self.session, "addendum", ref)


class ContractsPage(ListPage):
    key = "contracts"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ContractTableModel(session.today, self, who=lambda: session.user)

        self._search_box(texts.CONTRACT_SEARCH_PLACEHOLDER, self.apply_filter)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        for key in contracts.FILTERS:
            self.state_filter.addItem(texts.CONTRACT_FILTER_NAMES[key], key)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.legend = QLabel(
            texts.CONTRACT_ENDING_LEGEND.format(
                days=local.digits(contracts.ending_soon_days(session.today()))
            )
        )
        self.legend.setStyleSheet(
            f"QLabel {{ background: {ENDING_FILL.name()}; color: {ENDING_TEXT.name()};"
            " border-radius: 3px; padding: 1px 6px; }"
        )
        self._list_table("contractTable")
        self._row_count()
        self.detail = ContractDetail(session)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.legend)
        bar.addWidget(self.count)
        self._lay_out(bar, self._table_and_detail((2, 3), [260, 380]))

        session.changed.connect(self._changed)
        session.user_changed.connect(self._selection_changed)
        self.model.reload()
        self._size_columns(1)
        self.select(None)

    def show_detail(self, ref: str | None) -> None:
        self.detail.show_contract(ref)

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._reload_keeping_selection()

    def activated(self) -> None:
        """Kept current by `Session.changed`; the shown contract is read again (dates move)."""
        self.show_detail(self.selected_ref())

    # --- actions -------------------------------------------------------------------------------

    def apply_filter(self, *_args: object) -> None:
        self._search_timer.stop()
        self.model.search = self.search.text()
        self.model.states = contracts.FILTERS[self.state_filter.currentData() or ""]
        self._reload_keeping_selection()

    def show_record(self, kind: str, ref: str) -> bool:
        if kind == "extension":
            kind = "contract"
            ref = contracts.contract_of_extension(ref, who=self.session.user) or ""
        if kind != "contract" or not ref:
            return False
        if self.model.row_of(ref) is None and (self.search.text() or self.model.states):
            self.search.clear()
            self.state_filter.setCurrentIndex(0)
            self.apply_filter()
        return self.select(ref)

    # --- slots ---------------------------------------------------------------------------------

    def _changed(self, kind: str, ref: str) -> None:
        if kind not in ("contract", "note", "extension", "request", "booking"):
            return
        if kind == "booking" or (
            kind in ("contract", "note") and ref and self.model.refresh_row(ref)
        ):
            self.show_detail(self.selected_ref())  # the row in place; the detail read again
            return
        self._reload_keeping_selection()
