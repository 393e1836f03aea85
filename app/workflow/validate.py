"""Checking what a person or a scenario typed. Every refusal names the field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from app.workflow import errors, jalali, persian
from app.workflow import messages as msg
from app.workflow import national_code as national_codes

FIELD_NAMES = {
    "code": "کد",
    "name": "نام",
    "district": "منطقه",
    "desks": "تعداد میز",
    "meeting_rooms": "تعداد اتاق جلسات",
    "workshop_rooms": "تعداد اتاق کارگاه",
    "halls": "تعداد سالن",
    "shelves": "تعداد قفسه",
    "max_contracts": "ظرفیت قرارداد",
    "opens": "ساعت شروع کار",
    "closes": "ساعت پایان کار",
    "address": "نشانی",
    "phone": "تلفن",
    "email": "پست الکترونیک",
    "kind": "نوع",
    "hours": "ساعات کار",
    "duties": "شرح وظایف",
    "employment": "نوع استخدام",
    "username": "نام کاربری",
    "role": "نقش",
    "active": "فعال بودن حساب",
    "semansara": "سمن‌سرا",
    "full_name": "نام و نام خانوادگی",
    "password": "گذرواژه",
    "new_password": "گذرواژهٔ تازه",
    "old_password": "گذرواژهٔ فعلی",
    "licence_issuer": "مرجع صدور مجوز",
    "licence_no": "شمارهٔ مجوز",
    "licence_expires": "تاریخ انقضای مجوز",
    "founded": "تاریخ تأسیس",
    "members": "تعداد اعضا",
    "chief": "مدیرعامل",
    "representative": "نمایندهٔ رسمی",
    "chief_national_code": "کد ملی مدیرعامل",
    "representative_national_code": "کد ملی نمایندهٔ رسمی",
    "national_id": "شناسهٔ ملی سمن",
    "ngo": "سمن",
    "date": "تاریخ",
    "participants": "تعداد شرکت‌کنندگان",
    "title": "عنوان",
    "level": "سطح",
    "reason": "دلیل",
    "year": "سال",
    "rate": "نرخ تورم",
    "ref": "شماره",
    "channel": "شیوهٔ درخواست",
    "decision": "تصمیم",
    "pass_over_reason": "دلیل عبور از نوبت",
    "contract": "قرارداد",
    "note_serial": "شمارهٔ سفته",
    "note_amount": "مبلغ سفته",
    "starts": "تاریخ شروع",
    "to": "گیرنده",
    "service": "خدمت",
    "count": "تعداد",
    "start": "ساعت شروع",
    "end": "ساعت پایان",
    "people": "تعداد نفرات",
    "description": "شرح",
    "effective": "تاریخ اجرا",
    "approved": "تاریخ تصویب",
    "changes": "تغییرات",
    "services": "خدمات درخواستی",
    "room": "اتاق",
    "outcome": "نتیجه",
}


def field_name(field: str) -> str:
    return FIELD_NAMES.get(field, field)


def invalid(field: str, problem: msg.Message | str, rule: str = "") -> errors.WorkflowError:
    """INVALID_INPUT for `field`: «its name»: `problem` (a catalogue message)."""
    return errors.WorkflowError(
        errors.INVALID_INPUT,
        msg.FIELD_PROBLEM(field=field_name(field), problem=problem),
        rule,
        field=field,
    )


def text(value: Any, field: str, *, required: bool = True, max_len: int = 200) -> str:
    """Free text: spaces collapsed, Persian ی/ک for Arabic ي/ك (R-9.2). A text of invisible
    characters only (ZWNJ, bidi controls, fillers) is empty; NUL is refused on both databases."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    if "\x00" in value:
        raise invalid(field, msg.TEXT_HAS_NUL(), "R-9.2")
    value = persian.persian_letters(" ".join(value.split()))
    if not persian.visible(value).strip():
        value = ""
    if required and not value:
        raise invalid(field, msg.MISSING())
    if len(value) > max_len:
        raise invalid(field, msg.TOO_LONG(limit=max_len))
    return value


# The decisions of a review (step ب) and of an extension request.
DECISIONS = {"accept": "پذیرش", "reject": "رد"}


def identifier(value: Any, field: str, *, max_len: int = 40) -> str:
    """A code, reference or serial as it is kept and compared (R-9.2): `persian.identifier`
    of the text; empty after that is not given."""
    key = persian.identifier(text(value, field, max_len=max_len))
    if not key:
        raise invalid(field, msg.MISSING(), "R-9.2")
    return key


# No number a person types is unbounded: past this, a field without a bound of its own is
# refused (a database integer would overflow long before a real amount or count gets there).
LARGEST = 10**15


def integer(value: Any, field: str, *, low: int | None = None, high: int | None = LARGEST) -> int:
    if isinstance(value, bool):
        raise invalid(field, msg.NOT_A_NUMBER())
    if value is None or (isinstance(value, str) and not value.strip()):
        raise invalid(field, msg.MISSING())
    try:
        number = value if isinstance(value, int) else persian.parse_int(str(value))
    except ValueError:
        raise invalid(field, msg.BAD_NUMBER(value=str(value))) from None
    if low is not None and high is not None and not low <= number <= high:
        raise invalid(field, msg.NUMBER_BETWEEN(low=low, high=high, value=number))
    if low is not None and number < low:
        raise invalid(field, msg.NUMBER_AT_LEAST(low=low, value=number))
    if high is not None and number > high:
        raise invalid(field, msg.NUMBER_AT_MOST(high=high))
    return number


def date(value: Any, field: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return jalali.parse_date(text(value, field, max_len=20))
    except jalali.JalaliError as exc:
        raise invalid(field, exc.problem) from None


def time(value: Any, field: str) -> dt.time:
    if isinstance(value, dt.time):
        return value
    try:
        return jalali.parse_time(text(value, field, max_len=8))
    except jalali.JalaliError as exc:
        raise invalid(field, exc.problem) from None


def choice(value: Any, field: str, options: Iterable[str], names: dict | None = None) -> str:
    options = tuple(options)
    if value not in options:
        shown = [(names or {}).get(o, o) for o in options]
        raise invalid(field, msg.NOT_AN_OPTION(value=str(value), options=shown))
    return value


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def email(value: Any, field: str = "email") -> str:
    """An e-mail address (may be empty): one «@», a dot in the domain, no spaces."""
    text = str(value or "").strip()
    if text and not _EMAIL.fullmatch(text):
        raise invalid(field, msg.BAD_EMAIL(value=text))
    return text


def national_code(value: Any, field: str) -> str:
    """A national code of ten digits, Persian or Latin, with its check digit (R-6.5); may be
    empty (not known yet)."""
    code = persian.to_latin_digits(text(value, field, required=False, max_len=20))
    code = code.replace("-", "").replace(" ", "")
    if code and not national_codes.is_valid(code):
        raise invalid(field, msg.BAD_NATIONAL_CODE(code=code), "R-6.5")
    return code


def flag(value: Any, field: str) -> bool:
    """A yes/no input: true or false (JSON), or 1 or 0."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise invalid(field, msg.NOT_YES_NO())


def no_extra(args: dict, known: Iterable[str]) -> None:
    extra = sorted(set(args) - set(known))
    if extra:
        raise invalid(extra[0], msg.UNKNOWN_INPUT())
