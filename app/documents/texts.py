"""Persian wording printed by the document layer, kept in one place for review.

Templates are filled with ``str.format``; every value put into them is already
written for print (Jalali dates, Persian digits, amounts with «٬»). Citations
in parentheses name the article of the procedure («شیوه‌نامهٔ ارائهٔ خدمات
سمن‌سرا», approved 1399/04/25) that the sentence carries out.
"""

from __future__ import annotations

#: Page footer; both numbers are filled in with Persian digits.
PAGE_X_OF_Y = "صفحه {page} از {total}"

#: Creator recorded in the PDF metadata.
PDF_CREATOR = "سمن‌سرا (Semansara)"

# --- every document ---------------------------------------------------------------------------

HQ = "ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران"
#: The PDF author of every document.
AUTHOR = HQ
PROCEDURE = "شیوه‌نامهٔ ارائهٔ خدمات سمن‌سرا"

META_SERIAL = "شماره: {serial}"
META_DATE = "تاریخ: {date}"
META_CODE = "کد تصدیق: {code}"
META_PREVIEW = "پیش‌نمایش"
COPY = "رونوشت"
META_COPY = "رونوشت ـ چاپ {date}"
#: The footer of an issued document, next to the page number.
FOOTER_STAMP = "شمارهٔ سند {serial} · کد تصدیق {code}"
HOW_TO_VERIFY = (
    "درستی این سند را با کد QR یا کد تصدیق آن از میز خدمت ستاد بپرسید (فرمان "
    "«\u202asemansara verify\u202c»){contact}."
)
CONTACT_PHONE = "، تلفن {phone}"
CONTACT_ADDRESS = "، نشانی: {address}"
FOOTER_PREVIEW = "پیش‌نمایش بدون شماره و کد تصدیق؛ اعتبار ندارد"
BLANK = "........................"
YES = "بله"
NO = "خیر"
NONE = "—"
SIGNATURE = "امضا و مهر"
NAME = "نام: {name}"
ROLE = "سمت: {role}"
REPRESENTATIVE_ROLE = "نمایندهٔ رسمی سمن"

# --- the request form (step الف) ----------------------------------------------------------------

REQUEST_FORM_TITLE = "فرم درخواست سمن‌سرا"
REQUEST_FORM_SUBTITLE = "(مرحلهٔ الف شیوه‌نامه: ثبت درخواست کتبی)"
REQUEST_NGO_HEADING = "۱. مشخصات سمن"
REQUEST_HEADING = "۲. درخواست"
REQUEST_SERVICES_HEADING = "۳. خدمات درخواستی (مادهٔ\u00a0۲ شیوه‌نامه)"
REQUEST_SERVICES_NOTE = (
    "خدمات سمن‌سرا پس از عقد قرارداد و تنها با نوبت قبلی ارائه می‌شود؛ سقف هر خدمت به سطح "
    "توان‌افزایی سمن بستگی دارد (مادهٔ\u00a0۴ شیوه‌نامه)."
)
REQUEST_NO_SERVICES = "سمن خدمت مشخصی را در فرم علامت نزده است."
REQUEST_REASON = "دلیل تصمیم: {reason}"
REQUEST_PRIORITY = (
    "اولویت واگذاری بر پایهٔ زمان ثبت درخواست است (تبصرهٔ\u00a0۱ شیوه‌نامه: به ترتیب ثبت)."
)
FIELD_NGO_NAME = "نام سمن"
FIELD_NGO_CODE = "کد سمن"
FIELD_LICENCE_NO = "شمارهٔ مجوز فعالیت"
FIELD_LICENCE_ISSUER = "مرجع صدور مجوز"
FIELD_LICENCE_EXPIRES = "اعتبار مجوز تا"
FIELD_FOUNDED = "تاریخ تأسیس"
FIELD_MEMBERS = "شمار اعضا"
FIELD_LEVEL = "سطح توان‌افزایی"
FIELD_CHIEF = "مدیرعامل"
FIELD_REPRESENTATIVE = "نمایندهٔ رسمی"
FIELD_PHONE = "تلفن"
FIELD_EMAIL = "پست الکترونیکی"
FIELD_DISTRICT = "منطقهٔ فعالیت"
FIELD_REQUEST_REF = "شمارهٔ درخواست"
FIELD_SEMANSARA = "سمن‌سرای درخواستی"
FIELD_CHANNEL = "شیوهٔ ثبت"
FIELD_REGISTERED_AT = "تاریخ و ساعت ثبت"
FIELD_REGISTERED_BY = "ثبت‌کننده"
FIELD_STEP = "مرحلهٔ کنونی"
COL_ROW = "ردیف"
COL_SERVICE = "خدمت"
COL_ASKED = "درخواست شده"
COL_PER_USE = "ظرفیت هر نوبت"
COL_CAP = "سقف سطح\u00a0{level}"
LEVEL_NOT_SET = "تعیین نشده"
LEVEL_VALUE = "سطح\u00a0{level}"
DISTRICT_VALUE = "منطقهٔ\u00a0{district}"
SIGN_APPLICANT = "نمایندهٔ سمن"
SIGN_DESK = "کارشناس میز خدمت ستاد"

# --- the six-month lease contract (step ج) -------------------------------------------------------

BISMILLAH = "بسمه تعالی"
NO_RENT = "استفاده از فضا و خدمات سمن‌سرا در مدت این قرارداد بدون دریافت اجاره‌بها است."
RENT = (
    "اجاره‌بهای ماهانه {amount}\u00a0ریال ({words}) است که سمن تا پنجم هر ماه به حساب ستاد می‌پردازد."
)
SIGN_DATE = "تاریخ: {date}"
#: On every page of the contract, beside the page number.
INITIALS = "پاراف ستاد: ............  پاراف سمن: ............"
CONTRACT_TITLE = "قرارداد اجارهٔ شش‌ماهه"
CONTRACT_SUBTITLE = "استفاده از خدمات «{semansara}»"
CONTRACT_REF_LINE = "شمارهٔ قرارداد: {ref}  ·  تاریخ امضا: {signed}  ·  متن نسخهٔ {version}"
ADDRESS_PART = "، به نشانی {address}"
CAP_HOURS = "{n} ساعت در سال"
CAP_SHELF = "{n} قفسه"
CAP_DESK = "{n} میز"
CAP_CARDS = "{n} کارت در سال"
CAP_UNLIMITED = "نامحدود"
PER_USE_PEOPLE = "حداکثر {n} نفر"
NO_SERVICES_FOR_LEVEL = "برای سطح\u00a0{level} خدمتی در جدول سقف‌ها نیست."
SIGN_FOR_HQ = "از سوی ستاد"
SIGN_FOR_NGO = "از سوی سمن"
SIGN_CHIEF = "مدیرعامل: {name}"
SIGN_REPRESENTATIVE = "نمایندهٔ رسمی: {name}"
MONTHS = "{n} ماه"
YEARS = "{words} سال"
ONE_MONTH = "یک ماه"

# --- the addenda (R-5.1, R-5.4) -----------------------------------------------------------------

ADDENDUM_TITLE = "الحاقیهٔ قرارداد"
ADDENDUM_SUBTITLE = "تمدید {nth}"
ADDENDUM_REF_LINE = (
    "پیوست قرارداد شمارهٔ\u00a0{contract} (امضا شده در {signed}) · درخواست تمدید {ref}"
)
ADDENDUM_ARTICLE_1 = "مادهٔ\u00a0۱ ـ تمدید"
ADDENDUM_EXTENDS = (
    "قرارداد شمارهٔ\u00a0{contract} میان ستاد و سازمان مردم‌نهاد «{ngo}» (کد {ngo_code}) برای "
    "{nth}ین بار به مدت {months} ماه تمدید می‌شود: پایان قرارداد از پایان روز\u00a0{before} به "
    "پایان روز\u00a0{last_day} می‌رسد (مادهٔ\u00a0۵ شیوه‌نامه)."
)
ADDENDUM_ARTICLE_MOVE = "مادهٔ\u00a0۲ ـ سمن‌سرای جدید"
ADDENDUM_MOVES = (
    "از آغاز روز\u00a0{starts} خدمات این قرارداد به جای «{old}» در «{new}» (منطقهٔ\u00a0{district})"
    "{address} ارائه می‌شود و سمن از آن روز تنها از خدمات سمن‌سرای جدید بهره‌مند می‌شود "
    "(تبصرهٔ\u00a0۲ و مادهٔ\u00a0۵ شیوه‌نامه)."
)
ADDENDUM_ARTICLE_REST = "مادهٔ پایانی ـ دیگر شرایط"
ADDENDUM_REST = (
    "دیگر مواد قرارداد، از جمله تضمین (سفته) و تعهدات طرفین، بی‌تغییر به قوت خود باقی است. "
    "این الحاقیه جزء جدایی‌ناپذیر قرارداد است و در دو نسخه تنظیم و امضا شد."
)

# --- the introduction letters (steps ج, چ, ح) ----------------------------------------------------

LETTER_TITLE = "معرفی‌نامه"
LETTER_COPY = {
    "representative": "نسخهٔ نمایندهٔ رسمی سمن",
    "manager": "نسخهٔ مسئول سمن‌سرا",
}
LETTER_TO = "مسئول محترم «{semansara}» (منطقهٔ\u00a0{district})"
LETTER_GREETING = "با سلام و احترام،"
LETTER_BODY = (
    "بدین‌وسیله {representative}، نمایندهٔ رسمی سازمان مردم‌نهاد «{ngo}» (کد {ngo_code}، مجوز "
    "فعالیت شمارهٔ\u00a0{licence_no} از {issuer})، معرفی می‌شود. این سمن در تاریخ {signed} قرارداد "
    "اجارهٔ شش‌ماههٔ شمارهٔ\u00a0{contract} را با ستاد امضا کرده است و از آغاز روز\u00a0{starts} تا "
    "پایان روز\u00a0{last_day}، در حدود سطح توان‌افزایی {level}، از خدمات این سمن‌سرا بهره‌مند "
    "می‌شود."
)
LETTER_SERVICES = "خدمات قرارداد: {services}."
LETTER_REQUEST = (
    "خواهشمند است خدمات یادشده با نوبتی که میز خدمت ستاد تعیین و اعلام می‌کند، در حدود "
    "سقف‌های قرارداد در اختیار ایشان قرار گیرد. این سمن در مدت قرارداد تنها از خدمات همین "
    "سمن‌سرا بهره‌مند می‌شود (تبصرهٔ\u00a0۲ شیوه‌نامه)."
)
LETTER_TWO_COPIES = (
    "این معرفی‌نامه در دو نسخه صادر شده است: یک نسخه برای نمایندهٔ رسمی سمن (مرحلهٔ چ) و یک "
    "نسخه برای مسئول سمن‌سرا (مرحلهٔ ح)."
)
LETTER_SIGNATURE = "معاونت امور مناطق ستاد"
#: A reprint of a letter shows the letter's own serial under its copy serial.
OWN_SERIAL = "شمارهٔ معرفی‌نامه: {serial}"

# --- the promissory-note receipts (Article 6) ---------------------------------------------------

NOTE_RECEIPT_TITLE = "رسید دریافت سفته"
NOTE_RECEIPT_TEXT = (
    "بدین‌وسیله گواهی می‌شود که یک فقره سفته به شمارهٔ\u00a0{serial} به مبلغ {amount}\u00a0ریال "
    "({words}) از سوی {chief}، مدیرعامل سازمان مردم‌نهاد «{ngo}» (کد {ngo_code})، بابت تضمین "
    "قرارداد اجارهٔ شش‌ماههٔ شمارهٔ\u00a0{contract} برای استفاده از خدمات «{semansara}»، در تاریخ "
    "{received} به دست {receiver}، معاون مالی، اداری و پشتیبانی ستاد، دریافت شد (مادهٔ\u00a0۶ "
    "شیوه‌نامه)."
)
NOTE_RECEIPT_CONDITIONS = (
    "سفته نزد معاونت مالی، اداری و پشتیبانی ستاد به امانت می‌ماند و پس از پایان قرارداد، اگر "
    "مسئول سمن‌سرا نبود خسارت و استفادهٔ درست را تأیید کند، با «رسید بازگرداندن سفته» به "
    "نمایندهٔ رسمی سمن بازگردانده می‌شود. این رسید را تا آن روز نگه دارید."
)
NOTE_RETURN_TITLE = "رسید بازگرداندن سفته"
NOTE_RETURN_TEXT = (
    "سفتهٔ شمارهٔ\u00a0{serial} به مبلغ {amount}\u00a0ریال ({words}) که بابت تضمین قرارداد اجارهٔ "
    "شش‌ماههٔ شمارهٔ\u00a0{contract} («{semansara}») در تاریخ {received} از سازمان مردم‌نهاد "
    "«{ngo}» (کد {ngo_code}) دریافت شده بود، {because} در تاریخ {returned} به {returned_to}، "
    "نمایندهٔ رسمی سمن، بازگردانده شد (مادهٔ\u00a0۶ شیوه‌نامه)."
)
RETURN_BECAUSE_NO_DAMAGE = (
    "پس از پایان قرارداد در {ended} و تأیید مسئول سمن‌سرا ({manager}) در {confirmed} بر نبود "
    "خسارت و استفادهٔ درست،"
)
RETURN_BECAUSE_SETTLED = (
    "پس از پایان قرارداد در {ended}، گزارش خسارت مسئول سمن‌سرا ({manager}) در {confirmed} و "
    "تسویهٔ آن،"
)
NOTE_RETURN_CLOSING = (
    "با این بازگرداندن، ستاد و سمن دربارهٔ تضمین این قرارداد ادعایی بر یکدیگر ندارند و «رسید "
    "دریافت سفته» این قرارداد باطل است."
)
FIELD_NOTE_SERIAL = "شمارهٔ سفته"
FIELD_AMOUNT = "مبلغ (ریال)"
FIELD_AMOUNT_WORDS = "مبلغ به حروف"
FIELD_CONTRACT = "شمارهٔ قرارداد"
FIELD_RECEIVED_AT = "تاریخ دریافت"
FIELD_RETURNED_AT = "تاریخ بازگرداندن"
SIGN_RECEIVED_FOR_HQ = "دریافت‌کننده از سوی ستاد"
SIGN_GIVER = "تحویل‌دهنده"
SIGN_RECEIVER = "تحویل‌گیرنده"

# --- booking notices (step ذ) ---------------------------------------------------------------------

NOTICE_TITLE = "اطلاعیهٔ نوبت سمن‌سرا"
NOTICE_COPY = {"ngo": "برای سمن", "manager": "برای مسئول سمن‌سرا"}
NOTICE_STEP = "(مرحلهٔ ذ شیوه‌نامه: اطلاع‌رسانی به سمن و مسئول سمن‌سرا)"
FIELD_BOOKING = "شمارهٔ نوبت"
FIELD_SERVICE = "خدمت"
FIELD_PLACE = "سمن‌سرا"
FIELD_DAY = "روز و تاریخ"
FIELD_TIME = "ساعت"
FIELD_PEOPLE = "شمار حاضران"
FIELD_NGO = "سمن"
FIELD_SEMANSARA_PHONE = "تلفن سمن‌سرا"
FIELD_DESK_CONTACT = "میز خدمت ستاد"
PHONE_PART = "تلفن {phone}"
ADDRESS_LABEL = "نشانی: {address}"
ROOM_NUMBER = "{service} شمارهٔ\u00a0{number}"
TIME_RANGE = "از {start} تا\u00a0{end}"
PEOPLE = "{n} نفر (ظرفیت این خدمت: {cap} نفر)"
NOTICE_NGO_RULES = (
    "لطفاً در وقت تعیین‌شده و با بیش از {cap} نفر حاضر نشوید (مادهٔ\u00a0۲ شیوه‌نامه). اگر از این "
    "نوبت استفاده نمی‌کنید، پیش از زمان آن لغوش را به میز خدمت ستاد خبر دهید تا ساعت‌های آن "
    "به سهمیهٔ سالانهٔ سمن بازگردد."
)
NOTICE_MANAGER_RULES = (
    "لطفاً فضا را در وقت تعیین‌شده آماده کنید. این سمن تنها از خدمات همین سمن‌سرا بهره‌مند "
    "می‌شود (تبصرهٔ\u00a0۲ شیوه‌نامه)؛ بیش از {cap} نفر در این خدمت پذیرفته نمی‌شود (مادهٔ\u00a0۲ "
    "شیوه‌نامه)."
)
SIGN_DESK_NOTICE = "میز خدمت ستاد"

# --- the command line ----------------------------------------------------------------------

PRINTED = "سند «{kind}» به شمارهٔ\u00a0{serial} با کد تصدیق {code} نوشته شد: {path}"

#: What a document's REF names, by kind.
RECORD_NOUNS = {
    "addendum": "درخواست تمدید",
    "request-form": "درخواست",
    "notice-ngo": "نوبت",
    "notice-manager": "نوبت",
}
RECORD_NOUN_DEFAULT = "قرارداد"

#: Persian names of the document kinds, for verify and messages.
KIND_NAMES = {
    "request-form": REQUEST_FORM_TITLE,
    "contract": CONTRACT_TITLE,
    "addendum": ADDENDUM_TITLE,
    "letter-representative": f"{LETTER_TITLE} ({LETTER_COPY['representative']})",
    "letter-manager": f"{LETTER_TITLE} ({LETTER_COPY['manager']})",
    "note-receipt": NOTE_RECEIPT_TITLE,
    "note-return": NOTE_RETURN_TITLE,
    "notice-ngo": f"{NOTICE_TITLE} ({NOTICE_COPY['ngo']})",
    "notice-manager": f"{NOTICE_TITLE} ({NOTICE_COPY['manager']})",
}
