"""The NGO register's reads: pages by keyset, the search by normalised keys, one NGO as a
frozen record, its programs and assessments, and a manager's register their semansara's."""

from __future__ import annotations

import dataclasses

import pytest

from app.workflow.read import ngos
from tests.factories import World


def test_pages_follow_registration_order_and_the_search(world: World, desk) -> None:  # noqa: ANN001
    world.ngo("N3", level=None)
    assert ngos.count(who=desk) == 3
    first = ngos.page(limit=2, who=desk)
    assert [r.code for r in first] == ["N1", "N2"]
    assert [r.code for r in ngos.page(after_id=first[-1].id, limit=2, who=desk)] == ["N3"]
    # the name by its normalised key: Arabic yeh and kaf find the Persian letters
    assert [r.code for r in ngos.page("انجمن آزمايشي N3", who=desk)] == ["N3"]
    assert ngos.count("۳", who=desk) == 1  # the code's digits typed in Persian
    assert ngos.list_row("N3", who=desk).level is None


def test_one_ngo_is_a_frozen_record_with_its_programs_and_assessments(world: World, desk) -> None:  # noqa: ANN001
    world.do("desk", "add_program", ngo="N1", title="کارگاه", date="1404/06/01", participants=40)
    ngo = ngos.ngo("N1", who=desk)
    assert ngo is not None and ngo.level == 2 and ngo.version >= 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        ngo.name = "دیگر"  # type: ignore[misc]
    assert [p.title for p in ngos.programs("N1", who=desk)] == ["کارگاه"]
    (assessment,) = ngos.assessments("N1", who=desk)
    assert (assessment.level, assessment.assessed_by) == (2, "emp")
    assert ngos.level_suggestion("N1", world.clock.today(), who=desk) is not None
    assert ngos.ngo("N9", who=desk) is None


def test_a_manager_reads_only_their_semansaras_ngos(world: World, mgr1, desk) -> None:  # noqa: ANN001
    assert [r.code for r in ngos.page(who=mgr1)] == ["N1"]
    assert ngos.count("N2", who=mgr1) == 0 and ngos.count("N2", who=desk) == 1
    assert ngos.ngo("N2", who=mgr1) is None and ngos.list_row("N2", who=mgr1) is None
    assert ngos.assessments("N2", who=mgr1) == [] and ngos.assessments("N2", who=desk)
    assert ngos.level_suggestion("N2", world.clock.today(), who=mgr1) is None


def test_the_policy_says_the_licensing_bodies_and_the_level_thresholds(world: World) -> None:
    today = world.clock.today()
    assert "وزارت کشور" in ngos.licensing_bodies(today)
    assert set(ngos.level_policy(today)) == {"years", "members", "level3", "level4"}
