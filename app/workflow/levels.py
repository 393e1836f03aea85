"""R-4.5: the level assessment. Each criterion supports a level; the lowest is suggested;
the empowerment deputy confirms it or sets another with a written reason."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from app.db import models as m
from app.workflow import find, jalali, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.policy import Policy, policy_on
from app.workflow.service import Context, Result, action


@dataclass(frozen=True)
class Suggestion:
    years_level: int
    members_level: int
    activity_level: int
    years: int  # whole Jalali years since founding, to the day
    members: int
    programs: dict[str, int]

    @property
    def level(self) -> int:
        return min(self.years_level, self.members_level, self.activity_level)


def _years_level(ngo: m.Ngo, on: dt.date, policy: Policy) -> tuple[int, int]:
    """R-4.5: "up to 2 years" is level 2, "2 to 5 years" level 3, "over 5 years" level 4,
    counted in Jalali years to the day: up to two years until the second anniversary of its
    founding, over two from the day after it (and likewise five)."""
    if ngo.founded > on:  # still being founded
        return 1, 0
    low, high = policy["level_years"]
    if on > jalali.add_months(ngo.founded, 12 * high):
        level = 4
    elif on > jalali.add_months(ngo.founded, 12 * low):
        level = 3
    else:
        level = 2
    return level, jalali.years_between(ngo.founded, on)


def _members_level(members: int, policy: Policy) -> int:
    low, high = policy["level_members"]
    return 2 if members < low else 3 if members <= high else 4


def _count(programs: list[m.Program], since: dt.date, people: int) -> int:
    return sum(1 for p in programs if p.date >= since and p.participants >= people)


def _activity_level(
    programs: list[m.Program], on: dt.date, policy: Policy
) -> tuple[int, dict[str, int]]:
    l3, l4 = policy["level3_activity"], policy["level4_activity"]
    since4 = jalali.add_months(on, -12 * l4["window_years"])
    since3 = jalali.add_months(on, -12 * l3["window_years"])
    counts = {
        "l4_programs": _count(programs, since4, l4["people"]),
        "l4_big": _count(programs, since4, l4["big_people"]),
        "l3_programs": _count(programs, since3, l3["people"]),
        "l3_big": _count(programs, since3, l3["big_people"]),
    }
    if counts["l4_programs"] > l4["programs_over"] and counts["l4_big"] >= l4["big_programs"]:
        return 4, counts
    if counts["l3_programs"] >= l3["programs"] and counts["l3_big"] >= l3["big_programs"]:
        return 3, counts
    return 2, counts


def suggest(ngo: m.Ngo, on: dt.date) -> Suggestion:
    policy = policy_on(on)
    programs = list(ngo.programs.where(m.Program.date <= on))
    years_level, years = _years_level(ngo, on, policy)
    activity_level, counts = _activity_level(programs, on, policy)
    return Suggestion(
        years_level, _members_level(ngo.members, policy), activity_level, years, ngo.members, counts
    )


@action("assess_level")
def assess_level(
    ctx: Context, trail: Trail, *, ngo: str, level: Any = None, reason: str = ""
) -> Result:
    owner = find.one(m.Ngo, ngo, lock=True)
    suggestion = suggest(owner, ctx.today)
    chosen = suggestion.level
    reason = validate.text(reason, "reason", required=False, max_len=2000)
    if level not in (None, ""):
        chosen = validate.integer(level, "level", low=1, high=4)
        if chosen != suggestion.level and not reason:
            raise validate.invalid(
                "reason", msg.OTHER_LEVEL_NEEDS_REASON(level=suggestion.level), "R-4.5"
            )
    evidence = asdict(suggestion)
    m.Assessment.create(
        ngo=owner,
        assessed_at=ctx.now,
        assessed_by=ctx.user.username,
        years_level=suggestion.years_level,
        members_level=suggestion.members_level,
        activity_level=suggestion.activity_level,
        suggested=suggestion.level,
        level=chosen,
        reason=reason,
        evidence=json.dumps(evidence, ensure_ascii=False),
    )
    before = owner.level
    owner.level = chosen
    owner.save()
    trail.about(
        "ngo",
        owner.code,
        decision="confirmed" if chosen == suggestion.level else "overridden",
        reason=reason,
        before_state=str(before or ""),
        after_state=str(chosen),
        data=evidence,
    )
    return {"code": owner.code, "suggested": suggestion.level, "level": chosen}
