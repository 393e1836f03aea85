"""Capacity where a semansara is chosen (R-3.3): the new-request form lists each semansara with
its free places and queue and chooses the nearest with room (same district first); an open
request without a place moves to another semansara from its actions, keeping its registration
time; one with a place has the button disabled, saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app.db import models as m
from app.ui.main_window import MainWindow
from tests.ui.conftest import act
from tests.ui.test_requests import add_house, assessed_ngo, open_requests, press, request_at


def save(dialog) -> None:  # noqa: ANN001
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def items(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_new_request_form_lists_room_and_suggests_the_nearest(
    window: MainWindow, clock, qtbot
) -> None:  # noqa: ANN001
    add_house(clock, "S06", 6, places=1)
    add_house(clock, "S11", 11, places=2)
    add_house(clock, "S07", 7, places=1)
    full = assessed_ngo(clock, "انجمن نخست", "L-1")
    request_at(clock, full, "S07", "te_capacity_ok")  # S07's one place held
    ngo = assessed_ngo(clock, "کانون منطقهٔ شش", "L-2", district=6)
    page = window.switch_to("requests")
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    # No NGO chosen yet: the most room first.
    assert items(dialog.semansara) == [
        "سمن‌سرای منطقهٔ ۱۱ — جای خالی: ۲، در صف: ۰ (پیشنهادی)",
        "سمن‌سرای منطقهٔ ۶ — جای خالی: ۱، در صف: ۰",
        "سمن‌سرای منطقهٔ ۷ — جای خالی: ۰، در صف: ۰",
    ]
    assert dialog.semansara.currentData() == "S11"
    assert dialog.picker.choose(ngo)
    # An NGO of district 6: its own district's semansara with room comes first.
    assert dialog.semansara.currentData() == "S06"
    assert items(dialog.semansara)[0].endswith("(پیشنهادی)")
    assert "نزدیک‌ترین" in dialog.suggestion.text()
    assert not dialog.grab().isNull()  # it paints
    save(dialog)
    assert not dialog.isVisible()
    request = m.Request.get(m.Request.ngo == m.Ngo.get(m.Ngo.code == ngo))
    assert request.semansara.code == "S06"


def test_a_choice_by_hand_is_kept_when_the_ngo_changes(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock, "S06", 6)
    add_house(clock, "S11", 11)
    first = assessed_ngo(clock, "انجمن یک", "L-1", district=6)
    second = assessed_ngo(clock, "انجمن دو", "L-2", district=11)
    dialog = window.switch_to("requests").new_item()
    qtbot.add_widget(dialog)
    assert dialog.picker.choose(first) and dialog.semansara.currentData() == "S06"
    assert dialog.picker.choose(second) and dialog.semansara.currentData() == "S11"
    dialog.semansara.setCurrentIndex(dialog.semansara.findData("S06"))
    dialog.semansara.activated.emit(dialog.semansara.currentIndex())  # as a click does
    assert dialog.picker.choose(first) and dialog.semansara.currentData() == "S06"
    assert dialog.picker.choose(second) and dialog.semansara.currentData() == "S06"


def test_no_room_anywhere_suggests_nothing(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock, "S06", 6, places=1)
    request_at(clock, assessed_ngo(clock, "انجمن نخست", "L-1"), "S06", "te_capacity_ok")
    dialog = window.switch_to("requests").new_item()
    qtbot.add_widget(dialog)
    assert dialog.semansara.currentIndex() == -1
    assert dialog.suggestion.text() == (
        "هیچ سمن‌سرایی اکنون جای خالی ندارد؛ درخواست در صف سمن‌سرای برگزیده می‌ماند."
    )


def test_an_open_request_moves_keeping_its_registration(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock, "S06", 6, places=1)
    add_house(clock, "S11", 11, places=2)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), "S06", "pe_referred")
    registered = m.Request.get(m.Request.ref == ref).registered_at
    page = open_requests(window, ref)
    dialog = press(page, "move_request")
    assert items(dialog.semansara) == ["سمن‌سرای منطقهٔ ۱۱ — جای خالی: ۲، در صف: ۰ (پیشنهادی)"]
    assert dialog.semansara.currentData() == "S11"
    assert not dialog.grab().isNull()  # it paints
    before = m.AuditEvent.select().count()
    save(dialog)
    assert not dialog.isVisible()
    moved = m.Request.get(m.Request.ref == ref)
    assert (moved.semansara.code, moved.registered_at, moved.state) == (
        "S11",
        registered,
        "pe_referred",
    )
    assert m.AuditEvent.select().count() == before + 1
    assert window.statusBar().currentMessage() == (
        f"درخواست \u2066{ref}\u2069 به سمن‌سرای دیگر برده شد؛ نوبتش در صف همان زمان ثبت است. (۰۹:۰۰)"
    )


def test_a_request_holding_a_place_cannot_move(window: MainWindow, clock) -> None:  # noqa: ANN001
    add_house(clock, "S06", 6)
    add_house(clock, "S11", 11)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), "S06", "te_capacity_ok")
    page = open_requests(window, ref)
    button = page.detail.actions.buttons[("move_request", "")]
    assert not button.isEnabled()
    assert "R-3.3" in button.toolTip()
    act(clock, "desk", "withdraw_request", ref=ref, reason="انصراف آزمایشی")
    page.refresh()
    assert ("move_request", "") not in page.detail.actions.buttons  # closed: no button at all
