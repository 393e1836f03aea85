"""How long the Persian layout engine takes for a two-page contract.

Runs, each 50 times, and prints the median:

* engine: the contract as PersianParagraphs through ``build_pdf`` (line
  breaking on shaped widths, reshaping, bidi per line, justification, header,
  «صفحه n از m» footer), into memory, with the engine's caches emptied first;
* engine, layout only: ``layout()`` of every paragraph, caches emptied first;
* floor: the same text broken with ReportLab's ``simpleSplit`` and drawn with
  plain ``drawString``: no shaping, no bidi (unreadable Persian, but the least
  any PDF of this text can cost).

    python bench/bench_layout.py
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.documents.flowables import PersianParagraph, PersianStyle  # noqa: E402
from app.documents.fonts import font_name  # noqa: E402
from app.documents.pdf import MARGIN, build_pdf  # noqa: E402
from app.documents.persian_text import clear_caches, layout  # noqa: E402

RUNS = 50
FONT_SIZE = 11.0
LEADING = 1.7 * FONT_SIZE

TITLE = "قرارداد اجاره فضای سمن‌سرا"
ARTICLES = [
    "این قرارداد میان سمن‌سرای منطقه ۶ شهر تهران به نمایندگی مدیر سمن‌سرا که از این پس "
    "«موجر» نامیده می‌شود و سازمان مردم‌نهاد Green Future NGO به شماره ثبت ۱۲۳۴۵ و "
    "شناسه ملی ۱۰۳۲۰۴۵۶۷۸۹ به نمایندگی مدیرعامل آن که از این پس «مستأجر» نامیده می‌شود، "
    "به شماره ت-۱۴۰۵/۰۱۲ در تاریخ ۱۴۰۵/۰۹/۰۱ بسته می‌شود.",
    "ماده ۱ (موضوع قرارداد): واگذاری حق استفاده از سالن اجتماعات و دو اتاق کارگاهی "
    "سمن‌سرا برای برگزاری جلسات، کارگاه‌های آموزشی و نشست‌های عمومی مستأجر، مطابق "
    "برنامه زمانی پیوست که جزء لاینفک این قرارداد است.",
    "ماده ۲ (مدت): مدت قرارداد شش ماه شمسی از تاریخ ۱۴۰۵/۰۹/۰۱ تا پایان روز ۱۴۰۶/۰۲/۳۱ "
    "است و تمدید آن منوط به درخواست کتبی مستأجر دست‌کم یک ماه پیش از پایان مدت و "
    "موافقت کتبی موجر خواهد بود.",
    "ماده ۳ (مبلغ): مبلغ کل قرارداد ۲۰۰٬۰۰۰٬۰۰۰ ریال (دویست میلیون ریال) است که در شش "
    "قسط مساوی، هر قسط ۳۳٬۳۳۳٬۳۳۳ ریال، تا پنجم هر ماه به حساب شماره ۰۱۰۲۰۳۰۴۰۵ "
    "موجر واریز می‌شود و رسید آن به امضای طرفین می‌رسد.",
    "ماده ۴ (تضمین): مستأجر یک فقره چک تضمینی به مبلغ ۵۰٬۰۰۰٬۰۰۰ ریال به عنوان تضمین "
    "حسن انجام تعهدات به موجر می‌سپارد که پس از تسویه حساب و تحویل فضا بی‌درنگ مسترد "
    "می‌شود.",
    "ماده ۵ (تعهدات مستأجر): مستأجر متعهد است فضا را تنها برای موضوع قرارداد به کار "
    "برد، آن را به دیگری واگذار نکند، دستورالعمل ایمنی و بهداشت سمن‌سرا را رعایت کند، "
    "هرگونه خسارت وارد شده به اموال را ظرف ده روز جبران نماید و در پایان هر جلسه فضا "
    "را پاکیزه تحویل دهد.",
    "ماده ۶ (تعهدات موجر): موجر متعهد است فضا را در ساعات توافق‌شده با روشنایی، "
    "سرمایش و گرمایش و تجهیزات صوتی و تصویری آماده در اختیار مستأجر بگذارد و هرگونه "
    "تغییر در برنامه را دست‌کم هفتاد و دو ساعت پیش‌تر به اطلاع مستأجر برساند.",
    "ماده ۷ (فسخ): در صورت تخلف هر یک از طرفین از تعهدات این قرارداد و ادامه آن پس از "
    "اخطار کتبی و گذشت پانزده روز، طرف دیگر حق فسخ قرارداد را دارد و تسویه حساب بر "
    "پایه روزهای استفاده‌شده انجام می‌شود.",
    "ماده ۸ (قوه قاهره): هرگاه اجرای قرارداد به سبب حوادث خارج از اراده طرفین مانند "
    "سیل، زلزله، همه‌گیری یا تصمیم مراجع رسمی ناممکن شود، تعهدات طرفین تا رفع مانع "
    "معلق می‌ماند و هیچ‌یک مسئول خسارت دیگری نیست.",
    "ماده ۹ (حل اختلاف): اختلافات ناشی از این قرارداد نخست از راه گفت‌وگو و با "
    "میانجیگری ستاد حمایت و توانمندسازی سازمان‌های مردم‌نهاد تهران حل می‌شود و در "
    "صورت عدم توافق، مرجع صالح دادگاه‌های عمومی تهران است.",
    "ماده ۱۰ (نشانی‌ها): نشانی طرفین همان است که در صدر قرارداد آمده و هرگونه تغییر "
    "آن باید ظرف هفت روز کتباً به طرف دیگر اعلام شود؛ در غیر این صورت مکاتبات به نشانی "
    "پیشین ابلاغ‌شده به شمار می‌آید.",
    "ماده ۱۱ (نسخه‌ها): این قرارداد در یازده ماده و سه نسخه با اعتبار یکسان تنظیم و "
    "پس از امضا و مهر طرفین مبادله شد؛ یک نسخه نزد موجر، یک نسخه نزد مستأجر و یک "
    "نسخه در بایگانی ستاد نگهداری می‌شود.",
]
# Repeat the body so that it runs over about two pages.
PARAGRAPHS = ARTICLES + ARTICLES[1:9]


def story() -> list:
    title = PersianStyle(font_size=16, bold=True, alignment="center", space_after=12)
    body = PersianStyle(font_size=FONT_SIZE, alignment="justify", space_after=6)
    return [PersianParagraph(TITLE, title)] + [PersianParagraph(p, body) for p in PARAGRAPHS]


def engine_pdf() -> bytes:
    clear_caches()
    buffer = io.BytesIO()
    build_pdf(buffer, story(), title=TITLE, author="سمن‌سرا", header_text=TITLE)
    return buffer.getvalue()


def engine_layout_only() -> int:
    clear_caches()
    width = A4[0] - 2 * MARGIN
    font = font_name()
    return sum(len(layout(p, width, font, FONT_SIZE)) for p in PARAGRAPHS)


def floor_pdf() -> bytes:
    """Same text, same font and page, plain ``drawString``: no shaping, no bidi."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    font = font_name()
    width = A4[0] - 2 * MARGIN
    top = A4[1] - MARGIN
    y = top
    for text in [TITLE, *PARAGRAPHS]:
        for line in simpleSplit(text, font, FONT_SIZE, width):
            if y < MARGIN:
                canvas.showPage()
                y = top
            canvas.setFont(font, FONT_SIZE)
            canvas.drawString(MARGIN, y, line)
            y -= LEADING
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_ms(job: Callable[[], object]) -> float:
    job()  # warm up imports and font loading
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    pdf = engine_pdf()
    pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
    lines = engine_layout_only()
    print(f"contract: {len(PARAGRAPHS) + 1} paragraphs, {lines} body lines, ~{pages} pages")
    print(f"engine (build_pdf, cold caches): {median_ms(engine_pdf):8.1f} ms median of {RUNS}")
    print(f"engine, layout() only:           {median_ms(engine_layout_only):8.1f} ms")
    print(f"floor (simpleSplit + drawString): {median_ms(floor_pdf):7.1f} ms")


if __name__ == "__main__":
    main()
