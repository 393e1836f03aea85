"""Where the database is: `--db`, else SEMANSARA_DB, else the database saved in the settings,
else an SQLite file in the user's data folder (created on first start).

Settings a person changes in the program are declared once, below (`SETTINGS`: each with its
type, default and description), and kept as JSON in the user's configuration folder
(`settings.json`, one section per subject; the SMTP section of `app.workflow.notifications`
shares the file). The command line and the environment always win over a saved setting.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "Semansara"
# The manual's first page (Persian Markdown, one page per role and per step), relative to the
# program's folder: the repository, or the PyInstaller bundle (build.spec); `manual_index()`.
MANUAL_INDEX = Path("docs", "manual", "index.md")


def program_dir() -> Path:
    """The folder the program runs from: the repository beside `app/`, or the bundle."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parents[1]


def manual_index() -> Path:
    """The manual's index page (what Help opens)."""
    return program_dir() / MANUAL_INDEX


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "semansara.sqlite"


def database_url(arg: str | None = None, *, checked: bool = True) -> str:
    """The database to use, `checked`: a PostgreSQL URL (any case of its scheme) or an SQLite
    file ending .sqlite/.db; anything else raises `DatabaseUrlError` (Persian). The window
    takes it unchecked and says so in its own dialog, where another can be chosen."""
    from app.db.database import check_url

    url = (
        arg
        or os.environ.get("SEMANSARA_DB")
        or str(setting("database.url") or "")
        or str(default_sqlite_path())
    )
    return check_url(url) if checked else url


# --- settings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """One setting: `name` is «section.key» in the JSON file."""

    name: str
    type: type
    default: Any
    description: str

    @property
    def section(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def key(self) -> str:
        return self.name.split(".", 1)[1]


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "database.url",
            str,
            "",
            "The database used at start-up: an SQLite file's path or a postgresql:// URL. "
            "Empty: semansara.sqlite in the user's data folder. --db and SEMANSARA_DB win. "
            "A PostgreSQL password is kept in it only when database.save_password is true "
            "(otherwise libpq finds it: PGPASSWORD or ~/.pgpass).",
        ),
        Setting(
            "database.save_password",
            bool,
            False,
            "Keep the PostgreSQL password in this file (readable by its owner alone).",
        ),
        Setting(
            "interface.language",
            str,
            "fa",
            "The interface language: fa (Persian, the default) or en (English). Read at "
            "start-up; SEMANSARA_LANG and --lang win.",
        ),
        Setting(
            "audit.key_file",
            str,
            "",
            "A file holding the office's secret key (kept outside the database, on the desks "
            "only): every audit event is sealed with an HMAC of its hash, and `semansara audit "
            "verify` checks the seals. SEMANSARA_AUDIT_KEY_FILE wins. Empty: no seal.",
        ),
    )
}


def settings_path() -> Path:
    """The settings file in the user's configuration folder."""
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def _read(path: Path) -> dict[str, Any]:
    """The file's sections; an absent or unreadable file reads as empty (the defaults hold)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def setting(name: str, path: Path | None = None) -> Any:
    """The saved value of setting `name`, or its default when unsaved or of the wrong type."""
    spec = SETTINGS[name]
    section = _read(path or settings_path()).get(spec.section)
    value = section.get(spec.key, spec.default) if isinstance(section, dict) else spec.default
    return value if isinstance(value, spec.type) else spec.default


def save_settings(values: dict[str, Any], path: Path | None = None) -> Path:
    """Write `values` (setting name → value), keeping every other section and key of the file.
    Written atomically, readable by its owner alone."""
    path = path or settings_path()
    data = _read(path)
    for name, value in values.items():
        spec = SETTINGS[name]
        if not isinstance(value, spec.type):
            raise TypeError(f"{name}: {spec.type.__name__} expected, not {value!r}")
        section = data.get(spec.section)
        if not isinstance(section, dict):
            section = data[spec.section] = {}
        section[spec.key] = value
    return write_settings_file(data, path)


class SettingsError(OSError):
    """Settings that cannot be written (`strerror` is Persian); the file is left as it was."""

    def __init__(self, message: str):
        super().__init__(errno.EINVAL, message)


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def write_settings_file(data: dict[str, Any], path: Path) -> Path:
    """Replace the settings file with `data` atomically (a half-written file is never read),
    readable by its owner alone: it may hold a password. A NUL character is refused
    (`SettingsError`), as everywhere else."""
    if _has_nul(data):
        raise SettingsError("تنظیمات نویسهٔ تهی (NUL) دارد؛ ذخیره نشد.")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
        if os.name != "nt":  # Windows has no owner-only mode; the profile folder is private
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def postgres_url(
    host: str, port: int, database: str, user: str, password: str = "", **params: str
) -> str:
    """A postgresql:// URL; the password only when given."""
    who = quote(user, safe="")
    if password:
        who += ":" + quote(password, safe="")
    where = f"[{host}]" if ":" in host else host
    url = f"postgresql://{who}{'@' if who else ''}{where}:{port}/{quote(database, safe='')}"
    if params:
        url += "?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params.items())
    return url


def save_database(url: str, *, save_password: bool = False, path: Path | None = None) -> Path:
    """Save the database to use from the next start; a PostgreSQL password is dropped from the
    URL unless `save_password`."""
    if not save_password:
        url = without_password(url)
    return save_settings({"database.url": url, "database.save_password": save_password}, path)


def without_password(url: str) -> str:
    """`url` with any password taken out (a PostgreSQL URL; anything else as it is)."""
    if not url.startswith(("postgresql://", "postgres://")):
        return url
    from psycopg.conninfo import conninfo_to_dict

    parts = {k: str(v) for k, v in conninfo_to_dict(url).items()}
    parts.pop("password", None)
    host = parts.pop("host", "localhost")
    port = int(parts.pop("port", 5432) or 5432)
    dbname = parts.pop("dbname", "")
    user = parts.pop("user", "")
    return postgres_url(host, port, dbname, user, **parts)
