"""The English catalogue of the interface (Qt Linguist), kept with the Persian sources.

    .venv/bin/python tools/translations.py update    # .ts from the sources, translations kept
    .venv/bin/python tools/translations.py compile   # .qm from the .ts (pyside6-lrelease)
    .venv/bin/python tools/translations.py check     # exit 1: unfinished, broken or stale .qm
    .venv/bin/python tools/translations.py fill FILE # English from a JSON {"source": "English"}

`update` walks what `app.ui.i18n` names as translatable (`text_sources`, `label_sources`,
`error_codes`) and the Persian headings written in `app/workflow/reports.py` (read from its
source, as lupdate does); the English of a workflow label the workflow's catalogue already has
(`app.workflow.messages.LABELS`, for the contexts of `LABELS_FROM_WORKFLOW`) is taken from
there. A new source comes in as
`type="unfinished"`; a source no longer in the program is
kept as `type="vanished"` (so that a reworded text's old translation is still in front of the
translator; lrelease ignores it) unless `--drop-vanished`. The .ts can be opened in Qt Linguist
(`pyside6-linguist resources/i18n/semansara_en.ts`); this tool keeps whatever it saves.

`check` also compares each translation with its source: the same `{field}` placeholders and the
same HTML tags.

`resources/i18n/qt_supplement_fa.ts` is kept by hand: Persian for the strings of Qt's own
dialogs that Qt's `qtbase_fa.qm` lacks; `compile` and `check` cover it too.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.ui import i18n  # noqa: E402

TS_FILE = ROOT / "resources" / "i18n" / f"{i18n.CATALOGUE}.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
#: hand-kept Persian for Qt's own dialogs (English sources), compiled alongside
QT_SUPPLEMENT_TS = ROOT / "resources" / "i18n" / f"{i18n.QT_SUPPLEMENT}.ts"

FIELD = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


@dataclass
class Message:
    source: str
    translation: str = ""
    kind: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"
    where: list[str] = field(default_factory=list)


Catalogue = dict[str, dict[str, Message]]  # context → source → message


# --- the sources -------------------------------------------------------------------------------


def sources() -> Catalogue:
    """Every translatable source, by context, in the program's order (translations empty)."""
    out: Catalogue = {i18n.TEXTS_CONTEXT: {}}
    for where, text in i18n.text_sources():
        message = out[i18n.TEXTS_CONTEXT].setdefault(text, Message(text))
        message.where.append(where)
    for context, labels in i18n.label_sources().items():
        out[context] = {text: Message(text) for text in labels}
    out[REPORTS_CONTEXT] = {text: Message(text) for text in persian_literals(REPORTS_SOURCE)}
    out[i18n.ERRORS_CONTEXT] = {code: Message(code) for code in i18n.error_codes()}
    return out


REPORTS_CONTEXT = "reports.labels"
# The contexts whose English is the workflow catalogue's (`messages.LABELS`).
LABELS_FROM_WORKFLOW = frozenset(
    {
        "roles.ROLE_NAMES",
        "policy.SERVICE_NAMES",
        "registry.STAFF_KINDS",
        "requests.CHANNELS",
        "validate.FIELD_NAMES",
        "machines.states",
        "jalali.MONTH_NAMES",
        "jalali.WEEKDAY_NAMES",
        "notifications.RECIPIENT_NAMES",
        "notifications.CHANNEL_NAMES",
    }
)
REPORTS_SOURCE = ROOT / "app" / "workflow" / "reports.py"


def persian_literals(path: Path) -> list[str]:
    """The Persian string literals of a module, in order (headings written inline)."""
    out: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and any("\u0600" <= ch <= "\u06ff" for ch in node.value)
            and not re.search("[A-Za-z]", re.sub(r"\{\w+\}", "", node.value))  # not a docstring
            and node.value not in out
        ):
            out.append(node.value)
    return out


# --- reading and writing the .ts ---------------------------------------------------------------


def read_ts(path: Path = TS_FILE) -> Catalogue:
    if not path.is_file():
        return {}
    out: Catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        messages = out.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            translation = (node.text or "") if node is not None else ""
            kind = node.get("type", "") if node is not None else "unfinished"
            messages[source] = Message(source, translation, kind)
    return out


def write_ts(catalogue: Catalogue, path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="fa_IR")
    for name, messages in catalogue.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in messages.values():
            node = ET.SubElement(context, "message")
            ET.SubElement(node, "source").text = message.source
            if message.where:
                shown = message.where[:3] + (["…"] if len(message.where) > 3 else [])
                ET.SubElement(node, "extracomment").text = ", ".join(shown)
            translation = ET.SubElement(node, "translation")
            if message.kind:
                translation.set("type", message.kind)
            translation.text = message.translation
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


# --- the commands ------------------------------------------------------------------------------


def update(drop_vanished: bool = False) -> tuple[int, int, int]:
    """Regenerate the .ts; returns (messages, new, vanished)."""
    old = read_ts()
    new_catalogue = sources()
    added = 0
    from app.workflow.messages import LABELS  # the workflow's own English for its labels

    for context, messages in new_catalogue.items():
        for source, message in messages.items():
            before = old.get(context, {}).get(source)
            if context in LABELS_FROM_WORKFLOW and source in LABELS:
                message.translation, message.kind = LABELS[source], ""
            elif before is not None and before.translation:
                message.translation = before.translation
                message.kind = "unfinished" if before.kind == "unfinished" else ""
            else:
                added += 1
    vanished = 0
    for context, messages in old.items():
        for source, message in messages.items():
            if source in new_catalogue.get(context, {}) or not message.translation:
                continue
            if drop_vanished:
                continue
            vanished += 1
            message.kind = "vanished"
            message.where = []
            new_catalogue.setdefault(context, {})[source] = message
    write_ts(new_catalogue)
    total = sum(len(m) for m in new_catalogue.values())
    return total, added, vanished


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> str:
    """Run lrelease; returns its report. Raises CalledProcessError on failure."""
    done = subprocess.run(
        [lrelease(), "-nounfinished", "-removeidentical", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return (done.stdout + done.stderr).strip()


def qm_is_current(ts: Path = TS_FILE, qm: Path = QM_FILE) -> bool:
    if not qm.is_file():
        return False
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        compile_qm(ts, fresh)
        return filecmp.cmp(fresh, qm, shallow=False)


def fields(text: str) -> list[str]:
    return sorted(FIELD.findall(text))


def tags(text: str) -> list[str]:
    """The HTML tags of `text`, attributes left out: ``["</b>", "<b>"]``."""
    return sorted(
        ("</" if m.group(0).startswith("</") else "<") + m.group(1).lower() + ">"
        for m in TAG.finditer(text)
    )


def problems(catalogue: Catalogue | None = None) -> list[str]:
    """What keeps the catalogue from being complete and right, one line each."""
    catalogue = read_ts() if catalogue is None else catalogue
    expected = sources()
    out = []
    for context, messages in expected.items():
        for source in messages:
            message = catalogue.get(context, {}).get(source)
            if message is None or message.kind == "vanished":
                out.append(f"{context}: not in the catalogue (run update): {source!r}")
            elif message.kind == "unfinished" or not message.translation:
                out.append(f"{context}: unfinished: {source!r}")
            elif context != i18n.ERRORS_CONTEXT:
                out += mismatches(context, message)
    return out


def mismatches(context: str, message: Message) -> list[str]:
    """A translation that lost or gained a {placeholder} or an HTML tag of its source."""
    out = []
    source, translation = message.source, message.translation
    if fields(source) != fields(translation):
        out.append(
            f"{context}: placeholders differ: {fields(source)} in {source!r}, "
            f"{fields(translation)} in {translation!r}"
        )
    if tags(source) != tags(translation):
        out.append(f"{context}: HTML tags differ: {translation!r}")
    return out


def fill(translations: dict[str, str]) -> int:
    """Give the messages whose source is a key of `translations` (in any context) that English,
    as finished; returns how many were filled."""
    catalogue = read_ts()
    filled = 0
    for messages in catalogue.values():
        for source, message in messages.items():
            if source in translations:
                message.translation, message.kind = translations[source], ""
                filled += 1
    write_ts(catalogue)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="regenerate the .ts from the sources")
    up.add_argument("--drop-vanished", action="store_true", help="remove vanished messages")
    sub.add_parser("compile", help="compile the .qm with pyside6-lrelease")
    fill_cmd = sub.add_parser("fill", help="translate from a JSON file {source: English}")
    fill_cmd.add_argument("file", type=Path)
    sub.add_parser("check", help="exit 1 if a message is unfinished or wrong, or the .qm stale")
    args = parser.parse_args(argv)
    if args.command == "update":
        total, added, vanished = update(args.drop_vanished)
        print(f"{TS_FILE.relative_to(ROOT)}: {total} messages, {added} new, {vanished} vanished")
        return 0
    if args.command == "fill":
        import json

        print(f"{fill(json.loads(args.file.read_text(encoding='utf-8')))} filled")
        return 0
    if args.command == "compile":
        print(compile_qm())
        print(compile_qm(QT_SUPPLEMENT_TS, QT_SUPPLEMENT_TS.with_suffix(".qm")))
        return 0
    found = problems()
    for ts in (TS_FILE, QT_SUPPLEMENT_TS):
        qm = ts.with_suffix(".qm")
        if not qm_is_current(ts, qm):
            found.append(f"{qm.relative_to(ROOT)} is not compiled from the .ts (run compile)")
    for line in found:
        print(line)
    print("catalogue complete" if not found else f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
