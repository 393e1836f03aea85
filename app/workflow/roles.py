"""Roles and which role may take which action (POLICY.md, Article 3; SCENARIOS.md)."""

from __future__ import annotations

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

ACTION_ROLES: dict[str, frozenset[str]] = {
    "add_semansara": frozenset({ADMIN}),
    "update_semansara": frozenset({ADMIN}),
    "add_staff": frozenset({ADMIN, DISTRICT_DEPUTY}),
    "update_staff": frozenset({ADMIN, DISTRICT_DEPUTY}),
    "retire_staff": frozenset({ADMIN, DISTRICT_DEPUTY}),
    "add_user": frozenset({ADMIN}),
    "update_user": frozenset({ADMIN}),
    "register_ngo": frozenset({DESK_EXPERT}),
    "update_ngo": frozenset({DESK_EXPERT}),
    "add_program": frozenset({DESK_EXPERT}),
    "import_ngos": frozenset({DESK_EXPERT}),
    "assess_level": frozenset({EMPOWERMENT_DEPUTY}),
    "set_inflation": frozenset({FINANCE_DEPUTY}),
    "submit_request": frozenset({DESK_EXPERT}),
    "review_request": frozenset({DESK_EXPERT}),
    "refer_request": frozenset({DESK_EXPERT}),
    "withdraw_request": frozenset({DESK_EXPERT}),
    "check_capacity": frozenset({DISTRICT_DEPUTY}),
    "invite": frozenset({DISTRICT_DEPUTY}),
    "sign_contract": frozenset({DISTRICT_DEPUTY}),
    "deliver_letter": frozenset({DISTRICT_DEPUTY}),
    "allocate": frozenset({DISTRICT_DEPUTY}),
    "release_allocation": frozenset({DISTRICT_DEPUTY, DESK_EXPERT}),  # the desk's worklist
    "request_booking": frozenset({DESK_EXPERT}),
    "schedule_booking": frozenset({DESK_EXPERT}),
    "notify_booking": frozenset({DESK_EXPERT}),
    "record_delivery": frozenset({DESK_EXPERT}),  # an e-mail notice sent or failed (ذ)
    "mark_printed": frozenset({DESK_EXPERT}),  # a notice handed over on paper (ذ)
    "cancel_booking": frozenset({DESK_EXPERT}),
    "refuse_booking": frozenset({DESK_EXPERT}),
    "order_business_cards": frozenset({DESK_EXPERT}),
    "request_extension": frozenset({DESK_EXPERT}),
    "decide_extension": frozenset({DISTRICT_DEPUTY}),
    "end_contract": frozenset({DISTRICT_DEPUTY}),
    "take_note_custody": frozenset({FINANCE_DEPUTY}),
    "confirm_no_damage": frozenset({SEMANSARA_MANAGER}),
    "report_damage": frozenset({SEMANSARA_MANAGER}),
    "return_note": frozenset({FINANCE_DEPUTY}),
    "settle_damage": frozenset({FINANCE_DEPUTY}),
    "add_policy_version": frozenset({ADMIN}),
    "declare_day": frozenset({ADMIN}),  # closures and openings of HQ
    "set_password": ANY,  # one's own; an administrator's for anyone
    # Papers are issued by the people of the procedure (a manager: their semansara's only);
    # the administrator runs accounts and settings, not the procedure.
    "issue_document": frozenset({DESK_EXPERT, DISTRICT_DEPUTY, FINANCE_DEPUTY,
                                 SEMANSARA_MANAGER}),
    "verify_document": ANY,
    # The whole database in or out, and the trail's check: the administrator's.
    "backup": frozenset({ADMIN}),
    "restore": frozenset({ADMIN}),
    "migrate_to": frozenset({ADMIN}),
    "audit_verify": frozenset({ADMIN}),
    "show": ANY,
    "view_reports": ANY,  # a semansara manager sees only their own semansara (reports.py)
}
