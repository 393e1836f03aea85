"""Adding a semansara (`add_semansara`), editing one (`update_semansara`), adding staff
(`add_staff`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.session import Session
from app.ui.widgets.fields import count_spin, district_spin
from app.workflow.read.records import SemansaraRecord
from app.workflow.registry import STAFF_KINDS

COUNT_FIELDS = ("desks", "meeting_rooms", "workshop_rooms", "halls", "shelves", "max_contracts")
TEXT_FIELDS = ("name", "opens", "closes", "address", "phone")


class SemansaraDialog(FormDialog):
    def __init__(
        self, session: Session, house: SemansaraRecord | None = None, parent: QWidget | None = None
    ):
        title = (
            texts.SEMANSARA_DIALOG_EDIT.format(code=house.code)
            if house
            else texts.SEMANSARA_DIALOG_NEW
        )
        super().__init__(session, title, parent)
        self.house = house
        self.action_name = "update_semansara" if house else "add_semansara"
        self.setMinimumWidth(460)

        self.code = self.add_field("code", i18n.field_name("code"), QLineEdit())
        self.name = self.add_field("name", i18n.field_name("name"), QLineEdit())
        self.district = self.add_field("district", i18n.field_name("district"), district_spin())
        for name in COUNT_FIELDS:
            self.add_field(name, i18n.field_name(name), count_spin(1000))
        self.opens = self.add_field("opens", i18n.field_name("opens"), QLineEdit("۰۸:۰۰"))
        self.closes = self.add_field("closes", i18n.field_name("closes"), QLineEdit("۱۸:۰۰"))
        self.address = self.add_field("address", i18n.field_name("address"), QLineEdit())
        self.phone = self.add_field("phone", i18n.field_name("phone"), QLineEdit())
        if house is not None:
            self._fill(house)
        self._original = self._values()
        self.hint_role()
        (self.name if house else self.code).setFocus()

    def _fill(self, house: SemansaraRecord) -> None:
        self.code.setText(house.code)
        self.code.setReadOnly(True)
        for name in TEXT_FIELDS:
            self.fields[name].setText(
                local.digits(getattr(house, name))
                if name in ("opens", "closes")
                else getattr(house, name)
            )
        self.district.setValue(house.district)
        for name in COUNT_FIELDS:
            self.fields[name].setValue(getattr(house, name))

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.fields[name].text() for name in TEXT_FIELDS}
        values["district"] = self.district.value() or ""
        for name in COUNT_FIELDS:
            values[name] = self.fields[name].value()
        return values

    def arguments(self) -> tuple[str, dict[str, Any]]:
        values = self._values()
        if self.house is None:
            return "add_semansara", {"code": self.code.text(), **values}
        changed = {k: v for k, v in values.items() if v != self._original[k]}
        return "update_semansara", {
            "code": self.house.code,
            "version": self.house.version,
            **changed,
        }


class StaffDialog(FormDialog):
    action_name = "add_staff"

    def __init__(self, session: Session, house: SemansaraRecord, parent: QWidget | None = None):
        super().__init__(session, texts.STAFF_DIALOG.format(name=house.name), parent)
        self.house = house
        self.setMinimumWidth(420)
        self.name = self.add_field("name", i18n.field_name("full_name"), QLineEdit())
        self.kind = QComboBox()
        for code in STAFF_KINDS:
            self.kind.addItem(i18n.staff_kind(code), code)
        self.add_field("kind", i18n.field_name("kind"), self.kind)
        self.hours = self.add_field("hours", i18n.field_name("hours"), QLineEdit())
        self.duties = QPlainTextEdit()
        self.duties.setTabChangesFocus(True)
        self.duties.setFixedHeight(80)
        self.add_field("duties", i18n.field_name("duties"), self.duties)
        self.hint_role()
        self.name.setFocus()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "add_staff", {
            "semansara": self.house.code,
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "hours": self.hours.text(),
            "duties": self.duties.toPlainText(),
        }
