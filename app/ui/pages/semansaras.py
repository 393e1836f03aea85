"""The semansaras: their capacity and staff warnings, and one semansara's rooms, staff and
waiting queue."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.semansara_dialog import SemansaraDialog, StaffDialog
from app.ui.item_models import (
    ListTableModel,
    SemansaraTableModel,
    digits,
    isolate,
    staff_shortfall_text,
)
from app.ui.pages.base import ListPage
from app.ui.reads import semansaras
from app.ui.session import Session
from app.ui.widgets.tables import fitted_table
from app.workflow.read.records import SemansaraRecord


class SemansaraDetail(QWidget):
    """One semansara: address and hours, places, staff warning, rooms, staff, queue."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.house: SemansaraRecord | None = None
        self.dialog: StaffDialog | None = None

        self.title = QLabel(texts.DETAIL_EMPTY)
        self.title.setObjectName("detailTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("staffWarning")
        self.warning.hide()

        self.rooms = ListTableModel(texts.ROOM_COLUMNS, self)
        self.rooms.centred = frozenset({1, 2})
        self.staff = ListTableModel(texts.STAFF_COLUMNS, self)
        self.queue = ListTableModel(texts.QUEUE_COLUMNS, self)
        self.queue.centred = frozenset({0, 3})
        self.queue_note = QLabel(texts.QUEUE_EMPTY)

        self.add_staff_button = QPushButton(texts.STAFF_ADD)
        self.add_staff_button.clicked.connect(self.add_staff)
        staff_tab = QWidget()
        staff_layout = QVBoxLayout(staff_tab)
        staff_bar = QHBoxLayout()
        staff_bar.addStretch(1)
        staff_bar.addWidget(self.add_staff_button)
        staff_layout.addLayout(staff_bar)
        staff_layout.addWidget(fitted_table(self.staff, "staffTable", sort=True))
        queue_tab = QWidget()
        queue_layout = QVBoxLayout(queue_tab)
        queue_layout.addWidget(self.queue_note)
        queue_layout.addWidget(fitted_table(self.queue, "queueTable", sort=True))

        self.tabs = QTabWidget()
        self.tabs.addTab(fitted_table(self.rooms, "roomTable", sort=True), texts.TAB_ROOMS)
        self.tabs.addTab(staff_tab, texts.TAB_STAFF)
        self.tabs.addTab(queue_tab, texts.TAB_QUEUE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        self.show_house(None)

    def show_house(self, code: str | None) -> None:
        self.house = semansaras.semansara(code, who=self.session.user) if code else None
        house = self.house
        self.tabs.setEnabled(house is not None)
        self.add_staff_button.setEnabled(house is not None)
        if house is None:
            self.title.setText(texts.DETAIL_EMPTY)
            self.facts.clear()
            self.warning.hide()
            for model in (self.rooms, self.staff, self.queue):
                model.set_rows([])
            return
        self.title.setText(
            texts.DETAIL_HEADER.format(name=local.name(house.name), district=digits(house.district))
        )
        row = semansaras.row(house.code, self.session.today(), who=self.session.user)
        places = row.places
        facts = [
            texts.DETAIL_HOURS.format(
                opens=local.digits(house.opens),
                closes=local.digits(house.closes),
            ),
            texts.DETAIL_PLACES.format(
                contracts=digits(places.contracts),
                held=digits(places.held),
                free=digits(places.free),
                total=digits(places.total),
            ),
        ]
        if house.address:
            facts.append(texts.DETAIL_ADDRESS.format(address=local.digits(house.address)))
        if house.phone:
            facts.append(texts.DETAIL_PHONE.format(phone=isolate(local.digits(house.phone))))
        self.facts.setText("\n".join(facts))
        shortfall = staff_shortfall_text(row.staff_short)
        self.warning.setText(f"⚠ {shortfall}")
        self.warning.setVisible(bool(shortfall))

        self.rooms.set_rows(
            [
                (
                    str(room.id),
                    (
                        i18n.service_name(room.kind),
                        digits(room.number),
                        texts.ROOM_ACTIVE if room.active else texts.ROOM_RETIRED,
                    ),
                )
                for room in semansaras.rooms(house.code, who=self.session.user)
            ]
        )
        self.staff.set_rows(
            [
                (
                    str(person.id),
                    (
                        person.name,
                        i18n.staff_kind(person.kind),
                        local.digits(person.hours),
                        person.duties,
                    ),
                )
                for person in semansaras.staff(house.code, who=self.session.user)
            ]
        )
        entries = semansaras.queue(house.code, who=self.session.user)
        self.queue.set_rows(
            [
                (
                    entry.ref,
                    (
                        digits(entry.position),
                        entry.ref,
                        entry.ngo_name,
                        local.datetime_text(entry.registered_at),
                    ),
                )
                for entry in entries
            ]
        )
        self.queue_note.setVisible(not entries)

    def add_staff(self) -> StaffDialog | None:
        if self.house is None:
            return None
        self.dialog = StaffDialog(self.session, self.house, parent=self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog


class SemansaraPage(ListPage):
    key = "semansaras"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.dialog: FormDialog | None = None
        self.model = SemansaraTableModel(self)
        self._list_table("semansaraTable")
        self.table.doubleClicked.connect(self._double_clicked)

        self.new_button = QPushButton(texts.SEMANSARA_NEW)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(texts.SEMANSARA_EDIT)
        self.edit_button.clicked.connect(self.edit_selected)
        self.info = QLabel()
        self.info.setObjectName("pageInfo")
        self.detail = SemansaraDetail(session)

        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        self._lay_out(bar, self._table_and_detail((3, 2)))

        session.changed.connect(self._changed)
        self.refresh()
        self._selection_changed()

    def show_detail(self, ref: str | None) -> None:
        self.edit_button.setEnabled(ref is not None)
        self.detail.show_house(ref)

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_ref()
        self.model.load(semansaras.rows(self.session.today(), who=self.session.user))
        self._size_columns(1)
        self.select(selected)

    def new_item(self) -> SemansaraDialog:
        return self._open_form(SemansaraDialog(self.session, parent=self))

    # --- actions -------------------------------------------------------------------------------

    def selected_code(self) -> str | None:
        return self.selected_ref()

    def edit_selected(self) -> SemansaraDialog | None:
        code = self.selected_code()
        house = semansaras.semansara(code, who=self.session.user) if code else None
        if house is None:
            self.info.setText(texts.SEMANSARA_SELECT_FIRST)
            return None
        return self._open_form(SemansaraDialog(self.session, house, parent=self))

    # --- slots ---------------------------------------------------------------------------------

    def _saved(self, result: dict) -> None:
        code = result.get("code", "")
        if "state" in result:  # added
            house = semansaras.semansara(code, who=self.session.user)
            self.info.setText(
                texts.SEMANSARA_SAVED.format(name=house.name if house else "", code=code)
            )
        else:
            self.info.setText(texts.SEMANSARA_UPDATED.format(code=code))

    def _changed(self, kind: str, _ref: str) -> None:
        if kind != "semansara":
            return
        self.refresh()  # reselects the row, which shows its detail afresh

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()
