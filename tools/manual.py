"""Make the manual's pictures again: `python tools/manual.py [--db FILE]`.

The pictures of `docs/manual/` are made by the program itself from a demonstration data set
(a new one in a temporary folder unless `--db` names one): each page as the role it is
written for (`semansara screenshot PAGE --as USER`) and, for each step of Article 3, the
process map with a request of the demonstration at that step (`semansara process-map
--request REF`). They are scaled down to `WIDTH` pixels so that the manual stays small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IMAGES = ROOT / "docs" / "manual" / "images"
WIDTH = 900  # pixels: big enough to read the labels, small enough for the repository

# picture name → (page, user it is seen as)
PAGES = {
    "desk-home": ("home", "desk"),
    "desk-ngos": ("ngos", "desk"),
    "desk-requests": ("requests", "desk"),
    "desk-bookings": ("bookings", "desk"),
    "district-home": ("home", "district"),
    "district-requests": ("requests", "district"),
    "district-contracts": ("contracts", "district"),
    "district-semansaras": ("semansaras", "district"),
    "empowerment-ngos": ("ngos", "empowerment"),
    "finance-notes": ("notes", "finance"),
    "finance-settings": ("settings", "finance"),
    "manager-home": ("home", "mgr06"),
    "manager-bookings": ("bookings", "mgr06"),
    "admin-settings": ("settings", "admin"),
}

# step letter's picture → the request state that shows it on the process map
STEPS = {
    "step-alef": "alef_registered",
    "step-be": "be_reviewed",
    "step-pe": "pe_referred",
    "step-te": "te_waitlisted",
    "step-se": "se_invited",
    "step-jim": "jim_contracted",
    "step-che": "che_letter_to_representative",
    "step-he": "he_letter_to_manager",
}


def _demo(path: Path) -> None:
    from app.cli import main

    os.environ.setdefault("SEMANSARA_PASSWORD", "manual-pictures-1405")
    if main(["--db", str(path), "demo", "--ngos", "60"]) != 0:
        raise SystemExit("the demonstration data set could not be made")


def _shrink(path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)


def _request_in(url: str, state: str) -> str | None:
    from app.db import models as m
    from app.db.database import close_database, open_database

    open_database(url)
    try:
        row = m.Request.select(m.Request.ref).where(m.Request.state == state).first()
        return row.ref if row else None
    finally:
        close_database()


def make(url: str, out: Path = IMAGES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.db.database import close_database, open_database
    from app.ui.app import save_screenshot
    from app.ui.process_map_view import export_png

    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (page, user) in PAGES.items():
        path = out / f"{name}.png"
        if save_screenshot(url, page, path, as_user=user, language="fa") != 0:
            raise SystemExit(f"{name}: the screenshot failed")
        made.append(path)
    for name, state in STEPS.items():
        ref = _request_in(url, state)
        if ref is None:
            raise SystemExit(f"{name}: the data set has no request at {state}")
        path = out / f"{name}.png"
        open_database(url)
        try:
            export_png(path, request_ref=ref)
        finally:
            close_database()
        made.append(path)
    for path in made:
        _shrink(path)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a demonstration database (default: a new one)")
    parser.add_argument("--out", default=str(IMAGES), help="where the pictures go")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        url = args.db or str(Path(work) / "demo.sqlite")
        if not args.db:
            _demo(Path(url))
        for path in make(url, Path(args.out)):
            print(
                f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                f"{path.stat().st_size // 1024} KB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
