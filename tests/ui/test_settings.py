"""Settings (issue 5, item 6): policy versions (R-8.1), the inflation table (R-6.2), users and
roles, the database connection tested before it is saved, backup."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import config
from app.db import models as m
from app.db.database import close_database, open_database
from app.db.migrations import LATEST
from app.ui import texts
from app.ui.forms.settings_database import DatabaseTab, check_connection
from app.ui.forms.settings_inflation import InflationTab
from app.ui.forms.settings_policy import PolicyTab, PolicyVersionDialog
from app.ui.forms.settings_users import AddUserDialog, EditUserDialog, PasswordDialog, UsersTab
from app.ui.main_window import MainWindow
from app.ui.pages.settings import TAB_KEYS, SettingsPage
from app.ui.widgets.tables import select_row
from app.workflow import jalali, persian
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from app.workflow.notes import amount_due
from app.workflow.papers_template import CONTRACT_TEMPLATE_1, as_text
from app.workflow.passwords import check_password
from app.workflow.policy import contract_template_on, policy_on
from tests.ui.conftest import act, sign_in

PG_BASE = os.environ.get("SEMANSARA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings are written to a folder of the test's own, never the real one."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv("SEMANSARA_DB", raising=False)
    return folder


def settings_page(window: MainWindow, username: str) -> SettingsPage:
    sign_in(window, username)
    page = window.switch_to("settings")
    assert isinstance(page, SettingsPage)
    return page


def visible_tabs(page: SettingsPage) -> list[str]:
    return [key for i, key in enumerate(TAB_KEYS) if page.tabs.isTabVisible(i)]


def save(dialog) -> None:  # noqa: ANN001
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


# --- who sees what -----------------------------------------------------------------------------


def test_only_the_administrator_changes_settings(window: MainWindow) -> None:
    page = settings_page(window, "desk")
    # each changes their own password and picks their own language
    assert page.tabs.isVisible() and visible_tabs(page) == ["account", "language"]
    assert page.note.isVisible() and page.note.text() == texts.SETTINGS_ADMIN_ONLY
    assert list(page.tab_widgets) == ["account"]  # nothing else built for them

    page = settings_page(window, "finance")
    assert page.tabs.isVisible() and visible_tabs(page) == ["inflation", "account", "language"]
    assert page.note.text() == texts.SETTINGS_FINANCE_NOTE
    assert list(page.tab_widgets) == ["account", "inflation"]

    page = settings_page(window, "admin")
    assert visible_tabs(page) == list(TAB_KEYS)
    assert not page.note.isVisible()
    assert page.isRightToLeft()


# --- policy versions (R-8.1) -------------------------------------------------------------------


def test_policy_versions_list_and_readable_values(window: MainWindow) -> None:
    page = settings_page(window, "admin")
    tab = page.show_tab("policy")
    assert isinstance(tab, PolicyTab)
    assert tab.model.cells[0][:3] == ("۱", "۱۳۹۹/۰۴/۲۵", "۱۳۹۹/۰۴/۲۵")
    assert tab.model.cells[0][4] == texts.POLICY_IN_FORCE
    view = tab.values_view
    grid = view.grid
    assert grid.verticalHeaderItem(2).text() == "سطح ۳"
    assert grid.item(2, 3).text() == "۲۰۰"  # level 3, meeting room: 200 hours a year
    assert grid.item(1, 1).text() == texts.POLICY_UNLIMITED  # level 2, phone secretary
    assert grid.item(3, 3).text() == texts.NONE  # level 4: no meeting room
    assert view.scalars[("note_base_amount",)].text() == "۲۰۰٬۰۰۰٬۰۰۰ ریال"
    assert view.scalars[("max_extensions",)].text() == "۹ بار"
    assert "وزارت کشور" in view.bodies.text()
    # version 1 is years old on 1405/01/10: the review is due, and said so
    assert tab.review.text().startswith("⚠") and "R-8.1" in tab.review.text()


def test_new_policy_version_through_the_form_changes_only_what_was_edited(
    qtbot,
    window: MainWindow,
    clock: FixedClock,  # noqa: ANN001
) -> None:
    """R-8.1: version 2 holds the reason, its effective date and only the edited values; the
    new cap takes effect on its date, not before."""
    page = settings_page(window, "admin")
    tab = page.show_tab("policy")
    dialog = tab.new_version()
    assert isinstance(dialog, PolicyVersionDialog)
    qtbot.add_widget(dialog)
    dialog.effective.setText("۱۴۰۵/۰۲/۰۱")
    dialog.reason.setPlainText("مصوبهٔ شورای معاونین، ۱۴۰۵/۰۱/۰۸")
    form = dialog.values_form
    form.grid.item(2, 3).setText("۱۵۰")  # level 3, meeting room: 200 → 150 hours
    form.scalars[("people_caps", "hall")].setValue(45)  # hall: 40 → 45 people
    bodies = form.bodies.toPlainText() + "\nشهرداری تهران"
    form.bodies.setPlainText(bodies)
    expected = {
        "level_caps": {"3": {"meeting_room": 150}},
        "people_caps": {"hall": 45},
        "licensing_bodies": [*policy_on(clock.today())["licensing_bodies"], "شهرداری تهران"],
    }
    assert dialog.changes() == expected

    with qtbot.wait_signal(tab.version_added) as added:
        save(dialog)
    assert added.args == [2]

    version = m.PolicyVersion.get(m.PolicyVersion.number == 2)
    assert version.effective == jalali.parse_date("1405/02/01")
    assert version.created_by == "admin" and version.reason.startswith("مصوبهٔ")
    event = m.AuditEvent.get(m.AuditEvent.action == "add_policy_version")
    assert json.loads(event.data)["changes"] == expected  # only the changes, nothing else

    day_before, day_of = jalali.parse_date("1405/01/31"), jalali.parse_date("1405/02/01")
    assert policy_on(day_before).level_cap(3, "meeting_room") == 200
    assert policy_on(day_of).level_cap(3, "meeting_room") == 150
    assert policy_on(day_of)["people_caps"]["hall"] == 45
    assert policy_on(day_of)["people_caps"]["meeting_room"] == 10  # untouched, carried over

    # the list says when it takes effect, and that it is in force from that day
    assert tab.model.keys[:2] == ["2", "1"]
    assert tab.model.cells[0][4] == texts.POLICY_UPCOMING.format(date="۱۴۰۵/۰۲/۰۱")
    assert tab.info.text() == texts.POLICY_SAVED.format(number="۲", date="۱۴۰۵/۰۲/۰۱")
    clock.set(jalali.at(day_of, dt.time(9)))
    tab.refresh()
    assert tab.model.cells[0][4] == texts.POLICY_IN_FORCE
    assert tab.model.cells[1][4] == texts.POLICY_PAST
    # version 2 shown with its changed cell in bold, the old value in the tooltip
    tab.select(2)
    cell = tab.values_view.grid.item(2, 3)
    assert cell.text() == "۱۵۰" and cell.font().bold()
    assert cell.toolTip() == texts.POLICY_BEFORE.format(value="۲۰۰")


def test_bad_policy_input_is_marked_and_nothing_saved(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = settings_page(window, "admin")
    dialog = page.show_tab("policy").new_version()
    qtbot.add_widget(dialog)
    dialog.reason.setPlainText("آزمون")
    dialog.values_form.grid.item(1, 4).setText("چهل")  # not a number
    save(dialog)
    assert dialog.isVisible()
    assert dialog.message.kind() == "error" and "«چهل»" in dialog.message.text()
    assert dialog.values_form.grid.property("invalid")
    dialog.values_form.grid.item(1, 4).setText("۴۰")
    dialog.effective.setText("۱۴۰۵/۰۱/۰۱")  # before today: the past cannot change
    dialog.values_form.scalars[("lease_months",)].setValue(12)
    save(dialog)
    assert dialog.isVisible() and dialog.marked_fields() == ["effective"]
    assert not dialog.values_form.grid.property("invalid")
    assert m.PolicyVersion.select().count() == 1


# --- inflation (R-6.2) -------------------------------------------------------------------------


def test_set_inflation_updates_the_amount_due_shown(window: MainWindow, clock: FixedClock) -> None:
    """R-6.2: the finance deputy enters a year's rate; the note amounts of the years after it
    are recomputed and shown."""
    page = settings_page(window, "finance")
    tab = page.show_tab("inflation")
    assert isinstance(tab, InflationTab)
    assert tab.amount_shown(1400) == "۲۰۰٬۰۰۰٬۰۰۰ ریال"
    tab.year.setValue(1399)
    tab.rate.setValue(40)
    assert tab.submit()
    today = clock.today()
    assert m.InflationRate.get(m.InflationRate.year == 1399).rate == Decimal("0.4")
    assert amount_due(1400, today)[0] == 280_000_000
    assert tab.amount_shown(1400) == persian.format_rials(280_000_000)
    assert tab.amount_shown(1405) == persian.format_rials(amount_due(1405, today)[0])
    assert tab.model.cells[0][1] == "۴۰٪"
    assert tab.message.kind() == "ok" and "۱۳۹۹" in tab.message.text()
    assert persian.format_rials(280_000_000) in tab.current.text()


def test_the_administrator_sees_inflation_but_may_not_enter_it(window: MainWindow) -> None:
    page = settings_page(window, "admin")
    tab = page.show_tab("inflation")
    assert not tab.save_button.isEnabled()
    assert tab.message.kind() == "hint" and "مدیر سامانه" in tab.message.text()


# --- users -------------------------------------------------------------------------------------


def test_add_a_semansara_manager(qtbot, window: MainWindow, clock: FixedClock) -> None:  # noqa: ANN001
    act(
        clock,
        "admin",
        "add_semansara",
        code="S1",
        district=6,
        name="سمن‌سرای منطقه ۶",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=2,
    )
    page = settings_page(window, "admin")
    tab = page.show_tab("users")
    assert isinstance(tab, UsersTab)
    dialog = tab.add_user()
    assert isinstance(dialog, AddUserDialog)
    qtbot.add_widget(dialog)
    dialog.username.setText("mgr6")
    dialog.full_name.setText("زهرا نوری")
    dialog.role.setCurrentIndex(dialog.role.findText("مسئول سمن‌سرا"))
    assert dialog.semansara.isEnabled()
    save(dialog)  # no semansara chosen: refused, the field marked
    assert dialog.isVisible() and dialog.marked_fields() == ["semansara"]
    dialog.semansara.setCurrentIndex(dialog.semansara.findData("S1"))
    save(dialog)
    assert not dialog.isVisible()

    added = m.User.get(m.User.username == "mgr6")
    assert added.role == "semansara_manager" and added.semansara.code == "S1"
    assert added.password_hash is None  # chosen at the first sign-in
    row = tab.model.cells[tab.model.keys.index("mgr6")]
    assert row[1:5] == ("زهرا نوری", "مسئول سمن‌سرا", "سمن‌سرای منطقه ۶", texts.ACCOUNT_NO_PASSWORD)
    assert tab.selected_username() == "mgr6"


def test_set_a_password(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = settings_page(window, "admin")
    tab = page.show_tab("users")
    select_row(tab.table, tab.model.keys.index("desk"))
    dialog = tab.set_password()
    assert isinstance(dialog, PasswordDialog)
    qtbot.add_widget(dialog)
    dialog.password.setText("a-long-secret")
    dialog.again.setText("another-one")
    save(dialog)
    assert dialog.marked_fields() == ["password_again"]
    assert dialog.message.text() == texts.ACCOUNT_PASSWORDS_DIFFER
    dialog.again.setText("a-long-secret")
    save(dialog)
    assert not dialog.isVisible()
    desk = m.User.get(m.User.username == "desk")
    assert check_password(desk.password_hash, "a-long-secret") and desk.must_change_password
    assert tab.model.cells[tab.model.keys.index("desk")][4] == texts.ACCOUNT_ONE_TIME
    assert tab.info.text() == texts.ACCOUNT_PASSWORD_ONE_TIME_SAVED.format(user="desk")


# --- the database connection --------------------------------------------------------------------


def database_tab(window: MainWindow) -> DatabaseTab:
    tab = settings_page(window, "admin").show_tab("database")
    assert isinstance(tab, DatabaseTab)
    return tab


def test_connection_test_fails_clearly_for_a_wrong_postgresql_port(window: MainWindow) -> None:
    tab = database_tab(window)
    tab.load("postgresql://postgres@127.0.0.1:1/test")
    check = tab.test()
    assert not check.ok
    assert check.message == texts.DB_CHECK_REFUSED.format(server="127.0.0.1:1")
    assert tab.message.kind() == "error" and check.message in tab.message.text()
    assert tab.port.property("invalid")
    assert not tab.save()  # not saved when the test fails
    assert not config.settings_path().exists()


@pytest.mark.postgres
def test_connection_test_passes_for_the_test_server(window: MainWindow) -> None:
    tab = database_tab(window)
    tab.load(PG_BASE)
    assert tab.postgres_choice.isChecked() and tab.port.value() == 5432
    assert tab.url() == config.without_password(PG_BASE)
    check = tab.test()
    assert check.ok, check
    assert tab.message.kind() == "ok" and not tab.port.property("invalid")


def test_sqlite_checks(tmp_path: Path, clock: FixedClock) -> None:
    assert check_connection(str(tmp_path / "new" / "semansara.sqlite")).ok  # made at start-up
    assert not check_connection(str(tmp_path)).ok  # a folder
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert check_connection(str(junk)).message == texts.DB_CHECK_NOT_SQLITE.format(
        path=f"\u2066{junk}\u2069"
    )
    ready = tmp_path / "ready.sqlite"
    initialise(open_database(str(ready)), clock.now())
    close_database()
    answer = check_connection(str(ready))
    assert answer.ok and answer.message == texts.DB_CHECK_READY.format(
        version=persian.to_persian_digits(LATEST)
    )
    newer = tmp_path / "newer.sqlite"
    database = open_database(str(newer))
    initialise(database, clock.now())
    database.execute_sql(
        "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, 'future', 'x')",
        (LATEST + 1,),
    )
    close_database()
    answer = check_connection(str(newer))
    assert not answer.ok and "به‌روز" in answer.message


@pytest.mark.postgres
def test_config_is_saved_without_the_password_unless_asked(window: MainWindow) -> None:
    path = config.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"smtp": {"host": "mail.office.local"}}), encoding="utf-8")
    tab = database_tab(window)
    tab.load("postgresql://postgres:secret-word@127.0.0.1:5432/test")
    assert tab.password.text() == "secret-word"
    assert not tab.save_password.isChecked()
    assert tab.save()
    assert texts.DB_SAVED in tab.message.text()

    text = path.read_text(encoding="utf-8")
    saved = json.loads(text)
    assert saved["database"] == {
        "url": "postgresql://postgres@127.0.0.1:5432/test",
        "save_password": False,
    }
    assert "secret-word" not in text
    assert saved["smtp"] == {"host": "mail.office.local"}  # the other section kept
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert config.database_url() == "postgresql://postgres@127.0.0.1:5432/test"

    tab.save_password.setChecked(True)
    assert tab.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["database"]["url"] == "postgresql://postgres:secret-word@127.0.0.1:5432/test"
    assert saved["database"]["save_password"] is True


def test_saved_database_is_used_at_next_start_unless_command_line_or_env(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "office.sqlite"
    tab = database_tab(window)
    tab.load(str(other))
    assert tab.sqlite_choice.isChecked() and not tab.postgres_box.isEnabled()
    assert tab.save()
    assert config.database_url() == str(other)
    assert config.database_url("/from/the/command/line.sqlite") == "/from/the/command/line.sqlite"
    monkeypatch.setenv("SEMANSARA_DB", "/from/the/environment.sqlite")
    assert config.database_url() == "/from/the/environment.sqlite"
    tab.refresh()
    assert tab.override.isVisibleTo(tab) and tab.override.text() == texts.DB_ENV_WINS


# --- backup -------------------------------------------------------------------------------------


def test_backup_and_restore_into_a_new_file(window: MainWindow, tmp_path: Path) -> None:
    tab = settings_page(window, "admin").show_tab("backup")
    out = tab.back_up_to(tmp_path / "backups" / "b.sqlite")
    assert out is not None and out.stat().st_size > 0
    assert tab.message.kind() == "ok" and "ثانیه" in tab.message.text()
    assert tab.last_seconds is not None

    restored = tab.restore_into(out, tmp_path / "restored.sqlite")
    assert restored is not None
    open_database(str(restored))
    try:
        assert m.User.select().where(m.User.username == "admin").exists()
    finally:
        close_database()
    open_database(window.session.url)  # the window's database again, for the teardown
    assert tab.restore_into(out, restored) is None  # never over a file that has data
    assert tab.message.kind() == "error"
    assert tab.back_up_to(Path(window.session.url)) is None  # never over the database in use


def test_show_record_brings_up_the_policy_tab(window: MainWindow) -> None:
    sign_in(window, "admin")
    page = window.show_record("policy", "1")
    assert isinstance(page, SettingsPage)
    assert page.current_tab_key() == "policy"
    assert page.tab("policy").selected_number() == 1
    assert page.tabs.tabBar().isRightToLeft()
    assert page.tabs.tabText(0) == texts.SETTINGS_TABS["policy"]
    assert page.tabs.tabBar().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_edit_a_user_and_turn_the_account_off(qtbot, window: MainWindow, clock: FixedClock) -> None:  # noqa: ANN001
    act(
        clock,
        "admin",
        "add_semansara",
        code="S1",
        district=6,
        name="سمن‌سرای منطقه ۶",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=2,
    )
    page = settings_page(window, "admin")
    tab = page.show_tab("users")
    select_row(tab.table, tab.model.keys.index("desk"))
    dialog = tab.edit_user()
    assert isinstance(dialog, EditUserDialog)
    qtbot.add_widget(dialog)
    assert dialog.role.currentData() == "desk_expert" and not dialog.semansara.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("semansara_manager"))
    save(dialog)  # a manager needs a semansara: refused, the field marked, nothing changed
    assert dialog.isVisible() and dialog.marked_fields() == ["semansara"]
    assert m.User.get(m.User.username == "desk").role == "desk_expert"
    dialog.semansara.setCurrentIndex(dialog.semansara.findData("S1"))
    dialog.full_name.setText("رضا کریمی")
    dialog.email.setText("karimi@s1")
    dialog.active.setChecked(False)
    save(dialog)  # the address has no domain: refused on that field
    assert dialog.isVisible() and dialog.marked_fields() == ["email"]
    dialog.email.setText("karimi@s1.example.ir")
    save(dialog)
    assert not dialog.isVisible()
    user = m.User.get(m.User.username == "desk")
    assert (user.role, user.semansara.code, user.full_name, user.email, user.active) == (
        "semansara_manager",
        "S1",
        "رضا کریمی",
        "karimi@s1.example.ir",
        False,
    )
    row = tab.model.cells[tab.model.keys.index("desk")]
    assert row[1:4] == ("رضا کریمی", "مسئول سمن‌سرا", "سمن‌سرای منطقه ۶")
    assert row[5] == texts.ACCOUNT_INACTIVE
    assert tab.info.text() == texts.ACCOUNT_UPDATED.format(user="desk")


def test_the_last_administrator_cannot_turn_themself_off(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    tab = settings_page(window, "admin").show_tab("users")
    select_row(tab.table, tab.model.keys.index("admin"))
    dialog = tab.edit_user()
    qtbot.add_widget(dialog)
    dialog.active.setChecked(False)
    save(dialog)
    assert dialog.isVisible() and dialog.marked_fields() == ["active"]
    assert "مدیر سامانهٔ فعال" in dialog.message.text()
    assert m.User.get(m.User.username == "admin").active


def test_the_contract_wording_is_edited_as_a_new_policy_version(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clock: FixedClock,
) -> None:
    """R-8.1: HQ's legal staff revise the contract's wording in the new-version form; the
    wording in force on a day is the version's, and a blank the contract does not fill is
    refused beside the text, nothing saved."""
    page = settings_page(window, "admin")
    tab = page.show_tab("policy")
    dialog = tab.new_version()
    qtbot.add_widget(dialog)
    editor = dialog.template_form
    dialog.pages.setCurrentWidget(editor)
    text = editor.text.toPlainText()
    assert text.startswith("# مادهٔ ۱ ـ طرفین قرارداد\n")
    assert "{ngo_address}" in editor.blanks.text() and "{caps_table}" in editor.blanks.text()
    assert dialog.changes() == {}  # shown, not changed
    dialog.effective.setText("۱۴۰۵/۰۲/۰۱")
    dialog.reason.setPlainText("مصوبهٔ حقوقی ۱۴۰۵/۰۱/۰۹")
    editor.version.setText("۱۴۰۵-۲")
    added = "# مادهٔ ۱۳ ـ نشانی‌ها\nنشانی سمن همان {ngo_address} است و تغییر آن را اطلاع می‌دهد.\n"
    wording_text = as_text(CONTRACT_TEMPLATE_1) + "\n" + added  # no-break spaces and all
    editor.text.setPlainText(wording_text + "{unknown}\n")
    save(dialog)
    assert dialog.isVisible() and m.PolicyVersion.select().count() == 1
    assert editor.problem.isVisible() and "«unknown»" in editor.problem.text()
    assert editor.text.property("invalid") and dialog.pages.currentWidget() is editor
    editor.text.setPlainText(wording_text)
    with qtbot.wait_signal(tab.version_added):
        save(dialog)
    assert not editor.problem.isVisible()
    wording = contract_template_on(jalali.parse_date("1405/02/01"))
    assert wording["version"] == "۱۴۰۵-۲"
    assert wording["articles"][-1] == {
        "heading": "مادهٔ ۱۳ ـ نشانی‌ها",
        "paragraphs": ["نشانی سمن همان {ngo_address} است و تغییر آن را اطلاع می‌دهد."],
    }
    # The rest as it was, the no-break spaces kept; the day before, the first wording.
    assert wording["articles"][:-1] == CONTRACT_TEMPLATE_1["articles"]
    assert contract_template_on(jalali.parse_date("1405/01/31")) == CONTRACT_TEMPLATE_1
