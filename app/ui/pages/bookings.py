"""Bookings (steps خ, د, ذ): one semansara's week in the Jalali calendar, the rooms as columns
and the opening hours as rows, a booking asked for by choosing a free slot, and for the
booking chosen its facts, the NGO's hours, the actions the signed-in role may take now (a
disabled one says why) and its notices to print.

Only the week shown is read (one range on the bookings' (semansara, start_at) index), so a
semansara with years of bookings opens as fast as a new one.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.booking_dialog import BookingDialog, BookingReasonDialog, with_rule
from app.ui.forms.booking_notices import NoticesPanel
from app.ui.forms.contract_actions import for_role
from app.ui.pages.base import Page, heading
from app.ui.pages.contracts import show_possibles, value_label
from app.ui.reads import accounts, bookings, semansaras
from app.ui.session import Session
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.jalali_date_edit import JalaliCalendarWidget, qdate
from app.ui.widgets.week_calendar import (
    LIVE_STATES,
    LOOKS,
    WeekCalendar,
    room_title,
    shown_ref,
)
from app.workflow import jalali
from app.workflow.errors import WorkflowError
from app.workflow.machines import BookingFlow
from app.workflow.policy import UNLIMITED, policy_on
from app.workflow.read.bookings import CalendarBooking, CalendarRoom
from app.workflow.read.records import BookingRecord, NgoRecord, SemansaraRecord


def week_title(first: dt.date) -> str:
    """«هفتهٔ ۸ تا ۱۴ آذر ۱۴۰۵», naming both months (and years) when the week spans them."""
    last = first + dt.timedelta(days=6)
    fy, fm, fd = jalali.to_jalali(first)
    ly, lm, ld = jalali.to_jalali(last)
    digits = local.digits
    if fy != ly:
        start = f"{digits(fd)} {local.month_name(fm)} {digits(fy)}"
    elif fm != lm:
        start = f"{digits(fd)} {local.month_name(fm)}"
    else:
        start = digits(fd)
    end = f"{digits(ld)} {local.month_name(lm)} {digits(ly)}"
    return texts.CAL_WEEK_TITLE.format(start=start, end=end)


def hours(value: float | int | str) -> str:
    """Hours as «۱۲ ساعت و ۳۰ دقیقه», or «نامحدود»."""
    if value == UNLIMITED:
        return texts.UNLIMITED_TEXT
    return local.hours(round(float(value) * 60))


def quota_text(ngo: NgoRecord, service: str, on: dt.date, who: object = None) -> str:
    """The NGO's use of `service` in the Jalali year of `on` (R-4.1)."""
    entry = bookings.quota(ngo.code, service, on, who=who)
    kind = i18n.service_name(service)
    year = local.digits(jalali.jalali_year(on))
    if entry is None:
        return texts.BOOKING_HOURS_NONE.format(ngo=local.name(ngo.name), kind=kind)
    return texts.BOOKING_QUOTA.format(
        ngo=local.name(ngo.name),
        kind=kind,
        year=year,
        used=hours(entry["used"]),
        cap=hours(entry["cap"]),
        left=hours(entry["left"]),
    )


class Legend(QWidget):
    """The colours of the states, as drawn on the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for state in (*LIVE_STATES, "cancelled"):
            look = LOOKS[state]
            chip = QLabel(texts.BOOKING_STATES[state])
            chip.setStyleSheet(
                f"QLabel {{ background: {look.fill}; color: {look.text};"
                f" border: 1px solid {look.border}; border-radius: 3px; padding: 1px 6px; }}"
            )
            row.addWidget(chip)


class BookingDetail(QWidget):
    """The booking chosen on the calendar, or the week's summary when none is."""

    FACTS = (
        "ngo",
        "contract",
        "room",
        "when",
        "people",
        "channel",
        "state",
        "requested",
        "scheduled",
        "notified",
        "cancelled",
        "reason",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.booking: BookingRecord | None = None
        self.dialog: FormDialog | None = None
        self.setObjectName("bookingDetail")

        self.title = QLabel(texts.BOOKING_DETAIL_EMPTY)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("weekSummary")
        self.summary.setWordWrap(True)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, QLabel] = {}
        for key in self.FACTS:
            value = value_label(f"fact_{key}")
            self.facts.addRow(texts.BOOKING_FACTS[key], value)
            self.fact_labels[key] = value
        self.quota = QLabel()
        self.quota.setObjectName("bookingQuota")
        self.quota.setWordWrap(True)

        self.actions = ActionBar()
        self.actions.triggered.connect(self.run_action)
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("actionMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.print_ngo = QPushButton(texts.BOOKING_PRINT_NGO)
        self.print_ngo.clicked.connect(lambda: self.print_notice("notice-ngo"))
        self.print_manager = QPushButton(texts.BOOKING_PRINT_MANAGER)
        self.print_manager.clicked.connect(lambda: self.print_notice("notice-manager"))
        prints = QHBoxLayout()
        prints.addWidget(self.print_ngo)
        prints.addWidget(self.print_manager)
        prints.addStretch(1)
        self.notices = NoticesPanel(session)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.facts)
        body.addWidget(self.quota)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        body.addWidget(line)
        body.addWidget(self.actions)
        body.addWidget(self.actions_note)
        body.addWidget(self.message)
        body.addLayout(prints)
        body.addWidget(self.notices)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.show_booking(None)

    # --- showing -------------------------------------------------------------------------------

    def show_booking(self, ref: str | None, week: list[CalendarBooking] | None = None) -> None:
        self.booking = bookings.booking(ref, who=self.session.user) if ref else None
        self.message.hide()
        booking = self.booking
        self.body.setVisible(booking is not None)
        self.summary.setVisible(booking is None)
        self.notices.show_booking(booking)
        if booking is None:
            self.title.setText(texts.BOOKING_DETAIL_EMPTY)
            self.summary.setText(self._week_summary(week or []))
            return
        self.title.setText(texts.BOOKING_DETAIL_TITLE.format(ref=shown_ref(booking.ref)))
        room = CalendarRoom(
            booking.room.id, booking.room.kind, booking.room.number, booking.room.active
        )
        values = {
            "ngo": texts.BOOKING_NGO_FACT.format(
                name=local.name(booking.ngo.name),
                code=shown_ref(booking.ngo.code),
                level=local.digits(booking.ngo.level or 0),
            ),
            "contract": shown_ref(booking.contract_ref),
            "room": f"{room_title(room)} — {local.name(booking.semansara.name)}",
            "when": texts.BOOKING_WHEN_FACT.format(
                weekday=local.weekday_name(booking.start_at.date()),
                date=local.date(booking.start_at.date()),
                start=local.time(booking.start_at.time()),
                end=local.time(booking.end_at.time()),
            ),
            "people": local.digits(booking.people),
            "channel": i18n.channel_name(booking.channel),
            "state": texts.BOOKING_STATES.get(booking.state, booking.state),
            "requested": self._when_by(booking.requested_at, booking.requested_by),
            "scheduled": self._when(booking.scheduled_at),
            "notified": self._when(booking.notified_at),
            "cancelled": self._when(booking.cancelled_at),
            "reason": booking.cancel_reason,
        }
        for key, label in self.fact_labels.items():
            text = values.get(key) or ""
            label.setText(text)
            label.setVisible(bool(text))
            self.facts.labelForField(label).setVisible(bool(text))
        self.quota.setText(
            quota_text(booking.ngo, booking.service, booking.start_at.date(), self.session.user)
        )
        self._show_actions(booking)
        printable = booking.state in BookingFlow.printable
        for button in (self.print_ngo, self.print_manager):
            button.setEnabled(printable)
            button.setToolTip("" if printable else texts.BOOKING_PRINT_WHEN)

    @staticmethod
    def _when(at: dt.datetime | None) -> str:
        return local.datetime_text(at) if at else ""

    @staticmethod
    def _when_by(at: dt.datetime | None, by: str) -> str:
        if at is None:
            return ""
        name = accounts.full_names().get(by, by)
        return texts.BOOKING_WHEN_BY.format(at=local.datetime_text(at), by=name)

    def _week_summary(self, week: list[CalendarBooking]) -> str:
        counts = {state: 0 for state in (*LIVE_STATES, "cancelled", "refused", "expired")}
        for booking in week:
            counts[booking.state] = counts.get(booking.state, 0) + 1
        lines = [
            texts.BOOKING_WEEK_COUNTS.format(
                total=local.number(sum(counts[s] for s in LIVE_STATES)),
                requested=local.number(counts["khe_requested"]),
                scheduled=local.number(counts["dal_scheduled"]),
                issued=local.number(counts["zal_issued"]),
                notified=local.number(counts["zal_notified"]),
                cancelled=local.number(counts["cancelled"] + counts["refused"] + counts["expired"]),
            ),
            "",
            texts.BOOKING_HOW_TO,
        ]
        return "\n".join(lines)

    def _show_actions(self, booking: BookingRecord) -> None:
        if self.session.user is None:
            show_possibles(self.actions, [])
            return
        possibles = bookings.possibles(self.session.context(), booking.ref)
        mine = for_role(possibles)
        show_possibles(self.actions, mine)
        if mine:
            self.actions_note.clear()
        elif booking.state in LIVE_STATES:
            self.actions_note.setText(texts.BOOKING_ACTIONS_BY_DESK)
        else:
            self.actions_note.setText(texts.BOOKING_FINISHED)

    # --- acting --------------------------------------------------------------------------------

    def run_action(self, action: str, _variant: str = "") -> FormDialog | None:
        """What a button press does: schedule and notify at once; cancel and refuse after
        their reason is written."""
        booking = self.booking
        if booking is None:
            return None
        if action in ("cancel_booking", "refuse_booking"):
            dialog = BookingReasonDialog(self.session, booking, action, self)
            self.dialog = dialog
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return dialog
        try:
            self.session.run(action, ref=booking.ref)
        except WorkflowError as err:
            self.message.setText(with_rule(err))
            self.message.setStyleSheet("color: #b71c1c;")
            self.message.show()
        return None

    def print_notice(self, kind: str) -> object:
        if self.booking is None:
            return None
        from app.ui.print_preview import preview_document  # imports reportlab: only when asked

        return preview_document(self, self.session, kind, self.booking.ref)


class BookingsPage(Page):
    key = "bookings"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.house: SemansaraRecord | None = None
        self.first = bookings.week_start(session.today())
        self.week: list[CalendarBooking] = []
        self.rooms: list[CalendarRoom] = []
        self.dialog: BookingDialog | None = None
        self.last_load_ms = 0.0

        self.house_combo = QComboBox()
        self.house_combo.setObjectName("semansaraChooser")
        self.house_combo.setMinimumContentsLength(14)
        self.previous_button = QPushButton(texts.CAL_PREVIOUS)
        self.previous_button.setToolTip("Alt+PgUp")
        self.today_button = QPushButton(texts.CAL_TODAY)
        self.today_button.setToolTip("Alt+Home")
        self.next_button = QPushButton(texts.CAL_NEXT)
        self.next_button.setToolTip("Alt+PgDown")
        self.previous_button.clicked.connect(self.go_previous)
        self.today_button.clicked.connect(self.go_today)
        self.next_button.clicked.connect(self.go_next)
        for keys, slot in (
            ("Alt+PgUp", self.go_previous),
            ("Alt+PgDown", self.go_next),
            ("Alt+Home", self.go_today),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.date_button = QToolButton()
        self.date_button.setObjectName("goToDate")
        self.date_button.setText(texts.CAL_GO_TO_DATE)
        self.date_button.setToolTip(texts.CAL_GO_TO_DATE_TIP)
        self.date_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.date_picker = JalaliCalendarWidget()
        self.date_picker.clicked.connect(self._date_picked)
        self.date_picker.activated.connect(self._date_picked)
        menu = QMenu(self.date_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.date_picker)
        menu.addAction(holder)
        menu.aboutToShow.connect(
            lambda: self.date_picker.setSelectedDate(qdate(self.calendar.current_day()))
        )
        self.date_button.setMenu(menu)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekTitle")
        self.week_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f3a5f;")
        self.show_cancelled = QCheckBox(texts.CAL_SHOW_CANCELLED)
        self.show_cancelled.toggled.connect(self._cancelled_toggled)

        self.calendar = WeekCalendar()
        self.calendar.slot_selected.connect(self._slot_selected)
        self.calendar.booking_selected.connect(self._booking_selected)
        self.calendar.hint.connect(self._hint)
        self.calendar.day_changed.connect(self._day_changed)
        self.detail = BookingDetail(session)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumWidth(220)  # the window fits 1366×768 at 125 % in English too
        self.info = QLabel(texts.BOOKING_HOW_TO_SHORT)
        self.info.setObjectName("pageInfo")
        self.info.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(texts.CAL_SEMANSARA))
        bar.addWidget(self.house_combo)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.date_button)
        bar.addSpacing(12)
        bar.addWidget(self.week_label, 1)
        legend_row = QHBoxLayout()
        legend_row.addWidget(Legend())
        legend_row.addStretch(1)
        legend_row.addWidget(self.show_cancelled)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.calendar)  # first: on the right, right-to-left
        split.addWidget(detail_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([690, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.PAGES[self.key]))
        layout.addLayout(bar)
        layout.addLayout(legend_row)
        layout.addWidget(split, 1)
        layout.addWidget(self.info)

        self._fill_houses()
        self.house_combo.currentIndexChanged.connect(self._house_chosen)
        session.changed.connect(self._changed)
        session.user_changed.connect(self._user_changed)
        self.show_house(self._default_house())

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the semansaras and the week again (a semansara may have been added)."""
        current = self.house.code if self.house is not None else None
        self._fill_houses()
        if current is None or self.house_combo.findData(current) < 0:
            current = self._default_house()
        self.show_house(current)

    def show_record(self, kind: str, ref: str) -> bool:
        """Show booking `ref` from elsewhere (a worklist): a cancelled one is drawn faded."""
        if kind != "booking" or not self.select_booking(ref):
            return False
        shown = next((b for b in self.week if b.ref == ref), None)
        if shown is not None and shown.state not in LIVE_STATES:
            self.show_cancelled.setChecked(True)
        return True

    def new_item(self) -> BookingDialog | None:
        """Ctrl+N: a booking in the slot under the calendar's cursor."""
        grid = self.calendar.grid
        if not grid.rooms:
            return None
        index, slot = grid._cursor
        start, end = grid.slot_times(slot, slot + 1)
        return self.open_booking_dialog(grid.rooms[index].id, start, end)

    # --- what is shown -------------------------------------------------------------------------

    def _fill_houses(self) -> None:
        self.house_combo.blockSignals(True)
        self.house_combo.clear()
        for code, name in semansaras.choices(self.session.user):
            self.house_combo.addItem(name, code)
        self.house_combo.blockSignals(False)

    def _default_house(self) -> str | None:
        own = semansaras.own(self.session.user)  # a manager's calendar is their semansara's
        if own is not None:
            return own.code
        return bookings.busiest(self.first, who=self.session.user)

    def show_house(self, code: str | None) -> None:
        index = self.house_combo.findData(code) if code else -1
        if index >= 0 and index != self.house_combo.currentIndex():
            self.house_combo.blockSignals(True)
            self.house_combo.setCurrentIndex(index)
            self.house_combo.blockSignals(False)
        self.house = semansaras.semansara(code, who=self.session.user) if code else None
        self.calendar.grid.clear_choice()
        self.load_week()

    def show_week(self, first: dt.date) -> None:
        self.first = bookings.week_start(first)
        self.calendar.grid.clear_choice()
        self.load_week()

    def go_previous(self) -> None:
        self.show_week(self.first - dt.timedelta(days=7))

    def go_next(self) -> None:
        self.show_week(self.first + dt.timedelta(days=7))

    def go_today(self) -> None:
        self.show_week(self.session.today())
        self.calendar.set_current_day(self.session.today())

    def load_week(self, day: dt.date | None = None) -> None:
        """Read the week shown (one indexed range) and draw it; keeps the booking chosen."""
        began = time.perf_counter()
        self.week_label.setText(week_title(self.first))
        house = self.house
        selected = self.detail.booking.ref if self.detail.booking is not None else ""
        if house is None:
            self.week, self.rooms = [], []
            self.calendar.set_week(self.first, "08:00", "18:00", [], [], self.session.clock.now())
            self.detail.show_booking(None, [])
            return
        who = self.session.user
        self.week = bookings.week(house.code, self.first, who=who)
        self.rooms = bookings.rooms(house.code, {b.room_id for b in self.week}, who=who)
        closed = bookings.closed(house.code, self.first, who=who, language=i18n.current())
        caps = self.session.call(policy_on, self.session.today())["people_caps"]
        self.calendar.set_week(
            self.first,
            house.opens,
            house.closes,
            self.rooms,
            self.week,
            self.session.clock.now(),
            day,
            caps,
            closed,
        )
        if selected and any(b.ref == selected for b in self.week):
            self.select_booking(selected)
        else:
            self.calendar.grid.select_booking("")
            self.detail.show_booking(None, self.week)
        self.last_load_ms = (time.perf_counter() - began) * 1000

    def select_booking(self, ref: str) -> bool:
        """Show booking `ref` (going to its week and semansara when needed)."""
        if not any(b.ref == ref for b in self.week):
            found = bookings.calendar_booking(ref, who=self.session.user)
            booking = bookings.booking(ref, who=self.session.user) if found else None
            if booking is None:
                return False
            self.house = booking.semansara
            self.first = bookings.week_start(found.start_at.date())
            self.show_house(booking.semansara.code)
        self.calendar.select_booking(ref)
        self.detail.show_booking(ref, self.week)
        return True

    def room(self, room_id: int) -> CalendarRoom | None:
        return next((r for r in self.rooms if r.id == room_id), None)

    def open_booking_dialog(
        self, room_id: int, start: dt.datetime, end: dt.datetime
    ) -> BookingDialog | None:
        """The form of step خ, prefilled with the slot chosen in room `room_id`."""
        room = self.room(room_id)
        if self.house is None or room is None:
            return None
        dialog = BookingDialog(self.session, self.house, room.kind, start, end, room, self)
        self.dialog = dialog
        dialog.saved.connect(self._booked)
        dialog.finished.connect(self._dialog_closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- slots ---------------------------------------------------------------------------------

    def _house_chosen(self, _index: int) -> None:
        self.detail.show_booking(None)
        self.show_house(self.house_combo.currentData())

    def _slot_selected(self, room_id: int, start: dt.datetime, end: dt.datetime) -> None:
        self.detail.show_booking(None, self.week)
        self.open_booking_dialog(room_id, start, end)

    def _booking_selected(self, ref: str) -> None:
        self.detail.show_booking(ref or None, self.week)

    def _hint(self, text: str) -> None:
        self.info.setText(text or texts.BOOKING_HOW_TO_SHORT)

    def _day_changed(self, _day: dt.date) -> None:
        if (
            self.detail.booking is not None
            and self.detail.booking.start_at.date() != self.calendar.current_day()
        ):
            self.calendar.grid.select_booking("")
            self.detail.show_booking(None, self.week)

    def go_to(self, day: dt.date) -> None:
        """The week of `day`, on `day`."""
        self.show_week(day)
        self.calendar.set_current_day(day)

    def _date_picked(self, picked: QDate) -> None:
        self.date_button.menu().close()
        self.go_to(picked.toPython())

    def _cancelled_toggled(self, on: bool) -> None:
        self.calendar.set_show_cancelled(on)

    def _booked(self, result: dict) -> None:
        ref = result.get("ref", "")
        self.info.setText(
            texts.BOOKING_SAVED.format(
                ref=shown_ref(ref),
                room=local.digits(result.get("room", "")),
                left=hours(result.get("hours_left", 0)),
            )
        )
        if ref:
            self.select_booking(ref)

    def _dialog_closed(self, _result: int) -> None:
        self.calendar.grid.clear_choice()

    def _changed(self, kind: str, ref: str) -> None:
        if kind in ("booking", "contract", "semansara"):
            if kind == "semansara":
                current = self.house_combo.currentData()
                self._fill_houses()
                self.house_combo.setCurrentIndex(max(self.house_combo.findData(current), 0))
            self.load_week(self.calendar.current_day())
            if kind == "booking" and ref and any(b.ref == ref for b in self.week):
                self.select_booking(ref)

    def _user_changed(self) -> None:
        if self.detail.booking is not None:
            self.detail.show_booking(self.detail.booking.ref, self.week)
