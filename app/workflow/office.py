"""The office's own jobs on the whole database, each in the trail (R-3.5): a backup written, a
backup restored, the database moved, the trail checked. Only the administrator may (roles.py).

The job itself runs outside the service (pg_dump, the SQLite backup API, a copy between two
databases); its action is the role check beforehand (`service.check_role`) and, once the job
is done, one event saying who did it, when, and with what file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from app.workflow.audit import Trail
from app.workflow.service import Context, Result, action


def file_facts(path: str | Path) -> dict[str, Any]:
    """A file's name, size and SHA-256, to tell later which file it was."""
    path = Path(path)
    if not path.is_file():
        return {"file": str(path)}
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return {"file": str(path), "bytes": path.stat().st_size, "sha256": digest.hexdigest()}


@action("backup")
def backup_written(ctx: Context, trail: Trail, *, path: str) -> Result:
    trail.about("database", "backup", decision="backup_written", data=file_facts(path))
    return {"file": path}


@action("restore")
def restored(ctx: Context, trail: Trail, *, path: str) -> Result:
    trail.about("database", "restore", decision="restored", data=file_facts(path))
    return {"file": path}


@action("migrate_to")
def moved(ctx: Context, trail: Trail, *, source: str, counts: dict[str, Any]) -> Result:
    trail.about(
        "database", "migrate_to", decision="copied", data={"from": source, "counts": counts}
    )
    return {"from": source}


@action("audit_verify")
def trail_checked(ctx: Context, trail: Trail, *, ok: bool, summary: dict[str, Any]) -> Result:
    trail.about("database", "audit_verify", decision="ok" if ok else "broken", data=summary)
    return {"ok": ok}
