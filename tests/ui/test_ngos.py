"""The NGO register: the lazy table, search by normalised keys, and the NGO form (R-1.1, R-1.2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from app.db import models as m
from app.ui.forms.ngo_dialog import NgoDialog
from app.ui.item_models import NgoTableModel
from app.ui.main_window import MainWindow
from app.ui.pages.ngos import NgoPage
from app.ui.session import Session
from app.ui.widgets.tables import select_row
from app.workflow import jalali
from tests.ui.conftest import act, register, sign_in


@pytest.fixture
def page(window: MainWindow) -> NgoPage:
    return window.switch_to("ngos")


def shown(page: NgoPage, column: int = 1) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def search(page: NgoPage, text: str) -> None:
    page.search.setText(text)
    page.apply_search()  # what the debounce timer does after 250 ms


def open_new(page: NgoPage, qtbot) -> NgoDialog:  # noqa: ANN001
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    return dialog


def fill(dialog: NgoDialog, qtbot, **values: str) -> None:  # noqa: ANN001
    """Type into the form like a person; Persian text goes in by `insert` (keyClicks is ASCII)."""
    fields = {
        "name": "انجمن دوستداران کتاب",
        "licence_issuer": "سازمان بهزیستی کشور",
        "licence_no": "B-7788",
        "licence_expires": "1407/06/31",
        "founded": "1398/02/15",
        "members": "45",
        **values,
    }
    for name, value in fields.items():
        widget = dialog.fields[name]
        if name == "licence_issuer":
            widget.setCurrentText(value)
        elif name in ("licence_expires", "founded"):
            widget.lineEdit().clear()
            qtbot.keyClicks(widget.lineEdit(), value)
        elif name in ("members", "district"):
            widget.lineEdit().selectAll()
            qtbot.keyClicks(widget.lineEdit(), value)
        else:
            widget.clear()
            widget.insert(value)


# --- listing and searching ---------------------------------------------------------------------


def test_register_lists_rows_in_persian_digits_right_to_left(page: NgoPage, clock) -> None:  # noqa: ANN001
    code = register(clock, "انجمن حامیان محیط زیست", "123/45", members=1250, district=6)
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    row = shown(page, 0)
    assert row == [code]
    cells = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    assert cells[1:] == [
        "انجمن حامیان محیط زیست",
        "وزارت کشور",
        "123/45",  # a licence number: an identifier, Latin digits
        "۱۴۰۸/۰۱/۰۱",
        "۱۴۰۰/۰۱/۰۱",
        "۱٬۲۵۰",
        "—",
        "۶",
    ]
    assert page.count.text() == "۱ از ۱ ردیف"


def test_search_with_arabic_yeh_finds_persian_yeh(page: NgoPage, clock) -> None:  # noqa: ANN001
    register(clock, "انجمن علمی کاوش", "A-1")
    register(clock, "کانون هنر", "A-2")
    page.refresh()
    search(page, "علمي")  # Arabic yeh «ي» as old keyboards type it
    assert shown(page) == ["انجمن علمی کاوش"]
    search(page, "كانون")  # Arabic kaf «ك»
    assert shown(page) == ["کانون هنر"]


def test_search_without_zwnj_finds_a_name_with_zwnj(page: NgoPage, clock) -> None:  # noqa: ANN001
    register(clock, "خانه\u200cی مهر", "Z-1")
    register(clock, "گروه توان\u200cیابان", "Z-2")
    page.refresh()
    search(page, "خانهی مهر")
    assert shown(page) == ["خانه\u200cی مهر"]
    search(page, "توان یابان")
    assert shown(page) == ["گروه توان\u200cیابان"]
    search(page, "")
    assert len(shown(page)) == 2


def test_search_by_code_and_licence_number_in_any_digits(page: NgoPage, clock) -> None:  # noqa: ANN001
    code = register(clock, "جمعیت یک", "۹۸۷۶")
    register(clock, "جمعیت دو", "1111")
    page.refresh()
    search(page, "9876")
    assert shown(page) == ["جمعیت یک"]
    search(page, code.replace("1", "۱"))
    assert shown(page) == ["جمعیت یک"]


def test_search_box_waits_for_typing_to_stop(page: NgoPage, clock, qtbot) -> None:  # noqa: ANN001
    register(clock, "انجمن یک", "Q-1")
    register(clock, "کانون دو", "Q-2")
    page.refresh()
    page.search.insert("کانون")
    assert page.model.rowCount() == 2  # not yet: one query per pause, not per key
    qtbot.wait_until(lambda: page.model.rowCount() == 1)


def test_lazy_model_fetches_pages_as_the_view_scrolls(page: NgoPage, clock, qtbot) -> None:  # noqa: ANN001
    for number in range(500):
        register(clock, f"انجمن شمارهٔ {number}", f"LZ-{number}")
    page.refresh()
    model = page.model
    assert model.PAGE == 200
    assert (model.rowCount(), model.total()) == (200, 500)
    assert model.canFetchMore()
    assert page.count.text() == "۲۰۰ از ۵۰۰ ردیف"
    bar = page.table.verticalScrollBar()
    qtbot.wait_until(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the view asks for more at the bottom
    qtbot.wait_until(lambda: model.rowCount() >= 400)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 500
    assert shown(page)[-1] == "انجمن شمارهٔ 499"
    assert len(set(shown(page, 0))) == 500  # no row twice across the pages
    assert page.count.text() == "۵۰۰ از ۵۰۰ ردیف"
    assert page.table.viewport().findChildren(QWidget) == []  # painted, never a widget per row


def test_model_pages_follow_the_search(session: Session, clock, monkeypatch) -> None:  # noqa: ANN001
    """Pages of PAGE rows by id, none repeated or skipped, counted against the search."""
    monkeypatch.setattr(NgoTableModel, "PAGE", 2)
    for number in range(5):
        register(clock, f"کانون {number}" if number % 2 else f"انجمن {number}", f"W-{number}")
    model = NgoTableModel(session.today, who=lambda: session.user)
    model.reload()
    sizes = [model.rowCount()]
    while model.canFetchMore():
        model.fetchMore()
        sizes.append(model.rowCount())
    assert sizes == [2, 4, 5]
    model.set_search("کانون")
    assert (model.rowCount(), model.total(), model.canFetchMore()) == (2, 2, False)
    assert [model.index(r, 1).data() for r in range(2)] == ["کانون 1", "کانون 3"]


def test_expired_licence_is_shown_in_red_with_the_rule(page: NgoPage, clock) -> None:  # noqa: ANN001
    register(clock, "انجمن قدیمی", "OLD-1", licence_expires="1404/12/29")
    page.refresh()
    index = page.model.index(0, 4)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "R-1.1" in index.data(Qt.ItemDataRole.ToolTipRole)


# --- adding and editing ------------------------------------------------------------------------


def test_adding_an_ngo_through_the_dialog_saves_it(page: NgoPage, qtbot) -> None:  # noqa: ANN001
    dialog = open_new(page, qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.issuer.count() == 8  # the licensing bodies of the policy in force
    fill(dialog, qtbot, district="")
    dialog.district.setValue(12)
    with qtbot.wait_signal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    code = saved.args[0]["code"]
    assert not dialog.isVisible()
    ngo = m.Ngo.get(m.Ngo.code == code)
    assert (ngo.name, ngo.licence_issuer, ngo.members, ngo.district) == (
        "انجمن دوستداران کتاب",
        "سازمان بهزیستی کشور",
        45,
        12,
    )
    assert jalali.format_date_latin(ngo.licence_expires) == "1407/06/31"
    assert ngo.founded == jalali.parse_date("1398/02/15")
    assert shown(page) == ["انجمن دوستداران کتاب"]
    assert code in page.info.text()


def count_ngos() -> int:
    return m.Ngo.select().count()


def assert_refused(dialog: NgoDialog, field: str, *words: str) -> None:
    assert dialog.isVisible(), "the form stays open"
    assert dialog.message.isVisible() and dialog.message.kind() == "error"
    for word in words:
        assert word in dialog.message.text()
    assert dialog.marked_fields() == [field]
    label = dialog.form.labelForField(dialog.fields[field])
    assert label.property("invalid") is True


def test_impossible_licence_date_typed_is_refused_naming_the_field(page: NgoPage, qtbot) -> None:  # noqa: ANN001
    before = count_ngos()
    dialog = open_new(page, qtbot)
    fill(dialog, qtbot, licence_expires="1405/13/01")
    assert dialog.submit() is False
    assert_refused(dialog, "licence_expires", "«تاریخ انقضای مجوز»", "۱۴۰۵/۱۳/۰۱", "ماه")
    assert (
        dialog.licence_expires.lineEdit().hasFocus()
        or dialog.focusWidget() is dialog.licence_expires.lineEdit()
    )
    assert count_ngos() == before


def test_duplicate_licence_number_in_persian_digits_is_refused(page: NgoPage, clock, qtbot) -> None:  # noqa: ANN001
    """R-1.2: one NGO per licence; «ب-۷۷۸۸» and «B-7788»-style twins share one key."""
    register(clock, "انجمن نخست", "1399/123")
    before = count_ngos()
    dialog = open_new(page, qtbot)
    fill(dialog, qtbot, licence_no="۱۳۹۹/۱۲۳")
    assert dialog.submit() is False
    assert_refused(dialog, "licence_no", "شمارهٔ مجوز", "انجمن نخست")
    assert count_ngos() == before


def test_empty_name_is_refused_and_fixing_it_saves(page: NgoPage, qtbot) -> None:  # noqa: ANN001
    dialog = open_new(page, qtbot)
    fill(dialog, qtbot, name="   ")
    assert dialog.submit() is False
    assert_refused(dialog, "name", "«نام»", "وارد نشده است")
    dialog.name.insert("انجمن درست")
    assert dialog.submit() is True
    assert dialog.marked_fields() == []
    assert m.Ngo.select().where(m.Ngo.name == "انجمن درست").exists()


def test_founded_in_the_future_is_refused(page: NgoPage, qtbot) -> None:  # noqa: ANN001
    dialog = open_new(page, qtbot)
    fill(dialog, qtbot, founded="1405/01/11")  # the clock says 1405/01/10
    assert dialog.submit() is False
    assert_refused(dialog, "founded", "«تاریخ تأسیس»")
    assert count_ngos() == 0


def test_district_23_and_minus_5_members_cannot_be_typed(page: NgoPage, qtbot) -> None:  # noqa: ANN001
    """District 1–22 (R-1.4) and members ≥ 0: the spin boxes refuse the keys themselves."""
    from PySide6.QtGui import QValidator

    dialog = open_new(page, qtbot)
    assert dialog.district.validate("23", 2)[0] == QValidator.State.Invalid
    assert dialog.members.validate("-5", 2)[0] == QValidator.State.Invalid
    dialog.district.lineEdit().selectAll()
    qtbot.keyClicks(dialog.district.lineEdit(), "23")
    assert dialog.district.value() <= 22
    dialog.members.lineEdit().selectAll()
    qtbot.keyClicks(dialog.members.lineEdit(), "-5")
    assert dialog.members.value() >= 0
    assert dialog.district.specialValueText() == "—"  # optional: 0 means not given


def test_a_role_that_may_not_register_is_told_before_and_on_save(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    sign_in(window, "admin")
    page = window.switch_to("ngos")
    dialog = open_new(page, qtbot)
    assert dialog.message.kind() == "hint"
    assert "مدیر سامانه" in dialog.message.text()
    fill(dialog, qtbot)
    assert dialog.submit() is False
    assert dialog.message.kind() == "error"
    assert "نقش «مدیر سامانه» اجازهٔ این اقدام را ندارد." in dialog.message.text()
    assert count_ngos() == 0


def test_editing_updates_the_row_in_place(page: NgoPage, clock, qtbot) -> None:  # noqa: ANN001
    codes = [register(clock, f"انجمن {n}", f"E-{n}") for n in range(3)]
    page.refresh()
    select_row(page.table, 1)
    dialog = page.edit_selected()
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == f"ویرایش سمن {codes[1]}"
    assert dialog.licence_expires.text() == "۱۴۰۸/۰۱/۰۱"
    assert dialog.members.text() == "۳۰"
    dialog.members.setValue(75)
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    assert dialog.submit() is True
    assert resets == []  # only the changed row was re-read
    assert page.model.index(1, 6).data() == "۷۵"
    ngo = m.Ngo.get(m.Ngo.code == codes[1])
    assert (ngo.members, ngo.version) == (75, 2)
    assert "ذخیره شد" in page.info.text()


def test_edit_of_an_ngo_changed_meanwhile_is_refused(page: NgoPage, clock, qtbot) -> None:  # noqa: ANN001
    code = register(clock, "انجمن همزمان", "S-1")
    page.refresh()
    select_row(page.table, 0)
    dialog = page.edit_selected()
    qtbot.add_widget(dialog)
    act(clock, "desk", "update_ngo", code=code, members=99)  # another desk, meanwhile
    dialog.members.setValue(40)
    assert dialog.submit() is False
    assert "تغییر کرده است" in dialog.message.text()
    assert m.Ngo.get(m.Ngo.code == code).members == 99


def test_edit_without_selection_says_what_to_do(page: NgoPage) -> None:
    assert page.edit_selected() is None
    assert not page.edit_button.isEnabled()
    assert page.info.text() == "نخست یک سمن را در فهرست برگزینید."


def test_licence_issuer_dropped_by_a_later_policy_still_shows(
    session: Session, clock, qtbot
) -> None:  # noqa: ANN001
    code = register(clock, "انجمن", "P-1")
    m.Ngo.update(licence_issuer="مرجع قدیمی").where(m.Ngo.code == code).execute()
    ngo = m.Ngo.get(m.Ngo.code == code)
    dialog = NgoDialog(session, ngo)
    qtbot.add_widget(dialog)
    assert dialog.issuer.currentText() == "مرجع قدیمی"
    name, args = dialog.arguments()
    assert name == "update_ngo" and "licence_issuer" not in args  # untouched: not judged again
    assert dialog.founded.date() == dt.date(2021, 3, 21)


def test_lost_database_is_told_in_the_form_not_traced(
    page: NgoPage,
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The link is gone and stays gone (a cut network cable on PostgreSQL): the window's
    banner offers to wait; on «لغو» the form says the database could not be reached."""
    import peewee as pw

    from app.db.database import db

    dialog = open_new(page, qtbot)
    fill(dialog, qtbot)
    banner = window.connection_banner
    banner.thread.lost.connect(lambda _s: QTimer.singleShot(0, banner.give_up_button.click))

    def refuse() -> None:
        raise pw.OperationalError("unable to open database file")

    page.session.call(db.close)  # the window's database thread loses its connection
    db.obj.connect = refuse
    try:
        assert dialog.submit() is False
        assert "ارتباط با پایگاه داده برقرار نیست" in dialog.message.text()
        assert dialog.isVisible() and banner.isHidden()
    finally:
        del db.obj.connect
    assert dialog.submit() is True  # back again: the same form saves
