"""A request's timeline: its audit events (R-3.5), one row each, oldest first.

Who took each step, when (Jalali), in which role, at which step, what was decided and why.
The rows come from the append-only audit trail (`read.requests.timeline`); nothing here
writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from app.ui import i18n, local, texts
from app.ui.item_models import ListTableModel
from app.ui.reads import accounts, requests
from app.ui.widgets.tables import configure_table
from app.workflow.read.records import AuditRecord, RequestRecord


def decision_text(event: AuditRecord) -> str:
    """The event in words: «پذیرش», «قرارداد بسته شد» …; an unknown decision by its action."""
    label = texts.DECISION_NAMES.get(event.decision)
    if label is None:
        label = texts.ACTION_NAMES.get(event.action, event.decision or event.action)
    if event.object_type in ("contract", "note"):
        label = f"{texts.TIMELINE_OBJECTS[event.object_type]}: {label}"
    return label


def timeline_rows(events: list[AuditRecord], names: dict[str, str]) -> list[tuple[str, tuple]]:
    return [
        (
            str(event.id),
            (
                local.datetime_text(event.at),
                names.get(event.actor, event.actor),
                i18n.role_name(event.role),
                event.step or texts.NONE,
                decision_text(event),
                local.digits(event.reason) if event.reason else "",
            ),
        )
        for event in events
    ]


class TimelineView(QTableView):
    """The audit trail of one request (and of the contract and note it led to)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        configure_table(self)
        self.model_ = ListTableModel(texts.TIMELINE_COLUMNS, self)
        self.model_.centred = frozenset({0, 3})
        self.setModel(self.model_)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):  # the decision and its reason share what is left; tips hold all
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def show_request(self, request: RequestRecord | None, who: Any = None) -> None:
        events = requests.timeline(request.ref, who=who) if request is not None else []
        self.model_.set_rows(timeline_rows(events, accounts.full_names() if events else {}))
        for row, event in enumerate(events):
            self.model_.tips[(row, 4)] = self.model_.cells[row][4]
            if event.reason:
                self.model_.tips[(row, 5)] = self.model_.cells[row][5]

    def rows(self) -> list[tuple[str, ...]]:
        """What the view shows, cell by cell (for tests and for copying)."""
        return list(self.model_.cells)
