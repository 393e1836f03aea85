"""Small reads the window needs beside the procedure's own (no Qt here)."""

from __future__ import annotations

import datetime as dt

from app.db import models as m
from app.workflow.eligibility import months_in


def months_passed(ngo: m.Ngo, today: dt.date) -> int:
    """The months an NGO has spent in the semansaras up to `today`, a started month counted
    whole: a contract that starts today has none yet. (R-5.3's cap counts a running contract's
    whole term instead: `eligibility.served_months`.)"""
    total = 0
    for contract in ngo.contracts:
        end = min(contract.ends, today)
        if contract.ended_at is not None:
            end = min(end, contract.ended_at.date())
        if end > contract.starts:
            total += months_in(contract.starts, end)
    return total
