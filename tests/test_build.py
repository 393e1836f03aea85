"""The installable build: `build.spec` makes a one-folder program that starts
and does real work with neither Python nor the source tree beside it.

The module builds the program once with PyInstaller into a temporary folder (about 20 s here),
or takes the build that SEMANSARA_BUILT names (a folder such as dist/semansara, made by
`bash tools/build`), and then runs the built executable offscreen, from a folder of its own:
`init` and `demo` on a new SQLite file, `screenshot` (compared with the same page drawn by the
program run from source), `print` and `verify` (Persian text in the PDF: fonts, reportlab,
reshaper and bidi were carried), `import` of an Excel file (openpyxl), `backup`,
`process-map`, the platform data folder (platformdirs) and PostgreSQL (psycopg).
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from filelock import FileLock
from PIL import Image, ImageChops

from app.demo import DEMO_PASSWORD
from app.ui.app import WINDOW_SIZE
from tests.conftest import PG_BASE
from tests.workflow.test_importer import ngo_row, write_xlsx

pytestmark = [pytest.mark.build, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
EXE_NAME = "semansara.exe" if sys.platform == "win32" else "semansara"
DEMO_NGOS = 30  # the smallest demonstration (`semansara demo --ngos`); 300 takes ~30 s


def folder_size(folder: Path) -> tuple[float, int]:
    """(MB, number of files) of a build folder; symbolic links are not counted."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def build_into(dist: Path, work: Path) -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return time.perf_counter() - start


def built_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float | None]:
    """The program built into this run's temporary folder, by the first worker that asks (the
    others, in a parallel run, wait for it and take the same folder); the build's seconds, or
    None when it was there already."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above the workers' own
    base = shared / "pyinstaller"
    folder = base / "dist" / "semansara"
    with FileLock(shared / "pyinstaller.lock"):
        if (folder / EXE_NAME).is_file():
            return folder, None
        return folder, build_into(base / "dist", base / "work")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the built program."""
    given = os.environ.get("SEMANSARA_BUILT")
    if given:
        folder, took = Path(given).resolve(), None
    else:
        folder, took = built_once(tmp_path_factory)
    assert (folder / EXE_NAME).is_file(), f"no {EXE_NAME} in {folder}"
    mb, files = folder_size(folder)
    print(
        f"build {folder}: {mb:.0f} MB, {files} files"
        + (f", built in {took:.0f} s" if took is not None else "")
    )
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A working folder away from the source tree, with its own data and settings folders."""
    folder = tmp_path / "desk"
    folder.mkdir()
    return folder


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SEMANSARA_DB", "SEMANSARA_LANG", "PYTHONPATH")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        **extra,
    )
    return env


def run_built(build: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(build / EXE_NAME), *args],
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(home, **env),
        timeout=300,
    )


def run_source(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**environment(home), "PYTHONPATH": str(ROOT)},
        timeout=300,
    )


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def demo_db(build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new SQLite file made and filled by the built program."""
    home = tmp_path_factory.mktemp("demo")
    db = home / "demo.sqlite"
    assert "آماده" in ok(
        run_built(build, home, "--db", str(db), "init", SEMANSARA_PASSWORD=DEMO_PASSWORD)
    )
    counts = ok(run_built(build, home, "--db", str(db), "demo", "--ngos", str(DEMO_NGOS)))
    assert f"ngos={DEMO_NGOS}" in counts
    return db


def as_user(username: str) -> dict[str, str]:
    """A command signs in: the demonstration's accounts share one password (README.md)."""
    return {"SEMANSARA_USER": username, "SEMANSARA_PASSWORD": DEMO_PASSWORD}


def first_ref(db: Path, table: str) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT ref FROM {table} ORDER BY id LIMIT 1").fetchone()[0]


def pdf_text(pdf: Path) -> str:
    """The PDF's text, presentation forms folded back into letters (NFKC)."""
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub("[\u200c-\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))


# --- what is in the build ----------------------------------------------------------------------


def test_the_build_carries_resources_qt_modules_and_plugins(build: Path) -> None:
    internal = build / "_internal"
    resources = ROOT / "resources"
    missing = [
        str(p.relative_to(resources))
        for p in resources.rglob("*")
        if p.is_file() and not (internal / "resources" / p.relative_to(resources)).is_file()
    ]
    assert not missing, f"resources not in the build: {missing}"
    qt = internal / "PySide6"
    for module in (
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtPrintSupport",
        "QtPdf",
        "QtPdfWidgets",
        "QtCharts",
        "QtSvg",
    ):
        assert list(qt.glob(f"{module}.*")), f"PySide6.{module} is not in the build"
    for module in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml", "QtDesigner"):
        assert not list(qt.glob(f"{module}.*")), f"PySide6.{module} should be left out"
    plugins = qt / "Qt" / "plugins"
    for plugin in ("platforms/*offscreen*", "platforms/*xcb*", "imageformats/*", "printsupport/*"):
        assert list(plugins.glob(plugin)), f"Qt plugin {plugin} is not in the build"
    assert not list(internal.rglob("*Qt6Quick.*")), "Qt Quick came in through a plugin"
    assert list((qt / "Qt" / "translations").glob("qtbase_fa.qm"))
    # reportlab's C accelerator, imported by a name in a string (long report PDFs)
    assert list(internal.glob("_rl_accel*")), "_rl_accel is not in the build"


# --- the built program at work -----------------------------------------------------------------


def test_the_built_program_draws_its_pages_as_the_source_does(
    build: Path, demo_db: Path, home: Path
) -> None:
    """`screenshot` from the build: a PNG of the window's size, not blank, and the same picture
    as the program run from source draws (fonts, style sheet and translations were carried)."""
    built_png, source_png = home / "built.png", home / "source.png"
    ok(run_built(build, home, "--db", str(demo_db), "screenshot", "home", "--out", str(built_png)))
    ok(run_source(home, "--db", str(demo_db), "screenshot", "home", "--out", str(source_png)))
    with Image.open(built_png) as built, Image.open(source_png) as source:
        assert built.size == WINDOW_SIZE
        colours = built.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) >= 50, f"the page looks blank: {len(colours)} colours"
        assert source.size == built.size
        diff = ImageChops.difference(built.convert("RGB"), source.convert("RGB")).convert("L")
        changed = sum(diff.point(lambda v: 255 if v else 0).histogram()[255:])
    # A missing font or style sheet changes every line of text (well over 5 % of the pixels);
    # a line that a second's difference in time changes is far less than 1 %.
    assert changed / (WINDOW_SIZE[0] * WINDOW_SIZE[1]) < 0.01, f"{changed} pixels differ"

    # Settings as the administrator: its tabs are imported by name (importlib).
    for page, user in (("settings", "admin"), ("reports", "admin"), ("bookings", None)):
        out = home / f"{page}.png"
        ok(
            run_built(
                build,
                home,
                "--db",
                str(demo_db),
                "screenshot",
                page,
                "--out",
                str(out),
                *(("--as", user) if user else ()),
            )
        )
        with Image.open(out) as image:
            assert image.size == WINDOW_SIZE

    out = home / "map.png"
    ok(
        run_built(
            build,
            home,
            "--db",
            str(demo_db),
            "process-map",
            "--out",
            str(out),
            "--request",
            first_ref(demo_db, "request"),
        )
    )
    assert out.stat().st_size > 10_000


def test_the_built_program_prints_and_verifies_persian_documents(
    build: Path, demo_db: Path, home: Path
) -> None:
    pdf = home / "contract.pdf"
    contract = first_ref(demo_db, "contract")
    printed = ok(
        run_built(
            build,
            home,
            "--db",
            str(demo_db),
            "print",
            "contract",
            contract,
            "--out",
            str(pdf),
            **as_user("district"),
        )
    )
    code = re.search(r"کد تصدیق ([A-Z0-9]{4}-[A-Z0-9]{4})", printed)
    assert code, printed
    text = pdf_text(pdf)
    assert "قرارداد" in text and "ستاد حمایت" in text and contract in text, text[:2000]
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "Vazirmatn" in fonts
    verified = ok(
        run_built(build, home, "--db", str(demo_db), "verify", code[1], **as_user("desk"))
    )
    assert "معتبر" in verified and contract in verified
    assert "سالم" in ok(
        run_built(build, home, "--db", str(demo_db), "audit", "verify", **as_user("admin"))
    )


def test_the_built_program_imports_excel_and_backs_up(
    build: Path, demo_db: Path, home: Path
) -> None:
    sheet = write_xlsx(home / "ngos.xlsx", [ngo_row(1), ngo_row(2)])
    report = ok(
        run_built(
            build, home, "--db", str(demo_db), "import", str(sheet), "--dry-run", **as_user("desk")
        )
    )
    assert "۲ سمن افزوده می‌شود" in report
    copy = home / "backup.sqlite"
    ok(
        run_built(
            build, home, "--db", str(demo_db), "backup", "--out", str(copy), **as_user("admin")
        )
    )
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT COUNT(*) FROM ngo").fetchone()[0] == DEMO_NGOS


def test_the_built_program_keeps_its_database_in_the_user_data_folder(
    build: Path, home: Path
) -> None:
    ok(run_built(build, home, "init"))
    assert (home / "data" / "Semansara" / "semansara.sqlite").is_file()


@pytest.fixture
def pg_url() -> Iterator[str]:
    schema = f"b_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public")
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema},public"
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.mark.postgres
def test_the_built_program_works_on_postgresql(build: Path, home: Path, pg_url: str) -> None:
    ok(run_built(build, home, "--db", pg_url, "init", SEMANSARA_PASSWORD=DEMO_PASSWORD))
    assert "سالم" in ok(
        run_built(build, home, "--db", pg_url, "audit", "verify", **as_user("admin"))
    )
    out = home / "pg.png"
    ok(run_built(build, home, "--db", pg_url, "screenshot", "semansaras", "--out", str(out)))
    assert out.is_file()
