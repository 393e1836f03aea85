"""The main window: a shell that hosts the pages. It owns navigation, menus, shortcuts, the
user chooser and the status bar; everything else lives in the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.db import models as m
from app.ui import queries, texts
from app.ui.pages.base import Page
from app.ui.pages.home import HomePage
from app.ui.pages.ngos import NgoPage
from app.ui.pages.placeholder import PlaceholderPage
from app.ui.pages.semansaras import SemansaraPage
from app.ui.session import Session, describe_database
from app.workflow.roles import ROLE_NAMES

PAGE_CLASSES: dict[str, type[Page]] = {
    "home": HomePage,
    "ngos": NgoPage,
    "semansaras": SemansaraPage,
}
PAGE_KEYS = tuple(texts.PAGES)


def user_label(user: m.User) -> str:
    """«name (role)»; a starter account named after its role shows its username instead."""
    role = ROLE_NAMES.get(user.role, user.role)
    name = user.full_name or user.username
    return texts.USER_ITEM.format(name=name, role=user.username if name == role else role)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(texts.APP_TITLE)
        self.setObjectName("mainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(texts.PAGES[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.navigation.addItem(item)
            page_class = PAGE_CLASSES.get(key)
            page = page_class(session) if page_class else PlaceholderPage(session, key)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._navigated)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)  # first in the row: on the right, right-to-left
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_user_bar()
        self._build_menus()
        self._build_status_bar()
        self.navigation.setCurrentRow(0)

    # --- building ------------------------------------------------------------------------------

    def _build_user_bar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("userBar")
        bar.setMovable(False)
        bar.addWidget(QLabel(texts.USER_LABEL))
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userCombo")
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        users = queries.active_users()
        for user in users:
            self.user_combo.addItem(user_label(user), user.id)
        self._users = {user.id: user for user in users}
        current = self.session.user or queries.default_user(users)
        if current is not None:
            self.user_combo.setCurrentIndex(max(self.user_combo.findData(current.id), 0))
            self.session.set_user(self._users.get(current.id, current))
        self.user_combo.currentIndexChanged.connect(self._user_chosen)
        bar.addWidget(self.user_combo)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(texts.MENU_FILE)
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
        about = QAction(texts.ACTION_ABOUT, self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.database_label = QLabel(
            texts.STATUS_DATABASE.format(where=describe_database(self.session.url))
        )
        self.database_label.setObjectName("databaseLabel")
        self.today_label = QLabel(texts.STATUS_TODAY.format(today=self.session.today_text()))
        self.today_label.setObjectName("todayLabel")
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

    def new_item(self) -> object:
        return self.current_page().new_item()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            texts.ABOUT_TITLE,
            texts.ABOUT_TEXT,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- slots ---------------------------------------------------------------------------------

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[PAGE_KEYS[row]].activated()

    def _user_chosen(self, index: int) -> None:
        user = self._users.get(self.user_combo.itemData(index))
        if user is not None:
            self.session.set_user(user)
