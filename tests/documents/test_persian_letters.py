"""R-9.2: Arabic ي and ك, as old keyboards and Excel files type them, are stored as the Persian
ی and ک in names and free text, and the papers print the Persian letters. Both databases."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.db import models as m
from app.documents import printing
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World

ARABIC = re.compile("[يكى]")


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    rw.name_users(w)
    w.do("admin", "update_user", username="deputy", full_name="حسن كريمي")
    rw.register(w, "N1", name="انجمن ياران كودك", chief="مريم كاظمي")
    w.do(
        "desk",
        "update_ngo",
        code="N1",
        representative="علي يزداني",
        address="تهران، خيابان كارگر",
    )
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    return w


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    (tmp_path / "c.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub("[\u202a-\u202e]", "", text).replace("\u00a0", " ")


def test_r9_2_names_are_stored_with_persian_letters(world: World) -> None:
    ngo = m.Ngo.get(m.Ngo.code == "N1")
    assert ngo.name == "انجمن یاران کودک"
    assert ngo.chief == "مریم کاظمی"
    assert ngo.representative == "علی یزدانی"
    assert ngo.address == "تهران، خیابان کارگر"
    assert m.User.get(m.User.username == "deputy").full_name == "حسن کریمی"
    # Searching with the Arabic letters finds the stored name all the same.
    world.do("desk", "update_ngo", code="N1", name="كانون ياوران")
    assert m.Ngo.get(m.Ngo.code == "N1").name == "کانون یاوران"


def test_r9_2_the_contract_prints_persian_letters(world: World, tmp_path: Path) -> None:
    text = _pdftotext(printing.issue_pdf("contract", "C1", "deputy", world.clock).pdf, tmp_path)
    assert not ARABIC.search(text), ARABIC.findall(text)
    assert "انجمن یاران کودک" in text
    assert "مریم کاظمی" in text and "علی یزدانی" in text
    assert "حسن کریمی" in text


def test_r9_2_text_kept_before_the_rule_prints_persian_letters(
    world: World, tmp_path: Path
) -> None:
    """A name written to the database around the workflow (an old copy) still prints right."""
    rw.register(world, "N2")
    m.Ngo.update(representative="علي يزداني").where(m.Ngo.code == "N2").execute()
    rw.request_to(world, "R2", "N2", "he_letter_to_manager", contract="C2", starts="1405/01/10")
    text = _pdftotext(printing.issue_pdf("contract", "C2", "deputy", world.clock).pdf, tmp_path)
    assert "علی یزدانی" in text
    assert not ARABIC.search(text)
