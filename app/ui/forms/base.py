"""The frame every form shares: fields, a message area, Save and Cancel.

A form gathers the arguments of one workflow action and runs it through the session. A
refusal (`WorkflowError`) is shown in the form's message area in red and the field it names
(`err.field`) gets a red border and the focus; nothing is saved and the form stays open.
No blocking message boxes: tests and people alike see the message in the form.

Signals:
    saved(dict): the action succeeded; its result. The dialog is accepted right after.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, texts
from app.ui.session import Session
from app.ui.widgets.fields import align_leading
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.workflow.errors import DATABASE_ERRORS, WorkflowError


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def mark_invalid(
    form: QFormLayout, field: QWidget, on: bool, target: QWidget | None = None
) -> None:
    """Mark (or unmark) `field` and its label in `form` as holding bad input; `target` is the
    widget that shows the mark when it is not the field itself (a date edit's line edit)."""
    for widget in (target or field, form.labelForField(field)):
        if widget is not None:
            widget.setProperty("invalid", on)
            repolish(widget)


class MessageArea(QLabel):
    """One line (or a few) above the form's buttons: red for a refusal, plain for a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formMessage")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setProperty("kind", kind)
        self.setText(text)
        repolish(self)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def kind(self) -> str:
        return str(self.property("kind") or "")


class FormDialog(QDialog):
    saved = Signal(dict)

    #: the action this form runs, for the early role hint
    action_name = ""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_data: dict[str, Any] | None = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QWidget] = {}
        self.message = MessageArea(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(texts.SAVE)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(texts.CANCEL)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # --- building ------------------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A row of the form; `name` is the action's argument (and `WorkflowError.field`)."""
        widget.setObjectName(f"field_{name}")
        if isinstance(widget, QLineEdit):
            align_leading(widget)
        self.form.addRow(label, widget)
        self.fields[name] = widget
        return widget

    def hint_role(self) -> None:
        """Say at once, not after the typing, when the signed-in role may not do this."""
        refusal = self.session.refusal(self.action_name) if self.action_name else ""
        if refusal:
            self.message.show_message(texts.NOT_ALLOWED_HINT.format(message=refusal), "hint")

    # --- refusals ------------------------------------------------------------------------------

    def _target(self, name: str) -> QWidget | None:
        widget = self.fields.get(name)
        if isinstance(widget, JalaliDateEdit):
            return widget.lineEdit()
        return widget

    def marked_fields(self) -> list[str]:
        return [name for name in self.fields if self._is_marked(name)]

    def _is_marked(self, name: str) -> bool:
        target = self._target(name)
        return bool(target is not None and target.property("invalid"))

    def _mark(self, name: str, on: bool) -> None:
        target = self._target(name)
        if target is not None:
            mark_invalid(self.form, self.fields[name], on, target)

    def clear_errors(self) -> None:
        for name in self.marked_fields():
            self._mark(name, False)
        self.message.clear_message()

    def show_error(self, err: WorkflowError) -> None:
        self.message.show_message(i18n.refusal(err, with_rule=False), "error")
        if err.field and err.field in self.fields:
            self._mark(err.field, True)
            target = self._target(err.field)
            if target is not None:
                target.setFocus()

    # --- saving --------------------------------------------------------------------------------

    def arguments(self) -> tuple[str, dict[str, Any]]:
        """The action to run and its arguments, read from the fields."""
        raise NotImplementedError

    def submit(self) -> bool:
        """Run the action; close on success, else show why and stay open. Returns success."""
        self.clear_errors()
        name, args = self.arguments()
        try:
            result = self.session.run(name, **args)
        except WorkflowError as err:
            self.show_error(err)
            return False
        except DATABASE_ERRORS as exc:  # link lost, locked too long…
            self.message.show_message(texts.DATABASE_TROUBLE.format(detail=type(exc).__name__))
            return False
        self.result_data = result
        self.saved.emit(result)
        self.accept()
        return True
