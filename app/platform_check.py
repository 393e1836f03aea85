"""Before Qt is loaded: can its platform plugin load on this desktop?

On Linux the window needs Qt's xcb (or Wayland) plugin, which needs system libraries that a
fresh desktop may lack (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, …); Qt itself then
aborts with a message that names the plugin, not the libraries. This module asks the dynamic
linker (`ldd` on the plugin, which follows every library it needs in turn) which libraries it
cannot find, names the Debian/Ubuntu packages holding them, and prints one `apt-get install`
command, in Persian and in English. Nothing of PySide6 is imported here.

Windows and macOS ship everything with PySide6, and offscreen, minimal and the other
platforms Qt draws itself need nothing: no check there.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Library (soname) → the Debian/Ubuntu package that holds it: the libraries Qt's xcb and
# Wayland plugins, QtGui and QtWidgets need beyond a minimal system.
PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libXi.so.6": "libxi6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
}

# Platforms whose plugin needs the desktop's libraries; any other (offscreen, minimal, vnc,
# eglfs, linuxfb, …) is drawn by Qt itself.
CHECKED = ("xcb", "wayland")

EXIT_CODE = 3


@dataclass(frozen=True)
class Missing:
    """What the platform plugin `platform` cannot load: libraries, and their packages."""

    platform: str
    libraries: tuple[str, ...]

    @property
    def packages(self) -> list[str]:
        return sorted({PACKAGES[so] for so in self.libraries if so in PACKAGES})

    @property
    def unknown(self) -> list[str]:
        return [so for so in self.libraries if so not in PACKAGES]

    @property
    def command(self) -> str:
        return "sudo apt-get install -y " + " ".join(self.packages)

    def message(self) -> str:
        """The Persian paragraph, then the English one, then the command."""
        libraries = ", ".join(self.libraries)
        lines = [
            f"پنجرهٔ برنامه باز نمی‌شود: افزونهٔ نمایش «{self.platform}» در Qt این کتابخانه‌های "
            f"سیستم را لازم دارد که نصب نیستند: {libraries}",
            f"The window cannot open: Qt's «{self.platform}» platform plugin needs these "
            f"system libraries, which are not installed: {libraries}",
        ]
        if self.packages:
            lines += [
                "بسته‌هایی که باید نصب شوند (دبیان و اوبونتو): " + " ".join(self.packages),
                "Packages to install (Debian and Ubuntu): " + " ".join(self.packages),
                "این فرمان آن‌ها را نصب می‌کند / This command installs them:",
                "",
                "    " + self.command,
                "",
            ]
        if self.unknown:
            lines += [
                "بستهٔ این کتابخانه‌ها را با «apt-file search نام» بیابید: "
                + ", ".join(self.unknown),
                "Find the package of these with «apt-file search NAME»: " + ", ".join(self.unknown),
            ]
        return "\n".join(lines)


def platforms(environ: dict[str, str] | os._Environ) -> list[str]:
    """The platform plugins Qt will try, in order (QT_QPA_PLATFORM, a `;`-separated list whose
    items may carry `:options`; else Wayland first in a Wayland session, then xcb)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [item.split(":", 1)[0].strip() for item in chosen.split(";") if item.strip()]
    if environ.get("XDG_SESSION_TYPE") == "wayland" or environ.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_path(platform: str) -> Path | None:
    """PySide6's plugin file for `platform` (found without importing PySide6), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = folder / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return found if found.is_file() else None


def ldd(path: Path) -> str | None:
    """`ldd`'s report on `path`, or None where there is no `ldd`."""
    program = shutil.which("ldd")
    if program is None:
        return None
    done = subprocess.run([program, str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def not_found(report: str) -> tuple[str, ...]:
    """The libraries `ldd` reported as «not found», each once, in its order."""
    names: list[str] = []
    for line in report.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in names:
            names.append(name.strip())
    return tuple(names)


def check(
    environ: dict[str, str] | os._Environ | None = None,
    *,
    system: str = sys.platform,
    locate: Callable[[str], Path | None] = plugin_path,
    inspect: Callable[[Path], str | None] = ldd,
) -> Missing | None:
    """None when the window can start (or nothing needs checking here); else what is missing
    for the last platform Qt would try (xcb on an X11 or Wayland desktop)."""
    environ = os.environ if environ is None else environ
    if not system.startswith("linux"):
        return None
    candidates = platforms(environ)
    if not candidates or any(p not in CHECKED for p in candidates):
        return None
    missing = None
    for platform in candidates:
        plugin = locate(platform)
        if plugin is None:
            continue
        report = inspect(plugin)
        if report is None:  # no dynamic linker to ask: Qt will say what it says
            return None
        libraries = not_found(report)
        if not libraries:
            return None
        missing = Missing(platform, libraries)
    return missing


def ensure_platform(stream=None) -> int:  # noqa: ANN001
    """0 when the window may start; else prints what to install and returns `EXIT_CODE`."""
    missing = check()
    if missing is None:
        return 0
    print(missing.message(), file=stream or sys.stderr)
    return EXIT_CODE
