"""A paper laid out from its record: its story, its text in reading order, and its PDF.

A :class:`Document` holds the flowables one module of this package laid out from a paper's
record (``app.workflow.papers``). The issue stamp (serial, date, verification code, and for
a copy «رونوشت» with the day it was printed again) is added only when rendering.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.documents import texts
from app.documents.flowables import PersianParagraph, PersianStyle, PersianTable
from app.documents.pdf import build_pdf
from app.workflow import jalali

TITLE = PersianStyle(font_size=17, bold=True, alignment="center")
SUBTITLE = PersianStyle(font_size=11, alignment="center")
HEADING = PersianStyle(font_size=12, bold=True, space_before=6, space_after=2, keep_with_next=True)
BODY = PersianStyle(font_size=11.5, alignment="justify", space_after=5)
BODY_RIGHT = PersianStyle(font_size=11.5, space_after=5)
#: A letter is one page: a larger hand than the contract's.
LETTER = PersianStyle(font_size=13, alignment="justify", space_after=6)
LETTER_RIGHT = LETTER.replace(alignment="right")
LETTER_HEADING = LETTER.replace(bold=True, alignment="right", space_before=4)
SMALL = PersianStyle(font_size=9.5, space_after=3, color=colors.HexColor("#333333"))
META = PersianStyle(font_size=9.5, leading=15)
CELL = PersianStyle(font_size=10, leading=15.5)
CELL_BOLD = PersianStyle(font_size=10, leading=15.5, bold=True)
CELL_HEADER = PersianStyle(font_size=10, leading=15.5, bold=True, alignment="center")
BANNER = PersianStyle(font_size=14, bold=True, alignment="center")

META_WIDTH = 5.4 * cm
QR_SIZE = 2.3 * cm


@dataclass(frozen=True)
class Stamp:
    """What an issued copy carries besides its content."""

    serial: str
    code: str  # 8 characters, printed as two groups of four
    issued_at: dt.datetime
    copy_at: dt.datetime | None = None  # a copy (رونوشت) of the original, printed then
    how_to_verify: str = ""  # one line: where a reader verifies the paper

    @property
    def shown_code(self) -> str:
        """The code as printed: embedded left-to-right (LRE…PDF, which the bidi step honours
        and removes), or a code whose first group is all digits prints its halves swapped."""
        return f"\u202a{show_code(self.code)}\u202c"


def show_code(code: str) -> str:
    """``K7M2QX9P`` → ``K7M2-QX9P``: easier to read out and type."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


@dataclass
class Document:
    """One printable document of one record."""

    kind: str
    object_ref: str
    title: str
    story: list[Flowable]
    subtitle: str = ""
    #: The record's own serial (introduction letters), used as the issue serial.
    own_serial: str | None = None
    #: Printed in every page's footer (the contract: room for both parties' initials).
    page_note: str = ""

    def content(self) -> str:
        """The document's text in reading order (cells of a table row by row)."""
        parts = [self.kind, self.object_ref, self.title, self.subtitle, self.own_serial or ""]
        parts.extend(_texts(self.story))
        return "\n".join(parts)


def _texts(flowables: Iterable[object]) -> Iterable[str]:
    for item in flowables:
        if isinstance(item, PersianParagraph):
            yield item.text
        elif isinstance(item, PersianTable):
            for row in item.rows:
                yield "\t".join(_cell_text(cell) for cell in row)
        elif isinstance(item, Boxed):
            yield from _texts([item.inner])


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, PersianParagraph):
        return cell.text
    return str(cell)


class Boxed(Flowable):
    """A flowable in a thin frame: the copy mark of a letter or a notice."""

    def __init__(self, inner: Flowable, padding: float = 5.0, width: float | None = None):
        super().__init__()
        self.inner = inner
        self.padding = padding
        self.box_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.box = min(self.box_width or availWidth, availWidth)
        _w, height = self.inner.wrap(self.box - 2 * self.padding, availHeight)
        # The flowable takes the whole frame width; the box is centred in it.
        self.width, self.height = availWidth, height + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = (self.width - self.box) / 2
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.9)
        canvas.roundRect(x, 0, self.box, self.height, 4, stroke=1, fill=0)
        canvas.restoreState()
        self.inner.drawOn(canvas, x + self.padding, self.padding)


def letterhead(doc: Document, stamp: Stamp | None) -> list[Flowable]:
    """The top of the first page: the title (and subtitle) at the right, centred in its
    column, and the number, date and verification code at the left, as on a letterhead."""
    if stamp is not None:
        lines = [
            texts.META_SERIAL.format(serial=stamp.serial),
            texts.META_DATE.format(date=jalali.format_date(stamp.issued_at.date())),
            texts.META_CODE.format(code=stamp.shown_code),
        ]
        if stamp.copy_at is not None:
            lines.insert(0, texts.META_COPY.format(date=jalali.format_date(stamp.copy_at.date())))
    else:
        lines = [texts.META_PREVIEW]
    if doc.own_serial and (stamp is None or stamp.serial != doc.own_serial):
        lines.append(texts.OWN_SERIAL.format(serial=doc.own_serial))
    heading: list[Flowable] = [PersianParagraph(doc.title, TITLE)]
    if doc.subtitle:
        heading.append(PersianParagraph(doc.subtitle, SUBTITLE))
    meta = PersianParagraph("\n".join(lines), META)
    row: list[object] = [meta, heading]
    widths: list[float | None] = [META_WIDTH, None]
    if stamp is not None:
        row, widths = [qr_code(show_code(stamp.code)), *row], [QR_SIZE + 6, *widths]
    table = Table(
        [row],
        colWidths=widths,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                # Only so that ReportLab's default Helvetica is never referenced.
                ("FONTNAME", (0, 0), (-1, -1), META.font_name),
            ]
        ),
    )
    story: list[Flowable] = [table, Spacer(1, 4)]
    if stamp is not None and stamp.how_to_verify:
        story.append(PersianParagraph(stamp.how_to_verify, SMALL))
    return [*story, Spacer(1, 6)]


def qr_code(value: str) -> Drawing:
    """A QR code of ``value`` (reportlab's own), QR_SIZE square, for a phone to read."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=2)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    # The QR has no text; the renderer still sets a font: ours, so that no other is referenced.
    drawing.initialFontName = META.font_name
    return drawing


def render(
    doc: Document,
    stamp: Stamp | None = None,
    out: str | PathLike[str] | None = None,
) -> bytes:
    """The PDF of ``doc`` with ``stamp`` (or marked as a preview), written to ``out`` if given."""
    buffer = io.BytesIO()
    subject = f"{texts.KIND_NAMES.get(doc.kind, doc.title)} · {doc.object_ref}"
    if stamp is not None:
        subject += f" · {stamp.serial}"
        note = texts.FOOTER_STAMP.format(serial=stamp.serial, code=stamp.shown_code)
        if stamp.copy_at is not None:
            note = f"{texts.COPY} · {note}"
    else:
        note = texts.FOOTER_PREVIEW
    if doc.page_note:
        note = f"{doc.page_note} · {note}"
    build_pdf(
        buffer,
        [*letterhead(doc, stamp), *doc.story],
        title=doc.title,
        author=texts.AUTHOR,
        subject=subject,
        header_text=texts.HQ,
        footer_note=note,
    )
    pdf = buffer.getvalue()
    if out is not None:
        write_file(out, pdf)
    return pdf


def write_file(path: str | PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (a temporary file, then a rename)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
