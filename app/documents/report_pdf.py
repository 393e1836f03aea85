"""Any `Report` as a Persian PDF, on the page template every document shares.

The title, the filters and when (Jalali) and by whom it was made; the chart, drawn with
ReportLab graphics, its Persian labels shaped and ordered by the same functions as every other
line (`persian_text.to_visual`), running right to left like the table under it (the first
category at the right, the value axis on the right); then each table, right to left, with
Persian digits, its header repeated on every page; «صفحه n از m» at the foot.

A report is not an issued document: it carries no serial and no verification code (it proves
nothing about a record and is made again whenever asked), only its title and date in the
footer of every page.
"""

from __future__ import annotations

import io
from os import PathLike
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.documents import texts
from app.documents.digits import THOUSANDS_SEPARATOR, to_persian_digits
from app.documents.document import write_file
from app.documents.flowables import PersianParagraph, PersianStyle, PersianTable
from app.documents.fonts import font_name, register_fonts
from app.documents.pdf import MARGIN, build_pdf
from app.documents.persian_text import prepare, text_width, to_visual
from app.workflow import jalali
from app.workflow.reports import (
    DATE,
    DAYS,
    HOURS,
    INT,
    PERCENT,
    RIALS,
    YEAR,
    Chart,
    Report,
    Table,
)

DECIMAL_SEPARATOR = "\u066b"  # «٫»
PERCENT_SIGN = "\u066a"  # «٪»
NONE = texts.NONE
MADE = "تاریخ تهیه: {date} ساعت {time} · تهیه‌کننده: {who}"
FOOTER = "{title} · {date}"
EMPTY = "موردی برای نمایش نیست."
CHART_HEIGHT = {False: 8.5 * cm, True: 7.0 * cm}

TITLE = PersianStyle(font_size=16, bold=True, alignment="center", space_after=2)
FILTERS = PersianStyle(font_size=10, alignment="center")
HEADING = PersianStyle(font_size=11.5, bold=True, space_before=8, space_after=4)
PALETTE = (
    colors.HexColor("#1f5f8b"),
    colors.HexColor("#e08a1e"),
    colors.HexColor("#4c9a5b"),
    colors.HexColor("#a23b3b"),
    colors.HexColor("#7a5aa6"),
)


def shown(value: Any, kind: str) -> str:
    """A value as printed: Persian digits, «٬» between thousands, «٫» before decimals, Jalali
    dates; an empty value as «—»; a negative number embedded left to right («-۲۷», the minus
    at its left as in the Excel file, not carried to its right by the right-to-left line)."""
    if value is None or value == "":
        return NONE
    if kind != YEAR and isinstance(value, int | float) and value < 0:
        return f"\u202a-{shown(-value, kind)}\u202c"
    if kind in (INT, RIALS) and isinstance(value, int | float):
        return to_persian_digits(f"{round(value):,}".replace(",", THOUSANDS_SEPARATOR))
    if kind in (HOURS, DAYS) and isinstance(value, int | float):
        text = f"{value:,.1f}".removesuffix(".0")
        return to_persian_digits(
            text.replace(",", THOUSANDS_SEPARATOR).replace(".", DECIMAL_SEPARATOR)
        )
    if kind == PERCENT and isinstance(value, int | float):
        text = f"{100 * value:.1f}".removesuffix(".0")
        return to_persian_digits(text.replace(".", DECIMAL_SEPARATOR)) + PERCENT_SIGN
    if kind == DATE and hasattr(value, "year"):
        return jalali.format_date(value.date() if hasattr(value, "date") else value)
    if kind == YEAR:
        return to_persian_digits(str(value))
    return to_persian_digits(str(value))


def render_report(report: Report, out: str | PathLike[str] | None = None) -> bytes:
    """The PDF of `report`, written to `out` if given. A report whose tables do not fit a
    portrait page at their content's width is printed on landscape pages, in a smaller type."""
    register_fonts()
    portrait = A4[0] - 2 * MARGIN
    cells = [_cells(t) for t in report.tables]
    wide = any(
        sum(_natural(t, c, SIZE[False])) > portrait
        for t, c in zip(report.tables, cells, strict=True)
    )
    pagesize = landscape(A4) if wide else A4
    width = pagesize[0] - 2 * MARGIN
    made = report.made_at
    filters = " · ".join(f"{f.label}: {shown(f.value, f.kind)}" for f in report.filters)
    story: list[Flowable] = [
        PersianParagraph(report.title, TITLE),
        PersianParagraph(filters, FILTERS),
        PersianParagraph(
            MADE.format(
                date=jalali.format_date(made.date()),
                time=jalali.format_time(made.time()),
                who=report.made_by,
            ),
            FILTERS,
        ),
        Spacer(1, 6),
    ]
    if report.chart is not None and report.chart.categories and report.chart.series:
        story.append(chart_drawing(report.chart, width, CHART_HEIGHT[wide]))
    for table, texts_ in zip(report.tables, cells, strict=True):
        heading = PersianParagraph(table.title, HEADING)
        body = _table(table, texts_, width, small=wide)
        story.append(CondPageBreak(_head_room(heading, body, width)))
        story += [heading, body]
    buffer = io.BytesIO()
    build_pdf(
        buffer,
        story,
        title=report.title,
        author=texts.AUTHOR,
        subject=report.title,
        header_text=texts.HQ,
        pagesize=pagesize,
        footer_note=FOOTER.format(title=report.title, date=jalali.format_date(made.date())),
    )
    pdf = buffer.getvalue()
    if out is not None:
        write_file(out, pdf)
    return pdf


def _head_room(heading: PersianParagraph, table: Flowable, width: float) -> float:
    """The height a heading needs below it on a page: itself, the table's header and its
    first two rows (a heading keeps with what follows; a table never leaves one row alone)."""
    room = heading.wrap(width, 10_000)[1] + HEADING.space_before + HEADING.space_after
    if isinstance(table, PersianTable):
        first = table.rows[: 1 + PersianTable.FEWEST_ROWS]
        return room + table.sibling(first).wrap(width, 10_000)[1]
    return room + table.wrap(width, 10_000)[1]


# --- the table -----------------------------------------------------------------------------------

SIZE = {False: 9.0, True: 7.5}
PADDING = 3.0
#: A column's natural width is measured over at most this many rows of free text (which may
#: wrap); numbers, dates and codes are measured over every row, for none of them may wrap.
MEASURED_TEXT_ROWS = 500


def _cells(table: Table) -> list[list[str]]:
    return [
        [shown(v, c.kind) for v, c in zip(row, table.columns, strict=True)] for row in table.rows
    ]


def _natural(table: Table, cells: list[list[str]], size: float) -> list[float]:
    """Each column's width from its content: its widest value (a value never wraps, except
    free text) and its header's widest word, plus the cell's padding."""
    font = font_name()
    bold = font_name(bold=True)
    natural = []
    for i, column in enumerate(table.columns):
        rows = cells[:MEASURED_TEXT_ROWS] if column.kind == "text" else cells
        longest = max((text_width(prepare(r[i]), font, size) for r in rows), default=0.0)
        head = max(text_width(w, bold, size) for w in prepare(column.title).split())
        natural.append(max(longest, head) + 2 * PADDING + 2.0)
    return natural


def _table(table: Table, cells: list[list[str]], width: float, *, small: bool) -> Flowable:
    size = SIZE[small]
    body = PersianStyle(font_size=size, leading=size * 1.6)
    number = body.replace(alignment="center")
    header = PersianStyle(font_size=size, leading=size * 1.6, bold=True, alignment="center")
    if not table.rows:
        return PersianParagraph(EMPTY, body)
    kinds = [c.kind for c in table.columns]
    widths = _fit(_natural(table, cells, size), kinds, width)
    rows: list[list[Any]] = [[PersianParagraph(c.title, header) for c in table.columns]]
    for row in cells:
        rows.append(
            [
                PersianParagraph(text, body if kind == "text" else number)
                for text, kind in zip(row, kinds, strict=True)
            ]
        )
    return PersianTable(rows, widths, padding=PADDING)


def _fit(natural: list[float], kinds: list[str], width: float) -> list[float]:
    """Column widths that fill `width`: each column its natural width and the spare shared out
    when they all fit; else every column of numbers, dates and codes keeps its width and the
    free-text columns share what is left, in proportion (they wrap, an amount never does)."""
    total = sum(natural)
    if total <= width:
        spare = (width - total) / len(natural)
        return [w + spare for w in natural]
    fixed = sum(w for w, k in zip(natural, kinds, strict=True) if k != "text")
    free = total - fixed
    if free <= 0 or fixed >= width:  # nothing can give way: shrink all alike
        return [w * width / total for w in natural]
    scale = (width - fixed) / free
    return [w if k != "text" else w * scale for w, k in zip(natural, kinds, strict=True)]


# --- the chart -----------------------------------------------------------------------------------


def _visual(text: str) -> str:
    return to_visual(prepare(text))


def _number(value: float, kind: str) -> str:
    text = f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:.1f}"
    text = text.replace(",", THOUSANDS_SEPARATOR).replace(".", DECIMAL_SEPARATOR)
    return _visual(to_persian_digits(text) + (PERCENT_SIGN if kind == PERCENT else ""))


def _count_step(top: float) -> int:
    """1, 2 or 5 × 10ⁿ: about five ticks up to `top`."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if top / step <= 6:
                return step
        magnitude *= 10


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """A bar chart of `chart`, right to left, every label in Persian."""
    font = font_name()
    drawing = Drawing(width, height)
    drawing.add(
        String(
            width / 2,
            height - 12,
            _visual(chart.title),
            fontName=font_name(bold=True),
            fontSize=10.5,
            textAnchor="middle",
        )
    )
    plot_width = width - 78
    slot = plot_width / max(len(chart.categories), 1)
    many = max(text_width(prepare(c), font, 7.5) for c in chart.categories) > slot - 4
    bars = VerticalBarChart()
    bars.x, bars.y = 14, 58 if many else 34
    bars.width, bars.height = plot_width, height - bars.y - 44
    # Right to left: the first series is the right-hand bar of each group (stacked: the lowest).
    order = list(range(len(chart.series)))
    if not chart.stacked:
        order.reverse()
    bars.data = [list(chart.series[i].values) for i in order]
    bars.categoryAxis.categoryNames = [_visual(c) for c in chart.categories]
    bars.categoryAxis.reverseDirection = 1  # the first category at the right
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 7.5
    if many:
        bars.categoryAxis.labels.angle = 35
        bars.categoryAxis.labels.boxAnchor = "ne"
        bars.categoryAxis.labels.dx, bars.categoryAxis.labels.dy = 4, -2
    else:
        bars.categoryAxis.labels.boxAnchor = "n"
    if chart.stacked:
        bars.categoryAxis.style = "stacked"
    bars.valueAxis.joinAxisMode = "right"  # the value axis at the right
    bars.valueAxis.joinAxis = bars.categoryAxis
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7.5
    bars.valueAxis.labels.boxAnchor = "w"
    bars.valueAxis.labels.dx = 6
    bars.valueAxis.labelTextFormat = lambda v: _number(v, chart.kind)
    bars.valueAxis.visibleGrid = 1
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    top = max((v for s in chart.series for v in s.values), default=0)
    if chart.stacked:
        top = max(
            (sum(s.values[i] for s in chart.series) for i in range(len(chart.categories))),
            default=0,
        )
    if top <= 0:
        bars.valueAxis.valueMax = 1
    elif chart.kind == INT:  # a count is never labelled with a fraction
        step = _count_step(top)
        bars.valueAxis.valueStep = step
        bars.valueAxis.valueMax = step * -(-top // step)
    for drawn, i in enumerate(order):
        bars.bars[drawn].fillColor = PALETTE[i % len(PALETTE)]
        bars.bars[drawn].strokeColor = None
    drawing.add(bars)
    drawing.add(
        String(
            width - 2, height - 30, _visual(chart.unit), fontName=font, fontSize=8, textAnchor="end"
        )
    )
    if len(chart.series) > 1:
        legend = Legend()
        legend.fontName, legend.fontSize = font, 8
        legend.alignment = "left"  # the name to the left of its swatch: read from the right
        legend.columnMaximum = 1
        legend.deltax = max(text_width(s.name, font, 8) for s in chart.series) + 40
        legend.x, legend.y = width - 80 - legend.deltax * len(chart.series), height - 26
        legend.boxAnchor = "nw"
        # The first series at the right: the legend, too, reads from the right.
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], _visual(chart.series[i].name))
            for i in reversed(range(len(chart.series)))
        ]
        drawing.add(legend)
    return drawing
