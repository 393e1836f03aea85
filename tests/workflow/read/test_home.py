"""The home page's reads: the counts, and the reminders by the workflow's one definition of
"ending soon" and of the extension deadline (R-5.1), notes waiting (R-6.3); a manager's are
their semansara's."""

from __future__ import annotations

import datetime as dt

from app.workflow import contracts as rules
from app.workflow.read import contracts, home
from tests.factories import World


def test_the_counts_are_what_each_sees(world: World, desk, mgr1) -> None:  # noqa: ANN001
    assert home.counts(desk) == {
        "ngos": 2,
        "semansaras": 2,
        "open_requests": 0,
        "running_contracts": 2,
    }
    assert home.counts(mgr1)["running_contracts"] == 1 and home.counts(mgr1)["ngos"] == 1


def test_ending_soon_and_the_deadline_are_the_workflows(world: World, desk, mgr1) -> None:  # noqa: ANN001
    contract = contracts.contract("C1", who=desk)
    assert contract is not None
    assert home.contracts_ending(world.clock.today(), who=desk) == []
    # within the reminder days of its end: ending soon, as the workflow's rule says
    on = contract.ends - dt.timedelta(days=contracts.ending_soon_days(world.clock.today()))
    ending = home.contracts_ending(on, who=desk)
    assert {r.ref for r in ending} == {"C1", "C2"}
    assert home.contracts_ending(on - dt.timedelta(days=2), who=desk) == []  # not yet
    assert ending[0].day == rules.last_day(contract.ends)
    assert [r.ref for r in home.contracts_ending(on, who=mgr1)] == ["C1"]
    deadline = contracts.extension_deadline("C1", on, who=desk)
    assert deadline is not None
    near = home.extension_deadlines(deadline, who=desk)
    assert [(r.ref, r.day) for r in near if r.ref == "C1"] == [("C1", deadline)]
    assert {r.ref for r in home.extension_deadlines(deadline, who=mgr1)} == {"C1"}


def test_notes_waiting_for_someone(world: World, desk, mgr1) -> None:  # noqa: ANN001
    assert home.notes_waiting(who=desk) == []  # both with finance
    world.ngo("N3")
    world.request_to("R3", "N3", "se_invited", "S2")
    world.sign("R3", "C3")
    (waiting,) = home.notes_waiting(who=desk)
    assert (waiting.contract_ref, waiting.state) == ("C3", "received")
    assert home.notes_waiting(who=mgr1) == []  # C3 is S2's
