"""The small forms of a request's steps (ب to ح, withdrawal, and the move to another semansara). Each asks only what its
action needs and runs it through the session; a refusal stays in the form with the field at
fault marked, and nothing is saved.

A refusal that names no field (the workflow raises some rule refusals without one) is put on
the field it is about: a note amount below the amount due on the amount, a queue-order
refusal on the pass-over reason, and so on (`CODE_FIELDS`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.documents.numwords import rials_in_words
from app.ui import database_thread, i18n, local, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.semansara_choice import SemansaraChoice
from app.ui.reads import capacity, contracts, requests
from app.ui.session import Session
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.workflow import jalali, persian
from app.workflow.errors import WorkflowError
from app.workflow.notes import amount_due
from app.workflow.read.records import ContractRecord, RequestRecord


def reason_edit(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on to the buttons, as in the other fields
    edit.setFixedHeight(72)
    edit.setPlaceholderText(placeholder)
    return edit


def request_summary(request: RequestRecord) -> str:
    return local.digits(
        texts.REQUEST_FORM_SUMMARY.format(
            ref="{ref}", ngo=request.ngo.name, semansara=request.semansara.name
        )
    ).format(ref=request.ref)


class RequestActionDialog(FormDialog):
    """A form about one request; its summary on top."""

    #: refusal code → the field it is about, for refusals that name none
    CODE_FIELDS: dict[str, str] = {}

    def __init__(
        self, session: Session, request: RequestRecord, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, title, parent)
        self.request = request
        self.setMinimumWidth(500)
        self.summary = QLabel(request_summary(request))
        self.summary.setObjectName("formSummary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.save_button().setText(texts.RECORD)

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def note(self, text: str, name: str = "formNote") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def show_error(self, err: WorkflowError) -> None:
        if not err.field and err.code in self.CODE_FIELDS:
            err = WorkflowError(err.code, err.message, err.rule, field=self.CODE_FIELDS[err.code])
        super().show_error(err)

    def refused_text(self) -> str:
        """The message shown after a refusal (empty when none)."""
        return self.message.text() if self.message.kind() == "error" else ""


# --- ب ------------------------------------------------------------------------------------------


class ReviewDialog(RequestActionDialog):
    action_name = "review_request"
    CODE_FIELDS = {
        "LICENCE_EXPIRED": "decision",
        "NOT_ELIGIBLE": "decision",
        "LEVEL_NOT_ASSESSED": "decision",
        "LEVEL_HAS_NO_SERVICES": "decision",
    }

    def __init__(
        self,
        session: Session,
        request: RequestRecord,
        decision: str = "accept",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, request, texts.REVIEW_TITLE.format(ref=request.ref), parent)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.accept_radio = QRadioButton(texts.REVIEW_ACCEPT)
        self.reject_radio = QRadioButton(texts.REVIEW_REJECT)
        self.decision_group = QButtonGroup(self)
        for button in (self.accept_radio, self.reject_radio):
            self.decision_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        (self.reject_radio if decision == "reject" else self.accept_radio).setChecked(True)
        self.add_field("decision", i18n.field_name("decision"), choice)
        self.reason = self.add_field("reason", i18n.field_name("reason"), reason_edit())
        self.note(texts.REVIEW_REASON_NOTE)
        self.hint_role()
        (self.reason if decision == "reject" else self.accept_radio).setFocus()

    def decision(self) -> str:
        return "reject" if self.reject_radio.isChecked() else "accept"

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "review_request", {
            "ref": self.request.ref,
            "decision": self.decision(),
            "reason": self.reason.toPlainText(),
        }


# --- پ ------------------------------------------------------------------------------------------


class ReferDialog(RequestActionDialog):
    action_name = "refer_request"

    def __init__(self, session: Session, request: RequestRecord, parent: QWidget | None = None):
        super().__init__(session, request, texts.REFER_TITLE.format(ref=request.ref), parent)
        self.note(texts.REFER_NOTE)
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "refer_request", {"ref": self.request.ref}


# --- ت ------------------------------------------------------------------------------------------


class CapacityDialog(RequestActionDialog):
    action_name = "check_capacity"
    CODE_FIELDS = {"QUEUE_ORDER": "pass_over_reason"}

    def __init__(self, session: Session, request: RequestRecord, parent: QWidget | None = None):
        super().__init__(session, request, texts.CAPACITY_TITLE.format(ref=request.ref), parent)
        figures = requests.capacity_figures(request.ref, session.today(), who=session.user)
        self.facts = self.note(
            texts.CAPACITY_FACTS.format(
                free=local.digits(figures.free if figures else 0),
                total=local.digits(figures.total if figures else 0),
                ahead=local.digits(figures.ahead if figures else 0),
            )
        )
        self.pass_over = self.add_field(
            "pass_over_reason", i18n.field_name("pass_over_reason"), reason_edit()
        )
        self.note(texts.CAPACITY_NOTE)
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "check_capacity", {
            "ref": self.request.ref,
            "pass_over_reason": self.pass_over.toPlainText(),
        }


# --- ث ------------------------------------------------------------------------------------------


class InviteDialog(RequestActionDialog):
    action_name = "invite"

    def __init__(self, session: Session, request: RequestRecord, parent: QWidget | None = None):
        super().__init__(session, request, texts.INVITE_TITLE.format(ref=request.ref), parent)
        self.date = self.add_field("date", texts.INVITE_DATE, JalaliDateEdit())
        self.date.setDate(session.today())
        self.note(texts.INVITE_NOTE)
        self.hint_role()
        self.date.setFocus()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "invite", {"ref": self.request.ref, "date": self.date.value()}


# --- ج ------------------------------------------------------------------------------------------


def amount_words(text: str) -> str:
    """«دویست میلیون ریال» for what is typed in the amount field, or "" when it is no number."""
    try:
        amount = persian.parse_int(text)
    except ValueError:
        return ""
    if amount <= 0:
        return ""
    try:
        return rials_in_words(amount)
    except ValueError:  # beyond the words' range
        return ""


class SignDialog(RequestActionDialog):
    action_name = "sign_contract"
    CODE_FIELDS = {
        "NOTE_AMOUNT_LOW": "note_amount",
        "LICENCE_EXPIRED": "starts",
        "NOT_ELIGIBLE": "starts",
        "FIVE_YEAR_CAP": "starts",
    }

    def __init__(self, session: Session, request: RequestRecord, parent: QWidget | None = None):
        super().__init__(session, request, texts.SIGN_TITLE.format(ref=request.ref), parent)
        today = session.today()
        year = jalali.jalali_year(today)
        self.due, missing = database_thread.call(amount_due, year, today)
        self.contract = self.add_field("contract", texts.SIGN_CONTRACT_REF, QLineEdit())
        self.contract.setPlaceholderText(texts.SIGN_CONTRACT_AUTO)
        self.note_serial = self.add_field(
            "note_serial", i18n.field_name("note_serial"), QLineEdit()
        )
        self.note_amount = self.add_field(
            "note_amount", texts.SIGN_NOTE_AMOUNT, QLineEdit(local.number(self.due))
        )
        self.words = QLabel()
        self.words.setObjectName("amountWords")
        self.words.setWordWrap(True)
        self.form.addRow("", self.words)
        self.starts = self.add_field("starts", i18n.field_name("starts"), JalaliDateEdit())
        self.starts.setDate(today)
        due_text = texts.SIGN_DUE.format(
            year=local.digits(year),
            amount=local.rials(self.due),
            words=rials_in_words(self.due),
        )
        self.due_label = self.note(due_text, "amountDue")
        if missing:
            years = "، ".join(local.digits(y) for y in missing)
            self.note(texts.SIGN_INFLATION_MISSING.format(years=years), "staffWarning")
        self.note_amount.textChanged.connect(self._amount_changed)
        self.note_amount.editingFinished.connect(self._tidy_amount)
        self._amount_changed(self.note_amount.text())
        self.hint_role()
        self.note_serial.setFocus()

    def _amount_changed(self, text: str) -> None:
        self.words.setText(amount_words(text))

    def _tidy_amount(self) -> None:
        """1250000000 or ۱۲۵۰۰۰۰۰۰۰ is shown as ۱٬۲۵۰٬۰۰۰٬۰۰۰; anything else stays as typed."""
        try:
            amount = persian.parse_int(self.note_amount.text())
        except ValueError:
            return
        shown = local.number(amount)
        if shown != self.note_amount.text():
            self.note_amount.setText(shown)

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "sign_contract", {
            "ref": self.request.ref,
            "contract": self.contract.text().strip(),
            "note_serial": self.note_serial.text(),
            "note_amount": self.note_amount.text(),
            "starts": self.starts.value(),
        }


# --- چ ح ----------------------------------------------------------------------------------------


class DeliverDialog(RequestActionDialog):
    action_name = "deliver_letter"

    def __init__(
        self,
        session: Session,
        request: RequestRecord,
        contract: ContractRecord,
        to: str,
        parent: QWidget | None = None,
    ) -> None:
        title = texts.DELIVER_TITLE[to].format(ref=request.ref)
        super().__init__(session, request, title, parent)
        self.contract = contract
        self.to = to
        letter = contracts.letters(contract.ref, who=session.user).get(to)
        if to == "representative":
            recipient = request.ngo.representative or texts.DELIVER_REPRESENTATIVE
        else:
            recipient = texts.DELIVER_MANAGER.format(semansara=request.semansara.name)
        self.facts = self.note(
            texts.DELIVER_FACTS.format(
                serial=letter.serial if letter else texts.NONE,
                contract=contract.ref,
                recipient=recipient,
            )
        )
        self.hint_role()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "deliver_letter", {"contract": self.contract.ref, "to": self.to}


# --- انصراف -------------------------------------------------------------------------------------


class WithdrawDialog(RequestActionDialog):
    action_name = "withdraw_request"

    def __init__(self, session: Session, request: RequestRecord, parent: QWidget | None = None):
        super().__init__(session, request, texts.WITHDRAW_TITLE.format(ref=request.ref), parent)
        self.reason = self.add_field("reason", i18n.field_name("reason"), reason_edit())
        self.hint_role()
        self.reason.setFocus()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "withdraw_request", {"ref": self.request.ref, "reason": self.reason.toPlainText()}


# --- انتقال به سمن‌سرای دیگر ---------------------------------------------------------------------


class MoveDialog(RequestActionDialog):
    """An open request without a place to another semansara (R-3.3), each listed with its free
    places and queue, the nearest with room chosen."""

    action_name = "move_request"

    def __init__(self, session: Session, request: RequestRecord, parent: QWidget | None = None):
        super().__init__(session, request, texts.MOVE_TITLE.format(ref=request.ref), parent)
        self.semansara = SemansaraChoice()
        self.semansara.show_choices(
            capacity.for_ngo(session.today(), request.ngo.code, exclude=request.semansara.code)
        )
        self.add_field("semansara", i18n.field_name("semansara"), self.semansara)
        self.note(texts.MOVE_NOTE)
        self.hint_role()
        self.semansara.setFocus()

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "move_request", {
            "ref": self.request.ref,
            "semansara": self.semansara.currentData() or "",
        }
