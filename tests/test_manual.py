"""The Persian manual (docs/manual): a page per role and per step of Article 3, every link and
picture there, the pictures small, and the index where Help looks for it."""

from __future__ import annotations

import re
from pathlib import Path

from app import config
from app.workflow import roles

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "docs" / "manual"
LINK = re.compile(r"\]\(([^)#\s]+)\)")
PERSIAN = re.compile(r"[\u0600-\u06FF]")

ROLE_PAGES = {
    roles.ADMIN: "roles/admin.md",
    roles.DESK_EXPERT: "roles/desk.md",
    roles.DISTRICT_DEPUTY: "roles/district.md",
    roles.EMPOWERMENT_DEPUTY: "roles/empowerment.md",
    roles.FINANCE_DEPUTY: "roles/finance.md",
    roles.SEMANSARA_MANAGER: "roles/manager.md",
}
STEP_LETTERS = ("الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ")


def _pages() -> list[Path]:
    return sorted(MANUAL.rglob("*.md"))


def test_help_finds_the_index() -> None:
    assert config.manual_index() == MANUAL / "index.md"
    assert config.manual_index().is_file()


def test_a_page_for_every_role_and_every_step() -> None:
    assert set(ROLE_PAGES) == set(roles.ROLES)
    index = (MANUAL / "index.md").read_text(encoding="utf-8")
    for page in ROLE_PAGES.values():
        assert (MANUAL / page).is_file(), page
        assert f"({page})" in index, page
    steps = sorted((MANUAL / "steps").glob("*.md"))
    assert len(steps) == len(STEP_LETTERS)
    for path, letter in zip(steps, STEP_LETTERS, strict=True):
        title = path.read_text(encoding="utf-8").splitlines()[0]
        assert title.startswith(f"# مرحلهٔ {letter}:"), path.name
        assert f"(steps/{path.name})" in index


def test_every_link_and_picture_is_there_and_pictures_are_small() -> None:
    pictures = set()
    for page in _pages():
        text = page.read_text(encoding="utf-8")
        assert len(PERSIAN.findall(text)) > 100, page  # written in Persian
        for target in LINK.findall(text):
            path = (page.parent / target).resolve()
            assert path.is_file(), f"{page.relative_to(MANUAL)} → {target}"
            if path.suffix == ".png":
                pictures.add(path)
    assert len(pictures) >= 20
    for picture in pictures:
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", picture
        assert picture.stat().st_size < 250_000, picture
    made = {p.resolve() for p in (MANUAL / "images").glob("*.png")}
    assert made == pictures  # no picture left that no page shows
