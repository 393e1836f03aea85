"""The interface language: Persian (the default) or English, chosen once at start-up.

Persian is the source language: every string the windows show is written in Persian (in
`app.ui.texts`, and the workflow's labels: roles, services, states, months …). English comes
from a Qt Linguist catalogue, `resources/i18n/semansara_en.ts`, compiled to `.qm`
(`tools/translations.py update|compile|check`). Its contexts:

- ``texts``: every string of `app.ui.texts` (constants, dict values, list and tuple items);
- one context per workflow label table the windows show (`label_sources`, read from the
  workflow's own tables; `tools/translations.py` adds the reports' headings): the source is the
  Persian label, looked up at the call site through `label()` and the helpers below;
- ``errors``: an English summary per refusal code (`WorkflowError.code`). A refusal's own text
  comes from the workflow's catalogue (`app.workflow.messages`) in either language
  (`refusal`).

`install(app, language)` sets the direction, the locale, Qt's own translations and, for
English, rebinds the constants of `app.ui.texts` to their translations. Windows read
``texts.X`` when they are built, so the language is chosen before the first window and a change
in the settings takes effect at the next start. `install(app, "fa")` restores the Persian
originals (tests switch back and forth in one process).

Documents (PDF) stay Persian whatever the interface language.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from app.ui import texts

LANGUAGES = {"fa": "فارسی", "en": "English"}
DEFAULT = "fa"
CATALOGUE = "semansara_en"
#: Persian for the strings of Qt's own dialogs that Qt's `qtbase_fa` lacks (English → Persian)
QT_SUPPLEMENT = "qt_supplement_fa"
TEXTS_CONTEXT = "texts"
ERRORS_CONTEXT = "errors"
#: the environment variable that chooses the language over the saved setting (tests, screenshots)
ENV_VAR = "SEMANSARA_LANG"

_current = DEFAULT
_translators: list[QTranslator] = []  # installed translators must outlive the call
_originals: dict[str, Any] = {}  # texts' Persian values, kept the first time English is set


# --- where things are --------------------------------------------------------------------------


def catalogue_dir() -> Path:
    """`resources/i18n/` beside the package, or inside the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources" / "i18n"
    return Path(__file__).resolve().parents[2] / "resources" / "i18n"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


# --- what is translated ------------------------------------------------------------------------


def _is_public(name: str) -> bool:
    """A constant of texts that people read (style sheets, `*_STYLE`, are not translated)."""
    return name.isupper() and not name.startswith("_") and not name.endswith("_STYLE")


def walk(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(path, string) for every non-empty string in `value`, recursively (dict values, list and
    tuple items), in order."""
    if isinstance(value, str):
        if value:
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")


def text_sources() -> list[tuple[str, str]]:
    """(where, Persian) for every string of `app.ui.texts`, in the file's order. Read from the
    Persian originals even while English is installed."""
    values = _originals or {k: v for k, v in vars(texts).items() if _is_public(k)}
    out: list[tuple[str, str]] = []
    for name, value in values.items():
        if _is_public(name):
            out.extend(walk(value, name))
    return out


def label_sources() -> dict[str, list[str]]:
    """Context → the Persian labels of one workflow table that the windows show."""
    from app.workflow import (
        available,
        bookings,
        jalali,
        machines,
        notifications,
        policy,
        registry,
        requests,
        roles,
        validate,
        worklists,
    )

    states: list[str] = []
    for flow in (
        machines.RequestFlow,
        machines.BookingFlow,
        machines.ContractFlow,
        machines.NoteFlow,
        machines.ExtensionFlow,
    ):
        states += [s.name for s in flow.states if s.name not in states]
    return {
        "roles.ROLE_NAMES": list(roles.ROLE_NAMES.values()),
        "policy.SERVICE_NAMES": list(policy.SERVICE_NAMES.values()),
        "registry.STAFF_KINDS": list(registry.STAFF_KINDS.values()),
        "requests.CHANNELS": _unique(
            list(requests.CHANNELS.values()) + list(bookings.BOOKING_CHANNELS.values())
        ),
        "validate.FIELD_NAMES": _unique(list(validate.FIELD_NAMES.values())),
        "machines.states": states,
        "available.labels": available.labels(),
        "worklists.subjects": worklists.subjects(),
        "jalali.MONTH_NAMES": list(jalali.MONTH_NAMES),
        "jalali.WEEKDAY_NAMES": list(jalali.WEEKDAY_NAMES),
        "quotas.hours": ["{hours} ساعت", "{hours} ساعت و {minutes} دقیقه"],
        "notifications.RECIPIENT_NAMES": list(notifications.RECIPIENT_NAMES.values()),
        "notifications.CHANNEL_NAMES": list(notifications.CHANNEL_NAMES.values()),
    }


def error_codes() -> list[str]:
    from app.workflow import errors

    return sorted(errors.CODES)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --- looking up --------------------------------------------------------------------------------


def current() -> str:
    """The interface language in use: "fa" or "en"."""
    return _current


def is_english() -> bool:
    return _current == "en"


def tr(context: str, source: str) -> str:
    """`source` (Persian) in the interface language; unknown text stays as it is."""
    if _current == DEFAULT or not source:
        return source
    return QCoreApplication.translate(context, source) or source


def label(context: str, source: str) -> str:
    """A workflow label (`LABEL_SOURCES` context) in the interface language."""
    return tr(context, source)


def role_name(role: str) -> str:
    from app.workflow.roles import ROLE_NAMES

    return tr("roles.ROLE_NAMES", ROLE_NAMES.get(role, role))


def service_name(code: str) -> str:
    from app.workflow.policy import SERVICE_NAMES

    return tr("policy.SERVICE_NAMES", SERVICE_NAMES.get(code, code))


def staff_kind(code: str) -> str:
    from app.workflow.registry import STAFF_KINDS

    return tr("registry.STAFF_KINDS", STAFF_KINDS.get(code, code))


def channel_name(code: str) -> str:
    from app.workflow.bookings import BOOKING_CHANNELS
    from app.workflow.requests import CHANNELS

    return tr("requests.CHANNELS", CHANNELS.get(code) or BOOKING_CHANNELS.get(code, code))


def field_name(field: str) -> str:
    from app.workflow.validate import FIELD_NAMES

    return tr("validate.FIELD_NAMES", FIELD_NAMES.get(field, field))


def state_name(flow: Any, value: str) -> str:
    """The label of state `value` of a workflow machine class."""
    from app.workflow.machines import state_label

    return tr("machines.states", state_label(flow, value))


def state_text(label_fa: str) -> str:
    """A state's Persian label (as the process map carries it) in the interface language."""
    return tr("machines.states", label_fa)


def action_label(label_fa: str) -> str:
    """An action's label from `app.workflow.available` (`Possible.label`)."""
    return tr("available.labels", label_fa)


def refusal(err: Any, *, with_rule: bool = True) -> str:
    """What a person reads for a refused action (`WorkflowError`): its message in the interface
    language (the workflow's catalogue), with «(rule)» when `with_rule`."""
    rule = f" ({err.rule})" if err.rule and with_rule else ""
    return f"{err.text(_current)}{rule}"


# --- installing --------------------------------------------------------------------------------


def chosen_language(cli: str | None = None) -> str:
    """--lang, else SEMANSARA_LANG, else the saved setting, else Persian."""
    from app import config

    for value in (cli, os.environ.get(ENV_VAR), config.setting("interface.language")):
        if value in LANGUAGES:
            return value
    return DEFAULT


def install(app: QCoreApplication, language: str) -> str:
    """Make `language` the interface language of `app`; returns the language set. Idempotent;
    call before the windows are built."""
    global _current
    language = language if language in LANGUAGES else DEFAULT
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _restore_texts()
    if language == "en":
        translator = QTranslator(app)
        if translator.load(CATALOGUE, str(catalogue_dir())):
            app.installTranslator(translator)
            _translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        direction = Qt.LayoutDirection.LeftToRight
    else:
        for name, folder in (
            ("qtbase_fa", qt_translations_dir()),
            (QT_SUPPLEMENT, catalogue_dir()),
        ):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
        direction = Qt.LayoutDirection.RightToLeft
    _current = language
    if language != DEFAULT:
        _translate_texts()
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)
    if hasattr(app, "setApplicationDisplayName"):
        app.setApplicationDisplayName(texts.APP_TITLE)
    return language


def _restore_texts() -> None:
    for name, value in _originals.items():
        setattr(texts, name, value)


def _translate_texts() -> None:
    if not _originals:
        _originals.update({k: v for k, v in vars(texts).items() if _is_public(k)})
    for name, value in _originals.items():
        setattr(texts, name, _translated(value))


def _translated(value: Any) -> Any:
    if isinstance(value, str):
        return tr(TEXTS_CONTEXT, value)
    if isinstance(value, dict):
        return {key: _translated(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_translated(item) for item in value)
    return value


class Text:
    """A class attribute that reads ``texts.<name>`` when it is used, not when the class is
    defined (classes are defined at import, before `install`)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        return getattr(texts, self.name)
