<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Persian for the strings of Qt's own dialogs that Qt's qtbase_fa.qm lacks (found by reading
     the labels of the non-native dialogs in the Persian window). Compiled with
     tools/translations.py compile; loaded after qtbase_fa by app.ui.i18n.install. -->
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;در پوشهٔ:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>در پوشهٔ:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع پرونده‌ها:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>نوع پرونده‌ها:</translation>
    </message>
    <message>
        <source>&amp;Show hidden files</source>
        <translation>&amp;نمایش پرونده‌های پنهان</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>چاپ دورو</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;مجموعهٔ صفحه‌ها:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>یک‌رو</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>صحافی از لبهٔ بلند</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>صحافی از لبهٔ کوتاه</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>صفحه‌ها یا بازه‌ها را با ویرگول جدا کنید؛ بازه دو عدد است با خط تیره میانشان. نمونه: 3,5-7,9 صفحه‌های ۳، ۵، ۶، ۷ و ۹ را چاپ می‌کند.</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>صفحه‌ها یا بازه‌ها را با ویرگول جدا کنید؛ بازه دو عدد است با خط تیره میانشان. نمونه: 3,5-7,9 صفحه‌های ۳، ۵، ۶، ۷ و ۹ را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
</context>
</TS>
