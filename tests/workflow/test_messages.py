"""The catalogue of the workflow's refusals (app/workflow/messages.py): every message in Persian
and English with the same placeholders, rendered in each language's digits with Jalali dates,
and no refusal of the workflow written inline where it is raised."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from app.workflow import errors, messages, validate
from app.workflow.messages import EN, ENTRIES, FA, LABELS, Entry

WORKFLOW = Path(__file__).resolve().parents[2] / "app" / "workflow"
PERSIAN = re.compile("[\u0600-\u06ff]")
PERSIAN_WORD = re.compile("[\u0600-\u06ff]{2,}")
LATIN_DIGIT = re.compile("[0-9]")
PERSIAN_DIGIT = re.compile("[۰-۹]")

# A value for each kind of placeholder, to render every message.
SAMPLES = {
    "": 1234,
    "digits": 1405,
    "rials": 1410000000,
    "hours": 150,
    "label": "جمعه",
    "weekday": dt.date(2026, 4, 3),
    "quoted": ["الف"],
    "quoted_label": ["اتاق جلسات", "سالن برگزاری نشست‌ها"],
    "sentences": [messages.MISSING(), messages.TOO_LONG(limit=200)],
}


def _persian_words(english: str) -> list[str]:
    """Persian words in an English text, but for the step letters of Article 3 (چ, «الف» …)."""
    return PERSIAN_WORD.findall(english.replace("الف", ""))


def test_every_entry_has_a_key_and_both_languages() -> None:
    entries = [v for v in vars(messages).values() if isinstance(v, Entry)]
    assert len(entries) == len(ENTRIES) > 150
    for key, entry in ENTRIES.items():
        assert entry.key == key and key.isupper()
        assert entry.fa.strip() and entry.en.strip(), key
        assert PERSIAN.search(entry.fa) or not PERSIAN.search(entry.en), key
        # English has no Persian words, only step letters
        assert not _persian_words(re.sub(r"\{[^}]*\}", "", entry.en)), key


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_both_languages_have_the_same_placeholders_of_known_kinds(key: str) -> None:
    entry = ENTRIES[key]
    assert messages.fields_of(entry.fa) == messages.fields_of(entry.en)
    assert {kind for _, kind in messages.fields_of(entry.fa)} <= set(messages.KINDS)


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_message_renders_in_each_language_with_its_own_digits(key: str) -> None:
    entry = ENTRIES[key]
    params = {name: SAMPLES[kind] for name, kind in messages.fields_of(entry.fa)}
    said = entry(**params)
    persian, english = said.text(FA), said.text(EN)
    assert "{" not in persian and "{" not in english
    assert not LATIN_DIGIT.search(persian.replace("name@example.ir", "")), persian
    assert not PERSIAN_DIGIT.search(english), english


def test_values_are_written_in_the_readers_digits_with_jalali_dates() -> None:
    said = messages.NOTE_BELOW_DUE(year=1405, due=1410000000, amount=5000)
    assert said.text(FA) == (
        "مبلغ سفته برای سال ۱۴۰۵ باید دست‌کم ۱٬۴۱۰٬۰۰۰٬۰۰۰ ریال باشد؛ ۵٬۰۰۰ ریال داده شد."
    )
    assert said.text(EN) == (
        "The promissory note for 1405 must be at least 1,410,000,000 rials; 5,000 rials was given."
    )
    day = dt.date(2026, 4, 3)  # Friday 1405/01/14
    closed = messages.CLOSED_ON(semansara="سمن‌سرای منطقه ۶", day=day)
    assert closed.text(FA) == "«سمن‌سرای منطقه ۶» در جمعه ۱۴۰۵/۰۱/۱۴ تعطیل است."
    assert closed.text(EN) == "“سمن‌سرای منطقه ۶” is closed on Friday 1405/01/14."
    passed = messages.SLOT_TIME_PASSED(start=dt.datetime(2026, 4, 4, 9, 30))
    assert passed.text(FA) == "زمان این نوبت (۱۴۰۵/۰۱/۱۵ ۰۹:۳۰) رسیده یا گذشته است."
    assert passed.text(EN) == "The time of this booking (1405/01/15 09:30) has come or passed."
    left = messages.HOURS_CAP(service="اتاق جلسات", cap=100, left=150)
    assert left.text(FA).endswith("۱۰۰ ساعت است؛ ۲ ساعت و ۳۰ دقیقه باقی مانده است.")
    assert left.text(EN).endswith("“Meeting room” is 100 hours; 2 h 30 min left.")


def test_a_refusal_carries_its_code_rule_field_and_raw_values() -> None:
    """R-9.2: a refusal of the rules, in either language."""
    with pytest.raises(errors.WorkflowError) as refused:
        validate.integer("12", "people", low=100, high=1000)
    err = refused.value
    assert (err.code, err.field, err.key) == (errors.INVALID_INPUT, "people", "FIELD_PROBLEM")
    assert err.params["problem"].params == {"low": 100, "high": 1000, "value": 12}
    assert err.message_fa == "«تعداد نفرات»: باید بین ۱۰۰ و ۱٬۰۰۰ باشد؛ ۱۲ داده شد."
    assert err.text(EN) == "“Number of people”: must be between 100 and 1,000; 12 was given."
    assert err.as_dict()["message"] == err.message_fa == str(err)


def test_a_text_made_elsewhere_is_kept_as_it_is_in_both_languages() -> None:
    err = errors.WorkflowError(errors.SLOT_TAKEN, "already translated", "R-2.2")
    assert err.key == "" and err.text(EN) == err.text(FA) == "already translated"


def test_english_labels_are_english() -> None:
    assert all(english.strip() and not _persian_words(english) for english in LABELS.values())
    assert LABELS[validate.FIELD_NAMES["people"]] == "Number of people"


def _persian_at_raise_sites(path: Path) -> list[str]:
    calls = {"WorkflowError", "invalid", "JalaliError", "_refuse", "_bad", "_duplicate"}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", "")
        if name in calls and any(
            isinstance(c, ast.Constant) and isinstance(c.value, str) and PERSIAN.search(c.value)
            for c in ast.walk(node)
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_refusal_of_the_workflow_is_written_where_it_is_raised() -> None:
    files = sorted(WORKFLOW.rglob("*.py"))
    assert len(files) > 30
    assert [site for path in files for site in _persian_at_raise_sites(path)] == []
