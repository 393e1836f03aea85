"""Several desks at once (bounded): 8 processes book the same rooms against the same quotas and
try to take the last places of a full semansara. Nothing the rules forbid may get through."""

from __future__ import annotations

from app.db.database import close_database, open_database
from app.workflow.audit import verify_chain
from tests import stress


def test_eight_desks_at_once(db_url: str) -> None:
    stress.prepare(db_url)
    outcome = stress.run_desks(db_url, processes=8, attempts=20)
    assert stress.violations(db_url) == {
        "overlaps": 0,
        "over_cap": 0,
        "places_out_of_order": 0,
        "places_over_capacity": 0,
    }
    # The contest was real: slots were refused and places given only to the first two.
    assert outcome["booked"] > 0 and outcome.get("SLOT_TAKEN", 0) > 0
    assert outcome.get("QUOTA_EXCEEDED", 0) > 0
    assert 1 <= outcome.get("place_given", 0) <= 2
    assert sum(v for k, v in outcome.items() if k not in ("attempts", "retries")) == 160
    open_database(db_url)
    try:
        assert verify_chain().ok
    finally:
        close_database()
