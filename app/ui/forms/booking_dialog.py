"""Step خ: a booking asked for in a slot chosen on the calendar, and the reasons of the desk's
refusal and of a cancellation.

While the person chooses the NGO, the room type and the times, the form shows the NGO's hours
left for that room type this Jalali year and every problem the service would find (the slot
taken, past the quota, too many people, outside the opening hours, no running contract), read
from the database without writing (the workflow's own check, `read.bookings.check`). Saving still asks the service,
whose refusal stays in the form with the field at fault marked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog, repolish
from app.ui.reads import bookings
from app.ui.session import Session
from app.ui.widgets.fields import align_leading, number_spin
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.ui.widgets.week_calendar import room_title, shown_ref
from app.workflow import errors, jalali
from app.workflow.bookings import BOOKING_CHANNELS
from app.workflow.errors import WorkflowError
from app.workflow.policy import ROOM_SERVICES, UNLIMITED
from app.workflow.read.bookings import BookingCheck, CalendarRoom
from app.workflow.read.records import BookingRecord, SemansaraRecord

CHECK_DELAY_MS = 120
_TIME = QRegularExpression(r"[0-9\x{06F0}-\x{06F9}\x{0660}-\x{0669}:\s]{0,6}")

# A refusal that names no field goes on the field it is about.
CODE_FIELDS = {
    errors.SLOT_TAKEN: "start",
    errors.QUOTA_EXCEEDED: "end",
    errors.HEADCOUNT_EXCEEDED: "people",
    errors.OUTSIDE_OPENING_HOURS: "start",
    errors.NO_ACTIVE_CONTRACT: "contract",
    errors.OTHER_SEMANSARA: "contract",
    errors.OUT_OF_ORDER: "contract",
    errors.LEVEL_NOT_ASSESSED: "contract",
    errors.LEVEL_HAS_NO_SERVICES: "contract",
    errors.SERVICE_NOT_IN_LEVEL: "service",
    errors.NO_CAPACITY: "service",
}


def with_rule(err: WorkflowError) -> str:
    return i18n.refusal(err)


def time_edit(value: dt.time | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(_TIME, edit))
    edit.setPlaceholderText("۰۹:۳۰")
    edit.setMaximumWidth(110)
    align_leading(edit)
    if value is not None:
        edit.setText(local.time(value))
    return edit


def _parse_time(text: str) -> dt.time | None:
    try:
        return jalali.parse_time(text)
    except jalali.JalaliError:
        return None


class BookingDialog(FormDialog):
    """«درخواست نوبت» (خ) for one semansara, prefilled from the chosen slot."""

    action_name = "request_booking"

    def __init__(
        self,
        session: Session,
        house: SemansaraRecord,
        service: str,
        start: dt.datetime,
        end: dt.datetime,
        room: CalendarRoom | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, texts.BOOKING_DIALOG_TITLE.format(semansara=house.name), parent)
        self.house = house
        self.room = room
        self.check: BookingCheck | None = None
        self._ngo_names: dict[str, str] = {}
        self.last_error: WorkflowError | None = None
        self.setMinimumWidth(560)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(texts.BOOKING_SAVE)

        where = QLabel(
            texts.BOOKING_DIALOG_WHERE.format(
                semansara=house.name,
                room=room_title(room) if room is not None else i18n.service_name(service),
            )
        )
        where.setObjectName("formSummary")
        where.setWordWrap(True)
        self.form.addRow(where)

        self.contract = QComboBox()
        self.contract.setMinimumContentsLength(28)
        self.add_field("contract", i18n.field_name("contract"), self.contract)
        self.service = QComboBox()
        for code in ROOM_SERVICES:
            self.service.addItem(i18n.service_name(code), code)
        self.service.setCurrentIndex(max(self.service.findData(service), 0))
        self.add_field("service", texts.BOOKING_ROOM_KIND, self.service)
        self.date = JalaliDateEdit()
        self.date.setDate(start.date())
        self.add_field("date", i18n.field_name("date"), self.date)
        self.start = self.add_field("start", i18n.field_name("start"), time_edit(start.time()))
        self.end = self.add_field("end", i18n.field_name("end"), time_edit(end.time()))
        self.people = number_spin(1, 1000)
        self.people.setValue(1)
        self.people.setMaximumWidth(110)
        self.add_field("people", i18n.field_name("people"), self.people)
        self.channel = QComboBox()
        for code in BOOKING_CHANNELS:
            self.channel.addItem(i18n.channel_name(code), code)
        self.add_field("channel", i18n.field_name("channel"), self.channel)

        self.hours = QLabel()
        self.hours.setObjectName("hoursLeft")
        self.hours.setWordWrap(True)
        self.form.addRow(self.hours)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("bookingConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.conflicts)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.update_check)
        self._fill_contracts()
        for signal in (
            self.contract.currentIndexChanged,
            self.service.currentIndexChanged,
            self.date.textChanged,
            self.start.textChanged,
            self.end.textChanged,
            self.people.valueChanged,
        ):
            signal.connect(self._timer.start)
        self.date.textChanged.connect(self._date_changed)
        self.hint_role()
        self.update_check()
        self.contract.setFocus()

    # --- the contracts on the day --------------------------------------------------------------

    def _fill_contracts(self) -> None:
        chosen = self.contract.currentData()
        day = self.date.date() or self.session.today()
        self.contract.blockSignals(True)
        self.contract.clear()
        for choice in bookings.contracts_serving(self.house.code, day):
            self._ngo_names[choice.ref] = choice.ngo_name
            self.contract.addItem(
                texts.BOOKING_CONTRACT_ITEM.format(
                    ngo=choice.ngo_name, ref=local.identifier_in_text(choice.ref)
                ),
                choice.ref,
            )
        if chosen is not None and self.contract.findData(chosen) >= 0:
            self.contract.setCurrentIndex(self.contract.findData(chosen))
        self.contract.blockSignals(False)
        if self.contract.count() == 0:
            self.contract.addItem(texts.BOOKING_NO_CONTRACTS, "")

    def _date_changed(self, _text: str) -> None:
        if self.date.date() is not None:
            self._fill_contracts()

    def choose_contract(self, ref: str) -> bool:
        index = self.contract.findData(ref)
        if index >= 0:
            self.contract.setCurrentIndex(index)
            self.update_check()
        return index >= 0

    # --- the check before saving ---------------------------------------------------------------

    def slot(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        day = self.date.date()
        start, end = _parse_time(self.start.text()), _parse_time(self.end.text())
        if day is None or start is None or end is None:
            return None, None
        return jalali.at(day, start), jalali.at(day, end)

    def chosen_room(self, service: str) -> int | None:
        """The room picked in the calendar, while the room type is still that room's."""
        return self.room.number if self.room is not None and self.room.kind == service else None

    def update_check(self) -> BookingCheck:
        """Look again at what the service would say, and show it."""
        self._timer.stop()
        start, end = self.slot()
        service = self.service.currentData()
        check = bookings.check(
            self.contract.currentData() or "",
            self.house.code,
            service,
            start,
            end,
            self.people.value(),
            self.session.clock.now(),
            room=self.chosen_room(service),
        )
        self.check = check
        self._show_hours(check, service)
        self._show_conflicts(check, service, start, end)
        return check

    def _show_hours(self, check: BookingCheck, service: str) -> None:
        ref = self.contract.currentData()
        if not ref:
            self.hours.setText(texts.BOOKING_HOURS_NO_NGO)
            return
        ngo = self._ngo_names.get(ref, "")
        kind = i18n.service_name(service)
        year = local.digits(check.year)
        if check.cap is None:
            self.hours.setText(texts.BOOKING_HOURS_NONE.format(ngo=ngo, kind=kind))
        elif check.cap == UNLIMITED:
            self.hours.setText(texts.BOOKING_HOURS_UNLIMITED.format(ngo=ngo, kind=kind))
        else:
            left = check.minutes_left or 0
            after = left - check.minutes_asked
            text = texts.BOOKING_HOURS.format(
                ngo=ngo,
                kind=kind,
                year=year,
                left=local.hours(left),
                cap=local.digits(check.cap),
                used=local.hours(check.minutes_used),
            )
            if check.minutes_asked:
                text += " " + (
                    texts.BOOKING_HOURS_AFTER.format(
                        asked=local.hours(check.minutes_asked),
                        after=local.hours(after),
                    )
                    if after >= 0
                    else texts.BOOKING_HOURS_SHORT.format(
                        asked=local.hours(check.minutes_asked),
                    )
                )
            self.hours.setText(text)

    def _show_conflicts(
        self,
        check: BookingCheck,
        service: str,
        start: dt.datetime | None,
        end: dt.datetime | None,
    ) -> None:
        lines = [f"• {with_rule(problem)}" for problem in check.problems]
        rooms = {
            room.id: room
            for room in bookings.rooms(self.house.code, {b.room_id for b in check.taken}, who=None)
        }
        for booking in check.taken:
            room = rooms.get(booking.room_id)
            lines.append(
                texts.BOOKING_TAKEN_LINE.format(
                    room=room_title(room) if room else "",
                    ngo=booking.ngo_name,
                    ref=shown_ref(booking.ref),
                    start=local.time(booking.start_at.time()),
                    end=local.time(booking.end_at.time()),
                    state=texts.BOOKING_STATES.get(booking.state, booking.state),
                )
            )
        if start is None or end is None:
            kind, text = "hint", texts.BOOKING_CHECK_INCOMPLETE
        elif check.problems:
            kind = "error"
            text = "\n".join([texts.BOOKING_PROBLEMS, *lines])
        else:
            kind = "ok"
            given = texts.CAL_ROOM_TITLE.format(
                kind=texts.CAL_ROOM_KINDS.get(service, service),
                number=local.digits(check.room or 0),
            )
            text = texts.BOOKING_FREE.format(room=given)
        self.conflicts.setProperty("kind", kind)
        self.conflicts.setText(text)
        repolish(self.conflicts)

    def conflict_codes(self) -> list[str]:
        return self.check.codes() if self.check is not None else []

    # --- saving --------------------------------------------------------------------------------

    def show_error(self, err: WorkflowError) -> None:
        self.last_error = err
        field = err.field or CODE_FIELDS.get(err.code, "")
        super().show_error(WorkflowError(err.code, with_rule(err), err.rule, field=field))
        self.update_check()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "request_booking", {
            "contract": self.contract.currentData() or "",
            "service": self.service.currentData(),
            "date": self.date.value(),
            "start": self.start.text(),
            "end": self.end.text(),
            "people": self.people.value(),
            "channel": self.channel.currentData(),
            "semansara": self.house.code,
            "room": self.chosen_room(self.service.currentData()),
        }


class BookingReasonDialog(FormDialog):
    """The reason of a cancellation or of the desk's refusal (step د) of one booking."""

    def __init__(
        self, session: Session, booking: BookingRecord, action: str, parent: QWidget | None = None
    ) -> None:
        title = texts.BOOKING_REASON_TITLES[action].format(
            ref=local.identifier_in_text(booking.ref)
        )
        super().__init__(session, title, parent)
        self.action_name = action
        self.booking = booking
        self.last_error: WorkflowError | None = None
        self.setMinimumWidth(480)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(texts.BOOKING_RECORD)
        summary = QLabel(
            texts.BOOKING_REASON_SUMMARY.format(
                ref=shown_ref(booking.ref),
                ngo=booking.ngo.name,
                when=local.datetime_text(booking.start_at),
                end=local.time(booking.end_at.time()),
            )
        )
        summary.setObjectName("formSummary")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.add_field("reason", i18n.field_name("reason"), self.reason)
        self.gives_back = QLabel()
        self.gives_back.setObjectName("givesBack")
        self.gives_back.setWordWrap(True)
        if action == "cancel_booking":
            self.gives_back.setText(
                texts.BOOKING_CANCEL_GIVES_BACK.format(hours=local.hours(booking.minutes))
            )
            self.form.addRow(self.gives_back)
        self.hint_role()
        self.reason.setFocus()

    def show_error(self, err: WorkflowError) -> None:
        self.last_error = err
        field = err.field or "reason"
        super().show_error(WorkflowError(err.code, with_rule(err), err.rule, field=field))

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return self.action_name, {"ref": self.booking.ref, "reason": self.reason.toPlainText()}
