"""Starting the program: language, direction and font once, the database, the main window.

The interface language (Persian, right-to-left, by default; or English), its direction, locale
and Qt's own translations are set here, once, for the whole application (STYLE.md, Anki's
`setupLangAndBackend`), never per window: `app.ui.i18n.install`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.ui import database_thread, i18n, texts
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.session import Session, describe_database
from app.workflow import accounts
from app.workflow.bootstrap import ADMIN_USERNAME
from app.workflow.clock import Clock, SystemClock
from app.workflow.lifecycle import (
    OPEN_ERRORS,
    Database,
    DatabaseUrlError,
    FirstStartCancelled,
    SchemaNotCurrent,
    SchemaTooNew,
    close_database,
    in_use,
    is_postgres_url,
    open_and_initialise,
)
from app.workflow.lifecycle import open_read_only as _open_read_only
from app.workflow.read.accounts import Account, active_account

FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
FONT_POINT_SIZE = 10
WINDOW_SIZE = (1280, 800)

_translators = i18n._translators  # the installed translators (kept referenced by i18n)

# What a person may do when the database does not open.
RETRY, CHOOSE, EXIT = "retry", "choose", "exit"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def setup_application(app: QApplication, language: str = i18n.DEFAULT) -> None:
    """The interface language (Persian, right-to-left, unless `language` says "en"; see
    `i18n.chosen_language`), Vazirmatn, the light style sheet. Call once, at start-up, before
    any window is built."""
    app.setApplicationName("Semansara")
    i18n.install(app, language)
    family = _load_fonts(resources_dir() / "fonts")
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    style = resources_dir() / "style.qss"
    QDir.addSearchPath("icons", str(resources_dir() / "icons"))  # the style sheet's url(icons:…)
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def _load_fonts(folder: Path) -> str | None:
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


# --- the database ------------------------------------------------------------------------------


FirstStart = Callable[[], str | None]


def open_read_only(url: str) -> Database:
    """Open `url` for reading only; a database not at the current schema is refused
    (`SchemaNotCurrent`, saying so in Persian), not upgraded."""
    return _open_read_only(url, texts.SCREENSHOT_NOT_CURRENT)


def problem_text(url: str, exc: BaseException) -> str:
    """What went wrong, in Persian, for a person (no traceback)."""
    if isinstance(exc, SchemaTooNew):
        return f"{exc} {texts.DB_TOO_NEW}"
    if isinstance(exc, DatabaseUrlError):
        return texts.DB_NOT_A_DATABASE
    if in_use(exc):
        return texts.DB_IN_USE
    if is_postgres_url(url):
        return texts.DB_UNREACHABLE
    return texts.DB_UNREADABLE


Ask = Callable[[str, BaseException], tuple[str, str | None]]


def database_problem_box(
    url: str, exc: BaseException, parent: QWidget | None = None
) -> QMessageBox:
    """The message that the database did not open, with its three ways on: «تلاش دوباره»,
    «انتخاب پایگاه دادهٔ دیگر», «خروج» (in the button roles RETRY, CHOOSE, EXIT)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(texts.DB_PROBLEM_TITLE)
    box.setText(texts.DB_PROBLEM_TEXT.format(where=describe_where(url)))
    box.setInformativeText(problem_text(url, exc))
    retry = box.addButton(texts.DB_RETRY, QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName(RETRY)
    box.addButton(texts.DB_CHOOSE, QMessageBox.ButtonRole.ActionRole).setObjectName(CHOOSE)
    box.addButton(texts.DB_EXIT, QMessageBox.ButtonRole.RejectRole).setObjectName(EXIT)
    box.setDefaultButton(retry)
    return box


def ask_about_database(
    url: str, exc: BaseException, parent: QWidget | None = None
) -> tuple[str, str | None]:
    """Ask, at start-up, what to do; returns (RETRY|CHOOSE|EXIT, the chosen SQLite file)."""
    box = database_problem_box(url, exc, parent)
    box.exec()
    clicked = box.clickedButton()
    choice = clicked.objectName() if clicked is not None else EXIT
    if choice == CHOOSE:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            texts.DB_CHOOSE_TITLE,
            str(Path.home()),
            texts.DB_CHOOSE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return (CHOOSE, path) if path else (RETRY, None)
    return (choice if choice in (RETRY, EXIT) else EXIT), None


def describe_where(url: str) -> str:
    """The SQLite path in full (the person may need to find it), or the PostgreSQL host."""
    return describe_database(url, full_path=True)


def open_with_recovery(
    url: str,
    ask: Ask = ask_about_database,
    clock: Clock | None = None,
    first_start: FirstStart | None = None,
) -> tuple[Database, str] | None:
    """Open the database, asking the person what to do while it will not open.
    Returns (database, url actually opened), or None when they chose to leave."""
    while True:
        try:
            return open_and_initialise(url, clock, first_start), url
        except OPEN_ERRORS as exc:
            choice, chosen = ask(url, exc)
        if choice == EXIT:
            return None
        if choice == CHOOSE and chosen:
            url = chosen


# --- entry points ------------------------------------------------------------------------------


def build_window(
    database: Database, url: str, clock: Clock | None = None, user: Account | None = None
) -> MainWindow:
    return MainWindow(Session(database, url, clock or SystemClock(), user))


def ask_first_password() -> str | None:
    """The first start on a new database: the administrator's password, or None."""
    from app.ui.sign_in import FirstStartDialog

    dialog = FirstStartDialog(ADMIN_USERNAME)
    accepted = dialog.exec() == FirstStartDialog.DialogCode.Accepted
    password = dialog.password_text if accepted else None
    dialog.deleteLater()
    return password


def sign_in_first(clock: Clock) -> Account | None:
    """Ask who is at the desk (`SignInDialog`); None when they cancelled."""
    from app.ui.sign_in import SignInDialog

    dialog = SignInDialog(clock)
    accepted = dialog.exec() == SignInDialog.DialogCode.Accepted
    user = dialog.user if accepted else None
    dialog.deleteLater()
    return user


def sign_in_at_start(clock: Clock, password: str | None = None) -> Account | None:
    """Who opens the window: the administrator who has just made the database with
    `password`, or whoever the sign-in form lets in (None: cancelled). Its reads run on a
    database thread of their own, as the window's do; with no window yet to show the banner, a
    lost link is told by the form at once."""
    thread = database_thread.DatabaseThread(retries=False)
    database_thread.make_current(thread)
    try:
        if password:
            return thread.call(accounts.sign_in, ADMIN_USERNAME, password, clock)
        return sign_in_first(clock)
    finally:
        database_thread.forget(thread)


def run_gui(url: str, language: str | None = None) -> int:
    """The program; `language` (--lang) wins over SEMANSARA_LANG and the saved setting."""
    from app.ui.setup_wizard import offer_setup  # a screenshot does without it

    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app, i18n.chosen_language(language))
    clock = SystemClock()
    chosen: list[str] = []

    def first_start() -> str | None:
        password = ask_first_password()
        chosen.extend([password] if password else [])
        return password

    try:
        opened = open_with_recovery(url, clock=clock, first_start=first_start)
    except FirstStartCancelled:
        return 0
    if opened is None:
        return 1
    database, url = opened
    # Who just made the database is its administrator, signed in with the password chosen.
    user = sign_in_at_start(clock, chosen[0] if chosen else None)
    if user is None:
        close_database()
        return 0
    window = build_window(database, url, clock, user)
    window.resize(*WINDOW_SIZE)
    window.show()
    offer_setup(window.session, window)  # a first start: HQ, the first semansara, its people
    try:
        return app.exec()
    finally:
        close_database()


def save_screenshot(
    url: str, page: str, out: Path, as_user: str | None = None, language: str | None = None
) -> int:
    """Render `page` of the main window offscreen into the PNG file `out`, as the user named
    `as_user` sees it (no password asked: it only reads, on a connection the database keeps
    from writing), by default the first desk expert."""
    if page not in PAGE_KEYS:
        print(texts.SCREENSHOT_UNKNOWN_PAGE.format(page=page, pages="، ".join(PAGE_KEYS)))
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    setup_application(app, i18n.chosen_language(language))
    try:
        database = open_read_only(url)
    except SchemaNotCurrent as exc:
        print(exc)
        return 1
    except OPEN_ERRORS as exc:
        print(f"{texts.DB_PROBLEM_TEXT.format(where=describe_where(url))} {problem_text(url, exc)}")
        return 1
    try:
        user = None
        if as_user:
            user = active_account(as_user)
            if user is None:
                print(texts.SCREENSHOT_UNKNOWN_USER.format(username=as_user))
                return 2
        window = build_window(database, url, user=user)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.switch_to(page)
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            print(texts.SCREENSHOT_FAILED.format(path=out))
            return 1
        window.close()
        print(texts.SCREENSHOT_SAVED.format(path=out))
        return 0
    finally:
        close_database()
