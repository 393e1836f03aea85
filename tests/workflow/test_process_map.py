"""The process map is drawn from the machines: the booking lane shows step ذ waiting for its
notices and the `expired` state (R-3.6)."""

from __future__ import annotations

from app.workflow import process_map


def test_R3_6_the_booking_lane_shows_expired_and_the_wait_for_delivery() -> None:
    drawn = process_map.build()
    expired, issued = drawn.nodes["expired"], drawn.nodes["zal_issued"]
    assert (expired.lane, expired.final, expired.step, expired.label) == (1, True, "", "منقضی شد")
    assert (issued.lane, issued.final, issued.step) == (1, False, "ذ")
    edges = set(drawn.edges)
    assert {
        ("khe_requested", "expired", "expire"),
        ("dal_scheduled", "expired", "expire"),
        ("dal_scheduled", "zal_issued", "notify"),
        ("zal_issued", "zal_notified", "deliver"),
        ("zal_issued", "cancelled", "cancel"),
    } <= edges
    assert ("zal_notified", "expired", "expire") not in edges  # a notified booking stands
    columns = [
        drawn.nodes[s].column
        for s in ("khe_requested", "dal_scheduled", "zal_issued", "zal_notified")
    ]
    assert columns == [0, 1, 2, 3]
    # two states of one column never share a place
    places = [(n.lane, n.column, n.row) for n in drawn.nodes.values()]
    assert len(places) == len(set(places))
