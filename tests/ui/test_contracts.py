"""The contracts page: the list (search, state filter, those ending soon highlighted), one
contract's term, months served and left of the five years (R-5.3), extension deadline (R-5.1),
extensions (R-5.1 – R-5.4), allocations (R-4.2) and business cards, and the refusals a person
sees: a late extension (LATE_EXTENSION), a shelf past the level's cap (QUOTA_EXCEEDED).
The contracts run from 1405/01/10 to 1405/07/09 (their stored end, 1405/07/10, is exclusive).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db import models as m
from app.ui.forms.contract_actions import (
    AllocateDialog,
    BusinessCardsDialog,
    ExtensionDecisionDialog,
    ExtensionRequestDialog,
)
from app.ui.main_window import MainWindow
from app.ui.pages.contracts import ContractsPage
from app.workflow import jalali
from app.workflow.clock import FixedClock
from tests.ui.conftest import act, sign_in
from tests.ui.test_bookings import add_house, add_manager, contract_for, plain


@pytest.fixture
def world(clock: FixedClock) -> dict[str, str]:
    add_house(clock)
    add_house(clock, "S2", district=7)
    add_manager(clock)
    _, first = contract_for(clock, "انجمن یاوران سلامت", 100)
    _, second = contract_for(clock, "کانون دوستداران کتاب", 200)
    return {"first": first, "second": second}


def contracts_page(window: MainWindow, ref: str | None = None) -> ContractsPage:
    page = window.switch_to("contracts")
    page.refresh()
    if ref is not None:
        assert page.select(ref)
    return page


def cells(page: ContractsPage, ref: str) -> list[str]:
    row = page.model.row_of(ref)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def fact(page: ContractsPage, key: str) -> str:
    return page.detail.fact_labels[key].text()


def press(qtbot, page: ContractsPage, action: str, variant: str = ""):  # noqa: ANN001, ANN201
    button = page.detail.actions.buttons[(action, variant)]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    return dialog


def test_list_and_detail_of_a_contract(window: MainWindow, world: dict[str, str]) -> None:
    """R-5.3: signed today, none of its months has passed yet, and its six are counted
    against the sixty; R-5.1: the deadline a month before the end."""
    page = contracts_page(window)
    assert page.model.keys() == ["C-200", "C-100"]  # newest first
    assert cells(page, "C-100") == [
        "C-100",
        "انجمن یاوران سلامت",
        "سمن‌سرای آزمایشی S1",
        "۱۴۰۵/۰۱/۱۰",
        "۱۴۰۵/۰۷/۰۹",
        "جاری",
        "در امانت مالی",  # finance took the note before the letters went
    ]
    assert page.select("C-100")
    assert plain(page.detail.title.text()) == "قرارداد C-100 — انجمن یاوران سلامت"
    assert fact(page, "term") == "از ۱۴۰۵/۰۱/۱۰ تا ۱۴۰۵/۰۷/۰۹"
    assert fact(page, "months") == ("۰ ماه گذرانده، ۵۴ ماه از ۶۰ ماه (پنج سال) مانده (R-5.3)")
    assert fact(page, "extensions") == "۰ بار؛ ۹ بار دیگر ممکن است (R-5.2)"
    assert fact(page, "deadline") == "تا ۱۴۰۵/۰۶/۱۰ (R-5.1)"
    assert plain(fact(page, "note")) == "در امانت مالی — شمارهٔ SF-100، ۲۰۰٬۰۰۰٬۰۰۰ ریال"
    quota = page.detail.quota
    rows = {quota.cells[r][0]: quota.cells[r][1:] for r in range(quota.rowCount())}
    assert rows["اتاق جلسات"] == ("۱۰۰ ساعت", "۰ ساعت", "۱۰۰ ساعت")
    assert rows["قفسه اختصاصی سمن"] == ("۱", "۰", "۱")

    page.search.setText("کتاب")
    page.apply_filter()
    assert page.model.keys() == ["C-200"]
    page.search.clear()
    page.state_filter.setCurrentIndex(page.state_filter.findData("ended"))
    assert page.model.keys() == []
    assert page.detail.contract is None
    page.state_filter.setCurrentIndex(page.state_filter.findData("running"))
    assert page.model.keys() == ["C-200", "C-100"]


def test_contracts_ending_within_thirty_days_are_highlighted(
    window: MainWindow, world: dict[str, str], clock: FixedClock
) -> None:
    clock.set(jalali.parse_datetime("1405/06/20 09:00"))
    page = contracts_page(window)
    index = page.model.index(page.model.row_of("C-100"), 1)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "آخرین روز این قرارداد ۱۴۰۵/۰۷/۰۹ است؛ ۲۰ روز دیگر (R-5.1)."
    )
    clock.set(jalali.parse_datetime("1405/05/01 09:00"))
    page.refresh()
    index = page.model.index(page.model.row_of("C-100"), 1)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_contract_past_its_last_day_and_not_closed_stays_highlighted(
    window: MainWindow, world: dict[str, str], clock: FixedClock
) -> None:
    """ "Ending soon" is the workflow's one rule (R-5.1): it includes a running contract whose
    last day has passed without its end being recorded, and the tip says so."""
    clock.set(jalali.parse_datetime("1405/07/12 09:00"))
    page = contracts_page(window)
    index = page.model.index(page.model.row_of("C-100"), 1)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "آخرین روز این قرارداد ۱۴۰۵/۰۷/۰۹ بود و هنوز پایان آن ثبت نشده است (R-5.1)."
    )


def test_a_late_extension_is_refused_with_its_reason(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    """R-5.1: after 1405/06/10 the request comes too late: the button says so, and the form
    opened anyway shows the service's LATE_EXTENSION refusal."""
    clock.set(jalali.parse_datetime("1405/06/20 09:00"))
    page = contracts_page(window, "C-100")
    assert fact(page, "deadline") == "۱۴۰۵/۰۶/۱۰ — گذشته است (R-5.1)"
    button = page.detail.actions.buttons[("request_extension", "")]
    assert not button.isEnabled()
    assert button.toolTip() == (
        "مهلت درخواست تمدید ۱۴۰۵/۰۶/۱۰ (یک ماه پیش از پایان قرارداد) گذشته است. (R-5.1)"
    )
    assert "«درخواست تمدید»: مهلت درخواست تمدید" in page.detail.actions._reasons.text()

    dialog = page.detail.open_action("request_extension")
    qtbot.add_widget(dialog)
    assert isinstance(dialog, ExtensionRequestDialog)
    assert dialog.submit() is False
    assert dialog.last_error.code == "LATE_EXTENSION"
    assert "گذشته است" in dialog.message.text() and "(R-5.1)" in dialog.message.text()
    assert m.Extension.select().count() == 0


def test_an_extension_in_time_is_asked_by_the_desk_and_accepted_by_the_deputy(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
) -> None:
    clock.set(jalali.parse_datetime("1405/05/01 09:00"))
    page = contracts_page(window, "C-100")
    dialog = press(qtbot, page, "request_extension")
    assert [dialog.semansara.itemText(i) for i in range(dialog.semansara.count())] == [
        "همین سمن‌سرا (سمن‌سرای آزمایشی S1)",
        "سمن‌سرای آزمایشی S2",
    ]
    assert dialog.submit() is True
    extension = m.Extension.get()
    assert page.detail.extensions.cells[0][:3] == (
        extension.ref,
        "سمن‌سرای آزمایشی S1",
        "درخواست شد",
    )
    # a second request waits for the first to be decided
    assert not page.detail.actions.buttons[("request_extension", "")].isEnabled()
    assert ("decide_extension", "accept") not in page.detail.actions.buttons  # the desk

    sign_in(window, "district")
    page = contracts_page(window, "C-100")
    dialog = press(qtbot, page, "decide_extension", "accept")
    assert isinstance(dialog, ExtensionDecisionDialog)
    assert dialog.extension.currentData() == extension.ref
    assert dialog.submit() is True
    assert m.Contract.get(m.Contract.ref == "C-100").state == "extended"
    assert fact(page, "term") == "از ۱۴۰۵/۰۱/۱۰ تا ۱۴۰۶/۰۱/۰۹"
    assert fact(page, "extensions") == "۱ بار؛ ۸ بار دیگر ممکن است (R-5.2)"
    assert fact(page, "months") == ("۴ ماه گذرانده، ۴۸ ماه از ۶۰ ماه (پنج سال) مانده (R-5.3)")
    assert page.detail.extensions.cells[0][2] == "پذیرفته شد"
    assert page.detail.extensions.cells[0][4] == "۱۴۰۶/۰۱/۰۹"
    assert ("decide_extension", "accept") not in page.detail.actions.buttons


def test_a_shelf_past_the_levels_cap_is_refused_and_cards_are_ordered(
    window: MainWindow,
    world: dict[str, str],
    qtbot,  # noqa: ANN001
) -> None:
    """R-4.2: a level-2 NGO holds at most one shelf; business cards count per Jalali year."""
    sign_in(window, "district")
    page = contracts_page(window, "C-100")
    assert not page.detail.cards_button.isVisible()  # the desk orders cards
    qtbot.mouseClick(page.detail.allocate_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    assert isinstance(dialog, AllocateDialog)
    assert dialog.held.text() == "«قفسه اختصاصی سمن» در اختیار: ۰ از سقف ۱ (R-4.2)."
    assert dialog.submit() is True
    assert page.detail.allocations.cells[0][:3] == ("قفسه اختصاصی سمن", "۱", "در اختیار")

    qtbot.mouseClick(page.detail.allocate_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    assert dialog.submit() is False
    assert dialog.last_error.code == "QUOTA_EXCEEDED"
    assert "۰ باقی مانده است" in dialog.message.text()
    assert dialog.marked_fields() == ["count"]
    dialog.reject()

    sign_in(window, "desk")
    page = contracts_page(window, "C-100")
    assert page.detail.cards_button.isEnabled()
    qtbot.mouseClick(page.detail.cards_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    assert isinstance(dialog, BusinessCardsDialog)
    dialog.count.setValue(1000)
    assert dialog.submit() is True
    assert page.detail.cards.cells[0][:2] == ("۱٬۰۰۰", "۱۴۰۵")
    qtbot.mouseClick(page.detail.cards_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.dialog
    qtbot.add_widget(dialog)
    assert "۱٬۰۰۰ عدد سفارش داده شده؛ ۰ عدد باقی است" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.summary))
    )
    dialog.count.setValue(1)
    assert dialog.submit() is False
    assert dialog.last_error.code == "QUOTA_EXCEEDED"


def test_the_contracts_documents_are_printed_through_the_preview(
    window: MainWindow,
    world: dict[str, str],
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
    page = contracts_page(window, "C-100")
    buttons = page.detail.print_buttons
    assert not buttons["note-return"].isEnabled()  # the note is still held
    for kind in ("contract", "letter-representative", "letter-manager", "note-receipt"):
        qtbot.mouseClick(buttons[kind], Qt.MouseButton.LeftButton)
    assert calls == [
        (kind, "C-100")
        for kind in ("contract", "letter-representative", "letter-manager", "note-receipt")
    ]


def test_the_contract_page_offers_its_addenda_through_the_preview(
    window: MainWindow,
    world: dict[str, str],
    clock: FixedClock,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    """R-5.1, R-5.4: each accepted extension or move is an addendum of its own, printed from
    the contract's page by the same preview as the contract."""
    import app.ui.print_preview as print_preview

    page = contracts_page(window, "C-100")
    button = page.detail.addenda_button
    assert not button.isEnabled() and "پس از پذیرش تمدید" in button.toolTip()

    clock.set(jalali.parse_datetime("1405/05/01 09:00"))
    act(clock, "desk", "request_extension", contract="C-100", ref="EXT-1", semansara="S2")
    act(clock, "district", "decide_extension", ref="EXT-1", decision="accept")
    act(clock, "desk", "request_extension", contract="C-200", ref="EXT-2")
    page = contracts_page(window, "C-100")
    actions = button.menu().actions()
    assert [plain(a.text()) for a in actions] == [
        "الحاقیهٔ ۱ (انتقال به سمن‌سرای آزمایشی S2) — EXT-1"
    ]
    assert button.isEnabled() and button.toolTip() == ""
    page = contracts_page(window, "C-200")  # its extension is not decided yet: no addendum
    assert not button.isEnabled() and button.menu().actions() == []

    calls = []
    real = print_preview.preview_document
    monkeypatch.setattr(
        print_preview,
        "preview_document",
        lambda parent, session, kind, ref: (
            calls.append((kind, ref)) or real(parent, session, kind, ref)
        ),
    )
    page = contracts_page(window, "C-100")
    button.menu().actions()[0].trigger()
    assert calls == [("addendum", "EXT-1")]
    issued = m.IssuedDocument.get(m.IssuedDocument.kind == "addendum")
    assert issued.object_ref == "EXT-1"
    dialogs = page.detail.findChildren(print_preview.PrintPreviewDialog)
    assert [d.serial for d in dialogs] == [issued.serial]
    dialogs[0].close()
