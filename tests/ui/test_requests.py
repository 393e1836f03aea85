"""The requests page (steps الف–ح): the lazy list with search and filters, the detail with the
actions of the signed-in role (a disabled one says why, with its rule), the forms of the steps
and their refusals, printing, the timeline and the process map; the NGO page's programs and
level assessments (R-4.5)."""

from __future__ import annotations

import json
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.db import models as m
from app.ui import local
from app.ui.forms.assessment_dialog import AssessmentDialog
from app.ui.forms.base import FormDialog
from app.ui.forms.request_actions import SignDialog
from app.ui.forms.request_new import NewRequestDialog
from app.ui.main_window import MainWindow
from app.ui.pages.ngos import NgoPage
from app.ui.pages.requests import RequestsPage, RequestTableModel
from app.workflow import jalali
from app.workflow.clock import FixedClock
from tests.ui.conftest import act, rates, register, sign, sign_in

# The steps of a request, in order: (state reached, who, action, arguments besides the ref).
STEPS = (
    ("be_reviewed", "desk", "review_request", {"decision": "accept"}),
    ("pe_referred", "desk", "refer_request", {}),
    ("te_capacity_ok", "district", "check_capacity", {}),
    ("se_invited", "district", "invite", {"date": "1405/01/15"}),
    ("jim_contracted", "district", "sign_contract", {}),
    ("che_letter_to_representative", "district", "deliver_letter", {"to": "representative"}),
    ("he_letter_to_manager", "district", "deliver_letter", {"to": "manager"}),
)


# --- a small world, made through the workflow --------------------------------------------------


def add_house(clock: FixedClock, code: str = "S06", district: int = 6, places: int = 3) -> str:
    act(
        clock,
        "admin",
        "add_semansara",
        code=code,
        district=district,
        name=f"سمن‌سرای منطقهٔ {district}",
        desks=4,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=10,
        max_contracts=places,
    )
    return code


def assessed_ngo(clock: FixedClock, name: str, licence_no: str, **extra) -> str:  # noqa: ANN003
    code = register(clock, name, licence_no, **extra)
    act(clock, "empowerment", "assess_level", ngo=code)
    return code


def request_at(clock: FixedClock, ngo: str, house: str, state: str = "alef_registered") -> str:
    """A request of `ngo` in `house`, taken through the workflow up to `state`."""
    ref = act(clock, "desk", "submit_request", ngo=ngo, semansara=house, channel="in_person")["ref"]
    contract = ""
    for reached, who, action, args in STEPS:
        if m.Request.get(m.Request.ref == ref).state == state:
            break
        if action == "sign_contract":
            contract = sign(clock, ref, note_serial=f"NS-{ref}")["contract"]
        elif action == "deliver_letter":
            if args["to"] == "representative":  # finance takes the note first
                act(clock, "finance", "take_note_custody", contract=contract)
            act(clock, who, action, contract=contract, **args)
        else:
            act(clock, who, action, ref=ref, **args)
        assert m.Request.get(m.Request.ref == ref).state == reached
    return ref


def state_of(ref: str) -> str:
    return m.Request.get(m.Request.ref == ref).state


# --- clicking ----------------------------------------------------------------------------------


@pytest.fixture
def page(window: MainWindow) -> RequestsPage:
    return window.switch_to("requests")


def open_requests(window: MainWindow, ref: str) -> RequestsPage:
    page = window.switch_to("requests")
    page.refresh()
    assert window.show_record("request", ref) is page
    assert page.selected_ref() == ref
    return page


def press(page: RequestsPage, action: str, variant: str = "") -> FormDialog:
    button = page.detail.actions.buttons[(action, variant)]
    assert button.isEnabled(), button.toolTip()
    button.click()
    dialog = page.detail.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def shown(page: RequestsPage, column: int = 0) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def search(page: RequestsPage, text: str) -> None:
    page.search.setText(text)
    page.apply_filter()  # what the debounce timer does after 250 ms


# --- the list ----------------------------------------------------------------------------------


def test_list_shows_requests_newest_first_in_persian(page: RequestsPage, clock) -> None:  # noqa: ANN001
    house = add_house(clock)
    first = request_at(clock, assessed_ngo(clock, "انجمن نخست", "L-1"), house)
    second = request_at(clock, assessed_ngo(clock, "انجمن دوم", "L-2"), house, "pe_referred")
    page.refresh()
    assert shown(page) == [second, first]
    cells = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    assert cells == [
        second,
        "انجمن دوم",
        "سمن‌سرای منطقهٔ ۶",
        "حضوری",
        "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰",
        "پ: به معاونت امور مناطق معرفی شد",
    ]
    assert page.count.text() == "۲ از ۲ ردیف"
    assert page.table.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_search_by_normalised_ngo_name_and_by_ref_in_persian_digits(
    page: RequestsPage, clock
) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "کانون یاوران سلامت", "L-1"), house)
    request_at(clock, assessed_ngo(clock, "انجمن دیگر", "L-2"), house)
    page.refresh()
    search(page, "كانون ياوران")  # Arabic kaf and yeh
    assert shown(page) == [ref]
    search(page, "۰۰۰۰۰۱")  # the ref's digits, typed in Persian
    assert shown(page) == [ref]
    search(page, "")
    assert len(shown(page)) == 2


def test_filter_by_step_and_by_semansara(page: RequestsPage, clock) -> None:  # noqa: ANN001
    six, seven = add_house(clock), add_house(clock, "S07", 7)
    waiting = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), six)
    referred = request_at(clock, assessed_ngo(clock, "انجمن ب", "L-2"), seven, "pe_referred")
    page.refresh()
    page.step_filter.setCurrentIndex(page.step_filter.findText("پ: به معاونت امور مناطق معرفی شد"))
    assert shown(page) == [referred]
    page.step_filter.setCurrentIndex(page.step_filter.findText("درخواست‌های باز"))
    assert sorted(shown(page)) == sorted([waiting, referred])
    page.semansara_filter.setCurrentIndex(page.semansara_filter.findData(six))
    assert shown(page) == [waiting]
    assert page.selected_ref() == waiting  # the first row's detail shows


def test_list_is_lazy(page: RequestsPage, clock, qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(RequestTableModel, "PAGE", 4)
    house = add_house(clock, places=20)
    for number in range(10):
        request_at(clock, assessed_ngo(clock, f"انجمن شماره {number}", f"L-{number}"), house)
    page.refresh()
    # A page of 4, and as many more as the view asked for to fill itself while the window
    # waited on the database: never all of them.
    loaded = page.model.rowCount()
    assert loaded % 4 == 0 and 4 <= loaded < 10 and page.model.total() == 10
    assert page.count.text() == f"{local.number(loaded)} از ۱۰ ردیف"
    page.table.scrollToBottom()
    qtbot.wait_until(lambda: page.model.rowCount() > loaded)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 10
    assert page.table.viewport().findChildren(QWidget) == []  # painted, never a widget per row


# --- the detail --------------------------------------------------------------------------------


def test_detail_shows_the_facts_of_the_request(window: MainWindow, clock) -> None:  # noqa: ANN001
    house = add_house(clock)
    ngo = assessed_ngo(clock, "انجمن حامیان کتاب", "L-1")
    ref = request_at(clock, ngo, house, "se_invited")
    page = open_requests(window, ref)
    detail = page.detail
    assert detail.title.text() == f"درخواست \u2066{ref}\u2069 — انجمن حامیان کتاب"
    assert detail.fact_text("ngo") == (
        f"انجمن حامیان کتاب (\u2066{ngo}\u2069)، سطح ۲، مجوز تا ۱۴۰۸/۰۱/۰۱"
    )
    assert detail.fact_text("semansara") == "سمن‌سرای منطقهٔ ۶"
    assert detail.fact_text("channel") == "حضوری"
    assert detail.fact_text("registered") == "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰، به دست کارشناس میز خدمت"
    assert detail.fact_text("step") == "ث: برای عقد قرارداد دعوت شد"
    assert detail.fact_text("invited") == "۱۴۰۵/۰۱/۱۵"
    assert detail.fact["invited"].text().startswith("\u200f")  # a date alone still reads RTL
    assert not detail.facts.isRowVisible(detail.fact["queue"])


def test_the_contract_fact_names_the_last_day_of_the_lease(window: MainWindow, clock) -> None:  # noqa: ANN001
    """A six-month lease from 1405/01/10 runs to the end of 1405/07/09 (`ends` is kept as the
    day after); the request's page says the last day, as the contract page and the PDF do."""
    ref = request_at(
        clock, assessed_ngo(clock, "انجمن حامیان کتاب", "L-1"), add_house(clock), "jim_contracted"
    )
    contract = m.Contract.get(m.Contract.request == m.Request.get(m.Request.ref == ref).id)
    assert jalali.format_date_latin(contract.ends) == "1405/07/10"
    detail = open_requests(window, ref).detail
    assert detail.fact_text("contract").endswith("از ۱۴۰۵/۰۱/۱۰ تا ۱۴۰۵/۰۷/۰۹")


def test_waiting_request_shows_its_place_in_the_queue(window: MainWindow, clock) -> None:  # noqa: ANN001
    """R-3.3: a full semansara's requests wait in the order they were registered."""
    house = add_house(clock, places=1)
    request_at(clock, assessed_ngo(clock, "انجمن زودتر", "L-1"), house, "te_capacity_ok")
    ref = request_at(clock, assessed_ngo(clock, "انجمن دیرتر", "L-2"), house, "pe_referred")
    sign_in(window, "district")
    page = open_requests(window, ref)
    save(press(page, "check_capacity"))
    assert state_of(ref) == "te_waitlisted"
    assert page.detail.fact_text("queue") == "نفر ۱ در صف سمن‌سرای منطقهٔ ۶"
    assert page.detail.fact_text("step") == "ت: در صف انتظار"


def test_only_the_roles_actions_show_and_the_next_actor_is_named(window: MainWindow, clock) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "pe_referred")
    page = open_requests(window, ref)  # as the desk expert
    assert set(page.detail.actions.buttons) == {("withdraw_request", ""), ("move_request", "")}
    assert page.detail.next_by.text() == "گام بعدی با: معاونت امور مناطق"
    sign_in(window, "district")
    assert set(page.detail.actions.buttons) == {("check_capacity", "")}
    assert not page.detail.next_by.isVisible()


def test_expired_licence_disables_accept_with_the_rule(window: MainWindow, clock) -> None:  # noqa: ANN001
    """R-1.1: the button says why it is disabled: the rule's own message and its id."""
    house = add_house(clock)
    ngo = register(clock, "انجمن مجوز گذشته", "L-9", licence_expires="1405/01/01")
    ref = request_at(clock, ngo, house)
    page = open_requests(window, ref)
    accept = page.detail.actions.buttons[("review_request", "accept")]
    assert not accept.isEnabled()
    why = "مجوز فعالیت این سمن در ۱۴۰۵/۰۱/۰۱ به پایان رسیده است. (R-1.1)"
    assert accept.toolTip() == why
    assert page.detail.reasons.text() == f"«پذیرش درخواست (ب)»: {why}"
    assert page.detail.actions.buttons[("review_request", "reject")].isEnabled()


def test_reject_needs_a_reason_and_keeps_it(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    """R-3.2: a rejection has a written reason, shown in the request and its timeline."""
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house)
    page = open_requests(window, ref)
    dialog = press(page, "review_request", "reject")
    qtbot.add_widget(dialog)
    assert dialog.reject_radio.isChecked()
    save(dialog)
    assert dialog.isVisible() and dialog.marked_fields() == ["reason"]
    assert dialog.refused_text().startswith("«دلیل»")
    assert state_of(ref) == "alef_registered"
    dialog.reason.setPlainText("مدارک ناقص است")
    save(dialog)
    assert not dialog.isVisible()
    assert state_of(ref) == "be_rejected"
    assert page.detail.fact_text("reason") == "مدارک ناقص است"
    assert page.detail.timeline.rows()[-1][4:] == ("رد", "مدارک ناقص است")
    assert page.model.index(page.model.row_of(ref), 5).data() == "ب: رد شد"


def test_invite_in_the_past_is_refused_naming_the_date(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "te_capacity_ok")
    sign_in(window, "district")
    page = open_requests(window, ref)
    dialog = press(page, "invite")
    qtbot.add_widget(dialog)
    assert dialog.date.text() == "۱۴۰۵/۰۱/۱۰"  # today, to start from
    dialog.date.setText("1405/01/05")
    save(dialog)
    assert dialog.marked_fields() == ["date"]
    assert "پیش از امروز" in dialog.refused_text()
    assert state_of(ref) == "te_capacity_ok"


def test_sign_form_prefills_the_amount_due_in_persian_and_in_words(
    window: MainWindow, clock, qtbot
) -> None:  # noqa: ANN001
    """R-6.2: the note amount due this Jalali year, with Persian digits and separators."""
    act(clock, "finance", "set_inflation", year=1404, rate="0.35")
    rates(clock)  # the years before: 0 (R-6.4: signing needs them all)
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "se_invited")
    sign_in(window, "district")
    page = open_requests(window, ref)
    dialog = press(page, "sign_contract")
    qtbot.add_widget(dialog)
    assert isinstance(dialog, SignDialog)
    assert dialog.due == 270_000_000
    assert dialog.note_amount.text() == "۲۷۰٬۰۰۰٬۰۰۰"
    assert dialog.words.text() == "دویست و هفتاد میلیون ریال"
    assert dialog.due_label.text().startswith("مبلغ سفتهٔ سال ۱۴۰۵: ۲۷۰٬۰۰۰٬۰۰۰ ریال")
    dialog.note_amount.setText("300000000")
    assert dialog.words.text() == "سیصد میلیون ریال"
    dialog.note_amount.editingFinished.emit()
    assert dialog.note_amount.text() == "۳۰۰٬۰۰۰٬۰۰۰"
    dialog.note_amount.setText("سیصد")
    assert dialog.words.text() == ""
    assert dialog.starts.text() == "۱۴۰۵/۰۱/۱۰"


def test_sign_with_a_low_note_amount_is_refused_on_that_field(
    window: MainWindow, clock, qtbot
) -> None:  # noqa: ANN001
    rates(clock)
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "se_invited")
    sign_in(window, "district")
    page = open_requests(window, ref)
    dialog = press(page, "sign_contract")
    qtbot.add_widget(dialog)
    dialog.note_serial.setText("SF-1")
    dialog.note_amount.setText("۱۰۰٬۰۰۰٬۰۰۰")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.marked_fields() == ["note_amount"]
    assert dialog.refused_text() == (
        "مبلغ سفته برای سال ۱۴۰۵ باید دست‌کم ۲۰۰٬۰۰۰٬۰۰۰ ریال باشد؛ ۱۰۰٬۰۰۰٬۰۰۰ ریال داده شد."
    )
    assert state_of(ref) == "se_invited"
    assert not m.Contract.select().exists() and not m.PromissoryNote.select().exists()


def test_withdrawal_needs_a_reason(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "be_reviewed")
    page = open_requests(window, ref)
    dialog = press(page, "withdraw_request")
    qtbot.add_widget(dialog)
    save(dialog)
    assert dialog.marked_fields() == ["reason"]
    dialog.reason.setPlainText("سمن از درخواست خود گذشت")
    save(dialog)
    assert state_of(ref) == "withdrawn"
    assert page.detail.fact_text("reason") == "سمن از درخواست خود گذشت"
    assert page.detail.facts.labelForField(page.detail.fact["reason"]).text() == "دلیل انصراف:"
    assert page.detail.next_by.text() == "این درخواست به پایان رسیده است."


# --- new request -------------------------------------------------------------------------------


def test_new_request_picks_the_ngo_by_search(page: RequestsPage, clock, qtbot) -> None:  # noqa: ANN001
    house = add_house(clock)
    assessed_ngo(clock, "انجمن دیگر", "L-1")
    ngo = assessed_ngo(clock, "کانون یاوران سلامت", "L-2")
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    assert isinstance(dialog, NewRequestDialog)
    save(dialog)  # nothing chosen yet
    assert dialog.marked_fields() == ["ngo"]
    assert dialog.message.text() == "«سمن» را برگزینید."
    dialog.picker.search.setText("ياوران")  # Arabic yeh
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # searches, does not save
    assert dialog.isVisible()
    assert dialog.picker.selected_code() == ngo  # one match: taken
    assert dialog.semansara.currentData() == house  # the one with room, suggested
    dialog.semansara.setCurrentIndex(-1)
    save(dialog)
    assert dialog.marked_fields() == ["semansara"]
    dialog.semansara.setCurrentIndex(dialog.semansara.findData(house))
    assert dialog.channel.findData("phone") == -1  # in person or on the panel only
    dialog.channel.setCurrentIndex(dialog.channel.findData("portal"))
    dialog.services["meeting_room"].setChecked(True)
    dialog.services["shelf"].setChecked(True)
    save(dialog)
    assert not dialog.isVisible()
    request = m.Request.get(m.Request.ngo == m.Ngo.get(m.Ngo.code == ngo))
    assert (request.state, request.channel) == ("alef_registered", "portal")
    assert json.loads(request.services) == ["meeting_room", "shelf"]
    assert page.selected_ref() == request.ref
    assert page.info.text() == f"درخواست {request.ref} ثبت شد."
    assert page.detail.fact_text("services") == "اتاق جلسات، قفسه اختصاصی سمن"


def test_second_open_request_of_an_ngo_is_refused_on_the_ngo(
    page: RequestsPage, clock, qtbot
) -> None:  # noqa: ANN001
    house = add_house(clock)
    ngo = assessed_ngo(clock, "انجمن الف", "L-1")
    request_at(clock, ngo, house)
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    assert dialog.picker.choose(ngo)
    dialog.semansara.setCurrentIndex(dialog.semansara.findData(house))
    save(dialog)
    assert dialog.marked_fields() == ["ngo"]
    assert "درخواست باز" in dialog.message.text()
    assert m.Request.select().count() == 1


# --- printing, timeline, map -------------------------------------------------------------------


def test_print_buttons_call_the_preview_with_kind_and_ref(
    window: MainWindow, clock, monkeypatch
) -> None:  # noqa: ANN001
    calls = []
    fake = types.ModuleType("app.ui.print_preview")
    fake.preview_document = lambda parent, session, kind, ref: calls.append((kind, ref))
    monkeypatch.setitem(sys.modules, "app.ui.print_preview", fake)
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "jim_contracted")
    contract = m.Contract.get().ref
    page = open_requests(window, ref)
    detail = page.detail
    assert detail.print_contract.isEnabled() and detail.print_letter.isEnabled()
    detail.print_form.click()
    detail.print_contract.click()
    for action in detail.print_letter.menu().actions():
        action.trigger()
    assert calls == [
        ("request-form", ref),
        ("contract", contract),
        ("letter-representative", contract),
        ("letter-manager", contract),
    ]


def test_timeline_and_process_map(window: MainWindow, clock) -> None:  # noqa: ANN001
    """R-3.5: every step with who, when (Jalali), role, step and decision."""
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن الف", "L-1"), house, "te_capacity_ok")
    page = open_requests(window, ref)
    rows = page.detail.timeline.rows()
    assert [row[3] for row in rows] == ["الف", "ب", "پ", "ت"]
    assert rows[0] == (
        "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰",
        "کارشناس میز خدمت",
        "کارشناس میز خدمت",
        "الف",
        "ثبت درخواست",
        "",
    )
    assert rows[3][1:3] == ("معاون امور مناطق", "معاونت امور مناطق")
    assert rows[3][4] == "ظرفیت تأیید شد"
    assert page.detail.map._map.current == "te_capacity_ok"
    page.detail.tabs.setCurrentIndex(1)  # scrolled to the present step, right to left
    assert page.detail.map_scroll.horizontalScrollBar().value() > 0


def test_ngo_button_opens_the_ngo(window: MainWindow, clock) -> None:  # noqa: ANN001
    house = add_house(clock)
    ngo = assessed_ngo(clock, "انجمن الف", "L-1")
    ref = request_at(clock, ngo, house)
    page = open_requests(window, ref)
    page.detail.show_ngo.click()
    assert window.current_key() == "ngos"
    assert window.pages["ngos"].selected_code() == ngo


# --- NGO: programs and level assessments (R-4.5) ------------------------------------------------


def open_ngo(window: MainWindow, code: str) -> NgoPage:
    page = window.switch_to("ngos")
    page.refresh()
    window.show_record("ngo", code)
    assert page.selected_code() == code
    return page


def test_add_program_shows_it_with_the_ngo(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    code = register(clock, "انجمن الف", "L-1")
    page = open_ngo(window, code)
    dialog = page.detail.add_program()
    qtbot.add_widget(dialog)
    dialog.title.insert("کارگاه آموزشی")
    dialog.date.setText("1404/10/01")
    dialog.participants.setValue(45)
    save(dialog)
    assert not dialog.isVisible()
    assert page.detail.programs.cells == [("۱۴۰۴/۱۰/۰۱", "کارگاه آموزشی", "۴۵")]


def test_assessment_shows_the_suggestion_and_its_evidence(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    code = register(clock, "انجمن الف", "L-1", members=80, founded="1398/01/01")
    for number in range(3):
        act(
            clock,
            "desk",
            "add_program",
            ngo=code,
            date="1404/06/01",
            participants=60,
            title=f"نشست {number}",
        )
    sign_in(window, "empowerment")
    page = open_ngo(window, code)
    dialog = page.detail.assess()
    qtbot.add_widget(dialog)
    assert isinstance(dialog, AssessmentDialog)
    assert [label.text() for label in dialog.criteria_levels] == ["۴", "۳", "۳"]
    assert dialog.suggested.text() == "سطح پیشنهادی (کمترین سطح سه معیار): ۳"
    assert dialog.level.currentData() == 3
    assert dialog.save_button_text() == "تأیید سطح پیشنهادی"
    save(dialog)
    assert m.Ngo.get(m.Ngo.code == code).level == 3
    cells = page.detail.assessments.cells[0]
    assert cells[2:7] == ("۴", "۳", "۳", "۳", "۳")
    assert cells[8].startswith("سابقه ۷٫۰ سال؛ ۸۰ عضو؛ در ۲ سال اخیر ۳ برنامه با دست‌کم ۳۰ نفر")


def test_another_level_needs_a_written_reason(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    """R-4.5: the deputy may set another level than the suggested one, with a reason."""
    code = register(clock, "انجمن الف", "L-1")
    sign_in(window, "empowerment")
    page = open_ngo(window, code)
    dialog = page.detail.assess()
    qtbot.add_widget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    assert dialog.save_button_text() == "ثبت سطح دیگر"
    save(dialog)
    assert dialog.marked_fields() == ["reason"]
    assert "دلیل" in dialog.message.text()
    assert m.Ngo.get(m.Ngo.code == code).level is None
    dialog.reason.setPlainText("گزارش بازدید میدانی")
    save(dialog)
    assert m.Ngo.get(m.Ngo.code == code).level == 3
    assert page.detail.assessments.cells[0][5:8] == ("۲", "۳", "گزارش بازدید میدانی")


def test_desk_expert_is_told_before_assessing_that_the_role_may_not(
    window: MainWindow, clock, qtbot
) -> None:  # noqa: ANN001
    code = register(clock, "انجمن الف", "L-1")
    page = open_ngo(window, code)  # as the desk expert
    dialog = page.detail.assess()
    qtbot.add_widget(dialog)
    assert dialog.message.kind() == "hint"
    assert "کارشناس میز خدمت" in dialog.message.text()


def test_new_request_is_the_desks_own(window: MainWindow) -> None:
    page = window.switch_to("requests")
    assert page.new_button.isEnabled()
    sign_in(window, "district")
    assert not page.new_button.isEnabled()
    assert page.new_button.toolTip() == "نقش «معاونت امور مناطق» اجازهٔ این اقدام را ندارد."
    assert page.new_item() is None  # Ctrl+N too
    assert page.info.text() == page.new_button.toolTip()
