"""`semansara demo` shows how far it is (a callback the window can use, a bar on the terminal)
and builds the data set as one transaction: a build that stops leaves the database empty.
What the callback is told on a whole build is checked on test_demo.py's same-seed build (one
demonstration built fewer on each kind of database)."""

from __future__ import annotations

import io

import pytest

from app import demo as demo_module
from app.cli_progress import TerminalBar
from app.db import models as m
from app.demo import build_demo

pytestmark = pytest.mark.slow


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_build_that_stops_leaves_the_database_empty(database, monkeypatch) -> None:  # noqa: ANN001
    def broken(self, story):  # noqa: ANN001, ANN202
        assert m.Ngo.select().exists()  # written already, inside the build's transaction
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(demo_module._Demo, "submit", broken)
    with pytest.raises(RuntimeError, match="disk went away"):
        build_demo(ngos=30, seed=5)
    assert m.Ngo.select().count() == m.Semansara.select().count() == 0
    assert m.User.select().where(m.User.username.startswith("mgr")).count() == 0
    assert not m.DatabaseMark.select().where(m.DatabaseMark.name == demo_module.DEMO_MARK).exists()


def test_the_terminal_bar_redraws_one_line_and_ends_it() -> None:
    out = _Terminal()
    bar = TerminalBar("ساختن دادهٔ نمایشی", out, width=10)
    for done, total in ((0, 1000), (4, 1000), (10, 1000), (500, 1000), (505, 1000), (1000, 1000)):
        bar(done, total)
    text = out.getvalue()
    assert text.count("\r") == 4  # 0 %, 1 %, 50 %, 100 %: a percentage once
    assert text.endswith("[##########] ۱۰۰٪ ساختن دادهٔ نمایشی\n")
    assert "\r[#####·····] ۵۰٪ ساختن دادهٔ نمایشی" in text
    assert text.count("\n") == 1


def test_no_bar_where_the_output_is_not_a_terminal() -> None:
    out = io.StringIO()
    bar = TerminalBar("دادهٔ نمایشی", out)
    bar(1, 2)
    bar(2, 2)
    assert out.getvalue() == ""
    assert TerminalBar("x").line(0, 0).startswith("[" + "#" * 30 + "]")
