"""The main window: a shell that hosts the pages. It owns navigation, menus, shortcuts, the
signed-in user (with «خروج از حساب») and the status bar; everything else lives in the pages.

A page is built when it is first shown (or asked for: `pages[key]`), its module imported then:
QtCharts waits for the reports page. Signing out destroys the pages (and the dialogs they
opened); the next person signs in to new ones, with no selection, filter, search text, message
or error panel of the last one."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.ui import action_status, i18n, role_buttons, texts
from app.ui import help_menu as help_menu_actions
from app.ui.pages.base import Page
from app.ui.session import Session, describe_database
from app.ui.widgets.connection_banner import ConnectionBanner
from app.ui.worker import Job
from app.workflow.read.accounts import Account, default_account, is_demo

if TYPE_CHECKING:
    from app.ui.sign_in import SignInDialog

# Each page's module and class, imported when the page is first built.
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "home": ("app.ui.pages.home", "HomePage"),
    "ngos": ("app.ui.pages.ngos", "NgoPage"),
    "semansaras": ("app.ui.pages.semansaras", "SemansaraPage"),
    "requests": ("app.ui.pages.requests", "RequestsPage"),
    "bookings": ("app.ui.pages.bookings", "BookingsPage"),
    "contracts": ("app.ui.pages.contracts", "ContractsPage"),
    "notes": ("app.ui.pages.notes", "NotesPage"),
    "reports": ("app.ui.pages.reports", "ReportsPage"),
    "settings": ("app.ui.pages.settings", "SettingsPage"),
}
PAGE_KEYS = tuple(texts.PAGES)
# The page that shows each kind of record (`MainWindow.show_record`).
RECORD_PAGES = {
    "request": "requests",
    "ngo": "ngos",
    "semansara": "semansaras",
    "contract": "contracts",
    "extension": "contracts",
    "note": "notes",
    "booking": "bookings",
    "policy": "settings",
    "inflation": "settings",
}


def page_class(key: str) -> type[Page] | None:
    """The class of page `key` (its module imported now), or None for a page still to come."""
    if key not in PAGE_CLASSES:
        return None
    module, name = PAGE_CLASSES[key]
    return getattr(importlib.import_module(module), name)


class Pages(dict):
    """The pages built so far, by key; asking for one not yet built builds it."""

    def __init__(self, build) -> None:  # noqa: ANN001 - build(key) -> Page
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Page:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        page = self[key] = self._build(key)
        return page


def user_label(user: Account) -> str:
    """«name (role)»; a starter account named after its role shows its username instead."""
    role = i18n.role_name(user.role)
    name = user.full_name or user.username
    return texts.USER_ITEM.format(name=name, role=user.username if name == role else role)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(texts.APP_TITLE_DEMO if session.call(is_demo) else texts.APP_TITLE)
        self.setObjectName("mainWindow")
        self.sign_in_dialog: SignInDialog | None = None
        if session.user is None:  # e.g. a screenshot without --as: the first desk expert
            fallback = session.call(default_account)
            if fallback is not None:
                session.set_user(fallback)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages = Pages(self._build_page)
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(texts.PAGES[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.navigation.addItem(item)
        self._add_slots()
        self.navigation.currentRowChanged.connect(self._navigated)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.connection_banner = ConnectionBanner(session.database_thread)
        column.addWidget(self.connection_banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.navigation)  # first in the row: on the right, right-to-left
        layout.addWidget(self.stack, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)

        self._build_user_bar()
        self._build_menus()
        self._build_status_bar()
        self.navigation.setCurrentRow(0)

    # --- building ------------------------------------------------------------------------------

    def _add_slots(self) -> None:
        """An empty place in the stack for each page, filled when the page is built."""
        for _key in PAGE_KEYS:
            self.stack.addWidget(QWidget())

    def _build_page(self, key: str) -> Page:
        cls = page_class(key)
        if cls is None:
            from app.ui.pages.placeholder import PlaceholderPage

            page: Page = PlaceholderPage(self.session, key)
        else:
            page = cls(self.session)
        index = PAGE_KEYS.index(key)
        slot = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if slot is not None and not isinstance(slot, Page):
            self.stack.removeWidget(slot)
            slot.deleteLater()
        opener = getattr(page, "open_record", None)  # a page that leads to other records
        if opener is not None:
            opener.connect(self.show_record)
        user = self.session.user
        role_buttons.hide_unusable({key: page}, user.role if user else "")
        return page

    def _drop_pages(self) -> None:
        """Destroy every page now, with what it holds (its dialogs, a job it runs is stopped
        first): nothing of one person's session is left for the next."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            for job in page.findChildren(Job):
                job.cancel()
                job.wait()
            shiboken6.delete(page)
        while self.stack.count():
            slot = self.stack.widget(0)
            self.stack.removeWidget(slot)
            slot.deleteLater()
        self.pages.clear()

    def _build_user_bar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("userBar")
        bar.setMovable(False)
        self.user_name = QLabel()
        self.user_name.setObjectName("userName")
        bar.addWidget(self.user_name)
        self.sign_out_action = QAction(texts.SIGN_OUT, self)
        self.sign_out_action.setObjectName("signOut")
        self.sign_out_action.triggered.connect(self.sign_out)
        bar.addAction(self.sign_out_action)
        self.addToolBar(bar)
        self._show_user()

    def _show_user(self) -> None:
        user = self.session.user
        role_buttons.hide_unusable(self.pages, user.role if user else "")
        self.user_name.setText(texts.SIGNED_IN_AS.format(user=user_label(user)) if user else "")
        self.sign_out_action.setEnabled(user is not None)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(texts.MENU_FILE)
        file_menu.addAction(self.sign_out_action)
        quit_action = QAction(texts.ACTION_QUIT, self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = menu.addMenu(texts.MENU_GO)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(texts.PAGES[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.switch_to(k))
            go_menu.addAction(action)
            self.page_actions[key] = action
        go_menu.addSeparator()
        self.find_action = QAction(texts.ACTION_FIND, self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        go_menu.addAction(self.find_action)
        self.new_action = QAction(texts.ACTION_NEW, self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_item)
        go_menu.addAction(self.new_action)
        reload_action = QAction(texts.ACTION_RELOAD, self)
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.triggered.connect(lambda: self.current_page().refresh())
        go_menu.addAction(reload_action)

        help_menu = menu.addMenu(texts.MENU_HELP)
        help_menu.addAction(help_menu_actions.manual_action(self))
        about = QAction(texts.ACTION_ABOUT, self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        action_status.attach(status, self.session)  # what each action did
        self.database_label = QLabel(
            texts.STATUS_DATABASE.format(where=describe_database(self.session.url))
        )
        self.database_label.setObjectName("databaseLabel")
        self.today_label = QLabel(texts.STATUS_TODAY.format(today=self.session.today_text()))
        self.today_label.setObjectName("todayLabel")
        # Shown after the window has waited a while on the database (`DatabaseThread.busy`).
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("databaseBusy")
        self.busy_bar.setRange(0, 0)  # no measure of how long: it only moves
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setFormat(texts.DATABASE_WAITING)
        self.busy_bar.setToolTip(texts.DATABASE_WAITING)
        self.busy_bar.hide()
        self.session.database_thread.busy.connect(self.busy_bar.setVisible)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.today_label)

    # --- navigation ----------------------------------------------------------------------------

    def current_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def current_page(self) -> Page:
        return self.pages[self.current_key()]

    def switch_to(self, key: str) -> Page:
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))
        return self.pages[key]

    def focus_search(self) -> bool:
        return self.current_page().focus_search()

    def show_record(self, kind: str, ref: str) -> Page:
        """Bring up the page of record `kind` (e.g. "request") and select `ref` there, when
        that page can (`show_record` on the page)."""
        key = RECORD_PAGES.get(kind)
        if key is None:
            return self.current_page()
        page = self.switch_to(key)
        show = getattr(page, "show_record", None)
        if callable(show):
            show(kind, ref)
        return page

    # --- who is signed in ----------------------------------------------------------------------

    def sign_out(self) -> SignInDialog:
        """Hide the window, destroy its pages and ask who signs in next; closing that dialog
        closes the program."""
        from app.ui.sign_in import SignInDialog  # on signing out, not at start-up

        self.hide()
        self._drop_pages()
        self.session.clear_user()
        self.statusBar().clearMessage()
        self._show_user()
        dialog = SignInDialog(self.session.clock)
        self.sign_in_dialog = dialog
        dialog.signed_in.connect(self.sign_in_as)
        dialog.rejected.connect(self.close)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def sign_in_as(self, user: Account) -> None:
        """`user` signed in: every page now acts and shows as them, from the home page (new
        pages, when the last person signed out)."""
        self.session.set_user(user)
        if not self.stack.count():
            self._add_slots()
            self.navigation.setCurrentRow(-1)  # home again, activated afresh
        self._show_user()
        self.switch_to("home")
        self.show()

    def new_item(self) -> object:
        return self.current_page().new_item()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            texts.ABOUT_TITLE,
            texts.ABOUT_TEXT + help_menu_actions.version_html(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """The window closes: its database thread ends, its connection closed."""
        super().closeEvent(event)
        if event.isAccepted():
            self.session.close()

    # --- slots ---------------------------------------------------------------------------------

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_KEYS[row]]  # built on its first showing
        self.stack.setCurrentIndex(row)
        page.activated()
