"""The process map: the eleven steps as a graph read from the state machines themselves.

Nothing here is drawn by hand: nodes and arrows come from the machines' states and
transitions, columns from the distance to the initial state, so the picture cannot disagree
with the code. The UI paints it (`app/ui/process_map_view.py`); this module has no Qt.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from app.db import models as m
from app.workflow.machines import STEP_OF_STATE, BookingFlow, Flow, RequestFlow


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    step: str  # the step letter, or "" for a side state
    column: int
    row: int
    lane: int  # 0: the request (الف–ح), 1: each booking (خ–ذ)
    final: bool


@dataclass
class ProcessMap:
    nodes: dict[str, Node]
    edges: list[tuple[str, str, str]]  # (source, target, event)
    current: str | None = None
    visited: set[str] = field(default_factory=set)
    taken: set[tuple[str, str]] = field(default_factory=set)  # edges the request went along


def _lane(flow: type[Flow], lane: int) -> tuple[list[Node], list[tuple[str, str, str]]]:
    edges = []
    for state in flow.states:
        for transition in state.transitions:
            for event in transition.events:
                edges.append((state.id, transition.target.id, str(event)))
    # Columns: breadth-first distance from the initial state.
    depth = {flow.initial_state.id: 0}
    todo = deque([flow.initial_state.id])
    while todo:
        source = todo.popleft()
        for src, dst, _ in edges:
            if src == source and dst not in depth:
                depth[dst] = depth[source] + 1
                todo.append(dst)
    # Rows: in each column the state that leads on to the next column is the main line.
    rows: dict[int, list[str]] = {}
    for state in flow.states:
        rows.setdefault(depth[state.id], []).append(state.id)
    nodes = []
    for column, ids in rows.items():
        ids.sort(
            key=lambda s: (
                not any(src == s and depth[dst] == column + 1 for src, dst, _ in edges),
                s not in STEP_OF_STATE,
            )
        )
        for row, state_id in enumerate(ids):
            state = flow.states_map[state_id]
            nodes.append(
                Node(
                    state_id,
                    state.name,
                    STEP_OF_STATE.get(state_id, ""),
                    column,
                    row,
                    lane,
                    state.final,
                )
            )
    return nodes, edges


def build(request_ref: str | None = None) -> ProcessMap:
    """The map of both machines; with `request_ref`, that request's state and path marked."""
    nodes: dict[str, Node] = {}
    edges: list[tuple[str, str, str]] = []
    for lane, flow in enumerate((RequestFlow, BookingFlow)):
        lane_nodes, lane_edges = _lane(flow, lane)
        nodes.update({n.id: n for n in lane_nodes})
        edges += lane_edges
    result = ProcessMap(nodes, edges)
    if request_ref:
        request = m.Request.get_or_none(m.Request.ref == request_ref)
        if request is not None:
            result.current = request.state
            for event in (
                m.AuditEvent.select()
                .where(
                    (m.AuditEvent.object_type == "request")
                    & (m.AuditEvent.object_ref == request_ref)
                )
                .order_by(m.AuditEvent.id)
            ):
                if event.after_state:
                    result.visited.add(event.after_state)
                if event.before_state and event.after_state != event.before_state:
                    result.taken.add((event.before_state, event.after_state))
    return result
