"""`semansara print` and `semansara verify`, run as the real program (a subprocess)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from app.db.database import close_database, open_database
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World, signed_in_env


def _semansara(*args: str, user: str = "deputy") -> subprocess.CompletedProcess[str]:
    env = signed_in_env(user)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )


def test_print_and_verify_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    # The command line acts on the real clock and first catches up to it: the
    # records are made today, so that the contract still runs when it is printed.
    clock = FixedClock(dt.datetime.now().replace(microsecond=0))
    initialise(open_database(str(db)), clock.now(), starter_users=False)
    try:
        w = World(clock)
        rw.name_users(w)
        rw.register(w, "N1")
        rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1")
        rw.register(w, "N2")
        rw.request_to(w, "R2", "N2", "be_rejected")
        w.give_passwords("deputy", "desk")
    finally:
        close_database()

    out = tmp_path / "contract.pdf"
    printed = _semansara("print", "contract", "C1", "--out", str(out), "--db", str(db))
    assert printed.returncode == 0, printed.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    match = re.search(r"کد تصدیق ([A-Z0-9]{4}-[A-Z0-9]{4})", printed.stdout)
    assert match and "CON-" in printed.stdout, printed.stdout

    checked = _semansara("verify", match[1], "--db", str(db), user="desk")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "قرارداد اجارهٔ شش‌ماهه" in checked.stdout and "وضعیت: معتبر" in checked.stdout
    assert "قرارداد C1" in checked.stdout and "به دست حسن موسوی" in checked.stdout

    unknown = _semansara("verify", "ZZZZ-ZZZZ", "--db", str(db))
    assert unknown.returncode == 1 and "ثبت نشده" in unknown.stdout

    refused = _semansara(
        "print", "contract", "R2", "--out", str(tmp_path / "x.pdf"), "--db", str(db)
    )
    assert refused.returncode == 1
    assert "قراردادی بسته نشده" in refused.stderr and "OUT_OF_ORDER" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
