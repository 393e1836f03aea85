"""R-8.1: new policy versions, added by an administrator with an effective date and a reason."""

from __future__ import annotations

import datetime as dt
import json
import string
from typing import Any

from app.db import models as m
from app.workflow import errors, jalali, persian, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.papers_template import CONTRACT_TEMPLATE_1
from app.workflow.policy import POLICY_KEYS, SERVICES, UNLIMITED, VERSION_1, merged, policy_on
from app.workflow.service import Context, Result, action

# The range each number of the policy may take (by its top-level name; a nested value, such as
# a level's hours of a room, takes its parent's). A contract term, a note or a rounding step of 0 means
# nothing; a review every 10¹² months is no review.
_BOUNDS: dict[str, tuple[int, int]] = {
    "people_caps": (1, 1000),
    "service_caps": (0, 100_000),
    "level_caps": (0, 8784),  # hours in a leap year; counts of shelves, desks, cards likewise
    "level_years": (0, 100),
    "level_members": (0, 1_000_000),
    "level3_activity": (0, 100_000),
    "level4_activity": (0, 100_000),
    "lease_months": (1, 60),
    "max_extensions": (0, 100),
    "max_total_months": (1, 600),
    "extension_deadline_months": (0, 12),
    "note_base_amount": (1, 10**15),
    "note_base_year": (1300, 1600),
    "note_rounding": (1, 10**12),
    "staff_minimum": (0, 100),
    "review_months": (1, 120),
    "ending_soon_days": (1, 366),
}
_CARDS_CAP = 100_000  # business cards a year: a count, not hours


def _bad(path: str, why: msg.Message) -> errors.WorkflowError:
    return validate.invalid("changes", msg.POLICY_VALUE_PROBLEM(path=path, why=why), "R-8.1")


def _check_value(value: Any, model: Any, path: str) -> None:
    """`value` has the shape of version 1's `model` at `path` (its type, its keys, its length)."""
    if isinstance(model, dict):
        if not isinstance(value, dict):
            raise _bad(path, msg.NEEDS_NAMED_VALUES())
        for key, item in value.items():
            if key not in model:
                raise _bad(f"{path}.{key}", msg.NOT_A_POLICY_VALUE())
            _check_value(item, model[key], f"{path}.{key}")
    elif isinstance(model, list):
        if not isinstance(value, list) or not value:
            raise _bad(path, msg.NEEDS_LIST())
        if all(isinstance(x, int) for x in model):  # thresholds: as many, in rising order
            if len(value) != len(model):
                raise _bad(path, msg.NEEDS_COUNT(count=len(model)))
            for item in value:
                _check_value(item, model[0], path)
            if value != sorted(set(value)):
                raise _bad(path, msg.NEEDS_RISING())
        elif not all(isinstance(x, str) and x.strip() for x in value):
            raise _bad(path, msg.NEEDS_NAMES())
    elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(path, msg.NEEDS_WHOLE_NUMBER())
    else:
        _check_bounds(value, path)


def _check_bounds(value: int, path: str) -> None:
    low, high = _BOUNDS[path.split(".")[0]]
    if path.endswith("business_cards"):
        high = _CARDS_CAP
    if not low <= value <= high:
        raise _bad(path, msg.NEEDS_BETWEEN(low=low, high=high))


def _check_level_caps(value: Any) -> None:
    """Levels 1–4; a level lists any of the services, each a count/hours or «unlimited»."""
    if not isinstance(value, dict):
        raise _bad("level_caps", msg.NEEDS_LEVELS())
    for level, caps in value.items():
        if level not in VERSION_1["level_caps"]:
            raise _bad(f"level_caps.{level}", msg.NOT_A_LEVEL())
        if not isinstance(caps, dict):
            raise _bad(f"level_caps.{level}", msg.NEEDS_SERVICES())
        for service, cap in caps.items():
            where = f"level_caps.{level}.{service}"
            if service not in SERVICES:
                raise _bad(where, msg.NOT_A_SERVICE())
            if cap != UNLIMITED and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 0):
                raise _bad(where, msg.NEEDS_CAP())
            if cap != UNLIMITED:
                _check_bounds(cap, where)


#: A policy version may carry the contract's wording (`papers_template`), revised by HQ's legal
#: staff with the other values of Article 8.
TEMPLATE = "contract_template"


def _blanks(text: str, where: str) -> set[str]:
    try:
        return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}
    except ValueError:
        raise _bad(where, msg.TEMPLATE_BAD_BRACES(text=text[:80])) from None


def _template_blanks() -> set[str]:
    return {
        name
        for article in CONTRACT_TEMPLATE_1["articles"]
        for text in (article["heading"], *article["paragraphs"])
        for name in _blanks(text, TEMPLATE)
    }


def _check_template(value: Any) -> dict[str, Any]:
    """R-8.1: a contract template of the first one's shape, every blank one the contract fills;
    its text kept with Persian ی/ک (R-9.2)."""
    if not isinstance(value, dict) or set(value) != {"version", "articles"}:
        raise _bad(TEMPLATE, msg.TEMPLATE_SHAPE())
    version = value["version"]
    if not isinstance(version, str) or not version.strip():
        raise _bad(f"{TEMPLATE}.version", msg.NEEDS_TEXT())
    articles = value["articles"]
    if not isinstance(articles, list) or not articles:
        raise _bad(f"{TEMPLATE}.articles", msg.NEEDS_LIST())
    known = _template_blanks()
    out = []
    for number, article in enumerate(articles, start=1):
        where = f"{TEMPLATE}.articles.{number}"
        if not isinstance(article, dict) or set(article) != {"heading", "paragraphs"}:
            raise _bad(where, msg.TEMPLATE_SHAPE())
        heading, paragraphs = article["heading"], article["paragraphs"]
        if not isinstance(heading, str) or not heading.strip():
            raise _bad(f"{where}.heading", msg.NEEDS_TEXT())
        if (
            not isinstance(paragraphs, list)
            or not paragraphs
            or not all(isinstance(p, str) and p.strip() for p in paragraphs)
        ):
            raise _bad(f"{where}.paragraphs", msg.NEEDS_TEXTS())
        for text in (heading, *paragraphs):
            unknown = sorted(_blanks(text, where) - known)
            if unknown:
                raise _bad(where, msg.TEMPLATE_UNKNOWN_FIELD(name=unknown[0], known=sorted(known)))
        out.append(
            {
                "heading": persian.persian_letters(heading.strip()),
                "paragraphs": [persian.persian_letters(p.strip()) for p in paragraphs],
            }
        )
    return {"version": persian.persian_letters(version.strip()), "articles": out}


def _check_changes(changes: Any) -> dict[str, Any]:
    """R-8.1: only known values, each of the shape version 1 gives it."""
    if not isinstance(changes, dict) or not changes:
        raise validate.invalid("changes", msg.NO_CHANGE(), "R-8.1")
    unknown = sorted(set(changes) - POLICY_KEYS - {TEMPLATE})
    if unknown:
        raise validate.invalid("changes", msg.UNKNOWN_POLICY_VALUE(key=unknown[0]), "R-8.1")
    for key, value in changes.items():
        if key == TEMPLATE:
            changes = {**changes, TEMPLATE: _check_template(value)}
        elif key == "level_caps":
            _check_level_caps(value)
        else:
            _check_value(value, VERSION_1[key], key)
    return changes


@action("add_policy_version")
def add_policy_version(
    ctx: Context, trail: Trail, *, effective: Any, changes: Any, reason: str, approved: Any = None
) -> Result:
    day = validate.date(effective, "effective")
    approved_on = validate.date(approved, "approved") if approved else ctx.today
    if approved_on > ctx.today:
        raise validate.invalid("approved", msg.APPROVED_AFTER_TODAY(), "R-8.1")
    changes = _check_changes(changes)
    reason = validate.text(reason, "reason", max_len=4000)
    latest = m.PolicyVersion.select().order_by(m.PolicyVersion.number.desc()).first()
    if day < latest.effective:
        raise validate.invalid(
            "effective",
            msg.BEFORE_LATEST_VERSION(number=latest.number, effective=latest.effective),
            "R-8.1",
        )
    if day < ctx.today:
        raise errors.WorkflowError(
            errors.INVALID_INPUT, msg.VERSION_CHANGES_PAST(), "R-8.1", field="effective"
        )
    base = policy_on(day).values
    values = merged(base, changes)
    number = latest.number + 1
    m.PolicyVersion.create(
        number=number,
        effective=day,
        approved=approved_on,
        values=json.dumps(values, ensure_ascii=False, sort_keys=True),
        reason=reason,
        created_by=ctx.user.username,
        created_at=ctx.now,
    )
    trail.about(
        "policy",
        str(number),
        decision="added",
        reason=reason,
        data={"effective": day, "approved": approved_on, "changes": changes},
    )
    return {
        "ref": str(number),
        "effective": jalali.format_date_latin(day),
        "approved": jalali.format_date_latin(approved_on),
    }


def review_due(on: dt.date) -> bool:
    """R-8.1: three months (the policy's `review_months`) have passed since the version in
    force on `on` was approved."""
    policy = policy_on(on)
    return jalali.add_months(policy.approved or policy.effective, policy["review_months"]) <= on
