"""R-8.1: new policy versions, added by an administrator with an effective date and a reason."""

from __future__ import annotations

import json
from typing import Any

from app.db import models as m
from app.workflow import errors, jalali, persian, validate
from app.workflow.audit import Trail
from app.workflow.policy import POLICY_KEYS, merged, policy_on
from app.workflow.service import Context, Result, action


def _check_changes(changes: Any) -> dict[str, Any]:
    if not isinstance(changes, dict) or not changes:
        raise validate.invalid("changes", "دست‌کم یک مقدار تغییریافته لازم است.", "R-8.1")
    unknown = sorted(set(changes) - POLICY_KEYS)
    if unknown:
        raise validate.invalid("changes", f"«{unknown[0]}» از مقادیر شیوه‌نامه نیست.", "R-8.1")
    for key, value in changes.items():
        if isinstance(value, bool) or (isinstance(value, int | float) and value < 0):
            raise validate.invalid("changes", f"مقدار «{key}» نادرست است.", "R-8.1")
    return changes


@action("add_policy_version")
def add_policy_version(ctx: Context, trail: Trail, *, effective: Any, changes: Any,
                       reason: str) -> Result:
    day = validate.date(effective, "effective")
    changes = _check_changes(changes)
    reason = validate.text(reason, "reason", max_len=4000)
    latest = m.PolicyVersion.select().order_by(m.PolicyVersion.number.desc()).first()
    if day < latest.effective:
        raise validate.invalid("effective", f"نمی‌تواند پیش از اجرای نسخهٔ "
                               f"{persian.to_persian_digits(latest.number)} ({jalali.format_date(latest.effective)}) باشد.",
                               "R-8.1")
    if day < ctx.today:
        raise errors.WorkflowError(errors.INVALID_INPUT, "نسخهٔ تازه نمی‌تواند گذشته را تغییر دهد.",
                                   "R-8.1", field="effective")
    base = policy_on(day).values
    values = merged(base, changes)
    number = latest.number + 1
    m.PolicyVersion.create(number=number, effective=day, approved=ctx.today,
                           values=json.dumps(values, ensure_ascii=False, sort_keys=True),
                           reason=reason, created_by=ctx.user.username, created_at=ctx.now)
    trail.about("policy", str(number), decision="added", reason=reason,
                data={"effective": day, "changes": changes})
    return {"ref": str(number), "effective": jalali.format_date_latin(day)}


def review_due(on) -> bool:  # noqa: ANN001
    """R-8.1: the last version is older than the review period."""
    latest = m.PolicyVersion.select().order_by(m.PolicyVersion.created_at.desc()).first()
    months = policy_on(on)["review_months"]
    last = max(latest.approved, latest.effective) if latest else on
    return jalali.add_months(last, months) <= on
