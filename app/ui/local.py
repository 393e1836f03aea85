"""Numbers and dates as the interface shows them.

Windows call these rather than `app.workflow.persian` / `app.workflow.jalali` directly, so that
the interface language (`app.ui.i18n`) decides the digits in one place: Persian digits and the
Persian thousands separator in Persian, Latin digits and commas in English. Dates are Jalali in
both languages (the procedure's dates, quotas and years are Jalali); where a month or weekday is
named, English uses the transliterated Jalali month (Farvardin …) and the English weekday.
Identifiers — N-, R-, C-, B-, E- references, serials, verification codes, licence numbers, rule
ids — are not numbers: they keep Latin digits in both languages (`identifier`), as on the papers
and as typed into a search box or a form. Everything counted, summed or dated takes the
interface's digits (`number`, `rials`, `date`). Parsing (`persian.parse_int`,
`jalali.parse_date`, `persian.identifier` …) accepts both digit sets and stays where it is. Documents and the workflow's own messages stay Persian whatever the interface language.
"""

from __future__ import annotations

import datetime

from app.ui import i18n
from app.workflow import jalali, persian


def _latin() -> bool:
    return i18n.is_english()


def data_text(text: str) -> str:
    """Data as people wrote it (a name, a reason) in a line of the interface. In English its
    digits are Latin, like every other digit, and text with Persian letters is set apart (a
    first-strong isolate) so that it keeps its own right-to-left order: «انجمن «بهار»» would
    otherwise show its closing mark at the wrong end."""
    if not _latin():
        return text
    text = persian.to_latin_digits(text)
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return f"\u2068{text}\u2069"
    return text


def name(text: str) -> str:
    """A record's name (an NGO, a semansara, a person) in a line of the interface: with the
    interface's digits and, in English, kept in its own direction (`data_text`)."""
    return data_text(digits(text))


def digits(value: str | int) -> str:
    """``value`` with the interface's digits."""
    if _latin():
        return persian.to_latin_digits(str(value))
    return persian.to_persian_digits(value)


def identifier(value: str) -> str:
    """A reference, serial, code or licence number: Latin digits in both languages."""
    return persian.to_latin_digits(str(value))


def identifier_in_text(value: str) -> str:
    """`identifier` inside a sentence, in its own left-to-right run (LRI … PDI) so that the
    sentence around it keeps its order and the reference its hyphens."""
    return f"\u2066{identifier(value)}\u2069" if value else value


def number(n: int) -> str:
    """A whole number grouped by three."""
    if _latin():
        return f"{n:,}"
    return persian.format_number(n)


def rials(n: int) -> str:
    """An amount in rials."""
    if _latin():
        return f"{n:,} rials"
    return persian.format_rials(n)


def date(d: datetime.date) -> str:
    """A Jalali date, zero padded."""
    if _latin():
        return jalali.format_date_latin(d)
    return jalali.format_date(d)


def time(t: datetime.time) -> str:
    """Hours and minutes."""
    return digits(f"{t.hour:02d}:{t.minute:02d}")


def datetime_text(dt: datetime.datetime) -> str:
    """A Jalali date and time."""
    return f"{date(dt.date())} {time(dt.time())}"


def month_name(month: int) -> str:
    """The name of Jalali month `month` (1–12)."""
    return i18n.label("jalali.MONTH_NAMES", jalali.MONTH_NAMES[month - 1])


def weekday_name(d: datetime.date) -> str:
    """The name of the weekday of `d`."""
    return i18n.label("jalali.WEEKDAY_NAMES", jalali.weekday_name(d))


def hours(minutes: int) -> str:
    """A length of time in hours (and minutes), as quotas are counted."""
    whole, rest = divmod(minutes, 60)
    if rest:
        return i18n.label("quotas.hours", "{hours} ساعت و {minutes} دقیقه").format(
            hours=digits(whole), minutes=digits(rest)
        )
    return i18n.label("quotas.hours", "{hours} ساعت").format(hours=digits(whole))


def decimal(text: str) -> str:
    """A decimal number written with "." (``"35.5"``): the interface's digits and decimal
    separator (Persian «٫»)."""
    return digits(text if _latin() else text.replace(".", "\u066b"))


def percent(text: str) -> str:
    """``"35.5"`` → «۳۵٫۵٪» / "35.5%"."""
    return decimal(text) + ("%" if _latin() else "\u066a")


def percent_sign() -> str:
    return "%" if _latin() else "\u066a"
