"""The interface's Persian text, kept in one place so that it can be reviewed as a whole.

Messages that come from a refusal are the workflow's own (`WorkflowError.message_fa`); this
file holds only what the windows themselves say.
"""

from __future__ import annotations

APP_TITLE = "سمن‌سرا"
APP_TITLE_DEMO = "سمن‌سرا — نسخهٔ نمایشی"
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
# The window waits on the database (`app.ui.database_thread`): the status bar, and the banner
# while the link is lost.
DATABASE_WAITING = "در انتظار پایگاه داده…"
CONNECTION_LOST = "ارتباط با پایگاه داده قطع شده است؛ تلاش دوباره تا {seconds} ثانیهٔ دیگر…"
CONNECTION_TRYING = "ارتباط با پایگاه داده قطع شده است؛ در حال تلاش دوباره…"
CONNECTION_RETRY_NOW = "تلاش اکنون"
CONNECTION_GIVE_UP = "لغو"
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
DB_NOT_A_DATABASE = (
    "این نه نشانی PostgreSQL (postgresql://…) است نه پروندهٔ SQLite با پسوند ‎.sqlite‎ یا ‎.db‎؛ "
    "پایگاه دادهٔ دیگری برگزینید."
)
DB_IN_USE = "پایگاه داده در دست برنامهٔ دیگری است؛ آن برنامه را ببندید و دوباره تلاش کنید."
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

# === sign-in, home worklist, requests (steps الف–ح), level assessment ===========================

# --- sign-in and the signed-in person ----------------------------------------------------------
SIGN_IN_TITLE = "ورود به سمن‌سرا"
SIGN_IN_HEADING = "ورود به سامانهٔ سمن‌سرا"
SIGN_IN_USERNAME = "نام کاربری:"
SIGN_IN_PASSWORD = "گذرواژه:"
SIGN_IN_BUTTON = "ورود"
SIGN_IN_NEW_PASSWORD = "گذرواژهٔ تازه:"
SIGN_IN_NEW_AGAIN = "گذرواژهٔ تازه، دوباره:"
SIGN_IN_NEW_HINT = (
    "گذرواژهٔ شما یک‌بار مصرف است: گذرواژهٔ تازه‌ای (دست‌کم {length} نویسه) برگزینید و دو بار بنویسید."
)
SIGN_IN_NEW_DIFFER = "دو گذرواژهٔ تازه یکی نیستند؛ هر دو را دوباره بنویسید."
SIGN_IN_NO_ADMIN = (
    "هیچ مدیر سامانه‌ای گذرواژه ندارد؛ در رایانهٔ پایگاه داده «semansara init» را اجرا کنید."
)
FIRST_START_TITLE = "نخستین اجرای سمن‌سرا"
FIRST_START_HEADING = "پایگاه دادهٔ تازه: گذرواژهٔ مدیر سامانه"
FIRST_START_TEXT = (
    "این پایگاه داده تازه ساخته می‌شود. گذرواژهٔ مدیر سامانه (نام کاربری «{username}») را "
    "برگزینید و دو بار بنویسید؛ دیگر حساب‌ها تا مدیر سامانه برایشان گذرواژه تعیین نکند "
    "غیرفعال می‌مانند."
)
FIRST_START_BUTTON = "ساختن و ورود"
SIGN_IN_DATABASE_TROUBLE = "ورود ممکن نشد: پایگاه داده پاسخ نداد ({detail}). دوباره بکوشید."
SIGN_OUT = "خروج از حساب"
SIGNED_IN_AS = "کاربر: {user}"
SCREENSHOT_UNKNOWN_USER = "کاربر فعالی با نام کاربری «{username}» نیست."
SCREENSHOT_NOT_CURRENT = (
    "این پایگاه داده تازه است یا به نسخهٔ این برنامه ارتقا نیافته؛ تصویر چیزی در آن نمی‌نویسد: "
    "نخست «semansara init» را اجرا کنید."
)

# --- home: worklist and reminders --------------------------------------------------------------
HOME_WELCOME_USER = "{name}، خوش آمدید"
HOME_OPEN_HINT = "با دوبار کلیک (یا Enter) روی یک ردیف، پروندهٔ آن باز می‌شود."
WORK_TITLE = "کارهای در انتظار شما ({role}): {count}"
WORK_COLUMNS = ("کار", "موضوع", "از تاریخ", "قاعده")
LIST_SEPARATOR = "، "  # between the names of a list in a sentence
WORK_EMPTY = "کاری در انتظار شما نیست."
WORK_STEP_TIP = "مرحلهٔ {step}"
WORK_KINDS = {
    "review_request": "بررسی فرم درخواست (ب)",
    "refer_request": "معرفی به معاونت امور مناطق (پ)",
    "check_capacity": "بررسی ظرفیت (ت)",
    "invite": "دعوت برای قرارداد (ث)",
    "sign_contract": "عقد قرارداد (ج)",
    "deliver_letter": "تحویل معرفی‌نامه (چ، ح)",
    "schedule_booking": "تنظیم وقت نوبت (د)",
    "notify_booking": "اطلاع‌رسانی نوبت (ذ)",
    "deliver_notice": "اعلان‌های ارسال‌نشده (ذ)",
    "licence_expired": "مجوز منقضی",
    "release_allocation": "آزادسازی تخصیص (کاهش سطح)",
    "contract_ending": "پایان قرارداد",
    "decide_extension": "تصمیم دربارهٔ تمدید",
    "take_note_custody": "تحویل سفته به امانت",
    "return_note": "بازگرداندن سفته",
    "settle_damage": "رسیدگی به خسارت",
    "confirm_no_damage": "تأیید عدم خسارت",
    "staff_short": "کمبود کارکنان",
    "assess_level": "تعیین سطح",
    "set_inflation": "ثبت نرخ تورم",
    "review_policy": "بازبینی شیوه‌نامه",
}
REMINDERS_TITLE = "یادآوری‌ها: {count}"
REMINDER_COLUMNS = ("یادآوری", "موضوع", "تاریخ", "قاعده")
REMINDERS_EMPTY = "یادآوری‌ای برای امروز نیست."

# --- a semansara manager's week on the home page ---------------------------------------------
WEEK_TITLE = "هفتهٔ {name}، {first} تا {last}: {count} نوبت"
WEEK_COLUMNS = ("روز", "ساعت", "اتاق", "سمن", "وضعیت", "شمارهٔ نوبت")
WEEK_CLOSED = "تعطیل: {reason}"
WEEK_CAPACITY = "جای خالی: {free} از {total} · در صف انتظار: {queue} · اتاق‌ها: {rooms}"
WEEK_ROOMS_ONE = "{kind} {count}"
WEEK_LETTERS = "معرفی‌نامه‌های در راه برای شما ({count}): {names}"
WEEK_LETTER = "{ngo} ({contract})"
WEEK_NO_LETTERS = "معرفی‌نامه‌ای در راه نیست."
WEEK_PRINT = "چاپ هفته"
WEEK_PRINT_TITLE = "هفتهٔ سمن‌سرا"
REMIND_POLICY = "بازبینی شیوه‌نامه"
REMIND_POLICY_TEXT = "بازبینی سه‌ماههٔ شیوه‌نامه سررسیده است."
REMIND_ENDING = "پایان قرارداد"
REMIND_ENDING_TEXT = "قرارداد {ngo} در {semansara} به پایان می‌رسد"
REMIND_DEADLINE = "مهلت تمدید"
REMIND_DEADLINE_TEXT = "آخرین روز درخواست تمدید {ngo} در {semansara}"
REMIND_NOTE = "سفتهٔ در انتظار"
REMIND_NOTE_TEXT = {
    "received": "سفتهٔ {serial} از {ngo} هنوز به امانت مالی سپرده نشده است",
    "return_confirmed": "سفتهٔ {serial} از {ngo} آمادهٔ بازگرداندن است",
    "damage_reported": "برای سفتهٔ {serial} از {ngo} خسارت گزارش شده و پرونده باز است",
}

# --- requests: the list ------------------------------------------------------------------------
REQUEST_COLUMNS = ("شماره", "سمن", "سمن‌سرا", "شیوهٔ درخواست", "تاریخ ثبت", "مرحله و وضعیت")
REQUEST_SEARCH_PLACEHOLDER = "جست‌وجو در شمارهٔ درخواست، کد یا نام سمن…"
REQUEST_ALL_STEPS = "همهٔ مرحله‌ها"
REQUEST_OPEN_STEPS = "درخواست‌های باز"
REQUEST_ALL_SEMANSARAS = "همهٔ سمن‌سراها"
REQUEST_NEW = "درخواست جدید"
REQUEST_SAVED = "درخواست {ref} ثبت شد."

# --- requests: one request ---------------------------------------------------------------------
REQUEST_DETAIL_EMPTY = "یک درخواست را در فهرست برگزینید تا جزئیات آن این‌جا دیده شود."
REQUEST_DETAIL_TITLE = "درخواست {ref} — {ngo}"
REQUEST_FACTS = {
    "ngo": "سمن:",
    "semansara": "سمن‌سرا:",
    "channel": "شیوهٔ درخواست:",
    "registered": "ثبت:",
    "services": "خدمات درخواستی:",
    "step": "مرحلهٔ کنونی:",
    "queue": "نوبت در صف:",
    "invited": "دعوت برای:",
    "contract": "قرارداد:",
    "reason": "دلیل رد:",
    "withdraw_reason": "دلیل انصراف:",
    "pass_over": "دلیل عبور از نوبت:",
}
REQUEST_NGO_FACT = "{name} ({code})، سطح {level}، مجوز تا {expires}"
REQUEST_REGISTERED_FACT = "{at}، به دست {by}"
REQUEST_QUEUE_FACT = "نفر {position} در صف {semansara}"
REQUEST_CONTRACT_FACT = "{ref}، از {starts} تا {ends}"
REQUEST_ACTIONS = "اقدام‌های شما"
REQUEST_NEXT_BY = "گام بعدی با: {roles}"
REQUEST_FINISHED = "این درخواست به پایان رسیده است."
REQUEST_SHOW_NGO = "پروندهٔ سمن"
TAB_TIMELINE = "سابقه"
TAB_PROCESS_MAP = "جایگاه در نقشهٔ فرایند"
TIMELINE_COLUMNS = ("زمان", "کاربر", "نقش", "مرحله", "تصمیم", "دلیل")
TIMELINE_OBJECTS = {"contract": "قرارداد", "note": "سفته"}
DECISION_NAMES = {
    "registered": "ثبت درخواست",
    "accept": "پذیرش",
    "reject": "رد",
    "referred": "معرفی به معاونت امور مناطق",
    "capacity_ok": "ظرفیت تأیید شد",
    "waitlisted": "در صف انتظار",
    "still_waiting": "همچنان در صف",
    "invited": "دعوت برای عقد قرارداد",
    "signed": "قرارداد بسته و معرفی‌نامه صادر شد",
    "delivered": "معرفی‌نامه تحویل شد",
    "withdrawn": "انصراف سمن",
    "custody": "سپرده به امانت مالی",
    "no_damage": "عدم خسارت تأیید شد",
    "damage": "خسارت گزارش شد",
    "returned": "بازگردانده شد",
    "return": "بازگردانده شد",
    "keep": "ضبط شد",
    "ended": "پایان یافت",
    "extension_requested": "درخواست تمدید",
    "extension_accept": "تمدید پذیرفته شد",
    "extension_reject": "تمدید رد شد",
    "moved": "انتقال به سمن‌سرای دیگر",
    "ended_by_time": "پایان مدت قرارداد (خودکار)",
    "allocation_released": "تخصیص آزاد شد",
    "allocated": "تخصیص داده شد",
    "cards_ordered": "سفارش کارت ویزیت",
}
ACTION_NAMES = {
    "submit_request": "ثبت درخواست",
    "review_request": "بررسی درخواست",
    "refer_request": "معرفی",
    "check_capacity": "بررسی ظرفیت",
    "invite": "دعوت",
    "sign_contract": "عقد قرارداد",
    "deliver_letter": "تحویل معرفی‌نامه",
    "withdraw_request": "انصراف سمن",
}
PRINT_LABEL = "چاپ:"
PRINT_REQUEST_FORM = "فرم درخواست"
PRINT_CONTRACT = "قرارداد"
PRINT_LETTER = "معرفی‌نامه"
PRINT_LETTER_COPIES = {
    "letter-representative": "نسخهٔ نمایندهٔ رسمی سمن",
    "letter-manager": "نسخهٔ مسئول سمن‌سرا",
}

# --- requests: the forms of the steps ----------------------------------------------------------
RECORD = "ثبت"
CHOOSE = "انتخاب کنید"
REQUEST_FORM_SUMMARY = "درخواست {ref}: {ngo} ← {semansara}"
REQUEST_NEW_TITLE = "ثبت درخواست جدید (الف)"
CHOICE_TEXT = "{name} — جای خالی: {free}، در صف: {waiting}"
CHOICE_SUGGESTED = "{text} (پیشنهادی)"
CHOICE_HINT = (
    "پیشنهاد، نزدیک‌ترین سمن‌سرای دارای جای خالی است (نخست در منطقهٔ خود سمن)؛ "
    "می‌توانید سمن‌سرای دیگری برگزینید."
)
CHOICE_NONE_WITH_ROOM = "هیچ سمن‌سرایی اکنون جای خالی ندارد؛ درخواست در صف سمن‌سرای برگزیده می‌ماند."
MOVE_TITLE = "انتقال درخواست {ref} به سمن‌سرای دیگر"
MOVE_NOTE = "درخواست زمان ثبت خود را نگه می‌دارد و در صف سمن‌سرای تازه به همان ترتیب می‌ایستد."
REQUEST_NEW_NOTE = "سمن را با جست‌وجو بیابید و در جدول برگزینید؛ خدمات درخواستی اختیاری است."
REQUEST_CHOOSE_FIRST = "«{field}» را برگزینید."
REVIEW_TITLE = "بررسی درخواست {ref} (ب)"
REVIEW_ACCEPT = "پذیرش"
REVIEW_REJECT = "رد"
REVIEW_REASON_NOTE = "برای رد درخواست، دلیل کتبی لازم است و به سمن اعلام می‌شود (R-3.2)."
REFER_TITLE = "معرفی درخواست {ref} به معاونت امور مناطق (پ)"
REFER_NOTE = "درخواست پذیرفته‌شده برای بررسی ظرفیت به معاونت امور مناطق فرستاده می‌شود."
CAPACITY_TITLE = "بررسی ظرفیت سمن‌سرا برای درخواست {ref} (ت)"
CAPACITY_FACTS = "جای خالی: {free} از {total}؛ درخواست‌های زودتر در صف: {ahead}"
CAPACITY_NOTE = (
    "اگر جا نباشد، درخواست به ترتیب ثبت در صف انتظار می‌ماند. واگذاری جا پیش از "
    "درخواست‌های زودتر در صف، دلیل کتبی لازم دارد (R-3.3)."
)
INVITE_TITLE = "دعوت برای عقد قرارداد، درخواست {ref} (ث)"
INVITE_DATE = "تاریخ دعوت"
INVITE_NOTE = "سمن برای امضای قرارداد اجارهٔ شش‌ماهه در این تاریخ دعوت می‌شود."
SIGN_TITLE = "عقد قرارداد و دریافت سفته، درخواست {ref} (ج)"
SIGN_CONTRACT_REF = "شمارهٔ قرارداد"
SIGN_CONTRACT_AUTO = "خالی بگذارید تا خودکار داده شود"
SIGN_NOTE_AMOUNT = "مبلغ سفته (ریال)"
SIGN_DUE = "مبلغ سفتهٔ سال {year}: {amount} ({words}) (R-6.2)"
SIGN_INFLATION_MISSING = "⚠ نرخ تورم سال‌های {years} ثبت نشده و صفر شمرده شده است (R-6.2)."
DELIVER_TITLE = {
    "representative": "تحویل معرفی‌نامه به نمایندهٔ رسمی سمن، درخواست {ref} (چ)",
    "manager": "تحویل معرفی‌نامه به مسئول سمن‌سرا، درخواست {ref} (ح)",
}
DELIVER_FACTS = "معرفی‌نامهٔ {serial} (قرارداد {contract}) به {recipient} تحویل می‌شود."
DELIVER_REPRESENTATIVE = "نمایندهٔ رسمی سمن"
DELIVER_MANAGER = "مسئول {semansara}"
WITHDRAW_TITLE = "ثبت انصراف سمن از درخواست {ref}"

# --- NGOs: programs and level assessments (R-4.5) ----------------------------------------------
NGO_DETAIL_EMPTY = "یک سمن را در فهرست برگزینید تا برنامه‌ها و ارزیابی‌های سطح آن دیده شود."
NGO_DETAIL_TITLE = "{name} ({code})"
NGO_DETAIL_FACTS = "سطح: {level}؛ مجوز از {issuer} تا {expires}؛ تأسیس: {founded}؛ اعضا: {members}"
NGO_NOT_ASSESSED = "تعیین نشده"
TAB_PROGRAMS = "برنامه‌های مستند"
TAB_ASSESSMENTS = "ارزیابی‌های سطح"
PROGRAM_COLUMNS = ("تاریخ", "عنوان", "شرکت‌کنندگان")
PROGRAM_ADD = "افزودن برنامه"
PROGRAM_TITLE = "افزودن برنامهٔ مستند {name}"
ASSESSMENT_COLUMNS = (
    "زمان",
    "ارزیاب",
    "سطح سابقه",
    "سطح اعضا",
    "سطح فعالیت",
    "پیشنهادی",
    "تعیین‌شده",
    "دلیل",
    "شواهد",
)
ASSESS_BUTTON = "ارزیابی سطح"
ASSESS_TITLE = "ارزیابی سطح توان‌افزایی {name} (R-4.5)"
ASSESS_CRITERIA_COLUMNS = ("معیار", "شواهد", "سطح")
ASSESS_YEARS = "سابقهٔ فعالیت"
ASSESS_YEARS_VALUE = "{years} سال از تأسیس ({founded})"
ASSESS_MEMBERS = "اعضا"
ASSESS_MEMBERS_VALUE = "{members} نفر"
ASSESS_ACTIVITY_TITLE = "فعالیت"
ASSESS_ACTIVITY = (
    "در {years3} سال اخیر {n3} برنامه با دست‌کم {p3} نفر و {b3} برنامه با دست‌کم {bp3} نفر؛ "
    "در {years4} سال اخیر {n4} برنامه با دست‌کم {p4} نفر و {b4} برنامه با دست‌کم {bp4} نفر"
)
ASSESS_EVIDENCE = "سابقه {years} سال؛ {members} عضو؛ {activity}"
ASSESS_SUGGESTED = "سطح پیشنهادی (کمترین سطح سه معیار): {level}"
ASSESS_CURRENT = "سطح کنونی: {level}"
ASSESS_REASON = "دلیل (برای سطحی جز پیشنهادی لازم است)"
ASSESS_CONFIRM = "تأیید سطح پیشنهادی"
ASSESS_SET_OTHER = "ثبت سطح دیگر"
ASSESS_OVERRIDDEN_TIP = "سطحی جز سطح پیشنهادی، با دلیل کتبی"
LEVEL_NAMES = {1: "۱ (در حال تأسیس)", 2: "۲", 3: "۳", 4: "۴"}
ACTION_REFUSED = "«{label}»: {why}"

# --- settings and print preview (pages/settings.py, forms/settings_*.py, print_preview.py) -----
SETTINGS_TABS = {
    "policy": "نسخه‌های شیوه‌نامه",
    "inflation": "جدول تورم",
    "closed_days": "روزهای تعطیل",
    "users": "کاربران و نقش‌ها",
    "database": "اتصال پایگاه داده",
    "backup": "پشتیبان‌گیری",
    "language": "زبان برنامه",
    "mail": "پست الکترونیک",
    "account": "حساب من",
}
SETTINGS_ADMIN_ONLY = (
    "تنظیمات را فقط مدیر سامانه تغییر می‌دهد، جز زبان برنامه و گذرواژه که هر کاربر برای خود "
    "برمی‌گزیند. "
    "برای تغییر شیوه‌نامه، کاربران یا پایگاه داده با مدیر سامانه هماهنگ کنید."
)
SETTINGS_FINANCE_NOTE = (
    "نرخ تورم سالانه را معاونت مالی ثبت می‌کند (R-6.2)؛ دیگر تنظیمات را فقط مدیر سامانه "
    "تغییر می‌دهد، جز زبان برنامه که هر کاربر برای خود برمی‌گزیند."
)

# interface language (forms/settings_language.py, app/ui/i18n.py)
LANGUAGE_LABEL = "زبان برنامه"
LANGUAGE_CURRENT = "زبان کنونی برنامه: {language}"
LANGUAGE_EXPLAIN = (
    "زبان برنامه را هر کاربر برای خود برمی‌گزیند؛ در پروندهٔ تنظیمات همین کاربر روی همین "
    "رایانه نگه داشته می‌شود و از اجرای دوبارهٔ برنامه به کار می‌رود. اسناد چاپی و پیام‌های "
    "شیوه‌نامه همیشه فارسی‌اند و تاریخ‌ها در هر دو زبان خورشیدی است."
)
LANGUAGE_ENV_WINS = (
    "متغیر محیطی SEMANSARA_LANG تعیین شده است و در آغاز برنامه بر این تنظیم مقدم است "
    "(همچنین گزینهٔ \u2066--lang\u2069 در خط فرمان)."
)
LANGUAGE_SAVED = "ذخیره شد. زبان پس از اجرای دوبارهٔ برنامه تغییر می‌کند."
LANGUAGE_UNCHANGED = "این زبان هم‌اکنون زبان برنامه است."

# policy versions
POLICY_COLUMNS = ("نسخه", "تاریخ اجرا", "تاریخ تصویب", "ثبت‌کننده", "وضعیت", "دلیل")
POLICY_IN_FORCE = "در اجرا"
POLICY_UPCOMING = "اجرا از {date}"
POLICY_PAST = "پیشین"
POLICY_NEW = "نسخهٔ جدید"
POLICY_REVIEW_DUE = (
    "⚠ بازنگری شیوه‌نامه سررسیده است: از آخرین نسخه (شمارهٔ {number}، مصوب {approved}، "
    "اجرا از {effective}) بیش از {months} ماه گذشته است (R-8.1)."
)
POLICY_REVIEW_OK = (
    "آخرین نسخه: شمارهٔ {number}، مصوب {approved}، اجرا از {effective}. شیوه‌نامه هر "
    "{months} ماه یک بار بازنگری می‌شود (R-8.1)."
)
POLICY_VALUES_OF = "مقادیر نسخهٔ {number} (اجرا از {date})"
POLICY_CHANGED_LEGEND = (
    "مقادیر پررنگ در این نسخه نسبت به نسخهٔ پیشین تغییر کرده‌اند؛ مقدار پیشین در راهنمای آن است."
)
POLICY_BEFORE = "در نسخهٔ پیشین: {value}"
POLICY_DIALOG = "نسخهٔ جدید شیوه‌نامه (R-8.1)"
POLICY_EFFECTIVE = "تاریخ اجرا"
POLICY_REASON = "دلیل (شمارهٔ مصوبه)"
POLICY_DIALOG_HINT = (
    "فقط مقادیری که تغییر می‌دهید در نسخهٔ تازه ثبت می‌شوند؛ بقیه همان مقادیر نسخهٔ {number} "
    "می‌مانند. نسخهٔ تازه از تاریخ اجرایش به کار می‌رود و گذشته را تغییر نمی‌دهد."
)
POLICY_SAVED = "نسخهٔ {number} ثبت شد؛ از {date} اجرا می‌شود."
POLICY_BAD_CELL = (
    "خانهٔ «{level}، {service}» در جدول سطوح درست نیست: «{text}». عدد، «نامحدود» یا خالی "
    "(این خدمت به این سطح داده نمی‌شود) بنویسید."
)
POLICY_BODIES_HINT = "هر مرجع در یک سطر"
POLICY_TAB_VALUES = "مقادیر"
POLICY_TAB_TEMPLATE = "متن قرارداد"
POLICY_TEMPLATE_VERSION = "نام نسخهٔ متن"
POLICY_TEMPLATE_HINT = (
    "هر ماده با سطری آغاز می‌شود که با «#» و عنوان ماده شروع شود؛ هر سطر دیگر یک بند است. "
    "متن تازه را با نام نسخهٔ تازه ثبت کنید؛ قراردادی که پیش‌تر امضا شده با متن روز امضای خود "
    "چاپ می‌شود."
)
POLICY_TEMPLATE_BLANKS = "جاهای خالی که قرارداد پر می‌کند: {blanks}"
POLICY_GRID_HINT = (
    "در هر خانه عدد، «نامحدود» یا خالی بنویسید؛ خانهٔ خالی یعنی این خدمت به این سطح داده نمی‌شود."
)
POLICY_UNLIMITED = "نامحدود"
POLICY_BY = {"system": "سامانه (نسخهٔ آغازین)"}
POLICY_LEVEL_NAMES = {"1": "سطح ۱ (در حال تأسیس)", "2": "سطح ۲", "3": "سطح ۳", "4": "سطح ۴"}
POLICY_SECTIONS = {
    "bodies": "مراجع صدور مجوز (R-1.1)",
    "people": "سقف نفرات در هر بار استفاده (R-2.1)",
    "service": "سقف خدمات هر سمن (مادهٔ ۲)",
    "levels": "جدول سطوح: سقف سالانهٔ خدمات هر سطح (مادهٔ ۴)",
    "criteria": "معیارهای تعیین سطح (R-4.5)",
    "lease": "قرارداد و تمدید (مادهٔ ۵)",
    "note": "سفته (مادهٔ ۶)",
    "staff": "کمینهٔ کارکنان هر سمن‌سرا (R-7.1)",
    "review": "بازنگری و یادآوری (مادهٔ ۸)",
}
POLICY_LABELS = {
    "level_years.0": "سابقه: مرز سطح ۲ و ۳",
    "level_years.1": "سابقه: مرز سطح ۳ و ۴",
    "level_members.0": "اعضا: مرز سطح ۲ و ۳",
    "level_members.1": "اعضا: مرز سطح ۳ و ۴",
    "level3_activity.window_years": "سطح ۳: بازهٔ بررسی فعالیت",
    "level3_activity.programs": "سطح ۳: دست‌کم برنامه",
    "level3_activity.people": "سطح ۳: حاضران هر برنامه",
    "level3_activity.big_programs": "سطح ۳: دست‌کم برنامهٔ بزرگ",
    "level3_activity.big_people": "سطح ۳: حاضران برنامهٔ بزرگ",
    "level4_activity.window_years": "سطح ۴: بازهٔ بررسی فعالیت",
    "level4_activity.programs_over": "سطح ۴: بیش از این شمار برنامه",
    "level4_activity.people": "سطح ۴: حاضران هر برنامه",
    "level4_activity.big_programs": "سطح ۴: دست‌کم برنامهٔ بزرگ",
    "level4_activity.big_people": "سطح ۴: حاضران برنامهٔ بزرگ",
    "lease_months": "مدت قرارداد و هر تمدید",
    "max_extensions": "بیشترین شمار تمدید",
    "max_total_months": "سقف کل مدت در سمن‌سراها",
    "extension_deadline_months": "مهلت درخواست تمدید پیش از پایان",
    "note_base_amount": "مبلغ پایهٔ سفته",
    "note_base_year": "سال پایهٔ مبلغ",
    "note_rounding": "گرد کردن مبلغ به بالا تا مضرب",
    "review_months": "دورهٔ بازنگری شیوه‌نامه",
    "ending_soon_days": "یادآوری پایان قرارداد",
}
POLICY_UNITS = {
    "people": "نفر",
    "shelves": "قفسه",
    "cards": "کارت",
    "months": "ماه",
    "times": "بار",
    "years": "سال",
    "programs": "برنامه",
    "rials": "ریال",
    "days_before": "روز پیش از آن",
}
POLICY_GRID_UNITS = {
    "business_cards": "کارت در سال",
    "shelf": "قفسه",
    "meeting_room": "ساعت در سال",
    "workshop_room": "ساعت در سال",
    "hall": "ساعت در سال",
    "desk": "میز",
}

# inflation
INFLATION_COLUMNS = ("سال", "نرخ تورم", "مبلغ سفتهٔ قراردادهای این سال", "ثبت‌کننده")
INFLATION_NOT_ENTERED = "ثبت نشده"
INFLATION_CURRENT = "مبلغ سفتهٔ قراردادهای امسال ({year}): {amount}"
INFLATION_EXPLAIN = (
    "مبلغ سفتهٔ هر سال = مبلغ سال پیش × (۱ + نرخ تورم سال پیش)، گرد شده به بالا تا "
    "یک میلیون ریال (R-6.2). نرخ هر سال را پس از اعلام، معاونت مالی ثبت می‌کند."
)
INFLATION_MISSING = "نرخ این سال‌ها ثبت نشده و صفر شمرده شده است: {years}"
INFLATION_YEAR = "سال"
INFLATION_RATE = "نرخ تورم (درصد)"
INFLATION_SAVE = "ثبت نرخ"
INFLATION_SAVED = "نرخ تورم سال {year} ({rate}) ثبت شد. مبلغ سفتهٔ امسال: {amount}."
INFLATION_NOT_YOURS = "ثبت نرخ با معاونت مالی است: {message}"

# users and roles
ACCOUNT_COLUMNS = ("نام کاربری", "نام", "نقش", "سمن‌سرا", "گذرواژه", "وضعیت")
ACCOUNT_NEW = "کاربر جدید"
ACCOUNT_SET_PASSWORD = "تعیین گذرواژه"
ACCOUNT_DIALOG_NEW = "افزودن کاربر"
ACCOUNT_USERNAME = "نام کاربری"
ACCOUNT_FULL_NAME = "نام و نام خانوادگی"
ACCOUNT_EMAIL = "پست الکترونیک"
EMAIL_EXAMPLE = "name@example.ir"
ACCOUNT_ROLE = "نقش"
ACCOUNT_SEMANSARA = "سمن‌سرا"
ACCOUNT_SEMANSARA_HINT = "فقط برای مسئول سمن‌سرا"
ACCOUNT_PASSWORD = "گذرواژه"
ACCOUNT_PASSWORD_HINT = "یک‌بار مصرف؛ خالی: تا تعیین گذرواژه وارد نمی‌شود"
ACCOUNT_HAS_PASSWORD = "دارد"
ACCOUNT_NO_PASSWORD = "ندارد"
ACCOUNT_NO_PASSWORD_TIP = (
    "این کاربر تا مدیر سامانه گذرواژه‌ای یک‌بار مصرف برایش تعیین نکند وارد نمی‌شود."
)
ACCOUNT_ONE_TIME = "یک‌بار مصرف"
ACCOUNT_ONE_TIME_TIP = "در نخستین ورود، کاربر گذرواژهٔ خود را برمی‌گزیند."
ACCOUNT_ACTIVE = "فعال"
ACCOUNT_INACTIVE = "غیرفعال"
ACCOUNT_LOCKED = "قفل تا {until}"
ACCOUNT_SELECT_FIRST = "نخست یک کاربر را در فهرست برگزینید."
ACCOUNT_SAVED = "کاربر «{user}» با نقش «{role}» افزوده شد."
ACCOUNT_PASSWORD_DIALOG = "تعیین گذرواژهٔ {user}"
ACCOUNT_NEW_PASSWORD = "گذرواژهٔ تازه"
ACCOUNT_PASSWORD_AGAIN = "تکرار گذرواژه"
ACCOUNT_PASSWORDS_DIFFER = "دو گذرواژه یکی نیستند؛ هر دو را دوباره بنویسید."
ACCOUNT_PASSWORD_SAVED = "گذرواژهٔ «{user}» تعیین شد."
ACCOUNT_PASSWORD_ONE_TIME_SAVED = (
    "گذرواژهٔ یک‌بار مصرف «{user}» تعیین شد؛ در نخستین ورود گذرواژهٔ خود را برمی‌گزیند."
)
OWN_PASSWORD_BUTTON = "تغییر گذرواژهٔ من…"
OWN_PASSWORD_DIALOG = "تغییر گذرواژهٔ من"
OWN_PASSWORD_OLD = "گذرواژهٔ فعلی"
OWN_PASSWORD_SAVED = "گذرواژهٔ شما تغییر کرد."
OWN_ACCOUNT_TEXT = "شما با نام کاربری «{username}» و نقش «{role}» وارد شده‌اید."
ACCOUNT_EDIT = "ویرایش کاربر"
ACCOUNT_EDIT_DIALOG = "ویرایش کاربر {user}"
ACCOUNT_ACTIVE_BOX = "حساب فعال است (می‌تواند وارد شود)"
ACCOUNT_ACTIVE_TIP = (
    "حساب‌ها پاک نمی‌شوند تا نامشان در سابقهٔ کارها بماند؛ حساب غیرفعال نمی‌تواند وارد شود."
)
ACCOUNT_UPDATED = "کاربر «{user}» به‌روز شد."

# the database connection
DB_CURRENT = "پایگاه دادهٔ کنونی: {where}"
DB_ENV_WINS = (
    "متغیر محیطی SEMANSARA_DB تعیین شده است و در آغاز برنامه بر این تنظیم مقدم است "
    "(همچنین گزینهٔ \u2066--db\u2069 در خط فرمان)."
)
DB_KIND_SQLITE = "پروندهٔ SQLite (یک رایانه)"
DB_KIND_POSTGRES = "کارساز PostgreSQL (چند میز در یک دفتر)"
DB_SQLITE_BOX = "پروندهٔ SQLite"
DB_POSTGRES_BOX = "کارساز PostgreSQL"
DB_FILE = "پرونده"
DB_BROWSE = "انتخاب…"
DB_HOST = "نشانی کارساز"
DB_PORT = "درگاه"
DB_NAME = "پایگاه داده"
DB_USER = "نام کاربری"
DB_PASSWORD = "گذرواژه"
DB_SAVE_PASSWORD = "ذخیرهٔ گذرواژه"
DB_SAVE_PASSWORD_TIP = (
    "گذرواژه در پروندهٔ تنظیمات کاربر (فقط‌خواندنی برای خود او) نگه داشته می‌شود. بی آن، "
    "گذرواژه از PGPASSWORD یا \u2066~/.pgpass\u2069 خوانده می‌شود."
)
DB_TEST = "آزمودن اتصال"
DB_SAVE = "ذخیره"
DB_NEXT_START = (
    "پایگاه دادهٔ تازه از آغاز بعدی برنامه به کار می‌رود؛ پیش از ذخیره، اتصال آزموده می‌شود."
)
DB_SAVED = "ذخیره شد؛ از آغاز بعدی برنامه این پایگاه داده به کار می‌رود."
DB_SAVE_FAILED = "تنظیمات ذخیره نشد: {detail}"
DB_CHECK_DETAIL = "پاسخ کارساز: {detail}"
DB_CHECK_READY = "اتصال برقرار شد؛ پایگاه داده آماده است (طرح {version})."
DB_CHECK_UPGRADE = (
    "اتصال برقرار شد؛ پایگاه داده طرح {version} دارد و در آغاز بعدی به طرح {latest} به‌روز می‌شود."
)
DB_CHECK_EMPTY = "اتصال برقرار شد؛ پایگاه داده خالی است و در آغاز بعدی برنامه ساخته می‌شود."
DB_CHECK_NEW_FILE = "این پرونده هنوز نیست؛ در آغاز بعدی برنامه ساخته می‌شود."
DB_CHECK_TOO_NEW = (
    "این پایگاه داده با نسخهٔ تازه‌تری از برنامه ساخته شده است (طرح {version}؛ این نسخه تا طرح "
    "{latest} را می‌شناسد). نخست برنامه را به‌روز کنید."
)
DB_CHECK_NO_GIST = (
    "ساختن جدول‌ها به افزونهٔ btree_gist نیاز دارد که روی این کارساز نیست؛ از مدیر کارساز "
    "بخواهید آن را نصب کند."
)
DB_CHECK_NO_FILE = "نشانی پروندهٔ پایگاه داده را بنویسید یا برگزینید."
DB_CHECK_IS_FOLDER = "«{path}» پوشه است، نه پرونده."
DB_CHECK_CANNOT_CREATE = "در پوشهٔ «{folder}» اجازهٔ ساختن پرونده نیست."
DB_CHECK_NOT_SQLITE = "«{path}» پایگاه دادهٔ SQLite نیست یا خوانده نشد."
DB_CHECK_SUFFIX = "پروندهٔ پایگاه داده باید پسوند ‎.sqlite‎ یا ‎.db‎ داشته باشد: «{path}»."
DB_CHECK_BAD_URL = "نشانی اتصال PostgreSQL درست نیست."
DB_CHECK_REFUSED = (
    "کارساز {server} اتصال را نپذیرفت: در این نشانی و درگاه کارساز PostgreSQL در دسترس نیست. "
    "نشانی، درگاه و روشن بودن کارساز را بررسی کنید."
)
DB_CHECK_TIMEOUT = "کارساز {server} در {seconds} ثانیه پاسخ نداد؛ شبکه و نشانی را بررسی کنید."
DB_CHECK_NO_HOST = "نشانی کارساز «{host}» پیدا نشد."
DB_CHECK_AUTH = "کارساز نام کاربری «{user}» یا گذرواژهٔ آن را نپذیرفت."
DB_CHECK_NO_DATABASE = "پایگاه دادهٔ «{name}» روی این کارساز نیست؛ نخست مدیر کارساز آن را بسازد."
DB_CHECK_DENIED = "این کاربر اجازهٔ دسترسی به این پایگاه داده را ندارد."
DB_CHECK_OTHER = "اتصال به کارساز {server} برقرار نشد."

# backup
BACKUP_OF = "پایگاه دادهٔ کنونی: {where}"
BACKUP_EXPLAIN_SQLITE = (
    "پشتیبان یک رونوشت کامل و سازگار از پایگاه داده است که حتی هنگام کار میزها گرفته می‌شود "
    "(رابط پشتیبان‌گیری SQLite). آن را بیرون از این رایانه هم نگه دارید."
)
BACKUP_EXPLAIN_PG = (
    "پشتیبان با pg_dump گرفته می‌شود (ابزارهای خط فرمان PostgreSQL باید نصب باشند)؛ "
    "رونوشتی سازگار حتی هنگام کار میزها."
)
BACKUP_NOW = "پشتیبان‌گیری…"
BACKUP_CHOOSE_TITLE = "پروندهٔ پشتیبان"
BACKUP_FILTER = "پشتیبان SQLite (*.sqlite *.db);;همهٔ پرونده‌ها (*)"
BACKUP_FILTER_PG = "پشتیبان PostgreSQL (*.dump);;همهٔ پرونده‌ها (*)"
BACKUP_SAME_FILE = "پشتیبان را نمی‌توان روی خود پایگاه دادهٔ در حال کار نوشت؛ پرونده‌ای دیگر برگزینید."
BACKUP_DONE = "پشتیبان در {seconds} ثانیه نوشته شد: «{path}» ({size} مگابایت)."
BACKUP_FAILED = "پشتیبان گرفته نشد: {detail}"
RESTORE_TITLE = "بازیابی"
RESTORE_EXPLAIN_SQLITE = (
    "بازیابی هرگز روی پایگاه دادهٔ در حال کار انجام نمی‌شود. دکمهٔ زیر پشتیبان را در پرونده‌ای "
    "تازه بازمی‌گرداند (پس از بررسی سلامت آن)؛ سپس در برگهٔ «اتصال پایگاه داده» آن پرونده را "
    "برگزینید و برنامه را دوباره باز کنید. در خط فرمان:\n\u2066semansara restore FILE --db NEW.sqlite\u2069"
)
RESTORE_EXPLAIN_PG = (
    "بازیابی در یک پایگاه دادهٔ تازه و خالی PostgreSQL انجام می‌شود، در خط فرمان: "
    "\u2066semansara restore FILE.dump --db postgresql://…/NEW\u2069؛ سپس در برگهٔ «اتصال پایگاه داده» "
    "آن را برگزینید."
)
RESTORE_NOW = "بازیابی در پرونده‌ای تازه…"
RESTORE_CHOOSE_BACKUP = "پروندهٔ پشتیبان برای بازیابی"
RESTORE_CHOOSE_TARGET = "پروندهٔ تازه برای پایگاه دادهٔ بازیابی‌شده"
RESTORE_NOT_EMPTY = "«{path}» خالی نیست؛ بازیابی فقط در پرونده‌ای تازه انجام می‌شود."
RESTORE_DONE = "پشتیبان در {seconds} ثانیه در «{path}» بازیابی شد."
RESTORE_FAILED = "بازیابی نشد: {detail}"

# print preview
PREVIEW_TITLE = "{title} — {serial}"
PREVIEW_REFUSED_TITLE = "سند صادر نشد"
PREVIEW_OK = "باشد"
PREVIEW_DATABASE_TROUBLE = "سند صادر نشد: پایگاه داده پاسخ نداد ({detail}). دوباره بکوشید."
PREVIEW_PRINT = "چاپ…"
PREVIEW_SAVE = "ذخیره…"
PREVIEW_CLOSE = "بستن"
PREVIEW_PREVIOUS = "صفحهٔ قبل"
PREVIEW_NEXT = "صفحهٔ بعد"
PREVIEW_PAGE = "صفحهٔ"
PREVIEW_OF_PAGES = "از {count}"
PREVIEW_ZOOM_IN = "بزرگ‌تر (Ctrl++)"
PREVIEW_ZOOM_OUT = "کوچک‌تر (Ctrl+-)"
PREVIEW_FIT_WIDTH = "هم‌عرض پنجره"
PREVIEW_FIT_PAGE = "تمام صفحه"
PREVIEW_STAMP = "شمارهٔ سند: {serial}   کد تصدیق: {code}"
PREVIEW_PRINT_TITLE = "چاپ سند"
PREVIEW_SAVE_TITLE = "ذخیرهٔ سند"
PREVIEW_SAVE_FILTER = "سند PDF (*.pdf)"
PREVIEW_SAVE_FAILED = "سند در «{path}» ذخیره نشد: {detail}"

# === bookings (calendar, steps خ د ذ), contracts and notes (Articles 4–6) ======================

UNLIMITED_TEXT = "نامحدود"

# --- the booking calendar ----------------------------------------------------------------------
CAL_SEMANSARA = "سمن‌سرا:"
CAL_PREVIOUS = "→ هفتهٔ پیش"
CAL_NEXT = "هفتهٔ بعد ←"
CAL_TODAY = "امروز"
CAL_GO_TO_DATE = "تاریخ…"
CAL_GO_TO_DATE_TIP = "رفتن به هفتهٔ یک تاریخ در تقویم"
CAL_SHOW_CANCELLED = "نمایش نوبت‌های لغو یا ردشده"
CAL_WEEK_TITLE = "هفتهٔ {start} تا {end}"
CAL_DAY_TAB = "{weekday}\n{date}"
CAL_DAY_DATE = "{day} {month}"
CAL_DAY_WEEKEND = "{weekday} (تعطیل)"
CAL_DAY_COUNT = "{date}، {count} نوبت"
CAL_DAY_TODAY = "● {weekday}"
CAL_ROOM_TITLE = "{kind} {number}"
CAL_ROOM_KINDS = {"meeting_room": "اتاق جلسات", "workshop_room": "اتاق کارگاه", "hall": "سالن"}
CAL_ROOM_CAP = "تا {people} نفر"
CAL_ROOM_RETIRED = "کنار گذاشته"
CAL_NO_ROOMS = "این سمن‌سرا اتاق جلسات، اتاق کارگاه یا سالنی برای نوبت‌دهی ندارد."
CAL_CHOICE = "{start} تا {end}"
CAL_BOOKING_LINE = "{start} تا {end}، {people} نفر"
CAL_BOOKING_TIP = "نوبت {ref}\n{ngo}\n{start} تا {end}، {people} نفر\n{state}"
CAL_HINT_END = (
    "آغاز: {room}، ساعت {start}. اکنون خانهٔ پایان را در همین ستون برگزینید "
    "(یا دوباره همین خانه را برای نیم ساعت)."
)
BOOKING_STATES = {
    "khe_requested": "درخواست شد (خ)",
    "dal_scheduled": "وقت تنظیم شد (د)",
    "zal_issued": "در انتظار تحویل اعلان (ذ)",
    "zal_notified": "اطلاع داده شد (ذ)",
    "cancelled": "لغو شد",
    "refused": "رد شد",
    "expired": "منقضی شد",
}
BOOKING_HOW_TO_SHORT = (
    "برای نوبت تازه، در ستون یک اتاق از ساعت آغاز تا پایان بکشید، یا خانهٔ آغاز و سپس "
    "خانهٔ پایان را بزنید. برای دیدن یک نوبت، روی آن بزنید."
)
BOOKING_HOW_TO = (
    "برای نوبت تازه (مرحلهٔ خ)، در ستون اتاق از ساعت آغاز تا پایان بکشید، یا خانهٔ آغاز و "
    "سپس خانهٔ پایان را بزنید؛ با صفحه‌کلید: پیکان‌ها، Shift+پیکان و Enter."
)
BOOKING_WEEK_COUNTS = (
    "این هفته: {total} نوبت ({requested} درخواست، {scheduled} وقت تنظیم‌شده، "
    "{issued} در انتظار تحویل اعلان، {notified} اطلاع‌داده‌شده)؛ {cancelled} لغو، رد یا "
    "منقضی شده."
)
BOOKING_SAVED = "نوبت {ref} در اتاق شمارهٔ {room} ثبت شد؛ {left} از سهمیهٔ سال باقی است."

# --- one booking -------------------------------------------------------------------------------
BOOKING_DETAIL_EMPTY = "نوبتی برگزیده نشده است"
BOOKING_DETAIL_TITLE = "نوبت {ref}"
BOOKING_FACTS = {
    "ngo": "سمن:",
    "contract": "قرارداد:",
    "room": "اتاق:",
    "when": "زمان:",
    "people": "نفرات:",
    "channel": "شیوهٔ درخواست:",
    "state": "وضعیت:",
    "requested": "ثبت درخواست:",
    "scheduled": "تنظیم وقت:",
    "notified": "اطلاع‌رسانی:",
    "cancelled": "لغو یا رد:",
    "reason": "دلیل:",
}
BOOKING_NGO_FACT = "{name} ({code})، سطح {level}"
BOOKING_WHEN_FACT = "{weekday} {date}، ساعت {start} تا {end}"
BOOKING_WHEN_BY = "{at}، به دست {by}"
BOOKING_QUOTA = (
    "سهمیهٔ «{kind}» {ngo} در سال {year}: {used} گرفته شده از {cap}؛ {left} باقی است (R-4.1)."
)
BOOKING_ACTIONS_BY_DESK = "نوبت‌دهی، تنظیم وقت و اطلاع‌رسانی با کارشناس میز خدمت است."
BOOKING_FINISHED = "کار این نوبت به پایان رسیده است."
BOOKING_PRINT_NGO = "چاپ اطلاعیهٔ سمن"
BOOKING_PRINT_MANAGER = "چاپ اطلاعیهٔ مسئول سمن‌سرا"
BOOKING_PRINT_WHEN = "اطلاعیه پس از تنظیم وقت (مرحلهٔ د) چاپ می‌شود."

# --- the booking form (خ) and the reasons ------------------------------------------------------
BOOKING_DIALOG_TITLE = "درخواست نوبت در {semansara} (خ)"
BOOKING_DIALOG_WHERE = "{semansara} — خانهٔ برگزیده: {room}"
BOOKING_SAVE = "ثبت درخواست نوبت"
BOOKING_ROOM_KIND = "نوع اتاق"
BOOKING_CONTRACT_ITEM = "{ngo} — {ref}"
BOOKING_NO_CONTRACTS = "قرارداد جاری‌ای در این سمن‌سرا نیست"
BOOKING_HOURS_NO_NGO = "سمن را برگزینید تا ساعت‌های باقی‌ماندهٔ آن دیده شود."
BOOKING_HOURS = (
    "ساعت‌های باقی‌ماندهٔ «{ngo}» برای «{kind}» در سال {year}: {left} "
    "(از {cap} ساعت؛ {used} گرفته شده)."
)
BOOKING_HOURS_AFTER = "این نوبت {asked} است و پس از آن {after} می‌ماند."
BOOKING_HOURS_SHORT = "این نوبت {asked} است و بیش از سهمیه است."
BOOKING_HOURS_NONE = "«{kind}» در خدمات سطح «{ngo}» نیست."
BOOKING_HOURS_UNLIMITED = "«{kind}» برای «{ngo}» سقف ساعت ندارد."
BOOKING_CHECK_INCOMPLETE = "تاریخ و ساعت‌ها را کامل بنویسید تا تداخل‌ها بررسی شود."
BOOKING_PROBLEMS = "پیش از ثبت، این‌ها دیده شد (خدمت نوبت‌دهی هم همین را خواهد گفت):"
BOOKING_TAKEN_LINE = "• گرفته: {room}، {start} تا {end} — {ngo}، نوبت {ref}، {state}"
BOOKING_FREE = "این ساعت آزاد است؛ نوبت در «{room}» ثبت می‌شود."
BOOKING_REASON_TITLES = {
    "cancel_booking": "لغو نوبت {ref}",
    "refuse_booking": "رد درخواست نوبت {ref} (د)",
}
BOOKING_REASON_SUMMARY = "نوبت {ref} — {ngo}، {when} تا {end}"
BOOKING_CANCEL_GIVES_BACK = "با لغو، {hours} به سهمیهٔ سال سمن بازمی‌گردد (R-4.1)."
BOOKING_RECORD = "ثبت"

# --- contracts ---------------------------------------------------------------------------------
CONTRACT_COLUMNS = ("شمارهٔ قرارداد", "سمن", "سمن‌سرا", "شروع", "آخرین روز", "وضعیت", "سفته")
CONTRACT_SEARCH_PLACEHOLDER = "جست‌وجو در شمارهٔ قرارداد، کد یا نام سمن…"
CONTRACT_FILTER_NAMES = {
    "": "همهٔ قراردادها",
    "running": "جاری",
    "ended": "پایان‌یافته",
    "settled": "تسویه‌شده",
}
CONTRACT_ENDING_LEGEND = "رو به پایان ({days} روز)"
CONTRACT_ENDING_TIP = "آخرین روز این قرارداد {date} است؛ {days} روز دیگر (R-5.1)."
CONTRACT_OVERDUE_TIP = "آخرین روز این قرارداد {date} بود و هنوز پایان آن ثبت نشده است (R-5.1)."
CONTRACT_DETAIL_EMPTY = "یک قرارداد را در فهرست برگزینید تا جزئیات آن این‌جا دیده شود."
CONTRACT_DETAIL_TITLE = "قرارداد {ref} — {ngo}"
CONTRACT_FACTS = {
    "ngo": "سمن:",
    "semansara": "سمن‌سرا:",
    "term": "مدت:",
    "state": "وضعیت:",
    "extensions": "تمدیدها:",
    "months": "حضور در سمن‌سراها:",
    "deadline": "مهلت درخواست تمدید:",
    "note": "سفته:",
    "ended": "پایان یافت:",
}
CONTRACT_NGO_FACT = "{name} ({code})، سطح {level}، نمایندهٔ رسمی: {representative}"
CONTRACT_TERM_FACT = "از {starts} تا {ends}"
CONTRACT_EXTENSIONS_FACT = "{count} بار؛ {left} بار دیگر ممکن است (R-5.2)"
CONTRACT_MONTHS_FACT = "{served} ماه گذرانده، {left} ماه از {total} ماه (پنج سال) مانده (R-5.3)"
CONTRACT_DEADLINE_FACT = "تا {date} (R-5.1)"
CONTRACT_DEADLINE_PASSED = "{date} — گذشته است (R-5.1)"
CONTRACT_NOTE_FACT = "{state} — شمارهٔ {serial}، {amount}"
CONTRACT_NO_NOTE = "سفته‌ای ثبت نشده است"
CONTRACT_ACTIONS = "اقدام‌های شما"
CONTRACT_NO_ACTIONS = "اقدامی از نقش شما بر این قرارداد در این وضعیت برنمی‌آید."
CONTRACT_PRINT = "چاپ"
CONTRACT_PRINTS = {
    "contract": "قرارداد",
    "letter-representative": "معرفی‌نامهٔ نماینده",
    "letter-manager": "معرفی‌نامهٔ مسئول سمن‌سرا",
    "note-receipt": "رسید سفته",
    "note-return": "رسید بازگرداندن سفته",
}
CONTRACT_PRINT_WHEN = {
    "contract": "",
    "letter-representative": "معرفی‌نامه تا قرارداد جاری است چاپ می‌شود.",
    "letter-manager": "معرفی‌نامه تا قرارداد جاری است چاپ می‌شود.",
    "note-receipt": "رسید سفته تا سفته نزد ستاد است چاپ می‌شود.",
    "note-return": "رسید بازگرداندن پس از بازگرداندن سفته چاپ می‌شود.",
}
CONTRACT_ADDENDA = "الحاقیه‌ها"
CONTRACT_ADDENDUM_ITEM = "الحاقیهٔ {number} (تمدید) — {ref}"
CONTRACT_ADDENDUM_MOVE = "الحاقیهٔ {number} (انتقال به {semansara}) — {ref}"
CONTRACT_NO_ADDENDA = "الحاقیه پس از پذیرش تمدید یا انتقال چاپ می‌شود."
CONTRACT_ALLOCATE = "تخصیص"
CONTRACT_ORDER_CARDS = "سفارش کارت ویزیت"
CONTRACT_RECORD = "ثبت"
CONTRACT_FORM_SUMMARY = "قرارداد {ref} — {ngo}، {semansara} (از {starts}، پایان {ends})"
TAB_EXTENSIONS = "تمدیدها"
TAB_ALLOCATIONS = "قفسه و میز"
TAB_CARDS = "کارت ویزیت"
TAB_QUOTA = "سهمیهٔ سال"
EXTENSION_COLUMNS = ("شماره", "سمن‌سرا", "وضعیت", "درخواست", "پایان تازه", "دلیل")
ALLOCATION_COLUMNS = ("خدمت", "تعداد", "وضعیت", "زمان تخصیص", "آزاد شد")
ALLOCATION_STATES = {"active": "در اختیار", "released": "آزاد شده"}
CARDS_COLUMNS = ("تعداد", "سال", "سفارش", "به دست")
QUOTA_COLUMNS = ("خدمت", "سقف", "گرفته شده", "باقی")

EXTENSION_REQUEST_TITLE = "درخواست تمدید قرارداد {ref}"
EXTENSION_TARGET = "تمدید در"
EXTENSION_SAME_HOUSE = "همین سمن‌سرا ({name})"
EXTENSION_REQUEST_NOTE = (
    "درخواست تمدید باید تا {deadline}، یک ماه پیش از پایان قرارداد، برسد (R-5.1)؛ تمدید در "
    "سمن‌سرای دیگر وقتی ممکن است که جای خالی داشته باشد (R-5.4)."
)
EXTENSION_DECIDE_TITLE = "تصمیم دربارهٔ تمدید قرارداد {ref}"
EXTENSION_PENDING = "درخواست تمدید"
EXTENSION_PENDING_ITEM = "{ref} — {to}، {at}"
EXTENSION_ACCEPT = "پذیرش"
EXTENSION_REJECT = "رد"
EXTENSION_DECIDE_NOTE = "برای رد، دلیل را بنویسید؛ به سمن گفته می‌شود."
END_CONTRACT_TITLE = "پایان قرارداد {ref}"
END_CONTRACT_NOTE = (
    "با پایان قرارداد، قفسه‌ها و میزها آزاد و نوبت‌های آینده لغو می‌شوند؛ سپس مسئول "
    "سمن‌سرا دربارهٔ خسارت نظر می‌دهد (R-6.3)."
)
ALLOCATE_TITLE = "تخصیص قفسه یا میز به قرارداد {ref}"
ALLOCATE_HELD = "«{kind}» در اختیار: {held} از سقف {cap} (R-4.2)."
CARDS_TITLE = "سفارش کارت ویزیت برای قرارداد {ref}"
CARDS_LEFT = "کارت ویزیت سال {year}: {used} عدد سفارش داده شده؛ {left} عدد باقی است (R-4.2)."
CARDS_NOT_IN_LEVEL = "کارت ویزیت در خدمات سطح این سمن نیست (R-4.3)."
NOTE_STEP_TITLES = {
    "take_note_custody": "تحویل سفتهٔ قرارداد {ref} به امانت مالی",
    "confirm_no_damage": "تأیید عدم خسارت — قرارداد {ref}",
    "return_note": "بازگرداندن سفتهٔ قرارداد {ref}",
}
NOTE_STEP_NOTES = {
    "take_note_custody": "سفته نزد معاونت مالی، اداری و پشتیبانی به امانت نگه داشته می‌شود (R-6.3).",
    "confirm_no_damage": (
        "مسئول سمن‌سرا تأیید می‌کند که سمن از امکانات به‌درستی استفاده کرده و خسارتی نزده است؛ "
        "پس از آن سفته بازگردانده می‌شود (R-6.3)."
    ),
    "return_note": "سفته به نمایندهٔ رسمی سمن بازگردانده و رسید آن صادر می‌شود (R-6.3).",
}
NOTE_FORM_FACTS = "سفتهٔ شمارهٔ {serial} به مبلغ {amount}؛ نمایندهٔ رسمی: {representative}"
DAMAGE_TITLE = "گزارش خسارت — قرارداد {ref}"
DAMAGE_NOTE = "با گزارش خسارت، سفته نگه داشته می‌شود تا معاونت مالی رسیدگی کند (R-6.3)."
SETTLE_TITLE = "رسیدگی به خسارت — قرارداد {ref}"
SETTLE_DAMAGE = "خسارت گزارش‌شده: {damage}"
SETTLE_RETURN = "خسارت جبران شد؛ سفته بازگردانده شود"
SETTLE_KEEP = "سفته ضبط شود"

# --- notes -------------------------------------------------------------------------------------
NOTE_COLUMNS = (
    "شمارهٔ سفته",
    "مبلغ",
    "وضعیت",
    "قرارداد",
    "سمن",
    "سمن‌سرا",
    "دریافت",
    "نظر مسئول",
    "بازگرداندن",
)
NOTE_SEARCH_PLACEHOLDER = "جست‌وجو در شمارهٔ سفته، شمارهٔ قرارداد یا نام سمن…"
NOTE_FILTER_ALL = "همهٔ سفته‌ها ({count})"
NOTE_FILTER_HELD = "نزد ستاد ({count})"
NOTE_FILTER_STATE = "{state} ({count})"
NOTE_DETAIL_EMPTY = "یک سفته را در فهرست برگزینید."
NOTE_DETAIL_TITLE = "سفتهٔ شمارهٔ {serial}"
NOTE_FACTS = {
    "serial": "شمارهٔ سفته:",
    "amount": "مبلغ:",
    "due": "مبلغ لازم در سال قرارداد:",
    "state": "وضعیت:",
    "contract": "قرارداد:",
    "ngo": "سمن:",
    "representative": "نمایندهٔ رسمی:",
    "received": "دریافت:",
    "custody": "امانت مالی:",
    "confirmed": "نظر مسئول سمن‌سرا:",
    "damage": "خسارت:",
    "returned": "بازگرداندن:",
}
NOTE_CONTRACT_FACT = "{ref}، {semansara} ({state})"
NOTE_WHEN_BY = "{at}، به دست {by}"
NOTE_RETURNED_FACT = "{at}، به {to}"
NOTE_NO_ACTIONS = "اقدامی از نقش شما بر این سفته در این وضعیت برنمی‌آید."

# --- NGOs: import from a spreadsheet (issue 7, item 2) -----------------------------------------
NGO_IMPORT = "ورود از پرونده…"
NGO_IMPORT_TIP = "ورود فهرست سمن‌ها از پروندهٔ اکسل (xlsx) یا CSV، با بررسی آزمایشی پیش از ثبت"
IMPORT_TITLE = "ورود سمن‌ها از پرونده"
IMPORT_FILE = "پرونده:"
IMPORT_BROWSE = "انتخاب پرونده…"
IMPORT_TEMPLATE = "نمونهٔ پرونده…"
IMPORT_TEMPLATE_TIP = "پروندهٔ اکسلی با ستون‌هایی که ورود می‌خواند و یک ردیف نمونه، برای پر کردن"
IMPORT_TEMPLATE_TITLE = "ذخیرهٔ نمونهٔ پروندهٔ سمن‌ها"
IMPORT_TEMPLATE_NAME = "نمونه-فهرست-سمن‌ها.xlsx"
IMPORT_TEMPLATE_FILTER = "اکسل (*.xlsx)"
IMPORT_TEMPLATE_SAVED = "نمونه در {path} ذخیره شد؛ ردیف نمونه را با سمن‌های خود جایگزین کنید."
IMPORT_TEMPLATE_FAILED = "نمونه ذخیره نشد: {detail}"
IMPORT_CHOOSE_TITLE = "پروندهٔ فهرست سمن‌ها"
IMPORT_CHOOSE_FILTER = "اکسل یا CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;همهٔ پرونده‌ها (*)"
IMPORT_START_HINT = "پروندهٔ اکسل (xlsx) یا CSV فهرست سمن‌ها را برگزینید."
IMPORT_MAPPING_HINT = (
    "سرستون‌های ردیف {row} پرونده خوانده شد. برای هر فیلد سامانه ستون پرونده را برگزینید؛ "
    "فیلدهای ستاره‌دار لازم‌اند. سپس «بررسی آزمایشی» را بزنید: چیزی ثبت نمی‌شود."
)
IMPORT_MAPPING_COLUMNS = ("فیلد سامانه", "ستون پرونده", "نمونه از ردیف نخست")
IMPORT_NOT_MAPPED = "— وارد نشود —"
IMPORT_REQUIRED_MARK = "{name} *"
IMPORT_MISSING = "برای این فیلدهای لازم ستونی برگزیده نشده است: {fields}."
IMPORT_NO_HEADERS = "در پرونده ردیفی پیدا نشد."
IMPORT_UPDATE = "سمن‌هایی که با همان شمارهٔ مجوز ثبت شده‌اند به‌روز شوند (نه تکراری)"
IMPORT_SKIP_INVALID = "ردیف‌های درست وارد شوند، حتی اگر ردیف نادرستی در پرونده باشد"
IMPORT_DRY_RUN = "بررسی آزمایشی"
IMPORT_RUN = "ورود سمن‌ها"
IMPORT_BACK = "بازگشت"
IMPORT_CANCEL = "لغو"
IMPORT_CLOSE = "بستن"
IMPORT_READING = "خواندن پرونده…"
IMPORT_CHECKING = "بررسی ردیف‌ها…"
IMPORT_WRITING = "ثبت سمن‌ها…"
IMPORT_CANCELLING = "در حال لغو…"
IMPORT_PERCENT = "{percent}٪"
IMPORT_COUNTS = {
    "added": "تازه",
    "updated": "به‌روزشده",
    "duplicates": "تکراری",
    "errors": "ردیف نادرست",
}
IMPORT_COUNT = "{name}: {count}"
IMPORT_ISSUE_COLUMNS = ("ردیف", "نوع", "فیلد", "علت")
IMPORT_ISSUE_KINDS = {"error": "خطا", "duplicate": "تکراری"}
IMPORT_NOTHING_TO_DO = "چیزی برای ورود نیست."
IMPORT_BLOCKED = (
    "تا ردیف نادرستی در پرونده هست چیزی وارد نمی‌شود: پرونده را اصلاح کنید و دوباره بررسی "
    "کنید، یا گزینهٔ ورود ردیف‌های درست را بزنید و دوباره بررسی کنید."
)
IMPORT_READY = "برای ثبت، «ورود» را بزنید. همه در یک تراکنش ثبت می‌شود: یا همه یا هیچ."
IMPORT_FILE_CHANGED = (
    "پرونده پس از بررسی آزمایشی تغییر کرده است؛ چیزی ثبت نشد. دوباره «بررسی آزمایشی» را بزنید."
)
IMPORT_CANCELLED = "ورود لغو شد؛ هیچ سمنی ثبت نشد."
IMPORT_CHECK_CANCELLED = "بررسی لغو شد."
IMPORT_DONE = "ورود انجام شد."
IMPORT_DATABASE_TROUBLE = "ثبت نشد: پایگاه داده پاسخ نداد ({detail}). چیزی وارد نشد."
IMPORT_OPTIONS_CHANGED = "گزینه‌ها یا نگاشت ستون‌ها تغییر کرد؛ دوباره «بررسی آزمایشی» را بزنید."

# --- settings: e-mail (step ذ notices) ----------------------------------------------------------
MAIL_INTRO = (
    "اعلان‌های نوبت (مرحلهٔ ذ) به سمن‌هایی که نشانی پست الکترونیک دارند از این کارساز "
    "فرستاده می‌شود؛ اعلان بقیه چاپ و تحویل می‌شود."
)
MAIL_BOX = "کارساز پست الکترونیک (SMTP)"
MAIL_HOST = "نشانی کارساز:"
MAIL_PORT = "درگاه:"
MAIL_SECURITY = "رمزنگاری:"
MAIL_SECURITY_NAMES = {
    "none": "بدون رمزنگاری",
    "starttls": "STARTTLS (معمولاً درگاه ۵۸۷)",
    "ssl": "SSL/TLS (معمولاً درگاه ۴۶۵)",
}
MAIL_USER = "نام کاربری:"
MAIL_PASSWORD = "گذرواژه:"
MAIL_SAVE_PASSWORD = "ذخیرهٔ گذرواژه در پروندهٔ تنظیمات"
MAIL_SAVE_PASSWORD_TIP = (
    "بی این گزینه گذرواژه نوشته نمی‌شود و از متغیر محیطی SEMANSARA_SMTP_PASSWORD خوانده "
    "می‌شود. با آن، پرونده فقط برای کاربر همین رایانه خواناست."
)
MAIL_SENDER = "نشانی فرستنده:"
MAIL_TEST_TO = "فرستادن پیام آزمایشی به:"
MAIL_TEST_TO_HINT = "خالی: فقط اتصال آزموده می‌شود"
MAIL_TEST = "آزمایش"
MAIL_SAVE = "ذخیره"
MAIL_TESTING = "در حال آزمودن کارساز {server}…"
MAIL_SAVED = "تنظیمات پست الکترونیک در «{path}» ذخیره شد."
MAIL_SAVED_NO_PASSWORD = "گذرواژه ذخیره نشد (گزینهٔ ذخیرهٔ گذرواژه زده نشده است)."
MAIL_SAVE_FAILED = "تنظیمات ذخیره نشد: {detail}"
MAIL_LOAD_FAILED = "تنظیمات پیشین خوانده نشد: {detail}"

# --- bookings: the notices of step ذ and their delivery (issue 7, item 3) ----------------------
NOTICES_TITLE = "اعلان‌های نوبت (ذ)"
NOTICES_NONE = "اعلانی برای این نوبت ثبت نشده است (اعلان‌ها در مرحلهٔ ذ ساخته می‌شوند)."
NOTICE_COLUMNS = ("گیرنده", "شیوه و نشانی", "وضعیت")
NOTICE_REASON = "علت ناکامی اعلان {recipient}: {reason}"
NOTICE_STATES = {
    "pending": "در انتظار",
    "sent": "ارسال‌شده",
    "printed": "چاپ‌شده",
    "failed": "ناموفق",
}
NOTICE_ATTEMPTS = "{count} بار کوشش شد؛ آخرین: {at}"
NOTICE_SEND = "ارسال اعلان‌ها"
NOTICE_SEND_TIP = "اعلان‌های پست الکترونیکیِ فرستاده‌نشدهٔ این نوبت (و ناموفق‌ها) هم‌اکنون فرستاده شود"
NOTICE_PRINT = "چاپ اعلان"
NOTICE_PRINT_TIP = (
    "اعلانِ بی‌نشانی (یا ناموفق) را در پیش‌نمایش باز می‌کند؛ پس از چاپ یا ذخیره، «چاپ‌شده» ثبت می‌شود"
)
NOTICE_NOTHING_TO_SEND = "اعلان پست الکترونیکیِ فرستاده‌نشده‌ای برای این نوبت نیست."
NOTICE_NOTHING_TO_PRINT = "اعلان چاپیِ تحویل‌نشده‌ای برای این نوبت نیست."
NOTICE_NO_SETTINGS = "تنظیمات پست الکترونیک کامل نیست (تنظیمات ← پست الکترونیک): {problems}"
NOTICE_SENDING = "در حال فرستادن اعلان‌ها…"
NOTICE_SENT = "فرستاده شد: {sent}؛ ناموفق: {failed}."
NOTICE_PRINTED = "اعلان {recipient} چاپ‌شده ثبت شد."
NOTICE_NOT_ALLOWED = "ثبت ارسال و چاپ اعلان‌ها کار کارشناس میز خدمت است."

# --- reports (pages/reports.py) ----------------------------------------------------------------
REPORT_LIST = {
    "occupancy": "اشغال اتاق‌ها",
    "quota_use": "مصرف سهمیه",
    "requests_by_step": "درخواست‌ها به تفکیک مرحله",
    "contracts_ending": "قراردادهای رو به پایان",
    "notes_held": "سفته‌های نگهداری‌شده",
}
REPORT_YEAR = "سال:"
REPORT_SEMANSARA = "سمن‌سرا:"
REPORT_ALL_SEMANSARAS = "همهٔ سمن‌سراها"
REPORT_DAYS = "روزهای پیش رو:"
REPORT_SHOW = "نمایش"
REPORT_EXCEL = "خروجی اکسل"
REPORT_PDF = "چاپ/PDF"
REPORT_EXCEL_TITLE = "ذخیرهٔ گزارش در اکسل"
REPORT_EXCEL_FILTER = "کاربرگ اکسل (*.xlsx)"
REPORT_SAVED = "گزارش در «{path}» ذخیره شد."
REPORT_SAVE_FAILED = "گزارش ذخیره نشد: {detail}"
REPORT_NO_USER = "برای دیدن گزارش‌ها وارد شوید."
REPORT_ROWS = "{count} ردیف"
REPORT_MADE = "تهیه‌شده در {at}"
REPORT_EMPTY_CHART = "داده‌ای برای نمودار نیست."

# --- lists: export what is shown ----------------------------------------------------------------
LIST_EXPORT = "خروجی اکسل از همین فهرست…"
LIST_EXPORT_TITLE = "ذخیرهٔ فهرست در اکسل"
LIST_SAVED = (
    "فهرست «{title}» با {count} ردیف، به همان ترتیبی که نمایش داده می‌شود، در «{path}» ذخیره شد."
)
LIST_SAVE_FAILED = "فهرست ذخیره نشد: {detail}"

# --- what an action did (the status bar, `app.ui.action_status`) --------------------------------
# One sentence per workflow action, by its name, or by «name:choice» where the choice (decision,
# kind) changes what was done. {ref}: the record's identifier; other fields: the call's arguments.
ACTION_DONE = {
    "add_policy_version": "نسخهٔ تازهٔ شیوه‌نامه ثبت شد.",
    "add_program": "برنامهٔ تازه برای سمن {ref} ثبت شد.",
    "add_semansara": "سمن‌سرای {ref} افزوده شد.",
    "add_staff": "نیروی تازه برای سمن‌سرای {ref} ثبت شد.",
    "add_user": "کاربر {ref} افزوده شد.",
    "allocate": "قفسه یا میز برای قرارداد {ref} تخصیص یافت.",
    "assess_level": "سطح سمن {ref} ثبت شد.",
    "audit_verify": "زنجیرهٔ رویدادها بررسی شد.",
    "backup": "نسخهٔ پشتیبان گرفته شد.",
    "cancel_booking": "نوبت {ref} لغو شد.",
    "check_capacity": "ظرفیت سمن‌سرا برای درخواست {ref} بررسی شد.",
    "confirm_no_damage": "نبودِ خسارت در قرارداد {ref} تأیید شد.",
    "decide_extension:accept": "تمدید {ref} پذیرفته شد.",
    "decide_extension:reject": "تمدید {ref} رد شد.",
    "declare_day:closed": "روز {ref} تعطیل اعلام شد.",
    "declare_day:open": "روز {ref} باز اعلام شد.",
    "deliver_letter": "تحویل معرفی‌نامهٔ قرارداد {ref} ثبت شد.",
    "end_contract": "قرارداد {ref} پایان یافت.",
    "import_ngos": "ورود سمن‌ها از پرونده انجام شد.",
    "invite": "سمنِ درخواست {ref} برای عقد قرارداد دعوت شد.",
    "issue_document": "سند چاپی {ref} صادر شد.",
    "mark_printed": "چاپ اعلان نوبت ثبت شد.",
    "migrate_to": "داده‌ها به پایگاه دادهٔ تازه منتقل شد.",
    "notify_booking": "اطلاع‌رسانی نوبت {ref} ثبت شد.",
    "order_business_cards": "کارت ویزیت برای قرارداد {ref} سفارش داده شد.",
    "record_delivery": "تحویل اعلان نوبت ثبت شد.",
    "refer_request": "درخواست {ref} به معاونت امور مناطق معرفی شد.",
    "refuse_booking": "درخواست نوبت {ref} رد شد.",
    "register_ngo": "سمن {ref} ثبت شد.",
    "release_allocation": "تخصیص قرارداد {ref} آزاد شد.",
    "report_damage": "خسارت قرارداد {ref} گزارش شد.",
    "request_booking": "درخواست نوبت {ref} ثبت شد.",
    "move_request": "درخواست {ref} به سمن‌سرای دیگر برده شد؛ نوبتش در صف همان زمان ثبت است.",
    "request_extension": "درخواست تمدید قرارداد {ref} ثبت شد.",
    "restore": "پایگاه داده از نسخهٔ پشتیبان بازگردانده شد.",
    "retire_staff": "نیروی {ref} کنار گذاشته شد.",
    "return_note": "سفتهٔ قرارداد {ref} بازگردانده شد.",
    "review_request:accept": "درخواست {ref} پذیرفته شد.",
    "review_request:reject": "درخواست {ref} رد شد.",
    "schedule_booking": "وقت نوبت {ref} تنظیم شد.",
    "set_inflation": "نرخ تورم سال {ref} ثبت شد.",
    "set_password": "گذرواژهٔ {ref} تغییر کرد.",
    "settle_damage": "رسیدگی به خسارت قرارداد {ref} ثبت شد.",
    "sign_contract": "قرارداد {ref} بسته و سفته دریافت شد.",
    "submit_request": "درخواست {ref} ثبت شد.",
    "take_note_custody": "سفتهٔ قرارداد {ref} به امانت مالی تحویل شد.",
    "update_ngo": "اطلاعات سمن {ref} ذخیره شد.",
    "update_semansara": "اطلاعات سمن‌سرای {ref} ذخیره شد.",
    "update_staff": "اطلاعات نیروی {ref} ذخیره شد.",
    "update_user": "اطلاعات کاربر {ref} ذخیره شد.",
    "verify_document": "سند بررسی شد.",
    "withdraw_request": "انصراف از درخواست {ref} ثبت شد.",
}
ACTION_DONE_AT = "{text} ({time})"

# --- closed days in the booking calendar (R-2.3) -------------------------------------------------
CAL_CLOSED_DAY = "تعطیل: {why}"
CAL_CLOSED_TIP = "{date} — تعطیل: {why}"

# --- settings: closed days (R-2.3) ---------------------------------------------------------------
CLOSED_DAYS_EXPLAIN = (
    "سمن‌سراها جمعه‌ها و در تعطیلات رسمی ایران بسته‌اند. ستاد می‌تواند روزی دیگر را تعطیل، یا "
    "روزی تعطیل را باز اعلام کند، برای همهٔ سمن‌سراها یا یکی، با ذکر دلیل (R-2.3). نوبت در روز "
    "تعطیل پذیرفته نمی‌شود."
)
CLOSED_DAYS_COLUMNS = ("تاریخ", "روز", "اعلام", "سمن‌سرا", "دلیل", "اعلام‌کننده")
CLOSED_DAYS_HOLIDAY_COLUMNS = ("تاریخ", "روز", "مناسبت")
CLOSED_DAYS_DECLARED = "اعلام‌های ستاد"
CLOSED_DAYS_OFFICIAL = "تعطیلات رسمی یک سال پیش رو"
CLOSED_DAYS_KINDS = {"closed": "تعطیل", "open": "باز"}
CLOSED_DAYS_EVERY = "همهٔ سمن‌سراها"
CLOSED_DAYS_DATE = "تاریخ:"
CLOSED_DAYS_KIND = "اعلام:"
CLOSED_DAYS_SEMANSARA = "سمن‌سرا:"
CLOSED_DAYS_REASON = "دلیل:"
CLOSED_DAYS_REASON_HINT = "مثلاً: تعطیلی به دستور استانداری"
CLOSED_DAYS_SAVE = "ثبت اعلام"
CLOSED_DAYS_SAVED = "روز {date} «{kind}» اعلام شد."

# --- the guided set-up of a first start ----------------------------------------------------------
SETUP_TITLE = "راه‌اندازی سمن‌سرا"
SETUP_NEXT = "بعدی ←"
SETUP_BACK = "→ قبلی"
SETUP_FINISH = "پایان"
SETUP_LATER = "بعداً"
SETUP_HQ_TITLE = "۱. ستاد"
SETUP_HQ_SUBTITLE = (
    "نام و نشانی پست الکترونیک مدیر سامانه، که در اسناد و اعلان‌ها می‌آید. هر سه گام را بعداً "
    "هم می‌توان در «تنظیمات» و «سمن‌سراها» انجام داد."
)
SETUP_HQ_NAME = "ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران"
SETUP_ADMIN_NAME = "نام مدیر سامانه:"
SETUP_ADMIN_EMAIL = "پست الکترونیک:"
SETUP_SEMANSARA_TITLE = "۲. نخستین سمن‌سرا"
SETUP_SEMANSARA_SUBTITLE = "کد، نام و منطقهٔ سمن‌سرا و شمار میزها، اتاق‌ها، سالن‌ها و قفسه‌های آن."
SETUP_SEMANSARA_CODE = "کد سمن‌سرا:"
SETUP_SEMANSARA_NAME = "نام سمن‌سرا:"
SETUP_ROOM_LABELS = {
    "district": "منطقهٔ شهرداری:",
    "desks": "میز کار:",
    "meeting_rooms": "اتاق جلسات:",
    "workshop_rooms": "اتاق کارگاه:",
    "halls": "سالن:",
    "shelves": "قفسه:",
    "max_contracts": "سقف قراردادهای هم‌زمان:",
}
SETUP_USERS_TITLE = "۳. نخستین کاربران"
SETUP_USERS_SUBTITLE = (
    "برای هر نقش ستاد، نام کسی که با آن کار می‌کند و گذرواژه‌ای یک‌بارمصرف که در نخستین ورود "
    "عوض می‌کند. حسابی که خالی بماند خاموش می‌ماند تا مدیر در «تنظیمات» گذرواژه‌اش را بدهد."
)
SETUP_USERS_COLUMNS = ("نقش (نام کاربری)", "نام و نام خانوادگی", "گذرواژهٔ یک‌بارمصرف")
SETUP_USERS_DONE = "گذرواژه داده شد"

# --- help ----------------------------------------------------------------------------------------
ACTION_MANUAL = "راهنمای کاربر"
MANUAL_MISSING_TITLE = "راهنمای کاربر"
MANUAL_MISSING = (
    "راهنمای فارسی در این نسخه همراه برنامه نیست. جای آن: «{path}». تا آن زمان، README برنامه "
    "و فرمان «semansara --help» راهنمای کار است."
)
ABOUT_VERSION = "<p>نسخهٔ {version}</p>"
