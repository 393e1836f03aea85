"""Where the database is: `--db`, else SEMANSARA_DB, else an SQLite file in the user's data
folder (created on first start)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Semansara"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "semansara.sqlite"


def database_url(arg: str | None = None) -> str:
    return arg or os.environ.get("SEMANSARA_DB") or str(default_sqlite_path())
