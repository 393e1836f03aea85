"""Tests for Jalali dates: parsing, formatting and month arithmetic."""

import datetime
import re

import jdatetime
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.timezone import TEHRAN
from app.workflow.jalali import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    JalaliError,
    add_months,
    days_in_month,
    format_date,
    format_date_latin,
    format_datetime,
    format_time,
    from_jalali,
    jalali_month,
    jalali_year,
    months_between,
    parse_date,
    parse_datetime,
    parse_time,
    to_jalali,
    weekday_name,
    year_bounds,
    years_between,
)
from app.workflow.persian import to_persian_digits

PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")

dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
month_steps = st.integers(min_value=-240, max_value=240)


def j(text: str) -> datetime.date:
    """Shorthand for a Jalali date in tests."""
    return parse_date(text)


# --- calendar facts the tests rely on -------------------------------------------------------


def test_leap_years_as_jdatetime_has_them() -> None:
    assert jdatetime.date(1403, 1, 1).isleap()
    assert not jdatetime.date(1404, 1, 1).isleap()
    assert not jdatetime.date(1405, 1, 1).isleap()
    assert days_in_month(1403, 12) == 30
    assert days_in_month(1404, 12) == 29


def test_days_in_month() -> None:
    assert [days_in_month(1405, m) for m in range(1, 13)] == [31] * 6 + [30] * 5 + [29]
    with pytest.raises(JalaliError):
        days_in_month(1405, 13)


def test_known_conversions() -> None:
    assert j("1405/01/01") == datetime.date(2026, 3, 21)
    assert j("1405/01/10") == datetime.date(2026, 3, 30)
    assert j("1403/12/30") == datetime.date(2025, 3, 20)
    assert to_jalali(datetime.date(2026, 3, 30)) == (1405, 1, 10)
    assert from_jalali(1405, 1, 10) == datetime.date(2026, 3, 30)


# --- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1405/01/10",
        "۱۴۰۵/۰۱/۱۰",
        "١٤٠٥/٠١/١٠",
        "1405/1/10",
        "۱۴۰۵/۱/۱۰",
        "1405-01-10",
        "1405-1-10",
        "  1405/01/10 ",
        "\u200f۱۴۰۵/۰۱/۱۰\u200e",
    ],
)
def test_parse_date_accepts(text: str) -> None:
    assert parse_date(text) == datetime.date(2026, 3, 30)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("1405/13/01", "ماه"),
        ("1405/00/10", "ماه"),
        ("1405/07/31", "روز"),
        ("1405/01/32", "روز"),
        ("1405/01/00", "روز"),
        ("1404/12/30", "روز"),
        ("۱۴۰۴/۱۲/۳۰", "روز"),
        ("abc", "شکل"),
        ("", "خالی"),
        ("   ", "خالی"),
        ("1405/01", "شکل"),
        ("05/01/10", "شکل"),
        ("10/01/1405", "شکل"),
        ("1405/01/10/1", "شکل"),
        ("1405/001/10", "شکل"),
        ("1405/01-10", "شکل"),
        ("1405.01.10", "شکل"),
        ("1405/01/10 09:00", "شکل"),
        ("9999/01/01", "سال"),
    ],
)
def test_parse_date_refuses_with_a_persian_message(text: str, why: str) -> None:
    with pytest.raises(JalaliError) as info:
        parse_date(text)
    message = str(info.value)
    assert PERSIAN_LETTER.search(message)
    assert why in message
    assert isinstance(info.value, ValueError)


def test_parse_date_messages_say_what_is_wrong() -> None:
    with pytest.raises(JalaliError) as info:
        parse_date("1405/13/01")
    assert str(info.value) == "تاریخ ۱۴۰۵/۱۳/۰۱ نادرست است؛ ماه باید بین ۱ و ۱۲ باشد."
    with pytest.raises(JalaliError) as info:
        parse_date("1405/07/31")
    assert "مهر ۱۴۰۵ ۳۰ روز دارد" in str(info.value)
    with pytest.raises(JalaliError) as info:
        parse_date("1404/12/30")
    assert "اسفند ۱۴۰۴ ۲۹ روز دارد" in str(info.value)


def test_parse_date_accepts_esfand_30_in_a_leap_year() -> None:
    assert parse_date("1403/12/30") + datetime.timedelta(days=1) == parse_date("1404/01/01")


@given(dates)
def test_format_and_parse_round_trip(d: datetime.date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(format_date_latin(d)) == d
    assert parse_date(format_date_latin(d).replace("/", "-")) == d


@given(dates)
def test_format_date_shape(d: datetime.date) -> None:
    latin = format_date_latin(d)
    assert re.fullmatch(r"[0-9]{4}/[0-9]{2}/[0-9]{2}", latin)
    assert format_date(d) == to_persian_digits(latin)
    jy, jm, jd = to_jalali(d)
    assert latin == f"{jy}/{jm:02d}/{jd:02d}"


def test_format_examples() -> None:
    d = datetime.date(2026, 3, 30)
    assert format_date(d) == "۱۴۰۵/۰۱/۱۰"
    assert format_date_latin(d) == "1405/01/10"
    assert format_time(datetime.time(9, 0)) == "۰۹:۰۰"
    assert format_time(datetime.time(23, 59, 58)) == "۲۳:۵۹"
    assert format_datetime(datetime.datetime(2026, 3, 30, 9, 0)) == "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:00", datetime.time(9, 0)),
        ("9:00", datetime.time(9, 0)),
        ("۰۹:۳۰", datetime.time(9, 30)),
        ("00:00", datetime.time(0, 0)),
        ("23:59", datetime.time(23, 59)),
        (" 14:05 ", datetime.time(14, 5)),
    ],
)
def test_parse_time_accepts(text: str, expected: datetime.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "23:60", "9", "9:5", "09:00:00", "ab:cd", "", "-1:00"])
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(JalaliError) as info:
        parse_time(text)
    assert PERSIAN_LETTER.search(str(info.value))


@given(st.times())
def test_time_round_trip(t: datetime.time) -> None:
    assert parse_time(format_time(t)) == t.replace(second=0, microsecond=0)


def test_parse_datetime() -> None:
    assert parse_datetime("1405/01/10 09:00") == datetime.datetime(2026, 3, 30, 9, 0, tzinfo=TEHRAN)
    assert parse_datetime("۱۴۰۵/۱/۱۰  ۹:۳۰") == datetime.datetime(2026, 3, 30, 9, 30, tzinfo=TEHRAN)
    assert parse_datetime("1405/01/10") == datetime.datetime(2026, 3, 30, 0, 0, tzinfo=TEHRAN)
    assert parse_datetime("1405/01/10").tzinfo is TEHRAN


@pytest.mark.parametrize(
    "text", ["", "1405/01/10 24:00", "1405/13/10 09:00", "1405/01/10 09:00 extra", "09:00"]
)
def test_parse_datetime_refuses(text: str) -> None:
    with pytest.raises(JalaliError) as info:
        parse_datetime(text)
    assert PERSIAN_LETTER.search(str(info.value))


@given(dates, st.times())
def test_datetime_round_trip(d: datetime.date, t: datetime.time) -> None:
    dt = datetime.datetime.combine(d, t.replace(second=0, microsecond=0), tzinfo=TEHRAN)
    assert parse_datetime(format_datetime(dt)) == dt


# --- month arithmetic -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        ("1405/06/31", 1, "1405/07/30"),  # 31-day month into a 30-day one
        ("1405/01/31", 6, "1405/07/30"),  # six months from the last of Farvardin
        ("1405/01/31", 5, "1405/06/31"),
        ("1405/01/01", 6, "1405/07/01"),
        ("1405/07/30", -1, "1405/06/30"),
        ("1403/12/30", 12, "1404/12/29"),  # leap Esfand into a common one
        ("1403/12/30", 1, "1404/01/30"),
        ("1403/11/30", 1, "1403/12/30"),  # into leap Esfand: no clamp
        ("1404/11/30", 1, "1404/12/29"),  # into common Esfand: clamp
        ("1404/06/31", 6, "1404/12/29"),
        ("1402/06/31", 6, "1402/12/29"),
        ("1407/06/31", 6, "1407/12/29"),
        ("1407/06/31", 18, "1408/12/30"),  # 1408 is leap
        ("1405/01/10", -1, "1404/12/10"),  # across the year, backwards
        ("1405/07/01", -6, "1405/01/01"),
        ("1405/12/29", 0, "1405/12/29"),
        ("1405/12/29", 1, "1406/01/29"),
    ],
)
def test_add_months_examples(start: str, months: int, end: str) -> None:
    assert add_months(j(start), months) == j(end)


@given(dates, month_steps)
def test_add_months_moves_the_month_and_clamps_the_day(d: datetime.date, n: int) -> None:
    jy, jm, jd = to_jalali(d)
    ty, tm, td = to_jalali(add_months(d, n))
    expected_year, expected_month0 = divmod(jy * 12 + jm - 1 + n, 12)
    assert (ty, tm) == (expected_year, expected_month0 + 1)
    assert td == min(jd, days_in_month(ty, tm))


@given(dates, month_steps)
def test_add_months_and_back_returns_the_start(d: datetime.date, n: int) -> None:
    assume(to_jalali(d)[2] <= 29)
    assert add_months(add_months(d, n), -n) == d


@given(dates, month_steps, month_steps)
def test_add_months_composes_when_no_clamping(d: datetime.date, a: int, b: int) -> None:
    assume(to_jalali(d)[2] <= 29)
    assert add_months(add_months(d, a), b) == add_months(d, a + b)


@given(dates, month_steps)
def test_add_months_is_monotonic(d: datetime.date, n: int) -> None:
    assert add_months(d, n) <= add_months(d, n + 1)


# --- years, months between, names -----------------------------------------------------------


def test_jalali_year_and_month() -> None:
    assert jalali_year(datetime.date(2026, 3, 20)) == 1404
    assert jalali_month(datetime.date(2026, 3, 20)) == 12
    assert jalali_year(datetime.date(2026, 3, 21)) == 1405
    assert jalali_month(datetime.date(2026, 3, 21)) == 1


def test_year_bounds() -> None:
    first, next_first = year_bounds(1405)
    assert first == j("1405/01/01") == datetime.date(2026, 3, 21)
    assert next_first == j("1406/01/01")
    assert (next_first - first).days == 365
    first, next_first = year_bounds(1403)
    assert (next_first - first).days == 366


@given(dates)
def test_year_bounds_contain_the_date(d: datetime.date) -> None:
    first, next_first = year_bounds(jalali_year(d))
    assert first <= d < next_first
    assert jalali_year(next_first) == jalali_year(d) + 1


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        ("1405/01/01", "1405/07/01", 6),
        ("1405/01/01", "1405/06/31", 5),
        ("1405/01/01", "1405/01/01", 0),
        ("1405/01/01", "1405/01/31", 0),
        ("1405/01/01", "1406/01/01", 12),
        ("1405/06/31", "1405/07/30", 1),
        ("1405/06/31", "1405/07/29", 0),
        ("1405/01/31", "1405/07/30", 6),
        ("1405/07/01", "1405/01/01", -6),
    ],
)
def test_months_between_examples(start: str, end: str, months: int) -> None:
    assert months_between(j(start), j(end)) == months


@given(dates, st.integers(min_value=0, max_value=240))
def test_months_between_undoes_add_months(d: datetime.date, n: int) -> None:
    assert months_between(d, add_months(d, n)) == n


@given(dates, dates)
def test_months_between_is_the_largest_whole_count(a: datetime.date, b: datetime.date) -> None:
    start, end = min(a, b), max(a, b)
    n = months_between(start, end)
    assert n >= 0
    assert add_months(start, n) <= end < add_months(start, n + 1)
    assert months_between(end, start) == -n


def test_month_and_weekday_names() -> None:
    assert len(MONTH_NAMES) == 12
    assert MONTH_NAMES[0] == "فروردین"
    assert MONTH_NAMES[6] == "مهر"
    assert MONTH_NAMES[11] == "اسفند"
    assert len(WEEKDAY_NAMES) == 7
    assert WEEKDAY_NAMES[0] == "شنبه"
    assert WEEKDAY_NAMES[6] == "جمعه"


def test_weekday_name_examples() -> None:
    assert weekday_name(datetime.date(2026, 3, 21)) == "شنبه"  # Nowruz 1405 is a Saturday
    assert weekday_name(datetime.date(2026, 3, 27)) == "جمعه"
    assert weekday_name(datetime.date(2026, 3, 24)) == "سه‌شنبه"


@given(dates)
def test_weekday_name_agrees_with_jdatetime(d: datetime.date) -> None:
    assert weekday_name(d) == WEEKDAY_NAMES[jdatetime.date.fromgregorian(date=d).weekday()]


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [
        ("1402/08/15", "1404/08/14", 1),
        ("1402/08/15", "1404/08/15", 2),
        ("1399/08/15", "1404/08/15", 5),
        ("1403/12/30", "1404/12/29", 1),  # leap-day anniversary: the last day of Esfand
        ("1403/12/30", "1404/12/28", 0),
        ("1404/08/15", "1402/08/15", -2),
    ],
)
def test_r4_5_years_between_counts_to_the_day(start: str, end: str, years: int) -> None:
    assert years_between(parse_date(start), parse_date(end)) == years
