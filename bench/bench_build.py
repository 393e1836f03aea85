"""Build benchmark: how long the PyInstaller build takes, how big it is, and how
fast the built program starts.

* build: `pyinstaller --noconfirm --clean build.spec` into --work (or --built: an existing build
  folder such as dist/semansara, not rebuilt), wall time;
* size: MB and files of the one-folder build, and what makes it up (the biggest folders and
  files);
* start: wall time of the built `semansara screenshot home` (Qt offscreen, a demo database of
  --ngos NGOs made by the built program): cold, after the kernel's page cache was dropped
  (needs root; otherwise the first run after the build, which is marked "first"), and warm
  (median of --runs). The same for `semansara --help` (no Qt: the bootloader and Python), and,
  to compare, `python -m app screenshot home` from source.

    python bench/bench_build.py
    python bench/bench_build.py --built dist/semansara --runs 7
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE_NAME = "semansara.exe" if sys.platform == "win32" else "semansara"
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def build(work: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return work / "dist" / "semansara", time.perf_counter() - start


def size(folder: Path, top: int = 12) -> dict:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    internal = folder / "_internal"
    groups: dict[str, int] = {}
    for p in files:
        rel = p.relative_to(internal if internal in p.parents else folder).parts
        # PySide6/Qt/lib, PySide6/Qt/plugins, … are told apart; other packages as one.
        key = "/".join(rel[:3] if rel[:2] == ("PySide6", "Qt") else rel[:1])
        groups[key] = groups.get(key, 0) + p.stat().st_size
    biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:top]
    return {
        "mb": round(total / 1e6, 1),
        "files": len(files),
        "parts_mb": {
            k: round(v / 1e6, 1)
            for k, v in sorted(groups.items(), key=lambda kv: kv[1], reverse=True)[:top]
        },
        "biggest_files_mb": {
            str(p.relative_to(folder)): round(p.stat().st_size / 1e6, 1) for p in biggest
        },
    }


def drop_caches() -> bool:
    """Empty the page cache, so that the next start reads its files from disk (root only)."""
    try:
        subprocess.run(["sync"], check=False)
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def env(home: Path) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("SEMANSARA_DB", "SEMANSARA_LANG")}
    out.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    return out


def timed(command: list[str], home: Path, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        cwd=cwd,
        env=env(home),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def starts(command: list[str], home: Path, cwd: Path, runs: int, can_drop: bool) -> dict:
    cold_kind = "cold" if can_drop and drop_caches() else "first"
    cold = timed(command, home, cwd)
    warm = [timed(command, home, cwd) for _ in range(runs)]
    return {f"{cold_kind}_s": round(cold, 2), "warm_median_s": round(statistics.median(warm), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--built", type=Path, help="an existing build folder (not rebuilt)")
    parser.add_argument("--work", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ngos", type=int, default=30, help="demo size for the screenshot")
    parser.add_argument(
        "--no-drop-caches",
        action="store_true",
        help="do not drop the page cache before the cold runs",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench_build_") as tmp:
        home = Path(tmp)
        result: dict = {}
        if args.built:
            folder = args.built.resolve()
        else:
            folder, took = build((args.work or home / "work").resolve())
            result["build_s"] = round(took, 1)
        exe = str(folder / EXE_NAME)
        result["size"] = size(folder)
        can_drop = not args.no_drop_caches and os.access(DROP_CACHES, os.W_OK)

        db = home / "demo.sqlite"
        subprocess.run(
            [exe, "--db", str(db), "demo", "--ngos", str(args.ngos)],
            cwd=home,
            env=env(home),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        shot = ["--db", str(db), "screenshot", "home", "--out", str(home / "home.png")]
        result["start"] = {
            "built_screenshot_home": starts([exe, *shot], home, home, args.runs, can_drop),
            "built_help": starts([exe, "--help"], home, home, args.runs, can_drop),
            "source_screenshot_home": starts(
                [sys.executable, "-m", "app", *shot], home, ROOT, args.runs, can_drop
            ),
        }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
