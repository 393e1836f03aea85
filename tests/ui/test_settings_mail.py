"""Settings, e-mail (issue 7, item 3): the SMTP server of the step ذ notices, saved to
settings.json (the password only when asked), and «آزمایش» against a real SMTP server started
by the test, a port nobody listens on, and TLS asked of a server that has none."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import config
from app.ui import texts
from app.ui.forms.settings_mail import MailTab
from app.ui.main_window import MainWindow
from app.ui.pages.settings import TAB_KEYS
from app.workflow.notifications import PASSWORD_ENV, Settings, settings_path
from tests.ui.conftest import sign_in
from tests.workflow.test_notifications import Inbox, Server, free_port


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings are written to a folder of the test's own, never the real one."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv("SEMANSARA_DB", raising=False)
    return folder


@pytest.fixture
def smtp_server() -> Server:
    server = Server(Inbox())
    server.controller.start()
    yield server
    server.controller.stop()


def mail_tab(window: MainWindow) -> MailTab:
    sign_in(window, "admin")
    page = window.switch_to("settings")
    tab = page.show_tab("mail")
    assert isinstance(tab, MailTab) and page.tabs.currentWidget().isAncestorOf(tab)
    return tab


def fill(tab: MailTab, *, host: str, port: int, security: str = "none", **more: str) -> None:
    tab.host.setText(host)
    tab.security.setCurrentIndex(tab.security.findData(security))
    tab.port.setValue(port)
    tab.sender.setText(more.get("sender", "ستاد سمن‌ها <desk@hq.example>"))
    tab.user.setText(more.get("user", ""))
    tab.password.setText(more.get("password", ""))


def press_test(qtbot, tab: MailTab) -> tuple[bool, str]:  # noqa: ANN001
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: not tab.running(), timeout=20_000)
    assert tab.test_button.isEnabled()
    return tab.last_result


def test_only_the_administrator_sees_the_mail_tab(window: MainWindow) -> None:
    sign_in(window, "finance")
    page = window.switch_to("settings")
    assert not page.tabs.isTabVisible(TAB_KEYS.index("mail"))
    sign_in(window, "desk")
    assert not page.tabs.isVisible()
    tab = mail_tab(window)
    assert page.tabs.tabText(TAB_KEYS.index("mail")) == texts.SETTINGS_TABS["mail"]
    assert tab.host.text() == "" and tab.security.currentData() == "starttls"
    assert tab.port.text() == "۵۸۷"  # Persian digits in the form


def test_save_and_load_keeps_the_password_only_when_asked(window: MainWindow) -> None:
    path = config.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"database": {"url": "/tmp/x.sqlite"}}), encoding="utf-8")
    tab = mail_tab(window)
    fill(tab, host="mail.office.local", port=465, security="ssl", user="desk", password="راز")
    assert tab.save()
    assert texts.MAIL_SAVED_NO_PASSWORD in tab.message.text()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["database"] == {"url": "/tmp/x.sqlite"}  # the other section kept
    assert saved["smtp"]["host"] == "mail.office.local" and saved["smtp"]["use_ssl"] is True
    assert "password" not in saved["smtp"] and "راز" not in path.read_text(encoding="utf-8")
    assert Settings.load().security == "ssl" and Settings.load().port == 465

    tab.save_password.setChecked(True)
    assert tab.save()
    assert Settings.load().password == "راز"
    assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600

    again = MailTab(window.session)  # as the next start shows it
    assert (again.host.text(), again.port.value(), again.security.currentData()) == (
        "mail.office.local",
        465,
        "ssl",
    )
    assert again.user.text() == "desk" and again.password.text() == "راز"
    assert again.save_password.isChecked()
    again.deleteLater()


def test_incomplete_settings_are_refused_in_persian(window: MainWindow) -> None:
    tab = mail_tab(window)
    tab.sender.setText("not an address")
    assert not tab.save()
    assert "SMTP" in tab.message.text() and "فرستنده" in tab.message.text()
    assert tab.message.kind() == "error" and not settings_path().exists()
    assert tab.test() is None and "فرستنده" in tab.message.text()


def test_the_test_button_connects_and_sends_a_test_message(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    smtp_server: Server,
) -> None:
    tab = mail_tab(window)
    fill(tab, host="127.0.0.1", port=smtp_server.port)
    ok, said = press_test(qtbot, tab)
    assert ok and f"127.0.0.1:{smtp_server.port}" in said and "برقرار شد" in said
    assert tab.message.kind() == "ok"
    assert smtp_server.handler.envelopes == []  # connecting only

    tab.test_to.setText("admin@hq.example")
    ok, said = press_test(qtbot, tab)
    assert ok and "پیام آزمایشی به «admin@hq.example» فرستاده شد" in said
    [message] = smtp_server.handler.messages()
    assert message["To"] == "admin@hq.example" and "آزمایشی" in message["Subject"]
    assert "سمن‌سرا" in message.get_content()


def test_a_refused_connection_is_said_in_persian(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    tab = mail_tab(window)
    port = free_port()  # nobody listens there
    fill(tab, host="127.0.0.1", port=port)
    ok, said = press_test(qtbot, tab)
    assert not ok and tab.message.kind() == "error"
    assert said == f"کارساز پست الکترونیک 127.0.0.1:{port} اتصال را نپذیرفت (در دسترس نیست)."


def test_tls_asked_of_a_server_without_it_is_said_in_persian(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    smtp_server: Server,
) -> None:
    tab = mail_tab(window)
    fill(tab, host="127.0.0.1", port=smtp_server.port, security="starttls")
    ok, said = press_test(qtbot, tab)
    assert not ok and "STARTTLS" in said  # the server offers no STARTTLS
    fill(tab, host="127.0.0.1", port=smtp_server.port, security="ssl")
    ok, said = press_test(qtbot, tab)
    assert not ok and ("TLS" in said or "قطع کرد" in said)


def test_the_usual_port_follows_the_security(window: MainWindow) -> None:
    tab = mail_tab(window)
    tab.security.setCurrentIndex(tab.security.findData("ssl"))
    assert tab.port.value() == 465
    tab.security.setCurrentIndex(tab.security.findData("none"))
    assert tab.port.value() == 25
    tab.port.setValue(2525)  # typed by hand: kept
    tab.security.setCurrentIndex(tab.security.findData("starttls"))
    assert tab.port.value() == 2525
