"""The procedure is declared once, in the machines' tables (machines.py): every transition has
its step, and the role table, the change notices, the step letters, the available actions and
the work queues are derived from them — a new step is one entry in one file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from statemachine import State

from app.db import models as m
from app.workflow import api, available, errors, machines, roles, worklists
from app.workflow.clock import FixedClock
from app.workflow.jalali import parse_datetime
from app.workflow.machines import DESK, Flow, Queue, Step, step
from app.workflow.service import ACTIONS, Context


def test_R3_1_every_transition_of_every_machine_has_its_step() -> None:
    assert [f.__name__ for f in machines.FLOWS] == [
        "RequestFlow",
        "BookingFlow",
        "ContractFlow",
        "NoteFlow",
        "ExtensionFlow",
    ]
    assert {f.__name__: machines.undeclared(f) for f in machines.FLOWS} == dict.fromkeys(
        (f.__name__ for f in machines.FLOWS), []
    )


def test_R3_5_every_action_has_its_roles_and_every_step_names_a_real_action() -> None:
    assert api.ACTIONS is ACTIONS
    assert set(ACTIONS) <= set(machines.ACTION_ROLES)
    named = {s.action for _, _, s in machines.all_steps() if s.action}
    assert named <= set(ACTIONS)
    # The registers' table holds only what no machine declares.
    assert not named & set(roles.REGISTER_ACTIONS)
    assert machines.ACTION_ROLES["check_capacity"] == {roles.DISTRICT_DEPUTY}
    assert machines.ACTION_ROLES["release_allocation"] == {roles.DISTRICT_DEPUTY, roles.DESK_EXPERT}
    assert machines.ACTION_ROLES["add_user"] == {roles.ADMIN}


def test_R3_1_the_step_letters_are_those_of_the_steps_that_enter_each_state() -> None:
    path = (
        "alef_registered",
        "be_reviewed",
        "pe_referred",
        "te_waitlisted",
        "te_capacity_ok",
        "se_invited",
        "jim_contracted",
        "che_letter_to_representative",
        "he_letter_to_manager",
        "khe_requested",
        "dal_scheduled",
        "zal_issued",
        "zal_notified",
    )
    assert [machines.STEP_OF_STATE[s] for s in path] == [
        "الف",
        "ب",
        "پ",
        "ت",
        "ت",
        "ث",
        "ج",
        "چ",
        "ح",
        "خ",
        "د",
        "ذ",
        "ذ",
    ]
    assert "withdrawn" not in machines.STEP_OF_STATE and "active" not in machines.STEP_OF_STATE
    assert machines.LETTERS["check_capacity"] == "ت"
    assert "deliver_letter" not in machines.LETTERS  # چ or ح, said by the call itself
    assert machines.CHANGES["deliver_letter"] == ("contract", "contract")
    assert machines.CHANGES["take_note_custody"] == ("note", "contract")
    assert machines.CHANGES["register_ngo"] == ("ngo", "code")


# --- a new step is one entry in one file --------------------------------------------------------


class _Row:
    """A record for a toy machine: only its state."""

    def __init__(self, state: str | None = None, ready: bool = True) -> None:
        self.state = state
        self.ready = ready


READY = errors.WorkflowError(errors.NOT_ELIGIBLE, "toy not ready")


@pytest.fixture
def toy() -> Iterator[type[Flow]]:
    class ToyFlow(Flow):
        record = "toy"

        toy_waiting = State("در انتظار", initial=True)
        toy_done = State("انجام شد", final=True)

        finish = step(
            toy_waiting.to(toy_done),
            Step(
                "toy_finish",
                DESK,
                "پایان آزمایشی",
                letter="ظ",
                guard="ready",
                queue=Queue("{ngo}", "R-0"),
            ),
        )

        def ready(self, **_: Any) -> None:
            if not self.model.ready:
                raise READY

    yield ToyFlow
    machines.unregister(ToyFlow)
    assert "toy_finish" not in machines.ACTION_ROLES


def _ctx(role: str) -> Context:
    return Context(
        m.User(username="u", role=role, active=True), FixedClock(parse_datetime("1405/01/10 09:00"))
    )


def test_R3_1_a_toy_step_appears_in_every_derived_table(toy: type[Flow]) -> None:
    assert machines.undeclared(toy) == []
    assert machines.ACTION_ROLES["toy_finish"] == DESK
    assert machines.CHANGES["toy_finish"] == ("toy", "ref")
    assert machines.STEP_OF_STATE["toy_done"] == "ظ"
    assert machines.LETTERS["toy_finish"] == "ظ"
    assert ("finish", "toy_finish") in {
        (n, s.action) for _, n, s in worklists.queues(roles.DESK_EXPERT)
    }
    assert "toy_finish" not in {s.action for _, _, s in worklists.queues(roles.ADMIN)}
    assert toy.sources("finish") == ("toy_waiting",)
    # The available actions: the role, the state, the guard, as the step declares them.
    (offered,) = available.options(_ctx(roles.DESK_EXPERT), toy(_Row()))
    assert (offered.action, offered.label, offered.allowed) == ("toy_finish", "پایان آزمایشی", True)
    (refused,) = available.options(_ctx(roles.DESK_EXPERT), toy(_Row(ready=False)))
    assert refused.error is READY and not refused.out_of_step
    (other,) = available.options(_ctx(roles.ADMIN), toy(_Row()))
    assert other.error.code == errors.FORBIDDEN_ROLE
    (done,) = available.options(_ctx(roles.DESK_EXPERT), toy(_Row("toy_done")))
    assert done.error.code == errors.OUT_OF_ORDER and done.out_of_step


def test_R3_1_the_guard_is_the_transitions_validator(toy: type[Flow]) -> None:
    row = _Row(ready=False)
    flow = toy(row)
    with pytest.raises(errors.WorkflowError) as refused:
        flow.fire("finish", ctx=_ctx(roles.DESK_EXPERT))
    assert refused.value is READY and row.state == "toy_waiting"
    row.ready = True
    flow.fire("finish", ctx=_ctx(roles.DESK_EXPERT))
    assert row.state == "toy_done"


def test_R3_1_a_transition_without_its_step_is_found() -> None:
    class Undeclared(Flow):
        one = State(initial=True)
        two = State(final=True)
        go = one.to(two)

    try:
        assert machines.undeclared(Undeclared) == ["go"]
    finally:
        machines.unregister(Undeclared)
