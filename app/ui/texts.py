"""The interface's Persian text, kept in one place so that it can be reviewed as a whole.

Messages that come from a refusal are the workflow's own (`WorkflowError.message_fa`); this
file holds only what the windows themselves say.
"""

from __future__ import annotations

APP_TITLE = "سمن‌سرا"
APP_SUBTITLE = "سامانهٔ سمن‌سراهای ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران"

# --- pages (the navigation list, in this order; Ctrl+1 … Ctrl+9) ------------------------------
PAGES: dict[str, str] = {
    "home": "خانه",
    "ngos": "سمن‌ها",
    "semansaras": "سمن‌سراها",
    "requests": "درخواست‌ها",
    "bookings": "نوبت‌ها",
    "contracts": "قراردادها",
    "notes": "سفته‌ها",
    "reports": "گزارش‌ها",
    "settings": "تنظیمات",
}
NOT_READY = "این بخش در نسخهٔ بعدی آماده می‌شود."

# --- menus, tool bar, status bar ---------------------------------------------------------------
MENU_FILE = "پرونده"
MENU_GO = "رفتن"
MENU_HELP = "راهنما"
ACTION_QUIT = "خروج"
ACTION_ABOUT = "دربارهٔ سمن‌سرا"
ACTION_FIND = "جست‌وجو"
ACTION_NEW = "مورد جدید"
ACTION_RELOAD = "بازخوانی"
USER_LABEL = "کاربر:"
USER_ITEM = "{name} ({role})"
STATUS_DATABASE = "پایگاه داده: {where}"
POSTGRES_ON = "PostgreSQL روی {host}"
STATUS_TODAY = "امروز: {today}"
ABOUT_TITLE = "دربارهٔ سمن‌سرا"
ABOUT_TEXT = (
    "<p><b>سمن‌سرا</b></p>"
    "<p>سامانهٔ خدمات سمن‌سراهای ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران، "
    "بر پایهٔ «شیوه‌نامه ارائه خدمات سمن‌سرا» مصوب ۱۳۹۹/۰۴/۲۵.</p>"
    "<p>قلم: وزیرمتن (Vazirmatn)، با پروانهٔ SIL Open Font License 1.1.</p>"
)

# --- opening the database ----------------------------------------------------------------------
DB_PROBLEM_TITLE = "پایگاه داده باز نشد"
DB_PROBLEM_TEXT = "پایگاه دادهٔ «{where}» باز نشد."
DB_UNREACHABLE = (
    "به کارساز PostgreSQL دسترسی نیست. اتصال شبکه و روشن بودن کارساز را بررسی کنید، "
    "یا یک پروندهٔ پایگاه دادهٔ محلی (SQLite) برگزینید."
)
DB_UNREADABLE = "این پرونده باز یا خوانده نشد؛ شاید پروندهٔ پایگاه داده نیست یا دسترسی به آن نیست."
DB_TOO_NEW = "برای باز کردن آن، نسخهٔ تازه‌تر برنامه را نصب کنید."
DB_RETRY = "تلاش دوباره"
DB_CHOOSE = "انتخاب پایگاه دادهٔ دیگر"
DB_EXIT = "خروج"
DB_CHOOSE_TITLE = "انتخاب پروندهٔ پایگاه داده"
DB_CHOOSE_FILTER = "پایگاه دادهٔ SQLite (*.sqlite *.db);;همهٔ پرونده‌ها (*)"

# --- screenshot command ------------------------------------------------------------------------
SCREENSHOT_UNKNOWN_PAGE = "صفحهٔ «{page}» شناخته نیست؛ یکی از این‌ها: {pages}"
SCREENSHOT_SAVED = "تصویر ذخیره شد: {path}"
SCREENSHOT_FAILED = "تصویر در «{path}» ذخیره نشد."

# --- shared form words -------------------------------------------------------------------------
SAVE = "ذخیره"
CANCEL = "انصراف"
NEW = "جدید"
EDIT = "ویرایش"
SEARCH_PLACEHOLDER = "جست‌وجو در نام، کد یا شمارهٔ مجوز…"
ROWS_SHOWN = "{shown} از {total} ردیف"
NONE = "—"
NOT_ALLOWED_HINT = "پیش از پر کردن فرم: {message}"
DATABASE_TROUBLE = "ذخیره نشد: پایگاه داده پاسخ نداد ({detail}). دوباره بکوشید."

# --- home --------------------------------------------------------------------------------------
HOME_WELCOME = "به سامانهٔ سمن‌سرا خوش آمدید"
HOME_TODAY = "امروز {weekday}، {day} {month} {year}"
HOME_COUNTS = {
    "ngos": "سمن‌های ثبت‌شده",
    "semansaras": "سمن‌سراها",
    "open_requests": "درخواست‌های باز",
    "running_contracts": "قراردادهای جاری",
}

# --- NGOs --------------------------------------------------------------------------------------
NGO_NEW = "سمن جدید"
NGO_EDIT = "ویرایش"
NGO_DIALOG_NEW = "ثبت سمن جدید"
NGO_DIALOG_EDIT = "ویرایش سمن {code}"
NGO_COLUMNS = (
    "کد",
    "نام",
    "مرجع صدور مجوز",
    "شمارهٔ مجوز",
    "انقضای مجوز",
    "تاریخ تأسیس",
    "اعضا",
    "سطح",
    "منطقه",
)
NGO_EXPIRED_TIP = "مجوز این سمن به پایان رسیده است (R-1.1)."
NGO_SELECT_FIRST = "نخست یک سمن را در فهرست برگزینید."
NGO_SAVED = "سمن «{name}» با کد {code} ثبت شد."
NGO_UPDATED = "تغییرات سمن {code} ذخیره شد."
NGO_UNCHANGED = "چیزی تغییر نکرده بود."

# --- semansaras --------------------------------------------------------------------------------
SEMANSARA_NEW = "سمن‌سرای جدید"
SEMANSARA_EDIT = "ویرایش"
SEMANSARA_DIALOG_NEW = "افزودن سمن‌سرا"
SEMANSARA_DIALOG_EDIT = "ویرایش سمن‌سرای {code}"
SEMANSARA_COLUMNS = (
    "کد",
    "نام",
    "منطقه",
    "میز",
    "اتاق جلسات",
    "اتاق کارگاه",
    "سالن",
    "قفسه",
    "ظرفیت قرارداد",
    "جای خالی",
    "کارکنان",
)
SEMANSARA_SELECT_FIRST = "نخست یک سمن‌سرا را در فهرست برگزینید."
SEMANSARA_SAVED = "سمن‌سرای «{name}» با کد {code} افزوده شد."
SEMANSARA_UPDATED = "تغییرات سمن‌سرای {code} ذخیره شد."
STAFF_OK = "کامل"
STAFF_SHORT = "⚠ کمبود"
STAFF_SHORT_TIP = "کمبود کارکنان: {items} (R-7.1)"
STAFF_SHORT_ITEM = "{count} نفر {kind}"
DETAIL_EMPTY = "یک سمن‌سرا را در فهرست برگزینید تا جزئیات آن این‌جا دیده شود."
DETAIL_HEADER = "{name} — منطقهٔ {district}"
DETAIL_HOURS = "ساعت کار: {opens} تا {closes}"
DETAIL_ADDRESS = "نشانی: {address}"
DETAIL_PHONE = "تلفن: {phone}"
DETAIL_PLACES = "قرارداد جاری: {contracts}، جای نگه‌داشته: {held}، جای خالی: {free} از {total}"
TAB_ROOMS = "اتاق‌ها"
TAB_STAFF = "کارکنان"
TAB_QUEUE = "صف انتظار"
ROOM_COLUMNS = ("نوع", "شماره", "وضعیت")
ROOM_ACTIVE = "فعال"
ROOM_RETIRED = "کنار گذاشته"
STAFF_COLUMNS = ("نام", "نوع", "ساعات کار", "شرح وظایف")
QUEUE_COLUMNS = ("نوبت", "شمارهٔ درخواست", "سمن", "تاریخ ثبت")
QUEUE_EMPTY = "صف انتظار این سمن‌سرا خالی است."
STAFF_ADD = "افزودن کارکن"
STAFF_DIALOG = "افزودن کارکن به {name}"
STAFF_SAVED = "کارکن «{name}» افزوده شد."
