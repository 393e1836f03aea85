"""Files the program writes that hold an office's data or its passwords are its owner's
alone: the SQLite database (and its -wal and -shm files), backups, restores and the settings
file are created 0600 where the OS has file modes, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app import config
from app.db.backup import backup, restore
from app.db.database import close_database, open_database
from app.workflow.bootstrap import initialise

MODES = os.name != "nt"  # Windows has no owner/group/other bits: the chmod is skipped there


@pytest.fixture(autouse=True)
def open_umask():  # noqa: ANN201
    """A umask that would leave files readable by everyone."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _private(path: Path) -> None:
    assert path.is_file() and path.stat().st_size >= 0
    if MODES:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, (path, oct(path.stat().st_mode))


def test_database_backup_restore_and_settings_are_owner_only(tmp_path: Path, clock) -> None:  # noqa: ANN001
    office = tmp_path / "data" / "office.sqlite"
    initialise(open_database(str(office)), clock.now())  # writes: the -wal and -shm appear
    try:
        for path in (office, Path(f"{office}-wal"), Path(f"{office}-shm")):
            _private(path)
        copy = backup(str(office), tmp_path / "office.backup")
        _private(copy)
    finally:
        close_database()
    restored = tmp_path / "restored" / "office.sqlite"
    restore(copy, str(restored))
    _private(restored)
    settings = config.save_settings({"database.url": str(office)}, tmp_path / "settings.json")
    _private(settings)
    assert config.setting("database.url", settings) == str(office)


def test_postgresql_backup_is_owner_only(tmp_path: Path, clock) -> None:  # noqa: ANN001
    from tests.conftest import _pg_schema_url

    for url in _pg_schema_url():
        initialise(open_database(url), clock.now())
        close_database()
        _private(backup(url, tmp_path / "office.backup"))
