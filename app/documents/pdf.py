"""The page template every document shares: A4, header, «صفحه ۱ از ۳» footer, metadata."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from os import PathLike
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.documents import texts
from app.documents.digits import to_persian_digits
from app.documents.fonts import font_name, register_fonts
from app.documents.persian_text import draw_line, layout, text_width

MARGIN = 2.0 * cm
HEADER_HEIGHT = 1.2 * cm
FOOTER_HEIGHT = 1.2 * cm
HEADER_FONT_SIZE = 10.0
FOOTER_FONT_SIZE = 9.0
RULE_COLOR = colors.HexColor("#555555")


def build_pdf(
    path_or_buffer: str | PathLike[str] | IO[bytes],
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str | None = None,
    header_text: str | None = None,
    footer: bool = True,
    footer_note: str | None = None,
    pagesize: tuple[float, float] = A4,
) -> None:
    """Write ``story`` as a PDF to a path or a binary file object.

    The PDF carries ``title``, ``author``, ``subject`` and the language ``fa-IR``
    in its metadata, and embeds (a subset of) Vazirmatn. Every page has a
    header (``header_text``, or the title when it is ``None``; ``""`` for a
    rule only) with a rule under it, and, with ``footer``, a rule and
    «صفحه n از m» in Persian digits at the bottom. A ``footer_note`` (an
    issued document's serial and verification code) is printed on every page:
    the note at the right end of the footer line, the page number at the left.
    """
    register_fonts()
    target = path_or_buffer if hasattr(path_or_buffer, "write") else os.fspath(path_or_buffer)
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + (FOOTER_HEIGHT if footer else 0.0),
        title=title,
        author=author,
        subject=subject or "",
        creator=texts.PDF_CREATOR,
        lang="fa-IR",
        initialFontName=font_name(bold=False),
        initialFontSize=11,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    heading = title if header_text is None else header_text
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_header_drawer(heading, pagesize))]
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(footer, pagesize[0], footer_note))


def _header_drawer(heading: str, pagesize: tuple[float, float]) -> Callable[[Canvas, Any], None]:
    page_width, page_height = pagesize
    width = page_width - 2 * MARGIN
    top = page_height - MARGIN

    def draw_header(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        if heading:
            font = font_name(bold=False)
            lines = layout(heading, width, font, HEADER_FONT_SIZE)[:1]
            canvas.setFillColor(colors.black)
            for line in lines:
                draw_line(
                    canvas,
                    line,
                    x=MARGIN,
                    y=top - HEADER_FONT_SIZE,
                    width=width,
                    font_name=font,
                    font_size=HEADER_FONT_SIZE,
                    alignment="right",
                )
        canvas.setStrokeColor(RULE_COLOR)
        canvas.setLineWidth(0.6)
        rule_y = top - HEADER_HEIGHT + 0.3 * cm
        canvas.line(MARGIN, rule_y, page_width - MARGIN, rule_y)
        canvas.restoreState()

    return draw_header


def _numbered_canvas(
    footer: bool, page_width: float, footer_note: str | None = None
) -> type[Canvas]:
    """A canvas that holds every page until the end, so the footer can say «از m»."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                if footer:
                    self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            text = texts.PAGE_X_OF_Y.format(
                page=to_persian_digits(str(number)), total=to_persian_digits(str(total))
            )
            width = page_width - 2 * MARGIN
            font = font_name(bold=False)
            self.saveState()
            self.setStrokeColor(RULE_COLOR)
            self.setLineWidth(0.6)
            rule_y = MARGIN + FOOTER_HEIGHT - 0.3 * cm
            self.line(MARGIN, rule_y, page_width - MARGIN, rule_y)
            self.setFillColor(colors.black)
            number_alignment = "center"
            if footer_note:
                number_alignment = "left"
                number_width = text_width(text, font, FOOTER_FONT_SIZE) + 0.5 * cm
                for line in layout(footer_note, width - number_width, font, FOOTER_FONT_SIZE)[:1]:
                    draw_line(
                        self,
                        line,
                        x=MARGIN + number_width,
                        y=MARGIN,
                        width=width - number_width,
                        font_name=font,
                        font_size=FOOTER_FONT_SIZE,
                        alignment="right",
                    )
            for line in layout(text, width, font, FOOTER_FONT_SIZE):
                draw_line(
                    self,
                    line,
                    x=MARGIN,
                    y=MARGIN,
                    width=width,
                    font_name=font,
                    font_size=FOOTER_FONT_SIZE,
                    alignment=number_alignment,
                )
            self.restoreState()

    return NumberedCanvas
