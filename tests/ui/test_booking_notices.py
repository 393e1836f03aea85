"""The notices of step ذ on the booking detail (issue 7, item 3, its GUI half): the table of
each notice's delivery, «ارسال اعلان‌ها» through a real SMTP server started by the test, and
«چاپ اعلان» recorded once the notice is printed or saved; the worklist's «اعلان‌های
ارسال‌نشده». On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db import models as m
from app.ui import texts
from app.ui.main_window import MainWindow
from app.ui.pages.bookings import BookingsPage
from app.workflow import worklists
from app.workflow.clock import FixedClock
from app.workflow.notifications import Settings
from tests.ui.conftest import Templates, act, sign_in, ui_database_url, user
from tests.ui.test_bookings import add_house, add_manager, book, click_booking, contract_for, day
from tests.workflow.test_notifications import Inbox, Server, free_port

NGO_ADDRESS = "yavaran@example.org"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, templates: Templates) -> Iterator[str]:
    yield from ui_database_url(request.param, tmp_path, templates)


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The SMTP settings are read from a folder of the test's own, never the real one."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv("SEMANSARA_SMTP_PASSWORD", raising=False)
    return folder


@pytest.fixture
def smtp_server() -> Iterator[Server]:
    server = Server(Inbox())
    server.controller.start()
    yield server
    server.controller.stop()


def notified(clock: FixedClock, email: str = "") -> str:
    """A booking taken through steps خ, د and ذ, its NGO with `email` (or none)."""
    add_house(clock)
    add_manager(clock)
    ngo, contract = contract_for(clock, "انجمن یاوران سلامت", 100)
    if email:
        act(clock, "desk", "update_ngo", code=ngo, email=email)
    ref = book(clock, contract, "meeting_room", "1405/01/12", "10:00", "12:00")
    act(clock, "desk", "schedule_booking", ref=ref)
    act(clock, "desk", "notify_booking", ref=ref)
    return ref


def shown_booking(qtbot, window: MainWindow, ref: str) -> BookingsPage:  # noqa: ANN001
    page = window.switch_to("bookings")
    page.refresh()
    page.calendar.set_current_day(day("1405/01/12"))
    click_booking(qtbot, page, ref)
    return page


def by_recipient(page: BookingsPage) -> dict[str, tuple[str, ...]]:
    return {cells[0]: cells[1:] for cells in page.detail.notices.shown()}


def test_send_from_the_booking_detail_shows_sent(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
    smtp_server: Server,
) -> None:
    ref = notified(clock, NGO_ADDRESS)
    smtp_server.settings().save()
    page = shown_booking(qtbot, window, ref)
    panel = page.detail.notices
    rows = by_recipient(page)
    assert rows["سمن"][:3] == ("پست الکترونیک", f"\u2066{NGO_ADDRESS}\u2069", "در انتظار")
    assert rows["مسئول سمن‌سرا"][:3] == ("چاپی", texts.NONE, "در انتظار")
    assert panel.send_button.isEnabled() and panel.print_button.isEnabled()
    assert [i.kind for i in worklists.worklist(user("desk"), clock.today())].count(
        "deliver_notice"
    ) == 1

    clock.set(clock.now().replace(hour=9, minute=30))
    with qtbot.wait_signal(window.session.changed, timeout=20_000):
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: panel.job is None, timeout=20_000)
    assert [msg["To"] for msg in smtp_server.handler.messages()] == [NGO_ADDRESS]
    assert ref in smtp_server.handler.messages()[0]["Subject"]
    rows = by_recipient(page)
    assert rows["سمن"][2:4] == ("ارسال‌شده", "۱۴۰۵/۰۱/۱۰ ۰۹:۳۰")
    assert panel.message.text() == "فرستاده شد: ۱؛ ناموفق: ۰."
    assert not panel.send_button.isEnabled()  # nothing left to send
    event = m.AuditEvent.select().where(m.AuditEvent.action == "record_delivery").get()
    assert event.actor == "desk" and json.loads(event.data)["to"] == "sent"


def test_a_server_that_is_away_shows_failed_with_its_reason(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
) -> None:
    ref = notified(clock, NGO_ADDRESS)
    Settings(host="127.0.0.1", port=free_port(), sender="desk@hq.example", starttls=False).save()
    page = shown_booking(qtbot, window, ref)
    panel = page.detail.notices
    panel.send()
    qtbot.wait_until(lambda: panel.job is None, timeout=20_000)
    state, _when, reason = by_recipient(page)["سمن"][2:5]
    assert state == "ناموفق" and "اتصال را نپذیرفت" in reason
    assert panel.send_button.isEnabled()  # it may be tried again …
    assert panel.print_button.isEnabled()  # … or printed and handed over


def test_send_without_settings_says_what_is_missing(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
) -> None:
    ref = notified(clock, NGO_ADDRESS)
    page = shown_booking(qtbot, window, ref)
    assert page.detail.notices.send() is None
    said = page.detail.notices.message.text()
    assert "SMTP" in said and "فرستنده" in said
    assert by_recipient(page)["سمن"][2] == "در انتظار"


def test_print_a_notice_without_an_address_marks_it_printed(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    ref = notified(clock)  # the NGO has no e-mail address: both notices are on paper
    page = shown_booking(qtbot, window, ref)
    panel = page.detail.notices
    assert not panel.send_button.isEnabled()
    assert {cells[1] for cells in panel.shown()} == {"چاپی"}

    preview = panel.print_notice()
    assert preview is not None and preview.isVisible()
    assert "BKN" in preview.serial  # the NGO's notice, issued with its serial
    assert by_recipient(page)["سمن"][2] == "در انتظار"  # shown is not yet handed over
    saved = preview.save_to(tmp_path / "notice.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert by_recipient(page)["سمن"][2:4] == ("چاپ‌شده", "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰")
    assert by_recipient(page)["مسئول سمن‌سرا"][2] == "در انتظار"
    assert texts.NOTICE_PRINTED.format(recipient="سمن") == panel.message.text()
    assert m.Booking.get(m.Booking.ref == ref).state == "zal_issued"  # one still to hand over
    preview.close()

    second = panel.print_notice()  # the manager's next
    assert "BKM" in second.serial
    assert second.print_to(_pdf_printer(tmp_path / "printed.pdf"))
    assert by_recipient(page)["مسئول سمن‌سرا"][2] == "چاپ‌شده"
    assert not panel.print_button.isEnabled()  # all handed over
    assert m.Booking.get(m.Booking.ref == ref).state == "zal_notified"  # ذ is done
    second.close()
    assert "deliver_notice" not in {i.kind for i in worklists.worklist(user("desk"), clock.today())}


def test_other_roles_see_the_notices_but_do_not_act(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
) -> None:
    ref = notified(clock)
    sign_in(window, "district")
    page = shown_booking(qtbot, window, ref)
    panel = page.detail.notices
    assert len(panel.shown()) == 2
    assert not panel.print_button.isEnabled() and not panel.send_button.isEnabled()
    assert panel.print_button.toolTip() == texts.NOTICE_NOT_ALLOWED
    assert panel.print_notice() is None


def test_the_worklist_leads_to_the_booking(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
) -> None:
    ref = notified(clock)
    home = window.switch_to("home")
    home.refresh()
    rows = [row for row in home.work.rows if row.ref == ref]
    assert [row.kind for row in rows] == ["booking"]
    assert texts.WORK_KINDS["deliver_notice"] in rows[0].cells[0]
    assert "سمن، مسئول سمن‌سرا" in rows[0].cells[1]


def _pdf_printer(path: Path):  # noqa: ANN202
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer
