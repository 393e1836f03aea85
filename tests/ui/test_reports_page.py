"""The reports page: the chosen report's chart (QtCharts, right to left), its tables in
the interface's digits, the filters it reads, the Excel file and the PDF preview; a semansara
manager's choice of semansara is their own only."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.ui.main_window import MainWindow
from app.ui.pages.reports import ReportsPage, fitting_labels, label, nice_step, shown
from app.workflow.clock import FixedClock
from app.workflow.reports import DAYS, HOURS, PERCENT, RIALS
from tests.ui.conftest import act, sign_in
from tests.ui.test_bookings import add_house, add_manager, contract_for


@pytest.fixture
def world(clock: FixedClock) -> dict[str, str]:
    add_house(clock)
    add_house(clock, "S2", district=7)
    add_manager(clock)
    _, first = contract_for(clock, "انجمن یاوران سلامت", 100)
    act(
        clock,
        "desk",
        "request_booking",
        ref="B1",
        contract=first,
        service="meeting_room",
        date="1405/01/15",
        start="09:00",
        end="12:00",
        people=5,
    )
    return {"contract": first}


def reports_page(window: MainWindow, name: str) -> ReportsPage:
    page = window.switch_to("reports")
    page.choose(name)
    return page


def bar_values(page: ReportsPage) -> dict[str, list[float]]:
    (series,) = page.chart.series()
    return {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}


def test_the_page_reads_nothing_until_shown(window: MainWindow, world: dict) -> None:
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage) and page.report is None and not page.loaded
    assert not page.excel_button.isEnabled()


def test_occupancy_chart_runs_right_to_left_with_the_booked_share(
    window: MainWindow, world: dict
) -> None:
    page = reports_page(window, "occupancy")
    assert page.report is not None and page.report.name == "occupancy"
    (series,) = page.chart.series()
    assert isinstance(series, QBarSeries)
    values = bar_values(page)
    # Farvardin is the last category given: drawn at the right; 3 hours booked over its open
    # hours in S1 and S2, 22 open days × 10 h each: 31 days less 4 Fridays and 5 official
    # holidays (1–4, 25; the 12th and 13th are declared open, R-2.3)
    assert values["اتاق جلسات"][-1] == pytest.approx(round(100 * 3 / 440, 1))
    assert values["اتاق جلسات"][:-1] == [0.0] * 11
    axis = next(a for a in page.chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[-1] == "فروردین" and axis.categories()[0] == "اسفند"
    # side by side, the first room type at the right of each month (and of the legend)
    given = [label(s.name) for s in page.report.chart.series]
    assert [s.label() for s in series.barSets()] == given[::-1] and len(given) == 3
    assert page.year.isVisible() and not page.days.isVisible()
    view = page.tables[0]
    model = view.model()
    assert model.rowCount() == 6  # three room types in each of S1 and S2
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 1).data() == "اتاق جلسات"
        and model.index(r, 0).data() == "سمن‌سرای آزمایشی S۱"
    )
    assert model.index(row, 3).data() == "۳"  # hours booked, Persian digits
    assert model.index(row, 4).data() == "۲٬۹۲۰"  # 292 open days (two holidays opened)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "سمن‌سرا"


def test_quota_chart_is_stacked_and_semansara_filter_applies(
    window: MainWindow, world: dict
) -> None:
    page = reports_page(window, "quota_use")
    (series,) = page.chart.series()
    assert isinstance(series, QStackedBarSeries)
    values = bar_values(page)
    assert 3.0 in values["مصرف‌شده"] and 97.0 in values["باقی‌مانده"]
    page.semansara.setCurrentIndex(page.semansara.findData("S2"))
    assert page.report.rows == () and page.report.filters[1].value == "سمن‌سرای آزمایشی S2"


def test_contracts_ending_reads_the_days_ahead(window: MainWindow, world: dict) -> None:
    page = reports_page(window, "contracts_ending")
    assert page.days.isVisible() and not page.year.isVisible()
    assert page.report.rows == ()
    page.days.setValue(200)
    assert [r[0] for r in page.report.rows] == [world["contract"]]
    assert page.tables[0].model().index(0, 0).data() == "\u2066C-۱۰۰\u2069"


def test_excel_export_writes_the_report_shown(
    window: MainWindow, world: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports_page(window, "notes_held")
    target = tmp_path / "notes"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    saved = page.export_excel()
    assert saved == tmp_path / "notes.xlsx" and saved.is_file()
    sheet = load_workbook(saved).worksheets[0]
    assert sheet.sheet_view.rightToLeft
    values = [row for row in sheet.iter_rows(values_only=True) if row and row[0] == "SF-100"]
    assert values and values[0][2] == 200_000_000 and isinstance(values[0][2], int)
    assert "notes.xlsx" in page.message.text()


def test_pdf_opens_in_the_print_preview(window: MainWindow, world: dict) -> None:
    page = reports_page(window, "requests_by_step")
    dialog = page.print_pdf()
    assert dialog is not None and dialog.pdf.startswith(b"%PDF")
    assert dialog.windowTitle() == page.report.title and dialog.page_count() >= 1
    dialog.close()


def test_a_manager_reports_on_their_own_semansara_only(window: MainWindow, world: dict) -> None:
    sign_in(window, "mgr1")
    page = reports_page(window, "occupancy")
    assert page.semansara.count() == 1 and not page.semansara.isEnabled()
    assert page.semansara.currentData() == "S1"
    assert {r[0] for r in page.report.rows} == {"سمن‌سرای آزمایشی S1"}


def test_values_as_shown_and_chart_helpers() -> None:
    assert shown(1_034_000_000, RIALS) == "۱٬۰۳۴٬۰۰۰٬۰۰۰"
    assert shown(3599.5, HOURS) == "۳٬۵۹۹٫۵" and shown(2.0, DAYS) == "۲"
    assert shown(0.0161, PERCENT) == "۱٫۶٪" and shown(None, PERCENT) == "—"
    assert [nice_step(t) for t in (2, 30, 100, 9500)] == [1, 5, 20, 2000]
    labels = ["سمن‌سرای منطقهٔ ۱۸", "سمن‌سرای منطقهٔ ۲"]

    class Wide:
        def horizontalAdvance(self, text: str) -> int:  # noqa: N802
            return 10 * len(text)

    assert fitting_labels(labels, Wide(), 500) == labels
    assert fitting_labels(labels, Wide(), 100) == ["منطقهٔ ۱۸", "منطقهٔ ۲"]


def test_in_english_the_report_reads_left_to_right(
    qapp,
    qtbot,
    window: MainWindow,
    world: dict,  # noqa: ANN001
) -> None:
    """The headings, room types and months are English, the first month at the left and the
    value axis at the left; the data (semansara names) stays as it was written."""
    from PySide6.QtCharts import QValueAxis

    from app.ui import i18n

    i18n.install(qapp, "en")
    try:
        english = MainWindow(window.session)
        qtbot.addWidget(english)
        english.resize(1280, 800)
        english.show()
        page = reports_page(english, "occupancy")
        values = bar_values(page)
        assert values["Meeting room"][0] == pytest.approx(round(100 * 3 / 440, 1))
        (series,) = page.chart.series()
        assert [s.label() for s in series.barSets()][0] == "Meeting room"
        axis = next(a for a in page.chart.axes() if isinstance(a, QBarCategoryAxis))
        assert axis.categories()[0] == "Farvardin" and axis.categories()[-1] == "Esfand"
        value_axis = next(a for a in page.chart.axes() if isinstance(a, QValueAxis))
        assert value_axis.alignment() == Qt.AlignmentFlag.AlignLeft
        model = page.tables[0].model()
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Semansara"
        assert model.index(0, 0).data() == "سمن‌سرای آزمایشی S1"  # data, in Latin digits
    finally:
        i18n.install(qapp, "fa")
