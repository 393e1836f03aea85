"""The bookings page: the week calendar of one semansara, steps خ, د, ذ (R-3.1), and the
refusals a person sees on the way: slot taken (R-2.2), quota exceeded (R-4.1). The clock stands
at 1405/01/10 09:00, a Monday: the week shown runs from Saturday 1405/01/08 to Friday 01/14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from app.db import models as m
from app.ui.forms.booking_dialog import BookingDialog, BookingReasonDialog
from app.ui.main_window import MainWindow
from app.ui.pages.bookings import BookingsPage, week_title
from app.workflow import jalali
from app.workflow.api import Context, run
from app.workflow.clock import FixedClock
from tests.ui.conftest import act, deliver_letters, register, sign, sign_in, user

# --- the world the tests act in (used by test_contracts and test_notes too) --------------------


def add_house(clock: FixedClock, code: str = "S1", **extra: object) -> str:
    args = {
        "name": f"سمن‌سرای آزمایشی {code}",
        "district": 6,
        "desks": 2,
        "meeting_rooms": 1,
        "workshop_rooms": 1,
        "halls": 1,
        "shelves": 4,
        "max_contracts": 3,
        **extra,
    }
    return act(clock, "admin", "add_semansara", code=code, **args)["code"]


def add_manager(clock: FixedClock, username: str = "mgr1", semansara: str = "S1") -> str:
    run(
        Context(user("admin"), clock),
        "add_user",
        username=username,
        role="semansara_manager",
        semansara=semansara,
        full_name="مسئول آزمایشی",
    )
    return username


def contract_for(
    clock: FixedClock,
    name: str,
    number: int,
    semansara: str = "S1",
    level: int = 2,
    letters: bool = True,
) -> tuple[str, str]:
    """An NGO with a signed contract C-<number> in `semansara` and (`letters`) its note with
    finance and both letters delivered (steps الف–ح), starting today; returns (NGO code,
    contract ref)."""
    ngo = register(clock, name, f"L-{number}", representative="مریم احمدی")
    act(clock, "empowerment", "assess_level", ngo=ngo, level=level, reason="برای آزمون")
    ref, contract = f"R-{number}", f"C-{number}"
    today = jalali.format_date_latin(clock.today())
    act(clock, "desk", "submit_request", ref=ref, ngo=ngo, semansara=semansara, channel="in_person")
    act(clock, "desk", "review_request", ref=ref, decision="accept")
    act(clock, "desk", "refer_request", ref=ref)
    act(clock, "district", "check_capacity", ref=ref)
    act(clock, "district", "invite", ref=ref, date=today)
    sign(clock, ref, contract, note_serial=f"SF-{number}", starts=today)
    if letters:
        deliver_letters(clock, contract)
    return ngo, contract


def book(
    clock: FixedClock, contract: str, service: str, date: str, start: str, end: str, people: int = 5
) -> str:
    return act(
        clock,
        "desk",
        "request_booking",
        contract=contract,
        service=service,
        date=date,
        start=start,
        end=end,
        people=people,
        channel="phone",
    )["ref"]


# --- fixtures and helpers ----------------------------------------------------------------------


@pytest.fixture
def world(clock: FixedClock) -> dict[str, str]:
    add_house(clock)
    add_manager(clock)
    _, first = contract_for(clock, "انجمن یاوران سلامت", 100)
    _, second = contract_for(clock, "کانون دوستداران کتاب", 200)
    return {"first": first, "second": second}


def bookings_page(window: MainWindow) -> BookingsPage:
    page = window.switch_to("bookings")
    page.refresh()
    return page


def room_id(kind: str, number: int = 1) -> int:
    return m.Room.get((m.Room.kind == kind) & (m.Room.number == number)).id


def day(text: str) -> dt.date:
    return jalali.parse_date(text)


def at(text: str) -> dt.time:
    return jalali.parse_time(text)


def drag(qtbot, page: BookingsPage, room: int, start: str, last: str) -> None:  # noqa: ANN001
    """Press on the half-hour at `start` in the room's column, drag to the half-hour at
    `last`, let go."""
    grid = page.calendar.grid
    begin, finish = grid.point_of(room, at(start)), grid.point_of(room, at(last))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(grid, pos=QPoint(begin.x(), (begin.y() + finish.y()) // 2))
    qtbot.mouseMove(grid, pos=finish)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=finish)


def open_slot(
    qtbot,
    page: BookingsPage,
    date: str,
    room: int,
    start: str,  # noqa: ANN001
    last: str,
) -> BookingDialog:
    page.calendar.set_current_day(day(date))
    before = page.dialog
    drag(qtbot, page, room, start, last)
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog) and dialog is not before  # a new one
    qtbot.add_widget(dialog)
    return dialog


def click_booking(qtbot, page: BookingsPage, ref: str) -> None:  # noqa: ANN001
    rect = page.calendar.grid.rect_of(ref)
    assert rect is not None, ref
    qtbot.mouseClick(page.calendar.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.detail.booking is not None and page.detail.booking.ref == ref


def press(qtbot, page: BookingsPage, action: str) -> None:  # noqa: ANN001
    button = page.detail.actions.buttons[(action, "")]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def plain(text: str) -> str:
    """The text without the directional isolates that keep codes in order."""
    return text.replace("\u2066", "").replace("\u2069", "")


def state_of(ref: str) -> str:
    return m.Booking.get(m.Booking.ref == ref).state


# --- the calendar ------------------------------------------------------------------------------


def test_week_title_names_the_months_in_persian_digits() -> None:
    assert week_title(day("1405/09/08")) == "هفتهٔ ۸ تا ۱۴ آذر ۱۴۰۵"
    assert week_title(day("1405/08/30")) == "هفتهٔ ۳۰ آبان تا ۶ آذر ۱۴۰۵"
    assert week_title(day("1404/12/27")) == "هفتهٔ ۲۷ اسفند ۱۴۰۴ تا ۴ فروردین ۱۴۰۵"


def test_calendar_shows_a_booking_in_its_room_column_and_day(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """Step خ seen on the calendar: Saturday first, Friday the weekend, the rooms as columns."""
    ref = book(clock, world["first"], "workshop_room", "1405/01/12", "10:00", "12:00")
    page = bookings_page(window)
    assert page.house_combo.currentData() == "S1"  # the semansara with this week's bookings
    assert page.week_label.text() == "هفتهٔ ۸ تا ۱۴ فروردین ۱۴۰۵"
    strip = page.calendar.tabs
    assert strip.tabText(0).startswith("شنبه")
    assert "تعطیل" in strip.tabText(6) and strip.tabText(6).startswith("جمعه")
    assert page.calendar.current_day() == day("1405/01/10")  # today's tab comes first
    assert "۱ نوبت" in strip.tabText(4)  # Wednesday 12 Farvardin
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft

    page.calendar.set_current_day(day("1405/01/12"))
    grid = page.calendar.grid
    assert [r.kind for r in grid.rooms] == ["meeting_room", "workshop_room", "hall"]
    rect = grid.rect_of(ref)
    workshop = grid.room_index(room_id("workshop_room"))
    assert grid.column_rect(workshop).contains(rect.center().toPointF())
    assert not grid.column_rect(0).contains(rect.center().toPointF())
    assert grid.y_of(10 * 60) <= rect.top() < rect.bottom() <= grid.y_of(12 * 60)
    # right to left: the hours at the right edge, the first room next to them
    assert grid.time_column().x() > grid.column_rect(0).x() > grid.column_rect(1).x()
    # on another day it is not drawn
    page.calendar.set_current_day(day("1405/01/11"))
    assert page.calendar.grid.rect_of(ref) is None

    page.calendar.set_current_day(day("1405/01/12"))
    click_booking(qtbot, page, ref)
    assert plain(page.detail.title.text()) == f"نوبت {ref}"
    assert page.detail.fact_labels["state"].text() == "درخواست شد (خ)"
    assert page.detail.fact_labels["when"].text() == "چهارشنبه ۱۴۰۵/۰۱/۱۲، ساعت ۱۰:۰۰ تا ۱۲:۰۰"


def test_the_calendar_marks_the_closed_days_the_workflow_names(
    window: MainWindow, world: dict[str, str], clock: FixedClock
) -> None:
    """R-2.3 has one definition (`closed_days`): a day HQ declares closed is marked like the
    Friday, with why on its tab; the holidays HQ declared open are not."""
    act(clock, "admin", "declare_day", date="1405/01/11", kind="closed", reason="تعمیر لوله‌ها")
    page = bookings_page(window)
    page.load_week()
    strip = page.calendar.tabs
    assert "تعطیل" in strip.tabText(3) and strip.tabText(3).startswith("سه‌شنبه")
    assert strip.buttons[3].toolTip().endswith("تعمیر لوله‌ها")
    assert "تعطیل" not in strip.tabText(4)  # 12 Farvardin, a holiday declared open
    page.calendar.set_current_day(day("1405/01/11"))
    assert page.calendar.grid.closed
    page.calendar.set_current_day(day("1405/01/12"))
    assert not page.calendar.grid.closed


def test_next_and_previous_week_and_today(
    window: MainWindow, world: dict[str, str], clock: FixedClock
) -> None:
    ref = book(clock, world["first"], "hall", "1405/01/17", "09:00", "10:00")
    page = bookings_page(window)
    page.go_next()
    assert page.week_label.text() == "هفتهٔ ۱۵ تا ۲۱ فروردین ۱۴۰۵"
    assert [b.ref for b in page.week] == [ref]
    page.go_previous()
    page.go_previous()
    assert page.week_label.text() == "هفتهٔ ۱ تا ۷ فروردین ۱۴۰۵"
    assert page.week == []
    page.go_today()
    assert page.week_label.text() == "هفتهٔ ۸ تا ۱۴ فروردین ۱۴۰۵"
    assert page.calendar.current_day() == day("1405/01/10")


def test_selecting_a_free_slot_opens_the_dialog_prefilled_with_the_hours_left(
    window: MainWindow,
    world: dict[str, str],
    qtbot,  # noqa: ANN001
) -> None:
    """Dragging down a room's column from 14:00 to the half-hour of 15:00 asks for 14:00 to
    15:30 in that room type; the NGO's hours left this Jalali year are shown (R-4.1)."""
    page = bookings_page(window)
    dialog = open_slot(qtbot, page, "1405/01/12", room_id("meeting_room"), "14:00", "15:00")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.service.currentData() == "meeting_room"
    assert dialog.date.text() == "۱۴۰۵/۰۱/۱۲"
    assert (dialog.start.text(), dialog.end.text()) == ("۱۴:۰۰", "۱۵:۳۰")
    names = [plain(dialog.contract.itemText(i)) for i in range(dialog.contract.count())]
    assert names == ["انجمن یاوران سلامت — C-100", "کانون دوستداران کتاب — C-200"]
    dialog.choose_contract(world["first"])
    hours = dialog.hours.text()
    assert "ساعت‌های باقی‌ماندهٔ «انجمن یاوران سلامت» برای «اتاق جلسات» در سال ۱۴۰۵" in hours
    assert "۱۰۰ ساعت" in hours and "پس از آن ۹۸ ساعت و ۳۰ دقیقه می‌ماند" in hours
    assert dialog.conflict_codes() == []
    assert "این ساعت آزاد است" in dialog.conflicts.text()
    dialog.people.setValue(6)
    assert dialog.submit() is True
    booking = m.Booking.get(m.Booking.people == 6)
    assert (booking.service, booking.state) == ("meeting_room", "khe_requested")
    assert jalali.format_datetime(booking.start_at) == "۱۴۰۵/۰۱/۱۲ ۱۴:۰۰"
    # the new booking is drawn and chosen, the quota read again
    assert page.calendar.grid.rect_of(booking.ref) is not None
    assert page.detail.booking.ref == booking.ref
    assert "۹۸ ساعت و ۳۰ دقیقه باقی است" in page.detail.quota.text()


def test_clicking_the_start_and_then_the_end_chooses_the_slot(
    window: MainWindow,
    world: dict[str, str],
    qtbot,  # noqa: ANN001
) -> None:
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/13"))
    grid = page.calendar.grid
    hall = room_id("hall")
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.point_of(hall, at("16:00")))
    assert page.dialog is None
    assert "خانهٔ پایان" in page.info.text()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.point_of(hall, at("17:30")))
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.add_widget(dialog)
    assert dialog.service.currentData() == "hall"
    assert (dialog.start.text(), dialog.end.text()) == ("۱۶:۰۰", "۱۸:۰۰")


def test_a_taken_slot_is_shown_before_saving_and_refused_by_the_service(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """R-2.2: the one meeting room is taken 10:00–12:00; asking for 11:00 shows the booking
    in the way before saving, and saving is refused with SLOT_TAKEN in the form."""
    taken = book(clock, world["second"], "meeting_room", "1405/01/12", "10:00", "12:00")
    page = bookings_page(window)
    dialog = open_slot(qtbot, page, "1405/01/12", room_id("meeting_room"), "12:00", "12:30")
    dialog.choose_contract(world["first"])
    assert dialog.conflict_codes() == []
    dialog.start.setText("۱۱:۰۰")
    dialog.update_check()
    assert dialog.conflict_codes() == ["SLOT_TAKEN"]
    shown = plain(dialog.conflicts.text())
    assert "۱۰:۰۰ تا ۱۲:۰۰ — کانون دوستداران کتاب، نوبت B-000001" in shown
    assert taken == "B-000001"
    assert dialog.conflicts.property("kind") == "error"
    count = m.Booking.select().count()

    assert dialog.submit() is False
    assert dialog.last_error.code == "SLOT_TAKEN"
    assert dialog.isVisible()
    assert "«اتاق جلسات» شمارهٔ ۱" in dialog.message.text()  # the room chosen in the calendar
    assert "رزرو شده است" in dialog.message.text() and "(R-2.2)" in dialog.message.text()
    assert dialog.message.kind() == "error"
    assert dialog.marked_fields() == ["start"]
    assert m.Booking.select().count() == count


def test_the_room_chosen_in_the_calendar_is_the_room_booked(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """Step خ books the room whose column was chosen, not the first free one; when that room
    is taken, saving is refused though another room of the type is free."""
    act(clock, "admin", "update_semansara", code="S1", meeting_rooms=2)
    page = bookings_page(window)
    page.refresh()
    dialog = open_slot(qtbot, page, "1405/01/12", room_id("meeting_room", 2), "10:00", "11:30")
    dialog.choose_contract(world["first"])
    assert dialog.check.room == 2 and dialog.conflict_codes() == []
    assert dialog.submit() is True
    booking = m.Booking.select().order_by(m.Booking.id.desc()).first()
    assert booking.room.number == 2
    # The calendar draws the booking there now: the slot is asked for as by a desk whose
    # calendar did not show it yet.
    start = dt.datetime.combine(day("1405/01/12"), at("11:00"), clock.now().tzinfo)
    again = page.open_booking_dialog(
        room_id("meeting_room", 2), start, start + dt.timedelta(minutes=30)
    )
    assert isinstance(again, BookingDialog)
    qtbot.add_widget(again)
    again.choose_contract(world["second"])
    assert again.conflict_codes() == ["SLOT_TAKEN"]  # room 1 is free, but room 2 was chosen
    assert again.submit() is False and again.last_error.code == "SLOT_TAKEN"
    assert m.Booking.select().count() == 1


def test_the_quota_exceeded_refusal_is_seen_in_the_form(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """R-4.1: a level-2 NGO has 24 hall hours a year; with 20 used, six more are refused
    with the hours left."""
    first = world["first"]
    book(clock, first, "hall", "1405/01/11", "08:00", "18:00")
    book(clock, first, "hall", "1405/01/12", "08:00", "18:00")
    page = bookings_page(window)
    dialog = open_slot(qtbot, page, "1405/01/13", room_id("hall"), "08:00", "13:30")
    dialog.choose_contract(first)
    assert "«سالن برگزاری نشست‌ها» در سال ۱۴۰۵: ۴ ساعت" in dialog.hours.text()
    assert "بیش از سهمیه" in dialog.hours.text()
    assert dialog.conflict_codes() == ["QUOTA_EXCEEDED"]
    dialog.people.setValue(30)

    assert dialog.submit() is False
    assert dialog.last_error.code == "QUOTA_EXCEEDED"
    assert "۴ ساعت باقی مانده است" in dialog.message.text()
    assert "(R-4.1)" in dialog.message.text()
    assert m.Booking.select().where(m.Booking.service == "hall").count() == 2

    dialog.end.setText("۱۲:۰۰")  # four hours fit
    dialog.update_check()
    assert dialog.conflict_codes() == []
    assert dialog.submit() is True


def test_too_many_people_and_outside_opening_hours_are_shown_before_saving(
    window: MainWindow,
    world: dict[str, str],
    qtbot,  # noqa: ANN001
) -> None:
    page = bookings_page(window)
    dialog = open_slot(qtbot, page, "1405/01/12", room_id("meeting_room"), "16:00", "17:30")
    dialog.choose_contract(world["first"])
    dialog.people.setValue(12)
    dialog.end.setText("۱۹:۰۰")
    check = dialog.update_check()
    assert check.codes() == ["HEADCOUNT_EXCEEDED", "OUTSIDE_OPENING_HOURS"]
    assert "حداکثر ۱۰ نفر" in dialog.conflicts.text()
    assert dialog.submit() is False
    assert dialog.last_error.code == "HEADCOUNT_EXCEEDED"
    assert dialog.marked_fields() == ["people"]


def test_schedule_and_notify_through_the_action_bar(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """Steps د and ذ (R-3.1): the desk schedules the requested booking, then informs the NGO
    and the manager; the notices can be printed from then on."""
    ref = book(clock, world["first"], "meeting_room", "1405/01/12", "10:00", "12:00")
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/12"))
    click_booking(qtbot, page, ref)
    detail = page.detail
    assert not detail.print_ngo.isEnabled()
    assert set(detail.actions.buttons) == {
        ("schedule_booking", ""),
        ("refuse_booking", ""),
        ("cancel_booking", ""),
    }
    press(qtbot, page, "schedule_booking")
    assert state_of(ref) == "dal_scheduled"
    assert detail.fact_labels["state"].text() == "وقت تنظیم شد (د)"
    assert ("notify_booking", "") in detail.actions.buttons
    assert ("schedule_booking", "") not in detail.actions.buttons
    assert detail.print_ngo.isEnabled() and detail.print_manager.isEnabled()

    press(qtbot, page, "notify_booking")
    assert state_of(ref) == "zal_issued"  # ذ is done when both notices are delivered
    assert detail.fact_labels["state"].text() == "در انتظار تحویل اعلان (ذ)"
    assert detail.fact_labels["notified"].text() == "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰"
    assert (
        m.Notification.select().where(m.Notification.booking == page.detail.booking.id).count() == 2
    )
    assert set(detail.actions.buttons) == {("cancel_booking", "")}


def test_only_the_desk_acts_on_bookings(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    ref = book(clock, world["first"], "meeting_room", "1405/01/12", "10:00", "12:00")
    sign_in(window, "finance")
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/12"))
    click_booking(qtbot, page, ref)
    assert page.detail.actions.buttons == {}
    assert "کارشناس میز خدمت" in page.detail.actions_note.text()


def test_cancelling_gives_the_hours_back(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """R-4.1: a cancelled booking gives its hours back; it leaves the calendar (shown faded
    when asked for)."""
    first = world["first"]
    ref = book(clock, first, "meeting_room", "1405/01/12", "10:00", "12:00")
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/12"))
    click_booking(qtbot, page, ref)
    assert "۲ ساعت گرفته شده از ۱۰۰ ساعت؛ ۹۸ ساعت باقی است" in page.detail.quota.text()

    press(qtbot, page, "cancel_booking")
    dialog = page.detail.dialog
    assert isinstance(dialog, BookingReasonDialog)
    qtbot.add_widget(dialog)
    assert "۲ ساعت به سهمیهٔ سال سمن بازمی‌گردد" in dialog.gives_back.text()
    assert dialog.submit() is False  # no reason written
    assert dialog.marked_fields() == ["reason"]
    dialog.reason.setPlainText("سمن جلسه را به هفتهٔ بعد برد.")
    assert dialog.submit() is True

    assert state_of(ref) == "cancelled"
    assert page.detail.fact_labels["state"].text() == "لغو شد"
    assert "۰ ساعت گرفته شده از ۱۰۰ ساعت؛ ۱۰۰ ساعت باقی است" in page.detail.quota.text()
    grid = page.calendar.grid
    assert grid.rect_of(ref) is None  # hidden …
    page.show_cancelled.setChecked(True)
    assert grid.rect_of(ref) is not None  # … or faded
    page.show_cancelled.setChecked(False)

    # the slot is free again, and the hours are back in the form too
    dialog = open_slot(qtbot, page, "1405/01/12", room_id("meeting_room"), "10:00", "11:30")
    dialog.choose_contract(first)
    assert dialog.conflict_codes() == []
    assert "برای «اتاق جلسات» در سال ۱۴۰۵: ۱۰۰ ساعت" in dialog.hours.text()


def test_refusing_a_request_at_step_dal_needs_a_reason(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    ref = book(clock, world["first"], "hall", "1405/01/11", "10:00", "12:00")
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/11"))
    click_booking(qtbot, page, ref)
    press(qtbot, page, "refuse_booking")
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    dialog.reason.setPlainText("سالن برای تعمیر بسته است.")
    assert dialog.submit() is True
    assert state_of(ref) == "refused"
    assert page.detail.fact_labels["reason"].text() == "سالن برای تعمیر بسته است."


def test_keyboard_chooses_a_slot(window: MainWindow, world: dict[str, str], qtbot) -> None:  # noqa: ANN001
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/13"))
    grid = page.calendar.grid
    grid.setFocus()
    for _ in range(4):  # 08:00 → 10:00
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # right to left: the next room is on the left
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.add_widget(dialog)
    assert dialog.service.currentData() == "workshop_room"
    assert (dialog.start.text(), dialog.end.text()) == ("۱۰:۰۰", "۱۱:۰۰")


def test_the_notices_are_printed_through_the_preview(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    import app.ui.print_preview as print_preview

    calls = []
    monkeypatch.setattr(
        print_preview,
        "preview_document",
        lambda parent, session, kind, ref: calls.append((kind, ref)),
    )
    ref = book(clock, world["first"], "meeting_room", "1405/01/12", "10:00", "12:00")
    act(clock, "desk", "schedule_booking", ref=ref)
    page = bookings_page(window)
    page.calendar.set_current_day(day("1405/01/12"))
    click_booking(qtbot, page, ref)
    qtbot.mouseClick(page.detail.print_ngo, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.detail.print_manager, Qt.MouseButton.LeftButton)
    assert calls == [("notice-ngo", ref), ("notice-manager", ref)]


def test_a_date_picked_in_the_jalali_calendar_opens_its_week(
    window: MainWindow, world: dict[str, str]
) -> None:
    page = bookings_page(window)
    picker = page.date_picker
    assert picker.calendar().name() == "Jalali"
    assert picker.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    picker.clicked.emit(picker.calendar().dateFromParts(1405, 2, 3))  # 3 Ordibehesht
    assert page.week_label.text() == "هفتهٔ ۲۹ فروردین تا ۴ اردیبهشت ۱۴۰۵"
    assert page.calendar.current_day() == day("1405/02/03")
