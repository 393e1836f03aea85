"""The contract's wording: a versioned template, revised by HQ's legal staff with the policy.

A template is a version name and its articles, each a heading and paragraphs with ``{name}``
placeholders that the contract's record fills in (``app.documents.contract``); the paragraph
``{caps_table}`` stands for the table of the level's caps. The version printed is the one in
force on the signing day: a policy version may carry its own ``contract_template`` (the same
shape), else this first one applies.
"""

from __future__ import annotations

import string

CONTRACT_TEMPLATE_1 = {
    "version": "۱۳۹۹-۱",
    "articles": [
        {
            "heading": "مادهٔ\u00a0۱ ـ طرفین قرارداد",
            "paragraphs": [
                "۱-۱. {hq}، به نشانی {hq_address}، تلفن {hq_phone}، به نمایندگی {deputy}، معاون "
                "امور مناطق، که از این پس «ستاد» نامیده می‌شود.",
                "۱-۲. سازمان مردم‌نهاد «{ngo}» با کد {ngo_code}، شناسهٔ ملی یا شمارهٔ ثبت "
                "{national_id}، مجوز فعالیت شمارهٔ {licence_no} صادرشده از {issuer} و معتبر "
                "تا\u00a0{licence_expires}، به نشانی {ngo_address}، تلفن {ngo_phone} و پست "
                "الکترونیکی {ngo_email}، با مدیرعاملی {chief} (کد ملی {chief_code}) و نمایندگی "
                "رسمی {representative} (کد ملی {representative_code})، که از این پس «سمن» "
                "نامیده می‌شود.",
                "این قرارداد بر پایهٔ {procedure} (مصوب {approved}) بسته می‌شود.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۲ ـ موضوع قرارداد",
            "paragraphs": [
                "موضوع قرارداد استفادهٔ اشتراکی و با نوبت قبلی سمن از فضا و خدمات «{semansara}» "
                "(کد {semansara_code}) واقع در منطقهٔ\u00a0{district} شهر تهران{address} است، در "
                "حدود سطح توان‌افزایی {level} سمن و سقف‌های جدول زیر (مادهٔ\u00a0۴ شیوه‌نامه). "
                "سقف ساعت‌ها سالانه است و سال، سال شمسی است.",
                "{caps_table}",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۳ ـ مدت قرارداد",
            "paragraphs": [
                "مدت قرارداد {months} ماه شمسی است: از آغاز روز {starts} تا پایان "
                "روز\u00a0{last_day}.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۴ ـ مبلغ قرارداد",
            "paragraphs": ["{consideration}"],
        },
        {
            "heading": "مادهٔ\u00a0۵ ـ تعهدات ستاد",
            "paragraphs": [
                "ستاد فضای سمن‌سرا، میز و قفسهٔ اختصاصی (اگر در جدول مادهٔ\u00a0۲ آمده باشد) و "
                "تجهیزات اتاق‌ها را در نوبت‌هایی که میز خدمت ستاد تعیین می‌کند در اختیار سمن "
                "می‌گذارد؛ کارکنان خدماتی و اداری سمن‌سرا را می‌گمارد؛ و سمن‌سرا را در روزهای "
                "کاری از ساعت {opens} تا\u00a0{closes} باز نگه می‌دارد (جمعه‌ها و تعطیلات رسمی "
                "بسته است).",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۶ ـ تعهدات سمن",
            "paragraphs": [
                "۶-۱. سمن در مدت قرارداد تنها از خدمات «{semansara}» بهره‌مند می‌شود "
                "(تبصرهٔ\u00a0۲ شیوه‌نامه).",
                "۶-۲. هر بار استفاده با درخواست نوبت از میز خدمت ستاد است و شمار حاضران از ظرفیت "
                "هر خدمت و ساعت‌ها از سقف سالانهٔ جدول مادهٔ\u00a0۲ بیشتر نمی‌شود.",
                "۶-۳. سمن فضا یا خدمات سمن‌سرا را به دیگری اجاره نمی‌دهد و حقوق این قرارداد را "
                "به دیگری واگذار نمی‌کند.",
                "۶-۴. سمن فضا و تجهیزات را درست به کار می‌برد و نگه می‌دارد و خسارتی را که وارد "
                "کند جبران می‌کند.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۷ ـ تضمین (سفته)",
            "paragraphs": [
                "سمن هنگام امضای این قرارداد یک فقره سفته به شمارهٔ {note_serial} به مبلغ "
                "{note_amount}\u00a0ریال ({note_words}) در وجه ستاد سپرد که {finance}، معاون مالی، "
                "اداری و پشتیبانی ستاد، آن را دریافت کرد (مادهٔ\u00a0۶ شیوه‌نامه). مبلغ لازم "
                "سفته برای سال {note_year} با احتساب نرخ تورم سالانه {note_due} ریال است.",
                "سفته تا پایان قرارداد نزد ستاد می‌ماند و پس از پایان آن، اگر مسئول سمن‌سرا نبود "
                "خسارت و استفادهٔ درست را تأیید کند، با رسید به نمایندهٔ رسمی سمن بازگردانده "
                "می‌شود؛ اگر خسارتی گزارش شود، سفته تا تسویهٔ آن نزد ستاد می‌ماند.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۸ ـ تمدید",
            "paragraphs": [
                "درخواست تمدید باید دست‌کم {notice} پیش از پایان قرارداد، یعنی حداکثر "
                "تا\u00a0{deadline}، به میز خدمت ستاد برسد. قرارداد حداکثر {max_extensions} بار "
                "و هر بار {months} ماه تمدید می‌شود و حضور سمن در همهٔ سمن‌سراها روی‌هم از "
                "{total} بیشتر نمی‌شود؛ هر تمدید الحاقیه‌ای جدا دارد (مادهٔ\u00a0۵ شیوه‌نامه).",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۹ ـ فسخ",
            "paragraphs": [
                "ستاد می‌تواند قرارداد را فسخ کند اگر سمن از تعهدات مادهٔ\u00a0۶ تخلف کند، از فضا "
                "یا خدمات برای کاری جز موضوع قرارداد استفاده کند، مجوز فعالیت آن باطل شود یا "
                "اعتبارش به پایان برسد، یا سطح توان‌افزایی آن چنان تغییر کند که خدمات این "
                "قرارداد دیگر به آن تعلق نگیرد.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۱۰ ـ حل اختلاف",
            "paragraphs": [
                "اختلاف‌های ناشی از این قرارداد نخست با گفت‌وگوی طرفین و میانجی‌گری معاونت امور "
                "مناطق ستاد حل می‌شود و در صورت نرسیدن به توافق، مرجع رسیدگی دادگاه‌های صالح "
                "شهر تهران است.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۱۱ ـ قوهٔ قاهره",
            "paragraphs": [
                "اگر رویدادی بیرون از ارادهٔ طرفین (مانند بلایای طبیعی یا تصمیم مراجع رسمی) اجرای "
                "قرارداد را ناممکن کند، تعهدات تا رفع آن معلق می‌ماند و هیچ‌یک از طرفین مسئول "
                "خسارت ناشی از آن نیست.",
            ],
        },
        {
            "heading": "مادهٔ\u00a0۱۲ ـ نسخه‌ها",
            "paragraphs": [
                "این قرارداد در دوازده ماده و دو نسخهٔ یکسان تنظیم و امضا شد؛ یک نسخه نزد ستاد و "
                "یک نسخه نزد سمن می‌ماند و همهٔ صفحه‌های آن به پاراف طرفین رسیده است.",
            ],
        },
    ],
}


# --- the template as plain text (the settings window's editor) ------------------------------------

#: Where a policy version keeps its wording (checked by ``policy_admin``).
POLICY_KEY = "contract_template"
#: A line that starts with this is an article's heading; every other line is a paragraph.
HEADING_MARK = "#"


def blanks(template: dict | None = None) -> list[str]:
    """The blanks (``{name}``) the contract fills, as the first template uses them, in order of
    first use: a new wording may use any of them and no other (``add_policy_version`` checks)."""
    seen: dict[str, None] = {}
    for article in (template or CONTRACT_TEMPLATE_1)["articles"]:
        for text in (article["heading"], *article["paragraphs"]):
            for _literal, name, _spec, _conversion in string.Formatter().parse(text):
                if name:
                    seen.setdefault(name)
    return list(seen)


def as_text(template: dict) -> str:
    """The articles as plain text: «# heading», then a line for each paragraph, then a blank
    line before the next article."""
    parts = [
        "\n".join([f"{HEADING_MARK} {article['heading']}", *article["paragraphs"]])
        for article in template["articles"]
    ]
    return "\n\n".join(parts) + "\n"


def from_text(version: str, text: str) -> dict:
    """A template from its version name and its plain text (``as_text``). Blank lines are
    skipped; a paragraph before any heading makes an article without one, which
    ``add_policy_version`` refuses, as it does an article without paragraphs."""
    articles: list[dict] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(HEADING_MARK):
            articles.append({"heading": line[len(HEADING_MARK) :].strip(), "paragraphs": []})
        else:
            if not articles:
                articles.append({"heading": "", "paragraphs": []})
            articles[-1]["paragraphs"].append(line)
    return {"version": version.strip(), "articles": articles}
