"""One request taken through steps الف to ح of Article 3 by clicking through the pages as the
people who take them (R-3.1, R-3.5), each signing in through the sign-in dialog; with the
refusals they would see on the way. (Steps خ–ذ, the bookings, are tested with the bookings page.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.db import models as m
from app.ui.main_window import MainWindow
from app.ui.pages.requests import RequestsPage
from app.workflow import persian
from app.workflow.audit import verify_chain
from app.workflow.clock import FixedClock
from app.workflow.machines import RequestFlow, state_label
from tests.ui.conftest import act, rates, register
from tests.ui.test_requests import add_house, press, save

PASSWORD = "گذرواژهٔ-دفتر-۱۴۰۵"
ONE_TIME = "yek-bar-masraf-1405"


def become(window: MainWindow, qtbot, username: str) -> None:  # noqa: ANN001
    """«خروج از حساب», then sign in as `username` in the dialog and press Enter. A starter
    account's first sign-in is with the administrator's one-time password, replaced in the
    dialog by the person's own, typed twice."""
    first = m.User.get(m.User.username == username).password_hash is None
    if first:
        act(window.session.clock, "admin", "set_password", username=username, password=ONE_TIME)
    box = window.sign_out()
    qtbot.add_widget(box)
    assert not window.isVisible()
    qtbot.keyClicks(box.username, username)
    box.password.insert(ONE_TIME if first else PASSWORD)
    qtbot.keyClick(box.password, Qt.Key.Key_Return)
    if first:
        assert not window.isVisible() and box.new_password.isVisible(), box.message.text()
        box.new_password.insert(PASSWORD)
        box.new_again.insert(PASSWORD)
        qtbot.keyClick(box.new_again, Qt.Key.Key_Return)
    assert window.isVisible(), box.message.text()
    assert window.session.user.username == username
    assert window.user_name.text().startswith("کاربر: ")


def requests_page(window: MainWindow, ref: str) -> RequestsPage:
    window.show_record("request", ref)
    page = window.pages["requests"]
    assert window.current_key() == "requests" and page.selected_ref() == ref
    return page


def assert_state(page: RequestsPage, ref: str, state: str) -> None:
    """The state in the records, in the list and in the detail."""
    assert m.Request.get(m.Request.ref == ref).state == state
    label = state_label(RequestFlow, state)
    row = page.model.row_of(ref)
    assert row is not None and page.model.index(row, 5).data() == label
    assert page.detail.fact_text("step") == label


def open_from_home(window: MainWindow, qtbot, ref: str, work: str) -> RequestsPage:  # noqa: ANN001
    """Find the request in the signed-in person's worklist and double-click it."""
    home = window.switch_to("home")
    rows = [number for number, row in enumerate(home.work.rows) if row.ref == ref]
    assert rows, [row.cells for row in home.work.rows]
    assert home.work.rows[rows[0]].cells[0] == work
    rect = home.work.visualRect(home.work.model_.index(rows[0], 1))
    qtbot.mouseClick(home.work.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(home.work.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.pages["requests"]
    assert window.current_key() == "requests" and page.selected_ref() == ref
    return page


def test_one_request_from_alef_to_he_through_the_pages(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    clock: FixedClock,
) -> None:
    house = add_house(clock)
    rates(clock)  # finance has entered every year's inflation rate (R-6.4; zero: base amount)
    ngo = register(clock, "انجمن یاوران سلامت", "L-100", representative="مریم احمدی")
    lapsed = register(clock, "کانون مجوز گذشته", "L-200", licence_expires="1405/01/01")

    # the empowerment deputy confirms the suggested level on the NGO page.
    become(window, qtbot, "empowerment")
    ngos = window.show_record("ngo", ngo)
    dialog = ngos.detail.assess()
    qtbot.add_widget(dialog)
    assert dialog.suggested.text() == "سطح پیشنهادی (کمترین سطح سه معیار): ۲"
    save(dialog)
    assert m.Ngo.get(m.Ngo.code == ngo).level == 2

    # الف: the desk expert registers the request.
    become(window, qtbot, "desk")
    page = window.switch_to("requests")
    assert page.detail.actions.buttons == {}  # nothing selected, nothing to do
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    assert dialog.picker.choose(ngo)
    dialog.semansara.setCurrentIndex(dialog.semansara.findData(house))
    dialog.channel.setCurrentIndex(dialog.channel.findData("in_person"))
    dialog.services["meeting_room"].setChecked(True)
    save(dialog)
    assert not dialog.isVisible()
    ref = page.selected_ref()
    assert ref is not None
    assert_state(page, ref, "alef_registered")
    assert page.detail.fact_text("channel") == "حضوری"

    # A refusal a person sees: the NGO whose licence has run out cannot be accepted.
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    assert dialog.picker.choose(lapsed)
    dialog.semansara.setCurrentIndex(dialog.semansara.findData(house))
    save(dialog)
    lapsed_ref = page.selected_ref()
    assert lapsed_ref != ref
    accept = page.detail.actions.buttons[("review_request", "accept")]
    assert not accept.isEnabled()
    assert accept.toolTip() == "مجوز فعالیت این سمن در ۱۴۰۵/۰۱/۰۱ به پایان رسیده است. (R-1.1)"
    assert "LICENCE_EXPIRED" not in page.detail.reasons.text()  # people read Persian, not codes
    assert page.detail.reasons.text().startswith("«پذیرش درخواست (ب)»: مجوز فعالیت")

    # ب: the desk expert, from the worklist, accepts the request.
    page = open_from_home(window, qtbot, ref, "بررسی فرم درخواست (ب)")
    assert page.detail.actions.buttons[("review_request", "accept")].isEnabled()
    dialog = press(page, "review_request", "accept")
    qtbot.add_widget(dialog)
    save(dialog)
    assert_state(page, ref, "be_reviewed")

    # پ: and refers it to the deputy of district affairs.
    dialog = press(page, "refer_request")
    qtbot.add_widget(dialog)
    save(dialog)
    assert_state(page, ref, "pe_referred")
    assert ("check_capacity", "") not in page.detail.actions.buttons  # not the desk's step
    assert page.detail.next_by.text() == "گام بعدی با: معاونت امور مناطق"

    # ت: the deputy checks the semansara's room.
    become(window, qtbot, "district")
    page = open_from_home(window, qtbot, ref, "بررسی ظرفیت (ت)")
    assert set(page.detail.actions.buttons) == {("check_capacity", "")}
    dialog = press(page, "check_capacity")
    qtbot.add_widget(dialog)
    assert dialog.facts.text() == "جای خالی: ۳ از ۳؛ درخواست‌های زودتر در صف: ۰"
    save(dialog)
    assert_state(page, ref, "te_capacity_ok")

    # ث: invites the NGO to sign.
    dialog = press(page, "invite")
    qtbot.add_widget(dialog)
    dialog.date.setText("1405/01/15")
    save(dialog)
    assert_state(page, ref, "se_invited")
    assert page.detail.fact_text("invited") == "۱۴۰۵/۰۱/۱۵"

    # ج: the contract, the note, the two letters; first with a note below the amount due.
    dialog = press(page, "sign_contract")
    qtbot.add_widget(dialog)
    dialog.note_serial.setText("SF-1405-001")
    dialog.note_amount.setText("۱۵۰٬۰۰۰٬۰۰۰")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.marked_fields() == ["note_amount"]
    assert dialog.refused_text().startswith("مبلغ سفته برای سال ۱۴۰۵ باید دست‌کم ۲۰۰٬۰۰۰٬۰۰۰")
    assert_state(page, ref, "se_invited")
    assert not m.Contract.select().exists()
    dialog.note_amount.setText(persian.format_number(dialog.due))
    save(dialog)
    assert not dialog.isVisible()
    assert_state(page, ref, "jim_contracted")
    contract = m.Contract.get(m.Contract.request == m.Request.get(m.Request.ref == ref))
    assert [letter.to for letter in contract.letters.order_by(m.IntroductionLetter.id)] == [
        "representative",
        "manager",
    ]
    assert page.detail.print_contract.isEnabled() and page.detail.print_letter.isEnabled()

    # the letters wait until finance has taken the note into custody.
    letter = page.detail.actions.buttons[("deliver_letter", "representative")]
    assert not letter.isEnabled() and letter.toolTip().endswith("(R-6.1)")
    act(clock, "finance", "take_note_custody", contract=contract.ref)

    # چ: one copy of the letter to the NGO's official representative.
    page = open_from_home(window, qtbot, ref, "تحویل معرفی‌نامه (چ، ح)")
    dialog = press(page, "deliver_letter", "representative")
    qtbot.add_widget(dialog)
    assert dialog.facts.text() == (
        f"معرفی‌نامهٔ {contract.ref}-L1 (قرارداد {contract.ref}) به مریم احمدی تحویل می‌شود."
    )
    save(dialog)
    assert_state(page, ref, "che_letter_to_representative")

    # ح: the other to the semansara's manager.
    page = open_from_home(window, qtbot, ref, "تحویل معرفی‌نامه (چ، ح)")
    dialog = press(page, "deliver_letter", "manager")
    qtbot.add_widget(dialog)
    save(dialog)
    assert_state(page, ref, "he_letter_to_manager")
    assert page.detail.actions.buttons == {}
    assert page.detail.next_by.text() == "این درخواست به پایان رسیده است."

    # every step, who took it, in which role; the map marks the last step.
    timeline = page.detail.timeline.rows()
    # (finance taking the note, between ج and چ, is no step of Article 3: «—»)
    assert [row[3] for row in timeline] == ["الف", "ب", "پ", "ت", "ث", "ج", "—", "چ", "ح"]
    assert [row[2] for row in timeline] == (
        ["کارشناس میز خدمت"] * 3
        + ["معاونت امور مناطق"] * 3
        + ["معاونت مالی، اداری و پشتیبانی"]
        + ["معاونت امور مناطق"] * 2
    )
    assert page.detail.map._map.current == "he_letter_to_manager"
    assert verify_chain().ok
