"""Settings (administrator): policy versions, the inflation table, users and roles, the database
connection, backup; and, for everyone, their own account (password) and the interface language.

Who sees what: the administrator, every tab. The finance deputy, the inflation table (entering
the yearly rate is the finance deputy's action, R-6.2) and the language, with a note that the
other settings are the administrator's. Anyone else, the language tab and that note. A tab's
content is built the first time it is shown (the page costs nothing at start-up) and re-reads
its data whenever it comes to the front after a change.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui import texts
from app.ui.pages.base import Page, heading
from app.ui.session import Session
from app.workflow.roles import ADMIN, FINANCE_DEPUTY

TAB_KEYS = (
    "policy",
    "inflation",
    "closed_days",
    "users",
    "database",
    "backup",
    "mail",
    "account",
    "language",
)
#: each tab's class, «module:Class» under app.ui.forms, imported when the tab is first shown
TAB_CLASSES = {
    "policy": "settings_policy:PolicyTab",
    "inflation": "settings_inflation:InflationTab",
    "closed_days": "settings_closed_days:ClosedDaysTab",
    "users": "settings_users:UsersTab",
    "database": "settings_database:DatabaseTab",
    "backup": "settings_backup:BackupTab",
    "mail": "settings_mail:MailTab",
    "account": "settings_account:AccountTab",
    "language": "settings_language:LanguageTab",
}
#: the tabs each role sees besides `EVERY_ROLE_TABS`
TABS_FOR_ROLE = {ADMIN: TAB_KEYS, FINANCE_DEPUTY: ("inflation",)}
#: the tabs every signed-in role sees: each person changes their own password and picks the
#: interface language for themselves
EVERY_ROLE_TABS = ("account", "language")
#: which tab shows the records a `Session.changed` kind names
TAB_OF_KIND = {
    "policy": "policy",
    "inflation": "inflation",
    "user": "users",
    "calendar": "closed_days",
}


class SettingsPage(Page):
    key = "settings"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tab_widgets: dict[str, QWidget] = {}  # the tabs built so far
        self._holders: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.note = QLabel()
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        for key in TAB_KEYS:
            holder = QWidget()
            holder.setObjectName(f"settings_{key}_holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, texts.SETTINGS_TABS[key])
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.PAGES[self.key]))
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.tabs.hide()
        self.note.hide()
        session.changed.connect(self._changed)
        session.user_changed.connect(self._user_changed)

    # --- page protocol -------------------------------------------------------------------------

    def activated(self) -> None:
        self._stale.update(self.tab_widgets)
        self.refresh()

    def refresh(self) -> None:
        """Show the tabs the signed-in role may use and re-read the one in front."""
        allowed = self.allowed_tabs()
        for index, key in enumerate(TAB_KEYS):
            self.tabs.setTabVisible(index, key in allowed)
        role = self._role()
        if role == ADMIN:
            self.note.hide()
        else:
            self.note.setText(
                texts.SETTINGS_FINANCE_NOTE if role == FINANCE_DEPUTY else texts.SETTINGS_ADMIN_ONLY
            )
            self.note.setAlignment(
                Qt.AlignmentFlag.AlignLeading
                if allowed
                else Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter
            )
            self.note.show()
        self.note.setObjectName("pageInfo" if allowed else "notReady")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.tabs.setVisible(bool(allowed))
        self.layout().setStretchFactor(self.note, 0 if allowed else 1)  # no tabs: the note fills
        if allowed and self.current_tab_key() not in allowed:
            self.tabs.setCurrentIndex(TAB_KEYS.index(allowed[0]))
        self._refresh_current()

    def new_item(self) -> QDialog | None:
        """Ctrl+N: a new policy version or a new user, on those tabs, for the administrator."""
        if self._role() != ADMIN:
            return None
        key = self.current_tab_key()
        if key == "policy":
            return self.tab(key).new_version()  # type: ignore[attr-defined]
        if key == "users":
            return self.tab(key).add_user()  # type: ignore[attr-defined]
        return None

    def show_record(self, kind: str, ref: str) -> None:
        """`MainWindow.show_record`: a policy version ("policy", its number or "") or an
        inflation year ("inflation", the year), when the signed-in role sees that tab."""
        key = TAB_OF_KIND.get(kind)
        if key is None or key not in self.allowed_tabs():
            return
        tab = self.show_tab(key)
        if ref.isdigit() and hasattr(tab, "select"):
            tab.select(int(ref))

    # --- tabs ----------------------------------------------------------------------------------

    def allowed_tabs(self) -> tuple[str, ...]:
        role = self._role()
        if not role:
            return ()
        own = TABS_FOR_ROLE.get(role, ())
        return own + tuple(key for key in EVERY_ROLE_TABS if key not in own)

    def current_tab_key(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    def tab(self, key: str) -> QWidget:
        """The tab `key`, built on first use (e.g. `page.tab("policy")` in tests)."""
        widget = self.tab_widgets.get(key)
        if widget is None:
            module, name = TAB_CLASSES[key].split(":")
            tab_class = getattr(import_module(f"app.ui.forms.{module}"), name)
            widget = tab_class(self.session)
            widget.setObjectName(f"settings_{key}")
            self._holders[key].layout().addWidget(widget)
            self.tab_widgets[key] = widget
            self._stale.add(key)
        return widget

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))
        self._refresh_current()
        return self.tab(key)

    def _refresh_current(self) -> None:
        key = self.current_tab_key()
        if key not in self.allowed_tabs():
            return
        widget = self.tab(key)
        if key in self._stale:
            self._stale.discard(key)
            widget.refresh()  # type: ignore[attr-defined]

    def _role(self) -> str:
        return self.session.user.role if self.session.user is not None else ""

    # --- slots ---------------------------------------------------------------------------------

    def _tab_changed(self, _index: int) -> None:
        if self.isVisible():
            self._refresh_current()

    def _changed(self, kind: str, _ref: str) -> None:
        self._stale.update(self.tab_widgets if kind == "policy" else ())
        if kind in TAB_OF_KIND and TAB_OF_KIND[kind] in self.tab_widgets:
            self._stale.add(TAB_OF_KIND[kind])
        if self.isVisible():
            self._refresh_current()

    def _user_changed(self) -> None:
        self._stale.update(self.tab_widgets)
        allowed = self.allowed_tabs()
        if allowed:  # someone else at the desk: start at the first of their tabs
            self.tabs.setCurrentIndex(TAB_KEYS.index(allowed[0]))
        if self.isVisible():
            self.refresh()
