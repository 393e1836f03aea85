"""The notes' reads: the list by search and states, one row by its contract, the counts by
state, and a manager's only their semansara's."""

from __future__ import annotations

from app.workflow.read import notes
from tests.factories import World


def test_the_list_by_search_and_state_and_the_counts(world: World, desk) -> None:  # noqa: ANN001
    rows = notes.page(who=desk)
    assert [(r.contract_ref, r.serial) for r in rows] == [("C2", "SF-C2"), ("C1", "SF-C1")]
    assert [r.contract_ref for r in notes.page(before_id=rows[0].id, who=desk)] == ["C1"]
    assert notes.count("SF-C1", who=desk) == 1
    assert notes.count(states=("returned",), who=desk) == 0
    assert notes.state_counts(who=desk) == {"in_custody": 2}
    row = notes.list_row("C1", who=desk)
    assert row is not None and row.custody_at is not None and row.returned_at is None


def test_a_manager_reads_only_their_semansaras_notes(world: World, mgr1) -> None:  # noqa: ANN001
    assert [r.contract_ref for r in notes.page(who=mgr1)] == ["C1"]
    assert notes.list_row("C2", who=mgr1) is None
    assert notes.count("SF-C2", who=mgr1) == 0
    assert notes.state_counts(who=mgr1) == {"in_custody": 1}
