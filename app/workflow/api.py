"""The workflow's front door: every action registered, ready for the UI and the scenario runner."""

from __future__ import annotations

# Importing the service modules registers their actions.
from app.workflow import (  # noqa: F401
    accounts,
    bookings,
    closed_days,
    contracts,
    importer,
    levels,
    notes,
    notifications,
    office,
    policy_admin,
    registry,
    requests,
    show,
    timeline,
)
from app.workflow.errors import WorkflowError
from app.workflow.service import ACTIONS, Context, Result, run

__all__ = ["ACTIONS", "Context", "Result", "WorkflowError", "run"]
