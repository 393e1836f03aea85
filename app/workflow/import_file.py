"""Reading a file of NGOs for the import: an Excel (.xlsx) or CSV file, its
header row found (a title row or two may sit above it) and its columns mapped to NGO fields by
Persian or English names (after `persian.normalise`), or by a mapping the person gives; and the
template to fill in. No database here: `importer.import_ngos` checks and writes the rows.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.workflow import errors, persian, validate
from app.workflow import messages as msg
from app.workflow.registry import NGO_FIELDS

# --- the notes of a report (Persian); the refusals are in the catalogue (messages.py) ----------

TEXTS = {
    "twice": "ستون «{header}» نادیده گرفته شد: ستون «{first}» پیش‌تر به «{field}» نگاشت شد.",
}

# Header names people use for each field, Persian and English, "|" between them; matched after
# `_header_key`, so spacing, ZWNJ, ي/ك and hamza forms do not matter.
ALIASES: dict[str, str] = {
    "code": "کد|کد سمن|کد تشکل|شناسه|شناسه سمن|code|ngo code",
    "name": (
        "نام سمن|نام تشکل|نام|نام سازمان|نام سازمان مردم نهاد|نام موسسه"
        "|نام انجمن|عنوان سمن|عنوان تشکل|سمن|تشکل|name|ngo name|ngo"
        "|organisation|organization"
    ),
    "licence_no": (
        "شماره مجوز|شمارهٔ مجوز|شماره پروانه|شماره مجوز فعالیت|مجوز|licence_no"
        "|license_no|licence no|license no|licence number|license number"
        "|licence|license"
    ),
    "licence_issuer": (
        "مرجع صدور|مرجع صدور مجوز|مرجع صادرکننده|مرجع صادر کننده مجوز|صادرکننده"
        "|صادر کننده مجوز|مرجع مجوز|issuer|licence_issuer|license_issuer"
        "|licence issuer|license issuer|issued by"
    ),
    "licence_expires": (
        "تاریخ انقضا|تاریخ انقضاء|تاریخ انقضای مجوز|انقضا|انقضای مجوز|اعتبار تا"
        "|تاریخ اعتبار|تاریخ اعتبار مجوز|licence_expires|license_expires"
        "|expires|expiry|expiry date|licence expiry|license expiry"
    ),
    "founded": (
        "تاریخ تاسیس|تاریخ تأسیس|تاسیس|تأسیس|founded|founded on|foundation date|date founded"
    ),
    "members": ("تعداد اعضا|تعداد اعضاء|اعضا|تعداد عضو|members|member count|number of members"),
    "chief": ("مدیرعامل|مدیر عامل|مدیرعامل سمن|مسئول سمن|chief|ceo|chief executive|director"),
    "representative": (
        "نماینده|نماینده رسمی|نمایندهٔ رسمی|نماینده سمن|representative|official representative"
    ),
    "phone": ("تلفن|تلفن تماس|شماره تماس|شماره تلفن|تماس|موبایل|همراه|phone|tel|telephone|mobile"),
    "email": ("ایمیل|پست الکترونیک|پست الکترونیکی|رایانامه|نشانی ایمیل|email|e-mail|mail"),
    "district": "منطقه|منطقه شهرداری|شماره منطقه|district",
    "national_id": "شناسه ملی|شناسهٔ ملی|شماره ثبت|national_id|national id|registration number",
    "address": "نشانی|آدرس|address",
    "chief_national_code": "کد ملی مدیرعامل|chief_national_code|chief national code",
    "representative_national_code": (
        "کد ملی نماینده|کد ملی نماینده رسمی|representative_national_code"
        "|representative national code"
    ),
}
FIELDS = ("code", *sorted(NGO_FIELDS))
REQUIRED = ("name", "licence_issuer", "licence_no", "licence_expires", "founded", "members")
# Names typed on Arabic keyboards or kept by old systems are stored with the Persian letters.
PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
NAME_FIELDS = ("name", "chief", "representative")
HEADER_SCAN = 10  # a title row or two may sit above the header row


def _header_key(text: Any) -> str:
    """A header's matching key: `persian.normalise`, and hamza forms, stars, colons and brackets
    dropped («تأسیس» = «تاسیس», «نام سمن *» = «نام سمن»)."""
    key = persian.normalise(str(text or ""))
    return key.translate(
        str.maketrans(
            {
                "أ": "ا",
                "إ": "ا",
                "ٱ": "ا",
                "ة": "ه",
                "ء": None,
                "*": None,
                ":": None,
                "(": None,
                ")": None,
                "«": None,
                "»": None,
                '"': None,
                "'": None,
            }
        )
    )


_ALIAS_KEYS = {
    _header_key(alias): name
    for name, aliases in ALIASES.items()
    for alias in (*aliases.split("|"), name)
}


def _refuse(message: msg.Message) -> errors.WorkflowError:
    return errors.WorkflowError(errors.INVALID_INPUT, message, field="file")


# --- reading the file ------------------------------------------------------------------------


@dataclass
class Table:
    """A file's rows, with its columns mapped to NGO fields."""

    file: str
    sha256: str
    header_row: int
    mapping: dict[str, str]  # header as in the file → field
    ignored: list[str]  # notes on columns left out
    rows: list[tuple[int, dict[str, Any]]]  # (row number as the spreadsheet shows it, values)


def _cell(value: Any) -> Any:
    """A cell as the rules take it: Excel dates (Gregorian) as dates, whole floats as ints."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# The template's one example row: what a good row looks like (dates Jalali, digits either way).
TEMPLATE_EXAMPLE = {
    "code": "",
    "name": "انجمن نمونهٔ دوستداران کتاب",
    "licence_issuer": "وزارت کشور",
    "licence_no": "۱۲۳۴۵/۶۷",
    "licence_expires": "1408/12/29",
    "founded": "1398/01/15",
    "members": 60,
    "chief": "مریم احمدی",
    "representative": "علی رضایی",
    "phone": "021-88776655",
    "email": "info@example.ir",
    "district": 6,
    "national_id": "10320000001",
    "address": "تهران، خیابان انقلاب، پلاک ۱۲",
    "chief_national_code": "0013542419",
    "representative_national_code": "0499370899",
}


def write_template(path: str | Path) -> Path:
    """An .xlsx to fill in: one column per field under the first name `ALIASES` gives it
    (required fields first), right to left, with one example row to overwrite."""
    import openpyxl  # only the importer needs it
    from openpyxl.styles import Font

    from app.workflow.spreadsheet import guard_row

    order = [*REQUIRED, *(f for f in FIELDS if f not in REQUIRED)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "سمن‌ها"
    sheet.sheet_view.rightToLeft = True
    sheet.append([ALIASES[f].split("|")[0] for f in order])
    sheet.append([TEMPLATE_EXAMPLE[f] for f in order])
    for row in (1, 2):
        guard_row(sheet, row)  # nothing in the template runs as a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = 22
    sheet.freeze_panes = "A2"
    target = Path(path)
    book.save(target)
    return target


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import openpyxl  # only the importer needs it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _refuse(msg.FILE_UNREADABLE(name=path.name, detail=str(exc))) from None
    try:
        sheet = book.active
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(v) for v in values]
    finally:
        book.close()


def _readable(text: str) -> int:
    """How many characters of `text` are Latin or Persian letters, digits or punctuation."""
    return sum(1 for c in text if " " <= c <= "~" or "\u0600" <= c <= "\u06ff")


def _utf16(data: bytes) -> str | None:
    """`data` as UTF-16 when it is (Excel's «Unicode text» and Notepad save it so): by its
    byte order mark, else by the zero bytes of its Latin characters."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    sample = data[:4096]
    readings = [sample.decode(codec, errors="replace") for codec in ("utf-16-le", "utf-16-be")]
    best = max(range(2), key=lambda i: _readable(readings[i]))
    if _readable(readings[best]) < len(readings[best]) * 0.9:
        return None
    return data.decode(("utf-16-le", "utf-16-be")[best], errors="replace")


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16, else Windows Arabic (cp1256), as Excel saves in
    Iran."""
    text = _utf16(data)
    if text is not None:
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1256", errors="replace")


def _csv_rows(data: bytes, name: str) -> Iterator[tuple[int, list[Any]]]:
    text = _decode(data)
    if "\x00" in text:  # never kept, on either database
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise _refuse(msg.FILE_HAS_NUL(name=name, line=line))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    line = 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a cell past the csv module's size limit, a broken quote
            detail = (
                msg.FILE_HUGE_CELL(limit=csv.field_size_limit())
                if "field limit" in str(exc)
                else str(exc)
            )
            raise _refuse(
                msg.FILE_BAD_LINE(name=name, line=reader.line_num, detail=detail)
            ) from None
        yield line + 1, values  # the line the record starts on
        line = reader.line_num


def _map_headers(
    headers: list[Any], mapping: dict[str, str | None] | None
) -> tuple[dict[int, str], dict[str, str], list[str]]:
    """Columns → fields: the caller's mapping first, then the known header names."""
    given: dict[str, str | None] = {}
    for header, target in (mapping or {}).items():
        if target and target not in FIELDS:
            raise _refuse(msg.FILE_BAD_MAPPING(header=header, target=target, known=list(FIELDS)))
        given[_header_key(header)] = target or None
    columns: dict[int, str] = {}
    shown: dict[str, str] = {}
    notes: list[str] = []
    first_of: dict[str, str] = {}
    for index, header in enumerate(headers):
        text = " ".join(str(header or "").split())
        if not text:
            continue
        key = _header_key(text)
        target = given[key] if key in given else _ALIAS_KEYS.get(key)
        if target is None:
            notes.append(text)
        elif target in first_of:
            notes.append(
                TEXTS["twice"].format(
                    header=text, first=first_of[target], field=validate.field_name(target)
                )
            )
        else:
            columns[index], shown[text], first_of[target] = target, target, text
    return columns, shown, notes


def read_table(path: str | Path, *, mapping: dict[str, str | None] | None = None) -> Table:
    """Read `path` (.xlsx or .csv) and map its columns. `mapping` maps a header as written in
    the file to a field name (or to None/"" to leave the column out), overriding the guess.
    File-level problems (missing file, unknown format, required columns not found) raise
    `WorkflowError` with a Persian message."""
    path, data, source = _open(path)
    with contextlib.closing(source):  # the workbook is closed even when the header is refused
        return _table(path, data, source, mapping)


def _blank(values: list[Any]) -> bool:
    return all(v == "" or (isinstance(v, str) and not v.strip()) for v in values)


def _open(path: str | Path) -> tuple[Path, bytes, Iterator[tuple[int, list[Any]]]]:
    """The file's bytes and its rows (a generator to close), or a Persian refusal."""
    path = Path(path)
    if not path.is_file():
        raise errors.WorkflowError(
            errors.NOT_FOUND, msg.FILE_NOT_FOUND(name=path.name), field="file"
        )
    data = path.read_bytes()
    kind = path.suffix.lower()
    if kind in (".xlsx", ".xlsm"):
        return path, data, _xlsx_rows(path)
    if kind in (".csv", ".txt", ".tsv"):
        return path, data, _csv_rows(data, path.name)
    if kind == ".xls":
        raise _refuse(msg.FILE_OLD_EXCEL(name=path.name))
    raise _refuse(msg.FILE_KIND(name=path.name))


@dataclass
class Columns:
    """A file's header row as `read_table` would find it, for a person to map by hand."""

    header_row: int  # 0 when the file has no row at all
    headers: list[str]  # the non-empty headers, in the file's order
    guessed: dict[str, str]  # header → field, as `read_table` maps it without a mapping
    samples: dict[str, Any]  # header → the first data row's value ("" when none)


def columns(path: str | Path) -> Columns:
    """The header row of `path` and the mapping `read_table` would guess, without refusing a
    file whose required columns are not found (the person maps them). When no row within the
    first few looks like a header, the fullest of them is taken."""
    path, _data, source = _open(path)
    with contextlib.closing(source):
        scanned: list[tuple[int, list[Any]]] = []
        header: tuple[int, list[Any]] | None = None
        for number, values in source:
            if _blank(values):
                continue
            scanned.append((number, values))
            if len(_map_headers(values, None)[0]) >= 2:
                header = (number, values)
                break
            if len(scanned) >= HEADER_SCAN:
                break
        if header is None and scanned:
            header = max(scanned, key=lambda s: sum(1 for v in s[1] if str(v).strip()))
        if header is None:
            return Columns(0, [], {}, {})
        after = scanned[scanned.index(header) + 1 :]  # rows read past the header already
        sample: list[Any] = after[0][1] if after else []
        for _number, values in source if not after else ():
            if not _blank(values):
                sample = values
                break
    number, values = header
    columns_, shown, _notes = _map_headers(values, None)
    headers, samples = [], {}
    for index, value in enumerate(values):
        text = " ".join(str(value or "").split())
        if text and text not in samples:
            headers.append(text)
            samples[text] = sample[index] if index < len(sample) else ""
    return Columns(number, headers, dict(shown), samples)


def _table(
    path: Path,
    data: bytes,
    source: Iterator[tuple[int, list[Any]]],
    mapping: dict[str, str | None] | None,
) -> Table:
    blank = _blank
    scanned: list[tuple[int, list[Any]]] = []
    header: tuple[int, dict[int, str], dict[str, str], list[str]] | None = None
    for number, values in source:
        if blank(values):
            continue
        scanned.append((number, values))
        columns, shown, notes = _map_headers(values, mapping)
        if len(columns) >= 2:
            header = (number, columns, shown, notes)
            break
        if len(scanned) >= HEADER_SCAN:
            break
    if not scanned:
        raise _refuse(msg.FILE_EMPTY(name=path.name))
    if header is None:  # no row looks like a header: name what the first row lacks
        number, values = scanned[0]
        header = (number, *_map_headers(values, mapping))
        found = [" ".join(str(v).split()) for v in values if str(v).strip()]
    else:
        found = list(header[2])
    header_row, columns, shown, notes = header
    missing = [f for f in REQUIRED if f not in columns.values()]
    if missing:
        found += [n for n in notes if n not in found and "«" not in n]
        raise _refuse(
            msg.FILE_COLUMNS_MISSING(
                missing=[validate.field_name(f) for f in missing],
                found=msg.write(found, "quoted") if found else "—",
            )
        )
    rows = []
    for number, values in source:
        row = {name: values[i] if i < len(values) else "" for i, name in columns.items()}
        if blank(list(row.values())):  # nothing for an NGO here (a blank row, a footnote)
            continue
        phone = row.get("phone")
        if isinstance(phone, int) and len(str(phone)) == 10:  # a number cell lost the 0 of 021…
            row["phone"] = f"0{phone}"
        for name in NAME_FIELDS:
            if isinstance(row.get(name), str):
                row[name] = row[name].translate(PERSIAN_LETTERS)
        rows.append((number, row))
    return Table(path.name, hashlib.sha256(data).hexdigest(), header_row, shown, notes, rows)


__all__ = [
    "ALIASES",
    "FIELDS",
    "REQUIRED",
    "Columns",
    "Table",
    "columns",
    "read_table",
    "write_template",
]
