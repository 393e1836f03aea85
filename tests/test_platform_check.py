"""Before Qt loads: a desktop without the xcb plugin's libraries gets the packages to install
and the one command, in Persian and English, and the program exits without a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import cli, platform_check
from app.platform_check import Missing, check, not_found, platforms

PLUGIN = Path("/fake/PySide6/Qt/plugins/platforms/libqxcb.so")

# What `ldd` says on a fresh Debian desktop without two of the xcb utility libraries.
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5a9f2000)
\tlibQt6XcbQpa.so.6 => /fake/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0d)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0b)
"""
LDD_COMPLETE = LDD_MISSING.replace("not found", "/lib/x86_64-linux-gnu/libfound.so (0x1)")


def _check(report: str | None, environ: dict[str, str], system: str = "linux"):
    seen: list[str] = []

    def locate(platform: str) -> Path:
        seen.append(platform)
        return PLUGIN.with_name(f"libq{platform}.so")

    return check(environ, system=system, locate=locate, inspect=lambda _p: report), seen


def test_not_found_lists_each_missing_library_once_in_order():
    assert not_found(LDD_MISSING) == (
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0",
    )
    assert not_found(LDD_COMPLETE) == ()


def test_missing_libraries_name_their_packages_and_one_command():
    missing, seen = _check(LDD_MISSING, {"DISPLAY": ":0"})
    assert seen == ["xcb"]
    assert missing == Missing(
        "xcb", ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0")
    )
    assert missing.packages == ["libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    assert missing.command == (
        "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
    )
    text = missing.message()
    assert "پنجرهٔ برنامه باز نمی‌شود" in text  # Persian first
    assert "The window cannot open" in text
    assert text.index("پنجرهٔ برنامه") < text.index("The window cannot open")
    assert text.count(missing.command) == 1
    assert "libxcb-icccm.so.4" in text and "apt-file" not in text


def test_a_library_of_no_known_package_is_named_with_how_to_find_its_package():
    missing = Missing("xcb", ("libxcb-icccm.so.4", "libunheard-of.so.7"))
    text = missing.message()
    assert missing.packages == ["libxcb-icccm4"]
    assert "apt-file search" in text and "libunheard-of.so.7" in text.splitlines()[-1]


def test_nothing_missing_lets_the_window_start():
    assert _check(LDD_COMPLETE, {"DISPLAY": ":0"})[0] is None


def test_no_check_offscreen_nor_on_windows_nor_macos_nor_without_ldd():
    for environ in (
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "xcb;offscreen"},
    ):
        missing, seen = _check(LDD_MISSING, environ)
        assert (missing, seen) == (None, []), environ
    for system in ("win32", "darwin"):
        assert _check(LDD_MISSING, {}, system=system) == (None, [])
    assert _check(None, {"DISPLAY": ":0"})[0] is None


def test_the_platforms_qt_tries():
    assert platforms({}) == ["xcb"]
    assert platforms({"QT_QPA_PLATFORM": "xcb:dpi=96"}) == ["xcb"]
    assert platforms({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    assert platforms({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]


def test_a_wayland_session_starts_when_the_wayland_plugin_can_load():
    reports = {"wayland": LDD_COMPLETE, "xcb": LDD_MISSING}
    missing = check(
        {"QT_QPA_PLATFORM": "wayland;xcb"},
        system="linux",
        locate=lambda p: PLUGIN.with_name(f"libq{p}.so"),
        inspect=lambda path: reports[path.name[4:-3]],
    )
    assert missing is None


def test_the_gui_command_prints_the_packages_and_exits_before_qt(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check, "check", lambda: Missing("xcb", not_found(LDD_MISSING)))
    assert cli.main(["gui"]) == platform_check.EXIT_CODE
    err = capsys.readouterr().err
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in err
    assert "افزونهٔ نمایش «xcb»" in err and "Traceback" not in err


def test_the_check_loads_no_qt():
    code = (
        "import sys; from app.platform_check import check; check(); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DISPLAY": ":0",
            "PYTHONPATH": str(Path(cli.__file__).parents[1]),
        },
    )
    assert done.stdout.strip() == "[]"
