"""The project carries its own copy of the policy it implements (docs/policy/), so that a clone
anywhere passes its whole suite. Where the shared folder lies beside the repository (the office's
checkout), the copy must match it word for word: a policy change reaches the program only
through this copy, and this test says when it is out of date."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COPY = ROOT / "docs" / "policy"
SHARED = Path(os.environ.get("SEMANSARA_SHARED", ROOT.parent / "shared"))

# The copy's file → the same file in the shared folder.
FILES = {
    "POLICY.md": "policy/POLICY.md",
    "semansara-procedure.fa.txt": "policy/semansara-procedure.fa.txt",
    "headquarters-background.fa.txt": "policy/headquarters-background.fa.txt",
    "SCENARIOS.md": "SCENARIOS.md",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_project_carries_the_policy(name: str) -> None:
    text = (COPY / name).read_text(encoding="utf-8")
    assert len(text) > 1000, name
    if name.endswith(".fa.txt"):
        assert "سمن" in text


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_copy_matches_the_shared_folder_where_there_is_one(name: str) -> None:
    shared = SHARED / FILES[name]
    if not SHARED.is_dir():  # a clone on its own: the copy is the policy
        return
    assert (COPY / name).read_bytes() == shared.read_bytes(), (
        f"docs/policy/{name} differs from {shared}: copy the new policy in and implement it"
    )
