"""The contracts' reads: the list with its note's state, one contract with its NGO and
semansara, its figures and lists, its note and letters, the buttons (the workflow's
`available`), "ending soon" by the workflow's one rule, and a manager's only theirs."""

from __future__ import annotations

import datetime as dt

from app.workflow import jalali
from app.workflow.read import contracts
from tests.factories import World


def test_the_list_is_newest_first_with_the_notes_state(world: World, desk) -> None:  # noqa: ANN001
    rows = contracts.page(who=desk)
    assert [(r.ref, r.note_state) for r in rows] == [("C2", "in_custody"), ("C1", "in_custody")]
    assert [r.ref for r in contracts.page(before_id=rows[0].id, who=desk)] == ["C1"]
    assert contracts.count("N2", who=desk) == 1
    assert contracts.count(states=contracts.FILTERS["ended"], who=desk) == 0
    assert contracts.list_row("C1", who=desk).ngo_code == "N1"


def test_one_contract_its_figures_lists_note_and_letters(world: World, desk) -> None:  # noqa: ANN001
    world.do("deputy", "allocate", contract="C1", service="shelf", count=1)
    contract = contracts.contract("C1", who=desk)
    assert contract is not None and contract.ngo.code == "N1" and contract.semansara.code == "S1"
    today = world.clock.today()
    figures = contracts.figures("C1", today, who=desk)
    assert figures is not None and (figures.extensions, figures.note_state) == (0, "in_custody")
    deadline = contracts.extension_deadline("C1", today, who=desk)
    assert deadline == figures.extension_deadline == jalali.parse_date("1405/06/10")
    assert [(a.service, a.count) for a in contracts.allocations("C1", who=desk)] == [("shelf", 1)]
    held = contracts.held("C1", "shelf", who=desk)
    assert held is not None and held.held == 1 and held.refusal is None
    note = contracts.note("C1", who=desk)
    assert note is not None and note.serial == "SF-C1" and note.state == "in_custody"
    assert set(contracts.letters("C1", who=desk)) == {"representative", "manager"}
    assert contracts.other_semansaras("C1", who=desk) == [("S2", "سمن‌سرای منطقه ۷")]
    assert contracts.card_orders("C1", who=desk) == []
    assert "shelf" in contracts.quota("C1", today, who=desk)


def test_extensions_and_the_contract_they_are_about(world: World, desk) -> None:  # noqa: ANN001
    contract = contracts.contract("C1", who=desk)
    assert contract is not None
    # near the end, within the extension deadline's reach
    world.clock.set(jalali.at(contract.ends - dt.timedelta(days=40)))
    world.do("desk", "request_extension", contract="C1", ref="E1", semansara="S2")
    (pending,) = contracts.pending_extensions("C1", who=desk)
    assert (pending.ref, pending.to_semansara.code, pending.state) == ("E1", "S2", "requested")
    assert [e.ref for e in contracts.extensions("C1", who=desk)] == ["E1"]
    assert contracts.contract_of_extension("E1", who=desk) == "C1"
    assert "decide_extension" in {p.action for p in contracts.possibles(world.ctx("deputy"), "C1")}


def test_ending_soon_is_the_workflows_rule(world: World) -> None:
    today = world.clock.today()
    days = contracts.ending_soon_days(today)
    ends = today + dt.timedelta(days=days)  # its last day is `days - 1` days away
    assert contracts.is_ending_soon("active", ends, today)
    assert not contracts.is_ending_soon("active", ends + dt.timedelta(days=2), today)
    assert contracts.is_ending_soon("active", today - dt.timedelta(days=3), today)  # not closed
    assert not contracts.is_ending_soon("ended", ends, today)


def test_a_manager_reads_only_their_semansaras_contracts(world: World, mgr1) -> None:  # noqa: ANN001
    assert [r.ref for r in contracts.page(who=mgr1)] == ["C1"]
    assert contracts.contract("C2", who=mgr1) is None
    assert contracts.note("C2", who=mgr1) is None
    assert contracts.figures("C2", world.clock.today(), who=mgr1) is None
    assert contracts.letters("C2", who=mgr1) == {} and contracts.allocations("C2", who=mgr1) == []
    assert contracts.possibles(world.ctx("mgr1"), "C2") == []
