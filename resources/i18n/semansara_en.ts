<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fa_IR">
    <context>
        <name>texts</name>
        <message>
            <source>سمن‌سرا</source>
            <extracomment>APP_TITLE, REQUEST_COLUMNS[2], ACCOUNT_COLUMNS[3], …</extracomment>
            <translation>Semansara</translation>
        </message>
        <message>
            <source>سمن‌سرا — نسخهٔ نمایشی</source>
            <extracomment>APP_TITLE_DEMO</extracomment>
            <translation>Semansara — demonstration copy</translation>
        </message>
        <message>
            <source>سامانهٔ سمن‌سراهای ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران</source>
            <extracomment>APP_SUBTITLE</extracomment>
            <translation>The NGO houses (semansaras) of the Tehran NGO Support and Empowerment Headquarters</translation>
        </message>
        <message>
            <source>خانه</source>
            <extracomment>PAGES['home']</extracomment>
            <translation>Home</translation>
        </message>
        <message>
            <source>سمن‌ها</source>
            <extracomment>PAGES['ngos']</extracomment>
            <translation>NGOs</translation>
        </message>
        <message>
            <source>سمن‌سراها</source>
            <extracomment>PAGES['semansaras'], HOME_COUNTS['semansaras']</extracomment>
            <translation>Semansaras</translation>
        </message>
        <message>
            <source>درخواست‌ها</source>
            <extracomment>PAGES['requests']</extracomment>
            <translation>Requests</translation>
        </message>
        <message>
            <source>نوبت‌ها</source>
            <extracomment>PAGES['bookings']</extracomment>
            <translation>Bookings</translation>
        </message>
        <message>
            <source>قراردادها</source>
            <extracomment>PAGES['contracts']</extracomment>
            <translation>Contracts</translation>
        </message>
        <message>
            <source>سفته‌ها</source>
            <extracomment>PAGES['notes']</extracomment>
            <translation>Promissory notes</translation>
        </message>
        <message>
            <source>گزارش‌ها</source>
            <extracomment>PAGES['reports']</extracomment>
            <translation>Reports</translation>
        </message>
        <message>
            <source>تنظیمات</source>
            <extracomment>PAGES['settings']</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <source>این بخش در نسخهٔ بعدی آماده می‌شود.</source>
            <extracomment>NOT_READY</extracomment>
            <translation>This section will be ready in the next version.</translation>
        </message>
        <message>
            <source>پرونده</source>
            <extracomment>MENU_FILE, DB_FILE</extracomment>
            <translation>File</translation>
        </message>
        <message>
            <source>رفتن</source>
            <extracomment>MENU_GO</extracomment>
            <translation>Go</translation>
        </message>
        <message>
            <source>راهنما</source>
            <extracomment>MENU_HELP</extracomment>
            <translation>Help</translation>
        </message>
        <message>
            <source>خروج</source>
            <extracomment>ACTION_QUIT, DB_EXIT</extracomment>
            <translation>Quit</translation>
        </message>
        <message>
            <source>دربارهٔ سمن‌سرا</source>
            <extracomment>ACTION_ABOUT, ABOUT_TITLE</extracomment>
            <translation>About Semansara</translation>
        </message>
        <message>
            <source>جست‌وجو</source>
            <extracomment>ACTION_FIND</extracomment>
            <translation>Search</translation>
        </message>
        <message>
            <source>مورد جدید</source>
            <extracomment>ACTION_NEW</extracomment>
            <translation>New item</translation>
        </message>
        <message>
            <source>بازخوانی</source>
            <extracomment>ACTION_RELOAD</extracomment>
            <translation>Reload</translation>
        </message>
        <message>
            <source>کاربر:</source>
            <extracomment>USER_LABEL</extracomment>
            <translation>User:</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <extracomment>USER_ITEM</extracomment>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>پایگاه داده: {where}</source>
            <extracomment>STATUS_DATABASE</extracomment>
            <translation>Database: {where}</translation>
        </message>
        <message>
            <source>PostgreSQL روی {host}</source>
            <extracomment>POSTGRES_ON</extracomment>
            <translation>PostgreSQL on {host}</translation>
        </message>
        <message>
            <source>امروز: {today}</source>
            <extracomment>STATUS_TODAY</extracomment>
            <translation>Today: {today}</translation>
        </message>
        <message>
            <source>در انتظار پایگاه داده…</source>
            <extracomment>DATABASE_WAITING</extracomment>
            <translation>Waiting for the database…</translation>
        </message>
        <message>
            <source>ارتباط با پایگاه داده قطع شده است؛ تلاش دوباره تا {seconds} ثانیهٔ دیگر…</source>
            <extracomment>CONNECTION_LOST</extracomment>
            <translation>The connection to the database is lost; trying again in {seconds} seconds…</translation>
        </message>
        <message>
            <source>ارتباط با پایگاه داده قطع شده است؛ در حال تلاش دوباره…</source>
            <extracomment>CONNECTION_TRYING</extracomment>
            <translation>The connection to the database is lost; trying again…</translation>
        </message>
        <message>
            <source>تلاش اکنون</source>
            <extracomment>CONNECTION_RETRY_NOW</extracomment>
            <translation>Try now</translation>
        </message>
        <message>
            <source>لغو</source>
            <extracomment>CONNECTION_GIVE_UP, IMPORT_CANCEL</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;سمن‌سرا&lt;/b&gt;&lt;/p&gt;&lt;p&gt;سامانهٔ خدمات سمن‌سراهای ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران، بر پایهٔ «شیوه‌نامه ارائه خدمات سمن‌سرا» مصوب ۱۳۹۹/۰۴/۲۵.&lt;/p&gt;&lt;p&gt;قلم: وزیرمتن (Vazirmatn)، با پروانهٔ SIL Open Font License 1.1.&lt;/p&gt;</source>
            <extracomment>ABOUT_TEXT</extracomment>
            <translation>&lt;p&gt;&lt;b&gt;Semansara&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service system of the semansaras (NGO houses) of the Tehran NGO Support and Empowerment Headquarters, following the Semansara service procedure approved on 1399/04/25.&lt;/p&gt;&lt;p&gt;Font: Vazirmatn, under the SIL Open Font License 1.1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>پایگاه داده باز نشد</source>
            <extracomment>DB_PROBLEM_TITLE</extracomment>
            <translation>The database did not open</translation>
        </message>
        <message>
            <source>پایگاه دادهٔ «{where}» باز نشد.</source>
            <extracomment>DB_PROBLEM_TEXT</extracomment>
            <translation>The database “{where}” did not open.</translation>
        </message>
        <message>
            <source>به کارساز PostgreSQL دسترسی نیست. اتصال شبکه و روشن بودن کارساز را بررسی کنید، یا یک پروندهٔ پایگاه دادهٔ محلی (SQLite) برگزینید.</source>
            <extracomment>DB_UNREACHABLE</extracomment>
            <translation>The PostgreSQL server cannot be reached. Check the network connection and that the server is running, or choose a local database file (SQLite).</translation>
        </message>
        <message>
            <source>این پرونده باز یا خوانده نشد؛ شاید پروندهٔ پایگاه داده نیست یا دسترسی به آن نیست.</source>
            <extracomment>DB_UNREADABLE</extracomment>
            <translation>This file could not be opened or read; it may not be a database file, or access to it is denied.</translation>
        </message>
        <message>
            <source>برای باز کردن آن، نسخهٔ تازه‌تر برنامه را نصب کنید.</source>
            <extracomment>DB_TOO_NEW</extracomment>
            <translation>To open it, install a newer version of the program.</translation>
        </message>
        <message>
            <source>این نه نشانی PostgreSQL (postgresql://…) است نه پروندهٔ SQLite با پسوند ‎.sqlite‎ یا ‎.db‎؛ پایگاه دادهٔ دیگری برگزینید.</source>
            <extracomment>DB_NOT_A_DATABASE</extracomment>
            <translation>This is neither a PostgreSQL address (postgresql://…) nor an SQLite file ending .sqlite or .db; choose another database.</translation>
        </message>
        <message>
            <source>پایگاه داده در دست برنامهٔ دیگری است؛ آن برنامه را ببندید و دوباره تلاش کنید.</source>
            <extracomment>DB_IN_USE</extracomment>
            <translation>Another program is holding the database; close it and try again.</translation>
        </message>
        <message>
            <source>تلاش دوباره</source>
            <extracomment>DB_RETRY</extracomment>
            <translation>Try again</translation>
        </message>
        <message>
            <source>انتخاب پایگاه دادهٔ دیگر</source>
            <extracomment>DB_CHOOSE</extracomment>
            <translation>Choose another database</translation>
        </message>
        <message>
            <source>انتخاب پروندهٔ پایگاه داده</source>
            <extracomment>DB_CHOOSE_TITLE</extracomment>
            <translation>Choose the database file</translation>
        </message>
        <message>
            <source>پایگاه دادهٔ SQLite (*.sqlite *.db);;همهٔ پرونده‌ها (*)</source>
            <extracomment>DB_CHOOSE_FILTER</extracomment>
            <translation>SQLite database (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>صفحهٔ «{page}» شناخته نیست؛ یکی از این‌ها: {pages}</source>
            <extracomment>SCREENSHOT_UNKNOWN_PAGE</extracomment>
            <translation>Unknown page “{page}”; one of: {pages}</translation>
        </message>
        <message>
            <source>تصویر ذخیره شد: {path}</source>
            <extracomment>SCREENSHOT_SAVED</extracomment>
            <translation>Picture saved: {path}</translation>
        </message>
        <message>
            <source>تصویر در «{path}» ذخیره نشد.</source>
            <extracomment>SCREENSHOT_FAILED</extracomment>
            <translation>The picture could not be saved to “{path}”.</translation>
        </message>
        <message>
            <source>ذخیره</source>
            <extracomment>SAVE, DB_SAVE, MAIL_SAVE</extracomment>
            <translation>Save</translation>
        </message>
        <message>
            <source>انصراف</source>
            <extracomment>CANCEL</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>جدید</source>
            <extracomment>NEW</extracomment>
            <translation>New</translation>
        </message>
        <message>
            <source>ویرایش</source>
            <extracomment>EDIT, NGO_EDIT, SEMANSARA_EDIT</extracomment>
            <translation>Edit</translation>
        </message>
        <message>
            <source>جست‌وجو در نام، کد یا شمارهٔ مجوز…</source>
            <extracomment>SEARCH_PLACEHOLDER</extracomment>
            <translation>Search names, codes or licence numbers…</translation>
        </message>
        <message>
            <source>{shown} از {total} ردیف</source>
            <extracomment>ROWS_SHOWN</extracomment>
            <translation>{shown} of {total} rows</translation>
        </message>
        <message>
            <source>—</source>
            <extracomment>NONE</extracomment>
            <translation>—</translation>
        </message>
        <message>
            <source>پیش از پر کردن فرم: {message}</source>
            <extracomment>NOT_ALLOWED_HINT</extracomment>
            <translation>Before you fill in the form: {message}</translation>
        </message>
        <message>
            <source>ذخیره نشد: پایگاه داده پاسخ نداد ({detail}). دوباره بکوشید.</source>
            <extracomment>DATABASE_TROUBLE</extracomment>
            <translation>Not saved: the database did not answer ({detail}). Please try again.</translation>
        </message>
        <message>
            <source>به سامانهٔ سمن‌سرا خوش آمدید</source>
            <extracomment>HOME_WELCOME</extracomment>
            <translation>Welcome to Semansara</translation>
        </message>
        <message>
            <source>امروز {weekday}، {day} {month} {year}</source>
            <extracomment>HOME_TODAY</extracomment>
            <translation>Today is {weekday}, {day} {month} {year}</translation>
        </message>
        <message>
            <source>سمن‌های ثبت‌شده</source>
            <extracomment>HOME_COUNTS['ngos']</extracomment>
            <translation>Registered NGOs</translation>
        </message>
        <message>
            <source>درخواست‌های باز</source>
            <extracomment>HOME_COUNTS['open_requests'], REQUEST_OPEN_STEPS</extracomment>
            <translation>Open requests</translation>
        </message>
        <message>
            <source>قراردادهای جاری</source>
            <extracomment>HOME_COUNTS['running_contracts']</extracomment>
            <translation>Running contracts</translation>
        </message>
        <message>
            <source>سمن جدید</source>
            <extracomment>NGO_NEW</extracomment>
            <translation>New NGO</translation>
        </message>
        <message>
            <source>ثبت سمن جدید</source>
            <extracomment>NGO_DIALOG_NEW</extracomment>
            <translation>Register a new NGO</translation>
        </message>
        <message>
            <source>ویرایش سمن {code}</source>
            <extracomment>NGO_DIALOG_EDIT</extracomment>
            <translation>Edit NGO {code}</translation>
        </message>
        <message>
            <source>کد</source>
            <extracomment>NGO_COLUMNS[0], SEMANSARA_COLUMNS[0]</extracomment>
            <translation>Code</translation>
        </message>
        <message>
            <source>نام</source>
            <extracomment>NGO_COLUMNS[1], SEMANSARA_COLUMNS[1], STAFF_COLUMNS[0], …</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>مرجع صدور مجوز</source>
            <extracomment>NGO_COLUMNS[2]</extracomment>
            <translation>Licensing body</translation>
        </message>
        <message>
            <source>شمارهٔ مجوز</source>
            <extracomment>NGO_COLUMNS[3]</extracomment>
            <translation>Licence no.</translation>
        </message>
        <message>
            <source>انقضای مجوز</source>
            <extracomment>NGO_COLUMNS[4]</extracomment>
            <translation>Licence expires</translation>
        </message>
        <message>
            <source>تاریخ تأسیس</source>
            <extracomment>NGO_COLUMNS[5]</extracomment>
            <translation>Founded</translation>
        </message>
        <message>
            <source>اعضا</source>
            <extracomment>NGO_COLUMNS[6], ASSESS_MEMBERS</extracomment>
            <translation>Members</translation>
        </message>
        <message>
            <source>سطح</source>
            <extracomment>NGO_COLUMNS[7], ASSESS_CRITERIA_COLUMNS[2]</extracomment>
            <translation>Level</translation>
        </message>
        <message>
            <source>منطقه</source>
            <extracomment>NGO_COLUMNS[8], SEMANSARA_COLUMNS[2]</extracomment>
            <translation>District</translation>
        </message>
        <message>
            <source>مجوز این سمن به پایان رسیده است (R-1.1).</source>
            <extracomment>NGO_EXPIRED_TIP</extracomment>
            <translation>This NGO's licence has expired (R-1.1).</translation>
        </message>
        <message>
            <source>نخست یک سمن را در فهرست برگزینید.</source>
            <extracomment>NGO_SELECT_FIRST</extracomment>
            <translation>First choose an NGO in the list.</translation>
        </message>
        <message>
            <source>سمن «{name}» با کد {code} ثبت شد.</source>
            <extracomment>NGO_SAVED</extracomment>
            <translation>NGO “{name}” registered with code {code}.</translation>
        </message>
        <message>
            <source>تغییرات سمن {code} ذخیره شد.</source>
            <extracomment>NGO_UPDATED</extracomment>
            <translation>Changes to NGO {code} saved.</translation>
        </message>
        <message>
            <source>چیزی تغییر نکرده بود.</source>
            <extracomment>NGO_UNCHANGED</extracomment>
            <translation>Nothing had changed.</translation>
        </message>
        <message>
            <source>سمن‌سرای جدید</source>
            <extracomment>SEMANSARA_NEW</extracomment>
            <translation>New semansara</translation>
        </message>
        <message>
            <source>افزودن سمن‌سرا</source>
            <extracomment>SEMANSARA_DIALOG_NEW</extracomment>
            <translation>Add a semansara</translation>
        </message>
        <message>
            <source>ویرایش سمن‌سرای {code}</source>
            <extracomment>SEMANSARA_DIALOG_EDIT</extracomment>
            <translation>Edit semansara {code}</translation>
        </message>
        <message>
            <source>میز</source>
            <extracomment>SEMANSARA_COLUMNS[3], POLICY_GRID_UNITS['desk']</extracomment>
            <translation>desks</translation>
        </message>
        <message>
            <source>اتاق جلسات</source>
            <extracomment>SEMANSARA_COLUMNS[4], CAL_ROOM_KINDS['meeting_room']</extracomment>
            <translation>Meeting room</translation>
        </message>
        <message>
            <source>اتاق کارگاه</source>
            <extracomment>SEMANSARA_COLUMNS[5], CAL_ROOM_KINDS['workshop_room']</extracomment>
            <translation>Workshop room</translation>
        </message>
        <message>
            <source>سالن</source>
            <extracomment>SEMANSARA_COLUMNS[6], CAL_ROOM_KINDS['hall']</extracomment>
            <translation>Hall</translation>
        </message>
        <message>
            <source>قفسه</source>
            <extracomment>SEMANSARA_COLUMNS[7], POLICY_UNITS['shelves'], POLICY_GRID_UNITS['shelf']</extracomment>
            <translation>shelves</translation>
        </message>
        <message>
            <source>ظرفیت قرارداد</source>
            <extracomment>SEMANSARA_COLUMNS[8]</extracomment>
            <translation>Contract places</translation>
        </message>
        <message>
            <source>جای خالی</source>
            <extracomment>SEMANSARA_COLUMNS[9]</extracomment>
            <translation>Free places</translation>
        </message>
        <message>
            <source>کارکنان</source>
            <extracomment>SEMANSARA_COLUMNS[10], TAB_STAFF</extracomment>
            <translation>Staff</translation>
        </message>
        <message>
            <source>نخست یک سمن‌سرا را در فهرست برگزینید.</source>
            <extracomment>SEMANSARA_SELECT_FIRST</extracomment>
            <translation>First choose a semansara in the list.</translation>
        </message>
        <message>
            <source>سمن‌سرای «{name}» با کد {code} افزوده شد.</source>
            <extracomment>SEMANSARA_SAVED</extracomment>
            <translation>Semansara “{name}” added with code {code}.</translation>
        </message>
        <message>
            <source>تغییرات سمن‌سرای {code} ذخیره شد.</source>
            <extracomment>SEMANSARA_UPDATED</extracomment>
            <translation>Changes to semansara {code} saved.</translation>
        </message>
        <message>
            <source>کامل</source>
            <extracomment>STAFF_OK</extracomment>
            <translation>Complete</translation>
        </message>
        <message>
            <source>⚠ کمبود</source>
            <extracomment>STAFF_SHORT</extracomment>
            <translation>⚠ Short</translation>
        </message>
        <message>
            <source>کمبود کارکنان: {items} (R-7.1)</source>
            <extracomment>STAFF_SHORT_TIP</extracomment>
            <translation>Staff shortfall: {items} (R-7.1)</translation>
        </message>
        <message>
            <source>{count} نفر {kind}</source>
            <extracomment>STAFF_SHORT_ITEM</extracomment>
            <translation>{count} {kind}</translation>
        </message>
        <message>
            <source>یک سمن‌سرا را در فهرست برگزینید تا جزئیات آن این‌جا دیده شود.</source>
            <extracomment>DETAIL_EMPTY</extracomment>
            <translation>Choose a semansara in the list to see its details here.</translation>
        </message>
        <message>
            <source>{name} — منطقهٔ {district}</source>
            <extracomment>DETAIL_HEADER</extracomment>
            <translation>{name} — district {district}</translation>
        </message>
        <message>
            <source>ساعت کار: {opens} تا {closes}</source>
            <extracomment>DETAIL_HOURS</extracomment>
            <translation>Opening hours: {opens} to {closes}</translation>
        </message>
        <message>
            <source>نشانی: {address}</source>
            <extracomment>DETAIL_ADDRESS</extracomment>
            <translation>Address: {address}</translation>
        </message>
        <message>
            <source>تلفن: {phone}</source>
            <extracomment>DETAIL_PHONE</extracomment>
            <translation>Phone: {phone}</translation>
        </message>
        <message>
            <source>قرارداد جاری: {contracts}، جای نگه‌داشته: {held}، جای خالی: {free} از {total}</source>
            <extracomment>DETAIL_PLACES</extracomment>
            <translation>Running contracts: {contracts}, places held: {held}, free places: {free} of {total}</translation>
        </message>
        <message>
            <source>اتاق‌ها</source>
            <extracomment>TAB_ROOMS</extracomment>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>صف انتظار</source>
            <extracomment>TAB_QUEUE</extracomment>
            <translation>Waiting queue</translation>
        </message>
        <message>
            <source>نوع</source>
            <extracomment>ROOM_COLUMNS[0], STAFF_COLUMNS[1], IMPORT_ISSUE_COLUMNS[1]</extracomment>
            <translation>Type</translation>
        </message>
        <message>
            <source>شماره</source>
            <extracomment>ROOM_COLUMNS[1], REQUEST_COLUMNS[0], EXTENSION_COLUMNS[0]</extracomment>
            <translation>No.</translation>
        </message>
        <message>
            <source>وضعیت</source>
            <extracomment>ROOM_COLUMNS[2], WEEK_COLUMNS[4], POLICY_COLUMNS[4], …</extracomment>
            <translation>State</translation>
        </message>
        <message>
            <source>فعال</source>
            <extracomment>ROOM_ACTIVE, ACCOUNT_ACTIVE</extracomment>
            <translation>Active</translation>
        </message>
        <message>
            <source>کنار گذاشته</source>
            <extracomment>ROOM_RETIRED, CAL_ROOM_RETIRED</extracomment>
            <translation>Retired</translation>
        </message>
        <message>
            <source>ساعات کار</source>
            <extracomment>STAFF_COLUMNS[2]</extracomment>
            <translation>Working hours</translation>
        </message>
        <message>
            <source>شرح وظایف</source>
            <extracomment>STAFF_COLUMNS[3]</extracomment>
            <translation>Duties</translation>
        </message>
        <message>
            <source>نوبت</source>
            <extracomment>QUEUE_COLUMNS[0]</extracomment>
            <translation>Place</translation>
        </message>
        <message>
            <source>شمارهٔ درخواست</source>
            <extracomment>QUEUE_COLUMNS[1]</extracomment>
            <translation>Request no.</translation>
        </message>
        <message>
            <source>سمن</source>
            <extracomment>QUEUE_COLUMNS[2], WEEK_COLUMNS[3], REQUEST_COLUMNS[1], …</extracomment>
            <translation>NGO</translation>
        </message>
        <message>
            <source>تاریخ ثبت</source>
            <extracomment>QUEUE_COLUMNS[3], REQUEST_COLUMNS[4]</extracomment>
            <translation>Registered</translation>
        </message>
        <message>
            <source>صف انتظار این سمن‌سرا خالی است.</source>
            <extracomment>QUEUE_EMPTY</extracomment>
            <translation>This semansara's waiting queue is empty.</translation>
        </message>
        <message>
            <source>افزودن کارکن</source>
            <extracomment>STAFF_ADD</extracomment>
            <translation>Add staff member</translation>
        </message>
        <message>
            <source>افزودن کارکن به {name}</source>
            <extracomment>STAFF_DIALOG</extracomment>
            <translation>Add a staff member to {name}</translation>
        </message>
        <message>
            <source>کارکن «{name}» افزوده شد.</source>
            <extracomment>STAFF_SAVED</extracomment>
            <translation>Staff member “{name}” added.</translation>
        </message>
        <message>
            <source>ورود به سمن‌سرا</source>
            <extracomment>SIGN_IN_TITLE</extracomment>
            <translation>Sign in to Semansara</translation>
        </message>
        <message>
            <source>ورود به سامانهٔ سمن‌سرا</source>
            <extracomment>SIGN_IN_HEADING</extracomment>
            <translation>Sign in to the Semansara system</translation>
        </message>
        <message>
            <source>نام کاربری:</source>
            <extracomment>SIGN_IN_USERNAME, MAIL_USER</extracomment>
            <translation>Username:</translation>
        </message>
        <message>
            <source>گذرواژه:</source>
            <extracomment>SIGN_IN_PASSWORD, MAIL_PASSWORD</extracomment>
            <translation>Password:</translation>
        </message>
        <message>
            <source>ورود</source>
            <extracomment>SIGN_IN_BUTTON</extracomment>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>گذرواژهٔ تازه:</source>
            <extracomment>SIGN_IN_NEW_PASSWORD</extracomment>
            <translation>New password:</translation>
        </message>
        <message>
            <source>گذرواژهٔ تازه، دوباره:</source>
            <extracomment>SIGN_IN_NEW_AGAIN</extracomment>
            <translation>New password, again:</translation>
        </message>
        <message>
            <source>گذرواژهٔ شما یک‌بار مصرف است: گذرواژهٔ تازه‌ای (دست‌کم {length} نویسه) برگزینید و دو بار بنویسید.</source>
            <extracomment>SIGN_IN_NEW_HINT</extracomment>
            <translation>Your password is a one-time password: choose a new one (at least {length} characters) and type it twice.</translation>
        </message>
        <message>
            <source>دو گذرواژهٔ تازه یکی نیستند؛ هر دو را دوباره بنویسید.</source>
            <extracomment>SIGN_IN_NEW_DIFFER</extracomment>
            <translation>The two new passwords differ; type both again.</translation>
        </message>
        <message>
            <source>هیچ مدیر سامانه‌ای گذرواژه ندارد؛ در رایانهٔ پایگاه داده «semansara init» را اجرا کنید.</source>
            <extracomment>SIGN_IN_NO_ADMIN</extracomment>
            <translation>No system administrator has a password; run «semansara init» on the database's computer.</translation>
        </message>
        <message>
            <source>نخستین اجرای سمن‌سرا</source>
            <extracomment>FIRST_START_TITLE</extracomment>
            <translation>Semansara's first start</translation>
        </message>
        <message>
            <source>پایگاه دادهٔ تازه: گذرواژهٔ مدیر سامانه</source>
            <extracomment>FIRST_START_HEADING</extracomment>
            <translation>A new database: the system administrator's password</translation>
        </message>
        <message>
            <source>این پایگاه داده تازه ساخته می‌شود. گذرواژهٔ مدیر سامانه (نام کاربری «{username}») را برگزینید و دو بار بنویسید؛ دیگر حساب‌ها تا مدیر سامانه برایشان گذرواژه تعیین نکند غیرفعال می‌مانند.</source>
            <extracomment>FIRST_START_TEXT</extracomment>
            <translation>This database is being created. Choose the system administrator's password (user name «{username}») and type it twice; the other accounts stay turned off until the administrator gives each a password.</translation>
        </message>
        <message>
            <source>ساختن و ورود</source>
            <extracomment>FIRST_START_BUTTON</extracomment>
            <translation>Create and sign in</translation>
        </message>
        <message>
            <source>ورود ممکن نشد: پایگاه داده پاسخ نداد ({detail}). دوباره بکوشید.</source>
            <extracomment>SIGN_IN_DATABASE_TROUBLE</extracomment>
            <translation>Could not sign in: the database did not answer ({detail}). Please try again.</translation>
        </message>
        <message>
            <source>خروج از حساب</source>
            <extracomment>SIGN_OUT</extracomment>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>کاربر: {user}</source>
            <extracomment>SIGNED_IN_AS</extracomment>
            <translation>User: {user}</translation>
        </message>
        <message>
            <source>کاربر فعالی با نام کاربری «{username}» نیست.</source>
            <extracomment>SCREENSHOT_UNKNOWN_USER</extracomment>
            <translation>There is no active user with the username “{username}”.</translation>
        </message>
        <message>
            <source>این پایگاه داده تازه است یا به نسخهٔ این برنامه ارتقا نیافته؛ تصویر چیزی در آن نمی‌نویسد: نخست «semansara init» را اجرا کنید.</source>
            <extracomment>SCREENSHOT_NOT_CURRENT</extracomment>
            <translation>This database is new or not upgraded to this version of the program; a screenshot writes nothing in it: run «semansara init» first.</translation>
        </message>
        <message>
            <source>{name}، خوش آمدید</source>
            <extracomment>HOME_WELCOME_USER</extracomment>
            <translation>Welcome, {name}</translation>
        </message>
        <message>
            <source>با دوبار کلیک (یا Enter) روی یک ردیف، پروندهٔ آن باز می‌شود.</source>
            <extracomment>HOME_OPEN_HINT</extracomment>
            <translation>Double-click a row (or press Enter) to open its file.</translation>
        </message>
        <message>
            <source>کارهای در انتظار شما ({role}): {count}</source>
            <extracomment>WORK_TITLE</extracomment>
            <translation>Work waiting for you ({role}): {count}</translation>
        </message>
        <message>
            <source>کار</source>
            <extracomment>WORK_COLUMNS[0]</extracomment>
            <translation>Task</translation>
        </message>
        <message>
            <source>موضوع</source>
            <extracomment>WORK_COLUMNS[1], REMINDER_COLUMNS[1]</extracomment>
            <translation>Subject</translation>
        </message>
        <message>
            <source>از تاریخ</source>
            <extracomment>WORK_COLUMNS[2]</extracomment>
            <translation>Since</translation>
        </message>
        <message>
            <source>قاعده</source>
            <extracomment>WORK_COLUMNS[3], REMINDER_COLUMNS[3]</extracomment>
            <translation>Rule</translation>
        </message>
        <message>
            <source>، </source>
            <extracomment>LIST_SEPARATOR</extracomment>
            <translation>, </translation>
        </message>
        <message>
            <source>کاری در انتظار شما نیست.</source>
            <extracomment>WORK_EMPTY</extracomment>
            <translation>No work is waiting for you.</translation>
        </message>
        <message>
            <source>مرحلهٔ {step}</source>
            <extracomment>WORK_STEP_TIP</extracomment>
            <translation>Step {step}</translation>
        </message>
        <message>
            <source>بررسی فرم درخواست (ب)</source>
            <extracomment>WORK_KINDS['review_request']</extracomment>
            <translation>Review the request form (ب)</translation>
        </message>
        <message>
            <source>معرفی به معاونت امور مناطق (پ)</source>
            <extracomment>WORK_KINDS['refer_request']</extracomment>
            <translation>Refer to the Deputy of District Affairs (پ)</translation>
        </message>
        <message>
            <source>بررسی ظرفیت (ت)</source>
            <extracomment>WORK_KINDS['check_capacity']</extracomment>
            <translation>Check capacity (ت)</translation>
        </message>
        <message>
            <source>دعوت برای قرارداد (ث)</source>
            <extracomment>WORK_KINDS['invite']</extracomment>
            <translation>Invite to sign a contract (ث)</translation>
        </message>
        <message>
            <source>عقد قرارداد (ج)</source>
            <extracomment>WORK_KINDS['sign_contract']</extracomment>
            <translation>Sign the contract (ج)</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامه (چ، ح)</source>
            <extracomment>WORK_KINDS['deliver_letter']</extracomment>
            <translation>Deliver the introduction letter (چ, ح)</translation>
        </message>
        <message>
            <source>تنظیم وقت نوبت (د)</source>
            <extracomment>WORK_KINDS['schedule_booking']</extracomment>
            <translation>Schedule the booking (د)</translation>
        </message>
        <message>
            <source>اطلاع‌رسانی نوبت (ذ)</source>
            <extracomment>WORK_KINDS['notify_booking']</extracomment>
            <translation>Inform about the booking (ذ)</translation>
        </message>
        <message>
            <source>اعلان‌های ارسال‌نشده (ذ)</source>
            <extracomment>WORK_KINDS['deliver_notice']</extracomment>
            <translation>Unsent notices (ذ)</translation>
        </message>
        <message>
            <source>مجوز منقضی</source>
            <extracomment>WORK_KINDS['licence_expired']</extracomment>
            <translation>Licence expired</translation>
        </message>
        <message>
            <source>آزادسازی تخصیص (کاهش سطح)</source>
            <extracomment>WORK_KINDS['release_allocation']</extracomment>
            <translation>Release an allocation (level lowered)</translation>
        </message>
        <message>
            <source>پایان قرارداد</source>
            <extracomment>WORK_KINDS['contract_ending'], REMIND_ENDING</extracomment>
            <translation>Contract ending</translation>
        </message>
        <message>
            <source>تصمیم دربارهٔ تمدید</source>
            <extracomment>WORK_KINDS['decide_extension']</extracomment>
            <translation>Decide on an extension</translation>
        </message>
        <message>
            <source>تحویل سفته به امانت</source>
            <extracomment>WORK_KINDS['take_note_custody']</extracomment>
            <translation>Take the promissory note into custody</translation>
        </message>
        <message>
            <source>بازگرداندن سفته</source>
            <extracomment>WORK_KINDS['return_note']</extracomment>
            <translation>Return the promissory note</translation>
        </message>
        <message>
            <source>رسیدگی به خسارت</source>
            <extracomment>WORK_KINDS['settle_damage']</extracomment>
            <translation>Settle a damage case</translation>
        </message>
        <message>
            <source>تأیید عدم خسارت</source>
            <extracomment>WORK_KINDS['confirm_no_damage']</extracomment>
            <translation>Confirm no damage</translation>
        </message>
        <message>
            <source>کمبود کارکنان</source>
            <extracomment>WORK_KINDS['staff_short']</extracomment>
            <translation>Staff shortfall</translation>
        </message>
        <message>
            <source>تعیین سطح</source>
            <extracomment>WORK_KINDS['assess_level']</extracomment>
            <translation>Assess the level</translation>
        </message>
        <message>
            <source>ثبت نرخ تورم</source>
            <extracomment>WORK_KINDS['set_inflation']</extracomment>
            <translation>Enter the inflation rate</translation>
        </message>
        <message>
            <source>بازبینی شیوه‌نامه</source>
            <extracomment>WORK_KINDS['review_policy'], REMIND_POLICY</extracomment>
            <translation>Procedure review</translation>
        </message>
        <message>
            <source>یادآوری‌ها: {count}</source>
            <extracomment>REMINDERS_TITLE</extracomment>
            <translation>Reminders: {count}</translation>
        </message>
        <message>
            <source>یادآوری</source>
            <extracomment>REMINDER_COLUMNS[0]</extracomment>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>تاریخ</source>
            <extracomment>REMINDER_COLUMNS[2], PROGRAM_COLUMNS[0], CLOSED_DAYS_COLUMNS[0], …</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>یادآوری‌ای برای امروز نیست.</source>
            <extracomment>REMINDERS_EMPTY</extracomment>
            <translation>No reminders for today.</translation>
        </message>
        <message>
            <source>هفتهٔ {name}، {first} تا {last}: {count} نوبت</source>
            <extracomment>WEEK_TITLE</extracomment>
            <translation>The week at {name}, {first} to {last}: {count} bookings</translation>
        </message>
        <message>
            <source>روز</source>
            <extracomment>WEEK_COLUMNS[0], CLOSED_DAYS_COLUMNS[1], CLOSED_DAYS_HOLIDAY_COLUMNS[1]</extracomment>
            <translation>Day</translation>
        </message>
        <message>
            <source>ساعت</source>
            <extracomment>WEEK_COLUMNS[1]</extracomment>
            <translation>Time</translation>
        </message>
        <message>
            <source>اتاق</source>
            <extracomment>WEEK_COLUMNS[2]</extracomment>
            <translation>Room</translation>
        </message>
        <message>
            <source>شمارهٔ نوبت</source>
            <extracomment>WEEK_COLUMNS[5]</extracomment>
            <translation>Booking no.</translation>
        </message>
        <message>
            <source>تعطیل: {reason}</source>
            <extracomment>WEEK_CLOSED</extracomment>
            <translation>Closed: {reason}</translation>
        </message>
        <message>
            <source>جای خالی: {free} از {total} · در صف انتظار: {queue} · اتاق‌ها: {rooms}</source>
            <extracomment>WEEK_CAPACITY</extracomment>
            <translation>Free places: {free} of {total} · Waiting in the queue: {queue} · Rooms: {rooms}</translation>
        </message>
        <message>
            <source>{kind} {count}</source>
            <extracomment>WEEK_ROOMS_ONE</extracomment>
            <translation>{kind} {count}</translation>
        </message>
        <message>
            <source>معرفی‌نامه‌های در راه برای شما ({count}): {names}</source>
            <extracomment>WEEK_LETTERS</extracomment>
            <translation>Introduction letters on their way to you ({count}): {names}</translation>
        </message>
        <message>
            <source>{ngo} ({contract})</source>
            <extracomment>WEEK_LETTER</extracomment>
            <translation>{ngo} ({contract})</translation>
        </message>
        <message>
            <source>معرفی‌نامه‌ای در راه نیست.</source>
            <extracomment>WEEK_NO_LETTERS</extracomment>
            <translation>No introduction letter is on its way.</translation>
        </message>
        <message>
            <source>چاپ هفته</source>
            <extracomment>WEEK_PRINT</extracomment>
            <translation>Print the week</translation>
        </message>
        <message>
            <source>هفتهٔ سمن‌سرا</source>
            <extracomment>WEEK_PRINT_TITLE</extracomment>
            <translation>The semansara's week</translation>
        </message>
        <message>
            <source>بازبینی سه‌ماههٔ شیوه‌نامه سررسیده است.</source>
            <extracomment>REMIND_POLICY_TEXT</extracomment>
            <translation>The quarterly review of the procedure is due.</translation>
        </message>
        <message>
            <source>قرارداد {ngo} در {semansara} به پایان می‌رسد</source>
            <extracomment>REMIND_ENDING_TEXT</extracomment>
            <translation>The contract of {ngo} at {semansara} ends</translation>
        </message>
        <message>
            <source>مهلت تمدید</source>
            <extracomment>REMIND_DEADLINE</extracomment>
            <translation>Extension deadline</translation>
        </message>
        <message>
            <source>آخرین روز درخواست تمدید {ngo} در {semansara}</source>
            <extracomment>REMIND_DEADLINE_TEXT</extracomment>
            <translation>Last day for {ngo} to request an extension at {semansara}</translation>
        </message>
        <message>
            <source>سفتهٔ در انتظار</source>
            <extracomment>REMIND_NOTE</extracomment>
            <translation>Promissory note waiting</translation>
        </message>
        <message>
            <source>سفتهٔ {serial} از {ngo} هنوز به امانت مالی سپرده نشده است</source>
            <extracomment>REMIND_NOTE_TEXT['received']</extracomment>
            <translation>Promissory note {serial} of {ngo} has not yet been handed to finance for custody</translation>
        </message>
        <message>
            <source>سفتهٔ {serial} از {ngo} آمادهٔ بازگرداندن است</source>
            <extracomment>REMIND_NOTE_TEXT['return_confirmed']</extracomment>
            <translation>Promissory note {serial} of {ngo} is ready to be returned</translation>
        </message>
        <message>
            <source>برای سفتهٔ {serial} از {ngo} خسارت گزارش شده و پرونده باز است</source>
            <extracomment>REMIND_NOTE_TEXT['damage_reported']</extracomment>
            <translation>Damage was reported for promissory note {serial} of {ngo}; the case is open</translation>
        </message>
        <message>
            <source>شیوهٔ درخواست</source>
            <extracomment>REQUEST_COLUMNS[3]</extracomment>
            <translation>Channel</translation>
        </message>
        <message>
            <source>مرحله و وضعیت</source>
            <extracomment>REQUEST_COLUMNS[5]</extracomment>
            <translation>Step and state</translation>
        </message>
        <message>
            <source>جست‌وجو در شمارهٔ درخواست، کد یا نام سمن…</source>
            <extracomment>REQUEST_SEARCH_PLACEHOLDER</extracomment>
            <translation>Search request numbers, NGO codes or names…</translation>
        </message>
        <message>
            <source>همهٔ مرحله‌ها</source>
            <extracomment>REQUEST_ALL_STEPS</extracomment>
            <translation>All steps</translation>
        </message>
        <message>
            <source>همهٔ سمن‌سراها</source>
            <extracomment>REQUEST_ALL_SEMANSARAS, REPORT_ALL_SEMANSARAS, CLOSED_DAYS_EVERY</extracomment>
            <translation>All semansaras</translation>
        </message>
        <message>
            <source>درخواست جدید</source>
            <extracomment>REQUEST_NEW</extracomment>
            <translation>New request</translation>
        </message>
        <message>
            <source>درخواست {ref} ثبت شد.</source>
            <extracomment>REQUEST_SAVED, ACTION_DONE['submit_request']</extracomment>
            <translation>Request {ref} was registered.</translation>
        </message>
        <message>
            <source>یک درخواست را در فهرست برگزینید تا جزئیات آن این‌جا دیده شود.</source>
            <extracomment>REQUEST_DETAIL_EMPTY</extracomment>
            <translation>Choose a request in the list to see its details here.</translation>
        </message>
        <message>
            <source>درخواست {ref} — {ngo}</source>
            <extracomment>REQUEST_DETAIL_TITLE</extracomment>
            <translation>Request {ref} — {ngo}</translation>
        </message>
        <message>
            <source>سمن:</source>
            <extracomment>REQUEST_FACTS['ngo'], BOOKING_FACTS['ngo'], CONTRACT_FACTS['ngo'], …</extracomment>
            <translation>NGO:</translation>
        </message>
        <message>
            <source>سمن‌سرا:</source>
            <extracomment>REQUEST_FACTS['semansara'], CAL_SEMANSARA, CONTRACT_FACTS['semansara'], …</extracomment>
            <translation>Semansara:</translation>
        </message>
        <message>
            <source>شیوهٔ درخواست:</source>
            <extracomment>REQUEST_FACTS['channel'], BOOKING_FACTS['channel']</extracomment>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>ثبت:</source>
            <extracomment>REQUEST_FACTS['registered']</extracomment>
            <translation>Registered:</translation>
        </message>
        <message>
            <source>خدمات درخواستی:</source>
            <extracomment>REQUEST_FACTS['services']</extracomment>
            <translation>Services requested:</translation>
        </message>
        <message>
            <source>مرحلهٔ کنونی:</source>
            <extracomment>REQUEST_FACTS['step']</extracomment>
            <translation>Current step:</translation>
        </message>
        <message>
            <source>نوبت در صف:</source>
            <extracomment>REQUEST_FACTS['queue']</extracomment>
            <translation>Place in queue:</translation>
        </message>
        <message>
            <source>دعوت برای:</source>
            <extracomment>REQUEST_FACTS['invited']</extracomment>
            <translation>Invited for:</translation>
        </message>
        <message>
            <source>قرارداد:</source>
            <extracomment>REQUEST_FACTS['contract'], BOOKING_FACTS['contract'], NOTE_FACTS['contract']</extracomment>
            <translation>Contract:</translation>
        </message>
        <message>
            <source>دلیل رد:</source>
            <extracomment>REQUEST_FACTS['reason']</extracomment>
            <translation>Reason for rejection:</translation>
        </message>
        <message>
            <source>دلیل انصراف:</source>
            <extracomment>REQUEST_FACTS['withdraw_reason']</extracomment>
            <translation>Reason for withdrawal:</translation>
        </message>
        <message>
            <source>دلیل عبور از نوبت:</source>
            <extracomment>REQUEST_FACTS['pass_over']</extracomment>
            <translation>Reason for passing over the queue:</translation>
        </message>
        <message>
            <source>{name} ({code})، سطح {level}، مجوز تا {expires}</source>
            <extracomment>REQUEST_NGO_FACT</extracomment>
            <translation>{name} ({code}), level {level}, licence valid until {expires}</translation>
        </message>
        <message>
            <source>{at}، به دست {by}</source>
            <extracomment>REQUEST_REGISTERED_FACT, BOOKING_WHEN_BY, NOTE_WHEN_BY</extracomment>
            <translation>{at}, by {by}</translation>
        </message>
        <message>
            <source>نفر {position} در صف {semansara}</source>
            <extracomment>REQUEST_QUEUE_FACT</extracomment>
            <translation>number {position} in the queue of {semansara}</translation>
        </message>
        <message>
            <source>{ref}، از {starts} تا {ends}</source>
            <extracomment>REQUEST_CONTRACT_FACT</extracomment>
            <translation>{ref}, from {starts} to {ends}</translation>
        </message>
        <message>
            <source>اقدام‌های شما</source>
            <extracomment>REQUEST_ACTIONS, CONTRACT_ACTIONS</extracomment>
            <translation>Your actions</translation>
        </message>
        <message>
            <source>گام بعدی با: {roles}</source>
            <extracomment>REQUEST_NEXT_BY</extracomment>
            <translation>Next step by: {roles}</translation>
        </message>
        <message>
            <source>این درخواست به پایان رسیده است.</source>
            <extracomment>REQUEST_FINISHED</extracomment>
            <translation>This request is finished.</translation>
        </message>
        <message>
            <source>پروندهٔ سمن</source>
            <extracomment>REQUEST_SHOW_NGO</extracomment>
            <translation>NGO file</translation>
        </message>
        <message>
            <source>سابقه</source>
            <extracomment>TAB_TIMELINE</extracomment>
            <translation>History</translation>
        </message>
        <message>
            <source>جایگاه در نقشهٔ فرایند</source>
            <extracomment>TAB_PROCESS_MAP</extracomment>
            <translation>Place in the process map</translation>
        </message>
        <message>
            <source>زمان</source>
            <extracomment>TIMELINE_COLUMNS[0], ASSESSMENT_COLUMNS[0]</extracomment>
            <translation>Time</translation>
        </message>
        <message>
            <source>کاربر</source>
            <extracomment>TIMELINE_COLUMNS[1]</extracomment>
            <translation>User</translation>
        </message>
        <message>
            <source>نقش</source>
            <extracomment>TIMELINE_COLUMNS[2], ACCOUNT_COLUMNS[2], ACCOUNT_ROLE</extracomment>
            <translation>Role</translation>
        </message>
        <message>
            <source>مرحله</source>
            <extracomment>TIMELINE_COLUMNS[3]</extracomment>
            <translation>Step</translation>
        </message>
        <message>
            <source>تصمیم</source>
            <extracomment>TIMELINE_COLUMNS[4]</extracomment>
            <translation>Decision</translation>
        </message>
        <message>
            <source>دلیل</source>
            <extracomment>TIMELINE_COLUMNS[5], ASSESSMENT_COLUMNS[7], POLICY_COLUMNS[5], …</extracomment>
            <translation>Reason</translation>
        </message>
        <message>
            <source>قرارداد</source>
            <extracomment>TIMELINE_OBJECTS['contract'], PRINT_CONTRACT, CONTRACT_PRINTS['contract'], …</extracomment>
            <translation>Contract</translation>
        </message>
        <message>
            <source>سفته</source>
            <extracomment>TIMELINE_OBJECTS['note'], CONTRACT_COLUMNS[6]</extracomment>
            <translation>Promissory note</translation>
        </message>
        <message>
            <source>ثبت درخواست</source>
            <extracomment>DECISION_NAMES['registered'], ACTION_NAMES['submit_request']</extracomment>
            <translation>Register request</translation>
        </message>
        <message>
            <source>پذیرش</source>
            <extracomment>DECISION_NAMES['accept'], REVIEW_ACCEPT, EXTENSION_ACCEPT</extracomment>
            <translation>Accept</translation>
        </message>
        <message>
            <source>رد</source>
            <extracomment>DECISION_NAMES['reject'], REVIEW_REJECT, EXTENSION_REJECT</extracomment>
            <translation>Reject</translation>
        </message>
        <message>
            <source>معرفی به معاونت امور مناطق</source>
            <extracomment>DECISION_NAMES['referred']</extracomment>
            <translation>Referred to the Deputy of District Affairs</translation>
        </message>
        <message>
            <source>ظرفیت تأیید شد</source>
            <extracomment>DECISION_NAMES['capacity_ok']</extracomment>
            <translation>Capacity confirmed</translation>
        </message>
        <message>
            <source>در صف انتظار</source>
            <extracomment>DECISION_NAMES['waitlisted']</extracomment>
            <translation>Put in the waiting queue</translation>
        </message>
        <message>
            <source>همچنان در صف</source>
            <extracomment>DECISION_NAMES['still_waiting']</extracomment>
            <translation>Still waiting in the queue</translation>
        </message>
        <message>
            <source>دعوت برای عقد قرارداد</source>
            <extracomment>DECISION_NAMES['invited']</extracomment>
            <translation>Invited to sign a contract</translation>
        </message>
        <message>
            <source>قرارداد بسته و معرفی‌نامه صادر شد</source>
            <extracomment>DECISION_NAMES['signed']</extracomment>
            <translation>Contract signed and introduction letter issued</translation>
        </message>
        <message>
            <source>معرفی‌نامه تحویل شد</source>
            <extracomment>DECISION_NAMES['delivered']</extracomment>
            <translation>Introduction letter delivered</translation>
        </message>
        <message>
            <source>انصراف سمن</source>
            <extracomment>DECISION_NAMES['withdrawn'], ACTION_NAMES['withdraw_request']</extracomment>
            <translation>Withdrawn by the NGO</translation>
        </message>
        <message>
            <source>سپرده به امانت مالی</source>
            <extracomment>DECISION_NAMES['custody']</extracomment>
            <translation>Handed to finance for custody</translation>
        </message>
        <message>
            <source>عدم خسارت تأیید شد</source>
            <extracomment>DECISION_NAMES['no_damage']</extracomment>
            <translation>No damage confirmed</translation>
        </message>
        <message>
            <source>خسارت گزارش شد</source>
            <extracomment>DECISION_NAMES['damage']</extracomment>
            <translation>Damage reported</translation>
        </message>
        <message>
            <source>بازگردانده شد</source>
            <extracomment>DECISION_NAMES['returned'], DECISION_NAMES['return']</extracomment>
            <translation>Returned</translation>
        </message>
        <message>
            <source>ضبط شد</source>
            <extracomment>DECISION_NAMES['keep']</extracomment>
            <translation>Kept</translation>
        </message>
        <message>
            <source>پایان یافت</source>
            <extracomment>DECISION_NAMES['ended']</extracomment>
            <translation>Ended</translation>
        </message>
        <message>
            <source>درخواست تمدید</source>
            <extracomment>DECISION_NAMES['extension_requested'], EXTENSION_PENDING</extracomment>
            <translation>Extension request</translation>
        </message>
        <message>
            <source>تمدید پذیرفته شد</source>
            <extracomment>DECISION_NAMES['extension_accept']</extracomment>
            <translation>Extension accepted</translation>
        </message>
        <message>
            <source>تمدید رد شد</source>
            <extracomment>DECISION_NAMES['extension_reject']</extracomment>
            <translation>Extension rejected</translation>
        </message>
        <message>
            <source>انتقال به سمن‌سرای دیگر</source>
            <extracomment>DECISION_NAMES['moved']</extracomment>
            <translation>Moved to another semansara</translation>
        </message>
        <message>
            <source>پایان مدت قرارداد (خودکار)</source>
            <extracomment>DECISION_NAMES['ended_by_time']</extracomment>
            <translation>Term over (automatic)</translation>
        </message>
        <message>
            <source>تخصیص آزاد شد</source>
            <extracomment>DECISION_NAMES['allocation_released']</extracomment>
            <translation>Allocation released</translation>
        </message>
        <message>
            <source>تخصیص داده شد</source>
            <extracomment>DECISION_NAMES['allocated']</extracomment>
            <translation>Allocated</translation>
        </message>
        <message>
            <source>سفارش کارت ویزیت</source>
            <extracomment>DECISION_NAMES['cards_ordered'], CONTRACT_ORDER_CARDS</extracomment>
            <translation>Order business cards</translation>
        </message>
        <message>
            <source>بررسی درخواست</source>
            <extracomment>ACTION_NAMES['review_request']</extracomment>
            <translation>Review request</translation>
        </message>
        <message>
            <source>معرفی</source>
            <extracomment>ACTION_NAMES['refer_request']</extracomment>
            <translation>Refer</translation>
        </message>
        <message>
            <source>بررسی ظرفیت</source>
            <extracomment>ACTION_NAMES['check_capacity']</extracomment>
            <translation>Check capacity</translation>
        </message>
        <message>
            <source>دعوت</source>
            <extracomment>ACTION_NAMES['invite']</extracomment>
            <translation>Invite</translation>
        </message>
        <message>
            <source>عقد قرارداد</source>
            <extracomment>ACTION_NAMES['sign_contract']</extracomment>
            <translation>Sign contract</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامه</source>
            <extracomment>ACTION_NAMES['deliver_letter']</extracomment>
            <translation>Deliver introduction letter</translation>
        </message>
        <message>
            <source>چاپ:</source>
            <extracomment>PRINT_LABEL</extracomment>
            <translation>Print:</translation>
        </message>
        <message>
            <source>فرم درخواست</source>
            <extracomment>PRINT_REQUEST_FORM</extracomment>
            <translation>Request form</translation>
        </message>
        <message>
            <source>معرفی‌نامه</source>
            <extracomment>PRINT_LETTER</extracomment>
            <translation>Introduction letter</translation>
        </message>
        <message>
            <source>نسخهٔ نمایندهٔ رسمی سمن</source>
            <extracomment>PRINT_LETTER_COPIES['letter-representative']</extracomment>
            <translation>Copy for the NGO's official representative</translation>
        </message>
        <message>
            <source>نسخهٔ مسئول سمن‌سرا</source>
            <extracomment>PRINT_LETTER_COPIES['letter-manager']</extracomment>
            <translation>Copy for the semansara manager</translation>
        </message>
        <message>
            <source>ثبت</source>
            <extracomment>RECORD, BOOKING_RECORD, CONTRACT_RECORD</extracomment>
            <translation>Record</translation>
        </message>
        <message>
            <source>انتخاب کنید</source>
            <extracomment>CHOOSE</extracomment>
            <translation>Choose</translation>
        </message>
        <message>
            <source>درخواست {ref}: {ngo} ← {semansara}</source>
            <extracomment>REQUEST_FORM_SUMMARY</extracomment>
            <translation>Request {ref}: {ngo} → {semansara}</translation>
        </message>
        <message>
            <source>ثبت درخواست جدید (الف)</source>
            <extracomment>REQUEST_NEW_TITLE</extracomment>
            <translation>Register a new request (الف)</translation>
        </message>
        <message>
            <source>{name} — جای خالی: {free}، در صف: {waiting}</source>
            <extracomment>CHOICE_TEXT</extracomment>
            <translation>{name} — free places: {free}, queue: {waiting}</translation>
        </message>
        <message>
            <source>{text} (پیشنهادی)</source>
            <extracomment>CHOICE_SUGGESTED</extracomment>
            <translation>{text} (suggested)</translation>
        </message>
        <message>
            <source>پیشنهاد، نزدیک‌ترین سمن‌سرای دارای جای خالی است (نخست در منطقهٔ خود سمن)؛ می‌توانید سمن‌سرای دیگری برگزینید.</source>
            <extracomment>CHOICE_HINT</extracomment>
            <translation>The suggestion is the nearest semansara with room (the NGO's own district first); you may choose another.</translation>
        </message>
        <message>
            <source>هیچ سمن‌سرایی اکنون جای خالی ندارد؛ درخواست در صف سمن‌سرای برگزیده می‌ماند.</source>
            <extracomment>CHOICE_NONE_WITH_ROOM</extracomment>
            <translation>No semansara has room now; the request waits in the queue of the semansara chosen.</translation>
        </message>
        <message>
            <source>انتقال درخواست {ref} به سمن‌سرای دیگر</source>
            <extracomment>MOVE_TITLE</extracomment>
            <translation>Move request {ref} to another semansara</translation>
        </message>
        <message>
            <source>درخواست زمان ثبت خود را نگه می‌دارد و در صف سمن‌سرای تازه به همان ترتیب می‌ایستد.</source>
            <extracomment>MOVE_NOTE</extracomment>
            <translation>The request keeps its registration time and takes its place in the new semansara's queue by it.</translation>
        </message>
        <message>
            <source>سمن را با جست‌وجو بیابید و در جدول برگزینید؛ خدمات درخواستی اختیاری است.</source>
            <extracomment>REQUEST_NEW_NOTE</extracomment>
            <translation>Find the NGO by searching and choose it in the table; the services requested are optional.</translation>
        </message>
        <message>
            <source>«{field}» را برگزینید.</source>
            <extracomment>REQUEST_CHOOSE_FIRST</extracomment>
            <translation>Choose “{field}”.</translation>
        </message>
        <message>
            <source>بررسی درخواست {ref} (ب)</source>
            <extracomment>REVIEW_TITLE</extracomment>
            <translation>Review of request {ref} (ب)</translation>
        </message>
        <message>
            <source>برای رد درخواست، دلیل کتبی لازم است و به سمن اعلام می‌شود (R-3.2).</source>
            <extracomment>REVIEW_REASON_NOTE</extracomment>
            <translation>Rejecting a request needs a written reason, which the NGO is told (R-3.2).</translation>
        </message>
        <message>
            <source>معرفی درخواست {ref} به معاونت امور مناطق (پ)</source>
            <extracomment>REFER_TITLE</extracomment>
            <translation>Refer request {ref} to the Deputy of District Affairs (پ)</translation>
        </message>
        <message>
            <source>درخواست پذیرفته‌شده برای بررسی ظرفیت به معاونت امور مناطق فرستاده می‌شود.</source>
            <extracomment>REFER_NOTE</extracomment>
            <translation>The accepted request is sent to the Deputy of District Affairs for a capacity check.</translation>
        </message>
        <message>
            <source>بررسی ظرفیت سمن‌سرا برای درخواست {ref} (ت)</source>
            <extracomment>CAPACITY_TITLE</extracomment>
            <translation>Semansara capacity check for request {ref} (ت)</translation>
        </message>
        <message>
            <source>جای خالی: {free} از {total}؛ درخواست‌های زودتر در صف: {ahead}</source>
            <extracomment>CAPACITY_FACTS</extracomment>
            <translation>Free places: {free} of {total}; earlier requests in the queue: {ahead}</translation>
        </message>
        <message>
            <source>اگر جا نباشد، درخواست به ترتیب ثبت در صف انتظار می‌ماند. واگذاری جا پیش از درخواست‌های زودتر در صف، دلیل کتبی لازم دارد (R-3.3).</source>
            <extracomment>CAPACITY_NOTE</extracomment>
            <translation>If there is no room, the request waits in the queue in order of registration. Giving a place ahead of earlier requests in the queue needs a written reason (R-3.3).</translation>
        </message>
        <message>
            <source>دعوت برای عقد قرارداد، درخواست {ref} (ث)</source>
            <extracomment>INVITE_TITLE</extracomment>
            <translation>Invitation to sign a contract, request {ref} (ث)</translation>
        </message>
        <message>
            <source>تاریخ دعوت</source>
            <extracomment>INVITE_DATE</extracomment>
            <translation>Invitation date</translation>
        </message>
        <message>
            <source>سمن برای امضای قرارداد اجارهٔ شش‌ماهه در این تاریخ دعوت می‌شود.</source>
            <extracomment>INVITE_NOTE</extracomment>
            <translation>The NGO is invited on this date to sign the six-month lease.</translation>
        </message>
        <message>
            <source>عقد قرارداد و دریافت سفته، درخواست {ref} (ج)</source>
            <extracomment>SIGN_TITLE</extracomment>
            <translation>Contract signing and promissory note, request {ref} (ج)</translation>
        </message>
        <message>
            <source>شمارهٔ قرارداد</source>
            <extracomment>SIGN_CONTRACT_REF, CONTRACT_COLUMNS[0]</extracomment>
            <translation>Contract no.</translation>
        </message>
        <message>
            <source>خالی بگذارید تا خودکار داده شود</source>
            <extracomment>SIGN_CONTRACT_AUTO</extracomment>
            <translation>Leave empty to have one given</translation>
        </message>
        <message>
            <source>مبلغ سفته (ریال)</source>
            <extracomment>SIGN_NOTE_AMOUNT</extracomment>
            <translation>Promissory note amount (rials)</translation>
        </message>
        <message>
            <source>مبلغ سفتهٔ سال {year}: {amount} ({words}) (R-6.2)</source>
            <extracomment>SIGN_DUE</extracomment>
            <translation>Promissory note amount for {year}: {amount} ({words}) (R-6.2)</translation>
        </message>
        <message>
            <source>⚠ نرخ تورم سال‌های {years} ثبت نشده و صفر شمرده شده است (R-6.2).</source>
            <extracomment>SIGN_INFLATION_MISSING</extracomment>
            <translation>⚠ The inflation rates of {years} are not entered and were counted as zero (R-6.2).</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامه به نمایندهٔ رسمی سمن، درخواست {ref} (چ)</source>
            <extracomment>DELIVER_TITLE['representative']</extracomment>
            <translation>Introduction letter to the NGO's official representative, request {ref} (چ)</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامه به مسئول سمن‌سرا، درخواست {ref} (ح)</source>
            <extracomment>DELIVER_TITLE['manager']</extracomment>
            <translation>Introduction letter to the semansara manager, request {ref} (ح)</translation>
        </message>
        <message>
            <source>معرفی‌نامهٔ {serial} (قرارداد {contract}) به {recipient} تحویل می‌شود.</source>
            <extracomment>DELIVER_FACTS</extracomment>
            <translation>Introduction letter {serial} (contract {contract}) is delivered to {recipient}.</translation>
        </message>
        <message>
            <source>نمایندهٔ رسمی سمن</source>
            <extracomment>DELIVER_REPRESENTATIVE</extracomment>
            <translation>the NGO's official representative</translation>
        </message>
        <message>
            <source>مسئول {semansara}</source>
            <extracomment>DELIVER_MANAGER</extracomment>
            <translation>the manager of {semansara}</translation>
        </message>
        <message>
            <source>ثبت انصراف سمن از درخواست {ref}</source>
            <extracomment>WITHDRAW_TITLE</extracomment>
            <translation>Record the NGO's withdrawal of request {ref}</translation>
        </message>
        <message>
            <source>یک سمن را در فهرست برگزینید تا برنامه‌ها و ارزیابی‌های سطح آن دیده شود.</source>
            <extracomment>NGO_DETAIL_EMPTY</extracomment>
            <translation>Choose an NGO in the list to see its programs and level assessments.</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <extracomment>NGO_DETAIL_TITLE</extracomment>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <source>سطح: {level}؛ مجوز از {issuer} تا {expires}؛ تأسیس: {founded}؛ اعضا: {members}</source>
            <extracomment>NGO_DETAIL_FACTS</extracomment>
            <translation>Level: {level}; licence from {issuer} until {expires}; founded: {founded}; members: {members}</translation>
        </message>
        <message>
            <source>تعیین نشده</source>
            <extracomment>NGO_NOT_ASSESSED</extracomment>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>برنامه‌های مستند</source>
            <extracomment>TAB_PROGRAMS</extracomment>
            <translation>Documented programs</translation>
        </message>
        <message>
            <source>ارزیابی‌های سطح</source>
            <extracomment>TAB_ASSESSMENTS</extracomment>
            <translation>Level assessments</translation>
        </message>
        <message>
            <source>عنوان</source>
            <extracomment>PROGRAM_COLUMNS[1]</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <source>شرکت‌کنندگان</source>
            <extracomment>PROGRAM_COLUMNS[2]</extracomment>
            <translation>Participants</translation>
        </message>
        <message>
            <source>افزودن برنامه</source>
            <extracomment>PROGRAM_ADD</extracomment>
            <translation>Add program</translation>
        </message>
        <message>
            <source>افزودن برنامهٔ مستند {name}</source>
            <extracomment>PROGRAM_TITLE</extracomment>
            <translation>Add a documented program of {name}</translation>
        </message>
        <message>
            <source>ارزیاب</source>
            <extracomment>ASSESSMENT_COLUMNS[1]</extracomment>
            <translation>Assessor</translation>
        </message>
        <message>
            <source>سطح سابقه</source>
            <extracomment>ASSESSMENT_COLUMNS[2]</extracomment>
            <translation>Years level</translation>
        </message>
        <message>
            <source>سطح اعضا</source>
            <extracomment>ASSESSMENT_COLUMNS[3]</extracomment>
            <translation>Members level</translation>
        </message>
        <message>
            <source>سطح فعالیت</source>
            <extracomment>ASSESSMENT_COLUMNS[4]</extracomment>
            <translation>Activity level</translation>
        </message>
        <message>
            <source>پیشنهادی</source>
            <extracomment>ASSESSMENT_COLUMNS[5]</extracomment>
            <translation>Suggested</translation>
        </message>
        <message>
            <source>تعیین‌شده</source>
            <extracomment>ASSESSMENT_COLUMNS[6]</extracomment>
            <translation>Set</translation>
        </message>
        <message>
            <source>شواهد</source>
            <extracomment>ASSESSMENT_COLUMNS[8], ASSESS_CRITERIA_COLUMNS[1]</extracomment>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>ارزیابی سطح</source>
            <extracomment>ASSESS_BUTTON</extracomment>
            <translation>Assess level</translation>
        </message>
        <message>
            <source>ارزیابی سطح توان‌افزایی {name} (R-4.5)</source>
            <extracomment>ASSESS_TITLE</extracomment>
            <translation>Capacity level assessment of {name} (R-4.5)</translation>
        </message>
        <message>
            <source>معیار</source>
            <extracomment>ASSESS_CRITERIA_COLUMNS[0]</extracomment>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>سابقهٔ فعالیت</source>
            <extracomment>ASSESS_YEARS</extracomment>
            <translation>Years active</translation>
        </message>
        <message>
            <source>{years} سال از تأسیس ({founded})</source>
            <extracomment>ASSESS_YEARS_VALUE</extracomment>
            <translation>{years} years since founding ({founded})</translation>
        </message>
        <message>
            <source>{members} نفر</source>
            <extracomment>ASSESS_MEMBERS_VALUE</extracomment>
            <translation>{members} people</translation>
        </message>
        <message>
            <source>فعالیت</source>
            <extracomment>ASSESS_ACTIVITY_TITLE</extracomment>
            <translation>Activity</translation>
        </message>
        <message>
            <source>در {years3} سال اخیر {n3} برنامه با دست‌کم {p3} نفر و {b3} برنامه با دست‌کم {bp3} نفر؛ در {years4} سال اخیر {n4} برنامه با دست‌کم {p4} نفر و {b4} برنامه با دست‌کم {bp4} نفر</source>
            <extracomment>ASSESS_ACTIVITY</extracomment>
            <translation>in the last {years3} years, {n3} programs of at least {p3} people and {b3} of at least {bp3}; in the last {years4} years, {n4} programs of at least {p4} people and {b4} of at least {bp4}</translation>
        </message>
        <message>
            <source>سابقه {years} سال؛ {members} عضو؛ {activity}</source>
            <extracomment>ASSESS_EVIDENCE</extracomment>
            <translation>{years} years active; {members} members; {activity}</translation>
        </message>
        <message>
            <source>سطح پیشنهادی (کمترین سطح سه معیار): {level}</source>
            <extracomment>ASSESS_SUGGESTED</extracomment>
            <translation>Suggested level (the lowest of the three criteria): {level}</translation>
        </message>
        <message>
            <source>سطح کنونی: {level}</source>
            <extracomment>ASSESS_CURRENT</extracomment>
            <translation>Current level: {level}</translation>
        </message>
        <message>
            <source>دلیل (برای سطحی جز پیشنهادی لازم است)</source>
            <extracomment>ASSESS_REASON</extracomment>
            <translation>Reason (needed for a level other than the suggested one)</translation>
        </message>
        <message>
            <source>تأیید سطح پیشنهادی</source>
            <extracomment>ASSESS_CONFIRM</extracomment>
            <translation>Confirm the suggested level</translation>
        </message>
        <message>
            <source>ثبت سطح دیگر</source>
            <extracomment>ASSESS_SET_OTHER</extracomment>
            <translation>Set another level</translation>
        </message>
        <message>
            <source>سطحی جز سطح پیشنهادی، با دلیل کتبی</source>
            <extracomment>ASSESS_OVERRIDDEN_TIP</extracomment>
            <translation>A level other than the suggested one, with a written reason</translation>
        </message>
        <message>
            <source>۱ (در حال تأسیس)</source>
            <extracomment>LEVEL_NAMES[1]</extracomment>
            <translation>1 (being founded)</translation>
        </message>
        <message>
            <source>۲</source>
            <extracomment>LEVEL_NAMES[2]</extracomment>
            <translation>2</translation>
        </message>
        <message>
            <source>۳</source>
            <extracomment>LEVEL_NAMES[3]</extracomment>
            <translation>3</translation>
        </message>
        <message>
            <source>۴</source>
            <extracomment>LEVEL_NAMES[4]</extracomment>
            <translation>4</translation>
        </message>
        <message>
            <source>«{label}»: {why}</source>
            <extracomment>ACTION_REFUSED</extracomment>
            <translation>“{label}”: {why}</translation>
        </message>
        <message>
            <source>نسخه‌های شیوه‌نامه</source>
            <extracomment>SETTINGS_TABS['policy']</extracomment>
            <translation>Procedure versions</translation>
        </message>
        <message>
            <source>جدول تورم</source>
            <extracomment>SETTINGS_TABS['inflation']</extracomment>
            <translation>Inflation table</translation>
        </message>
        <message>
            <source>روزهای تعطیل</source>
            <extracomment>SETTINGS_TABS['closed_days']</extracomment>
            <translation>Closed days</translation>
        </message>
        <message>
            <source>کاربران و نقش‌ها</source>
            <extracomment>SETTINGS_TABS['users']</extracomment>
            <translation>Users and roles</translation>
        </message>
        <message>
            <source>اتصال پایگاه داده</source>
            <extracomment>SETTINGS_TABS['database']</extracomment>
            <translation>Database connection</translation>
        </message>
        <message>
            <source>پشتیبان‌گیری</source>
            <extracomment>SETTINGS_TABS['backup']</extracomment>
            <translation>Backup</translation>
        </message>
        <message>
            <source>زبان برنامه</source>
            <extracomment>SETTINGS_TABS['language'], LANGUAGE_LABEL</extracomment>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>پست الکترونیک</source>
            <extracomment>SETTINGS_TABS['mail'], ACCOUNT_EMAIL</extracomment>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>حساب من</source>
            <extracomment>SETTINGS_TABS['account']</extracomment>
            <translation>My account</translation>
        </message>
        <message>
            <source>تنظیمات را فقط مدیر سامانه تغییر می‌دهد، جز زبان برنامه و گذرواژه که هر کاربر برای خود برمی‌گزیند. برای تغییر شیوه‌نامه، کاربران یا پایگاه داده با مدیر سامانه هماهنگ کنید.</source>
            <extracomment>SETTINGS_ADMIN_ONLY</extracomment>
            <translation>Only the system administrator changes the settings, except the interface language and the password, which each user chooses for themselves. To change the procedure, the users or the database, ask the system administrator.</translation>
        </message>
        <message>
            <source>نرخ تورم سالانه را معاونت مالی ثبت می‌کند (R-6.2)؛ دیگر تنظیمات را فقط مدیر سامانه تغییر می‌دهد، جز زبان برنامه که هر کاربر برای خود برمی‌گزیند.</source>
            <extracomment>SETTINGS_FINANCE_NOTE</extracomment>
            <translation>The Deputy of Finance enters the yearly inflation rate (R-6.2); the other settings are changed only by the system administrator, except the interface language, which each user chooses for themselves.</translation>
        </message>
        <message>
            <source>زبان کنونی برنامه: {language}</source>
            <extracomment>LANGUAGE_CURRENT</extracomment>
            <translation>Current interface language: {language}</translation>
        </message>
        <message>
            <source>زبان برنامه را هر کاربر برای خود برمی‌گزیند؛ در پروندهٔ تنظیمات همین کاربر روی همین رایانه نگه داشته می‌شود و از اجرای دوبارهٔ برنامه به کار می‌رود. اسناد چاپی و پیام‌های شیوه‌نامه همیشه فارسی‌اند و تاریخ‌ها در هر دو زبان خورشیدی است.</source>
            <extracomment>LANGUAGE_EXPLAIN</extracomment>
            <translation>Each user chooses the interface language for themselves; it is kept in this user's settings file on this computer and used from the next start of the program. Printed documents and the procedure's messages are always in Persian, and dates are Jalali (solar Hijri) in both languages.</translation>
        </message>
        <message>
            <source>متغیر محیطی SEMANSARA_LANG تعیین شده است و در آغاز برنامه بر این تنظیم مقدم است (همچنین گزینهٔ ⁦--lang⁩ در خط فرمان).</source>
            <extracomment>LANGUAGE_ENV_WINS</extracomment>
            <translation>The environment variable SEMANSARA_LANG is set and wins over this setting at start-up (so does the ⁦--lang⁩ option on the command line).</translation>
        </message>
        <message>
            <source>ذخیره شد. زبان پس از اجرای دوبارهٔ برنامه تغییر می‌کند.</source>
            <extracomment>LANGUAGE_SAVED</extracomment>
            <translation>Saved. The language changes when the program is started again.</translation>
        </message>
        <message>
            <source>این زبان هم‌اکنون زبان برنامه است.</source>
            <extracomment>LANGUAGE_UNCHANGED</extracomment>
            <translation>This is already the interface language.</translation>
        </message>
        <message>
            <source>نسخه</source>
            <extracomment>POLICY_COLUMNS[0]</extracomment>
            <translation>Version</translation>
        </message>
        <message>
            <source>تاریخ اجرا</source>
            <extracomment>POLICY_COLUMNS[1], POLICY_EFFECTIVE</extracomment>
            <translation>In force from</translation>
        </message>
        <message>
            <source>تاریخ تصویب</source>
            <extracomment>POLICY_COLUMNS[2]</extracomment>
            <translation>Approval date</translation>
        </message>
        <message>
            <source>ثبت‌کننده</source>
            <extracomment>POLICY_COLUMNS[3], INFLATION_COLUMNS[3]</extracomment>
            <translation>Entered by</translation>
        </message>
        <message>
            <source>در اجرا</source>
            <extracomment>POLICY_IN_FORCE</extracomment>
            <translation>In force</translation>
        </message>
        <message>
            <source>اجرا از {date}</source>
            <extracomment>POLICY_UPCOMING</extracomment>
            <translation>In force from {date}</translation>
        </message>
        <message>
            <source>پیشین</source>
            <extracomment>POLICY_PAST</extracomment>
            <translation>Earlier</translation>
        </message>
        <message>
            <source>نسخهٔ جدید</source>
            <extracomment>POLICY_NEW</extracomment>
            <translation>New version</translation>
        </message>
        <message>
            <source>⚠ بازنگری شیوه‌نامه سررسیده است: از آخرین نسخه (شمارهٔ {number}، مصوب {approved}، اجرا از {effective}) بیش از {months} ماه گذشته است (R-8.1).</source>
            <extracomment>POLICY_REVIEW_DUE</extracomment>
            <translation>⚠ A review of the procedure is due: more than {months} months have passed since the last version (number {number}, approved {approved}, in force from {effective}) (R-8.1).</translation>
        </message>
        <message>
            <source>آخرین نسخه: شمارهٔ {number}، مصوب {approved}، اجرا از {effective}. شیوه‌نامه هر {months} ماه یک بار بازنگری می‌شود (R-8.1).</source>
            <extracomment>POLICY_REVIEW_OK</extracomment>
            <translation>Last version: number {number}, approved {approved}, in force from {effective}. The procedure is reviewed every {months} months (R-8.1).</translation>
        </message>
        <message>
            <source>مقادیر نسخهٔ {number} (اجرا از {date})</source>
            <extracomment>POLICY_VALUES_OF</extracomment>
            <translation>Values of version {number} (in force from {date})</translation>
        </message>
        <message>
            <source>مقادیر پررنگ در این نسخه نسبت به نسخهٔ پیشین تغییر کرده‌اند؛ مقدار پیشین در راهنمای آن است.</source>
            <extracomment>POLICY_CHANGED_LEGEND</extracomment>
            <translation>Values in bold changed in this version from the one before; the earlier value is in their tooltip.</translation>
        </message>
        <message>
            <source>در نسخهٔ پیشین: {value}</source>
            <extracomment>POLICY_BEFORE</extracomment>
            <translation>In the earlier version: {value}</translation>
        </message>
        <message>
            <source>نسخهٔ جدید شیوه‌نامه (R-8.1)</source>
            <extracomment>POLICY_DIALOG</extracomment>
            <translation>New version of the procedure (R-8.1)</translation>
        </message>
        <message>
            <source>دلیل (شمارهٔ مصوبه)</source>
            <extracomment>POLICY_REASON</extracomment>
            <translation>Reason (resolution number)</translation>
        </message>
        <message>
            <source>فقط مقادیری که تغییر می‌دهید در نسخهٔ تازه ثبت می‌شوند؛ بقیه همان مقادیر نسخهٔ {number} می‌مانند. نسخهٔ تازه از تاریخ اجرایش به کار می‌رود و گذشته را تغییر نمی‌دهد.</source>
            <extracomment>POLICY_DIALOG_HINT</extracomment>
            <translation>Only the values you change are recorded in the new version; the rest stay as in version {number}. The new version applies from its date and does not change the past.</translation>
        </message>
        <message>
            <source>نسخهٔ {number} ثبت شد؛ از {date} اجرا می‌شود.</source>
            <extracomment>POLICY_SAVED</extracomment>
            <translation>Version {number} recorded; it is in force from {date}.</translation>
        </message>
        <message>
            <source>خانهٔ «{level}، {service}» در جدول سطوح درست نیست: «{text}». عدد، «نامحدود» یا خالی (این خدمت به این سطح داده نمی‌شود) بنویسید.</source>
            <extracomment>POLICY_BAD_CELL</extracomment>
            <translation>The cell “{level}, {service}” of the levels table is not right: “{text}”. Write a number, “unlimited”, or leave it empty (this service is not given to this level).</translation>
        </message>
        <message>
            <source>هر مرجع در یک سطر</source>
            <extracomment>POLICY_BODIES_HINT</extracomment>
            <translation>One body per line</translation>
        </message>
        <message>
            <source>مقادیر</source>
            <extracomment>POLICY_TAB_VALUES</extracomment>
            <translation>Values</translation>
        </message>
        <message>
            <source>متن قرارداد</source>
            <extracomment>POLICY_TAB_TEMPLATE</extracomment>
            <translation>Contract wording</translation>
        </message>
        <message>
            <source>نام نسخهٔ متن</source>
            <extracomment>POLICY_TEMPLATE_VERSION</extracomment>
            <translation>Wording version</translation>
        </message>
        <message>
            <source>هر ماده با سطری آغاز می‌شود که با «#» و عنوان ماده شروع شود؛ هر سطر دیگر یک بند است. متن تازه را با نام نسخهٔ تازه ثبت کنید؛ قراردادی که پیش‌تر امضا شده با متن روز امضای خود چاپ می‌شود.</source>
            <extracomment>POLICY_TEMPLATE_HINT</extracomment>
            <translation>Each article starts with a line beginning with «#» and the article's heading; every other line is a paragraph. Save new wording under a new version name; a contract already signed prints with the wording of its signing day.</translation>
        </message>
        <message>
            <source>جاهای خالی که قرارداد پر می‌کند: {blanks}</source>
            <extracomment>POLICY_TEMPLATE_BLANKS</extracomment>
            <translation>Blanks the contract fills: {blanks}</translation>
        </message>
        <message>
            <source>در هر خانه عدد، «نامحدود» یا خالی بنویسید؛ خانهٔ خالی یعنی این خدمت به این سطح داده نمی‌شود.</source>
            <extracomment>POLICY_GRID_HINT</extracomment>
            <translation>In each cell write a number, “unlimited”, or leave it empty; an empty cell means this service is not given to this level.</translation>
        </message>
        <message>
            <source>نامحدود</source>
            <extracomment>POLICY_UNLIMITED, UNLIMITED_TEXT</extracomment>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source>سامانه (نسخهٔ آغازین)</source>
            <extracomment>POLICY_BY['system']</extracomment>
            <translation>System (first version)</translation>
        </message>
        <message>
            <source>سطح ۱ (در حال تأسیس)</source>
            <extracomment>POLICY_LEVEL_NAMES['1']</extracomment>
            <translation>Level 1 (being founded)</translation>
        </message>
        <message>
            <source>سطح ۲</source>
            <extracomment>POLICY_LEVEL_NAMES['2']</extracomment>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>سطح ۳</source>
            <extracomment>POLICY_LEVEL_NAMES['3']</extracomment>
            <translation>Level 3</translation>
        </message>
        <message>
            <source>سطح ۴</source>
            <extracomment>POLICY_LEVEL_NAMES['4']</extracomment>
            <translation>Level 4</translation>
        </message>
        <message>
            <source>مراجع صدور مجوز (R-1.1)</source>
            <extracomment>POLICY_SECTIONS['bodies']</extracomment>
            <translation>Licensing bodies (R-1.1)</translation>
        </message>
        <message>
            <source>سقف نفرات در هر بار استفاده (R-2.1)</source>
            <extracomment>POLICY_SECTIONS['people']</extracomment>
            <translation>People per use (R-2.1)</translation>
        </message>
        <message>
            <source>سقف خدمات هر سمن (مادهٔ ۲)</source>
            <extracomment>POLICY_SECTIONS['service']</extracomment>
            <translation>Service caps per NGO (Article 2)</translation>
        </message>
        <message>
            <source>جدول سطوح: سقف سالانهٔ خدمات هر سطح (مادهٔ ۴)</source>
            <extracomment>POLICY_SECTIONS['levels']</extracomment>
            <translation>Levels table: yearly service caps per level (Article 4)</translation>
        </message>
        <message>
            <source>معیارهای تعیین سطح (R-4.5)</source>
            <extracomment>POLICY_SECTIONS['criteria']</extracomment>
            <translation>Level criteria (R-4.5)</translation>
        </message>
        <message>
            <source>قرارداد و تمدید (مادهٔ ۵)</source>
            <extracomment>POLICY_SECTIONS['lease']</extracomment>
            <translation>Contract and extension (Article 5)</translation>
        </message>
        <message>
            <source>سفته (مادهٔ ۶)</source>
            <extracomment>POLICY_SECTIONS['note']</extracomment>
            <translation>Promissory note (Article 6)</translation>
        </message>
        <message>
            <source>کمینهٔ کارکنان هر سمن‌سرا (R-7.1)</source>
            <extracomment>POLICY_SECTIONS['staff']</extracomment>
            <translation>Minimum staff of each semansara (R-7.1)</translation>
        </message>
        <message>
            <source>بازنگری و یادآوری (مادهٔ ۸)</source>
            <extracomment>POLICY_SECTIONS['review']</extracomment>
            <translation>Review and reminders (Article 8)</translation>
        </message>
        <message>
            <source>سابقه: مرز سطح ۲ و ۳</source>
            <extracomment>POLICY_LABELS['level_years.0']</extracomment>
            <translation>Years: level 2 / 3 boundary</translation>
        </message>
        <message>
            <source>سابقه: مرز سطح ۳ و ۴</source>
            <extracomment>POLICY_LABELS['level_years.1']</extracomment>
            <translation>Years: level 3 / 4 boundary</translation>
        </message>
        <message>
            <source>اعضا: مرز سطح ۲ و ۳</source>
            <extracomment>POLICY_LABELS['level_members.0']</extracomment>
            <translation>Members: level 2 / 3 boundary</translation>
        </message>
        <message>
            <source>اعضا: مرز سطح ۳ و ۴</source>
            <extracomment>POLICY_LABELS['level_members.1']</extracomment>
            <translation>Members: level 3 / 4 boundary</translation>
        </message>
        <message>
            <source>سطح ۳: بازهٔ بررسی فعالیت</source>
            <extracomment>POLICY_LABELS['level3_activity.window_years']</extracomment>
            <translation>Level 3: activity period checked</translation>
        </message>
        <message>
            <source>سطح ۳: دست‌کم برنامه</source>
            <extracomment>POLICY_LABELS['level3_activity.programs']</extracomment>
            <translation>Level 3: programs, at least</translation>
        </message>
        <message>
            <source>سطح ۳: حاضران هر برنامه</source>
            <extracomment>POLICY_LABELS['level3_activity.people']</extracomment>
            <translation>Level 3: people per program</translation>
        </message>
        <message>
            <source>سطح ۳: دست‌کم برنامهٔ بزرگ</source>
            <extracomment>POLICY_LABELS['level3_activity.big_programs']</extracomment>
            <translation>Level 3: large programs, at least</translation>
        </message>
        <message>
            <source>سطح ۳: حاضران برنامهٔ بزرگ</source>
            <extracomment>POLICY_LABELS['level3_activity.big_people']</extracomment>
            <translation>Level 3: people per large program</translation>
        </message>
        <message>
            <source>سطح ۴: بازهٔ بررسی فعالیت</source>
            <extracomment>POLICY_LABELS['level4_activity.window_years']</extracomment>
            <translation>Level 4: activity period checked</translation>
        </message>
        <message>
            <source>سطح ۴: بیش از این شمار برنامه</source>
            <extracomment>POLICY_LABELS['level4_activity.programs_over']</extracomment>
            <translation>Level 4: more programs than</translation>
        </message>
        <message>
            <source>سطح ۴: حاضران هر برنامه</source>
            <extracomment>POLICY_LABELS['level4_activity.people']</extracomment>
            <translation>Level 4: people per program</translation>
        </message>
        <message>
            <source>سطح ۴: دست‌کم برنامهٔ بزرگ</source>
            <extracomment>POLICY_LABELS['level4_activity.big_programs']</extracomment>
            <translation>Level 4: large programs, at least</translation>
        </message>
        <message>
            <source>سطح ۴: حاضران برنامهٔ بزرگ</source>
            <extracomment>POLICY_LABELS['level4_activity.big_people']</extracomment>
            <translation>Level 4: people per large program</translation>
        </message>
        <message>
            <source>مدت قرارداد و هر تمدید</source>
            <extracomment>POLICY_LABELS['lease_months']</extracomment>
            <translation>Length of a contract and of each extension</translation>
        </message>
        <message>
            <source>بیشترین شمار تمدید</source>
            <extracomment>POLICY_LABELS['max_extensions']</extracomment>
            <translation>Most extensions</translation>
        </message>
        <message>
            <source>سقف کل مدت در سمن‌سراها</source>
            <extracomment>POLICY_LABELS['max_total_months']</extracomment>
            <translation>Total time cap in semansaras</translation>
        </message>
        <message>
            <source>مهلت درخواست تمدید پیش از پایان</source>
            <extracomment>POLICY_LABELS['extension_deadline_months']</extracomment>
            <translation>Extension request deadline before the end</translation>
        </message>
        <message>
            <source>مبلغ پایهٔ سفته</source>
            <extracomment>POLICY_LABELS['note_base_amount']</extracomment>
            <translation>Promissory note base amount</translation>
        </message>
        <message>
            <source>سال پایهٔ مبلغ</source>
            <extracomment>POLICY_LABELS['note_base_year']</extracomment>
            <translation>Base year of the amount</translation>
        </message>
        <message>
            <source>گرد کردن مبلغ به بالا تا مضرب</source>
            <extracomment>POLICY_LABELS['note_rounding']</extracomment>
            <translation>Round the amount up to a multiple of</translation>
        </message>
        <message>
            <source>دورهٔ بازنگری شیوه‌نامه</source>
            <extracomment>POLICY_LABELS['review_months']</extracomment>
            <translation>Procedure review period</translation>
        </message>
        <message>
            <source>یادآوری پایان قرارداد</source>
            <extracomment>POLICY_LABELS['ending_soon_days']</extracomment>
            <translation>Contract-ending reminder</translation>
        </message>
        <message>
            <source>نفر</source>
            <extracomment>POLICY_UNITS['people']</extracomment>
            <translation>people</translation>
        </message>
        <message>
            <source>کارت</source>
            <extracomment>POLICY_UNITS['cards']</extracomment>
            <translation>cards</translation>
        </message>
        <message>
            <source>ماه</source>
            <extracomment>POLICY_UNITS['months']</extracomment>
            <translation>months</translation>
        </message>
        <message>
            <source>بار</source>
            <extracomment>POLICY_UNITS['times']</extracomment>
            <translation>times</translation>
        </message>
        <message>
            <source>سال</source>
            <extracomment>POLICY_UNITS['years'], INFLATION_COLUMNS[0], INFLATION_YEAR, …</extracomment>
            <translation>Year</translation>
        </message>
        <message>
            <source>برنامه</source>
            <extracomment>POLICY_UNITS['programs']</extracomment>
            <translation>programs</translation>
        </message>
        <message>
            <source>ریال</source>
            <extracomment>POLICY_UNITS['rials']</extracomment>
            <translation>rials</translation>
        </message>
        <message>
            <source>روز پیش از آن</source>
            <extracomment>POLICY_UNITS['days_before']</extracomment>
            <translation>days before</translation>
        </message>
        <message>
            <source>کارت در سال</source>
            <extracomment>POLICY_GRID_UNITS['business_cards']</extracomment>
            <translation>cards a year</translation>
        </message>
        <message>
            <source>ساعت در سال</source>
            <extracomment>POLICY_GRID_UNITS['meeting_room'], POLICY_GRID_UNITS['workshop_room'], POLICY_GRID_UNITS['hall']</extracomment>
            <translation>hours a year</translation>
        </message>
        <message>
            <source>نرخ تورم</source>
            <extracomment>INFLATION_COLUMNS[1]</extracomment>
            <translation>Inflation rate</translation>
        </message>
        <message>
            <source>مبلغ سفتهٔ قراردادهای این سال</source>
            <extracomment>INFLATION_COLUMNS[2]</extracomment>
            <translation>Promissory note amount for this year's contracts</translation>
        </message>
        <message>
            <source>ثبت نشده</source>
            <extracomment>INFLATION_NOT_ENTERED</extracomment>
            <translation>Not entered</translation>
        </message>
        <message>
            <source>مبلغ سفتهٔ قراردادهای امسال ({year}): {amount}</source>
            <extracomment>INFLATION_CURRENT</extracomment>
            <translation>Promissory note amount for this year's contracts ({year}): {amount}</translation>
        </message>
        <message>
            <source>مبلغ سفتهٔ هر سال = مبلغ سال پیش × (۱ + نرخ تورم سال پیش)، گرد شده به بالا تا یک میلیون ریال (R-6.2). نرخ هر سال را پس از اعلام، معاونت مالی ثبت می‌کند.</source>
            <extracomment>INFLATION_EXPLAIN</extracomment>
            <translation>Each year's note amount = the year before's amount × (1 + the year before's inflation rate), rounded up to a million rials (R-6.2). The Deputy of Finance enters each year's rate once it is announced.</translation>
        </message>
        <message>
            <source>نرخ این سال‌ها ثبت نشده و صفر شمرده شده است: {years}</source>
            <extracomment>INFLATION_MISSING</extracomment>
            <translation>The rates of these years are not entered and were counted as zero: {years}</translation>
        </message>
        <message>
            <source>نرخ تورم (درصد)</source>
            <extracomment>INFLATION_RATE</extracomment>
            <translation>Inflation rate (percent)</translation>
        </message>
        <message>
            <source>ثبت نرخ</source>
            <extracomment>INFLATION_SAVE</extracomment>
            <translation>Enter rate</translation>
        </message>
        <message>
            <source>نرخ تورم سال {year} ({rate}) ثبت شد. مبلغ سفتهٔ امسال: {amount}.</source>
            <extracomment>INFLATION_SAVED</extracomment>
            <translation>The inflation rate of {year} ({rate}) is recorded. This year's note amount: {amount}.</translation>
        </message>
        <message>
            <source>ثبت نرخ با معاونت مالی است: {message}</source>
            <extracomment>INFLATION_NOT_YOURS</extracomment>
            <translation>Entering the rate is for the Deputy of Finance: {message}</translation>
        </message>
        <message>
            <source>نام کاربری</source>
            <extracomment>ACCOUNT_COLUMNS[0], ACCOUNT_USERNAME, DB_USER</extracomment>
            <translation>Username</translation>
        </message>
        <message>
            <source>گذرواژه</source>
            <extracomment>ACCOUNT_COLUMNS[4], ACCOUNT_PASSWORD, DB_PASSWORD</extracomment>
            <translation>Password</translation>
        </message>
        <message>
            <source>کاربر جدید</source>
            <extracomment>ACCOUNT_NEW</extracomment>
            <translation>New user</translation>
        </message>
        <message>
            <source>تعیین گذرواژه</source>
            <extracomment>ACCOUNT_SET_PASSWORD</extracomment>
            <translation>Set password</translation>
        </message>
        <message>
            <source>افزودن کاربر</source>
            <extracomment>ACCOUNT_DIALOG_NEW</extracomment>
            <translation>Add a user</translation>
        </message>
        <message>
            <source>نام و نام خانوادگی</source>
            <extracomment>ACCOUNT_FULL_NAME, SETUP_USERS_COLUMNS[1]</extracomment>
            <translation>Full name</translation>
        </message>
        <message>
            <source>name@example.ir</source>
            <extracomment>EMAIL_EXAMPLE</extracomment>
            <translation>name@example.ir</translation>
        </message>
        <message>
            <source>فقط برای مسئول سمن‌سرا</source>
            <extracomment>ACCOUNT_SEMANSARA_HINT</extracomment>
            <translation>Only for a semansara manager</translation>
        </message>
        <message>
            <source>یک‌بار مصرف؛ خالی: تا تعیین گذرواژه وارد نمی‌شود</source>
            <extracomment>ACCOUNT_PASSWORD_HINT</extracomment>
            <translation>One-time; empty: cannot sign in until a password is set</translation>
        </message>
        <message>
            <source>دارد</source>
            <extracomment>ACCOUNT_HAS_PASSWORD</extracomment>
            <translation>Set</translation>
        </message>
        <message>
            <source>ندارد</source>
            <extracomment>ACCOUNT_NO_PASSWORD</extracomment>
            <translation>Not set</translation>
        </message>
        <message>
            <source>این کاربر تا مدیر سامانه گذرواژه‌ای یک‌بار مصرف برایش تعیین نکند وارد نمی‌شود.</source>
            <extracomment>ACCOUNT_NO_PASSWORD_TIP</extracomment>
            <translation>This user cannot sign in until the system administrator sets a one-time password.</translation>
        </message>
        <message>
            <source>یک‌بار مصرف</source>
            <extracomment>ACCOUNT_ONE_TIME</extracomment>
            <translation>One-time</translation>
        </message>
        <message>
            <source>در نخستین ورود، کاربر گذرواژهٔ خود را برمی‌گزیند.</source>
            <extracomment>ACCOUNT_ONE_TIME_TIP</extracomment>
            <translation>At the first sign-in the user chooses their own password.</translation>
        </message>
        <message>
            <source>غیرفعال</source>
            <extracomment>ACCOUNT_INACTIVE</extracomment>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>قفل تا {until}</source>
            <extracomment>ACCOUNT_LOCKED</extracomment>
            <translation>Locked until {until}</translation>
        </message>
        <message>
            <source>نخست یک کاربر را در فهرست برگزینید.</source>
            <extracomment>ACCOUNT_SELECT_FIRST</extracomment>
            <translation>First choose a user in the list.</translation>
        </message>
        <message>
            <source>کاربر «{user}» با نقش «{role}» افزوده شد.</source>
            <extracomment>ACCOUNT_SAVED</extracomment>
            <translation>User “{user}” added with the role “{role}”.</translation>
        </message>
        <message>
            <source>تعیین گذرواژهٔ {user}</source>
            <extracomment>ACCOUNT_PASSWORD_DIALOG</extracomment>
            <translation>Set the password of {user}</translation>
        </message>
        <message>
            <source>گذرواژهٔ تازه</source>
            <extracomment>ACCOUNT_NEW_PASSWORD</extracomment>
            <translation>New password</translation>
        </message>
        <message>
            <source>تکرار گذرواژه</source>
            <extracomment>ACCOUNT_PASSWORD_AGAIN</extracomment>
            <translation>Password again</translation>
        </message>
        <message>
            <source>دو گذرواژه یکی نیستند؛ هر دو را دوباره بنویسید.</source>
            <extracomment>ACCOUNT_PASSWORDS_DIFFER</extracomment>
            <translation>The two passwords differ; type both again.</translation>
        </message>
        <message>
            <source>گذرواژهٔ «{user}» تعیین شد.</source>
            <extracomment>ACCOUNT_PASSWORD_SAVED</extracomment>
            <translation>The password of “{user}” is set.</translation>
        </message>
        <message>
            <source>گذرواژهٔ یک‌بار مصرف «{user}» تعیین شد؛ در نخستین ورود گذرواژهٔ خود را برمی‌گزیند.</source>
            <extracomment>ACCOUNT_PASSWORD_ONE_TIME_SAVED</extracomment>
            <translation>A one-time password was set for «{user}»; they choose their own at the first sign-in.</translation>
        </message>
        <message>
            <source>تغییر گذرواژهٔ من…</source>
            <extracomment>OWN_PASSWORD_BUTTON</extracomment>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>تغییر گذرواژهٔ من</source>
            <extracomment>OWN_PASSWORD_DIALOG</extracomment>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>گذرواژهٔ فعلی</source>
            <extracomment>OWN_PASSWORD_OLD</extracomment>
            <translation>Current password</translation>
        </message>
        <message>
            <source>گذرواژهٔ شما تغییر کرد.</source>
            <extracomment>OWN_PASSWORD_SAVED</extracomment>
            <translation>Your password was changed.</translation>
        </message>
        <message>
            <source>شما با نام کاربری «{username}» و نقش «{role}» وارد شده‌اید.</source>
            <extracomment>OWN_ACCOUNT_TEXT</extracomment>
            <translation>You are signed in as «{username}», role «{role}».</translation>
        </message>
        <message>
            <source>ویرایش کاربر</source>
            <extracomment>ACCOUNT_EDIT</extracomment>
            <translation>Edit user</translation>
        </message>
        <message>
            <source>ویرایش کاربر {user}</source>
            <extracomment>ACCOUNT_EDIT_DIALOG</extracomment>
            <translation>Edit user {user}</translation>
        </message>
        <message>
            <source>حساب فعال است (می‌تواند وارد شود)</source>
            <extracomment>ACCOUNT_ACTIVE_BOX</extracomment>
            <translation>The account is active (can sign in)</translation>
        </message>
        <message>
            <source>حساب‌ها پاک نمی‌شوند تا نامشان در سابقهٔ کارها بماند؛ حساب غیرفعال نمی‌تواند وارد شود.</source>
            <extracomment>ACCOUNT_ACTIVE_TIP</extracomment>
            <translation>Accounts are never deleted, so that their names stay in the history of the work; an inactive account cannot sign in.</translation>
        </message>
        <message>
            <source>کاربر «{user}» به‌روز شد.</source>
            <extracomment>ACCOUNT_UPDATED</extracomment>
            <translation>User “{user}” updated.</translation>
        </message>
        <message>
            <source>پایگاه دادهٔ کنونی: {where}</source>
            <extracomment>DB_CURRENT, BACKUP_OF</extracomment>
            <translation>Current database: {where}</translation>
        </message>
        <message>
            <source>متغیر محیطی SEMANSARA_DB تعیین شده است و در آغاز برنامه بر این تنظیم مقدم است (همچنین گزینهٔ ⁦--db⁩ در خط فرمان).</source>
            <extracomment>DB_ENV_WINS</extracomment>
            <translation>The environment variable SEMANSARA_DB is set and wins over this setting at start-up (so does the ⁦--db⁩ option on the command line).</translation>
        </message>
        <message>
            <source>پروندهٔ SQLite (یک رایانه)</source>
            <extracomment>DB_KIND_SQLITE</extracomment>
            <translation>SQLite file (one computer)</translation>
        </message>
        <message>
            <source>کارساز PostgreSQL (چند میز در یک دفتر)</source>
            <extracomment>DB_KIND_POSTGRES</extracomment>
            <translation>PostgreSQL server (several desks in one office)</translation>
        </message>
        <message>
            <source>پروندهٔ SQLite</source>
            <extracomment>DB_SQLITE_BOX</extracomment>
            <translation>SQLite file</translation>
        </message>
        <message>
            <source>کارساز PostgreSQL</source>
            <extracomment>DB_POSTGRES_BOX</extracomment>
            <translation>PostgreSQL server</translation>
        </message>
        <message>
            <source>انتخاب…</source>
            <extracomment>DB_BROWSE</extracomment>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>نشانی کارساز</source>
            <extracomment>DB_HOST</extracomment>
            <translation>Server address</translation>
        </message>
        <message>
            <source>درگاه</source>
            <extracomment>DB_PORT</extracomment>
            <translation>Port</translation>
        </message>
        <message>
            <source>پایگاه داده</source>
            <extracomment>DB_NAME</extracomment>
            <translation>Database</translation>
        </message>
        <message>
            <source>ذخیرهٔ گذرواژه</source>
            <extracomment>DB_SAVE_PASSWORD</extracomment>
            <translation>Save password</translation>
        </message>
        <message>
            <source>گذرواژه در پروندهٔ تنظیمات کاربر (فقط‌خواندنی برای خود او) نگه داشته می‌شود. بی آن، گذرواژه از PGPASSWORD یا ⁦~/.pgpass⁩ خوانده می‌شود.</source>
            <extracomment>DB_SAVE_PASSWORD_TIP</extracomment>
            <translation>The password is kept in the user's settings file (readable by them alone). Without it, the password is read from PGPASSWORD or ⁦~/.pgpass⁩.</translation>
        </message>
        <message>
            <source>آزمودن اتصال</source>
            <extracomment>DB_TEST</extracomment>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>پایگاه دادهٔ تازه از آغاز بعدی برنامه به کار می‌رود؛ پیش از ذخیره، اتصال آزموده می‌شود.</source>
            <extracomment>DB_NEXT_START</extracomment>
            <translation>The new database is used from the next start of the program; the connection is tested before saving.</translation>
        </message>
        <message>
            <source>ذخیره شد؛ از آغاز بعدی برنامه این پایگاه داده به کار می‌رود.</source>
            <extracomment>DB_SAVED</extracomment>
            <translation>Saved; this database is used from the next start of the program.</translation>
        </message>
        <message>
            <source>تنظیمات ذخیره نشد: {detail}</source>
            <extracomment>DB_SAVE_FAILED, MAIL_SAVE_FAILED</extracomment>
            <translation>The settings were not saved: {detail}</translation>
        </message>
        <message>
            <source>پاسخ کارساز: {detail}</source>
            <extracomment>DB_CHECK_DETAIL</extracomment>
            <translation>The server said: {detail}</translation>
        </message>
        <message>
            <source>اتصال برقرار شد؛ پایگاه داده آماده است (طرح {version}).</source>
            <extracomment>DB_CHECK_READY</extracomment>
            <translation>Connected; the database is ready (schema {version}).</translation>
        </message>
        <message>
            <source>اتصال برقرار شد؛ پایگاه داده طرح {version} دارد و در آغاز بعدی به طرح {latest} به‌روز می‌شود.</source>
            <extracomment>DB_CHECK_UPGRADE</extracomment>
            <translation>Connected; the database has schema {version} and is upgraded to schema {latest} at the next start.</translation>
        </message>
        <message>
            <source>اتصال برقرار شد؛ پایگاه داده خالی است و در آغاز بعدی برنامه ساخته می‌شود.</source>
            <extracomment>DB_CHECK_EMPTY</extracomment>
            <translation>Connected; the database is empty and is set up at the next start of the program.</translation>
        </message>
        <message>
            <source>این پرونده هنوز نیست؛ در آغاز بعدی برنامه ساخته می‌شود.</source>
            <extracomment>DB_CHECK_NEW_FILE</extracomment>
            <translation>This file does not exist yet; it is created at the next start of the program.</translation>
        </message>
        <message>
            <source>این پایگاه داده با نسخهٔ تازه‌تری از برنامه ساخته شده است (طرح {version}؛ این نسخه تا طرح {latest} را می‌شناسد). نخست برنامه را به‌روز کنید.</source>
            <extracomment>DB_CHECK_TOO_NEW</extracomment>
            <translation>This database was made by a newer version of the program (schema {version}; this version knows schemas up to {latest}). Update the program first.</translation>
        </message>
        <message>
            <source>ساختن جدول‌ها به افزونهٔ btree_gist نیاز دارد که روی این کارساز نیست؛ از مدیر کارساز بخواهید آن را نصب کند.</source>
            <extracomment>DB_CHECK_NO_GIST</extracomment>
            <translation>Creating the tables needs the btree_gist extension, which this server does not have; ask the server's administrator to install it.</translation>
        </message>
        <message>
            <source>نشانی پروندهٔ پایگاه داده را بنویسید یا برگزینید.</source>
            <extracomment>DB_CHECK_NO_FILE</extracomment>
            <translation>Write or choose the path of the database file.</translation>
        </message>
        <message>
            <source>«{path}» پوشه است، نه پرونده.</source>
            <extracomment>DB_CHECK_IS_FOLDER</extracomment>
            <translation>“{path}” is a folder, not a file.</translation>
        </message>
        <message>
            <source>در پوشهٔ «{folder}» اجازهٔ ساختن پرونده نیست.</source>
            <extracomment>DB_CHECK_CANNOT_CREATE</extracomment>
            <translation>Files may not be created in the folder “{folder}”.</translation>
        </message>
        <message>
            <source>«{path}» پایگاه دادهٔ SQLite نیست یا خوانده نشد.</source>
            <extracomment>DB_CHECK_NOT_SQLITE</extracomment>
            <translation>“{path}” is not an SQLite database or could not be read.</translation>
        </message>
        <message>
            <source>پروندهٔ پایگاه داده باید پسوند ‎.sqlite‎ یا ‎.db‎ داشته باشد: «{path}».</source>
            <extracomment>DB_CHECK_SUFFIX</extracomment>
            <translation>The database file must end in .sqlite or .db: “{path}”.</translation>
        </message>
        <message>
            <source>نشانی اتصال PostgreSQL درست نیست.</source>
            <extracomment>DB_CHECK_BAD_URL</extracomment>
            <translation>The PostgreSQL connection address is not right.</translation>
        </message>
        <message>
            <source>کارساز {server} اتصال را نپذیرفت: در این نشانی و درگاه کارساز PostgreSQL در دسترس نیست. نشانی، درگاه و روشن بودن کارساز را بررسی کنید.</source>
            <extracomment>DB_CHECK_REFUSED</extracomment>
            <translation>The server {server} refused the connection: no PostgreSQL server answers at this address and port. Check the address, the port and that the server is running.</translation>
        </message>
        <message>
            <source>کارساز {server} در {seconds} ثانیه پاسخ نداد؛ شبکه و نشانی را بررسی کنید.</source>
            <extracomment>DB_CHECK_TIMEOUT</extracomment>
            <translation>The server {server} did not answer within {seconds} seconds; check the network and the address.</translation>
        </message>
        <message>
            <source>نشانی کارساز «{host}» پیدا نشد.</source>
            <extracomment>DB_CHECK_NO_HOST</extracomment>
            <translation>The server address “{host}” was not found.</translation>
        </message>
        <message>
            <source>کارساز نام کاربری «{user}» یا گذرواژهٔ آن را نپذیرفت.</source>
            <extracomment>DB_CHECK_AUTH</extracomment>
            <translation>The server did not accept the username “{user}” or its password.</translation>
        </message>
        <message>
            <source>پایگاه دادهٔ «{name}» روی این کارساز نیست؛ نخست مدیر کارساز آن را بسازد.</source>
            <extracomment>DB_CHECK_NO_DATABASE</extracomment>
            <translation>There is no database “{name}” on this server; the server's administrator must create it first.</translation>
        </message>
        <message>
            <source>این کاربر اجازهٔ دسترسی به این پایگاه داده را ندارد.</source>
            <extracomment>DB_CHECK_DENIED</extracomment>
            <translation>This user is not allowed to use this database.</translation>
        </message>
        <message>
            <source>اتصال به کارساز {server} برقرار نشد.</source>
            <extracomment>DB_CHECK_OTHER</extracomment>
            <translation>Could not connect to the server {server}.</translation>
        </message>
        <message>
            <source>پشتیبان یک رونوشت کامل و سازگار از پایگاه داده است که حتی هنگام کار میزها گرفته می‌شود (رابط پشتیبان‌گیری SQLite). آن را بیرون از این رایانه هم نگه دارید.</source>
            <extracomment>BACKUP_EXPLAIN_SQLITE</extracomment>
            <translation>A backup is a complete, consistent copy of the database, taken even while desks are at work (SQLite's backup interface). Keep it off this computer as well.</translation>
        </message>
        <message>
            <source>پشتیبان با pg_dump گرفته می‌شود (ابزارهای خط فرمان PostgreSQL باید نصب باشند)؛ رونوشتی سازگار حتی هنگام کار میزها.</source>
            <extracomment>BACKUP_EXPLAIN_PG</extracomment>
            <translation>The backup is taken with pg_dump (the PostgreSQL command-line tools must be installed); a consistent copy even while desks are at work.</translation>
        </message>
        <message>
            <source>پشتیبان‌گیری…</source>
            <extracomment>BACKUP_NOW</extracomment>
            <translation>Back up…</translation>
        </message>
        <message>
            <source>پروندهٔ پشتیبان</source>
            <extracomment>BACKUP_CHOOSE_TITLE</extracomment>
            <translation>Backup file</translation>
        </message>
        <message>
            <source>پشتیبان SQLite (*.sqlite *.db);;همهٔ پرونده‌ها (*)</source>
            <extracomment>BACKUP_FILTER</extracomment>
            <translation>SQLite backup (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>پشتیبان PostgreSQL (*.dump);;همهٔ پرونده‌ها (*)</source>
            <extracomment>BACKUP_FILTER_PG</extracomment>
            <translation>PostgreSQL backup (*.dump);;All files (*)</translation>
        </message>
        <message>
            <source>پشتیبان را نمی‌توان روی خود پایگاه دادهٔ در حال کار نوشت؛ پرونده‌ای دیگر برگزینید.</source>
            <extracomment>BACKUP_SAME_FILE</extracomment>
            <translation>A backup cannot be written over the database in use; choose another file.</translation>
        </message>
        <message>
            <source>پشتیبان در {seconds} ثانیه نوشته شد: «{path}» ({size} مگابایت).</source>
            <extracomment>BACKUP_DONE</extracomment>
            <translation>Backup written in {seconds} seconds: “{path}” ({size} MB).</translation>
        </message>
        <message>
            <source>پشتیبان گرفته نشد: {detail}</source>
            <extracomment>BACKUP_FAILED</extracomment>
            <translation>No backup was taken: {detail}</translation>
        </message>
        <message>
            <source>بازیابی</source>
            <extracomment>RESTORE_TITLE</extracomment>
            <translation>Restore</translation>
        </message>
        <message>
            <source>بازیابی هرگز روی پایگاه دادهٔ در حال کار انجام نمی‌شود. دکمهٔ زیر پشتیبان را در پرونده‌ای تازه بازمی‌گرداند (پس از بررسی سلامت آن)؛ سپس در برگهٔ «اتصال پایگاه داده» آن پرونده را برگزینید و برنامه را دوباره باز کنید. در خط فرمان:
⁦semansara restore FILE --db NEW.sqlite⁩</source>
            <extracomment>RESTORE_EXPLAIN_SQLITE</extracomment>
            <translation>A restore never touches the database in use. The button below restores a backup into a new file (after checking its integrity); then choose that file on the “Database connection” tab and open the program again. On the command line:
⁦semansara restore FILE --db NEW.sqlite⁩</translation>
        </message>
        <message>
            <source>بازیابی در یک پایگاه دادهٔ تازه و خالی PostgreSQL انجام می‌شود، در خط فرمان: ⁦semansara restore FILE.dump --db postgresql://…/NEW⁩؛ سپس در برگهٔ «اتصال پایگاه داده» آن را برگزینید.</source>
            <extracomment>RESTORE_EXPLAIN_PG</extracomment>
            <translation>A restore goes into a new, empty PostgreSQL database, on the command line: ⁦semansara restore FILE.dump --db postgresql://…/NEW⁩; then choose it on the “Database connection” tab.</translation>
        </message>
        <message>
            <source>بازیابی در پرونده‌ای تازه…</source>
            <extracomment>RESTORE_NOW</extracomment>
            <translation>Restore into a new file…</translation>
        </message>
        <message>
            <source>پروندهٔ پشتیبان برای بازیابی</source>
            <extracomment>RESTORE_CHOOSE_BACKUP</extracomment>
            <translation>Backup file to restore</translation>
        </message>
        <message>
            <source>پروندهٔ تازه برای پایگاه دادهٔ بازیابی‌شده</source>
            <extracomment>RESTORE_CHOOSE_TARGET</extracomment>
            <translation>New file for the restored database</translation>
        </message>
        <message>
            <source>«{path}» خالی نیست؛ بازیابی فقط در پرونده‌ای تازه انجام می‌شود.</source>
            <extracomment>RESTORE_NOT_EMPTY</extracomment>
            <translation>“{path}” is not empty; a restore only goes into a new file.</translation>
        </message>
        <message>
            <source>پشتیبان در {seconds} ثانیه در «{path}» بازیابی شد.</source>
            <extracomment>RESTORE_DONE</extracomment>
            <translation>The backup was restored into “{path}” in {seconds} seconds.</translation>
        </message>
        <message>
            <source>بازیابی نشد: {detail}</source>
            <extracomment>RESTORE_FAILED</extracomment>
            <translation>Not restored: {detail}</translation>
        </message>
        <message>
            <source>{title} — {serial}</source>
            <extracomment>PREVIEW_TITLE</extracomment>
            <translation>{title} — {serial}</translation>
        </message>
        <message>
            <source>سند صادر نشد</source>
            <extracomment>PREVIEW_REFUSED_TITLE</extracomment>
            <translation>The document was not issued</translation>
        </message>
        <message>
            <source>باشد</source>
            <extracomment>PREVIEW_OK</extracomment>
            <translation>OK</translation>
        </message>
        <message>
            <source>سند صادر نشد: پایگاه داده پاسخ نداد ({detail}). دوباره بکوشید.</source>
            <extracomment>PREVIEW_DATABASE_TROUBLE</extracomment>
            <translation>The document was not issued: the database did not answer ({detail}). Please try again.</translation>
        </message>
        <message>
            <source>چاپ…</source>
            <extracomment>PREVIEW_PRINT</extracomment>
            <translation>Print…</translation>
        </message>
        <message>
            <source>ذخیره…</source>
            <extracomment>PREVIEW_SAVE</extracomment>
            <translation>Save…</translation>
        </message>
        <message>
            <source>بستن</source>
            <extracomment>PREVIEW_CLOSE, IMPORT_CLOSE</extracomment>
            <translation>Close</translation>
        </message>
        <message>
            <source>صفحهٔ قبل</source>
            <extracomment>PREVIEW_PREVIOUS</extracomment>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>صفحهٔ بعد</source>
            <extracomment>PREVIEW_NEXT</extracomment>
            <translation>Next page</translation>
        </message>
        <message>
            <source>صفحهٔ</source>
            <extracomment>PREVIEW_PAGE</extracomment>
            <translation>Page</translation>
        </message>
        <message>
            <source>از {count}</source>
            <extracomment>PREVIEW_OF_PAGES</extracomment>
            <translation>of {count}</translation>
        </message>
        <message>
            <source>بزرگ‌تر (Ctrl++)</source>
            <extracomment>PREVIEW_ZOOM_IN</extracomment>
            <translation>Larger (Ctrl++)</translation>
        </message>
        <message>
            <source>کوچک‌تر (Ctrl+-)</source>
            <extracomment>PREVIEW_ZOOM_OUT</extracomment>
            <translation>Smaller (Ctrl+-)</translation>
        </message>
        <message>
            <source>هم‌عرض پنجره</source>
            <extracomment>PREVIEW_FIT_WIDTH</extracomment>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>تمام صفحه</source>
            <extracomment>PREVIEW_FIT_PAGE</extracomment>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>شمارهٔ سند: {serial}   کد تصدیق: {code}</source>
            <extracomment>PREVIEW_STAMP</extracomment>
            <translation>Document no.: {serial}   Verification code: {code}</translation>
        </message>
        <message>
            <source>چاپ سند</source>
            <extracomment>PREVIEW_PRINT_TITLE</extracomment>
            <translation>Print document</translation>
        </message>
        <message>
            <source>ذخیرهٔ سند</source>
            <extracomment>PREVIEW_SAVE_TITLE</extracomment>
            <translation>Save document</translation>
        </message>
        <message>
            <source>سند PDF (*.pdf)</source>
            <extracomment>PREVIEW_SAVE_FILTER</extracomment>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>سند در «{path}» ذخیره نشد: {detail}</source>
            <extracomment>PREVIEW_SAVE_FAILED</extracomment>
            <translation>The document could not be saved to “{path}”: {detail}</translation>
        </message>
        <message>
            <source>→ هفتهٔ پیش</source>
            <extracomment>CAL_PREVIOUS</extracomment>
            <translation>← Previous week</translation>
        </message>
        <message>
            <source>هفتهٔ بعد ←</source>
            <extracomment>CAL_NEXT</extracomment>
            <translation>Next week →</translation>
        </message>
        <message>
            <source>امروز</source>
            <extracomment>CAL_TODAY</extracomment>
            <translation>Today</translation>
        </message>
        <message>
            <source>تاریخ…</source>
            <extracomment>CAL_GO_TO_DATE</extracomment>
            <translation>Date…</translation>
        </message>
        <message>
            <source>رفتن به هفتهٔ یک تاریخ در تقویم</source>
            <extracomment>CAL_GO_TO_DATE_TIP</extracomment>
            <translation>Go to the week of a date in the calendar</translation>
        </message>
        <message>
            <source>نمایش نوبت‌های لغو یا ردشده</source>
            <extracomment>CAL_SHOW_CANCELLED</extracomment>
            <translation>Show cancelled and refused</translation>
        </message>
        <message>
            <source>هفتهٔ {start} تا {end}</source>
            <extracomment>CAL_WEEK_TITLE</extracomment>
            <translation>Week of {start} to {end}</translation>
        </message>
        <message>
            <source>{weekday}
{date}</source>
            <extracomment>CAL_DAY_TAB</extracomment>
            <translation>{weekday}
{date}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <extracomment>CAL_DAY_DATE</extracomment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{weekday} (تعطیل)</source>
            <extracomment>CAL_DAY_WEEKEND</extracomment>
            <translation>{weekday} (holiday)</translation>
        </message>
        <message>
            <source>{date}، {count} نوبت</source>
            <extracomment>CAL_DAY_COUNT</extracomment>
            <translation>{date} ({count})</translation>
        </message>
        <message>
            <source>● {weekday}</source>
            <extracomment>CAL_DAY_TODAY</extracomment>
            <translation>● {weekday}</translation>
        </message>
        <message>
            <source>{kind} {number}</source>
            <extracomment>CAL_ROOM_TITLE</extracomment>
            <translation>{kind} {number}</translation>
        </message>
        <message>
            <source>تا {people} نفر</source>
            <extracomment>CAL_ROOM_CAP</extracomment>
            <translation>up to {people} people</translation>
        </message>
        <message>
            <source>این سمن‌سرا اتاق جلسات، اتاق کارگاه یا سالنی برای نوبت‌دهی ندارد.</source>
            <extracomment>CAL_NO_ROOMS</extracomment>
            <translation>This semansara has no meeting room, workshop room or hall to book.</translation>
        </message>
        <message>
            <source>{start} تا {end}</source>
            <extracomment>CAL_CHOICE</extracomment>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>{start} تا {end}، {people} نفر</source>
            <extracomment>CAL_BOOKING_LINE</extracomment>
            <translation>{start} to {end}, {people} people</translation>
        </message>
        <message>
            <source>نوبت {ref}
{ngo}
{start} تا {end}، {people} نفر
{state}</source>
            <extracomment>CAL_BOOKING_TIP</extracomment>
            <translation>Booking {ref}
{ngo}
{start} to {end}, {people} people
{state}</translation>
        </message>
        <message>
            <source>آغاز: {room}، ساعت {start}. اکنون خانهٔ پایان را در همین ستون برگزینید (یا دوباره همین خانه را برای نیم ساعت).</source>
            <extracomment>CAL_HINT_END</extracomment>
            <translation>Start: {room}, at {start}. Now choose the end cell in the same column (or the same cell again for half an hour).</translation>
        </message>
        <message>
            <source>درخواست شد (خ)</source>
            <extracomment>BOOKING_STATES['khe_requested']</extracomment>
            <translation>Requested (خ)</translation>
        </message>
        <message>
            <source>وقت تنظیم شد (د)</source>
            <extracomment>BOOKING_STATES['dal_scheduled']</extracomment>
            <translation>Scheduled (د)</translation>
        </message>
        <message>
            <source>در انتظار تحویل اعلان (ذ)</source>
            <extracomment>BOOKING_STATES['zal_issued']</extracomment>
            <translation>Waiting for the notices to be delivered (ذ)</translation>
        </message>
        <message>
            <source>اطلاع داده شد (ذ)</source>
            <extracomment>BOOKING_STATES['zal_notified']</extracomment>
            <translation>Informed (ذ)</translation>
        </message>
        <message>
            <source>لغو شد</source>
            <extracomment>BOOKING_STATES['cancelled']</extracomment>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>رد شد</source>
            <extracomment>BOOKING_STATES['refused']</extracomment>
            <translation>Refused</translation>
        </message>
        <message>
            <source>منقضی شد</source>
            <extracomment>BOOKING_STATES['expired']</extracomment>
            <translation>Expired</translation>
        </message>
        <message>
            <source>برای نوبت تازه، در ستون یک اتاق از ساعت آغاز تا پایان بکشید، یا خانهٔ آغاز و سپس خانهٔ پایان را بزنید. برای دیدن یک نوبت، روی آن بزنید.</source>
            <extracomment>BOOKING_HOW_TO_SHORT</extracomment>
            <translation>For a new booking, drag in a room's column from the start time to the end, or click the start cell and then the end cell. To see a booking, click it.</translation>
        </message>
        <message>
            <source>برای نوبت تازه (مرحلهٔ خ)، در ستون اتاق از ساعت آغاز تا پایان بکشید، یا خانهٔ آغاز و سپس خانهٔ پایان را بزنید؛ با صفحه‌کلید: پیکان‌ها، Shift+پیکان و Enter.</source>
            <extracomment>BOOKING_HOW_TO</extracomment>
            <translation>For a new booking (step خ), drag in a room's column from the start time to the end, or click the start cell and then the end cell; with the keyboard: arrows, Shift+arrows and Enter.</translation>
        </message>
        <message>
            <source>این هفته: {total} نوبت ({requested} درخواست، {scheduled} وقت تنظیم‌شده، {issued} در انتظار تحویل اعلان، {notified} اطلاع‌داده‌شده)؛ {cancelled} لغو، رد یا منقضی شده.</source>
            <extracomment>BOOKING_WEEK_COUNTS</extracomment>
            <translation>This week: {total} bookings ({requested} requested, {scheduled} scheduled, {issued} waiting for their notices to be delivered, {notified} notified); {cancelled} cancelled, refused or expired.</translation>
        </message>
        <message>
            <source>نوبت {ref} در اتاق شمارهٔ {room} ثبت شد؛ {left} از سهمیهٔ سال باقی است.</source>
            <extracomment>BOOKING_SAVED</extracomment>
            <translation>Booking {ref} recorded in room number {room}; {left} of the year's quota left.</translation>
        </message>
        <message>
            <source>نوبتی برگزیده نشده است</source>
            <extracomment>BOOKING_DETAIL_EMPTY</extracomment>
            <translation>No booking chosen</translation>
        </message>
        <message>
            <source>نوبت {ref}</source>
            <extracomment>BOOKING_DETAIL_TITLE</extracomment>
            <translation>Booking {ref}</translation>
        </message>
        <message>
            <source>اتاق:</source>
            <extracomment>BOOKING_FACTS['room']</extracomment>
            <translation>Room:</translation>
        </message>
        <message>
            <source>زمان:</source>
            <extracomment>BOOKING_FACTS['when']</extracomment>
            <translation>When:</translation>
        </message>
        <message>
            <source>نفرات:</source>
            <extracomment>BOOKING_FACTS['people']</extracomment>
            <translation>People:</translation>
        </message>
        <message>
            <source>وضعیت:</source>
            <extracomment>BOOKING_FACTS['state'], CONTRACT_FACTS['state'], NOTE_FACTS['state']</extracomment>
            <translation>State:</translation>
        </message>
        <message>
            <source>ثبت درخواست:</source>
            <extracomment>BOOKING_FACTS['requested']</extracomment>
            <translation>Requested:</translation>
        </message>
        <message>
            <source>تنظیم وقت:</source>
            <extracomment>BOOKING_FACTS['scheduled']</extracomment>
            <translation>Scheduled:</translation>
        </message>
        <message>
            <source>اطلاع‌رسانی:</source>
            <extracomment>BOOKING_FACTS['notified']</extracomment>
            <translation>Informed:</translation>
        </message>
        <message>
            <source>لغو یا رد:</source>
            <extracomment>BOOKING_FACTS['cancelled']</extracomment>
            <translation>Cancelled or refused:</translation>
        </message>
        <message>
            <source>دلیل:</source>
            <extracomment>BOOKING_FACTS['reason'], CLOSED_DAYS_REASON</extracomment>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>{name} ({code})، سطح {level}</source>
            <extracomment>BOOKING_NGO_FACT</extracomment>
            <translation>{name} ({code}), level {level}</translation>
        </message>
        <message>
            <source>{weekday} {date}، ساعت {start} تا {end}</source>
            <extracomment>BOOKING_WHEN_FACT</extracomment>
            <translation>{weekday} {date}, {start} to {end}</translation>
        </message>
        <message>
            <source>سهمیهٔ «{kind}» {ngo} در سال {year}: {used} گرفته شده از {cap}؛ {left} باقی است (R-4.1).</source>
            <extracomment>BOOKING_QUOTA</extracomment>
            <translation>Quota of “{kind}” for {ngo} in {year}: {used} taken of {cap}; {left} left (R-4.1).</translation>
        </message>
        <message>
            <source>نوبت‌دهی، تنظیم وقت و اطلاع‌رسانی با کارشناس میز خدمت است.</source>
            <extracomment>BOOKING_ACTIONS_BY_DESK</extracomment>
            <translation>Booking, scheduling and informing are for the service-desk expert.</translation>
        </message>
        <message>
            <source>کار این نوبت به پایان رسیده است.</source>
            <extracomment>BOOKING_FINISHED</extracomment>
            <translation>This booking is finished.</translation>
        </message>
        <message>
            <source>چاپ اطلاعیهٔ سمن</source>
            <extracomment>BOOKING_PRINT_NGO</extracomment>
            <translation>Print the NGO's notice</translation>
        </message>
        <message>
            <source>چاپ اطلاعیهٔ مسئول سمن‌سرا</source>
            <extracomment>BOOKING_PRINT_MANAGER</extracomment>
            <translation>Print the semansara manager's notice</translation>
        </message>
        <message>
            <source>اطلاعیه پس از تنظیم وقت (مرحلهٔ د) چاپ می‌شود.</source>
            <extracomment>BOOKING_PRINT_WHEN</extracomment>
            <translation>The notice is printed after scheduling (step د).</translation>
        </message>
        <message>
            <source>درخواست نوبت در {semansara} (خ)</source>
            <extracomment>BOOKING_DIALOG_TITLE</extracomment>
            <translation>Booking request at {semansara} (خ)</translation>
        </message>
        <message>
            <source>{semansara} — خانهٔ برگزیده: {room}</source>
            <extracomment>BOOKING_DIALOG_WHERE</extracomment>
            <translation>{semansara} — chosen cell: {room}</translation>
        </message>
        <message>
            <source>ثبت درخواست نوبت</source>
            <extracomment>BOOKING_SAVE</extracomment>
            <translation>Record booking request</translation>
        </message>
        <message>
            <source>نوع اتاق</source>
            <extracomment>BOOKING_ROOM_KIND</extracomment>
            <translation>Room type</translation>
        </message>
        <message>
            <source>{ngo} — {ref}</source>
            <extracomment>BOOKING_CONTRACT_ITEM</extracomment>
            <translation>{ngo} — {ref}</translation>
        </message>
        <message>
            <source>قرارداد جاری‌ای در این سمن‌سرا نیست</source>
            <extracomment>BOOKING_NO_CONTRACTS</extracomment>
            <translation>No running contract at this semansara</translation>
        </message>
        <message>
            <source>سمن را برگزینید تا ساعت‌های باقی‌ماندهٔ آن دیده شود.</source>
            <extracomment>BOOKING_HOURS_NO_NGO</extracomment>
            <translation>Choose the NGO to see its hours left.</translation>
        </message>
        <message>
            <source>ساعت‌های باقی‌ماندهٔ «{ngo}» برای «{kind}» در سال {year}: {left} (از {cap} ساعت؛ {used} گرفته شده).</source>
            <extracomment>BOOKING_HOURS</extracomment>
            <translation>Hours left for “{ngo}” for “{kind}” in {year}: {left} (of {cap} hours; {used} taken).</translation>
        </message>
        <message>
            <source>این نوبت {asked} است و پس از آن {after} می‌ماند.</source>
            <extracomment>BOOKING_HOURS_AFTER</extracomment>
            <translation>This booking is {asked}, leaving {after}.</translation>
        </message>
        <message>
            <source>این نوبت {asked} است و بیش از سهمیه است.</source>
            <extracomment>BOOKING_HOURS_SHORT</extracomment>
            <translation>This booking is {asked}, more than the quota.</translation>
        </message>
        <message>
            <source>«{kind}» در خدمات سطح «{ngo}» نیست.</source>
            <extracomment>BOOKING_HOURS_NONE</extracomment>
            <translation>“{kind}” is not among the services of the level of “{ngo}”.</translation>
        </message>
        <message>
            <source>«{kind}» برای «{ngo}» سقف ساعت ندارد.</source>
            <extracomment>BOOKING_HOURS_UNLIMITED</extracomment>
            <translation>“{kind}” has no hour cap for “{ngo}”.</translation>
        </message>
        <message>
            <source>تاریخ و ساعت‌ها را کامل بنویسید تا تداخل‌ها بررسی شود.</source>
            <extracomment>BOOKING_CHECK_INCOMPLETE</extracomment>
            <translation>Fill in the date and the times to check for clashes.</translation>
        </message>
        <message>
            <source>پیش از ثبت، این‌ها دیده شد (خدمت نوبت‌دهی هم همین را خواهد گفت):</source>
            <extracomment>BOOKING_PROBLEMS</extracomment>
            <translation>Seen before recording (the booking service will say the same):</translation>
        </message>
        <message>
            <source>• گرفته: {room}، {start} تا {end} — {ngo}، نوبت {ref}، {state}</source>
            <extracomment>BOOKING_TAKEN_LINE</extracomment>
            <translation>• Taken: {room}, {start} to {end} — {ngo}, booking {ref}, {state}</translation>
        </message>
        <message>
            <source>این ساعت آزاد است؛ نوبت در «{room}» ثبت می‌شود.</source>
            <extracomment>BOOKING_FREE</extracomment>
            <translation>This time is free; the booking is recorded in “{room}”.</translation>
        </message>
        <message>
            <source>لغو نوبت {ref}</source>
            <extracomment>BOOKING_REASON_TITLES['cancel_booking']</extracomment>
            <translation>Cancel booking {ref}</translation>
        </message>
        <message>
            <source>رد درخواست نوبت {ref} (د)</source>
            <extracomment>BOOKING_REASON_TITLES['refuse_booking']</extracomment>
            <translation>Refuse booking request {ref} (د)</translation>
        </message>
        <message>
            <source>نوبت {ref} — {ngo}، {when} تا {end}</source>
            <extracomment>BOOKING_REASON_SUMMARY</extracomment>
            <translation>Booking {ref} — {ngo}, {when} to {end}</translation>
        </message>
        <message>
            <source>با لغو، {hours} به سهمیهٔ سال سمن بازمی‌گردد (R-4.1).</source>
            <extracomment>BOOKING_CANCEL_GIVES_BACK</extracomment>
            <translation>Cancelling gives {hours} back to the NGO's yearly quota (R-4.1).</translation>
        </message>
        <message>
            <source>شروع</source>
            <extracomment>CONTRACT_COLUMNS[3]</extracomment>
            <translation>Starts</translation>
        </message>
        <message>
            <source>آخرین روز</source>
            <extracomment>CONTRACT_COLUMNS[4]</extracomment>
            <translation>Last day</translation>
        </message>
        <message>
            <source>جست‌وجو در شمارهٔ قرارداد، کد یا نام سمن…</source>
            <extracomment>CONTRACT_SEARCH_PLACEHOLDER</extracomment>
            <translation>Search contract numbers, NGO codes or names…</translation>
        </message>
        <message>
            <source>همهٔ قراردادها</source>
            <extracomment>CONTRACT_FILTER_NAMES['']</extracomment>
            <translation>All contracts</translation>
        </message>
        <message>
            <source>جاری</source>
            <extracomment>CONTRACT_FILTER_NAMES['running']</extracomment>
            <translation>Running</translation>
        </message>
        <message>
            <source>پایان‌یافته</source>
            <extracomment>CONTRACT_FILTER_NAMES['ended']</extracomment>
            <translation>Ended</translation>
        </message>
        <message>
            <source>تسویه‌شده</source>
            <extracomment>CONTRACT_FILTER_NAMES['settled']</extracomment>
            <translation>Settled</translation>
        </message>
        <message>
            <source>رو به پایان ({days} روز)</source>
            <extracomment>CONTRACT_ENDING_LEGEND</extracomment>
            <translation>Ending soon ({days} days)</translation>
        </message>
        <message>
            <source>آخرین روز این قرارداد {date} است؛ {days} روز دیگر (R-5.1).</source>
            <extracomment>CONTRACT_ENDING_TIP</extracomment>
            <translation>The last day of this contract is {date}; {days} days from now (R-5.1).</translation>
        </message>
        <message>
            <source>آخرین روز این قرارداد {date} بود و هنوز پایان آن ثبت نشده است (R-5.1).</source>
            <extracomment>CONTRACT_OVERDUE_TIP</extracomment>
            <translation>This contract's last day was {date} and its end has not been recorded yet (R-5.1).</translation>
        </message>
        <message>
            <source>یک قرارداد را در فهرست برگزینید تا جزئیات آن این‌جا دیده شود.</source>
            <extracomment>CONTRACT_DETAIL_EMPTY</extracomment>
            <translation>Choose a contract in the list to see its details here.</translation>
        </message>
        <message>
            <source>قرارداد {ref} — {ngo}</source>
            <extracomment>CONTRACT_DETAIL_TITLE</extracomment>
            <translation>Contract {ref} — {ngo}</translation>
        </message>
        <message>
            <source>مدت:</source>
            <extracomment>CONTRACT_FACTS['term']</extracomment>
            <translation>Term:</translation>
        </message>
        <message>
            <source>تمدیدها:</source>
            <extracomment>CONTRACT_FACTS['extensions']</extracomment>
            <translation>Extensions:</translation>
        </message>
        <message>
            <source>حضور در سمن‌سراها:</source>
            <extracomment>CONTRACT_FACTS['months']</extracomment>
            <translation>Time in semansaras:</translation>
        </message>
        <message>
            <source>مهلت درخواست تمدید:</source>
            <extracomment>CONTRACT_FACTS['deadline']</extracomment>
            <translation>Extension request deadline:</translation>
        </message>
        <message>
            <source>سفته:</source>
            <extracomment>CONTRACT_FACTS['note']</extracomment>
            <translation>Promissory note:</translation>
        </message>
        <message>
            <source>پایان یافت:</source>
            <extracomment>CONTRACT_FACTS['ended']</extracomment>
            <translation>Ended:</translation>
        </message>
        <message>
            <source>{name} ({code})، سطح {level}، نمایندهٔ رسمی: {representative}</source>
            <extracomment>CONTRACT_NGO_FACT</extracomment>
            <translation>{name} ({code}), level {level}, official representative: {representative}</translation>
        </message>
        <message>
            <source>از {starts} تا {ends}</source>
            <extracomment>CONTRACT_TERM_FACT</extracomment>
            <translation>from {starts} to {ends}</translation>
        </message>
        <message>
            <source>{count} بار؛ {left} بار دیگر ممکن است (R-5.2)</source>
            <extracomment>CONTRACT_EXTENSIONS_FACT</extracomment>
            <translation>{count} times; {left} more possible (R-5.2)</translation>
        </message>
        <message>
            <source>{served} ماه گذرانده، {left} ماه از {total} ماه (پنج سال) مانده (R-5.3)</source>
            <extracomment>CONTRACT_MONTHS_FACT</extracomment>
            <translation>{served} months served, {left} of {total} months (five years) left (R-5.3)</translation>
        </message>
        <message>
            <source>تا {date} (R-5.1)</source>
            <extracomment>CONTRACT_DEADLINE_FACT</extracomment>
            <translation>until {date} (R-5.1)</translation>
        </message>
        <message>
            <source>{date} — گذشته است (R-5.1)</source>
            <extracomment>CONTRACT_DEADLINE_PASSED</extracomment>
            <translation>{date} — passed (R-5.1)</translation>
        </message>
        <message>
            <source>{state} — شمارهٔ {serial}، {amount}</source>
            <extracomment>CONTRACT_NOTE_FACT</extracomment>
            <translation>{state} — number {serial}, {amount}</translation>
        </message>
        <message>
            <source>سفته‌ای ثبت نشده است</source>
            <extracomment>CONTRACT_NO_NOTE</extracomment>
            <translation>No promissory note recorded</translation>
        </message>
        <message>
            <source>اقدامی از نقش شما بر این قرارداد در این وضعیت برنمی‌آید.</source>
            <extracomment>CONTRACT_NO_ACTIONS</extracomment>
            <translation>Your role has no action on this contract in this state.</translation>
        </message>
        <message>
            <source>چاپ</source>
            <extracomment>CONTRACT_PRINT</extracomment>
            <translation>Print</translation>
        </message>
        <message>
            <source>معرفی‌نامهٔ نماینده</source>
            <extracomment>CONTRACT_PRINTS['letter-representative']</extracomment>
            <translation>Representative's introduction letter</translation>
        </message>
        <message>
            <source>معرفی‌نامهٔ مسئول سمن‌سرا</source>
            <extracomment>CONTRACT_PRINTS['letter-manager']</extracomment>
            <translation>Semansara manager's introduction letter</translation>
        </message>
        <message>
            <source>رسید سفته</source>
            <extracomment>CONTRACT_PRINTS['note-receipt']</extracomment>
            <translation>Promissory note receipt</translation>
        </message>
        <message>
            <source>رسید بازگرداندن سفته</source>
            <extracomment>CONTRACT_PRINTS['note-return']</extracomment>
            <translation>Promissory note return receipt</translation>
        </message>
        <message>
            <source>معرفی‌نامه تا قرارداد جاری است چاپ می‌شود.</source>
            <extracomment>CONTRACT_PRINT_WHEN['letter-representative'], CONTRACT_PRINT_WHEN['letter-manager']</extracomment>
            <translation>The introduction letter is printed while the contract runs.</translation>
        </message>
        <message>
            <source>رسید سفته تا سفته نزد ستاد است چاپ می‌شود.</source>
            <extracomment>CONTRACT_PRINT_WHEN['note-receipt']</extracomment>
            <translation>The note receipt is printed while HQ holds the note.</translation>
        </message>
        <message>
            <source>رسید بازگرداندن پس از بازگرداندن سفته چاپ می‌شود.</source>
            <extracomment>CONTRACT_PRINT_WHEN['note-return']</extracomment>
            <translation>The return receipt is printed after the note has been returned.</translation>
        </message>
        <message>
            <source>الحاقیه‌ها</source>
            <extracomment>CONTRACT_ADDENDA</extracomment>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>الحاقیهٔ {number} (تمدید) — {ref}</source>
            <extracomment>CONTRACT_ADDENDUM_ITEM</extracomment>
            <translation>Addendum {number} (extension) — {ref}</translation>
        </message>
        <message>
            <source>الحاقیهٔ {number} (انتقال به {semansara}) — {ref}</source>
            <extracomment>CONTRACT_ADDENDUM_MOVE</extracomment>
            <translation>Addendum {number} (move to {semansara}) — {ref}</translation>
        </message>
        <message>
            <source>الحاقیه پس از پذیرش تمدید یا انتقال چاپ می‌شود.</source>
            <extracomment>CONTRACT_NO_ADDENDA</extracomment>
            <translation>An addendum is printed once an extension or a move is accepted.</translation>
        </message>
        <message>
            <source>تخصیص</source>
            <extracomment>CONTRACT_ALLOCATE</extracomment>
            <translation>Allocate</translation>
        </message>
        <message>
            <source>قرارداد {ref} — {ngo}، {semansara} (از {starts}، پایان {ends})</source>
            <extracomment>CONTRACT_FORM_SUMMARY</extracomment>
            <translation>Contract {ref} — {ngo}, {semansara} (from {starts}, ends {ends})</translation>
        </message>
        <message>
            <source>تمدیدها</source>
            <extracomment>TAB_EXTENSIONS</extracomment>
            <translation>Extensions</translation>
        </message>
        <message>
            <source>قفسه و میز</source>
            <extracomment>TAB_ALLOCATIONS</extracomment>
            <translation>Shelves and desks</translation>
        </message>
        <message>
            <source>کارت ویزیت</source>
            <extracomment>TAB_CARDS</extracomment>
            <translation>Business cards</translation>
        </message>
        <message>
            <source>سهمیهٔ سال</source>
            <extracomment>TAB_QUOTA</extracomment>
            <translation>Year's quota</translation>
        </message>
        <message>
            <source>درخواست</source>
            <extracomment>EXTENSION_COLUMNS[3]</extracomment>
            <translation>Requested</translation>
        </message>
        <message>
            <source>پایان تازه</source>
            <extracomment>EXTENSION_COLUMNS[4]</extracomment>
            <translation>New end</translation>
        </message>
        <message>
            <source>خدمت</source>
            <extracomment>ALLOCATION_COLUMNS[0], QUOTA_COLUMNS[0]</extracomment>
            <translation>Service</translation>
        </message>
        <message>
            <source>تعداد</source>
            <extracomment>ALLOCATION_COLUMNS[1], CARDS_COLUMNS[0]</extracomment>
            <translation>Count</translation>
        </message>
        <message>
            <source>زمان تخصیص</source>
            <extracomment>ALLOCATION_COLUMNS[3]</extracomment>
            <translation>Allocated on</translation>
        </message>
        <message>
            <source>آزاد شد</source>
            <extracomment>ALLOCATION_COLUMNS[4]</extracomment>
            <translation>Released</translation>
        </message>
        <message>
            <source>در اختیار</source>
            <extracomment>ALLOCATION_STATES['active']</extracomment>
            <translation>Held</translation>
        </message>
        <message>
            <source>آزاد شده</source>
            <extracomment>ALLOCATION_STATES['released']</extracomment>
            <translation>Released</translation>
        </message>
        <message>
            <source>سفارش</source>
            <extracomment>CARDS_COLUMNS[2]</extracomment>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>به دست</source>
            <extracomment>CARDS_COLUMNS[3]</extracomment>
            <translation>By</translation>
        </message>
        <message>
            <source>سقف</source>
            <extracomment>QUOTA_COLUMNS[1]</extracomment>
            <translation>Cap</translation>
        </message>
        <message>
            <source>گرفته شده</source>
            <extracomment>QUOTA_COLUMNS[2]</extracomment>
            <translation>Taken</translation>
        </message>
        <message>
            <source>باقی</source>
            <extracomment>QUOTA_COLUMNS[3]</extracomment>
            <translation>Left</translation>
        </message>
        <message>
            <source>درخواست تمدید قرارداد {ref}</source>
            <extracomment>EXTENSION_REQUEST_TITLE</extracomment>
            <translation>Extension request for contract {ref}</translation>
        </message>
        <message>
            <source>تمدید در</source>
            <extracomment>EXTENSION_TARGET</extracomment>
            <translation>Extend at</translation>
        </message>
        <message>
            <source>همین سمن‌سرا ({name})</source>
            <extracomment>EXTENSION_SAME_HOUSE</extracomment>
            <translation>This semansara ({name})</translation>
        </message>
        <message>
            <source>درخواست تمدید باید تا {deadline}، یک ماه پیش از پایان قرارداد، برسد (R-5.1)؛ تمدید در سمن‌سرای دیگر وقتی ممکن است که جای خالی داشته باشد (R-5.4).</source>
            <extracomment>EXTENSION_REQUEST_NOTE</extracomment>
            <translation>The extension request must arrive by {deadline}, one month before the contract ends (R-5.1); extending into another semansara is possible when it has a free place (R-5.4).</translation>
        </message>
        <message>
            <source>تصمیم دربارهٔ تمدید قرارداد {ref}</source>
            <extracomment>EXTENSION_DECIDE_TITLE</extracomment>
            <translation>Decision on the extension of contract {ref}</translation>
        </message>
        <message>
            <source>{ref} — {to}، {at}</source>
            <extracomment>EXTENSION_PENDING_ITEM</extracomment>
            <translation>{ref} — {to}, {at}</translation>
        </message>
        <message>
            <source>برای رد، دلیل را بنویسید؛ به سمن گفته می‌شود.</source>
            <extracomment>EXTENSION_DECIDE_NOTE</extracomment>
            <translation>To reject, write the reason; the NGO is told.</translation>
        </message>
        <message>
            <source>پایان قرارداد {ref}</source>
            <extracomment>END_CONTRACT_TITLE</extracomment>
            <translation>End of contract {ref}</translation>
        </message>
        <message>
            <source>با پایان قرارداد، قفسه‌ها و میزها آزاد و نوبت‌های آینده لغو می‌شوند؛ سپس مسئول سمن‌سرا دربارهٔ خسارت نظر می‌دهد (R-6.3).</source>
            <extracomment>END_CONTRACT_NOTE</extracomment>
            <translation>When the contract ends, shelves and desks are released and future bookings cancelled; then the semansara manager gives their word on damage (R-6.3).</translation>
        </message>
        <message>
            <source>تخصیص قفسه یا میز به قرارداد {ref}</source>
            <extracomment>ALLOCATE_TITLE</extracomment>
            <translation>Allocate a shelf or desk to contract {ref}</translation>
        </message>
        <message>
            <source>«{kind}» در اختیار: {held} از سقف {cap} (R-4.2).</source>
            <extracomment>ALLOCATE_HELD</extracomment>
            <translation>“{kind}” held: {held} of the cap of {cap} (R-4.2).</translation>
        </message>
        <message>
            <source>سفارش کارت ویزیت برای قرارداد {ref}</source>
            <extracomment>CARDS_TITLE</extracomment>
            <translation>Order business cards for contract {ref}</translation>
        </message>
        <message>
            <source>کارت ویزیت سال {year}: {used} عدد سفارش داده شده؛ {left} عدد باقی است (R-4.2).</source>
            <extracomment>CARDS_LEFT</extracomment>
            <translation>Business cards in {year}: {used} ordered; {left} left (R-4.2).</translation>
        </message>
        <message>
            <source>کارت ویزیت در خدمات سطح این سمن نیست (R-4.3).</source>
            <extracomment>CARDS_NOT_IN_LEVEL</extracomment>
            <translation>Business cards are not among the services of this NGO's level (R-4.3).</translation>
        </message>
        <message>
            <source>تحویل سفتهٔ قرارداد {ref} به امانت مالی</source>
            <extracomment>NOTE_STEP_TITLES['take_note_custody']</extracomment>
            <translation>Hand the promissory note of contract {ref} to finance for custody</translation>
        </message>
        <message>
            <source>تأیید عدم خسارت — قرارداد {ref}</source>
            <extracomment>NOTE_STEP_TITLES['confirm_no_damage']</extracomment>
            <translation>Confirm no damage — contract {ref}</translation>
        </message>
        <message>
            <source>بازگرداندن سفتهٔ قرارداد {ref}</source>
            <extracomment>NOTE_STEP_TITLES['return_note']</extracomment>
            <translation>Return the promissory note of contract {ref}</translation>
        </message>
        <message>
            <source>سفته نزد معاونت مالی، اداری و پشتیبانی به امانت نگه داشته می‌شود (R-6.3).</source>
            <extracomment>NOTE_STEP_NOTES['take_note_custody']</extracomment>
            <translation>The note is kept in custody by the Deputy of Finance, Administration and Support (R-6.3).</translation>
        </message>
        <message>
            <source>مسئول سمن‌سرا تأیید می‌کند که سمن از امکانات به‌درستی استفاده کرده و خسارتی نزده است؛ پس از آن سفته بازگردانده می‌شود (R-6.3).</source>
            <extracomment>NOTE_STEP_NOTES['confirm_no_damage']</extracomment>
            <translation>The semansara manager confirms that the NGO used the facilities properly and did no damage; the note is then returned (R-6.3).</translation>
        </message>
        <message>
            <source>سفته به نمایندهٔ رسمی سمن بازگردانده و رسید آن صادر می‌شود (R-6.3).</source>
            <extracomment>NOTE_STEP_NOTES['return_note']</extracomment>
            <translation>The note is returned to the NGO's official representative and a receipt is issued (R-6.3).</translation>
        </message>
        <message>
            <source>سفتهٔ شمارهٔ {serial} به مبلغ {amount}؛ نمایندهٔ رسمی: {representative}</source>
            <extracomment>NOTE_FORM_FACTS</extracomment>
            <translation>Promissory note number {serial} for {amount}; official representative: {representative}</translation>
        </message>
        <message>
            <source>گزارش خسارت — قرارداد {ref}</source>
            <extracomment>DAMAGE_TITLE</extracomment>
            <translation>Report damage — contract {ref}</translation>
        </message>
        <message>
            <source>با گزارش خسارت، سفته نگه داشته می‌شود تا معاونت مالی رسیدگی کند (R-6.3).</source>
            <extracomment>DAMAGE_NOTE</extracomment>
            <translation>With damage reported, the note is held until the Deputy of Finance settles the case (R-6.3).</translation>
        </message>
        <message>
            <source>رسیدگی به خسارت — قرارداد {ref}</source>
            <extracomment>SETTLE_TITLE</extracomment>
            <translation>Settle damage — contract {ref}</translation>
        </message>
        <message>
            <source>خسارت گزارش‌شده: {damage}</source>
            <extracomment>SETTLE_DAMAGE</extracomment>
            <translation>Damage reported: {damage}</translation>
        </message>
        <message>
            <source>خسارت جبران شد؛ سفته بازگردانده شود</source>
            <extracomment>SETTLE_RETURN</extracomment>
            <translation>Damage made good; return the note</translation>
        </message>
        <message>
            <source>سفته ضبط شود</source>
            <extracomment>SETTLE_KEEP</extracomment>
            <translation>Keep the note</translation>
        </message>
        <message>
            <source>شمارهٔ سفته</source>
            <extracomment>NOTE_COLUMNS[0]</extracomment>
            <translation>Note no.</translation>
        </message>
        <message>
            <source>مبلغ</source>
            <extracomment>NOTE_COLUMNS[1]</extracomment>
            <translation>Amount</translation>
        </message>
        <message>
            <source>دریافت</source>
            <extracomment>NOTE_COLUMNS[6]</extracomment>
            <translation>Received</translation>
        </message>
        <message>
            <source>نظر مسئول</source>
            <extracomment>NOTE_COLUMNS[7]</extracomment>
            <translation>Manager's word</translation>
        </message>
        <message>
            <source>بازگرداندن</source>
            <extracomment>NOTE_COLUMNS[8]</extracomment>
            <translation>Returned</translation>
        </message>
        <message>
            <source>جست‌وجو در شمارهٔ سفته، شمارهٔ قرارداد یا نام سمن…</source>
            <extracomment>NOTE_SEARCH_PLACEHOLDER</extracomment>
            <translation>Search note numbers, contract numbers or NGO names…</translation>
        </message>
        <message>
            <source>همهٔ سفته‌ها ({count})</source>
            <extracomment>NOTE_FILTER_ALL</extracomment>
            <translation>All notes ({count})</translation>
        </message>
        <message>
            <source>نزد ستاد ({count})</source>
            <extracomment>NOTE_FILTER_HELD</extracomment>
            <translation>Held by HQ ({count})</translation>
        </message>
        <message>
            <source>{state} ({count})</source>
            <extracomment>NOTE_FILTER_STATE</extracomment>
            <translation>{state} ({count})</translation>
        </message>
        <message>
            <source>یک سفته را در فهرست برگزینید.</source>
            <extracomment>NOTE_DETAIL_EMPTY</extracomment>
            <translation>Choose a promissory note in the list.</translation>
        </message>
        <message>
            <source>سفتهٔ شمارهٔ {serial}</source>
            <extracomment>NOTE_DETAIL_TITLE</extracomment>
            <translation>Promissory note number {serial}</translation>
        </message>
        <message>
            <source>شمارهٔ سفته:</source>
            <extracomment>NOTE_FACTS['serial']</extracomment>
            <translation>Note number:</translation>
        </message>
        <message>
            <source>مبلغ:</source>
            <extracomment>NOTE_FACTS['amount']</extracomment>
            <translation>Amount:</translation>
        </message>
        <message>
            <source>مبلغ لازم در سال قرارداد:</source>
            <extracomment>NOTE_FACTS['due']</extracomment>
            <translation>Amount due in the contract's year:</translation>
        </message>
        <message>
            <source>نمایندهٔ رسمی:</source>
            <extracomment>NOTE_FACTS['representative']</extracomment>
            <translation>Official representative:</translation>
        </message>
        <message>
            <source>دریافت:</source>
            <extracomment>NOTE_FACTS['received']</extracomment>
            <translation>Received:</translation>
        </message>
        <message>
            <source>امانت مالی:</source>
            <extracomment>NOTE_FACTS['custody']</extracomment>
            <translation>Finance custody:</translation>
        </message>
        <message>
            <source>نظر مسئول سمن‌سرا:</source>
            <extracomment>NOTE_FACTS['confirmed']</extracomment>
            <translation>Semansara manager's word:</translation>
        </message>
        <message>
            <source>خسارت:</source>
            <extracomment>NOTE_FACTS['damage']</extracomment>
            <translation>Damage:</translation>
        </message>
        <message>
            <source>بازگرداندن:</source>
            <extracomment>NOTE_FACTS['returned']</extracomment>
            <translation>Returned:</translation>
        </message>
        <message>
            <source>{ref}، {semansara} ({state})</source>
            <extracomment>NOTE_CONTRACT_FACT</extracomment>
            <translation>{ref}, {semansara} ({state})</translation>
        </message>
        <message>
            <source>{at}، به {to}</source>
            <extracomment>NOTE_RETURNED_FACT</extracomment>
            <translation>{at}, to {to}</translation>
        </message>
        <message>
            <source>اقدامی از نقش شما بر این سفته در این وضعیت برنمی‌آید.</source>
            <extracomment>NOTE_NO_ACTIONS</extracomment>
            <translation>Your role has no action on this promissory note in this state.</translation>
        </message>
        <message>
            <source>ورود از پرونده…</source>
            <extracomment>NGO_IMPORT</extracomment>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>ورود فهرست سمن‌ها از پروندهٔ اکسل (xlsx) یا CSV، با بررسی آزمایشی پیش از ثبت</source>
            <extracomment>NGO_IMPORT_TIP</extracomment>
            <translation>Import a list of NGOs from an Excel (xlsx) or CSV file, with a trial check before recording</translation>
        </message>
        <message>
            <source>ورود سمن‌ها از پرونده</source>
            <extracomment>IMPORT_TITLE</extracomment>
            <translation>Import NGOs from a file</translation>
        </message>
        <message>
            <source>پرونده:</source>
            <extracomment>IMPORT_FILE</extracomment>
            <translation>File:</translation>
        </message>
        <message>
            <source>انتخاب پرونده…</source>
            <extracomment>IMPORT_BROWSE</extracomment>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>نمونهٔ پرونده…</source>
            <extracomment>IMPORT_TEMPLATE</extracomment>
            <translation>Template file…</translation>
        </message>
        <message>
            <source>پروندهٔ اکسلی با ستون‌هایی که ورود می‌خواند و یک ردیف نمونه، برای پر کردن</source>
            <extracomment>IMPORT_TEMPLATE_TIP</extracomment>
            <translation>An Excel file with the columns the import reads and one example row, to fill in</translation>
        </message>
        <message>
            <source>ذخیرهٔ نمونهٔ پروندهٔ سمن‌ها</source>
            <extracomment>IMPORT_TEMPLATE_TITLE</extracomment>
            <translation>Save the NGO list template</translation>
        </message>
        <message>
            <source>نمونه-فهرست-سمن‌ها.xlsx</source>
            <extracomment>IMPORT_TEMPLATE_NAME</extracomment>
            <translation>ngo-list-template.xlsx</translation>
        </message>
        <message>
            <source>اکسل (*.xlsx)</source>
            <extracomment>IMPORT_TEMPLATE_FILTER</extracomment>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>نمونه در {path} ذخیره شد؛ ردیف نمونه را با سمن‌های خود جایگزین کنید.</source>
            <extracomment>IMPORT_TEMPLATE_SAVED</extracomment>
            <translation>Template saved to {path}; replace the example row with your NGOs.</translation>
        </message>
        <message>
            <source>نمونه ذخیره نشد: {detail}</source>
            <extracomment>IMPORT_TEMPLATE_FAILED</extracomment>
            <translation>The template was not saved: {detail}</translation>
        </message>
        <message>
            <source>پروندهٔ فهرست سمن‌ها</source>
            <extracomment>IMPORT_CHOOSE_TITLE</extracomment>
            <translation>File with the list of NGOs</translation>
        </message>
        <message>
            <source>اکسل یا CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;همهٔ پرونده‌ها (*)</source>
            <extracomment>IMPORT_CHOOSE_FILTER</extracomment>
            <translation>Excel or CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</translation>
        </message>
        <message>
            <source>پروندهٔ اکسل (xlsx) یا CSV فهرست سمن‌ها را برگزینید.</source>
            <extracomment>IMPORT_START_HINT</extracomment>
            <translation>Choose the Excel (xlsx) or CSV file with the list of NGOs.</translation>
        </message>
        <message>
            <source>سرستون‌های ردیف {row} پرونده خوانده شد. برای هر فیلد سامانه ستون پرونده را برگزینید؛ فیلدهای ستاره‌دار لازم‌اند. سپس «بررسی آزمایشی» را بزنید: چیزی ثبت نمی‌شود.</source>
            <extracomment>IMPORT_MAPPING_HINT</extracomment>
            <translation>The column headings were read from row {row} of the file. For each field of the system choose the file's column; fields marked with a star are required. Then press “Trial check”: nothing is recorded.</translation>
        </message>
        <message>
            <source>فیلد سامانه</source>
            <extracomment>IMPORT_MAPPING_COLUMNS[0]</extracomment>
            <translation>System field</translation>
        </message>
        <message>
            <source>ستون پرونده</source>
            <extracomment>IMPORT_MAPPING_COLUMNS[1]</extracomment>
            <translation>File column</translation>
        </message>
        <message>
            <source>نمونه از ردیف نخست</source>
            <extracomment>IMPORT_MAPPING_COLUMNS[2]</extracomment>
            <translation>Example from the first row</translation>
        </message>
        <message>
            <source>— وارد نشود —</source>
            <extracomment>IMPORT_NOT_MAPPED</extracomment>
            <translation>— not imported —</translation>
        </message>
        <message>
            <source>{name} *</source>
            <extracomment>IMPORT_REQUIRED_MARK</extracomment>
            <translation>{name} *</translation>
        </message>
        <message>
            <source>برای این فیلدهای لازم ستونی برگزیده نشده است: {fields}.</source>
            <extracomment>IMPORT_MISSING</extracomment>
            <translation>No column is chosen for these required fields: {fields}.</translation>
        </message>
        <message>
            <source>در پرونده ردیفی پیدا نشد.</source>
            <extracomment>IMPORT_NO_HEADERS</extracomment>
            <translation>No rows were found in the file.</translation>
        </message>
        <message>
            <source>سمن‌هایی که با همان شمارهٔ مجوز ثبت شده‌اند به‌روز شوند (نه تکراری)</source>
            <extracomment>IMPORT_UPDATE</extracomment>
            <translation>Update NGOs already registered with the same licence number (not duplicates)</translation>
        </message>
        <message>
            <source>ردیف‌های درست وارد شوند، حتی اگر ردیف نادرستی در پرونده باشد</source>
            <extracomment>IMPORT_SKIP_INVALID</extracomment>
            <translation>Import the good rows even if the file has bad rows</translation>
        </message>
        <message>
            <source>بررسی آزمایشی</source>
            <extracomment>IMPORT_DRY_RUN</extracomment>
            <translation>Trial check</translation>
        </message>
        <message>
            <source>ورود سمن‌ها</source>
            <extracomment>IMPORT_RUN</extracomment>
            <translation>Import</translation>
        </message>
        <message>
            <source>بازگشت</source>
            <extracomment>IMPORT_BACK</extracomment>
            <translation>Back</translation>
        </message>
        <message>
            <source>خواندن پرونده…</source>
            <extracomment>IMPORT_READING</extracomment>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>بررسی ردیف‌ها…</source>
            <extracomment>IMPORT_CHECKING</extracomment>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>ثبت سمن‌ها…</source>
            <extracomment>IMPORT_WRITING</extracomment>
            <translation>Recording the NGOs…</translation>
        </message>
        <message>
            <source>در حال لغو…</source>
            <extracomment>IMPORT_CANCELLING</extracomment>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>{percent}٪</source>
            <extracomment>IMPORT_PERCENT</extracomment>
            <translation>{percent}%</translation>
        </message>
        <message>
            <source>تازه</source>
            <extracomment>IMPORT_COUNTS['added']</extracomment>
            <translation>New</translation>
        </message>
        <message>
            <source>به‌روزشده</source>
            <extracomment>IMPORT_COUNTS['updated']</extracomment>
            <translation>Updated</translation>
        </message>
        <message>
            <source>تکراری</source>
            <extracomment>IMPORT_COUNTS['duplicates'], IMPORT_ISSUE_KINDS['duplicate']</extracomment>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>ردیف نادرست</source>
            <extracomment>IMPORT_COUNTS['errors']</extracomment>
            <translation>Bad row</translation>
        </message>
        <message>
            <source>{name}: {count}</source>
            <extracomment>IMPORT_COUNT</extracomment>
            <translation>{name}: {count}</translation>
        </message>
        <message>
            <source>ردیف</source>
            <extracomment>IMPORT_ISSUE_COLUMNS[0]</extracomment>
            <translation>Row</translation>
        </message>
        <message>
            <source>فیلد</source>
            <extracomment>IMPORT_ISSUE_COLUMNS[2]</extracomment>
            <translation>Field</translation>
        </message>
        <message>
            <source>علت</source>
            <extracomment>IMPORT_ISSUE_COLUMNS[3]</extracomment>
            <translation>Cause</translation>
        </message>
        <message>
            <source>خطا</source>
            <extracomment>IMPORT_ISSUE_KINDS['error']</extracomment>
            <translation>Error</translation>
        </message>
        <message>
            <source>چیزی برای ورود نیست.</source>
            <extracomment>IMPORT_NOTHING_TO_DO</extracomment>
            <translation>There is nothing to import.</translation>
        </message>
        <message>
            <source>تا ردیف نادرستی در پرونده هست چیزی وارد نمی‌شود: پرونده را اصلاح کنید و دوباره بررسی کنید، یا گزینهٔ ورود ردیف‌های درست را بزنید و دوباره بررسی کنید.</source>
            <extracomment>IMPORT_BLOCKED</extracomment>
            <translation>Nothing is imported while the file has bad rows: correct the file and check again, or tick the option to import the good rows and check again.</translation>
        </message>
        <message>
            <source>برای ثبت، «ورود» را بزنید. همه در یک تراکنش ثبت می‌شود: یا همه یا هیچ.</source>
            <extracomment>IMPORT_READY</extracomment>
            <translation>To record, press “Import”. Everything is recorded in one transaction: all or nothing.</translation>
        </message>
        <message>
            <source>پرونده پس از بررسی آزمایشی تغییر کرده است؛ چیزی ثبت نشد. دوباره «بررسی آزمایشی» را بزنید.</source>
            <extracomment>IMPORT_FILE_CHANGED</extracomment>
            <translation>The file changed after the trial check; nothing was recorded. Press “Trial check” again.</translation>
        </message>
        <message>
            <source>ورود لغو شد؛ هیچ سمنی ثبت نشد.</source>
            <extracomment>IMPORT_CANCELLED</extracomment>
            <translation>The import was cancelled; no NGO was recorded.</translation>
        </message>
        <message>
            <source>بررسی لغو شد.</source>
            <extracomment>IMPORT_CHECK_CANCELLED</extracomment>
            <translation>The check was cancelled.</translation>
        </message>
        <message>
            <source>ورود انجام شد.</source>
            <extracomment>IMPORT_DONE</extracomment>
            <translation>Import done.</translation>
        </message>
        <message>
            <source>ثبت نشد: پایگاه داده پاسخ نداد ({detail}). چیزی وارد نشد.</source>
            <extracomment>IMPORT_DATABASE_TROUBLE</extracomment>
            <translation>Not recorded: the database did not answer ({detail}). Nothing was imported.</translation>
        </message>
        <message>
            <source>گزینه‌ها یا نگاشت ستون‌ها تغییر کرد؛ دوباره «بررسی آزمایشی» را بزنید.</source>
            <extracomment>IMPORT_OPTIONS_CHANGED</extracomment>
            <translation>The options or the column mapping changed; press “Trial check” again.</translation>
        </message>
        <message>
            <source>اعلان‌های نوبت (مرحلهٔ ذ) به سمن‌هایی که نشانی پست الکترونیک دارند از این کارساز فرستاده می‌شود؛ اعلان بقیه چاپ و تحویل می‌شود.</source>
            <extracomment>MAIL_INTRO</extracomment>
            <translation>Booking notices (step ذ) go out from this server to NGOs that have an e-mail address; the others' notices are printed and handed over.</translation>
        </message>
        <message>
            <source>کارساز پست الکترونیک (SMTP)</source>
            <extracomment>MAIL_BOX</extracomment>
            <translation>E-mail server (SMTP)</translation>
        </message>
        <message>
            <source>نشانی کارساز:</source>
            <extracomment>MAIL_HOST</extracomment>
            <translation>Server address:</translation>
        </message>
        <message>
            <source>درگاه:</source>
            <extracomment>MAIL_PORT</extracomment>
            <translation>Port:</translation>
        </message>
        <message>
            <source>رمزنگاری:</source>
            <extracomment>MAIL_SECURITY</extracomment>
            <translation>Encryption:</translation>
        </message>
        <message>
            <source>بدون رمزنگاری</source>
            <extracomment>MAIL_SECURITY_NAMES['none']</extracomment>
            <translation>No encryption</translation>
        </message>
        <message>
            <source>STARTTLS (معمولاً درگاه ۵۸۷)</source>
            <extracomment>MAIL_SECURITY_NAMES['starttls']</extracomment>
            <translation>STARTTLS (usually port 587)</translation>
        </message>
        <message>
            <source>SSL/TLS (معمولاً درگاه ۴۶۵)</source>
            <extracomment>MAIL_SECURITY_NAMES['ssl']</extracomment>
            <translation>SSL/TLS (usually port 465)</translation>
        </message>
        <message>
            <source>ذخیرهٔ گذرواژه در پروندهٔ تنظیمات</source>
            <extracomment>MAIL_SAVE_PASSWORD</extracomment>
            <translation>Save the password in the settings file</translation>
        </message>
        <message>
            <source>بی این گزینه گذرواژه نوشته نمی‌شود و از متغیر محیطی SEMANSARA_SMTP_PASSWORD خوانده می‌شود. با آن، پرونده فقط برای کاربر همین رایانه خواناست.</source>
            <extracomment>MAIL_SAVE_PASSWORD_TIP</extracomment>
            <translation>Without this option the password is not written and is read from the environment variable SEMANSARA_SMTP_PASSWORD. With it, the file is readable only by this computer's user.</translation>
        </message>
        <message>
            <source>نشانی فرستنده:</source>
            <extracomment>MAIL_SENDER</extracomment>
            <translation>Sender address:</translation>
        </message>
        <message>
            <source>فرستادن پیام آزمایشی به:</source>
            <extracomment>MAIL_TEST_TO</extracomment>
            <translation>Send a test message to:</translation>
        </message>
        <message>
            <source>خالی: فقط اتصال آزموده می‌شود</source>
            <extracomment>MAIL_TEST_TO_HINT</extracomment>
            <translation>Empty: only the connection is tested</translation>
        </message>
        <message>
            <source>آزمایش</source>
            <extracomment>MAIL_TEST</extracomment>
            <translation>Test</translation>
        </message>
        <message>
            <source>در حال آزمودن کارساز {server}…</source>
            <extracomment>MAIL_TESTING</extracomment>
            <translation>Testing the server {server}…</translation>
        </message>
        <message>
            <source>تنظیمات پست الکترونیک در «{path}» ذخیره شد.</source>
            <extracomment>MAIL_SAVED</extracomment>
            <translation>E-mail settings saved in “{path}”.</translation>
        </message>
        <message>
            <source>گذرواژه ذخیره نشد (گزینهٔ ذخیرهٔ گذرواژه زده نشده است).</source>
            <extracomment>MAIL_SAVED_NO_PASSWORD</extracomment>
            <translation>The password was not saved (the save-password option is not ticked).</translation>
        </message>
        <message>
            <source>تنظیمات پیشین خوانده نشد: {detail}</source>
            <extracomment>MAIL_LOAD_FAILED</extracomment>
            <translation>The earlier settings could not be read: {detail}</translation>
        </message>
        <message>
            <source>اعلان‌های نوبت (ذ)</source>
            <extracomment>NOTICES_TITLE</extracomment>
            <translation>Booking notices (ذ)</translation>
        </message>
        <message>
            <source>اعلانی برای این نوبت ثبت نشده است (اعلان‌ها در مرحلهٔ ذ ساخته می‌شوند).</source>
            <extracomment>NOTICES_NONE</extracomment>
            <translation>No notice is recorded for this booking (notices are made at step ذ).</translation>
        </message>
        <message>
            <source>گیرنده</source>
            <extracomment>NOTICE_COLUMNS[0]</extracomment>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>شیوه و نشانی</source>
            <extracomment>NOTICE_COLUMNS[1]</extracomment>
            <translation>Channel and address</translation>
        </message>
        <message>
            <source>علت ناکامی اعلان {recipient}: {reason}</source>
            <extracomment>NOTICE_REASON</extracomment>
            <translation>Why the notice for {recipient} failed: {reason}</translation>
        </message>
        <message>
            <source>در انتظار</source>
            <extracomment>NOTICE_STATES['pending']</extracomment>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>ارسال‌شده</source>
            <extracomment>NOTICE_STATES['sent']</extracomment>
            <translation>Sent</translation>
        </message>
        <message>
            <source>چاپ‌شده</source>
            <extracomment>NOTICE_STATES['printed']</extracomment>
            <translation>Printed</translation>
        </message>
        <message>
            <source>ناموفق</source>
            <extracomment>NOTICE_STATES['failed']</extracomment>
            <translation>Failed</translation>
        </message>
        <message>
            <source>{count} بار کوشش شد؛ آخرین: {at}</source>
            <extracomment>NOTICE_ATTEMPTS</extracomment>
            <translation>Tried {count} times; last: {at}</translation>
        </message>
        <message>
            <source>ارسال اعلان‌ها</source>
            <extracomment>NOTICE_SEND</extracomment>
            <translation>Send notices</translation>
        </message>
        <message>
            <source>اعلان‌های پست الکترونیکیِ فرستاده‌نشدهٔ این نوبت (و ناموفق‌ها) هم‌اکنون فرستاده شود</source>
            <extracomment>NOTICE_SEND_TIP</extracomment>
            <translation>Send this booking's unsent e-mail notices (and the failed ones) now</translation>
        </message>
        <message>
            <source>چاپ اعلان</source>
            <extracomment>NOTICE_PRINT</extracomment>
            <translation>Print notice</translation>
        </message>
        <message>
            <source>اعلانِ بی‌نشانی (یا ناموفق) را در پیش‌نمایش باز می‌کند؛ پس از چاپ یا ذخیره، «چاپ‌شده» ثبت می‌شود</source>
            <extracomment>NOTICE_PRINT_TIP</extracomment>
            <translation>Opens a notice without an address (or a failed one) in the preview; after printing or saving it is recorded as “printed”</translation>
        </message>
        <message>
            <source>اعلان پست الکترونیکیِ فرستاده‌نشده‌ای برای این نوبت نیست.</source>
            <extracomment>NOTICE_NOTHING_TO_SEND</extracomment>
            <translation>There is no unsent e-mail notice for this booking.</translation>
        </message>
        <message>
            <source>اعلان چاپیِ تحویل‌نشده‌ای برای این نوبت نیست.</source>
            <extracomment>NOTICE_NOTHING_TO_PRINT</extracomment>
            <translation>There is no undelivered printed notice for this booking.</translation>
        </message>
        <message>
            <source>تنظیمات پست الکترونیک کامل نیست (تنظیمات ← پست الکترونیک): {problems}</source>
            <extracomment>NOTICE_NO_SETTINGS</extracomment>
            <translation>The e-mail settings are not complete (Settings → E-mail): {problems}</translation>
        </message>
        <message>
            <source>در حال فرستادن اعلان‌ها…</source>
            <extracomment>NOTICE_SENDING</extracomment>
            <translation>Sending the notices…</translation>
        </message>
        <message>
            <source>فرستاده شد: {sent}؛ ناموفق: {failed}.</source>
            <extracomment>NOTICE_SENT</extracomment>
            <translation>Sent: {sent}; failed: {failed}.</translation>
        </message>
        <message>
            <source>اعلان {recipient} چاپ‌شده ثبت شد.</source>
            <extracomment>NOTICE_PRINTED</extracomment>
            <translation>The notice for {recipient} is recorded as printed.</translation>
        </message>
        <message>
            <source>ثبت ارسال و چاپ اعلان‌ها کار کارشناس میز خدمت است.</source>
            <extracomment>NOTICE_NOT_ALLOWED</extracomment>
            <translation>Recording sent and printed notices is for the service-desk expert.</translation>
        </message>
        <message>
            <source>اشغال اتاق‌ها</source>
            <extracomment>REPORT_LIST['occupancy']</extracomment>
            <translation>Room occupancy</translation>
        </message>
        <message>
            <source>مصرف سهمیه</source>
            <extracomment>REPORT_LIST['quota_use']</extracomment>
            <translation>Quota use</translation>
        </message>
        <message>
            <source>درخواست‌ها به تفکیک مرحله</source>
            <extracomment>REPORT_LIST['requests_by_step']</extracomment>
            <translation>Requests by step</translation>
        </message>
        <message>
            <source>قراردادهای رو به پایان</source>
            <extracomment>REPORT_LIST['contracts_ending']</extracomment>
            <translation>Contracts ending soon</translation>
        </message>
        <message>
            <source>سفته‌های نگهداری‌شده</source>
            <extracomment>REPORT_LIST['notes_held']</extracomment>
            <translation>Promissory notes held</translation>
        </message>
        <message>
            <source>سال:</source>
            <extracomment>REPORT_YEAR</extracomment>
            <translation>Year:</translation>
        </message>
        <message>
            <source>روزهای پیش رو:</source>
            <extracomment>REPORT_DAYS</extracomment>
            <translation>Days ahead:</translation>
        </message>
        <message>
            <source>نمایش</source>
            <extracomment>REPORT_SHOW</extracomment>
            <translation>Show</translation>
        </message>
        <message>
            <source>خروجی اکسل</source>
            <extracomment>REPORT_EXCEL</extracomment>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>چاپ/PDF</source>
            <extracomment>REPORT_PDF</extracomment>
            <translation>Print/PDF</translation>
        </message>
        <message>
            <source>ذخیرهٔ گزارش در اکسل</source>
            <extracomment>REPORT_EXCEL_TITLE</extracomment>
            <translation>Save the report as Excel</translation>
        </message>
        <message>
            <source>کاربرگ اکسل (*.xlsx)</source>
            <extracomment>REPORT_EXCEL_FILTER</extracomment>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>گزارش در «{path}» ذخیره شد.</source>
            <extracomment>REPORT_SAVED</extracomment>
            <translation>Report saved in “{path}”.</translation>
        </message>
        <message>
            <source>گزارش ذخیره نشد: {detail}</source>
            <extracomment>REPORT_SAVE_FAILED</extracomment>
            <translation>The report was not saved: {detail}</translation>
        </message>
        <message>
            <source>برای دیدن گزارش‌ها وارد شوید.</source>
            <extracomment>REPORT_NO_USER</extracomment>
            <translation>Sign in to see the reports.</translation>
        </message>
        <message>
            <source>{count} ردیف</source>
            <extracomment>REPORT_ROWS</extracomment>
            <translation>{count} rows</translation>
        </message>
        <message>
            <source>تهیه‌شده در {at}</source>
            <extracomment>REPORT_MADE</extracomment>
            <translation>Prepared on {at}</translation>
        </message>
        <message>
            <source>داده‌ای برای نمودار نیست.</source>
            <extracomment>REPORT_EMPTY_CHART</extracomment>
            <translation>No data for the chart.</translation>
        </message>
        <message>
            <source>خروجی اکسل از همین فهرست…</source>
            <extracomment>LIST_EXPORT</extracomment>
            <translation>Export this list to Excel…</translation>
        </message>
        <message>
            <source>ذخیرهٔ فهرست در اکسل</source>
            <extracomment>LIST_EXPORT_TITLE</extracomment>
            <translation>Save the list to Excel</translation>
        </message>
        <message>
            <source>فهرست «{title}» با {count} ردیف، به همان ترتیبی که نمایش داده می‌شود، در «{path}» ذخیره شد.</source>
            <extracomment>LIST_SAVED</extracomment>
            <translation>The list “{title}”, {count} rows in the order shown, was saved to “{path}”.</translation>
        </message>
        <message>
            <source>فهرست ذخیره نشد: {detail}</source>
            <extracomment>LIST_SAVE_FAILED</extracomment>
            <translation>The list was not saved: {detail}</translation>
        </message>
        <message>
            <source>نسخهٔ تازهٔ شیوه‌نامه ثبت شد.</source>
            <extracomment>ACTION_DONE['add_policy_version']</extracomment>
            <translation>A new version of the policy was recorded.</translation>
        </message>
        <message>
            <source>برنامهٔ تازه برای سمن {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['add_program']</extracomment>
            <translation>A new programme was recorded for NGO {ref}.</translation>
        </message>
        <message>
            <source>سمن‌سرای {ref} افزوده شد.</source>
            <extracomment>ACTION_DONE['add_semansara']</extracomment>
            <translation>Semansara {ref} was added.</translation>
        </message>
        <message>
            <source>نیروی تازه برای سمن‌سرای {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['add_staff']</extracomment>
            <translation>A new staff member was recorded for semansara {ref}.</translation>
        </message>
        <message>
            <source>کاربر {ref} افزوده شد.</source>
            <extracomment>ACTION_DONE['add_user']</extracomment>
            <translation>User {ref} was added.</translation>
        </message>
        <message>
            <source>قفسه یا میز برای قرارداد {ref} تخصیص یافت.</source>
            <extracomment>ACTION_DONE['allocate']</extracomment>
            <translation>A shelf or desk was allocated to contract {ref}.</translation>
        </message>
        <message>
            <source>سطح سمن {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['assess_level']</extracomment>
            <translation>The level of NGO {ref} was recorded.</translation>
        </message>
        <message>
            <source>زنجیرهٔ رویدادها بررسی شد.</source>
            <extracomment>ACTION_DONE['audit_verify']</extracomment>
            <translation>The audit trail was verified.</translation>
        </message>
        <message>
            <source>نسخهٔ پشتیبان گرفته شد.</source>
            <extracomment>ACTION_DONE['backup']</extracomment>
            <translation>A backup was made.</translation>
        </message>
        <message>
            <source>نوبت {ref} لغو شد.</source>
            <extracomment>ACTION_DONE['cancel_booking']</extracomment>
            <translation>Booking {ref} was cancelled.</translation>
        </message>
        <message>
            <source>ظرفیت سمن‌سرا برای درخواست {ref} بررسی شد.</source>
            <extracomment>ACTION_DONE['check_capacity']</extracomment>
            <translation>The semansara's capacity was checked for request {ref}.</translation>
        </message>
        <message>
            <source>نبودِ خسارت در قرارداد {ref} تأیید شد.</source>
            <extracomment>ACTION_DONE['confirm_no_damage']</extracomment>
            <translation>No damage was confirmed for contract {ref}.</translation>
        </message>
        <message>
            <source>تمدید {ref} پذیرفته شد.</source>
            <extracomment>ACTION_DONE['decide_extension:accept']</extracomment>
            <translation>Extension {ref} was accepted.</translation>
        </message>
        <message>
            <source>تمدید {ref} رد شد.</source>
            <extracomment>ACTION_DONE['decide_extension:reject']</extracomment>
            <translation>Extension {ref} was rejected.</translation>
        </message>
        <message>
            <source>روز {ref} تعطیل اعلام شد.</source>
            <extracomment>ACTION_DONE['declare_day:closed']</extracomment>
            <translation>{ref} was declared closed.</translation>
        </message>
        <message>
            <source>روز {ref} باز اعلام شد.</source>
            <extracomment>ACTION_DONE['declare_day:open']</extracomment>
            <translation>{ref} was declared open.</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامهٔ قرارداد {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['deliver_letter']</extracomment>
            <translation>The delivery of contract {ref}'s introduction letter was recorded.</translation>
        </message>
        <message>
            <source>قرارداد {ref} پایان یافت.</source>
            <extracomment>ACTION_DONE['end_contract']</extracomment>
            <translation>Contract {ref} was ended.</translation>
        </message>
        <message>
            <source>ورود سمن‌ها از پرونده انجام شد.</source>
            <extracomment>ACTION_DONE['import_ngos']</extracomment>
            <translation>The NGOs were imported from the file.</translation>
        </message>
        <message>
            <source>سمنِ درخواست {ref} برای عقد قرارداد دعوت شد.</source>
            <extracomment>ACTION_DONE['invite']</extracomment>
            <translation>The NGO of request {ref} was invited to sign a contract.</translation>
        </message>
        <message>
            <source>سند چاپی {ref} صادر شد.</source>
            <extracomment>ACTION_DONE['issue_document']</extracomment>
            <translation>Document {ref} was issued.</translation>
        </message>
        <message>
            <source>چاپ اعلان نوبت ثبت شد.</source>
            <extracomment>ACTION_DONE['mark_printed']</extracomment>
            <translation>The booking notice was recorded as printed.</translation>
        </message>
        <message>
            <source>داده‌ها به پایگاه دادهٔ تازه منتقل شد.</source>
            <extracomment>ACTION_DONE['migrate_to']</extracomment>
            <translation>The data was moved to the new database.</translation>
        </message>
        <message>
            <source>اطلاع‌رسانی نوبت {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['notify_booking']</extracomment>
            <translation>The notice of booking {ref} was recorded.</translation>
        </message>
        <message>
            <source>کارت ویزیت برای قرارداد {ref} سفارش داده شد.</source>
            <extracomment>ACTION_DONE['order_business_cards']</extracomment>
            <translation>Business cards were ordered for contract {ref}.</translation>
        </message>
        <message>
            <source>تحویل اعلان نوبت ثبت شد.</source>
            <extracomment>ACTION_DONE['record_delivery']</extracomment>
            <translation>The delivery of the booking notice was recorded.</translation>
        </message>
        <message>
            <source>درخواست {ref} به معاونت امور مناطق معرفی شد.</source>
            <extracomment>ACTION_DONE['refer_request']</extracomment>
            <translation>Request {ref} was referred to the District Affairs Deputy.</translation>
        </message>
        <message>
            <source>درخواست نوبت {ref} رد شد.</source>
            <extracomment>ACTION_DONE['refuse_booking']</extracomment>
            <translation>Booking request {ref} was refused.</translation>
        </message>
        <message>
            <source>سمن {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['register_ngo']</extracomment>
            <translation>NGO {ref} was registered.</translation>
        </message>
        <message>
            <source>تخصیص قرارداد {ref} آزاد شد.</source>
            <extracomment>ACTION_DONE['release_allocation']</extracomment>
            <translation>Contract {ref}'s allocation was released.</translation>
        </message>
        <message>
            <source>خسارت قرارداد {ref} گزارش شد.</source>
            <extracomment>ACTION_DONE['report_damage']</extracomment>
            <translation>Damage was reported for contract {ref}.</translation>
        </message>
        <message>
            <source>درخواست نوبت {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['request_booking']</extracomment>
            <translation>Booking request {ref} was recorded.</translation>
        </message>
        <message>
            <source>درخواست {ref} به سمن‌سرای دیگر برده شد؛ نوبتش در صف همان زمان ثبت است.</source>
            <extracomment>ACTION_DONE['move_request']</extracomment>
            <translation>Request {ref} moved to another semansara; its place in the queue keeps its registration time.</translation>
        </message>
        <message>
            <source>درخواست تمدید قرارداد {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['request_extension']</extracomment>
            <translation>An extension of contract {ref} was requested.</translation>
        </message>
        <message>
            <source>پایگاه داده از نسخهٔ پشتیبان بازگردانده شد.</source>
            <extracomment>ACTION_DONE['restore']</extracomment>
            <translation>The database was restored from a backup.</translation>
        </message>
        <message>
            <source>نیروی {ref} کنار گذاشته شد.</source>
            <extracomment>ACTION_DONE['retire_staff']</extracomment>
            <translation>Staff member {ref} was retired.</translation>
        </message>
        <message>
            <source>سفتهٔ قرارداد {ref} بازگردانده شد.</source>
            <extracomment>ACTION_DONE['return_note']</extracomment>
            <translation>Contract {ref}'s promissory note was returned.</translation>
        </message>
        <message>
            <source>درخواست {ref} پذیرفته شد.</source>
            <extracomment>ACTION_DONE['review_request:accept']</extracomment>
            <translation>Request {ref} was accepted.</translation>
        </message>
        <message>
            <source>درخواست {ref} رد شد.</source>
            <extracomment>ACTION_DONE['review_request:reject']</extracomment>
            <translation>Request {ref} was rejected.</translation>
        </message>
        <message>
            <source>وقت نوبت {ref} تنظیم شد.</source>
            <extracomment>ACTION_DONE['schedule_booking']</extracomment>
            <translation>Booking {ref} was scheduled.</translation>
        </message>
        <message>
            <source>نرخ تورم سال {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['set_inflation']</extracomment>
            <translation>The inflation rate of {ref} was recorded.</translation>
        </message>
        <message>
            <source>گذرواژهٔ {ref} تغییر کرد.</source>
            <extracomment>ACTION_DONE['set_password']</extracomment>
            <translation>The password of {ref} was changed.</translation>
        </message>
        <message>
            <source>رسیدگی به خسارت قرارداد {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['settle_damage']</extracomment>
            <translation>The settlement of contract {ref}'s damage was recorded.</translation>
        </message>
        <message>
            <source>قرارداد {ref} بسته و سفته دریافت شد.</source>
            <extracomment>ACTION_DONE['sign_contract']</extracomment>
            <translation>Contract {ref} was signed and its promissory note received.</translation>
        </message>
        <message>
            <source>سفتهٔ قرارداد {ref} به امانت مالی تحویل شد.</source>
            <extracomment>ACTION_DONE['take_note_custody']</extracomment>
            <translation>Contract {ref}'s promissory note was taken into the finance custody.</translation>
        </message>
        <message>
            <source>اطلاعات سمن {ref} ذخیره شد.</source>
            <extracomment>ACTION_DONE['update_ngo']</extracomment>
            <translation>NGO {ref}'s details were saved.</translation>
        </message>
        <message>
            <source>اطلاعات سمن‌سرای {ref} ذخیره شد.</source>
            <extracomment>ACTION_DONE['update_semansara']</extracomment>
            <translation>Semansara {ref}'s details were saved.</translation>
        </message>
        <message>
            <source>اطلاعات نیروی {ref} ذخیره شد.</source>
            <extracomment>ACTION_DONE['update_staff']</extracomment>
            <translation>Staff member {ref}'s details were saved.</translation>
        </message>
        <message>
            <source>اطلاعات کاربر {ref} ذخیره شد.</source>
            <extracomment>ACTION_DONE['update_user']</extracomment>
            <translation>User {ref}'s details were saved.</translation>
        </message>
        <message>
            <source>سند بررسی شد.</source>
            <extracomment>ACTION_DONE['verify_document']</extracomment>
            <translation>The document was verified.</translation>
        </message>
        <message>
            <source>انصراف از درخواست {ref} ثبت شد.</source>
            <extracomment>ACTION_DONE['withdraw_request']</extracomment>
            <translation>The withdrawal of request {ref} was recorded.</translation>
        </message>
        <message>
            <source>{text} ({time})</source>
            <extracomment>ACTION_DONE_AT</extracomment>
            <translation>{text} ({time})</translation>
        </message>
        <message>
            <source>تعطیل: {why}</source>
            <extracomment>CAL_CLOSED_DAY</extracomment>
            <translation>Closed: {why}</translation>
        </message>
        <message>
            <source>{date} — تعطیل: {why}</source>
            <extracomment>CAL_CLOSED_TIP</extracomment>
            <translation>{date} — closed: {why}</translation>
        </message>
        <message>
            <source>سمن‌سراها جمعه‌ها و در تعطیلات رسمی ایران بسته‌اند. ستاد می‌تواند روزی دیگر را تعطیل، یا روزی تعطیل را باز اعلام کند، برای همهٔ سمن‌سراها یا یکی، با ذکر دلیل (R-2.3). نوبت در روز تعطیل پذیرفته نمی‌شود.</source>
            <extracomment>CLOSED_DAYS_EXPLAIN</extracomment>
            <translation>The semansaras are closed on Fridays and on Iran's official holidays. HQ can declare another day closed, or a closed day open, for every semansara or one, with a reason (R-2.3). No booking is accepted on a closed day.</translation>
        </message>
        <message>
            <source>اعلام</source>
            <extracomment>CLOSED_DAYS_COLUMNS[2]</extracomment>
            <translation>Declared</translation>
        </message>
        <message>
            <source>اعلام‌کننده</source>
            <extracomment>CLOSED_DAYS_COLUMNS[5]</extracomment>
            <translation>Declared by</translation>
        </message>
        <message>
            <source>مناسبت</source>
            <extracomment>CLOSED_DAYS_HOLIDAY_COLUMNS[2]</extracomment>
            <translation>Occasion</translation>
        </message>
        <message>
            <source>اعلام‌های ستاد</source>
            <extracomment>CLOSED_DAYS_DECLARED</extracomment>
            <translation>HQ's declarations</translation>
        </message>
        <message>
            <source>تعطیلات رسمی یک سال پیش رو</source>
            <extracomment>CLOSED_DAYS_OFFICIAL</extracomment>
            <translation>Official holidays in the year ahead</translation>
        </message>
        <message>
            <source>تعطیل</source>
            <extracomment>CLOSED_DAYS_KINDS['closed']</extracomment>
            <translation>closed</translation>
        </message>
        <message>
            <source>باز</source>
            <extracomment>CLOSED_DAYS_KINDS['open']</extracomment>
            <translation>open</translation>
        </message>
        <message>
            <source>تاریخ:</source>
            <extracomment>CLOSED_DAYS_DATE</extracomment>
            <translation>Date:</translation>
        </message>
        <message>
            <source>اعلام:</source>
            <extracomment>CLOSED_DAYS_KIND</extracomment>
            <translation>Declare:</translation>
        </message>
        <message>
            <source>مثلاً: تعطیلی به دستور استانداری</source>
            <extracomment>CLOSED_DAYS_REASON_HINT</extracomment>
            <translation>e.g. closed by order of the governorate</translation>
        </message>
        <message>
            <source>ثبت اعلام</source>
            <extracomment>CLOSED_DAYS_SAVE</extracomment>
            <translation>Declare</translation>
        </message>
        <message>
            <source>روز {date} «{kind}» اعلام شد.</source>
            <extracomment>CLOSED_DAYS_SAVED</extracomment>
            <translation>{date} was declared “{kind}”.</translation>
        </message>
        <message>
            <source>راه‌اندازی سمن‌سرا</source>
            <extracomment>SETUP_TITLE</extracomment>
            <translation>Setting up Semansara</translation>
        </message>
        <message>
            <source>بعدی ←</source>
            <extracomment>SETUP_NEXT</extracomment>
            <translation>Next →</translation>
        </message>
        <message>
            <source>→ قبلی</source>
            <extracomment>SETUP_BACK</extracomment>
            <translation>← Back</translation>
        </message>
        <message>
            <source>پایان</source>
            <extracomment>SETUP_FINISH</extracomment>
            <translation>Finish</translation>
        </message>
        <message>
            <source>بعداً</source>
            <extracomment>SETUP_LATER</extracomment>
            <translation>Later</translation>
        </message>
        <message>
            <source>۱. ستاد</source>
            <extracomment>SETUP_HQ_TITLE</extracomment>
            <translation>1. Headquarters</translation>
        </message>
        <message>
            <source>نام و نشانی پست الکترونیک مدیر سامانه، که در اسناد و اعلان‌ها می‌آید. هر سه گام را بعداً هم می‌توان در «تنظیمات» و «سمن‌سراها» انجام داد.</source>
            <extracomment>SETUP_HQ_SUBTITLE</extracomment>
            <translation>The administrator's name and email address, as the papers and the notices give them. All three steps can also be done later in Settings and Semansaras.</translation>
        </message>
        <message>
            <source>ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران</source>
            <extracomment>SETUP_HQ_NAME</extracomment>
            <translation>Tehran NGO Support and Empowerment Headquarters</translation>
        </message>
        <message>
            <source>نام مدیر سامانه:</source>
            <extracomment>SETUP_ADMIN_NAME</extracomment>
            <translation>Administrator's name:</translation>
        </message>
        <message>
            <source>پست الکترونیک:</source>
            <extracomment>SETUP_ADMIN_EMAIL</extracomment>
            <translation>Email:</translation>
        </message>
        <message>
            <source>۲. نخستین سمن‌سرا</source>
            <extracomment>SETUP_SEMANSARA_TITLE</extracomment>
            <translation>2. The first semansara</translation>
        </message>
        <message>
            <source>کد، نام و منطقهٔ سمن‌سرا و شمار میزها، اتاق‌ها، سالن‌ها و قفسه‌های آن.</source>
            <extracomment>SETUP_SEMANSARA_SUBTITLE</extracomment>
            <translation>The semansara's code, name and district, and how many desks, rooms, halls and shelves it has.</translation>
        </message>
        <message>
            <source>کد سمن‌سرا:</source>
            <extracomment>SETUP_SEMANSARA_CODE</extracomment>
            <translation>Semansara code:</translation>
        </message>
        <message>
            <source>نام سمن‌سرا:</source>
            <extracomment>SETUP_SEMANSARA_NAME</extracomment>
            <translation>Semansara name:</translation>
        </message>
        <message>
            <source>منطقهٔ شهرداری:</source>
            <extracomment>SETUP_ROOM_LABELS['district']</extracomment>
            <translation>Municipal district:</translation>
        </message>
        <message>
            <source>میز کار:</source>
            <extracomment>SETUP_ROOM_LABELS['desks']</extracomment>
            <translation>Desks:</translation>
        </message>
        <message>
            <source>اتاق جلسات:</source>
            <extracomment>SETUP_ROOM_LABELS['meeting_rooms']</extracomment>
            <translation>Meeting rooms:</translation>
        </message>
        <message>
            <source>اتاق کارگاه:</source>
            <extracomment>SETUP_ROOM_LABELS['workshop_rooms']</extracomment>
            <translation>Workshop rooms:</translation>
        </message>
        <message>
            <source>سالن:</source>
            <extracomment>SETUP_ROOM_LABELS['halls']</extracomment>
            <translation>Halls:</translation>
        </message>
        <message>
            <source>قفسه:</source>
            <extracomment>SETUP_ROOM_LABELS['shelves']</extracomment>
            <translation>Shelves:</translation>
        </message>
        <message>
            <source>سقف قراردادهای هم‌زمان:</source>
            <extracomment>SETUP_ROOM_LABELS['max_contracts']</extracomment>
            <translation>Contracts at one time (at most):</translation>
        </message>
        <message>
            <source>۳. نخستین کاربران</source>
            <extracomment>SETUP_USERS_TITLE</extracomment>
            <translation>3. The first users</translation>
        </message>
        <message>
            <source>برای هر نقش ستاد، نام کسی که با آن کار می‌کند و گذرواژه‌ای یک‌بارمصرف که در نخستین ورود عوض می‌کند. حسابی که خالی بماند خاموش می‌ماند تا مدیر در «تنظیمات» گذرواژه‌اش را بدهد.</source>
            <extracomment>SETUP_USERS_SUBTITLE</extracomment>
            <translation>For each HQ role, the name of the person who works with it and a one-time password they change at their first sign-in. An account left empty stays turned off until the administrator gives it a password in Settings.</translation>
        </message>
        <message>
            <source>نقش (نام کاربری)</source>
            <extracomment>SETUP_USERS_COLUMNS[0]</extracomment>
            <translation>Role (username)</translation>
        </message>
        <message>
            <source>گذرواژهٔ یک‌بارمصرف</source>
            <extracomment>SETUP_USERS_COLUMNS[2]</extracomment>
            <translation>One-time password</translation>
        </message>
        <message>
            <source>گذرواژه داده شد</source>
            <extracomment>SETUP_USERS_DONE</extracomment>
            <translation>Password given</translation>
        </message>
        <message>
            <source>راهنمای کاربر</source>
            <extracomment>ACTION_MANUAL, MANUAL_MISSING_TITLE</extracomment>
            <translation>User manual</translation>
        </message>
        <message>
            <source>راهنمای فارسی در این نسخه همراه برنامه نیست. جای آن: «{path}». تا آن زمان، README برنامه و فرمان «semansara --help» راهنمای کار است.</source>
            <extracomment>MANUAL_MISSING</extracomment>
            <translation>This copy of the program comes without the Persian manual; it belongs at “{path}”. Until then, the README and “semansara --help” are the guide.</translation>
        </message>
        <message>
            <source>&lt;p&gt;نسخهٔ {version}&lt;/p&gt;</source>
            <extracomment>ABOUT_VERSION</extracomment>
            <translation>&lt;p&gt;Version {version}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>یادآوری: این روز جمعه (تعطیل) است.</source>
            <translation type="vanished">Note: this day is a Friday (holiday).</translation>
        </message>
        <message>
            <source>همهٔ اتاق‌های این نوع در این ساعت رزرو شده‌اند.</source>
            <translation type="vanished">All rooms of this type are booked at this time.</translation>
        </message>
        <message>
            <source>این اتاق در این ساعت رزرو شده است.</source>
            <translation type="vanished">This room is booked at this time.</translation>
        </message>
        <message>
            <source>باید پس از ساعت شروع باشد.</source>
            <translation type="vanished">Must be after the start time.</translation>
        </message>
        <message>
            <source>این هفته: {total} نوبت ({requested} درخواست، {scheduled} وقت تنظیم‌شده، {notified} اطلاع‌داده‌شده)؛ {cancelled} لغو یا رد شده.</source>
            <translation type="vanished">This week: {total} bookings ({requested} requested, {scheduled} scheduled, {notified} informed); {cancelled} cancelled or refused.</translation>
        </message>
        <message>
            <source>تنظیمات را فقط مدیر سامانه تغییر می‌دهد، جز زبان برنامه که هر کاربر برای خود برمی‌گزیند. برای تغییر شیوه‌نامه، کاربران یا پایگاه داده با مدیر سامانه هماهنگ کنید.</source>
            <translation type="vanished">Only the system administrator changes the settings, except the interface language, which each user chooses for themselves. To change the procedure, users or the database, talk to the system administrator.</translation>
        </message>
        <message>
            <source>خالی: در نخستین ورود تعیین می‌شود</source>
            <translation type="vanished">Empty: set at the first sign-in</translation>
        </message>
        <message>
            <source>این کاربر در نخستین ورود گذرواژهٔ خود را تعیین می‌کند.</source>
            <translation type="vanished">This user sets their own password at the first sign-in.</translation>
        </message>
    </context>
    <context>
        <name>roles.ROLE_NAMES</name>
        <message>
            <source>مدیر سامانه</source>
            <translation>System administrator</translation>
        </message>
        <message>
            <source>کارشناس میز خدمت</source>
            <translation>Service-desk expert</translation>
        </message>
        <message>
            <source>معاونت امور مناطق</source>
            <translation>Deputy of District Affairs</translation>
        </message>
        <message>
            <source>معاونت توان‌افزایی</source>
            <translation>Deputy of Empowerment</translation>
        </message>
        <message>
            <source>معاونت مالی، اداری و پشتیبانی</source>
            <translation>Deputy of Finance, Administration and Support</translation>
        </message>
        <message>
            <source>مسئول سمن‌سرا</source>
            <translation>Semansara manager</translation>
        </message>
    </context>
    <context>
        <name>policy.SERVICE_NAMES</name>
        <message>
            <source>میز فعالیت سمن</source>
            <translation>NGO activity desk</translation>
        </message>
        <message>
            <source>اتاق جلسات</source>
            <translation>Meeting room</translation>
        </message>
        <message>
            <source>اتاق برگزاری کارگاه</source>
            <translation>Workshop room</translation>
        </message>
        <message>
            <source>سالن برگزاری نشست‌ها</source>
            <translation>Hall for gatherings</translation>
        </message>
        <message>
            <source>قفسه اختصاصی سمن</source>
            <translation>NGO's own shelf</translation>
        </message>
        <message>
            <source>منشی تلفنی</source>
            <translation>Phone secretary</translation>
        </message>
        <message>
            <source>کارت ویزیت</source>
            <translation>Business cards</translation>
        </message>
    </context>
    <context>
        <name>registry.STAFF_KINDS</name>
        <message>
            <source>خدماتی/نگهبانی</source>
            <translation>Service/guard</translation>
        </message>
        <message>
            <source>اداری</source>
            <translation>Administrative</translation>
        </message>
    </context>
    <context>
        <name>requests.CHANNELS</name>
        <message>
            <source>حضوری</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>سامانه پنل کاربری</source>
            <translation>HQ web portal</translation>
        </message>
        <message>
            <source>تلفنی</source>
            <translation>By phone</translation>
        </message>
    </context>
    <context>
        <name>validate.FIELD_NAMES</name>
        <message>
            <source>کد</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>نام</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>منطقه</source>
            <translation>District</translation>
        </message>
        <message>
            <source>تعداد میز</source>
            <translation>Number of desks</translation>
        </message>
        <message>
            <source>تعداد اتاق جلسات</source>
            <translation>Number of meeting rooms</translation>
        </message>
        <message>
            <source>تعداد اتاق کارگاه</source>
            <translation>Number of workshop rooms</translation>
        </message>
        <message>
            <source>تعداد سالن</source>
            <translation>Number of halls</translation>
        </message>
        <message>
            <source>تعداد قفسه</source>
            <translation>Number of shelves</translation>
        </message>
        <message>
            <source>ظرفیت قرارداد</source>
            <translation>Contract places</translation>
        </message>
        <message>
            <source>ساعت شروع کار</source>
            <translation>Opening time</translation>
        </message>
        <message>
            <source>ساعت پایان کار</source>
            <translation>Closing time</translation>
        </message>
        <message>
            <source>نشانی</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>تلفن</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>پست الکترونیک</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>نوع</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>ساعات کار</source>
            <translation>Working hours</translation>
        </message>
        <message>
            <source>شرح وظایف</source>
            <translation>Duties</translation>
        </message>
        <message>
            <source>نوع استخدام</source>
            <translation>Employment type</translation>
        </message>
        <message>
            <source>نام کاربری</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>نقش</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>فعال بودن حساب</source>
            <translation>Account active</translation>
        </message>
        <message>
            <source>سمن‌سرا</source>
            <translation>Semansara</translation>
        </message>
        <message>
            <source>نام و نام خانوادگی</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>گذرواژه</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>گذرواژهٔ تازه</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>گذرواژهٔ فعلی</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>مرجع صدور مجوز</source>
            <translation>Licensing body</translation>
        </message>
        <message>
            <source>شمارهٔ مجوز</source>
            <translation>Licence number</translation>
        </message>
        <message>
            <source>تاریخ انقضای مجوز</source>
            <translation>Licence expiry date</translation>
        </message>
        <message>
            <source>تاریخ تأسیس</source>
            <translation>Founding date</translation>
        </message>
        <message>
            <source>تعداد اعضا</source>
            <translation>Number of members</translation>
        </message>
        <message>
            <source>مدیرعامل</source>
            <translation>Chief executive</translation>
        </message>
        <message>
            <source>نمایندهٔ رسمی</source>
            <translation>Official representative</translation>
        </message>
        <message>
            <source>کد ملی مدیرعامل</source>
            <translation>Chief executive's national code</translation>
        </message>
        <message>
            <source>کد ملی نمایندهٔ رسمی</source>
            <translation>Official representative's national code</translation>
        </message>
        <message>
            <source>شناسهٔ ملی سمن</source>
            <translation>NGO national ID</translation>
        </message>
        <message>
            <source>سمن</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>تاریخ</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>تعداد شرکت‌کنندگان</source>
            <translation>Number of participants</translation>
        </message>
        <message>
            <source>عنوان</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>سطح</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>دلیل</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>سال</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>نرخ تورم</source>
            <translation>Inflation rate</translation>
        </message>
        <message>
            <source>شماره</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>شیوهٔ درخواست</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>تصمیم</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>دلیل عبور از نوبت</source>
            <translation>Reason for passing over the queue</translation>
        </message>
        <message>
            <source>قرارداد</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>شمارهٔ سفته</source>
            <translation>Promissory note number</translation>
        </message>
        <message>
            <source>مبلغ سفته</source>
            <translation>Promissory note amount</translation>
        </message>
        <message>
            <source>تاریخ شروع</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>گیرنده</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>خدمت</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>تعداد</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>ساعت شروع</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>ساعت پایان</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>تعداد نفرات</source>
            <translation>Number of people</translation>
        </message>
        <message>
            <source>شرح</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>تاریخ اجرا</source>
            <translation>In force from</translation>
        </message>
        <message>
            <source>تاریخ تصویب</source>
            <translation>Approval date</translation>
        </message>
        <message>
            <source>تغییرات</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>خدمات درخواستی</source>
            <translation>Services requested</translation>
        </message>
        <message>
            <source>اتاق</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>نتیجه</source>
            <translation>Outcome</translation>
        </message>
    </context>
    <context>
        <name>machines.states</name>
        <message>
            <source>الف: درخواست ثبت شد</source>
            <translation>Request registered (الف)</translation>
        </message>
        <message>
            <source>ب: بررسی و پذیرفته شد</source>
            <translation>Reviewed and accepted (ب)</translation>
        </message>
        <message>
            <source>ب: رد شد</source>
            <translation>Rejected (ب)</translation>
        </message>
        <message>
            <source>پ: به معاونت امور مناطق معرفی شد</source>
            <translation>Referred to the Deputy of District Affairs (پ)</translation>
        </message>
        <message>
            <source>ت: در صف انتظار</source>
            <translation>In the waiting queue (ت)</translation>
        </message>
        <message>
            <source>ت: ظرفیت تأیید شد</source>
            <translation>Capacity confirmed (ت)</translation>
        </message>
        <message>
            <source>ث: برای عقد قرارداد دعوت شد</source>
            <translation>Invited to sign a contract (ث)</translation>
        </message>
        <message>
            <source>ج: قرارداد بسته و معرفی‌نامه صادر شد</source>
            <translation>Contract signed, introduction letter issued (ج)</translation>
        </message>
        <message>
            <source>چ: معرفی‌نامه به نماینده رسمی داده شد</source>
            <translation>Letter given to the official representative (چ)</translation>
        </message>
        <message>
            <source>ح: معرفی‌نامه به مسئول سمن‌سرا داده شد</source>
            <translation>Letter given to the semansara manager (ح)</translation>
        </message>
        <message>
            <source>انصراف</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>خ: نوبت درخواست شد</source>
            <translation>Booking requested (خ)</translation>
        </message>
        <message>
            <source>د: وقت تنظیم شد</source>
            <translation>Time scheduled (د)</translation>
        </message>
        <message>
            <source>ذ: اعلان صادر شد، در انتظار تحویل</source>
            <translation>ذ: notices issued, waiting for delivery</translation>
        </message>
        <message>
            <source>ذ: اطلاع‌رسانی شد</source>
            <translation>Informed (ذ)</translation>
        </message>
        <message>
            <source>رد شد</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>لغو شد</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>منقضی شد</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>جاری</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>تمدید شده</source>
            <translation>Extended</translation>
        </message>
        <message>
            <source>پایان یافته</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>تسویه شده</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>دریافت شد</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>در امانت مالی</source>
            <translation>In finance custody</translation>
        </message>
        <message>
            <source>عدم خسارت تأیید شد</source>
            <translation>No damage confirmed</translation>
        </message>
        <message>
            <source>خسارت گزارش شد</source>
            <translation>Damage reported</translation>
        </message>
        <message>
            <source>بازگردانده شد</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>ضبط شد</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>درخواست شد</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>پذیرفته شد</source>
            <translation>Accepted</translation>
        </message>
    </context>
    <context>
        <name>available.labels</name>
        <message>
            <source>پذیرش درخواست (ب)</source>
            <translation>Accept request (ب)</translation>
        </message>
        <message>
            <source>رد درخواست (ب)</source>
            <translation>Reject request (ب)</translation>
        </message>
        <message>
            <source>معرفی به معاونت امور مناطق (پ)</source>
            <translation>Refer to the Deputy of District Affairs (پ)</translation>
        </message>
        <message>
            <source>بررسی ظرفیت سمن‌سرا (ت)</source>
            <translation>Check semansara capacity (ت)</translation>
        </message>
        <message>
            <source>دعوت برای عقد قرارداد (ث)</source>
            <translation>Invite to sign a contract (ث)</translation>
        </message>
        <message>
            <source>عقد قرارداد و دریافت سفته (ج)</source>
            <translation>Sign contract and receive promissory note (ج)</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامه به نمایندهٔ رسمی (چ)</source>
            <translation>Deliver letter to the official representative (چ)</translation>
        </message>
        <message>
            <source>تحویل معرفی‌نامه به مسئول سمن‌سرا (ح)</source>
            <translation>Deliver letter to the semansara manager (ح)</translation>
        </message>
        <message>
            <source>ثبت انصراف</source>
            <translation>Record withdrawal</translation>
        </message>
        <message>
            <source>انتقال به سمن‌سرای دیگر</source>
            <translation>Move to another semansara</translation>
        </message>
        <message>
            <source>تنظیم وقت (د)</source>
            <translation>Schedule (د)</translation>
        </message>
        <message>
            <source>رد درخواست نوبت (د)</source>
            <translation>Refuse booking request (د)</translation>
        </message>
        <message>
            <source>اطلاع‌رسانی (ذ)</source>
            <translation>Inform (ذ)</translation>
        </message>
        <message>
            <source>لغو نوبت</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>درخواست تمدید</source>
            <translation>Request extension</translation>
        </message>
        <message>
            <source>پایان قرارداد</source>
            <translation>End contract</translation>
        </message>
        <message>
            <source>تخصیص قفسه یا میز</source>
            <translation>Allocate a shelf or desk</translation>
        </message>
        <message>
            <source>سفارش کارت ویزیت</source>
            <translation>Order business cards</translation>
        </message>
        <message>
            <source>تحویل سفته به امانت مالی</source>
            <translation>Hand the note to finance custody</translation>
        </message>
        <message>
            <source>تأیید عدم خسارت</source>
            <translation>Confirm no damage</translation>
        </message>
        <message>
            <source>گزارش خسارت</source>
            <translation>Report damage</translation>
        </message>
        <message>
            <source>رسیدگی به خسارت</source>
            <translation>Settle damage</translation>
        </message>
        <message>
            <source>بازگرداندن سفته</source>
            <translation>Return the promissory note</translation>
        </message>
        <message>
            <source>پذیرش تمدید</source>
            <translation>Accept extension</translation>
        </message>
        <message>
            <source>رد تمدید</source>
            <translation>Reject extension</translation>
        </message>
    </context>
    <context>
        <name>worklists.subjects</name>
        <message>
            <source>{ngo} در {semansara}</source>
            <translation>{ngo} at {semansara}</translation>
        </message>
        <message>
            <source>{ngo} در {semansara}: معرفی‌نامهٔ نمایندهٔ سمن</source>
            <translation>{ngo} at {semansara}: the NGO representative's letter</translation>
        </message>
        <message>
            <source>{ngo} در {semansara}: معرفی‌نامهٔ مسئول سمن‌سرا</source>
            <translation>{ngo} at {semansara}: the semansara manager's letter</translation>
        </message>
        <message>
            <source>{ngo}، {at}</source>
            <translation>{ngo}, {at}</translation>
        </message>
        <message>
            <source>{ngo} (سفتهٔ {serial})</source>
            <translation>{ngo} (note {serial})</translation>
        </message>
        <message>
            <source>{ngo}</source>
            <translation>{ngo}</translation>
        </message>
        <message>
            <source>{ngo}، {at}: {recipients}</source>
            <translation>{ngo}, {at}: {recipients}</translation>
        </message>
        <message>
            <source>{ngo}، {at}: {recipients} (ناموفق: {reason})</source>
            <translation>{ngo}, {at}: {recipients} (failed: {reason})</translation>
        </message>
        <message>
            <source>{ngo}: مجوز فعالیت از {expires} منقضی است</source>
            <translation>{ngo}: activity licence expired on {expires}</translation>
        </message>
        <message>
            <source>{ngo}: {count} قفسه بیش از سقف سطح {level}</source>
            <translation>{ngo}: {count} shelf above the cap of level {level}</translation>
        </message>
        <message>
            <source>{ngo}: {count} میز بیش از سقف سطح {level}</source>
            <translation>{ngo}: {count} desk above the cap of level {level}</translation>
        </message>
        <message>
            <source>{semansara}</source>
            <translation>{semansara}</translation>
        </message>
        <message>
            <source>جا در «{semansara}» باز شد: نوبت اول صف {ngo}</source>
            <translation>A place is free in «{semansara}»: first in the queue, {ngo}</translation>
        </message>
        <message>
            <source>نرخ تورم سال {year} ثبت نشده است</source>
            <translation>The inflation rate of {year} is not entered yet</translation>
        </message>
        <message>
            <source>بازبینی سه‌ماههٔ شیوه‌نامه</source>
            <translation>Quarterly review of the procedure</translation>
        </message>
        <message>
            <source>، </source>
            <translation type="vanished">, </translation>
        </message>
        <message>
            <source>ذ</source>
            <translation type="vanished">ذ</translation>
        </message>
        <message>
            <source>ت</source>
            <translation type="vanished">ت</translation>
        </message>
    </context>
    <context>
        <name>jalali.MONTH_NAMES</name>
        <message>
            <source>فروردین</source>
            <translation>Farvardin</translation>
        </message>
        <message>
            <source>اردیبهشت</source>
            <translation>Ordibehesht</translation>
        </message>
        <message>
            <source>خرداد</source>
            <translation>Khordad</translation>
        </message>
        <message>
            <source>تیر</source>
            <translation>Tir</translation>
        </message>
        <message>
            <source>مرداد</source>
            <translation>Mordad</translation>
        </message>
        <message>
            <source>شهریور</source>
            <translation>Shahrivar</translation>
        </message>
        <message>
            <source>مهر</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>آبان</source>
            <translation>Aban</translation>
        </message>
        <message>
            <source>آذر</source>
            <translation>Azar</translation>
        </message>
        <message>
            <source>دی</source>
            <translation>Dey</translation>
        </message>
        <message>
            <source>بهمن</source>
            <translation>Bahman</translation>
        </message>
        <message>
            <source>اسفند</source>
            <translation>Esfand</translation>
        </message>
    </context>
    <context>
        <name>jalali.WEEKDAY_NAMES</name>
        <message>
            <source>شنبه</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>یکشنبه</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>دوشنبه</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>سه‌شنبه</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>چهارشنبه</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>پنجشنبه</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>جمعه</source>
            <translation>Friday</translation>
        </message>
    </context>
    <context>
        <name>quotas.hours</name>
        <message>
            <source>{hours} ساعت</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{hours} ساعت و {minutes} دقیقه</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>notifications.RECIPIENT_NAMES</name>
        <message>
            <source>سمن</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>مسئول سمن‌سرا</source>
            <translation>Semansara manager</translation>
        </message>
    </context>
    <context>
        <name>notifications.CHANNEL_NAMES</name>
        <message>
            <source>پست الکترونیک</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>چاپی</source>
            <translation>On paper</translation>
        </message>
    </context>
    <context>
        <name>reports.labels</name>
        <message>
            <source>همهٔ سمن‌سراها</source>
            <translation>All semansaras</translation>
        </message>
        <message>
            <source>جمع</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>اتاق جلسات</source>
            <translation>Meeting room</translation>
        </message>
        <message>
            <source>اتاق کارگاه</source>
            <translation>Workshop room</translation>
        </message>
        <message>
            <source>سالن</source>
            <translation>Hall</translation>
        </message>
        <message>
            <source>جلسات</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>کارگاه</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <source>اشغال اتاق‌ها</source>
            <translation>Room occupancy</translation>
        </message>
        <message>
            <source>مصرف سهمیه</source>
            <translation>Quota use</translation>
        </message>
        <message>
            <source>درخواست‌ها به تفکیک مرحله</source>
            <translation>Requests by step</translation>
        </message>
        <message>
            <source>قراردادهای رو به پایان</source>
            <translation>Contracts ending</translation>
        </message>
        <message>
            <source>سفته‌های نگهداری‌شده</source>
            <translation>Notes held</translation>
        </message>
        <message>
            <source>سمن‌سرا</source>
            <translation>Semansara</translation>
        </message>
        <message>
            <source>اشغال به تفکیک ماه و نوع اتاق</source>
            <translation>Occupancy by month and room type</translation>
        </message>
        <message>
            <source>درصد اشغال</source>
            <translation>Occupancy (%)</translation>
        </message>
        <message>
            <source>مصرف سهمیه به تفکیک سطح</source>
            <translation>Quota use by level</translation>
        </message>
        <message>
            <source>ساعت</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>کارهای در جریان به تفکیک مرحله</source>
            <translation>Work in progress by step</translation>
        </message>
        <message>
            <source>تعداد</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>درخواست‌ها و نوبت‌ها به تفکیک مرحله و زمان انتظار</source>
            <translation>Requests and bookings by step and waiting time</translation>
        </message>
        <message>
            <source>قراردادهای رو به پایان به تفکیک سمن‌سرا</source>
            <translation>Contracts ending by semansara</translation>
        </message>
        <message>
            <source>سفته‌های نگهداری‌شده به تفکیک وضعیت</source>
            <translation>Notes held by state</translation>
        </message>
        <message>
            <source>سفته‌های بازگردانده‌نشده</source>
            <translation>Notes not returned</translation>
        </message>
        <message>
            <source>نوع اتاق</source>
            <translation>Room type</translation>
        </message>
        <message>
            <source>تعداد اتاق</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>ساعت رزروشده</source>
            <translation>Hours booked</translation>
        </message>
        <message>
            <source>ساعت باز</source>
            <translation>Hours open</translation>
        </message>
        <message>
            <source>اشغال سال</source>
            <translation>Occupancy of the year</translation>
        </message>
        <message>
            <source>اشغال اتاق‌ها در سال </source>
            <translation>Room occupancy in </translation>
        </message>
        <message>
            <source>کد سمن</source>
            <translation>NGO code</translation>
        </message>
        <message>
            <source>نام سمن</source>
            <translation>NGO name</translation>
        </message>
        <message>
            <source>سطح</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>ساعت مصرف‌شده</source>
            <translation>Hours used</translation>
        </message>
        <message>
            <source>سقف ساعت</source>
            <translation>Hours allowed</translation>
        </message>
        <message>
            <source>ساعت باقی‌مانده</source>
            <translation>Hours left</translation>
        </message>
        <message>
            <source>درصد مصرف</source>
            <translation>Share used (%)</translation>
        </message>
        <message>
            <source>تعداد سمن</source>
            <translation>NGOs</translation>
        </message>
        <message>
            <source>مصرف سهمیهٔ سمن‌ها در سال </source>
            <translation>NGOs' quota use in </translation>
        </message>
        <message>
            <source>مرحله</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>وضعیت</source>
            <translation>State</translation>
        </message>
        <message>
            <source>تعداد اکنون</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>دفعات سنجیده</source>
            <translation>Stays measured</translation>
        </message>
        <message>
            <source>میانهٔ انتظار (روز)</source>
            <translation>Median wait (days)</translation>
        </message>
        <message>
            <source>میانگین انتظار (روز)</source>
            <translation>Mean wait (days)</translation>
        </message>
        <message>
            <source>سال پایان انتظار</source>
            <translation>Year the wait ended</translation>
        </message>
        <message>
            <source>همهٔ سال‌ها</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>قرارداد</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>سمن</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>آغاز</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>آخرین روز</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>روز تا آخرین روز</source>
            <translation>Days to the last day</translation>
        </message>
        <message>
            <source>تمدیدهای انجام‌شده</source>
            <translation>Extensions used</translation>
        </message>
        <message>
            <source>تمدید باقی‌مانده</source>
            <translation>Extensions left</translation>
        </message>
        <message>
            <source>مهلت درخواست تمدید</source>
            <translation>Extension deadline</translation>
        </message>
        <message>
            <source>روز تا مهلت</source>
            <translation>Days to the deadline</translation>
        </message>
        <message>
            <source>درخواست تمدید</source>
            <translation>Extension request</translation>
        </message>
        <message>
            <source>قراردادهایی که تا </source>
            <translation>Contracts ending within </translation>
        </message>
        <message>
            <source> روز دیگر پایان می‌یابند</source>
            <translation> days</translation>
        </message>
        <message>
            <source>شمارهٔ سفته</source>
            <translation>Note number</translation>
        </message>
        <message>
            <source>مبلغ سفته (ریال)</source>
            <translation>Note amount (rials)</translation>
        </message>
        <message>
            <source>مبلغ لازم هنگام دریافت (ریال)</source>
            <translation>Amount due when received (rials)</translation>
        </message>
        <message>
            <source>تاریخ دریافت</source>
            <translation>Date received</translation>
        </message>
        <message>
            <source>روزهای نگهداری</source>
            <translation>Days held</translation>
        </message>
        <message>
            <source>جمع مبلغ سفته‌ها (ریال)</source>
            <translation>Total of the notes (rials)</translation>
        </message>
        <message>
            <source>جمع مبلغ لازم (ریال)</source>
            <translation>Total due (rials)</translation>
        </message>
        <message>
            <source>اشغال به تفکیک سمن‌سرا و نوع اتاق</source>
            <translation>Occupancy by semansara and room type</translation>
        </message>
        <message>
            <source>جمع به تفکیک نوع اتاق</source>
            <translation>Totals by room type</translation>
        </message>
        <message>
            <source>سال</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>مصرف‌شده</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>باقی‌مانده</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>مصرف سهمیه به تفکیک سمن</source>
            <translation>Quota use by NGO</translation>
        </message>
        <message>
            <source>جمع به تفکیک سطح</source>
            <translation>Totals by level</translation>
        </message>
        <message>
            <source>نسخهٔ شیوه‌نامه</source>
            <translation>Policy version</translation>
        </message>
        <message>
            <source>به تفکیک وضعیت</source>
            <translation>By state</translation>
        </message>
        <message>
            <source>تعداد قرارداد</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <source>قراردادها</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <source>روزهای پیش رو</source>
            <translation>Days ahead</translation>
        </message>
        <message>
            <source>تا تاریخ</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>سفته‌ها</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>جمع به تفکیک وضعیت</source>
            <translation>Totals by state</translation>
        </message>
        <message>
            <source>سطح </source>
            <translation>Level </translation>
        </message>
        <message>
            <source>در انتظار تصمیم</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <source> (صف)</source>
            <translation> (queue)</translation>
        </message>
        <message>
            <source>مسئول سمن‌سرا فقط گزارش‌های سمن‌سرای خود را می‌بیند.</source>
            <translation type="vanished">A semansara manager sees the reports of their own semansara only.</translation>
        </message>
        <message>
            <source>گزارش «</source>
            <translation type="vanished">Report «</translation>
        </message>
        <message>
            <source>» شناخته نیست.</source>
            <translation type="vanished">» is not known.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>ACCOUNT_LOCKED</source>
            <translation>The account is locked for a while after too many failed sign-ins</translation>
        </message>
        <message>
            <source>BOOKING_PAST</source>
            <translation>The booking's time has passed</translation>
        </message>
        <message>
            <source>CLOSED_DAY</source>
            <translation>The semansara is closed that day</translation>
        </message>
        <message>
            <source>CONFLICT</source>
            <translation>The database refused the change (another desk saved the same at once, or a rule of the data); nothing was saved</translation>
        </message>
        <message>
            <source>DB_UNAVAILABLE</source>
            <translation>The database cannot be reached</translation>
        </message>
        <message>
            <source>DUPLICATE</source>
            <translation>Already recorded</translation>
        </message>
        <message>
            <source>EXTENSION_LIMIT</source>
            <translation>The most extensions allowed have been used</translation>
        </message>
        <message>
            <source>EXTENSION_PENDING</source>
            <translation>Another extension is pending or not started yet</translation>
        </message>
        <message>
            <source>FIVE_YEAR_CAP</source>
            <translation>The five-year limit in semansaras would be passed</translation>
        </message>
        <message>
            <source>FORBIDDEN_ROLE</source>
            <translation>Your role may not take this action</translation>
        </message>
        <message>
            <source>HEADCOUNT_EXCEEDED</source>
            <translation>Too many people for this service</translation>
        </message>
        <message>
            <source>INFLATION_MISSING</source>
            <translation>A year's inflation rate has not been entered</translation>
        </message>
        <message>
            <source>INVALID_INPUT</source>
            <translation>A value entered is not right</translation>
        </message>
        <message>
            <source>LATE_EXTENSION</source>
            <translation>The extension request is too late</translation>
        </message>
        <message>
            <source>LEVEL_HAS_NO_SERVICES</source>
            <translation>Level 1 NGOs receive no services</translation>
        </message>
        <message>
            <source>LEVEL_NOT_ASSESSED</source>
            <translation>The NGO's capacity level is not assessed yet</translation>
        </message>
        <message>
            <source>LICENCE_EXPIRED</source>
            <translation>The NGO's licence has expired</translation>
        </message>
        <message>
            <source>NOTE_AMOUNT_LOW</source>
            <translation>The promissory note amount is below the amount due</translation>
        </message>
        <message>
            <source>NOTE_NOT_RECEIVED</source>
            <translation>Finance has not yet received the promissory note</translation>
        </message>
        <message>
            <source>NOTE_NOT_RETURNABLE</source>
            <translation>The promissory note cannot be returned yet</translation>
        </message>
        <message>
            <source>NOT_A_SCENARIO_DATABASE</source>
            <translation>This database was not created by the scenario runner</translation>
        </message>
        <message>
            <source>NOT_ELIGIBLE</source>
            <translation>The NGO is not eligible</translation>
        </message>
        <message>
            <source>NOT_FOUND</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>NO_ACTIVE_CONTRACT</source>
            <translation>There is no running contract</translation>
        </message>
        <message>
            <source>NO_CAPACITY</source>
            <translation>The semansara has no free place</translation>
        </message>
        <message>
            <source>OTHER_SEMANSARA</source>
            <translation>Only the services of the NGO's own contracted semansara may be used</translation>
        </message>
        <message>
            <source>OUTSIDE_OPENING_HOURS</source>
            <translation>Outside the semansara's opening hours</translation>
        </message>
        <message>
            <source>OUT_OF_ORDER</source>
            <translation>Not possible at this step (steps are taken in order)</translation>
        </message>
        <message>
            <source>PLACE_HELD</source>
            <translation>The request already holds a place</translation>
        </message>
        <message>
            <source>QUEUE_ORDER</source>
            <translation>Earlier requests in the queue come first</translation>
        </message>
        <message>
            <source>QUOTA_EXCEEDED</source>
            <translation>The yearly hours for this room type are used up</translation>
        </message>
        <message>
            <source>SERVICE_NOT_IN_LEVEL</source>
            <translation>This service is not offered at the NGO's level</translation>
        </message>
        <message>
            <source>SIGN_IN_FAILED</source>
            <translation>Wrong username or password</translation>
        </message>
        <message>
            <source>SLOT_TAKEN</source>
            <translation>This time is already booked</translation>
        </message>
        <message>
            <source>STALE_RECORD</source>
            <translation>The record changed since it was opened; open it again</translation>
        </message>
        <message>
            <source>STORAGE_ERROR</source>
            <translation>The data could not be written (the disk is full or read-only)</translation>
        </message>
    </context>
</TS>
