"""A button the signed-in role can never use is hidden, not enabled and then refused.

Whether a role may ever take an action is the workflow's table (`machines.ACTION_ROLES`);
`BUTTONS` says which action each of the pages' own buttons takes (the procedure's buttons come
from `app.workflow.available` and are hidden by `ActionBar` the same way). The main window
applies it whenever someone signs in (`hide_unusable`)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from app.workflow.machines import ACTION_ROLES

# page key → the button's attribute on the page ("detail." for the page's detail) → action
BUTTONS: dict[str, dict[str, str]] = {
    "ngos": {
        "new_button": "register_ngo",
        "edit_button": "update_ngo",
        "import_button": "import_ngos",
        "detail.add_program_button": "add_program",
        "detail.assess_button": "assess_level",
    },
    "semansaras": {
        "new_button": "add_semansara",
        "edit_button": "update_semansara",
        "detail.add_staff_button": "add_staff",
    },
    "requests": {"new_button": "submit_request"},
}


def may_ever(role: str, action: str) -> bool:
    """Whether `role` may take `action` at all (whatever the record's state or the rules)."""
    return role in ACTION_ROLES.get(action, frozenset())


def _find(page: QWidget, path: str) -> QWidget | None:
    found: object = page
    for name in path.split("."):
        found = getattr(found, name, None)
    return found if isinstance(found, QWidget) else None


def hide_unusable(pages: Mapping[str, QWidget], role: str) -> list[str]:
    """Hide each page button whose action `role` may never take; show the others again (their
    pages enable them as the selection allows). The actions hidden, for the tests."""
    hidden = []
    for key, buttons in BUTTONS.items():
        page = pages.get(key)
        if page is None:
            continue
        for path, action in buttons.items():
            button = _find(page, path)
            if button is None:
                continue
            usable = bool(role) and may_ever(role, action)
            button.setVisible(usable)
            if not usable:
                hidden.append(action)
    return hidden
