"""The notes page (Article 6): every promissory note by state with its amount in Persian digits
and rials, and its custody and return (R-6.3) taken by finance and the semansara's manager; a
note cannot go back before the contract ended and the manager confirmed no damage
(NOTE_NOT_RETURNABLE, shown on the disabled button).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db import models as m
from app.ui.forms.contract_actions import DamageReportDialog, NoteStepDialog
from app.ui.main_window import MainWindow
from app.ui.pages.notes import NotesPage
from app.workflow.clock import FixedClock
from tests.ui.conftest import sign_in
from tests.ui.test_bookings import add_house, add_manager, contract_for


@pytest.fixture
def world(clock: FixedClock) -> dict[str, str]:
    add_house(clock)
    add_manager(clock)
    # signed, their notes not yet with finance (R-6.1: the letters wait for that)
    _, first = contract_for(clock, "انجمن یاوران سلامت", 100, letters=False)
    _, second = contract_for(clock, "کانون دوستداران کتاب", 200, letters=False)
    return {"first": first, "second": second}


def notes_page(window: MainWindow, contract: str | None = None) -> NotesPage:
    page = window.switch_to("notes")
    page.refresh()
    if contract is not None:
        assert page.select(contract)
    return page


def note_state(contract: str) -> str:
    return m.PromissoryNote.select().join(m.Contract).where(m.Contract.ref == contract).get().state


def step(qtbot, page: NotesPage, action: str):  # noqa: ANN001, ANN201
    """Press the action's button and save its form."""
    button = page.detail.actions.buttons[(action, "")]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    return dialog


def test_notes_are_listed_with_amount_state_contract_and_ngo(
    window: MainWindow, world: dict[str, str]
) -> None:
    page = notes_page(window)
    assert page.model.keys() == ["C-200", "C-100"]
    row = [page.model.index(1, c).data() for c in range(page.model.columnCount())]
    assert row[:6] == [
        "SF-100",
        "۲۰۰٬۰۰۰٬۰۰۰ ریال",
        "دریافت شد",
        "C-100",
        "انجمن یاوران سلامت",
        "سمن‌سرای آزمایشی S1",
    ]
    assert row[6] == "۱۴۰۵/۰۱/۱۰" and row[7:] == ["—", "—"]
    assert page.state_filter.itemText(0) == "همهٔ سفته‌ها (۲)"
    page.set_state_filter("in_custody")
    assert page.model.keys() == []
    page.set_state_filter("received")
    assert page.model.keys() == ["C-200", "C-100"]
    page.search.setText("کتاب")
    page.apply_filter()
    assert page.model.keys() == ["C-200"]
    assert page.detail.fact_labels["amount"].text() == "۲۰۰٬۰۰۰٬۰۰۰ ریال"


def test_a_note_goes_back_only_after_the_end_and_the_managers_word(
    window: MainWindow,
    world: dict[str, str],
    qtbot,  # noqa: ANN001
) -> None:
    """R-6.3: finance takes the note into custody; it cannot be returned while the contract
    runs, nor after its end before the manager confirms no damage; then it can."""
    contract = world["first"]
    sign_in(window, "finance")
    page = notes_page(window, contract)
    assert set(page.detail.actions.buttons) == {("take_note_custody", ""), ("return_note", "")}
    dialog = step(qtbot, page, "take_note_custody")
    assert isinstance(dialog, NoteStepDialog)
    assert dialog.submit() is True
    assert note_state(contract) == "in_custody"
    assert page.detail.fact_labels["state"].text() == "در امانت مالی"

    returning = page.detail.actions.buttons[("return_note", "")]
    assert not returning.isEnabled()
    assert returning.toolTip() == ("سفته قابل بازگرداندن نیست: قرارداد هنوز جاری است. (R-6.3)")
    assert page.detail.possible("return_note").error.code == "NOTE_NOT_RETURNABLE"

    # the manager may speak only after the end
    sign_in(window, "mgr1")
    page = notes_page(window, contract)
    confirm = page.detail.actions.buttons[("confirm_no_damage", "")]
    assert not confirm.isEnabled() and "پس از پایان قرارداد" in confirm.toolTip()

    sign_in(window, "district")
    contracts = window.switch_to("contracts")
    assert contracts.select(contract)
    button = contracts.detail.actions.buttons[("end_contract", "")]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = contracts.detail.dialog
    qtbot.add_widget(dialog)
    dialog.reason.setPlainText("پایان مدت قرارداد")
    assert dialog.submit() is True
    assert m.Contract.get(m.Contract.ref == contract).state == "ended"

    sign_in(window, "finance")
    page = notes_page(window, contract)
    returning = page.detail.actions.buttons[("return_note", "")]
    assert not returning.isEnabled()
    assert returning.toolTip() == (
        "سفته قابل بازگرداندن نیست: مسئول سمن‌سرا هنوز عدم خسارت را تأیید نکرده است. (R-6.3)"
    )
    assert page.detail.print_receipt.isEnabled() and not page.detail.print_return.isEnabled()

    sign_in(window, "mgr1")
    page = notes_page(window, contract)
    assert set(page.detail.actions.buttons) == {("confirm_no_damage", ""), ("report_damage", "")}
    assert step(qtbot, page, "confirm_no_damage").submit() is True
    assert note_state(contract) == "return_confirmed"

    sign_in(window, "finance")
    page = notes_page(window, contract)
    dialog = step(qtbot, page, "return_note")
    assert "مریم احمدی" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.summary))
    )
    assert dialog.submit() is True
    assert note_state(contract) == "returned"
    assert m.Contract.get(m.Contract.ref == contract).state == "settled"
    assert page.detail.fact_labels["returned"].text().endswith("به مریم احمدی")
    assert page.detail.print_return.isEnabled() and not page.detail.print_receipt.isEnabled()
    assert page.detail.actions.buttons == {}


def test_a_reported_damage_holds_the_note_until_finance_settles_it(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    contract = world["second"]
    from tests.ui.conftest import act

    act(clock, "district", "end_contract", contract=contract)
    sign_in(window, "mgr1")
    page = notes_page(window, contract)
    dialog = step(qtbot, page, "report_damage")
    assert isinstance(dialog, DamageReportDialog)
    assert dialog.submit() is False  # the damage must be described
    assert dialog.marked_fields() == ["description"]
    dialog.description.setPlainText("میز کار شکسته شد.")
    assert dialog.submit() is True
    assert note_state(contract) == "damage_reported"

    sign_in(window, "finance")
    page = notes_page(window, contract)
    returning = page.detail.actions.buttons[("return_note", "")]
    assert not returning.isEnabled() and "خسارت گزارش کرده" in returning.toolTip()
    dialog = step(qtbot, page, "settle_damage")
    dialog.keep_radio.setChecked(True)
    dialog.reason.setPlainText("خسارت جبران نشد.")
    assert dialog.submit() is True
    assert note_state(contract) == "held"
    assert page.detail.fact_labels["state"].text() == "ضبط شد"
