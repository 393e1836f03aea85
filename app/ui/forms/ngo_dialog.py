"""Registering an NGO (`register_ngo`) and editing one (`update_ngo`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.ui import i18n, texts
from app.ui.forms.base import FormDialog
from app.ui.reads import ngos
from app.ui.session import Session
from app.ui.widgets.fields import align_leading, count_spin, district_spin
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.workflow.read.records import NgoRecord

TEXT_FIELDS = ("name", "licence_no", "chief", "representative", "phone", "email")
DATE_FIELDS = ("licence_expires", "founded")


class NgoDialog(FormDialog):
    def __init__(
        self, session: Session, ngo: NgoRecord | None = None, parent: QWidget | None = None
    ):
        title = texts.NGO_DIALOG_EDIT.format(code=ngo.code) if ngo else texts.NGO_DIALOG_NEW
        super().__init__(session, title, parent)
        self.ngo = ngo
        self.action_name = "update_ngo" if ngo else "register_ngo"
        self.setMinimumWidth(520)

        self.name = self.add_field("name", i18n.field_name("name"), QLineEdit())
        self.issuer = QComboBox()
        self.issuer.addItems(ngos.licensing_bodies(session.today()))
        self.issuer.setPlaceholderText("انتخاب کنید")
        self.issuer.setCurrentIndex(-1)
        self.add_field("licence_issuer", i18n.field_name("licence_issuer"), self.issuer)
        self.licence_no = self.add_field("licence_no", i18n.field_name("licence_no"), QLineEdit())
        self.licence_expires = self.add_field(
            "licence_expires", i18n.field_name("licence_expires"), JalaliDateEdit()
        )
        self.founded = self.add_field("founded", i18n.field_name("founded"), JalaliDateEdit())
        self.members = self.add_field("members", i18n.field_name("members"), count_spin(10_000_000))
        self.chief = self.add_field("chief", i18n.field_name("chief"), QLineEdit())
        self.representative = self.add_field(
            "representative", i18n.field_name("representative"), QLineEdit()
        )
        self.phone = self.add_field("phone", i18n.field_name("phone"), QLineEdit())
        self.email = self.add_field("email", i18n.field_name("email"), QLineEdit())
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads LTR
        align_leading(self.email)
        self.district = self.add_field("district", i18n.field_name("district"), district_spin())
        if ngo is not None:
            self._fill(ngo)
        self._original = self._values()
        self.hint_role()
        self.name.setFocus()

    def _fill(self, ngo: NgoRecord) -> None:
        for name in TEXT_FIELDS:
            self.fields[name].setText(getattr(ngo, name))
        if self.issuer.findText(ngo.licence_issuer) < 0:  # a body dropped by a later policy
            self.issuer.addItem(ngo.licence_issuer)
        self.issuer.setCurrentText(ngo.licence_issuer)
        self.licence_expires.setDate(ngo.licence_expires)
        self.founded.setDate(ngo.founded)
        self.members.setValue(ngo.members)
        self.district.setValue(ngo.district or 0)

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.fields[name].text() for name in TEXT_FIELDS}
        values["licence_issuer"] = self.issuer.currentText()
        for name in DATE_FIELDS:
            values[name] = self.fields[name].value()
        values["members"] = self.members.value()
        values["district"] = self.district.value() or ""
        return values

    def arguments(self) -> tuple[str, dict[str, Any]]:
        values = self._values()
        if self.ngo is None:
            return "register_ngo", values
        # Only what was changed: an untouched value is not judged again by today's policy.
        changed = {k: v for k, v in values.items() if _differs(v, self._original[k])}
        return "update_ngo", {"code": self.ngo.code, "version": self.ngo.version, **changed}


def _differs(now: Any, before: Any) -> bool:
    if isinstance(now, str) and isinstance(before, str):
        return now.strip() != before.strip()
    if isinstance(now, dt.date) != isinstance(before, dt.date):
        return True
    return now != before
