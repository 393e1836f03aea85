"""The register: semansaras and their rooms and staff, users, NGOs and their programs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from app.db import models as m
from app.db.database import is_postgres
from app.workflow import errors, find, persian, validate
from app.workflow import messages as msg
from app.workflow.accounts import checked_new
from app.workflow.audit import Trail
from app.workflow.passwords import hash_password
from app.workflow.policy import Policy, policy_on
from app.workflow.roles import ADMIN, ROLE_NAMES, SEMANSARA_MANAGER
from app.workflow.service import Context, Result, action

ROOM_COUNTS = {"meeting_room": "meeting_rooms", "workshop_room": "workshop_rooms", "hall": "halls"}
STAFF_KINDS = {"service": "خدماتی/نگهبانی", "admin": "اداری"}


# A record of each register as a refusal names it («a semansara with …»).
_ONE = {m.Semansara: "سمن‌سرایی", m.Staff: "نیرویی", m.User: "کاربری"}


def _duplicate(model: type[m.BaseModel], value: Any, field: str) -> errors.WorkflowError:
    return errors.WorkflowError(
        errors.DUPLICATE,
        msg.ALREADY_RECORDED_BY(what=_ONE[model], field=validate.field_name(field), value=value),
        field=field,
    )


def _check_version(row: m.BaseModel, version: Any, object_type: str, ref: str) -> None:
    """Two people editing one record: the second save is told who changed it first."""
    if version is None or int(version) == row.version:
        return
    last = (
        m.AuditEvent.select()
        .where((m.AuditEvent.object_type == object_type) & (m.AuditEvent.object_ref == ref))
        .order_by(m.AuditEvent.id.desc())
        .first()
    )
    said = msg.CHANGED_BY(actor=last.actor, at=last.at) if last else msg.CHANGED_BY_SOMEONE()
    raise errors.WorkflowError(errors.STALE_RECORD, said)


# --- semansaras -------------------------------------------------------------------------------


def _semansara_fields(args: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def take(name: str, fn, *fa, **kw):  # noqa: ANN001 - small local helper
        if name in args or not partial:
            out[name] = fn(args.get(name), name, *fa, **kw)

    take("name", validate.text)
    take("district", validate.integer, low=1, high=22)
    for name in ("desks", "meeting_rooms", "workshop_rooms", "halls", "shelves", "max_contracts"):
        take(name, validate.integer, low=0, high=1000)
    for name in ("opens", "closes"):
        if name in args or not partial:
            value = args.get(name) or ("08:00" if name == "opens" else "18:00")
            out[name] = validate.time(value, name).strftime("%H:%M")
    for name in ("address", "phone"):
        if name in args:
            out[name] = validate.text(args[name], name, required=False, max_len=300)
    opens, closes = out.get("opens"), out.get("closes")
    if opens and closes and closes <= opens:
        raise validate.invalid("closes", msg.CLOSES_BEFORE_OPENS())
    return out


def _sync_rooms(semansara: m.Semansara) -> None:
    """One Room row per counted room; lowering a count retires rooms, never deletes them."""
    for kind, count_field in ROOM_COUNTS.items():
        wanted = getattr(semansara, count_field)
        existing = {r.number: r for r in semansara.rooms.where(m.Room.kind == kind)}
        for number in range(1, max(wanted, len(existing)) + 1):
            room = existing.get(number)
            if room is None:
                m.Room.create(semansara=semansara, kind=kind, number=number, active=True)
            elif room.active != (number <= wanted):
                room.active = number <= wanted
                room.save()


@action("add_semansara")
def add_semansara(ctx: Context, trail: Trail, *, code: str, **args: Any) -> Result:
    code = validate.identifier(code, "code", max_len=32)
    validate.no_extra(
        args,
        {
            "name",
            "district",
            "desks",
            "meeting_rooms",
            "workshop_rooms",
            "halls",
            "shelves",
            "max_contracts",
            "opens",
            "closes",
            "address",
            "phone",
        },
    )
    fields = _semansara_fields(args)
    if find.exists(m.Semansara, code):
        raise _duplicate(m.Semansara, code, "code")
    semansara = m.Semansara.create(code=code, created_at=ctx.now, **fields)
    _sync_rooms(semansara)
    trail.about("semansara", code, decision="added", data=fields)
    return {"code": code, "state": "active"}


@action("update_semansara")
def update_semansara(
    ctx: Context, trail: Trail, *, code: str, version: Any = None, **args: Any
) -> Result:
    semansara = find.one(m.Semansara, code, lock=True)
    _check_version(semansara, version, "semansara", semansara.code)
    fields = _semansara_fields(args, partial=True)
    before = {k: getattr(semansara, k) for k in fields}
    changed = {k: v for k, v in fields.items() if before[k] != v}
    if changed:
        for key, value in changed.items():
            setattr(semansara, key, value)
        semansara.version += 1
        semansara.save()
        _sync_rooms(semansara)
        trail.about(
            "semansara",
            semansara.code,
            decision="updated",
            data={"before": {k: before[k] for k in changed}, "after": changed},
        )
    return {"code": semansara.code, "version": semansara.version, "changed": sorted(changed)}


EMPLOYMENT = {"official": "رسمی", "contract": "پیمانی"}


def _staff_fields(args: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """R-7.2: a person's kind of work, employment type, hours and duties."""
    validate.no_extra(args, {"kind", "employment", "hours", "duties"})
    out: dict[str, Any] = {}
    if "kind" in args or not partial:
        out["kind"] = validate.choice(args.get("kind"), "kind", STAFF_KINDS, STAFF_KINDS)
    if args.get("employment") not in (None, ""):
        out["employment"] = validate.choice(
            args["employment"], "employment", EMPLOYMENT, EMPLOYMENT
        )
    if "hours" in args:
        out["hours"] = validate.text(args["hours"], "hours", required=False)
    if "duties" in args:
        out["duties"] = validate.text(args["duties"], "duties", required=False, max_len=2000)
    return out


def _staff(code: Any) -> m.Staff:
    key = validate.identifier(code, "code", max_len=32)
    query = m.Staff.select().where(m.Staff.code == key)
    staff = (query.for_update() if is_postgres() else query).first()
    if staff is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.STAFF_NOT_FOUND(code=key), "R-7.2")
    return staff


@action("add_staff")
def add_staff(
    ctx: Context, trail: Trail, *, semansara: str, name: str, code: str = "", **args: Any
) -> Result:
    """R-7.1, R-7.2: a person the district municipality introduced to a semansara."""
    semansara_row = find.one(m.Semansara, semansara)
    fields = _staff_fields(args)
    code = validate.identifier(code, "code", max_len=32) if code else None
    if code and m.Staff.select().where(m.Staff.code == code).exists():
        raise _duplicate(m.Staff, code, "code")
    staff = m.Staff.create(
        semansara=semansara_row,
        name=validate.text(name, "name"),
        code=code,
        added_at=ctx.now,
        **fields,
    )
    trail.about(
        "semansara",
        semansara_row.code,
        decision="staff_added",
        data={"staff": staff.name, "code": code or "", **fields},
    )
    return {"code": semansara_row.code, "staff": staff.id}


@action("update_staff")
def update_staff(ctx: Context, trail: Trail, *, code: str, **args: Any) -> Result:
    """R-7.2: the district deputy changes a person's kind, employment, hours or duties."""
    staff = _staff(code)
    if not staff.active:
        raise errors.WorkflowError(errors.OUT_OF_ORDER, msg.STAFF_RETIRED(name=staff.name), "R-7.2")
    fields = _staff_fields(args, partial=True)
    before = {k: getattr(staff, k) for k in fields}
    changed = {k: v for k, v in fields.items() if before[k] != v}
    if changed:
        for key, value in changed.items():
            setattr(staff, key, value)
        staff.save()
        trail.about(
            "semansara",
            staff.semansara.code,
            decision="staff_updated",
            data={"staff": staff.code, "before": {k: before[k] for k in changed}, "after": changed},
        )
    return {"code": staff.semansara.code, "staff": staff.code, "changed": sorted(changed)}


@action("retire_staff")
def retire_staff(ctx: Context, trail: Trail, *, code: str, reason: str) -> Result:
    """R-7.2: a person leaves the semansara; the row stays, and they no longer count for
    R-7.1."""
    staff = _staff(code)
    reason = validate.text(reason, "reason", max_len=2000)
    if not staff.active:
        raise errors.WorkflowError(errors.OUT_OF_ORDER, msg.STAFF_LEFT(name=staff.name), "R-7.2")
    staff.active, staff.retired_at, staff.retire_reason = False, ctx.now, reason
    staff.save()
    trail.about(
        "semansara",
        staff.semansara.code,
        decision="staff_retired",
        reason=reason,
        data={"staff": staff.code, "name": staff.name},
    )
    return {"code": staff.semansara.code, "staff": staff.code, "state": "retired"}


def staff_shortfalls(
    on: dt.date, semansara_ids: list[int] | None = None
) -> dict[int, dict[str, int]]:
    """R-7.1: for each semansara short of staff, how many of each kind are missing."""
    minimum = policy_on(on)["staff_minimum"]
    have: dict[int, dict[str, int]] = {}
    query = (
        m.Staff.select(m.Staff.semansara, m.Staff.kind, fn.COUNT(m.Staff.id))
        .where(m.Staff.active == True)  # noqa: E712
        .group_by(m.Staff.semansara, m.Staff.kind)
    )
    for semansara_id, kind, count in query.tuples():
        have.setdefault(semansara_id, {})[kind] = count
    if semansara_ids is None:
        active = m.Semansara.active == True  # noqa: E712
        semansara_ids = [s.id for s in m.Semansara.select(m.Semansara.id).where(active)]
    out = {}
    for semansara_id in semansara_ids:
        counts = have.get(semansara_id, {})
        short = {
            kind: need - counts.get(kind, 0)
            for kind, need in minimum.items()
            if counts.get(kind, 0) < need
        }
        if short:
            out[semansara_id] = short
    return out


def staff_shortfall(semansara: m.Semansara, on: dt.date) -> dict[str, int]:
    """R-7.1: how many staff of each kind `semansara` is missing (empty when none)."""
    return staff_shortfalls(on, [semansara.id]).get(semansara.id, {})


# --- users ------------------------------------------------------------------------------------


@action("add_user")
def add_user(
    ctx: Context,
    trail: Trail,
    *,
    username: str,
    role: str,
    semansara: str = "",
    full_name: str = "",
    email: str = "",
    password: str | None = None,
) -> Result:
    """A new account. With `password`, a one-time password its owner changes at the first
    sign-in; without, the account cannot sign in until an administrator sets one."""
    username = validate.identifier(username, "username", max_len=64)
    if any(ch.isspace() for ch in username):
        raise validate.invalid("username", msg.SPACE_IN_USERNAME(), "R-9.2")
    role = validate.choice(role, "role", ROLE_NAMES, ROLE_NAMES)
    semansara_row = find.one(m.Semansara, semansara) if semansara else None
    if role == SEMANSARA_MANAGER and semansara_row is None:
        raise validate.invalid("semansara", msg.MANAGER_NEEDS_SEMANSARA())
    if find.exists(m.User, username):
        raise _duplicate(m.User, username, "username")
    if password is not None:
        checked_new(password, username)
    m.User.create(
        username=username,
        username_key=find.username_key(username),
        role=role,
        semansara=semansara_row,
        full_name=validate.text(full_name, "full_name", required=False),
        email=validate.email(email),
        password_hash=hash_password(password) if password else None,
        must_change_password=password is not None,
        created_at=ctx.now,
    )
    trail.about(
        "user",
        username,
        decision="added",
        data={"role": role, "semansara": semansara_row.code if semansara_row else ""},
    )
    return {"ref": username, "role": role}


def _active_admins(besides: m.User) -> int:
    return (
        m.User.select()
        .where((m.User.role == ADMIN) & m.User.active & (m.User.id != besides.id))
        .count()
    )


@action("update_user")
def update_user(ctx: Context, trail: Trail, *, username: str, **args: Any) -> Result:
    """An administrator changes a user's role, semansara, name, or turns the account off or on.

    Accounts are never deleted (their names stay in the trail); a turned-off account cannot
    sign in. At least one active administrator always remains. Turning an account on again
    lifts a lockout.
    """
    validate.no_extra(args, {"role", "semansara", "full_name", "email", "active"})
    user = find.one(m.User, username, lock=True)
    after = {
        "role": validate.choice(args.get("role", user.role), "role", ROLE_NAMES, ROLE_NAMES),
        "full_name": validate.text(
            args.get("full_name", user.full_name), "full_name", required=False, max_len=200
        ),
        "email": validate.email(args.get("email", user.email)),
        "active": validate.flag(args.get("active", user.active), "active"),
    }
    code = args.get("semansara", user.semansara.code if user.semansara else "")
    semansara = find.one(m.Semansara, code) if code and after["role"] == SEMANSARA_MANAGER else None
    if after["role"] == SEMANSARA_MANAGER and semansara is None:
        raise validate.invalid("semansara", msg.MANAGER_NEEDS_SEMANSARA())
    after["semansara"] = semansara.code if semansara else ""
    before = {
        "role": user.role,
        "full_name": user.full_name,
        "email": user.email,
        "active": user.active,
        "semansara": user.semansara.code if user.semansara else "",
    }
    stays_admin = after["role"] == ADMIN and after["active"]
    if user.role == ADMIN and user.active and not stays_admin and not _active_admins(user):
        field = "active" if not after["active"] else "role"
        raise validate.invalid(field, msg.LAST_ADMINISTRATOR())
    changed = {k: v for k, v in after.items() if before[k] != v}
    if changed:
        user.role, user.full_name, user.email, user.active, user.semansara = (
            after["role"],
            after["full_name"],
            after["email"],
            after["active"],
            semansara,
        )
        columns = [m.User.role, m.User.full_name, m.User.email, m.User.active, m.User.semansara]
        if changed.get("active"):  # turned on again: a lockout from before is lifted
            user.failed_logins, user.locked_until = 0, None
            columns += [m.User.failed_logins, m.User.locked_until]
        user.save(only=columns)  # never the sign-in counters of a sign-in running meanwhile
        trail.about(
            "user",
            user.username,
            decision="updated",
            data={"before": {k: before[k] for k in changed}, "after": changed},
        )
    return {"ref": user.username, "changed": sorted(changed)}


# --- NGOs -------------------------------------------------------------------------------------

NGO_FIELDS = {
    "name",
    "licence_issuer",
    "licence_no",
    "licence_expires",
    "founded",
    "members",
    "chief",
    "representative",
    "phone",
    "email",
    "district",
    "national_id",
    "address",
    "chief_national_code",
    "representative_national_code",
}


def _ngo_fields(
    ctx: Context, args: dict[str, Any], *, partial: bool = False, policy: Policy | None = None
) -> dict[str, Any]:
    validate.no_extra(args, NGO_FIELDS)
    out: dict[str, Any] = {}

    def given(name: str) -> bool:
        return name in args or not partial

    if given("name"):
        out["name"] = validate.text(args.get("name"), "name", max_len=300)
        out["name_key"] = persian.normalise(out["name"])
    if given("licence_issuer"):
        bodies = (policy or policy_on(ctx.today))["licensing_bodies"]
        issuer = validate.text(args.get("licence_issuer"), "licence_issuer", max_len=120)
        matches = [b for b in bodies if persian.normalise(b) == persian.normalise(issuer)]
        if not matches:
            raise validate.invalid("licence_issuer", msg.ISSUER_NOT_LISTED(issuer=issuer), "R-1.1")
        out["licence_issuer"] = matches[0]
    if given("licence_no"):
        out["licence_no"] = validate.text(args.get("licence_no"), "licence_no", max_len=60)
        out["licence_key"] = persian.normalise(out["licence_no"])
    if given("licence_expires"):
        out["licence_expires"] = validate.date(args.get("licence_expires"), "licence_expires")
    if given("founded"):
        out["founded"] = validate.date(args.get("founded"), "founded")
        if out["founded"] > ctx.today:
            raise validate.invalid("founded", msg.AFTER_TODAY())
    if given("members"):
        out["members"] = validate.integer(args.get("members"), "members", low=0, high=10_000_000)
    for name in ("chief", "representative", "phone", "national_id"):
        if name in args:
            out[name] = validate.text(args[name], name, required=False)
    if "address" in args:
        out["address"] = validate.text(args["address"], "address", required=False, max_len=500)
    for name in ("chief_national_code", "representative_national_code"):
        if name in args:
            out[name] = validate.national_code(args[name], name)
    if "email" in args:
        out["email"] = validate.email(args["email"])
    if args.get("district") not in (None, ""):
        out["district"] = validate.integer(args["district"], "district", low=1, high=22)
    elif partial and "district" in args:
        out["district"] = None  # cleared
    return out


def ngo_fields(
    ctx: Context, args: dict[str, Any], *, partial: bool = False, policy: Policy | None = None
) -> dict[str, Any]:
    """The checked, normalised NGO fields of `args` by register_ngo's (`partial`: update_ngo's)
    rules, for callers that take many NGOs at once (the importer; `policy`: the policy in
    force today, read once for them all)."""
    return _ngo_fields(ctx, args, partial=partial, policy=policy)


def _unique_licence(key: str, shown: str, ngo_id: int | None = None) -> None:
    query = m.Ngo.select().where(m.Ngo.licence_key == key)
    if ngo_id is not None:
        query = query.where(m.Ngo.id != ngo_id)
    other = query.first()
    if other is not None:
        raise errors.WorkflowError(
            errors.DUPLICATE,
            msg.LICENCE_TAKEN(value=shown, name=other.name, code=other.code),
            "R-1.2",
            field="licence_no",
        )


@action("register_ngo")
def register_ngo(ctx: Context, trail: Trail, *, code: str = "", **args: Any) -> Result:
    fields = _ngo_fields(ctx, args)
    code = find.new_ref(m.Ngo, code, "code", "N")
    _unique_licence(fields["licence_key"], fields["licence_no"])
    m.Ngo.create(code=code, registered_at=ctx.now, **fields)
    trail.about(
        "ngo",
        code,
        decision="registered",
        data={k: v for k, v in fields.items() if not k.endswith("_key")},
    )
    return {"code": code, "state": "registered"}


@action("update_ngo")
def update_ngo(
    ctx: Context, trail: Trail, *, code: str, version: Any = None, **args: Any
) -> Result:
    ngo = find.one(m.Ngo, code, lock=True)
    _check_version(ngo, version, "ngo", ngo.code)
    fields = _ngo_fields(ctx, args, partial=True)
    if "licence_key" in fields:
        _unique_licence(fields["licence_key"], fields["licence_no"], ngo.id)
    before = {k: getattr(ngo, k) for k in fields}
    changed = {k: v for k, v in fields.items() if before[k] != v}
    if changed:
        for key, value in changed.items():
            setattr(ngo, key, value)
        ngo.version += 1
        ngo.save()
        trail.about(
            "ngo",
            ngo.code,
            decision="updated",
            data={"before": {k: before[k] for k in changed}, "after": changed},
        )
    return {"code": ngo.code, "version": ngo.version, "changed": sorted(changed)}


@action("add_program")
def add_program(
    ctx: Context, trail: Trail, *, ngo: str, date: Any, participants: Any, title: str
) -> Result:
    owner = find.one(m.Ngo, ngo)
    day = validate.date(date, "date")
    if day > ctx.today:
        raise validate.invalid("date", msg.PROGRAM_IN_FUTURE(), "R-4.5")
    program = m.Program.create(
        ngo=owner,
        date=day,
        title=validate.text(title, "title", max_len=300),
        participants=validate.integer(participants, "participants", low=1, high=1_000_000),
        added_at=ctx.now,
    )
    trail.about(
        "ngo",
        owner.code,
        decision="program_added",
        data={"date": day, "participants": program.participants, "title": program.title},
    )
    return {"code": owner.code, "program": program.id}
