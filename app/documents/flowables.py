"""Platypus flowables that lay out Persian text with the engine in ``persian_text``.

Documents are built as a story::

    story = [
        PersianParagraph("قرارداد اجاره", PersianStyle(font_size=16, bold=True, alignment="center")),
        PersianParagraph(body, PersianStyle(alignment="justify")),
        PersianTable([["ردیف", "شرح", "مبلغ (ریال)"], ["۱", "اجاره", "۲۰۰٬۰۰۰٬۰۰۰"]], [40, 300, 120]),
    ]
    build_pdf(path, story, title="قرارداد", author="سمن‌سرا")
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle

from app.documents.digits import to_persian_digits
from app.documents.fonts import font_name as _font_name
from app.documents.persian_text import Alignment, Line, draw_line, layout


@dataclass(frozen=True)
class PersianStyle:
    """How a :class:`PersianParagraph` looks.

    ``leading`` is the distance between baselines; ``None`` means
    1.7 × ``font_size`` (Persian needs room above and below for dots and marks).
    ``persian_digits`` writes Latin digits as Persian ones (words containing
    Latin letters keep theirs).
    """

    font_size: float = 11.0
    leading: float | None = None
    alignment: Alignment = "right"
    bold: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    color: colors.Color = colors.black
    persian_digits: bool = True
    #: Never the last thing on a page (a heading stays with what follows it).
    keep_with_next: bool = False

    @property
    def font_name(self) -> str:
        return _font_name(bold=self.bold)

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else 1.7 * self.font_size

    def replace(self, **changes: object) -> PersianStyle:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


BODY = PersianStyle()


class PersianParagraph(Flowable):
    """A paragraph of Persian (mixed with Latin, digits, codes) text.

    A newline in ``text`` forces a line break. The paragraph splits between
    lines across frames and pages.
    """

    def __init__(
        self, text: str, style: PersianStyle | None = None, *, _continues: bool = False
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style or BODY
        # The head of a split paragraph: its last line is not the paragraph's
        # last, so it is justified like the others.
        self._continues = _continues
        self.lines: list[Line] = []
        self._laid_out_for: float | None = None
        if self.style.keep_with_next:
            self.keepWithNext = True

    def __repr__(self) -> str:
        return f"PersianParagraph({self.text[:30]!r}…)"

    # -- platypus protocol -------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = len(self.lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        count = len(self.lines)
        if count < 4:
            # Two or three lines move to the next page whole: no single line is left
            # alone at the foot or the head of a page.
            return []
        fitting = min(int(availHeight // self.style.line_height), count - 2)
        if fitting < 2:
            return []
        head, tail = self.lines[:fitting], self.lines[fitting:]
        first = PersianParagraph(
            _logical_text(head),
            self.style.replace(space_after=0.0),
            _continues=not head[-1].last,
        )
        second = PersianParagraph(
            _logical_text(tail), self.style.replace(space_before=0.0), _continues=self._continues
        )
        return [first, second]

    def getSpaceBefore(self) -> float:
        return self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def draw(self) -> None:
        style = self.style
        font = style.font_name
        canvas = self.canv
        canvas.setFillColor(style.color)
        baseline = _first_baseline_offset(font, style.font_size, style.line_height)
        for index, line in enumerate(self.lines):
            y = self.height - baseline - index * style.line_height
            draw_line(
                canvas,
                line,
                x=0.0,
                y=y,
                width=self.width,
                font_name=font,
                font_size=style.font_size,
                alignment=style.alignment,
            )

    # -- helpers -------------------------------------------------------------
    def _layout(self, width: float) -> None:
        if self._laid_out_for == width:
            return
        style = self.style
        self.lines = layout(
            self.text,
            width,
            style.font_name,
            style.font_size,
            persian_digits=style.persian_digits,
        )
        if self._continues:
            self.lines[-1] = dataclasses.replace(self.lines[-1], last=False)
        self._laid_out_for = width


def _logical_text(lines: Sequence[Line]) -> str:
    """Logical text of some laid-out lines, keeping the forced breaks."""
    parts: list[str] = []
    for line in lines:
        parts.append(line.logical)
        parts.append("\n" if line.last else " ")
    return "".join(parts[:-1])


def _first_baseline_offset(font: str, font_size: float, line_height: float) -> float:
    """Distance from the top of a line box to its baseline: the font's
    ascent–descent box is centred in the line box."""
    face = pdfmetrics.getFont(font).face
    ascent = face.ascent * font_size / 1000.0
    descent = -face.descent * font_size / 1000.0
    return (line_height - (ascent + descent)) / 2.0 + ascent


CellValue = str | int | Flowable | None

TABLE_BODY = PersianStyle(font_size=10.0)
TABLE_HEADER = PersianStyle(font_size=10.0, bold=True, alignment="center")


# No row of a table is shorter than this (points): the smallest text printed, 7.5 pt, takes 12.
MIN_ROW_HEIGHT = 12.0


class PersianTable(Flowable):
    """A table whose columns run right to left: the first column of each row is
    drawn at the right edge.

    ``rows`` are given in logical order; cells are strings (wrapped Persian
    text), integers (written with Persian digits), ``None`` (empty) or any
    flowable. ``col_widths`` are in points, in the same logical order; ``None``
    shares the available width equally. With ``header`` the first row is bold,
    shaded and repeated at the top of every page the table runs over.

    A table split over pages never leaves fewer than ``FEWEST_ROWS`` rows (under the header)
    at a page foot or at the head of the next: such a table starts on the next page, or gives
    the next page one more row.
    """

    FEWEST_ROWS = 2

    def __init__(
        self,
        rows: Sequence[Sequence[CellValue]],
        col_widths: Sequence[float] | None = None,
        header: bool = True,
        *,
        body_style: PersianStyle = TABLE_BODY,
        header_style: PersianStyle = TABLE_HEADER,
        padding: float = 4.0,
    ) -> None:
        super().__init__()
        if not rows:
            raise ValueError("a table needs at least one row")
        ncols = len(rows[0])
        if any(len(row) != ncols for row in rows):
            raise ValueError("every row must have the same number of cells")
        if col_widths is not None and len(col_widths) != ncols:
            raise ValueError("col_widths must give one width per column")
        self.rows = [list(row) for row in rows]
        self.col_widths = list(col_widths) if col_widths is not None else None
        self.header = header
        self.body_style = body_style
        self.header_style = header_style
        self.padding = padding
        self.hAlign = "RIGHT"
        self._table: Table | None = None
        self._fitted_for: tuple[tuple[float, float], tuple[Table, tuple[float, float]]] | None = (
            None
        )

    def __repr__(self) -> str:
        return f"PersianTable({len(self.rows)} rows)"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self._fitted(availWidth, availHeight)[1]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table, _size = self._fitted(availWidth, availHeight)
        parts = table.split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = 1 if self.header else 0
        placed = parts[0]._nrows
        fewest = self.FEWEST_ROWS
        if placed - head < fewest:
            return []  # the whole table goes to the next page
        if 0 < len(self.rows) - placed < fewest:  # the next page gets more than one row
            placed = len(self.rows) - fewest
            if placed - head < fewest:
                return []
            return [self.sibling(self.rows[:placed]), self._rest(placed)]
        if table._nrows == len(self.rows):
            return parts
        # Only a window of rows was given to ReportLab: what it did not place goes on, with the
        # rows after the window, as a table of its own (the header repeated) on the next page.
        return [parts[0], self._rest(placed)]

    def _rest(self, placed: int) -> PersianTable:
        return self.sibling((self.rows[:1] if self.header else []) + self.rows[placed:])

    def draw(self) -> None:
        assert self._table is not None, "wrap() comes before draw()"
        self._table.drawOn(self.canv, 0, 0)

    def _fitted(self, width: float, height: float) -> tuple[Table, tuple[float, float]]:
        """The ReportLab table of the first rows, enough of them to overflow `height` (all of
        them when they fit), wrapped. ReportLab measures every row it is given each time a
        table is wrapped or split (its long-table shortcut stops early only with row spans):
        over thousands of rows and hundreds of pages that is quadratic, so a long table hands
        it a window of rows at a time."""
        if self._fitted_for is None or self._fitted_for[0] != (width, height):
            count = min(len(self.rows), int(height / MIN_ROW_HEIGHT) + 2)
            while True:
                table = self._build(width, count)
                size = table.wrap(width, height)
                if count == len(self.rows) or size[1] > height:
                    break
                count = min(len(self.rows), count * 2)
            self._fitted_for = ((width, height), (table, size))
        self._table, size = self._fitted_for[1]  # the table `draw` draws
        return self._table, size

    def sibling(self, rows: list[list[CellValue]]) -> PersianTable:
        return PersianTable(
            rows,
            self.col_widths,
            self.header,
            body_style=self.body_style,
            header_style=self.header_style,
            padding=self.padding,
        )

    def _build(self, avail_width: float, count: int) -> Table:
        """The ReportLab table of the first `count` rows, columns reversed."""
        ncols = len(self.rows[0])
        widths = self.col_widths or [avail_width / ncols] * ncols
        data = []
        for index, row in enumerate(self.rows[:count]):
            style = self.header_style if self.header and index == 0 else self.body_style
            data.append([self._cell(value, style) for value in reversed(row)])
        commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            # Only so that ReportLab's default Helvetica is never referenced.
            ("FONTNAME", (0, 0), (-1, -1), self.body_style.font_name),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.padding),
            ("TOPPADDING", (0, 0), (-1, -1), self.padding / 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.padding / 2),
        ]
        if self.header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
        return Table(
            data,
            colWidths=list(reversed(widths)),
            style=TableStyle(commands),
            repeatRows=1 if self.header else 0,
            hAlign="RIGHT",
        )

    @staticmethod
    def _cell(value: CellValue, style: PersianStyle) -> Flowable | str:
        if value is None:
            return ""
        if isinstance(value, Flowable):
            return value
        text = to_persian_digits(str(value)) if style.persian_digits else str(value)
        return PersianParagraph(text, style)
