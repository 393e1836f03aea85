"""Roles and which role may take which action (POLICY.md, Article 3; SCENARIOS.md)."""

from __future__ import annotations

from dataclasses import dataclass

ADMIN = "admin"
DESK_EXPERT = "desk_expert"
DISTRICT_DEPUTY = "district_deputy"
EMPOWERMENT_DEPUTY = "empowerment_deputy"
FINANCE_DEPUTY = "finance_deputy"
SEMANSARA_MANAGER = "semansara_manager"

ROLE_NAMES = {
    ADMIN: "مدیر سامانه",
    DESK_EXPERT: "کارشناس میز خدمت",
    DISTRICT_DEPUTY: "معاونت امور مناطق",
    EMPOWERMENT_DEPUTY: "معاونت توان‌افزایی",
    FINANCE_DEPUTY: "معاونت مالی، اداری و پشتیبانی",
    SEMANSARA_MANAGER: "مسئول سمن‌سرا",
}
ROLES = tuple(ROLE_NAMES)
ANY = frozenset(ROLES)


@dataclass(frozen=True)
class RegisterAction:
    """An action outside the machines: who may take it, and the record it changes with the
    argument naming it (the interface's `changed(kind, ref)`; "" when it changes none)."""

    roles: frozenset[str]
    record: str = ""
    key: str = ""


# The registers' and the settings' actions. The procedure's own actions are declared with their
# steps in `machines.py`, which derives `ACTION_ROLES` from both tables.
REGISTER_ACTIONS: dict[str, RegisterAction] = {
    "add_semansara": RegisterAction(frozenset({ADMIN}), "semansara", "code"),
    "update_semansara": RegisterAction(frozenset({ADMIN}), "semansara", "code"),
    "add_staff": RegisterAction(frozenset({ADMIN, DISTRICT_DEPUTY}), "semansara", "semansara"),
    "update_staff": RegisterAction(frozenset({ADMIN, DISTRICT_DEPUTY}), "semansara", "code"),
    "retire_staff": RegisterAction(frozenset({ADMIN, DISTRICT_DEPUTY}), "semansara", "code"),
    "add_user": RegisterAction(frozenset({ADMIN}), "user", "username"),
    "update_user": RegisterAction(frozenset({ADMIN}), "user", "username"),
    "register_ngo": RegisterAction(frozenset({DESK_EXPERT}), "ngo", "code"),
    "update_ngo": RegisterAction(frozenset({DESK_EXPERT}), "ngo", "code"),
    "add_program": RegisterAction(frozenset({DESK_EXPERT}), "ngo", "ngo"),
    "import_ngos": RegisterAction(frozenset({DESK_EXPERT})),
    "assess_level": RegisterAction(frozenset({EMPOWERMENT_DEPUTY}), "ngo", "ngo"),
    "set_inflation": RegisterAction(frozenset({FINANCE_DEPUTY}), "inflation", "year"),
    "add_policy_version": RegisterAction(frozenset({ADMIN}), "policy", "ref"),
    "declare_day": RegisterAction(frozenset({ADMIN}), "calendar", "ref"),
    "set_password": RegisterAction(ANY, "user", "username"),  # one's own; an admin's for anyone
    # Papers are issued by the people of the procedure (a manager: their semansara's only);
    # the administrator runs accounts and settings, not the procedure.
    "issue_document": RegisterAction(
        frozenset({DESK_EXPERT, DISTRICT_DEPUTY, FINANCE_DEPUTY, SEMANSARA_MANAGER})
    ),
    "verify_document": RegisterAction(ANY),
    # The whole database in or out, and the trail's check: the administrator's.
    "backup": RegisterAction(frozenset({ADMIN})),
    "restore": RegisterAction(frozenset({ADMIN})),
    "migrate_to": RegisterAction(frozenset({ADMIN})),
    "audit_verify": RegisterAction(frozenset({ADMIN})),
    "show": RegisterAction(ANY),
    "view_reports": RegisterAction(ANY),  # a manager sees only their own semansara (reports.py)
}
