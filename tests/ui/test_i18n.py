"""English as a second interface language (issue 7, item 5): the Qt Linguist catalogue is
installed at start-up, the windows read the translated texts, digits and direction follow the
language, and Persian comes back whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app import config
from app.ui import i18n, local, texts
from app.ui.forms.settings_language import LanguageTab
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.session import Session
from app.workflow import jalali, messages, policy
from app.workflow.errors import QUOTA_EXCEEDED, WorkflowError
from tests.ui.conftest import sign_in

PERSIAN_LETTERS = re.compile("[\u0600-\u06ff]")
PERSIAN_DIGITS = re.compile("[\u06f0-\u06f9]")
STEP_LETTERS = r"(?<![\u0600-\u06ff])(الف|ب|پ|ت|ث|ج|چ|ح|خ|د|ذ)(?![\u0600-\u06ff])"


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    """English for one test; Persian again afterwards, as the other tests expect."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fa")


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    return folder


def english_window(qtbot, session: Session) -> MainWindow:  # noqa: ANN001
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_english_main_window_reads_left_to_right_with_latin_digits(
    english: None,
    qtbot,  # noqa: ANN001
    session: Session,
) -> None:
    app = QApplication.instance()
    assert i18n.current() == "en"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English
    window = english_window(qtbot, session)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    english = ["Home", "NGOs", "Semansaras", "Requests", "Bookings", "Contracts"]
    assert labels[:6] == english and labels[6:] == ["Promissory notes", "Reports", "Settings"]
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    today = window.today_label.text()
    assert today == "Today: Monday 1405/01/10", today  # Jalali, Latin digits, English weekday
    assert not PERSIAN_DIGITS.search(today)


def test_english_windows_show_no_persian_of_their_own(
    english: None,
    qtbot,  # noqa: ANN001
    session: Session,
) -> None:
    """Every label and button the pages show in English is English; what stays Persian is data
    (names of people, NGOs, semansaras) and the workflow's own refusal details."""
    window = english_window(qtbot, session)
    sign_in(window, "admin")
    leftovers = set()
    for key in PAGE_KEYS:
        page = window.switch_to(key)
        qtbot.waitUntil(lambda k=key, p=page: window.current_key() == k and p.isVisible())
        for widget in [page, *page.findChildren(QWidget)]:
            if isinstance(widget, (QLabel, QPushButton)) and widget.isVisible():
                text = widget.text()
                if PERSIAN_LETTERS.search(text) and "admin" not in text:
                    leftovers.add((key, text))
    # Kept Persian on purpose: the step letters (the procedure names its steps by them), the
    # licensing bodies (official names, policy data) and the starter users' names (data).
    kept = [STEP_LETTERS, *(re.escape(b) for b in policy.VERSION_1["licensing_bodies"])]
    kept.append(re.escape("مدیر سامانه"))
    unexpected = {
        (key, text)
        for key, text in leftovers
        if PERSIAN_LETTERS.search(re.sub("|".join(kept), "", text))
    }
    assert unexpected == set(), "\n".join(sorted(f"{k}: {t}" for k, t in unexpected))


def test_persian_comes_back_whole(qapp, qtbot, session: Session) -> None:  # noqa: ANN001
    persian_pages = dict(texts.PAGES)
    i18n.install(qapp, "en")
    assert texts.PAGES["home"] == "Home" and texts.NGO_COLUMNS[0] == "Code"
    assert local.number(1234567) == "1,234,567" and local.rials(5000) == "5,000 rials"
    i18n.install(qapp, "en")  # idempotent
    assert texts.PAGES["home"] == "Home"
    i18n.install(qapp, "fa")
    assert i18n.current() == "fa"
    assert persian_pages == texts.PAGES
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Persian
    assert local.number(1234567) == "۱٬۲۳۴٬۵۶۷"
    assert i18n._translators, "Qt's own qtbase_fa translator is installed again"
    window = english_window(qtbot, session)
    assert window.navigation.item(0).text() == "خانه"
    assert window.today_label.text() == "امروز: دوشنبه ۱۴۰۵/۰۱/۱۰"


def test_dates_stay_jalali_and_names_follow_the_language(english: None) -> None:
    day = jalali.parse_date("1405/09/01")
    assert local.date(day) == "1405/09/01"
    assert local.month_name(9) == "Azar"
    assert local.weekday_name(day) == "Sunday"
    assert local.hours(90) == "1 h 30 min"
    assert local.percent("35.5") == "35.5%"


def test_one_persian_word_in_two_senses_is_two_texts(english: None) -> None:
    """The catalogue keeps one translation per Persian text, so a word that means two things
    in the interface (cancel a form / an NGO's withdrawal; sign in / import; the history tab /
    years active) is written as two Persian texts."""
    english_of = {
        "CANCEL": "Cancel",
        "SIGN_IN_BUTTON": "Sign in",
        "IMPORT_RUN": "Import",
        "TAB_TIMELINE": "History",
        "ASSESS_YEARS": "Years active",
        "CONTRACT_ALLOCATE": "Allocate",
    }
    assert {name: getattr(texts, name) for name in english_of} == english_of
    assert texts.DECISION_NAMES["withdrawn"] == "Withdrawn by the NGO"


def test_persian_data_keeps_its_direction_in_english_tables(
    english: None,
    qtbot,  # noqa: ANN001
    session: Session,
) -> None:
    """In an English table a Persian name is drawn as a right-to-left run of its own, so its
    closing «»» or «)» stays at its end; the model's data is untouched."""
    window = english_window(qtbot, session)
    view = window.switch_to("ngos").table
    delegate = view.itemDelegate()
    name = "انجمن حمایت از ناشنوایان «بهار»"
    assert delegate.displayText(name, QLocale()) == f"\u2068{name}\u2069"
    assert delegate.displayText("R-000193", QLocale()) == "R-000193"
    assert delegate.displayText("سمن‌سرای منطقهٔ ۱۷", QLocale()) == "\u2068سمن‌سرای منطقهٔ 17\u2069"
    i18n.install(QApplication.instance(), "fa")
    assert delegate.displayText(name, QLocale()) == name


def test_a_refusal_reads_in_the_interface_language_then_its_rule(qapp) -> None:  # noqa: ANN001
    """R-4.1: the workflow's refusal in the catalogue's Persian or English, with its values."""
    said = messages.HOURS_CAP(service="اتاق جلسات", cap=100, left=90)
    err = WorkflowError(QUOTA_EXCEEDED, said, "R-4.1")
    persian = "سقف سالانهٔ «اتاق جلسات» برای این سمن ۱۰۰ ساعت است؛ ۱ ساعت و ۳۰ دقیقه باقی مانده است."
    assert i18n.refusal(err) == f"{persian} (R-4.1)"
    assert i18n.refusal(err, with_rule=False) == persian
    i18n.install(qapp, "en")
    try:
        assert i18n.refusal(err) == (
            "This NGO's yearly cap of “Meeting room” is 100 hours; 1 h 30 min left. (R-4.1)"
        )
    finally:
        i18n.install(qapp, "fa")


def test_the_language_tab_saves_the_choice_for_the_next_start(
    window: MainWindow, own_config_folder: Path
) -> None:
    sign_in(window, "desk")
    page = window.switch_to("settings")
    tab = page.show_tab("language")
    assert isinstance(tab, LanguageTab)
    assert tab.current.text() == texts.LANGUAGE_CURRENT.format(language="فارسی")
    tab.choice.setCurrentIndex(tab.choice.findData("en"))
    assert tab.save()
    assert tab.message.text() == texts.LANGUAGE_SAVED
    assert config.setting("interface.language") == "en"
    assert str(own_config_folder) in str(config.settings_path())
    assert i18n.chosen_language() == "en"
    assert i18n.chosen_language("fa") == "fa"  # --lang wins
    assert i18n.current() == "fa"  # from the next start, not now


def test_the_environment_wins_over_the_saved_language(monkeypatch: pytest.MonkeyPatch) -> None:
    config.save_settings({"interface.language": "en"})
    monkeypatch.setenv(i18n.ENV_VAR, "fa")
    assert i18n.chosen_language() == "fa"
    monkeypatch.setenv(i18n.ENV_VAR, "xx")  # not a language: the setting holds
    assert i18n.chosen_language() == "en"
