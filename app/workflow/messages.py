"""The catalogue of what the workflow says to people — every refusal — in Persian and English.

A refusal carries a `Message`: an `Entry` of this catalogue and the raw values it names (ints,
dates, names, codes). It is put into words only where it is read, in the reader's language:
`Message.text("fa")` writes Persian digits, «٬» between thousands and Jalali dates in Persian
digits; `Message.text("en")` writes Latin digits and Jalali dates in Latin digits. The Persian
text is the reference (`WorkflowError.message_fa`, the scenario runner's `message`).

Placeholders are `{name}` or `{name:kind}`. Without a kind a value is written by its type: an
int as a number grouped by thousands, a date as a Jalali date, a datetime as date and time, a
time as hours and minutes, a `Message` in the same language, a list item by item. Kinds:

- `digits`: a number or code as it is, not grouped (a year, a clock time «08:00»);
- `rials`: an amount of money;
- `hours`: minutes, written as hours and minutes;
- `label`: a label of the workflow (a role, a service, a state, a field …) given in Persian,
  in English from `LABELS`;
- `weekday`: the name of a date's weekday;
- `quoted`, `quoted_label`: each item in quotation marks («…», “…”);
- `sentences`: the items one after another, a space between.

A new message is a constant below (its name is its key) with the same placeholders in both
languages; tests/workflow/test_messages.py checks every entry.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.workflow import persian

FA = "fa"
EN = "en"
LANGUAGES = (FA, EN)
KINDS = ("", "digits", "rials", "hours", "label", "weekday", "quoted", "quoted_label", "sentences")


@dataclass(frozen=True)
class Entry:
    """One message of the catalogue, in both languages; call it with its values."""

    fa: str
    en: str
    key: str = ""  # the constant's name, set when the module is loaded

    def __call__(self, **params: Any) -> Message:
        return Message(self, params)

    def text(self, language: str = FA) -> str:
        return self.en if language == EN else self.fa


@dataclass(frozen=True)
class Message:
    """An entry with the values it names, to be rendered in either language."""

    entry: Entry | None
    params: Mapping[str, Any] = field(default_factory=dict)
    literal: str = ""  # a text made elsewhere (the interface's own), the same in any language

    @property
    def key(self) -> str:
        return self.entry.key if self.entry is not None else ""

    def text(self, language: str = FA) -> str:
        if self.entry is None:
            return self.literal
        return _Formatter(language).format(self.entry.text(language), **self.params)

    def __str__(self) -> str:
        return self.text(FA)


def literal(text: str) -> Message:
    """A text that is not in the catalogue (composed and translated by the interface)."""
    return Message(None, {}, text)


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        return write(value, format_spec, self.language)


def write(value: Any, kind: str = "", language: str = FA) -> str:
    """`value` as a message shows it in `language` (see the module's notes on kinds)."""
    english = language == EN
    if isinstance(value, Message) or callable(getattr(value, "text", None)):
        return value.text(language)  # a message, or a value that says itself in each language
    if kind == "sentences":
        return " ".join(write(v, "", language) for v in value)
    if isinstance(value, (list, tuple)):
        item_kind = {"quoted": "", "quoted_label": "label"}.get(kind, kind)
        items = [write(v, item_kind, language) for v in value]
        if kind in ("quoted", "quoted_label"):
            items = [f"“{i}”" if english else f"«{i}»" for i in items]
        return (", " if english else "، ").join(items)
    if kind in ("quoted", "quoted_label"):
        return write([value], kind, language)
    if kind == "label":
        return LABELS.get(value, value) if english else value
    if kind == "digits":
        return persian.to_latin_digits(str(value)) if english else persian.to_persian_digits(value)
    if kind == "rials":
        return f"{value:,} rials" if english else persian.format_rials(value)
    if kind == "hours":
        return _hours(value, language)
    from app.workflow import jalali  # jalali's own refusals come from here

    if kind == "weekday":
        name = jalali.weekday_name(value)
        return LABELS[name] if english else name
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}" if english else persian.format_number(value)
    if isinstance(value, dt.datetime):
        if english:
            return f"{jalali.format_date_latin(value.date())} {value:%H:%M}"
        return jalali.format_datetime(value)
    if isinstance(value, dt.date):
        return jalali.format_date_latin(value) if english else jalali.format_date(value)
    if isinstance(value, dt.time):
        return f"{value:%H:%M}" if english else jalali.format_time(value)
    return str(value)


def _hours(minutes: int, language: str) -> str:
    hours, rest = divmod(int(minutes), 60)
    entry = HOURS_AND_MINUTES if rest else HOURS
    return entry(hours=hours, minutes=rest).text(language)


def fields_of(text: str) -> list[tuple[str, str]]:
    """The (name, kind) of each placeholder of `text`, sorted."""
    return sorted(
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(text)
        if name is not None
    )


# --- the labels a message may name, in English (the Persian label is the key) -------------------

LABELS: dict[str, str] = {
    # roles.ROLE_NAMES
    "مدیر سامانه": "System administrator",
    "کارشناس میز خدمت": "Service-desk expert",
    "معاونت امور مناطق": "Deputy of District Affairs",
    "معاونت توان‌افزایی": "Deputy of Empowerment",
    "معاونت مالی، اداری و پشتیبانی": "Deputy of Finance, Administration and Support",
    "مسئول سمن‌سرا": "Semansara manager",
    # policy.SERVICE_NAMES
    "میز فعالیت سمن": "NGO activity desk",
    "اتاق جلسات": "Meeting room",
    "اتاق برگزاری کارگاه": "Workshop room",
    "سالن برگزاری نشست‌ها": "Hall for gatherings",
    "قفسه اختصاصی سمن": "NGO's own shelf",
    "منشی تلفنی": "Phone secretary",
    "کارت ویزیت": "Business cards",
    # registry.STAFF_KINDS
    "خدماتی/نگهبانی": "Service/guard",
    "اداری": "Administrative",
    # requests.CHANNELS
    "حضوری": "In person",
    "سامانه پنل کاربری": "HQ web portal",
    "تلفنی": "By phone",
    # validate.FIELD_NAMES
    "کد": "Code",
    "نام": "Name",
    "منطقه": "District",
    "تعداد میز": "Number of desks",
    "تعداد اتاق جلسات": "Number of meeting rooms",
    "تعداد اتاق کارگاه": "Number of workshop rooms",
    "تعداد سالن": "Number of halls",
    "تعداد قفسه": "Number of shelves",
    "ظرفیت قرارداد": "Contract places",
    "ساعت شروع کار": "Opening time",
    "ساعت پایان کار": "Closing time",
    "نشانی": "Address",
    "تلفن": "Phone",
    "پست الکترونیک": "E-mail",
    "نوع": "Type",
    "ساعات کار": "Working hours",
    "شرح وظایف": "Duties",
    "نوع استخدام": "Employment type",
    "نام کاربری": "Username",
    "نقش": "Role",
    "فعال بودن حساب": "Account active",
    "سمن‌سرا": "Semansara",
    "نام و نام خانوادگی": "Full name",
    "گذرواژه": "Password",
    "گذرواژهٔ تازه": "New password",
    "گذرواژهٔ فعلی": "Current password",
    "مرجع صدور مجوز": "Licensing body",
    "شمارهٔ مجوز": "Licence number",
    "تاریخ انقضای مجوز": "Licence expiry date",
    "تاریخ تأسیس": "Founding date",
    "تعداد اعضا": "Number of members",
    "مدیرعامل": "Chief executive",
    "نمایندهٔ رسمی": "Official representative",
    "کد ملی مدیرعامل": "Chief executive's national code",
    "کد ملی نمایندهٔ رسمی": "Official representative's national code",
    "شناسهٔ ملی سمن": "NGO national ID",
    "سمن": "NGO",
    "تاریخ": "Date",
    "تعداد شرکت‌کنندگان": "Number of participants",
    "عنوان": "Title",
    "سطح": "Level",
    "دلیل": "Reason",
    "سال": "Year",
    "نرخ تورم": "Inflation rate",
    "شماره": "Number",
    "شیوهٔ درخواست": "Channel",
    "تصمیم": "Decision",
    "دلیل عبور از نوبت": "Reason for passing over the queue",
    "قرارداد": "Contract",
    "شمارهٔ سفته": "Promissory note number",
    "مبلغ سفته": "Promissory note amount",
    "تاریخ شروع": "Start date",
    "گیرنده": "Recipient",
    "خدمت": "Service",
    "تعداد": "Count",
    "ساعت شروع": "Start time",
    "ساعت پایان": "End time",
    "تعداد نفرات": "Number of people",
    "شرح": "Description",
    "تاریخ اجرا": "In force from",
    "تاریخ تصویب": "Approval date",
    "تغییرات": "Changes",
    "خدمات درخواستی": "Services requested",
    "اتاق": "Room",
    "نتیجه": "Outcome",
    # machines.states
    "الف: درخواست ثبت شد": "Request registered (الف)",
    "ب: بررسی و پذیرفته شد": "Reviewed and accepted (ب)",
    "ب: رد شد": "Rejected (ب)",
    "پ: به معاونت امور مناطق معرفی شد": "Referred to the Deputy of District Affairs (پ)",
    "ت: در صف انتظار": "In the waiting queue (ت)",
    "ت: ظرفیت تأیید شد": "Capacity confirmed (ت)",
    "ث: برای عقد قرارداد دعوت شد": "Invited to sign a contract (ث)",
    "ج: قرارداد بسته و معرفی‌نامه صادر شد": "Contract signed, introduction letter issued (ج)",
    "چ: معرفی‌نامه به نماینده رسمی داده شد": "Letter given to the official representative (چ)",
    "ح: معرفی‌نامه به مسئول سمن‌سرا داده شد": "Letter given to the semansara manager (ح)",
    "انصراف": "Withdrawn",
    "خ: نوبت درخواست شد": "Booking requested (خ)",
    "د: وقت تنظیم شد": "Time scheduled (د)",
    "ذ: اعلان صادر شد، در انتظار تحویل": "ذ: notices issued, waiting for delivery",
    "ذ: اطلاع‌رسانی شد": "Informed (ذ)",
    "رد شد": "Refused",
    "لغو شد": "Cancelled",
    "منقضی شد": "Expired",
    "جاری": "Running",
    "تمدید شده": "Extended",
    "پایان یافته": "Ended",
    "تسویه شده": "Settled",
    "دریافت شد": "Received",
    "در امانت مالی": "In finance custody",
    "عدم خسارت تأیید شد": "No damage confirmed",
    "خسارت گزارش شد": "Damage reported",
    "بازگردانده شد": "Returned",
    "ضبط شد": "Kept",
    "درخواست شد": "Requested",
    "پذیرفته شد": "Accepted",
    # jalali.MONTH_NAMES
    "فروردین": "Farvardin",
    "اردیبهشت": "Ordibehesht",
    "خرداد": "Khordad",
    "تیر": "Tir",
    "مرداد": "Mordad",
    "شهریور": "Shahrivar",
    "مهر": "Mehr",
    "آبان": "Aban",
    "آذر": "Azar",
    "دی": "Dey",
    "بهمن": "Bahman",
    "اسفند": "Esfand",
    # jalali.WEEKDAY_NAMES
    "شنبه": "Saturday",
    "یکشنبه": "Sunday",
    "دوشنبه": "Monday",
    "سه‌شنبه": "Tuesday",
    "چهارشنبه": "Wednesday",
    "پنجشنبه": "Thursday",
    "جمعه": "Friday",
    # notifications.RECIPIENT_NAMES
    # notifications.CHANNEL_NAMES
    "چاپی": "On paper",
    # records (find.py) and the choices a field offers (validate.choice)
    "درخواست": "Request",
    "نوبت": "Booking",
    "درخواست تمدید": "Extension request",
    "کاربر": "User",
    "مورد": "Item",
    "نیرو": "Staff member",
    "پذیرش": "Accept",
    "رد": "Reject",
    "تعطیل": "Closed",
    "باز": "Open",
    "رسمی": "Permanent",
    "پیمانی": "Contract",
    "نمایندهٔ رسمی سمن": "The NGO's official representative",
    "بازگرداندن": "Return",
    "ضبط": "Keep",
    # a record of a register, as a refusal names it (registry._duplicate)
    "سمن‌سرایی": "A semansara",
    "نیرویی": "A staff member",
    "کاربری": "A user",
    # what a contract needs on record (eligibility.people_problem)
    "نام مدیرعامل": "the chief executive's name",
    "کد ملی معتبر مدیرعامل": "the chief executive's valid national code",
    "نام نمایندهٔ رسمی": "the official representative's name",
    "کد ملی معتبر نمایندهٔ رسمی": "the official representative's valid national code",
}


# --- every action (service.py, find.py, show.py, scope.py, calls.py) ----------------------------

ROLE_MAY_NOT = Entry(
    "نقش «{role:label}» اجازهٔ این اقدام را ندارد.",
    "The role “{role:label}” may not take this action.",
)
UNKNOWN_ACTION = Entry("اقدام «{action}» شناخته نیست.", "The action “{action}” is not known.")
DB_UNREACHABLE = Entry(
    "ارتباط با پایگاه داده برقرار نیست؛ کاری ثبت نشد. چند لحظه بعد دوباره امتحان کنید.",
    "The database cannot be reached; nothing was saved. Try again in a moment.",
)
DB_READ_ONLY = Entry(
    "پایگاه داده فقط‌خواندنی است؛ کاری ثبت نشد. دسترسی نوشتن را بررسی کنید.",
    "The database is read-only; nothing was saved. Check the permission to write.",
)
DISK_FULL = Entry(
    "دیسک پر است؛ کاری ثبت نشد و داده‌ای از دست نرفت. فضای دیسک را آزاد کنید.",
    "The disk is full; nothing was saved and no data was lost. Free some disk space.",
)
DB_IN_USE = Entry(
    "پایگاه داده در دست برنامهٔ دیگری است؛ کاری ثبت نشد. آن برنامه را ببندید و دوباره امتحان کنید.",
    "Another program holds the database; nothing was saved. Close that program and try again.",
)
DB_CONNECTION_LOST = Entry(
    "ارتباط با پایگاه داده قطع شد؛ کاری ثبت نشد. دوباره امتحان کنید.",
    "The connection to the database was lost; nothing was saved. Try again.",
)
DATA_HAS_NUL = Entry(
    "داده‌ای که فرستاده شد نویسهٔ تهی (NUL) دارد؛ کاری ثبت نشد.",
    "The data sent contains a NUL character; nothing was saved.",
)
DATA_UNFIT = Entry(
    "داده‌ای که فرستاده شد در اندازه یا شکلی نیست که پایگاه داده نگه دارد؛ کاری ثبت نشد.",
    "The data sent is not of a size or form the database can keep; nothing was saved.",
)
CONSTRAINT = Entry(" (قید «{name}»)", " (constraint “{name}”)")
CLASHES_WITH_RECORD = Entry(
    "این کار با رکوردی که پیش‌تر یا هم‌زمان در میز دیگری ثبت شده تداخل دارد{constraint}؛ کاری "
    "ثبت نشد. فهرست را تازه کنید و دوباره امتحان کنید.",
    "This clashes with a record saved earlier or at the same moment at another desk"
    "{constraint}; nothing was saved. Refresh the list and try again.",
)
DB_REFUSED = Entry(
    "پایگاه داده این تغییر را نپذیرفت{constraint}؛ کاری ثبت نشد.",
    "The database refused this change{constraint}; nothing was saved.",
)
NOT_FOUND_ONE = Entry("{what:label} «{key}» پیدا نشد.", "{what:label} “{key}” was not found.")
NOT_FOUND_KEY = Entry("«{key}» پیدا نشد.", "“{key}” was not found.")
ALREADY_RECORDED = Entry(
    "{what:label} «{key}» از پیش ثبت شده است.", "{what:label} “{key}” is already recorded."
)
CALL_ID_FORM = Entry(
    "شناسهٔ درخواست (call_id) باید رشته‌ای از حروف و رقم‌های لاتین تا {limit} نویسه باشد.",
    "The call id (call_id) must be Latin letters and digits, at most {limit} characters.",
)
CALL_ID_REUSED = Entry(
    "این شناسهٔ درخواست (call_id) پیش‌تر برای کار دیگری به کار رفته است.",
    "This call id (call_id) was already used for another action.",
)


# --- what a person typed (validate.py) ---------------------------------------------------------

FIELD_PROBLEM = Entry("«{field:label}»: {problem}", "“{field:label}”: {problem}")
TEXT_HAS_NUL = Entry(
    "نویسهٔ نامرئی «NUL» در آن است؛ متن را دوباره بنویسید.",
    "it contains the invisible character “NUL”; type the text again.",
)
MISSING = Entry("وارد نشده است.", "not entered.")
TOO_LONG = Entry("حداکثر {limit} نویسه است.", "at most {limit} characters.")
NOT_A_NUMBER = Entry("باید عدد باشد.", "must be a number.")
BAD_NUMBER = Entry("«{value}» عدد درستی نیست.", "“{value}” is not a valid number.")
NUMBER_BETWEEN = Entry(
    "باید بین {low} و {high} باشد؛ {value} داده شد.",
    "must be between {low} and {high}; {value} was given.",
)
NUMBER_AT_LEAST = Entry(
    "نمی‌تواند کمتر از {low} باشد؛ {value} داده شد.", "cannot be less than {low}; {value} was given."
)
NUMBER_AT_MOST = Entry("نمی‌تواند بیشتر از {high} باشد.", "cannot be more than {high}.")
NOT_AN_OPTION = Entry(
    "«{value}» مجاز نیست؛ یکی از این‌ها: {options:label}.",
    "“{value}” is not allowed; one of: {options:label}.",
)
BAD_EMAIL = Entry(
    "«{value}» نشانی پست الکترونیک درستی نیست (نمونه: name@example.ir).",
    "“{value}” is not a valid e-mail address (for example name@example.ir).",
)
BAD_NATIONAL_CODE = Entry(
    "«{code:digits}» کد ملی درستی نیست (ده رقم با رقم کنترل درست).",
    "“{code:digits}” is not a valid national code (ten digits with the right check digit).",
)
NOT_YES_NO = Entry("باید بله یا خیر (true یا false) باشد.", "must be yes or no (true or false).")
UNKNOWN_INPUT = Entry("این ورودی شناخته نیست.", "this input is not known.")


# --- dates and times (jalali.py) ----------------------------------------------------------------

MONTH_RANGE = Entry(
    "ماه {month:digits} نادرست است؛ ماه باید بین ۱ و ۱۲ باشد.",
    "Month {month:digits} is not valid; a month is from 1 to 12.",
)
YEAR_RANGE = Entry(
    "سال {year:digits} نادرست است؛ سال باید بین {low:digits} و {high:digits} باشد.",
    "Year {year:digits} is not valid; a year is from {low:digits} to {high:digits}.",
)
DATE_YEAR_RANGE = Entry(
    "تاریخ {date:digits} نادرست است؛ سال باید بین {low:digits} و {high:digits} باشد.",
    "The date {date:digits} is not valid; the year must be from {low:digits} to {high:digits}.",
)
DATE_MONTH_RANGE = Entry(
    "تاریخ {date:digits} نادرست است؛ ماه باید بین ۱ و ۱۲ باشد.",
    "The date {date:digits} is not valid; the month must be from 1 to 12.",
)
DATE_DAY_RANGE = Entry(
    "تاریخ {date:digits} نادرست است؛ روز باید بین ۱ و {last:digits} باشد ({month:label} "
    "{year:digits} {last:digits} روز دارد).",
    "The date {date:digits} is not valid; the day must be from 1 to {last:digits} "
    "({month:label} {year:digits} has {last:digits} days).",
)
DATE_BEYOND = Entry(
    "تاریخ {date:digits} نادرست است؛ این تاریخ بیرون از بازهٔ پذیرفتنی است.",
    "The date {date:digits} is not valid; it is outside the dates accepted.",
)
DATE_EMPTY = Entry(
    "تاریخ خالی است؛ تاریخ را به شکل ۱۴۰۵/۰۱/۳۱ بنویسید.",
    "The date is empty; write it as 1405/01/31.",
)
DATE_UNREADABLE = Entry(
    "تاریخ «{text:digits}» خوانا نیست؛ تاریخ را به شکل ۱۴۰۵/۰۱/۳۱ (سال/ماه/روز) بنویسید.",
    "The date “{text:digits}” cannot be read; write it as 1405/01/31 (year/month/day).",
)
TIME_EMPTY = Entry(
    "ساعت خالی است؛ ساعت را به شکل ۰۹:۳۰ بنویسید.", "The time is empty; write it as 09:30."
)
TIME_UNREADABLE = Entry(
    "ساعت «{text:digits}» خوانا نیست؛ ساعت را به شکل ۰۹:۳۰ بنویسید.",
    "The time “{text:digits}” cannot be read; write it as 09:30.",
)
TIME_HOUR_RANGE = Entry(
    "ساعت {text:digits} نادرست است؛ ساعت باید بین ۰ و ۲۳ باشد.",
    "The time {text:digits} is not valid; the hour must be from 0 to 23.",
)
TIME_MINUTE_RANGE = Entry(
    "ساعت {text:digits} نادرست است؛ دقیقه باید بین ۰ و ۵۹ باشد.",
    "The time {text:digits} is not valid; the minutes must be from 0 to 59.",
)
DATETIME_UNREADABLE = Entry(
    "تاریخ و ساعت «{text:digits}» خوانا نیست؛ آن را به شکل ۱۴۰۵/۰۱/۳۱ ۰۹:۳۰ بنویسید.",
    "The date and time “{text:digits}” cannot be read; write them as 1405/01/31 09:30.",
)


# --- a request, steps الف to ح (requests.py) -----------------------------------------------------

CONTRACTED_ELSEWHERE = Entry(
    "این سمن تا {until} با «{semansara}» قرارداد دارد و در این مدت فقط از خدمات همان سمن‌سرا "
    "بهره‌مند می‌شود.",
    "This NGO has a contract with “{semansara}” until {until} and meanwhile is served only by "
    "that semansara.",
)
HAS_RUNNING_CONTRACT = Entry(
    "این سمن قرارداد جاری «{contract}» را دارد؛ برای ادامه درخواست تمدید ثبت کنید.",
    "This NGO has the running contract “{contract}”; to go on, record an extension request.",
)
HAS_OPEN_REQUEST = Entry(
    "این سمن درخواست باز «{request}» را دارد.", "This NGO has the open request “{request}”."
)
EARLIER_REQUEST_WAITS = Entry(
    "درخواست «{ref}» ({ngo}) زودتر ثبت شده و هنوز جا نگرفته است؛ واگذاری جا به این درخواست "
    "دلیل کتبی لازم دارد.",
    "The request “{ref}” ({ngo}) was registered earlier and has no place yet; giving the place "
    "to this request needs a written reason.",
)
EARLIER_EXTENSION_WAITS = Entry(
    "درخواست تمدید «{ref}» ({ngo}) زودتر ثبت شده و هنوز جا نگرفته است؛ واگذاری جا به این "
    "درخواست دلیل کتبی لازم دارد.",
    "The extension request “{ref}” ({ngo}) was registered earlier and has no place yet; giving "
    "the place to this request needs a written reason.",
)
INVITED_IN_PAST = Entry(
    "تاریخ دعوت نمی‌تواند پیش از امروز باشد.", "the invitation cannot be for a day before today."
)
STARTS_IN_PAST = Entry(
    "شروع قرارداد نمی‌تواند پیش از امروز باشد.", "the contract cannot start before today."
)
NOTE_BELOW_DUE = Entry(
    "مبلغ سفته برای سال {year:digits} باید دست‌کم {due:rials} باشد؛ {amount:rials} داده شد.",
    "The promissory note for {year:digits} must be at least {due:rials}; {amount:rials} was given.",
)
NOTE_SERIAL_TAKEN = Entry(
    "سفتهٔ «{serial}» پیش‌تر ثبت شده است.", "The promissory note “{serial}” is already recorded."
)


# --- who may be served (eligibility.py, quotas.py) ------------------------------------------------

ISSUER_NOT_ACCEPTED = Entry(
    "مرجع صدور مجوز «{issuer}» در فهرست مراجع پذیرفته نیست.",
    "The licensing body “{issuer}” is not among those accepted.",
)
LICENCE_ENDED = Entry(
    "مجوز فعالیت این سمن در {day} به پایان رسیده است.", "This NGO's licence expired on {day}."
)
NGO_INACTIVE = Entry("این سمن در سامانه غیرفعال است.", "This NGO is inactive in the system.")
LEVEL_NOT_SET = Entry(
    "سطح توان‌افزایی این سمن هنوز توسط معاونت توان‌افزایی تعیین نشده است.",
    "This NGO's capacity level has not yet been set by the Deputy of Empowerment.",
)
LEVEL_ONE = Entry(
    "سمن‌های سطح ۱ (در حال تأسیس) از خدمات سمن‌سرا بهره‌مند نمی‌شوند.",
    "Level 1 NGOs (being founded) receive no semansara services.",
)
LICENCE_LAPSED = Entry(
    "مجوز فعالیت «{ngo}» در {day} به پایان رسیده است؛ تا مجوز تمدیدشده ثبت نشود، خدمات "
    "سمن‌سرا به این سمن داده نمی‌شود.",
    "The licence of “{ngo}” expired on {day}; until a renewed licence is entered, this NGO "
    "receives no semansara services.",
)
LICENCE_ENDS_FIRST = Entry(
    "مجوز فعالیت «{ngo}» در {expires} به پایان می‌رسد؛ نوبت {day} پس از آن است.",
    "The licence of “{ngo}” expires on {expires}; the booking on {day} is after that.",
)
FIVE_YEARS = Entry(
    "حضور هر سمن در سمن‌سراهای شهر حداکثر {cap} ماه است؛ این سمن {served} ماه را گذرانده و "
    "{left} ماه باقی دارد.",
    "An NGO may spend at most {cap} months in the city's semansaras; this NGO has spent "
    "{served} months and has {left} left.",
)
PEOPLE_MISSING = Entry(
    "قرارداد بدون مدیرعامل و نمایندهٔ رسمی سمن بسته نمی‌شود؛ ثبت نشده: {missing:label}.",
    "No contract is signed without the NGO's chief executive and official representative; not "
    "recorded: {missing:label}.",
)
NOT_IN_LEVEL = Entry(
    "{services:quoted_label} در خدمات سطح {level:digits} نیست.",
    "{services:quoted_label}: not among the services of level {level:digits}.",
)
LEVEL_UNKNOWN = Entry(
    "سطح توان‌افزایی این سمن تعیین نشده است.", "This NGO's capacity level is not set."
)
LEVEL_ONE_NO_SERVICES = Entry(
    "سمن‌های سطح ۱ از خدمات سمن‌سرا بهره‌مند نمی‌شوند.", "Level 1 NGOs receive no semansara services."
)


# --- contracts, extensions, allocations, cards (contracts.py) ------------------------------------

CONTRACT_NOT_RUNNING = Entry(
    "قرارداد «{contract}» جاری نیست.", "The contract “{contract}” is not running."
)
DAY_OUTSIDE_CONTRACT = Entry(
    "تاریخ {day} در مدت قرارداد «{contract}» ({starts} تا {last}) نیست.",
    "{day} is not within the contract “{contract}” ({starts} to {last}).",
)
EXTENSION_BEFORE_START = Entry(
    "قرارداد «{contract}» از {starts} آغاز می‌شود؛ تمدید در دورهٔ جاری قرارداد درخواست می‌شود.",
    "The contract “{contract}” starts on {starts}; an extension is requested during the "
    "contract's current term.",
)
EXTENSION_UNDECIDED = Entry(
    "درخواست تمدید «{extension}» هنوز بررسی نشده است؛ هر بار یک تمدید درخواست می‌شود.",
    "The extension request “{extension}” is not decided yet; one extension is requested at a time.",
)
EXTENSION_NOT_STARTED = Entry(
    "تمدید «{extension}» پذیرفته شده و دورهٔ آن از {starts} آغاز می‌شود؛ تمدید بعدی در همان "
    "دوره درخواست می‌شود.",
    "The extension “{extension}” was accepted and its term starts on {starts}; the next "
    "extension is requested during that term.",
)
EXTENSIONS_USED = Entry(
    "این قرارداد {count} بار تمدید شده و سقف تمدید پر شده است.",
    "This contract has been extended {count} times: no more extensions are allowed.",
)
NO_ROOM_TO_MOVE = Entry(
    "«{semansara}» جای خالی ندارد (ظرفیت آزاد {free}، در صف {waiting}).",
    "“{semansara}” has no free place ({free} free, {waiting} waiting).",
)
EXTENSION_LATE = Entry(
    "مهلت درخواست تمدید {deadline} (یک ماه پیش از پایان قرارداد) گذشته است.",
    "The deadline for an extension request, {deadline} (one month before the contract ends), "
    "has passed.",
)
ALLOCATION_CAP = Entry(
    "سقف «{service:label}» برای این سمن {cap} است؛ {left} باقی مانده است.",
    "This NGO's cap of “{service:label}” is {cap}; {left} left.",
)
STOCK_LEFT = Entry(
    "«{semansara}» {free} «{service:label}» آزاد دارد.",
    "“{semansara}” has {free} “{service:label}” free.",
)
NO_SUCH_ALLOCATION = Entry(
    "قرارداد «{contract}» تخصیص جاری‌ای با این مشخصات ندارد.",
    "The contract “{contract}” has no running allocation like this.",
)
CARDS_CAP = Entry(
    "سقف سالانهٔ کارت ویزیت برای این سمن {cap} عدد است؛ {left} عدد باقی مانده است.",
    "This NGO's yearly cap of business cards is {cap}; {left} left.",
)


# --- bookings, steps خ د ذ (bookings.py, closed_days.py) ------------------------------------------

END_BEFORE_START = Entry("باید پس از ساعت شروع باشد.", "must be after the start time.")
OPENING_HOURS = Entry(
    "«{semansara}» از {opens:digits} تا {closes:digits} باز است.",
    "“{semansara}” is open from {opens:digits} to {closes:digits}.",
)
HEADCOUNT = Entry(
    "ظرفیت «{service:label}» حداکثر {cap} نفر است؛ {people} نفر درخواست شد.",
    "“{service:label}” holds at most {cap} people; {people} were asked for.",
)
HOURS_CAP = Entry(
    "سقف سالانهٔ «{service:label}» برای این سمن {cap} ساعت است؛ {left:hours} باقی مانده است.",
    "This NGO's yearly cap of “{service:label}” is {cap} hours; {left:hours} left.",
)
NO_ROOM_NUMBERED = Entry(
    "«{semansara}» «{service:label}» شمارهٔ {number:digits} ندارد.",
    "“{semansara}” has no “{service:label}” number {number:digits}.",
)
NO_ROOM_OF_KIND = Entry(
    "«{semansara}» «{service:label}» ندارد.", "“{semansara}” has no “{service:label}”."
)
ROOM_TAKEN = Entry(
    "«{service:label}» شمارهٔ {number:digits} «{semansara}» در {start} تا {end} رزرو شده است.",
    "“{service:label}” number {number:digits} of “{semansara}” is booked from {start} to {end}.",
)
ROOMS_TAKEN = Entry(
    "همهٔ «{service:label}»های «{semansara}» در {start} تا {end} رزرو شده‌اند.",
    "Every “{service:label}” of “{semansara}” is booked from {start} to {end}.",
)
BOOKING_TIME_PASSED = Entry(
    "زمان نوبت «{booking}» ({start}) رسیده یا گذشته است.",
    "The time of the booking “{booking}” ({start}) has come or passed.",
)
SLOT_TIME_PASSED = Entry(
    "زمان این نوبت ({start}) رسیده یا گذشته است.",
    "The time of this booking ({start}) has come or passed.",
)
BOOKING_AFTER_LETTERS = Entry(
    "نوبت‌دهی پس از تحویل معرفی‌نامه به نمایندهٔ سمن و مسئول سمن‌سرا (مراحل چ و ح) ممکن است.",
    "Rooms are booked once the introduction letters are given to the NGO's representative and "
    "the semansara manager (steps چ and ح).",
)
ALLOCATED_NOT_BOOKED = Entry(
    "میز و قفسه تخصیص داده می‌شوند، نه نوبت‌دهی (اقدام «تخصیص»).",
    "desks and shelves are allocated, not booked (the “allocate” action).",
)
ONLY_OWN_SEMANSARA = Entry(
    "این سمن در مدت قرارداد فقط از خدمات «{semansara}» بهره‌مند می‌شود.",
    "During its contract this NGO is served only by “{semansara}”.",
)
NOT_CANCELLABLE = Entry(
    "نوبتی که زمانش رسیده یا گذشته لغو نمی‌شود.",
    "A booking whose time has come or passed is not cancelled.",
)
CLOSED_ON = Entry(
    "«{semansara}» در {day:weekday} {day} تعطیل است.",
    "“{semansara}” is closed on {day:weekday} {day}.",
)
CLOSED_ON_BECAUSE = Entry(
    "«{semansara}» در {day:weekday} {day} تعطیل است ({why}).",
    "“{semansara}” is closed on {day:weekday} {day} ({why}).",
)


# --- the promissory note (notes.py) ---------------------------------------------------------------

INFLATION_YEAR_MISSING = Entry(
    "نرخ تورم سال {years:digits} ثبت نشده است؛ تا معاونت مالی آن را ثبت نکند مبلغ سفته معلوم "
    "نیست و قرارداد بسته نمی‌شود.",
    "The inflation rate of {years:digits} is not entered; until finance enters it, the "
    "promissory note's amount is not known and no contract is signed.",
)
INFLATION_YEARS_MISSING = Entry(
    "نرخ تورم سال‌های {years:digits} ثبت نشده است؛ تا معاونت مالی آن را ثبت نکند مبلغ سفته "
    "معلوم نیست و قرارداد بسته نمی‌شود.",
    "The inflation rates of {years:digits} are not entered; until finance enters them, the "
    "promissory note's amount is not known and no contract is signed.",
)
NOTE_NOT_WITH_FINANCE = Entry(
    "سفتهٔ «{serial}» هنوز به معاونت مالی تحویل نشده است؛ معرفی‌نامه پس از ثبت دریافت سفته در "
    "مالی تحویل می‌شود.",
    "The promissory note “{serial}” has not yet been handed to finance; the introduction "
    "letters are given once finance records receiving it.",
)
NO_NOTE_WITH_FINANCE = Entry(
    "سفته هنوز به معاونت مالی تحویل نشده است؛ معرفی‌نامه پس از ثبت دریافت سفته در مالی تحویل می‌شود.",
    "The promissory note has not yet been handed to finance; the introduction letters are "
    "given once finance records receiving it.",
)
BAD_RATE = Entry(
    "«{value}» عدد درستی نیست؛ مثلاً ۰٫۳۵.", "“{value}” is not a valid number; for example 0.35."
)
RATE_FORM = Entry(
    "باید کسری مانند ۰٫۳۵ (۳۵ درصد) باشد.", "must be a fraction such as 0.35 (35 percent)."
)
NO_NOTE = Entry(
    "برای قرارداد «{contract}» سفته‌ای ثبت نشده است.",
    "No promissory note is recorded for the contract “{contract}”.",
)
OWN_MANAGER_ONLY = Entry(
    "فقط مسئول «{semansara}» می‌تواند دربارهٔ این قرارداد نظر دهد.",
    "Only the manager of “{semansara}” may speak for this contract.",
)
AFTER_END_ONLY = Entry(
    "تأیید یا گزارش خسارت پس از پایان قرارداد ممکن است.",
    "No damage is confirmed or reported before the contract ends.",
)
NOTE_NOT_RETURNABLE = Entry(
    "سفته قابل بازگرداندن نیست: {why}.", "The promissory note cannot be returned: {why}."
)
STILL_RUNNING = Entry("قرارداد هنوز جاری است", "the contract is still running")
DAMAGE_CASE_OPEN = Entry(
    "مسئول سمن‌سرا خسارت گزارش کرده و پرونده باز است",
    "the semansara manager reported damage and the case is open",
)
NO_DAMAGE_NOT_CONFIRMED = Entry(
    "مسئول سمن‌سرا هنوز عدم خسارت را تأیید نکرده است",
    "the semansara manager has not yet confirmed there is no damage",
)
NOTE_DEALT_WITH = Entry("سفته پیش‌تر تعیین تکلیف شده است", "the note was dealt with already")
NO_DAMAGE_CASE = Entry("پرونده‌ای برای خسارت باز نیست.", "No damage case is open.")


# --- the registers: semansaras, staff, users, NGOs (registry.py, levels.py) ---------------------

ALREADY_RECORDED_BY = Entry(
    "{what:label} با {field:label} «{value}» از پیش ثبت شده است.",
    "{what:label} with the {field:label} “{value}” is already recorded.",
)
CHANGED_BY = Entry(
    "این رکورد پس از باز کردن شما توسط «{actor}» در {at} تغییر کرده است؛ دوباره باز کنید.",
    "“{actor}” changed this record at {at}, after you opened it; open it again.",
)
CHANGED_BY_SOMEONE = Entry(
    "این رکورد پس از باز کردن شما توسط کاربر دیگری تغییر کرده است؛ دوباره باز کنید.",
    "Another user changed this record after you opened it; open it again.",
)
CLOSES_BEFORE_OPENS = Entry("باید پس از ساعت شروع کار باشد.", "must be after the opening time.")
STAFF_NOT_FOUND = Entry(
    "نیرویی با کد «{code}» پیدا نشد.", "No staff member with the code “{code}” was found."
)
STAFF_RETIRED = Entry("«{name}» بازنشسته یا کنار گذاشته شده است.", "“{name}” has retired or left.")
STAFF_LEFT = Entry("«{name}» پیش‌تر کنار گذاشته شده است.", "“{name}” has left already.")
SPACE_IN_USERNAME = Entry("فاصله نمی‌تواند در نام کاربری باشد.", "a username cannot contain spaces.")
MANAGER_NEEDS_SEMANSARA = Entry(
    "برای مسئول سمن‌سرا باید سمن‌سرا را تعیین کرد.", "a semansara manager needs their semansara."
)
LAST_ADMINISTRATOR = Entry(
    "دست‌کم یک مدیر سامانهٔ فعال باید بماند.", "at least one active system administrator must remain."
)
ISSUER_NOT_LISTED = Entry(
    "«{issuer}» در فهرست مراجع صدور مجوز نیست.",
    "“{issuer}” is not in the list of licensing bodies.",
)
AFTER_TODAY = Entry("نمی‌تواند پس از امروز باشد.", "cannot be after today.")
LICENCE_TAKEN = Entry(
    "شمارهٔ مجوز «{value}» پیش‌تر برای سمن «{name}» ({code}) ثبت شده است.",
    "The licence number “{value}” is already recorded for the NGO “{name}” ({code}).",
)
PROGRAM_IN_FUTURE = Entry(
    "برنامهٔ مستند نمی‌تواند در آینده باشد.", "a documented programme cannot be in the future."
)
OTHER_LEVEL_NEEDS_REASON = Entry(
    "سطح پیشنهادی {level:digits} است؛ برای تعیین سطح دیگر دلیل کتبی لازم است.",
    "The level suggested is {level:digits}; another level needs a written reason.",
)


# --- accounts and passwords (accounts.py, passwords.py, bootstrap.py) -----------------------------

SIGN_IN_WRONG = Entry("نام کاربری یا گذرواژه درست نیست.", "The username or password is wrong.")
LOCKED_UNTIL = Entry(
    "به‌علت چند ورود نادرست، این حساب تا {until:digits} قفل است.",
    "After several failed sign-ins this account is locked until {until:digits}.",
)
ONE_TIME_PASSWORD = Entry(
    "گذرواژهٔ یک‌بار مصرف است؛ گذرواژهٔ تازه‌ای برگزینید و دو بار بنویسید.",
    "the password is for one time only; choose a new password and type it twice.",
)
NEW_SAME_AS_ONE_TIME = Entry(
    "گذرواژهٔ تازه باید با گذرواژهٔ یک‌بار مصرف فرق کند.",
    "the new password must differ from the one-time password.",
)
ADMIN_SETS_OTHERS = Entry(
    "فقط مدیر سامانه گذرواژهٔ دیگران را تغییر می‌دهد.",
    "Only the system administrator changes other people's passwords.",
)
OLD_PASSWORD_WRONG = Entry("گذرواژهٔ فعلی درست نیست.", "the current password is wrong.")
NEW_SAME_AS_OLD = Entry(
    "گذرواژهٔ تازه باید با گذرواژهٔ فعلی فرق کند.",
    "the new password must differ from the current one.",
)
PASSWORD_TOO_SHORT = Entry(
    "دست‌کم {length:digits} نویسه لازم است.", "at least {length:digits} characters are needed."
)
PASSWORD_TOO_LONG = Entry(
    "حداکثر {length:digits} نویسه است.", "at most {length:digits} characters."
)
PASSWORD_REPEATS = Entry(
    "چند نویسهٔ تکراری گذرواژه نیست؛ گذرواژهٔ دیگری برگزینید.",
    "a few repeated characters are no password; choose another.",
)
PASSWORD_COMMON = Entry(
    "این گذرواژه در فهرست گذرواژه‌های رایج است و به‌آسانی حدس زده می‌شود.",
    "this password is on the list of common passwords and is easily guessed.",
)
PASSWORD_HAS_USERNAME = Entry(
    "گذرواژه نباید نام کاربری را در خود داشته باشد.", "the password must not contain the username."
)
ADMINISTRATOR_HAS_PASSWORD = Entry(
    "مدیر سامانه از پیش گذرواژه دارد؛ گذرواژه را از تنظیمات، کاربران تغییر دهید.",
    "The system administrator has a password already; change it in Settings, Users.",
)


# --- the policy's versions (policy_admin.py) ------------------------------------------------------

POLICY_VALUE_PROBLEM = Entry("مقدار «{path}» {why}", "The value “{path}” {why}")
NEEDS_NAMED_VALUES = Entry("باید فهرستی از مقادیر نام‌دار باشد.", "must be a list of named values.")
NOT_A_POLICY_VALUE = Entry("از مقادیر شیوه‌نامه نیست.", "is not one of the policy's values.")
NEEDS_LIST = Entry("باید فهرستی ناتهی باشد.", "must be a list that is not empty.")
NEEDS_COUNT = Entry("باید {count:digits} عدد باشد.", "must be {count:digits} numbers.")
NEEDS_RISING = Entry(
    "باید از کوچک به بزرگ و بی‌تکرار باشد.", "must rise from small to large without repeats."
)
NEEDS_NAMES = Entry("باید فهرستی از نام‌ها باشد.", "must be a list of names.")
NEEDS_TEXTS = Entry("باید فهرستی ناتهی از متن‌ها باشد.", "must be a list of texts, not empty.")
NEEDS_TEXT = Entry("باید متنی ناتهی باشد.", "must be a text, not empty.")
TEMPLATE_SHAPE = Entry(
    "باید نسخه‌ای («version») و فهرستی از ماده‌ها («articles») باشد، هر ماده با عنوان («heading») و"
    " بندها («paragraphs»).",
    "must be a version («version») and a list of articles («articles»), each with a heading"
    " («heading») and paragraphs («paragraphs»).",
)
TEMPLATE_UNKNOWN_FIELD = Entry(
    "جای خالی «{name}» را قرارداد پر نمی‌کند؛ جاهای خالی ممکن: {known}.",
    "the contract does not fill the blank «{name}»; the blanks it fills: {known}.",
)
TEMPLATE_BAD_BRACES = Entry(
    "آکولادهای جای خالی جفت نیستند (متن: «{text}»).",
    "the braces of a blank do not pair (text: «{text}»).",
)
NEEDS_WHOLE_NUMBER = Entry("باید عددی درست و نامنفی باشد.", "must be a whole number, not negative.")
NEEDS_BETWEEN = Entry("باید بین {low} و {high} باشد.", "must be between {low} and {high}.")
NEEDS_LEVELS = Entry("باید فهرستی از سطح‌ها باشد.", "must be a list of levels.")
NOT_A_LEVEL = Entry("سطح نیست؛ سطح‌ها ۱ تا ۴ هستند.", "is not a level; the levels are 1 to 4.")
NEEDS_SERVICES = Entry("باید فهرستی از خدمات باشد.", "must be a list of services.")
NOT_A_SERVICE = Entry("از خدمات شیوه‌نامه نیست.", "is not one of the policy's services.")
NEEDS_CAP = Entry(
    "باید عددی نامنفی یا «unlimited» باشد.", "must be a number, not negative, or “unlimited”."
)
NO_CHANGE = Entry("دست‌کم یک مقدار تغییریافته لازم است.", "at least one changed value is needed.")
UNKNOWN_POLICY_VALUE = Entry(
    "«{key}» از مقادیر شیوه‌نامه نیست.", "“{key}” is not one of the policy's values."
)
APPROVED_AFTER_TODAY = Entry(
    "تاریخ تصویب نمی‌تواند پس از امروز باشد.", "the approval date cannot be after today."
)
BEFORE_LATEST_VERSION = Entry(
    "نمی‌تواند پیش از اجرای نسخهٔ {number:digits} ({effective}) باشد.",
    "cannot be before version {number:digits} takes effect ({effective}).",
)
VERSION_CHANGES_PAST = Entry(
    "نسخهٔ تازه نمی‌تواند گذشته را تغییر دهد.", "A new version cannot change the past."
)


# --- importing NGOs from a file (import_file.py, importer.py) ------------------------------------

FILE_NOT_FOUND = Entry("فایل «{name}» پیدا نشد.", "The file “{name}” was not found.")
FILE_KIND = Entry(
    "فایل «{name}» نه اکسل (xlsx) است نه CSV؛ فایل را با یکی از این دو قالب ذخیره کنید.",
    "The file “{name}” is neither Excel (xlsx) nor CSV; save it in one of these two formats.",
)
FILE_OLD_EXCEL = Entry(
    "فایل «{name}» در قالب قدیمی اکسل (xls) است؛ آن را در اکسل با قالب «xlsx» ذخیره کنید و "
    "دوباره وارد کنید.",
    "The file “{name}” is in the old Excel format (xls); save it in Excel as “xlsx” and import "
    "it again.",
)
FILE_UNREADABLE = Entry(
    "فایل «{name}» خوانده نشد: {detail}", "The file “{name}” could not be read: {detail}"
)
FILE_EMPTY = Entry("فایل «{name}» ردیفی ندارد.", "The file “{name}” has no rows.")
FILE_COLUMNS_MISSING = Entry(
    "این ستون‌های لازم در فایل پیدا نشد: {missing:quoted_label}. سرستون‌های فایل: {found}. نام "
    "سرستون را اصلاح کنید یا نگاشت ستون‌ها را تعیین کنید.",
    "These required columns were not found in the file: {missing:quoted_label}. The file's "
    "headers: {found}. Correct the header names or map the columns.",
)
FILE_BAD_MAPPING = Entry(
    "نگاشت ستون «{header}» به «{target}» نادرست است؛ فیلدهای شناخته: {known}.",
    "Mapping the column “{header}” to “{target}” is wrong; the fields known: {known}.",
)
FILE_HAS_NUL = Entry(
    "فایل «{name}» در خط {line:digits} نویسهٔ تهی (NUL) دارد؛ فایل آسیب دیده است یا متن نیست.",
    "The file “{name}” has a NUL character on line {line:digits}; it is damaged or not text.",
)
FILE_BAD_LINE = Entry(
    "فایل «{name}» در خط {line:digits} خوانده نشد: {detail}",
    "Line {line:digits} of the file “{name}” could not be read: {detail}",
)
FILE_HUGE_CELL = Entry(
    "خانه‌ای بیش از {limit} نویسه دارد؛ فایل را بررسی کنید",
    "a cell has more than {limit} characters; check the file",
)
IMPORT_RACED = Entry(
    "هم‌زمان با این ورود، سمنی با یکی از همین شماره‌های مجوز یا کدها ثبت شد؛ چیزی وارد نشد. "
    "دوباره امتحان کنید.",
    "While this import ran, an NGO with one of the same licence numbers or codes was recorded; "
    "nothing was imported. Try again.",
)


# --- e-mail notices of step ذ (notifications.py) --------------------------------------------------

MAIL_SETTINGS_UNREADABLE = Entry(
    "پرونده تنظیمات «{path}» خوانا نیست: {detail}",
    "The settings file “{path}” cannot be read: {detail}",
)
MAIL_NO_HOST = Entry(
    "نشانی کارساز پست الکترونیک (SMTP) تعیین نشده است.",
    "The e-mail (SMTP) server's address is not set.",
)
MAIL_NO_SENDER = Entry(
    "نشانی پست الکترونیک فرستنده تعیین نشده است.", "The sender's e-mail address is not set."
)
MAIL_BAD_PORT = Entry(
    "درگاه کارساز پست الکترونیک باید عددی بین ۱ و ۶۵۵۳۵ باشد.",
    "The e-mail server's port must be a number from 1 to 65535.",
)
MAIL_PROBLEMS = Entry("{problems:sentences}", "{problems:sentences}")
NOTICE_NOT_FOUND = Entry("اعلان «{id:digits}» پیدا نشد.", "The notice “{id:digits}” was not found.")
NOTICE_ON_PAPER = Entry(
    "اعلان «{id:digits}» چاپی است و با پست الکترونیک فرستاده نمی‌شود.",
    "The notice “{id:digits}” is on paper and is not sent by e-mail.",
)


# --- reports (reports.py) -------------------------------------------------------------------------

REPORTS_OWN_ONLY = Entry(
    "مسئول سمن‌سرا فقط گزارش‌های سمن‌سرای خود را می‌بیند.",
    "A semansara manager sees only their own semansara's reports.",
)
UNKNOWN_REPORT = Entry("گزارش «{name}» شناخته نیست.", "The report “{name}” is not known.")


# --- the machines (machines.py) ------------------------------------------------------------------

REQUEST_HOLDS_PLACE = Entry(
    "درخواست «{ref}» در «{semansara}» جا گرفته است و سمن‌سرایش عوض نمی‌شود؛ برای سمن‌سرای "
    "دیگر، انصراف این درخواست را ثبت کنید.",
    "The request “{ref}” holds a place in “{semansara}” and cannot change semansara; for "
    "another semansara, record this request's withdrawal.",
)
MOVE_TO_SAME = Entry(
    "درخواست «{ref}» هم‌اکنون برای «{semansara}» است.",
    "The request “{ref}” is already for “{semansara}”.",
)
STATE_FORBIDS = Entry(
    "این اقدام در وضعیت «{state:label}» ممکن نیست.",
    "This action is not possible in the state “{state:label}”.",
)


# --- papers (papers.py, paper_issue.py) ----------------------------------------------------------

PAPER_UNKNOWN_KIND = Entry(
    "نوع سند «{kind}» شناخته نیست؛ یکی از این‌ها را بنویسید: {kinds}.",
    "The paper kind “{kind}” is not known; write one of: {kinds}.",
)
PAPER_NO_REQUEST = Entry("درخواست «{ref}» پیدا نشد.", "The request “{ref}” was not found.")
PAPER_NO_CONTRACT_OR_REQUEST = Entry(
    "قرارداد یا درخواست «{ref}» پیدا نشد.", "The contract or request “{ref}” was not found."
)
PAPER_NO_BOOKING = Entry("نوبت «{ref}» پیدا نشد.", "The booking “{ref}” was not found.")
PAPER_NOT_SIGNED_YET = Entry(
    "برای درخواست «{ref}» قراردادی بسته نشده است (وضعیت کنونی: «{state}»)؛ {what} تنها پس از "
    "امضای قرارداد (مرحلهٔ ج) صادر می‌شود.",
    "No contract was signed for the request “{ref}” (now “{state}”); the {what} is issued "
    "only after the contract is signed (step J).",
)
PAPER_WHAT_CONTRACT = Entry("قرارداد", "contract")
PAPER_WHAT_LETTER = Entry("معرفی‌نامه", "introduction letter")
PAPER_WHAT_NOTE_RECEIPT = Entry("رسید سفته", "note receipt")
PAPER_NO_LETTER = Entry(
    "برای قرارداد «{ref}» معرفی‌نامه‌ای ثبت نشده است.",
    "No introduction letter is on record for the contract “{ref}”.",
)
PAPER_NO_NOTE = Entry(
    "برای قرارداد «{ref}» سفته‌ای ثبت نشده است.",
    "No promissory note is on record for the contract “{ref}”.",
)
PAPER_LETTER_AFTER_END = Entry(
    "قرارداد «{ref}» پایان یافته است (وضعیت: «{state}»)؛ معرفی‌نامه تنها در مدت قرارداد صادر می‌شود.",
    "The contract “{ref}” has ended (“{state}”); an introduction letter is issued only while "
    "it runs.",
)
PAPER_NOTE_CLOSED = Entry(
    "سفتهٔ قرارداد «{ref}» دیگر نزد ستاد به امانت نیست (وضعیت: «{state}»)؛ رسید دریافت سفته "
    "صادر نمی‌شود.",
    "The note of the contract “{ref}” is no longer held by HQ (“{state}”); no note receipt is "
    "issued.",
)
PAPER_NOTE_NOT_RETURNED = Entry(
    "سفتهٔ قرارداد «{ref}» هنوز بازگردانده نشده است (وضعیت: «{state}»)؛ رسید بازگرداندن سفته "
    "پس از بازگرداندن آن صادر می‌شود.",
    "The note of the contract “{ref}” has not been returned yet (“{state}”); the return "
    "receipt is issued once it is.",
)
PAPER_NOTICE_NOT_SCHEDULED = Entry(
    "برای نوبت «{ref}» هنوز وقتی تعیین نشده است (وضعیت: «{state}»)؛ اطلاعیهٔ نوبت پس از تعیین "
    "وقت در مرحلهٔ د صادر می‌شود.",
    "The booking “{ref}” has no time yet (“{state}”); its notice is issued once it is "
    "scheduled (step D).",
)
PAPER_NOTICE_NOT_LIVE = Entry(
    "نوبت «{ref}» در وضعیت «{state}» است؛ برای آن اطلاعیهٔ نوبت صادر نمی‌شود.",
    "The booking “{ref}” is “{state}”; no notice is issued for it.",
)
PAPER_NO_EXTENSION = Entry(
    "درخواست تمدید «{ref}» پیدا نشد.", "The extension request “{ref}” was not found."
)
PAPER_EXTENSION_NOT_ACCEPTED = Entry(
    "تمدید «{ref}» پذیرفته نشده است؛ الحاقیه تنها برای تمدید پذیرفته‌شده صادر می‌شود.",
    "The extension “{ref}” was not accepted; an addendum is issued only for an accepted one.",
)
PAPER_UNKNOWN_USER = Entry(
    "کاربر «{user}» پیدا نشد یا غیرفعال است.", "The user “{user}” was not found or is not active."
)
PAPER_SIGNER_NAMELESS = Entry(
    "نام و نام خانوادگی کاربر «{user}» ثبت نشده است؛ سندی که او امضا یا صادر می‌کند نام کامل "
    "امضاکننده را می‌خواهد. مدیر سامانه نام کامل را در حساب کاربری ثبت کند.",
    "The user “{user}” has no full name on record; a paper they sign or issue needs the "
    "signer's full name. The administrator can enter it in the user's account.",
)
PAPER_CODE_UNKNOWN = Entry(
    "کد تصدیق «{code}» در سامانه ثبت نشده است؛ این سند از ستاد صادر نشده است.",
    "The verification code “{code}” is not on record; this paper was not issued by HQ.",
)


# --- numbers and times ---------------------------------------------------------------------------

HOURS = Entry("{hours} ساعت", "{hours} h")
HOURS_AND_MINUTES = Entry("{hours} ساعت و {minutes} دقیقه", "{hours} h {minutes} min")


# --- keys ----------------------------------------------------------------------------------------

ENTRIES: dict[str, Entry] = {}
for _name, _value in list(globals().items()):
    if isinstance(_value, Entry):
        object.__setattr__(_value, "key", _name)
        ENTRIES[_name] = _value
