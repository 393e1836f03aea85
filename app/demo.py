"""A realistic demonstration data set, built only through the workflow's actions.

`build_demo` plays about fourteen months of an office's life, ending on the real date today,
with a :class:`FixedClock` that only moves forward: semansaras in the 22 districts with their
staff and managers, NGOs with licences, programs and level assessments, requests through the
eleven steps (and rejected, withdrawn and waiting ones), contracts with extensions, notes,
allocations, business cards and bookings. Every record is made by an action as one of the
office's users, so every rule holds and the audit trail is the real one. Refusals the workflow
raises on the way (a full room, a spent quota) are caught and counted, as at a real desk.

The story is a timetable of events; the same seed and the same day give the same data set.
Some NGOs are given a fixed part in the story (waiting in a full semansara, a contract whose
note is held for damage, a request invited last week …) so that every state of every record
is present at the end, whatever the number of NGOs; the rest follow random but plausible
paths. The build ends by counting the states and refusing to return if one is missing.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from app.db import models as m
from app.db.database import db
from app.workflow import capacity, closed_days, jalali, levels, national_code, timeline
from app.workflow.api import Context, WorkflowError, run
from app.workflow.bootstrap import (
    ADMIN_USERNAME,
    DEMO_MARK,
    STARTER_USERS,
    needs_administrator,
    set_administrator,
)
from app.workflow.clock import FixedClock, SystemClock
from app.workflow.notes import amount_due
from app.workflow.persian import normalise, to_persian_digits

MIN_NGOS = 30
# Told (done, total) as the build goes on: the terminal's bar, the window's progress dialog.
Progress = Callable[[int, int], None]
# Every account of a demonstration database signs in with this password (README.md): a demo
# holds no one's real data. The window's title says «نسخهٔ نمایشی» on such a database.
DEMO_PASSWORD = "namayesh-1405"
# Errors that are not the procedure refusing a step: they stop the build.
NOT_REFUSALS = frozenset({"DB_UNAVAILABLE", "STORAGE_ERROR", "FORBIDDEN_ROLE", "INVALID_INPUT"})
STORY_MONTHS = 14

# fmt: off
# States the finished data set must show (one of each at least).
REQUIRED_STATES: dict[str, tuple[str, ...]] = {
    "requests": ("alef_registered", "be_reviewed", "be_rejected", "pe_referred", "te_waitlisted",
                 "te_capacity_ok", "se_invited", "jim_contracted", "che_letter_to_representative",
                 "he_letter_to_manager", "withdrawn"),
    "contracts": ("active", "extended", "ended", "settled"),
    "notes": ("received", "in_custody", "return_confirmed", "damage_reported", "returned",
              "held"),
    "bookings": ("khe_requested", "dal_scheduled", "zal_issued", "zal_notified", "cancelled",
                 "refused", "expired"),
    "extensions": ("requested", "accepted", "rejected"),
    "allocations": ("active", "released"),
}
_STATE_TABLES = {"requests": m.Request, "contracts": m.Contract, "notes": m.PromissoryNote,
                 "bookings": m.Booking, "extensions": m.Extension, "allocations": m.Allocation}

# --- word lists --------------------------------------------------------------------------------

FIRST_NAMES = (
    "علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "حمید", "سعید", "مجید", "بهروز", "کامران",
    "داوود", "مصطفی", "فرهاد", "جواد", "پیمان", "سیاوش", "بابک", "مریم", "فاطمه", "زهرا",
    "سارا", "نرگس", "لیلا", "مینا", "الهام", "شیرین", "پروانه", "فرشته", "نسرین", "طاهره",
    "سمیرا", "مهسا", "آزاده", "راحله", "سپیده", "منیژه", "هانیه", "رؤیا", "ژاله",
)
LAST_NAMES = (
    "احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "کاظمی",
    "قاسمی", "نوروزی", "هاشمی", "عباسی", "اکبری", "طاهری", "شریفی", "ابراهیمی", "نجفی",
    "یزدانی", "فراهانی", "تهرانی", "کاشانی", "میرزایی", "سلطانی", "زمانی", "بهرامی",
    "قربانی", "خسروی", "امینی", "توکلی", "دهقان", "پورمحمدی", "نیک‌نام", "شجاعی", "فتحی",
    "منصوری", "اصفهانی", "باقری", "ملکی",
)
NGO_KINDS = ("انجمن", "انجمن", "مؤسسهٔ خیریهٔ", "کانون", "جمعیت", "مؤسسهٔ", "بنیاد",
             "گروه داوطلبان")
# (theme, e-mail slug)
THEMES = (
    ("حمایت از کودکان کار", "koodakekar"), ("حامیان محیط زیست", "mohitzist"),
    ("توانمندسازی زنان سرپرست خانوار", "zanan"), ("یاری سالمندان", "salmandan"),
    ("حمایت از کودکان اوتیسم", "autism"), ("پاسداری از میراث فرهنگی", "miras"),
    ("دوستداران کتاب و کتاب‌خوانی", "ketab"), ("حمایت از بیماران سرطانی", "saratan"),
    ("پیشگیری از اعتیاد", "pishgiri"), ("توانبخشی افراد دارای معلولیت", "tavanbakhshi"),
    ("حمایت از حقوق کودک", "haghekoodak"), ("دوستداران حیوانات", "heyvanat"),
    ("آموزش و توانمندسازی نوجوانان", "nojavanan"), ("کارآفرینی جوانان", "karafarini"),
    ("حمایت از زنان آسیب‌دیده", "zananamn"), ("مدیریت پسماند و بازیافت", "bazyaft"),
    ("هوای پاک", "havapak"), ("حمایت از بیماران خاص", "bimaran"),
    ("سلامت روان", "salamatravan"), ("آموزش کودکان بازمانده از تحصیل", "amoozesh"),
    ("حمایت از ناشنوایان", "shenavaei"), ("گردشگری پایدار", "gardeshgari"),
    ("احیای هنرهای سنتی", "honar"), ("امداد و نجات داوطلب", "emdad"),
    ("دوستداران درخت", "derakht"), ("مهارت‌آموزی مددجویان", "maharat"),
    ("ورزش همگانی", "varzesh"), ("حمایت از کودکان بدسرپرست", "hemayat"),
    ("حقوق مصرف‌کنندگان", "masraf"), ("گفت‌وگو و صلح محله", "solh"),
    ("همراهی با سالمندان تنها", "hamrahi"), ("آموزش شهروندی", "shahrvandi"),
)
BRANDS = ("مهرآفرین", "نیک‌اندیشان", "آوای مهر", "همدلان", "رویش", "نوید فردا", "سپیدار",
          "آفتاب", "پرستو", "باران", "ققنوس", "مهرگان", "همراز", "نسیم", "دست‌های مهربان",
          "آسمان آبی", "شکوفه", "بهار", "روشنا", "پیوند")
LATIN_NAMES = ("Green Future", "Hope Bridge", "Tehran Volunteers Network", "Open Hands",
               "Clean Air Tehran", "Little Steps", "Bright Minds", "Silver Years", "Urban Roots",
               "Kind Paws")
NEIGHBOURHOODS = {
    1: ("تجریش", "نیاوران", "دربند", "اوین", "الهیه", "زعفرانیه"),
    2: ("سعادت‌آباد", "شهرک غرب", "گیشا", "طرشت", "شهرآرا", "فرحزاد"),
    3: ("ونک", "جردن", "داوودیه", "قلهک", "ظفر", "امانیه"),
    4: ("تهرانپارس", "مجیدیه", "شمیران‌نو", "حکیمیه", "لویزان", "کوهسار"),
    5: ("پونک", "جنت‌آباد", "اکباتان", "شهران", "کن", "باغ فیض"),
    6: ("یوسف‌آباد", "امیرآباد", "فاطمی", "بهجت‌آباد", "کشاورز", "شیراز"),
    7: ("سهروردی", "نظام‌آباد", "گرگان", "امجدیه", "ارامنه"),
    8: ("نارمک", "وحیدیه", "دردشت", "لشکر"),
    9: ("استاد معین", "فتح", "مهرآباد جنوبی", "شمشیری"),
    10: ("سلسبیل", "هفت‌چنار", "کارون", "جی"),
    11: ("امیریه", "منیریه", "جمهوری", "راه‌آهن"),
    12: ("بازار", "سنگلج", "پامنار", "عودلاجان", "ارگ", "امامزاده یحیی"),
    13: ("پیروزی", "نیروی هوایی", "آشتیانی", "دهقان"),
    14: ("شکوفه", "نبرد", "پرستار", "چهارصد دستگاه"),
    15: ("خاوران", "مسعودیه", "افسریه", "مشیریه"),
    16: ("نازی‌آباد", "جوادیه", "یاخچی‌آباد", "خزانه"),
    17: ("زمزم", "ابوذر", "آذری", "جلیلی"),
    18: ("یافت‌آباد", "شادآباد", "صاحب‌الزمان", "شهرک ولیعصر"),
    19: ("عبدل‌آباد", "نعمت‌آباد", "اسفندیاری", "خانی‌آباد نو"),
    20: ("شهر ری", "دولت‌آباد", "ابن بابویه", "ظهیرآباد"),
    21: ("تهرانسر", "شهرک دانشگاه", "وردآورد", "شهرک غزالی"),
    22: ("چیتگر", "شهرک راه‌آهن", "گلستان", "شهرک دژبان"),
}
STREETS = ("خیابان بهار", "خیابان گلستان", "کوچهٔ نسترن", "خیابان شهید رجایی", "بلوار کشاورز",
           "خیابان آزادی", "کوچهٔ یاس", "خیابان فردوسی", "خیابان سعدی", "بلوار ارغوان")
# Licensing bodies of R-1.1 (policy version 1) with how common each is.
ISSUERS = (("وزارت کشور", 20), ("استانداری تهران", 30), ("وزارت ورزش و جوانان", 6),
           ("اداره کل ورزش و جوانان استان تهران", 10), ("سازمان بهزیستی کشور", 8),
           ("بهزیستی استان تهران", 18), ("نیروی انتظامی جمهوری اسلامی ایران", 3),
           ("نیروی انتظامی تهران بزرگ", 5))
PROGRAM_KINDS = ("کارگاه آموزشی", "همایش سالانهٔ", "دورهٔ مهارت‌آموزی", "جشنوارهٔ محلهٔ",
                 "نشست هم‌اندیشی", "اردوی داوطلبان", "نمایشگاه دستاوردهای", "پویش",
                 "جلسهٔ آموزش خانواده‌ها:")
REJECT_REASONS = (
    "فرم درخواست ناقص است: اساسنامه و آخرین صورت‌جلسهٔ هیئت‌مدیره پیوست نشده است.",
    "نشانی دفتر سمن در فرم با مجوز فعالیت هم‌خوان نیست؛ پس از اصلاح دوباره ثبت کنید.",
    "حوزهٔ فعالیت اعلام‌شده در فرم با مجوز فعالیت سمن هم‌خوانی ندارد.",
)
WITHDRAW_REASONS = (
    "سمن دفتر مستقلی اجاره کرد و از درخواست انصراف داد.",
    "نمایندهٔ سمن تلفنی اعلام کرد فعلاً به فضای سمن‌سرا نیاز ندارد.",
    "هیئت‌مدیرهٔ سمن تصمیم به ادغام با سمن دیگری گرفت.",
)
QUEUE_WITHDRAW = "انتظار در صف طولانی شد؛ سمن درخواست را پس گرفت تا در سمن‌سرای دیگری ثبت کند."
PASS_OVER = ("درخواست‌کنندهٔ نخست صف تا پایان مهلت اعلام‌شده به تماس‌ها پاسخ نداد؛ جای خالی با "
             "تأیید معاون امور مناطق به درخواست بعدی داده شد.")
EXTENSION_REJECTS = ("گزارش عملکرد شش‌ماههٔ سمن ارائه نشد.",
                     "مسئول سمن‌سرا از بهره‌برداری نامنظم و ناقص از فضا گزارش داده است.")
EARLY_ENDS = ("سمن به دفتر مستقل منتقل شد و فسخ قرارداد را درخواست کرد.",
              "مجمع عمومی سمن انحلال آن را تصویب کرد؛ قرارداد به درخواست سمن پایان یافت.")
DAMAGES = ("شکستگی دو صندلی و آسیب به میز اتاق جلسات.",
           "خرابی ویدئوپروژکتور سالن پس از برنامهٔ سمن.",
           "آسیب به دیوار و کف اتاق کارگاه هنگام برپایی نمایشگاه.")
SETTLE_RETURN = "خسارت را سمن جبران کرد و رسید تعمیر ارائه شد؛ سفته بازگردانده می‌شود."
SETTLE_KEEP = "سمن خسارت را در مهلت جبران نکرد؛ سفته برای پیگیری حقوقی ضبط شد."
MAIL_FAILURE = "کارساز نشانی گیرنده «{address}» را نپذیرفت: 550 5.1.1 mailbox unavailable"
CANCEL_REASONS = ("سمن برنامه را به تعویق انداخت.", "شرکت‌کنندگان به حد نصاب نرسیدند.",
                  "مدرس کارگاه بیمار شد و برنامه لغو شد.")
REFUSE_REASONS = ("سالن در این روز برای تعمیر تأسیسات بسته است.",
                  "موضوع برنامهٔ اعلام‌شده با کاربری اتاق هم‌خوان نیست.")
RAISE_REASON = "بازدید میدانی کارشناس نشان داد فعالیت سمن بیش از برنامه‌های مستند ثبت‌شده است."
LOWER_REASON = "مستندات دو برنامهٔ اخیر ناقص است؛ تا تکمیل مستندات سطح پایین‌تر تعیین شد."
LEVEL1_REASON = ("هیئت‌مدیرهٔ سمن در حال تغییر و اساسنامه در دست اصلاح است؛ سمن در مرحلهٔ "
                 "تأسیس شمرده می‌شود.")
# Plausible yearly inflation rates (R-6.2); other years are drawn from 0.30–0.45.
INFLATION = {1399: "0.364", 1400: "0.402", 1401: "0.450", 1402: "0.407", 1403: "0.325",
             1404: "0.384"}
POPULAR = ("S06", "S12")  # small, central, wanted by many: requests wait there
ROOM_HOURS = {"meeting_room": (1.5, 2, 2, 3), "workshop_room": (2, 3, 4), "hall": (2, 3)}
PEOPLE = {"meeting_room": (3, 10), "workshop_room": (8, 25), "hall": (15, 40)}

# fmt: on


@functools.lru_cache(maxsize=4096)
def _jalali(day: dt.date) -> tuple[int, int, int]:
    return jalali.to_jalali(day)


@functools.lru_cache(maxsize=4096)
def _open_day(day: dt.date) -> bool:
    """Semansaras are open unless it is Friday, an official holiday or a closure HQ declared
    (R-2.3: the workflow's own answer)."""
    return closed_days.closed_reason(None, day) is None


def _workday(day: dt.date) -> bool:
    """The headquarters works Saturday to Wednesday, except holidays."""
    return day.weekday() not in (3, 4) and _open_day(day)


def _next_workday(day: dt.date) -> dt.date:
    while not _workday(day):
        day += dt.timedelta(days=1)
    return day


def _add_workdays(day: dt.date, n: int) -> dt.date:
    step = 1 if n >= 0 else -1
    for _ in range(abs(n)):
        day += dt.timedelta(days=step)
        while not _workday(day):
            day += dt.timedelta(days=step)
    return day


def _latin(day: dt.date) -> str:
    return jalali.format_date_latin(day)


def _national_code(n: int) -> str:
    """The `n`-th made-up national code with a right check digit (R-6.5); it takes nothing from
    the story's random numbers."""
    nine = n * 7_919_113 % 10**9
    while True:
        digits = f"{nine:09d}"
        remainder = sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11
        code = digits + str(remainder if remainder < 2 else 11 - remainder)
        if national_code.is_valid(code):
            return code
        nine = (nine + 1) % 10**9


# --- the people of the story ---------------------------------------------------------------------


#: The people in the starter accounts' posts in the demonstration.
DEMO_PEOPLE = {
    "desk": "مریم احمدی",
    "district": "حسن موسوی",
    "empowerment": "نرگس یزدانی",
    "finance": "رضا کاظمی",
}


@dataclass
class _Story:
    """One NGO and its part in the story; `part` names a fixed part ("" for a random one)."""

    index: int
    part: str = ""
    district: int = 1
    attrs: dict[str, Any] = field(default_factory=dict)
    programs: list[tuple[dt.date, int, str]] = field(default_factory=list)
    register_on: dt.date | None = None
    assess: str = "confirm"  # confirm | raise | lower | level1 | none
    fast: bool = False  # fixed parts move one working day a step
    # the request
    submit_on: dt.date | None = None
    house: str = ""  # the semansara asked for ("" = chosen at submission)
    stop: str = ""  # the request state the story stops at
    reject: bool = False  # rejected at step ب for an incomplete form
    withdraw_at: str = ""  # withdraws once the request reaches this state
    patience: int | None = None  # days in a queue before giving up
    renew: bool = False  # an expired licence renewed after a rejection
    # the contract
    extensions: list[str] = field(default_factory=list)  # accept | reject | move | pending
    extension_on: dt.date | None = None
    early_end: dt.date | None = None
    damage: bool = False
    manager_after: int | None = 3  # working days from the end to the manager's word
    finance_after: int | None = 3  # working days from the manager's word to finance
    keep_note: bool = False
    custody: bool = True
    bookings: bool = True
    # what happened
    code: str = ""
    level: int | None = None
    request: str = ""
    contract: str = ""
    ends: dt.date | None = None
    running: bool = False
    served: bool = False  # both letters delivered: services may be booked (خ after ح)


class _Demo:
    def __init__(self, ngos: int, seed: int, today: dt.date, progress: Progress | None = None):
        self.rng = random.Random(seed)
        self.ngos = ngos
        y, mo, _ = jalali.to_jalali(jalali.add_months(today, -STORY_MONTHS))
        self.start = jalali.from_jalali(y, mo, 1)
        self.end = jalali.at(today)  # nothing happens from today on
        self.last_day = _add_workdays(today, -1)
        self.clock = FixedClock(jalali.at(self.start, dt.time(7, 30)))
        self.events: list[tuple[dt.datetime, int, Callable[..., None], tuple]] = []
        self.seq = 0
        self.users: dict[str, m.User] = {}
        self.houses: dict[str, dict[str, Any]] = {}
        self.stories: list[_Story] = []
        self.by_request: dict[str, _Story] = {}
        self.refusals: Counter[str] = Counter()
        self.last_error: WorkflowError | None = None
        self.used_names: set[str] = set()
        self.used_licences: set[int] = set()
        self.used_serials: set[int] = set()
        self.passed_over = 0
        self.booking_days: dict[str, dt.date] = {}
        self.progress = progress
        self.total_days = (self.end.date() - self.start).days

    # --- time ---------------------------------------------------------------------------------

    def at(
        self, day: dt.date, action: Callable[..., None], *args: Any, minute: int | None = None
    ) -> None:
        """Plan `action` on the first working day from `day`, at a time of the office day."""
        day = _next_workday(day)
        if minute is None:
            minute = self.rng.randint(8 * 60 + 30, 15 * 60 + 30)
        self._push(jalali.at(day) + dt.timedelta(minutes=minute), action, args)

    def after(self, low: int, high: int, action: Callable[..., None], *args: Any) -> None:
        """Plan `action` `low`..`high` working days from now (0: later today)."""
        n = self.rng.randint(low, high)
        now = self.clock.now()
        if n == 0:
            when = now + dt.timedelta(minutes=self.rng.randint(5, 90))
            if when.hour < 17 and when.date() == now.date():
                self._push(when, action, args)
                return
            n = 1
        self.at(_add_workdays(now.date(), n), action, *args)

    def before(
        self, ref: str, low: int, high: int, action: Callable[..., None], *args: Any
    ) -> None:
        """Plan `action` as `after` does, but for a working day before booking `ref`'s day:
        the desk does steps د and ذ in time (a booking left at خ or د expires, R-3.6)."""
        day = self.booking_days[ref]
        n = self.rng.randint(low, high)
        while n > 0 and _add_workdays(self.today, n) >= day:
            n -= 1
        self.after(n, n, action, *args)

    def _push(self, when: dt.datetime, action: Callable[..., None], args: tuple) -> None:
        if when < self.end:
            heapq.heappush(self.events, (when, self.seq, action, args))
            self.seq += 1

    def _steps(
        self, story: _Story, low: int, high: int, action: Callable[..., None], *args: Any
    ) -> None:
        """The next step of a request: fixed parts take one working day (or none)."""
        if story.fast:
            low = high = min(low, 1)
        self.after(low, high, action, *args)

    # --- acting -------------------------------------------------------------------------------

    def user(self, username: str) -> m.User:
        if username not in self.users:
            self.users[username] = m.User.get(m.User.username == username)
        return self.users[username]

    def do(self, who: str, action: str, **args: Any) -> dict[str, Any] | None:
        """Take one action as the user `who`; a refusal is counted and gives None."""
        self.clock.advance(dt.timedelta(seconds=self.rng.randint(15, 75)))
        try:
            return run(Context(self.user(who), self.clock), action, **args)
        except WorkflowError as exc:
            if exc.code in NOT_REFUSALS:
                raise  # the database is gone, or the demonstration itself is wrong
            self.last_error = exc
            self.refusals[f"{action}:{exc.code}"] += 1
            return None

    @property
    def today(self) -> dt.date:
        return self.clock.now().date()

    def pick(self, items):  # noqa: ANN001, ANN201 - a shorter rng.choice
        return self.rng.choice(items)

    def person(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"

    # --- the story ------------------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        if m.Semansara.select().exists() or m.Ngo.select().exists():
            raise RuntimeError("the demonstration data set needs a new, empty database")
        self.at(self.start, self.setup, minute=8 * 60)
        self.cast()
        self.at(_add_workdays(self.last_day, -1), self.final_bookings, False, minute=15 * 60)
        self.at(self.last_day, self.final_bookings, True, minute=15 * 60 + 20)
        self.at(_add_workdays(self.last_day, -6), self.forgotten_booking, minute=11 * 60)
        told = -1
        while self.events:
            when, _, action, args = heapq.heappop(self.events)
            if when > self.clock.now():
                self.clock.set(when)
            if self.progress is not None and (done := self.days_done()) != told:
                self.progress(done, self.total_days)
                told = done
            action(*args)
        # R-3.6: what fell due before today is done (bookings of the last afternoon expire);
        # no booking is on today itself, so nothing is left waiting in the past.
        self.clock.set(self.end - dt.timedelta(seconds=1))
        timeline.catch_up(self.clock)
        if self.progress is not None:
            self.progress(self.total_days, self.total_days)
        return self.counts()

    def days_done(self) -> int:
        """Days of the story played so far (the progress shown: the story's clock)."""
        return min(max((self.today - self.start).days, 0), self.total_days)

    def account(self, username: str) -> None:
        """Every account of the demonstration signs in with DEMO_PASSWORD."""
        self.do("admin", "set_password", username=username, password=DEMO_PASSWORD, one_time=False)

    def setup(self) -> None:
        for username, (role, _title) in STARTER_USERS.items():
            # A paper names the person who signs it, not the post (the starter's title).
            name = DEMO_PEOPLE.get(username, _title)
            if not m.User.select().where(m.User.username == username).exists():
                self.do("admin", "add_user", username=username, role=role, full_name=name)
            elif m.User.get(m.User.username == username).full_name != name:
                self.do("admin", "update_user", username=username, full_name=name)
            if username != ADMIN_USERNAME:
                self.account(username)
        short = self.rng.sample([d for d in range(1, 23) if f"S{d:02d}" not in POPULAR], 2)
        for district in range(1, 23):
            code = f"S{district:02d}"
            popular = code in POPULAR
            house = {
                "code": code,
                "district": district,
                "name": f"سمن‌سرای منطقهٔ {to_persian_digits(district)}",
                "desks": self.rng.randint(2, 8),
                "meeting_rooms": 2 if self.rng.random() < 0.3 or popular else 1,
                "workshop_rooms": 1 if self.rng.random() < 0.8 else 0,
                "halls": 1 if self.rng.random() < 0.6 or popular else 0,
                "shelves": self.rng.randint(6, 24),
                "max_contracts": 4 if popular else self.rng.randint(5, 12),
                "opens": self.pick(("08:00", "08:00", "08:00", "07:30", "09:00")),
                "closes": self.pick(("18:00", "18:00", "17:00", "19:00", "20:00")),
                "address": f"تهران، منطقهٔ {to_persian_digits(district)}، "
                f"محلهٔ {self.pick(NEIGHBOURHOODS[district])}، {self.pick(STREETS)}، "
                f"پلاک {to_persian_digits(self.rng.randint(2, 180))}",
                "phone": f"021-{self.rng.randint(22000000, 77999999)}",
            }
            if self.do("admin", "add_semansara", **house) is None:
                continue
            self.houses[code] = house
            self.do(
                "admin",
                "add_user",
                username=f"mgr{district:02d}",
                role="semansara_manager",
                semansara=code,
                full_name=self.person(),
            )
            self.account(f"mgr{district:02d}")
            kinds = ["service", "admin"]
            if district == short[0]:
                kinds = ["admin"]
            elif district == short[1]:
                kinds = ["service"]
            elif self.rng.random() < 0.4:
                kinds.append(self.pick(("service", "admin")))
            for kind in kinds:
                self.do(
                    "district",
                    "add_staff",
                    semansara=code,
                    name=self.person(),
                    kind=kind,
                    hours=self.pick(
                        (
                            "شنبه تا چهارشنبه، ۸ تا ۱۶",
                            "شنبه تا پنجشنبه، ۹ تا ۱۷",
                            "شیفت عصر، ۱۳ تا ۲۰",
                        )
                    ),
                    duties="نظافت، پذیرایی و نگهبانی"
                    if kind == "service"
                    else "امور اداری، هماهنگی نوبت‌ها و بایگانی",
                )
        for year in range(1399, _jalali(self.start)[0]):
            self.set_inflation(year)
        for year in range(_jalali(self.start)[0], _jalali(self.end.date())[0]):
            # The rate of a year is entered on the first working day of the next one.
            self.at(jalali.from_jalali(year + 1, 1, 5), self.set_inflation, year, minute=8 * 60)

    def set_inflation(self, year: int) -> None:
        rate = INFLATION.get(year) or f"{self.rng.uniform(0.30, 0.45):.3f}"
        self.do("finance", "set_inflation", year=year, rate=rate)

    # --- casting: who plays which part ---------------------------------------------------------

    def cast(self) -> None:
        e = self.end.date()
        back = functools.partial(_add_workdays, self.last_day)
        s = self.start
        parts: dict[str, dict[str, Any]] = {
            # requests caught in each step at the end
            "alef": {"submit_on": back(0), "stop": "alef_registered"},
            "be": {"submit_on": back(-1), "stop": "be_reviewed"},
            "pe": {"submit_on": back(-2), "stop": "pe_referred"},
            "te": {"submit_on": back(-4), "stop": "te_capacity_ok"},
            "se": {"submit_on": back(-5), "stop": "se_invited"},
            "jim": {"submit_on": back(-9), "stop": "jim_contracted", "custody": False},
            "che": {"submit_on": back(-10), "stop": "che_letter_to_representative"},
            "rejected_expired": {"submit_on": s + dt.timedelta(days=50)},
            "rejected_level1": {"submit_on": s + dt.timedelta(days=80), "assess": "level1"},
            "withdrawn": {"submit_on": s + dt.timedelta(days=120), "withdraw_at": "be_reviewed"},
            "waiting1": {"submit_on": e - dt.timedelta(days=40), "house": "S06"},
            "waiting2": {"submit_on": e - dt.timedelta(days=18), "house": "S06"},
            # the long tenants of S06: it stays full, so requests wait there
            **{
                f"tenant{i}": {
                    "submit_on": s + dt.timedelta(days=i),
                    "house": "S06",
                    "extensions": ["accept", "accept"],
                }
                for i in range(1, 5)
            },
            # contracts in each state at the end
            "moved": {"submit_on": s + dt.timedelta(days=6), "extensions": ["move", "accept"]},
            "settled": {"submit_on": s + dt.timedelta(days=8)},
            "held": {
                "submit_on": s + dt.timedelta(days=20),
                "damage": True,
                "keep_note": True,
                "manager_after": 4,
                "finance_after": 12,
            },
            "extension_refused": {"submit_on": s + dt.timedelta(days=45), "extensions": ["reject"]},
            "extension_pending": {
                "submit_on": jalali.add_months(e, -5) + dt.timedelta(days=10),
                "extensions": ["pending"],
                "extension_on": back(-1),
            },
            "ended_in_custody": {
                "submit_on": jalali.add_months(e, -4),
                "early_end": back(-2),
                "manager_after": None,
            },
            "no_damage_confirmed": {
                "submit_on": jalali.add_months(e, -5),
                "early_end": back(-10),
                "manager_after": 4,
                "finance_after": None,
            },
            "damage_open": {
                "submit_on": jalali.add_months(e, -5),
                "early_end": back(-12),
                "damage": True,
                "manager_after": 5,
                "finance_after": None,
            },
        }
        fixed = self.rng.sample(range(self.ngos), len(parts))
        by_index = dict(zip(fixed, parts.items(), strict=True))
        import_days = [_add_workdays(s, i) for i in range(10)]
        for index in range(self.ngos):
            story = _Story(index)
            if index in by_index:
                story.part, plan = by_index[index]
                story.fast = True
                for key, value in plan.items():
                    setattr(story, key, value)
                story.register_on = s
            elif self.rng.random() < 0.7:  # the HQ's own register, entered in the first weeks
                story.register_on = self.pick(import_days)
            else:
                story.register_on = s + dt.timedelta(days=self.rng.randint(15, (e - s).days - 3))
            self.imagine(story)
            self.stories.append(story)
            self.at(
                story.register_on, self.register, story, minute=8 * 60 + 45 if story.fast else None
            )

    def imagine(self, story: _Story) -> None:
        """The NGO's particulars, and for a random part its path."""
        rng, reg = self.rng, story.register_on
        fixed = bool(story.part)
        story.district = rng.randint(1, 22)
        place = self.pick(NEIGHBOURHOODS[story.district])
        theme, slug = self.pick(THEMES)
        name = self.ngo_name(theme, place)
        oldest = jalali.from_jalali(1380, 1, 1)
        newest = min(reg, jalali.from_jalali(1404, 12, 29))
        if fixed:
            founded = jalali.from_jalali(
                rng.randint(1385, 1400), rng.randint(1, 12), rng.randint(1, 29)
            )
            members = rng.randint(15, 120)
        else:
            founded = oldest + dt.timedelta(days=rng.randint(0, (newest - oldest).days))
            members = int(
                rng.choice((rng.randint(5, 49), rng.randint(50, 120), rng.randint(121, 400)))
            )
        expired = story.part == "rejected_expired" or (not fixed and rng.random() < 0.06)
        if expired:
            expires = reg - dt.timedelta(days=rng.randint(20, 500))
        else:
            expires = jalali.add_months(max(reg, self.end.date()), rng.randint(8, 48))
        expires = max(expires, founded + dt.timedelta(days=400))
        chief = self.person()
        attrs = {
            "name": name,
            "licence_issuer": rng.choices([i for i, _ in ISSUERS], [w for _, w in ISSUERS])[0],
            "licence_no": self.licence_no(founded),
            "licence_expires": _latin(expires),
            "founded": _latin(founded),
            "members": members,
            "chief": chief,
            "representative": chief if rng.random() < 0.35 else self.person(),
            "chief_national_code": _national_code(2 * story.index + 1),
            "phone": f"09{rng.choice(('12', '12', '19', '35', '36', '10', '01', '21'))}"
            f"{rng.randint(1000000, 9999999)}",
            "district": story.district,
        }
        # R-6.5: the representative's own code (the chief's when the chief represents the NGO)
        attrs["representative_national_code"] = (
            attrs["chief_national_code"]
            if attrs["representative"] == chief
            else _national_code(2 * story.index + 2)
        )
        if rng.random() < 0.4:
            attrs["email"] = f"{slug}.{story.district:02d}{rng.randint(1, 99)}@" + self.pick(
                ("gmail.com", "yahoo.com", "chmail.ir", "ngo.ir")
            )
        story.attrs = attrs
        # documented programs of the last three years: the level's activity criterion
        count = rng.choice((0, 1, 2, 3, 3, 4, 5, 6, 7, 8)) if not fixed else rng.randint(2, 5)
        first = max(founded, jalali.add_months(reg, -36))
        for _ in range(count):
            if (reg - first).days < 2:
                break
            day = first + dt.timedelta(days=rng.randint(0, (reg - first).days - 1))
            people = int(
                rng.choice((rng.randint(10, 49), rng.randint(30, 90), rng.randint(50, 250)))
            )
            story.programs.append((day, people, f"{self.pick(PROGRAM_KINDS)} {theme}"))
        if fixed:
            return
        story.assess = rng.choices(
            ("none", "level1", "raise", "lower", "confirm"), (8, 4, 4, 4, 80)
        )[0]
        wants = {"none": 0.15, "level1": 0.5}.get(story.assess, 0.68)
        if rng.random() >= wants:
            return
        earliest = max(reg + dt.timedelta(days=12), self.start + dt.timedelta(days=14))
        span = (self.end.date() - earliest).days
        if span <= 0:
            return
        story.submit_on = earliest + dt.timedelta(days=rng.randint(0, span - 1))
        roll = rng.random()
        if roll < 0.13:
            story.house = self.pick(POPULAR)
        elif roll < 0.7:
            story.house = f"S{story.district:02d}"
        story.reject = rng.random() < 0.07
        if rng.random() < 0.05:
            story.withdraw_at = self.pick(
                ("alef_registered", "be_reviewed", "pe_referred", "te_capacity_ok", "se_invited")
            )
        story.patience = rng.randint(30, 120) if rng.random() < 0.5 else None
        story.renew = expired and rng.random() < 0.6
        k = rng.choices((0, 1, 2), (40, 35, 25))[0]
        for _ in range(k):
            roll = rng.random()
            story.extensions.append(
                "reject" if roll < 0.07 else "move" if roll < 0.11 else "accept"
            )
            if story.extensions[-1] == "reject":
                break
        if rng.random() < 0.05:
            story.early_end = story.submit_on + dt.timedelta(days=rng.randint(60, 200))
            story.extensions = []
        story.damage = rng.random() < 0.09
        story.keep_note = rng.random() < 0.4
        story.manager_after = rng.randint(1, 8)
        story.finance_after = rng.randint(1, 8) if not story.damage else rng.randint(6, 25)

    def ngo_name(self, theme: str, place: str) -> str:
        rng = self.rng
        for attempt in range(30):
            roll = rng.random()
            if roll < 0.02 and attempt < 3:
                name = self.pick(LATIN_NAMES)
            else:
                kind = self.pick(NGO_KINDS)
                if roll < 0.45:
                    name = f"{kind} {theme} {place}"
                elif roll < 0.7:
                    name = f"{kind} {theme} محلهٔ {place}"
                elif roll < 0.92:
                    name = f"{kind} {theme} «{self.pick(BRANDS)}»"
                else:
                    name = f"{kind} {self.pick(BRANDS)} {place}"
            if normalise(name) not in self.used_names:
                break
        self.used_names.add(normalise(name))
        return name

    def licence_no(self, founded: dt.date) -> str:
        while True:
            number = self.rng.randint(1000, 99999)
            if number not in self.used_licences:
                self.used_licences.add(number)
                break
        year = _jalali(founded)[0] % 100
        style = self.rng.random()
        if style < 0.35:
            return to_persian_digits(f"{number}/{year:02d}")
        if style < 0.7:
            return str(number)
        return f"{year:02d}-{number}"

    # --- registering and assessing ------------------------------------------------------------

    def register(self, story: _Story) -> None:
        out = self.do("desk", "register_ngo", **story.attrs)
        if out is None:
            return
        story.code = out["code"]
        for day, people, title in story.programs:
            self.do(
                "desk",
                "add_program",
                ngo=story.code,
                date=_latin(day),
                participants=people,
                title=title,
            )
        if story.assess != "none":
            if story.fast:
                self.after(0, 0, self.assess, story)
            else:
                self.after(1, 6, self.assess, story)
        elif story.submit_on:
            self.at(story.submit_on, self.submit, story)

    def assess(self, story: _Story) -> None:
        """The empowerment deputy confirms the suggested level, or sets another with a reason."""
        suggested = levels.suggest(m.Ngo.get(m.Ngo.code == story.code), self.today).level
        level, reason = {
            "level1": (1, LEVEL1_REASON),
            "raise": (min(suggested + 1, 4), RAISE_REASON),
            "lower": (max(suggested - 1, 2), LOWER_REASON),
        }.get(story.assess, (suggested, ""))
        if level == suggested:
            out = self.do("empowerment", "assess_level", ngo=story.code)
        else:
            out = self.do("empowerment", "assess_level", ngo=story.code, level=level, reason=reason)
        if out is None:
            return
        story.level = out["level"]
        if story.submit_on:
            self.at(max(story.submit_on, _add_workdays(self.today, 1)), self.submit, story)

    # --- steps الف to ح ------------------------------------------------------------------------

    def choose_house(self, story: _Story, avoid: str = "") -> str:
        """The semansara with the most room, for a part that must not wait."""
        best, best_free = "", -1
        for code in self.houses:
            if code in POPULAR or code == avoid:
                continue
            row = m.Semansara.get(m.Semansara.code == code)
            free = capacity.places(row).free - len(capacity.queue(row))
            if free > best_free:
                best, best_free = code, free
        return best

    def submit(self, story: _Story) -> None:
        house = story.house or (
            self.choose_house(story) if story.part else f"S{self.rng.randint(1, 22):02d}"
        )
        services = ["meeting_room"] if story.level != 1 else []  # R-4.3: level 1 has none
        if story.level == 3:
            services += ["shelf", "desk", "business_cards"]
        elif story.level == 4:
            services = ["desk"]
        out = self.do(
            "desk",
            "submit_request",
            ngo=story.code,
            semansara=house,
            channel=self.pick(("in_person", "in_person", "portal", "portal", "in_person")),
            services=services,
        )
        if out is None:
            return
        story.house, story.request = house, out["ref"]
        self.by_request[story.request] = story
        if not self.halt(story, out["state"]):
            self._steps(story, 1, 3, self.review, story)

    def halt(self, story: _Story, state: str) -> bool:
        """Whether the story's request stops (or is withdrawn) at `state`."""
        if story.withdraw_at == state:
            self._steps(story, 0, 4, self.withdraw, story, self.pick(WITHDRAW_REASONS))
            return True
        return story.stop == state

    def review(self, story: _Story) -> None:
        ref = story.request
        if story.reject:
            self.do(
                "desk",
                "review_request",
                ref=ref,
                decision="reject",
                reason=self.pick(REJECT_REASONS),
            )
            return
        out = self.do("desk", "review_request", ref=ref, decision="accept")
        if out is None:
            # Not eligible (R-1.1, R-4.4, R-4.5): the NGO is told why, in writing (R-3.2).
            if self.last_error is None or self.last_error.code == "OUT_OF_ORDER":
                return
            self.do(
                "desk",
                "review_request",
                ref=ref,
                decision="reject",
                reason=self.last_error.message_fa,
            )
            if story.renew and self.last_error.code == "LICENCE_EXPIRED":
                self.after(10, 30, self.renew_licence, story)
            return
        if not self.halt(story, out["state"]):
            self._steps(story, 0, 2, self.refer, story)

    def renew_licence(self, story: _Story) -> None:
        expires = jalali.add_months(self.today, self.rng.randint(24, 48))
        if self.do("desk", "update_ngo", code=story.code, licence_expires=_latin(expires)):
            story.renew = False
            self.after(2, 10, self.submit, story)

    def refer(self, story: _Story) -> None:
        out = self.do("desk", "refer_request", ref=story.request)
        if out and not self.halt(story, out["state"]):
            self._steps(story, 1, 4, self.check_capacity, story)

    def check_capacity(self, story: _Story) -> None:
        out = self.do("district", "check_capacity", ref=story.request)
        if out is None:
            return
        if out["state"] == "te_waitlisted":
            if story.patience is not None:
                self.at(
                    self.today + dt.timedelta(days=story.patience),
                    self.give_up,
                    story,
                    story.request,
                )
            return
        self.granted(story)

    def granted(self, story: _Story) -> None:
        if not self.halt(story, "te_capacity_ok"):
            self._steps(story, 1, 3, self.invite, story)

    def give_up(self, story: _Story, ref: str) -> None:
        if story.request != ref or m.Request.get(m.Request.ref == ref).state != "te_waitlisted":
            return
        if self.withdraw(story, QUEUE_WITHDRAW) and self.rng.random() < 0.6:
            story.house, story.patience = "", None
            self.after(1, 8, self.submit, story)

    def withdraw(self, story: _Story, reason: str) -> bool:
        out = self.do("desk", "withdraw_request", ref=story.request, reason=reason)
        if out is None:
            return False
        request = m.Request.get(m.Request.ref == story.request)
        if request.state == "withdrawn":
            self.after(1, 2, self.pump, story.house)  # a held place may be free again
        return True

    def invite(self, story: _Story) -> None:
        days = 1 if story.fast and story.stop != "se_invited" else self.rng.randint(2, 6)
        date = _add_workdays(self.today, days)
        out = self.do("district", "invite", ref=story.request, date=_latin(date))
        if out and not self.halt(story, out["state"]):
            self.at(date, self.sign, story)

    def sign(self, story: _Story) -> None:
        due, _ = amount_due(jalali.jalali_year(self.today), self.today)
        amount = due if self.rng.random() < 0.8 else -(-due // 50_000_000) * 50_000_000
        while True:
            serial = self.rng.randint(1_000_000, 9_999_999)
            if serial not in self.used_serials:
                self.used_serials.add(serial)
                break
        serial_text = to_persian_digits(serial) if serial % 2 else str(serial)
        out = self.do(
            "district",
            "sign_contract",
            ref=story.request,
            note_serial=serial_text,
            note_amount=amount,
            starts=_latin(self.today),
        )
        if out is None:
            return
        story.contract, story.running = out["contract"], True
        story.ends = jalali.parse_date(out["ends"])
        if story.custody:
            self._steps(story, 0, 2, self.custody, story)
        self.plan_term(story)

    def letter(self, story: _Story, to: str) -> None:
        out = self.do("district", "deliver_letter", contract=story.contract, to=to)
        if out is None or self.halt(story, out["state"]):
            return
        if to == "representative":
            self._steps(story, 0, 3, self.letter, story, "manager")
            return
        story.served = True
        self.after(0, 2, self.allocate, story)
        if story.bookings and story.level in (2, 3):
            self.after(1, 5, self.booking_round, story)
            self.after(3, 20, self.cards, story)

    def custody(self, story: _Story) -> None:
        """Finance takes the note; then the letters may go (R-6.1)."""
        out = self.do("finance", "take_note_custody", contract=story.contract)
        if out is not None and story.stop != "jim_contracted":
            self._steps(story, 0, 1, self.letter, story, "representative")

    # --- after signing: allocations, cards, bookings ------------------------------------------

    def allocate(self, story: _Story) -> None:
        if not story.running:
            return
        if story.level in (2, 3) and self.rng.random() < 0.7:
            count = 1 if story.level == 2 else self.rng.randint(1, 3)
            self.do("district", "allocate", contract=story.contract, service="shelf", count=count)
        if story.level == 4 or (story.level == 3 and self.rng.random() < 0.5):
            self.do("district", "allocate", contract=story.contract, service="desk", count=1)

    def cards(self, story: _Story) -> None:
        if story.running and self.rng.random() < 0.75:
            self.do(
                "desk",
                "order_business_cards",
                contract=story.contract,
                count=self.rng.choice((200, 300, 500, 500, 1000)),
            )

    def booking_round(self, story: _Story) -> None:
        """The NGO's bookings: now and then in the past months, often in the last weeks (the
        calendar around today is the one people look at)."""
        if not story.running:
            return
        recent = self.today >= self.end.date() - dt.timedelta(days=35)
        for _ in range(2 if recent and self.rng.random() < 0.25 else 1):
            self.book(story)
        if recent:
            self.after(3, 6, self.booking_round, story)
        else:
            self.after(7, 16, self.booking_round, story)

    def book(self, story: _Story, follow: bool = True, on: dt.date | None = None) -> str | None:
        """A booking of the NGO's (`on`: for that day, else one to twelve days ahead)."""
        house = self.houses[story.house]
        services, weights = ["meeting_room"], [60]
        if house["workshop_rooms"]:
            services.append("workshop_room")
            weights.append(28)
        if house["halls"]:
            services.append("hall")
            weights.append(12)
        service = self.rng.choices(services, weights)[0]
        day = on or self.today + dt.timedelta(days=self.rng.randint(1, 12))
        while not _open_day(day) or day == self.end.date():
            day += dt.timedelta(days=1)
        if story.ends is None or day >= story.ends:
            return None
        hours = self.pick(ROOM_HOURS[service])
        opens = int(house["opens"][:2]) + 1
        latest = int(house["closes"][:2]) - hours
        start = jalali.at(day, dt.time(opens)) + dt.timedelta(
            minutes=30 * self.rng.randint(0, max(int((latest - opens) * 2), 0))
        )
        end = start + dt.timedelta(hours=hours)
        low, high = PEOPLE[service]
        people = self.rng.randint(low, high)
        out = self.do(
            "desk",
            "request_booking",
            contract=story.contract,
            service=service,
            date=_latin(day),
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
            people=people,
            channel=self.pick(("phone", "phone", "portal", "phone")),
        )
        if out is None:
            return None
        ref = out["ref"]
        self.booking_days[ref] = day
        if follow:
            roll = self.rng.random()
            if roll < 0.05:
                self.after(0, 1, self.refuse_booking, ref)
            elif roll >= 0.07:  # else forgotten: it expires when its slot starts (R-3.6)
                self.before(ref, 0, 2, self.schedule_booking, ref, roll < 0.16)
        return ref

    def schedule_booking(self, ref: str, cancel_later: bool) -> None:
        if self.do("desk", "schedule_booking", ref=ref):
            self.before(ref, 0, 1, self.notify_booking, ref, cancel_later)

    def notify_booking(self, ref: str, cancel_later: bool) -> None:
        out = self.do("desk", "notify_booking", ref=ref)
        if out:
            self.before(ref, 0, 1, self.deliver_notices, ref)
        if out and cancel_later:
            # The NGO calls to cancel on a working day before the booked day.
            day = m.Booking.get(m.Booking.ref == ref).start_at.date()
            days = [self.today + dt.timedelta(days=n) for n in range(1, (day - self.today).days)]
            days = [d for d in days if _workday(d)]
            if days:
                self.at(self.pick(days), self.cancel_booking, ref)

    def deliver_notices(self, ref: str) -> None:
        """ذ is done when both notices are delivered: the NGO's e-mail goes out (now and then
        the server refuses it and it is printed instead), the manager's is handed over."""
        booking = m.Booking.get(m.Booking.ref == ref)
        for note in booking.notifications.order_by(m.Notification.id):
            if note.channel == "email" and self.rng.random() < 0.1:
                self.do(
                    "desk",
                    "record_delivery",
                    ref=ref,
                    to=note.recipient,
                    sent=False,
                    error=MAIL_FAILURE.format(address=note.address),
                )
                self.after(1, 2, self.hand_over, ref, note.recipient)
            elif note.channel == "email":
                self.do("desk", "record_delivery", ref=ref, to=note.recipient, sent=True)
            else:
                self.hand_over(ref, note.recipient)

    def hand_over(self, ref: str, recipient: str) -> None:
        self.do("desk", "mark_printed", ref=ref, to=recipient)

    def cancel_booking(self, ref: str) -> None:
        self.do("desk", "cancel_booking", ref=ref, reason=self.pick(CANCEL_REASONS))

    def refuse_booking(self, ref: str) -> None:
        self.do("desk", "refuse_booking", ref=ref, reason=self.pick(REFUSE_REASONS))

    def final_bookings(self, last: bool) -> None:
        """This week's calendar: requests of the last days still waiting for steps د and ذ."""
        running = [
            s for s in self.stories if s.running and s.served and s.level in (2, 3) and s.bookings
        ]
        refs = [
            ref
            for s in self.rng.sample(running, min(len(running), 4))
            if (ref := self.book(s, follow=False))
        ]
        if not last:
            for n, ref in enumerate(refs):
                self.at(self.last_day, self.schedule_only, ref, n == 0, minute=15 * 60 + 40)

    def forgotten_booking(self) -> None:
        """A request for the next working day that the desk forgets: its slot passes while
        still at خ, and it expires (R-3.6)."""
        day = _add_workdays(self.today, 1)
        for story in self.stories:
            bookable = story.running and story.served and story.level in (2, 3) and story.bookings
            if bookable and self.book(story, follow=False, on=day):
                return

    def schedule_only(self, ref: str, notify: bool) -> None:
        """Step د; with `notify` also ذ, its notices not yet delivered."""
        if self.do("desk", "schedule_booking", ref=ref) and notify:
            self.do("desk", "notify_booking", ref=ref)

    # --- the term: extensions, end, the note ---------------------------------------------------

    def plan_term(self, story: _Story) -> None:
        if story.extensions:
            deadline = jalali.add_months(story.ends, -1)
            day = story.extension_on or deadline - dt.timedelta(days=self.rng.randint(8, 25))
            self.at(max(day, _add_workdays(self.today, 1)), self.ask_extension, story)
        elif story.early_end and story.early_end < story.ends:
            self.at(
                max(story.early_end, _add_workdays(self.today, 1)),
                self.end_contract,
                story,
                self.pick(EARLY_ENDS),
            )
        else:
            self.at(story.ends, self.end_contract, story, "")

    def ask_extension(self, story: _Story) -> None:
        if not story.running:
            return
        kind = story.extensions[0]
        target = self.choose_house(story, avoid=story.house) if kind == "move" else ""
        out = self.do(
            "desk",
            "request_extension",
            contract=story.contract,
            **({"semansara": target} if target else {}),
        )
        if out is None:
            story.extensions = []
            self.plan_term(story)
            return
        if kind != "pending":
            self._steps(story, 2, 6, self.decide_extension, story, out["ref"], kind, target)

    def decide_extension(self, story: _Story, ref: str, kind: str, target: str) -> None:
        if kind == "reject":
            self.do(
                "district",
                "decide_extension",
                ref=ref,
                decision="reject",
                reason=self.pick(EXTENSION_REJECTS),
            )
            story.extensions = []
        else:
            out = self.do("district", "decide_extension", ref=ref, decision="accept")
            story.extensions.pop(0)
            if out is not None:
                story.ends = jalali.parse_date(out["ends"])
                if target:
                    old, story.house = story.house, target
                    self.after(1, 2, self.pump, old)
                    self.after(0, 3, self.allocate, story)
            else:
                story.extensions = []
        self.plan_term(story)

    def end_contract(self, story: _Story, reason: str) -> None:
        """The contract ends: by the deputy before its term (`reason`), else by time (R-3.6):
        on the day after its last day the program has ended it; the deputy sees it."""
        if not story.running:
            return
        if reason:
            if self.do("district", "end_contract", contract=story.contract, reason=reason) is None:
                return
        else:
            out = self.do("district", "show", ref=story.contract)
            if out is None or out["state"] != "ended":
                return
        story.running = False
        self.after(1, 2, self.pump, story.house)
        if story.manager_after is not None:
            self.after(story.manager_after, story.manager_after, self.manager_word, story)

    def manager_word(self, story: _Story) -> None:
        manager = f"mgr{self.houses[story.house]['district']:02d}"
        if story.damage:
            done = self.do(
                manager, "report_damage", contract=story.contract, description=self.pick(DAMAGES)
            )
        else:
            done = self.do(manager, "confirm_no_damage", contract=story.contract)
        if done and story.finance_after is not None:
            self.after(story.finance_after, story.finance_after, self.finance_word, story)

    def finance_word(self, story: _Story) -> None:
        if not story.damage:
            self.do("finance", "return_note", contract=story.contract)
        elif story.keep_note:
            self.do(
                "finance",
                "settle_damage",
                contract=story.contract,
                outcome="keep",
                reason=SETTLE_KEEP,
            )
        else:
            self.do(
                "finance",
                "settle_damage",
                contract=story.contract,
                outcome="return",
                reason=SETTLE_RETURN,
            )

    # --- the queue (R-3.3) -----------------------------------------------------------------------

    def pump(self, code: str) -> None:
        """A place was freed: the deputy offers it to the earliest waiting request."""
        row = m.Semansara.get(m.Semansara.code == code)
        # those waiting at step ت who may still be served, in the order of R-3.3 (R-3.2)
        waiting = [
            e.request
            for e in capacity.queue(row)
            if e.request is not None
            and e.request.state == "te_waitlisted"
            and e.eligible(self.today)
        ]
        if not waiting or capacity.places(row).free == 0:
            return
        chosen, reason = waiting[0], ""
        if len(waiting) >= 2 and code in POPULAR and self.passed_over < 2:
            chosen, reason = waiting[1], PASS_OVER
        out = self.do(
            "district",
            "check_capacity",
            ref=chosen.ref,
            **({"pass_over_reason": reason} if reason else {}),
        )
        if out is None or out["state"] != "te_capacity_ok":
            return
        self.passed_over += bool(reason)
        story = self.by_request.get(chosen.ref)
        if story is not None:
            self.granted(story)
        self.after(0, 1, self.pump, code)

    # --- the result ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, model in (
            ("semansaras", m.Semansara),
            ("rooms", m.Room),
            ("staff", m.Staff),
            ("users", m.User),
            ("ngos", m.Ngo),
            ("programs", m.Program),
            ("assessments", m.Assessment),
            ("inflation_rates", m.InflationRate),
        ):
            out[name] = model.select().count()
        for level, count in (
            m.Ngo.select(m.Ngo.level, fn.COUNT(m.Ngo.id))
            .group_by(m.Ngo.level)
            .order_by(m.Ngo.level)
            .tuples()
        ):
            out[f"ngos.level{level or '_none'}"] = count
        missing = []
        for table, states in REQUIRED_STATES.items():
            model = _STATE_TABLES[table]
            found = dict(
                model.select(model.state, fn.COUNT(model.id)).group_by(model.state).tuples()
            )
            out[table] = sum(found.values())
            for state in sorted(set(states) | set(found)):
                out[f"{table}.{state}"] = found.get(state, 0)
                if state in states and not found.get(state):
                    missing.append(f"{table}.{state}")
        out["letters_delivered"] = (
            m.IntroductionLetter.select()
            .where(m.IntroductionLetter.delivered_at.is_null(False))
            .count()
        )
        out["business_card_orders"] = m.BusinessCardOrder.select().count()
        out["notifications"] = m.Notification.select().count()
        out["audit_events"] = m.AuditEvent.select().count()
        out["refusals"] = sum(self.refusals.values())
        if missing:
            raise AssertionError("the demonstration data set lacks: " + ", ".join(missing))
        return out


def build_demo(
    ngos: int = 300, seed: int = 1405, progress: Progress | None = None
) -> dict[str, int]:
    """Fill the open, initialised, empty database with about fourteen months of the office's
    life up to today; return how many records of each kind and state it holds. `progress`
    is told (days played, days of the story) as the story's clock moves.

    The whole story is one transaction: each action still runs in its own (a savepoint
    inside it), so a refusal undoes only its call, but nothing is committed, and no other
    desk sees a half-built office, until the data set is complete; a build that stops
    leaves the database empty."""
    if ngos < MIN_NGOS:
        raise ValueError(f"the demonstration needs at least {MIN_NGOS} NGOs")
    demo = _Demo(ngos, seed, dt.date.today(), progress)
    with db.atomic():
        if needs_administrator():
            set_administrator(DEMO_PASSWORD, demo.clock.now())
        counts = demo.run()
        m.DatabaseMark.insert(
            name=DEMO_MARK, value=f"seed={seed} ngos={ngos}", written_at=SystemClock().now()
        ).on_conflict_ignore().execute()
    return counts
