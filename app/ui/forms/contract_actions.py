"""The forms of a contract's actions (Articles 4–6): extension asked for and decided, the end
of the contract, shelves and desks allocated, business cards ordered, and the promissory
note's custody, the manager's word on damage, its return and the settling of a damage case.

Each asks only what its action needs and runs it through the session; a refusal stays in the
form (with its rule) and the field at fault is marked; nothing is saved.

`contract_possibles` lists the buttons of a contract, its pending extension and its note:
the workflow's own `available.for_contract`, through the read side, so a button and its action never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.reads import contracts
from app.ui.session import Session
from app.ui.widgets.fields import count_spin
from app.ui.widgets.week_calendar import shown_ref
from app.workflow import errors, jalali
from app.workflow.available import Possible
from app.workflow.contracts import last_day
from app.workflow.errors import WorkflowError
from app.workflow.policy import ALLOCATED_SERVICES, UNLIMITED
from app.workflow.read.records import ContractRecord
from app.workflow.service import Context

NOTE_ACTIONS = (
    "take_note_custody",
    "confirm_no_damage",
    "report_damage",
    "return_note",
    "settle_damage",
)


def with_rule(err: WorkflowError) -> str:
    return i18n.refusal(err)


# --- which buttons -----------------------------------------------------------------------------


def contract_possibles(ctx: Context, contract: ContractRecord) -> list[Possible]:
    """Every action on the contract, its pending extension and its note, for `ctx.user`, now."""
    return contracts.possibles(ctx, contract.ref)


def for_role(possibles: list[Possible]) -> list[Possible]:
    """What the signed-in role may do, and what it may do later: refusals for another role
    and steps the object's state machine has left behind or not reached (R-3.1) go; a
    rule's refusal stays, to be shown disabled with why (a note not yet returnable, an
    extension asked too late, a manager's word before the contract ended)."""
    return [
        p
        for p in possibles
        if p.allowed or not (p.error.code == errors.FORBIDDEN_ROLE or p.out_of_step)
    ]


# --- the forms ---------------------------------------------------------------------------------


def reason_edit(height: int = 72) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ContractActionDialog(FormDialog):
    """A form about one contract: its summary on top, «ثبت» to run the action."""

    #: refusal code → the field it is about, for refusals that name none
    CODE_FIELDS: dict[str, str] = {}

    def __init__(
        self, session: Session, contract: ContractRecord, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, title, parent)
        self.contract = contract
        self.last_error: WorkflowError | None = None
        self.setMinimumWidth(500)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(texts.CONTRACT_RECORD)
        self.summary = QLabel(
            texts.CONTRACT_FORM_SUMMARY.format(
                ref=shown_ref(contract.ref),
                ngo=contract.ngo.name,
                semansara=contract.semansara.name,
                starts=local.date(contract.starts),
                ends=local.date(last_day(contract.ends)),
            )
        )
        self.summary.setObjectName("formSummary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("formNote")
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def show_error(self, err: WorkflowError) -> None:
        self.last_error = err
        field = err.field or self.CODE_FIELDS.get(err.code, "")
        super().show_error(WorkflowError(err.code, with_rule(err), err.rule, field=field))

    def refused_text(self) -> str:
        return self.message.text() if self.message.kind() == "error" else ""


class ExtensionRequestDialog(ContractActionDialog):
    """R-5.1 – R-5.4: asked a month before the end at the latest; into this semansara or
    another that has room."""

    action_name = "request_extension"
    CODE_FIELDS = {
        errors.NO_CAPACITY: "semansara",
        errors.LATE_EXTENSION: "semansara",
        errors.EXTENSION_LIMIT: "semansara",
        errors.FIVE_YEAR_CAP: "semansara",
        errors.DUPLICATE: "semansara",
    }

    def __init__(self, session: Session, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(
            session,
            contract,
            texts.EXTENSION_REQUEST_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.semansara = QComboBox()
        self.semansara.addItem(texts.EXTENSION_SAME_HOUSE.format(name=contract.semansara.name), "")
        for code, name in contracts.other_semansaras(contract.ref, who=session.user):
            self.semansara.addItem(name, code)
        self.add_field("semansara", texts.EXTENSION_TARGET, self.semansara)
        deadline = contracts.extension_deadline(contract.ref, session.today(), who=session.user)
        self.note(
            texts.EXTENSION_REQUEST_NOTE.format(deadline=local.date(deadline) if deadline else "")
        )
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "request_extension", {
            "contract": self.contract.ref,
            "semansara": self.semansara.currentData() or "",
        }


class ExtensionDecisionDialog(ContractActionDialog):
    action_name = "decide_extension"
    CODE_FIELDS = {
        errors.NO_CAPACITY: "decision",
        errors.EXTENSION_LIMIT: "decision",
        errors.FIVE_YEAR_CAP: "decision",
        errors.NO_ACTIVE_CONTRACT: "decision",
    }

    def __init__(
        self,
        session: Session,
        contract: ContractRecord,
        decision: str = "accept",
        parent: QWidget | None = None,
    ):
        super().__init__(
            session,
            contract,
            texts.EXTENSION_DECIDE_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.extension = QComboBox()
        for extension in contracts.pending_extensions(contract.ref, who=session.user):
            self.extension.addItem(
                texts.EXTENSION_PENDING_ITEM.format(
                    ref=shown_ref(extension.ref),
                    to=extension.to_semansara.name,
                    at=local.date(extension.requested_at.date()),
                ),
                extension.ref,
            )
        self.add_field("ref", texts.EXTENSION_PENDING, self.extension)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.accept_radio = QRadioButton(texts.EXTENSION_ACCEPT)
        self.reject_radio = QRadioButton(texts.EXTENSION_REJECT)
        group = QButtonGroup(self)
        for button in (self.accept_radio, self.reject_radio):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        (self.reject_radio if decision == "reject" else self.accept_radio).setChecked(True)
        self.add_field("decision", i18n.field_name("decision"), choice)
        self.reason = self.add_field("reason", i18n.field_name("reason"), reason_edit())
        self.note(texts.EXTENSION_DECIDE_NOTE)
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "decide_extension", {
            "ref": self.extension.currentData() or "",
            "decision": "reject" if self.reject_radio.isChecked() else "accept",
            "reason": self.reason.toPlainText(),
        }


class EndContractDialog(ContractActionDialog):
    action_name = "end_contract"

    def __init__(self, session: Session, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(
            session,
            contract,
            texts.END_CONTRACT_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.reason = self.add_field("reason", i18n.field_name("reason"), reason_edit())
        self.note(texts.END_CONTRACT_NOTE)
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "end_contract", {"contract": self.contract.ref, "reason": self.reason.toPlainText()}


def _held_text(contract: ContractRecord, service: str, who: Any) -> str:
    held = contracts.held(contract.ref, service, who=who)
    if held is None:
        return ""
    if held.refusal is not None:
        return with_rule(held.refusal)
    return texts.ALLOCATE_HELD.format(
        kind=i18n.service_name(service),
        held=local.digits(held.held),
        cap=texts.UNLIMITED_TEXT if held.cap == UNLIMITED else local.digits(held.cap),
    )


class AllocateDialog(ContractActionDialog):
    """R-4.2: shelves and desks held for the contract."""

    action_name = "allocate"
    CODE_FIELDS = {
        errors.QUOTA_EXCEEDED: "count",
        errors.NO_CAPACITY: "count",
        errors.SERVICE_NOT_IN_LEVEL: "service",
        errors.LEVEL_HAS_NO_SERVICES: "service",
    }

    def __init__(self, session: Session, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(
            session,
            contract,
            texts.ALLOCATE_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.service = QComboBox()
        for code in ALLOCATED_SERVICES:
            self.service.addItem(i18n.service_name(code), code)
        self.add_field("service", i18n.field_name("service"), self.service)
        self.count = count_spin(1000)
        self.count.setMinimum(1)
        self.count.setValue(1)
        self.add_field("count", i18n.field_name("count"), self.count)
        self.held = self.note("")
        self.service.currentIndexChanged.connect(self._show_held)
        self._show_held()
        self.hint_role()

    def _show_held(self, *_args: object) -> None:
        self.held.setText(_held_text(self.contract, self.service.currentData(), self.session.user))

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "allocate", {
            "contract": self.contract.ref,
            "service": self.service.currentData(),
            "count": self.count.value(),
        }


class BusinessCardsDialog(ContractActionDialog):
    action_name = "order_business_cards"
    CODE_FIELDS = {
        errors.QUOTA_EXCEEDED: "count",
        errors.SERVICE_NOT_IN_LEVEL: "count",
        errors.LEVEL_HAS_NO_SERVICES: "count",
    }

    def __init__(self, session: Session, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(
            session,
            contract,
            texts.CARDS_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.count = count_spin(100_000)
        self.count.setMinimum(1)
        self.count.setValue(100)
        self.add_field("count", i18n.field_name("count"), self.count)
        quota = contracts.quota(contract.ref, session.today(), who=session.user)
        entry = quota.get("business_cards")
        if entry is None:
            self.note(texts.CARDS_NOT_IN_LEVEL)
        else:
            self.note(
                texts.CARDS_LEFT.format(
                    year=local.digits(jalali.jalali_year(session.today())),
                    used=local.number(int(entry["used"])),
                    left=texts.UNLIMITED_TEXT
                    if entry["left"] == UNLIMITED
                    else local.number(int(entry["left"])),
                )
            )
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "order_business_cards", {"contract": self.contract.ref, "count": self.count.value()}


class NoteStepDialog(ContractActionDialog):
    """A step of the note with nothing to ask: custody, no damage, return (R-6.3)."""

    def __init__(
        self, session: Session, contract: ContractRecord, action: str, parent: QWidget | None = None
    ):
        super().__init__(
            session,
            contract,
            texts.NOTE_STEP_TITLES[action].format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.action_name = action
        note = contracts.note(contract.ref, who=session.user)
        if note is not None:
            self.note(
                texts.NOTE_FORM_FACTS.format(
                    serial=local.identifier_in_text(note.serial),
                    amount=local.rials(note.amount),
                    representative=contract.ngo.representative or contract.ngo.name,
                )
            )
        self.note(texts.NOTE_STEP_NOTES[action])
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return self.action_name, {"contract": self.contract.ref}


class DamageReportDialog(ContractActionDialog):
    action_name = "report_damage"

    def __init__(self, session: Session, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(
            session,
            contract,
            texts.DAMAGE_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        self.description = self.add_field(
            "description", i18n.field_name("description"), reason_edit(96)
        )
        self.note(texts.DAMAGE_NOTE)
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "report_damage", {
            "contract": self.contract.ref,
            "description": self.description.toPlainText(),
        }


class SettleDamageDialog(ContractActionDialog):
    action_name = "settle_damage"
    CODE_FIELDS = {errors.OUT_OF_ORDER: "outcome"}

    def __init__(self, session: Session, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(
            session,
            contract,
            texts.SETTLE_TITLE.format(ref=local.identifier_in_text(contract.ref)),
            parent,
        )
        note = contracts.note(contract.ref, who=session.user)
        if note is not None and note.damage:
            self.note(texts.SETTLE_DAMAGE.format(damage=note.damage))
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.return_radio = QRadioButton(texts.SETTLE_RETURN)
        self.keep_radio = QRadioButton(texts.SETTLE_KEEP)
        group = QButtonGroup(self)
        for button in (self.return_radio, self.keep_radio):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.return_radio.setChecked(True)
        self.add_field("outcome", i18n.field_name("outcome"), choice)
        self.reason = self.add_field("reason", i18n.field_name("reason"), reason_edit())
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "settle_damage", {
            "contract": self.contract.ref,
            "outcome": "keep" if self.keep_radio.isChecked() else "return",
            "reason": self.reason.toPlainText(),
        }


def contract_action_dialog(
    session: Session,
    contract: ContractRecord,
    action: str,
    variant: str = "",
    parent: QWidget | None = None,
) -> ContractActionDialog | None:
    """The form of `action` on `contract` (what a button press opens)."""
    factories: dict[str, Callable[[], ContractActionDialog]] = {
        "request_extension": lambda: ExtensionRequestDialog(session, contract, parent),
        "decide_extension": lambda: ExtensionDecisionDialog(
            session, contract, variant or "accept", parent
        ),
        "end_contract": lambda: EndContractDialog(session, contract, parent),
        "allocate": lambda: AllocateDialog(session, contract, parent),
        "order_business_cards": lambda: BusinessCardsDialog(session, contract, parent),
        "take_note_custody": lambda: NoteStepDialog(session, contract, action, parent),
        "confirm_no_damage": lambda: NoteStepDialog(session, contract, action, parent),
        "return_note": lambda: NoteStepDialog(session, contract, action, parent),
        "report_damage": lambda: DamageReportDialog(session, contract, parent),
        "settle_damage": lambda: SettleDamageDialog(session, contract, parent),
    }
    factory = factories.get(action)
    return factory() if factory is not None else None


class ContractActionsMixin:
    """What the contract and note detail panels share: find a possible action, open its form,
    print a document of the shown contract. Expects `session`, `contract` and `possibles`."""

    def possible(self, action: str, variant: str = "") -> Possible | None:
        return next(
            (p for p in self.possibles if p.action == action and p.variant == variant), None
        )

    def open_action(self, action: str, variant: str = "") -> ContractActionDialog | None:
        if self.contract is None:
            return None
        dialog = contract_action_dialog(self.session, self.contract, action, variant, self)
        if dialog is None:
            return None
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_document(self, kind: str) -> object:
        if self.contract is None:
            return None
        from app.ui.print_preview import preview_document  # imports reportlab: only when asked

        return preview_document(self, self.session, kind, self.contract.ref)
