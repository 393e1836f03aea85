"""The acceptance suite: every policy scenario of tests/scenarios, on SQLite and PostgreSQL.

Each file of `tests/scenarios/*.json` (format: SCENARIOS.md) is played by the same runner as
`semansara scenario run`; every step's outcome must match its `expect`. The other tests check
that the files cover every rule of POLICY.md and every error code of SCENARIOS.md, that the
files are well formed, and that the runner itself reports a failed expectation.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from app import scenario as runner
from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import audit, errors, jalali

ROOT = Path(__file__).resolve().parents[1]
SCENARIO_DIR = ROOT / "tests" / "scenarios"
FILES = sorted(SCENARIO_DIR.glob("*.json"))
EXAMPLE = SCENARIO_DIR / "full_request_eleven_steps.json"

# The project's own copy of the policy it implements (tests/test_policy_copy.py checks that it
# matches the shared folder wherever that folder is beside the repository).
POLICY_DIR = ROOT / "docs" / "policy"
POLICY_MD = POLICY_DIR / "POLICY.md"
SCENARIOS_MD = POLICY_DIR / "SCENARIOS.md"

# Codes added to SCENARIOS.md's list by the program (errors.py), expected like the others.
ADDED_CODES = {errors.LEVEL_NOT_ASSESSED, errors.STALE_RECORD}

# Codes a scenario file cannot provoke, each proven by a named test instead (the file and the
# test function must exist and the test must name the code).
PROVEN_BY_TEST = {
    errors.NOT_A_SCENARIO_DATABASE: "tests/office/test_scenario_databases.py::"
    "test_runner_refuses_an_office_database",
}

PERSIAN_LETTERS = re.compile(r"[\u0600-\u06FF]")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _shared(path: Path) -> str:
    assert path.exists(), f"{path} not found: the project carries its own copy of the policy"
    return path.read_text(encoding="utf-8")


def _report(path: Path, output: str) -> str:
    """The output lines of a failed run, each failed one marked with its expectation."""
    steps = _load(path)["steps"]
    lines = []
    for line in output.splitlines():
        got = json.loads(line)
        expect = steps[got["step"] - 1].get("expect")
        ok = runner.matches(got, expect)
        lines.append(("   " if ok else "!! ") + line)
        if not ok:
            lines.append(f"   expected {json.dumps(expect, ensure_ascii=False)}")
    return f"{path.name}:\n" + "\n".join(lines)


# --- the scenarios themselves ----------------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_scenario(path: Path, db_url: str) -> None:
    out = io.StringIO()
    passed = runner.run_file(path, db_url, out=out)
    if not passed:
        print(_report(path, out.getvalue()))
    assert passed, f"{path.name}: some outcome did not match its expect (see output above)"
    assert len(out.getvalue().splitlines()) == len(_load(path)["steps"])


# --- coverage of POLICY.md and SCENARIOS.md ----------------------------------------------------


def _all_rules() -> set[str]:
    return {rule for path in FILES for rule in _load(path)["rules"]}


def _all_expected_codes() -> set[str]:
    return {
        step["expect"]["error"]
        for path in FILES
        for step in _load(path)["steps"]
        if "error" in (step.get("expect") or {})
    }


def test_every_policy_rule_has_a_scenario() -> None:
    rules = set(re.findall(r"R-\d+\.\d+", _shared(POLICY_MD)))
    assert len(rules) >= 27, sorted(rules)  # 27 in the approved text
    missing = sorted(rules - _all_rules(), key=lambda r: tuple(map(int, r[2:].split("."))))
    assert not missing, f"rules of POLICY.md no scenario names: {missing}"


def test_scenarios_name_only_real_rules() -> None:
    rules = set(re.findall(r"R-\d+\.\d+", _shared(POLICY_MD)))
    unknown = sorted(_all_rules() - rules)
    assert not unknown, f"scenarios name rules POLICY.md does not have: {unknown}"


def test_every_error_code_is_provoked() -> None:
    text = _shared(SCENARIOS_MD)
    section = text.split("## Error codes", 1)[1].split("\n## ", 1)[0]
    codes = set(re.findall(r"`([A-Z][A-Z_]+)`", section)) | ADDED_CODES
    assert len(codes) >= 22, sorted(codes)
    assert codes <= errors.CODES, sorted(codes - errors.CODES)
    missing = sorted(codes - _all_expected_codes() - set(PROVEN_BY_TEST))
    assert not missing, f"error codes no step expects: {missing}"
    for code, test in PROVEN_BY_TEST.items():
        assert code not in _all_expected_codes(), f"{code}: a scenario provokes it, drop {test}"
        file, name = test.split("::")
        source = (ROOT / file).read_text(encoding="utf-8")
        body = source.split(f"\ndef {name}(", 1)
        assert len(body) == 2, f"{test} not found"
        assert f"errors.{code}" in body[1].split("\ndef ", 1)[0], f"{test} does not check {code}"


def test_expected_codes_exist() -> None:
    unknown = sorted(_all_expected_codes() - errors.CODES)
    assert not unknown, f"steps expect codes the program does not have: {unknown}"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_file_is_well_formed(path: Path) -> None:
    scenario = _load(path)
    assert set(scenario) - {"version"} == {"title", "rules", "steps"}, sorted(scenario)
    assert scenario.get("version", runner.VERSION) == runner.VERSION
    assert PERSIAN_LETTERS.search(scenario["title"]), "the title must be Persian"
    assert scenario["rules"] and all(re.fullmatch(r"R-\d+\.\d+", r) for r in scenario["rules"])
    assert scenario["steps"], "no steps"
    assert "at" in scenario["steps"][0], "the first step must set the clock"
    for number, step in enumerate(scenario["steps"], start=1):
        assert step.get("do"), f"step {number} has no action"
        expect = step.get("expect")
        assert isinstance(expect, dict) and "ok" in expect, f"step {number} has no expect"
        if expect["ok"]:
            assert "error" not in expect, f"step {number}"
        else:
            assert expect.get("error"), f"step {number}: a refusal names its code"


# --- the runner --------------------------------------------------------------------------------

FAILING = {
    "title": "سناریوی نادرست برای آزمودن اجراکننده",
    "rules": ["R-1.4"],
    "steps": [
        {
            "at": "1405/01/10 09:00",
            "as": "admin",
            "do": "add_semansara",
            "args": {
                "code": "S01",
                "district": 1,
                "name": "سمن‌سرای منطقه ۱",
                "desks": 1,
                "meeting_rooms": 1,
                "workshop_rooms": 1,
                "halls": 1,
                "shelves": 1,
                "max_contracts": 1,
            },
            "expect": {"ok": True},
        },
        # refused (district 23) although the file expects success
        {
            "as": "admin",
            "do": "add_semansara",
            "args": {
                "code": "S23",
                "district": 23,
                "name": "سمن‌سرای ۲۳",
                "desks": 1,
                "meeting_rooms": 1,
                "workshop_rooms": 1,
                "halls": 1,
                "shelves": 1,
                "max_contracts": 1,
            },
            "expect": {"ok": True},
        },
        # the runner goes on after a mismatch; this one matches
        {
            "as": "admin",
            "do": "show",
            "args": {"code": "S23"},
            "expect": {"ok": False, "error": "NOT_FOUND"},
        },
        # succeeds, but with another district than expected
        {"as": "admin", "do": "show", "args": {"code": "S01"}, "expect": {"district": 2}},
        {"as": "admin", "do": "show", "args": {"code": "S01"}},
    ],
}


def test_runner_prints_one_line_per_step_and_fails_on_a_mismatch(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "failing.json"
    path.write_text(json.dumps(FAILING, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    assert runner.run_file(path, db_url, out=out) is False
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["step"] for line in lines] == [1, 2, 3, 4, 5]
    assert [line["ok"] for line in lines] == [True, False, False, True, True]
    assert lines[1]["error"] == "INVALID_INPUT" and lines[1]["field"] == "district"
    assert lines[3]["district"] == 1
    err = capsys.readouterr().err
    assert "step 2:" in err and "step 4:" in err and "step 3:" not in err


def test_runner_passes_a_matching_file(tmp_path: Path) -> None:
    passing = dict(
        FAILING,
        steps=[
            FAILING["steps"][0],
            FAILING["steps"][2],
            {**FAILING["steps"][3], "expect": {"district": 1}},
        ],
    )
    path = tmp_path / "passing.json"
    path.write_text(json.dumps(passing, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    assert runner.run_file(path, None, out=out) is True
    assert len(out.getvalue().splitlines()) == 3


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("semansara")
    if script.exists():
        return [str(script)]
    found = shutil.which("semansara")
    return [found] if found else [sys.executable, "-m", "app"]


def test_cli_exit_codes(tmp_path: Path) -> None:
    failing = tmp_path / "failing.json"
    failing.write_text(json.dumps(FAILING, ensure_ascii=False), encoding="utf-8")
    run = lambda path: subprocess.run(  # noqa: E731
        [*_cli(), "scenario", "run", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=tmp_path,
    )
    good = run(EXAMPLE)
    assert good.returncode == 0, good.stdout + good.stderr
    assert len(good.stdout.splitlines()) == len(_load(EXAMPLE)["steps"])
    assert all(json.loads(line)["ok"] for line in good.stdout.splitlines())
    bad = run(failing)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert len(bad.stdout.splitlines()) == len(FAILING["steps"])


# --- what the scenarios leave in the audit trail -------------------------------------------


def _events() -> list[m.AuditEvent]:
    return list(m.AuditEvent.select().order_by(m.AuditEvent.id))


def test_audit_keeps_who_when_and_what_for_every_step(db_url: str) -> None:
    out = io.StringIO()
    assert runner.run_file(EXAMPLE, db_url, out=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    open_database(db_url)
    try:
        assert audit.verify_chain().ok
        first, *events = _events()
        # the new database's first rows (policy version 1, the administrator) are anchored by
        # one system event; then one event per accepted action that changed something (`show`
        # only reads)
        assert (first.actor, first.action) == ("system", "anchor_trail")
        assert len(events) == sum(1 for line in lines if line["ok"] and line["do"] != "show")
        assert all(e.actor and e.role and e.at and e.action and e.decision for e in events)
        request = [e for e in events if e.object_type == "request" and e.object_ref == "R1"]
        assert [e.step for e in request] == ["الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح"]
        assert [(e.actor, e.role) for e in request[:3]] == [("desk1", "desk_expert")] * 3
        assert {(e.actor, e.role) for e in request[3:]} == {("deputy1", "district_deputy")}
        assert [e.after_state for e in request][-1] == "he_letter_to_manager"
        assert all(a.after_state == b.before_state for a, b in pairwise(request))
        booking = [e for e in events if e.object_type == "booking"]
        # ذ: the notices issued, then each delivered; the last delivery completes the step
        assert [e.step for e in booking] == ["خ", "د", "ذ", "ذ", "ذ"]
        assert [e.after_state for e in booking][-2:] == ["", "zal_notified"]
        assert request[5].at == jalali.parse_datetime("1405/01/12 10:00")  # the signing
    finally:
        close_database()


def test_audit_keeps_the_pass_over_reason_and_no_refusal(db_url: str) -> None:
    path = SCENARIO_DIR / "fcfs_queue_and_pass_over.json"
    steps = _load(path)["steps"]
    reason = next(s["args"]["pass_over_reason"] for s in steps if s["args"].get("pass_over_reason"))
    assert runner.run_file(path, db_url, out=io.StringIO())
    open_database(db_url)
    try:
        assert audit.verify_chain().ok
        passed = [
            e
            for e in _events()
            if e.action == "check_capacity"
            and e.object_ref == "RC"
            and e.after_state == "te_capacity_ok"
        ]
        assert len(passed) == 1
        assert passed[0].reason == reason
        assert json.loads(passed[0].data)["passed_over"] == ["RB"]
        # the refused check_capacity steps (QUEUE_ORDER) left no event
        refused = sum(1 for s in steps if s["do"] == "check_capacity" and not s["expect"]["ok"])
        assert refused >= 2
        accepted = sum(1 for s in steps if s["do"] == "check_capacity" and s["expect"]["ok"])
        assert (
            m.AuditEvent.select().where(m.AuditEvent.action == "check_capacity").count() == accepted
        )
    finally:
        close_database()
