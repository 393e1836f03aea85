"""The requests (steps الف to ح): a lazily loaded list with search and filters, and for the
selected request its facts, the actions the signed-in role may take now (a disabled one says
why, with its rule), the documents to print, its timeline and its place on the process map.

Signals:
    open_record(str kind, str ref): asks the main window to show another record (its NGO).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, process_map_view, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.request_actions import (
    CapacityDialog,
    DeliverDialog,
    InviteDialog,
    MoveDialog,
    ReferDialog,
    ReviewDialog,
    SignDialog,
    WithdrawDialog,
)
from app.ui.forms.request_new import NewRequestDialog
from app.ui.item_models import isolate
from app.ui.paged_model import PagedRowsModel
from app.ui.pages.base import ListPage
from app.ui.process_map_view import ProcessMapWidget
from app.ui.reads import accounts, process_map, requests, semansaras
from app.ui.session import Session
from app.ui.widgets.action_bar import ActionBar, why_not
from app.ui.widgets.timeline import TimelineView
from app.workflow.available import Possible
from app.workflow.contracts import last_day
from app.workflow.errors import FORBIDDEN_ROLE, OUT_OF_ORDER
from app.workflow.machines import OPEN_REQUEST_STATES, RequestFlow
from app.workflow.read.records import ContractRecord, RequestRecord
from app.workflow.read.requests import RequestFilter, RequestListRow

RLM = "\u200f"  # RIGHT-TO-LEFT MARK
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
STATE_COLOURS = {
    "be_rejected": QColor("#c62828"),
    "withdrawn": QColor("#777777"),
    "he_letter_to_manager": QColor("#2e7d4f"),
}


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def fa(text: str) -> str:
    """A name as shown: its digits the interface's (a name typed as «منطقه 6» reads «منطقه ۶»)
    and, in English, its own direction kept (`local.name`)."""
    return local.name(text)


def state_text(state: str) -> str:
    return i18n.state_name(RequestFlow, state)


# --- the list ----------------------------------------------------------------------------------


# Actions beside the steps: with only these, the next step is someone else's.
ASIDE = frozenset({"withdraw_request", "move_request"})


class RequestTableModel(PagedRowsModel):
    """The requests, newest first, read page by page as the view scrolls (`PagedRowsModel`),
    matching the filter; the state coloured for a refusal, a withdrawal and the end."""

    COLUMNS = i18n.Text("REQUEST_COLUMNS")  # read when shown: the language is set after import
    CENTRED = frozenset({0, 3, 4})
    STATE = 5

    def __init__(self, parent: Any = None, *, who: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._who = who  # the signed-in user: a manager sees their semansara's requests
        self._filter = RequestFilter()

    def set_filter(self, wanted: RequestFilter) -> None:
        self._filter = wanted
        self.reload()

    def filter(self) -> RequestFilter:
        return self._filter

    def count_rows(self) -> int:
        return requests.count(self._filter, who=self._who())

    def read_page(self, last_id: int | None) -> list[RequestListRow]:
        return requests.page(self._filter, last_id, self.PAGE, who=self._who())

    def read_one(self, key: str) -> RequestListRow | None:
        return requests.list_row(key, who=self._who())

    def key_of(self, row: RequestListRow) -> str:
        return row.ref

    def format_row(self, row: RequestListRow) -> tuple[str, ...]:
        return (
            row.ref,
            fa(row.ngo_name),
            fa(row.semansara_name),
            i18n.channel_name(row.channel),
            local.datetime_text(row.registered_at),
            state_text(row.state),
        )

    def style(self, row: RequestListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            colour = STATE_COLOURS.get(row.state)
            return QBrush(colour) if colour else None
        return None


def step_choices() -> list[tuple[str, tuple[str, ...]]]:
    """The step filter: all, the open ones, then each state of the request's life."""
    out = [(texts.REQUEST_ALL_STEPS, ()), (texts.REQUEST_OPEN_STEPS, OPEN_REQUEST_STATES)]
    out += [(state.name, (state.id,)) for state in RequestFlow.states]
    return out


# --- one request -------------------------------------------------------------------------------


class RequestDetail(QWidget):
    """The selected request: facts, actions, print buttons, timeline and process map.

    Signals:
        open_record(str kind, str ref): the person asked to see the NGO.
    """

    open_record = Signal(str, str)

    FACTS = (
        "ngo",
        "semansara",
        "channel",
        "registered",
        "services",
        "step",
        "queue",
        "invited",
        "contract",
        "reason",
        "pass_over",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request: RequestRecord | None = None
        self.contract: ContractRecord | None = None
        self.dialog: FormDialog | None = None

        self.title = QLabel(texts.REQUEST_DETAIL_EMPTY)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.fact: dict[str, QLabel] = {}
        for key in self.FACTS:
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(texts.REQUEST_FACTS[key], value)
            self.fact[key] = value

        self.actions = ActionBar(show_reasons=False)
        self.actions.triggered.connect(self.open_action)
        self.reasons = QLabel()  # why the disabled actions are disabled, with their rules
        self.reasons.setObjectName("actionReasons")
        self.reasons.setWordWrap(True)
        self.reasons.hide()
        self.next_by = QLabel()
        self.next_by.setObjectName("pageInfo")
        self.next_by.setWordWrap(True)
        self.next_by.hide()

        self.print_form = QPushButton(texts.PRINT_REQUEST_FORM)
        self.print_form.clicked.connect(lambda: self.print_document("request-form"))
        self.print_contract = QPushButton(texts.PRINT_CONTRACT)
        self.print_contract.clicked.connect(lambda: self.print_document("contract"))
        self.print_letter = QPushButton(texts.PRINT_LETTER)
        letters = QMenu(self.print_letter)
        for kind, label in texts.PRINT_LETTER_COPIES.items():
            letters.addAction(label, lambda k=kind: self.print_document(k))
        self.print_letter.setMenu(letters)
        self.show_ngo = QPushButton(texts.REQUEST_SHOW_NGO)
        self.show_ngo.clicked.connect(self._show_ngo)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(texts.PRINT_LABEL))
        for button in (self.print_form, self.print_contract, self.print_letter, self.show_ngo):
            top.addWidget(button)

        facts = QWidget()
        facts.setObjectName("requestFacts")
        facts.setLayout(self.facts)
        facts_scroll = QScrollArea()
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts_scroll.setWidget(facts)

        self.timeline = TimelineView()
        self.map = ProcessMapWidget(None)
        self.map.setObjectName("processMap")
        self.map_scroll = QScrollArea()
        self.map_scroll.setObjectName("processMapScroll")
        self.map_scroll.setWidget(self.map)
        self.map_scroll.setWidgetResizable(False)
        self.map_scroll.setBackgroundRole(QPalette.ColorRole.Base)  # white, as on paper
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, texts.TAB_TIMELINE)
        self.tabs.addTab(self.map_scroll, texts.TAB_PROCESS_MAP)
        self._centre_map_on_current = False
        self.tabs.currentChanged.connect(self._centre_map)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(facts_scroll)  # first: on the right, right-to-left
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([430, 650])
        split.setChildrenCollapsible(False)
        actions_row = QHBoxLayout()
        actions_title = QLabel(texts.REQUEST_ACTIONS)
        bold(actions_title)
        actions_row.addWidget(actions_title)
        actions_row.addWidget(self.actions, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions_row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.next_by)
        layout.addWidget(split, 1)
        self.show_request(None)

    # --- showing -------------------------------------------------------------------------------

    def fact_text(self, key: str) -> str:
        """A fact as shown, without its direction mark (for tests and copying)."""
        return self.fact[key].text().removeprefix(RLM).removeprefix(LRM)

    def show_request(self, ref: str | None) -> None:
        request = requests.request(ref, who=self.session.user) if ref else None
        self.request = request
        self.contract = (
            requests.contract_of(request.ref, who=self.session.user)
            if request is not None
            else None
        )
        for button in (self.print_form, self.show_ngo):
            button.setEnabled(request is not None)
        for button in (self.print_contract, self.print_letter):
            button.setEnabled(self.contract is not None)
        if request is None:
            self.title.setText(texts.REQUEST_DETAIL_EMPTY)
            for key in self.FACTS:
                self.fact[key].clear()
                self.facts.setRowVisible(self.fact[key], False)
            self._show_actions(None)
            self.timeline.show_request(None)
            self.map.set_request(None)
            return
        self.title.setText(
            texts.REQUEST_DETAIL_TITLE.format(ref=isolate(request.ref), ngo=fa(request.ngo.name))
        )
        self._show_facts(request)
        self._show_actions(request)
        self.timeline.show_request(request, who=self.session.user)
        self.map.set_request(request.ref)
        self.map_scroll.horizontalScrollBar().setValue(0)  # right to left: الف first
        self._centre_map_on_current = True
        if self.tabs.currentWidget() is self.map_scroll:
            self._centre_map()

    def _show_facts(self, request: RequestRecord) -> None:
        ngo, house = request.ngo, request.semansara
        services = [i18n.service_name(code) for code in json.loads(request.services or "[]")]
        position = requests.queue_position(request.ref, who=self.session.user)
        values = {
            "ngo": texts.REQUEST_NGO_FACT.format(
                name=fa(ngo.name),
                code=isolate(ngo.code),
                level=local.digits(ngo.level) if ngo.level else texts.NONE,
                expires=local.date(ngo.licence_expires),
            ),
            "semansara": fa(house.name),
            "channel": i18n.channel_name(request.channel),
            "registered": texts.REQUEST_REGISTERED_FACT.format(
                at=local.datetime_text(request.registered_at),
                by=accounts.full_names().get(request.registered_by, request.registered_by),
            ),
            "services": "، ".join(services),
            "step": state_text(request.state),
            "queue": texts.REQUEST_QUEUE_FACT.format(
                position=local.digits(position), semansara=fa(house.name)
            )
            if position
            else "",
            "invited": local.date(request.invited_for) if request.invited_for else "",
            "contract": texts.REQUEST_CONTRACT_FACT.format(
                ref=isolate(self.contract.ref),
                starts=local.date(self.contract.starts),
                ends=local.date(last_day(self.contract.ends)),
            )
            if self.contract
            else "",
            "reason": local.digits(request.decision_reason),
            "pass_over": local.digits(request.pass_over_reason),
        }
        for key, text in values.items():
            # RLM first: a value that starts with a date or a Latin code still reads right to left
            # (LRM in English: a value that starts with a Persian name still reads left to right)
            mark = LRM if i18n.is_english() else RLM
            self.fact[key].setText(mark + text if text else "")
            self.facts.setRowVisible(self.fact[key], bool(text))
        reason_label = self.facts.labelForField(self.fact["reason"])
        if isinstance(reason_label, QLabel):
            reason_label.setText(
                texts.REQUEST_FACTS["withdraw_reason" if request.state == "withdrawn" else "reason"]
            )

    def _show_actions(self, request: RequestRecord | None) -> None:
        possibles = []
        if request is not None and self.session.user is not None:
            possibles = requests.possibles(self.session.context(), request.ref)
        # Only what this role may do in this state; a rule's refusal stays, disabled, with why.
        mine = [
            p for p in possibles if p.allowed or p.error.code not in (FORBIDDEN_ROLE, OUT_OF_ORDER)
        ]
        for button in self.actions.buttons.values():
            button.hide()  # ActionBar deletes its old buttons later; do not show them meanwhile
        self.actions.set_possibles(mine)
        reasons = [
            texts.ACTION_REFUSED.format(label=i18n.action_label(p.label), why=why_not(p))
            for p in mine
            if not p.allowed
        ]
        self._say(self.reasons, "\n".join(reasons))
        self._say(self.next_by, self._next_step_text(request, mine))

    def _next_step_text(self, request: RequestRecord | None, mine: list[Possible]) -> str:
        """Who takes the next step, when it is not the signed-in person."""
        if request is None or any(p.action not in ASIDE for p in mine):
            return ""
        if request.state in {s.id for s in RequestFlow.final_states}:
            return texts.REQUEST_FINISHED
        user = self.session.user
        roles = [
            r
            for r in requests.roles_to_act(request.ref, self.session.clock)
            if user is None or r != user.role
        ]
        if not roles:
            return ""
        return texts.REQUEST_NEXT_BY.format(roles="، ".join(i18n.role_name(r) for r in roles))

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _centre_map(self, *_args: object) -> None:
        """Scroll the map to the request's present step, once per request shown."""
        if not self._centre_map_on_current or self.request is None:
            return
        if self.tabs.currentWidget() is not self.map_scroll:
            return
        self._centre_map_on_current = False
        pm = process_map.build(self.request.ref)
        node = pm.nodes.get(pm.current or "")
        if node is None:
            return
        # The map's own geometry (process_map_view), so that the box scrolled to is the box drawn.
        # Not `ensureVisible`: right to left, it mirrors x in the viewport, not in the map.
        box = process_map_view._rect(pm, node, self.map.width())
        viewport = self.map_scroll.viewport()
        across = box.center().x() - viewport.width() / 2
        if self.map_scroll.isRightToLeft():  # the bar's 0 shows the map's right edge
            across = self.map.width() - viewport.width() / 2 - box.center().x()
        for bar, value in (
            (self.map_scroll.horizontalScrollBar(), across),
            (self.map_scroll.verticalScrollBar(), box.center().y() - viewport.height() / 2),
        ):
            bar.setValue(int(max(bar.minimum(), min(bar.maximum(), value))))

    # --- acting --------------------------------------------------------------------------------

    def open_action(self, action: str, variant: str = "") -> FormDialog | None:
        """Open the form of `action` for the shown request (what a button press does)."""
        request = self.request
        if request is None:
            return None
        factories: dict[str, Callable[[], FormDialog]] = {
            "review_request": lambda: ReviewDialog(
                self.session, request, variant or "accept", self
            ),
            "refer_request": lambda: ReferDialog(self.session, request, self),
            "check_capacity": lambda: CapacityDialog(self.session, request, self),
            "invite": lambda: InviteDialog(self.session, request, self),
            "sign_contract": lambda: SignDialog(self.session, request, self),
            "withdraw_request": lambda: WithdrawDialog(self.session, request, self),
            "move_request": lambda: MoveDialog(self.session, request, self),
        }
        if action == "deliver_letter" and self.contract is not None:
            factories[action] = lambda: DeliverDialog(
                self.session, request, self.contract, variant or "representative", self
            )
        factory = factories.get(action)
        if factory is None:
            return None
        dialog = factory()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_document(self, kind: str) -> object:
        """Preview (then print or save) a document of the shown request."""
        if self.request is None:
            return None
        ref = (
            self.request.ref
            if kind == "request-form"
            else (self.contract.ref if self.contract else "")
        )
        if not ref:
            return None
        from app.ui.print_preview import preview_document  # imports reportlab: only when asked

        return preview_document(self, self.session, kind, ref)

    def _show_ngo(self) -> None:
        if self.request is not None:
            self.open_record.emit("ngo", self.request.ngo.code)


class RequestsPage(ListPage):
    key = "requests"
    open_record = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.dialog: FormDialog | None = None
        self.model = RequestTableModel(self, who=lambda: session.user)

        self._search_box(texts.REQUEST_SEARCH_PLACEHOLDER, self.apply_filter)
        self.step_filter = QComboBox()
        self.step_filter.setObjectName("stepFilter")
        for label, states in step_choices():
            self.step_filter.addItem(label, states)
        self.step_filter.currentIndexChanged.connect(self.apply_filter)
        self.semansara_filter = QComboBox()
        self.semansara_filter.setObjectName("semansaraFilter")
        self._fill_semansaras()
        self.semansara_filter.currentIndexChanged.connect(self.apply_filter)

        self.new_button = QPushButton(texts.REQUEST_NEW)
        self.new_button.clicked.connect(self.new_item)
        self.info = QLabel()
        self.info.setObjectName("pageInfo")

        self._list_table("requestTable")
        self._row_count()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = RequestDetail(session)
        self.detail.open_record.connect(self.open_record)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.step_filter)
        bar.addWidget(self.semansara_filter)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        split = self._table_and_detail((2, 3), [230, 400], collapsible=False)
        self._lay_out(bar, split, self.info)

        session.changed.connect(self._changed)
        session.user_changed.connect(self._user_changed)
        self._show_new_button()
        self.model.reload()
        self._size_columns(1)
        self.select(None)

    def show_detail(self, ref: str | None) -> None:
        self.detail.show_request(ref)

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._refill_semansaras()
        self._reload_keeping_selection()

    def activated(self) -> None:
        """Kept current by `Session.changed`; the detail's actions follow the clock."""
        self.show_detail(self.selected_ref())

    def new_item(self) -> NewRequestDialog | None:
        """The new-request form (step الف); None, with the reason said, for a role that may
        not register requests."""
        refusal = self.session.refusal("submit_request")
        if refusal:
            self.info.setText(refusal)
            return None
        dialog = NewRequestDialog(self.session, parent=self)
        self.dialog = dialog
        dialog.saved.connect(self._submitted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_record(self, kind: str, ref: str) -> bool:
        """Select request `ref` (searching for it when it is not among the rows shown)."""
        if kind != "request":
            return False
        if self.model.row_of(ref) is None:
            self._set_filter_quietly(ref)
        return self.select(ref)

    # --- actions -------------------------------------------------------------------------------

    def current_filter(self) -> RequestFilter:
        return RequestFilter(
            search=self.search.text(),
            states=tuple(self.step_filter.currentData() or ()),
            semansara=self.semansara_filter.currentData() or "",
        )

    def apply_filter(self, *_args: object) -> None:
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted != self.model.filter():
            selected = self.selected_ref()
            self.model.set_filter(wanted)
            if not self.select(selected):  # gone from the list: show the first one instead
                self.select(None)

    def _find_row(self, ref: str) -> int | None:
        """Among the rows loaded only: a request further on is searched for (`show_record`)."""
        return self.model.row_of(ref)

    def _set_filter_quietly(self, search: str) -> None:
        for widget in (self.search, self.step_filter, self.semansara_filter):
            widget.blockSignals(True)
        self.search.setText(search)
        self.step_filter.setCurrentIndex(0)
        self.semansara_filter.setCurrentIndex(0)
        for widget in (self.search, self.step_filter, self.semansara_filter):
            widget.blockSignals(False)
        self.model.set_filter(self.current_filter())

    def _refill_semansaras(self) -> None:
        current = self.semansara_filter.currentData()
        self.semansara_filter.blockSignals(True)
        self.semansara_filter.clear()
        self._fill_semansaras()
        self.semansara_filter.setCurrentIndex(max(self.semansara_filter.findData(current), 0))
        self.semansara_filter.blockSignals(False)

    def _fill_semansaras(self) -> None:
        self.semansara_filter.addItem(texts.REQUEST_ALL_SEMANSARAS, "")
        for code, name in semansaras.choices(self.session.user):
            self.semansara_filter.addItem(name, code)

    # --- slots ---------------------------------------------------------------------------------

    def _submitted(self, result: dict) -> None:
        ref = str(result.get("ref", ""))
        self.info.setText(texts.REQUEST_SAVED.format(ref=ref))
        self.show_record("request", ref)

    def _changed(self, kind: str, ref: str) -> None:
        if kind == "semansara":
            self._refill_semansaras()
            return
        if kind == "request" and ref and self.model.refresh_row(ref):
            if ref == self.selected_ref():
                self.show_detail(ref)
            return
        if kind in ("request", "contract", "ngo"):
            self.refresh()

    def _user_changed(self) -> None:
        self._show_new_button()
        self.show_detail(self.selected_ref())

    def _show_new_button(self) -> None:
        """Only the desk registers requests; for others the button is disabled and says why."""
        refusal = self.session.refusal("submit_request")
        self.new_button.setEnabled(not refusal)
        self.new_button.setToolTip(refusal)
        self.info.clear()
