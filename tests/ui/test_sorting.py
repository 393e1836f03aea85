"""Lists sort by clicking a column header, by value (numbers, Jalali dates, the Persian
alphabet), not by the text shown; a list read page by page reads all its rows first; the sort
is kept per user; «export what is shown» writes the rows in the order shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from app.ui import texts
from app.ui.item_models import ListTableModel, NgoTableModel
from app.ui.main_window import MainWindow
from app.ui.pages.ngos import NgoPage
from app.ui.widgets import sorting
from app.ui.widgets.list_export import export_shown
from app.ui.widgets.tables import select_row
from app.workflow.clock import FixedClock
from tests.ui.conftest import register, sign_in

NAMES = ("گلستان", "انجمن آب", "پویا", "بهار", "یاران", "کوشا")
MEMBERS = (120, 9, 30, 1000, 45, 7)
NAME, FOUNDED, MEMBERS_COLUMN = 1, 5, 6


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def ngos(clock: FixedClock, ui_db: str) -> list[str]:
    return [
        register(clock, name, f"L-{i}", members=members, founded=f"13{90 + i}/0{i + 1}/01")
        for i, (name, members) in enumerate(zip(NAMES, MEMBERS, strict=True))
    ]


@pytest.fixture
def page(window: MainWindow, ngos: list[str]) -> NgoPage:
    page = window.switch_to("ngos")
    page.model.reload()  # the NGOs were registered after the window was built
    return page


def column(view: QTableView, number: int) -> list[str]:
    model = view.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def click_header(qtbot, view: QTableView, section: int) -> None:  # noqa: ANN001
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_persian_alphabet_and_values_order_the_keys() -> None:
    # code point order would put پ and گ after ی, ۱۲۰ before ۹, and a date by its digits' text
    words = ["یاس", "گل", "پارسا", "آب", "کتاب", "ب", "چای", "ژاله"]
    assert sorted(words, key=sorting.sort_key) == [
        "آب",
        "ب",
        "پارسا",
        "چای",
        "ژاله",
        "کتاب",
        "گل",
        "یاس",
    ]
    numbers = ["۱۲۰", "۹", "۱٬۰۰۰", "—", "۳۰"]
    assert sorted(numbers, key=sorting.sort_key) == ["۹", "۳۰", "۱۲۰", "۱٬۰۰۰", "—"]
    dates = ["۱۴۰۵/۰۱/۱۰", "۱۴۰۴/۱۲/۲۹", "۱۴۰۵/۰۱/۰۹ ۱۰:۰۰"]
    assert sorted(dates, key=sorting.sort_key) == ["۱۴۰۴/۱۲/۲۹", "۱۴۰۵/۰۱/۰۹ ۱۰:۰۰", "۱۴۰۵/۰۱/۱۰"]
    assert sorting.sort_key("كتاب") == sorting.sort_key("کتاب")  # Arabic kaf reads as Persian


def test_clicking_a_header_sorts_by_name_then_reverses_then_restores(
    qtbot,
    page: NgoPage,  # noqa: ANN001
) -> None:
    view = page.table
    registered = column(view, NAME)
    click_header(qtbot, view, NAME)
    assert column(view, NAME) == ["انجمن آب", "بهار", "پویا", "کوشا", "گلستان", "یاران"]
    assert view.model().index(0, NAME).data(sorting.SORT_ROLE) == sorting.sort_key("انجمن آب")
    click_header(qtbot, view, NAME)
    assert column(view, NAME) == ["یاران", "گلستان", "کوشا", "پویا", "بهار", "انجمن آب"]
    click_header(qtbot, view, NAME)  # third click: the list's own order again
    assert column(view, NAME) == registered


def test_numbers_sort_by_value_not_by_text(qtbot, page: NgoPage) -> None:  # noqa: ANN001
    click_header(qtbot, page.table, MEMBERS_COLUMN)
    assert column(page.table, MEMBERS_COLUMN) == ["۷", "۹", "۳۰", "۴۵", "۱۲۰", "۱٬۰۰۰"]


def test_the_selection_and_the_detail_follow_the_record(
    qtbot,
    page: NgoPage,  # noqa: ANN001
    ngos: list[str],
) -> None:
    assert page.select(ngos[3])
    click_header(qtbot, page.table, NAME)
    assert page.selected_ref() == ngos[3]  # بهار, now the second row
    assert page.model.row_of(ngos[3]) == 1 and page.model.key_at(1) == ngos[3]
    select_row(page.table, 0)
    assert page.selected_ref() == ngos[1]  # انجمن آب


def test_a_paged_list_reads_all_its_rows_before_sorting(
    qtbot,
    page: NgoPage,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(NgoTableModel, "PAGE", 2)
    page.model.reload()
    assert page.model.rowCount() == 2 and page.model.canFetchMore()
    click_header(qtbot, page.table, MEMBERS_COLUMN)
    assert page.model.rowCount() == 6 and not page.model.canFetchMore()
    assert column(page.table, MEMBERS_COLUMN)[0] == "۷"
    page.model.reload()  # a search or a change: read again, still sorted
    assert column(page.table, MEMBERS_COLUMN) == ["۷", "۹", "۳۰", "۴۵", "۱۲۰", "۱٬۰۰۰"]


def test_the_sort_is_kept_per_user(qtbot, window: MainWindow, ngos: list[str]) -> None:  # noqa: ANN001
    page = window.switch_to("ngos")
    page.model.reload()
    click_header(qtbot, page.table, MEMBERS_COLUMN)
    click_header(qtbot, page.table, MEMBERS_COLUMN)  # descending
    assert sorting.saved_sort("desk", "ngoTable") == (MEMBERS_COLUMN, Qt.SortOrder.DescendingOrder)
    sign_in(window, "district")
    page = window.switch_to("ngos")
    assert page.table.horizontalHeader().sortIndicatorSection() == -1  # not district's choice
    sign_in(window, "desk")
    page = window.switch_to("ngos")
    assert column(page.table, MEMBERS_COLUMN)[0] == "۱٬۰۰۰"
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_a_small_list_keeps_its_tips_with_their_rows(qtbot) -> None:  # noqa: ANN001
    model = ListTableModel(("نام", "تعداد"))
    model.set_rows([("a", ("یاس", "۱۰")), ("b", ("آب", "۲")), ("c", ("گل", "۳"))])
    model.tips[(0, 0)] = "نکتهٔ یاس"
    view = QTableView()
    qtbot.add_widget(view)
    view.setModel(model)
    assert sorting.sortable(view)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(view, 0) == ["آب", "گل", "یاس"]
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "نکتهٔ یاس"
    assert model.key_at(2) == "a" and model.row_of("b") == 0


def test_a_view_whose_model_cannot_sort_is_left_alone(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QStandardItemModel

    view = QTableView()
    qtbot.add_widget(view)
    view.setModel(QStandardItemModel(2, 2))
    assert not sorting.sortable(view) and not view.isSortingEnabled()


def test_export_writes_what_is_shown_in_its_order(
    qtbot,
    page: NgoPage,
    tmp_path: Path,
    clock: FixedClock,  # noqa: ANN001
) -> None:
    click_header(qtbot, page.table, MEMBERS_COLUMN)
    click_header(qtbot, page.table, MEMBERS_COLUMN)  # descending
    target, count = export_shown(page.table, "سمن‌ها", tmp_path / "list", clock.now(), "کارشناس")
    assert target.suffix == ".xlsx" and count == 6
    sheet = load_workbook(target).active
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == texts.NGO_COLUMNS[0])
    names = [sheet.cell(r, NAME + 1).value for r in range(header + 1, header + 7)]
    members = [sheet.cell(r, MEMBERS_COLUMN + 1).value for r in range(header + 1, header + 7)]
    assert names == ["بهار", "گلستان", "یاران", "پویا", "انجمن آب", "کوشا"]
    assert members == [1000, 120, 45, 30, 9, 7]  # numbers, not Persian text
    founded = sheet.cell(header + 1, FOUNDED + 1).value
    assert founded == "1393/04/01"  # a Jalali date as Latin text, as in the reports


def test_the_export_is_in_the_lists_context_menu(page: NgoPage) -> None:
    actions = [a for a in page.table.actions() if a.objectName() == "exportShown"]
    assert len(actions) == 1 and actions[0].text() == texts.LIST_EXPORT
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
