"""Start-up with a database that will not open (issue 5): the person sees a clear Persian
dialog offering to retry, choose another database or leave, never a traceback.

The real dialog (`ask_about_database`) is used; only its answers are given here, by replacing
`QMessageBox.exec` (which would wait for a click) and the file chooser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from app.db import models as m
from app.db.database import close_database, open_database
from app.db.migrations import LATEST, SchemaTooNew
from app.ui import app as ui_app
from app.ui import texts
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock

# Nothing listens on port 1: the connection is refused at once.
UNREACHABLE = "postgresql://postgres:pw-123@127.0.0.1:1/semansara"


class Answers:
    """What the person clicks in each database dialog, in order; what each dialog said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *clicks: str, chosen: str = "") -> None:
        self.clicks = list(clicks)
        self.shown: list[dict[str, str]] = []
        self.chosen = chosen
        answers = self

        def exec_(box: QMessageBox) -> int:
            answers.shown.append(
                {
                    "title": box.windowTitle(),
                    "text": box.text(),
                    "informative": box.informativeText(),
                    "buttons": " | ".join(sorted(b.text() for b in box.buttons())),
                    "direction": str(box.isRightToLeft()),
                }
            )
            box.findChild(QAbstractButton, answers.clicks.pop(0)).click()
            return 0

        def save_file_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
            return answers.chosen, ""

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)


@pytest.fixture(autouse=True)
def closed() -> Iterator[None]:
    yield
    close_database()


def test_unreachable_postgresql_asks_and_opens_the_chosen_file(
    qapp,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    chosen = tmp_path / "desk.sqlite"
    answers = Answers(monkeypatch, ui_app.RETRY, ui_app.CHOOSE, chosen=str(chosen))

    opened = ui_app.open_with_recovery(UNREACHABLE)

    assert opened is not None and opened[1] == str(chosen)
    assert m.User.select().where(m.User.username == "admin").exists()
    assert len(answers.shown) == 2  # asked, retried (still refused), asked again
    said = answers.shown[0]
    assert said["title"] == texts.DB_PROBLEM_TITLE
    assert said["text"] == texts.DB_PROBLEM_TEXT.format(
        where=texts.POSTGRES_ON.format(host="127.0.0.1")
    )
    assert said["informative"] == texts.DB_UNREACHABLE
    assert said["buttons"] == " | ".join(sorted((texts.DB_RETRY, texts.DB_CHOOSE, texts.DB_EXIT)))
    assert said["direction"] == "True"
    everything = " ".join(" ".join(s.values()) for s in answers.shown)
    assert "pw-123" not in everything and "Traceback" not in everything
    assert "OperationalError" not in everything


def test_choosing_no_file_asks_again(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = Answers(monkeypatch, ui_app.CHOOSE, ui_app.EXIT, chosen="")  # the chooser cancelled
    assert ui_app.open_with_recovery(UNREACHABLE) is None
    assert len(answers.shown) == 2


def test_database_of_a_newer_program_is_refused_and_left_untouched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FixedClock
) -> None:
    newer = tmp_path / "newer.sqlite"
    database = open_database(str(newer))
    initialise(database, clock.now())
    database.execute_sql(
        "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, 'future', 'x')",
        (LATEST + 1,),
    )
    close_database()
    answers = Answers(monkeypatch, ui_app.EXIT)
    seen: list[BaseException] = []
    real_ask = ui_app.ask_about_database

    def ask(url: str, exc: BaseException) -> tuple[str, str | None]:
        seen.append(exc)
        return real_ask(url, exc)

    assert ui_app.open_with_recovery(str(newer), ask) is None

    assert isinstance(seen[0], SchemaTooNew)
    said = answers.shown[0]
    assert said["text"] == texts.DB_PROBLEM_TEXT.format(where=str(newer))
    assert texts.DB_TOO_NEW in said["informative"] and "Traceback" not in said["informative"]
    database = open_database(str(newer))
    versions = [row[0] for row in database.execute_sql("SELECT version FROM schema_migration")]
    assert max(versions) == LATEST + 1  # not migrated, not changed


def test_the_program_leaves_quietly_when_the_person_chooses_to(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`run_gui` itself: the dialog, «خروج», exit status 1, nothing printed."""
    answers = Answers(monkeypatch, ui_app.EXIT)
    assert ui_app.run_gui(UNREACHABLE) == 1
    assert len(answers.shown) == 1 and answers.shown[0]["informative"] == texts.DB_UNREACHABLE
    out = capsys.readouterr()
    assert out.out == "" and "Traceback" not in out.err
