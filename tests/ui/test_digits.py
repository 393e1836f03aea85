"""Digits in one rule (`app.ui.local`): identifiers — N-, R-, C-, B-, E- references, serials,
verification codes, licence numbers — keep Latin digits on every page; counts, amounts and dates
show Persian digits, thousands parted by «٬», never a Latin comma. Walked over every table of
every page, and the detail panes of a record of each kind, on the demonstration's data."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from app.db import models as m
from app.db.database import close_database, db, open_database
from app.demo import build_demo
from app.ui.main_window import MainWindow
from app.ui.session import Session
from app.workflow import jalali, persian
from app.workflow.bootstrap import initialise
from app.workflow.clock import SystemClock
from tests.ui.conftest import register
from tests.ui.test_bookings import add_house, contract_for

PERSIAN = re.compile("[۰-۹]")
LATIN = re.compile("[0-9]")
# A reference (N-000012, C-000003, NS-C-000003 …) or a code (S01): Latin capitals then digits;
# a rule's id.
IDENTIFIER = re.compile(r"\b(?:[A-Z]{1,3}-?[A-Z]{0,2}-?[0-9۰-۹]{2,}|R-[0-9۰-۹]+(?:\.[0-9۰-۹]+)*)")
PAGES = ("home", "ngos", "semansaras", "requests", "bookings", "contracts", "notes", "reports")


@pytest.fixture
def demo_window(qtbot, tmp_path) -> Iterator[MainWindow]:  # noqa: ANN001
    url = str(tmp_path / "demo.sqlite")
    database = open_database(url)
    clock = SystemClock()
    initialise(database, clock.now())
    build_demo(ngos=30, seed=3)
    session = Session(db.obj, url, clock, m.User.get(m.User.username == "admin"))
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    close_database()


# Columns and facts that hold identifiers whatever they look like (a serial is digits alone).
IDENTIFIER_HEADINGS = frozenset(
    {"کد", "شمارهٔ مجوز", "شمارهٔ سفته", "شمارهٔ قرارداد", "شمارهٔ نوبت", "شمارهٔ درخواست"}
)
IDENTIFIER_FACTS = frozenset({"fact_serial", "fact_licence_no", "fact_code", "fact_ref"})
ISOLATED = re.compile("\u2066([^\u2069]*)\u2069")  # an identifier inside a sentence


def cells(view: QTableView, limit: int = 300) -> Iterator[tuple[str, str]]:
    """(column heading, cell text) of the rows shown."""
    model = view.model()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(), limit)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text:
                yield heading, str(text)


def problems_in(text: str, where: str, identifier: bool = False) -> list[str]:
    """What breaks the rule in one shown text: an identifier with Persian digits, a Latin digit
    outside an identifier, a Latin comma between digits. `identifier`: the whole text is one."""
    if identifier:
        return (
            [f"{where}: identifier with Persian digits: {text!r}"] if PERSIAN.search(text) else []
        )
    found = []
    # (a telephone number, also set apart, is not an identifier: it starts with a zero)
    isolated = [run for run in ISOLATED.findall(text) if not run.startswith("۰")]
    for ident in IDENTIFIER.findall(text) + isolated:
        if PERSIAN.search(ident):
            found.append(f"{where}: identifier with Persian digits: {text!r}")
    rest = IDENTIFIER.sub("", ISOLATED.sub("", text))
    if LATIN.search(rest):
        found.append(f"{where}: Latin digits outside an identifier: {text!r}")
    if re.search("[0-9۰-۹],[0-9۰-۹]", text):
        found.append(f"{where}: a Latin comma in a number: {text!r}")
    return found


def walk(window: MainWindow, key: str) -> list[str]:
    page = window.switch_to(key)
    page.refresh()
    found = []
    for view in page.findChildren(QTableView):
        if view.model() is None or not view.isVisibleTo(page):
            continue
        for heading, text in cells(view):
            where = f"{key}/{view.objectName()}/{heading}"
            found += problems_in(text, where, heading in IDENTIFIER_HEADINGS)
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.text() and not label.text().startswith("<"):
            name = label.objectName()
            found += problems_in(label.text(), f"{key}/label {name}", name in IDENTIFIER_FACTS)
    return found


def select_first(page) -> None:  # noqa: ANN001
    view = page.findChild(QTableView)
    if view is not None and view.model() is not None and view.model().rowCount():
        view.selectRow(0)


def test_every_page_keeps_the_one_rule_of_digits(demo_window: MainWindow) -> None:
    found: list[str] = []
    for key in PAGES:
        found += walk(demo_window, key)
        select_first(demo_window.pages[key])  # its detail pane too
        found += walk(demo_window, key)
    demo_window.sign_in_as(m.User.get(m.User.username == "mgr01"))  # the manager's home
    found += walk(demo_window, "home")
    found += problems_in(demo_window.windowTitle(), "title")
    found += problems_in(demo_window.statusBar().currentMessage(), "status bar")
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_the_rule_itself() -> None:
    from app.ui import local

    assert local.identifier("C-۰۰۰۰۱۲") == "C-000012" and local.identifier("SF-12") == "SF-12"
    assert (
        local.identifier_in_text("NS-۷") == "\u2066NS-7\u2069"
        and local.identifier_in_text("") == ""
    )
    assert local.number(1234567) == "۱٬۲۳۴٬۵۶۷"
    assert local.rials(2500000).startswith("۲٬۵۰۰٬۰۰۰")
    assert local.date(jalali.parse_date("1405/01/10")) == "۱۴۰۵/۰۱/۱۰"


def test_an_identifier_is_found_with_either_digit_set(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    ngo = register(clock, "انجمن یاوران", "L-4521")
    page = window.switch_to("ngos")
    page.refresh()
    persian_code = persian.to_persian_digits(ngo)
    for typed in (ngo, persian_code, persian.to_persian_digits("4521")):
        page.model.set_search(typed)
        assert page.model.rowCount() == 1, typed
        assert page.model.index(0, 0).data() == ngo  # shown with Latin digits
        assert page.model.index(0, 3).data() == "L-4521"
    dialog = window.switch_to("requests").new_item()
    qtbot.add_widget(dialog)
    assert dialog.picker.choose(persian_code)  # the request form's search too
    assert dialog.picker.selected_code() == ngo


def test_contracts_and_notes_are_found_by_a_reference_typed_in_persian_digits(
    window: MainWindow, clock
) -> None:  # noqa: ANN001
    add_house(clock)
    contract_for(clock, "انجمن یاوران سلامت", 100)
    contract_for(clock, "کانون دوستداران کتاب", 200)
    for key, column, shown in (("contracts", 0, "C-100"), ("notes", 3, "C-100")):
        page = window.switch_to(key)
        page.refresh()
        page.search.setText("C-۱۰۰")
        page.apply_filter()
        assert page.model.rowCount() == 1, key
        assert page.model.index(0, column).data() == shown
    notes = window.pages["notes"]
    notes.search.setText("SF-۲۰۰")  # a serial, in Persian digits
    notes.apply_filter()
    assert [notes.model.index(0, 0).data()] == ["SF-200"] and notes.model.rowCount() == 1
