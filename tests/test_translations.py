"""The English catalogue (resources/i18n/semansara_en.ts): every string of the interface
translated, the same {placeholders} and HTML tags as its Persian source, and the committed .qm
compiled from it (`tools/translations.py check`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_every_source_is_translated() -> None:
    missing = [line for line in tool.problems() if "unfinished" in line or "not in" in line]
    assert missing == [], "run tools/translations.py update and translate:\n" + "\n".join(missing)


def test_translations_keep_placeholders_and_html_tags() -> None:
    wrong = [line for line in tool.problems() if "differ" in line]
    assert wrong == [], "\n".join(wrong)


def test_the_placeholder_check_catches_a_dropped_field() -> None:
    assert tool.fields("سلام {name} و {{x}}") == ["name"]
    assert tool.tags("<p><b>x</b></p>") == ["</b>", "</p>", "<b>", "<p>"]
    found = tool.mismatches("texts", tool.Message("سلام {name}", "Hello", ""))
    assert len(found) == 1 and "placeholders differ" in found[0]
    found = tool.mismatches("texts", tool.Message("<b>{n}</b> نفر", "{n} people", ""))
    assert len(found) == 1 and "HTML tags differ" in found[0]
    assert tool.mismatches("texts", tool.Message("<b>{n}</b> نفر", "<b>{n}</b> people", "")) == []


def test_the_catalogue_names_every_error_code() -> None:
    from app.workflow.errors import CODES

    errors = tool.read_ts().get("errors", {})
    assert set(CODES) <= set(errors)


@pytest.mark.skipif(not Path(tool.lrelease()).exists(), reason="pyside6-lrelease not installed")
def test_the_compiled_catalogue_is_up_to_date() -> None:
    assert tool.qm_is_current(), "run tools/translations.py compile"


def test_the_english_of_the_workflow_labels_is_the_workflow_catalogues() -> None:
    """The .ts copies the workflow's own English for its labels (app/workflow/messages.py)."""
    from app.workflow.messages import LABELS

    catalogue = tool.read_ts()
    checked = 0
    for context in tool.LABELS_FROM_WORKFLOW:
        for source, message in catalogue.get(context, {}).items():
            if message.kind != "vanished" and source in LABELS:
                assert message.translation == LABELS[source], (context, source)
                checked += 1
    assert checked > 100


def test_no_label_is_read_from_the_workflow_source_by_the_interface() -> None:
    """The interface takes the workflow's labels from its tables, never from its source files."""
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert "ast.parse" not in source and ".__file__" not in source, path.name
